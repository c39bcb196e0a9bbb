package ui

import (
	"fmt"
)

// ChartTexts are the words of the charts view, the map and the rank
// intervals in one language. Like Texts, every Danish field has an English
// counterpart (a test checks that none is empty).
type ChartTexts struct {
	lang string

	Title, Lead, LeversTitle, LeversMore, Highlight, HighlightNone   string
	ScopeLabel, CaseloadFmt, CaseloadNone                            string
	AltTable, DownloadSVG, DownloadPNG, DownloadFmt, Drawing         string
	Computing                                                        string
	DrawFailedFmt, StandInSummary, ColMunicipality, ColRank, ColDiff string
	MapTitle, MapHelp, MeasureLegend, SkipMap                        string
	FunnelTitle, FunnelHelp                                          string
	IntervalsTitle, IntervalsHelpFmt                                 string
	MovesTitle, MovesHelp                                            string
	HistoryTitle, HistoryHelp, HistoryAdd, HistoryRemoveFmt          string
	HistoryChosen, HistoryDefault, HistoryFull                       string
	WhyTitle, WhyHelp, WhyNoFit, WhyReestimate, WhyAreaFmt           string
	VesselsTitle, VesselsHelp, VesselsWeighted, VesselsNoFP, LensOn  string
	UncertaintyLabel, UncertaintyHelp                                string
	StampIllustrative, StampOfficial, StampScenario                  string
	Measures                                                         map[string]string
	FileNames                                                        map[string]string
}

// ChartMsg returns the charts' texts in a language (Danish for anything but
// "en").
func ChartMsg(lang string) *ChartTexts {
	if lang == LangEN {
		return &chartEN
	}
	return &chartDA
}

// Download names a download button for a chart ("Hent tragtplot som SVG").
func (t *ChartTexts) Download(what, format string) string {
	return fmt.Sprintf(t.DownloadFmt, what, format)
}

// HistoryRemove labels the button that takes a municipality off the rank
// history.
func (t *ChartTexts) HistoryRemove(name string) string { return fmt.Sprintf(t.HistoryRemoveFmt, name) }

// Caseload labels the caseload slider of the charts view.
func (t *ChartTexts) Caseload(name string) string { return fmt.Sprintf(t.CaseloadFmt, name) }

// IntervalsHelp explains the rank intervals with their draws and φ.
func (t *ChartTexts) IntervalsHelp(draws int, phi float64) string {
	return fmt.Sprintf(t.IntervalsHelpFmt, FormatInt(draws, t.lang), FormatNumber(phi, decimalsOf(phi), t.lang))
}

// DrawFailed says that the drawing worker failed, and why.
func (t *ChartTexts) DrawFailed(why string) string { return fmt.Sprintf(t.DrawFailedFmt, why) }

// WhyArea says which area the waterfall explains.
func (t *ChartTexts) WhyArea(area string) string { return fmt.Sprintf(t.WhyAreaFmt, area) }

