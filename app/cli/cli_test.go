package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"benchsim/app/cli"
	"benchsim/app/report"
	"benchsim/calc"
	"benchsim/calc/demo"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const realExtract = "../../../shared/data/jobindsats/y30r21-2020-2022.jsonl"

func run(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := cli.Run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestRankTableOnIllustrativeData(t *testing.T) {
	code, out, stderr := run("rank")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "Eksempeldata")
	res, err := calc.Apply(demo.Dataset(), calc.DefaultScenario())
	require.NoError(t, err)
	rows := report.Rows(res, &report.View{Area: calc.Total})
	require.Len(t, rows, 98)
	// The first and last data lines carry rank 1 and 98 and their names.
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var data []string
	for _, l := range lines {
		if strings.Contains(l, rows[0].Muni.Name) || strings.Contains(l, rows[97].Muni.Name) {
			data = append(data, l)
		}
	}
	require.NotEmpty(t, data)
	assert.Contains(t, out, report.Number(rows[0].Entry.Actual, 0, report.DA))
}

func TestRankJSONEqualsCalc(t *testing.T) {
	code, out, stderr := run("rank", "--format", "json", "--scenario", "v=1&scope=kl&cl=336:100:50")
	require.Equal(t, 0, code, stderr)
	var got struct {
		Illustrative bool
		Scenario     string
		Rows         []struct {
			Rank         int     `json:"rank"`
			Code         int     `json:"code"`
			DiffPP       float64 `json:"diff_pp"`
			BaselineRank int     `json:"baseline_rank"`
			RankChange   int     `json:"rank_change"`
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.True(t, got.Illustrative)
	assert.Equal(t, "v=1&scope=kl&cl=336:100:50", got.Scenario)
	s, err := calc.DecodeScenario(got.Scenario)
	require.NoError(t, err)
	res, err := calc.Apply(demo.Dataset(), s)
	require.NoError(t, err)
	require.Len(t, got.Rows, 98)
	for _, r := range got.Rows {
		i := res.Dataset.MunicipalityIndex(r.Code)
		e := res.Scenario.Areas[calc.Total][i]
		assert.Equal(t, e.Rank, r.Rank)
		assert.InDelta(t, e.DiffPP, r.DiffPP, 1e-12)
		assert.Equal(t, res.RankChange(calc.Total, i), r.RankChange)
		assert.Equal(t, r.BaselineRank-r.Rank, r.RankChange)
	}
}

func TestRankCSVIsExcelFriendly(t *testing.T) {
	code, out, _ := run("rank", "--format", "csv", "--area", "kth")
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "\ufeffDatasæt;"))
	assert.Contains(t, out, "\r\nPlacering;Kommune;Region;Faktisk;Forventet;Personer;Procentpoint;Potentiale mio. kr.\r\n")
	assert.Contains(t, out, "Eksempeldata")
	assert.Regexp(t, `;-?\d+,\d\d;`, out) // percentage points with a decimal comma
}

func TestRankRealDataShowsPublishedRanks(t *testing.T) {
	if _, err := os.Stat(realExtract); err != nil {
		t.Skip("real extract not available in a plain clone")
	}
	code, out, stderr := run("rank", "--data", realExtract, "--period", "2021QMAT02", "--format", "json")
	require.Equal(t, 0, code, stderr)
	var got struct {
		Rows []struct {
			Rank          int `json:"rank"`
			PublishedRank int `json:"published_rank"`
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got.Rows, 98)
	for _, r := range got.Rows {
		assert.Equal(t, r.PublishedRank, r.Rank)
	}
}

func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte("{\"Forkert nøgle eller nøglen er udløbet.\":\"\"}\n"), 0o644))
	code, _, stderr := run("import", bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "line 1")
	if _, err := os.Stat(realExtract); err == nil {
		code, out, stderr := run("import", realExtract)
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, out, "municipalities: 98")
		assert.Contains(t, out, "periods: 6")
	}
}

func TestUsageErrors(t *testing.T) {
	code, _, stderr := run("rank", "--area", "moon")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "unknown area")
	code, _, stderr = run("rank", "--scenario", "v=9")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "newer version")
	code, _, stderr = run("rank", "--sort", "status")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `unknown sort column "status"`)
	code, _, _ = run("frobnicate")
	assert.Equal(t, 2, code)
}
