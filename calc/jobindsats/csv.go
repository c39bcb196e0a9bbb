package jobindsats

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// maxPreamble is how many lines before the header (a title, a note) are skipped.
const maxPreamble = 20

// parseCSV reads CSV: an optional preamble, a header line with the labels,
// then one line per row. The separator is the most frequent of ';', ',' and
// tab on the first line that has any.
func (p *parser) parseCSV() {
	data := p.dropAPILines(p.data)
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = detectSep(data)
	r.FieldsPerRecord = -1
	var (
		cols    []field
		header  []string
		lab     *[numFields]string
		hdrLine int
		skipped int
	)
	for !p.tooMany() {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				p.addErr(csvError(pe))
			} else {
				p.addErr(&Error{Line: p.lineOf(len(p.data) - 1), Kind: ErrSyntax, Detail: DetailCSVSyntax, Facts: vals(err.Error())})
			}
			return
		}
		line, _ := r.FieldPos(0)
		if hdrLine == 0 {
			if !looksLikeHeader(rec) {
				skipped++
				if skipped > maxPreamble {
					break
				}
				if !allBlank(rec) {
					p.warn(line, WarnPreamble, vals(clip(strings.Join(rec, string(r.Comma)))))
				}
				continue
			}
			hdrLine = line
			for i := range rec {
				rec[i] = strings.TrimSpace(rec[i])
			}
			header = rec
			var ok bool
			cols, lab, ok = p.header(rec, line, csvColumns)
			if !ok {
				return
			}
			continue
		}
		if allBlank(rec) {
			continue
		}
		if sameHeader(rec, header) {
			// Files joined from several exports repeat the header.
			p.warn(line, WarnRepeatedHeader, Facts{Ref: Place{Line: hdrLine}})
			continue
		}
		if len(rec) != len(cols) {
			extra := len(rec) > len(cols) && allBlank(rec[len(cols):])
			if !extra {
				p.addErr(&Error{Line: line, Kind: ErrColumnCount, Detail: DetailFieldCount,
					Facts: Facts{Nums: []float64{float64(len(rec)), float64(len(cols))}, Ref: Place{Line: hdrLine}}})
				continue
			}
		}
		out := record{line: line, labels: lab}
		for i, f := range cols {
			if f < 0 {
				continue
			}
			s := strings.TrimSpace(rec[i])
			if isBlank(s) {
				out.cells[f] = cell{kind: cellNull}
			} else {
				out.cells[f] = cell{kind: cellString, text: s}
			}
		}
		p.recs = append(p.recs, out)
	}
	if hdrLine == 0 && !p.tooMany() {
		p.addErr(&Error{Line: 1, Kind: ErrMissingField, Detail: DetailNoHeader,
			Facts: vals(LabelArea, LabelPeriod, LabelGroup, shortLabels[fExpected], shortLabels[fActual])})
	}
}

// sameHeader reports whether rec repeats the header.
func sameHeader(rec, header []string) bool {
	if len(rec) < len(header) {
		return false
	}
	for i, h := range header {
		if strings.TrimSpace(rec[i]) != h {
			return false
		}
	}
	return allBlank(rec[len(header):])
}

// looksLikeHeader reports whether at least three fields are known labels.
func looksLikeHeader(rec []string) bool {
	n := 0
	for _, s := range rec {
		if _, ok := classify(s); ok {
			n++
		}
	}
	return n >= 3
}

func allBlank(rec []string) bool {
	for _, s := range rec {
		if !isBlank(s) {
			return false
		}
	}
	return true
}

// detectSep picks the separator from the first line that has one.
func detectSep(data []byte) rune {
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		counts := map[rune]int{}
		quoted := false
		for _, c := range string(line) {
			switch {
			case c == '"':
				quoted = !quoted
			case !quoted && (c == ';' || c == ',' || c == '\t'):
				counts[c]++
			}
		}
		best, bestN := ';', 0
		for _, c := range []rune{';', '\t', ','} {
			if counts[c] > bestN {
				best, bestN = c, counts[c]
			}
		}
		if bestN > 0 {
			return best
		}
	}
	return ';'
}

// dropAPILines reports lines that are JSON error messages of the API (left
// in a file by a failed call) and blanks them, keeping the line numbers.
func (p *parser) dropAPILines(data []byte) []byte {
	if !bytes.Contains(data, []byte("{")) {
		return data
	}
	out := make([]byte, 0, len(data))
	line := 0
	for len(data) > 0 {
		line++
		l := data
		rest := []byte(nil)
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			l, rest = data[:i+1], data[i+1:]
		}
		data = rest
		t := bytes.TrimSpace(l)
		if len(t) > 1 && t[0] == '{' && t[len(t)-1] == '}' && json.Valid(t) {
			ms := jsonMembers(t, 0)
			known := false
			for _, m := range ms {
				if _, ok := classify(m.key); ok {
					known = true
				}
			}
			if known {
				p.addErr(&Error{Line: line, Kind: ErrSyntax, Detail: DetailJSONInCSV, Facts: vals(clip(string(t)))})
			} else {
				p.apiError(ms, line)
			}
			out = append(out, '\n')
			continue
		}
		out = append(out, l...)
	}
	return out
}

// csvError reports an error of the CSV reader.
func csvError(pe *csv.ParseError) *Error {
	e := &Error{Line: pe.Line, Kind: ErrSyntax, Detail: DetailCSVSyntax, Facts: vals(fmt.Sprintf("%v (column %d)", pe.Err, pe.Column))}
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		e.Detail, e.Facts = DetailCSVBareQuote, nums(float64(pe.Column))
	case errors.Is(pe.Err, csv.ErrQuote):
		e.Detail, e.Facts = DetailCSVQuote, nums(float64(pe.Column))
	}
	return e
}
