package ui

// MeetingTexts are the words for printing, the accessibility statement and
// the fixes of what new users tripped on (issue 15), in one language. Like
// Texts, every Danish field has its English counterpart (a test checks that
// none is empty).
type MeetingTexts struct {
	Print, PrintLabel, PrintedFmt, ScenarioLabel, OfficialModel    string
	TourPrintTitle, TourAnswerLabel, EachStep, PeriodScenarioLabel string
	MapScrolls, PresentEsc                                         string
	OfficialHere                                                   string
	ConfirmDeleteFmt, ConfirmDelete, CancelDelete                  string
	A11yLink, A11yTitle                                            string
	A11yBody                                                       []string
	A11yTested                                                     []string
	A11yKnown                                                      []string
	A11yTestedTitle, A11yKnownTitle, A11yContact                   string
	Months                                                         [12]string
}

// MeetMsg returns the texts of a language (Danish for anything but "en").
func MeetMsg(lang string) *MeetingTexts {
	if lang == LangEN {
		return &meetEN
	}
	return &meetDA
}

var meetDA = MeetingTexts{
	Print:         "Udskriv",
	PrintLabel:    "Udskriv siden (en side til mødet)",
	PrintedFmt:    "Udskrevet %s",
	ScenarioLabel: "Scenarie",
	OfficialModel: "den officielle model",

	TourPrintTitle:      "Forstå benchmarket – alle trin med svar",
	TourAnswerLabel:     "Svar",
	EachStep:            "hvert trins eget (står under trinet)",
	PeriodScenarioLabel: "Periode og scenarie",

	PresentEsc: "Esc afslutter præsentationen.",
	MapScrolls: "Kortet er bredere end skærmen: stryg til siden for at se hele landet, eller brug piletasterne.",

	OfficialHere: "Den officielle model. Flyt på en forudsætning, så følger listen med.",

	ConfirmDeleteFmt: "Slet „%s“? Det kan ikke fortrydes.",
	ConfirmDelete:    "Ja, slet",
	CancelDelete:     "Behold",

	A11yLink:  "Tilgængelighedserklæring",
	A11yTitle: "Tilgængelighedserklæring",
	A11yBody: []string{
		"Benchmark-simulatoren skal kunne bruges af alle. Vi har sigtet mod WCAG 2.1 niveau AA, som offentlige myndigheders hjemmesider og apps skal overholde efter lov om tilgængelighed.",
		"Siden er bygget til at kunne bruges med tastatur alene, med skærmlæser og med forstørrelse. Alle diagrammer har en tekst og en tabel med de samme tal, og farver står aldrig alene: bedre og dårligere står også i tekst.",
	},
	A11yTestedTitle: "Sådan er det testet",
	A11yTested: []string{
		"Automatisk: axe-core kører reglerne for WCAG 2.1 A og AA på hver visning (rangliste, scenarie, diagrammer, kommune, data, metode, rundvisning og præsentationstilstand) på dansk og engelsk, i en bred skærm (1280 px) og på en telefon (390 px). Testen kræver nul fejl.",
		"Automatisk: alle knapper, felter og faneblade er mindst 24 × 24 px på telefonen, rullende tabeller og kortet kan nås med tastaturet, og placering og navn bliver stående, når en tabel rulles til siden.",
		"Automatisk: ranglisten, kortet og rundvisningen betjenes med tastatur alene i testene, og udskrifterne (A4) tjekkes for knapper og for tabeller bredere end siden.",
		"Manuelt: skærmbilleder i begge bredder og udskrifterne som PDF er set igennem.",
	},
	A11yKnownTitle: "Kendte begrænsninger",
	A11yKnown: []string{
		"Automatiske test finder ikke alle problemer; test med skærmlæsere er ikke gennemført systematisk.",
		"Diagrammernes tekstalternativer er lange for de største figurer; tabellen under hvert diagram er den korte vej.",
	},
	A11yContact: "Oplever du problemer med tilgængeligheden, så kontakt den organisation, der har stillet simulatoren til rådighed for dig, og fortæl, hvad der gik galt og på hvilken side.",

	Months: [12]string{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"},
}

var meetEN = MeetingTexts{
	Print:         "Print",
	PrintLabel:    "Print the page (one page for the meeting)",
	PrintedFmt:    "Printed %s",
	ScenarioLabel: "Scenario",
	OfficialModel: "the official model",

	TourPrintTitle:      "Understand the benchmark – every step with its answer",
	TourAnswerLabel:     "Answer",
	EachStep:            "each step's own (under the step)",
	PeriodScenarioLabel: "Period and scenario",

	PresentEsc: "Esc leaves presenter mode.",
	MapScrolls: "The map is wider than the screen: swipe sideways to see the whole country, or use the arrow keys.",

	OfficialHere: "The official model. Move an assumption and the list follows.",

	ConfirmDeleteFmt: "Delete “%s”? This cannot be undone.",
	ConfirmDelete:    "Yes, delete",
	CancelDelete:     "Keep",

	A11yLink:  "Accessibility statement",
	A11yTitle: "Accessibility statement",
	A11yBody: []string{
		"The benchmark simulator is meant to be usable by everyone. It aims at WCAG 2.1 level AA, which Danish public bodies' websites and apps must meet under the accessibility act.",
		"The page is built to work with the keyboard alone, with a screen reader and with zoom. Every chart has a text and a table with the same numbers, and colour never stands alone: better and worse are also written out.",
	},
	A11yTestedTitle: "How it was tested",
	A11yTested: []string{
		"Automatically: axe-core runs the WCAG 2.1 A and AA rules on every view (ranking, scenario, charts, municipality, data, method, tour and presenter mode) in Danish and English, on a wide screen (1280 px) and on a phone (390 px). The test requires zero violations.",
		"Automatically: every button, field and tab is at least 24 × 24 px on a phone, scrolling tables and the map can be reached with the keyboard, and rank and name stay in view when a table scrolls sideways.",
		"Automatically: the tests use the ranking, the map and the tour with the keyboard alone, and check the printouts (A4) for buttons and for tables wider than the page.",
		"By hand: screenshots at both widths and the printouts as PDF were looked through.",
	},
	A11yKnownTitle: "Known limitations",
	A11yKnown: []string{
		"Automated tests do not find every problem; screen reader testing has not been done systematically.",
		"The text alternatives of the largest charts are long; the table under each chart is the short way.",
	},
	A11yContact: "If you meet an accessibility problem, contact the organisation that made the simulator available to you, and tell them what went wrong and on which page.",

	Months: [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}
