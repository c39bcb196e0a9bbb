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
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
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

// ---- JSON ----

// parseJSON reads a stream of JSON values: API answers (arrays of tables),
// single tables, records keyed by label, or arrays of such records.
func (p *parser) parseJSON() {
	p.str = string(p.data)
	var jd jsonlDecoder
	pos := 0
	for !p.tooMany() {
		start := skipSpace(p.data, pos)
		if start >= len(p.data) {
			return
		}
		if p.data[start] == '{' && !noJSONText {
			// The common case, a JSON lines record.
			jd.at(p, pos)
			if ms, end, ok := p.textRecord(&jd); ok {
				p.jsonRecord(ms, p.lineOf(start))
				pos = end
				continue
			}
		}
		jd.synced = false
		// Anything else is one value for encoding/json, from start on.
		dec := json.NewDecoder(bytes.NewReader(p.data[start:]))
		dec.UseNumber()
		if p.data[start] == '{' {
			var m map[string]json.RawMessage
			if err := dec.Decode(&m); err != nil {
				p.jsonSyntax(err, start, start)
				return
			}
			end := start + int(dec.InputOffset())
			p.jsonObjectMap(m, p.data[start:end], start)
			pos = end
			continue
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			p.jsonSyntax(err, start, start)
			return
		}
		p.jsonTop(v, start)
		pos = start + int(dec.InputOffset())
	}
}

// jsonSyntax reports a decoder's error; the decoder started at byte base.
func (p *parser) jsonSyntax(err error, start, base int) {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		off := base + int(se.Offset) - 1
		if off < start {
			off = start
		}
		p.addErr(jsonCharError(p.lineOf(off), se))
	case errors.Is(err, io.ErrUnexpectedEOF):
		p.addErr(&Error{Line: p.lineOf(len(p.data) - 1), Kind: ErrSyntax, Detail: DetailJSONUnterminated,
			Facts: Facts{Ref: Place{Line: p.lineOf(start)}}})
	default:
		p.addErr(&Error{Line: p.lineOf(start), Kind: ErrSyntax, Detail: DetailJSONSyntax, Facts: vals(err.Error())})
	}
}

func (p *parser) jsonTop(v []byte, off int) {
	switch v[0] {
	case '[':
		p.jsonElements(v, off, func(e []byte, eoff int) {
			if p.tooMany() {
				return
			}
			if e[0] == '{' {
				p.jsonObject(e, eoff)
				return
			}
			p.addErr(&Error{Line: p.lineOf(eoff), Kind: ErrSyntax, Detail: DetailJSONNotObject, Facts: vals(clip(string(e)))})
		})
	case '{':
		p.jsonObject(v, off)
	default:
		p.addErr(&Error{Line: p.lineOf(off), Kind: ErrSyntax, Detail: DetailJSONNotObjectOrArray, Facts: vals(clip(string(v)))})
	}
}

// jsonElements calls fn for each element of the JSON array v, which starts
// at byte offset off of the file, with the element's own offset.
func (p *parser) jsonElements(v []byte, off int, fn func(e []byte, eoff int)) {
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil {
		return
	}
	for dec.More() {
		s := skipTo(v, int(dec.InputOffset()), ',')
		var e json.RawMessage
		if err := dec.Decode(&e); err != nil {
			return
		}
		fn(e, off+s)
	}
}

type member struct {
	key  string
	val  json.RawMessage
	off  int
	text string // val as a substring of parser.str, when textRecord read it
}

// jsonMembers returns the members of the JSON object v in order.
func jsonMembers(v []byte, off int) []member {
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil {
		return nil
	}
	var ms []member
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return ms
		}
		k, _ := t.(string)
		s := skipTo(v, int(dec.InputOffset()), ':')
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return ms
		}
		ms = append(ms, member{key: k, val: val, off: off + s})
	}
	return ms
}

func (p *parser) jsonObject(v []byte, off int) {
	// Records are many and need no offsets inside them: a map is quickest.
	var m map[string]json.RawMessage
	if err := json.Unmarshal(v, &m); err != nil {
		p.addErr(&Error{Line: p.lineOf(off), Kind: ErrSyntax, Detail: DetailJSONSyntax, Facts: vals(err.Error())})
		return
	}
	p.jsonObjectMap(m, v, off)
}

