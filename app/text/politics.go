package text

import (
	"fmt"

	"benchsim/calc"
)

// CostEqualsVolume is what the weighting choice says when "Efter pris" is
// picked with equal prices in scope (calc.Result.CostWeightingIsVolume).
func CostEqualsVolume(lang string) string {
	return W{"Med ens priser på alle områder i målet giver vægtning efter pris præcis samme liste som den officielle vægtning efter omfang: hver vægt er pris ÷ gennemsnitspris = 1. Sæt forskellige priser under Priser, eller vælg undervisningspriserne. BM offentliggør ikke priser pr. ydelsesområde, kun gennemsnittet på ca. 71.250 kr.", "With equal prices for every area in the total, cost weighting gives exactly the same list as the official volume weighting: each weight is price ÷ mean price = 1. Set differing prices under Prices, or pick the teaching prices. BM publishes no price per benefit area, only the average of about DKK 71,250."}.In(Lang(lang))
}

// PricePreset words a price preset: its label, where its values come from,
// and what they are not.
func PricePreset(p calc.PricePreset, lang string) (label, source, caveat string) {
	w, l := pricePresetWords()[p.ID], Lang(lang)
	return w.Label.In(l), w.Source.In(l), w.Caveat.In(l)
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
	l := Lang(lang)
	n := func(v int) string { return Number(float64(v), 0, l) }
	out := []Figure{{"moved", n(h.Moved), fmt.Sprintf(W{"kommuner flytter sig %s pladser eller mere", "municipalities move %s places or more"}.In(Lang(lang)), n(h.Threshold))}}
	out = append(out, mover("climber", ds, h.Climber, l), mover("faller", ds, h.Faller, l))
	out = append(out, Figure{"potential", SignedMio(h.PotentialDelta, l),
		W{"ændring i det samlede potentiale pr. år", "change in the national potential per year"}.In(Lang(lang))})
	if h.FokusKnown == 0 {
		return append(out, Figure{"supervision", W{"ukendt", "unknown"}.In(Lang(lang)),
			W{"inspiration og risiko for tilsyn: fokusmålstal mangler", "inspiration and risk of supervision: focus-target figures are missing"}.In(Lang(lang))})
	}
	signed := func(v int) string { return Signed(float64(v), 0, l) }
	return append(out, Figure{"supervision", signed(h.Inspiration.Delta()) + " / " + signed(h.Risk.Delta()),
		fmt.Sprintf(W{"inspirationskommuner / i risiko for tilsyn (%s → %s / %s → %s; fokusmål kendt for %s)", "inspiration municipalities / at risk of supervision (%s → %s / %s → %s; focus target known for %s)"}.In(Lang(lang)),
			n(h.Inspiration.Official), n(h.Inspiration.Scenario), n(h.Risk.Official), n(h.Risk.Scenario), n(h.FokusKnown))})
}

func mover(key string, ds *calc.Dataset, m calc.Mover, l Lang) Figure {
	label := W{"største klatrer", "biggest climber"}.In(l)
	if key == "faller" {
		label = W{"største fald", "biggest faller"}.In(l)
	}
	if !m.Found {
		return Figure{key, "–", label + W{": ingen", ": none"}.In(l)}
	}
	return Figure{key, Signed(float64(m.Places), 0, l), label + ": " + ds.Municipalities[m.Index].Name}
}

// ReformNote says what the caseload reforms covered, and for how many
// municipalities the default current caseload was used ("" without reforms).
func ReformNote(r calc.ReformSummary, lang string) string {
	if r == (calc.ReformSummary{}) {
		return ""
	}
	l := Lang(lang)
	n := func(v int) string { return Number(float64(v), 0, l) }
	s := fmt.Sprintf(W{"Reformen ændrer sagstallet i %s kommuner.", "The reform changes the caseload in %s municipalities."}.In(Lang(lang)), n(r.Municipalities))
	if r.DefaultFrom > 0 {
		s += fmt.Sprintf(W{" For %s af dem har data ikke deres nuværende sagstal, så standarden på %s sager pr. medarbejder er brugt.", " For %s of them the data has no current caseload, so the default of %s cases per caseworker is used."}.In(Lang(lang)),
			n(r.DefaultFrom), Number(calc.Param(calc.ParamCaseloadCurrent), 0, l))
	}
	if r.AtTarget > 0 {
		s += fmt.Sprintf(W{" %s ligger allerede på eller under målet og er uændrede.", " %s are already at or below the target and are left as they are."}.In(Lang(lang)), n(r.AtTarget))
	}
	switch {
	case r.Overridden == 1:
		s += W{" 1 har sit eget sagstal, som går forud for reformen.", " 1 has its own entry, which overrides the reform."}.In(Lang(lang))
	case r.Overridden > 1:
		s += fmt.Sprintf(W{" %s har deres egne sagstal, som går forud for reformen.", " %s have their own entries, which override the reform."}.In(Lang(lang)), n(r.Overridden))
	}
	return s
}

// CaseloadTotals are the national (or a region's) caseload totals as label
// and value, in the order the UI and the command line show them.
func CaseloadTotals(t calc.CaseloadTotals, lang string) [][2]string {
	l := Lang(lang)
	return [][2]string{
		{W{"Flere sagsbehandlere", "More caseworkers"}.In(Lang(lang)), Number(t.ExtraCaseworkers, 0, l)},
		{W{"Udgift til sagsbehandlere pr. år", "Caseworker cost per year"}.In(Lang(lang)), Mio(t.CaseworkerCost, l)},
		{W{"Færre fuldtidspersoner efter indfasning", "Fewer full-time persons after phase-in"}.In(Lang(lang)), Number(t.PersonsFull, 0, l)},
		{W{"Sparet ydelsespotentiale pr. år", "Benefit potential saved per year"}.In(Lang(lang)), Mio(t.BenefitSaved, l)},
		{W{"Netto pr. år", "Net per year"}.In(Lang(lang)), SignedMio(t.Net, l)},
	}
}
