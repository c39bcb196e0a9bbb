package ui

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"benchsim/app/report"
	"benchsim/calc"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
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
	print   *tourPrint   // "Udskriv" was pressed: the all-steps handout, drawn hidden on screen (print.go)
	want    string       // step 2: the figures asked for in the background
	last    *TourFigures // step 2: the last figures shown, standing in while new ones are computed
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
					st.SetTourPresent(false)
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
	if n < 1 || n > TourSteps {
		return
	}
	st.SetTourStep(n)
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
func (c *tourPage) live(st *State) (*TourFigures, bool, error) {
	n := st.Tour.Step
	sc := st.Scenario.Clone()
	if f, ok := st.tourCached(n, sc); ok {
		if n == 2 {
			c.last = f
		}
		return f, true, nil
	}
	if n != 2 || !app.IsClient || c.last == nil {
		f, err := st.tourFiguresFor(n, sc)
		if n == 2 && err == nil {
			c.last = f
		}
		return f, err == nil, err
	}
	key := tourKey(n, sc)
	if c.want != key && c.mounted {
		c.want = key
		lang, nw := st.Lang, tourNarrow()
		c.ctx.After(tourQuiet, func(ctx app.Context) {
			if c.want != key {
				return
			}
			if f, err := st.tourFiguresFor(n, sc); err == nil {
				st.tourCharts(f, lang, nw, nil)
			}
		})
	}
	return c.last, false, nil
}

// Render shows the step: text, question or answer, the live control and
// figures, and the step navigation.
func (c *tourPage) Render() app.UI {
	st := c.state()
	t := TourMsg(st.Lang)
	n := min(max(st.Tour.Step, 1), TourSteps)
	stt := t.Steps[n-1]
	revealed := st.TourRevealed(n)
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
		app.If(c.print != nil, func() app.UI { return c.handout(st) }),
	)
}

// quiz asks the step's question with a number input, or shows the answer
// next to the guess.
func (c *tourPage) quiz(st *State, n int, revealed bool) app.UI {
	t := TourMsg(st.Lang)
	lang := st.Lang
	q, lo, hi := st.tourQuestion(n)
	if !revealed {
		return app.Form().ID("tour-quiz").Class("tour-quiz").
			OnSubmit(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				st.RevealTour()
				c.focusAfter(ctx, "tour-answer")
			}, app.EventScope("reveal", n)).
			Body(
				app.Label().For("tour-guess").Class("tour-question").Text(q),
				app.Div().Class("tour-guessrow").Body(
					app.Input().Type("number").ID("tour-guess").Class("number", "tour-guess").
						Attr("inputmode", "numeric").Min(num(lo)).Max(num(hi)).Step(1).
						Value(st.tour().guess[n-1]).Attr("aria-describedby", "tour-unit").
						OnInput(func(ctx app.Context, e app.Event) {
							st.SetTourGuess(ctx.JSSrc().Get("value").String())
							ctx.PreventUpdate()
						}, app.EventScope("guess", n)),
					app.Span().ID("tour-unit").Class("unit").Text(t.Steps[n-1].Unit),
					app.Button().Type("submit").ID("tour-reveal").Class("btn", "tour-reveal").Text(t.Reveal),
				),
			)
	}
	ans, err := st.TourAnswer()
	if err != nil {
		return app.P().ID("tour-error").Class("error").Text(err.Error())
	}
	guess, guessed := st.TourGuess(n)
	guessUI := app.Strong().ID("tour-guess-shown").Class("big", "muted").Text(t.NoGuess)
	if guessed {
		guessUI = app.Strong().ID("tour-guess-shown").Class("big").DataSet("value", num(guess)).Text(FormatNumber(guess, decimalsOf(guess), lang))
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
		app.P().ID("tour-explain").Class("tour-explain").Text(tourExplain(n, ans, lang)),
		app.Button().ID("tour-again").Class("btn", "ghost", "small").Text(t.Again).
			OnClick(func(ctx app.Context, e app.Event) {
				st.HideTourAnswer()
				c.focusAfter(ctx, "tour-guess")
			}, app.EventScope("again", n)),
	)
}

