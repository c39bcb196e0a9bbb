// Package enum names the kinds of calc's enumerations (the kinds of
// error of calc and its readers) by short identifiers such as
// "area-missing", from one table per enumeration.
package enum

import "strconv"

// Names is the table of an enumeration's identifiers.
type Names[K ~int] struct {
	ids     map[K]string
	unknown string
}

// New returns the table ids; a kind missing from it is named
// unknown(N), as in "errkind(12)".
func New[K ~int](unknown string, ids map[K]string) Names[K] {
	return Names[K]{ids: ids, unknown: unknown}
}

// Name is k's identifier.
func (n Names[K]) Name(k K) string {
	if s, ok := n.ids[k]; ok {
		return s
	}
	return n.unknown + "(" + strconv.Itoa(int(k)) + ")"
}
