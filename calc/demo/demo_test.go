package demo

import (
	"bytes"
	"math"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"benchsim/calc"
)

// apply runs the engine on the embedded dataset.
func apply(t *testing.T, s calc.Scenario) *calc.Result {
	t.Helper()
	res, err := calc.Apply(Dataset(), s)
	require.NoError(t, err)
	return res
}

func official(t *testing.T, period string) *calc.Result {
	s := calc.DefaultScenario()
	s.Period = period
	return apply(t, s)
}

func periodCodes() []string {
	var out []string
	for _, p := range Dataset().Periods {
		out = append(out, p.Code)
	}
	return out
}

func TestDeterministic(t *testing.T) {
	a, err := Encode(Generate())
	require.NoError(t, err)
	b, err := Encode(Generate())
	require.NoError(t, err)
	require.True(t, bytes.Equal(a, b), "Generate is not deterministic")
	require.True(t, bytes.Equal(a, embedded),
		"the embedded %s is stale: run `go generate ./calc/demo`", FileName)
	// Decoding gives exactly what the generator built.
	assert.True(t, reflect.DeepEqual(Generate(), Dataset()), "Dataset() differs from Generate()")
}

func TestEmbeddedFile(t *testing.T) {
	assert.Less(t, len(embedded), 400_000, "embedded file too large")
	for _, code := range periodCodes() {
		assert.Less(t, bytes.Count(embedded, []byte(code)), 100, "period %s repeated in the file", code)
	}
	ds, err := Decode(embedded)
	require.NoError(t, err)
	assert.Same(t, Dataset(), Dataset(), "Dataset is parsed once")
	assert.Equal(t, len(Dataset().Periods), len(ds.Periods))
}

func TestStructure(t *testing.T) {
	ds := Dataset()
	require.NoError(t, ds.Validate())
	assert.Equal(t, "Eksempeldata (syntetiske tal)", ds.Provenance.Name)
	assert.True(t, ds.Provenance.Illustrative)
	assert.Contains(t, ds.Provenance.Source, "ikke de officielle tal")
	assert.Contains(t, ds.Provenance.Note, "fast seed")
	require.Len(t, ds.Municipalities, 98)
	assert.Equal(t, calc.Municipalities, ds.Municipalities)

	want := []struct{ code, label, scope, rules string }{
		{"2017QMAT04", "2017", "2017", "2020"},
		{"2018QMAT02", "3. kvt. 2017 – 2. kvt. 2018", "2019", "2020"},
		{"2018QMAT04", "2018", "2019", "2020"},
		{"2019QMAT02", "3. kvt. 2018 – 2. kvt. 2019", "2019", "2020"},
		{"2019QMAT04", "2019", "2019", "2020"},
		{"2020QMAT02", "3. kvt. 2019 – 2. kvt. 2020", "2019", "2020"},
		{"2020QMAT04", "2020", "2019", "2020"},
		{"2021QMAT02", "3. kvt. 2020 – 2. kvt. 2021", "2019", "2021"},
	}
	require.Len(t, ds.Periods, len(want))
	for i, w := range want {
		p := ds.Periods[i]
		assert.Equal(t, w.code, p.Code)
		assert.Equal(t, w.label, p.Label)
		assert.Equal(t, w.scope, p.Scope)
		assert.Equal(t, w.rules, p.RuleSet)
		for j, r := range p.Rows {
			name := ds.Municipalities[j].Name
			for _, a := range calc.Areas {
				f := r.Areas[a]
				assert.True(t, f.Known && f.HasExpected && !f.HasShares && f.PublishedRank == 0, "%s %s %s", p.Code, name, a)
				assert.Greater(t, f.Expected, 0.0, "%s %s %s", p.Code, name, a)
			}
			tot := r.Areas[calc.Total]
			assert.True(t, tot.Known && tot.HasExpected && !tot.HasShares)
			assert.InDelta(t, r.Areas[calc.DP].Actual+r.Areas[calc.KTH].Actual+r.Areas[calc.SYG].Actual, tot.Actual, 1e-9)
			assert.InDelta(t, r.Areas[calc.DP].Expected+r.Areas[calc.KTH].Expected+r.Areas[calc.SYG].Expected, tot.Expected, 1e-9)
			x := r.KTH2017Excluded
			assert.True(t, x.Known && x.Actual > 0 && x.Expected > 0, "%s %s: kth sub-benefits", p.Code, name)
			assert.Less(t, x.Actual, r.Areas[calc.KTH].Actual)
			assert.Less(t, x.Expected, r.Areas[calc.KTH].Expected)
			assert.Len(t, r.Covariates, len(ds.Covariates))
			assert.True(t, r.Fokus.Known)
			for _, a := range calc.OfficialAreas {
				assert.True(t, r.Caseload[a] >= 30 && r.Caseload[a] <= 160, "%s %s caseload %s = %v", p.Code, name, a, r.Caseload[a])
			}
		}
	}
}

