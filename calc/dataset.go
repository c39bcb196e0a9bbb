// Package calc is the benchmark model: the Ministry of Employment's ranking of
// the 98 municipalities by actual versus expected full-time persons on public
// support, its potential in kroner, the supervision rules, and the scenario
// levers and uncertainty the simulator adds on top.
//
// calc is pure Go (plus gonum/mat): no I/O beyond what callers hand it, no
// syscall/js. The command line and the browser call the same functions, so a
// number in the browser can be checked from the command line.
package calc

import (
	"fmt"
	"math"
	"slices"
)

// Area is a benefit area (ydelsesområde), or the total.
type Area int

// The benefit areas. Total, DP, KTH and SYG are the official ones; FP
// (førtidspension) and Flex (fleksjob) are not counted officially but can be
// added by a scenario.
const (
	Total Area = iota
	DP
	KTH
	SYG
	FP
	Flex
	NumAreas
)

// OfficialAreas are the areas summed into the official total.
var OfficialAreas = []Area{DP, KTH, SYG}

// Areas lists every area except Total, in display order.
var Areas = []Area{DP, KTH, SYG, FP, Flex}

var areaIDs = [NumAreas]string{"total", "dp", "kth", "syg", "fp", "flex"}

// ID is the short identifier used in URLs, files and the command line.
func (a Area) ID() string {
	if a < 0 || a >= NumAreas {
		return fmt.Sprintf("area(%d)", int(a))
	}
	return areaIDs[a]
}

func (a Area) String() string { return a.ID() }

// ParseArea reads an area identifier ("total", "dp", "kth", "syg", "fp", "flex").
func ParseArea(s string) (Area, error) {
	for i, id := range areaIDs {
		if id == s {
			return Area(i), nil
		}
	}
	return 0, fmt.Errorf("unknown area %q (want total, dp, kth, syg, fp or flex)", s)
}

// Jobindsats labels of the areas (Ydelsesgrupper).
var AreaLabels = [NumAreas]string{
	"Ydelsesgrupper i alt", "A-dagpenge mv.", "Kontanthjælp mv.", "Sygedagpenge mv.",
	"Førtidspension", "Fleksjob",
}

// Provenance says where a dataset comes from.
type Provenance struct {
	Name         string // short name shown in the UI, e.g. "Eksempeldata (syntetiske tal)"
	Source       string // where the figures come from
	Note         string // free text: caveats, how it was made
	Illustrative bool   // true when the figures are not the official ones
	// An imported file's facts, for the text catalogue to word: its format
	// ("JSON API", "JSON lines", "CSV"), its data rows, whether the
	// population was derived as expected / expected share, and whether the
	// total was summed from the areas for want of its own rows.
	Format            string `json:",omitempty"`
	Rows              int    `json:",omitempty"`
	PopulationDerived bool   `json:",omitempty"`
	TotalSynthesized  bool   `json:",omitempty"`
}

// Municipality is one of the 98 municipalities (or any benchmarked unit).
type Municipality struct {
	Code   int    // kommunekode, e.g. 101 for København; 0 when unknown
	Name   string // as Jobindsats spells it
	Region string // e.g. "Region Hovedstaden"; empty when unknown
}

// Covariate describes one framework-condition variable (rammevilkår).
type Covariate struct {
	ID          string // short identifier used in URLs
	Label       string // Danish label
	LabelEN     string // English label
	Unit        string // e.g. "pct.", "km"
	Description string // what it stands for
}

// Figures are one area's numbers for one municipality in one period.
type Figures struct {
	Known    bool    // false when the data has nothing for this area
	Actual   float64 // actual full-time persons
	Expected float64 // expected full-time persons (0 with HasExpected false: none published)
	// HasExpected is false for areas without an official expected number
	// (typically fp and flex in imported data); a scenario then re-estimates it.
	HasExpected bool
	// Published shares in pct. of the 16–66 population, when the data has them.
	// The baseline difference uses them: the published counts are rounded to 10.
	HasShares     bool
	ActualShare   float64
	ExpectedShare float64
	PublishedRank int // 1..n, 0 when unknown
}

// Fokus are the focus-target (fokusmål) figures of a municipality.
type Fokus struct {
	Known         bool
	Conversations float64 // pct. of long-term recipients with at least 4 conversations in 12 months
	Offers        float64 // pct. with at least one offer or 225 hours of work in 12 months
}

