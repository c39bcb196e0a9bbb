package demo

import "math"

// rng is a small deterministic generator (SplitMix64 with Box–Muller
// normals), so the dataset does not depend on math/rand's stream staying the
// same across Go releases.
type rng struct{ s uint64 }

// newRNG returns a generator for one purpose: the same seed and label give
// the same stream, and changing one part of the generator leaves the other
// parts' streams alone.
func newRNG(seed uint64, label string) *rng {
	h := uint64(14695981039346656037)
	for i := 0; i < len(label); i++ {
		h ^= uint64(label[i])
		h *= 1099511628211
	}
	return &rng{s: seed ^ h}
}

func (r *rng) u64() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// float returns a uniform number in [0, 1).
func (r *rng) float() float64 { return float64(r.u64()>>11) / (1 << 53) }

// norm returns a standard normal number.
func (r *rng) norm() float64 {
	u1 := 1 - r.float() // (0, 1]
	u2 := r.float()
	return math.Sqrt(-2*math.Log(u1)) * math.Cos(2*math.Pi*u2)
}
