package text

import (
	"benchsim/calc"
	"sync"
)

// UI is the app's words: the frame, the ranking, the scenario, the
// municipality page, the data page and the method page. Tabs is keyed by the
// app's tab ids (app/ui's Tab* constants), Scopes and WeightingNames by
// calc's. Numbers inside texts go through the one formatter.
type UI[T any] struct {
	AppName, AppTagline, AppDescription, Loading  T
	SkipToContent, Views, SwitchLanguage, Install T
	NewVersion, Reload, Dismiss                   T
	BannerLead, BannerRest, BannerLink, Banner    T
	BadLink, DatasetMissing                       T
	FooterNote, DatasetLabel, PeriodLabel         T

	Tabs map[string]T

	// Ranking
	RankingTitle, OfficialSummary, ScenarioChanged, BackToOfficial                       T
	CountsUnknownFmt, CountsPartFmt                                                      T
	MovedOne, MovedMany, CountsFmt                                                       T
	AreaLabel, FindMunicipality, FilterPlaceholder                                       T
	RegionLabel, AllRegions, ExportTable, ExportFull                                     T
	CaptionFmt, SortedAsc, SortedDesc, ShownFmt, SortByFmt                               T
	PinFmt, UnpinFmt                                                                     T
	StatusInspLong, StatusRiskLong, StatusResultLong, StatusFokusLong, StatusUnknownLong T
	ScenarioRank                                                                         T

	// Scenario
	GoImport                                                          T
	ScenarioTitle, ScenarioLead, LeverRefusedFmt                      T
	ScopeTitle, ScopeHelp, ScopeLegend, AreasInTotal                  T
	Scopes                                                            map[string]T
	WeightingLegend, WeightUnit                                       T
	WeightingNames                                                    map[string]T
	ReestimateTitle, ReestimateHelp, ReestimateLabel                  T
	FitOwn, FitOwnNoOfficial                                          T
	CovariatesLegend, ProxyHelp, ProxyName, FitCaptionFmt             T
	Covariate, Coefficient, Intercept                                 T
	CaseloadTitle, CaseloadHelp, CaseloadAssumptions, TargetArea      T
	TargetCaseload, YearsSince, YearsUnit, Municipality               T
	CaseloadItemFmt, Remove, NoCaseloadLever                          T
	InvestmentCaption, InvestmentTitle, Cases, ExtraCaseworkers       T
	CaseworkerCostYear, FewerPersons, BenefitSaved, NetPerYear, MioKr T
	TransferTitle, TransferHelp, From, To, Persons, FullTimePersons   T
	Add, TransferItemFmt, LensLabel                                   T
	PricesTitle, PricesHelp, SourceOfFmt                              T
	SupervisionTitle, SupervisionHelp, RuleSetLabel, PeriodRuleSetFmt T
	UseOffers                                                         T

	// Municipality
	ChooseMunicipality, MuniLeadFmt, AreasTitle, PotentialNote         T
	ResultSharesFmt                                                    T
	ResultMet, ResultNotMet, FokusMetFmt, FokusNotMetFmt, FokusUnknown T
	OffersPart                                                         T
	FokusEditHelp, ConversationsLabel, OffersLabel                     T
	SimilarTitle, SimilarHelp, SimilarNoteFmt, ExpectedShare           T
	HistoryTitle, HistoryNoteFmt                                       T

	// Data
	DataTitle, CurrentData, NameLabel, SourceLabel, NoteLabel       T
	KindLabel, KindIllustrative, KindReal, MunicipalitiesLabel      T
	PeriodsLabel, ImportTitle, ImportHelp, DropHere, ChooseFile     T
	DataKept, ShowRanking, WarningsFmt, DatasetsTitle, DatasetsHelp T
	AddedLabel, SizeLabel, ActionsLabel, BuiltIn, SessionOnly       T
	InUse, Use, Delete, ExportTitle, ExportHelp                     T
	ImportFailedFmt, ImportedFmt                                    T
	NotStored, TooLargeFmt                                          T

	// Method
	MethodTitle, RulesTitle, LeversTitle, CritiquesTitle   T
	ParametersTitle, ParametersHelp, ParamName, ParamValue T
	ParamUnit, ParamSource, RuleSetsTitle, NotCounted      T
	Rules, Critiques                                       [][2]T
	Levers                                                 []T

	// CSV
	FileTable, FileFull T
}

