package ui

import (
	"math"
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
	"benchsim/calc"
)

// newTourPage is the Tour tab, re-rendered on every change of the state
// (Rev).
func newTourPage(r *Root) *tourPage { return &tourPage{Rev: r.state().Rev, kit: kit{r}} }

// tourPage shows the shown step. It listens for ← and → (and a presenter
// remote's Page Up and Page Down) on the window while it is mounted.
type tourPage struct {
	app.Compo

	Rev int // the state's revision: every change renders again

	kit     // the Root and the shared controls
	ctx     app.Context
	mounted bool
	keydown app.Func
	print   *tourPrint        // the all-steps handout, drawn hidden on screen for print (print.go)
	want    string            // step 2: the figures asked for in the background
	last    *view.TourFigures // step 2: the last figures shown, standing in while new ones are computed
}

// redraw renders the tour again when the drawing worker answers.
func (c *tourPage) redraw() {
	if c.mounted {
		c.ctx.Dispatch(nil)
	}
}

// OnMount listens for the step keys and puts the step's own scenario into
// the address when the link carried other levers.
func (c *tourPage) OnMount(ctx app.Context) {
	c.ctx, c.mounted = ctx, true
	c.keydown = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		e := args[0]
		if e.Get("defaultPrevented").Bool() || e.Get("altKey").Bool() || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() {
			return nil
		}
		delta := 0
		switch e.Get("key").String() {
		case "ArrowRight", "PageDown":
			delta = 1
		case "ArrowLeft", "PageUp":
			delta = -1
		case "Escape":
			// Leave a field or a checkbox, so that the arrows step
			// again; outside them, leave presenter mode.
			if tg := e.Get("target"); tourInField(tg) || (tg.Truthy() && tg.Get("type").String() == "checkbox") {
				focusID("tour-title")
			} else if st := c.state(); st.Tour.Present {
				e.Call("preventDefault")
				ctx.Dispatch(func(ctx app.Context) {
					st.Tour.SetPresent(false)
					c.root.step(ctx, true)
				})
			}
			return nil
		default:
			return nil
		}
		if tourInField(e.Get("target")) {
			return nil // the arrows belong to the slider, the number or the radio buttons
		}
		e.Call("preventDefault")
		ctx.Dispatch(func(ctx app.Context) { c.move(ctx, delta) })
		return nil
	})
	app.Window().Call("addEventListener", "keydown", c.keydown)
	c.root.writeURL(false)
	c.drawHandoutSoon(ctx)
}

// OnDismount stops listening.
func (c *tourPage) OnDismount() {
	c.mounted = false
	if c.keydown != nil {
		app.Window().Call("removeEventListener", "keydown", c.keydown)
		c.keydown.Release()
		c.keydown = nil
	}
}

// OnResize draws step 2's charts again at phone or screen size.
func (c *tourPage) OnResize(ctx app.Context) { ctx.Update() }

// tourInField reports whether a key event's target uses the arrow keys
// itself: a text, number or range input, a radio button, a select.
func tourInField(el app.Value) bool {
	if !el.Truthy() {
		return false
	}
	switch el.Get("tagName").String() {
	case "SELECT", "TEXTAREA":
		return true
	case "INPUT":
		switch el.Get("type").String() {
		case "checkbox", "button", "submit", "reset":
			return false
		}
		return true
	}
	return el.Get("isContentEditable").Bool()
}

func focusID(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}

// move goes delta steps on, records it in the address and puts the focus
// on the new step's heading.
func (c *tourPage) move(ctx app.Context, delta int) {
	st := c.state()
	n := st.Tour.Step + delta
	if n < 1 || n > view.TourSteps {
		return
	}
	st.Tour.SetStep(n)
	c.root.step(ctx, true)
	app.Window().Call("scrollTo", 0, 0)
	c.focusAfter(ctx, "tour-title")
}

