package ui

import (
	"bytes"
	"slices"
	"testing"

	"benchsim/calc"
	"benchsim/calc/demo"
	"benchsim/calc/jobindsats"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestImportErrorInPlainWords: a failed import says wholly in the user's
// language where the problem is, what it is and what to do; the data the
// user had stays.
func TestImportErrorInPlainWords(t *testing.T) {
	st := NewState(demo.Dataset(), nil)
	before := st.Query()
	bad := "Area;Periode;Ydelsesgrupper;Forventet antal;Faktisk antal;Forventet andel (pct.);Faktisk andel (pct.);Placering på benchmarkranglisten\n" +
		"Stevens;2021QMAT02;Ydelsesgrupper i alt;100;110;9,0;9,9;1\n"
	require.Error(t, st.Import("fil.csv", bad))
	assert.Equal(t, `fil.csv kunne ikke importeres: linje 2, feltet "Area": ukendt kommune "Stevens" (mente du "Stevns"?). `+
		"Kommunerne skal staves som i Jobindsats.", st.ImportError)
	assert.Equal(t, before, st.Query())
	assert.Equal(t, DemoID, st.DatasetID)

	st.Lang = LangEN
	require.Error(t, st.Import("f.jsonl", "{\"Forkert nøgle eller nøglen er udløbet.\":\"\"}\n"))
	assert.Equal(t, `f.jsonl could not be imported: line 1: the file holds an error message from the Jobindsats API instead of data: `+
		`"Forkert nøgle eller nøglen er udløbet.". Fetch the figures again (check the API key).`, st.ImportError)
}

// A file of some municipalities is refused, naming those missing, and the
// data stays; a municipality missing a period is named too.
func TestImportRefusesMissingMunicipalities(t *testing.T) {
	st := NewState(demo.Dataset(), nil)
	before := st.Query()
	var buf bytes.Buffer
	ds := *demo.Dataset()
	ds.Municipalities = ds.Municipalities[:95]
	ds.Periods = slices.Clone(ds.Periods)
	for p := range ds.Periods {
		ds.Periods[p].Rows = ds.Periods[p].Rows[:95]
	}
	require.NoError(t, jobindsats.Write(&buf, &ds, jobindsats.FormatJSONL))
	require.Error(t, st.Import("tre-mangler.jsonl", buf.String()))
	all := calc.Municipalities
	assert.Equal(t, "tre-mangler.jsonl kunne ikke importeres: filen mangler 3 af de 98 kommuner: "+
		all[95].Name+", "+all[96].Name+", "+all[97].Name+
		". Et benchmark rangerer alle 98 kommuner — hent Y30R21 for dem alle.", st.ImportError)
	assert.Equal(t, before, st.Query())
	assert.Equal(t, DemoID, st.DatasetID)
}