// livePanel is the step's control and the figures it changes; before the
// answer is shown it only says that it will appear.
func (c *tourPage) livePanel(st *State, n int, revealed bool) app.UI {
	t := TourMsg(st.Lang)
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
	link := "/?" + st.LinkQuery(TabRanking, tourMuni(n))
	return sec.Body(
		app.H2().ID("tour-live-h").Text(t.Live),
		c.control(st, n),
		app.If(st.LeverError != "", func() app.UI {
			return app.P().ID("lever-error").Class("error").Attr("role", "alert").Text(Msg(st.Lang).LeverRefused(st.LeverError))
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
		return tourLolland
	case 4, 5:
		return tourStevns
	}
	return 0
}

// control is the step's one control.
func (c *tourPage) control(st *State, n int) app.UI {
	r := c.kit
	t := TourMsg(st.Lang)
	lang := st.Lang
	switch n {
	case 1:
		ds := st.demo
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
			source: p.Source, def: FormatNumber(p.Value, decimalsOf(p.Value), lang),
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
			id: "t4-persons", label: t.PersonsMoved, unit: Msg(lang).FullTimePersons, value: func() float64 {
				tr, _ := tourTransfer(&st.Scenario)
				return tr.Persons
			}(), min: 0, max: 300, step: 10,
			set: func(v float64) error { return st.SetTourTransfer(v) },
		}))
	case 5:
		c0 := tourCaseloadNow(st.demo)
		l, ok := st.Scenario.CaseloadFor(tourStevns)
		if !ok {
			l.From, l.To = c0, c0
		}
		pc1, _ := calc.ParamInfo(calc.ParamCaseloadTarget)
		return app.Div().ID("t5-control").Class("tour-control").Body(r.slider(slider{
			id: "t5-c1", label: t.TargetCaseload, unit: paramUnit(pc1, lang), value: l.To,
			min: 20, max: math.Floor(c0), step: 1, source: pc1.Source,
			def: FormatNumber(pc1.Value, 0, lang),
			set: func(v float64) error { return st.SetCaseload(tourStevns, c0, v) },
		}))
	case 6:
		p, _ := calc.ParamInfo(calc.ParamConvMin)
		return app.Div().ID("t6-control").Class("tour-control").Body(r.slider(slider{
			id: "t6-conv", label: t.ConvThreshold, unit: "%", value: st.Result().RuleSet.ConvMin,
			min: 50, max: 100, step: 1, source: p.Source, def: FormatNumber(p.Value, 0, lang),
			set: func(v float64) error { return st.SetParam(calc.ParamConvMin, v) },
		}))
	}
	return nil
}

// tnum shows a number of the figures: the formatted value, and the exact
// value in data-value for tests and for anyone reading the page's source.
func tnum(id string, v float64, decimals int, lang string) app.HTMLStrong {
	return app.Strong().ID(id).Class("tnum").DataSet("value", num(v)).Text(FormatNumber(v, decimals, lang))
}

// tmio shows kroner as millions.
func tmio(id string, kr float64, lang string) app.HTMLStrong {
	return app.Strong().ID(id).Class("tnum").DataSet("value", num(kr)).Text(FormatMio(kr, lang))
}

// stat is a big number with a line of text under it.
func stat(n app.UI, label string, class ...string) app.UI {
	return app.Div().Class(append([]string{"tour-stat"}, class...)...).Body(n, app.Span().Class("label").Text(label))
}

