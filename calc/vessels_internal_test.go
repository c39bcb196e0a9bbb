package calc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLeastSquares(t *testing.T) {
	x, y := []float64{0, 1, 2}, []float64{0, 1, 1}
	// Unweighted: mean (1, 2/3), Sxy = 1, Sxx = 2.
	b, a := leastSquares(x, y, []float64{1, 1, 1})
	assert.InDelta(t, 0.5, b, 1e-15, "unweighted slope")
	assert.InDelta(t, 1.0/6, a, 1e-15, "unweighted intercept")
	// Weights 1, 1, 2: mean (1.25, 0.75), Sxy = 1.25, Sxx = 2.75.
	b, a = leastSquares(x, y, []float64{1, 1, 2})
	assert.InDelta(t, 5.0/11, b, 1e-15, "weighted slope")
	assert.InDelta(t, 2.0/11, a, 1e-15, "weighted intercept")
	// No spread in x: slope 0, the weighted mean of y.
	b, a = leastSquares([]float64{3, 3}, []float64{1, 4}, []float64{2, 1})
	assert.Zero(t, b, "no spread: slope")
	assert.InDelta(t, 2, a, 1e-15, "no spread: intercept")
}
