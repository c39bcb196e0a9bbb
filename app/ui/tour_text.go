package ui

import (
	"fmt"
)

// TourTexts are the words of the guided tour in one language. Like Texts,
// every Danish field has an English counterpart (a test checks that none is
// empty). The numbers in them are filled in from calc's results through
// FormatNumber: the tour adds words, not numbers.
type TourTexts struct {
	lang string

	Title, Lead, DataNote, StepOfFmt, StepsNav    string
	Prev, Next, PresentOn, PresentOff, KeysHelp   string
	GuessLabel, Reveal, Again, YourGuess, NoGuess string
	Answer, OffByFmt, Exact, Computing, Live      string
	OpenSimulator, Finished, LiveLocked           string
	RankNo, PlacesWord                            string

	Steps [TourSteps]TourStepTexts

	// Step 1: what "expected" means.
	ActualShare, ExpectedBM, ExpectedModel, RankBM, RankModel string
	CovariatesOnFmt, R2Fmt, ModelNote, AllCovariates          string
	// Step 2: a residual is not quality.
	Phi, PairsApartFmt, MedianWidth, Outside95, Outside998 string
	SmallTitle, RankCol, IntervalCol, FunnelAlt, IvAlt     string
	// Step 3: weighting.
	Weighting, WeightingVolume, WeightingCost, WeightingRank string
	PricesFmt, Top10Title, OfficialRankCol, NewInTop         string
	LeftTop, NoneLeft, MovedFmt, EnteredTop                  string
	// Step 4: connected vessels.
	PersonsMoved, OfficialList, KLList, RankNowFmt string
	StevnsKTH, StevnsFP, NearTitle                 string
	// Step 5: caseload.
	TargetCaseload, FewerPersons, ExtraCaseworkers, CaseworkerCost string
	BenefitSaved, Net, RankStevns, MioKr, AssumptionsFmt           string
	// Step 6: supervision.
	ConvThreshold, ResultMet, Inspiration, AtRisk, RiskTitle string
	NearResult, NearFokus, PersonsFromLine, Conversations    string
	StatusCol, NoRisk                                        string
}

// TourStepTexts are one step's title, short text, question and the
// sentence that explains the answer.
type TourStepTexts struct {
	Title    string
	Body     []string
	Question string // a format: its numbers come from calc
	Unit     string // of the guess
	Explain  string // a format: its numbers come from calc
}

// TourMsg returns the tour's texts in a language (Danish for anything but
// "en").
func TourMsg(lang string) *TourTexts {
	if lang == LangEN {
		return &tourEN
	}
	return &tourDA
}

// StepOf is "Trin 2 af 6".
func (t *TourTexts) StepOf(n int) string {
	return fmt.Sprintf(t.StepOfFmt, FormatInt(n, t.lang), FormatInt(TourSteps, t.lang))
}

// OffBy says how far a guess was from the answer.
func (t *TourTexts) OffBy(guess, answer float64) string {
	d := guess - answer
	if d < 0 {
		d = -d
	}
	if d < 0.5 {
		return t.Exact
	}
	return fmt.Sprintf(t.OffByFmt, FormatNumber(d, 0, t.lang))
}

