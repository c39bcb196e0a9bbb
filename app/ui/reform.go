package ui

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
)

// DraftReform returns the reform being prepared with its defaults: all
// municipalities, kontanthjælp, the parameter's target caseload.
func (s *State) DraftReform() calc.CaseloadReform {
	d := s.reformDraft
	if d.Area == calc.Total {
		d.Area = calc.KTH
	}
	if !(d.To > 0) {
		d.To = calc.Param(calc.ParamCaseloadTarget)
	}
	return d
}

// SetReformDraft edits the reform being prepared.
func (s *State) SetReformDraft(d calc.CaseloadReform) { s.reformDraft = d; s.Rev++ }

// ApplyReform adds the prepared reform to the scenario (replacing one for
// the same region and area).
func (s *State) ApplyReform() error {
	d := s.DraftReform()
	return s.change(func(sc *calc.Scenario) { sc.SetReform(d) })
}

// RemoveReform takes a reform (by region and area) out of the scenario.
func (s *State) RemoveReform(region int, a calc.Area) error {
	return s.change(func(sc *calc.Scenario) { sc.SetReform(calc.CaseloadReform{Region: region, Area: a}) })
}

// ReformTotals are the caseload totals the scenario page shows: the
// nation's, and each region a reform targets, as a title and calc's totals.
func (s *State) ReformTotals() []ReformTotal {
	res := s.res
	ct := CmpMsg(s.Lang)
	out := []ReformTotal{{Title: ct.National, Totals: res.CaseloadTotals("")}}
	seen := map[int]bool{}
	for _, r := range s.Scenario.Reforms {
		if reg, ok := calc.RegionByCode(r.Region); ok && !seen[r.Region] {
			seen[r.Region] = true
			out = append(out, ReformTotal{Title: reg.Name, Region: reg.Code, Totals: res.CaseloadTotals(reg.Name)})
		}
	}
	return out
}

// ReformTotal is one column of the caseload totals.
type ReformTotal struct {
	Title  string
	Region int
	Totals calc.CaseloadTotals
}

func (r *Root) reformPanel() app.UI {
	st := r.state()
	t := st.T()
	ct := CmpMsg(st.Lang)
	sc := &st.Scenario
	d := st.DraftReform()
	inc := st.Result().Scenario.Included
	var areas []calc.Area
	for _, a := range calc.Areas {
		if inc[a] {
			areas = append(areas, a)
		}
	}
	set := func(f func(*calc.CaseloadReform)) {
		x := st.DraftReform()
		f(&x)
		st.SetReformDraft(x)
	}
	regionName := func(code int) string {
		if reg, ok := calc.RegionByCode(code); ok {
			return reg.Name
		}
		return ct.AllMunicipalities
	}
	pc1, _ := calc.ParamInfo(calc.ParamCaseloadTarget)
	note := text.ReformNote(st.Result().Reform, st.Lang)
	return app.Div().Class("reform").ID("reform").Body(
		app.H3().Text(ct.ReformTitle),
		app.P().Class("help").Text(ct.ReformHelp),
		app.Div().Class("grid3").Body(
			app.Div().Class("field").Body(
				app.Label().For("rf-region").Text(ct.ReformWho),
				app.Select().ID("rf-region").
					OnChange(func(ctx app.Context, e app.Event) {
						if v, err := strconv.Atoi(ctx.JSSrc().Get("value").String()); err == nil {
							set(func(x *calc.CaseloadReform) { x.Region = v })
						}
					}).
					Body(
						app.Option().Value("0").Selected(d.Region == 0).Text(ct.AllMunicipalities),
						app.Range(calc.Regions).Slice(func(i int) app.UI {
							reg := calc.Regions[i]
							return app.Option().Value(reg.Code).Selected(d.Region == reg.Code).Text(reg.Name)
						}),
					),
			),
			r.areaSelect("rf-area", "", t.TargetArea, areas, d.Area, func(a calc.Area) { set(func(x *calc.CaseloadReform) { x.Area = a }) }),
			app.Div().Class("field").Body(
				app.Label().For("rf-to").Text(t.TargetCaseload),
				app.Div().Class("pair").Body(
					app.Input().Type("number").ID("rf-to").Class("number").Min(num(pc1.Min)).Max(num(pc1.Max)).Step(1).Value(num(d.To)).
						OnChange(func(ctx app.Context, e app.Event) {
							if v, _, ok := inputValue(ctx); ok {
								set(func(x *calc.CaseloadReform) { x.To = v })
							}
						}),
					app.Span().Class("unit").Text(paramUnit(pc1, st.Lang)),
				),
			),
		),
		app.Button().ID("rf-apply").Class("btn").Text(ct.ReformApply).
			OnClick(func(ctx app.Context, e app.Event) {
				st.ApplyReform()
				r.step(ctx, true)
			}),
		app.If(len(sc.Reforms) > 0, func() app.UI {
			return app.Ul().Class("levers-list").ID("reform-list").Body(app.Range(sc.Reforms).Slice(func(i int) app.UI {
				rf := sc.Reforms[i]
				label := fmt.Sprintf(ct.ReformItemFmt, regionName(rf.Region), t.AreaName(rf.Area), FormatNumber(rf.To, 0, st.Lang))
				return app.Li().Body(
					app.Span().Text(label),
					app.Button().Class("btn", "small", "ghost").Text(t.Remove).Attr("aria-label", t.Remove+" "+label).
						OnClick(func(ctx app.Context, e app.Event) {
							st.RemoveReform(rf.Region, rf.Area)
							r.step(ctx, true)
						}, app.EventScope(strconv.Itoa(rf.Region)+rf.Area.ID())),
				)
			}))
		}),
		app.If(note != "", func() app.UI { return app.P().ID("reform-note").Class("note").Text(note) }),
		app.If(len(st.Result().Investments) > 0, func() app.UI { return r.reformTotals() }),
	)
}

