package ui

import (
	"fmt"

	"benchsim/app/text"
)

// CompareTexts are the words of the comparison, the saved scenarios, the
// headline, the caseload reform, the price presets and the paragraph in
// words (issue 13), in one language. Like Texts, every Danish field has its
// English counterpart (a test checks that none is empty).
type CompareTexts struct {
	CompareTitle, CompareLead, CompareEmpty, ChosenTitle, TakeOut, AddCurrent string
	UpToFmt, QueryLabel, ExportCompare, WhoMoves, CaptionFmt, FileName        string
	CompareFailedFmt, CurrentScenario, FullFmt, OtherDataset                  string

	SavedTitle, SaveLabel, SavePlaceholder, Save, NotSavedFmt, NoneSaved string
	DeletedFmt, Undo, Open, AddToCompare, Rename, Duplicate, Delete      string
	Scenario, CopySuffix                                                 string

	HeadlineLabel, Place, Places, NoRows, MioKr string

	ReformTitle, ReformHelp, ReformWho, AllMunicipalities, ReformApply, ReformItemFmt string
	National, TotalsCaptionFmt, CasesLabel, FromTo, DefaultStar                       string

	UseTeaching, ToPrices, PresetsLabel, SourceAndCaveat string

	InWords, WeightsTitle, ShowCases, HideCases string
}

// CmpMsg returns the texts of a language (Danish for anything but "en").
func CmpMsg(lang string) *CompareTexts {
	if lang == LangEN {
		return &cmpEN
	}
	return &cmpDA
}

// CompareFailed words why the comparison could not be computed.
func (c *CompareTexts) CompareFailed(err error, lang string) string {
	return fmt.Sprintf(c.CompareFailedFmt, text.CalcError(err, lang))
}

var cmpDA = CompareTexts{
	CompareTitle:     "Sammenlign scenarier",
	CompareLead:      "Den officielle model og op til tre scenarier side om side: hver kommunes placering i hvert, ændringen mod den officielle, og hvor mange der flytter sig. Sammenligningen står i adressen, så et delt link viser den samme.",
	CompareEmpty:     "Vælg et gemt scenarie eller tilføj det aktuelle for at sammenligne det med den officielle model.",
	ChosenTitle:      "I sammenligningen",
	TakeOut:          "Tag ud",
	AddCurrent:       "Tilføj det aktuelle scenarie",
	UpToFmt:          "Op til %d scenarier ad gangen.",
	QueryLabel:       "Scenarie",
	ExportCompare:    "CSV: sammenligningen",
	WhoMoves:         "Hvem flytter sig (5 pladser eller mere; ▲ op, ▼ ned)",
	CaptionFmt:       "Sammenligning: %s, %s. Tryk på en kolonneoverskrift for at sortere.",
	FileName:         "sammenligning",
	CompareFailedFmt: "Sammenligningen kan ikke beregnes: %s",
	CurrentScenario:  "Aktuelt scenarie",
	FullFmt:          "Sammenligningen har allerede %d scenarier.",
	OtherDataset:     "lavet på et andet datasæt",

	SavedTitle:      "Gemte scenarier",
	SaveLabel:       "Gem det aktuelle scenarie som",
	SavePlaceholder: "fx KL's forslag",
	Save:            "Gem",
	NotSavedFmt:     "Scenariet kunne ikke gemmes i browseren: %s",
	NoneSaved:       "Ingen gemte scenarier endnu. De gemmes i denne browser og virker offline.",
	DeletedFmt:      "«%s» er slettet.",
	Undo:            "Fortryd",
	Open:            "Åbn",
	AddToCompare:    "Sammenlign",
	Rename:          "Omdøb",
	Duplicate:       "Kopiér",
	Delete:          "Slet",
	Scenario:        "Scenarie",
	CopySuffix:      "(kopi)",

	HeadlineLabel: "Overblik: scenariet mod den officielle model",
	Place:         "plads",
	Places:        "pladser",
	NoRows:        "Ingen kommuner.",
	MioKr:         "mio. kr.",

	ReformTitle:       "Sagstalsreform for mange kommuner",
	ReformHelp:        "Sæt et mål for sager pr. medarbejder for alle kommuner eller én region. Hver kommune starter fra sit nuværende sagstal (fra data eller den importerede skabelon, ellers standarden). En kommunes egen indtastning ovenfor går forud for reformen.",
	ReformWho:         "Hvem",
	AllMunicipalities: "Alle kommuner",
	ReformApply:       "Anvend reformen",
	ReformItemFmt:     "%s: %s til %s sager pr. medarbejder",
	National:          "Hele landet",
	TotalsCaptionFmt:  "Sagstal i alt pr. år (%s investeringscases)",
	CasesLabel:        "Investeringscase pr. kommune",
	FromTo:            "Sager pr. medarbejder",
	DefaultStar:       "* Data har ikke kommunens nuværende sagstal: standarden er brugt.",

	UseTeaching:     "Brug undervisningspriserne",
	ToPrices:        "Gå til priserne",
	PresetsLabel:    "Prissæt med ét klik:",
	SourceAndCaveat: "Kilde og forbehold",

	InWords:      "Resultatet i ord",
	WeightsTitle: "Vægte pr. område",
	ShowCases:    "Vis investeringscasen for hver af de %s kommuner",
	HideCases:    "Skjul investeringscaserne",
}