// stepLive is the figures of the step under the current scenario.
func (c *tourPage) stepLive(st *State, n int, f *TourFigures, fresh bool) app.UI {
	t := TourMsg(st.Lang)
	tt := st.T()
	lang := st.Lang
	v := f.Values
	num0 := func(id string) app.HTMLStrong { return tnum(id, v[id], 0, lang) }
	switch n {
	case 1:
		codes := []int{tourLolland, tourRudersdal}
		r2 := func(a calc.Area) string {
			if x, ok := v["t1-r2-"+a.ID()]; ok {
				return FormatNumber(x, 2, lang)
			}
			return "–"
		}
		return app.Div().Class("tour-figs").Body(
			app.P().ID("t1-covcount").Class("tour-line").Text(fmt.Sprintf(t.CovariatesOnFmt,
				FormatNumber(v["t1-covariates"], 0, lang), FormatInt(len(st.demo.Covariates), lang))),
			app.Table().ID("t1-table").Class("tour-table", "t1").Body(
				app.THead().Body(app.Tr().Body(
					app.Td(),
					app.Range(codes).Slice(func(k int) app.UI {
						return app.Th().Scope("col").Class("num").DataSet("code", codes[k]).
							Text(st.demo.Municipalities[st.demo.MunicipalityIndex(codes[k])].Name)
					}),
				)),
				app.TBody().Body(app.Range(t1Rows).Slice(func(k int) app.UI {
					rw := t1Rows[k]
					tr := app.Tr()
					if rw.hl {
						tr = tr.Class("hl")
					}
					return tr.Body(
						app.Th().Scope("row").Text(rw.label(t)),
						app.Range(codes).Slice(func(j int) app.UI {
							id := rw.id + strconv.Itoa(codes[j])
							return app.Td().Class("num").Body(tnum(id, v[id], rw.decimals, lang))
						}),
					)
				})),
			),
			app.P().ID("t1-r2").Class("help").Text(fmt.Sprintf(t.R2Fmt, r2(calc.DP), r2(calc.KTH), r2(calc.SYG))),
			app.P().Class("help").Text(t.ModelNote),
		)
	case 2:
		svgs, err := st.tourCharts(f, lang, tourNarrow() || st.Tour.Present, c.redraw)
		islands := f.Rows["t2-islands"]
		return app.Div().Class("tour-figs").Body(
			app.Div().Class("tour-stats", "four").Body(
				stat(num0("t2-apart"), fmt.Sprintf(t.PairsApartFmt, FormatNumber(v["t2-pairs"], 0, lang))),
				stat(num0("t2-width"), t.MedianWidth),
				stat(num0("t2-out95"), t.Outside95),
				stat(num0("t2-out998"), t.Outside998),
			),
			app.If(err != nil, func() app.UI { return app.P().Class("error").Text(fmt.Sprint(err)) }),
			app.If(err == nil, func() app.UI {
				cls := []string{"tour-charts"}
				if !fresh {
					cls = append(cls, "stale")
				}
				return app.Div().ID("t2-charts").Class(cls...).Body(
					app.Figure().ID("t2-funnel").Class("chart").Attr("aria-label", t.FunnelAlt).Body(tourSVG(svgs[0], lang)),
					app.Figure().ID("t2-intervals").Class("chart").Attr("aria-label", t.IvAlt).Body(tourSVG(svgs[1], lang)),
				)
			}),
			app.P().Class("tour-line", "islands").Body(
				app.Span().Class("label").Text(t.SmallTitle+" — "+t.IntervalCol+":"),
				app.Ul().ID("t2-islands").Class("tour-chips").Body(app.Range(islands).Slice(func(k int) app.UI {
					r := islands[k]
					return app.Li().DataSet("code", r.Code).DataSet("rank", num(r.Values[0])).
						DataSet("lo", num(r.Values[1])).DataSet("hi", num(r.Values[2])).
						Text(fmt.Sprintf("%s %s %s (%s–%s)", r.Name, t.RankNo, FormatNumber(r.Values[0], 0, lang),
							FormatNumber(r.Values[1], 0, lang), FormatNumber(r.Values[2], 0, lang)))
				})),
			),
		)
	case 3:
		top, left := f.Rows["t3-top"], f.Rows["t3-left"]
		return app.Div().Class("tour-figs").Body(
			app.Div().Class("tour-stats", "two").Body(
				stat(num0("t3-moved"), fmt.Sprintf(t.MovedFmt, FormatNumber(calc.Param(calc.ParamMoveThreshold), 0, lang))),
				stat(num0("t3-entered"), t.EnteredTop),
			),
			app.Div().Class("tour-two").Body(
				app.Table().ID("t3-top").Class("tour-table").Body(
					app.Caption().Text(t.Top10Title+" · "+tourWeightingName(t, st.Scenario.Weighting)),
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Class("num").Text(t.RankCol),
						app.Th().Scope("col").Text(tt.Municipality),
						app.Th().Scope("col").Class("num").Text(t.OfficialRankCol),
					)),
					app.TBody().Body(app.Range(top).Slice(func(k int) app.UI {
						r := top[k]
						tr := app.Tr().DataSet("code", r.Code).DataSet("rank", num(r.Values[0])).DataSet("official", num(r.Values[1])).DataSet("new", r.New)
						if r.New {
							tr = tr.Class("new")
						}
						return tr.Body(
							app.Td().Class("num").Text(FormatNumber(r.Values[0], 0, lang)),
							app.Th().Scope("row").Body(app.Text(r.Name), app.If(r.New, func() app.UI {
								return app.Span().Class("tag").Text(t.NewInTop)
							})),
							app.Td().Class("num").Text(FormatNumber(r.Values[1], 0, lang)),
						)
					})),
				),
				app.Div().ID("t3-left").Class("tour-left").Body(
					app.H3().Text(t.LeftTop),
					app.If(len(left) == 0, func() app.UI { return app.P().Text(t.NoneLeft) }),
					app.Ul().Body(app.Range(left).Slice(func(k int) app.UI {
						r := left[k]
						return app.Li().DataSet("code", r.Code).DataSet("official", num(r.Values[0])).DataSet("rank", num(r.Values[1])).
							Text(r.Name + ": " + fmt.Sprintf(t.RankNowFmt, FormatNumber(r.Values[0], 0, lang), FormatNumber(r.Values[1], 0, lang)))
					})),
				),
			),
			app.P().ID("t3-prices").Class("help").Body(
				app.Text(fmt.Sprintf(t.PricesFmt, FormatNumber(v["t3-price-dp"], 0, lang), FormatNumber(v["t3-price-kth"], 0, lang),
					FormatNumber(v["t3-price-syg"], 0, lang))),
			),
		)
	case 4:
		near := f.Rows["t4-near"]
		return app.Div().Class("tour-figs").Body(
			app.Div().Class("tour-stats", "two").Body(
				c.rankMove("t4-official", t.OfficialList, v, lang),
				c.rankMove("t4-kl", t.KLList, v, lang),
			),
			app.P().Class("tour-line").Body(
				app.Text(t.StevnsKTH+": "), tnum("t4-kth", v["t4-kth"], 0, lang),
				app.Text(" · "+t.StevnsFP+": "), tnum("t4-fp", v["t4-fp"], 0, lang),
			),
			app.Table().ID("t4-near").Class("tour-table", "small").Body(
				app.Caption().Text(t.NearTitle),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Class("num").Text(t.RankCol),
					app.Th().Scope("col").Text(tt.Municipality),
					app.Th().Scope("col").Class("num").Text(tt.ColumnName(report.ColPP)),
				)),
				app.TBody().Body(app.Range(near).Slice(func(k int) app.UI {
					r := near[k]
					tr := app.Tr().DataSet("code", r.Code).DataSet("rank", num(r.Values[0]))
					if r.Code == tourStevns {
						tr = tr.Class("hl")
					}
					return tr.Body(
						app.Td().Class("num").Text(FormatNumber(r.Values[0], 0, lang)),
						app.Th().Scope("row").Text(r.Name),
						app.Td().Class("num").Text(FormatSigned(r.Values[1], 2, lang)),
					)
				})),
			),
		)
	case 5:
		netCls := "good"
		if v["t5-net"] < 0 {
			netCls = "bad"
		}
		return app.Div().Class("tour-figs").Body(
			app.Div().Class("tour-stats", "two").Body(
				c.rankMove("t5", t.RankStevns, map[string]float64{"t5-before": v["t5-rank-before"], "t5-after": v["t5-rank-after"], "t5-climb": v["t5-climb"]}, lang),
				stat(tnum("t5-persons", v["t5-persons"], 0, lang), t.FewerPersons),
			),
			app.Table().ID("t5-money").Class("tour-table", "invest").Body(
				app.TBody().Body(
					app.Tr().Body(app.Th().Scope("row").Text(t.ExtraCaseworkers), app.Td().Class("num").Body(tnum("t5-caseworkers", v["t5-caseworkers"], 1, lang))),
					app.Tr().Body(app.Th().Scope("row").Text(t.CaseworkerCost), app.Td().Class("num").Body(tmio("t5-cost", v["t5-cost"], lang))),
					app.Tr().Body(app.Th().Scope("row").Text(t.BenefitSaved), app.Td().Class("num").Body(tmio("t5-saved", v["t5-saved"], lang))),
					app.Tr().Class("total").Body(app.Th().Scope("row").Text(t.Net),
						app.Td().Class("num", netCls).Body(app.Strong().ID("t5-net").Class("tnum").DataSet("value", num(v["t5-net"])).Text(FormatMioSigned(v["t5-net"], lang)))),
				),
			),
			app.P().Class("help").Text(fmt.Sprintf(t.AssumptionsFmt,
				FormatNumber(f.Res.Settings.Epsilon, decimalsOf(f.Res.Settings.Epsilon), lang),
				FormatNumber(f.Res.Settings.PhaseIn, decimalsOf(f.Res.Settings.PhaseIn), lang),
				FormatNumber(f.Res.Settings.CaseworkerCost, 0, lang),
				FormatNumber(f.Res.Settings.Prices[calc.KTH], 0, lang))),
		)
	case 6:
		// list shows municipalities with one margin: persons from the result
		// target's line (col 0) or conversations (col 1).
		list := func(id, caption string, rows []TourRow, col int) app.UI {
			head := t.PersonsFromLine
			if col == 1 {
				head = t.Conversations
			}
			return app.Table().ID(id).Class("tour-table", "small").Body(
				app.Caption().Text(caption),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(tt.Municipality),
					app.Th().Scope("col").Class("num").Text(head),
					app.Th().Scope("col").Text(t.StatusCol),
				)),
				app.TBody().Body(app.Range(rows).Slice(func(k int) app.UI {
					r := rows[k]
					cls := ""
					switch {
					case r.Status.Inspiration:
						cls = "insp"
					case r.Status.Risk:
						cls = "risk"
					}
					cell := FormatSigned(r.Values[0], 1, lang)
					if col == 1 {
						cell = FormatNumber(r.Values[1], 1, lang)
					}
					return app.Tr().DataSet("code", r.Code).DataSet("persons", num(r.Values[0])).DataSet("conv", num(r.Values[1])).Body(
						app.Th().Scope("row").Text(r.Name),
						app.Td().Class("num").Text(cell),
						app.Td().Class("st", cls).Text(tt.StatusShort(r.Status)),
					)
				})),
			)
		}
		risk := f.Rows["t6-risk"]
		return app.Div().Class("tour-figs").Body(
			app.Div().Class("tour-stats").Body(
				stat(num0("t6-result"), t.ResultMet),
				stat(num0("t6-insp"), t.Inspiration),
				stat(num0("t6-risk"), t.AtRisk, "risk"),
			),
			app.P().Class("tour-line", "risk").Body(
				app.Span().Class("label").Text(t.RiskTitle+":"),
				app.If(len(risk) == 0, func() app.UI { return app.Span().ID("t6-none").Text(" " + t.NoRisk) }),
				app.Ul().ID("t6-risk-list").Class("tour-chips").Body(app.Range(risk).Slice(func(k int) app.UI {
					r := risk[k]
					return app.Li().DataSet("code", r.Code).DataSet("persons", num(r.Values[0])).DataSet("conv", num(r.Values[1])).
						Text(fmt.Sprintf("%s (%s · %s %%)", r.Name, FormatSigned(r.Values[0], 0, lang), FormatNumber(r.Values[1], 1, lang)))
				})),
			),
			app.Div().Class("tour-two").Body(
				list("t6-near-result", t.NearResult, f.Rows["t6-near-result"], 0),
				list("t6-near-fokus", t.NearFokus, f.Rows["t6-near-fokus"], 1),
			),
		)
	}
	return nil
}

