package text_test

import (
	"math"
	"regexp"
	"strings"
	"testing"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
	"benchsim/calc/demo"
)

var numberRE = map[string]*regexp.Regexp{
	"da": regexp.MustCompile(`\d+(?:\.\d{3})*(?:,\d+)?`),
	"en": regexp.MustCompile(`\d+(?:,\d{3})*(?:\.\d+)?`),
}

// explanationNumbers are calc's numbers of e as the paragraph may show them,
// and those it must show.
func explanationNumbers(e calc.Explanation, l report.Lang) (allowed map[string]bool, must []string) {
	f := func(v float64, d int) string { return report.Number(math.Abs(v), d, l) }
	t := e.Total
	must = []string{f(float64(t.Rank), 0), f(float64(e.N), 0), f(t.DiffPersons, 0), f(t.Actual, 0), f(t.Expected, 0), f(t.DiffPP, 2),
		f(float64(e.Interval.Lo), 0), f(float64(e.Interval.Hi), 0)}
	allowed = map[string]bool{"95": true, "1": true} // "95 %", "1 plads"
	for _, p := range e.Pulls {
		allowed[f(p.DiffPP, 2)], allowed[f(p.Weight, 2)], allowed[f(float64(p.Rank), 0)] = true, true, true
	}
	if e.ByRank {
		must = append(must, f(t.Score, 1))
	}
	if e.Scenario {
		must = append(must, f(float64(e.Official.Rank), 0))
		if e.Change != 0 {
			must = append(must, f(float64(e.Change), 0))
		}
		for _, lv := range e.Levers {
			if lv.Places != 0 {
				must = append(must, f(float64(lv.Places), 0))
			}
		}
		allowed[f(float64(e.LeverSum), 0)] = true
	}
	for _, m := range must {
		allowed[m] = true
	}
	return allowed, must
}

func TestExplanationNumbersAreCalcs(t *testing.T) {
	ds := demo.Dataset()
	for _, q := range []string{"v=1", "v=1&scope=kl&cl=all:50&tr=336:kth:fp:100", "v=1&w=rank&cl=r1085:40", "v=1&w=custom&wc=dp:1,kth:2,syg:0.5,fp:0,flex:0"} {
		s, err := calc.DecodeScenario(q)
		if err != nil {
			t.Fatal(err)
		}
		res, err := calc.Apply(ds, s)
		if err != nil {
			t.Fatal(err)
		}
		x := calc.NewExplainer(res, report.Intervals(res, calc.Total))
		for _, code := range []int{101, 336, 707, 825} {
			e := x.Explain(ds.MunicipalityIndex(code))
			for _, lang := range []string{"da", "en"} {
				p := text.Explanation(ds, e, lang)
				if p != text.Explanation(ds, x.Explain(e.Index), lang) {
					t.Fatalf("%s %d: not deterministic", q, code)
				}
				allowed, must := explanationNumbers(e, report.Lang(lang))
				for _, n := range numberRE[lang].FindAllString(p, -1) {
					if !allowed[n] {
						t.Errorf("%s %d %s: %s is not one of calc's numbers:\n%s", q, code, lang, n, p)
					}
				}
				for _, m := range must {
					if !strings.Contains(p, m) {
						t.Errorf("%s %d %s: %s missing:\n%s", q, code, lang, m, p)
					}
				}
			}
		}
	}
}

// A hand-made explanation gives the paragraph word for word.
func TestExplanationWording(t *testing.T) {
	ds := &calc.Dataset{Municipalities: []calc.Municipality{{Code: 336, Name: "Stevns"}}}
	kth := calc.AreaPull{Area: calc.KTH, DiffPP: 1.64, Weight: 1, Contribution: 1.64, Rank: 98}
	syg := calc.AreaPull{Area: calc.SYG, DiffPP: -0.3, Weight: 1, Contribution: -0.3, Rank: 5}
	e := calc.Explanation{N: 98, Total: calc.Entry{Rank: 98, Actual: 1130, Expected: 970, DiffPersons: 160, DiffPP: 2.41},
		Official: calc.Entry{Rank: 98}, Scenario: true, Change: -2, Pulls: []calc.AreaPull{kth, syg}, Up: &syg, Down: &kth,
		Interval: calc.Interval{Lo: 90, Hi: 98}, Status: calc.Status{FokusKnown: true, Risk: true}, OfficialStatus: calc.Status{FokusKnown: true, Risk: true},
		Levers: []calc.LeverEffect{{Group: calc.LeverScope, Places: -3}, {Group: calc.LeverCaseload, Places: 1}}, LeverSum: -2}
	e.Total.Rank, e.Official.Rank = 96, 94
	want := "Stevns ligger nr. 96 af 98 i scenariet (officielt nr. 94). Den har 160 flere fuldtidspersoner på offentlig forsørgelse end forventet " +
		"(1.130 faktiske mod 970 forventede), 2,41 procentpoint over det forventede. Sygedagpenge mv. trækker mest op (0,30 procentpoint under forventet), " +
		"og Kontanthjælp mv. trækker mest ned (1,64 procentpoint over forventet). Med tilfældig variation i tallene er en placering mellem nr. 90 og 98 plausibel (95 %). " +
		"Den opfylder hverken resultatmål eller fokusmål og er i risiko for skærpet tilsyn. Scenariet flytter den 2 pladser ned. " +
		"Hver for sig på den officielle model: omfanget (områderne i målet) 3 pladser ned; sagstallet 1 plads op. " +
		"Delene giver tilsammen 2 pladser ned, som scenariet som helhed; det behøver de ikke, for virkemidlerne påvirker hinanden og de andre kommuners placeringer."
	if got := text.Explanation(ds, e, "da"); got != want {
		t.Errorf("Danish:\n got %q\nwant %q", got, want)
	}
	if got := text.Explanation(ds, e, "en"); !strings.Contains(got, "It has 160 more full-time persons on public support than expected (1,130 actual against 970 expected), 2.41 percentage points above") {
		t.Errorf("English: %q", got)
	}
}
