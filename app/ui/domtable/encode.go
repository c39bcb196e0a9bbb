package domtable

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The operations travel to the page's writer (web/table.js,
// benchsimTableApply) as one string per Update, so that a reorder costs one
// call from wasm, not one per moved row and written cell (each a string
// copied into JavaScript and a js.Value with a finalizer): the writer then
// does the same DOM writes a plain page's script would.
//
// The string is a list of operations, each a letter followed by its
// fields; a field is its length in UTF-16 code units (JavaScript's string
// length), a colon and the text, so any text travels unescaped:
//
//	F n key₁ … keyₙ html   fill the empty body with html, whose rows have these keys
//	I key before html      insert the row of html before the row before ("" = at the end)
//	R key html             replace the row with the row of html
//	X key                  remove the row
//	M key before           move the row before the row before ("" = at the end)
//	T key col text         set the text of cell col
//	C key col class        set the class of cell col, or of the row when col is -1 ("" removes it)
//	B key col name value   set an attribute of cell col's button
//	L key col href         set the href of cell col's link

// EncodeFill appends the operation that fills an empty body with rows.
func EncodeFill(b []byte, rows []Row) []byte {
	b = append(b, 'F')
	b = appendField(b, strconv.Itoa(len(rows)))
	for i := range rows {
		b = appendField(b, rows[i].Key)
	}
	var h []byte
	for i := range rows {
		h = AppendHTML(h, &rows[i])
	}
	return appendFieldBytes(b, h)
}

// Encode appends ops, which Diff returned for rows.
func Encode(b []byte, ops []Op, rows []Row) []byte {
	var h []byte
	for _, op := range ops {
		switch op.Kind {
		case Insert:
			h = AppendHTML(h[:0], &rows[op.Row])
			b = append(b, 'I')
			b = appendField(b, op.Key)
			b = appendField(b, op.Before)
			b = appendFieldBytes(b, h)
		case Replace:
			h = AppendHTML(h[:0], &rows[op.Row])
			b = append(b, 'R')
			b = appendField(b, op.Key)
			b = appendFieldBytes(b, h)
		case Remove:
			b = append(b, 'X')
			b = appendField(b, op.Key)
		case Move:
			b = append(b, 'M')
			b = appendField(b, op.Key)
			b = appendField(b, op.Before)
		case SetText, SetClass:
			b = append(b, "TC"[op.Kind-SetText])
			b = appendField(b, op.Key)
			b = appendField(b, strconv.Itoa(op.Col))
			b = appendField(b, op.Value)
		case SetAttr:
			if op.Part == PartLink {
				b = append(b, 'L')
				b = appendField(b, op.Key)
				b = appendField(b, strconv.Itoa(op.Col))
				b = appendField(b, op.Value)
				continue
			}
			b = append(b, 'B')
			b = appendField(b, op.Key)
			b = appendField(b, strconv.Itoa(op.Col))
			b = appendField(b, op.Name)
			b = appendField(b, op.Value)
		}
	}
	return b
}

// AppendField appends s as one field of the encoding (for web/table.js's
// other writer, benchsimSetTexts).
func AppendField(b []byte, s string) []byte { return appendField(b, s) }

func appendField(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD") // as the page would decode it
	}
	n := 0
	for _, r := range s {
		n += utf16Units(r)
	}
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, ':')
	return append(b, s...)
}

func appendFieldBytes(b, s []byte) []byte {
	if !utf8.Valid(s) {
		s = bytes.ToValidUTF8(s, []byte("\uFFFD"))
	}
	n := 0
	for _, r := range string(s) { // no copy: the compiler ranges over the bytes
		n += utf16Units(r)
	}
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, ':')
	return append(b, s...)
}

// utf16Units is how many UTF-16 code units r takes: JavaScript's length.
func utf16Units(r rune) int {
	if r > 0xFFFF {
		return 2
	}
	return 1
}
