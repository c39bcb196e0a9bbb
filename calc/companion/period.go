package companion

import (
	"fmt"
	"strconv"
	"strings"
)

// gran is the length of a file's period: a month, a quarter, a calendar
// year or a 12-month window (QMAT).
type gran byte

const (
	gMonth gran = iota + 1
	gQuarter
	gYear
	gWindow
)

// period is a parsed period code. n counts from year 0: months as
// year*12+month-1, quarters and windows as year*4+quarter-1, years as the year.
type period struct {
	g gran
	n int
}

// parsePeriod reads "2022M01", "2022Q1", "2022K1", "2022Y01", "2022" and
// "2021QMAT02" (case and spaces forgiven).
func parsePeriod(s string) (period, bool) {
	u := strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(s), " ", ""))
	if len(u) < 4 {
		return period{}, false
	}
	y, err := strconv.Atoi(u[:4])
	if err != nil || y < 1900 || y > 2999 || u[0] == '+' || u[0] == '-' {
		return period{}, false
	}
	rest := u[4:]
	num := func(prefix string, lo, hi int) (int, bool) {
		t, ok := strings.CutPrefix(rest, prefix)
		if !ok || t == "" || len(t) > 2 {
			return 0, false
		}
		v, err := strconv.Atoi(t)
		return v, err == nil && t[0] != '+' && t[0] != '-' && v >= lo && v <= hi
	}
	if rest == "" {
		return period{gYear, y}, true
	}
	if q, ok := num("QMAT", 1, 4); ok {
		return period{gWindow, y*4 + q - 1}, true
	}
	if m, ok := num("M", 1, 12); ok {
		return period{gMonth, y*12 + m - 1}, true
	}
	if v, ok := num("Y", 1, 1); ok && v == 1 {
		return period{gYear, y}, true
	}
	for _, p := range []string{"Q", "K"} {
		if q, ok := num(p, 1, 4); ok {
			return period{gQuarter, y*4 + q - 1}, true
		}
	}
	return period{}, false
}

// lastMonth is the month index of the period's last month.
func (p period) lastMonth() int {
	switch p.g {
	case gMonth:
		return p.n
	case gYear:
		return p.n*12 + 11
	}
	return (p.n/4)*12 + (p.n%4)*3 + 2
}

func (p period) String() string {
	switch p.g {
	case gMonth:
		return fmt.Sprintf("%04dM%02d", p.n/12, p.n%12+1)
	case gQuarter:
		return fmt.Sprintf("%04dQ%d", p.n/4, p.n%4+1)
	case gYear:
		return fmt.Sprintf("%04d", p.n)
	}
	return fmt.Sprintf("%04dQMAT%02d", p.n/4, p.n%4+1)
}

// window is a Y30R21 window: the 12 months ending with quarter q of year y,
// numbered like quarters (y*4+q-1).
type window int

func parseWindow(code string) (window, bool) {
	p, ok := parsePeriod(code)
	if !ok || p.g != gWindow {
		return 0, false
	}
	return window(p.n), true
}

func (w window) Code() string  { return period{gWindow, int(w)}.String() }
func (w window) year() int     { return int(w) / 4 }
func (w window) lastQ() int    { return int(w) } // the quarter index of its last quarter
func (w window) lastMon() int  { return period{gWindow, int(w)}.lastMonth() }
func (w window) months() []int { return span(w.lastMon()-11, 12) }
func (w window) quarters() []int {
	return span(w.lastQ()-3, 4)
}

func span(from, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = from + i
	}
	return out
}
