package companion

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"benchsim/calc/internal/memo"
	"benchsim/calc/jobindsats"
)

// Limits on what Read accepts. Tests may lower them.
var (
	MaxSize     = 50 << 20 // bytes of a file as given
	MaxUnpacked = 50 << 20 // bytes an xlsx may unpack to, all parts together
	MaxColumns  = 200      // columns of a table (every column may become a covariate)
)

// maxCells bounds the cells of a table, so that a small file cannot make
// an enormous one (a sparse xlsx, a wide table melted to long form).
const maxCells = 3 << 20

// Formats as reported in File.Format.
const (
	FormatJSON = "JSON API"
	FormatCSV  = "CSV"
	FormatXLSX = "XLSX"
)

// cell is one value as the file holds it; num is true for values the file
// stores as numbers (JSON numbers, numeric xlsx cells), which never carry
// thousands separators.
type cell struct {
	s   string
	num bool
}

type trow struct {
	line  int
	cells []cell
}

// table is a file reduced to a header and rows, whatever its format.
type table struct {
	format     string
	header     []string
	headerLine int
	title      string // the text of the rows above the header
	cells      int    // cells read so far (JSON)
	rows       []trow
	dotDecimal []bool                    // per column: text numbers use '.' as the decimal point
	areas      memo.Map[string, areaHit] // lookupArea's answers, by cell text

	// What the texts of cells say, remembered: a file repeats a handful
	// of breakdown values ("I alt", "16 år") and periods in every row.
	norms   memo.Map[string, string]
	totals  memo.Map[string, bool]
	ages    memo.Map[string, memo.Hit[int]]
	periods memo.Map[string, memo.Hit[period]]
	keys    map[string]string // duplicate's keys, one copy each
	keyBuf  []byte
}

// norm is the package's norm, remembered per text.
func (t *table) norm(s string) string { return t.norms.Get(s, norm) }

// isTotal is the package's isTotal, remembered per text.
func (t *table) isTotal(s string) bool { return t.totals.Get(s, isTotal) }

// ageOf is the package's ageOf, remembered per text.
func (t *table) ageOf(s string) (int, bool) { return memo.Get2(&t.ages, s, ageOf) }

// parsePeriod is the package's parsePeriod, remembered per text.
func (t *table) parsePeriod(s string) (period, bool) { return memo.Get2(&t.periods, s, parsePeriod) }

type areaHit struct {
	idx int
	agg bool
}

func (t *table) get(r trow, col int) cell {
	if col < 0 || col >= len(r.cells) {
		return cell{}
	}
	return r.cells[col]
}

// text returns a cell as text, trimmed.
func (t *table) text(r trow, col int) string { return strings.TrimSpace(t.get(r, col).s) }

// number reads a numeric cell. ok is false for text; missing is true for
// an empty cell or StatBank's ".." and Jobindsats's "-".
func (t *table) number(r trow, col int) (v float64, missing, ok bool) {
	c := t.get(r, col)
	s := strings.TrimSpace(c.s)
	switch s {
	case "", "..", "-", "\u2013", ".":
		return math.NaN(), true, true
	}
	if c.num || t.dotDecimal[col] {
		v, err := strconv.ParseFloat(strings.ReplaceAll(s, " ", ""), 64)
		return v, false, err == nil && !math.IsNaN(v) && !math.IsInf(v, 0)
	}
	v, ok = jobindsats.ParseNumber(s, true)
	return v, false, ok
}

// readTable detects the format and reads the file into a table.
func readTable(name string, data []byte) (*table, error) {
	if len(data) > MaxSize {
		return nil, &Error{Kind: ErrTooLarge, Value: strconv.Itoa(MaxSize)}
	}
	var t *table
	var err error
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) || strings.HasSuffix(strings.ToLower(name), ".xlsx"):
		t, err = readXLSX(data)
	case firstByte(data) == '[':
		t, err = readAPI(data)
	default:
		t, err = readCSV(data)
	}
	if err != nil {
		return nil, err
	}
	t.findHeader()
	if len(t.header) == 0 || len(t.rows) == 0 {
		return nil, &Error{Kind: ErrEmpty}
	}
	if len(t.header) > MaxColumns {
		return nil, &Error{Kind: ErrTooWide, Line: t.headerLine, Value: strconv.Itoa(MaxColumns)}
	}
	if t.melt() && len(t.rows) == 0 {
		return nil, &Error{Kind: ErrTooLarge, Value: strconv.Itoa(MaxUnpacked)}
	}
	t.decimals()
	return t, nil
}

