package view

import (
	"bytes"
	"slices"
	"testing"

	"benchsim/calc"
	"benchsim/calc/demo"
	"benchsim/calc/jobindsats"
)

// TestImportErrorInPlainWords: a failed import says wholly in the user's
// language where the problem is, what it is and what to do; the data the
// user had stays.
func TestImportErrorInPlainWords(t *testing.T) {
	st := NewState(demo.Dataset(), nil)
	before := st.Query()
	bad := "Area;Periode;Ydelsesgrupper;Forventet antal;Faktisk antal;Forventet andel (pct.);Faktisk andel (pct.);Placering på benchmarkranglisten\n" +
		"Stevens;2021QMAT02;Ydelsesgrupper i alt;100;110;9,0;9,9;1\n"
	if err := st.Import("fil.csv", bad); err == nil {
		t.Fatal("importing a misspelt municipality: want an error")
	}
	want := `fil.csv kunne ikke importeres: linje 2, feltet "Area": ukendt kommune "Stevens" (mente du "Stevns"?). ` +
		"Kommunerne skal staves som i Jobindsats."
	if st.ImportError != want {
		t.Errorf("ImportError = %q, want %q", st.ImportError, want)
	}
	if q := st.Query(); q != before {
		t.Errorf("query = %q, want it kept: %q", q, before)
	}
	if st.DatasetID != DemoID {
		t.Errorf("dataset = %q, want %q", st.DatasetID, DemoID)
	}

	st.Lang = LangEN
	if err := st.Import("f.jsonl", "{\"Forkert nøgle eller nøglen er udløbet.\":\"\"}\n"); err == nil {
		t.Fatal("importing an API error message: want an error")
	}
	want = `f.jsonl could not be imported: line 1: the file holds an error message from the Jobindsats API instead of data: ` +
		`"Forkert nøgle eller nøglen er udløbet.". Fetch the figures again (check the API key).`
	if st.ImportError != want {
		t.Errorf("ImportError = %q, want %q", st.ImportError, want)
	}
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
	if err := jobindsats.Write(&buf, &ds, jobindsats.FormatJSONL); err != nil {
		t.Fatal(err)
	}
	if err := st.Import("tre-mangler.jsonl", buf.String()); err == nil {
		t.Fatal("importing a file missing 3 municipalities: want an error")
	}
	all := calc.Municipalities
	want := "tre-mangler.jsonl kunne ikke importeres: filen mangler 3 af de 98 kommuner: " +
		all[95].Name + ", " + all[96].Name + ", " + all[97].Name +
		". Et benchmark rangerer alle 98 kommuner — hent Y30R21 for dem alle."
	if st.ImportError != want {
		t.Errorf("ImportError = %q, want %q", st.ImportError, want)
	}
	if q := st.Query(); q != before {
		t.Errorf("query = %q, want it kept: %q", q, before)
	}
	if st.DatasetID != DemoID {
		t.Errorf("dataset = %q, want %q", st.DatasetID, DemoID)
	}
}
