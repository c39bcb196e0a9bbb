package text

import "fmt"

// TourSteps is the number of steps of the guided tour.
const TourSteps = 6

// Tour is the words of the guided tour. The numbers in them are filled in
// from calc's results through the one formatter: the tour adds words, not
// numbers.

type Tour[T any] struct {
	Title, Lead, DataNote, StepOfFmt, StepsNav    T
	Prev, Next, PresentOn, PresentOff, KeysHelp   T
	GuessLabel, Reveal, Again, YourGuess, NoGuess T
	Answer, OffByFmt, Exact, Computing, Live      T
	OpenSimulator, Finished, LiveLocked           T
	RankNo, PlacesWord                            T

	Steps [TourSteps]TourStep[T]

	// Step 1: what "expected" means.
	ActualShare, ExpectedBM, ExpectedModel, RankBM, RankModel T
	CovariatesOnFmt, R2Fmt, ModelNote, AllCovariates          T
	// Step 2: a residual is not quality.
	Phi, PairsApartFmt, MedianWidth, Outside95, Outside998 T
	SmallTitle, RankCol, IntervalCol, FunnelAlt, IvAlt     T
	// Step 3: weighting.
	Weighting, WeightingVolume, WeightingCost, WeightingRank T
	PricesFmt, Top10Title, OfficialRankCol, NewInTop         T
	LeftTop, NoneLeft, MovedFmt, EnteredTop                  T
	// Step 4: connected vessels.
	PersonsMoved, OfficialList, KLList, RankNowFmt T
	StevnsKTH, StevnsFP, NearTitle                 T
	// Step 5: caseload.
	TargetCaseload, FewerPersons, ExtraCaseworkers, CaseworkerCost T
	BenefitSaved, Net, RankStevns, MioKr, AssumptionsFmt           T
	// Step 6: supervision.
	ConvThreshold, ResultMet, Inspiration, AtRisk, RiskTitle T
	NearResult, NearFokus, PersonsFromLine, Conversations    T
	StatusCol, NoRisk                                        T
}

// TourStep is one step's title, short text, question and the sentence
// that explains the answer.
type TourStep[T any] struct {
	Title    T
	Body     []T
	Question T // a format: its numbers come from calc
	Unit     T // of the guess
	Explain  T // a format: its numbers come from calc
}

