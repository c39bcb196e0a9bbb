package report

import (
	"fmt"
	"strconv"

	"benchsim/calc"
)

// areaNames name the areas as the table, the exports and the app's menus do.
var areaNames = map[calc.Area]Words{
	calc.Total: {"I alt", "Total"},
	calc.DP:    {"A-dagpenge mv.", "Unemployment benefit"},
	calc.KTH:   {"Kontanthjælp mv.", "Social assistance"},
	calc.SYG:   {"Sygedagpenge mv.", "Sickness benefit"},
	calc.FP:    {"Førtidspension", "Disability pension"},
	calc.Flex:  {"Fleksjob", "Flexi-jobs"},
}

// AreaName names an area in lang.
func AreaName(a calc.Area, lang Lang) string { return areaNames[a].In(lang) }

// PeriodName names a period: the dataset's (Danish) label, or in English
// one made from the Jobindsats code ("2021QMAT02" → "Q3 2020 – Q2 2021",
// "2021QMAT04" → "2021").
func PeriodName(p *calc.Period, lang Lang) string {
	if lang != EN {
		return p.Label
	}
	var y, q int
	if n, _ := fmt.Sscanf(p.Code, "%4dQMAT%2d", &y, &q); n != 2 || q < 1 || q > 4 {
		return p.Label
	}
	if q == 4 {
		return strconv.Itoa(y)
	}
	return fmt.Sprintf("Q%d %d – Q%d %d", q+1, y-1, q, y)
}

// StatusShort is the supervision status in a table cell.
func StatusShort(s calc.Status, lang Lang) string {
	switch {
	case !s.FokusKnown && s.ResultMet:
		return Words{"Resultatmål opfyldt, fokusmål ukendt", "Result target met, focus target unknown"}.In(lang)
	case !s.FokusKnown:
		return Words{"Resultatmål ikke opfyldt, fokusmål ukendt", "Result target not met, focus target unknown"}.In(lang)
	case s.Inspiration:
		return Words{"Inspiration", "Inspiration"}.In(lang)
	case s.Risk:
		return Words{"Risiko", "At risk"}.In(lang)
	case s.ResultMet:
		return Words{"Kun resultatmål", "Result target only"}.In(lang)
	case s.FokusKnown && s.FokusMet:
		return Words{"Kun fokusmål", "Focus target only"}.In(lang)
	}
	return "–"
}

// The exports' words.
var (
	wDataset      = Words{"Datasæt", "Dataset"}
	wSource       = Words{"Kilde", "Source"}
	wPeriod       = Words{"Periode", "Period"}
	wArea         = Words{"Ydelsesområde", "Benefit area"}
	wScenario     = Words{"Scenarie", "Scenario"}
	wIllustrative = Words{"Eksempeldata", "Illustrative data"}
	wBanner       = Words{"Eksempeldata — ikke de officielle tal; importér Jobindsats Y30R21 for de rigtige tal.",
		"Illustrative data — not the official figures; import Jobindsats Y30R21 for the real figures."}
	wYes = Words{"ja", "yes"}
	wNo  = Words{"nej", "no"}
)

// fullHeader is the header row of the full-result export.
var fullHeader = []Words{
	{"Kommunekode", "Municipality code"}, {"Kommune", "Municipality"}, {"Region", "Region"},
	{"Ydelsesområde", "Benefit area"}, {"Befolkning 16-66", "Population 16-66"},
	{"Faktisk", "Actual"}, {"Forventet", "Expected"},
	{"Personer (faktisk - forventet)", "Persons (actual - expected)"},
	{"Faktisk andel (pct.)", "Actual share (pct.)"}, {"Forventet andel (pct.)", "Expected share (pct.)"},
	{"Procentpoint", "Percentage points"}, {"Placering", "Rank"},
	{"Procentpoint (officiel)", "Percentage points (official)"}, {"Placering (officiel)", "Rank (official)"},
	{"Ændring", "Change"}, {"Offentliggjort placering", "Published rank"}, {"Potentiale (kr.)", "Potential (DKK)"},
	{"Resultatmål", "Result target"}, {"Fokusmål", "Focus target"}, {"Tilsyn", "Supervision"},
}
