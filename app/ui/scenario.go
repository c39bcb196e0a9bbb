package ui

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/text"
	"benchsim/calc"
)

// scenarioView is the lever panel next to a live ranking.
func (r *Root) scenarioView() app.UI {
	st := r.state()
	t := st.T()
	sc := &st.Scenario
	base := st.Lang + "|" + st.DatasetID + "|" + st.Period().Code + "|"
	return app.Div().Class("page", "scenario").Body(
		app.Div().Class("page-head").Body(
			app.H1().Text(t.ScenarioTitle),
			app.Button().ID("reset").Class("btn").Disabled(st.Scenario.IsOfficial() && len(st.Scenario.Fokus) == 0).
				Text(t.BackToOfficial).
				OnClick(func(ctx app.Context, e app.Event) {
					st.ResetScenario()
					r.step(ctx, true)
				}),
		),
		app.P().Class("lead").Text(t.ScenarioLead),
		// Always shown, so that the first move of a lever does not push the
		// panels down under the pointer.
		r.headline(st.Result(), "s-", sc.Encode()),
		app.Div().Class("split").Body(
			app.Div().Class("levers").Body(
				app.If(st.LeverError != "", r.leverError),
				r.notes(),
				// Each panel re-renders only when what it shows changes
				// (see section); the keys list exactly that.
				cached("saved", base+st.savedKey(), r.savedPanel),
				cached("scope", base+fmt.Sprint(sc.Scope, sc.Areas, sc.Weighting, sc.Prices), r.scopePanel),
				// The weight sliders are their own section: dragging one
				// re-renders three sliders, not the scope's radios.
				app.If(sc.Weighting == calc.WeightCustom, func() app.UI {
					return cached("weights", base+fmt.Sprint(sc.Scope, sc.Areas, sc.Weights), r.weightsPanel)
				}),
				cached("reestimate", base+fmt.Sprint(sc.Reestimate, sc.CovariatesOff, sc.Scope, sc.Areas, sc.Lens), r.reestimatePanel),
				cached("caseload", base+strconv.Itoa(st.EditMunicipality())+"|"+sc.Encode()+fmt.Sprint(st.DraftReform(), st.reformCases), r.caseloadPanel),
				cached("transfer", base+fmt.Sprint(st.DraftTransfer(), sc.Transfers, sc.Lens, sc.VesselsElasticity), r.transferPanel),
				cached("prices", base+fmt.Sprint(sc.Prices, sc.Weighting, sc.Scope, sc.Areas), r.pricePanel),
				cached("supervision", base+fmt.Sprint(sc.RuleSet, sc.ConvMin, sc.UseOffers, sc.OfferMin, st.Result().RuleSet), r.supervisionPanel),
			),
			app.Section().Class("preview").Attr("aria-label", t.RankingTitle).Body(
				r.areaSwitch(),
				r.summary(),
				r.rankTable(true),
			),
		),
	)
}

// notes are the caveats calc reported for the scenario.
func (r *Root) notes() app.UI {
	st := r.state()
	t := st.T()
	notes := st.Result().Notes
	return app.If(len(notes) > 0, func() app.UI {
		return app.Ul().Class("notes").Body(app.Range(notes).Slice(func(i int) app.UI {
			return app.Li().Text(t.Note(notes[i]))
		}))
	})
}

func (r *Root) scopePanel() app.UI {
	st := r.state()
	t := st.T()
	sc := &st.Scenario
	scopes := calc.ScopePresets
	labels := make([]string, len(scopes))
	for i, s := range scopes {
		labels[i] = t.ScopeName(s)
	}
	ws := calc.Weightings
	wlabels := make([]string, len(ws))
	for i, w := range ws {
		wlabels[i] = t.WeightingName(w)
	}
	in, _ := sc.ScopeAreas(st.Period().Scope)
	return app.Section().Class("panel").ID("p-scope").Body(
		app.H2().Text(t.ScopeTitle),
		app.P().Class("help").Text(t.ScopeHelp),
		r.radios("scope", t.ScopeLegend, scopes, labels, sc.Scope, func(v string) { st.SetScope(v) }),
		app.If(sc.Scope == calc.ScopeCustom, func() app.UI {
			return app.FieldSet().Class("checks").Body(
				app.Legend().Text(t.AreasInTotal),
				app.Range(calc.Areas).Slice(func(i int) app.UI {
					a := calc.Areas[i]
					return r.checkbox("area-in-"+a.ID(), t.AreaName(a), in[a], func(on bool) { st.SetCustomArea(a, on) })
				}),
			)
		}),
		r.radios("weighting", t.WeightingLegend, ws, wlabels, sc.Weighting, func(v string) { st.SetWeighting(v) }),
		r.costNote(),
	)
}

