package ui

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/app/ui/view"
	"benchsim/calc"
)

// caseloadEditor edits one municipality's caseload lever and shows its
// investment case. It is on the scenario page and the municipality page.
func (p *scenarioPage) caseloadEditor(code int, idPrefix string) app.UI {
	st := p.state()
	t := st.T()
	l := st.CaseloadDefaults(code)
	pc0, _ := calc.ParamInfo(calc.ParamCaseloadCurrent)
	pc1, _ := calc.ParamInfo(calc.ParamCaseloadTarget)
	inc := st.Result().Scenario.Included
	var areas []calc.Area
	for _, a := range calc.Areas {
		if inc[a] {
			areas = append(areas, a)
		}
	}
	key := strconv.Itoa(code)
	return app.Div().Class("caseload").Body(
		p.areaSelect(idPrefix+"cl-area", key, t.TargetArea, areas, l.Area, func(a calc.Area) { st.SetCaseloadArea(code, a) }),
		p.slider(slider{id: idPrefix + "c0", label: paramLabel(pc0, st.Lang), unit: paramUnit(pc0, st.Lang),
			value: l.From, min: pc0.Min, max: pc0.Max, step: 1, source: pc0.Source,
			def: view.FormatNumber(pc0.Value, 0, st.Lang), key: key,
			set: func(v float64) error { return st.SetCaseload(code, v, st.CaseloadDefaults(code).To) }}),
		p.slider(slider{id: idPrefix + "c1", label: t.TargetCaseload, unit: paramUnit(pc1, st.Lang),
			value: l.To, min: pc1.Min, max: pc1.Max, step: 1, source: pc1.Source,
			def: view.FormatNumber(pc1.Value, 0, st.Lang), key: key,
			set: func(v float64) error { return st.SetCaseload(code, st.CaseloadDefaults(code).From, v) }}),
		p.investment(code),
	)
}

// investment shows a municipality's caseload investment case, per year.
func (p *scenarioPage) investment(code int) app.UI {
	st := p.state()
	t := st.T()
	lang := st.Lang
	var inv *calc.Investment
	for i := range st.Result().Investments {
		if st.Result().Investments[i].Code == code {
			inv = &st.Result().Investments[i]
		}
	}
	if inv == nil {
		return app.P().Class("help").ID("investment-none").Text(t.NoCaseloadLever)
	}
	row := func(label, value string) app.UI {
		return app.Tr().Body(app.Th().Scope("row").Text(label), app.Td().Class("num").Text(value))
	}
	netCls := "num net"
	if inv.Net < 0 {
		netCls += " worse"
	}
	return app.Table().Class("invest").ID("investment").Body(
		app.Caption().Text(t.InvestmentCaption),
		app.TBody().Body(
			row(t.Cases, view.FormatNumber(inv.Cases, 0, lang)),
			row(t.ExtraCaseworkers, view.FormatNumber(inv.ExtraCaseworkers, 1, lang)),
			row(t.CaseworkerCostYear, view.FormatMio(inv.CaseworkerCost, lang)+" "+t.MioKr),
			row(t.FewerPersons, view.FormatNumber(inv.Persons, 0, lang)),
			row(t.BenefitSaved, view.FormatMio(inv.BenefitSaved, lang)+" "+t.MioKr),
			app.Tr().Class("total").Body(app.Th().Scope("row").Text(t.NetPerYear),
				app.Td().Class(netCls).Text(view.FormatMioSigned(inv.Net, lang)+" "+t.MioKr)),
		),
	)
}

