package text

import (
	"fmt"
	"sync"
)

// Charts are the words of the charts view, the map and the rank intervals.
// Measures is keyed by the map's measures ("pp", "rank", "change"), FileNames
// by the figures ("map", "funnel", …).

type Charts[T any] struct {
	Title, Lead, LeversTitle, LeversMore, Highlight, HighlightNone   T
	ScopeLabel, CaseloadFmt, CaseloadNone                            T
	AltTable, DownloadSVG, DownloadPNG, DownloadFmt, Drawing         T
	Computing                                                        T
	DrawFailedFmt, StandInSummary, ColMunicipality, ColRank, ColDiff T
	MapTitle, MapHelp, MeasureLegend, SkipMap                        T
	FunnelTitle, FunnelHelp                                          T
	IntervalsTitle, IntervalsHelpFmt                                 T
	MovesTitle, MovesHelp                                            T
	HistoryTitle, HistoryHelp, HistoryAdd, HistoryRemoveFmt          T
	HistoryChosen, HistoryDefault, HistoryFull                       T
	WhyTitle, WhyHelp, WhyNoFit, WhyReestimate, WhyAreaFmt           T
	VesselsTitle, VesselsHelp, VesselsWeighted, VesselsNoFP, LensOn  T
	UncertaintyLabel, UncertaintyHelp                                T
	StampIllustrative, StampOfficial, StampScenario                  T
	Measures                                                         map[string]T
	FileNames                                                        map[string]T
}

// chartsW is the section, Danish and English side by side.
var chartsW = sync.OnceValue(func() *Charts[W] {
	return &Charts[W]{
		Title:             W{"Diagrammer og kort", "Charts and map"},
		Lead:              W{"Alle diagrammer tegnes ud fra det samme resultat som ranglisten og følger med, når du ændrer et håndtag.", "Every chart is drawn from the same result as the ranking and follows along when you move a lever."},
		LeversTitle:       W{"Håndtag", "Levers"},
		LeversMore:        W{"Alle håndtag findes under Scenarie.", "All levers are under Scenario."},
		Highlight:         W{"Fremhæv kommune", "Highlight municipality"},
		HighlightNone:     W{"Ingen", "None"},
		ScopeLabel:        W{"Omfang", "Scope"},
		CaseloadFmt:       W{"Sagstal i %s: mål", "Caseload in %s: target"},
		CaseloadNone:      W{"Vælg en kommune for at ændre dens sagstal.", "Choose a municipality to change its caseload."},
		AltTable:          W{"Vis tallene som tabel", "Show the numbers as a table"},
		DownloadSVG:       W{"SVG", "SVG"},
		DownloadPNG:       W{"PNG", "PNG"},
		DownloadFmt:       W{"Hent %s som %s", "Download %s as %s"},
		Drawing:           W{"Tegner …", "Drawing …"},
		DrawFailedFmt:     W{"Diagrammerne kan ikke tegnes i denne browser (%s). Tallene står i tabellen.", "The charts cannot be drawn in this browser (%s). The figures are in the table."},
		StandInSummary:    W{"Placeringerne under scenariet, som diagrammet viser dem.", "The ranks under the scenario, as the chart shows them."},
		ColMunicipality:   W{"Kommune", "Municipality"},
		ColRank:           W{"Placering", "Rank"},
		ColDiff:           W{"Forskel (procentpoint)", "Difference (percentage points)"},
		Computing:         W{"Beregner usikkerhed …", "Computing uncertainty …"},
		MapTitle:          W{"Kort", "Map"},
		MapHelp:           W{"Hver firkant er en kommune, placeret omtrent hvor den ligger; hovedstadsområdet er forstørret, og Bornholm står for sig. Hold musen over en firkant eller gå til den med tabulatortasten for at se tallet; klik eller tryk Enter for at åbne kommunen.", "Each square is a municipality, placed roughly where it lies; the capital area is enlarged and Bornholm stands apart. Hover over a square or reach it with the Tab key to see its figure; click or press Enter to open the municipality."},
		MeasureLegend:     W{"Farv efter", "Colour by"},
		SkipMap:           W{"Spring kortets 98 kommuner over", "Skip the map's 98 municipalities"},
		FunnelTitle:       W{"Tragtplot", "Funnel plot"},
		FunnelHelp:        W{"Forskellen mellem faktisk og forventet andel mod antallet af 16–66-årige. Små kommuner svinger mere af ren tilfældighed; kun kommuner uden for tragten skiller sig tydeligt ud.", "The difference between actual and expected share against the number of residents aged 16–66. Small municipalities swing more by pure chance; only those outside the funnel clearly stand out."},
		IntervalsTitle:    W{"Placering med usikkerhed", "Rank with uncertainty"},
		IntervalsHelpFmt:  W{"Hver kommunes placering med det interval, den plausibelt kunne have fået (95 %%): de faktiske tal trækkes %s gange med tilfældig støj (overspredning φ = %s), og hver trækning rangeres.", "Each municipality's rank with the interval it plausibly could have had (95 %%): the actual figures are drawn %s times with random noise (overdispersion φ = %s) and every draw is ranked."},
		MovesTitle:        W{"Hvem flytter sig?", "Who moves?"},
		MovesHelp:         W{"Fra den officielle placering til scenariets. De største flytninger er farvet og navngivet.", "From the official rank to the scenario's. The largest moves are coloured and named."},
		HistoryTitle:      W{"Placering over tid", "Rank over time"},
		HistoryHelp:       W{"Placeringen i hver periode i datasættet med scenariets håndtag. En stiplet linje markerer en ændret opgørelse: placeringerne før og efter kan ikke sammenlignes direkte.", "The rank in every period of the dataset under the scenario's levers. A dashed line marks a change of scope: ranks before and after are not directly comparable."},
		HistoryAdd:        W{"Tilføj kommune", "Add municipality"},
		HistoryRemoveFmt:  W{"Fjern %s", "Remove %s"},
		HistoryChosen:     W{"Valgte kommuner", "Chosen municipalities"},
		HistoryDefault:    W{"Uden et valg vises den fremhævede kommune og de fire største.", "Without a choice the highlighted municipality and the four largest are shown."},
		HistoryFull:       W{"Der kan højst vises 8 kommuner.", "At most 8 municipalities can be shown."},
		WhyTitle:          W{"Hvorfor denne forventning?", "Why this expected share?"},
		WhyHelp:           W{"Den genberegnede forventede andel delt op i hvert rammevilkårs bidrag, fra landsgennemsnittet til kommunens forventning.", "The re-estimated expected share split into each framework condition's contribution, from the national average to the municipality's expected share."},
		WhyNoFit:          W{"Det forventede niveau er ministeriets eget tal og kan ikke deles op. Slå genberegningen til for at se hvert rammevilkårs bidrag.", "The expected level is the Ministry's own figure and cannot be split up. Switch re-estimation on to see each framework condition's contribution."},
		WhyReestimate:     W{"Genberegn forventet", "Re-estimate expected"},
		WhyAreaFmt:        W{"Område: %s", "Area: %s"},
		VesselsTitle:      W{"Forbundne kar", "Connected vessels"},
		VesselsHelp:       W{"Hver kommunes afvigelse på kontanthjælp mod dens afvigelse på førtidspension. En faldende linje betyder, at færre på kontanthjælp end forventet går sammen med flere på førtidspension.", "Each municipality's deviation on social assistance against its deviation on disability pension. A falling line means that fewer on social assistance than expected goes with more on disability pension."},
		VesselsWeighted:   W{"Vægt efter indbyggertal", "Weight by population"},
		VesselsNoFP:       W{"Datasættet har ingen tal for førtidspension. Slå linsen for forbundne kar til for at regne med en antaget sammenhæng.", "The dataset has no disability pension figures. Switch the connected-vessels lens on to work with an assumed relation."},
		LensOn:            W{"Slå linsen til", "Switch the lens on"},
		UncertaintyLabel:  W{"Vis usikkerhed", "Show uncertainty"},
		UncertaintyHelp:   W{"Plausibelt interval for hver placering (95 %)", "Plausible interval for each rank (95 %)"},
		StampIllustrative: W{"Eksempeldata", "Illustrative data"},
		StampOfficial:     W{"officiel model", "official model"},
		StampScenario:     W{"scenarie", "scenario"},
		Measures: map[string]W{
			"pp":     {"Forskel i procentpoint", "Difference in percentage points"},
			"rank":   {"Placering", "Rank"},
			"change": {"Ændring i placering", "Change in rank"},
		},
		FileNames: map[string]W{
			"map":       {"kort", "map"},
			"funnel":    {"tragtplot", "funnel-plot"},
			"intervals": {"usikkerhed", "rank-intervals"},
			"moves":     {"flytninger", "who-moves"},
			"history":   {"placering-over-tid", "rank-history"},
			"why":       {"forventning", "why-expected"},
			"vessels":   {"forbundne-kar", "connected-vessels"},
		},
	}
})