// focusAfter puts the focus on the element with the id once the page has
// been updated. It defers on the tour's own context: an event's context is
// dropped when its element goes away with the update, as the guess form
// does when the answer is revealed.
func (c *tourPage) focusAfter(ctx app.Context, id string) {
	if c.mounted {
		ctx = c.ctx
	}
	ctx.Defer(func(ctx app.Context) { focusID(id) })
}

func tourNarrow() bool {
	if !app.IsClient {
		return false
	}
	w, _ := app.Window().Size()
	return w > 0 && w < narrowBelowTour
}

// narrowBelowTour is the window width (CSS px) under which step 2's charts
// are drawn at phone size.
const narrowBelowTour = 700

// live returns the figures of the shown step under the current scenario
// and whether they are up to date. Step 2's simulation takes a good part
// of a second in the browser: there it runs once the slider has rested,
// and the last figures stand in until then.
func (c *tourPage) live(st *view.State) (*view.TourFigures, bool, error) {
	n := st.Tour.Step
	sc := st.Scenario.Clone()
	if f, ok := st.Tour.Cached(n, sc); ok {
		if n == 2 {
			c.last = f
		}
		return f, true, nil
	}
	if n != 2 || !app.IsClient || c.last == nil {
		f, err := st.Tour.FiguresFor(n, sc)
		if n == 2 && err == nil {
			c.last = f
		}
		return f, err == nil, err
	}
	key := view.TourKey(n, sc)
	if c.want != key && c.mounted {
		c.want = key
		lang, nw := st.Lang, tourNarrow()
		c.ctx.After(view.TourQuiet, func(ctx app.Context) {
			if c.want != key {
				return
			}
			if f, err := st.Tour.FiguresFor(n, sc); err == nil {
				st.Tour.Charts(f, lang, nw, nil)
			}
		})
	}
	return c.last, false, nil
}

// Render shows the step: text, question or answer, the live control and
// figures, and the step navigation.
func (c *tourPage) Render() app.UI {
	st := c.state()
	t := view.TourMsg(st.Lang)
	n := min(max(st.Tour.Step, 1), view.TourSteps)
	stt := t.Steps[n-1]
	revealed := st.Tour.Revealed(n)
	page := app.Div().ID("tour").Class("page", "tour").
		DataSet("step", n).DataSet("revealed", revealed).DataSet("present", st.Tour.Present)
	return page.Body(
		app.If(!st.Tour.Present, func() app.UI {
			return app.P().Class("lead", "tour-lead").Text(t.Lead)
		}),
		app.Div().Class("tour-grid").Body(
			app.Article().ID("tour-step").Class("tour-main").Attr("aria-labelledby", "tour-title").Body(
				app.P().Class("tour-kicker").Body(
					app.Span().Class("tour-name").Text(t.Title),
					app.Span().ID("tour-stepof").Text(t.StepOf(n)),
				),
				app.H1().ID("tour-title").TabIndex(-1).Text(stt.Title),
				app.Range(stt.Body).Slice(func(i int) app.UI {
					return app.P().Class("tour-text").Text(stt.Body[i])
				}),
				c.quiz(st, n, revealed),
			),
			c.livePanel(st, n, revealed),
		),
		c.nav(st, n),
		app.If(c.print != nil, func() app.UI {
			// Drawn again only in another language: a drag of step 2's
			// slider costs it nothing.
			return cached("tour-print", st.Lang, func() app.UI { return c.handout(st) })
		}),
	)
}

