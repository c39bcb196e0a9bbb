package ui

import (
	"fmt"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
	"benchsim/calc/jobindsats"
)

// Texts are all the words of the UI in one language. Every field of da has
// its counterpart in en (a test checks that none is empty). Numbers inside
// texts go through FormatNumber.
type Texts struct {
	lang string

	AppName, AppTagline, AppDescription, Loading  string
	SkipToContent, Views, SwitchLanguage, Install string
	NewVersion, Reload, Dismiss                   string
	BannerLead, BannerRest, BannerLink, Banner    string
	BadLink, DatasetMissing                       string
	FooterNote, DatasetLabel, PeriodLabel         string

	Tabs map[string]string

	// Ranking
	RankingTitle, OfficialSummary, ScenarioChanged, BackToOfficial                       string
	CountsUnknownFmt, CountsPartFmt                                                      string
	MovedOne, MovedMany, CountsFmt                                                       string
	AreaLabel, FindMunicipality, FilterPlaceholder                                       string
	RegionLabel, AllRegions, ExportTable, ExportFull                                     string
	CaptionFmt, SortedAsc, SortedDesc, ShownFmt, SortByFmt                               string
	PinFmt, UnpinFmt                                                                     string
	StatusInspLong, StatusRiskLong, StatusResultLong, StatusFokusLong, StatusUnknownLong string
	ScenarioRank                                                                         string

	// Scenario
	GoImport                                                          string
	ScenarioTitle, ScenarioLead, LeverRefusedFmt                      string
	ScopeTitle, ScopeHelp, ScopeLegend, AreasInTotal                  string
	Scopes                                                            map[string]string
	WeightingLegend, WeightUnit                                       string
	WeightingNames                                                    map[string]string
	ReestimateTitle, ReestimateHelp, ReestimateLabel                  string
	FitOwn, FitOwnNoOfficial                                          string
	CovariatesLegend, ProxyHelp, ProxyName, FitCaptionFmt             string
	Covariate, Coefficient, Intercept                                 string
	CaseloadTitle, CaseloadHelp, CaseloadAssumptions, TargetArea      string
	TargetCaseload, YearsSince, YearsUnit, Municipality               string
	CaseloadItemFmt, Remove, NoCaseloadLever                          string
	InvestmentCaption, InvestmentTitle, Cases, ExtraCaseworkers       string
	CaseworkerCostYear, FewerPersons, BenefitSaved, NetPerYear, MioKr string
	TransferTitle, TransferHelp, From, To, Persons, FullTimePersons   string
	Add, TransferItemFmt, LensLabel                                   string
	PricesTitle, PricesHelp, SourceOfFmt                              string
	SupervisionTitle, SupervisionHelp, RuleSetLabel, PeriodRuleSetFmt string
	UseOffers                                                         string

	// Municipality
	ChooseMunicipality, MuniLeadFmt, AreasTitle, PotentialNote         string
	ResultSharesFmt                                                    string
	ResultMet, ResultNotMet, FokusMetFmt, FokusNotMetFmt, FokusUnknown string
	OffersPart                                                         string
	FokusEditHelp, ConversationsLabel, OffersLabel                     string
	SimilarTitle, SimilarHelp, SimilarNoteFmt, ExpectedShare           string
	HistoryTitle, HistoryNoteFmt                                       string

	// Data
	DataTitle, CurrentData, NameLabel, SourceLabel, NoteLabel       string
	KindLabel, KindIllustrative, KindReal, MunicipalitiesLabel      string
	PeriodsLabel, ImportTitle, ImportHelp, DropHere, ChooseFile     string
	DataKept, ShowRanking, WarningsFmt, DatasetsTitle, DatasetsHelp string
	AddedLabel, SizeLabel, ActionsLabel, BuiltIn, SessionOnly       string
	InUse, Use, Delete, ExportTitle, ExportHelp                     string
	ImportFailedFmt, ImportedFmt                                    string
	NotStored, TooLargeFmt                                          string

	// Method
	MethodTitle, RulesTitle, LeversTitle, CritiquesTitle   string
	ParametersTitle, ParametersHelp, ParamName, ParamValue string
	ParamUnit, ParamSource, RuleSetsTitle, NotCounted      string
	Rules, Critiques                                       [][2]string
	Levers                                                 []string

	// CSV
	FileTable, FileFull string
}

// Msg returns the texts of a language (Danish for anything but "en").
func Msg(lang string) *Texts {
	if lang == LangEN {
		return &en
	}
	return &da
}

// TabName names a view.
func (t *Texts) TabName(tab string) string { return t.Tabs[tab] }

// AreaName names an area.
func (t *Texts) AreaName(a calc.Area) string { return report.AreaName(a, report.Lang(t.lang)) }

// ColumnName names a table column.
func (t *Texts) ColumnName(c string) string { return report.ColumnTitle(c, report.Lang(t.lang)) }

// ScopeName names a scope preset.
func (t *Texts) ScopeName(s string) string { return t.Scopes[s] }

// WeightingName names a weighting.
func (t *Texts) WeightingName(w string) string { return t.WeightingNames[w] }

// Moved is the one-line summary of the scenario.
func (t *Texts) Moved(n, places int) string {
	if n == 1 {
		return fmt.Sprintf(t.MovedOne, FormatInt(places, t.lang))
	}
	return fmt.Sprintf(t.MovedMany, FormatInt(n, t.lang), FormatInt(places, t.lang))
}