func (p *scenarioPage) caseloadPanel() app.UI {
	st := p.state()
	t := st.T()
	sc := &st.Scenario
	ds := st.Dataset()
	code := st.EditMunicipality()
	name := func(c int) string {
		if i := ds.MunicipalityIndex(c); i >= 0 {
			return ds.Municipalities[i].Name
		}
		return strconv.Itoa(c)
	}
	return app.Section().Class("panel").ID("p-caseload").Body(
		app.H2().Text(t.CaseloadTitle),
		app.P().Class("help").Text(t.CaseloadHelp),
		p.muniSelect("cl-muni", t.Municipality, code, func(c int) { st.SetEditMuni(c) }),
		p.caseloadEditor(code, ""),
		p.reformPanel(),
		app.If(len(sc.Caseload) > 0, func() app.UI {
			return app.Ul().Class("levers-list").ID("caseload-list").Body(app.Range(sc.Caseload).Slice(func(i int) app.UI {
				cl := sc.Caseload[i]
				return app.Li().Body(
					app.Span().Text(t.CaseloadItem(name(cl.Code), view.FormatNumber(cl.From, 0, st.Lang), view.FormatNumber(cl.To, 0, st.Lang), t.AreaName(cl.Area))),
					app.Button().Class("btn", "small", "ghost").Text(t.Remove).Attr("aria-label", t.Remove+" "+name(cl.Code)).
						OnClick(func(ctx app.Context, e app.Event) {
							st.RemoveCaseload(cl.Code)
							p.step(ctx, true)
						}, app.EventScope(cl.Code)),
				)
			}))
		}),
		app.H3().Text(t.CaseloadAssumptions),
		p.paramSlider("eps", calc.ParamEpsilon, sc.Epsilon, 0.005, func(v float64) error { return st.SetParam(calc.ParamEpsilon, v) }),
		p.paramSlider("phasein", calc.ParamPhaseIn, sc.PhaseIn, 0.5, func(v float64) error { return st.SetParam(calc.ParamPhaseIn, v) }),
		p.slider(slider{id: "years", label: t.YearsSince, unit: t.YearsUnit, value: sc.Years, min: 0, max: 6, step: 0.5,
			set: func(v float64) error { return st.SetParam("years", v) }}),
		p.paramSlider("cwcost", calc.ParamCaseworkerCost, sc.CaseworkerCost, 10000, func(v float64) error { return st.SetParam(calc.ParamCaseworkerCost, v) }),
	)
}

func (p *scenarioPage) transferPanel() app.UI {
	st := p.state()
	t := st.T()
	sc := &st.Scenario
	ds := st.Dataset()
	d := st.DraftTransfer()
	// The handlers read the draft when they run, not when they were made:
	// go-app keeps an element's first handler.
	setDraft := func(f func(*calc.Transfer)) {
		x := st.DraftTransfer()
		f(&x)
		st.SetDraft(x)
	}
	name := func(c int) string {
		if i := ds.MunicipalityIndex(c); i >= 0 {
			return ds.Municipalities[i].Name
		}
		return strconv.Itoa(c)
	}
	from := []calc.Area{calc.DP, calc.KTH, calc.SYG}
	to := []calc.Area{calc.FP, calc.Flex, calc.DP, calc.KTH, calc.SYG}
	return app.Section().Class("panel").ID("p-transfer").Body(
		app.H2().Text(t.TransferTitle),
		app.P().Class("help").Text(t.TransferHelp),
		app.Div().Class("grid3").Body(
			p.muniSelect("tr-muni", t.Municipality, d.Code, func(c int) { setDraft(func(x *calc.Transfer) { x.Code = c }) }),
			p.areaSelect("tr-from", "", t.From, from, d.From, func(a calc.Area) { setDraft(func(x *calc.Transfer) { x.From = a }) }),
			p.areaSelect("tr-to", "", t.To, to, d.To, func(a calc.Area) { setDraft(func(x *calc.Transfer) { x.To = a }) }),
		),
		app.Div().Class("field").Body(
			app.Label().For("tr-persons").Text(t.Persons),
			app.Div().Class("pair").Body(
				app.Input().Type("number").ID("tr-persons").Class("number").Min(0).Max(100000).Step(10).Value(num(d.Persons)).
					OnChange(func(ctx app.Context, e app.Event) {
						if v, _, ok := inputValue(ctx); ok {
							setDraft(func(x *calc.Transfer) { x.Persons, x.Pct = v, 0 })
						}
					}),
				app.Span().Class("unit").Text(t.FullTimePersons),
				app.Button().ID("tr-add").Class("btn").Text(t.Add).
					OnClick(func(ctx app.Context, e app.Event) {
						st.AddTransfer()
						p.step(ctx, true)
					}),
			),
		),
		app.If(len(sc.Transfers) > 0, func() app.UI {
			return app.Ul().Class("levers-list").ID("transfer-list").Body(app.Range(sc.Transfers).Slice(func(i int) app.UI {
				tr := sc.Transfers[i]
				amount := view.FormatNumber(tr.Persons, 0, st.Lang)
				if tr.Pct != 0 {
					amount = view.FormatNumber(tr.Pct, 1, st.Lang) + " %"
				}
				return app.Li().Body(
					app.Span().Text(t.TransferItem(name(tr.Code), amount, t.AreaName(tr.From), t.AreaName(tr.To))),
					app.Button().Class("btn", "small", "ghost").Text(t.Remove).
						OnClick(func(ctx app.Context, e app.Event) {
							st.RemoveTransfer(i)
							p.step(ctx, true)
						}, app.EventScope(i)),
				)
			}))
		}),
		p.checkbox("lens", t.LensLabel, sc.Lens, func(on bool) { st.SetLens(on) }),
		app.If(sc.Lens, func() app.UI {
			return p.paramSlider("vessels", calc.ParamVesselsElasticity, sc.VesselsElasticity, 0.01,
				func(v float64) error { return st.SetParam(calc.ParamVesselsElasticity, v) })
		}),
	)
}

