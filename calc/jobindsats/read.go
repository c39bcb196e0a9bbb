// Package jobindsats reads and writes the Ministry of Employment's municipal
// benchmark as Jobindsats publishes it (measure Y30R21: expected and actual
// full-time persons on public support, with shares and ranks) and turns it
// into a *calc.Dataset.
//
// Read accepts the three shapes seen in the wild: the v2 JSON API answer
// ([{"Variables":[{"Label":…}],"Data":[[…]]}]), the same records as JSON lines
// keyed by label, and CSV (semicolon, comma or tab separated; long or short
// Danish headers; decimal commas; UTF-8 with or without BOM). Problems are
// reported as *Error values naming the line, the field as the file spells it,
// and a Kind; nothing in a malformed file makes Read panic.
package jobindsats

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"unicode/utf8"

	"benchsim/calc"
	"benchsim/calc/internal/memo"
)

// MaxSize is the largest input Read accepts, in bytes.
const MaxSize = 64 << 20

// Format is a file format Read understands and Write produces.
type Format int

// The formats.
const (
	// FormatAPI is the Jobindsats v2 JSON API answer:
	// [{"Variables":[{"Label":"Area"},…],"Data":[["København",…],…]}].
	FormatAPI Format = iota + 1
	// FormatJSONL is one JSON object per line, keyed by the labels.
	FormatJSONL
	// FormatCSV is CSV with a header line of labels.
	FormatCSV
)

// String names the format ("JSON API", "JSON lines", "CSV").
func (f Format) String() string {
	switch f {
	case FormatAPI:
		return "JSON API"
	case FormatJSONL:
		return "JSON lines"
	case FormatCSV:
		return "CSV"
	}
	return fmt.Sprintf("format(%d)", int(f))
}

// Read detects the format of a Y30R21 file (JSON API, JSON lines or CSV) and
// parses it into a dataset: the municipalities in the file ordered by
// kommunekode, the periods oldest first, and for each the figures of the
// total and the areas. When the file has no population column, the
// population aged 16–66 is derived as expected / expected share × 100 and
// Row.PopulationDerived is set.
//
// On failure the dataset is nil and the error is the first problem by line,
// an *Error; ReadAll returns all of them (up to MaxErrors). Warnings are
// things that did not stop the import, such as a repeated row that was dropped.
//
// A benchmark ranks all 98 municipalities, so Read refuses a file that lacks
// some of them (ErrMissingMunicipalities, naming them); ReadWith with
// ReadOptions.Partial accepts one.
func Read(r io.Reader) (*calc.Dataset, []Warning, error) {
	return ReadWith(r, ReadOptions{})
}

// ReadOptions say how ReadWith and ReadAllWith read.
type ReadOptions struct {
	// Partial accepts a file with only some of the 98 municipalities (a
	// test fixture, one region's extract); its ranks run 1 to how many
	// there are. A municipality that lacks only some periods is still an
	// error (ErrMissingPeriod).
	Partial bool
}

// ReadWith is Read with options.
func ReadWith(r io.Reader, opts ReadOptions) (*calc.Dataset, []Warning, error) {
	ds, warns, errs := ReadAllWith(r, opts)
	if len(errs) > 0 {
		return nil, warns, errs[0]
	}
	return ds, warns, nil
}

// ReadAll is Read that returns every problem found (sorted by line, at most
// MaxErrors) instead of the first. Errors is nil on success.
func ReadAll(r io.Reader) (*calc.Dataset, []Warning, Errors) {
	return ReadAllWith(r, ReadOptions{})
}

// ReadAllWith is ReadAll with options.
func ReadAllWith(r io.Reader, opts ReadOptions) (*calc.Dataset, []Warning, Errors) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, nil, Errors{{Kind: ErrRead, Detail: DetailReadFailed, Facts: Facts{Values: []string{err.Error()}}, err: err}}
	}
	if len(data) > MaxSize {
		return nil, nil, Errors{{Kind: ErrTooLarge, Detail: DetailTooLarge, Facts: Facts{Nums: []float64{MaxSize >> 20}}}}
	}
	return readBytes(data, 0, opts)
}

// cellKind says what a field held in the file.
type cellKind uint8

const (
	cellAbsent cellKind = iota // no such column or key
	cellNull                   // JSON null or an empty value
	cellString                 // text
	cellNumber                 // a JSON number
	cellOther                  // a JSON boolean, object or array
)

type cell struct {
	kind cellKind
	text string // the text, or the JSON source of a number or other value
}

// record is one row of the file before interpretation.
type record struct {
	line   int
	row    int                // 1-based Data row of an API table whose rows share lines; else 0
	labels *[numFields]string // the labels as the file spells them
	cells  [numFields]cell
}

// parser holds the state of one Read.
type parser struct {
	data   []byte
	str    string // data as a string, for JSON lines (parseJSON)
	nl     []int  // offsets of the newlines in data
	format Format
	recs   []record
	errs   []*Error
	warns  []Warning
	warned map[string]bool // warnings given once per key
	labels memo.Map[string, memo.Hit[field]]
	opts   ReadOptions

	// What cells of the Area, Periode and Ydelsesgrupper columns say, by
	// text (see area, period and group).
	areas   memo.Map[string, areaHit]
	periods memo.Map[string, memo.Hit[periodInfo]]
	groups  memo.Map[string, memo.Hit[calc.Area]]
	scratch []member // textRecord's
}

// classify is the package's classify, remembered per label.
func (p *parser) classify(label string) (field, bool) { return memo.Get2(&p.labels, label, classify) }

