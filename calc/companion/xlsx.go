//go:build !benchsim_ui

package companion

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strconv"

	"github.com/thedatashed/xlsxreader"
)

// readXLSX reads the first non-empty sheet of an .xlsx workbook. Before any
// XML is parsed it checks what the zip unpacks to: the sizes the zip
// declares, and then the bytes actually inflated, both against MaxUnpacked.
func readXLSX(data []byte) (*table, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &Error{Kind: ErrSyntax, Value: "xlsx", Err: err}
	}
	if err := checkUnpacked(zr); err != nil {
		return nil, err
	}
	x, err := xlsxreader.NewReaderZip(zr)
	if err != nil {
		return nil, &Error{Kind: ErrSyntax, Value: "xlsx", Err: err}
	}
	var last *table
	for _, sheet := range x.Sheets {
		t, err := readSheet(x, sheet)
		if err != nil {
			return nil, err
		}
		if last = t; !t.allBlank() {
			return t, nil
		}
	}
	if last == nil {
		return nil, &Error{Kind: ErrEmpty}
	}
	return last, nil
}

func (t *table) allBlank() bool {
	for _, r := range t.rows {
		if !blank(r.cells) {
			return false
		}
	}
	return true
}

func tooLarge() error {
	return &Error{Kind: ErrTooLarge, Value: strconv.Itoa(MaxUnpacked)}
}

// checkUnpacked refuses a zip whose parts declare, or actually inflate to,
// more than MaxUnpacked bytes in all, and a shared-strings table that
// announces more strings than the parts could hold (xlsxreader allocates
// that many up front).
func checkUnpacked(zr *zip.Reader) error {
	var declared uint64
	for _, f := range zr.File {
		declared += f.UncompressedSize64
		if declared > uint64(MaxUnpacked) {
			return tooLarge()
		}
	}
	budget := int64(MaxUnpacked)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return &Error{Kind: ErrSyntax, Value: f.Name, Err: err}
		}
		var buf bytes.Buffer
		w := io.Writer(io.Discard)
		if f.Name == "xl/sharedStrings.xml" || f.Name == "xl/SharedStrings.xml" {
			w = &buf
		}
		n, err := io.Copy(w, io.LimitReader(rc, budget+1))
		rc.Close()
		if budget -= n; budget < 0 {
			return tooLarge()
		}
		if err != nil {
			return &Error{Kind: ErrSyntax, Value: f.Name, Err: err}
		}
		if buf.Len() > 0 && !plausibleCount(buf.Bytes(), int64(MaxUnpacked)/20) {
			return &Error{Kind: ErrSyntax, Value: f.Name}
		}
	}
	return nil
}

// plausibleCount checks the count attribute of the shared strings' root.
func plausibleCount(b []byte, limit int64) bool {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err != nil {
			return err == io.EOF
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		for _, a := range se.Attr {
			if a.Name.Local == "count" {
				n, err := strconv.ParseInt(a.Value, 10, 64)
				return err == nil && n >= 0 && n <= limit
			}
		}
		return true
	}
}

// readSheet reads every row of a sheet; cells land at their column letter,
// and cells or rows without a reference follow the previous one.
func readSheet(x *xlsxreader.XlsxFile, sheet string) (*table, error) {
	t := &table{format: FormatXLSX}
	var firstErr error
	line, cells := 0, 0
	for r := range x.ReadRows(sheet) { // always drained: the reader's goroutine must end
		if firstErr != nil {
			continue
		}
		if r.Error != nil {
			firstErr = &Error{Kind: ErrSyntax, Line: max(r.Index, line+1), Err: r.Error}
			continue
		}
		line = max(r.Index, line+1)
		if line > 1<<20 {
			firstErr = tooLarge()
			continue
		}
		var cs []cell
		for _, c := range r.Cells {
			col := c.ColumnIndex()
			if col < 0 || c.Column == "" {
				col = len(cs)
			}
			if col >= MaxColumns {
				firstErr = &Error{Kind: ErrTooWide, Line: line, Column: c.Column, Value: strconv.Itoa(MaxColumns)}
				break
			}
			for len(cs) <= col {
				cs = append(cs, cell{})
			}
			cs[col] = cell{s: c.Value, num: c.Type == xlsxreader.TypeNumerical}
		}
		if cells += len(cs); cells > maxCells && firstErr == nil {
			firstErr = tooLarge()
		}
		t.rows = append(t.rows, trow{line: line, cells: cs})
	}
	return t, firstErr
}