// Counts summarises the supervision outcomes.
func (t *Texts) Counts(met, insp, risk int) string {
	return fmt.Sprintf(t.CountsFmt, FormatInt(met, t.lang), FormatInt(insp, t.lang), FormatInt(risk, t.lang))
}

// CountsKnown is Counts when focus-target figures are known for only known
// of n municipalities: none known makes inspiration and risk unknown, not 0.
func (t *Texts) CountsKnown(met, insp, risk, known, n int) string {
	switch {
	case known == 0:
		return fmt.Sprintf(t.CountsUnknownFmt, FormatInt(met, t.lang))
	case known < n:
		return fmt.Sprintf(t.CountsPartFmt, FormatInt(met, t.lang), FormatInt(insp, t.lang), FormatInt(risk, t.lang), FormatInt(known, t.lang))
	}
	return t.Counts(met, insp, risk)
}

// Caption describes the ranking table.
func (t *Texts) Caption(area, period, sortCol string, desc bool, shown, total int) string {
	dir := t.SortedAsc
	if desc {
		dir = t.SortedDesc
	}
	s := fmt.Sprintf(t.CaptionFmt, area, period, sortCol, dir)
	if shown != total {
		s += " " + fmt.Sprintf(t.ShownFmt, FormatInt(shown, t.lang), FormatInt(total, t.lang))
	}
	return s
}

// SortBy labels a sort button.
func (t *Texts) SortBy(col string) string { return fmt.Sprintf(t.SortByFmt, col) }

// PinLabel labels a pin button.
func (t *Texts) PinLabel(name string) string { return fmt.Sprintf(t.PinFmt, name) }

// UnpinLabel labels a pressed pin button.
func (t *Texts) UnpinLabel(name string) string { return fmt.Sprintf(t.UnpinFmt, name) }

// StatusShort is the supervision status in a table cell.
func (t *Texts) StatusShort(s calc.Status) string { return report.StatusShort(s, report.Lang(t.lang)) }

// StatusLong is the supervision status in a sentence.
func (t *Texts) StatusLong(s calc.Status) string {
	switch {
	case !s.FokusKnown:
		return t.StatusUnknownLong
	case s.Inspiration:
		return t.StatusInspLong
	case s.Risk:
		return t.StatusRiskLong
	case s.ResultMet:
		return t.StatusResultLong
	}
	return t.StatusFokusLong
}

// ResultTarget says whether the result target is met, with the shares
// that decide it: the counts are rounded to 10, so 6.510 against 6.500 can
// still meet the target.
func (t *Texts) ResultTarget(met bool, total calc.Entry) string {
	v := t.ResultNotMet
	if met {
		v = t.ResultMet
	}
	return v + " " + fmt.Sprintf(t.ResultSharesFmt, FormatNumber(total.ActualShare, 2, t.lang),
		FormatNumber(total.ExpectedShare, 2, t.lang), FormatSigned(total.DiffPP, 2, t.lang))
}

// FokusTarget says whether the focus target is met, with its thresholds.
func (t *Texts) FokusTarget(known, met bool, conv string, useOffers bool, offer string) string {
	if !known {
		return t.FokusUnknown
	}
	th := conv + " %"
	if useOffers {
		th += fmt.Sprintf(t.OffersPart, offer+" %")
	}
	if met {
		return fmt.Sprintf(t.FokusMetFmt, th)
	}
	return fmt.Sprintf(t.FokusNotMetFmt, th)
}

// LeverRefused explains a scenario change that calc refused.
func (t *Texts) LeverRefused(msg string) string { return fmt.Sprintf(t.LeverRefusedFmt, msg) }

// Note explains a caveat calc reported.
func (t *Texts) Note(id string) string { return text.Note(id, t.lang) }

// CovariateLabel names a covariate in the current language, with its unit.
func (t *Texts) CovariateLabel(c calc.Covariate) string {
	l := c.Label
	if t.lang == LangEN && c.LabelEN != "" {
		l = c.LabelEN
	}
	if c.Unit != "" {
		l += " (" + c.Unit + ")"
	}
	return l
}

// FitCaption describes a re-estimated model.
func (t *Texts) FitCaption(area, r2 string, n int) string {
	return fmt.Sprintf(t.FitCaptionFmt, area, r2, FormatInt(n, t.lang))
}

// CaseloadItem describes a caseload lever.
func (t *Texts) CaseloadItem(name, from, to, area string) string {
	return fmt.Sprintf(t.CaseloadItemFmt, name, from, to, area)
}

// TransferItem describes a transfer.
func (t *Texts) TransferItem(name, amount, from, to string) string {
	return fmt.Sprintf(t.TransferItemFmt, name, amount, from, to)
}

// SourceOf labels the source of a default value.
func (t *Texts) SourceOf(def string) string {
	if def == "" {
		return fmt.Sprintf(t.SourceOfFmt, "")
	}
	return fmt.Sprintf(t.SourceOfFmt, " "+def)
}

// PeriodRuleSet names the "period's own" rule set choice.
func (t *Texts) PeriodRuleSet(id string) string { return fmt.Sprintf(t.PeriodRuleSetFmt, id) }

// RuleSetName names a rule set.
func (t *Texts) RuleSetName(r calc.RuleSet) string {
	if t.lang == LangEN && r.LabelEN != "" {
		return r.LabelEN
	}
	return r.Label
}

// MuniLead introduces the municipality page.
func (t *Texts) MuniLead(region, period string) string {
	return fmt.Sprintf(t.MuniLeadFmt, region, period)
}

