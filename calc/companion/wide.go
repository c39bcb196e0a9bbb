package companion

import "strings"

// melt turns a wide table into the long form: jobindsats.dk's Excel export
// follows the table as shown, and periods pivoted to the columns give a
// header like "Område;Ydelsesgrupper;2021M01;2021M02;…". Each period column
// becomes a Periode cell and a value cell. The values are taken as full-time
// persons only when the file says so: a column whose cells name the measure
// ("Antal fuldtidspersoner"; other measures' rows are dropped) or a title row
// above the header that does. It reports whether the table was wide.
func (t *table) melt() bool {
	var periods, keep []int
	for i, h := range t.header {
		if _, ok := parsePeriod(h); ok {
			periods = append(periods, i)
		} else {
			keep = append(keep, i)
		}
	}
	if len(periods) == 0 || columnsOf(t.header).period >= 0 {
		return false
	}
	measure := t.measureColumn(keep)
	valueName := "Værdi"
	if measure >= 0 || strings.Contains(norm(t.title), "fuldtidspersoner") {
		valueName = "Antal fuldtidspersoner"
	}
	var header []string
	var cols []int
	for _, i := range keep {
		if i != measure {
			header, cols = append(header, t.header[i]), append(cols, i)
		}
	}
	rows, old := t.rows, t.header
	if len(rows)*len(periods) > maxCells {
		return true // readTable refuses it
	}
	t.header, t.rows = append(header, "Periode", valueName), nil
	for _, r := range rows {
		if measure >= 0 && roleOf(t.get(r, measure).s) != roleFullTime {
			continue
		}
		for _, p := range periods {
			cs := make([]cell, 0, len(cols)+2)
			for _, i := range cols {
				cs = append(cs, t.get(r, i))
			}
			t.rows = append(t.rows, trow{line: r.line, cells: append(cs, cell{s: old[p]}, t.get(r, p))})
		}
	}
	return true
}

// measureColumn is the column whose cells name "Antal fuldtidspersoner", or -1.
func (t *table) measureColumn(cols []int) int {
	for _, i := range cols {
		for _, r := range t.rows {
			if roleOf(t.get(r, i).s) == roleFullTime {
				return i
			}
		}
	}
	return -1
}