// Row holds one municipality's figures in one period.
type Row struct {
	Population float64 // residents aged 16–66
	// PopulationDerived is true when the population was derived as expected /
	// expected share (imprecise for the smallest municipalities).
	PopulationDerived bool
	Areas             [NumAreas]Figures
	// KTH2017Excluded are the full-time persons on ledighedsydelse and
	// ressourceforløbsydelse, which the 2017 scope left out of kth
	// (Known false when the data has no sub-benefits).
	KTH2017Excluded Figures
	Covariates      []float64         // one per Dataset.Covariates; nil when none
	Caseload        [NumAreas]float64 // cases per caseworker; 0 when unknown
	Fokus           Fokus
}

// Period is one published list: a 12-month window.
type Period struct {
	Code  string // Jobindsats code, e.g. "2021QMAT02"
	Label string // human label, e.g. "3. kvt. 2020 – 2. kvt. 2021"
	// Scope is the official scope of this list: "2017" (kth without
	// ledighedsydelse and ressourceforløbsydelse) or "2019" (from spring 2019).
	Scope string
	// RuleSet is the supervision rule set that applied (see RuleSets).
	RuleSet string
	Rows    []Row // one per Dataset.Municipalities, same order
}

// Dataset is everything the model runs on.
type Dataset struct {
	Provenance     Provenance
	Municipalities []Municipality
	Covariates     []Covariate
	Periods        []Period // oldest first
}

// PeriodIndex returns the index of the period with the given code, or -1.
func (d *Dataset) PeriodIndex(code string) int {
	return slices.IndexFunc(d.Periods, func(p Period) bool { return p.Code == code })
}

// MunicipalityIndex returns the index of the municipality with the given
// code, or -1.
func (d *Dataset) MunicipalityIndex(code int) int {
	return slices.IndexFunc(d.Municipalities, func(m Municipality) bool { return m.Code == code })
}

// MunicipalityByName returns the index of the municipality with the given
// name, or -1.
func (d *Dataset) MunicipalityByName(name string) int {
	return slices.IndexFunc(d.Municipalities, func(m Municipality) bool { return m.Name == name })
}

// HasArea reports whether the period has figures for the area in every row.
func (p *Period) HasArea(a Area) bool {
	if len(p.Rows) == 0 {
		return false
	}
	for i := range p.Rows {
		if !p.Rows[i].Areas[a].Known {
			return false
		}
	}
	return true
}

// Validate checks the dataset's structure and returns the first problem found.
func (d *Dataset) Validate() error {
	n := len(d.Municipalities)
	if n == 0 {
		return fmt.Errorf("dataset has no municipalities")
	}
	if len(d.Periods) == 0 {
		return fmt.Errorf("dataset has no periods")
	}
	seen := map[string]bool{}
	for _, m := range d.Municipalities {
		if m.Name == "" {
			return fmt.Errorf("a municipality has no name")
		}
		if seen[m.Name] {
			return fmt.Errorf("municipality %q appears twice", m.Name)
		}
		seen[m.Name] = true
	}
	for _, p := range d.Periods {
		if len(p.Rows) != n {
			return fmt.Errorf("period %s has %d rows, want %d", p.Code, len(p.Rows), n)
		}
		for i := range p.Rows {
			r := &p.Rows[i]
			name := d.Municipalities[i].Name
			if !(r.Population > 0) || math.IsInf(r.Population, 0) {
				return fmt.Errorf("period %s, %s: population 16–66 must be positive (got %v)", p.Code, name, r.Population)
			}
			for _, a := range OfficialAreas {
				if !r.Areas[a].Known {
					return fmt.Errorf("period %s, %s: area %s is missing", p.Code, name, a)
				}
			}
			if r.Covariates != nil && len(r.Covariates) != len(d.Covariates) {
				return fmt.Errorf("period %s, %s: %d covariates, want %d", p.Code, name, len(r.Covariates), len(d.Covariates))
			}
			for a := Area(0); a < NumAreas; a++ {
				f := r.Areas[a]
				if !f.Known {
					continue
				}
				for _, v := range []float64{f.Actual, f.Expected, f.ActualShare, f.ExpectedShare} {
					if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
						return fmt.Errorf("period %s, %s, area %s: invalid value %v", p.Code, name, a, v)
					}
				}
			}
		}
	}
	return nil
}
