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
	"benchsim/calc/jobindsats"
	"benchsim/calc/jobindsats/jobindsatstest"

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

// TestRankJSONFitsAndShares: with re-estimation the JSON names each fit's
// covariates, coefficients, R² and municipalities, equal to calc's, and
// every row carries calc's population and shares.
func TestRankJSONFitsAndShares(t *testing.T) {
	q := "v=1&re=1"
	code, out, stderr := run("rank", "--format", "json", "--scenario", q, "--area", "kth")
	require.Equal(t, 0, code, stderr)
	var got struct {
		Fits []struct {
			Area           string             `json:"area"`
			Covariates     []string           `json:"covariates"`
			Coefficients   map[string]float64 `json:"coefficients"`
			Intercept      float64            `json:"intercept"`
			R2             float64            `json:"r2"`
			Municipalities int                `json:"municipalities"`
		} `json:"fits"`
		Rows []struct {
			Code          int     `json:"code"`
			Population    float64 `json:"population"`
			ActualShare   float64 `json:"actual_share"`
			ExpectedShare float64 `json:"expected_share"`
		} `json:"rows"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	s, err := calc.DecodeScenario(q)
	require.NoError(t, err)
	res, err := calc.Apply(demo.Dataset(), s)
	require.NoError(t, err)
	n := 0
	for _, f := range res.Fits {
		if f != nil {
			n++
		}
	}
	require.Len(t, got.Fits, n)
	require.NotZero(t, n)
	for _, gf := range got.Fits {
		a, err := calc.ParseArea(gf.Area)
		require.NoError(t, err)
		f := res.Fits[a]
		require.NotNil(t, f, gf.Area)
		assert.Equal(t, f.Names, gf.Covariates)
		for j, name := range f.Names {
			assert.Equal(t, f.Coef[j], gf.Coefficients[name], name)
		}
		assert.Equal(t, f.Intercept, gf.Intercept)
		assert.Equal(t, f.R2, gf.R2)
		assert.Equal(t, 98, gf.Municipalities)
	}
	require.Len(t, got.Rows, 98)
	for _, r := range got.Rows {
		e := res.Scenario.Areas[calc.KTH][res.Dataset.MunicipalityIndex(r.Code)]
		assert.Equal(t, e.Population, r.Population)
		assert.Equal(t, e.ActualShare, r.ActualShare)
		assert.Equal(t, e.ExpectedShare, r.ExpectedShare)
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
	assert.Equal(t, bad+`: ugyldig: linje 1: filen indeholder en fejlbesked fra Jobindsats' API i stedet for data: `+
		`"Forkert nøgle eller nøglen er udløbet.". Hent tallene igen (tjek API-nøglen).`+"\n", stderr)
	code, _, stderr = run("import", "--lang", "en", bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, bad+": invalid: line 1: the file holds an error message from the Jobindsats API")

	// A file of one municipality: refused, naming the 97 missing.
	one := filepath.Join(dir, "stevns.csv")
	require.NoError(t, os.WriteFile(one, []byte(jobindsatstest.StevnsCSV), 0o644))
	code, _, stderr = run("import", one)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, one+": ugyldig: filen mangler 97 af de 98 kommuner: København, Frederiksberg,")
	assert.Contains(t, stderr, "og 87 andre.")
	code, _, stderr = run("rank", "--data", one, "--lang", "en")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, one+": invalid: the file lacks 97 of the 98 municipalities")

	if _, err := os.Stat(realExtract); err == nil {
		code, out, stderr := run("import", realExtract)
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, out, "kommuner: 98")
		assert.Contains(t, out, "perioder: 6")
		assert.Contains(t, out, "advarsler: 2\n   linje ")
		assert.Contains(t, out, ": Herlev, 2021QMAT04: de offentliggjorte andele i alt (forventet ")
		code, out, stderr = run("import", "--lang", "en", realExtract)
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, out, "municipalities: 98")
		assert.Contains(t, out, "periods: 6")
		assert.Contains(t, out, "warnings: 2\n   line ")
		assert.Contains(t, out, ": Herlev, 2021QMAT04: the published total shares (expected ")
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