var tourDA = TourTexts{
	lang:          LangDA,
	Title:         "Forstå benchmarket",
	Lead:          "Seks trin om, hvordan ministeriets rangliste bliver til — og hvad kritikerne siger. Hvert trin stiller et spørgsmål: gæt først, se så svaret, og skru selv på knappen.",
	DataNote:      "Turen regner på simulatorens eksempeldata (syntetiske tal, kalibreret til artiklerne) — ikke de officielle tal.",
	StepOfFmt:     "Trin %s af %s",
	StepsNav:      "Turens trin",
	Prev:          "Forrige",
	Next:          "Næste",
	PresentOn:     "Præsentation",
	PresentOff:    "Afslut præsentation",
	KeysHelp:      "Tast ← og → for at skifte trin.",
	GuessLabel:    "Dit gæt",
	Reveal:        "Vis svaret",
	Again:         "Gæt igen",
	YourGuess:     "Dit gæt",
	NoGuess:       "intet gæt",
	Answer:        "Svaret",
	OffByFmt:      "%s ved siden af",
	Exact:         "Plet!",
	Computing:     "Beregner …",
	Live:          "Skru selv",
	OpenSimulator: "Åbn scenariet i simulatoren",
	Finished:      "Det var turen. Åbn simulatoren og prøv selv med andre kommuner og håndtag.",
	LiveLocked:    "Gæt først. Når svaret er vist, kommer knappen og de levende tal her.",
	RankNo:        "nr.",
	PlacesWord:    "pladser",

	Steps: [TourSteps]TourStepTexts{
		{
			Title: "Hvad betyder »forventet«?",
			Body: []string{
				"Ministeriet rangerer ikke kommunerne efter, hvor mange borgere der er på offentlig forsørgelse, men efter forskellen mellem det faktiske og det forventede antal. Det forventede kommer fra en model af rammevilkårene: alder, uddannelse, helbred, herkomst og det lokale arbejdsmarked.",
				"Lolland og Rudersdal har meget forskellige rammevilkår. Lolland har mange på forsørgelse — men modellen forventer endnu flere.",
			},
			Question: "Lolland er nr. %s. Hvilken plads får Lolland, hvis modellen ikke kender nogen rammevilkår?",
			Unit:     "plads",
			Explain:  "Uden rammevilkår forventes den samme andel i alle kommuner (%s %%). Lolland falder fra nr. %s til nr. %s, Rudersdal rykker fra nr. %s til nr. %s. Placeringen afhænger lige så meget af det forventede som af det faktiske.",
		},
		{
			Title: "En rest er ikke kvalitet",
			Body: []string{
				"Forskellen mellem faktisk og forventet rummer alt det, modellen ikke ser — og tilfældig støj. I små kommuner flytter få personer andelen meget: Læsø, Samsø, Fanø og Ærø kan ligge i begge ender af listen.",
				"Tragtplottet viser forskellen mod kommunens størrelse; kun punkter uden for tragten er mere end støj. Intervallerne viser de plausible pladser, når tallene trækkes 1.000 gange med støj (φ er overspredningen).",
			},
			Question: "Kommunerne på plads 25–74 danner %s par. Hvor mange af parrene kan man skelne fra hinanden (deres intervaller overlapper ikke)?",
			Unit:     "par",
			Explain:  "%s af %s par kan skelnes. En kommune i midten har typisk %s plausible pladser.",
		},
		{
			Title: "Vægtning: hvem tæller mest?",
			Body: []string{
				"Den samlede liste lægger procentpoint fra de tre områder sammen, så en person på dagpenge vejer lige så meget som en på kontanthjælp. Det er en vægtning efter antal — et valg, ikke en naturlov.",
				"Vægter man efter, hvad en fuldtidsperson koster kommunen, eller tager man gennemsnittet af de tre områders placeringer, bliver listen en anden.",
			},
			Question: "Hvor mange kommuner flytter sig 5 pladser eller mere, når områderne vægtes efter pris i stedet for antal?",
			Unit:     "kommuner",
			Explain:  "%s kommuner flytter sig 5 pladser eller mere, og %s nye kommuner kommer i top 10 — uden at en eneste borger har fået job.",
		},
		{
			Title: "Forbundne kar",
			Body: []string{
				"Førtidspension og fleksjob tæller ikke med. En kommune kan derfor rykke op ved at flytte svære sager fra kontanthjælp til førtidspension i stedet for at hjælpe dem mod arbejde.",
				"Stevns' udvalgsformand i 2018: »… en kommune får en bedre placering, hvis kommunen opgiver indsatsen for de udsatte kontanthjælpsmodtagere … og tilkender førtidspension i stedet.« Stevns var sidst i 2017. KL foreslog at tælle førtidspension og fleksjob med.",
			},
			Question: "Stevns flytter %s fuldtidspersoner fra kontanthjælp til førtidspension. Hvor mange pladser rykker Stevns på den officielle liste for 2017?",
			Unit:     "pladser",
			Explain:  "Stevns rykker fra nr. %s til nr. %s på den officielle liste. Med KL's opgørelse (+ førtidspension og fleksjob) står Stevns stille på nr. %s: de samme mennesker er stadig på offentlig forsørgelse.",
		},
		{
			Title: "Sagstal som investering",
			Body: []string{
				"Færre sager pr. sagsbehandler kan få flere i job. I København havde en sagsbehandler omkring 100 kontanthjælpssager (før over 150); »et sted mellem 30 og 50« nævnes ofte som målet. Vordingborg og Norddjurs arbejder med investeringsstrategier.",
				"Men ekstra sagsbehandlere koster. Simulatoren regner både personer, placering og kroner.",
			},
			Question: "Stevns sænker sagstallet på kontanthjælp fra %s til %s sager pr. sagsbehandler. Hvor mange pladser rykker Stevns, når effekten er fuldt indfaset?",
			Unit:     "pladser",
			Explain:  "Stevns rykker fra nr. %s til nr. %s med %s færre fuldtidspersoner. Det kræver %s ekstra sagsbehandlere til %s mio. kr. om året og sparer %s mio. kr. i ydelser: netto %s mio. kr. om året.",
		},
		{
			Title: "Tilsyn: inspiration eller skærpet tilsyn",
			Body: []string{
				"Resultatmålet er nået, når det faktiske antal er højst det forventede. Fokusmålet (2021–22): mindst 80 % af de langvarigt ledige og sygemeldte har haft mindst 4 samtaler på 12 måneder.",
				"Når begge mål er nået, er kommunen inspirationskommune. Når ingen af dem er nået, risikerer den skærpet tilsyn: revision af sager, redegørelse og genopretningsplan. Norddjurs' notat (2021): 27 af 98 var inspirationskommuner, 3 var i risiko.",
			},
			Question: "Hvor mange af de %s kommuner er i risiko for skærpet tilsyn?",
			Unit:     "kommuner",
			Explain:  "%s kommuner er i risiko, og %s er inspirationskommuner. Stregen er skarp: %s ligger kun %s fuldtidspersoner fra at skifte side af resultatmålet.",
		},
	},

	ActualShare:      "Faktisk andel",
	ExpectedBM:       "Forventet (BM)",
	ExpectedModel:    "Forventet (modellen her)",
	RankBM:           "Plads (BM)",
	RankModel:        "Plads (modellen her)",
	CovariatesOnFmt:  "%s af %s rammevilkår med i modellen",
	R2Fmt:            "Forklaret variation (R²): a-dagpenge %s · kontanthjælp %s · sygedagpenge %s",
	ModelNote:        "»Modellen her« genberegner det forventede med en vægtet lineær regression på de valgte rammevilkår; BM's egen model er ikke offentliggjort. Andele i pct. af de 16–66-årige.",
	AllCovariates:    "Rammevilkår i modellen",
	Phi:              "Overspredning φ (støj)",
	PairsApartFmt:    "af %s par kan skelnes",
	MedianWidth:      "plausible pladser for en typisk kommune i midten",
	Outside95:        "kommuner uden for tragtens 95 %-grænse",
	Outside998:       "uden for 99,8 %-grænsen",
	SmallTitle:       "De små øer",
	RankCol:          "Plads",
	IntervalCol:      "Plausible pladser",
	FunnelAlt:        "Tragtplot",
	IvAlt:            "Placeringer med usikkerhed",
	Weighting:        "Vægtning af områderne",
	WeightingVolume:  "Antal (officiel)",
	WeightingCost:    "Pris pr. fuldtidsperson",
	WeightingRank:    "Gennemsnit af områdernes placeringer",
	PricesFmt:        "Undervisningspriser (antaget, ikke officielle): a-dagpenge %s kr., kontanthjælp %s kr., sygedagpenge %s kr. pr. fuldtidsperson om året — i gennemsnit de 71.250 kr., BM's tal giver. Idéen: kommunen bærer selv en større del af kontanthjælpen end af dagpengene.",
	Top10Title:       "Top 10",
	OfficialRankCol:  "Officiel plads",
	NewInTop:         "ny",
	LeftTop:          "Ude af top 10",
	EnteredTop:       "nye kommuner i top 10",
	NoneLeft:         "Ingen — top 10 er den samme.",
	MovedFmt:         "kommuner flytter sig %s pladser eller mere",
	PersonsMoved:     "Fuldtidspersoner flyttet fra kontanthjælp til førtidspension i Stevns",
	OfficialList:     "Officiel liste",
	KLList:           "KL's opgørelse (+ førtidspension og fleksjob)",
	RankNowFmt:       "nr. %s → nr. %s",
	StevnsKTH:        "Stevns på kontanthjælp",
	StevnsFP:         "Stevns på førtidspension",
	NearTitle:        "Den officielle liste omkring Stevns",
	TargetCaseload:   "Stevns' mål: sager pr. sagsbehandler",
	FewerPersons:     "færre fuldtidspersoner",
	ExtraCaseworkers: "Ekstra sagsbehandlere",
	CaseworkerCost:   "Sagsbehandlere, mio. kr. om året",
	BenefitSaved:     "Sparede ydelser, mio. kr. om året",
	Net:              "Netto, mio. kr. om året",
	RankStevns:       "Stevns' plads",
	MioKr:            "mio. kr.",
	AssumptionsFmt:   "Antagelser fra parametertabellen: effekt ε = %s (færre personer pr. relativ sagstalsændring), fuldt indfaset efter %s år, %s kr. pr. sagsbehandlerårsværk, %s kr. pr. fuldtidsperson i ydelser.",
	ConvThreshold:    "Fokusmål: mindst … % med 4 samtaler",
	ResultMet:        "når resultatmålet",
	Inspiration:      "inspirationskommuner",
	AtRisk:           "i risiko for skærpet tilsyn",
	RiskTitle:        "I risiko (personer over det forventede · % med 4 samtaler)",
	NearResult:       "Tættest på resultatmålets streg",
	NearFokus:        "Tættest på fokusmålets streg",
	PersonsFromLine:  "Faktisk − forventet",
	Conversations:    "Samtaler (%)",
	StatusCol:        "Status",
	NoRisk:           "Ingen kommuner er i risiko.",
}