var chartsBook = newBook[Charts[W], Charts[string]](chartsW)

// ChartText is the Charts section in one language with its wording helpers.
type ChartText struct {
	*Charts[string]
	lang Lang
}

// ChartMsg returns the charts' words in lang.
func ChartMsg(lang Lang) ChartText { return ChartText{chartsBook.in(lang), lang} }

// Lang is the language of the texts.
func (t ChartText) Lang() Lang { return t.lang }

// Download names a download button for a chart ("Hent tragtplot som SVG").
func (t ChartText) Download(what, format string) string {
	return fmt.Sprintf(t.DownloadFmt, what, format)
}

// HistoryRemove labels the button that takes a municipality off the rank
// history.
func (t ChartText) HistoryRemove(name string) string { return fmt.Sprintf(t.HistoryRemoveFmt, name) }

// Caseload labels the caseload slider of the charts view.
func (t ChartText) Caseload(name string) string { return fmt.Sprintf(t.CaseloadFmt, name) }

// IntervalsHelp explains the rank intervals with their draws and φ (phi as
// formatted).
func (t ChartText) IntervalsHelp(draws int, phi string) string {
	return fmt.Sprintf(t.IntervalsHelpFmt, Number(float64(draws), 0, t.lang), phi)
}

// DrawFailed says that the drawing worker failed, and why.
func (t ChartText) DrawFailed(why string) string { return fmt.Sprintf(t.DrawFailedFmt, why) }

// WhyArea says which area the waterfall explains.
func (t ChartText) WhyArea(area string) string { return fmt.Sprintf(t.WhyAreaFmt, area) }
