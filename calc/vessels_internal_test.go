package calc

import (
	"math"
	"testing"
)

func TestLeastSquares(t *testing.T) {
	x, y := []float64{0, 1, 2}, []float64{0, 1, 1}
	// Unweighted: mean (1, 2/3), Sxy = 1, Sxx = 2.
	b, a := leastSquares(x, y, []float64{1, 1, 1})
	if math.Abs(b-0.5) > 1e-15 || math.Abs(a-1.0/6) > 1e-15 {
		t.Errorf("unweighted %v %v, want 1/2 1/6", b, a)
	}
	// Weights 1, 1, 2: mean (1.25, 0.75), Sxy = 1.25, Sxx = 2.75.
	b, a = leastSquares(x, y, []float64{1, 1, 2})
	if math.Abs(b-5.0/11) > 1e-15 || math.Abs(a-2.0/11) > 1e-15 {
		t.Errorf("weighted %v %v, want 5/11 2/11", b, a)
	}
	// No spread in x: slope 0, the weighted mean of y.
	b, a = leastSquares([]float64{3, 3}, []float64{1, 4}, []float64{2, 1})
	if b != 0 || math.Abs(a-2) > 1e-15 {
		t.Errorf("no spread %v %v, want 0 2", b, a)
	}
}