func (p *scenarioPage) pricePanel() app.UI {
	st := p.state()
	t := st.T()
	sc := &st.Scenario
	price, _ := calc.ParamInfo(calc.ParamPrice)
	return app.Section().Class("panel").ID("p-prices").Body(
		app.H2().Text(t.PricesTitle),
		app.P().Class("help").Text(t.PricesHelp),
		app.If(st.Result().CostWeightingIsVolume(), func() app.UI {
			_, _, caveat := text.PricePreset(calc.PricePresets[0], st.Lang)
			return app.P().ID("prices-equal-note").Class("note").Text(caveat)
		}),
		p.pricePresets(),
		app.Range(calc.Areas).Slice(func(i int) app.UI {
			a := calc.Areas[i]
			return p.numberField("price-"+a.ID(), "", t.AreaName(a), paramUnit(price, st.Lang), sc.Prices[a], price.Min, price.Max, 250,
				func(v float64) error { return st.SetPrice(a, v) })
		}),
		app.Details().Class("source").Body(
			app.Summary().Text(t.SourceOf(view.FormatNumber(price.Value, 0, st.Lang))),
			app.P().Text(price.Source),
		),
	)
}

func (p *scenarioPage) supervisionPanel() app.UI {
	st := p.state()
	t := st.T()
	sc := &st.Scenario
	rs := st.Result().RuleSet
	ids := []string{""}
	labels := []string{t.PeriodRuleSet(rs.ID)}
	for _, x := range calc.RuleSets {
		ids = append(ids, x.ID)
		labels = append(labels, t.RuleSetName(x))
	}
	return app.Section().Class("panel").ID("p-supervision").Body(
		app.H2().Text(t.SupervisionTitle),
		app.P().Class("help").Text(t.SupervisionHelp),
		app.Div().Class("field").Body(
			app.Label().For("ruleset").Text(t.RuleSetLabel),
			app.Select().ID("ruleset").
				OnChange(func(ctx app.Context, e app.Event) {
					st.SetRuleSet(ctx.JSSrc().Get("value").String())
					p.step(ctx, true)
				}).
				Body(app.Range(ids).Slice(func(i int) app.UI {
					return app.Option().Value(ids[i]).Selected(ids[i] == sc.RuleSet).Text(labels[i])
				})),
		),
		p.paramSlider("convmin", calc.ParamConvMin, rs.ConvMin, 1, func(v float64) error { return st.SetParam(calc.ParamConvMin, v) }),
		p.checkbox("useoffers", t.UseOffers, rs.UseOffers, func(on bool) { st.SetUseOffers(on) }),
		app.If(rs.UseOffers, func() app.UI {
			return p.paramSlider("offermin", calc.ParamOfferMin, rs.OfferMin, 1, func(v float64) error { return st.SetParam(calc.ParamOfferMin, v) })
		}),
	)
}

func (p *scenarioPage) reformPanel() app.UI {
	st := p.state()
	t := st.T()
	ct := view.CmpMsg(st.Lang)
	sc := &st.Scenario
	d := st.Reform.Draft()
	inc := st.Result().Scenario.Included
	var areas []calc.Area
	for _, a := range calc.Areas {
		if inc[a] {
			areas = append(areas, a)
		}
	}
	set := func(f func(*calc.CaseloadReform)) {
		x := st.Reform.Draft()
		f(&x)
		st.Reform.SetDraft(x)
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
			p.areaSelect("rf-area", "", t.TargetArea, areas, d.Area, func(a calc.Area) { set(func(x *calc.CaseloadReform) { x.Area = a }) }),
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
				st.Reform.Apply()
				p.step(ctx, true)
			}),
		app.If(len(sc.Reforms) > 0, func() app.UI {
			return app.Ul().Class("levers-list").ID("reform-list").Body(app.Range(sc.Reforms).Slice(func(i int) app.UI {
				rf := sc.Reforms[i]
				label := fmt.Sprintf(ct.ReformItemFmt, regionName(rf.Region), t.AreaName(rf.Area), view.FormatNumber(rf.To, 0, st.Lang))
				return app.Li().Body(
					app.Span().Text(label),
					app.Button().Class("btn", "small", "ghost").Text(t.Remove).Attr("aria-label", t.Remove+" "+label).
						OnClick(func(ctx app.Context, e app.Event) {
							st.Reform.Remove(rf.Region, rf.Area)
							p.step(ctx, true)
						}, app.EventScope(strconv.Itoa(rf.Region)+rf.Area.ID())),
				)
			}))
		}),
		app.If(note != "", func() app.UI { return app.P().ID("reform-note").Class("note").Text(note) }),
		app.If(len(st.Result().Investments) > 0, func() app.UI { return p.reformTotals() }),
	)
}

