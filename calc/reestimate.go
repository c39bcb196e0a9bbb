package calc

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// design is the covariate side of the re-estimation, shared by every area
// of one recompute: the population-weighted, centred and scaled covariates
// and the Cholesky factor of their weighted Gram matrix. Its names and
// means go into the results' fits; the rest is the recompute's scratch.
type design struct {
	names []string
	proxy bool
	means []float64
	sd    []float64
	z     []float64 // n × (k+1), row-major: 1, then the scaled covariates
	w     []float64 // population weights
	sw    float64
	k     int
	sc    *designScratch
	fits  *[NumAreas]Fit // the fits, allocated together at the first
	coef  []float64      // the fits' coefficients, k per area
}

// designScratch is the design's working memory, kept with a recompute's
// scratch so that dragging a lever allocates no matrices.
type designScratch struct {
	sd, z, w, x []float64
	cols        []int
	gram        *mat.SymDense
	chol        mat.Cholesky
	rhs, b      mat.VecDense
	fitted      []float64
	d           design
}

// grow returns buf resliced to n, reallocated only when too small.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// newDesign prepares the fit on the dataset's covariates that are not
// switched off. Without covariates in the data it uses the official expected
// total share as a single proxy covariate.
func newDesign(ds *Dataset, p *Period, off []string, a Area, sc *designScratch) (*design, error) {
	rows := p.Rows
	n := len(rows)
	d := &sc.d
	*d = design{sc: sc}
	cols := sc.cols[:0]
	if len(ds.Covariates) > 0 && rows[0].Covariates != nil {
		for j, c := range ds.Covariates {
			if !slices.Contains(off, c.ID) {
				cols = append(cols, j)
			}
		}
		d.names = make([]string, len(cols))
		for j, c := range cols {
			d.names[j] = ds.Covariates[c].ID
		}
	} else {
		d.proxy = true
		d.names = []string{"proxy"}
	}
	sc.cols = cols
	k := len(d.names)
	d.k = k
	if n <= k+1 {
		return nil, &FitError{Area: a, Kind: FitTooFew, N: n, K: k}
	}
	d.w = grow(sc.w, n)
	sc.w = d.w
	for i := range rows {
		d.w[i] = rows[i].Population
		d.sw += rows[i].Population
	}
	if !(d.sw > 0) {
		return nil, &FitError{Area: a, Kind: FitNoPopulation}
	}
	m := k + 1
	d.means = make([]float64, k)
	d.sd = grow(sc.sd, k)
	sc.sd = d.sd
	d.z = grow(sc.z, n*m)
	sc.z = d.z
	x := grow(sc.x, n)
	sc.x = x
	for j := 0; j < k; j++ {
		// Covariate j of every row, then its weighted mean and sd.
		if d.proxy {
			for i := range rows {
				x[i] = proxyShare(&rows[i])
			}
		} else {
			cj := cols[j]
			for i := range rows {
				x[i] = rows[i].Covariates[cj]
			}
		}
		var mu float64
		for i := range rows {
			mu += d.w[i] * x[i]
		}
		mu /= d.sw
		var v float64
		for i := range rows {
			dv := x[i] - mu
			v += d.w[i] * dv * dv
		}
		d.means[j] = mu
		d.sd[j] = math.Sqrt(v / d.sw)
		if math.IsNaN(mu) || !(d.sd[j] > 1e-12*math.Max(1, math.Abs(mu))) {
			return nil, &FitError{Area: a, Kind: FitConstant, Covariate: d.names[j]}
		}
		for i := range rows {
			d.z[i*m+j+1] = (x[i] - mu) / d.sd[j]
		}
	}
	if sc.gram == nil || sc.gram.SymmetricDim() != m {
		sc.gram = mat.NewSymDense(m, nil)
	}
	gram := sc.gram.RawSymmetric().Data
	clear(gram)
	for i := range rows {
		zi := d.z[i*m : (i+1)*m]
		zi[0] = 1
		wi := d.w[i]
		for r := 0; r < m; r++ {
			v := wi * zi[r]
			for c := r; c < m; c++ {
				gram[r*m+c] += v * zi[c]
			}
		}
	}
	if ok := sc.chol.Factorize(sc.gram); !ok {
		return nil, &FitError{Area: a, Kind: FitCollinear}
	}
	if c := sc.chol.Cond(); math.IsNaN(c) || c > 1e12 {
		return nil, &FitError{Area: a, Kind: FitCollinear, Cond: math.Sqrt(c)}
	}
	return d, nil
}

// proxyShare is the official expected total share of a row, in pct.
func proxyShare(r *Row) float64 {
	if t := r.Areas[Total]; t.HasShares {
		return t.ExpectedShare
	}
	return (r.Areas[DP].Expected + r.Areas[KTH].Expected + r.Areas[SYG].Expected) / r.Population * 100
}

// fit fits one area's share (pct.) and returns the fit and every
// municipality's fitted share. The fitted shares are the design's scratch:
// valid until the next fit.
func (d *design) fit(ds *Dataset, a Area, share []float64) (*Fit, []float64, error) {
	n := len(share)
	m := d.k + 1
	if d.sc.rhs.Len() != m {
		d.sc.rhs = *mat.NewVecDense(m, nil)
	}
	rhs := d.sc.rhs.RawVector().Data
	clear(rhs)
	var ym float64
	for i := 0; i < n; i++ {
		y := share[i]
		if math.IsNaN(y) || math.IsInf(y, 0) {
			return nil, nil, &FitError{Area: a, Kind: FitNotNumber, Municipality: ds.Municipalities[i].Name}
		}
		wy := d.w[i] * y
		ym += wy
		zi := d.z[i*m : (i+1)*m]
		for j := 0; j < m; j++ {
			rhs[j] += wy * zi[j]
		}
	}
	ym /= d.sw
	b := &d.sc.b
	b.Reset() // the design's size may differ from the last recompute's
	if err := d.sc.chol.SolveVecTo(b, &d.sc.rhs); err != nil {
		return nil, nil, &FitError{Area: a, Kind: FitNumeric}
	}
	bv := b.RawVector().Data[:m]
	if d.fits == nil {
		d.fits, d.coef = new([NumAreas]Fit), make([]float64, int(NumAreas)*d.k)
	}
	fit := &d.fits[a]
	*fit = Fit{Area: a, Names: d.names, Proxy: d.proxy, N: n, Means: d.means, MeanShare: ym,
		Coef: d.coef[int(a)*d.k : int(a+1)*d.k : int(a+1)*d.k], Intercept: bv[0]}
	for j := 0; j < d.k; j++ {
		fit.Coef[j] = bv[j+1] / d.sd[j]
		fit.Intercept -= fit.Coef[j] * d.means[j]
	}
	fitted := grow(d.sc.fitted, n)
	d.sc.fitted = fitted
	var sse, sst float64
	for i := 0; i < n; i++ {
		zi := d.z[i*m : (i+1)*m]
		f := 0.0
		for j := 0; j < m; j++ {
			f += bv[j] * zi[j]
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, nil, &FitError{Area: a, Kind: FitNumeric}
		}
		fitted[i] = f
		e, t := share[i]-f, share[i]-ym
		sse += d.w[i] * e * e
		sst += d.w[i] * t * t
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
			out[j] = proxyShare(r)
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
