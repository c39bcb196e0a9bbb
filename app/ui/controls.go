package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/app/ui/view"
	"benchsim/calc"
)

// summary is the one-line effect of the scenario and the supervision counts.
func (k kit) summary() app.UI {
	st := k.state()
	t := st.T()
	line, counts := k.summaryTexts()
	return app.Div().Class("summary").Body(
		app.P().ID("summary").Class("moved").Attr("aria-live", "polite").Text(line),
		app.If(st.Area == calc.Total, func() app.UI {
			return app.P().ID("counts").Class("counts").Text(counts)
		}),
		app.If(!st.Scenario.IsOfficial(), func() app.UI {
			return app.P().Class("scenario-line").Body(
				app.Span().Class("muted").Text(t.ScenarioChanged+" "),
				app.Button().ID("reset-top").Class("btn", "small").Text(t.BackToOfficial).
					OnClick(func(ctx app.Context, e app.Event) {
						st.ResetScenario()
						k.step(ctx, true)
					}),
			)
		}),
	)
}

// summaryTexts are the summary's line and its supervision counts.
func (k kit) summaryTexts() (line, counts string) {
	st := k.state()
	t := st.T()
	if st.Scenario.IsOfficial() {
		line = t.OfficialSummary
		if st.Tab == view.TabScenario {
			// Not "go to Scenario" on the Scenario page itself.
			line = view.MeetMsg(st.Lang).OfficialHere
		}
	} else {
		moved, places := st.Summary()
		line = t.Moved(moved, places)
	}
	sc := &st.Result().Scenario
	met, insp, risk := sc.Counts()
	return line, t.CountsKnown(met, insp, risk, sc.FokusKnown(), len(sc.Status))
}

// periodSelect chooses the period the ranking is shown for.
func (k kit) periodSelect(id string) app.UI {
	st := k.state()
	t := st.T()
	ds := st.Dataset()
	cur := st.Period().Code
	return app.Div().Class("field", "inline").Body(
		app.Label().For(id).Text(t.PeriodLabel),
		app.Select().ID(id).
			OnChange(func(ctx app.Context, e app.Event) {
				st.SetPeriod(ctx.JSSrc().Get("value").String())
				k.step(ctx, true)
			}).
			Body(app.Range(ds.Periods).Slice(func(i int) app.UI {
				// Newest first.
				p := &ds.Periods[len(ds.Periods)-1-i]
				return app.Option().Value(p.Code).Selected(p.Code == cur).Text(t.PeriodName(p) + " (" + p.Code + ")")
			})),
	)
}

// areaSwitch chooses the area whose list is shown.
func (k kit) areaSwitch() app.UI {
	st := k.state()
	t := st.T()
	inc := st.Result().Scenario.Included
	var areas []calc.Area
	areas = append(areas, calc.Total)
	for _, a := range calc.Areas {
		if inc[a] {
			areas = append(areas, a)
		}
	}
	return app.Div().Class("segmented").Attr("role", "group").Attr("aria-label", t.AreaLabel).Body(
		app.Range(areas).Slice(func(i int) app.UI {
			a := areas[i]
			return app.Button().ID("area-"+a.ID()).Class("seg").
				Attr("aria-pressed", strconv.FormatBool(a == st.Area)).
				Text(t.AreaName(a)).
				OnClick(func(ctx app.Context, e app.Event) {
					st.SetArea(a)
					k.step(ctx, true)
				}, app.EventScope(a.ID()))
		}),
	)
}

// printButton prints the page. before, when not nil, runs first and
// print waits until an element with the id ready is drawn (the tour draws
// every step before printing).
func (k kit) printButton(before func(ctx app.Context), ready string) app.UI {
	mt := view.MeetMsg(k.state().Lang)
	return app.Button().ID("print").Class("btn", "ghost", "print-btn").
		Title(mt.PrintLabel).Text(mt.Print).
		OnClick(func(ctx app.Context, e app.Event) {
			k.root.setPrintStamp()
			if before != nil {
				before(ctx)
				// Print once go-app has drawn what before changed.
				tries := 0
				var fn app.Func
				fn = app.FuncOf(func(this app.Value, args []app.Value) any {
					if tries++; !app.Window().GetElementByID(ready).Truthy() && tries < 100 {
						app.Window().Call("setTimeout", fn, 50)
						return nil
					}
					app.Window().Call("print")
					fn.Release()
					return nil
				})
				app.Window().Call("setTimeout", fn, 50)
				return
			}
			app.Window().Call("print")
		})
}