// quiz asks the step's question with a number input, or shows the answer
// next to the guess.
func (c *tourPage) quiz(st *view.State, n int, revealed bool) app.UI {
	t := view.TourMsg(st.Lang)
	lang := st.Lang
	q, lo, hi := st.Tour.Question(n)
	if !revealed {
		return app.Form().ID("tour-quiz").Class("tour-quiz").
			OnSubmit(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				st.Tour.Reveal()
				c.focusAfter(ctx, "tour-answer")
			}, app.EventScope("reveal", n)).
			Body(
				app.Label().For("tour-guess").Class("tour-question").Text(q),
				app.Div().Class("tour-guessrow").Body(
					app.Input().Type("number").ID("tour-guess").Class("number", "tour-guess").
						Attr("inputmode", "numeric").Min(num(lo)).Max(num(hi)).Step(1).
						Value(st.Tour.GuessText(n)).Attr("aria-describedby", "tour-unit").
						OnInput(func(ctx app.Context, e app.Event) {
							st.Tour.SetGuess(ctx.JSSrc().Get("value").String())
							ctx.PreventUpdate()
						}, app.EventScope("guess", n)),
					app.Span().ID("tour-unit").Class("unit").Text(t.Steps[n-1].Unit),
					app.Button().Type("submit").ID("tour-reveal").Class("btn", "tour-reveal").Text(t.Reveal),
				),
			)
	}
	ans, err := st.Tour.Answer()
	if err != nil {
		return app.P().ID("tour-error").Class("error").Text(err.Error())
	}
	guess, guessed := st.Tour.Guess(n)
	guessUI := app.Strong().ID("tour-guess-shown").Class("big", "muted").Text(t.NoGuess)
	if guessed {
		guessUI = app.Strong().ID("tour-guess-shown").Class("big").DataSet("value", num(guess)).Text(view.FormatNumber(guess, view.DecimalsOf(guess), lang))
	}
	return app.Div().ID("tour-answer").Class("tour-answer").TabIndex(-1).Body(
		app.P().Class("tour-question").Text(q),
		app.Div().Class("tour-versus").Body(
			app.Div().Class("tour-guessbox").Body(app.Span().Class("label").Text(t.YourGuess), guessUI),
			app.Div().Class("tour-answerbox").Body(
				app.Span().Class("label").Text(t.Answer),
				tnum("tour-answer-value", ans.Answer, 0, lang).Class("big"),
			),
		),
		app.If(guessed, func() app.UI {
			return app.P().ID("tour-offby").Class("tour-offby").Text(t.OffBy(guess, ans.Answer))
		}),
		app.P().ID("tour-explain").Class("tour-explain").Text(view.TourExplain(n, ans, lang)),
		app.Button().ID("tour-again").Class("btn", "ghost", "small").Text(t.Again).
			OnClick(func(ctx app.Context, e app.Event) {
				st.Tour.HideAnswer()
				c.focusAfter(ctx, "tour-guess")
			}, app.EventScope("again", n)),
	)
}

// livePanel is the step's control and the figures it changes; before the
// answer is shown it only says that it will appear.
func (c *tourPage) livePanel(st *view.State, n int, revealed bool) app.UI {
	t := view.TourMsg(st.Lang)
	if !revealed {
		return app.Section().ID("tour-live").Class("tour-live", "panel", "locked").Attr("aria-label", t.Live).Body(
			app.P().Class("tour-lock").Text("?"),
			app.P().Class("help").Text(t.LiveLocked),
		)
	}
	f, fresh, err := c.live(st)
	sec := app.Section().ID("tour-live").Class("tour-live", "panel").Attr("aria-labelledby", "tour-live-h").
		DataSet("fresh", fresh).Attr("aria-busy", strconv.FormatBool(!fresh))
	if f != nil {
		sec = sec.DataSet("key", f.Key)
	}
	var body app.UI
	switch {
	case err != nil:
		body = app.P().ID("tour-error").Class("error").Text(err.Error())
	case f == nil:
		body = app.P().Class("help").Text(t.Computing)
	default:
		body = c.stepLive(st, n, f, fresh)
	}
	link := "/?" + st.LinkQuery(view.TabRanking, tourMuni(n))
	return sec.Body(
		app.H2().ID("tour-live-h").Text(t.Live),
		c.control(st, n),
		app.If(st.LeverError != "", func() app.UI {
			return app.P().ID("lever-error").Class("error").Attr("role", "alert").Text(view.Msg(st.Lang).LeverRefused(st.LeverError))
		}),
		body,
		app.P().Class("tour-open").Body(app.A().ID("tour-open").Href(link).Text(t.OpenSimulator)),
	)
}

