package text

import (
	"benchsim/calc"
	"sync"
)

// The words of calc's parameter table, rule sets and price presets, keyed by
// their IDs: calc keeps the values, units of measure and source references.

// paramWords are every calc.Parameters entry's label and unit.
var paramWords = sync.OnceValue(func() map[string]struct{ Label, Unit W } {
	return map[string]struct{ Label, Unit W }{
		calc.ParamPrice:             {W{"Pris pr. fuldtidsperson", "Price per full-time person"}, W{"kr. pr. år", "DKK per year"}},
		calc.ParamEpsilon:           {W{"Elasticitet af sagstal (ε)", "Caseload elasticity (ε)"}, W{"andel af personer pr. relativ sagstalsændring", "share of persons per relative caseload change"}},
		calc.ParamPhaseIn:           {W{"Indfasning", "Phase-in"}, W{"år", "years"}},
		calc.ParamCaseworkerCost:    {W{"Pris pr. sagsbehandlerårsværk", "Cost per caseworker-year"}, W{"kr. pr. år", "DKK per year"}},
		calc.ParamCaseloadCurrent:   {W{"Nuværende sagstal (standard)", "Current caseload (default)"}, W{"sager pr. medarbejder", "cases per caseworker"}},
		calc.ParamCaseloadTarget:    {W{"Målsagstal (standard)", "Target caseload (default)"}, W{"sager pr. medarbejder", "cases per caseworker"}},
		calc.ParamVesselsElasticity: {W{"Forbundne kar: FP-afvigelse pr. kth-afvigelse", "Connected vessels: FP deviation per kth deviation"}, W{"relativ", "relative"}},
		calc.ParamFPShare:           {W{"Landsandel på førtidspension", "National share on disability pension"}, W{"pct. af 16–66-årige", "pct. of residents 16–66"}},
		calc.ParamFlexShare:         {W{"Landsandel i fleksjob", "National share in flexi-jobs"}, W{"pct. af 16–66-årige", "pct. of residents 16–66"}},
		calc.ParamPhi:               {W{"Overspredning (φ)", "Overdispersion (φ)"}, W{"faktor", "factor"}},
		calc.ParamDraws:             {W{"Simulationer", "Draws"}, W{"træk", "draws"}},
		calc.ParamZ95:               {W{"Tragtgrænse 95 %", "Funnel limit 95 %"}, W{"z", "z"}},
		calc.ParamZ998:              {W{"Tragtgrænse 99,8 %", "Funnel limit 99.8 %"}, W{"z", "z"}},
		calc.ParamConvMin:           {W{"Fokusmål: samtaler", "Focus target: conversations"}, W{"pct. med mindst 4 samtaler", "pct. with at least 4 conversations"}},
		calc.ParamOfferMin:          {W{"Fokusmål: tilbud", "Focus target: offers"}, W{"pct. med tilbud eller 225 timer", "pct. with an offer or 225 hours"}},
		calc.ParamMoveThreshold:     {W{"Mærkbar flytning", "Notable move"}, W{"pladser", "places"}},
		calc.ParamTolerance:         {W{"Resultatmål: tolerance", "Result target: tolerance"}, W{"procentpoint", "percentage points"}},
		calc.ParamKTH2017Share:      {W{"Ledighedsydelse + ressourceforløb i kth", "Ledighedsydelse + ressourceforløb in kth"}, W{"pct. af kth", "pct. of kth"}},
	}
})

// ruleSetLabels name calc.RuleSets.
var ruleSetLabels = sync.OnceValue(func() map[string]W {
	return map[string]W{
		"2020": {"2020: samtaler og tilbud (80 % / 80 %)", "2020: conversations and offers (80 % / 80 %)"},
		"2021": {"2021–2022: kun samtaler (80 %)", "2021–2022: conversations only (80 %)"},
		"star": {"STAR: højst 30 % uden tilbud", "STAR: at most 30 % without an offer"},
		"2023": {"2023: samtaler de første 6 måneder", "2023: conversations in the first 6 months"},
	}
})

// pricePresetWords are every calc.PricePresets entry's label, where its
// values come from, and what they are not.
var pricePresetWords = sync.OnceValue(func() map[string]struct{ Label, Source, Caveat W } {
	return map[string]struct{ Label, Source, Caveat W }{
		calc.PricesEqual: {
			W{"Ens priser (BM's gennemsnit)", "Equal prices (BM's average)"},
			W{"Seed 000: Stevns 2017, 160 personer over forventet = 11,4 mio. kr., ca. 71.250 kr. pr. fuldtidsperson",
				"Seed 000: Stevns 2017, 160 persons above expected = DKK 11.4m, about DKK 71,250 per full-time person"},
			W{"Med ens priser giver vægtning efter pris samme liste som vægtning efter omfang.",
				"With equal prices, cost weighting gives the same list as volume weighting."},
		},
		calc.PricesTeaching: {
			W{"Undervisningspriser (forskellige pr. område)", "Teaching prices (differing by area)"},
			W{"Projektets antagelse til undervisning (rundvisningens trin 3): kommunen bærer mere af udgiften til kontanthjælp end til a-dagpenge; gennemsnittet af de tre officielle områder er BM's 71.250 kr., så potentialet i kroner forbliver sammenligneligt",
				"The project's assumption for teaching (the tour's step 3): the municipality carries more of the cost of social assistance than of unemployment benefit; the mean of the three official areas is BM's DKK 71,250, so the potential in kroner stays comparable"},
			W{"Ikke officielle priser: BM offentliggør ikke priser pr. ydelsesområde, kun potentialet, der svarer til ca. 71.250 kr. i gennemsnit.",
				"Not official prices: BM publishes no price per benefit area, only the potential, which implies about DKK 71,250 on average."},
		},
	}
})

// ParamLabel names a calc parameter in lang; an unknown ID names itself.
func ParamLabel(id string, lang Lang) string {
	if w, ok := paramWords()[id]; ok {
		return w.Label.In(lang)
	}
	return id
}

// ParamUnit is a calc parameter's unit in lang.
func ParamUnit(id string, lang Lang) string { return paramWords()[id].Unit.In(lang) }

// RuleSetLabel names a supervision rule set in lang; an unknown ID names
// itself.
func RuleSetLabel(id string, lang Lang) string {
	if w, ok := ruleSetLabels()[id]; ok {
		return w.In(lang)
	}
	return id
}
