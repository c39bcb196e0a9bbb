package text

import (
	"fmt"
	"math"
	"strings"
	"sync"

	"benchsim/calc"
)

// Explanation words calc's explanation of one municipality's result as a
// short paragraph in the language: its place and the persons and percentage
// points behind it, the area that pulls it up and down, its plausible rank
// interval, its supervision status and — under a scenario — what changed
// and which lever moved it. Every number in it is one of e's, formatted by
// the one formatter; the same e gives the same paragraph.
func Explanation(ds *calc.Dataset, e calc.Explanation, lang string) string {
	l := Lang(lang)
	name := ds.Municipalities[e.Index].Name
	parts := []string{place(name, e, l), persons(e.Total, l), pullsText(e, l), intervalText(e, l), statusText(e.Status, l)}
	if e.Scenario {
		parts = append(parts, scenarioText(e, l)...)
	}
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

func num(v float64, d int, l Lang) string { return Number(math.Abs(v), d, l) }

// places words a number of places: "1 plads", "3 pladser".
func places(n int, l Lang) string {
	if n == 1 || n == -1 {
		return W{"1 plads", "1 place"}.In(l)
	}
	return num(float64(n), 0, l) + W{" pladser", " places"}.In(l)
}

func place(name string, e calc.Explanation, l Lang) string {
	rank, n := num(float64(e.Total.Rank), 0, l), num(float64(e.N), 0, l)
	if !e.Scenario {
		return fmt.Sprintf(W{"%s ligger nr. %s af %s.", "%s ranks %s of %s."}.In(l), name, rank, n)
	}
	return fmt.Sprintf(W{"%s ligger nr. %s af %s i scenariet (officielt nr. %s).", "%s ranks %s of %s in the scenario (officially %s)."}.In(l), name, rank, n, num(float64(e.Official.Rank), 0, l))
}

func persons(t calc.Entry, l Lang) string {
	p, pp := num(t.DiffPersons, 0, l), num(t.DiffPP, 2, l)
	counts := fmt.Sprintf(W{"%s faktiske mod %s forventede", "%s actual against %s expected"}.In(l),
		num(t.Actual, 0, l), num(t.Expected, 0, l))
	switch {
	case p == "0" && pp == "0,00" || p == "0" && pp == "0.00":
		return fmt.Sprintf(W{"Antallet af fuldtidspersoner på offentlig forsørgelse svarer til det forventede (%s).", "The number of full-time persons on public support is as expected (%s)."}.In(l), counts)
	case t.DiffPP > 0:
		return fmt.Sprintf(W{"Den har %s flere fuldtidspersoner på offentlig forsørgelse end forventet (%s), %s procentpoint over det forventede.", "It has %s more full-time persons on public support than expected (%s), %s percentage points above the expected."}.In(l), p, counts, pp)
	}
	return fmt.Sprintf(W{"Den har %s færre fuldtidspersoner på offentlig forsørgelse end forventet (%s), %s procentpoint under det forventede.", "It has %s fewer full-time persons on public support than expected (%s), %s percentage points below the expected."}.In(l), p, counts, pp)
}

func pullsText(e calc.Explanation, l Lang) string {
	var s []string
	if e.Up != nil {
		s = append(s, fmt.Sprintf(W{"%s trækker mest op (%s)", "%s pulls it up most (%s)"}.In(l), Area(e.Up.Area, string(l)), pullFigure(e.Up, e.ByRank, l)))
	}
	if e.Down != nil {
		s = append(s, fmt.Sprintf(W{"%s trækker mest ned (%s)", "%s pulls it down most (%s)"}.In(l), Area(e.Down.Area, string(l)), pullFigure(e.Down, e.ByRank, l)))
	}
	lead := ""
	if e.ByRank {
		lead = fmt.Sprintf(W{"Med vægtning efter områdernes placeringer er dens gennemsnitlige placering %s. ", "Weighted by the areas' ranks, its mean rank is %s. "}.In(l), num(e.Total.Score, 1, l))
	}
	if len(s) == 0 {
		return lead + W{"Alle områder ligger på det forventede.", "Every area is at its expected level."}.In(l)
	}
	return lead + strings.Join(s, W{", og ", ", and "}.In(l)) + "."
}

func pullFigure(p *calc.AreaPull, byRank bool, l Lang) string {
	if byRank {
		return fmt.Sprintf(W{"nr. %s på området", "rank %s in the area"}.In(l), num(float64(p.Rank), 0, l))
	}
	dir := W{"over", "above"}.In(l)
	if p.DiffPP < 0 {
		dir = W{"under", "below"}.In(l)
	}
	s := fmt.Sprintf(W{"%s procentpoint %s forventet", "%s percentage points %s expected"}.In(l), num(p.DiffPP, 2, l), dir)
	if p.Weight != 1 {
		s += fmt.Sprintf(W{", vægt %s", ", weight %s"}.In(l), num(p.Weight, 2, l))
	}
	return s
}

func intervalText(e calc.Explanation, l Lang) string {
	iv := e.Interval
	if iv.Lo == 0 {
		return ""
	}
	if iv.Lo == iv.Hi {
		return fmt.Sprintf(W{"Med tilfældig variation i tallene er placeringen stabil: nr. %s i 95 %% af simuleringerne.", "With random variation in the figures the rank is stable: %s in 95 %% of the simulations."}.In(l), num(float64(iv.Lo), 0, l))
	}
	return fmt.Sprintf(W{"Med tilfældig variation i tallene er en placering mellem nr. %s og %s plausibel (95 %%).", "With random variation in the figures a rank between %s and %s is plausible (95 %%)."}.In(l), num(float64(iv.Lo), 0, l), num(float64(iv.Hi), 0, l))
}

func statusText(s calc.Status, l Lang) string {
	switch {
	case !s.FokusKnown && s.ResultMet:
		return W{"Den opfylder resultatmålet; fokusmålet er ukendt, så inspiration og risiko for skærpet tilsyn kan ikke afgøres.", "It meets the result target; the focus target is unknown, so inspiration and risk of supervision cannot be told."}.In(l)
	case !s.FokusKnown:
		return W{"Den opfylder ikke resultatmålet; fokusmålet er ukendt, så risiko for skærpet tilsyn kan ikke afgøres.", "It does not meet the result target; the focus target is unknown, so risk of supervision cannot be told."}.In(l)
	case s.Inspiration:
		return W{"Den opfylder både resultatmål og fokusmål og er inspirationskommune.", "It meets both the result and the focus target and is an inspiration municipality."}.In(l)
	case s.Risk:
		return W{"Den opfylder hverken resultatmål eller fokusmål og er i risiko for skærpet tilsyn.", "It meets neither the result nor the focus target and is at risk of intensified supervision."}.In(l)
	case s.ResultMet:
		return W{"Den opfylder resultatmålet, men ikke fokusmålet.", "It meets the result target but not the focus target."}.In(l)
	}
	return W{"Den opfylder fokusmålet, men ikke resultatmålet.", "It meets the focus target but not the result target."}.In(l)
}

// leverNames name the lever groups in a sentence.
var leverNames = sync.OnceValue(func() map[string]W {
	return map[string]W{
		calc.LeverScope:      {"omfanget (områderne i målet)", "the scope (the areas in the total)"},
		calc.LeverWeighting:  {"vægtningen", "the weighting"},
		calc.LeverReestimate: {"det genberegnede forventede", "the re-estimated expected"},
		calc.LeverCaseload:   {"sagstallet", "the caseload"},
		calc.LeverTransfers:  {"flytningerne mellem områder", "the transfers between areas"},
		calc.LeverLens:       {"linsen forbundne kar", "the connected-vessels lens"},
	}
})

// LeverName names a lever group (calc.LeverGroups) in the language.
func LeverName(group, lang string) string { return leverNames()[group].In(Lang(lang)) }

// move words a rank change: "3 pladser op", "1 plads ned", "ingen pladser".
func move(c int, l Lang) string {
	switch {
	case c > 0:
		return places(c, l) + W{" op", " up"}.In(l)
	case c < 0:
		return places(c, l) + W{" ned", " down"}.In(l)
	}
	return W{"ingen pladser", "no places"}.In(l)
}

func scenarioText(e calc.Explanation, l Lang) []string {
	out := []string{fmt.Sprintf(W{"Scenariet flytter den %s.", "The scenario moves it %s."}.In(l), move(e.Change, l))}
	if StatusShort(e.Status, l) != StatusShort(e.OfficialStatus, l) {
		out = append(out, fmt.Sprintf(W{"Officielt: %s.", "Officially: %s."}.In(l), StatusShort(e.OfficialStatus, l)))
	}
	if len(e.Levers) == 0 {
		return out
	}
	var parts []string
	for _, lv := range e.Levers {
		name := LeverName(lv.Group, string(l))
		if lv.Err != nil {
			parts = append(parts, name+W{" kan ikke regnes alene", " cannot be computed alone"}.In(l))
			continue
		}
		parts = append(parts, name+" "+move(lv.Places, l))
	}
	out = append(out, W{"Hver for sig på den officielle model: ", "Each alone on the official model: "}.In(l)+strings.Join(parts, "; ")+".")
	if len(e.Levers) > 1 || e.LeverSum != e.Change {
		out = append(out, leverSum(e, l))
	}
	return out
}

// leverSum says how the parts relate to the whole, honestly: they need not
// add up, because levers interact and move the other municipalities too.
func leverSum(e calc.Explanation, l Lang) string {
	if e.LeverSum == e.Change {
		return fmt.Sprintf(W{"Delene giver tilsammen %s, som scenariet som helhed; det behøver de ikke, for virkemidlerne påvirker hinanden og de andre kommuners placeringer.", "Together the parts make %s, as the whole scenario does; they need not, for the levers interact and move the other municipalities too."}.In(l), move(e.LeverSum, l))
	}
	return fmt.Sprintf(W{"Delene giver tilsammen %s, mens scenariet som helhed giver %s: virkemidlerne påvirker hinanden og de andre kommuners placeringer, så delene summer ikke til helheden.", "Together the parts make %s while the whole scenario makes %s: the levers interact and move the other municipalities too, so the parts do not add up to the whole."}.In(l), move(e.LeverSum, l), move(e.Change, l))
}