func readBytes(data []byte, force Format, opts ReadOptions) (*calc.Dataset, []Warning, Errors) {
	p := &parser{warned: map[string]bool{}, opts: opts}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return nil, nil, Errors{{Line: 1, Kind: ErrSyntax, Detail: DetailUTF16}}
	}
	if !utf8.Valid(data) {
		data = latin1ToUTF8(data)
		p.warns = append(p.warns, Warning{Kind: WarnLatin1})
	}
	p.data = data
	for i, c := range data {
		if c == '\n' {
			p.nl = append(p.nl, i)
		}
	}
	start := skipSpace(data, 0)
	if start >= len(data) {
		return nil, p.warns, Errors{{Line: 1, Kind: ErrEmpty, Detail: DetailEmptyFile}}
	}
	format := force
	if format == 0 {
		format = FormatCSV
		if data[start] == '[' || data[start] == '{' {
			format = FormatJSONL // refined to FormatAPI when a table is seen
		}
	}
	p.format = format
	if format == FormatCSV {
		p.parseCSV()
	} else {
		p.parseJSON()
	}
	if len(p.recs) == 0 && len(p.errs) == 0 {
		p.addErr(&Error{Line: p.lineOf(len(data) - 1), Kind: ErrEmpty, Detail: DetailNoDataRows})
	}
	ds := p.build()
	sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Line < p.errs[j].Line })
	sort.SliceStable(p.warns, func(i, j int) bool { return p.warns[i].Line < p.warns[j].Line })
	if len(p.errs) > 0 {
		if len(p.errs) > MaxErrors {
			p.errs = p.errs[:MaxErrors]
		}
		return nil, p.warns, Errors(p.errs)
	}
	return ds, p.warns, nil
}

// latin1ToUTF8 converts Latin-1 bytes (which covers the Danish letters of
// Windows-1252) to UTF-8, keeping valid ASCII as is.
func latin1ToUTF8(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for _, c := range b {
		out = utf8.AppendRune(out, rune(c))
	}
	return out
}

func (p *parser) addErr(e *Error) { p.errs = append(p.errs, e) }

func (p *parser) warn(line int, k WarnKind, f Facts) {
	p.warns = append(p.warns, Warning{Line: line, Kind: k, Facts: f})
}

// warnOnce warns once per key.
func (p *parser) warnOnce(key string, line int, k WarnKind, f Facts) {
	if !p.warned[key] {
		p.warned[key] = true
		p.warn(line, k, f)
	}
}

// vals are Facts of texts.
func vals(v ...string) Facts { return Facts{Values: v} }

// nums are Facts of numbers.
func nums(n ...float64) Facts { return Facts{Nums: n} }

// tooMany reports whether enough errors are collected to stop looking.
func (p *parser) tooMany() bool { return len(p.errs) >= MaxErrors }

// lineOf returns the 1-based line of a byte offset.
func (p *parser) lineOf(off int) int {
	return sort.SearchInts(p.nl, off) + 1
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipTo skips white space and the given separator bytes (',' or ':').
func skipTo(b []byte, i int, sep byte) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r' || b[i] == sep) {
		i++
	}
	return i
}

func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\u00a0' && r != '\r' && r != '\n' {
			return false
		}
	}
	return true
}

// clip shortens s for an error message.
func clip(s string) string {
	const max = 80
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max]) + "…"
}

// headerKind is what the labels of a header are: CSV columns or API
// Variables, with the kinds of their messages.
type headerKind struct {
	name                        string // for warnOnce's keys
	unknown                     WarnKind
	duplicate, missing, noShare Detail
}

var (
	csvColumns = headerKind{"column", WarnUnknownColumn,
		DetailDuplicateColumn, DetailNoColumn, DetailNoColumnShareNorPopulation}
	apiVariables = headerKind{"variable", WarnUnknownVariable,
		DetailDuplicateVariable, DetailNoVariable, DetailNoVariableShareNorPopulation}
)

// header maps the labels of a CSV header or of API Variables to fields. It
// reports duplicates and missing required columns; cols[i] is -1 for an
// unknown label.
func (p *parser) header(labels []string, line int, what headerKind) ([]field, *[numFields]string, bool) {
	cols := make([]field, len(labels))
	lab := new([numFields]string)
	pos := [numFields]int{}
	ok := true
	for i, l := range labels {
		f, known := classify(l)
		if !known {
			cols[i] = -1
			if !isBlank(l) {
				p.warnOnce(what.name+" "+l, line, what.unknown, vals(l))
			}
			continue
		}
		if lab[f] != "" {
			p.addErr(&Error{Line: line, Field: l, Kind: ErrDuplicate, Detail: what.duplicate,
				Facts: Facts{Values: []string{shortLabels[f]}, Nums: []float64{float64(pos[f]), float64(i + 1)}}})
			ok = false
			cols[i] = -1
			continue
		}
		lab[f] = l
		pos[f] = i + 1
		cols[i] = f
	}
	return cols, lab, p.requireFields(lab, line, what) && ok
}

// requireFields reports the required fields missing from a header or record.
func (p *parser) requireFields(lab *[numFields]string, line int, what headerKind) bool {
	ok := true
	for _, f := range []field{fArea, fPeriod, fGroup, fExpected, fActual} {
		if lab[f] == "" {
			p.addErr(&Error{Line: line, Field: shortLabels[f], Kind: ErrMissingField, Detail: what.missing})
			ok = false
		}
	}
	if ok && lab[fExpectedShare] == "" && lab[fPopulation] == "" {
		p.addErr(&Error{Line: line, Field: shortLabels[fExpectedShare], Kind: ErrMissingField, Detail: what.noShare,
			Facts: vals(LabelPopulation)})
		ok = false
	}
	return ok
}
