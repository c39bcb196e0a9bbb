package demo

import (
	"math"
	"slices"

	"benchsim/calc"
)

// Seed is the generator's fixed seed (the first list was published on
// 12 November 2018).
const Seed uint64 = 20181112

// Provenance of the illustrative dataset.
var provenance = calc.Provenance{
	Name:   "Eksempeldata (syntetiske tal)",
	Source: "Syntetiske tal lavet af projektet med en fast seed (pakken calc/demo) – ikke de officielle tal fra Beskæftigelsesministeriet eller Jobindsats.",
	Note: "Eksempeldata: kommunernes navne, koder og regioner er de rigtige, men befolkningstal, rammevilkår, forventede og faktiske fuldtidspersoner, sagstal og fokusmål er syntetiske. " +
		"De er genereret deterministisk af projektet med en fast seed, så de ligner benchmarkets størrelser (landstal, spredning, rangkorrelation over tid, forbundne kar mellem kontanthjælp og førtidspension). " +
		"Forventet = eksempelverdenens egen lineære model af hvert områdes andel på rammevilkårene; faktisk = forventet × (1 + vedvarende kommuneeffekt + langsom drift + støj). " +
		"Stevns 2017 og Norddjurs 3. kvt. 2020 – 2. kvt. 2021 er sat til de tal, som pressen citerede. Brug ikke tallene om virkelige kommuner; importér de officielle Y30R21-tal fra Jobindsats til det.",
	Illustrative: true,
}

// Covariate indices.
const (
	cvAge = iota
	cvEdu
	cvNonWest
	cvHealth
	cvUnemp
	cvJobs
	cvDist
	cvSocial
	numCov
)

var covariates = []calc.Covariate{
	{ID: "alder5066", Label: "Andel 50–66 år", LabelEN: "Share aged 50–66", Unit: "pct.",
		Description: "Andel af kommunens 16–66-årige, der er 50–66 år (syntetisk)."},
	{ID: "grundskole", Label: "Kun grundskole", LabelEN: "Primary education only", Unit: "pct.",
		Description: "Andel af de 25–66-årige med grundskole som højeste fuldførte uddannelse (syntetisk)."},
	{ID: "ikkevestlig", Label: "Ikke-vestlig oprindelse", LabelEN: "Non-Western origin", Unit: "pct.",
		Description: "Andel af de 16–66-årige, der er indvandrere eller efterkommere med ikke-vestlig oprindelse (syntetisk)."},
	{ID: "sygdom", Label: "Langvarig sygdom", LabelEN: "Long-term illness", Unit: "pct.",
		Description: "Sundhedsindikator: andel af de 16–66-årige med en kronisk eller langvarig sygdom (fast medicinforbrug) (syntetisk)."},
	{ID: "ledighed", Label: "Ledighed i pendlingsområdet", LabelEN: "Commuting-area unemployment", Unit: "pct.",
		Description: "Bruttoledighed i kommunens pendlingsområde i procent af arbejdsstyrken i perioden (syntetisk)."},
	{ID: "jobopslag", Label: "Jobopslag pr. 100 indbyggere", LabelEN: "Job openings per 100 residents", Unit: "pr. 100 16–66-årige",
		Description: "Offentliggjorte jobopslag i pendlingsområdet pr. 100 16–66-årige i perioden (syntetisk)."},
	{ID: "afstand", Label: "Afstand til storby", LabelEN: "Distance to a big city", Unit: "km",
		Description: "Afstand i fugleflugt fra kommunens hovedby til nærmeste af København, Aarhus, Odense og Aalborg (beregnet af projektet)."},
	{ID: "almenbolig", Label: "Almene boliger", LabelEN: "Social housing", Unit: "pct.",
		Description: "Andel af de 16–66-årige, der bor i en almen bolig (syntetisk)."},
}

