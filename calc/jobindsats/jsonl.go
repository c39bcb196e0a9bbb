package jobindsats

import (
	"bytes"
	"slices"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
)

// noJSONText turns textRecord off, for tests that compare it with
// encoding/json alone.
var noJSONText bool

// jsonlDecoder reads the records of a JSON lines file with jsontext, which
// hands out tokens and raw values without building a map or copying them.
type jsonlDecoder struct {
	dec    *jsontext.Decoder
	base   int  // offset in parser.data where dec started
	synced bool // dec has read exactly up to the last value parseJSON read
}

// at makes the decoder read from offset pos of p.data, restarting it
// when encoding/json read the last value.
func (d *jsonlDecoder) at(p *parser, pos int) *jsontext.Decoder {
	if d.synced {
		return d.dec
	}
	// Names may repeat in a record (the last one counts, as in a map);
	// p.data is valid UTF-8, so jsontext's default check of it is moot.
	r := bytes.NewBuffer(p.data[pos:len(p.data):len(p.data)])
	if d.dec == nil {
		d.dec = jsontext.NewDecoder(r, jsontext.AllowDuplicateNames(true))
	} else {
		d.dec.Reset(r, jsontext.AllowDuplicateNames(true))
	}
	d.base = pos
	d.synced = true
	return d.dec
}

// textRecord reads the JSON object that starts the rest of the decoder's
// input when it is a record, the shape of every line of a JSON lines file:
// names without escapes, none of them an API table's. It returns the
// members sorted by key (a repeated key keeps its last value, as decoding
// into a map does) and the offset after the object. ok is false for
// anything else (an escaped name, an API table, anything jsontext finds
// wrong), which parseJSON then hands to encoding/json from the object's
// start, so that results and messages are the decoder's; this path only
// spares a Go map, a reflective decode and a copy of every key and value
// per line, which make a 2,000-line file slow in wasm.
//
// Keys and texts are substrings of p.str, the file as one string; vals
// are slices of p.data.
func (p *parser) textRecord(d *jsonlDecoder) (ms []member, end int, ok bool) {
	dec := d.dec
	if t, err := dec.ReadToken(); err != nil || t.Kind() != '{' {
		return nil, 0, false
	}
	ms = p.scratch[:0]
	for dec.PeekKind() == '"' {
		k, err := dec.ReadValue()
		if err != nil || bytes.IndexByte(k, '\\') >= 0 {
			return nil, 0, false
		}
		ke := d.base + int(dec.InputOffset())
		key := p.str[ke-len(k)+1 : ke-1]
		switch key {
		case "Variables", "Data", "variables", "data":
			return nil, 0, false
		}
		v, err := dec.ReadValue()
		if err != nil {
			return nil, 0, false
		}
		ve := d.base + int(dec.InputOffset())
		vs := ve - len(v)
		ms = append(ms, member{key: key, val: p.data[vs:ve:ve], off: vs, text: p.str[vs:ve]})
	}
	if t, err := dec.ReadToken(); err != nil || t.Kind() != '}' {
		return nil, 0, false
	}
	end = d.base + int(dec.InputOffset())
	p.scratch = ms
	slices.SortStableFunc(ms, func(a, b member) int { return strings.Compare(a.key, b.key) })
	// A repeated key: the last one counts.
	out := ms[:0]
	for j := range ms {
		if j+1 < len(ms) && ms[j+1].key == ms[j].key {
			continue
		}
		out = append(out, ms[j])
	}
	return out, end, true
}