func firstByte(b []byte) byte {
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(b) == 0 {
		return 0
	}
	return b[0]
}

// findHeader takes the first row that names a known column as the header:
// jobindsats.dk's Excel export puts a title row above it. Rows above it are
// dropped, as are blank rows.
func (t *table) findHeader() {
	if t.header != nil {
		t.dropBlank()
		return
	}
	at := -1
	for i, r := range t.rows {
		if i >= 20 {
			break
		}
		if knownHeader(r.cells) {
			at = i
			break
		}
	}
	if at < 0 {
		for i, r := range t.rows {
			if !blank(r.cells) {
				at = i
				break
			}
		}
	}
	if at < 0 {
		t.rows = nil
		return
	}
	for _, c := range t.rows[at].cells {
		t.header = append(t.header, strings.TrimSpace(c.s))
	}
	for _, r := range t.rows[:at] {
		for _, c := range r.cells {
			t.title += " " + c.s
		}
	}
	t.headerLine = t.rows[at].line
	t.rows = t.rows[at+1:]
	t.dropBlank()
}

func (t *table) dropBlank() {
	out := t.rows[:0]
	for _, r := range t.rows {
		if !blank(r.cells) {
			out = append(out, r)
		}
	}
	t.rows = out
}

func blank(cs []cell) bool {
	for _, c := range cs {
		if strings.TrimSpace(c.s) != "" {
			return false
		}
	}
	return true
}

// knownHeader reports whether a row can be the header: it names a known
// column and has at least one more cell (a title row is one cell).
func knownHeader(cs []cell) bool {
	known, filled := false, 0
	for _, c := range cs {
		if strings.TrimSpace(c.s) != "" {
			filled++
		}
		known = known || roleOf(c.s) != roleOther
	}
	return known && filled >= 2
}

// decimals decides per column whether text numbers use a decimal point (as
// pandas writes them): no cell has a comma and some dot is not followed by
// exactly three digits (which would be a Danish thousands separator).
func (t *table) decimals() {
	t.dotDecimal = make([]bool, len(t.header))
	for col := range t.header {
		comma, dot := false, false
		for _, r := range t.rows {
			c := t.get(r, col)
			if c.num {
				continue
			}
			s := strings.TrimSpace(c.s)
			if strings.Contains(s, ",") {
				comma = true
				break
			}
			if i := strings.LastIndexByte(s, '.'); i >= 0 && len(s)-i-1 != 3 {
				dot = true
			}
		}
		t.dotDecimal[col] = dot && !comma
	}
}

// readCSV reads ';', ',' or tab separated text with or without a BOM, in
// UTF-8 or (if not valid UTF-8) Windows-1252.
func readCSV(data []byte) (*table, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		data = latin1(data)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = detectSep(data)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true // its fields are copied to cells below
	t := &table{format: FormatCSV, rows: make([]trow, 0, bytes.Count(data, []byte("\n"))+1)}
	cells := 0
	var slab []cell // the rows' cells, allocated a few thousand at a time
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			return nil, &Error{Kind: ErrSyntax, Line: line, Err: err}
		}
		line, _ := r.FieldPos(0)
		if cells += len(rec); cells > maxCells {
			return nil, &Error{Kind: ErrTooLarge, Line: line, Value: strconv.Itoa(MaxSize)}
		}
		if len(slab) < len(rec) {
			slab = make([]cell, max(4096, len(rec)))
		}
		cs := slab[:len(rec):len(rec)]
		slab = slab[len(rec):]
		for i, s := range rec {
			cs[i] = cell{s: s}
		}
		t.rows = append(t.rows, trow{line: line, cells: cs})
	}
	return t, nil
}

