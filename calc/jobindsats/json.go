package jobindsats

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
)

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