// periodDefs are the eight half-year lists.
var periodDefs = []calc.Period{
	{Code: "2017QMAT04", Label: "2017", Scope: "2017", RuleSet: "2020"},
	{Code: "2018QMAT02", Label: "3. kvt. 2017 – 2. kvt. 2018", Scope: "2019", RuleSet: "2020"},
	{Code: "2018QMAT04", Label: "2018", Scope: "2019", RuleSet: "2020"},
	{Code: "2019QMAT02", Label: "3. kvt. 2018 – 2. kvt. 2019", Scope: "2019", RuleSet: "2020"},
	{Code: "2019QMAT04", Label: "2019", Scope: "2019", RuleSet: "2020"},
	{Code: "2020QMAT02", Label: "3. kvt. 2019 – 2. kvt. 2020", Scope: "2019", RuleSet: "2020"},
	{Code: "2020QMAT04", Label: "2020", Scope: "2019", RuleSet: "2020"},
	{Code: "2021QMAT02", Label: "3. kvt. 2020 – 2. kvt. 2021", Scope: "2019", RuleSet: "2021"},
}

const nT = 8

// slot indexes the generated series: the areas DP..Flex, plus the kth
// sub-benefits the 2017 scope left out.
const (
	slotExcl = int(calc.NumAreas)
	nSlots   = slotExcl + 1
)

// National full-time persons (thousands) per period the expected numbers
// are scaled to: dp, kth (2019 scope), syg, fp, flex, and ledighedsydelse +
// ressourceforløbsydelse (part of kth).
var nationalTargets = [nSlots][nT]float64{
	calc.DP:   {70, 67, 64, 63, 63, 72, 88, 84},
	calc.KTH:  {132, 128, 125, 122, 120, 119, 119, 118},
	calc.SYG:  {105, 106, 107, 108, 108, 106, 108, 112},
	calc.FP:   {236, 234, 232, 230, 229, 228, 227, 226},
	calc.Flex: {74, 75, 76, 77, 78, 79, 80, 82},
	slotExcl:  {43, 43, 43, 42, 42, 41, 41, 40},
}

// The true model of the illustrative world: share (pct. of the 16–66
// population) = intercept + Σ coef × (covariate − reference), before the
// period's national scaling.
var covRef = [numCov]float64{33, 21, 6, 27, 4.5, 4, 40, 16}

var trueModel = [nSlots]struct {
	intercept float64
	coef      [numCov]float64
}{
	calc.DP:   {1.7, [numCov]float64{0.02, 0.02, 0.025, 0.01, 0.30, -0.06, 0.002, 0.006}},
	calc.KTH:  {3.2, [numCov]float64{-0.02, 0.09, 0.07, 0.12, 0.25, -0.10, 0.001, 0.045}},
	calc.SYG:  {2.8, [numCov]float64{0.06, 0.05, -0.02, 0.13, 0.06, -0.06, 0.003, 0.012}},
	calc.FP:   {5.9, [numCov]float64{0.16, 0.13, 0.02, 0.30, 0.15, -0.10, 0.008, 0.04}},
	calc.Flex: {2.2, [numCov]float64{0.05, 0.03, -0.03, 0.08, 0.0, -0.03, 0.004, 0.0}},
	slotExcl:  {1.05, [numCov]float64{0.0, 0.03, -0.01, 0.06, 0.05, -0.02, 0.001, 0.012}},
}

// Deviation model: the relative deviation of actual from expected is, per
// municipality and area, a persistent effect plus a slow linear drift plus an
// AR(1) component, scaled up for small municipalities, plus a little
// independent noise per list. The weights give consecutive half-year lists a
// rank correlation of about 0.93 and lists 2.5 years apart about 0.68.
const (
	wPersist   = 0.49 // variance share of the persistent effect
	wAR        = 0.50 // variance share of the AR(1) component
	rho        = 0.93 // AR(1) coefficient between consecutive half-year lists
	wDrift     = 0.01 // variance of the drift per half-year² (relative)
	sharedW    = 0.35 // weight of the municipality's shared (all-area) component
	smallP     = 1500 // deviations scale with 1 + smallP/population
	noiseK     = 0.2  // per-list noise: relative sd = noiseK / sqrt(expected)
	vesselsEl  = -0.43
	fokusPivot = 80.0
)