// reformTotals shows the national (and each reformed region's) extra
// caseworkers, their cost, fewer persons, benefit saved and net, then every
// municipality's investment case.
func (p *scenarioPage) reformTotals() app.UI {
	st := p.state()
	ct := view.CmpMsg(st.Lang)
	l := report.Lang(st.Lang)
	totals := st.Reform.Totals()
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
		app.Button().ID("rf-cases-toggle").Class("btn", "small", "ghost").Attr("aria-expanded", boolStr(st.Reform.CasesShown())).
			Text(ifElse(st.Reform.CasesShown(), ct.HideCases, fmt.Sprintf(ct.ShowCases, report.Number(float64(len(res.Investments)), 0, l)))).
			OnClick(func(ctx app.Context, e app.Event) { st.Reform.ToggleCases() }),
		// Rendered only when asked for: a national reform has 90-odd rows,
		// and the caseload panel re-renders on every drag of its sliders.
		app.If(st.Reform.CasesShown(), func() app.UI {
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

func ifElse(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

// costNote says, when "Efter pris" is chosen with equal prices, that it
// then equals the volume weighting, and offers the teaching prices.
func (p *scenarioPage) costNote() app.UI {
	st := p.state()
	if !st.Result().CostWeightingIsVolume() {
		return nil
	}
	ct := view.CmpMsg(st.Lang)
	return app.Div().ID("cost-note").Class("note").Attr("role", "note").Body(
		app.P().Text(text.CostEqualsVolume(st.Lang)),
		app.P().Body(
			app.Button().ID("use-teaching").Class("btn", "small").Text(ct.UseTeaching).
				OnClick(func(ctx app.Context, e app.Event) {
					st.SetPricePreset(calc.PricesTeaching)
					p.step(ctx, true)
				}),
			app.Text(" "),
			// A button, not a link: the panel is cached, and a link would
			// keep the address of the render it was made in.
			app.Button().ID("to-prices").Class("btn", "small", "ghost").Text(ct.ToPrices).
				OnClick(func(ctx app.Context, e app.Event) {
					if el := app.Window().GetElementByID("p-prices"); el.Truthy() {
						el.Call("scrollIntoView")
						if f := app.Window().GetElementByID("price-" + calc.DP.ID()); f.Truthy() {
							f.Call("focus", map[string]any{"preventScroll": true})
						}
					}
				}),
		),
	)
}

// pricePresets are the labelled price presets, each one click away, with
// its source and caveat.
func (p *scenarioPage) pricePresets() app.UI {
	st := p.state()
	ct := view.CmpMsg(st.Lang)
	cur := st.Scenario.PricePreset()
	return app.Div().Class("presets").ID("price-presets").Body(
		app.P().Class("help").Text(ct.PresetsLabel),
		app.Range(calc.PricePresets).Slice(func(i int) app.UI {
			preset := calc.PricePresets[i]
			label, source, caveat := text.PricePreset(preset, st.Lang)
			return app.Div().Class("preset").Body(
				app.Button().ID("prices-"+preset.ID).Class("btn", "small").Attr("aria-pressed", boolStr(cur == preset.ID)).Text(label).
					OnClick(func(ctx app.Context, e app.Event) {
						st.SetPricePreset(preset.ID)
						p.step(ctx, true)
					}, app.EventScope(preset.ID)),
				app.Details().Class("source").Body(
					app.Summary().Text(ct.SourceAndCaveat),
					app.P().Text(source),
					app.P().Text(caveat),
				),
			)
		}),
	)
}
