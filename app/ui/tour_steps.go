package ui

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/report"
	"benchsim/app/ui/view"
	"benchsim/calc"
)

// stepLive is the figures of the step under the current scenario.
func (c *tourPage) stepLive(st *view.State, n int, f *view.TourFigures, fresh bool) app.UI {
	l := liveStep{c: c, st: st, f: f, fresh: fresh, t: view.TourMsg(st.Lang), tt: st.T(), lang: st.Lang, v: f.Values}
	switch n {
	case 1:
		return l.live1()
	case 2:
		return l.live2()
	case 3:
		return l.live3()
	case 4:
		return l.live4()
	case 5:
		return l.live5()
	case 6:
		return l.live6()
	}
	return nil
}

// liveStep is what a step's figures are drawn from.
type liveStep struct {
	c     *tourPage
	st    *view.State
	f     *view.TourFigures
	fresh bool // the figures are up to date (not standing in)
	t     *view.TourTexts
	tt    *view.Texts
	lang  string
	v     map[string]float64 // f.Values
}

// num0 is the figure id as a whole number.
func (l liveStep) num0(id string) app.HTMLStrong { return tnum(id, l.v[id], 0, l.lang) }

// live1 is step 1's figures: the two municipalities' covariates and the fit.
func (l liveStep) live1() app.UI {
	st, t, lang, v := l.st, l.t, l.lang, l.v
	codes := []int{view.TourLolland, view.TourRudersdal}
	r2 := func(a calc.Area) string {
		if x, ok := v["t1-r2-"+a.ID()]; ok {
			return view.FormatNumber(x, 2, lang)
		}
		return "–"
	}
	return app.Div().Class("tour-figs").Body(
		app.P().ID("t1-covcount").Class("tour-line").Text(fmt.Sprintf(t.CovariatesOnFmt,
			view.FormatNumber(v["t1-covariates"], 0, lang), view.FormatInt(len(st.Demo().Covariates), lang))),
		app.Table().ID("t1-table").Class("tour-table", "t1").Body(
			app.THead().Body(app.Tr().Body(
				app.Td(),
				app.Range(codes).Slice(func(k int) app.UI {
					return app.Th().Scope("col").Class("num").DataSet("code", codes[k]).
						Text(st.Demo().Municipalities[st.Demo().MunicipalityIndex(codes[k])].Name)
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
}

// live2 is step 2's figures: how far apart the ranks are, the funnel and
// the rank intervals.
func (l liveStep) live2() app.UI {
	c, st, f, fresh, t, lang, v, num0 := l.c, l.st, l.f, l.fresh, l.t, l.lang, l.v, l.num0
	svgs, err := st.Tour.Charts(f, lang, tourNarrow() || st.Tour.Present, c.redraw)
	islands := f.Rows["t2-islands"]
	return app.Div().Class("tour-figs").Body(
		app.Div().Class("tour-stats", "four").Body(
			stat(num0("t2-apart"), fmt.Sprintf(t.PairsApartFmt, view.FormatNumber(v["t2-pairs"], 0, lang))),
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
					Text(fmt.Sprintf("%s %s %s (%s–%s)", r.Name, t.RankNo, view.FormatNumber(r.Values[0], 0, lang),
						view.FormatNumber(r.Values[1], 0, lang), view.FormatNumber(r.Values[2], 0, lang)))
			})),
		),
	)
}

// live3 is step 3's figures: the top 10 under the chosen weighting.
func (l liveStep) live3() app.UI {
	st, f, t, tt, lang, v, num0 := l.st, l.f, l.t, l.tt, l.lang, l.v, l.num0
	top, left := f.Rows["t3-top"], f.Rows["t3-left"]
	return app.Div().Class("tour-figs").Body(
		app.Div().Class("tour-stats", "two").Body(
			stat(num0("t3-moved"), fmt.Sprintf(t.MovedFmt, view.FormatNumber(calc.Param(calc.ParamMoveThreshold), 0, lang))),
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
						app.Td().Class("num").Text(view.FormatNumber(r.Values[0], 0, lang)),
						app.Th().Scope("row").Body(app.Text(r.Name), app.If(r.New, func() app.UI {
							return app.Span().Class("tag").Text(t.NewInTop)
						})),
						app.Td().Class("num").Text(view.FormatNumber(r.Values[1], 0, lang)),
					)
				})),
			),
			app.Div().ID("t3-left").Class("tour-left").Body(
				app.H3().Text(t.LeftTop),
				app.If(len(left) == 0, func() app.UI { return app.P().Text(t.NoneLeft) }),
				app.Ul().Body(app.Range(left).Slice(func(k int) app.UI {
					r := left[k]
					return app.Li().DataSet("code", r.Code).DataSet("official", num(r.Values[0])).DataSet("rank", num(r.Values[1])).
						Text(r.Name + ": " + fmt.Sprintf(t.RankNowFmt, view.FormatNumber(r.Values[0], 0, lang), view.FormatNumber(r.Values[1], 0, lang)))
				})),
			),
		),
		app.P().ID("t3-prices").Class("help").Body(
			app.Text(fmt.Sprintf(t.PricesFmt, view.FormatNumber(v["t3-price-dp"], 0, lang), view.FormatNumber(v["t3-price-kth"], 0, lang),
				view.FormatNumber(v["t3-price-syg"], 0, lang))),
		),
	)
}

