package text

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"benchsim/calc"
)

// Compare is the words of the comparison, the saved scenarios, the
// headline, the caseload reform, the price presets and the paragraph in
// words.

type Compare[T any] struct {
	CompareTitle, CompareLead, CompareEmpty, ChosenTitle, TakeOut, AddCurrent T
	UpToFmt, QueryLabel, ExportCompare, WhoMoves, CaptionFmt, FileName        T
	CompareFailedFmt, CurrentScenario, FullFmt, OtherDataset                  T
	AreaFallbackFmt, QuoteFmt, OfficialModel                                  T

	SavedTitle, SaveLabel, SavePlaceholder, Save, NotSavedFmt, NoneSaved T
	DeletedFmt, Undo, Open, AddToCompare, Rename, Duplicate, Delete      T
	Scenario, CopySuffix                                                 T

	HeadlineLabel, Place, Places, NoRows, MioKr T

	ReformTitle, ReformHelp, ReformWho, AllMunicipalities, ReformApply, ReformItemFmt T
	National, TotalsCaptionFmt, CasesLabel, FromTo, DefaultStar                       T

	UseTeaching, ToPrices, PresetsLabel, SourceAndCaveat T

	InWords, WeightsTitle, ShowCases, HideCases T
}

// compareW is the section, Danish and English side by side.
var compareW = Compare[W]{
	CompareTitle:      W{"Sammenlign scenarier", "Compare scenarios"},
	CompareLead:       W{"Den officielle model og op til tre scenarier side om side: hver kommunes placering i hvert, ændringen mod den officielle, og hvor mange der flytter sig. Sammenligningen står i adressen, så et delt link viser den samme.", "The official model and up to three scenarios side by side: each municipality's rank in each, the change against the official one, and how many move. The comparison is in the address, so a shared link shows the same."},
	CompareEmpty:      W{"Vælg et gemt scenarie eller tilføj det aktuelle for at sammenligne det med den officielle model.", "Pick a saved scenario or add the current one to compare it with the official model."},
	ChosenTitle:       W{"I sammenligningen", "In the comparison"},
	TakeOut:           W{"Tag ud", "Take out"},
	AddCurrent:        W{"Tilføj det aktuelle scenarie", "Add the current scenario"},
	UpToFmt:           W{"Op til %d scenarier ad gangen.", "Up to %d scenarios at a time."},
	QueryLabel:        W{"Scenarie", "Scenario"},
	ExportCompare:     W{"CSV: sammenligningen", "CSV: the comparison"},
	WhoMoves:          W{"Hvem flytter sig (5 pladser eller mere; ▲ op, ▼ ned)", "Who moves (5 places or more; ▲ up, ▼ down)"},
	CaptionFmt:        W{"Sammenligning: %s, %s. Tryk på en kolonneoverskrift for at sortere.", "Comparison: %s, %s. Press a column heading to sort."},
	FileName:          W{"sammenligning", "comparison"},
	CompareFailedFmt:  W{"Sammenligningen kan ikke beregnes: %s", "The comparison cannot be computed: %s"},
	CurrentScenario:   W{"Aktuelt scenarie", "Current scenario"},
	FullFmt:           W{"Sammenligningen har allerede %d scenarier.", "The comparison already has %d scenarios."},
	OtherDataset:      W{"lavet på et andet datasæt", "made on another dataset"},
	AreaFallbackFmt:   W{"%s: ingen tal for området %s – sammenligningen viser derfor alle ydelsesgrupper i alt.", "%s: no figures for the area %s – the comparison therefore shows all benefit groups in total."},
	QuoteFmt:          W{"«%s»", "“%s”"},
	OfficialModel:     W{"den officielle model", "the official model"},
	SavedTitle:        W{"Gemte scenarier", "Saved scenarios"},
	SaveLabel:         W{"Gem det aktuelle scenarie som", "Save the current scenario as"},
	SavePlaceholder:   W{"fx KL's forslag", "e.g. KL's proposal"},
	Save:              W{"Gem", "Save"},
	NotSavedFmt:       W{"Scenariet kunne ikke gemmes i browseren: %s", "The scenario could not be saved in the browser: %s"},
	NoneSaved:         W{"Ingen gemte scenarier endnu. De gemmes i denne browser og virker offline.", "No saved scenarios yet. They are kept in this browser and work offline."},
	DeletedFmt:        W{"«%s» er slettet.", "“%s” was deleted."},
	Undo:              W{"Fortryd", "Undo"},
	Open:              W{"Åbn", "Open"},
	AddToCompare:      W{"Sammenlign", "Compare"},
	Rename:            W{"Omdøb", "Rename"},
	Duplicate:         W{"Kopiér", "Duplicate"},
	Delete:            W{"Slet", "Delete"},
	Scenario:          W{"Scenarie", "Scenario"},
	CopySuffix:        W{"(kopi)", "(copy)"},
	HeadlineLabel:     W{"Overblik: scenariet mod den officielle model", "At a glance: the scenario against the official model"},
	Place:             W{"plads", "rank"},
	Places:            W{"pladser", "places"},
	NoRows:            W{"Ingen kommuner.", "No municipalities."},
	MioKr:             W{"mio. kr.", "DKK m"},
	ReformTitle:       W{"Sagstalsreform for mange kommuner", "Caseload reform for many municipalities"},
	ReformHelp:        W{"Sæt et mål for sager pr. medarbejder for alle kommuner eller én region. Hver kommune starter fra sit nuværende sagstal (fra data eller den importerede skabelon, ellers standarden). En kommunes egen indtastning ovenfor går forud for reformen.", "Set a target of cases per caseworker for all municipalities or one region. Each municipality starts from its current caseload (from the data or the imported template, else the default). A municipality's own entry above overrides the reform."},
	ReformWho:         W{"Hvem", "Who"},
	AllMunicipalities: W{"Alle kommuner", "All municipalities"},
	ReformApply:       W{"Anvend reformen", "Apply the reform"},
	ReformItemFmt:     W{"%s: %s til %s sager pr. medarbejder", "%s: %s to %s cases per caseworker"},
	National:          W{"Hele landet", "Whole country"},
	TotalsCaptionFmt:  W{"Sagstal i alt pr. år (%s investeringscases)", "Caseload totals per year (%s investment cases)"},
	CasesLabel:        W{"Investeringscase pr. kommune", "Investment case per municipality"},
	FromTo:            W{"Sager pr. medarbejder", "Cases per caseworker"},
	DefaultStar:       W{"* Data har ikke kommunens nuværende sagstal: standarden er brugt.", "* The data has no current caseload for the municipality: the default is used."},
	UseTeaching:       W{"Brug undervisningspriserne", "Use the teaching prices"},
	ToPrices:          W{"Gå til priserne", "Go to the prices"},
	PresetsLabel:      W{"Prissæt med ét klik:", "Price presets, one click:"},
	SourceAndCaveat:   W{"Kilde og forbehold", "Source and caveat"},
	InWords:           W{"Resultatet i ord", "The result in words"},
	WeightsTitle:      W{"Vægte pr. område", "Weights by area"},
	ShowCases:         W{"Vis investeringscasen for hver af de %s kommuner", "Show the investment case of each of the %s municipalities"},
	HideCases:         W{"Skjul investeringscaserne", "Hide the investment cases"},
}

var compareBook = newBook[Compare[W], Compare[string]](func() *Compare[W] { return &compareW })

// CompareText is the Compare section in one language.
type CompareText struct {
	*Compare[string]
	lang Lang
}

// CompareMsg returns the comparison's words in lang.
func CompareMsg(lang Lang) CompareText { return CompareText{compareBook.in(lang), lang} }

// CompareFailed words why the comparison could not be computed.
func (c CompareText) CompareFailed(err error) string {
	return fmt.Sprintf(c.CompareFailedFmt, CalcError(err, string(c.lang)))
}

// AreaFallback says that the compared scenarios named (and, with
// official, the official model) lack area a, so that the comparison shows
// the total instead.
func (c CompareText) AreaFallback(names []string, official bool, a calc.Area) string {
	var who []string
	for _, n := range names {
		who = append(who, fmt.Sprintf(c.QuoteFmt, n))
	}
	if official {
		who = append(who, c.OfficialModel)
	}
	return fmt.Sprintf(c.AreaFallbackFmt, capitalize(and(who, c.lang)), Area(a, string(c.lang)))
}

// capitalize starts a sentence: its first letter in upper case.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
