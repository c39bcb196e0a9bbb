package jobindsats

import (
	"fmt"
	"strings"
)

// periodInfo is a parsed Jobindsats period code: QMATnn is the 12 months
// (moving annual total) ending in quarter nn of the year.
type periodInfo struct {
	Code    string // canonical, e.g. "2021QMAT02"
	Year    int
	Quarter int
}

// parsePeriod reads a code like "2021QMAT02" (case and a missing leading
// zero in the quarter are forgiven).
func parsePeriod(s string) (periodInfo, bool) {
	u := strings.ToUpper(strings.TrimSpace(s))
	if len(u) < 9 || u[4:8] != "QMAT" {
		return periodInfo{}, false
	}
	year := 0
	for _, c := range u[:4] {
		if c < '0' || c > '9' {
			return periodInfo{}, false
		}
		year = year*10 + int(c-'0')
	}
	q := u[8:]
	if len(q) == 2 && q[0] == '0' {
		q = q[1:]
	}
	if len(q) != 1 || q[0] < '1' || q[0] > '4' || year < 2000 || year > 2099 {
		return periodInfo{}, false
	}
	p := periodInfo{Year: year, Quarter: int(q[0] - '0')}
	p.Code = fmt.Sprintf("%04dQMAT%02d", p.Year, p.Quarter)
	return p, true
}

// Label is the Danish label of the 12-month window: "2021" for a calendar
// year, else e.g. "3. kvt. 2020 – 2. kvt. 2021".
func (p periodInfo) Label() string {
	if p.Quarter == 4 {
		return fmt.Sprintf("%d", p.Year)
	}
	return fmt.Sprintf("%d. kvt. %d – %d. kvt. %d", p.Quarter+1, p.Year-1, p.Quarter, p.Year)
}

// Scope is the official scope of lists for this period: "2017" for the
// first lists (data for 2017 and 2018), "2019" from the spring 2019 change on.
func (p periodInfo) Scope() string {
	if p.Year <= 2018 {
		return "2017"
	}
	return "2019"
}

// RuleSet is the supervision rule set (calc.RuleSets) for the period: "2021"
// for 2021–2022 (conversations only, offers suspended), "2023" from 2023, and
// "2020" (conversations and offers) up to 2020, the earliest preset there is.
func (p periodInfo) RuleSet() string {
	switch {
	case p.Year >= 2023:
		return "2023"
	case p.Year >= 2021:
		return "2021"
	}
	return "2020"
}
