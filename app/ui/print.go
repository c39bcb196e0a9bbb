package ui

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
)

// Printing: politicians take paper to council meetings. web/print.css lays
// a page out for A4 (no controls, tables within the page width, cards kept
// whole); this file puts the provenance stamp (print_state.go words it)
// on every printed page and draws the tour's all-steps handout. The
// "Udskriv" button is kit.printButton (controls.go).

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

// tourPrint is the tour's handout, computed once per language (the six
// steps' figures are not cheap, and the tour redraws on every change).
type tourPrint struct {
	lang  string
	steps []view.TourPrintStep
	err   error
}

// handoutAfter is how long after the tour is shown its handout is drawn:
// late enough not to hold up the first view, early enough to be there when
// the browser's own print command comes.
const handoutAfter = 250 * time.Millisecond

// drawHandoutSoon draws the handout (hidden on screen) a moment after the
// tour is shown, so that the browser's own print command (Ctrl+P, the
// menu) prints every step as "Udskriv" does: a beforeprint listener
// cannot wait for go-app to render.
func (c *tourPage) drawHandoutSoon(ctx app.Context) {
	ctx.After(handoutAfter, func(ctx app.Context) {
		if c.print == nil {
			c.print = &tourPrint{}
		}
	})
}

// handout is the tour on paper: one step per page with its answer. It is
// drawn (hidden on screen) soon after the tour is shown (drawHandoutSoon),
// or at once when its "Udskriv" is pressed.
func (c *tourPage) handout(st *view.State) app.UI {
	if c.print.lang != st.Lang || (c.print.steps == nil && c.print.err == nil) {
		steps, err := st.Tour.Handout()
		*c.print = tourPrint{lang: st.Lang, steps: steps, err: err}
	}
	mt := view.MeetMsg(st.Lang)
	t := view.TourMsg(st.Lang)
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
						app.Strong().DataSet("value", num(s.Answer)).Text(view.FormatNumber(s.Answer, 0, st.Lang)),
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