var sigmaRel = [nSlots]float64{calc.DP: 0.095, calc.KTH: 0.062, calc.SYG: 0.068, calc.FP: 0.045, calc.Flex: 0.07}

// sdTarget is the standard deviation across municipalities of each area's
// percentage-point difference in every list (fp: its own part, before the
// connected vessels add −0.43 × kth).
var sdTarget = [nSlots]float64{calc.DP: 0.235, calc.KTH: 0.28, calc.SYG: 0.245, calc.FP: 0.2, calc.Flex: 0.15}

const sdTotal = 0.45

// fixedPersistent fixes the shared persistent effect (in standard
// deviations) of a few municipalities instead of drawing it: the four
// smallest sit at both ends of the list, and København, which weighs a
// seventh of the national total, sits a little above expectation, so that
// about half of the municipalities are worse than expected.
var fixedPersistent = map[int]float64{825: -1.3, 741: 1.3, 563: -1.3, 492: 1.3, 101: 0.3}

// Generate builds the dataset deterministically from the fixed seed.
func Generate() *calc.Dataset {
	g := newGen()
	g.run()
	return g.dataset()
}

type gen struct {
	n    int
	muni []calc.Municipality
	pl   []place
	X    [nT][][]float64 // covariates
	lin  [nT][nSlots][]float64
	P    [nT][]float64
	E    [nT][nSlots][]float64
	rel  [nT][nSlots][]float64
	ne   [nT][]float64 // extra noise of the excluded sub-benefits
	A    [nT][nSlots][]float64
	conv [nT][]float64
	offr [nT][]float64
	cl   [nT][3][]float64
}

func newGen() *gen {
	g := &gen{muni: slices.Clone(calc.Municipalities)}
	g.n = len(g.muni)
	for _, m := range g.muni {
		p, ok := placeOf(m.Code)
		if !ok {
			panic("demo: no place for municipality code")
		}
		g.pl = append(g.pl, p)
	}
	return g
}