// jsonObjectMap reads the object v, decoded as m: an API table or a record.
func (p *parser) jsonObjectMap(m map[string]json.RawMessage, v []byte, off int) {
	line := p.lineOf(off)
	for _, k := range []string{"Variables", "Data", "variables", "data"} {
		if _, ok := m[k]; ok {
			p.jsonTable(jsonMembers(v, off), line)
			return
		}
	}
	ms := make([]member, 0, len(m))
	for k, val := range m {
		ms = append(ms, member{key: k, val: val})
	}
	slices.SortFunc(ms, func(a, b member) int { return strings.Compare(a.key, b.key) })
	p.jsonRecord(ms, line)
}

// jsonTable reads one table of the API answer.
func (p *parser) jsonTable(ms []member, line int) {
	p.format = FormatAPI
	var vars, data *member
	for i := range ms {
		switch ms[i].key {
		case "Variables", "variables":
			vars = &ms[i]
		case "Data", "data":
			data = &ms[i]
		}
	}
	if vars == nil {
		p.addErr(&Error{Line: line, Field: "Variables", Kind: ErrMissingField, Detail: DetailAPINoVariables})
		return
	}
	if data == nil {
		p.addErr(&Error{Line: line, Field: "Data", Kind: ErrMissingField, Detail: DetailAPINoData})
		return
	}
	if vars.val[0] != '[' {
		p.addErr(&Error{Line: p.lineOf(vars.off), Field: "Variables", Kind: ErrSyntax, Detail: DetailNotArray, Facts: vals("Variables")})
		return
	}
	if data.val[0] != '[' {
		p.addErr(&Error{Line: p.lineOf(data.off), Field: "Data", Kind: ErrSyntax, Detail: DetailNotArray, Facts: vals("Data")})
		return
	}
	var labels []string
	ok := true
	p.jsonElements(vars.val, vars.off, func(e []byte, eoff int) {
		label, found := variableLabel(e)
		if !found {
			ok = false
			p.addErr(&Error{Line: p.lineOf(eoff), Field: "Variables", Kind: ErrMissingField, Detail: DetailNoLabel,
				Facts: Facts{Values: []string{clip(string(e))}, Nums: []float64{float64(len(labels) + 1)}}})
		}
		labels = append(labels, label)
	})
	if !ok {
		return
	}
	cols, lab, ok := p.header(labels, p.lineOf(vars.off), apiVariables)
	if !ok {
		return
	}
	first := len(p.recs)
	shared := false
	prevLine := 0
	n := 0
	p.jsonElements(data.val, data.off, func(e []byte, eoff int) {
		if p.tooMany() {
			return
		}
		n++
		rl := p.lineOf(eoff)
		if rl == prevLine {
			shared = true
		}
		prevLine = rl
		if e[0] != '[' {
			p.addErr(&Error{Line: rl, Field: "Data", Kind: ErrSyntax, Detail: DetailRowNotArray,
				Facts: Facts{Values: []string{clip(string(e))}, Nums: []float64{float64(n)}}})
			return
		}
		rec := record{line: rl, row: n, labels: lab}
		i := 0
		p.jsonElements(e, eoff, func(c []byte, _ int) {
			if i < len(cols) && cols[i] >= 0 {
				rec.cells[cols[i]] = jsonCell(c)
			}
			i++
		})
		if i != len(cols) {
			p.addErr(&Error{Line: rl, Kind: ErrColumnCount, Detail: DetailRowLength,
				Facts: nums(float64(n), float64(i), float64(len(cols)))})
			return
		}
		p.recs = append(p.recs, rec)
	})
	if !shared {
		for i := first; i < len(p.recs); i++ {
			p.recs[i].row = 0
		}
	}
}

// variableLabel returns the label of one Variables entry: its "Label" (or
// "label", or "Name" as a last resort), or the entry itself if it is a string.
func variableLabel(e []byte) (string, bool) {
	if e[0] == '"' {
		var s string
		if json.Unmarshal(e, &s) == nil {
			return s, true
		}
		return "", false
	}
	if e[0] != '{' {
		return "", false
	}
	var m map[string]any
	if json.Unmarshal(e, &m) != nil {
		return "", false
	}
	for _, k := range []string{"Label", "label", "Name", "name"} {
		if s, ok := m[k].(string); ok && s != "" {
			return s, true
		}
	}
	return "", false
}