// headlineFigs are the headline's area (the one shown, when res has it in
// both models, else the total) and its figures.
func headlineFigs(res *calc.Result, shown calc.Area, lang string) (calc.Area, []text.Figure) {
	a := shown
	if !res.Scenario.Included[a] || !res.Baseline.Included[a] {
		a = calc.Total
	}
	return a, text.Headline(res.Dataset, res.Headline(a), lang)
}

// figBody is a figure's value and label, with a space between them for
// screen readers and copied text.
func figBody(value, label string) []app.UI {
	return []app.UI{app.Span().Class("hl-value").Text(value), app.Text(" "), app.Span().Class("hl-label").Text(label)}
}

// headline shows res's four big numbers against the official model: who
// moves 5 places or more, the biggest climber and faller, the change in the
// national potential and in the supervision counts. Each leads to its rows:
// the movers' and the status changes' lists open below, the climber and
// faller link to their municipality page, the potential to the ranking
// sorted by potential. prefix tells one headline from another; scenarioQ is
// res's scenario in calc's syntax, for the links.
func (k kit) headline(res *calc.Result, prefix, scenarioQ string) app.UI {
	st := k.state()
	ct := view.CmpMsg(st.Lang)
	a, figs := headlineFigs(res, st.Area, st.Lang)
	fig := map[string]text.Figure{}
	for _, f := range figs {
		fig[f.Key] = f
	}
	h := res.Headline(a)
	link := func(extra string) string {
		q := scenarioQ
		if st.DatasetID != view.DemoID {
			q = view.Join(q, "ds="+view.EscapeValue(st.DatasetID))
		}
		if st.Lang != view.LangDA {
			q = view.Join(q, "lang="+st.Lang)
		}
		return "/?" + view.Join(q, extra)
	}
	toggle := func(key string) app.UI {
		f := fig[key]
		id := prefix + key
		open := st.HeadlineOpen == id
		return app.Div().Class("hl-fig", "hl-"+key).Body(
			app.Button().ID(id).Class("hl-link").Attr("aria-expanded", strconv.FormatBool(open)).
				Attr("aria-controls", id+"-rows").
				OnClick(func(ctx app.Context, e app.Event) { st.ToggleHeadline(id) }, app.EventScope(id)).
				Body(figBody(f.Value, f.Label)...),
		)
	}
	mover := func(key string, m calc.Mover) app.UI {
		f := fig[key]
		if !m.Found {
			return app.Div().Class("hl-half").Body(figBody(f.Value, f.Label)...)
		}
		code := res.Dataset.Municipalities[m.Index].Code
		return app.A().ID(prefix+key).Class("hl-half", "hl-link").
			Href(link("tab=" + view.TabMunicipality + "&m=" + strconv.Itoa(code))).
			Body(figBody(f.Value+" "+ct.Places, f.Label)...)
	}
	pot := fig["potential"]
	areaQ := ""
	if a != calc.Total {
		areaQ = "&area=" + a.ID()
	}
	var rows []view.HeadlineRow
	var rowsID string
	for _, k := range []string{"moved", "supervision"} {
		if st.HeadlineOpen == prefix+k {
			rows, rowsID = st.HeadlineRows(res, k), prefix+k+"-rows"
		}
	}
	return app.Section().Class("headline").ID(prefix+"headline").Attr("aria-label", ct.HeadlineLabel).Body(
		app.Div().Class("hl-figs").Body(
			toggle("moved"),
			app.Div().Class("hl-fig", "hl-movers").Body(mover("climber", h.Climber), mover("faller", h.Faller)),
			app.Div().Class("hl-fig", "hl-potential").Body(
				app.A().ID(prefix+"potential").Class("hl-link").Href(link("sort=-"+report.ColPotential+areaQ)).
					Body(figBody(pot.Value, pot.Label)...),
			),
			toggle("supervision"),
		),
		app.If(rowsID != "", func() app.UI {
			return app.Div().ID(rowsID).Class("hl-rows").Body(
				app.If(len(rows) == 0, func() app.UI { return app.P().Class("muted").Text(ct.NoRows) }),
				app.Ul().Body(app.Range(rows).Slice(func(i int) app.UI {
					x := rows[i]
					return app.Li().Body(
						app.A().Href(link("tab="+view.TabMunicipality+"&m="+strconv.Itoa(x.Code))).Text(x.Name),
						app.Text(": "+x.What),
					)
				})),
			)
		}),
	)
}