func (g *gen) idx(code int) int {
	for i, m := range g.muni {
		if m.Code == code {
			return i
		}
	}
	panic("demo: unknown code")
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
func round0(x float64) float64 { return math.Round(x) }
func clamp(x, lo, hi float64) float64 {
	return math.Max(lo, math.Min(hi, x))
}

func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

// kind effects on the covariates (added to covRef-like bases).
type kindFx struct{ age, edu, nonWest, health, jobs, social, unemp, growth float64 }

var kindEffects = map[byte]kindFx{
	kindCity:       {-8, 1, 9, 0, 2.5, 8, 0.5, 1.005},
	kindWealthy:    {1, -5, 1.5, -1.5, 0.8, -6, -0.6, 1.002},
	kindVulnerable: {-2, 12, 22, 1.5, 0, 27, 0.9, 1.002},
	kindSuburb:     {0, -2, 3, -1, -0.4, -3, 0, 1.003},
	kindTown:       {-1, 0, 2, 0.5, 0.8, 5, 0.2, 1.002},
	kindRural:      {3, 2, -1, 1, -0.8, -8, 0, 0.999},
	kindPeriphery:  {7.5, 9, -2, 4.5, -1.2, -6, 0.8, 0.996},
}

// National per-period factors on unemployment and job openings.
var unempFactor = [nT]float64{1.08, 1.03, 0.98, 0.95, 0.94, 1.12, 1.28, 1.22}
var jobsFactor = [nT]float64{0.95, 1.0, 1.03, 1.03, 1.02, 0.85, 0.9, 1.1}

func (g *gen) covariates() {
	r := newRNG(Seed, "covariates")
	n := g.n
	base := make([][]float64, n)
	unemp0 := make([]float64, n)
	for i, p := range g.pl {
		fx := kindEffects[p.kind]
		c := make([]float64, numCov)
		c[cvAge] = clamp(33+fx.age+0.02*math.Min(g.dist(i), 100)+1.2*r.norm(), 22, 44)
		c[cvEdu] = clamp(21+fx.edu+0.03*math.Min(g.dist(i), 100)+2*r.norm(), 8, 36)
		c[cvNonWest] = clamp((5.5+fx.nonWest)*math.Exp(0.25*r.norm()), 1.2, 40)
		c[cvHealth] = clamp(27+fx.health+0.15*(c[cvEdu]-21)+0.9*r.norm(), 19, 35)
		c[cvJobs] = clamp(4+fx.jobs+0.5*r.norm(), 1.5, 8)
		c[cvDist] = g.dist(i)
		c[cvSocial] = clamp(16+fx.social+3*r.norm(), 2, 50)
		// Local unemployment before the commuting-area smoothing.
		u := 4.3 + fx.unemp + 0.25*r.norm()
		switch {
		case p.lat < 55.0 && p.lon > 11 && p.lon < 13: // Lolland-Falster and Møn
			u += 1.6
		case p.lon > 14: // Bornholm
			u += 1.3
		case p.lat > 56.85: // Vendsyssel, Thy, Himmerland
			u += 0.7
		case p.lon < 9.7 && p.lat > 55.45 && p.lat < 56.6: // Mid and West Jutland
			u -= 0.8
		}
		if haversine(p.lat, p.lon, bigCities[0][0], bigCities[0][1]) < 25 {
			u += 0.3
		}
		unemp0[i] = u
		base[i] = c
	}
	// Commuting area: population-weighted average over places within ~30 km.
	unemp := make([]float64, n)
	jobs := make([]float64, n)
	for i, p := range g.pl {
		var su, sj, sw float64
		for j, q := range g.pl {
			d := haversine(p.lat, p.lon, q.lat, q.lon)
			if p.lon > 14 != (q.lon > 14) { // Bornholm is its own commuting area
				continue
			}
			w := math.Exp(-(d/25)*(d/25)) * math.Sqrt(q.pop)
			su += w * unemp0[j]
			sj += w * base[j][cvJobs]
			sw += w
		}
		unemp[i] = 0.5*unemp0[i] + 0.5*su/sw
		jobs[i] = 0.5*base[i][cvJobs] + 0.5*sj/sw
	}
	for t := 0; t < nT; t++ {
		years := float64(t-7) / 2
		g.X[t] = make([][]float64, n)
		for i := range g.pl {
			c := slices.Clone(base[i])
			c[cvAge] += 0.15 * years
			c[cvNonWest] *= 1 + 0.03*years
			c[cvUnemp] = unemp[i]*unempFactor[t] + 0.1*r.norm()
			c[cvJobs] = jobs[i]*jobsFactor[t] + 0.1*r.norm()
			for k := range c {
				if k == cvDist {
					c[k] = round0(c[k])
				} else {
					c[k] = round1(c[k])
				}
			}
			g.X[t][i] = c
		}
	}
}

func (g *gen) dist(i int) float64 {
	p := g.pl[i]
	best := math.Inf(1)
	for _, c := range bigCities {
		best = math.Min(best, haversine(p.lat, p.lon, c[0], c[1]))
	}
	return best
}

// linShare is the true model's share (pct.) before national scaling.
func linShare(s int, x []float64) float64 {
	m := trueModel[s]
	v := m.intercept
	for k := 0; k < numCov; k++ {
		v += m.coef[k] * (x[k] - covRef[k])
	}
	return math.Max(v, 0.2*m.intercept)
}

func (g *gen) populations() {
	for t := 0; t < nT; t++ {
		g.P[t] = make([]float64, g.n)
		for i, p := range g.pl {
			g.P[t][i] = p.pop * math.Pow(kindEffects[p.kind].growth, float64(t-7))
		}
	}
}

// expected computes the expected numbers, scaled per period to the
// national targets. Populations of the pinned municipalities are set so
// that their expected totals hit the published figures exactly.
func (g *gen) expected() {
	for t := 0; t < nT; t++ {
		for s := int(calc.DP); s < nSlots; s++ {
			g.lin[t][s] = make([]float64, g.n)
			for i := range g.pl {
				g.lin[t][s][i] = linShare(s, g.X[t][i])
			}
		}
	}
	var mult [nT][nSlots]float64
	for iter := 0; iter < 3; iter++ {
		for t := 0; t < nT; t++ {
			for s := int(calc.DP); s < nSlots; s++ {
				sum := 0.0
				for i := range g.pl {
					sum += g.lin[t][s][i] * g.P[t][i] / 100
				}
				mult[t][s] = nationalTargets[s][t] * 1000 / sum
			}
		}
		for _, pin := range pins {
			if pin.expected == 0 {
				continue
			}
			i := g.idx(pin.code)
			t := pin.period
			share := mult[t][calc.DP]*g.lin[t][calc.DP][i] + mult[t][calc.KTH]*g.lin[t][calc.KTH][i] + mult[t][calc.SYG]*g.lin[t][calc.SYG][i]
			if periodDefs[t].Scope == "2017" {
				share -= mult[t][slotExcl] * g.lin[t][slotExcl][i]
			}
			p := pin.expected * 100 / share
			f := p / g.P[t][i]
			for u := 0; u < nT; u++ {
				g.P[u][i] *= f
			}
		}
	}
	for t := 0; t < nT; t++ {
		for i := range g.pl {
			g.P[t][i] = round0(g.P[t][i])
		}
		for s := int(calc.DP); s < nSlots; s++ {
			g.E[t][s] = make([]float64, g.n)
			for i := range g.pl {
				g.E[t][s][i] = round1(mult[t][s] * g.lin[t][s][i] * g.P[t][i] / 100)
			}
		}
	}
}

// The excluded sub-benefits follow kth, with a little noise of their own.
func (g *gen) exclDeviations() {
	for t := 0; t < nT; t++ {
		for i := range g.pl {
			g.rel[t][slotExcl][i] = g.rel[t][calc.KTH][i] + g.ne[t][i]
		}
	}
}

// actuals computes the actual numbers of municipality i in period t from
// the relative deviations.
func (g *gen) actuals(t, i int) {
	for _, a := range calc.Areas {
		if g.A[t][a] == nil {
			g.A[t][a] = make([]float64, g.n)
		}
		g.A[t][a][i] = round1(math.Max(g.E[t][a][i]*(1+g.rel[t][a][i]), 0))
	}
	if g.A[t][slotExcl] == nil {
		g.A[t][slotExcl] = make([]float64, g.n)
	}
	x := round1(math.Max(g.E[t][slotExcl][i]*(1+g.rel[t][slotExcl][i]), 0))
	g.A[t][slotExcl][i] = math.Min(x, g.A[t][calc.KTH][i])
}

func (g *gen) allActuals() {
	for t := 0; t < nT; t++ {
		for i := range g.pl {
			g.actuals(t, i)
		}
	}
}

func (g *gen) run() {
	g.covariates()
	g.populations()
	g.expected()
	g.deviations()
	g.exclDeviations()
	g.allActuals()
	g.pinAll()
	g.fokus()
	g.caseloads()
}

func (g *gen) dataset() *calc.Dataset {
	ds := &calc.Dataset{
		Provenance:     provenance,
		Municipalities: g.muni,
		Covariates:     slices.Clone(covariates),
	}
	for t := 0; t < nT; t++ {
		p := periodDefs[t]
		p.Rows = make([]calc.Row, g.n)
		for i := range g.pl {
			c := make([]float64, numCols+numCov)
			c[colPop] = g.P[t][i]
			for _, a := range calc.Areas {
				ac := areaCols[a]
				c[ac[0]], c[ac[1]] = g.A[t][a][i], g.E[t][a][i]
			}
			c[colExclA], c[colExclE] = g.A[t][slotExcl][i], g.E[t][slotExcl][i]
			c[colCaseDP], c[colCaseKTH], c[colCaseSYG] = g.cl[t][0][i], g.cl[t][1][i], g.cl[t][2][i]
			c[colConv], c[colOffers] = g.conv[t][i], g.offr[t][i]
			copy(c[numCols:], g.X[t][i])
			p.Rows[i] = rowFromColumns(c, numCov)
		}
		ds.Periods = append(ds.Periods, p)
	}
	return ds
}
