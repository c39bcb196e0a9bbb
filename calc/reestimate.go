package calc

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// FitError is a re-estimation that cannot be done: too few municipalities,
// a constant covariate, or collinear covariates.
type FitError struct {
	Area Area
	Msg  string
}

func (e *FitError) Error() string {
	return fmt.Sprintf("re-estimating expected for %s: %s", e.Area, e.Msg)
}

// fitArea fits the area's share (pct.) on the dataset's covariates that are
// not switched off, weighted by population, and returns the fit and the
// fitted share of every municipality. Without covariates in the data it uses
// the official expected total share as a single proxy covariate.
func fitArea(ds *Dataset, p *Period, a Area, share []float64, off []string) (*Fit, []float64, error) {
	rows := p.Rows
	n := len(rows)
	fit := &Fit{Area: a, N: n}
	var cols []int
	hasCov := len(ds.Covariates) > 0 && rows[0].Covariates != nil
	if hasCov {
		for j, c := range ds.Covariates {
			if !slices.Contains(off, c.ID) {
				cols = append(cols, j)
				fit.Names = append(fit.Names, c.ID)
			}
		}
	} else {
		fit.Proxy = true
		fit.Names = []string{"proxy"}
	}
	k := len(fit.Names)
	if n <= k+1 {
		return nil, nil, &FitError{a, fmt.Sprintf("%d municipalities are too few for %d covariates", n, k)}
	}
	x := func(i, j int) float64 {
		r := &rows[i]
		if fit.Proxy {
			t := r.Areas[Total]
			if t.HasShares {
				return t.ExpectedShare
			}
			return (r.Areas[DP].Expected + r.Areas[KTH].Expected + r.Areas[SYG].Expected) / r.Population * 100
		}
		return r.Covariates[cols[j]]
	}
	// Population-weighted means and spreads; covariates are centred and
	// scaled before the fit so that the QR factorisation is well conditioned.
	var sw float64
	for i := range rows {
		sw += rows[i].Population
	}
	if !(sw > 0) {
		return nil, nil, &FitError{a, "the population is zero"}
	}
	fit.Means = make([]float64, k)
	sd := make([]float64, k)
	for j := 0; j < k; j++ {
		var m float64
		for i := range rows {
			m += rows[i].Population * x(i, j)
		}
		m /= sw
		var v float64
		for i := range rows {
			d := x(i, j) - m
			v += rows[i].Population * d * d
		}
		fit.Means[j] = m
		sd[j] = math.Sqrt(v / sw)
		if !(sd[j] > 1e-12*math.Max(1, math.Abs(m))) {
			return nil, nil, &FitError{a, fmt.Sprintf("covariate %s is the same for every municipality", fit.Names[j])}
		}
	}
	var ym float64
	for i := range rows {
		ym += rows[i].Population * share[i]
	}
	ym /= sw
	fit.MeanShare = ym

	X := mat.NewDense(n, k+1, nil)
	y := mat.NewVecDense(n, nil)
	for i := range rows {
		sq := math.Sqrt(rows[i].Population)
		X.Set(i, 0, sq)
		for j := 0; j < k; j++ {
			X.Set(i, j+1, sq*(x(i, j)-fit.Means[j])/sd[j])
		}
		y.SetVec(i, sq*share[i])
		if math.IsNaN(share[i]) || math.IsInf(share[i], 0) {
			return nil, nil, &FitError{a, fmt.Sprintf("the share of %s is not a number", ds.Municipalities[i].Name)}
		}
	}
	var qr mat.QR
	qr.Factorize(X)
	if c := qr.Cond(); math.IsNaN(c) || c > 1e10 {
		return nil, nil, &FitError{a, fmt.Sprintf("the covariates are collinear (condition number %.3g); switch one of them off", c)}
	}
	var b mat.VecDense
	if err := qr.SolveVecTo(&b, false, y); err != nil {
		return nil, nil, &FitError{a, "the fit is singular: " + err.Error()}
	}
	fit.Coef = make([]float64, k)
	fit.Intercept = b.AtVec(0)
	for j := 0; j < k; j++ {
		fit.Coef[j] = b.AtVec(j+1) / sd[j]
		fit.Intercept -= fit.Coef[j] * fit.Means[j]
	}
	fitted := make([]float64, n)
	var sse, sst float64
	for i := range rows {
		f := fit.Intercept
		for j := 0; j < k; j++ {
			f += fit.Coef[j] * x(i, j)
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, nil, &FitError{a, "the fit gave a non-finite value"}
		}
		fitted[i] = f
		P := rows[i].Population
		sse += P * (share[i] - f) * (share[i] - f)
		sst += P * (share[i] - ym) * (share[i] - ym)
	}
	if sst > 0 {
		fit.R2 = 1 - sse/sst
	}
	return fit, fitted, nil
}

// Contributions splits a municipality's fitted share into the contribution
// of each covariate relative to the national (population-weighted) average:
// MeanShare + Σ Contributions = the fitted share.
func (f *Fit) Contributions(x []float64) []float64 {
	out := make([]float64, len(f.Coef))
	for j := range f.Coef {
		out[j] = f.Coef[j] * (x[j] - f.Means[j])
	}
	return out
}

// CovariateValues returns municipality i's values of the fit's covariates.
func (f *Fit) CovariateValues(ds *Dataset, period, i int) []float64 {
	r := &ds.Periods[period].Rows[i]
	out := make([]float64, len(f.Names))
	for j, name := range f.Names {
		if f.Proxy {
			t := r.Areas[Total]
			if t.HasShares {
				out[j] = t.ExpectedShare
			} else {
				out[j] = (r.Areas[DP].Expected + r.Areas[KTH].Expected + r.Areas[SYG].Expected) / r.Population * 100
			}
			continue
		}
		for c, cov := range ds.Covariates {
			if cov.ID == name {
				out[j] = r.Covariates[c]
			}
		}
	}
	return out
}