// weightsPanel has the custom weights' sliders, each with its number field.
func (r *Root) weightsPanel() app.UI {
	st := r.state()
	t := st.T()
	sc := &st.Scenario
	in, _ := sc.ScopeAreas(st.Period().Scope)
	return app.Section().Class("panel").ID("p-weights").Body(
		app.H2().Text(CmpMsg(st.Lang).WeightsTitle),
		app.Div().Class("weights").Body(app.Range(calc.Areas).Slice(func(i int) app.UI {
			a := calc.Areas[i]
			if !in[a] {
				return nil
			}
			return r.slider(slider{id: "weight-" + a.ID(), label: t.AreaName(a), unit: t.WeightUnit,
				value: sc.Weights[a], min: 0, max: 10, step: 0.1,
				set: func(v float64) error { return st.SetWeight(a, v) }})
		})))
}

func (r *Root) reestimatePanel() app.UI {
	st := r.state()
	t := st.T()
	sc := &st.Scenario
	ds := st.Dataset()
	res := st.Result()
	var fits []*calc.Fit
	for _, a := range calc.Areas {
		if f := res.Fits[a]; f != nil {
			fits = append(fits, f)
		}
	}
	return app.Section().Class("panel").ID("p-reestimate").Body(
		app.H2().Text(t.ReestimateTitle),
		app.P().Class("help").Text(t.ReestimateHelp),
		r.checkbox("reestimate", t.ReestimateLabel, sc.Reestimate, func(on bool) { st.SetReestimate(on) }),
		app.If(len(ds.Covariates) > 0, func() app.UI {
			return app.FieldSet().Class("checks", "covariates").Body(
				app.Legend().Text(t.CovariatesLegend),
				app.Range(ds.Covariates).Slice(func(i int) app.UI {
					c := ds.Covariates[i]
					on := true
					for _, off := range sc.CovariatesOff {
						if off == c.ID {
							on = false
						}
					}
					return r.checkbox("cov-"+c.ID, t.CovariateLabel(c), on, func(on bool) { st.SetCovariate(c.ID, on) })
				}),
			)
		}).Else(func() app.UI {
			return app.P().Class("help").Text(t.ProxyHelp)
		}),
		app.Range(fits).Slice(func(i int) app.UI { return r.fitTable(fits[i]) }),
	)
}

// fitTable shows one re-estimated model: R² and the coefficients.
func (r *Root) fitTable(f *calc.Fit) app.UI {
	st := r.state()
	t := st.T()
	l := st.Lang
	ds := st.Dataset()
	label := func(id string) string {
		if id == "proxy" {
			return t.ProxyName
		}
		for _, c := range ds.Covariates {
			if c.ID == id {
				return t.CovariateLabel(c)
			}
		}
		return id
	}
	own := t.FitOwn
	if f.Area == calc.FP || f.Area == calc.Flex {
		own = t.FitOwnNoOfficial
	}
	return app.Table().Class("fit").ID("fit-"+f.Area.ID()).Body(
		app.Caption().Body(
			app.Text(t.FitCaption(t.AreaName(f.Area), FormatNumber(f.R2, 3, l), f.N)),
			app.Br(),
			app.Span().Class("muted").Text(own),
		),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(t.Covariate),
			app.Th().Scope("col").Text(t.Coefficient),
		)),
		app.TBody().Body(
			app.Tr().Body(app.Th().Scope("row").Text(t.Intercept), app.Td().Class("num").Text(FormatNumber(f.Intercept, 3, l))),
			app.Range(f.Names).Slice(func(i int) app.UI {
				return app.Tr().Body(
					app.Th().Scope("row").Text(label(f.Names[i])),
					app.Td().Class("num").Text(FormatSigned(f.Coef[i], 4, l)),
				)
			}),
		),
	)
}

