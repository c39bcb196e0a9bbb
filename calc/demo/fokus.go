package demo

import (
	"math"
	"slices"

	"benchsim/calc"
)

// Focus targets: the national level of each list (pct.).
var (
	convLevel  = [nT]float64{86, 86, 87, 87, 88, 84, 86, 82}
	offerLevel = [nT]float64{86, 86, 87, 87, 88, 82, 84, 80}
)

// Supervision counts the latest list must show (seed 004).
const (
	wantInspiration = 27
	wantRisk        = 3
)

// fokus draws the focus-target figures. Municipalities keep their level
// over time; in this illustrative world those further above expectation
// hold more conversations (they are under more pressure). In the latest
// list, the few municipalities nearest the 80 % line are moved across it
// so that the supervision counts are those of seed 004.
func (g *gen) fokus() {
	r := newRNG(Seed, "fokus")
	n := g.n
	lc := make([]float64, n)
	lo := make([]float64, n)
	for i := range lc {
		lc[i] = r.norm()
		lo[i] = 0.6*lc[i] + 0.8*r.norm()
	}
	for t := 0; t < nT; t++ {
		d := g.diffs(t)[calc.Total]
		g.conv[t] = make([]float64, n)
		g.offr[t] = make([]float64, n)
		for i := range g.pl {
			c := convLevel[t] + 5.5*lc[i] + 2*r.norm() + 3*d[i]/0.45
			o := offerLevel[t] + 4.5*lo[i] + 2.5*r.norm()
			g.conv[t][i] = round1(clamp(c, 35, 99.5))
			g.offr[t][i] = round1(clamp(o, 35, 99.5))
		}
	}
	for _, p := range pins {
		if p.conv > 0 {
			k := g.idx(p.code)
			// Carry the pinned level into the municipality's other lists.
			dc := p.conv - g.conv[p.period][k]
			do := p.offers - g.offr[p.period][k]
			for t := 0; t < nT; t++ {
				w := math.Pow(0.8, math.Abs(float64(t-p.period)))
				g.conv[t][k] = round1(clamp(g.conv[t][k]+w*dc, 35, 99.5))
				g.offr[t][k] = round1(clamp(g.offr[t][k]+w*do, 35, 99.5))
			}
			g.conv[p.period][k], g.offr[p.period][k] = p.conv, p.offers
		}
	}
	g.fixSupervision(nT - 1)
}

// fixSupervision moves the conversations of the municipalities nearest the
// threshold across it until the latest list has the seed's counts of
// inspiration municipalities and municipalities at risk.
func (g *gen) fixSupervision(t int) {
	d := g.diffs(t)[calc.Total]
	pinned := map[int]bool{}
	for _, p := range pins {
		if p.period == t && p.conv > 0 {
			pinned[g.idx(p.code)] = true
		}
	}
	var met, notMet []int
	for i := range g.pl {
		if d[i] <= 0 {
			met = append(met, i)
		} else {
			notMet = append(notMet, i)
		}
	}
	conv := g.conv[t]
	// fix makes exactly want of group have conversations ≥ 80 (high) or
	// < 80 (!high), moving those nearest the line.
	fix := func(group []int, want int, high bool) {
		var in, out []int
		for _, i := range group {
			if (conv[i] >= fokusPivot) == high {
				in = append(in, i)
			} else {
				out = append(out, i)
			}
		}
		dist := func(i int) float64 { return math.Abs(conv[i] - fokusPivot) }
		byDist := func(x, y int) int { return cmpF(dist(x), dist(y)) }
		for j := 0; len(in) > want; j++ {
			slices.SortFunc(in, byDist)
			i := in[0]
			if pinned[i] {
				i = in[1]
			}
			if high {
				conv[i] = round1(fokusPivot - 0.3 - 0.4*float64(j%5))
			} else {
				conv[i] = round1(fokusPivot + 0.2 + 0.4*float64(j%5))
			}
			in = slices.DeleteFunc(in, func(x int) bool { return x == i })
		}
		for j := 0; len(in) < want; j++ {
			slices.SortFunc(out, byDist)
			i := out[0]
			if pinned[i] {
				i = out[1]
			}
			if high {
				conv[i] = round1(fokusPivot + 0.2 + 0.4*float64(j%5))
			} else {
				conv[i] = round1(fokusPivot - 0.3 - 0.4*float64(j%5))
			}
			out = slices.DeleteFunc(out, func(x int) bool { return x == i })
			in = append(in, i)
		}
	}

	fix(met, wantInspiration, true)
	fix(notMet, wantRisk, false)
}

// Caseload levels (cases per caseworker) for dp, kth and syg.
var caseloadBase = [3]float64{115, 80, 65}

var caseloadKind = map[byte]float64{
	kindCity: 1.15, kindWealthy: 0.95, kindVulnerable: 1.05, kindSuburb: 1.0,
	kindTown: 1.0, kindRural: 0.95, kindPeriphery: 0.85,
}

// caseloads draws cases per caseworker. Caseloads fall slowly over the
// years, and municipalities with heavier kth caseloads tend to lie above
// expectation in kth. Copenhagen has about 100 kth cases per caseworker in
// the latest list (seeds 001 and 003).
func (g *gen) caseloads() {
	r := newRNG(Seed, "caseload")
	n := g.n
	cph := g.idx(101)
	for i, p := range g.pl {
		shared := 0.15 * r.norm()
		var meanRel float64
		for t := 0; t < nT; t++ {
			meanRel += g.rel[t][calc.KTH][i] / nT
		}
		var lvl [3]float64
		for a := range lvl {
			lvl[a] = caseloadBase[a] * caseloadKind[p.kind] * math.Exp(shared+0.18*r.norm())
		}
		lvl[1] *= math.Exp(0.08 * meanRel / sigmaRel[calc.KTH])
		if i == cph {
			lvl[0] *= 1
			lvl[1] = 100
		}
		for t := 0; t < nT; t++ {
			if g.cl[t][0] == nil {
				for a := range g.cl[t] {
					g.cl[t][a] = make([]float64, n)
				}
			}
			trend := 1 + 0.04*float64(nT-1-t)/2
			for a := range lvl {
				v := lvl[a] * trend * math.Exp(0.04*r.norm())
				if i == cph && a == 1 && t == nT-1 {
					v = 100
				}
				g.cl[t][a][i] = round0(clamp(v, 30, 160))
			}
		}
	}
}