func TestCovariates(t *testing.T) {
	ds := Dataset()
	n := len(ds.Covariates)
	assert.True(t, n >= 6 && n <= 10, "%d covariates", n)
	ids := map[string]bool{}
	for _, c := range ds.Covariates {
		assert.NotEmpty(t, c.ID)
		assert.NotEmpty(t, c.Label)
		assert.NotEmpty(t, c.LabelEN)
		assert.NotEmpty(t, c.Unit)
		assert.NotEmpty(t, c.Description)
		assert.False(t, ids[c.ID], "duplicate covariate %s", c.ID)
		ids[c.ID] = true
	}
	// Realistic ranges.
	ranges := map[string][2]float64{
		"alder5066": {20, 45}, "grundskole": {7, 38}, "ikkevestlig": {1, 42}, "sygdom": {18, 36},
		"ledighed": {2, 9}, "jobopslag": {1, 9}, "afstand": {0, 200}, "almenbolig": {1, 55},
	}
	for _, p := range ds.Periods {
		for j, r := range p.Rows {
			for k, c := range ds.Covariates {
				rg, ok := ranges[c.ID]
				require.True(t, ok, c.ID)
				v := r.Covariates[k]
				assert.True(t, v >= rg[0] && v <= rg[1], "%s %s %s = %v", p.Code, ds.Municipalities[j].Name, c.ID, v)
			}
		}
	}
	// Plausible correlations in the latest list.
	last := ds.Periods[len(ds.Periods)-1]
	col := func(id string) []float64 {
		k := -1
		for i, c := range ds.Covariates {
			if c.ID == id {
				k = i
			}
		}
		var out []float64
		for _, r := range last.Rows {
			out = append(out, r.Covariates[k])
		}
		return out
	}
	assert.Greater(t, pearson(col("grundskole"), col("sygdom")), 0.3)
	assert.Greater(t, pearson(col("ikkevestlig"), col("almenbolig")), 0.4)
	assert.Greater(t, pearson(col("afstand"), col("alder5066")), 0.2)
	assert.Less(t, pearson(col("afstand"), col("jobopslag")), -0.2)
}

func TestLocation(t *testing.T) {
	for _, m := range calc.Municipalities {
		p, ok := placeOf(m.Code)
		require.True(t, ok, m.Name)
		lat, lon := p.lat, p.lon
		assert.True(t, lat > 54.5 && lat < 57.8 && lon > 8 && lon < 15.2, "%s at %v,%v", m.Name, lat, lon)
	}
	_, ok := placeOf(999)
	assert.False(t, ok)
}

// --- Calibration targets (model.md section 5), each through the engine. ---

func sumEntries(es []calc.Entry) (a, e float64) {
	for _, x := range es {
		a += x.Actual
		e += x.Expected
	}
	return
}

func TestNationalTotals(t *testing.T) {
	for _, code := range periodCodes() {
		s := calc.DefaultScenario()
		s.Period = code
		s.Scope = calc.ScopeBM2019
		res := apply(t, s)
		a, e := sumEntries(res.Scenario.Areas[calc.Total])
		dp0, _ := sumEntries(res.Scenario.Areas[calc.DP])
		kth0, _ := sumEntries(res.Scenario.Areas[calc.KTH])
		syg0, _ := sumEntries(res.Scenario.Areas[calc.SYG])
		t.Logf("%s: total %.0f (actual/expected %.4f), dp %.0f, kth %.0f, syg %.0f", code, a, a/e, dp0, kth0, syg0)
		assert.True(t, a >= 290e3 && a <= 360e3, "%s: national total %.0f", code, a)
		assert.InDelta(t, 1, a/e, 0.01, "%s: national actual/expected", code)
		dp, _ := sumEntries(res.Scenario.Areas[calc.DP])
		kth, _ := sumEntries(res.Scenario.Areas[calc.KTH])
		syg, _ := sumEntries(res.Scenario.Areas[calc.SYG])
		assert.True(t, dp >= 55e3 && dp <= 90e3, "%s: dp %.0f", code, dp)
		assert.True(t, kth >= 110e3 && kth <= 140e3, "%s: kth %.0f", code, kth)
		assert.True(t, syg >= 100e3 && syg <= 120e3, "%s: syg %.0f", code, syg)
		for _, ar := range calc.OfficialAreas {
			a, e := sumEntries(res.Scenario.Areas[ar])
			assert.InDelta(t, 1, a/e, 0.01, "%s %s: national actual/expected", code, ar)
		}
	}
	// The latest list: close to the 2022 magnitudes.
	res := official(t, "")
	dp, _ := sumEntries(res.Baseline.Areas[calc.DP])
	kth, _ := sumEntries(res.Baseline.Areas[calc.KTH])
	syg, _ := sumEntries(res.Baseline.Areas[calc.SYG])
	assert.InDelta(t, 117e3, kth, 6e3)
	assert.InDelta(t, 110e3, syg, 6e3)
	assert.True(t, dp >= 58e3 && dp <= 85e3, "dp %.0f (62 k in 2022, higher during corona)", dp)
}

