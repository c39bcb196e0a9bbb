package calc_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"benchsim/calc"
	"benchsim/calc/jobindsats"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// realExtract is the real Jobindsats Y30R21 extract kept outside the
// project; tests read it in place and never copy it.
const realExtract = "../../shared/data/jobindsats/y30r21-2020-2022.jsonl"

func readReal(t testing.TB) *calc.Dataset {
	t.Helper()
	f, err := os.Open(realExtract)
	if err != nil {
		t.Skipf("real Jobindsats extract not available (%v): a plain clone has no ../shared", err)
	}
	defer f.Close()
	ds, warns, err := jobindsats.Read(f)
	require.NoError(t, err)
	for _, w := range warns {
		t.Log("warning:", w)
	}
	return ds
}

// TestReproducesPublishedRanks checks the official rule on real data: for
// all 6 periods × 4 groups, the recomputed ranks equal the published ones
// (2,352 of 2,352), and the published percentage points never go down as
// the published rank goes up.
func TestReproducesPublishedRanks(t *testing.T) {
	ds := readReal(t)
	require.Len(t, ds.Municipalities, 98)
	require.Len(t, ds.Periods, 6)
	checked, equal, violations := 0, 0, 0
	for _, p := range ds.Periods {
		s := calc.DefaultScenario()
		s.Period = p.Code
		res, err := calc.Apply(ds, s)
		require.NoError(t, err)
		for _, a := range []calc.Area{calc.Total, calc.DP, calc.KTH, calc.SYG} {
			byPub := make([]float64, 99)
			for i, e := range res.Baseline.Areas[a] {
				checked++
				pub := p.Rows[i].Areas[a].PublishedRank
				require.NotZero(t, pub)
				if assert.Equal(t, pub, e.Rank, "%s %s %s: rank, published", p.Code, a, ds.Municipalities[i].Name) {
					equal++
				}
				byPub[pub] = e.DiffPP
				// The scenario side of the default scenario is the baseline.
				assert.Equal(t, e.Rank, res.Scenario.Areas[a][i].Rank)
			}
			for r := 2; r <= 98; r++ {
				if byPub[r] < byPub[r-1]-1e-9 {
					violations++
				}
			}
		}
	}
	assert.Equal(t, 2352, checked)
	assert.Equal(t, 2352, equal)
	assert.Equal(t, 0, violations)
}

// TestRealDataScenarios runs the levers on real data: re-estimation with the
// proxy covariate, the lens for fp, and the KL scope through the lens.
func TestRealDataScenarios(t *testing.T) {
	ds := readReal(t)
	s := calc.DefaultScenario()
	s.Reestimate = true
	res, err := calc.Apply(ds, s)
	require.NoError(t, err)
	fit := res.Fits[calc.KTH]
	require.NotNil(t, fit)
	assert.True(t, fit.Proxy)
	assert.Greater(t, fit.R2, 0.5, "the official expected share explains most of kth")

	s = calc.DefaultScenario()
	s.Scope = calc.ScopeKL
	_, err = calc.Apply(ds, s)
	require.Error(t, err, "Y30R21 has no fp: the KL scope needs the lens")
	s.Lens = true
	_, err = calc.Apply(ds, s)
	require.Error(t, err, "nor fleksjob")
	s.Scope = calc.ScopeCustom
	s.Areas[calc.DP], s.Areas[calc.KTH], s.Areas[calc.SYG], s.Areas[calc.FP] = true, true, true, true
	res, err = calc.Apply(ds, s)
	require.NoError(t, err)
	assert.Greater(t, res.Moved(calc.Total, 1), 0)
}

func BenchmarkRecomputeReal(b *testing.B) {
	ds := readReal(b)
	s := allLevers(98)
	s.CovariatesOff = nil
	s.Scope = calc.ScopeCustom
	s.Areas[calc.DP], s.Areas[calc.KTH], s.Areas[calc.SYG], s.Areas[calc.FP] = true, true, true, true
	s.Caseload, s.Transfers = nil, nil
	s.SetCaseload(calc.CaseloadLever{Code: 336, Area: calc.KTH, From: 100, To: 50})
	for b.Loop() {
		if _, err := calc.Apply(ds, s); err != nil {
			b.Fatal(err)
		}
	}
}

// TestShowsPublishedCounts checks that the official model shows BM's own
// published counts in every row of the extract, the total included: the
// total's counts are rounded on their own, so summing the three rounded
// areas would misstate 350 of the 588 total rows. The published figures are
// read from the file directly, not through the importer.
func TestShowsPublishedCounts(t *testing.T) {
	ds := readReal(t)
	raw, err := os.ReadFile(realExtract)
	require.NoError(t, err)
	const pre = "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: "
	areas := map[string]calc.Area{}
	for a := calc.Area(0); a < calc.NumAreas; a++ {
		areas[calc.AreaLabels[a]] = a
	}
	results := map[string]*calc.Result{}
	checked := 0
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var rec map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &rec))
		period := rec["Periode"].(string)
		res := results[period]
		if res == nil {
			s := calc.DefaultScenario()
			s.Period = period
			res, err = calc.Apply(ds, s)
			require.NoError(t, err)
			results[period] = res
		}
		i := ds.MunicipalityByName(rec["Area"].(string))
		require.GreaterOrEqual(t, i, 0, rec["Area"])
		a, ok := areas[rec["Ydelsesgrupper"].(string)]
		require.True(t, ok)
		e := res.Baseline.Areas[a][i]
		want := func(k string) float64 { return rec[pre+k].(float64) }
		where := period + " " + a.ID() + " " + ds.Municipalities[i].Name
		assert.Equal(t, want("Faktisk antal"), e.Actual, where)
		assert.Equal(t, want("Forventet antal"), e.Expected, where)
		assert.Equal(t, want("Forskel mellem forventet og faktisk antal"), e.DiffPersons, where)
		checked++
	}
	assert.Equal(t, 2352, checked)
}
