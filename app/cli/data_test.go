package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"benchsim/app/dataset"
	"benchsim/calc"
	"benchsim/calc/demo"
	"benchsim/tests/fixtures"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func write(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path
}

type jsonRank struct {
	Fits []struct {
		Area       string   `json:"area"`
		Covariates []string `json:"covariates"`
	} `json:"fits"`
	Rows []struct {
		Rank       int     `json:"rank"`
		Code       int     `json:"code"`
		Population float64 `json:"population"`
	} `json:"rows"`
}

// TestRankKLOnRealData: the real Y30R21 extract with a PTV_A02 file (fp and
// fleksjob) and a FOLK1A file (population and the share aged 50–66) made
// for it: KL's proposal ranks all 98 municipalities, fp and flex are
// fitted on the imported covariate, and the ranks equal calc's on the same
// files read through app/dataset.
func TestRankKLOnRealData(t *testing.T) {
	raw, err := os.ReadFile(realExtract)
	if err != nil {
		t.Skipf("real Jobindsats extract not available (%v)", err)
	}
	y30 := write(t, "y30r21.jsonl", raw)
	code, _, stderr := run("rank", "--data", y30, "--scenario", "v=1&scope=kl")
	require.Equal(t, 1, code, "KL's proposal needs fp and fleksjob")
	assert.Contains(t, stderr, "Data har ingen tal for Førtidspension")

	_, ds, _, err := dataset.Describe("y30r21.jsonl", raw, "", "")
	require.NoError(t, err)
	ptv := write(t, "ptv_a02.csv", fixtures.PTVA02(ds))
	folk := write(t, "folk1a.csv", fixtures.FOLK1A(ds))
	code, out, stderr := run("rank", "--data", y30, "--data", ptv, "--data", folk, "--scenario", "v=1&scope=kl", "--format", "json")
	require.Equal(t, 0, code, stderr)
	var got jsonRank
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got.Rows, 98)
	fitted := map[string]bool{}
	for _, f := range got.Fits {
		fitted[f.Area] = true
		assert.Contains(t, f.Covariates, "alder5066", f.Area)
	}
	assert.True(t, fitted["fp"] && fitted["flex"], "fp and flex re-estimated: %v", got.Fits)
	seen := map[int]bool{}
	for _, r := range got.Rows {
		assert.False(t, seen[r.Rank], "rank %d twice", r.Rank)
		seen[r.Rank] = true
	}
}

// TestRankOpensSavedView: a view saved with its data (the app's bundle)
// given to --data ranks the same dataset under the bundle's scenario.
func TestRankOpensSavedView(t *testing.T) {
	y30, err := fixtures.Y30R21(fixtures.WithoutBenefits(demo.Dataset()))
	require.NoError(t, err)
	f, ds, _, err := dataset.Describe("y30r21.jsonl", y30, "", "2026-12-01")
	require.NoError(t, err)
	ptvBytes := fixtures.PTVA02(ds)
	p, _, _, err := dataset.Describe("ptv_a02.csv", ptvBytes, "", "2026-12-01")
	require.NoError(t, err)
	set := dataset.Set{Added: "2026-12-01", Files: []dataset.File{f, p}}
	set.Normalize()
	q := "v=1&scope=kl&cl=336:100:50&tab=scenario"
	b, err := (&dataset.Bundle{Set: set, Query: q, Data: map[string][]byte{f.ID: y30, p.ID: ptvBytes}}).Encode()
	require.NoError(t, err)
	path := write(t, "visning"+dataset.BundleExt, b)

	code, out, stderr := run("rank", "--data", path, "--format", "json")
	require.Equal(t, 0, code, stderr)
	var got jsonRank
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	built, _, err := dataset.Build(&set, map[string][]byte{f.ID: y30, p.ID: ptvBytes})
	require.NoError(t, err)
	sc, err := calc.DecodeScenario(q)
	require.NoError(t, err)
	res, err := calc.Apply(built, sc)
	require.NoError(t, err)
	require.Len(t, got.Rows, 98)
	for _, r := range got.Rows {
		i := built.MunicipalityIndex(r.Code)
		assert.Equal(t, res.Scenario.Areas[calc.Total][i].Rank, r.Rank)
	}
	code, _, stderr = run("rank", "--data", path, "--data", path)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "giv den alene")
}