// reformTotals shows the national (and each reformed region's) extra
// caseworkers, their cost, fewer persons, benefit saved and net, then every
// municipality's investment case.
func (r *Root) reformTotals() app.UI {
	st := r.state()
	ct := CmpMsg(st.Lang)
	l := report.Lang(st.Lang)
	totals := st.ReformTotals()
	rows := text.CaseloadTotals(totals[0].Totals, st.Lang)
	cols := make([][][2]string, len(totals))
	for k, x := range totals {
		cols[k] = text.CaseloadTotals(x.Totals, st.Lang)
	}
	res := st.Result()
	ds := st.Dataset()
	return app.Div().Class("reform-totals").Body(
		app.Div().Class("tablewrap").TabIndex(0).Attr("role", "region").Attr("aria-labelledby", "rf-caption").Body(
			app.Table().ID("reform-totals").Class("invest").Body(
				app.Caption().ID("rf-caption").Text(fmt.Sprintf(ct.TotalsCaptionFmt, report.Number(float64(totals[0].Totals.Municipalities), 0, l))),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(""),
					app.Range(totals).Slice(func(k int) app.UI { return app.Th().Scope("col").Class("num").Text(totals[k].Title) }),
				)),
				app.TBody().Body(app.Range(rows).Slice(func(i int) app.UI {
					cls := ""
					if i == len(rows)-1 {
						cls = "total"
					}
					return app.Tr().Class(cls).Body(
						app.Th().Scope("row").Text(rows[i][0]),
						app.Range(cols).Slice(func(k int) app.UI {
							return app.Td().Class("num").DataSet("key", strconv.Itoa(i)).Text(cols[k][i][1])
						}),
					)
				})),
			),
		),
		app.Button().ID("rf-cases-toggle").Class("btn", "small", "ghost").Attr("aria-expanded", boolStr(st.reformCases)).
			Text(ifElse(st.reformCases, ct.HideCases, fmt.Sprintf(ct.ShowCases, report.Number(float64(len(res.Investments)), 0, l)))).
			OnClick(func(ctx app.Context, e app.Event) { st.ToggleReformCases() }),
		// Rendered only when asked for: a national reform has 90-odd rows,
		// and the caseload panel re-renders on every drag of its sliders.
		app.If(st.reformCases, func() app.UI {
			return app.Div().ID("rf-cases").Body(
				app.Div().Class("tablewrap").TabIndex(0).Attr("role", "region").Attr("aria-label", ct.CasesLabel).Body(
					app.Table().Class("rank", "rf-cases").Body(
						app.THead().Body(app.Tr().Body(
							app.Th().Scope("col").Text(st.T().Municipality),
							app.Th().Scope("col").Class("num").Text(ct.FromTo),
							app.Th().Scope("col").Class("num").Text(st.T().ExtraCaseworkers),
							app.Th().Scope("col").Class("num").Text(st.T().NetPerYear),
						)),
						app.TBody().Body(app.Range(res.Investments).Slice(func(i int) app.UI {
							inv := &res.Investments[i]
							from := report.Number(inv.From, 0, l)
							if inv.DefaultFrom {
								from += "*"
							}
							return app.Tr().Body(
								app.Th().Scope("row").Text(ds.Municipalities[inv.Index].Name),
								app.Td().Class("num").Text(from+" → "+report.Number(inv.To, 0, l)),
								app.Td().Class("num").Text(report.Number(inv.ExtraCaseworkers, 1, l)),
								app.Td().Class("num").Text(report.SignedMio(inv.Net, l)),
							)
						})),
					),
				),
				app.P().Class("help").Text(ct.DefaultStar),
			)
		}),
	)
}

// ToggleReformCases shows or hides every municipality's investment case
// under the reform's totals.
func (s *State) ToggleReformCases() { s.reformCases = !s.reformCases; s.Rev++ }

func ifElse(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}
