package cli_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
	"benchsim/calc/demo"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type rankJSON struct {
	Rows []struct {
		Rank         int `json:"rank"`
		Code         int `json:"code"`
		BaselineRank int `json:"baseline_rank"`
		RankChange   int `json:"rank_change"`
	}
}

type compareJSON struct {
	Scenarios []struct {
		Scenario string `json:"scenario"`
		Moved    int    `json:"moved"`
	}
	Rows []struct {
		Code         int    `json:"code"`
		Municipality string `json:"municipality"`
		OfficialRank int    `json:"official_rank"`
		Ranks        []int  `json:"ranks"`
		Changes      []int  `json:"changes"`
	}
}

// Each scenario's ranks in compare are what rank --scenario gives for it
// alone, and its "moved" what rank's summary counts.
func TestCompareEqualsRankPerScenario(t *testing.T) {
	qs := []string{"v=1&scope=kl", "v=1&cl=all:50,101:100:30", "v=1&tr=336:kth:fp:100"}
	for _, area := range []string{"total", "kth"} {
		args := []string{"compare", "--format", "json", "--area", area}
		for _, q := range qs {
			args = append(args, "--scenario", q)
		}
		code, out, stderr := run(args...)
		require.Equal(t, 0, code, stderr)
		var cmp compareJSON
		require.NoError(t, json.Unmarshal([]byte(out), &cmp))
		require.Len(t, cmp.Scenarios, 3)
		require.Len(t, cmp.Rows, 98)
		for k, q := range qs {
			assert.Equal(t, q, cmp.Scenarios[k].Scenario)
			code, out, stderr := run("rank", "--format", "json", "--area", area, "--scenario", q)
			require.Equal(t, 0, code, stderr)
			var alone rankJSON
			require.NoError(t, json.Unmarshal([]byte(out), &alone))
			byCode := map[int]int{}
			moved := 0
			for _, r := range alone.Rows {
				byCode[r.Code] = r.Rank
				if r.RankChange >= 5 || r.RankChange <= -5 {
					moved++
				}
				for _, c := range cmp.Rows {
					if c.Code == r.Code {
						assert.Equal(t, r.BaselineRank, c.OfficialRank)
						assert.Equal(t, r.RankChange, c.Changes[k])
					}
				}
			}
			for _, c := range cmp.Rows {
				assert.Equal(t, byCode[c.Code], c.Ranks[k], "%s %s %s", area, q, c.Municipality)
			}
			assert.Equal(t, moved, cmp.Scenarios[k].Moved, q)
		}
	}
}

func TestCompareCSVAndSort(t *testing.T) {
	code, out, stderr := run("compare", "--format", "csv", "--scenario", "v=1&scope=kl", "--scenario", "v=1&w=rank", "--sort", "-change1")
	require.Equal(t, 0, code, stderr)
	assert.True(t, strings.HasPrefix(out, "\ufeffDatasæt;"), "BOM and Danish semicolons")
	lines := strings.Split(out, "\r\n")
	var head int
	for i, l := range lines {
		if strings.HasPrefix(l, "Kommunekode;") {
			head = i
		}
	}
	require.NotZero(t, head)
	assert.Equal(t, "Kommunekode;Kommune;Officiel placering;Placering (Scenarie 1);Ændring (Scenarie 1);Placering (Scenarie 2);Ændring (Scenarie 2)", lines[head])
	assert.Contains(t, out, "Scenarie 1;v=1&scope=kl — ")
	// Sorted by the first scenario's change, biggest climber first.
	prev := 1 << 30
	for _, l := range lines[head+1:] {
		if l == "" {
			continue
		}
		f := strings.Split(l, ";")
		require.Len(t, f, 7)
		ch, err := strconv.Atoi(f[4])
		require.NoError(t, err)
		assert.LessOrEqual(t, ch, prev)
		prev = ch
	}
}

func TestCompareRefusesBadInput(t *testing.T) {
	code, _, stderr := run("compare")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "1 til 3 scenarier")
	code, _, stderr = run("compare", "--scenario", "v=1", "--scenario", "v=1", "--scenario", "v=1", "--scenario", "v=1", "--lang", "en")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "1 to 3 scenarios, not 4")
	code, _, stderr = run("compare", "--scenario", "v=1", "--sort", "rank4")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "rank4")
}

func TestRankExplainPrintsTheParagraph(t *testing.T) {
	q := "v=1&cl=all:50&tr=336:kth:fp:100"
	code, out, stderr := run("rank", "--explain", "336", "--scenario", q, "--lang", "en")
	require.Equal(t, 0, code, stderr)
	s, err := calc.DecodeScenario(q)
	require.NoError(t, err)
	res, err := calc.Apply(demo.Dataset(), s)
	require.NoError(t, err)
	i := res.Dataset.MunicipalityIndex(336)
	e := calc.NewExplainer(res, report.Intervals(res, calc.Total)).Explain(i)
	assert.Equal(t, text.Explanation(res.Dataset, e, "en")+"\n", out)
	assert.Contains(t, out, "Stevns ranks "+strconv.Itoa(e.Total.Rank)+" of 98 in the scenario")
	code, _, stderr = run("rank", "--explain", "999")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "999")
}