var chartDA = ChartTexts{
	lang:              LangDA,
	Title:             "Diagrammer og kort",
	Lead:              "Alle diagrammer tegnes ud fra det samme resultat som ranglisten og følger med, når du ændrer et håndtag.",
	LeversTitle:       "Håndtag",
	LeversMore:        "Alle håndtag findes under Scenarie.",
	Highlight:         "Fremhæv kommune",
	HighlightNone:     "Ingen",
	ScopeLabel:        "Omfang",
	CaseloadFmt:       "Sagstal i %s: mål",
	CaseloadNone:      "Vælg en kommune for at ændre dens sagstal.",
	AltTable:          "Vis tallene som tabel",
	DownloadSVG:       "SVG",
	DownloadPNG:       "PNG",
	DownloadFmt:       "Hent %s som %s",
	Drawing:           "Tegner …",
	DrawFailedFmt:     "Diagrammerne kan ikke tegnes i denne browser (%s). Tallene står i tabellen.",
	StandInSummary:    "Placeringerne under scenariet, som diagrammet viser dem.",
	ColMunicipality:   "Kommune",
	ColRank:           "Placering",
	ColDiff:           "Forskel (procentpoint)",
	Computing:         "Beregner usikkerhed …",
	MapTitle:          "Kort",
	MapHelp:           "Hver firkant er en kommune, placeret omtrent hvor den ligger; hovedstadsområdet er forstørret, og Bornholm står for sig. Hold musen over en firkant eller gå til den med tabulatortasten for at se tallet; klik eller tryk Enter for at åbne kommunen.",
	MeasureLegend:     "Farv efter",
	SkipMap:           "Spring kortets 98 kommuner over",
	FunnelTitle:       "Tragtplot",
	FunnelHelp:        "Forskellen mellem faktisk og forventet andel mod antallet af 16–66-årige. Små kommuner svinger mere af ren tilfældighed; kun kommuner uden for tragten skiller sig tydeligt ud.",
	IntervalsTitle:    "Placering med usikkerhed",
	IntervalsHelpFmt:  "Hver kommunes placering med det interval, den plausibelt kunne have fået (95 %%): de faktiske tal trækkes %s gange med tilfældig støj (overspredning φ = %s), og hver trækning rangeres.",
	MovesTitle:        "Hvem flytter sig?",
	MovesHelp:         "Fra den officielle placering til scenariets. De største flytninger er farvet og navngivet.",
	HistoryTitle:      "Placering over tid",
	HistoryHelp:       "Placeringen i hver periode i datasættet med scenariets håndtag. En stiplet linje markerer en ændret opgørelse: placeringerne før og efter kan ikke sammenlignes direkte.",
	HistoryAdd:        "Tilføj kommune",
	HistoryRemoveFmt:  "Fjern %s",
	HistoryChosen:     "Valgte kommuner",
	HistoryDefault:    "Uden et valg vises den fremhævede kommune og de fire største.",
	HistoryFull:       "Der kan højst vises 8 kommuner.",
	WhyTitle:          "Hvorfor denne forventning?",
	WhyHelp:           "Den genberegnede forventede andel delt op i hvert rammevilkårs bidrag, fra landsgennemsnittet til kommunens forventning.",
	WhyNoFit:          "Det forventede niveau er ministeriets eget tal og kan ikke deles op. Slå genberegningen til for at se hvert rammevilkårs bidrag.",
	WhyReestimate:     "Genberegn forventet",
	WhyAreaFmt:        "Område: %s",
	VesselsTitle:      "Forbundne kar",
	VesselsHelp:       "Hver kommunes afvigelse på kontanthjælp mod dens afvigelse på førtidspension. En faldende linje betyder, at færre på kontanthjælp end forventet går sammen med flere på førtidspension.",
	VesselsWeighted:   "Vægt efter indbyggertal",
	VesselsNoFP:       "Datasættet har ingen tal for førtidspension. Slå linsen for forbundne kar til for at regne med en antaget sammenhæng.",
	LensOn:            "Slå linsen til",
	UncertaintyLabel:  "Vis usikkerhed",
	UncertaintyHelp:   "Plausibelt interval for hver placering (95 %)",
	StampIllustrative: "Eksempeldata",
	StampOfficial:     "officiel model",
	StampScenario:     "scenarie",
	Measures: map[string]string{measurePP: "Forskel i procentpoint", measureRank: "Placering",
		measureChange: "Ændring i placering"},
	FileNames: map[string]string{figMap: "kort", figFunnel: "tragtplot", figIntervals: "usikkerhed",
		figMoves: "flytninger", figHistory: "placering-over-tid", figWhy: "forventning", figVessels: "forbundne-kar"},
}