// tourW is the section, Danish and English side by side.
var tourW = Tour[W]{
	Title:         W{"Forstå benchmarket", "Understand the benchmark"},
	Lead:          W{"Seks trin om, hvordan ministeriets rangliste bliver til — og hvad kritikerne siger. Hvert trin stiller et spørgsmål: gæt først, se så svaret, og skru selv på knappen.", "Six steps through how the ministry's ranking is made — and what its critics say. Each step asks a question: guess first, then see the answer, and turn the knob yourself."},
	DataNote:      W{"Turen regner på simulatorens eksempeldata (syntetiske tal, kalibreret til artiklerne) — ikke de officielle tal.", "The tour computes on the simulator's illustrative data (synthetic figures calibrated to the articles) — not the official figures."},
	StepOfFmt:     W{"Trin %s af %s", "Step %s of %s"},
	StepsNav:      W{"Turens trin", "Steps of the tour"},
	Prev:          W{"Forrige", "Previous"},
	Next:          W{"Næste", "Next"},
	PresentOn:     W{"Præsentation", "Present"},
	PresentOff:    W{"Afslut præsentation", "Leave presenter mode"},
	KeysHelp:      W{"Tast ← og → for at skifte trin.", "Press ← and → to change step."},
	GuessLabel:    W{"Dit gæt", "Your guess"},
	Reveal:        W{"Vis svaret", "Show the answer"},
	Again:         W{"Gæt igen", "Guess again"},
	YourGuess:     W{"Dit gæt", "Your guess"},
	NoGuess:       W{"intet gæt", "no guess"},
	Answer:        W{"Svaret", "The answer"},
	OffByFmt:      W{"%s ved siden af", "off by %s"},
	Exact:         W{"Plet!", "Spot on!"},
	Computing:     W{"Beregner …", "Computing …"},
	Live:          W{"Skru selv", "Try it"},
	OpenSimulator: W{"Åbn scenariet i simulatoren", "Open the scenario in the simulator"},
	Finished:      W{"Det var turen. Åbn simulatoren og prøv selv med andre kommuner og håndtag.", "That was the tour. Open the simulator and try other municipalities and levers."},
	LiveLocked:    W{"Gæt først. Når svaret er vist, kommer knappen og de levende tal her.", "Guess first. Once the answer is shown, the control and the live figures appear here."},
	RankNo:        W{"nr.", "no."},
	PlacesWord:    W{"pladser", "places"},
	Steps: [TourSteps]TourStep[W]{
		{
			Title: W{"Hvad betyder »forventet«?", "What does “expected” mean?"},
			Body: []W{
				{"Ministeriet rangerer ikke kommunerne efter, hvor mange borgere der er på offentlig forsørgelse, men efter forskellen mellem det faktiske og det forventede antal. Det forventede kommer fra en model af rammevilkårene: alder, uddannelse, helbred, herkomst og det lokale arbejdsmarked.", "The ministry does not rank municipalities by how many residents are on public support, but by the gap between the actual and the expected number. The expected number comes from a model of the framework conditions: age, education, health, origin and the local labour market."},
				{"Lolland og Rudersdal har meget forskellige rammevilkår. Lolland har mange på forsørgelse — men modellen forventer endnu flere.", "Lolland and Rudersdal have very different framework conditions. Lolland has many on support — but the model expects even more."},
			},
			Question: W{"Lolland er nr. %s. Hvilken plads får Lolland, hvis modellen ikke kender nogen rammevilkår?", "Lolland is number %s. Which place does Lolland get if the model knows no framework conditions at all?"},
			Unit:     W{"plads", "place"},
			Explain:  W{"Uden rammevilkår forventes den samme andel i alle kommuner (%s %%). Lolland falder fra nr. %s til nr. %s, Rudersdal rykker fra nr. %s til nr. %s. Placeringen afhænger lige så meget af det forventede som af det faktiske.", "Without framework conditions every municipality is expected to have the same share (%s %%). Lolland falls from number %s to number %s, Rudersdal climbs from number %s to number %s. The rank depends as much on the expected as on the actual."},
		},
		{
			Title: W{"En rest er ikke kvalitet", "A residual is not quality"},
			Body: []W{
				{"Forskellen mellem faktisk og forventet rummer alt det, modellen ikke ser — og tilfældig støj. I små kommuner flytter få personer andelen meget: Læsø, Samsø, Fanø og Ærø kan ligge i begge ender af listen.", "The gap between actual and expected holds everything the model does not see — and random noise. In small municipalities a few people move the share a lot: Læsø, Samsø, Fanø and Ærø can sit at either end of the list."},
				{"Tragtplottet viser forskellen mod kommunens størrelse; kun punkter uden for tragten er mere end støj. Intervallerne viser de plausible pladser, når tallene trækkes 1.000 gange med støj (φ er overspredningen).", "The funnel plot shows the gap against the municipality's size; only points outside the funnel are more than noise. The intervals show the plausible ranks when the figures are drawn 1,000 times with noise (φ is the overdispersion)."},
			},
			Question: W{"Kommunerne på plads 25–74 danner %s par. Hvor mange af parrene kan man skelne fra hinanden (deres intervaller overlapper ikke)?", "The municipalities ranked 25–74 form %s pairs. How many of the pairs can be told apart (their intervals do not overlap)?"},
			Unit:     W{"par", "pairs"},
			Explain:  W{"%s af %s par kan skelnes. En kommune i midten har typisk %s plausible pladser.", "%s of %s pairs can be told apart. A municipality in the middle typically has %s plausible ranks."},
		},
		{
			Title: W{"Vægtning: hvem tæller mest?", "Weighting: who counts most?"},
			Body: []W{
				{"Den samlede liste lægger procentpoint fra de tre områder sammen, så en person på dagpenge vejer lige så meget som en på kontanthjælp. Det er en vægtning efter antal — et valg, ikke en naturlov.", "The overall list adds up the percentage points of the three areas, so a person on unemployment benefit weighs as much as one on social assistance. That is weighting by volume — a choice, not a law of nature."},
				{"Vægter man efter, hvad en fuldtidsperson koster kommunen, eller tager man gennemsnittet af de tre områders placeringer, bliver listen en anden.", "Weight by what a full-time person costs the municipality, or take the mean of the three areas' ranks, and the list changes."},
			},
			Question: W{"Hvor mange kommuner flytter sig 5 pladser eller mere, når områderne vægtes efter pris i stedet for antal?", "How many municipalities move 5 places or more when the areas are weighted by cost instead of volume?"},
			Unit:     W{"kommuner", "municipalities"},
			Explain:  W{"%s kommuner flytter sig 5 pladser eller mere, og %s nye kommuner kommer i top 10 — uden at en eneste borger har fået job.", "%s municipalities move 5 places or more, and %s new municipalities enter the top 10 — without a single resident finding a job."},
		},
		{
			Title: W{"Forbundne kar", "Connected vessels"},
			Body: []W{
				{"Førtidspension og fleksjob tæller ikke med. En kommune kan derfor rykke op ved at flytte svære sager fra kontanthjælp til førtidspension i stedet for at hjælpe dem mod arbejde.", "Disability pension and flexi-jobs are not counted. A municipality can therefore climb by moving hard cases from social assistance to disability pension instead of helping them towards work."},
				{"Stevns' udvalgsformand i 2018: »… en kommune får en bedre placering, hvis kommunen opgiver indsatsen for de udsatte kontanthjælpsmodtagere … og tilkender førtidspension i stedet.« Stevns var sidst i 2017. KL foreslog at tælle førtidspension og fleksjob med.", "Stevns' committee chairman in 2018: “… a municipality gets a better rank if it gives up on the vulnerable recipients of social assistance … and grants disability pension instead.” Stevns was last in 2017. KL, the municipalities' association, proposed counting disability pension and flexi-jobs."},
			},
			Question: W{"Stevns flytter %s fuldtidspersoner fra kontanthjælp til førtidspension. Hvor mange pladser rykker Stevns på den officielle liste for 2017?", "Stevns moves %s full-time persons from social assistance to disability pension. How many places does Stevns climb on the official 2017 list?"},
			Unit:     W{"pladser", "places"},
			Explain:  W{"Stevns rykker fra nr. %s til nr. %s på den officielle liste. Med KL's opgørelse (+ førtidspension og fleksjob) står Stevns stille på nr. %s: de samme mennesker er stadig på offentlig forsørgelse.", "Stevns climbs from number %s to number %s on the official list. Counted the KL way (+ disability pension and flexi-jobs) Stevns stays at number %s: the same people are still on public support."},
		},
		{
			Title: W{"Sagstal som investering", "Caseload as an investment"},
			Body: []W{
				{"Færre sager pr. sagsbehandler kan få flere i job. I København havde en sagsbehandler omkring 100 kontanthjælpssager (før over 150); »et sted mellem 30 og 50« nævnes ofte som målet. Vordingborg og Norddjurs arbejder med investeringsstrategier.", "Fewer cases per caseworker can get more people into work. In Copenhagen a caseworker had about 100 social assistance cases (earlier over 150); “somewhere between 30 and 50” is often named as the goal. Vordingborg and Norddjurs work with investment strategies."},
				{"Men ekstra sagsbehandlere koster. Simulatoren regner både personer, placering og kroner.", "But extra caseworkers cost money. The simulator counts persons, rank and kroner."},
			},
			Question: W{"Stevns sænker sagstallet på kontanthjælp fra %s til %s sager pr. sagsbehandler. Hvor mange pladser rykker Stevns, når effekten er fuldt indfaset?", "Stevns lowers its social assistance caseload from %s to %s cases per caseworker. How many places does Stevns climb once the effect is fully phased in?"},
			Unit:     W{"pladser", "places"},
			Explain:  W{"Stevns rykker fra nr. %s til nr. %s med %s færre fuldtidspersoner. Det kræver %s ekstra sagsbehandlere til %s mio. kr. om året og sparer %s mio. kr. i ydelser: netto %s mio. kr. om året.", "Stevns climbs from number %s to number %s with %s fewer full-time persons. It takes %s extra caseworkers at DKK %s million a year and saves DKK %s million in benefits: net DKK %s million a year."},
		},
		{
			Title: W{"Tilsyn: inspiration eller skærpet tilsyn", "Supervision: inspiration or intensified supervision"},
			Body: []W{
				{"Resultatmålet er nået, når det faktiske antal er højst det forventede. Fokusmålet (2021–22): mindst 80 % af de langvarigt ledige og sygemeldte har haft mindst 4 samtaler på 12 måneder.", "The result target is met when the actual number is at most the expected. The focus target (2021–22): at least 80 % of the long-term unemployed and sick-listed have had at least 4 conversations in 12 months."},
				{"Når begge mål er nået, er kommunen inspirationskommune. Når ingen af dem er nået, risikerer den skærpet tilsyn: revision af sager, redegørelse og genopretningsplan. Norddjurs' notat (2021): 27 af 98 var inspirationskommuner, 3 var i risiko.", "A municipality meeting both is an inspiration municipality. One meeting neither risks intensified supervision (skærpet tilsyn): audited cases, a report and a recovery plan. Norddjurs' memo (2021): 27 of 98 were inspiration municipalities, 3 were at risk."},
			},
			Question: W{"Hvor mange af de %s kommuner er i risiko for skærpet tilsyn?", "How many of the %s municipalities are at risk of intensified supervision?"},
			Unit:     W{"kommuner", "municipalities"},
			Explain:  W{"%s kommuner er i risiko, og %s er inspirationskommuner. Stregen er skarp: %s ligger kun %s fuldtidspersoner fra at skifte side af resultatmålet.", "%s municipalities are at risk and %s are inspiration municipalities. The line is sharp: %s is only %s full-time persons from crossing the result target's line."},
		},
	},
	ActualShare:      W{"Faktisk andel", "Actual share"},
	ExpectedBM:       W{"Forventet (BM)", "Expected (BM)"},
	ExpectedModel:    W{"Forventet (modellen her)", "Expected (this model)"},
	RankBM:           W{"Plads (BM)", "Rank (BM)"},
	RankModel:        W{"Plads (modellen her)", "Rank (this model)"},
	CovariatesOnFmt:  W{"%s af %s rammevilkår med i modellen", "%s of %s framework conditions in the model"},
	R2Fmt:            W{"Forklaret variation (R²): a-dagpenge %s · kontanthjælp %s · sygedagpenge %s", "Variation explained (R²): unemployment benefit %s · social assistance %s · sickness benefit %s"},
	ModelNote:        W{"»Modellen her« genberegner det forventede med en vægtet lineær regression på de valgte rammevilkår; BM's egen model er ikke offentliggjort. Andele i pct. af de 16–66-årige.", "“This model” re-estimates the expected with a weighted linear regression on the chosen framework conditions; BM's own model is not published. Shares in pct. of residents aged 16–66."},
	AllCovariates:    W{"Rammevilkår i modellen", "Framework conditions in the model"},
	Phi:              W{"Overspredning φ (støj)", "Overdispersion φ (noise)"},
	PairsApartFmt:    W{"af %s par kan skelnes", "of %s pairs can be told apart"},
	MedianWidth:      W{"plausible pladser for en typisk kommune i midten", "plausible ranks for a typical municipality in the middle"},
	Outside95:        W{"kommuner uden for tragtens 95 %-grænse", "municipalities outside the funnel's 95 % limit"},
	Outside998:       W{"uden for 99,8 %-grænsen", "outside the 99.8 % limit"},
	SmallTitle:       W{"De små øer", "The small islands"},
	RankCol:          W{"Plads", "Rank"},
	IntervalCol:      W{"Plausible pladser", "Plausible ranks"},
	FunnelAlt:        W{"Tragtplot", "Funnel plot"},
	IvAlt:            W{"Placeringer med usikkerhed", "Ranks with uncertainty"},
	Weighting:        W{"Vægtning af områderne", "Weighting of the areas"},
	WeightingVolume:  W{"Antal (officiel)", "Volume (official)"},
	WeightingCost:    W{"Pris pr. fuldtidsperson", "Cost per full-time person"},
	WeightingRank:    W{"Gennemsnit af områdernes placeringer", "Mean of the areas' ranks"},
	PricesFmt:        W{"Undervisningspriser (antaget, ikke officielle): a-dagpenge %s kr., kontanthjælp %s kr., sygedagpenge %s kr. pr. fuldtidsperson om året — i gennemsnit de 71.250 kr., BM's tal giver. Idéen: kommunen bærer selv en større del af kontanthjælpen end af dagpengene.", "Teaching prices (assumed, not official): unemployment benefit DKK %s, social assistance DKK %s, sickness benefit DKK %s per full-time person a year — on average the DKK 71,250 that BM's figures imply. The idea: the municipality carries more of the cost of social assistance than of unemployment benefit."},
	Top10Title:       W{"Top 10", "Top 10"},
	OfficialRankCol:  W{"Officiel plads", "Official rank"},
	NewInTop:         W{"ny", "new"},
	LeftTop:          W{"Ude af top 10", "Out of the top 10"},
	EnteredTop:       W{"nye kommuner i top 10", "new municipalities in the top 10"},
	NoneLeft:         W{"Ingen — top 10 er den samme.", "None — the top 10 is the same."},
	MovedFmt:         W{"kommuner flytter sig %s pladser eller mere", "municipalities move %s places or more"},
	PersonsMoved:     W{"Fuldtidspersoner flyttet fra kontanthjælp til førtidspension i Stevns", "Full-time persons moved from social assistance to disability pension in Stevns"},
	OfficialList:     W{"Officiel liste", "Official list"},
	KLList:           W{"KL's opgørelse (+ førtidspension og fleksjob)", "KL's count (+ disability pension and flexi-jobs)"},
	RankNowFmt:       W{"nr. %s → nr. %s", "no. %s → no. %s"},
	StevnsKTH:        W{"Stevns på kontanthjælp", "Stevns on social assistance"},
	StevnsFP:         W{"Stevns på førtidspension", "Stevns on disability pension"},
	NearTitle:        W{"Den officielle liste omkring Stevns", "The official list around Stevns"},
	TargetCaseload:   W{"Stevns' mål: sager pr. sagsbehandler", "Stevns' target: cases per caseworker"},
	FewerPersons:     W{"færre fuldtidspersoner", "fewer full-time persons"},
	ExtraCaseworkers: W{"Ekstra sagsbehandlere", "Extra caseworkers"},
	CaseworkerCost:   W{"Sagsbehandlere, mio. kr. om året", "Caseworkers, DKK million a year"},
	BenefitSaved:     W{"Sparede ydelser, mio. kr. om året", "Benefits saved, DKK million a year"},
	Net:              W{"Netto, mio. kr. om året", "Net, DKK million a year"},
	RankStevns:       W{"Stevns' plads", "Stevns' rank"},
	MioKr:            W{"mio. kr.", "DKK million"},
	AssumptionsFmt:   W{"Antagelser fra parametertabellen: effekt ε = %s (færre personer pr. relativ sagstalsændring), fuldt indfaset efter %s år, %s kr. pr. sagsbehandlerårsværk, %s kr. pr. fuldtidsperson i ydelser.", "Assumptions from the parameter table: effect ε = %s (fewer persons per relative caseload change), fully phased in after %s years, DKK %s per caseworker-year, DKK %s per full-time person in benefits."},
	ConvThreshold:    W{"Fokusmål: mindst … % med 4 samtaler", "Focus target: at least … % with 4 conversations"},
	ResultMet:        W{"når resultatmålet", "meet the result target"},
	Inspiration:      W{"inspirationskommuner", "inspiration municipalities"},
	AtRisk:           W{"i risiko for skærpet tilsyn", "at risk of intensified supervision"},
	RiskTitle:        W{"I risiko (personer over det forventede · % med 4 samtaler)", "At risk (persons above the expected · % with 4 conversations)"},
	NearResult:       W{"Tættest på resultatmålets streg", "Closest to the result target's line"},
	NearFokus:        W{"Tættest på fokusmålets streg", "Closest to the focus target's line"},
	PersonsFromLine:  W{"Faktisk − forventet", "Actual − expected"},
	Conversations:    W{"Samtaler (%)", "Conversations (%)"},
	StatusCol:        W{"Status", "Status"},
	NoRisk:           W{"Ingen kommuner er i risiko.", "No municipality is at risk."},
}

var tourBook = newBook[Tour[W], Tour[string]](func() *Tour[W] { return &tourW })

// TourText is the Tour section in one language with its wording helpers.
type TourText struct {
	*Tour[string]
	lang Lang
}

// TourMsg returns the tour's words in lang.
func TourMsg(lang Lang) TourText { return TourText{tourBook.in(lang), lang} }

// Lang is the language of the texts.
func (t TourText) Lang() Lang { return t.lang }

// StepOf is "Trin 2 af 6".
func (t TourText) StepOf(n int) string {
	return fmt.Sprintf(t.StepOfFmt, Number(float64(n), 0, t.lang), Number(TourSteps, 0, t.lang))
}

// OffBy says how far a guess was from the answer.
func (t TourText) OffBy(guess, answer float64) string {
	d := guess - answer
	if d < 0 {
		d = -d
	}
	if d < 0.5 {
		return t.Exact
	}
	return fmt.Sprintf(t.OffByFmt, Number(d, 0, t.lang))
}
