package companion_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"benchsim/app/text"
	"benchsim/calc"
	"benchsim/calc/companion"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ptvCSV is a small PTV_A02 CSV: header plus the given lines.
func ptvCSV(lines ...string) []byte {
	return csvLines(append([]string{"Område;Periode;Ydelsesgrupper;Køn;Antal fuldtidspersoner"}, lines...)...)
}

// monthly writes fp for København and Stevns for months 2020M07–2021M12,
// leaving out the months skip says.
func monthly(skip func(area string, k int) bool) []byte {
	var lines []string
	for k := 1; k <= 18; k++ {
		for _, area := range []string{"København", "Stevns"} {
			if !skip(area, k) {
				lines = append(lines, area+";"+month(k)+";Førtidspension;I alt;100")
			}
		}
	}
	return ptvCSV(lines...)
}

// bigSheet is an xlsx whose sheet holds n bytes of white space.
func bigSheet(t testing.TB, n int) []byte {
	return zipParts(t, map[string]string{
		"xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
			strings.Repeat(" ", n) + `</sheetData></worksheet>`,
	})
}

// lyingZip is an xlsx whose sheet declares 1 KiB but inflates to n bytes.
func lyingZip(t testing.TB, n int) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	good := bigSheet(t, 0)
	zr, err := zip.NewReader(bytes.NewReader(good), int64(len(good)))
	require.NoError(t, err)
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet1.xml" {
			require.NoError(t, zw.Copy(f))
			continue
		}
		var raw bytes.Buffer
		fw, _ := flate.NewWriter(&raw, flate.BestCompression)
		fw.Write([]byte(`<worksheet><sheetData>` + strings.Repeat(" ", n)))
		fw.Close()
		w, err := zw.CreateRaw(&zip.FileHeader{Name: f.Name, Method: zip.Deflate,
			CompressedSize64: uint64(raw.Len()), UncompressedSize64: 1024})
		require.NoError(t, err)
		w.Write(raw.Bytes())
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// sparseSheet is an xlsx whose rows each hold one cell in column ref: small
// to store, large once every row is laid out.
func sparseSheet(t testing.TB, col string, rows int) []byte {
	var b strings.Builder
	b.WriteString(`<worksheet><sheetData>`)
	for i := 1; i <= rows; i++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="%s%d"><v>1</v></c></row>`, i, col, i)
	}
	b.WriteString(`</sheetData></worksheet>`)
	return zipParts(t, map[string]string{"xl/worksheets/sheet1.xml": b.String()})
}

// brokenCase is a broken companion file and the error it gives.
type brokenCase struct {
	name  string
	file  string
	data  []byte
	opt   companion.Options
	apply bool // the error comes from Apply, not Read
	kind  companion.ErrKind
	line  int
	da    string // the Danish message, in full or its telling part
}

// brokenCases builds the broken files (with MaxUnpacked at 1 MiB).
func brokenCases(t *testing.T) []brokenCase {
	tpl := filledTemplate("da")
	return []brokenCase{
		{"missing month", "fp.csv", monthly(func(a string, k int) bool { return a == "København" && k == 9 }), opt, true,
			companion.ErrMissingMonths, 0, "fp.csv: København mangler tal for 2021M03, så perioden 2021QMAT02 er ikke dækket"},
		{"missing municipality", "fp.csv", monthly(func(a string, _ int) bool { return a == "Stevns" }), opt, true,
			companion.ErrMissingMunicipality, 0, "fp.csv: Stevns er ikke i filen, der skal dække perioden 2021QMAT02"},
		{"unknown name", "fp.csv", ptvCSV("København;2021Y01;Førtidspension;I alt;100", "Stevnss;2021Y01;Førtidspension;I alt;5"), opt, false,
			companion.ErrUnknownMunicipality, 3, "fp.csv, linje 3, kolonne »Område«: »Stevnss« er ikke en af de 98 kommuner – mente du Stevns?"},
		{"I alt disagrees with its parts", "fp.csv", ptvCSV("Stevns;2021Y01;Førtidspension;I alt;100", "Stevns;2021Y01;Førtidspension;Kvinder;40",
			"Stevns;2021Y01;Førtidspension;Mænd;20"), opt, false,
			companion.ErrTotalMismatch, 2, "»I alt« for Stevns i 2021 er 100,00, men delene summer til 60,00"},
		{"region only", "fp.csv", ptvCSV("Region Sjælland;2021Y01;Førtidspension;I alt;100", "Hele landet;2021Y01;Førtidspension;I alt;200000"), opt, false,
			companion.ErrNoMunicipalities, 1, "filen har ingen kommuner, kun regioner, hele landet eller uoplyst"},
		{"text in a number column", "fp.csv", ptvCSV("Stevns;2021Y01;Førtidspension;I alt;100", "Stevns;2021Y01;Fleksjob;I alt;mange"), opt, false,
			companion.ErrNotNumber, 3, "fp.csv, linje 3, kolonne »Antal fuldtidspersoner«: »mange« er ikke et tal"},
		{"a future period", "fp.csv", ptvCSV("Stevns;2023M07;Førtidspension;I alt;100"), opt, false,
			companion.ErrFuturePeriod, 2, "perioden 2023M07 ligger ude i fremtiden"},
		{"xlsx over the unpack cap", "big.xlsx", bigSheet(t, 2<<20), opt, false,
			companion.ErrTooLarge, 0, "big.xlsx: filen er for stor: den må højst fylde, eller pakkes ud til, 1 MB"},
		{"xlsx that inflates beyond its declared size", "lie.xlsx", lyingZip(t, 4<<20), opt, false,
			companion.ErrSyntax, 0, "lie.xlsx: filen kan ikke læses som CSV, JSON eller Excel (xlsx)"},
		{"sparse xlsx that would lay out too many cells", "sparse.xlsx", sparseSheet(t, "GR", 16000), opt, false,
			companion.ErrTooLarge, 0, "sparse.xlsx: filen er for stor"},
		{"xlsx cell beyond the last column", "wide.xlsx", sparseSheet(t, "XFD", 2), opt, false,
			companion.ErrTooWide, 1, "wide.xlsx, linje 1, kolonne »XFD«: filen har for mange kolonner: højst 200"},
		{"empty sheet", "tom.xlsx", makeXLSX(t, nil), opt, false,
			companion.ErrEmpty, 0, "tom.xlsx: filen (eller arket) er tom"},
		{"empty file", "tom.csv", []byte("\ufeff\r\n"), opt, false, companion.ErrEmpty, 0, "filen (eller arket) er tom"},
		{"bad period", "fp.csv", ptvCSV("Stevns;marts 2021;Førtidspension;I alt;100"), opt, false,
			companion.ErrBadPeriod, 2, "»marts 2021« er ikke en periode"},
		{"benefit not said", "data.csv", csvLines("Område;Periode;Køn;Antal fuldtidspersoner", "Stevns;2021M01;Mænd;3"), opt, false,
			companion.ErrNeedBenefitKind, 1, "data.csv, linje 1: filen siger ikke, om den viser førtidspension eller fleksjob"},
		{"negative figure", "fp.csv", ptvCSV("Stevns;2021Y01;Førtidspension;I alt;-4"), opt, false,
			companion.ErrNegative, 2, "»-4« er negativt"},
		{"same row twice, different figures", "fp.csv", ptvCSV("Stevns;2021Y01;Førtidspension;Mænd;4", "Stevns;2021Y01;Førtidspension;Mænd;5"), opt, false,
			companion.ErrDuplicate, 3, "Stevns står to gange for 2021 med forskellige tal"},
		{"StatBank row twice, different figures", "hfudd11.csv", append(hfudd11(), "Stevns;H20 Gymnasiale uddannelser;2021;151\r\n"...), opt, false,
			companion.ErrDuplicate, 7, "hfudd11.csv, linje 7, kolonne »INDHOLD«: Stevns står to gange for 2021 med forskellige tal"},
		{"too many columns", "skabelon.csv", csvLines("kommunekode;kommune"+strings.Repeat(";x (pct.)", 250), "101;København"), opt, false,
			companion.ErrTooWide, 1, "filen har for mange kolonner: højst 200"},
		{"HFUDD11 without primary school rows", "hfudd11.csv", csvLines("BOPOMR;HFUDD;TID;INDHOLD", "Stevns;H20 Gymnasiale uddannelser;2021;150"), opt, false,
			companion.ErrMissingCategory, 1, "hfudd11.csv, linje 1: filen har ingen rækker for »H10 Grundskole«"},
		{"unknown table", "x.csv", csvLines("foo;bar", "1;2"), opt, false,
			companion.ErrUnknownTable, 1, "kolonnerne (foo;bar) passer ikke til nogen tabel"},
		{"no full-time column", "fp.csv", csvLines("Område;Periode;Antal personer", "Stevns;2021Y01;4"), opt, false,
			companion.ErrMissingColumn, 1, "kolonnen »Antal fuldtidspersoner« mangler"},
		{"StatBank '..' in a quarter the dataset needs", "folk1c.csv", csvLines("OMRÅDE;HERKOMST;TID;INDHOLD",
			"Stevns;I alt;2020K3;10", "Stevns;I alt;2020K4;10", "Stevns;I alt;2021K1;..", "Stevns;I alt;2021K2;10",
			"Stevns;Indvandrere fra ikke-vestlige lande;2020K3;1", "Stevns;Indvandrere fra ikke-vestlige lande;2020K4;1",
			"Stevns;Indvandrere fra ikke-vestlige lande;2021K1;1", "Stevns;Indvandrere fra ikke-vestlige lande;2021K2;1",
			"København;I alt;2020K3;10", "København;I alt;2020K4;10", "København;I alt;2021K1;10", "København;I alt;2021K2;10",
			"København;Indvandrere fra ikke-vestlige lande;2020K3;1", "København;Indvandrere fra ikke-vestlige lande;2020K4;1",
			"København;Indvandrere fra ikke-vestlige lande;2021K1;1", "København;Indvandrere fra ikke-vestlige lande;2021K2;1"), opt, true,
			companion.ErrMissingMonths, 0, "folk1c.csv: Stevns mangler tal for 2021Q1, så perioden 2021QMAT02 er ikke dækket"},
		{"template covariate left empty", "skabelon.csv", bytes.Replace(tpl, []byte(";45,5;"), []byte(";;"), 1), opt, true,
			companion.ErrMissingValue, 40, "skabelon.csv, linje 40, kolonne »Afstand til storby (km)«: Stevns mangler en værdi"},
		{"fokusmål above 100 pct.", "skabelon.csv", bytes.Replace(tpl, []byte("94,3"), []byte("943"), 1), opt, false,
			companion.ErrOutOfRange, 2, "skabelon.csv, linje 2, kolonne »Fokusmål: mindst 4 samtaler (pct.)«: tallet 943 for København er umuligt"},
		{"broken JSON", "ptv.json", []byte("[{\"Variables\":[{\"Label\":\"Område\"}],\n\"Data\":[[\"Stevns\",]]}]"), opt, false,
			companion.ErrSyntax, 2, "filen kan ikke læses som CSV, JSON eller Excel (xlsx)"},
		{"absurd shared-strings count", "ss.xlsx", zipParts(t, map[string]string{"xl/sharedStrings.xml": `<sst count="999999999999"></sst>`,
			"xl/worksheets/sheet1.xml": `<worksheet><sheetData/></worksheet>`}), opt, false,
			companion.ErrSyntax, 0, "ss.xlsx: filen kan ikke læses"},
	}
}

func TestBrokenFiles(t *testing.T) {
	old := companion.MaxUnpacked
	companion.MaxUnpacked = 1 << 20
	defer func() { companion.MaxUnpacked = old }()

	cases := brokenCases(t)
	require.GreaterOrEqual(t, len(cases), 15)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ds := tinyDataset()
			f, _, err := companion.Read(tc.file, tc.data, tc.opt)
			if tc.apply {
				require.NoError(t, err)
				var out *calc.Dataset
				out, _, err = companion.Apply(ds, []*companion.File{f})
				assert.Nil(t, out)
			}
			require.Error(t, err)
			var e *companion.Error
			require.True(t, errors.As(err, &e), "%T %v", err, err)
			assert.Equal(t, tc.kind, e.Kind, err.Error())
			assert.Equal(t, tc.file, e.File)
			if tc.line > 0 {
				assert.Equal(t, tc.line, e.Line)
			}
			da, en := text.CompanionError(err, "da"), text.CompanionError(err, "en")
			assert.Contains(t, da, tc.da)
			assert.NotEqual(t, da, en)
			assert.True(t, reflect.DeepEqual(tinyDataset(), ds), "the dataset changed")
			if tc.kind == companion.ErrNeedBenefitKind {
				assert.ErrorIs(t, err, companion.ErrNeedBenefit)
			}
		})
	}
}
