package calc_test

import (
	"math/rand/v2"
	"testing"

	"benchsim/calc"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompareEqualsSeparateApplyRuns(t *testing.T) {
	ds := toy()
	a := calc.DefaultScenario()
	a.Transfers = []calc.Transfer{{Code: 4, From: calc.KTH, To: calc.FP, Persons: 100}}
	b := calc.DefaultScenario()
	b.SetCaseload(calc.CaseloadLever{Code: 5, Area: calc.KTH, From: 100, To: 50})
	c := calc.DefaultScenario()
	c.Scope = calc.ScopeKL
	cmp, err := calc.Compare(ds, "", calc.Total, a, b, c)
	require.NoError(t, err)
	require.Len(t, cmp.Rows, 5)
	for k, s := range []calc.Scenario{a, b, c} {
		alone := apply(t, ds, s)
		for i, row := range cmp.Rows {
			assert.Equal(t, alone.Scenario.Areas[calc.Total][i].Rank, row.Ranks[k], "scenario %d, m%d", k, i+1)
			assert.Equal(t, alone.RankChange(calc.Total, i), row.Changes[k])
		}
		assert.Equal(t, alone.Moved(calc.Total, 5), cmp.Moved[k])
	}
	// By hand (toy_test.go): m4 climbs from 4 to 1 under a, m5 from 2 to 1
	// under b.
	assert.Equal(t, []int{5, 1, 3, 4, 2}, []int{cmp.Rows[0].Official, cmp.Rows[1].Official, cmp.Rows[2].Official, cmp.Rows[3].Official, cmp.Rows[4].Official})
	assert.Equal(t, 1, cmp.Rows[3].Ranks[0])
	assert.Equal(t, 3, cmp.Rows[3].Changes[0])
	assert.Equal(t, 1, cmp.Rows[4].Ranks[1])
	assert.Equal(t, 1, cmp.Rows[4].Changes[1])
	assert.Equal(t, -1, cmp.Rows[1].Changes[1])
}

func TestCompareRefuses(t *testing.T) {
	ds := toy()
	s := calc.DefaultScenario()
	_, err := calc.Compare(ds, "", calc.Total, s, s, s, s)
	var ae *calc.ApplyError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, calc.ErrCompareCount, ae.Kind)

	ds.Periods = append(ds.Periods, ds.Periods[0])
	ds.Periods[1].Code = "2021QMAT04"
	other := s
	other.Period = "2021QMAT02"
	_, err = calc.Compare(ds, "", calc.Total, s, other)
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, calc.ErrComparePeriods, ae.Kind)
	// A period given for the comparison overrides the scenarios'.
	cmp, err := calc.Compare(ds, "2021QMAT02", calc.Total, s, other)
	require.NoError(t, err)
	assert.Equal(t, 0, cmp.Period)
}

func TestComparisonURLRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 500; i++ {
		var cs []calc.ComparedScenario
		for k := 1 + r.IntN(calc.MaxCompare); k > 0; k-- {
			name := []string{"", "KL's forslag", "Pris & vægt = 50%, a:b", "Æblegrød #2"}[r.IntN(4)]
			cs = append(cs, calc.ComparedScenario{Name: name, Scenario: randomScenario(r)})
		}
		q := "v=1&tab=compare&" + calc.EncodeComparison(cs) + "&lang=en"
		kv, err := calc.ParseQuery(q)
		require.NoError(t, err)
		got, err := calc.DecodeComparison(kv)
		require.NoError(t, err, q)
		require.Equal(t, cs, got, q)
	}
	assert.Equal(t, "cmp1=v%3D1%26scope%3Dkl&cmpn1=KL&cmp2=v%3D1%26cl%3Dall%3A50", calc.EncodeComparison([]calc.ComparedScenario{
		{Name: "KL", Scenario: func() calc.Scenario { s := calc.DefaultScenario(); s.Scope = calc.ScopeKL; return s }()},
		{Scenario: func() calc.Scenario {
			s := calc.DefaultScenario()
			s.SetReform(calc.CaseloadReform{Area: calc.KTH, To: 50})
			return s
		}()}}))
}

func TestDecodeComparisonErrors(t *testing.T) {
	for _, c := range []struct{ q, key, msg string }{
		{"cmp4=v%3D1", "cmp4", "1 to 3"},
		{"cmpx=v%3D1", "cmpx", "1 to 3"},
		{"cmpn1=KL", "cmpn1", "without its scenario"},
		{"cmp1=v%3D1&cmp3=v%3D1", "cmp3", "before it are missing"},
		{"cmp1=v%3D1%26scope%3Dmoon", "cmp1", "unknown scope"},
	} {
		kv, err := calc.ParseQuery(c.q)
		require.NoError(t, err)
		_, err = calc.DecodeComparison(kv)
		var qe *calc.QueryError
		require.ErrorAs(t, err, &qe, c.q)
		assert.Equal(t, c.key, qe.Key, c.q)
		assert.Contains(t, err.Error(), c.msg, c.q)
	}
	got, err := calc.DecodeComparison([][2]string{{"v", "1"}, {"tab", "ranking"}})
	assert.NoError(t, err)
	assert.Nil(t, got)
}

func FuzzDecodeComparison(f *testing.F) {
	f.Add("cmp1=v%3D1%26scope%3Dkl&cmpn1=KL&cmp2=v%3D1%26cl%3Dall%3A50")
	f.Add("cmp1=v%3D1%26tr%3D336%3Akth%3Afp%3A5%252525&cmpn1=%25")
	f.Fuzz(func(t *testing.T, q string) {
		kv, err := calc.ParseQuery(q)
		if err != nil {
			return
		}
		cs, err := calc.DecodeComparison(kv)
		if err != nil {
			return
		}
		kv2, err := calc.ParseQuery(calc.EncodeComparison(cs))
		require.NoError(t, err)
		again, err := calc.DecodeComparison(kv2)
		require.NoError(t, err, "re-decoding %q", calc.EncodeComparison(cs))
		require.Equal(t, calc.EncodeComparison(cs), calc.EncodeComparison(again), "not stable")
	})
}