// latin1 decodes Windows-1252 (what Excel's Danish "CSV (semikolonsepareret)"
// writes), which is Latin-1 but for the printable characters in 0x80–0x9F.
func latin1(b []byte) []byte {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
		if c >= 0x80 && c < 0xa0 && cp1252[c-0x80] != 0 {
			rs[i] = cp1252[c-0x80]
		}
	}
	return []byte(string(rs))
}

var cp1252 = [32]rune{'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ'}

// detectSep picks ';' when the first lines have one, else tab, else ','.
func detectSep(data []byte) rune {
	head := data
	for i, n := 0, 0; i < len(data); i++ {
		if data[i] == '\n' {
			if n++; n == 10 {
				head = data[:i]
				break
			}
		}
	}
	switch {
	case bytes.IndexByte(head, ';') >= 0:
		return ';'
	case bytes.IndexByte(head, '\t') >= 0:
		return '\t'
	}
	return ','
}

// readAPI reads the Jobindsats v2 API's JSON:
// [{"Variables":[{"Name":…,"Label":…}],"Data":[[…],…]}], one table or more
// with the same variables.
func readAPI(data []byte) (*table, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	t := &table{format: FormatJSON}
	syntax := func(err error) error {
		return &Error{Kind: ErrSyntax, Line: lineAt(data, int(dec.InputOffset())), Err: err}
	}
	if err := expectDelim(dec, '['); err != nil {
		return nil, syntax(err)
	}
	for dec.More() {
		if err := readAPITable(dec, data, t); err != nil {
			if _, ok := err.(*Error); ok {
				return nil, err
			}
			return nil, syntax(err)
		}
	}
	if err := expectDelim(dec, ']'); err != nil {
		return nil, syntax(err)
	}
	return t, nil
}

func readAPITable(dec *json.Decoder, data []byte, t *table) error {
	if err := expectDelim(dec, '{'); err != nil {
		return err
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		switch strings.ToLower(key) {
		case "variables":
			var vs []struct{ Name, Label string }
			if err := dec.Decode(&vs); err != nil {
				return err
			}
			h := make([]string, len(vs))
			for i, v := range vs {
				h[i] = v.Label
				if h[i] == "" {
					h[i] = v.Name
				}
			}
			if t.header != nil && strings.Join(h, "\x00") != strings.Join(t.header, "\x00") {
				return &Error{Kind: ErrSyntax, Line: lineAt(data, int(dec.InputOffset())), Value: "Variables"}
			}
			t.header = h
		case "data":
			if err := readAPIData(dec, data, t); err != nil {
				return err
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return err
			}
		}
	}
	return expectDelim(dec, '}')
}

func readAPIData(dec *json.Decoder, data []byte, t *table) error {
	if err := expectDelim(dec, '['); err != nil {
		return err
	}
	for dec.More() {
		off := int(dec.InputOffset())
		var row []any
		if err := dec.Decode(&row); err != nil {
			return err
		}
		if t.cells += len(row); t.cells > maxCells {
			return &Error{Kind: ErrTooLarge, Line: lineAt(data, off), Value: strconv.Itoa(MaxSize)}
		}
		cs := make([]cell, len(row))
		for i, v := range row {
			switch v := v.(type) {
			case json.Number:
				cs[i] = cell{s: v.String(), num: true}
			case string:
				cs[i] = cell{s: v}
			case nil:
			default:
				cs[i] = cell{s: fmt.Sprint(v)}
			}
		}
		t.rows = append(t.rows, trow{line: lineAt(data, skipSep(data, off)), cells: cs})
	}
	return expectDelim(dec, ']')
}

func expectDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != d {
		return fmt.Errorf("want %q, got %v", d, tok)
	}
	return nil
}

func skipSep(b []byte, i int) int {
	for i < len(b) && (b[i] == ',' || b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

func lineAt(b []byte, off int) int {
	off = min(max(off, 0), len(b))
	return bytes.Count(b[:off], []byte("\n")) + 1
}
