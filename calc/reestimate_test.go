package calc_test

import (
	"errors"
	"testing"

	"benchsim/calc"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// linear is a dataset whose kth share is exactly 2 + 0,5·x1 − 0,1·x2.
func linear() *calc.Dataset {
	ds := toy()
	ds.Covariates = []calc.Covariate{{ID: "x1"}, {ID: "x2"}}
	x1 := []float64{2, 4, 6, 8, 10}
	x2 := []float64{5, 1, 4, 2, 3}
	for i := range ds.Periods[0].Rows {
		r := &ds.Periods[0].Rows[i]
		r.Covariates = []float64{x1[i], x2[i]}
		share := 2 + 0.5*x1[i] - 0.1*x2[i]
		r.Areas[calc.KTH].Actual = share * r.Population / 100
	}
	return ds
}

func TestReestimateRecoversExactModel(t *testing.T) {
	ds := linear()
	s := calc.DefaultScenario()
	s.Reestimate = true
	res := apply(t, ds, s)
	fit := res.Fits[calc.KTH]
	require.NotNil(t, fit)
	assert.InDelta(t, 2, fit.Intercept, 1e-9)
	assert.InDelta(t, 0.5, fit.Coef[0], 1e-9)
	assert.InDelta(t, -0.1, fit.Coef[1], 1e-9)
	assert.InDelta(t, 1, fit.R2, 1e-9)
	for i, e := range res.Scenario.Areas[calc.KTH] {
		assert.InDelta(t, 0, e.DiffPP, 1e-9, "m%d", i+1)
	}
	// The contributions add up to the fitted share.
	x := fit.CovariateValues(ds, 0, 4)
	sum := fit.MeanShare
	for _, c := range fit.Contributions(x) {
		sum += c
	}
	assert.InDelta(t, res.Scenario.Areas[calc.KTH][4].ExpectedShare, sum, 1e-9)

	// With x2 switched off, the fit is a one-covariate fit with R² < 1.
	s.CovariatesOff = []string{"x2"}
	res = apply(t, ds, s)
	assert.Equal(t, []string{"x1"}, res.Fits[calc.KTH].Names)
	assert.Less(t, res.Fits[calc.KTH].R2, 1.0)
	assert.Greater(t, res.Fits[calc.KTH].R2, 0.9)

	// All covariates off: expected = the national average share.
	s.CovariatesOff = []string{"x1", "x2"}
	res = apply(t, ds, s)
	f := res.Fits[calc.KTH]
	for _, e := range res.Scenario.Areas[calc.KTH] {
		assert.InDelta(t, f.MeanShare, e.ExpectedShare, 1e-9)
	}
}

func TestReestimateIllPosed(t *testing.T) {
	ds := linear()
	s := calc.DefaultScenario()
	s.Reestimate = true
	// Collinear: x2 = 3·x1.
	for i := range ds.Periods[0].Rows {
		r := &ds.Periods[0].Rows[i]
		r.Covariates[1] = 3 * r.Covariates[0]
	}
	_, err := calc.Apply(ds, s)
	var fe *calc.FitError
	require.True(t, errors.As(err, &fe), "got %v", err)
	assert.Contains(t, err.Error(), "collinear")
	// Constant covariate.
	for i := range ds.Periods[0].Rows {
		ds.Periods[0].Rows[i].Covariates[1] = 7
	}
	_, err = calc.Apply(ds, s)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "covariate x2 is the same for every municipality")
}

func TestReestimateProxyWithoutCovariates(t *testing.T) {
	ds := toy() // no covariates: the official expected total share is the proxy
	s := calc.DefaultScenario()
	s.Reestimate = true
	res := apply(t, ds, s)
	require.NotNil(t, res.Fits[calc.DP])
	assert.True(t, res.Fits[calc.DP].Proxy)
	for _, a := range calc.OfficialAreas {
		for _, e := range res.Scenario.Areas[a] {
			assert.False(t, e.ExpectedShare != e.ExpectedShare, "NaN")
		}
	}
}