// SimilarNote explains the similarity measure.
func (t *Texts) SimilarNote(share string) string { return fmt.Sprintf(t.SimilarNoteFmt, share) }

// HistoryNote explains the rank history.
func (t *Texts) HistoryNote(n int) string { return fmt.Sprintf(t.HistoryNoteFmt, FormatInt(n, t.lang)) }

// Kind says whether data is illustrative.
func (t *Texts) Kind(illustrative bool) string {
	if illustrative {
		return t.KindIllustrative
	}
	return t.KindReal
}

// WarningsCount heads the list of import warnings.
func (t *Texts) WarningsCount(n int) string { return fmt.Sprintf(t.WarningsFmt, FormatInt(n, t.lang)) }

// Warning words an importer warning in the language.
func (t *Texts) Warning(w jobindsats.Warning) string { return text.ImportWarning(w, t.lang) }

// ImportFailed explains a failed import in the language: the file, the line
// and field at fault, what is wrong and what to do.
func (t *Texts) ImportFailed(file string, err error) string {
	return fmt.Sprintf(t.ImportFailedFmt, file, text.ImportError(err, t.lang))
}

// TooLarge refuses a file before reading it.
func (t *Texts) TooLarge(file string, size, max int) string {
	return fmt.Sprintf(t.TooLargeFmt, file, FormatNumber(float64(size)/(1<<20), 1, t.lang), FormatNumber(float64(max)/(1<<20), 0, t.lang))
}

// PeriodName names a period: the dataset's (Danish) label, or in English
// one made from the Jobindsats code ("2021QMAT02" → "Q3 2020 – Q2 2021",
// "2021QMAT04" → "2021").
func (t *Texts) PeriodName(p *calc.Period) string { return report.PeriodName(p, report.Lang(t.lang)) }

