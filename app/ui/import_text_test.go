package ui

import (
	"testing"

	"benchsim/calc/demo"
	"benchsim/calc/jobindsats"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestImportErrorInPlainWords: a failed import says in the user's language
// what kind of problem it is, then the importer's line, field and detail;
// the data the user had stays.
func TestImportErrorInPlainWords(t *testing.T) {
	st := NewState(demo.Dataset(), nil)
	before := st.Query()
	bad := "Area;Periode;Ydelsesgrupper;Forventet antal;Faktisk antal;Forventet andel (pct.);Faktisk andel (pct.);Placering på benchmarkranglisten\n" +
		"Stevens;2021QMAT02;Ydelsesgrupper i alt;100;110;9,0;9,9;1\n"
	require.Error(t, st.Import("fil.csv", bad))
	assert.Equal(t, "fil.csv kunne ikke importeres: Ukendt kommunenavn — kommunerne skal staves som i Jobindsats. "+
		`(linje 2, feltet "Area": unknown municipality "Stevens" (did you mean "Stevns"?))`, st.ImportError)
	assert.Equal(t, before, st.Query())
	assert.Equal(t, DemoID, st.DatasetID)

	st.Lang = LangEN
	require.Error(t, st.Import("f.jsonl", "{\"Forkert nøgle eller nøglen er udløbet.\":\"\"}\n"))
	assert.Contains(t, st.ImportError, "The file holds an error message from the Jobindsats API instead of data — fetch the figures again.")
	assert.Contains(t, st.ImportError, "line 1")

	// Every kind the importer can report has its words in both languages.
	for k := jobindsats.ErrSyntax; k <= jobindsats.ErrMissingMunicipalities; k++ {
		w, ok := importKinds[k]
		assert.True(t, ok && w[0] != "" && w[1] != "", "kind %v", k)
	}
}