// tourMuni is the municipality a step is about, pinned when the scenario
// is opened in the simulator (0: none).
func tourMuni(n int) int {
	switch n {
	case 1:
		return view.TourLolland
	case 4, 5:
		return view.TourStevns
	}
	return 0
}

// control is the step's one control.
func (c *tourPage) control(st *view.State, n int) app.UI {
	r := c.kit
	t := view.TourMsg(st.Lang)
	lang := st.Lang
	switch n {
	case 1:
		ds := st.Demo()
		return app.FieldSet().ID("t1-control").Class("tour-control", "tour-covariates").Body(
			app.Legend().Text(t.AllCovariates),
			app.Div().Class("tour-checks").Body(app.Range(ds.Covariates).Slice(func(i int) app.UI {
				cv := ds.Covariates[i]
				on := !slices.Contains(st.Scenario.CovariatesOff, cv.ID)
				return r.checkbox("t1-cov-"+cv.ID, st.T().CovariateLabel(cv), on, func(on bool) { st.SetCovariate(cv.ID, on) })
			})),
		)
	case 2:
		p, _ := calc.ParamInfo(calc.ParamPhi)
		return app.Div().ID("t2-control").Class("tour-control").Body(r.slider(slider{
			id: "t2-phi", label: t.Phi, unit: "", value: st.Scenario.Phi, min: p.Min, max: 16, step: 0.5,
			source: p.Source, def: view.FormatNumber(p.Value, view.DecimalsOf(p.Value), lang),
			set: func(v float64) error { return st.SetParam(calc.ParamPhi, v) },
		}))
	case 3:
		values := []string{calc.WeightVolume, calc.WeightCost, calc.WeightRankMean}
		labels := []string{t.WeightingVolume, t.WeightingCost, t.WeightingRank}
		return app.Div().ID("t3-control").Class("tour-control").Body(
			r.radios("t3-w", t.Weighting, values, labels, st.Scenario.Weighting, func(w string) { st.SetWeighting(w) }),
		)
	case 4:
		return app.Div().ID("t4-control").Class("tour-control").Body(r.slider(slider{
			id: "t4-persons", label: t.PersonsMoved, unit: view.Msg(lang).FullTimePersons, value: func() float64 {
				tr, _ := view.TourTransfer(&st.Scenario)
				return tr.Persons
			}(), min: 0, max: 300, step: 10,
			set: func(v float64) error { return st.Tour.SetTransfer(v) },
		}))
	case 5:
		c0 := view.TourCaseloadNow(st.Demo())
		l, ok := st.Scenario.CaseloadFor(view.TourStevns)
		if !ok {
			l.From, l.To = c0, c0
		}
		pc1, _ := calc.ParamInfo(calc.ParamCaseloadTarget)
		return app.Div().ID("t5-control").Class("tour-control").Body(r.slider(slider{
			id: "t5-c1", label: t.TargetCaseload, unit: paramUnit(pc1, lang), value: l.To,
			min: 20, max: math.Floor(c0), step: 1, source: pc1.Source,
			def: view.FormatNumber(pc1.Value, 0, lang),
			set: func(v float64) error { return st.SetCaseload(view.TourStevns, c0, v) },
		}))
	case 6:
		p, _ := calc.ParamInfo(calc.ParamConvMin)
		return app.Div().ID("t6-control").Class("tour-control").Body(r.slider(slider{
			id: "t6-conv", label: t.ConvThreshold, unit: "%", value: st.Result().RuleSet.ConvMin,
			min: 50, max: 100, step: 1, source: p.Source, def: view.FormatNumber(p.Value, 0, lang),
			set: func(v float64) error { return st.SetParam(calc.ParamConvMin, v) },
		}))
	}
	return nil
}