func TestFPAndFlexVolumes(t *testing.T) {
	s := calc.DefaultScenario()
	s.Scope = calc.ScopeKL
	res := apply(t, s)
	fp, fpE := sumEntries(res.Scenario.Areas[calc.FP])
	flex, flexE := sumEntries(res.Scenario.Areas[calc.Flex])
	t.Logf("fp %.0f (actual/expected %.4f), flex %.0f (%.4f)", fp, fp/fpE, flex, flex/flexE)
	assert.InDelta(t, 225e3, fp, 10e3, "fp")
	assert.InDelta(t, 84e3, flex, 6e3, "flex")
	assert.InDelta(t, 1, fp/fpE, 0.01)
	assert.InDelta(t, 1, flex/flexE, 0.01)
}

func TestExpectedShares(t *testing.T) {
	for _, code := range periodCodes() {
		// model.md's magnitudes are for the 2019 scope.
		s := calc.DefaultScenario()
		s.Period = code
		s.Scope = calc.ScopeBM2019
		res := apply(t, s)
		es := res.Scenario.Areas[calc.Total]
		mean, lo, hi := 0.0, math.Inf(1), math.Inf(-1)
		for _, e := range es {
			mean += e.ExpectedShare / float64(len(es))
			lo = math.Min(lo, e.ExpectedShare)
			hi = math.Max(hi, e.ExpectedShare)
		}
		t.Logf("%s: expected total share mean %.2f, range %.2f–%.2f", code, mean, lo, hi)
		assert.True(t, mean >= 7.6 && mean <= 9.3, "%s: mean expected share %.2f", code, mean)
		assert.True(t, lo >= 3.8 && lo <= 5.8, "%s: lowest expected share %.2f", code, lo)
		assert.True(t, hi >= 12.3 && hi <= 15.3, "%s: highest expected share %.2f", code, hi)
	}
}

func TestSpreadOfDifference(t *testing.T) {
	for _, code := range periodCodes() {
		res := official(t, code)
		sdT := sdOf(res.Baseline.Areas[calc.Total])
		t.Logf("%s: sd total %.3f, dp %.3f, kth %.3f, syg %.3f", code, sdT, sdOf(res.Baseline.Areas[calc.DP]), sdOf(res.Baseline.Areas[calc.KTH]), sdOf(res.Baseline.Areas[calc.SYG]))
		assert.True(t, sdT >= 0.37 && sdT <= 0.52, "%s: sd of total d %.3f", code, sdT)
		for _, a := range calc.OfficialAreas {
			sdA := sdOf(res.Baseline.Areas[a])
			assert.True(t, sdA >= 0.2 && sdA <= 0.33, "%s: sd of %s d %.3f", code, a, sdA)
		}
	}
}

func TestWorseThanExpected(t *testing.T) {
	for _, code := range periodCodes() {
		res := official(t, code)
		worse := 0
		for _, e := range res.Baseline.Areas[calc.Total] {
			if e.DiffPP > 0 {
				worse++
			}
		}
		t.Logf("%s: %d worse than expected", code, worse)
		assert.True(t, worse >= 40 && worse <= 59, "%s: %d worse than expected", code, worse)
	}
}

// totalRanks are the ranks of the total in the 2019 scope, so that lists
// on both sides of the scope change compare like with like.
func totalRanks(t *testing.T, code string) []float64 {
	s := calc.DefaultScenario()
	s.Period = code
	s.Scope = calc.ScopeBM2019
	res := apply(t, s)
	var out []float64
	for _, e := range res.Scenario.Areas[calc.Total] {
		out = append(out, float64(e.Rank))
	}
	return out
}