// t1Rows are the rows of step 1's table: an id prefix (the code follows),
// its label and decimals.
var t1Rows = []struct {
	id       string
	label    func(*TourTexts) string
	decimals int
	hl       bool
}{
	{"t1-actual-", func(t *TourTexts) string { return t.ActualShare }, 2, false},
	{"t1-exp-bm-", func(t *TourTexts) string { return t.ExpectedBM }, 2, false},
	{"t1-exp-model-", func(t *TourTexts) string { return t.ExpectedModel }, 2, false},
	{"t1-rank-bm-", func(t *TourTexts) string { return t.RankBM }, 0, false},
	{"t1-rank-model-", func(t *TourTexts) string { return t.RankModel }, 0, true},
}

// rankMove shows a rank before and after and the places climbed, from the
// values prefix+"-before", "-after", "-climb".
func (c *tourPage) rankMove(prefix, label string, v map[string]float64, lang string) app.UI {
	t := TourMsg(lang)
	climb := v[prefix+"-climb"]
	cls := "zero"
	switch {
	case climb > 0:
		cls = "up"
	case climb < 0:
		cls = "down"
	}
	return app.Div().ID(prefix+"-move").Class("tour-stat", "tour-move", cls).Body(
		app.Span().Class("label").Text(label),
		app.P().Class("tour-ranks").Body(
			app.Text(t.RankNo+" "), tnum(prefix+"-before", v[prefix+"-before"], 0, lang),
			app.Text(" → "+t.RankNo+" "), tnum(prefix+"-after", v[prefix+"-after"], 0, lang),
		),
		app.P().Class("tour-climb").Body(
			app.Strong().ID(prefix+"-climb").Class("tnum").DataSet("value", num(climb)).Text(FormatSigned(climb, 0, lang)),
			app.Text(" "+t.PlacesWord),
		),
	)
}

