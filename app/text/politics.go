package text

import (
	"fmt"

	"benchsim/app/report"
	"benchsim/calc"
)

// CostEqualsVolume is what the weighting choice says when "Efter pris" is
// picked with equal prices in scope (calc.Result.CostWeightingIsVolume).
func CostEqualsVolume(lang string) string {
	return pick(lang,
		"Med ens priser på alle områder i målet giver vægtning efter pris præcis samme liste som den officielle vægtning efter omfang: hver vægt er pris ÷ gennemsnitspris = 1. Sæt forskellige priser under Priser, eller vælg undervisningspriserne. BM offentliggør ikke priser pr. ydelsesområde, kun gennemsnittet på ca. 71.250 kr.",
		"With equal prices for every area in the total, cost weighting gives exactly the same list as the official volume weighting: each weight is price ÷ mean price = 1. Set differing prices under Prices, or pick the teaching prices. BM publishes no price per benefit area, only the average of about DKK 71,250.")
}

// PricePreset words a price preset: its label, where its values come from,
// and what they are not.
func PricePreset(p calc.PricePreset, lang string) (label, source, caveat string) {
	return pick(lang, p.Label, p.LabelEN), pick(lang, p.Source, p.SourceEN), pick(lang, p.Caveat, p.CaveatEN)
}

// Figure is one of the headline's big numbers: the value as shown and what
// it counts. Key says which rows are behind it: "moved" (calc.Result.Movers),
// "climber" and "faller" (the municipality), "potential", "supervision"
// (calc.Result.StatusChanges).
type Figure struct {
	Key   string
	Value string
	Label string
}

// Headline words calc's headline as its four big numbers.
func Headline(ds *calc.Dataset, h calc.Headline, lang string) []Figure {
	l := report.Lang(lang)
	n := func(v int) string { return report.Number(float64(v), 0, l) }
	out := []Figure{{"moved", n(h.Moved), fmt.Sprintf(pick(lang, "kommuner flytter sig %s pladser eller mere", "municipalities move %s places or more"), n(h.Threshold))}}
	out = append(out, mover("climber", ds, h.Climber, l), mover("faller", ds, h.Faller, l))
	out = append(out, Figure{"potential", report.SignedMio(h.PotentialDelta, l),
		pick(lang, "ændring i det samlede potentiale pr. år", "change in the national potential per year")})
	if h.FokusKnown == 0 {
		return append(out, Figure{"supervision", pick(lang, "ukendt", "unknown"),
			pick(lang, "inspiration og risiko for tilsyn: fokusmålstal mangler", "inspiration and risk of supervision: focus-target figures are missing")})
	}
	signed := func(v int) string { return report.Signed(float64(v), 0, l) }
	return append(out, Figure{"supervision", signed(h.Inspiration.Delta()) + " / " + signed(h.Risk.Delta()),
		fmt.Sprintf(pick(lang, "inspirationskommuner / i risiko for tilsyn (%s → %s / %s → %s; fokusmål kendt for %s)",
			"inspiration municipalities / at risk of supervision (%s → %s / %s → %s; focus target known for %s)"),
			n(h.Inspiration.Official), n(h.Inspiration.Scenario), n(h.Risk.Official), n(h.Risk.Scenario), n(h.FokusKnown))})
}

func mover(key string, ds *calc.Dataset, m calc.Mover, l report.Lang) Figure {
	label := tr(l, "største klatrer", "biggest climber")
	if key == "faller" {
		label = tr(l, "største fald", "biggest faller")
	}
	if !m.Found {
		return Figure{key, "–", label + tr(l, ": ingen", ": none")}
	}
	return Figure{key, report.Signed(float64(m.Places), 0, l), label + ": " + ds.Municipalities[m.Index].Name}
}

// ReformNote says what the caseload reforms covered, and for how many
// municipalities the default current caseload was used ("" without reforms).
func ReformNote(r calc.ReformSummary, lang string) string {
	if r == (calc.ReformSummary{}) {
		return ""
	}
	l := report.Lang(lang)
	n := func(v int) string { return report.Number(float64(v), 0, l) }
	s := fmt.Sprintf(pick(lang, "Reformen ændrer sagstallet i %s kommuner.", "The reform changes the caseload in %s municipalities."), n(r.Municipalities))
	if r.DefaultFrom > 0 {
		s += fmt.Sprintf(pick(lang, " For %s af dem har data ikke deres nuværende sagstal, så standarden på %s sager pr. medarbejder er brugt.",
			" For %s of them the data has no current caseload, so the default of %s cases per caseworker is used."),
			n(r.DefaultFrom), report.Number(calc.Param(calc.ParamCaseloadCurrent), 0, l))
	}
	if r.AtTarget > 0 {
		s += fmt.Sprintf(pick(lang, " %s ligger allerede på eller under målet og er uændrede.", " %s are already at or below the target and are left as they are."), n(r.AtTarget))
	}
	switch {
	case r.Overridden == 1:
		s += pick(lang, " 1 har sit eget sagstal, som går forud for reformen.", " 1 has its own entry, which overrides the reform.")
	case r.Overridden > 1:
		s += fmt.Sprintf(pick(lang, " %s har deres egne sagstal, som går forud for reformen.", " %s have their own entries, which override the reform."), n(r.Overridden))
	}
	return s
}

// CaseloadTotals are the national (or a region's) caseload totals as label
// and value, in the order the UI and the command line show them.
func CaseloadTotals(t calc.CaseloadTotals, lang string) [][2]string {
	l := report.Lang(lang)
	return [][2]string{
		{pick(lang, "Flere sagsbehandlere", "More caseworkers"), report.Number(t.ExtraCaseworkers, 0, l)},
		{pick(lang, "Udgift til sagsbehandlere pr. år", "Caseworker cost per year"), report.Mio(t.CaseworkerCost, l)},
		{pick(lang, "Færre fuldtidspersoner efter indfasning", "Fewer full-time persons after phase-in"), report.Number(t.PersonsFull, 0, l)},
		{pick(lang, "Sparet ydelsespotentiale pr. år", "Benefit potential saved per year"), report.Mio(t.BenefitSaved, l)},
		{pick(lang, "Netto pr. år", "Net per year"), report.SignedMio(t.Net, l)},
	}
}