// nav is the step navigation: previous, the six steps as links, next,
// presenter mode and (in presenter mode, where the header is hidden) the
// language.
func (c *tourPage) nav(st *view.State, n int) app.UI {
	t := view.TourMsg(st.Lang)
	r := c.kit
	steps := make([]int, view.TourSteps)
	for i := range steps {
		steps[i] = i + 1
	}
	other, otherLabel := view.LangEN, "English"
	if st.Lang == view.LangEN {
		other, otherLabel = view.LangDA, "Dansk"
	}
	return app.Nav().ID("tour-nav").Class("tour-nav").Attr("aria-label", t.StepsNav).Body(
		app.Div().Class("tour-steps").Body(
			app.Button().ID("tour-prev").Class("btn", "ghost").Disabled(n <= 1).Attr("aria-label", t.Prev).Body(
				app.Span().Attr("aria-hidden", "true").Text("←"), app.Span().Class("tour-word").Text(" "+t.Prev),
			).
				OnClick(func(ctx app.Context, e app.Event) { c.move(ctx, -1) }),
			app.Ol().Class("tour-dots").Body(app.Range(steps).Slice(func(i int) app.UI {
				k := steps[i]
				a := app.A().ID("tour-dot-"+strconv.Itoa(k)).Href(st.Tour.Href(k)).
					Title(t.Steps[k-1].Title).Attr("aria-label", t.StepOf(k)+": "+t.Steps[k-1].Title).Text(strconv.Itoa(k))
				if k == n {
					a = a.Attr("aria-current", "step").Class("current")
				}
				if st.Tour.Revealed(k) {
					a = a.Class("done")
				}
				return app.Li().Body(a)
			})),
			app.Button().ID("tour-next").Class("btn").Disabled(n >= view.TourSteps).Attr("aria-label", t.Next).Body(
				app.Span().Class("tour-word").Text(t.Next+" "), app.Span().Attr("aria-hidden", "true").Text("→"),
			).
				OnClick(func(ctx app.Context, e app.Event) { c.move(ctx, 1) }),
		),
		app.Div().Class("tour-tools").Body(
			r.printButton(func(ctx app.Context) { c.print = &tourPrint{}; ctx.Update() }, "tour-print"),
			app.Button().ID("tour-present").Class("btn", "ghost").Attr("aria-pressed", strconv.FormatBool(st.Tour.Present)).
				Text(func() string {
					if st.Tour.Present {
						return t.PresentOff
					}
					return t.PresentOn
				}()).
				OnClick(func(ctx app.Context, e app.Event) {
					st.Tour.SetPresent(!st.Tour.Present)
					r.step(ctx, true)
				}),
			app.If(st.Tour.Present, func() app.UI {
				return app.Button().ID("tour-lang").Class("btn", "ghost").Lang(other).
					Attr("aria-label", st.T().SwitchLanguage).Text(otherLabel).
					OnClick(func(ctx app.Context, e app.Event) {
						st.SetLang(other)
						r.step(ctx, true)
					}, app.EventScope(other))
			}),
		),
		app.P().Class("tour-keys", "help").Body(
			app.Text(t.KeysHelp+" "),
			app.If(st.Tour.Present, func() app.UI { return app.Span().ID("tour-esc").Text(view.MeetMsg(st.Lang).PresentEsc + " ") }),
			app.If(n == view.TourSteps, func() app.UI { return app.Span().Text(t.Finished + " ") }),
			app.Span().Class("tour-data").Text(t.DataNote),
		),
	)
}

// tourSVG is a tour chart, or "tegner …" until the worker has drawn it.
func tourSVG(svg, lang string) app.UI {
	if svg == "" {
		return app.Div().Class("chart-placeholder").Attr("aria-busy", "true").Text(view.ChartMsg(lang).Drawing)
	}
	return app.Div().Class("svg").Body(app.Raw(svg))
}