var tourEN = TourTexts{
	lang:          LangEN,
	Title:         "Understand the benchmark",
	Lead:          "Six steps through how the ministry's ranking is made — and what its critics say. Each step asks a question: guess first, then see the answer, and turn the knob yourself.",
	DataNote:      "The tour computes on the simulator's illustrative data (synthetic figures calibrated to the articles) — not the official figures.",
	StepOfFmt:     "Step %s of %s",
	StepsNav:      "Steps of the tour",
	Prev:          "Previous",
	Next:          "Next",
	PresentOn:     "Present",
	PresentOff:    "Leave presenter mode",
	KeysHelp:      "Press ← and → to change step.",
	GuessLabel:    "Your guess",
	Reveal:        "Show the answer",
	Again:         "Guess again",
	YourGuess:     "Your guess",
	NoGuess:       "no guess",
	Answer:        "The answer",
	OffByFmt:      "off by %s",
	Exact:         "Spot on!",
	Computing:     "Computing …",
	Live:          "Try it",
	OpenSimulator: "Open the scenario in the simulator",
	Finished:      "That was the tour. Open the simulator and try other municipalities and levers.",
	LiveLocked:    "Guess first. Once the answer is shown, the control and the live figures appear here.",
	RankNo:        "no.",
	PlacesWord:    "places",

	Steps: [TourSteps]TourStepTexts{
		{
			Title: "What does “expected” mean?",
			Body: []string{
				"The ministry does not rank municipalities by how many residents are on public support, but by the gap between the actual and the expected number. The expected number comes from a model of the framework conditions: age, education, health, origin and the local labour market.",
				"Lolland and Rudersdal have very different framework conditions. Lolland has many on support — but the model expects even more.",
			},
			Question: "Lolland is number %s. Which place does Lolland get if the model knows no framework conditions at all?",
			Unit:     "place",
			Explain:  "Without framework conditions every municipality is expected to have the same share (%s %%). Lolland falls from number %s to number %s, Rudersdal climbs from number %s to number %s. The rank depends as much on the expected as on the actual.",
		},
		{
			Title: "A residual is not quality",
			Body: []string{
				"The gap between actual and expected holds everything the model does not see — and random noise. In small municipalities a few people move the share a lot: Læsø, Samsø, Fanø and Ærø can sit at either end of the list.",
				"The funnel plot shows the gap against the municipality's size; only points outside the funnel are more than noise. The intervals show the plausible ranks when the figures are drawn 1,000 times with noise (φ is the overdispersion).",
			},
			Question: "The municipalities ranked 25–74 form %s pairs. How many of the pairs can be told apart (their intervals do not overlap)?",
			Unit:     "pairs",
			Explain:  "%s of %s pairs can be told apart. A municipality in the middle typically has %s plausible ranks.",
		},
		{
			Title: "Weighting: who counts most?",
			Body: []string{
				"The overall list adds up the percentage points of the three areas, so a person on unemployment benefit weighs as much as one on social assistance. That is weighting by volume — a choice, not a law of nature.",
				"Weight by what a full-time person costs the municipality, or take the mean of the three areas' ranks, and the list changes.",
			},
			Question: "How many municipalities move 5 places or more when the areas are weighted by cost instead of volume?",
			Unit:     "municipalities",
			Explain:  "%s municipalities move 5 places or more, and %s new municipalities enter the top 10 — without a single resident finding a job.",
		},
		{
			Title: "Connected vessels",
			Body: []string{
				"Disability pension and flexi-jobs are not counted. A municipality can therefore climb by moving hard cases from social assistance to disability pension instead of helping them towards work.",
				"Stevns' committee chairman in 2018: “… a municipality gets a better rank if it gives up on the vulnerable recipients of social assistance … and grants disability pension instead.” Stevns was last in 2017. KL, the municipalities' association, proposed counting disability pension and flexi-jobs.",
			},
			Question: "Stevns moves %s full-time persons from social assistance to disability pension. How many places does Stevns climb on the official 2017 list?",
			Unit:     "places",
			Explain:  "Stevns climbs from number %s to number %s on the official list. Counted the KL way (+ disability pension and flexi-jobs) Stevns stays at number %s: the same people are still on public support.",
		},
		{
			Title: "Caseload as an investment",
			Body: []string{
				"Fewer cases per caseworker can get more people into work. In Copenhagen a caseworker had about 100 social assistance cases (earlier over 150); “somewhere between 30 and 50” is often named as the goal. Vordingborg and Norddjurs work with investment strategies.",
				"But extra caseworkers cost money. The simulator counts persons, rank and kroner.",
			},
			Question: "Stevns lowers its social assistance caseload from %s to %s cases per caseworker. How many places does Stevns climb once the effect is fully phased in?",
			Unit:     "places",
			Explain:  "Stevns climbs from number %s to number %s with %s fewer full-time persons. It takes %s extra caseworkers at DKK %s million a year and saves DKK %s million in benefits: net DKK %s million a year.",
		},
		{
			Title: "Supervision: inspiration or intensified supervision",
			Body: []string{
				"The result target is met when the actual number is at most the expected. The focus target (2021–22): at least 80 % of the long-term unemployed and sick-listed have had at least 4 conversations in 12 months.",
				"A municipality meeting both is an inspiration municipality. One meeting neither risks intensified supervision (skærpet tilsyn): audited cases, a report and a recovery plan. Norddjurs' memo (2021): 27 of 98 were inspiration municipalities, 3 were at risk.",
			},
			Question: "How many of the %s municipalities are at risk of intensified supervision?",
			Unit:     "municipalities",
			Explain:  "%s municipalities are at risk and %s are inspiration municipalities. The line is sharp: %s is only %s full-time persons from crossing the result target's line.",
		},
	},

	ActualShare:      "Actual share",
	ExpectedBM:       "Expected (BM)",
	ExpectedModel:    "Expected (this model)",
	RankBM:           "Rank (BM)",
	RankModel:        "Rank (this model)",
	CovariatesOnFmt:  "%s of %s framework conditions in the model",
	R2Fmt:            "Variation explained (R²): unemployment benefit %s · social assistance %s · sickness benefit %s",
	ModelNote:        "“This model” re-estimates the expected with a weighted linear regression on the chosen framework conditions; BM's own model is not published. Shares in pct. of residents aged 16–66.",
	AllCovariates:    "Framework conditions in the model",
	Phi:              "Overdispersion φ (noise)",
	PairsApartFmt:    "of %s pairs can be told apart",
	MedianWidth:      "plausible ranks for a typical municipality in the middle",
	Outside95:        "municipalities outside the funnel's 95 % limit",
	Outside998:       "outside the 99.8 % limit",
	SmallTitle:       "The small islands",
	RankCol:          "Rank",
	IntervalCol:      "Plausible ranks",
	FunnelAlt:        "Funnel plot",
	IvAlt:            "Ranks with uncertainty",
	Weighting:        "Weighting of the areas",
	WeightingVolume:  "Volume (official)",
	WeightingCost:    "Cost per full-time person",
	WeightingRank:    "Mean of the areas' ranks",
	PricesFmt:        "Teaching prices (assumed, not official): unemployment benefit DKK %s, social assistance DKK %s, sickness benefit DKK %s per full-time person a year — on average the DKK 71,250 that BM's figures imply. The idea: the municipality carries more of the cost of social assistance than of unemployment benefit.",
	Top10Title:       "Top 10",
	OfficialRankCol:  "Official rank",
	NewInTop:         "new",
	LeftTop:          "Out of the top 10",
	EnteredTop:       "new municipalities in the top 10",
	NoneLeft:         "None — the top 10 is the same.",
	MovedFmt:         "municipalities move %s places or more",
	PersonsMoved:     "Full-time persons moved from social assistance to disability pension in Stevns",
	OfficialList:     "Official list",
	KLList:           "KL's count (+ disability pension and flexi-jobs)",
	RankNowFmt:       "no. %s → no. %s",
	StevnsKTH:        "Stevns on social assistance",
	StevnsFP:         "Stevns on disability pension",
	NearTitle:        "The official list around Stevns",
	TargetCaseload:   "Stevns' target: cases per caseworker",
	FewerPersons:     "fewer full-time persons",
	ExtraCaseworkers: "Extra caseworkers",
	CaseworkerCost:   "Caseworkers, DKK million a year",
	BenefitSaved:     "Benefits saved, DKK million a year",
	Net:              "Net, DKK million a year",
	RankStevns:       "Stevns' rank",
	MioKr:            "DKK million",
	AssumptionsFmt:   "Assumptions from the parameter table: effect ε = %s (fewer persons per relative caseload change), fully phased in after %s years, DKK %s per caseworker-year, DKK %s per full-time person in benefits.",
	ConvThreshold:    "Focus target: at least … % with 4 conversations",
	ResultMet:        "meet the result target",
	Inspiration:      "inspiration municipalities",
	AtRisk:           "at risk of intensified supervision",
	RiskTitle:        "At risk (persons above the expected · % with 4 conversations)",
	NearResult:       "Closest to the result target's line",
	NearFokus:        "Closest to the focus target's line",
	PersonsFromLine:  "Actual − expected",
	Conversations:    "Conversations (%)",
	StatusCol:        "Status",
	NoRisk:           "No municipality is at risk.",
}

// The tour registers its tab with the app's texts, so that text.go need
// not know about it.
func init() {
	da.Tabs[TabTour] = tourDA.Title
	en.Tabs[TabTour] = tourEN.Title
}
