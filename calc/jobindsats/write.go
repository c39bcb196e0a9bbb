package jobindsats

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"

	"benchsim/calc"
)

// CSVOptions say how WriteCSV writes.
type CSVOptions struct {
	Comma        rune // field separator; ';' when 0
	ShortHeaders bool // "Faktisk antal" instead of the long Jobindsats labels
	BOM          bool // start with a UTF-8 byte order mark (Excel needs it)
	CRLF         bool // end lines with \r\n
}

// DefaultCSV is what Write uses for FormatCSV: semicolons, long headers, a
// BOM and CRLF line ends, as Danish Excel expects.
var DefaultCSV = CSVOptions{Comma: ';', BOM: true, CRLF: true}

// Write writes the dataset as a Y30R21 file in the given format, with the
// fields Read understands: one row per municipality, period and known area,
// periods oldest first. Shares are written with a decimal comma and two
// decimals at least; the differences are computed (actual − expected). A
// column "Befolkning 16-66 år" is added when some row's population was not
// derived; derived populations are left blank so that Read derives them again.
func Write(w io.Writer, ds *calc.Dataset, f Format) error {
	switch f {
	case FormatAPI, FormatJSONL:
		return writeJSON(w, ds, f)
	case FormatCSV:
		return WriteCSV(w, ds, DefaultCSV)
	}
	return fmt.Errorf("jobindsats: unknown format %d", int(f))
}

// value is one output field: nothing (blank), a number, or text.
type value struct {
	kind  byte // 0 blank, 'n' number, 's' text, 'p' share (number written as text with a decimal comma)
	text  string
	float float64
}

// table turns the dataset into the rows to write.
func table(ds *calc.Dataset) (fields []field, rows [][]value, err error) {
	if ds == nil {
		return nil, nil, errors.New("jobindsats: nil dataset")
	}
	withPop := false
	for _, p := range ds.Periods {
		if len(p.Rows) != len(ds.Municipalities) {
			return nil, nil, fmt.Errorf("jobindsats: period %s has %d rows for %d municipalities", p.Code, len(p.Rows), len(ds.Municipalities))
		}
		for _, r := range p.Rows {
			withPop = withPop || !r.PopulationDerived
		}
	}
	fields = []field{fArea, fPeriod, fGroup, fExpected, fActual, fDiff, fExpectedShare, fActualShare, fDiffShare, fRank}
	if withPop {
		fields = append(fields, fPopulation)
	}
	for _, p := range ds.Periods {
		for i, m := range ds.Municipalities {
			r := &p.Rows[i]
			for a := calc.Area(0); a < calc.NumAreas; a++ {
				fg := r.Areas[a]
				if !fg.Known {
					continue
				}
				var v [numFields]value
				v[fArea] = value{kind: 's', text: m.Name}
				v[fPeriod] = value{kind: 's', text: p.Code}
				v[fGroup] = value{kind: 's', text: calc.AreaLabels[a]}
				v[fActual] = value{kind: 'n', float: fg.Actual}
				if fg.HasExpected {
					v[fExpected] = value{kind: 'n', float: fg.Expected}
					v[fDiff] = value{kind: 'n', float: round(fg.Actual-fg.Expected, 6)}
				}
				if fg.HasShares {
					v[fActualShare] = value{kind: 'p', float: fg.ActualShare}
					if fg.HasExpected {
						v[fExpectedShare] = value{kind: 'p', float: fg.ExpectedShare}
						v[fDiffShare] = value{kind: 'p', float: round(fg.ActualShare-fg.ExpectedShare, 2)}
					}
				}
				if fg.PublishedRank > 0 {
					v[fRank] = value{kind: 'n', float: float64(fg.PublishedRank)}
				}
				if withPop && !r.PopulationDerived {
					v[fPopulation] = value{kind: 'n', float: r.Population}
				}
				row := make([]value, len(fields))
				for j, f := range fields {
					row[j] = v[f]
				}
				rows = append(rows, row)
			}
		}
	}
	return fields, rows, nil
}

func round(v float64, decimals int) float64 {
	s := math.Pow(10, float64(decimals))
	r := math.Round(v*s) / s
	if r == 0 {
		return 0 // no "-0"
	}
	return r
}

// jsonText is s as a JSON string, without HTML escaping.
func jsonText(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return bytes.TrimRight(b.Bytes(), "\n")
}

func (v value) json() []byte {
	switch v.kind {
	case 'n':
		return []byte(formatNumber(v.float, false, 0))
	case 'p':
		return jsonText(formatNumber(v.float, true, 2))
	case 's':
		return jsonText(v.text)
	}
	return []byte("null")
}

// writeJSON writes JSON lines (one object per row, keyed by label, as
// Jobindsats's JSON exports) or the API answer (one table, a Data row per line).
func writeJSON(w io.Writer, ds *calc.Dataset, f Format) error {
	fields, rows, err := table(ds)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	if f == FormatAPI {
		bw.WriteString(`[{"Variables":[`)
		for i, fl := range fields {
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString(`{"Label":`)
			bw.Write(jsonText(longLabels[fl]))
			bw.WriteByte('}')
		}
		bw.WriteString("],\n\"Data\":[")
		for i, row := range rows {
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n[")
			for j, v := range row {
				if j > 0 {
					bw.WriteByte(',')
				}
				bw.Write(v.json())
			}
			bw.WriteByte(']')
		}
		bw.WriteString("\n]}]\n")
		return bw.Flush()
	}
	for _, row := range rows {
		bw.WriteByte('{')
		n := 0
		for j, v := range row {
			if v.kind == 0 {
				continue
			}
			if n > 0 {
				bw.WriteByte(',')
			}
			n++
			bw.Write(jsonText(longLabels[fields[j]]))
			bw.WriteByte(':')
			bw.Write(v.json())
		}
		bw.WriteString("}\n")
	}
	return bw.Flush()
}

// WriteCSV writes the dataset as CSV with the given options: numbers with a
// decimal comma, blank fields where there is no value.
func WriteCSV(w io.Writer, ds *calc.Dataset, opt CSVOptions) error {
	fields, rows, err := table(ds)
	if err != nil {
		return err
	}
	if opt.Comma == 0 {
		opt.Comma = ';'
	}
	bw := bufio.NewWriter(w)
	if opt.BOM {
		bw.WriteString("\uFEFF")
	}
	cw := csv.NewWriter(bw)
	cw.Comma = opt.Comma
	cw.UseCRLF = opt.CRLF
	rec := make([]string, len(fields))
	for i, f := range fields {
		if opt.ShortHeaders {
			rec[i] = shortLabels[f]
		} else {
			rec[i] = longLabels[f]
		}
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	for _, row := range rows {
		for i, v := range row {
			switch v.kind {
			case 'n':
				rec[i] = formatNumber(v.float, true, 0)
			case 'p':
				rec[i] = formatNumber(v.float, true, 2)
			case 's':
				rec[i] = v.text
			default:
				rec[i] = ""
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