// live4 is step 4's figures: Stevns's rank on the two lists and its
// neighbours.
func (l liveStep) live4() app.UI {
	c, f, t, tt, lang, v := l.c, l.f, l.t, l.tt, l.lang, l.v
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
				if r.Code == view.TourStevns {
					tr = tr.Class("hl")
				}
				return tr.Body(
					app.Td().Class("num").Text(view.FormatNumber(r.Values[0], 0, lang)),
					app.Th().Scope("row").Text(r.Name),
					app.Td().Class("num").Text(view.FormatSigned(r.Values[1], 2, lang)),
				)
			})),
		),
	)
}

// live5 is step 5's figures: the caseload investment's effect and money.
func (l liveStep) live5() app.UI {
	c, f, t, lang, v := l.c, l.f, l.t, l.lang, l.v
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
					app.Td().Class("num", netCls).Body(app.Strong().ID("t5-net").Class("tnum").DataSet("value", num(v["t5-net"])).Text(view.FormatMioSigned(v["t5-net"], lang)))),
			),
		),
		app.P().Class("help").Text(fmt.Sprintf(t.AssumptionsFmt,
			view.FormatNumber(f.Res.Settings.Epsilon, view.DecimalsOf(f.Res.Settings.Epsilon), lang),
			view.FormatNumber(f.Res.Settings.PhaseIn, view.DecimalsOf(f.Res.Settings.PhaseIn), lang),
			view.FormatNumber(f.Res.Settings.CaseworkerCost, 0, lang),
			view.FormatNumber(f.Res.Settings.Prices[calc.KTH], 0, lang))),
	)
}

// live6 is step 6's figures: supervision status and the municipalities
// near a margin.
func (l liveStep) live6() app.UI {
	f, t, tt, lang, num0 := l.f, l.t, l.tt, l.lang, l.num0
	// list shows municipalities with one margin: persons from the result
	// target's line (col 0) or conversations (col 1).
	list := func(id, caption string, rows []view.TourRow, col int) app.UI {
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
				cell := view.FormatSigned(r.Values[0], 1, lang)
				if col == 1 {
					cell = view.FormatNumber(r.Values[1], 1, lang)
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
					Text(fmt.Sprintf("%s (%s · %s %%)", r.Name, view.FormatSigned(r.Values[0], 0, lang), view.FormatNumber(r.Values[1], 1, lang)))
			})),
		),
		app.Div().Class("tour-two").Body(
			list("t6-near-result", t.NearResult, f.Rows["t6-near-result"], 0),
			list("t6-near-fokus", t.NearFokus, f.Rows["t6-near-fokus"], 1),
		),
	)
}

// tnum shows a number of the figures: the formatted value, and the exact
// value in data-value for tests and for anyone reading the page's source.
func tnum(id string, v float64, decimals int, lang string) app.HTMLStrong {
	return app.Strong().ID(id).Class("tnum").DataSet("value", num(v)).Text(view.FormatNumber(v, decimals, lang))
}

// tmio shows kroner as millions.
func tmio(id string, kr float64, lang string) app.HTMLStrong {
	return app.Strong().ID(id).Class("tnum").DataSet("value", num(kr)).Text(view.FormatMio(kr, lang))
}

// stat is a big number with a line of text under it.
func stat(n app.UI, label string, class ...string) app.UI {
	return app.Div().Class(append([]string{"tour-stat"}, class...)...).Body(n, app.Span().Class("label").Text(label))
}

// t1Rows are the rows of step 1's table: an id prefix (the code follows),
// its label and decimals.
var t1Rows = []struct {
	id       string
	label    func(*view.TourTexts) string
	decimals int
	hl       bool
}{
	{"t1-actual-", func(t *view.TourTexts) string { return t.ActualShare }, 2, false},
	{"t1-exp-bm-", func(t *view.TourTexts) string { return t.ExpectedBM }, 2, false},
	{"t1-exp-model-", func(t *view.TourTexts) string { return t.ExpectedModel }, 2, false},
	{"t1-rank-bm-", func(t *view.TourTexts) string { return t.RankBM }, 0, false},
	{"t1-rank-model-", func(t *view.TourTexts) string { return t.RankModel }, 0, true},
}

// rankMove shows a rank before and after and the places climbed, from the
// values prefix+"-before", "-after", "-climb".
func (c *tourPage) rankMove(prefix, label string, v map[string]float64, lang string) app.UI {
	t := view.TourMsg(lang)
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
			app.Strong().ID(prefix+"-climb").Class("tnum").DataSet("value", num(climb)).Text(view.FormatSigned(climb, 0, lang)),
			app.Text(" "+t.PlacesWord),
		),
	)
}

func tourWeightingName(t *view.TourTexts, w string) string {
	switch w {
	case calc.WeightCost:
		return t.WeightingCost
	case calc.WeightRankMean:
		return t.WeightingRank
	}
	return t.WeightingVolume
}