func tourWeightingName(t *TourTexts, w string) string {
	switch w {
	case calc.WeightCost:
		return t.WeightingCost
	case calc.WeightRankMean:
		return t.WeightingRank
	}
	return t.WeightingVolume
}

// nav is the step navigation: previous, the six steps as links, next,
// presenter mode and (in presenter mode, where the header is hidden) the
// language.
func (c *tourPage) nav(st *State, n int) app.UI {
	t := TourMsg(st.Lang)
	r := c.kit
	steps := make([]int, TourSteps)
	for i := range steps {
		steps[i] = i + 1
	}
	other, otherLabel := LangEN, "English"
	if st.Lang == LangEN {
		other, otherLabel = LangDA, "Dansk"
	}
	return app.Nav().ID("tour-nav").Class("tour-nav").Attr("aria-label", t.StepsNav).Body(
		app.Div().Class("tour-steps").Body(
			app.Button().ID("tour-prev").Class("btn", "ghost").Disabled(n <= 1).Attr("aria-label", t.Prev).Body(
				app.Span().Attr("aria-hidden", "true").Text("←"), app.Span().Class("tour-word").Text(" "+t.Prev),
			).
				OnClick(func(ctx app.Context, e app.Event) { c.move(ctx, -1) }),
			app.Ol().Class("tour-dots").Body(app.Range(steps).Slice(func(i int) app.UI {
				k := steps[i]
				a := app.A().ID("tour-dot-"+strconv.Itoa(k)).Href(st.tourHref(k)).
					Title(t.Steps[k-1].Title).Attr("aria-label", t.StepOf(k)+": "+t.Steps[k-1].Title).Text(strconv.Itoa(k))
				if k == n {
					a = a.Attr("aria-current", "step").Class("current")
				}
				if st.TourRevealed(k) {
					a = a.Class("done")
				}
				return app.Li().Body(a)
			})),
			app.Button().ID("tour-next").Class("btn").Disabled(n >= TourSteps).Attr("aria-label", t.Next).Body(
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
					st.SetTourPresent(!st.Tour.Present)
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
			app.If(st.Tour.Present, func() app.UI { return app.Span().ID("tour-esc").Text(MeetMsg(st.Lang).PresentEsc + " ") }),
			app.If(n == TourSteps, func() app.UI { return app.Span().Text(t.Finished + " ") }),
			app.Span().Class("tour-data").Text(t.DataNote),
		),
	)
}

// tourSVG is a tour chart, or "tegner …" until the worker has drawn it.
func tourSVG(svg, lang string) app.UI {
	if svg == "" {
		return app.Div().Class("chart-placeholder").Attr("aria-busy", "true").Text(ChartMsg(lang).Drawing)
	}
	return app.Div().Class("svg").Body(app.Raw(svg))
}
