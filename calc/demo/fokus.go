package demo

import (
	"cmp"
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
// over time; in this illustrative world those worse than expected hold more
// conversations (they are the ones facing supervision), which is what seed
// 004's counts imply: 27 inspiration municipalities but only 3 at risk. In
// the latest list the level and that pressure are fitted to the seed's
// counts, and any municipality still missing is moved across the 80 % line.
func (g *gen) fokus() {
	r := newRNG(Seed, "fokus")
	n := g.n
	lc := make([]float64, n)
	lo := make([]float64, n)
	for i := range lc {
		lc[i] = r.norm()
		lo[i] = 0.6*lc[i] + 0.8*r.norm()
	}
	noiseC := make([][]float64, nT)
	noiseO := make([][]float64, nT)
	for t := 0; t < nT; t++ {
		noiseC[t] = make([]float64, n)
		noiseO[t] = make([]float64, n)
		for i := range noiseC[t] {
			noiseC[t][i], noiseO[t][i] = r.norm(), r.norm()
		}
	}
	conv := func(t, i int, level, beta, d float64) float64 {
		return round1(softCap(level + 5.5*lc[i] + 2*noiseC[t][i] + beta*(0.5+0.5*math.Tanh(d/0.1))))
	}
	for t := 0; t < nT; t++ {
		d := g.diffs(t)[calc.Total]
		level, beta := convLevel[t], convPressure
		if t == nT-1 {
			level, beta = g.fitSupervision(t, func(i int, level, beta float64) float64 { return conv(t, i, level, beta, d[i]) })
		}
		g.conv[t] = make([]float64, n)
		g.offr[t] = make([]float64, n)
		for i := range g.pl {
			g.conv[t][i] = conv(t, i, level, beta, d[i])
			g.offr[t][i] = round1(softCap(offerLevel[t] + 4.5*lo[i] + 2.5*noiseO[t][i]))
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

// softCap keeps a percentage below 99 without piling values up at a cap.
func softCap(c float64) float64 {
	if c > 94 {
		c = 94 + 5*(1-math.Exp(-(c-94)/5))
	}
	return math.Max(c, 35)
}

// convPressure is how many points more conversations a municipality worse
// than expected holds (it is the one facing supervision), before the latest
// list fits its own.
const convPressure = 3.0

// fitSupervision chooses the level and pressure of the conversations in
// list t whose supervision counts come nearest the seed's, so that
// fixSupervision has to move as few municipalities as possible.
func (g *gen) fitSupervision(t int, conv func(i int, level, beta float64) float64) (level, beta float64) {
	d := g.diffs(t)[calc.Total]
	best := math.Inf(1)
	for l := 76.0; l <= 90; l += 0.25 {
		for b := 0.0; b <= 12; b += 0.25 {
			insp, risk := 0, 0
			for i := range g.pl {
				c := conv(i, l, b)
				if d[i] <= 0 && c >= fokusPivot {
					insp++
				}
				if d[i] > 0 && c < fokusPivot {
					risk++
				}
			}
			cost := math.Abs(float64(insp-wantInspiration)) + math.Abs(float64(risk-wantRisk)) + b/100
			if cost < best {
				best, level, beta = cost, l, b
			}
		}
	}
	return level, beta
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
	r := newRNG(Seed, "supervision")
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
		byDist := func(x, y int) int { return cmp.Compare(dist(x), dist(y)) }
		for len(in) > want {
			slices.SortFunc(in, byDist)
			i := in[0]
			if pinned[i] {
				i = in[1]
			}
			if high {
				conv[i] = round1(fokusPivot - 0.2 - 2*r.float())
			} else {
				conv[i] = round1(fokusPivot + 0.1 + 2*r.float())
			}
			in = slices.DeleteFunc(in, func(x int) bool { return x == i })
		}
		for len(in) < want {
			slices.SortFunc(out, byDist)
			i := out[0]
			if pinned[i] {
				i = out[1]
			}
			if high {
				conv[i] = round1(fokusPivot + 0.1 + 2*r.float())
			} else {
				conv[i] = round1(fokusPivot - 0.2 - 2*r.float())
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