// TestTemplateCommand: the template names all 98 municipalities, imports
// back as a template, and --data takes it.
func TestTemplateCommand(t *testing.T) {
	code, out, stderr := run("template")
	require.Equal(t, 0, code, stderr)
	require.True(t, strings.HasPrefix(out, "\ufeffkommunekode;kommune;"), out[:40])
	lines := strings.Split(strings.TrimRight(out, "\r\n"), "\r\n")
	require.Len(t, lines, 99)
	assert.True(t, strings.HasPrefix(lines[1], "101;København;"), lines[1])
	path := filepath.Join(t.TempDir(), "skabelon.csv")
	code, _, stderr = run("template", "--out", path)
	require.Equal(t, 0, code, stderr)
	code, out, stderr = run("import", path)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "gyldig template-fil (CSV)")
	assert.Contains(t, out, "kommuner: 98")
	code, out, stderr = run("import", "--lang", "en", "flex="+path)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "valid template file")
}

// TestNotesInWords: a caveat is printed in words in the language, never as
// calc's id. A Y30R21 file has no sub-benefits, so the 2017 scope is
// approximated.
func TestNotesInWords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "y30r21.jsonl")
	var b bytes.Buffer
	require.NoError(t, jobindsats.Write(&b, demo.Dataset(), jobindsats.FormatJSONL))
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	code, out, stderr := run("rank", "--data", path, "--scenario", "v=1&scope=bm2017")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "bemærk: Data har ikke delydelserne, så 2017-omfanget er tilnærmet")
	assert.NotContains(t, out, "kth2017-approx")
	code, out, _ = run("rank", "--data", path, "--scenario", "v=1&scope=bm2017", "--lang", "en")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "note: The data lacks the sub-benefits")
}

func TestRankJSONNationalCaseloadTotals(t *testing.T) {
	q := "v=1&cl=all:50,101:100:30"
	code, out, stderr := run("rank", "--format", "json", "--scenario", q)
	require.Equal(t, 0, code, stderr)
	var got struct {
		National struct {
			Municipalities   int     `json:"municipalities"`
			ExtraCaseworkers float64 `json:"extra_caseworkers"`
			CaseworkerCost   float64 `json:"caseworker_cost_kr"`
			Persons          float64 `json:"persons"`
			BenefitSaved     float64 `json:"benefit_saved_kr"`
			Net              float64 `json:"net_kr"`
			Reformed         int     `json:"reform_municipalities"`
			Overridden       int     `json:"reform_overridden"`
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	s, err := calc.DecodeScenario(q)
	require.NoError(t, err)
	res, err := calc.Apply(demo.Dataset(), s)
	require.NoError(t, err)
	var cw, persons, saved float64
	for _, inv := range res.Investments {
		cw += inv.ExtraCaseworkers
		persons += inv.Persons
		saved += inv.BenefitSaved
	}
	n := got.National
	assert.Equal(t, len(res.Investments), n.Municipalities)
	assert.Greater(t, n.Municipalities, 50)
	assert.InDelta(t, cw, n.ExtraCaseworkers, 1e-6)
	assert.InDelta(t, cw*calc.Param(calc.ParamCaseworkerCost), n.CaseworkerCost, 1e-3)
	assert.InDelta(t, persons, n.Persons, 1e-6)
	assert.InDelta(t, saved, n.BenefitSaved, 1e-3)
	assert.InDelta(t, saved-cw*calc.Param(calc.ParamCaseworkerCost), n.Net, 1e-3)
	assert.Equal(t, res.Reform.Municipalities, n.Reformed)
	assert.Equal(t, 1, n.Overridden, "København's own entry")
}
