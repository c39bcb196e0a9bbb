package ui

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
	"benchsim/calc"
)

// scenarioPage is the lever panel next to a live ranking.
type scenarioPage struct{ kit }

func newScenarioPage(r *Root) *scenarioPage { return &scenarioPage{kit{r}} }

// Render draws the page.
func (p *scenarioPage) Render() app.UI {
	st := p.state()
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
					p.step(ctx, true)
				}),
		),
		app.P().Class("lead").Text(t.ScenarioLead),
		// Always shown, so that the first move of a lever does not push the
		// panels down under the pointer.
		p.headline(st.Result(), "s-", sc.Encode()),
		app.Div().Class("split").Body(
			app.Div().Class("levers").Body(
				app.If(st.LeverError != "", p.leverError),
				p.notes(),
				// Each panel re-renders only when what it shows changes
				// (see section); the keys list exactly that.
				cached("saved", base+st.Saved.Key(), newComparePage(p.root).savedPanel),
				cached("scope", base+fmt.Sprint(sc.Scope, sc.Areas, sc.Weighting, sc.Prices), p.scopePanel),
				// The weight sliders are their own section: dragging one
				// re-renders three sliders, not the scope's radios.
				app.If(sc.Weighting == calc.WeightCustom, func() app.UI {
					return cached("weights", base+fmt.Sprint(sc.Scope, sc.Areas, sc.Weights), p.weightsPanel)
				}),
				cached("reestimate", base+fmt.Sprint(sc.Reestimate, sc.CovariatesOff, sc.Scope, sc.Areas, sc.Lens), p.reestimatePanel),
				cached("caseload", base+strconv.Itoa(st.EditMunicipality())+"|"+sc.Encode()+fmt.Sprint(st.Reform.Draft(), st.Reform.CasesShown()), p.caseloadPanel),
				cached("transfer", base+fmt.Sprint(st.DraftTransfer(), sc.Transfers, sc.Lens, sc.VesselsElasticity), p.transferPanel),
				cached("prices", base+fmt.Sprint(sc.Prices, sc.Weighting, sc.Scope, sc.Areas), p.pricePanel),
				cached("supervision", base+fmt.Sprint(sc.RuleSet, sc.ConvMin, sc.UseOffers, sc.OfferMin, st.Result().RuleSet), p.supervisionPanel),
			),
			app.Section().Class("preview").Attr("aria-label", t.RankingTitle).Body(
				p.areaSwitch(),
				p.summary(),
				newRankingPage(p.root).rankTable(true),
			),
		),
	)
}

// notes are the caveats calc reported for the scenario.
func (p *scenarioPage) notes() app.UI {
	st := p.state()
	t := st.T()
	notes := st.Result().Notes
	return app.If(len(notes) > 0, func() app.UI {
		return app.Ul().Class("notes").Body(app.Range(notes).Slice(func(i int) app.UI {
			return app.Li().Text(t.Note(notes[i]))
		}))
	})
}

func (p *scenarioPage) scopePanel() app.UI {
	st := p.state()
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
		p.radios("scope", t.ScopeLegend, scopes, labels, sc.Scope, func(v string) { st.SetScope(v) }),
		app.If(sc.Scope == calc.ScopeCustom, func() app.UI {
			return app.FieldSet().Class("checks").Body(
				app.Legend().Text(t.AreasInTotal),
				app.Range(calc.Areas).Slice(func(i int) app.UI {
					a := calc.Areas[i]
					return p.checkbox("area-in-"+a.ID(), t.AreaName(a), in[a], func(on bool) { st.SetCustomArea(a, on) })
				}),
			)
		}),
		p.radios("weighting", t.WeightingLegend, ws, wlabels, sc.Weighting, func(v string) { st.SetWeighting(v) }),
		p.costNote(),
	)
}

// weightsPanel has the custom weights' sliders, each with its number field.
func (p *scenarioPage) weightsPanel() app.UI {
	st := p.state()
	t := st.T()
	sc := &st.Scenario
	in, _ := sc.ScopeAreas(st.Period().Scope)
	return app.Section().Class("panel").ID("p-weights").Body(
		app.H2().Text(view.CmpMsg(st.Lang).WeightsTitle),
		app.Div().Class("weights").Body(app.Range(calc.Areas).Slice(func(i int) app.UI {
			a := calc.Areas[i]
			if !in[a] {
				return nil
			}
			return p.slider(slider{id: "weight-" + a.ID(), label: t.AreaName(a), unit: t.WeightUnit,
				value: sc.Weights[a], min: 0, max: 10, step: 0.1,
				set: func(v float64) error { return st.SetWeight(a, v) }})
		})))
}

func (p *scenarioPage) reestimatePanel() app.UI {
	st := p.state()
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
		p.checkbox("reestimate", t.ReestimateLabel, sc.Reestimate, func(on bool) { st.SetReestimate(on) }),
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
					return p.checkbox("cov-"+c.ID, t.CovariateLabel(c), on, func(on bool) { st.SetCovariate(c.ID, on) })
				}),
			)
		}).Else(func() app.UI {
			return app.P().Class("help").Text(t.ProxyHelp)
		}),
		app.Range(fits).Slice(func(i int) app.UI { return p.fitTable(fits[i]) }),
	)
}

// fitTable shows one re-estimated model: R² and the coefficients.
func (p *scenarioPage) fitTable(f *calc.Fit) app.UI {
	st := p.state()
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
			app.Text(t.FitCaption(t.AreaName(f.Area), view.FormatNumber(f.R2, 3, l), f.N)),
			app.Br(),
			app.Span().Class("muted").Text(own),
		),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(t.Covariate),
			app.Th().Scope("col").Text(t.Coefficient),
		)),
		app.TBody().Body(
			app.Tr().Body(app.Th().Scope("row").Text(t.Intercept), app.Td().Class("num").Text(view.FormatNumber(f.Intercept, 3, l))),
			app.Range(f.Names).Slice(func(i int) app.UI {
				return app.Tr().Body(
					app.Th().Scope("row").Text(label(f.Names[i])),
					app.Td().Class("num").Text(view.FormatSigned(f.Coef[i], 4, l)),
				)
			}),
		),
	)
}

// leverError says why calc refused the last change and, when figures are
// missing, offers the Data page's import.
func (p *scenarioPage) leverError() app.UI {
	st := p.state()
	t := st.T()
	area, need := st.LeverNeedsImport()
	return app.Div().ID("lever-error").Class("error").Attr("role", "alert").Body(
		app.P().Text(t.LeverRefused(st.LeverError)),
		app.If(need, func() app.UI {
			return app.Button().ID("lever-import").Class("btn", "small").Text(t.GoImport).
				OnClick(func(ctx app.Context, e app.Event) {
					st.GoImport(area.ID())
					p.step(ctx, true)
				})
		}),
	)
}
