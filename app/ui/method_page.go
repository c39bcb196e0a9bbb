package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
	"benchsim/calc"
)

// methodPage explains the official rules in plain words, lists every model
// parameter with its source, and sets out the critiques.
type methodPage struct{ kit }

func newMethodPage(r *Root) *methodPage { return &methodPage{kit{r}} }

// Render draws the page.
func (p *methodPage) Render() app.UI {
	st := p.state()
	t := st.T()
	l := st.Lang
	paras := func(ps []string) app.UI {
		return app.Range(ps).Slice(func(i int) app.UI { return app.P().Text(ps[i]) })
	}
	return app.Div().Class("page", "method", "prose").Body(
		app.H1().Text(t.MethodTitle),
		app.Section().Class("panel").ID("rules").Body(
			app.H2().Text(t.RulesTitle),
			app.Ol().Body(app.Range(t.Rules).Slice(func(i int) app.UI {
				return app.Li().Body(app.Strong().Text(t.Rules[i][0]+" "), app.Text(t.Rules[i][1]))
			})),
		),
		app.Section().Class("panel").ID("levers-explained").Body(
			app.H2().Text(t.LeversTitle),
			paras(t.Levers),
		),
		app.Section().Class("panel").ID("critiques").Body(
			app.H2().Text(t.CritiquesTitle),
			app.Ol().Body(app.Range(t.Critiques).Slice(func(i int) app.UI {
				return app.Li().Body(app.Strong().Text(t.Critiques[i][0]+" "), app.Text(t.Critiques[i][1]))
			})),
		),
		app.Section().Class("panel", "wide").ID("parameters").Body(
			app.H2().Text(t.ParametersTitle),
			app.P().Class("help").Text(t.ParametersHelp),
			app.Div().Class("tablewrap").TabIndex(0).Attr("role", "region").Attr("aria-label", t.ParametersTitle).Body(
				app.Table().Class("params").Body(
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Text(t.ParamName),
						app.Th().Scope("col").Class("num").Text(t.ParamValue),
						app.Th().Scope("col").Text(t.ParamUnit),
						app.Th().Scope("col").Text(t.ParamSource),
					)),
					app.TBody().Body(app.Range(calc.Parameters).Slice(func(i int) app.UI {
						p := calc.Parameters[i]
						return app.Tr().DataSet("param", p.ID).Body(
							app.Th().Scope("row").Text(paramLabel(p, l)),
							app.Td().Class("num").Text(view.FormatNumber(p.Value, view.DecimalsOf(p.Value), l)),
							app.Td().Text(paramUnit(p, l)),
							app.Td().Class("src").Text(p.Source),
						)
					})),
				),
			),
		),
		app.Section().Class("panel", "wide").ID("rulesets").Body(
			app.H2().Text(t.RuleSetsTitle),
			app.Div().Class("tablewrap").TabIndex(0).Attr("role", "region").Attr("aria-label", t.RuleSetsTitle).Body(
				app.Table().Class("params").Body(
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Text(t.RuleSetLabel),
						app.Th().Scope("col").Class("num").Text(t.ConversationsLabel),
						app.Th().Scope("col").Class("num").Text(t.OffersLabel),
						app.Th().Scope("col").Text(t.ParamSource),
					)),
					app.TBody().Body(app.Range(calc.RuleSets).Slice(func(i int) app.UI {
						rs := calc.RuleSets[i]
						offers := t.NotCounted
						if rs.UseOffers {
							offers = "≥ " + view.FormatNumber(rs.OfferMin, 0, l) + " %"
						}
						return app.Tr().Body(
							app.Th().Scope("row").Text(t.RuleSetName(rs)),
							app.Td().Class("num").Text("≥ "+view.FormatNumber(rs.ConvMin, 0, l)+" %"),
							app.Td().Class("num").Text(offers),
							app.Td().Class("src").Text(rs.Source),
						)
					})),
				),
			),
		),
		a11yStatement(l),
	)
}
