// Package memo remembers the answers of pure functions by their argument:
// the readers of calc look up the same few texts (an area, a period, a
// group) in every row of a file.
package memo

// Map remembers f(k) for each k it is asked about. Its zero value is
// ready to use; it is not safe for concurrent use.
type Map[K comparable, V any] struct {
	m map[K]V
}

// Get returns the remembered answer for k, or computes it with f,
// remembers it and returns it. f must always give the same answer for the
// same k.
func (c *Map[K, V]) Get(k K, f func(K) V) V {
	if v, ok := c.m[k]; ok {
		return v
	}
	v := f(k)
	if c.m == nil {
		c.m = map[K]V{}
	}
	c.m[k] = v
	return v
}

// Hit is a remembered answer of a function that also says whether it
// succeeded, such as a parser's.
type Hit[V any] struct {
	V  V
	OK bool
}

// Get2 is Get for a function with a second, boolean result.
func Get2[K comparable, V any](c *Map[K, Hit[V]], k K, f func(K) (V, bool)) (V, bool) {
	if h, ok := c.m[k]; ok {
		return h.V, h.OK
	}
	v, ok := f(k)
	if c.m == nil {
		c.m = map[K]Hit[V]{}
	}
	c.m[k] = Hit[V]{v, ok}
	return v, ok
}