// jsonRecord reads one object keyed by label (a JSON lines record), or
// recognises an error message of the API.
func (p *parser) jsonRecord(ms []member, line int) {
	rec := record{line: line, labels: new([numFields]string)}
	known := 0
	for _, m := range ms {
		f, ok := p.classify(m.key)
		if !ok {
			continue
		}
		known++
		if rec.labels[f] != "" {
			p.addErr(&Error{Line: line, Field: m.key, Kind: ErrDuplicate, Detail: DetailKeysBoth,
				Facts: vals(rec.labels[f], m.key)})
			return
		}
		rec.labels[f] = m.key
		if m.text != "" {
			rec.cells[f] = jsonCell(m.text)
		} else {
			rec.cells[f] = jsonCell(m.val)
		}
	}
	if known == 0 {
		p.apiError(ms, line)
		return
	}
	for _, m := range ms {
		if _, ok := p.classify(m.key); !ok {
			p.warnOnce("key "+m.key, line, WarnUnknownKey, vals(m.key))
		}
	}
	// Keys without a value may be left out of a record (e.g. the expected
	// number of a førtidspension row); entry reports those that matter.
	for _, f := range []field{fArea, fPeriod, fGroup, fActual} {
		if rec.labels[f] == "" {
			p.addErr(&Error{Line: line, Field: shortLabels[f], Kind: ErrMissingField, Detail: DetailNoKey})
			return
		}
	}
	p.recs = append(p.recs, rec)
}

// apiError reports an object with none of the Y30R21 keys: most likely an
// error message the API wrote instead of data.
func (p *parser) apiError(ms []member, line int) {
	msg := ""
	if len(ms) == 1 {
		msg = ms[0].key
		var s string
		if json.Unmarshal(ms[0].val, &s) == nil && s != "" {
			msg += ": " + s
		}
	}
	for _, m := range ms {
		switch m.key {
		case "Message", "message", "Error", "error", "Fejl", "fejl":
			var s string
			if json.Unmarshal(m.val, &s) == nil && s != "" {
				msg = s
			}
		}
	}
	if msg != "" {
		p.addErr(&Error{Line: line, Kind: ErrAPI, Detail: DetailAPIMessage, Facts: vals(clip(msg))})
		return
	}
	p.addErr(&Error{Line: line, Kind: ErrMissingField, Detail: DetailNoY30R21Keys, Facts: vals(LabelArea, LabelPeriod, LabelGroup)})
}

// jsonCell turns a JSON value into a cell.
func jsonCell[T ~string | ~[]byte](v T) cell {
	switch {
	case len(v) == 0:
		return cell{kind: cellNull}
	case v[0] == '"':
		var s string
		if !hasBackslash(v) && len(v) >= 2 {
			s = string(v[1 : len(v)-1])
		} else if json.Unmarshal([]byte(v), &s) != nil {
			return cell{kind: cellOther, text: string(v)}
		}
		if isBlank(s) {
			return cell{kind: cellNull}
		}
		return cell{kind: cellString, text: s}
	case v[0] == 'n':
		return cell{kind: cellNull}
	case v[0] == '-' || v[0] >= '0' && v[0] <= '9':
		return cell{kind: cellNumber, text: string(v)}
	}
	return cell{kind: cellOther, text: string(v)}
}

func hasBackslash[T ~string | ~[]byte](v T) bool {
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' {
			return true
		}
	}
	return false
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

// jsonCharError reports a JSON syntax error. The decoder's message names an
// unexpected character ("invalid character 'x' after object key"), which
// is kept apart so that the message can be worded in other languages.
func jsonCharError(line int, se *json.SyntaxError) *Error {
	msg := se.Error()
	if rest, ok := strings.CutPrefix(msg, "invalid character "); ok {
		if i := strings.LastIndex(rest, "' "); i > 0 {
			return &Error{Line: line, Kind: ErrSyntax, Detail: DetailJSONBadChar, Facts: vals(rest[:i+1], msg)}
		}
	}
	return &Error{Line: line, Kind: ErrSyntax, Detail: DetailJSONSyntax, Facts: vals(msg)}
}