// caseloadEditor edits one municipality's caseload lever and shows its
// investment case. It is on the scenario page and the municipality page.
func (r *Root) caseloadEditor(code int, idPrefix string) app.UI {
	st := r.state()
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
		r.areaSelect(idPrefix+"cl-area", key, t.TargetArea, areas, l.Area, func(a calc.Area) { st.SetCaseloadArea(code, a) }),
		r.slider(slider{id: idPrefix + "c0", label: paramLabel(pc0, st.Lang), unit: paramUnit(pc0, st.Lang),
			value: l.From, min: pc0.Min, max: pc0.Max, step: 1, source: pc0.Source,
			def: FormatNumber(pc0.Value, 0, st.Lang), key: key,
			set: func(v float64) error { return st.SetCaseload(code, v, st.CaseloadDefaults(code).To) }}),
		r.slider(slider{id: idPrefix + "c1", label: t.TargetCaseload, unit: paramUnit(pc1, st.Lang),
			value: l.To, min: pc1.Min, max: pc1.Max, step: 1, source: pc1.Source,
			def: FormatNumber(pc1.Value, 0, st.Lang), key: key,
			set: func(v float64) error { return st.SetCaseload(code, st.CaseloadDefaults(code).From, v) }}),
		r.investment(code),
	)
}

// investment shows a municipality's caseload investment case, per year.
func (r *Root) investment(code int) app.UI {
	st := r.state()
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
			row(t.Cases, FormatNumber(inv.Cases, 0, lang)),
			row(t.ExtraCaseworkers, FormatNumber(inv.ExtraCaseworkers, 1, lang)),
			row(t.CaseworkerCostYear, FormatMio(inv.CaseworkerCost, lang)+" "+t.MioKr),
			row(t.FewerPersons, FormatNumber(inv.Persons, 0, lang)),
			row(t.BenefitSaved, FormatMio(inv.BenefitSaved, lang)+" "+t.MioKr),
			app.Tr().Class("total").Body(app.Th().Scope("row").Text(t.NetPerYear),
				app.Td().Class(netCls).Text(FormatMioSigned(inv.Net, lang)+" "+t.MioKr)),
		),
	)
}

func (r *Root) caseloadPanel() app.UI {
	st := r.state()
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
		r.muniSelect("cl-muni", t.Municipality, code, func(c int) { st.SetEditMuni(c) }),
		r.caseloadEditor(code, ""),
		r.reformPanel(),
		app.If(len(sc.Caseload) > 0, func() app.UI {
			return app.Ul().Class("levers-list").ID("caseload-list").Body(app.Range(sc.Caseload).Slice(func(i int) app.UI {
				cl := sc.Caseload[i]
				return app.Li().Body(
					app.Span().Text(t.CaseloadItem(name(cl.Code), FormatNumber(cl.From, 0, st.Lang), FormatNumber(cl.To, 0, st.Lang), t.AreaName(cl.Area))),
					app.Button().Class("btn", "small", "ghost").Text(t.Remove).Attr("aria-label", t.Remove+" "+name(cl.Code)).
						OnClick(func(ctx app.Context, e app.Event) {
							st.RemoveCaseload(cl.Code)
							r.step(ctx, true)
						}, app.EventScope(cl.Code)),
				)
			}))
		}),
		app.H3().Text(t.CaseloadAssumptions),
		r.paramSlider("eps", calc.ParamEpsilon, sc.Epsilon, 0.005, func(v float64) error { return st.SetParam(calc.ParamEpsilon, v) }),
		r.paramSlider("phasein", calc.ParamPhaseIn, sc.PhaseIn, 0.5, func(v float64) error { return st.SetParam(calc.ParamPhaseIn, v) }),
		r.slider(slider{id: "years", label: t.YearsSince, unit: t.YearsUnit, value: sc.Years, min: 0, max: 6, step: 0.5,
			set: func(v float64) error { return st.SetParam("years", v) }}),
		r.paramSlider("cwcost", calc.ParamCaseworkerCost, sc.CaseworkerCost, 10000, func(v float64) error { return st.SetParam(calc.ParamCaseworkerCost, v) }),
	)
}

