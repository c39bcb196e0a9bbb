package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
)

// HeadlineRow is one row behind a headline figure: a municipality and what
// the figure counts for it, worded.
type HeadlineRow struct {
	Code int
	Name string
	What string // e.g. "+7 (plads 12 → 5)" or "risiko → inspiration"
}

// HeadlineRows are the rows behind a headline figure of res ("moved" or
// "supervision"; calc.Result.Movers and StatusChanges) in the view's area.
func (s *State) HeadlineRows(res *calc.Result, key string) []HeadlineRow {
	ds := res.Dataset
	l := report.Lang(s.Lang)
	t := s.T()
	var out []HeadlineRow
	switch key {
	case "moved":
		a := s.Area
		for _, i := range res.Movers(a, int(calc.Param(calc.ParamMoveThreshold))) {
			m := ds.Municipalities[i]
			out = append(out, HeadlineRow{m.Code, m.Name, report.Signed(float64(res.RankChange(a, i)), 0, l) + " (" +
				CmpMsg(s.Lang).Place + " " + report.Number(float64(res.Baseline.Areas[a][i].Rank), 0, l) + " → " +
				report.Number(float64(res.Scenario.Areas[a][i].Rank), 0, l) + ")"})
		}
	case "supervision":
		for _, i := range res.StatusChanges() {
			m := ds.Municipalities[i]
			out = append(out, HeadlineRow{m.Code, m.Name, t.StatusShort(res.Baseline.Status[i]) + " → " + t.StatusShort(res.Scenario.Status[i])})
		}
	}
	return out
}

// ToggleHeadline shows (or hides) the rows behind a headline figure; id
// says which headline (the scenario page's, or a compared scenario's).
func (s *State) ToggleHeadline(id string) {
	if s.HeadlineOpen == id {
		s.HeadlineOpen = ""
	} else {
		s.HeadlineOpen = id
	}
	s.Rev++
}

// headline shows res's four big numbers against the official model: who
// moves 5 places or more, the biggest climber and faller, the change in the
// national potential and in the supervision counts. Each leads to its rows:
// the movers' and the status changes' lists open below, the climber and
// faller link to their municipality page, the potential to the ranking
// sorted by potential. prefix tells one headline from another; scenarioQ is
// res's scenario in calc's syntax, for the links.
func (r *Root) headline(res *calc.Result, prefix, scenarioQ string) app.UI {
	st := r.state()
	ct := CmpMsg(st.Lang)
	a := st.Area
	if !res.Scenario.Included[a] || !res.Baseline.Included[a] {
		a = calc.Total
	}
	figs := text.Headline(res.Dataset, res.Headline(a), st.Lang)
	fig := map[string]text.Figure{}
	for _, f := range figs {
		fig[f.Key] = f
	}
	h := res.Headline(a)
	link := func(extra string) string {
		q := scenarioQ
		if st.DatasetID != DemoID {
			q = join(q, "ds="+escapeValue(st.DatasetID))
		}
		if st.Lang != LangDA {
			q = join(q, "lang="+st.Lang)
		}
		return "/?" + join(q, extra)
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
			Href(link("tab=" + TabMunicipality + "&m=" + strconv.Itoa(code))).
			Body(figBody(f.Value+" "+ct.Places, f.Label)...)
	}
	pot := fig["potential"]
	areaQ := ""
	if a != calc.Total {
		areaQ = "&area=" + a.ID()
	}
	var rows []HeadlineRow
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
						app.A().Href(link("tab="+TabMunicipality+"&m="+strconv.Itoa(x.Code))).Text(x.Name),
						app.Text(": "+x.What),
					)
				})),
			)
		}),
	)
}

// join joins two query parts with "&".
func join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "&" + b
}

// figBody is a figure's value and label, with a space between them for
// screen readers and copied text.
func figBody(value, label string) []app.UI {
	return []app.UI{app.Span().Class("hl-value").Text(value), app.Text(" "), app.Span().Class("hl-label").Text(label)}
}
