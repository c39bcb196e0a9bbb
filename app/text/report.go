package text

import (
	"fmt"
	"strconv"
	"sync"

	"benchsim/calc"
)

// areaShort name the areas as the table, the exports and the app's menus do.
var areaShort = sync.OnceValue(func() map[calc.Area]W {
	return map[calc.Area]W{
		calc.Total: {"I alt", "Total"},
		calc.DP:    {"A-dagpenge mv.", "Unemployment benefit"},
		calc.KTH:   {"Kontanthjælp mv.", "Social assistance"},
		calc.SYG:   {"Sygedagpenge mv.", "Sickness benefit"},
		calc.FP:    {"Førtidspension", "Disability pension"},
		calc.Flex:  {"Fleksjob", "Flexi-jobs"},
	}
})

// AreaName names an area in lang as the table and the menus do (Area is
// the longer name of sentences).
func AreaName(a calc.Area, lang Lang) string { return areaShort()[a].In(lang) }

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

// statusShort are the supervision statuses in a table cell.
var statusShort = struct{ ResultOnlyKnown, NoneKnown, Inspiration, Risk, ResultOnly, FokusOnly W }{
	W{"Resultatmål opfyldt, fokusmål ukendt", "Result target met, focus target unknown"},
	W{"Resultatmål ikke opfyldt, fokusmål ukendt", "Result target not met, focus target unknown"},
	W{"Inspiration", "Inspiration"},
	W{"Risiko", "At risk"},
	W{"Kun resultatmål", "Result target only"},
	W{"Kun fokusmål", "Focus target only"},
}

// StatusShort is the supervision status in a table cell.
func StatusShort(s calc.Status, lang Lang) string {
	switch {
	case !s.FokusKnown && s.ResultMet:
		return statusShort.ResultOnlyKnown.In(lang)
	case !s.FokusKnown:
		return statusShort.NoneKnown.In(lang)
	case s.Inspiration:
		return statusShort.Inspiration.In(lang)
	case s.Risk:
		return statusShort.Risk.In(lang)
	case s.ResultMet:
		return statusShort.ResultOnly.In(lang)
	case s.FokusKnown && s.FokusMet:
		return statusShort.FokusOnly.In(lang)
	}
	return "–"
}

// Export are the words of the CSV exports (app/report).
var Export = struct {
	Dataset, Source, Period, Area, Scenario, Illustrative, Banner, Yes, No W
	FullHeader                                                             []W
}{
	Dataset:      W{"Datasæt", "Dataset"},
	Source:       W{"Kilde", "Source"},
	Period:       W{"Periode", "Period"},
	Area:         W{"Ydelsesområde", "Benefit area"},
	Scenario:     W{"Scenarie", "Scenario"},
	Illustrative: W{"Eksempeldata", "Illustrative data"},
	Banner: W{"Eksempeldata — ikke de officielle tal; importér Jobindsats Y30R21 for de rigtige tal.",
		"Illustrative data — not the official figures; import Jobindsats Y30R21 for the real figures."},
	Yes: W{"ja", "yes"},
	No:  W{"nej", "no"},
	// FullHeader is the header row of the full-result export.
	FullHeader: []W{
		{"Kommunekode", "Municipality code"}, {"Kommune", "Municipality"}, {"Region", "Region"},
		{"Ydelsesområde", "Benefit area"}, {"Befolkning 16-66", "Population 16-66"},
		{"Faktisk", "Actual"}, {"Forventet", "Expected"},
		{"Personer (faktisk - forventet)", "Persons (actual - expected)"},
		{"Faktisk andel (pct.)", "Actual share (pct.)"}, {"Forventet andel (pct.)", "Expected share (pct.)"},
		{"Procentpoint", "Percentage points"}, {"Placering", "Rank"},
		{"Procentpoint (officiel)", "Percentage points (official)"}, {"Placering (officiel)", "Rank (official)"},
		{"Ændring", "Change"}, {"Offentliggjort placering", "Published rank"}, {"Potentiale (kr.)", "Potential (DKK)"},
		{"Resultatmål", "Result target"}, {"Fokusmål", "Focus target"}, {"Tilsyn", "Supervision"},
	},
}

// areaFigure name the areas in the figures' titles.
var areaFigure = [calc.NumAreas]W{
	{"Ydelsesgrupper i alt", "All benefit groups"},
	{"A-dagpenge mv.", "Unemployment benefits (dp)"},
	{"Kontanthjælp mv.", "Social assistance (kth)"},
	{"Sygedagpenge mv.", "Sickness benefits (syg)"},
	{"Førtidspension", "Disability pension (fp)"},
	{"Fleksjob", "Flexi-jobs"},
}

// FigureAreaName names an area in a figure's title.
func FigureAreaName(a calc.Area, lang Lang) string {
	if a < 0 || a >= calc.NumAreas {
		return a.ID()
	}
	return areaFigure[a].In(lang)
}