var da = Texts{
	lang:           LangDA,
	AppName:        "Benchmark-simulator",
	AppTagline:     "Kommunernes placering på Beskæftigelsesministeriets benchmark",
	AppDescription: "Se hvordan kommunernes placering på beskæftigelsesbenchmarket (faktisk mod forventet antal på offentlig forsørgelse) ændrer sig, når man ændrer på forudsætningerne.",
	Loading:        "Indlæser {progress} %",
	SkipToContent:  "Spring til indhold",
	Views:          "Visninger",
	SwitchLanguage: "Switch to English",
	Install:        "Installér app",
	NewVersion:     "Ny version klar.",
	Reload:         "Genindlæs",
	Dismiss:        "Luk",
	BannerLead:     "Eksempeldata — ikke de officielle tal;",
	BannerRest:     "importér Jobindsats Y30R21 for de rigtige tal.",
	BannerLink:     "Gå til Data",
	Banner:         "Eksempeldata — ikke de officielle tal; importér Jobindsats Y30R21 for de rigtige tal.",
	BadLink:        "Linket kunne ikke læses, så standardvisningen vises (%s).",
	DatasetMissing: "datasættet findes ikke i denne browser; importér filen igen",
	FooterNote:     "Beregningerne kører i din browser; intet sendes videre. Et potentiale er ikke en besparelse.",
	DatasetLabel:   "Datasæt",
	PeriodLabel:    "Periode",
	Tabs: map[string]string{TabRanking: "Rangliste", TabScenario: "Scenarie", TabMunicipality: "Kommune",
		TabData: "Data", TabMethod: "Metode"},

	RankingTitle:      "Rangliste",
	OfficialSummary:   "Den officielle model. Skift til Scenarie for at flytte på forudsætningerne.",
	ScenarioChanged:   "Scenariet afviger fra den officielle model.",
	BackToOfficial:    "Tilbage til den officielle model",
	MovedOne:          "1 kommune flytter sig %s pladser eller mere",
	MovedMany:         "%s kommuner flytter sig %s pladser eller mere",
	CountsFmt:         "Resultatmål opfyldt: %s · Inspirationskommuner: %s · Risiko for skærpet tilsyn: %s",
	CountsUnknownFmt:  "Resultatmål opfyldt: %s · Inspirationskommuner og risiko for skærpet tilsyn: ukendt — data har ingen fokusmålstal (indtast dem på kommunesiden eller importér skabelonen under Data)",
	CountsPartFmt:     "Resultatmål opfyldt: %s · Inspirationskommuner: %s · Risiko for skærpet tilsyn: %s (blandt de %s kommuner med fokusmålstal)",
	AreaLabel:         "Ydelsesområde",
	FindMunicipality:  "Find kommune",
	FilterPlaceholder: "fx Stevns",
	RegionLabel:       "Region",
	AllRegions:        "Alle regioner",
	ExportTable:       "CSV: tabellen som vist",
	ExportFull:        "CSV: hele resultatet",
	CaptionFmt:        "Placering på benchmarket, %s, %s. Sorteret efter %s, %s.",
	SortedAsc:         "stigende",
	SortedDesc:        "faldende",
	ShownFmt:          "Viser %s af %s kommuner.",
	SortByFmt:         "Sortér efter %s",
	PinFmt:            "Fastgør %s",
	UnpinFmt:          "Slip %s",
	StatusInspLong:    "Inspirationskommune: opfylder både resultatmål og fokusmål.",
	StatusRiskLong:    "Risiko for skærpet tilsyn: opfylder hverken resultatmål eller fokusmål.",
	StatusResultLong:  "Opfylder resultatmålet, men ikke fokusmålet.",
	StatusFokusLong:   "Opfylder fokusmålet, men ikke resultatmålet.",
	StatusUnknownLong: "Fokusmålstallene kendes ikke; indtast dem herunder for at se tilsynsstatus.",
	ScenarioRank:      "Placering i scenariet",

	ScenarioTitle:   "Scenarie",
	ScenarioLead:    "Hvert håndtag ændrer forudsætningerne; de officielle regler regner derefter uændret på resultatet. Ranglisten følger med, mens du trækker.",
	LeverRefusedFmt: "Ændringen kunne ikke beregnes, så scenariet er uændret: %s",
	GoImport:        "Importér data",
	ScopeTitle:      "Omfang og vægte",
	ScopeHelp:       "Hvilke ydelser tæller med i det samlede mål, og hvor meget vejer de?",
	ScopeLegend:     "Omfang",
	AreasInTotal:    "Ydelsesområder i det samlede mål",
	Scopes: map[string]string{calc.ScopeOfficial: "Periodens officielle omfang", calc.ScopeBM2017: "BM 2017",
		calc.ScopeBM2019: "BM fra 2019", calc.ScopeKL: "KL's forslag: + FP + fleksjob", calc.ScopeAll: "Alle ydelser",
		calc.ScopeCustom: "Tilpasset"},
	WeightingLegend: "Vægtning i det samlede mål",
	WeightUnit:      "vægt",
	WeightingNames: map[string]string{calc.WeightVolume: "Efter volumen (officiel)", calc.WeightCost: "Efter pris",
		calc.WeightRankMean: "Gennemsnit af områdeplaceringer", calc.WeightCustom: "Tilpasset"},
	ReestimateTitle:     "Forventet: genberegning",
	ReestimateHelp:      "Beregn det forventede niveau igen med en befolkningsvægtet regression på rammevilkårene. Slå forklarende variable til og fra og se, hvordan forklaringsgraden og placeringerne ændrer sig.",
	ReestimateLabel:     "Genberegn forventet",
	CovariatesLegend:    "Rammevilkår i regressionen",
	ProxyHelp:           "Data har ingen rammevilkår; genberegningen bruger den officielle forventede andel i alt som eneste forklarende variabel.",
	ProxyName:           "Officiel forventet andel i alt (pct.)",
	FitCaptionFmt:       "%s: R² = %s (%s kommuner)",
	FitOwn:              "Simulatorens eget skøn, ikke BM's model: BM's regression er ikke offentliggjort.",
	FitOwnNoOfficial:    "Simulatorens eget skøn, ikke BM's: BM offentliggør intet forventet tal for området, så det forventede er en befolkningsvægtet regression på rammevilkårene.",
	Covariate:           "Forklarende variabel",
	Coefficient:         "Koefficient (procentpoint pr. enhed)",
	Intercept:           "Konstant",
	CaseloadTitle:       "Sagstal",
	CaseloadHelp:        "Færre sager pr. sagsbehandler giver (ifølge forsøg) flere i job. Effekt efter fuld indfasning: −ε × (nuværende − mål) / nuværende × antal på ydelsen.",
	CaseloadAssumptions: "Forudsætninger for alle kommuner",
	TargetArea:          "Målgruppe",
	TargetCaseload:      "Mål for sagstal",
	YearsSince:          "År efter ændringen (0 = fuldt indfaset)",
	YearsUnit:           "år",
	Municipality:        "Kommune",
	CaseloadItemFmt:     "%s: %s → %s sager pr. medarbejder (%s)",
	Remove:              "Fjern",
	NoCaseloadLever:     "Ingen ændring af sagstallet endnu: træk i målet for sagstal.",
	InvestmentCaption:   "Investeringsregnskab pr. år",
	InvestmentTitle:     "Investering i sagsbehandlere",
	Cases:               "Sager (≈ fuldtidspersoner)",
	ExtraCaseworkers:    "Ekstra sagsbehandlere",
	CaseworkerCostYear:  "Udgift til sagsbehandlere",
	FewerPersons:        "Færre fuldtidspersoner på ydelse",
	BenefitSaved:        "Sparet ydelse (potentiale)",
	NetPerYear:          "Netto pr. år",
	MioKr:               "mio. kr.",
	TransferTitle:       "Overflytninger (forbundne kar)",
	TransferHelp:        "Flyt fuldtidspersoner fra kontanthjælp eller sygedagpenge til førtidspension i én kommune: den officielle placering forbedres, mens placeringen med FP ikke gør.",
	From:                "Fra",
	To:                  "Til",
	Persons:             "Antal",
	FullTimePersons:     "fuldtidspersoner",
	Add:                 "Tilføj",
	TransferItemFmt:     "%s: %s fra %s til %s",
	LensLabel:           "Forbundne kar som linse over alle kommuner (FP følger afvigelsen på kontanthjælp)",
	PricesTitle:         "Priser",
	PricesHelp:          "Kroner pr. fuldtidsperson pr. år; bruges til potentialet og til vægtning efter pris.",
	SourceOfFmt:         "Standard%s — kilde",
	SupervisionTitle:    "Tilsyn",
	SupervisionHelp:     "Resultatmål: faktisk ≤ forventet. Fokusmål: andel af langvarige modtagere med samtaler (og tilbud). Inspirationskommune: begge opfyldt. Risiko for skærpet tilsyn: ingen af dem.",
	RuleSetLabel:        "Regelsæt",
	PeriodRuleSetFmt:    "Periodens eget regelsæt (%s)",
	UseOffers:           "Tilbudsmålet tæller med",
	ChooseMunicipality:  "Vælg kommune",
	MuniLeadFmt:         "%s · %s. Tal for scenariet; den officielle placering står ved siden af.",
	AreasTitle:          "Ydelsesområder",
	PotentialNote:       "Potentialet er forskellen mellem faktisk og forventet gange prisen pr. fuldtidsperson. Det er ikke en besparelse, kommunen kan hente.",
	ResultMet:           "Resultatmål: opfyldt (faktisk ≤ forventet).",
	ResultNotMet:        "Resultatmål: ikke opfyldt (faktisk over forventet).",
	ResultSharesFmt:     "Det afgøres af andelene, ikke de afrundede antal: faktisk %s %% mod forventet %s %% af de 16–66-årige (%s procentpoint).",
	FokusMetFmt:         "Fokusmål: opfyldt (mindst %s).",
	FokusNotMetFmt:      "Fokusmål: ikke opfyldt (krav: mindst %s).",
	FokusUnknown:        "Fokusmål: tallene kendes ikke.",
	OffersPart:          " med 4 samtaler og %s med tilbud",
	FokusEditHelp:       "Ret fokusmålstallene og se, om status skifter.",
	ConversationsLabel:  "Mindst 4 samtaler",
	OffersLabel:         "Tilbud eller 225 timer",
	SimilarTitle:        "Lignende kommuner",
	SimilarHelp:         "De kommuner, hvis forventede andel ligger tættest på — dvs. som modellen mener har de mest ens rammevilkår.",
	SimilarNoteFmt:      "Kommunens forventede andel: %s pct.",
	ExpectedShare:       "Forventet andel (pct.)",
	HistoryTitle:        "Placering i alle perioder",
	HistoryNoteFmt:      "Placering i alt blandt %s kommuner; scenariets håndtag anvendt i hver periode.",

	DataTitle:           "Data",
	CurrentData:         "De viste data",
	NameLabel:           "Navn",
	SourceLabel:         "Kilde",
	NoteLabel:           "Bemærkning",
	KindLabel:           "Art",
	KindIllustrative:    "Eksempeldata (syntetiske tal)",
	KindReal:            "Importerede data",
	MunicipalitiesLabel: "Kommuner",
	PeriodsLabel:        "Perioder",
	ImportTitle:         "Importér Jobindsats Y30R21",
	ImportHelp:          "Hent målingen Y30R21 (\"Forventet og faktisk antal og andel fuldtidspersoner på offentlig forsørgelse\") fra jobindsats.dk som JSON (API), JSON-linjer eller CSV. Filen læses i browseren og gemmes her, så den også virker uden net.",
	DropHere:            "Træk en fil hertil, eller",
	ChooseFile:          "Vælg fil …",
	DataKept:            "De hidtidige data vises stadig.",
	ShowRanking:         "Vis ranglisten",
	WarningsFmt:         "%s advarsler",
	DatasetsTitle:       "Datasæt i denne browser",
	DatasetsHelp:        "Importerede datasæt gemmes i browseren og kan vælges, også uden net.",
	AddedLabel:          "Tilføjet",
	SizeLabel:           "Størrelse",
	ActionsLabel:        "Handlinger",
	BuiltIn:             "indbygget",
	SessionOnly:         "kun denne session",
	InUse:               "i brug",
	Use:                 "Brug",
	Delete:              "Slet",
	ExportTitle:         "Eksport",
	ExportHelp:          "CSV til Excel: semikolon, decimalkomma, UTF-8. Første linjer fortæller datasæt, periode og scenarie.",
	ImportFailedFmt:     "%s kunne ikke importeres: %s",
	ImportedFmt:         "%s er importeret: %d kommuner, %d perioder.",
	NotStored:           "Filen kunne ikke gemmes i browseren (%s); den kan bruges, indtil siden lukkes.",
	TooLargeFmt:         "%s er for stor (%s MB; højst %s MB).",

	MethodTitle:     "Metode",
	RulesTitle:      "De officielle regler",
	LeversTitle:     "Hvad simulatoren lægger oven på",
	CritiquesTitle:  "Kritikken",
	ParametersTitle: "Parametre og kilder",
	ParametersHelp:  "Alle tal i modellen, der ikke er data, står her med enhed og kilde. De kan ændres under Scenarie.",
	ParamName:       "Parameter",
	ParamValue:      "Standard",
	ParamUnit:       "Enhed",
	ParamSource:     "Kilde",
	RuleSetsTitle:   "Regelsæt for tilsyn",
	NotCounted:      "tæller ikke",
	Rules: [][2]string{
		{"Hvem tæller.", "Borgere på 16–66 år på a-dagpenge mv., kontanthjælp mv. (fra 2019 inkl. ledighedsydelse og ressourceforløbsydelse) og sygedagpenge mv. Førtidspension, fleksjob og seniorpension tæller ikke."},
		{"Faktisk og forventet.", "Faktisk er antal fuldtidspersoner over 12 måneder. Forventet er, hvad Beskæftigelsesministeriet (med VIVE) ud fra borgernes sammensætning og det lokale arbejdsmarked forventer; regressionens form er ikke offentliggjort."},
		{"Placering.", "Kommunerne rangeres efter forskellen i procentpoint mellem faktisk og forventet andel af de 16–66-årige. Nr. 1 ligger mest under forventet. Der er ingen delte placeringer; det samlede mål er summen over de tre områder."},
		{"Potentiale.", "Forskellen mellem faktisk og forventet antal gange en pris pr. fuldtidsperson (ca. 71.250 kr.). Det er ikke en besparelse."},
		{"Tilsyn.", "Resultatmålet er opfyldt, når faktisk ≤ forventet. Fokusmålet handler om samtaler (og tilbud) til langvarige modtagere. Opfyldes begge, er kommunen inspirationskommune; opfyldes ingen, risikerer den skærpet tilsyn."},
	},
	Levers: []string{
		"Omfang og vægte: tag førtidspension og fleksjob med (KL's forslag), brug 2017-omfanget, eller vægt områderne efter pris eller gennemsnitlig placering i stedet for volumen.",
		"Genberegning: beregn forventet igen med en befolkningsvægtet regression på rammevilkårene, og se forklaringsgrad og koefficienter.",
		"Sagstal: sænk antallet af sager pr. sagsbehandler i én kommune og se effekten på placeringen og investeringsregnskabet.",
		"Overflytninger: flyt personer fra kontanthjælp til førtidspension og se, hvordan den officielle placering belønner det.",
		"Priser og tilsynsregler kan ændres; alle forudsætninger står med kilde i tabellen herunder.",
	},
	Critiques: [][2]string{
		{"Forbundne kar.", "Førtidspension og fleksjob tæller ikke, så en kommune kan stige ved at flytte svære sager fra kontanthjælp eller sygedagpenge til førtidspension i stedet for at hjælpe dem mod job. En analyse fandt, at kommuner med 10 % færre på kontanthjælp end forventet havde 4,3 % flere på førtidspension end forventet."},
		{"En rest er ikke et kvalitetsmål.", "Forskellen mellem faktisk og forventet rummer alt det, modellen ikke ser, og tilfældig støj. Små kommuner (Læsø, Samsø, Fanø, Ærø) ligger i begge ender af listen."},
		{"Vægtningen er et valg.", "Det samlede mål vægter områderne efter volumen. Vægtning efter pris eller et gennemsnit af områdeplaceringer giver en anden liste."},
		{"Sammenlignelighed over tid.", "Omfanget blev ændret i 2019, så lister før og efter kan ikke sammenlignes direkte."},
		{"Sagstal betyder noget.", "København havde ca. 100 sager pr. sagsbehandler (tidligere over 150); \"et sted mellem 30 og 50\" nævnes ofte som målet. Vordingborg og Norddjurs investerer i sagsbehandlere og aktivering."},
	},

	FileTable: "rangliste",
	FileFull:  "resultat",
}

