package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/calc"
)

// Printing: politicians take paper to council meetings. web/print.css lays
// a page out for A4 (no controls, tables within the page width, cards kept
// whole); this file adds the "Udskriv" button, the provenance stamp that
// repeats on every printed page, and the tour's all-steps handout.

// PrintStamp is the provenance line of a printout: dataset, period,
// scenario and the day it was printed. perStep says the printout is the
// tour's handout, where each step has its own scenario (printed with it).
func (s *State) PrintStamp(now time.Time, perStep bool) string {
	t, mt := s.T(), MeetMsg(s.Lang)
	p := s.Period()
	what := t.PeriodLabel + ": " + t.PeriodName(p) + " (" + p.Code + ")" +
		" · " + mt.ScenarioLabel + ": " + scenarioText(s.Scenario, s.Lang)
	if perStep {
		what = mt.PeriodScenarioLabel + ": " + mt.EachStep
	}
	return t.DatasetLabel + ": " + s.Dataset().Provenance.Name + " · " + what +
		" · " + fmt.Sprintf(mt.PrintedFmt, printDate(now, s.Lang))
}

// scenarioText names a scenario on paper: its query, or the official model.
func scenarioText(sc calc.Scenario, lang string) string {
	if sc.IsOfficial() {
		return MeetMsg(lang).OfficialModel
	}
	return sc.Encode()
}

// printDate writes a day as "1. december 2026" or "1 December 2026".
func printDate(d time.Time, lang string) string {
	mt := MeetMsg(lang)
	day := strconv.Itoa(d.Day())
	if lang != LangEN {
		day += "."
	}
	return day + " " + mt.Months[d.Month()-1] + " " + strconv.Itoa(d.Year())
}

// setPrintStamp puts the stamp into the custom property --print-stamp of
// <html>, which print.css's @page margin box shows at the foot of every
// printed page (a margin box sits outside the text, so unlike a fixed
// element it never covers a table row). Called before printing, from the
// button and from the browser's own print command (beforeprint).
func (r *Root) setPrintStamp() {
	style := app.Window().Get("document").Get("documentElement").Get("style")
	perStep := app.Window().GetElementByID("tour-print").Truthy()
	style.Call("setProperty", "--print-stamp", cssString(r.state().PrintStamp(time.Now(), perStep)))
}

// cssString quotes s as a CSS string.
func cssString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", " ", "\r", " ").Replace(s) + `"`
}

// TourPrintStep is one step of the tour's handout: its texts, question,
// answer and the sentence that explains it, computed by calc for the
// step's own scenario.
type TourPrintStep struct {
	N               int
	Period          string // the step's own period, named
	Scenario        string // the step's own scenario, as scenarioText writes it
	Title, Question string
	Body            []string
	Answer          float64
	Unit, Explain   string
}

// TourHandout returns every step of the tour with its answer.
func (s *State) TourHandout() ([]TourPrintStep, error) {
	t := TourMsg(s.Lang)
	out := make([]TourPrintStep, 0, TourSteps)
	for n := 1; n <= TourSteps; n++ {
		sc := tourScenario(s.demo, n, nil)
		f, err := s.tourFiguresFor(n, sc)
		if err != nil {
			return nil, err
		}
		q, _, _ := s.tourQuestion(n)
		stt := t.Steps[n-1]
		p := &s.demo.Periods[f.Res.Period]
		out = append(out, TourPrintStep{N: n, Period: Msg(s.Lang).PeriodName(p) + " (" + p.Code + ")", Scenario: scenarioText(sc, s.Lang), Title: stt.Title, Body: stt.Body, Question: q,
			Answer: f.Answer, Unit: stt.Unit, Explain: tourExplain(n, f, s.Lang)})
	}
	return out, nil
}

// tourPrint is the tour's handout, computed once per language (the six
// steps' figures are not cheap, and the tour redraws on every change).
type tourPrint struct {
	lang  string
	steps []TourPrintStep
	err   error
}

// handout is the tour on paper: one step per page with its answer. It is
// drawn (hidden on screen) once the tour's "Udskriv" was pressed.
func (c *tourPage) handout(st *State) app.UI {
	if c.print.lang != st.Lang || (c.print.steps == nil && c.print.err == nil) {
		steps, err := st.TourHandout()
		*c.print = tourPrint{lang: st.Lang, steps: steps, err: err}
	}
	mt := MeetMsg(st.Lang)
	t := TourMsg(st.Lang)
	steps, err := c.print.steps, c.print.err
	if err != nil {
		return app.P().Class("error", "print-only").Text(err.Error())
	}
	return app.Div().ID("tour-print").Class("print-only", "tour-print").Body(
		app.Range(steps).Slice(func(i int) app.UI {
			s := steps[i]
			return app.Article().Class("tour-print-step").DataSet("step", s.N).Body(
				app.P().Class("tour-kicker").Text(mt.TourPrintTitle+" · "+t.StepOf(s.N)),
				app.H2().Text(s.Title),
				app.Range(s.Body).Slice(func(j int) app.UI { return app.P().Class("tour-text").Text(s.Body[j]) }),
				app.Div().Class("tour-answer").Body(
					app.P().Class("tour-question").Text(s.Question),
					app.P().Class("tour-print-answer").Body(
						app.Span().Class("label").Text(mt.TourAnswerLabel+": "),
						app.Strong().DataSet("value", num(s.Answer)).Text(FormatNumber(s.Answer, 0, st.Lang)),
						app.Text(" "+s.Unit),
					),
					app.P().Class("tour-explain").Text(s.Explain),
				),
				app.P().Class("tour-print-scenario").Body(
					app.Span().Text(st.T().PeriodLabel+": "+s.Period+" · "),
					app.Span().Class("tour-print-sc").Text(mt.ScenarioLabel+": "+s.Scenario),
				),
			)
		}),
	)
}
