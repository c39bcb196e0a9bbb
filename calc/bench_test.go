package calc_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"benchsim/calc"

	"github.com/stretchr/testify/require"
)

// synthetic builds an n-unit dataset with 8 covariates and every area, for
// benchmarks at sizes beyond the 98 municipalities.
func synthetic(n int) *calc.Dataset {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	ds := &calc.Dataset{Provenance: calc.Provenance{Name: "synthetic", Illustrative: true}}
	for j := 0; j < 8; j++ {
		ds.Covariates = append(ds.Covariates, calc.Covariate{ID: fmt.Sprintf("c%d", j)})
	}
	p := calc.Period{Code: "2021QMAT02", Scope: "2019", RuleSet: "2021", Rows: make([]calc.Row, n)}
	for i := 0; i < n; i++ {
		ds.Municipalities = append(ds.Municipalities, calc.Municipality{Code: i + 1, Name: fmt.Sprintf("u%d", i)})
		row := &p.Rows[i]
		row.Population = math.Exp(8 + 3*r.Float64())
		row.Covariates = make([]float64, 8)
		lin := 0.0
		for j := range row.Covariates {
			row.Covariates[j] = r.NormFloat64()
			lin += 0.1 * float64(j%3) * row.Covariates[j]
		}
		for _, a := range calc.Areas {
			share := 2 + 0.3*lin + 0.2*float64(a)
			e := share * row.Population / 100
			act := e * (1 + 0.05*r.NormFloat64())
			row.Areas[a] = calc.Figures{Known: true, Actual: act, Expected: e, HasExpected: true}
		}
		var t calc.Figures
		t.Known, t.HasExpected = true, true
		for _, a := range calc.OfficialAreas {
			t.Actual += row.Areas[a].Actual
			t.Expected += row.Areas[a].Expected
		}
		row.Areas[calc.Total] = t
		row.Fokus = calc.Fokus{Known: true, Conversations: 70 + 20*r.Float64(), Offers: 70 + 20*r.Float64()}
	}
	ds.Periods = []calc.Period{p}
	return ds
}

// allLevers turns every lever on: KL scope, cost weights, re-estimation,
// caseload and transfers in several units, the lens, prices, a rule set.
func allLevers(n int) calc.Scenario {
	s := calc.DefaultScenario()
	s.Scope = calc.ScopeKL
	s.Weighting = calc.WeightCost
	s.Reestimate = true
	s.CovariatesOff = []string{"c7"}
	for k := 1; k <= 5; k++ {
		s.SetCaseload(calc.CaseloadLever{Code: k * n / 6, Area: calc.KTH, From: 100, To: 50})
		s.Transfers = append(s.Transfers, calc.Transfer{Code: k*n/6 + 1, From: calc.SYG, To: calc.FP, Persons: 50})
	}
	s.Lens = true
	s.Prices[calc.KTH] = 90000
	s.SetRuleSet("2020")
	return s
}

// BenchmarkRecompute is one full scenario recompute with every lever on,
// as one input event of a dragged slider makes it in the app (State.change
// in app/ui/view): the scenario is cloned, the dragged lever (a target
// caseload) set to the slider's next value, and the scenario applied.
func BenchmarkRecompute(b *testing.B) {
	for _, n := range []int{98, 3000, 10000} {
		ds := synthetic(n)
		s := allLevers(n)
		b.Run(fmt.Sprintf("units=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			drag := func(k int) {
				sc := s.Clone()
				sc.SetCaseload(calc.CaseloadLever{Code: n / 6, Area: calc.KTH, From: 100, To: float64(30 + k%40)})
				if _, err := calc.Apply(ds, sc); err != nil {
					b.Fatal(err)
				}
			}
			// Warm up (in wasm the engine tiers its compiled code up);
			// b.Loop resets the timer on its first call.
			k := 0
			for range 20 + 200000/n {
				drag(k)
				k++
			}
			for b.Loop() {
				drag(k)
				k++
			}
		})
	}
}

// BenchmarkRankIntervals is 1,000-draw rank intervals at 98 units.
func BenchmarkRankIntervals(b *testing.B) {
	ds := synthetic(98)
	res, err := calc.Apply(ds, calc.DefaultScenario())
	if err != nil {
		b.Fatal(err)
	}
	b.Run("units=98/draws=1000", func(b *testing.B) {
		for b.Loop() {
			calc.RankIntervals(res, calc.Total, 1000, 4, 1)
		}
	})
}

func TestSyntheticAllLeversRuns(t *testing.T) {
	for _, n := range []int{98, 3000} {
		res, err := calc.Apply(synthetic(n), allLevers(n))
		require.NoError(t, err)
		require.True(t, res.Fits[calc.FP] != nil && res.Fits[calc.KTH].R2 > 0, "n=%d: re-estimation did not run: %+v", n, res.Fits)
		require.Len(t, res.Investments, 5, "n=%d", n)
	}
}