var en = Texts{
	lang:           LangEN,
	AppName:        "Benchmark simulator",
	AppTagline:     "Municipalities on the Danish Ministry of Employment's benchmark",
	AppDescription: "See how the municipalities' places on the employment benchmark (actual versus expected number on public support) change when the assumptions change.",
	Loading:        "Loading {progress} %",
	SkipToContent:  "Skip to content",
	Views:          "Views",
	SwitchLanguage: "Skift til dansk",
	Install:        "Install app",
	NewVersion:     "A new version is ready.",
	Reload:         "Reload",
	Dismiss:        "Close",
	BannerLead:     "Illustrative data — not the official figures;",
	BannerRest:     "import Jobindsats Y30R21 for the real figures.",
	BannerLink:     "Go to Data",
	Banner:         "Illustrative data — not the official figures; import Jobindsats Y30R21 for the real figures.",
	BadLink:        "The link could not be read, so the default view is shown (%s).",
	DatasetMissing: "the dataset is not in this browser; import the file again",
	FooterNote:     "The calculations run in your browser; nothing is sent anywhere. A potential is not a saving.",
	DatasetLabel:   "Dataset",
	PeriodLabel:    "Period",
	Tabs: map[string]string{TabRanking: "Ranking", TabScenario: "Scenario", TabMunicipality: "Municipality",
		TabData: "Data", TabMethod: "Method"},

	RankingTitle:      "Ranking",
	OfficialSummary:   "The official model. Go to Scenario to move the assumptions.",
	ScenarioChanged:   "The scenario differs from the official model.",
	BackToOfficial:    "Back to the official model",
	MovedOne:          "1 municipality moves %s places or more",
	MovedMany:         "%s municipalities move %s places or more",
	CountsFmt:         "Result target met: %s · Inspiration municipalities: %s · At risk of intensified supervision: %s",
	CountsUnknownFmt:  "Result target met: %s · Inspiration municipalities and risk of intensified supervision: unknown — the data has no focus-target figures (enter them on the municipality page or import the template under Data)",
	CountsPartFmt:     "Result target met: %s · Inspiration municipalities: %s · At risk of intensified supervision: %s (among the %s municipalities with focus-target figures)",
	AreaLabel:         "Benefit area",
	FindMunicipality:  "Find municipality",
	FilterPlaceholder: "e.g. Stevns",
	RegionLabel:       "Region",
	AllRegions:        "All regions",
	ExportTable:       "CSV: table as shown",
	ExportFull:        "CSV: full result",
	CaptionFmt:        "Places on the benchmark, %s, %s. Sorted by %s, %s.",
	SortedAsc:         "ascending",
	SortedDesc:        "descending",
	ShownFmt:          "Showing %s of %s municipalities.",
	SortByFmt:         "Sort by %s",
	PinFmt:            "Pin %s",
	UnpinFmt:          "Unpin %s",
	StatusInspLong:    "Inspiration municipality: meets both the result target and the focus target.",
	StatusRiskLong:    "At risk of intensified supervision: meets neither the result target nor the focus target.",
	StatusResultLong:  "Meets the result target but not the focus target.",
	StatusFokusLong:   "Meets the focus target but not the result target.",
	StatusUnknownLong: "The focus-target figures are not known; enter them below to see the supervision status.",
	ScenarioRank:      "Rank in the scenario",

	ScenarioTitle:   "Scenario",
	ScenarioLead:    "Each lever changes the inputs; the official rules then run unchanged on the result. The ranking follows while you drag.",
	LeverRefusedFmt: "The change could not be computed, so the scenario is unchanged: %s",
	GoImport:        "Import data",
	ScopeTitle:      "Scope and weights",
	ScopeHelp:       "Which benefits count in the total, and how much does each weigh?",
	ScopeLegend:     "Scope",
	AreasInTotal:    "Benefit areas in the total",
	Scopes: map[string]string{calc.ScopeOfficial: "The period's official scope", calc.ScopeBM2017: "BM 2017",
		calc.ScopeBM2019: "BM from 2019", calc.ScopeKL: "KL proposal: + disability pension + flexi-jobs", calc.ScopeAll: "All benefits",
		calc.ScopeCustom: "Custom"},
	WeightingLegend: "Weighting in the total",
	WeightUnit:      "weight",
	WeightingNames: map[string]string{calc.WeightVolume: "By volume (official)", calc.WeightCost: "By price",
		calc.WeightRankMean: "Mean of area ranks", calc.WeightCustom: "Custom"},
	ReestimateTitle:     "Expected: re-estimation",
	ReestimateHelp:      "Estimate the expected level again with a population-weighted regression on the framework conditions. Switch covariates on and off and see how the fit and the places change.",
	ReestimateLabel:     "Re-estimate expected",
	CovariatesLegend:    "Framework conditions in the regression",
	ProxyHelp:           "The data has no framework conditions; the re-estimation uses the official expected total share as its only covariate.",
	ProxyName:           "Official expected total share (pct.)",
	FitCaptionFmt:       "%s: R² = %s (%s municipalities)",
	FitOwn:              "The simulator's own estimate, not BM's model: BM's regression is not published.",
	FitOwnNoOfficial:    "The simulator's own estimate, not BM's: BM publishes no expected figure for the area, so expected is a population-weighted regression on the framework conditions.",
	Covariate:           "Covariate",
	Coefficient:         "Coefficient (percentage points per unit)",
	Intercept:           "Intercept",
	CaseloadTitle:       "Caseload",
	CaseloadHelp:        "Fewer cases per caseworker gets (according to trials) more people into work. Effect after full phase-in: −ε × (current − target) / current × persons on the benefit.",
	CaseloadAssumptions: "Assumptions for every municipality",
	TargetArea:          "Target group",
	TargetCaseload:      "Target caseload",
	YearsSince:          "Years after the change (0 = fully phased in)",
	YearsUnit:           "years",
	Municipality:        "Municipality",
	CaseloadItemFmt:     "%s: %s → %s cases per caseworker (%s)",
	Remove:              "Remove",
	NoCaseloadLever:     "No caseload change yet: drag the target caseload.",
	InvestmentCaption:   "Investment case per year",
	InvestmentTitle:     "Investing in caseworkers",
	Cases:               "Cases (≈ full-time persons)",
	ExtraCaseworkers:    "Extra caseworkers",
	CaseworkerCostYear:  "Cost of caseworkers",
	FewerPersons:        "Fewer full-time persons on benefits",
	BenefitSaved:        "Benefits saved (potential)",
	NetPerYear:          "Net per year",
	MioKr:               "DKK m",
	TransferTitle:       "Transfers (connected vessels)",
	TransferHelp:        "Move full-time persons from social assistance or sickness benefit to disability pension in one municipality: the official rank improves while the rank including disability pension does not.",
	From:                "From",
	To:                  "To",
	Persons:             "Number",
	FullTimePersons:     "full-time persons",
	Add:                 "Add",
	TransferItemFmt:     "%s: %s from %s to %s",
	LensLabel:           "Connected vessels as a lens over every municipality (disability pension follows the social assistance deviation)",
	PricesTitle:         "Prices",
	PricesHelp:          "DKK per full-time person per year; used for the potential and for weighting by price.",
	SourceOfFmt:         "Default%s — source",
	SupervisionTitle:    "Supervision",
	SupervisionHelp:     "Result target: actual ≤ expected. Focus target: the share of long-term recipients with conversations (and offers). Inspiration municipality: both met. At risk of intensified supervision: neither.",
	RuleSetLabel:        "Rule set",
	PeriodRuleSetFmt:    "The period's own rule set (%s)",
	UseOffers:           "The offers target counts",
	ChooseMunicipality:  "Choose municipality",
	MuniLeadFmt:         "%s · %s. Figures for the scenario; the official rank is shown next to them.",
	AreasTitle:          "Benefit areas",
	PotentialNote:       "The potential is the difference between actual and expected times the price per full-time person. It is not a saving the municipality can collect.",
	ResultMet:           "Result target: met (actual ≤ expected).",
	ResultNotMet:        "Result target: not met (actual above expected).",
	ResultSharesFmt:     "The shares decide, not the rounded counts: actual %s %% against expected %s %% of those aged 16–66 (%s percentage points).",
	FokusMetFmt:         "Focus target: met (at least %s).",
	FokusNotMetFmt:      "Focus target: not met (required: at least %s).",
	FokusUnknown:        "Focus target: the figures are not known.",
	OffersPart:          " with 4 conversations and %s with an offer",
	FokusEditHelp:       "Edit the focus-target figures and see whether the status changes.",
	ConversationsLabel:  "At least 4 conversations",
	OffersLabel:         "Offer or 225 hours",
	SimilarTitle:        "Similar municipalities",
	SimilarHelp:         "The municipalities whose expected share is closest — those the model considers to have the most similar framework conditions.",
	SimilarNoteFmt:      "The municipality's expected share: %s pct.",
	ExpectedShare:       "Expected share (pct.)",
	HistoryTitle:        "Rank in every period",
	HistoryNoteFmt:      "Total rank among %s municipalities; the scenario's levers applied in each period.",

	DataTitle:           "Data",
	CurrentData:         "The data shown",
	NameLabel:           "Name",
	SourceLabel:         "Source",
	NoteLabel:           "Note",
	KindLabel:           "Kind",
	KindIllustrative:    "Illustrative data (synthetic figures)",
	KindReal:            "Imported data",
	MunicipalitiesLabel: "Municipalities",
	PeriodsLabel:        "Periods",
	ImportTitle:         "Import Jobindsats Y30R21",
	ImportHelp:          "Download the measure Y30R21 (expected and actual number and share of full-time persons on public support) from jobindsats.dk as JSON (API), JSON lines or CSV. The file is read in the browser and kept here, so it also works offline.",
	DropHere:            "Drop a file here, or",
	ChooseFile:          "Choose file …",
	DataKept:            "The previous data is still shown.",
	ShowRanking:         "Show the ranking",
	WarningsFmt:         "%s warnings",
	DatasetsTitle:       "Datasets in this browser",
	DatasetsHelp:        "Imported datasets are kept in the browser and can be chosen, also offline.",
	AddedLabel:          "Added",
	SizeLabel:           "Size",
	ActionsLabel:        "Actions",
	BuiltIn:             "built in",
	SessionOnly:         "this session only",
	InUse:               "in use",
	Use:                 "Use",
	Delete:              "Delete",
	ExportTitle:         "Export",
	ExportHelp:          "CSV for spreadsheets: comma separated, decimal point, UTF-8. The first lines give the dataset, period and scenario.",
	ImportFailedFmt:     "%s could not be imported: %s",
	ImportedFmt:         "%s has been imported: %d municipalities, %d periods.",
	NotStored:           "The file could not be kept in the browser (%s); it can be used until the page is closed.",
	TooLargeFmt:         "%s is too large (%s MB; at most %s MB).",

	MethodTitle:     "Method",
	RulesTitle:      "The official rules",
	LeversTitle:     "What the simulator adds on top",
	CritiquesTitle:  "The critiques",
	ParametersTitle: "Parameters and sources",
	ParametersHelp:  "Every number in the model that is not data is listed here with its unit and source. They can be changed under Scenario.",
	ParamName:       "Parameter",
	ParamValue:      "Default",
	ParamUnit:       "Unit",
	ParamSource:     "Source",
	RuleSetsTitle:   "Supervision rule sets",
	NotCounted:      "not counted",
	Rules: [][2]string{
		{"Who counts.", "Residents aged 16–66 on unemployment benefit, social assistance (from 2019 including ledighedsydelse and ressourceforløbsydelse) and sickness benefit. Disability pension, flexi-jobs and senior pension do not count."},
		{"Actual and expected.", "Actual is the number of full-time persons over 12 months. Expected is what the Ministry of Employment (with VIVE) expects given the residents' composition and the local labour market; the regression's form is not published."},
		{"Rank.", "Municipalities are ranked by the percentage-point difference between the actual and the expected share of residents aged 16–66. Number 1 is furthest below expected. There are no shared ranks; the total is the sum over the three areas."},
		{"Potential.", "The difference between the actual and the expected number times a price per full-time person (about DKK 71,250). It is not a saving."},
		{"Supervision.", "The result target is met when actual ≤ expected. The focus target is about conversations (and offers) for long-term recipients. A municipality meeting both is an inspiration municipality; one meeting neither risks intensified supervision."},
	},
	Levers: []string{
		"Scope and weights: include disability pension and flexi-jobs (KL's proposal), use the 2017 scope, or weight the areas by price or mean rank instead of volume.",
		"Re-estimation: estimate expected again with a population-weighted regression on the framework conditions, and see the fit and the coefficients.",
		"Caseload: lower the number of cases per caseworker in one municipality and see the effect on its rank and its investment case.",
		"Transfers: move people from social assistance to disability pension and see how the official rank rewards it.",
		"Prices and supervision rules can be changed; every assumption is listed with its source in the table below.",
	},
	Critiques: [][2]string{
		{"Connected vessels.", "Disability pension and flexi-jobs do not count, so a municipality can climb by moving hard cases from social assistance or sickness benefit to disability pension instead of helping them towards work. One analysis found that municipalities with 10 % fewer on social assistance than expected had 4.3 % more on disability pension than expected."},
		{"A residual is not a quality measure.", "The gap between actual and expected holds everything the model does not see, and noise. Small municipalities (Læsø, Samsø, Fanø, Ærø) sit at both ends of the list."},
		{"Weighting is a choice.", "The total weights the areas by volume. Weighting by price or averaging the area ranks gives a different list."},
		{"Comparability over time.", "The scope changed in 2019, so lists before and after cannot be compared directly."},
		{"Caseload matters.", "Copenhagen had about 100 cases per caseworker (earlier over 150); \"somewhere between 30 and 50\" is often named as the goal. Vordingborg and Norddjurs invest in caseworkers and activation."},
	},

	FileTable: "ranking",
	FileFull:  "result",
}
