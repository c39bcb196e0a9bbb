package calc

import "errors"

// ErrVesselsNoFP: the connected-vessels fit needs førtidspension figures
// (data with fp, or the connected-vessels lens).
var ErrVesselsNoFP = errors.New("calc: connected vessels need fp figures")

// ErrVesselsTooFew: fewer than two municipalities have expected kth and fp.
var ErrVesselsTooFew = errors.New("calc: connected vessels need at least two municipalities with expected kth and fp")

// Vessels is the connected-vessels fit (model.md 2.1): each municipality's
// relative deviation on kontanthjælp against its relative deviation on
// førtidspension, both (actual − expected) / expected in pct., and the
// least-squares line FP = Intercept + Slope × KTH through them.
type Vessels struct {
	Index            []int     // municipality of each point
	KTH, FP          []float64 // the deviations, pct.
	Slope, Intercept float64
	Weighted         bool // population-weighted fit
}

// FitVessels fits the connected vessels of the result's scenario, weighting
// each municipality by its population when weighted. Municipalities without
// expected kth or fp are left out.
func FitVessels(r *Result, weighted bool) (Vessels, error) {
	v := Vessels{Weighted: weighted}
	if !r.Scenario.Included[FP] {
		return v, ErrVesselsNoFP
	}
	kth, fp := r.Scenario.Areas[KTH], r.Scenario.Areas[FP]
	var w []float64
	for i := range kth {
		if !(kth[i].Expected > 0) || !(fp[i].Expected > 0) {
			continue
		}
		v.Index = append(v.Index, i)
		v.KTH = append(v.KTH, (kth[i].Actual-kth[i].Expected)/kth[i].Expected*100)
		v.FP = append(v.FP, (fp[i].Actual-fp[i].Expected)/fp[i].Expected*100)
		wi := 1.0
		if weighted {
			wi = kth[i].Population
		}
		w = append(w, wi)
	}
	if len(v.Index) < 2 {
		return v, ErrVesselsTooFew
	}
	v.Slope, v.Intercept = leastSquares(v.KTH, v.FP, w)
	return v, nil
}

// leastSquares fits y = a + b·x with weights w and returns (b, a). With no
// spread in x the slope is 0 and the line is the weighted mean of y.
func leastSquares(x, y, w []float64) (slope, intercept float64) {
	var sw, sx, sy float64
	for k := range x {
		sw += w[k]
		sx += w[k] * x[k]
		sy += w[k] * y[k]
	}
	mx, my := sx/sw, sy/sw
	var sxx, sxy float64
	for k := range x {
		dx := x[k] - mx
		sxx += w[k] * dx * dx
		sxy += w[k] * dx * (y[k] - my)
	}
	if sxx > 0 {
		slope = sxy / sxx
	}
	return slope, my - slope*mx
}