func (r *Root) transferPanel() app.UI {
	st := r.state()
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
			r.muniSelect("tr-muni", t.Municipality, d.Code, func(c int) { setDraft(func(x *calc.Transfer) { x.Code = c }) }),
			r.areaSelect("tr-from", "", t.From, from, d.From, func(a calc.Area) { setDraft(func(x *calc.Transfer) { x.From = a }) }),
			r.areaSelect("tr-to", "", t.To, to, d.To, func(a calc.Area) { setDraft(func(x *calc.Transfer) { x.To = a }) }),
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
						r.step(ctx, true)
					}),
			),
		),
		app.If(len(sc.Transfers) > 0, func() app.UI {
			return app.Ul().Class("levers-list").ID("transfer-list").Body(app.Range(sc.Transfers).Slice(func(i int) app.UI {
				tr := sc.Transfers[i]
				amount := FormatNumber(tr.Persons, 0, st.Lang)
				if tr.Pct != 0 {
					amount = FormatNumber(tr.Pct, 1, st.Lang) + " %"
				}
				return app.Li().Body(
					app.Span().Text(t.TransferItem(name(tr.Code), amount, t.AreaName(tr.From), t.AreaName(tr.To))),
					app.Button().Class("btn", "small", "ghost").Text(t.Remove).
						OnClick(func(ctx app.Context, e app.Event) {
							st.RemoveTransfer(i)
							r.step(ctx, true)
						}, app.EventScope(i)),
				)
			}))
		}),
		r.checkbox("lens", t.LensLabel, sc.Lens, func(on bool) { st.SetLens(on) }),
		app.If(sc.Lens, func() app.UI {
			return r.paramSlider("vessels", calc.ParamVesselsElasticity, sc.VesselsElasticity, 0.01,
				func(v float64) error { return st.SetParam(calc.ParamVesselsElasticity, v) })
		}),
	)
}

func (r *Root) pricePanel() app.UI {
	st := r.state()
	t := st.T()
	sc := &st.Scenario
	p, _ := calc.ParamInfo(calc.ParamPrice)
	return app.Section().Class("panel").ID("p-prices").Body(
		app.H2().Text(t.PricesTitle),
		app.P().Class("help").Text(t.PricesHelp),
		app.If(st.Result().CostWeightingIsVolume(), func() app.UI {
			_, _, caveat := text.PricePreset(calc.PricePresets[0], st.Lang)
			return app.P().ID("prices-equal-note").Class("note").Text(caveat)
		}),
		r.pricePresets(),
		app.Range(calc.Areas).Slice(func(i int) app.UI {
			a := calc.Areas[i]
			return r.numberField("price-"+a.ID(), "", t.AreaName(a), paramUnit(p, st.Lang), sc.Prices[a], p.Min, p.Max, 250,
				func(v float64) error { return st.SetPrice(a, v) })
		}),
		app.Details().Class("source").Body(
			app.Summary().Text(t.SourceOf(FormatNumber(p.Value, 0, st.Lang))),
			app.P().Text(p.Source),
		),
	)
}

func (r *Root) supervisionPanel() app.UI {
	st := r.state()
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
					r.step(ctx, true)
				}).
				Body(app.Range(ids).Slice(func(i int) app.UI {
					return app.Option().Value(ids[i]).Selected(ids[i] == sc.RuleSet).Text(labels[i])
				})),
		),
		r.paramSlider("convmin", calc.ParamConvMin, rs.ConvMin, 1, func(v float64) error { return st.SetParam(calc.ParamConvMin, v) }),
		r.checkbox("useoffers", t.UseOffers, rs.UseOffers, func(on bool) { st.SetUseOffers(on) }),
		app.If(rs.UseOffers, func() app.UI {
			return r.paramSlider("offermin", calc.ParamOfferMin, rs.OfferMin, 1, func(v float64) error { return st.SetParam(calc.ParamOfferMin, v) })
		}),
	)
}

// leverError says why calc refused the last change and, when figures are
// missing, offers the Data page's import.
func (r *Root) leverError() app.UI {
	st := r.state()
	t := st.T()
	area, need := st.LeverNeedsImport()
	return app.Div().ID("lever-error").Class("error").Attr("role", "alert").Body(
		app.P().Text(t.LeverRefused(st.LeverError)),
		app.If(need, func() app.UI {
			return app.Button().ID("lever-import").Class("btn", "small").Text(t.GoImport).
				OnClick(func(ctx app.Context, e app.Event) {
					st.GoImport(area.ID())
					r.step(ctx, true)
				})
		}),
	)
}
