package report_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"

	"benchsim/app/report"
	"benchsim/calc"
	"benchsim/calc/demo"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func demoComparison(t *testing.T, qs ...string) *calc.Comparison {
	t.Helper()
	var scs []calc.Scenario
	for _, q := range qs {
		s, err := calc.DecodeScenario(q)
		require.NoError(t, err)
		scs = append(scs, s)
	}
	c, err := calc.Compare(demo.Dataset(), "", calc.Total, scs...)
	require.NoError(t, err)
	return c
}

func TestCompareRowsSort(t *testing.T) {
	c := demoComparison(t, "v=1&scope=kl", "v=1&tr=336:kth:fp:100")
	ds := c.Results[0].Dataset
	// Default: by official rank.
	rows := report.CompareRows(c, "")
	for k, r := range rows {
		assert.Equal(t, k+1, r.Official)
	}
	// By the first scenario's change, biggest climber first; ties by official rank.
	rows = report.CompareRows(c, "-change1")
	assert.True(t, slices.IsSortedFunc(rows, func(x, y calc.CompareRow) int {
		if x.Changes[0] != y.Changes[0] {
			return y.Changes[0] - x.Changes[0]
		}
		return x.Official - y.Official
	}))
	// By name the Danish way: Aabenraa … Ærø, Aalborg before Aarhus, å last.
	rows = report.CompareRows(c, "name")
	var names []string
	for _, r := range rows {
		names = append(names, ds.Municipalities[r.Index].Name)
	}
	assert.Equal(t, "Aabenraa", names[0])
	assert.Greater(t, slices.Index(names, "Ærø"), slices.Index(names, "Vordingborg"))
	// Stevns' row under the transfer scenario is calc's.
	i := ds.MunicipalityIndex(336)
	assert.Equal(t, c.Results[1].Scenario.Areas[calc.Total][i].Rank, c.Rows[i].Ranks[1])
	assert.True(t, report.CompareSortable(c, "-rank2"))
	assert.False(t, report.CompareSortable(c, "rank3"))
}

func TestCompareCSVEnglish(t *testing.T) {
	c := demoComparison(t, "v=1&w=rank")
	out := report.CompareCSV(c, []string{"Rank mean"}, "", report.EN)
	require.True(t, bytes.HasPrefix(out, []byte("\ufeff")))
	r := csv.NewReader(bytes.NewReader(out[3:]))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	require.NoError(t, err)
	var head int
	for k, rec := range recs {
		if rec[0] == "Code" {
			head = k
		}
	}
	assert.Equal(t, []string{"Code", "Municipality", "Official rank", "Rank (Rank mean)", "Change (Rank mean)"}, recs[head])
	assert.Equal(t, "Rank mean", recs[head-1][0], "the scenario's provenance line (the reader skips the empty line)")
	assert.Contains(t, recs[head-1][1], "v=1&w=rank — ")
	assert.Len(t, recs, head+1+98)
}