var cmpEN = CompareTexts{
	CompareTitle:     "Compare scenarios",
	CompareLead:      "The official model and up to three scenarios side by side: each municipality's rank in each, the change against the official one, and how many move. The comparison is in the address, so a shared link shows the same.",
	CompareEmpty:     "Pick a saved scenario or add the current one to compare it with the official model.",
	ChosenTitle:      "In the comparison",
	TakeOut:          "Take out",
	AddCurrent:       "Add the current scenario",
	UpToFmt:          "Up to %d scenarios at a time.",
	QueryLabel:       "Scenario",
	ExportCompare:    "CSV: the comparison",
	WhoMoves:         "Who moves (5 places or more; ▲ up, ▼ down)",
	CaptionFmt:       "Comparison: %s, %s. Press a column heading to sort.",
	FileName:         "comparison",
	CompareFailedFmt: "The comparison cannot be computed: %s",
	CurrentScenario:  "Current scenario",
	FullFmt:          "The comparison already has %d scenarios.",
	OtherDataset:     "made on another dataset",

	SavedTitle:      "Saved scenarios",
	SaveLabel:       "Save the current scenario as",
	SavePlaceholder: "e.g. KL's proposal",
	Save:            "Save",
	NotSavedFmt:     "The scenario could not be saved in the browser: %s",
	NoneSaved:       "No saved scenarios yet. They are kept in this browser and work offline.",
	DeletedFmt:      "“%s” was deleted.",
	Undo:            "Undo",
	Open:            "Open",
	AddToCompare:    "Compare",
	Rename:          "Rename",
	Duplicate:       "Duplicate",
	Delete:          "Delete",
	Scenario:        "Scenario",
	CopySuffix:      "(copy)",

	HeadlineLabel: "At a glance: the scenario against the official model",
	Place:         "rank",
	Places:        "places",
	NoRows:        "No municipalities.",
	MioKr:         "DKK m",

	ReformTitle:       "Caseload reform for many municipalities",
	ReformHelp:        "Set a target of cases per caseworker for all municipalities or one region. Each municipality starts from its current caseload (from the data or the imported template, else the default). A municipality's own entry above overrides the reform.",
	ReformWho:         "Who",
	AllMunicipalities: "All municipalities",
	ReformApply:       "Apply the reform",
	ReformItemFmt:     "%s: %s to %s cases per caseworker",
	National:          "Whole country",
	TotalsCaptionFmt:  "Caseload totals per year (%s investment cases)",
	CasesLabel:        "Investment case per municipality",
	FromTo:            "Cases per caseworker",
	DefaultStar:       "* The data has no current caseload for the municipality: the default is used.",

	UseTeaching:     "Use the teaching prices",
	ToPrices:        "Go to the prices",
	PresetsLabel:    "Price presets, one click:",
	SourceAndCaveat: "Source and caveat",

	InWords:      "The result in words",
	WeightsTitle: "Weights by area",
	ShowCases:    "Show the investment case of each of the %s municipalities",
	HideCases:    "Hide the investment cases",
}

// The comparison view registers its tab with the app's texts.
func init() {
	da.Tabs[TabCompare] = "Sammenlign"
	en.Tabs[TabCompare] = "Compare"
}