// uiW is the UI section, Danish and English side by side.
var uiW = sync.OnceValue(func() *UI[W] {
	return &UI[W]{
		AppName:        W{"Benchmark-simulator", "Benchmark simulator"},
		AppTagline:     W{"Kommunernes placering på Beskæftigelsesministeriets benchmark", "Municipalities on the Danish Ministry of Employment's benchmark"},
		AppDescription: W{"Se hvordan kommunernes placering på beskæftigelsesbenchmarket (faktisk mod forventet antal på offentlig forsørgelse) ændrer sig, når man ændrer på forudsætningerne.", "See how the municipalities' places on the employment benchmark (actual versus expected number on public support) change when the assumptions change."},
		Loading:        W{"Indlæser {progress} %", "Loading {progress} %"},
		SkipToContent:  W{"Spring til indhold", "Skip to content"},
		Views:          W{"Visninger", "Views"},
		SwitchLanguage: W{"Switch to English", "Skift til dansk"},
		Install:        W{"Installér app", "Install app"},
		NewVersion:     W{"Ny version klar.", "A new version is ready."},
		Reload:         W{"Genindlæs", "Reload"},
		Dismiss:        W{"Luk", "Close"},
		BannerLead:     W{"Eksempeldata — ikke de officielle tal;", "Illustrative data — not the official figures;"},
		BannerRest:     W{"importér Jobindsats Y30R21 for de rigtige tal.", "import Jobindsats Y30R21 for the real figures."},
		BannerLink:     W{"Gå til Data", "Go to Data"},
		Banner:         W{"Eksempeldata — ikke de officielle tal; importér Jobindsats Y30R21 for de rigtige tal.", "Illustrative data — not the official figures; import Jobindsats Y30R21 for the real figures."},
		BadLink:        W{"Linket kunne ikke læses, så standardvisningen vises (%s).", "The link could not be read, so the default view is shown (%s)."},
		DatasetMissing: W{"datasættet findes ikke i denne browser; importér filen igen", "the dataset is not in this browser; import the file again"},
		FooterNote:     W{"Beregningerne kører i din browser; intet sendes videre. Et potentiale er ikke en besparelse.", "The calculations run in your browser; nothing is sent anywhere. A potential is not a saving."},
		DatasetLabel:   W{"Datasæt", "Dataset"},
		PeriodLabel:    W{"Periode", "Period"},
		Tabs: map[string]W{
			"ranking":      {"Rangliste", "Ranking"},
			"scenario":     {"Scenarie", "Scenario"},
			"municipality": {"Kommune", "Municipality"},
			"data":         {"Data", "Data"},
			"method":       {"Metode", "Method"},
			"charts":       {"Diagrammer", "Charts"},
			"compare":      {"Sammenlign", "Compare"},
			"tour":         {"Forstå benchmarket", "Understand the benchmark"},
		},
		RankingTitle:      W{"Rangliste", "Ranking"},
		OfficialSummary:   W{"Den officielle model. Skift til Scenarie for at flytte på forudsætningerne.", "The official model. Go to Scenario to move the assumptions."},
		ScenarioChanged:   W{"Scenariet afviger fra den officielle model.", "The scenario differs from the official model."},
		BackToOfficial:    W{"Tilbage til den officielle model", "Back to the official model"},
		MovedOne:          W{"1 kommune flytter sig %s pladser eller mere", "1 municipality moves %s places or more"},
		MovedMany:         W{"%s kommuner flytter sig %s pladser eller mere", "%s municipalities move %s places or more"},
		CountsFmt:         W{"Resultatmål opfyldt: %s · Inspirationskommuner: %s · Risiko for skærpet tilsyn: %s", "Result target met: %s · Inspiration municipalities: %s · At risk of intensified supervision: %s"},
		CountsUnknownFmt:  W{"Resultatmål opfyldt: %s · Inspirationskommuner og risiko for skærpet tilsyn: ukendt — data har ingen fokusmålstal (indtast dem på kommunesiden eller importér skabelonen under Data)", "Result target met: %s · Inspiration municipalities and risk of intensified supervision: unknown — the data has no focus-target figures (enter them on the municipality page or import the template under Data)"},
		CountsPartFmt:     W{"Resultatmål opfyldt: %s · Inspirationskommuner: %s · Risiko for skærpet tilsyn: %s (blandt de %s kommuner med fokusmålstal)", "Result target met: %s · Inspiration municipalities: %s · At risk of intensified supervision: %s (among the %s municipalities with focus-target figures)"},
		AreaLabel:         W{"Ydelsesområde", "Benefit area"},
		FindMunicipality:  W{"Find kommune", "Find municipality"},
		FilterPlaceholder: W{"fx Stevns", "e.g. Stevns"},
		RegionLabel:       W{"Region", "Region"},
		AllRegions:        W{"Alle regioner", "All regions"},
		ExportTable:       W{"CSV: tabellen som vist", "CSV: table as shown"},
		ExportFull:        W{"CSV: hele resultatet", "CSV: full result"},
		CaptionFmt:        W{"Placering på benchmarket, %s, %s. Sorteret efter %s, %s.", "Places on the benchmark, %s, %s. Sorted by %s, %s."},
		SortedAsc:         W{"stigende", "ascending"},
		SortedDesc:        W{"faldende", "descending"},
		ShownFmt:          W{"Viser %s af %s kommuner.", "Showing %s of %s municipalities."},
		SortByFmt:         W{"Sortér efter %s", "Sort by %s"},
		PinFmt:            W{"Fastgør %s", "Pin %s"},
		UnpinFmt:          W{"Slip %s", "Unpin %s"},
		StatusInspLong:    W{"Inspirationskommune: opfylder både resultatmål og fokusmål.", "Inspiration municipality: meets both the result target and the focus target."},
		StatusRiskLong:    W{"Risiko for skærpet tilsyn: opfylder hverken resultatmål eller fokusmål.", "At risk of intensified supervision: meets neither the result target nor the focus target."},
		StatusResultLong:  W{"Opfylder resultatmålet, men ikke fokusmålet.", "Meets the result target but not the focus target."},
		StatusFokusLong:   W{"Opfylder fokusmålet, men ikke resultatmålet.", "Meets the focus target but not the result target."},
		StatusUnknownLong: W{"Fokusmålstallene kendes ikke; indtast dem herunder for at se tilsynsstatus.", "The focus-target figures are not known; enter them below to see the supervision status."},
		ScenarioRank:      W{"Placering i scenariet", "Rank in the scenario"},
		ScenarioTitle:     W{"Scenarie", "Scenario"},
		ScenarioLead:      W{"Hvert håndtag ændrer forudsætningerne; de officielle regler regner derefter uændret på resultatet. Ranglisten følger med, mens du trækker.", "Each lever changes the inputs; the official rules then run unchanged on the result. The ranking follows while you drag."},
		LeverRefusedFmt:   W{"Ændringen kunne ikke beregnes, så scenariet er uændret: %s", "The change could not be computed, so the scenario is unchanged: %s"},
		GoImport:          W{"Importér data", "Import data"},
		ScopeTitle:        W{"Omfang og vægte", "Scope and weights"},
		ScopeHelp:         W{"Hvilke ydelser tæller med i det samlede mål, og hvor meget vejer de?", "Which benefits count in the total, and how much does each weigh?"},
		ScopeLegend:       W{"Omfang", "Scope"},
		AreasInTotal:      W{"Ydelsesområder i det samlede mål", "Benefit areas in the total"},
		Scopes: map[string]W{
			calc.ScopeOfficial: {"Periodens officielle omfang", "The period's official scope"},
			calc.ScopeBM2017:   {"BM 2017", "BM 2017"},
			calc.ScopeBM2019:   {"BM fra 2019", "BM from 2019"},
			calc.ScopeKL:       {"KL's forslag: + FP + fleksjob", "KL proposal: + disability pension + flexi-jobs"},
			calc.ScopeAll:      {"Alle ydelser", "All benefits"},
			calc.ScopeCustom:   {"Tilpasset", "Custom"},
		},
		WeightingLegend: W{"Vægtning i det samlede mål", "Weighting in the total"},
		WeightUnit:      W{"vægt", "weight"},
		WeightingNames: map[string]W{
			calc.WeightVolume:   {"Efter volumen (officiel)", "By volume (official)"},
			calc.WeightCost:     {"Efter pris", "By price"},
			calc.WeightRankMean: {"Gennemsnit af områdeplaceringer", "Mean of area ranks"},
			calc.WeightCustom:   {"Tilpasset", "Custom"},
		},
		ReestimateTitle:     W{"Forventet: genberegning", "Expected: re-estimation"},
		ReestimateHelp:      W{"Beregn det forventede niveau igen med en befolkningsvægtet regression på rammevilkårene. Slå forklarende variable til og fra og se, hvordan forklaringsgraden og placeringerne ændrer sig.", "Estimate the expected level again with a population-weighted regression on the framework conditions. Switch covariates on and off and see how the fit and the places change."},
		ReestimateLabel:     W{"Genberegn forventet", "Re-estimate expected"},
		CovariatesLegend:    W{"Rammevilkår i regressionen", "Framework conditions in the regression"},
		ProxyHelp:           W{"Data har ingen rammevilkår; genberegningen bruger den officielle forventede andel i alt som eneste forklarende variabel.", "The data has no framework conditions; the re-estimation uses the official expected total share as its only covariate."},
		ProxyName:           W{"Officiel forventet andel i alt (pct.)", "Official expected total share (pct.)"},
		FitCaptionFmt:       W{"%s: R² = %s (%s kommuner)", "%s: R² = %s (%s municipalities)"},
		FitOwn:              W{"Simulatorens eget skøn, ikke BM's model: BM's regression er ikke offentliggjort.", "The simulator's own estimate, not BM's model: BM's regression is not published."},
		FitOwnNoOfficial:    W{"Simulatorens eget skøn, ikke BM's: BM offentliggør intet forventet tal for området, så det forventede er en befolkningsvægtet regression på rammevilkårene.", "The simulator's own estimate, not BM's: BM publishes no expected figure for the area, so expected is a population-weighted regression on the framework conditions."},
		Covariate:           W{"Forklarende variabel", "Covariate"},
		Coefficient:         W{"Koefficient (procentpoint pr. enhed)", "Coefficient (percentage points per unit)"},
		Intercept:           W{"Konstant", "Intercept"},
		CaseloadTitle:       W{"Sagstal", "Caseload"},
		CaseloadHelp:        W{"Færre sager pr. sagsbehandler giver (ifølge forsøg) flere i job. Effekt efter fuld indfasning: −ε × (nuværende − mål) / nuværende × antal på ydelsen.", "Fewer cases per caseworker gets (according to trials) more people into work. Effect after full phase-in: −ε × (current − target) / current × persons on the benefit."},
		CaseloadAssumptions: W{"Forudsætninger for alle kommuner", "Assumptions for every municipality"},
		TargetArea:          W{"Målgruppe", "Target group"},
		TargetCaseload:      W{"Mål for sagstal", "Target caseload"},
		YearsSince:          W{"År efter ændringen (0 = fuldt indfaset)", "Years after the change (0 = fully phased in)"},
		YearsUnit:           W{"år", "years"},
		Municipality:        W{"Kommune", "Municipality"},
		CaseloadItemFmt:     W{"%s: %s → %s sager pr. medarbejder (%s)", "%s: %s → %s cases per caseworker (%s)"},
		Remove:              W{"Fjern", "Remove"},
		NoCaseloadLever:     W{"Ingen ændring af sagstallet endnu: træk i målet for sagstal.", "No caseload change yet: drag the target caseload."},
		InvestmentCaption:   W{"Investeringsregnskab pr. år", "Investment case per year"},
		InvestmentTitle:     W{"Investering i sagsbehandlere", "Investing in caseworkers"},
		Cases:               W{"Sager (≈ fuldtidspersoner)", "Cases (≈ full-time persons)"},
		ExtraCaseworkers:    W{"Ekstra sagsbehandlere", "Extra caseworkers"},
		CaseworkerCostYear:  W{"Udgift til sagsbehandlere", "Cost of caseworkers"},
		FewerPersons:        W{"Færre fuldtidspersoner på ydelse", "Fewer full-time persons on benefits"},
		BenefitSaved:        W{"Sparet ydelse (potentiale)", "Benefits saved (potential)"},
		NetPerYear:          W{"Netto pr. år", "Net per year"},
		MioKr:               W{"mio. kr.", "DKK m"},
		TransferTitle:       W{"Overflytninger (forbundne kar)", "Transfers (connected vessels)"},
		TransferHelp:        W{"Flyt fuldtidspersoner fra kontanthjælp eller sygedagpenge til førtidspension i én kommune: den officielle placering forbedres, mens placeringen med FP ikke gør.", "Move full-time persons from social assistance or sickness benefit to disability pension in one municipality: the official rank improves while the rank including disability pension does not."},
		From:                W{"Fra", "From"},
		To:                  W{"Til", "To"},
		Persons:             W{"Antal", "Number"},
		FullTimePersons:     W{"fuldtidspersoner", "full-time persons"},
		Add:                 W{"Tilføj", "Add"},
		TransferItemFmt:     W{"%s: %s fra %s til %s", "%s: %s from %s to %s"},
		LensLabel:           W{"Forbundne kar som linse over alle kommuner (FP følger afvigelsen på kontanthjælp)", "Connected vessels as a lens over every municipality (disability pension follows the social assistance deviation)"},
		PricesTitle:         W{"Priser", "Prices"},
		PricesHelp:          W{"Kroner pr. fuldtidsperson pr. år; bruges til potentialet og til vægtning efter pris.", "DKK per full-time person per year; used for the potential and for weighting by price."},
		SourceOfFmt:         W{"Standard%s — kilde", "Default%s — source"},
		SupervisionTitle:    W{"Tilsyn", "Supervision"},
		SupervisionHelp:     W{"Resultatmål: faktisk ≤ forventet. Fokusmål: andel af langvarige modtagere med samtaler (og tilbud). Inspirationskommune: begge opfyldt. Risiko for skærpet tilsyn: ingen af dem.", "Result target: actual ≤ expected. Focus target: the share of long-term recipients with conversations (and offers). Inspiration municipality: both met. At risk of intensified supervision: neither."},
		RuleSetLabel:        W{"Regelsæt", "Rule set"},
		PeriodRuleSetFmt:    W{"Periodens eget regelsæt (%s)", "The period's own rule set (%s)"},
		UseOffers:           W{"Tilbudsmålet tæller med", "The offers target counts"},
		ChooseMunicipality:  W{"Vælg kommune", "Choose municipality"},
		MuniLeadFmt:         W{"%s · %s. Tal for scenariet; den officielle placering står ved siden af.", "%s · %s. Figures for the scenario; the official rank is shown next to them."},
		AreasTitle:          W{"Ydelsesområder", "Benefit areas"},
		PotentialNote:       W{"Potentialet er forskellen mellem faktisk og forventet gange prisen pr. fuldtidsperson. Det er ikke en besparelse, kommunen kan hente.", "The potential is the difference between actual and expected times the price per full-time person. It is not a saving the municipality can collect."},
		ResultMet:           W{"Resultatmål: opfyldt (faktisk ≤ forventet).", "Result target: met (actual ≤ expected)."},
		ResultNotMet:        W{"Resultatmål: ikke opfyldt (faktisk over forventet).", "Result target: not met (actual above expected)."},
		ResultSharesFmt:     W{"Det afgøres af andelene, ikke de afrundede antal: faktisk %s %% mod forventet %s %% af de 16–66-årige (%s procentpoint).", "The shares decide, not the rounded counts: actual %s %% against expected %s %% of those aged 16–66 (%s percentage points)."},
		FokusMetFmt:         W{"Fokusmål: opfyldt (mindst %s).", "Focus target: met (at least %s)."},
		FokusNotMetFmt:      W{"Fokusmål: ikke opfyldt (krav: mindst %s).", "Focus target: not met (required: at least %s)."},
		FokusUnknown:        W{"Fokusmål: tallene kendes ikke.", "Focus target: the figures are not known."},
		OffersPart:          W{" med 4 samtaler og %s med tilbud", " with 4 conversations and %s with an offer"},
		FokusEditHelp:       W{"Ret fokusmålstallene og se, om status skifter.", "Edit the focus-target figures and see whether the status changes."},
		ConversationsLabel:  W{"Mindst 4 samtaler", "At least 4 conversations"},
		OffersLabel:         W{"Tilbud eller 225 timer", "Offer or 225 hours"},
		SimilarTitle:        W{"Lignende kommuner", "Similar municipalities"},
		SimilarHelp:         W{"De kommuner, hvis forventede andel ligger tættest på — dvs. som modellen mener har de mest ens rammevilkår.", "The municipalities whose expected share is closest — those the model considers to have the most similar framework conditions."},
		SimilarNoteFmt:      W{"Kommunens forventede andel: %s pct.", "The municipality's expected share: %s pct."},
		ExpectedShare:       W{"Forventet andel (pct.)", "Expected share (pct.)"},
		HistoryTitle:        W{"Placering i alle perioder", "Rank in every period"},
		HistoryNoteFmt:      W{"Placering i alt blandt %s kommuner; scenariets håndtag anvendt i hver periode.", "Total rank among %s municipalities; the scenario's levers applied in each period."},
		DataTitle:           W{"Data", "Data"},
		CurrentData:         W{"De viste data", "The data shown"},
		NameLabel:           W{"Navn", "Name"},
		SourceLabel:         W{"Kilde", "Source"},
		NoteLabel:           W{"Bemærkning", "Note"},
		KindLabel:           W{"Art", "Kind"},
		KindIllustrative:    W{"Eksempeldata (syntetiske tal)", "Illustrative data (synthetic figures)"},
		KindReal:            W{"Importerede data", "Imported data"},
		MunicipalitiesLabel: W{"Kommuner", "Municipalities"},
		PeriodsLabel:        W{"Perioder", "Periods"},
		ImportTitle:         W{"Importér Jobindsats Y30R21", "Import Jobindsats Y30R21"},
		ImportHelp:          W{"Hent målingen Y30R21 (\"Forventet og faktisk antal og andel fuldtidspersoner på offentlig forsørgelse\") fra jobindsats.dk som JSON (API), JSON-linjer eller CSV. Filen læses i browseren og gemmes her, så den også virker uden net.", "Download the measure Y30R21 (expected and actual number and share of full-time persons on public support) from jobindsats.dk as JSON (API), JSON lines or CSV. The file is read in the browser and kept here, so it also works offline."},
		DropHere:            W{"Træk en fil hertil, eller", "Drop a file here, or"},
		ChooseFile:          W{"Vælg fil …", "Choose file …"},
		DataKept:            W{"De hidtidige data vises stadig.", "The previous data is still shown."},
		ShowRanking:         W{"Vis ranglisten", "Show the ranking"},
		WarningsFmt:         W{"%s advarsler", "%s warnings"},
		DatasetsTitle:       W{"Datasæt i denne browser", "Datasets in this browser"},
		DatasetsHelp:        W{"Importerede datasæt gemmes i browseren og kan vælges, også uden net.", "Imported datasets are kept in the browser and can be chosen, also offline."},
		AddedLabel:          W{"Tilføjet", "Added"},
		SizeLabel:           W{"Størrelse", "Size"},
		ActionsLabel:        W{"Handlinger", "Actions"},
		BuiltIn:             W{"indbygget", "built in"},
		SessionOnly:         W{"kun denne session", "this session only"},
		InUse:               W{"i brug", "in use"},
		Use:                 W{"Brug", "Use"},
		Delete:              W{"Slet", "Delete"},
		ExportTitle:         W{"Eksport", "Export"},
		ExportHelp:          W{"CSV til Excel: semikolon, decimalkomma, UTF-8. Første linjer fortæller datasæt, periode og scenarie.", "CSV for spreadsheets: comma separated, decimal point, UTF-8. The first lines give the dataset, period and scenario."},
		ImportFailedFmt:     W{"%s kunne ikke importeres: %s", "%s could not be imported: %s"},
		ImportedFmt:         W{"%s er importeret: %d kommuner, %d perioder.", "%s has been imported: %d municipalities, %d periods."},
		NotStored:           W{"Filen kunne ikke gemmes i browseren (%s); den kan bruges, indtil siden lukkes.", "The file could not be kept in the browser (%s); it can be used until the page is closed."},
		TooLargeFmt:         W{"%s er for stor (%s MB; højst %s MB).", "%s is too large (%s MB; at most %s MB)."},
		MethodTitle:         W{"Metode", "Method"},
		RulesTitle:          W{"De officielle regler", "The official rules"},
		LeversTitle:         W{"Hvad simulatoren lægger oven på", "What the simulator adds on top"},
		CritiquesTitle:      W{"Kritikken", "The critiques"},
		ParametersTitle:     W{"Parametre og kilder", "Parameters and sources"},
		ParametersHelp:      W{"Alle tal i modellen, der ikke er data, står her med enhed og kilde. De kan ændres under Scenarie.", "Every number in the model that is not data is listed here with its unit and source. They can be changed under Scenario."},
		ParamName:           W{"Parameter", "Parameter"},
		ParamValue:          W{"Standard", "Default"},
		ParamUnit:           W{"Enhed", "Unit"},
		ParamSource:         W{"Kilde", "Source"},
		RuleSetsTitle:       W{"Regelsæt for tilsyn", "Supervision rule sets"},
		NotCounted:          W{"tæller ikke", "not counted"},
		Rules: [][2]W{
			{
				W{"Hvem tæller.", "Who counts."},
				W{"Borgere på 16–66 år på a-dagpenge mv., kontanthjælp mv. (fra 2019 inkl. ledighedsydelse og ressourceforløbsydelse) og sygedagpenge mv. Førtidspension, fleksjob og seniorpension tæller ikke.", "Residents aged 16–66 on unemployment benefit, social assistance (from 2019 including ledighedsydelse and ressourceforløbsydelse) and sickness benefit. Disability pension, flexi-jobs and senior pension do not count."},
			},
			{
				W{"Faktisk og forventet.", "Actual and expected."},
				W{"Faktisk er antal fuldtidspersoner over 12 måneder. Forventet er, hvad Beskæftigelsesministeriet (med VIVE) ud fra borgernes sammensætning og det lokale arbejdsmarked forventer; regressionens form er ikke offentliggjort.", "Actual is the number of full-time persons over 12 months. Expected is what the Ministry of Employment (with VIVE) expects given the residents' composition and the local labour market; the regression's form is not published."},
			},
			{
				W{"Placering.", "Rank."},
				W{"Kommunerne rangeres efter forskellen i procentpoint mellem faktisk og forventet andel af de 16–66-årige. Nr. 1 ligger mest under forventet. Der er ingen delte placeringer; det samlede mål er summen over de tre områder.", "Municipalities are ranked by the percentage-point difference between the actual and the expected share of residents aged 16–66. Number 1 is furthest below expected. There are no shared ranks; the total is the sum over the three areas."},
			},
			{
				W{"Potentiale.", "Potential."},
				W{"Forskellen mellem faktisk og forventet antal gange en pris pr. fuldtidsperson (ca. 71.250 kr.). Det er ikke en besparelse.", "The difference between the actual and the expected number times a price per full-time person (about DKK 71,250). It is not a saving."},
			},
			{
				W{"Tilsyn.", "Supervision."},
				W{"Resultatmålet er opfyldt, når faktisk ≤ forventet. Fokusmålet handler om samtaler (og tilbud) til langvarige modtagere. Opfyldes begge, er kommunen inspirationskommune; opfyldes ingen, risikerer den skærpet tilsyn.", "The result target is met when actual ≤ expected. The focus target is about conversations (and offers) for long-term recipients. A municipality meeting both is an inspiration municipality; one meeting neither risks intensified supervision."},
			},
		},
		Levers: []W{
			{"Omfang og vægte: tag førtidspension og fleksjob med (KL's forslag), brug 2017-omfanget, eller vægt områderne efter pris eller gennemsnitlig placering i stedet for volumen.", "Scope and weights: include disability pension and flexi-jobs (KL's proposal), use the 2017 scope, or weight the areas by price or mean rank instead of volume."},
			{"Genberegning: beregn forventet igen med en befolkningsvægtet regression på rammevilkårene, og se forklaringsgrad og koefficienter.", "Re-estimation: estimate expected again with a population-weighted regression on the framework conditions, and see the fit and the coefficients."},
			{"Sagstal: sænk antallet af sager pr. sagsbehandler i én kommune og se effekten på placeringen og investeringsregnskabet.", "Caseload: lower the number of cases per caseworker in one municipality and see the effect on its rank and its investment case."},
			{"Overflytninger: flyt personer fra kontanthjælp til førtidspension og se, hvordan den officielle placering belønner det.", "Transfers: move people from social assistance to disability pension and see how the official rank rewards it."},
			{"Priser og tilsynsregler kan ændres; alle forudsætninger står med kilde i tabellen herunder.", "Prices and supervision rules can be changed; every assumption is listed with its source in the table below."},
		},
		Critiques: [][2]W{
			{
				W{"Forbundne kar.", "Connected vessels."},
				W{"Førtidspension og fleksjob tæller ikke, så en kommune kan stige ved at flytte svære sager fra kontanthjælp eller sygedagpenge til førtidspension i stedet for at hjælpe dem mod job. En analyse fandt, at kommuner med 10 % færre på kontanthjælp end forventet havde 4,3 % flere på førtidspension end forventet.", "Disability pension and flexi-jobs do not count, so a municipality can climb by moving hard cases from social assistance or sickness benefit to disability pension instead of helping them towards work. One analysis found that municipalities with 10 % fewer on social assistance than expected had 4.3 % more on disability pension than expected."},
			},
			{
				W{"En rest er ikke et kvalitetsmål.", "A residual is not a quality measure."},
				W{"Forskellen mellem faktisk og forventet rummer alt det, modellen ikke ser, og tilfældig støj. Små kommuner (Læsø, Samsø, Fanø, Ærø) ligger i begge ender af listen.", "The gap between actual and expected holds everything the model does not see, and noise. Small municipalities (Læsø, Samsø, Fanø, Ærø) sit at both ends of the list."},
			},
			{
				W{"Vægtningen er et valg.", "Weighting is a choice."},
				W{"Det samlede mål vægter områderne efter volumen. Vægtning efter pris eller et gennemsnit af områdeplaceringer giver en anden liste.", "The total weights the areas by volume. Weighting by price or averaging the area ranks gives a different list."},
			},
			{
				W{"Sammenlignelighed over tid.", "Comparability over time."},
				W{"Omfanget blev ændret i 2019, så lister før og efter kan ikke sammenlignes direkte.", "The scope changed in 2019, so lists before and after cannot be compared directly."},
			},
			{
				W{"Sagstal betyder noget.", "Caseload matters."},
				W{"København havde ca. 100 sager pr. sagsbehandler (tidligere over 150); \"et sted mellem 30 og 50\" nævnes ofte som målet. Vordingborg og Norddjurs investerer i sagsbehandlere og aktivering.", "Copenhagen had about 100 cases per caseworker (earlier over 150); \"somewhere between 30 and 50\" is often named as the goal. Vordingborg and Norddjurs invest in caseworkers and activation."},
			},
		},
		FileTable: W{"rangliste", "ranking"},
		FileFull:  W{"resultat", "result"},
	}
})

var uiBook = newBook[UI[W], UI[string]](uiW)