func TestRankPersistence(t *testing.T) {
	codes := periodCodes()
	var ranks [][]float64
	for _, c := range codes {
		ranks = append(ranks, totalRanks(t, c))
	}
	mean1 := 0.0
	for i := 1; i < len(codes); i++ {
		rho := pearson(ranks[i-1], ranks[i]) // ranks have no ties: Spearman
		t.Logf("%s → %s: %.3f", codes[i-1], codes[i], rho)
		assert.True(t, rho >= 0.88 && rho <= 0.97, "%s → %s: rank correlation %.3f", codes[i-1], codes[i], rho)
		mean1 += rho / float64(len(codes)-1)
	}
	assert.True(t, mean1 >= 0.92 && mean1 <= 0.95, "mean consecutive rank correlation %.3f", mean1)
	mean5 := 0.0
	for i := 5; i < len(codes); i++ {
		rho := pearson(ranks[i-5], ranks[i])
		t.Logf("%s → %s: %.3f", codes[i-5], codes[i], rho)
		mean5 += rho / float64(len(codes)-5)
	}
	assert.InDelta(t, 0.68, mean5, 0.07, "mean rank correlation over 2.5 years")
}

func TestConnectedVessels(t *testing.T) {
	ds := Dataset()
	for _, p := range ds.Periods {
		var x, y []float64
		for _, r := range p.Rows {
			k, f := r.Areas[calc.KTH], r.Areas[calc.FP]
			x = append(x, (k.Actual-k.Expected)/k.Expected)
			y = append(y, (f.Actual-f.Expected)/f.Expected)
		}
		b := slope(x, y)
		t.Logf("%s: fp relative deviation per kth relative deviation %.3f", p.Code, b)
		assert.InDelta(t, -0.43, b, 0.12, "%s: fp deviation per kth deviation", p.Code)
	}
	// Through the engine: the lens with the same elasticity changes little.
	s := calc.DefaultScenario()
	s.Scope = calc.ScopeKL
	res := apply(t, s)
	var x, y []float64
	for i := range res.Scenario.Areas[calc.KTH] {
		k, f := res.Scenario.Areas[calc.KTH][i], res.Scenario.Areas[calc.FP][i]
		x = append(x, k.DiffPersons/k.Expected)
		y = append(y, f.DiffPersons/f.Expected)
	}
	assert.InDelta(t, -0.43, slope(x, y), 0.12)
	assert.Less(t, pearson(x, y), -0.3)
}

func TestKLScopeMovesMunicipalities(t *testing.T) {
	s := calc.DefaultScenario()
	s.Scope = calc.ScopeKL
	res := apply(t, s)
	moved := res.Moved(calc.Total, 5)
	t.Logf("KL scope: %d municipalities move 5 or more places", moved)
	assert.GreaterOrEqual(t, moved, 20)
}

func TestSupervision(t *testing.T) {
	res := official(t, "2021QMAT02")
	assert.Equal(t, "2021", res.RuleSet.ID)
	met, insp, risk := res.Baseline.Counts()
	t.Logf("2021QMAT02: %d meet the result target, %d inspiration, %d at risk", met, insp, risk)
	assert.InDelta(t, 27, insp, 3, "inspiration municipalities")
	assert.InDelta(t, 3, risk, 1, "municipalities at risk of skærpet tilsyn")
}

func TestSmallMunicipalitiesAtBothEnds(t *testing.T) {
	ds := Dataset()
	small := []string{"Læsø", "Samsø", "Fanø", "Ærø"}
	top, bottom := 0, 0
	var smallDev, allDev float64
	for _, code := range periodCodes() {
		es := official(t, code).Baseline.Areas[calc.Total]
		for _, name := range small {
			i := ds.MunicipalityByName(name)
			require.GreaterOrEqual(t, i, 0)
			if es[i].Rank <= 10 {
				top++
			}
			if es[i].Rank >= 89 {
				bottom++
			}
			smallDev += math.Abs(es[i].DiffPP)
		}
		for _, e := range es {
			allDev += math.Abs(e.DiffPP) / 98
		}
	}
	t.Logf("small municipalities: %d times in the top 10, %d in the bottom 10", top, bottom)
	assert.GreaterOrEqual(t, top, 3)
	assert.GreaterOrEqual(t, bottom, 3)
	assert.Greater(t, smallDev/4, 1.5*allDev, "small municipalities should deviate more")
}

func TestCaseload(t *testing.T) {
	ds := Dataset()
	last := ds.Periods[len(ds.Periods)-1]
	cph := ds.MunicipalityIndex(101)
	assert.InDelta(t, 100, last.Rows[cph].Caseload[calc.KTH], 5)
}

// --- The seeds' fixed points. ---
