package jobindsats

import (
	"slices"
	"strings"
)

// flatRecord reads the JSON object at data[start] when it is a flat record,
// the shape of every line of a JSON lines file: string keys without
// escapes, each with a string, number, true, false or null. It returns the
// members sorted by key (a repeated key keeps its last value, as decoding
// into a map does) and the offset after the object. ok is false for
// anything else (an escaped key, a nested value, an API table, bad
// syntax), which parseJSON then hands to encoding/json, so that results
// and messages are the decoder's; this path only spares a Go map, a
// reflective decode and a copy of every key and value per line, which
// make a 2,000-line file slow in wasm.
//
// Keys and texts are substrings of p.str, the file as one string.
func (p *parser) flatRecord(start int) (ms []member, end int, ok bool) {
	b := p.data
	ms = p.scratch[:0]
	i := skipSpace(b, start+1)
	if i < len(b) && b[i] == '}' {
		return ms, i + 1, true
	}
	for {
		// key
		ks, ke, good := flatString(b, i)
		if !good {
			return nil, 0, false
		}
		key := p.str[ks+1 : ke-1]
		switch key {
		case "Variables", "Data", "variables", "data":
			return nil, 0, false
		}
		i = skipSpace(b, ke)
		if i >= len(b) || b[i] != ':' {
			return nil, 0, false
		}
		i = skipSpace(b, i+1)
		if i >= len(b) {
			return nil, 0, false
		}
		// value
		vs := i
		switch c := b[i]; {
		case c == '"':
			_, i, good = flatString(b, i)
		case c == '-' || c >= '0' && c <= '9':
			i, good = flatNumber(b, i)
		case c == 't':
			i, good = flatWord(b, i, "true")
		case c == 'f':
			i, good = flatWord(b, i, "false")
		case c == 'n':
			i, good = flatWord(b, i, "null")
		default:
			good = false
		}
		if !good {
			return nil, 0, false
		}
		ms = append(ms, member{key: key, val: b[vs:i:i], off: vs, text: p.str[vs:i]})
		i = skipSpace(b, i)
		if i >= len(b) {
			return nil, 0, false
		}
		if b[i] == '}' {
			end = i + 1
			break
		}
		if b[i] != ',' {
			return nil, 0, false
		}
		i = skipSpace(b, i+1)
	}
	p.scratch = ms
	slices.SortStableFunc(ms, func(a, b member) int { return strings.Compare(a.key, b.key) })
	// A repeated key: the last one counts.
	out := ms[:0]
	for j := range ms {
		if j+1 < len(ms) && ms[j+1].key == ms[j].key {
			continue
		}
		out = append(out, ms[j])
	}
	return out, end, true
}

// flatString scans the JSON string at b[i], which has no escapes: it
// returns the offsets of its opening quote and after its closing one.
func flatString(b []byte, i int) (start, end int, ok bool) {
	if i >= len(b) || b[i] != '"' {
		return 0, 0, false
	}
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			return i, j + 1, true
		case c == '\\' || c < 0x20:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// flatNumber scans the JSON number at b[i]: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func flatNumber(b []byte, i int) (int, bool) {
	digits := func(i int) (int, bool) {
		j := i
		for j < len(b) && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		return j, j > i
	}
	if b[i] == '-' {
		i++
	}
	if i >= len(b) {
		return 0, false
	}
	if b[i] == '0' {
		i++
	} else {
		var ok bool
		if i, ok = digits(i); !ok {
			return 0, false
		}
	}
	if i < len(b) && b[i] == '.' {
		var ok bool
		if i, ok = digits(i + 1); !ok {
			return 0, false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		var ok bool
		if i, ok = digits(i); !ok {
			return 0, false
		}
	}
	return i, true
}

func flatWord(b []byte, i int, w string) (int, bool) {
	if len(b)-i < len(w) || string(b[i:i+len(w)]) != w {
		return 0, false
	}
	return i + len(w), true
}