// BenchmarkCaseloadReform is a recompute with a national caseload reform,
// one region's and an override (98 municipalities → ~100 levers), as while
// its target is dragged.
func BenchmarkCaseloadReform(b *testing.B) {
	ds := synthetic(98)
	for i := range ds.Municipalities {
		ds.Municipalities[i].Region = calc.Regions[i%len(calc.Regions)].Name
		ds.Periods[0].Rows[i].Caseload[calc.KTH] = float64(60 + i)
	}
	s := calc.DefaultScenario()
	s.SetReform(calc.CaseloadReform{Area: calc.KTH, To: 50})
	s.SetReform(calc.CaseloadReform{Region: 1084, Area: calc.SYG, To: 40})
	s.SetCaseload(calc.CaseloadLever{Code: 7, Area: calc.KTH, From: 100, To: 30})
	for b.Loop() {
		if _, err := calc.Apply(ds, s); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExplainer is the paragraphs' figures for all 98 municipalities of
// a scenario with three lever groups (rank intervals given).
func BenchmarkExplainer(b *testing.B) {
	ds := synthetic(98)
	s := allLevers(98)
	s.Reestimate = false
	res, err := calc.Apply(ds, s)
	if err != nil {
		b.Fatal(err)
	}
	iv := calc.RankIntervals(res, calc.Total, 1000, 4, 1)
	for b.Loop() {
		x := calc.NewExplainer(res, iv)
		for i := range ds.Municipalities {
			x.Explain(i)
		}
	}
}

// cloneDataset copies a dataset deeply enough that editing the copy's
// figures leaves the original alone.
func cloneDataset(ds *calc.Dataset) *calc.Dataset {
	c := *ds
	c.Municipalities = append([]calc.Municipality(nil), ds.Municipalities...)
	c.Covariates = append([]calc.Covariate(nil), ds.Covariates...)
	c.Periods = append([]calc.Period(nil), ds.Periods...)
	for pi := range c.Periods {
		p := &c.Periods[pi]
		p.Rows = append([]calc.Row(nil), p.Rows...)
		for i := range p.Rows {
			p.Rows[i].Covariates = append([]float64(nil), p.Rows[i].Covariates...)
		}
	}
	return &c
}

// TestMemosSeeEditsInPlace checks that the baseline's and the design's memos
// are not served stale when a dataset's figures are edited in place: each
// result equals the one on a fresh copy of the edited dataset.
func TestMemosSeeEditsInPlace(t *testing.T) {
	ds := synthetic(98)
	s := allLevers(98)
	edits := []func(r *calc.Row){
		func(r *calc.Row) { r.Covariates[2] += 0.5 },
		func(r *calc.Row) { r.Population *= 1.01 },
		func(r *calc.Row) { r.Areas[calc.KTH].Actual += 10 },
		func(r *calc.Row) { r.Fokus.Conversations = 10 },
	}
	for k, edit := range edits {
		before, err := calc.Apply(ds, s)
		require.NoError(t, err)
		edit(&ds.Periods[0].Rows[k+3])
		after, err := calc.Apply(ds, s)
		require.NoError(t, err)
		fresh, err := calc.Apply(cloneDataset(ds), s)
		require.NoError(t, err)
		require.Equal(t, fresh.Baseline, after.Baseline, "edit %d: baseline", k)
		require.Equal(t, fresh.Scenario, after.Scenario, "edit %d: scenario", k)
		require.Equal(t, fresh.Fits, after.Fits, "edit %d: fits", k)
		require.NotEqual(t, before.Scenario, after.Scenario, "edit %d changed nothing", k)
	}
	// The design also follows the covariates switched off.
	s2 := s.Clone()
	s2.CovariatesOff = []string{"c3", "c7"}
	r1, err := calc.Apply(ds, s2)
	require.NoError(t, err)
	r2, err := calc.Apply(cloneDataset(ds), s2)
	require.NoError(t, err)
	require.Equal(t, r2.Fits, r1.Fits)
	require.Equal(t, []string{"c0", "c1", "c2", "c4", "c5", "c6"}, r1.Fits[calc.KTH].Names)

	// Without covariates the design's proxy is the official expected total.
	ds.Covariates = nil
	for i := range ds.Periods[0].Rows {
		ds.Periods[0].Rows[i].Covariates = nil
	}
	s.CovariatesOff = nil
	before, err := calc.Apply(ds, s)
	require.NoError(t, err)
	require.True(t, before.Fits[calc.KTH].Proxy)
	ds.Periods[0].Rows[5].Areas[calc.DP].Expected *= 1.5
	after, err := calc.Apply(ds, s)
	require.NoError(t, err)
	fresh, err := calc.Apply(cloneDataset(ds), s)
	require.NoError(t, err)
	require.Equal(t, fresh.Fits, after.Fits)
	require.NotEqual(t, before.Fits[calc.KTH].Means, after.Fits[calc.KTH].Means)
}
