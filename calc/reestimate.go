package calc

import (
	"math"
	"slices"
	"sync"

	"gonum.org/v1/gonum/mat"
)

// design is the covariate side of the re-estimation, shared by every area
// of a recompute: the population-weighted, centred and scaled covariates
// and the Cholesky factor of their weighted Gram matrix. A design is not
// changed once made: it is memoised across recomputes (designMemo), and its
// names and means are the results' fits'.
type design struct {
	names []string
	proxy bool
	means []float64
	sd    []float64
	z     []float64 // n × (k+1), row-major: 1, then the scaled covariates
	w     []float64 // population weights
	sw    float64
	chol  mat.Cholesky
	k     int
}

// designMemo keeps the last design: while a lever is dragged the covariates
// do not change, so the Gram matrix is formed and factorised once. The key
// holds every input of the design, including a checksum of the figures it
// reads, so a dataset edited in place is never served a stale design.
var designMemo struct {
	sync.Mutex
	ds  *Dataset
	pi  int
	off []string
	sum uint64
	d   *design
}

// designSum mixes every figure of a period that newDesign reads: the
// covariates' IDs and values, the population, and what proxyShare reads.
func designSum(ds *Dataset, p *Period) uint64 {
	h := uint64(14695981039346656037)
	mix := func(v uint64) { h = (h ^ v) * 1099511628211 }
	mix(uint64(len(ds.Covariates)))
	for j := range ds.Covariates {
		id := ds.Covariates[j].ID
		mix(uint64(len(id)))
		for k := 0; k < len(id); k++ {
			mix(uint64(id[k]))
		}
	}
	mix(uint64(len(p.Rows)))
	for i := range p.Rows {
		r := &p.Rows[i]
		mix(math.Float64bits(r.Population))
		if r.Covariates == nil {
			mix(1)
		}
		mix(uint64(len(r.Covariates)))
		for _, v := range r.Covariates {
			mix(math.Float64bits(v))
		}
		t := &r.Areas[Total]
		if t.HasShares {
			mix(2)
		}
		mix(math.Float64bits(t.ExpectedShare))
		for _, a := range OfficialAreas {
			mix(math.Float64bits(r.Areas[a].Expected))
		}
	}
	return h
}

// designFor returns the design for the period, from the memo when its
// inputs are unchanged. Only designs that could be made are memoised: an
// error names the area that asked (a).
func designFor(ds *Dataset, pi int, off []string, a Area) (*design, error) {
	p := &ds.Periods[pi]
	sum := designSum(ds, p)
	designMemo.Lock()
	defer designMemo.Unlock()
	if designMemo.d != nil && designMemo.ds == ds && designMemo.pi == pi && designMemo.sum == sum &&
		slices.Equal(designMemo.off, off) {
		return designMemo.d, nil
	}
	d, err := newDesign(ds, p, off, a)
	if err != nil {
		return nil, err
	}
	designMemo.ds, designMemo.pi, designMemo.off, designMemo.sum, designMemo.d = ds, pi, slices.Clone(off), sum, d
	return d, nil
}

// newDesign prepares the fit on the dataset's covariates that are not
// switched off. Without covariates in the data it uses the official expected
// total share as a single proxy covariate.
func newDesign(ds *Dataset, p *Period, off []string, a Area) (*design, error) {
	rows := p.Rows
	n := len(rows)
	d := &design{}
	var cols []int
	if len(ds.Covariates) > 0 && rows[0].Covariates != nil {
		for j, c := range ds.Covariates {
			if !slices.Contains(off, c.ID) {
				cols = append(cols, j)
				d.names = append(d.names, c.ID)
			}
		}
	} else {
		d.proxy = true
		d.names = []string{"proxy"}
	}
	k := len(d.names)
	d.k = k
	if n <= k+1 {
		return nil, &FitError{Area: a, Kind: FitTooFew, N: n, K: k}
	}
	d.w = make([]float64, n)
	for i := range rows {
		d.w[i] = rows[i].Population
		d.sw += rows[i].Population
	}
	if !(d.sw > 0) {
		return nil, &FitError{Area: a, Kind: FitNoPopulation}
	}
	m := k + 1
	d.means = make([]float64, k)
	d.sd = make([]float64, k)
	d.z = make([]float64, n*m)
	x := make([]float64, n)
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
	gram := make([]float64, m*m)
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
	if ok := d.chol.Factorize(mat.NewSymDense(m, gram)); !ok {
		return nil, &FitError{Area: a, Kind: FitCollinear}
	}
	if c := d.chol.Cond(); math.IsNaN(c) || c > 1e12 {
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

// fitScratch is a recompute's working memory for its fits, and the fits
// it returns (allocated together at the first).
type fitScratch struct {
	rhs, b mat.VecDense
	fitted []float64
	fits   *[NumAreas]Fit
	coef   []float64 // the fits' coefficients, k per area
}

// fit fits one area's share (pct.) and returns the fit and every
// municipality's fitted share. The fitted shares are fs's: valid until its
// next fit.
func (d *design) fit(ds *Dataset, a Area, share []float64, fs *fitScratch) (*Fit, []float64, error) {
	n := len(share)
	m := d.k + 1
	if fs.rhs.Len() != m {
		fs.rhs = *mat.NewVecDense(m, nil)
	}
	rhs := fs.rhs.RawVector().Data
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
		rhs := rhs[:len(zi)] // no bounds checks in the loop
		for j, z := range zi {
			rhs[j] += wy * z
		}
	}
	ym /= d.sw
	b := &fs.b
	b.Reset() // the design's size may differ from the last recompute's
	if err := d.chol.SolveVecTo(b, &fs.rhs); err != nil {
		return nil, nil, &FitError{Area: a, Kind: FitNumeric}
	}
	bv := b.RawVector().Data[:m]
	if fs.fits == nil {
		fs.fits, fs.coef = new([NumAreas]Fit), make([]float64, int(NumAreas)*d.k)
	}
	fit := &fs.fits[a]
	*fit = Fit{Area: a, Names: d.names, Proxy: d.proxy, N: n, Means: d.means, MeanShare: ym,
		Coef: fs.coef[int(a)*d.k : int(a+1)*d.k : int(a+1)*d.k], Intercept: bv[0]}
	for j := 0; j < d.k; j++ {
		fit.Coef[j] = bv[j+1] / d.sd[j]
		fit.Intercept -= fit.Coef[j] * d.means[j]
	}
	fitted := grow(fs.fitted, n)
	fs.fitted = fitted
	var sse, sst float64
	for i := 0; i < n; i++ {
		zi := d.z[i*m : (i+1)*m]
		bv := bv[:len(zi)]
		f := 0.0
		for j, z := range zi {
			f += bv[j] * z
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

// grow returns buf resliced to n, reallocated only when too small.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
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
