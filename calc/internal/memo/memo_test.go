package memo

import (
	"strconv"
	"testing"
)

func TestGet(t *testing.T) {
	calls := 0
	double := func(s string) int { calls++; return 2 * len(s) }
	var c Map[string, int]
	for _, tc := range []struct {
		k         string
		want      int
		wantCalls int
	}{
		{"ab", 4, 1},
		{"ab", 4, 1}, // remembered
		{"abc", 6, 2},
		{"", 0, 3}, // a zero answer is remembered too
		{"", 0, 3},
		{"ab", 4, 3},
	} {
		if got := c.Get(tc.k, double); got != tc.want || calls != tc.wantCalls {
			t.Errorf("Get(%q) = %d after %d calls, want %d after %d", tc.k, got, calls, tc.want, tc.wantCalls)
		}
	}
	if len(c.m) != 3 {
		t.Errorf("%d answers remembered, want 3", len(c.m))
	}
}

func TestGet2(t *testing.T) {
	calls := 0
	atoi := func(s string) (int, bool) {
		calls++
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	var c Map[string, Hit[int]]
	for _, tc := range []struct {
		k         string
		want      int
		wantOK    bool
		wantCalls int
	}{
		{"12", 12, true, 1},
		{"x", 0, false, 2},
		{"x", 0, false, 2}, // a failure is remembered as well
		{"12", 12, true, 2},
		{"-3", -3, true, 3},
	} {
		got, ok := Get2(&c, tc.k, atoi)
		if got != tc.want || ok != tc.wantOK || calls != tc.wantCalls {
			t.Errorf("Get2(%q) = %d, %v after %d calls, want %d, %v after %d", tc.k, got, ok, calls, tc.want, tc.wantOK, tc.wantCalls)
		}
	}
}

func BenchmarkGet(b *testing.B) {
	var c Map[string, int]
	keys := []string{"I alt", "16 år", "2024M01", "Læsø"}
	f := func(s string) int { return len(s) }
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c.Get(keys[i%len(keys)], f)
	}
}