var chartEN = ChartTexts{
	lang:              LangEN,
	Title:             "Charts and map",
	Lead:              "Every chart is drawn from the same result as the ranking and follows along when you move a lever.",
	LeversTitle:       "Levers",
	LeversMore:        "All levers are under Scenario.",
	Highlight:         "Highlight municipality",
	HighlightNone:     "None",
	ScopeLabel:        "Scope",
	CaseloadFmt:       "Caseload in %s: target",
	CaseloadNone:      "Choose a municipality to change its caseload.",
	AltTable:          "Show the numbers as a table",
	DownloadSVG:       "SVG",
	DownloadPNG:       "PNG",
	DownloadFmt:       "Download %s as %s",
	Drawing:           "Drawing …",
	DrawFailedFmt:     "The charts cannot be drawn in this browser (%s). The figures are in the table.",
	StandInSummary:    "The ranks under the scenario, as the chart shows them.",
	ColMunicipality:   "Municipality",
	ColRank:           "Rank",
	ColDiff:           "Difference (percentage points)",
	Computing:         "Computing uncertainty …",
	MapTitle:          "Map",
	MapHelp:           "Each square is a municipality, placed roughly where it lies; the capital area is enlarged and Bornholm stands apart. Hover over a square or reach it with the Tab key to see its figure; click or press Enter to open the municipality.",
	MeasureLegend:     "Colour by",
	SkipMap:           "Skip the map's 98 municipalities",
	FunnelTitle:       "Funnel plot",
	FunnelHelp:        "The difference between actual and expected share against the number of residents aged 16–66. Small municipalities swing more by pure chance; only those outside the funnel clearly stand out.",
	IntervalsTitle:    "Rank with uncertainty",
	IntervalsHelpFmt:  "Each municipality's rank with the interval it plausibly could have had (95 %%): the actual figures are drawn %s times with random noise (overdispersion φ = %s) and every draw is ranked.",
	MovesTitle:        "Who moves?",
	MovesHelp:         "From the official rank to the scenario's. The largest moves are coloured and named.",
	HistoryTitle:      "Rank over time",
	HistoryHelp:       "The rank in every period of the dataset under the scenario's levers. A dashed line marks a change of scope: ranks before and after are not directly comparable.",
	HistoryAdd:        "Add municipality",
	HistoryRemoveFmt:  "Remove %s",
	HistoryChosen:     "Chosen municipalities",
	HistoryDefault:    "Without a choice the highlighted municipality and the four largest are shown.",
	HistoryFull:       "At most 8 municipalities can be shown.",
	WhyTitle:          "Why this expected share?",
	WhyHelp:           "The re-estimated expected share split into each framework condition's contribution, from the national average to the municipality's expected share.",
	WhyNoFit:          "The expected level is the Ministry's own figure and cannot be split up. Switch re-estimation on to see each framework condition's contribution.",
	WhyReestimate:     "Re-estimate expected",
	WhyAreaFmt:        "Area: %s",
	VesselsTitle:      "Connected vessels",
	VesselsHelp:       "Each municipality's deviation on social assistance against its deviation on disability pension. A falling line means that fewer on social assistance than expected goes with more on disability pension.",
	VesselsWeighted:   "Weight by population",
	VesselsNoFP:       "The dataset has no disability pension figures. Switch the connected-vessels lens on to work with an assumed relation.",
	LensOn:            "Switch the lens on",
	UncertaintyLabel:  "Show uncertainty",
	UncertaintyHelp:   "Plausible interval for each rank (95 %)",
	StampIllustrative: "Illustrative data",
	StampOfficial:     "official model",
	StampScenario:     "scenario",
	Measures: map[string]string{measurePP: "Difference in percentage points", measureRank: "Rank",
		measureChange: "Change in rank"},
	FileNames: map[string]string{figMap: "map", figFunnel: "funnel-plot", figIntervals: "rank-intervals",
		figMoves: "who-moves", figHistory: "rank-history", figWhy: "why-expected", figVessels: "connected-vessels"},
}

// The charts view registers its tab with the
// app's texts, so that text.go need not know about them.
func init() {
	da.Tabs[TabCharts] = "Diagrammer"
	en.Tabs[TabCharts] = "Charts"
}
