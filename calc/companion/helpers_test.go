package companion_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"
	"time"

	"benchsim/calc"
	"benchsim/calc/companion"

	"github.com/stretchr/testify/require"
)

// today is the fixed "now" of the tests, so no period is in the future.
var today = time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)

var opt = companion.Options{Today: today}

// tinyDataset is a two-municipality dataset with two Y30R21 windows, as
// calc/jobindsats reads one: official areas known, population derived.
func tinyDataset() *calc.Dataset {
	ds := &calc.Dataset{
		Provenance:     calc.Provenance{Name: "test"},
		Municipalities: []calc.Municipality{{Code: 101, Name: "København"}, {Code: 336, Name: "Stevns"}},
	}
	for _, code := range []string{"2021QMAT02", "2021QMAT04"} {
		p := calc.Period{Code: code, Scope: "2019", RuleSet: "2021"}
		for _, pop := range []float64{400000, 14000} {
			r := calc.Row{Population: pop, PopulationDerived: true}
			for _, a := range calc.OfficialAreas {
				r.Areas[a] = calc.Figures{Known: true, HasExpected: true, Actual: pop / 30, Expected: pop / 31}
			}
			p.Rows = append(p.Rows, r)
		}
		ds.Periods = append(ds.Periods, p)
	}
	return ds
}

// Inline and Text are xlsx cells: an inline string, and a number stored as
// text (a shared string). Plain strings are shared strings; float64 and int
// are numbers.
type (
	Inline string
	Text   string
)

// makeXLSX writes a minimal workbook shaped like Excel's and jobindsats.dk's
// exports: one sheet, a shared-strings part, styles, cell references.
func makeXLSX(t testing.TB, rows [][]any) []byte {
	t.Helper()
	var sheet strings.Builder
	var shared []string
	sharedAt := map[string]int{}
	sref := func(s string) int {
		if i, ok := sharedAt[s]; ok {
			return i
		}
		sharedAt[s] = len(shared)
		shared = append(shared, s)
		return len(shared) - 1
	}
	sheet.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for i, row := range rows {
		fmt.Fprintf(&sheet, `<row r="%d">`, i+1)
		for j, v := range row {
			ref := fmt.Sprintf("%s%d", colName(j), i+1)
			switch v := v.(type) {
			case nil:
			case string:
				fmt.Fprintf(&sheet, `<c r="%s" t="s"><v>%d</v></c>`, ref, sref(v))
			case Text:
				fmt.Fprintf(&sheet, `<c r="%s" t="s"><v>%d</v></c>`, ref, sref(string(v)))
			case Inline:
				fmt.Fprintf(&sheet, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, html.EscapeString(string(v)))
			case int:
				fmt.Fprintf(&sheet, `<c r="%s"><v>%d</v></c>`, ref, v)
			case float64:
				fmt.Fprintf(&sheet, `<c r="%s" s="1"><v>%v</v></c>`, ref, v)
			default:
				require.Failf(t, "makeXLSX", "cell type %T", v)
			}
		}
		sheet.WriteString(`</row>`)
	}
	sheet.WriteString(`</sheetData></worksheet>`)
	var ss strings.Builder
	fmt.Fprintf(&ss, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
		`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">`, len(shared), len(shared))
	for _, s := range shared {
		fmt.Fprintf(&ss, `<si><t>%s</t></si>`, html.EscapeString(s))
	}
	ss.WriteString(`</sst>`)
	return zipParts(t, map[string]string{
		"xl/worksheets/sheet1.xml": sheet.String(),
		"xl/sharedStrings.xml":     ss.String(),
	})
}

func colName(j int) string {
	s := ""
	for j++; j > 0; j = (j - 1) / 26 {
		s = string(rune('A'+(j-1)%26)) + s
	}
	return s
}

// zipParts writes the workbook's fixed parts plus the given ones.
func zipParts(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	all := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
			`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		"xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			`<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts>` +
			`<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
	}
	for k, v := range parts {
		all[k] = v
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
		"xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"} {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write([]byte(all[name]))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// csvLines joins lines with CRLF, as Windows programs write them.
func csvLines(lines ...string) []byte { return []byte(strings.Join(lines, "\r\n") + "\r\n") }

// month returns the code of the k-th month counted from 2020M07 = 1.
func month(k int) string {
	m := 2020*12 + 6 + k - 1
	return fmt.Sprintf("%04dM%02d", m/12, m%12+1)
}
