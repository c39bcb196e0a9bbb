package text

// Meeting is the words for printing, the accessibility statement and the
// fixes of what new users tripped on.

type Meeting[T any] struct {
	Print, PrintLabel, PrintedFmt, ScenarioLabel, OfficialModel    T
	TourPrintTitle, TourAnswerLabel, EachStep, PeriodScenarioLabel T
	MapScrolls, PresentEsc                                         T
	OfficialHere                                                   T
	ConfirmDeleteFmt, ConfirmDelete, CancelDelete                  T
	A11yLink, A11yTitle                                            T
	A11yBody                                                       []T
	A11yTested                                                     []T
	A11yKnown                                                      []T
	A11yTestedTitle, A11yKnownTitle, A11yContact                   T
	Months                                                         [12]T
}

// meetingW is the section, Danish and English side by side.
var meetingW = Meeting[W]{
	Print:               W{"Udskriv", "Print"},
	PrintLabel:          W{"Udskriv siden (en side til mødet)", "Print the page (one page for the meeting)"},
	PrintedFmt:          W{"Udskrevet %s", "Printed %s"},
	ScenarioLabel:       W{"Scenarie", "Scenario"},
	OfficialModel:       W{"den officielle model", "the official model"},
	TourPrintTitle:      W{"Forstå benchmarket – alle trin med svar", "Understand the benchmark – every step with its answer"},
	TourAnswerLabel:     W{"Svar", "Answer"},
	EachStep:            W{"hvert trins eget (står under trinet)", "each step's own (under the step)"},
	PeriodScenarioLabel: W{"Periode og scenarie", "Period and scenario"},
	PresentEsc:          W{"Esc afslutter præsentationen.", "Esc leaves presenter mode."},
	MapScrolls:          W{"Kortet er bredere end skærmen: stryg til siden for at se hele landet, eller brug piletasterne.", "The map is wider than the screen: swipe sideways to see the whole country, or use the arrow keys."},
	OfficialHere:        W{"Den officielle model. Flyt på en forudsætning, så følger listen med.", "The official model. Move an assumption and the list follows."},
	ConfirmDeleteFmt:    W{"Slet „%s“? Det kan ikke fortrydes.", "Delete “%s”? This cannot be undone."},
	ConfirmDelete:       W{"Ja, slet", "Yes, delete"},
	CancelDelete:        W{"Behold", "Keep"},
	A11yLink:            W{"Tilgængelighedserklæring", "Accessibility statement"},
	A11yTitle:           W{"Tilgængelighedserklæring", "Accessibility statement"},
	A11yBody: []W{
		{"Benchmark-simulatoren skal kunne bruges af alle. Vi har sigtet mod WCAG 2.1 niveau AA, som offentlige myndigheders hjemmesider og apps skal overholde efter lov om tilgængelighed.", "The benchmark simulator is meant to be usable by everyone. It aims at WCAG 2.1 level AA, which Danish public bodies' websites and apps must meet under the accessibility act."},
		{"Siden er bygget til at kunne bruges med tastatur alene, med skærmlæser og med forstørrelse. Alle diagrammer har en tekst og en tabel med de samme tal, og farver står aldrig alene: bedre og dårligere står også i tekst.", "The page is built to work with the keyboard alone, with a screen reader and with zoom. Every chart has a text and a table with the same numbers, and colour never stands alone: better and worse are also written out."},
	},
	A11yTestedTitle: W{"Sådan er det testet", "How it was tested"},
	A11yTested: []W{
		{"Automatisk: axe-core kører reglerne for WCAG 2.1 A og AA på hver visning (rangliste, scenarie, diagrammer, kommune, data, metode, rundvisning og præsentationstilstand) på dansk og engelsk, i en bred skærm (1280 px) og på en telefon (390 px). Testen kræver nul fejl.", "Automatically: axe-core runs the WCAG 2.1 A and AA rules on every view (ranking, scenario, charts, municipality, data, method, tour and presenter mode) in Danish and English, on a wide screen (1280 px) and on a phone (390 px). The test requires zero violations."},
		{"Automatisk: alle knapper, felter og faneblade er mindst 24 × 24 px på telefonen, rullende tabeller og kortet kan nås med tastaturet, og placering og navn bliver stående, når en tabel rulles til siden.", "Automatically: every button, field and tab is at least 24 × 24 px on a phone, scrolling tables and the map can be reached with the keyboard, and rank and name stay in view when a table scrolls sideways."},
		{"Automatisk: ranglisten, kortet og rundvisningen betjenes med tastatur alene i testene, og udskrifterne (A4) tjekkes for knapper og for tabeller bredere end siden.", "Automatically: the tests use the ranking, the map and the tour with the keyboard alone, and check the printouts (A4) for buttons and for tables wider than the page."},
		{"Manuelt: skærmbilleder i begge bredder og udskrifterne som PDF er set igennem.", "By hand: screenshots at both widths and the printouts as PDF were looked through."},
	},
	A11yKnownTitle: W{"Kendte begrænsninger", "Known limitations"},
	A11yKnown: []W{
		{"Automatiske test finder ikke alle problemer; test med skærmlæsere er ikke gennemført systematisk.", "Automated tests do not find every problem; screen reader testing has not been done systematically."},
		{"Diagrammernes tekstalternativer er lange for de største figurer; tabellen under hvert diagram er den korte vej.", "The text alternatives of the largest charts are long; the table under each chart is the short way."},
	},
	A11yContact: W{"Oplever du problemer med tilgængeligheden, så kontakt den organisation, der har stillet simulatoren til rådighed for dig, og fortæl, hvad der gik galt og på hvilken side.", "If you meet an accessibility problem, contact the organisation that made the simulator available to you, and tell them what went wrong and on which page."},
	Months: [12]W{
		{"januar", "January"},
		{"februar", "February"},
		{"marts", "March"},
		{"april", "April"},
		{"maj", "May"},
		{"juni", "June"},
		{"juli", "July"},
		{"august", "August"},
		{"september", "September"},
		{"oktober", "October"},
		{"november", "November"},
		{"december", "December"},
	},
}

var meetingBook = newBook[Meeting[W], Meeting[string]](func() *Meeting[W] { return &meetingW })

// MeetingMsg returns the meeting words in lang.
func MeetingMsg(lang Lang) *Meeting[string] { return meetingBook.in(lang) }
