package companion_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"benchsim/app/text"
	"benchsim/calc"
	"benchsim/calc/companion"

	"github.com/stretchr/testify/require"
)

// checkRead is what every fuzz target asserts: Read never panics, fails
// only with a *companion.Error that has a Danish text, and what it reads
// Apply merges (or refuses) without touching the dataset.
func checkRead(t *testing.T, name string, data []byte, o companion.Options) {
	f, _, err := companion.Read(name, data, o)
	if err != nil {
		var e *companion.Error
		require.True(t, errors.As(err, &e), "error of type %T: %v", err, err)
		s := text.CompanionError(err, "da")
		require.False(t, s == "" || s == err.Error(), "no Danish text for %v", err)
		return
	}
	ds := tinyDataset()
	out, _, err := companion.Apply(ds, []*companion.File{f})
	require.True(t, reflect.DeepEqual(ds, tinyDataset()), "Apply changed its input")
	if err == nil {
		require.NoError(t, out.Validate(), "Apply made an invalid dataset")
	}
}

func fuzzRead(f *testing.F, name string, o companion.Options, seeds ...[]byte) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, name, data, o) })
}

func FuzzReadBenefitCSV(f *testing.F) {
	fuzzRead(f, "ptv.csv", opt, pandasCSV(), flexCSV()[:600], ptvCSV("Stevns;2021Y01;Førtidspension;I alt;100"))
}

func FuzzReadAPIJSON(f *testing.F) { fuzzRead(f, "ptv.json", opt, ptvJSON()[:900]) }

func FuzzReadXLSX(f *testing.F) {
	fuzzRead(f, "data.xlsx", opt, makeXLSX(f, [][]any{{Inline("Titel")}, {"Område", "Periode", "Ydelsesgrupper", "Antal fuldtidspersoner"},
		{"Stevns", "2021Y01", "Fleksjob", 12.5}, {Inline("København"), "2021Y01", "Fleksjob", Text("1.234,5")}}))
}

func FuzzReadStatBank(f *testing.F) {
	fuzzRead(f, "statbank.csv", opt, hfudd11(), folk1cEN()[:700], auk01()[:400])
}

func FuzzReadTemplate(f *testing.F) {
	fuzzRead(f, "skabelon.csv", opt, filledTemplate("da")[:900])
}

// TestWriteFuzzSeeds regenerates the committed seed corpora under
// testdata/fuzz when GEN_FUZZ_SEEDS=1.
func TestWriteFuzzSeeds(t *testing.T) {
	if os.Getenv("GEN_FUZZ_SEEDS") != "1" {
		t.Skip("set GEN_FUZZ_SEEDS=1 to regenerate testdata/fuzz")
	}
	seeds := map[string][]byte{
		"FuzzReadBenefitCSV/pandas":  pandasCSV(),
		"FuzzReadAPIJSON/ptv":        ptvJSON()[:900],
		"FuzzReadXLSX/ptv":           ptvXLSX(t),
		"FuzzReadStatBank/folk1c-en": folk1cEN()[:700],
		"FuzzReadTemplate/filled":    filledTemplate("en")[:900],
	}
	bodies := map[string]string{}
	for name, data := range seeds {
		bodies[name] = fmt.Sprintf("go test fuzz v1\n[]byte(%s)\n", strconv.Quote(string(data)))
	}
	bodies["FuzzReadXLSXSheet/total-and-parts"] = fmt.Sprintf("go test fuzz v1\nstring(%s)\nstring(%s)\n",
		strconv.Quote(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>`+
			`<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>`+
			`<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="s"><v>6</v></c><c r="D2"><v>80.5</v></c></row>`+
			`<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c><c r="C3" t="inlineStr"><is><t>Mænd</t></is></c><c r="D3" t="s"><v>7</v></c></row>`+
			`</sheetData></worksheet>`),
		strconv.Quote(`<sst count="8" uniqueCount="8"><si><t>Område</t></si><si><t>Periode</t></si><si><t>Køn</t></si>`+
			`<si><t>Antal fuldtidspersoner</t></si><si><t>Stevns</t></si><si><t>2021M01</t></si><si><t>I alt</t></si><si><t>80,5</t></si></sst>`))
	for name, body := range bodies {
		path := filepath.Join("testdata", "fuzz", name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
	}
}

// FuzzReadXLSXSheet fuzzes what is inside a well-formed workbook: the
// sheet's and the shared strings' XML.
func FuzzReadXLSXSheet(f *testing.F) {
	f.Add(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Område</t></is></c><c r="B1" t="s"><v>0</v></c>`+
		`<c r="C1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Stevns</t></is></c>`+
		`<c r="B2" t="s"><v>2</v></c><c r="C2" s="1"><v>12.5</v></c></row></sheetData></worksheet>`,
		`<sst count="3"><si><t>Periode</t></si><si><t>Antal fuldtidspersoner</t></si><si><t>2021Y01</t></si></sst>`)
	f.Fuzz(func(t *testing.T, sheet, shared string) {
		data := zipParts(t, map[string]string{"xl/worksheets/sheet1.xml": sheet, "xl/sharedStrings.xml": shared})
		checkRead(t, "data.xlsx", data, companion.Options{Benefit: calc.Flex, Today: today})
	})
}
