package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/report"
	"benchsim/app/ui/view"
	"benchsim/calc"
)

// municipalityPage shows one municipality: every area, supervision status
// with editable focus-target figures, the caseload investment case, similar
// municipalities and the rank in every period.
type municipalityPage struct{ kit }

func newMunicipalityPage(r *Root) *municipalityPage { return &municipalityPage{kit{r}} }

// Render draws the page.
func (p *municipalityPage) Render() app.UI {
	st := p.state()
	t := st.T()
	ds := st.Dataset()
	code := st.Muni
	if code == 0 || ds.MunicipalityIndex(code) < 0 {
		code = st.EditMunicipality()
	}
	i := ds.MunicipalityIndex(code)
	m := ds.Municipalities[i]
	return app.Div().Class("page", "municipality").Body(
		app.Div().Class("page-head").Body(
			app.H1().ID("muni-name").Text(m.Name),
			app.Div().Class("head-tools").Body(
				p.muniSelect("muni", t.ChooseMunicipality, code, func(c int) { st.SetMunicipality(c) }),
				p.periodSelect("m-period"),
				p.printButton(nil, ""),
			),
		),
		app.P().Class("lead").Text(t.MuniLead(m.Region, t.PeriodName(st.Period()))),
		p.muniWordsSection(code),
		app.Div().Class("cards").Body(
			p.muniAreas(i),
			p.muniStatus(i, code),
			app.Section().Class("panel").ID("m-invest").Body(
				app.H2().Text(t.InvestmentTitle),
				app.P().Class("help").Text(t.CaseloadHelp),
				p.printCaseload(code),
				newScenarioPage(p.root).caseloadEditor(code, "m-"),
			),
			p.muniSimilar(i),
			p.muniHistory(code),
			p.muniCharts(code),
		),
	)
}

func (p *municipalityPage) muniAreas(i int) app.UI {
	st := p.state()
	t := st.T()
	l := st.Lang
	res := st.Result()
	var areas []calc.Area
	areas = append(areas, calc.Total)
	for _, a := range calc.Areas {
		if res.Scenario.Included[a] {
			areas = append(areas, a)
		}
	}
	return app.Section().Class("panel", "wide").ID("m-areas").Body(
		app.H2().Text(t.AreasTitle),
		app.Div().Class("tablewrap").TabIndex(0).Attr("role", "region").Attr("aria-label", t.AreasTitle).Body(
			app.Table().Class("rank", "areas").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(t.AreaLabel),
					app.Th().Scope("col").Class("num").Text(t.ColumnName(report.ColActual)),
					app.Th().Scope("col").Class("num").Text(t.ColumnName(report.ColExpected)),
					app.Th().Scope("col").Class("num").Text(t.ColumnName(report.ColPersons)),
					app.Th().Scope("col").Class("num").Text(t.ColumnName(report.ColPP)),
					app.Th().Scope("col").Class("num").Text(t.ColumnName(report.ColOfficial)),
					app.Th().Scope("col").Class("num").Text(t.ScenarioRank),
					app.Th().Scope("col").Class("num").Text(t.ColumnName(report.ColPotential)),
				)),
				app.TBody().Body(app.Range(areas).Slice(func(j int) app.UI {
					a := areas[j]
					e := res.Scenario.Areas[a][i]
					off := "–"
					if res.Baseline.Included[a] {
						off = view.FormatInt(res.Baseline.Areas[a][i].Rank, l)
					}
					return app.Tr().DataSet("area", a.ID()).Body(
						app.Th().Scope("row").Text(t.AreaName(a)),
						app.Td().Class("num").Text(view.FormatNumber(e.Actual, 0, l)),
						app.Td().Class("num").Text(view.FormatNumber(e.Expected, 0, l)),
						app.Td().Class("num").Text(view.FormatSigned(e.DiffPersons, 0, l)),
						app.Td().Class("num").Text(view.FormatSigned(e.DiffPP, 2, l)),
						app.Td().Class("num").Text(off),
						app.Td().Class("num").Text(view.FormatInt(e.Rank, l)),
						app.Td().Class("num").Text(view.FormatMioSigned(e.Potential, l)),
					)
				})),
			),
		),
		app.P().Class("help").Text(t.PotentialNote),
	)
}

func (p *municipalityPage) muniStatus(i, code int) app.UI {
	st := p.state()
	t := st.T()
	l := st.Lang
	res := st.Result()
	s := res.Scenario.Status[i]
	rs := res.RuleSet
	conv, offers := st.FokusFigures(code)
	key := strconv.Itoa(code)
	verdict, cls := t.StatusLong(s), "status"
	switch {
	case s.Risk:
		cls += " risk"
	case s.Inspiration:
		cls += " insp"
	}
	return app.Section().Class("panel").ID("m-status").Body(
		app.H2().Text(t.SupervisionTitle),
		app.P().ID("status").Class(cls).Text(verdict),
		app.Ul().Class("facts").Body(
			app.Li().ID("result-target").Text(t.ResultTarget(s.ResultMet, res.Scenario.Areas[calc.Total][i])),
			app.Li().Text(t.FokusTarget(s.FokusKnown, s.FokusMet,
				view.FormatNumber(rs.ConvMin, 0, l), rs.UseOffers, view.FormatNumber(rs.OfferMin, 0, l))),
		),
		app.P().Class("help").Text(t.FokusEditHelp),
		p.numberField("fk-conv", key, t.ConversationsLabel, "%", conv, 0, 100, 0.1,
			func(v float64) error { _, o := st.FokusFigures(code); return st.SetFokus(code, v, o) }),
		p.numberField("fk-offers", key, t.OffersLabel, "%", offers, 0, 100, 0.1,
			func(v float64) error { c, _ := st.FokusFigures(code); return st.SetFokus(code, c, v) }),
	)
}

func (p *municipalityPage) muniSimilar(i int) app.UI {
	st := p.state()
	t := st.T()
	l := st.Lang
	res := st.Result()
	sim := calc.Similar(res, i, 6)
	return app.Section().Class("panel").ID("m-similar").Body(
		app.H2().Text(t.SimilarTitle),
		app.P().Class("help").Text(t.SimilarHelp),
		scrollRegion(t.SimilarTitle).Body(app.Table().Class("rank", "small").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(t.ColumnName(report.ColName)),
				app.Th().Scope("col").Class("num").Text(t.ExpectedShare),
				app.Th().Scope("col").Class("num").Text(t.ColumnName(report.ColPP)),
				app.Th().Scope("col").Class("num").Text(t.ColumnName(report.ColRank)),
			)),
			app.TBody().Body(
				p.similarRow(i, true),
				app.Range(sim).Slice(func(k int) app.UI { return p.similarRow(sim[k], false) }),
			),
		)),
		app.P().Class("help").Text(t.SimilarNote(view.FormatNumber(res.Baseline.Areas[calc.Total][i].ExpectedShare, 2, l))),
	)
}

func (p *municipalityPage) similarRow(j int, self bool) app.UI {
	st := p.state()
	l := st.Lang
	ds := st.Dataset()
	res := st.Result()
	m := ds.Municipalities[j]
	e := res.Scenario.Areas[calc.Total][j]
	b := res.Baseline.Areas[calc.Total][j]
	tr := app.Tr()
	if self {
		tr = tr.Class("pinned")
	}
	return tr.Body(
		app.Th().Scope("row").Body(app.A().Href(p.href(view.TabMunicipality, map[string]string{"m": strconv.Itoa(m.Code)})).Text(m.Name)),
		app.Td().Class("num").Text(view.FormatNumber(b.ExpectedShare, 2, l)),
		app.Td().Class("num").Text(view.FormatSigned(e.DiffPP, 2, l)),
		app.Td().Class("num").Text(view.FormatInt(e.Rank, l)),
	)
}

func (p *municipalityPage) muniHistory(code int) app.UI {
	st := p.state()
	t := st.T()
	l := st.Lang
	hist, fresh := st.History(code)
	n := len(st.Dataset().Municipalities)
	return app.Section().Class("panel").ID("m-history").Attr("aria-busy", strconv.FormatBool(!fresh)).Body(
		app.H2().Text(t.HistoryTitle),
		app.If(hist == nil, func() app.UI {
			return app.P().ID("m-history-status").Class("help").Attr("aria-live", "polite").Text(view.ChartMsg(l).Computing)
		}),
		scrollRegion(t.HistoryTitle).Body(app.Table().Class("rank", "small").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(t.PeriodLabel),
				app.Th().Scope("col").Class("num").Text(t.ColumnName(report.ColOfficial)),
				app.Th().Scope("col").Class("num").Text(t.ScenarioRank),
				app.Th().Scope("col").Class("num").Text(t.ColumnName(report.ColPP)),
			)),
			app.TBody().Body(app.Range(hist).Slice(func(k int) app.UI {
				h := hist[k]
				tr := app.Tr()
				if h.Current {
					tr = tr.Class("pinned")
				}
				rank := func(x int) string {
					if x == 0 {
						return "–"
					}
					return view.FormatInt(x, l)
				}
				return tr.Body(
					app.Th().Scope("row").Text(h.Label),
					app.Td().Class("num").Text(rank(h.Official)),
					app.Td().Class("num").Text(rank(h.Scenario)),
					app.Td().Class("num").Text(view.FormatSigned(h.DiffPP, 2, l)),
				)
			})),
		)),
		app.P().Class("help").Text(t.HistoryNote(n)),
	)
}

// printCaseload states on paper the caseload lever that the hidden sliders
// set, so the investment case reads on its own; nothing when the scenario
// has no lever for the municipality.
func (p *municipalityPage) printCaseload(code int) app.UI {
	st := p.state()
	l, ok := st.Scenario.CaseloadFor(code)
	if !ok {
		return nil
	}
	t := st.T()
	name := st.Dataset().Municipalities[st.Dataset().MunicipalityIndex(code)].Name
	return app.P().ID("print-caseload").Class("print-only").
		Text(t.CaseloadItem(name, view.FormatNumber(l.From, 0, st.Lang), view.FormatNumber(l.To, 0, st.Lang), t.AreaName(l.Area)))
}

// muniWordsSection is the paragraph's cached section.
func (p *municipalityPage) muniWordsSection(code int) app.UI {
	st := p.state()
	base := st.Lang + "|" + st.DatasetID + "|" + st.Period().Code + "|" + strconv.Itoa(code) + "|"
	key := base + st.Scenario.Encode()
	// While a slider is dragged the paragraph keeps its words: calc's
	// explainer (rank intervals and a run per lever group) costs more
	// than a frame for every step (10–40 ms natively). They follow when
	// the drag ends or pauses (Root.holdWords).
	if r := p.root; r.wordsHeld && strings.HasPrefix(r.wordsKey, base) {
		key = r.wordsKey
	}
	p.root.wordsKey = key
	return cached("m-words", key, p.muniWords)
}

// muniWords is the municipality page's paragraph, also in its handout. It
// reads the municipality from the state (a cached section keeps its first
// function).
func (p *municipalityPage) muniWords() app.UI {
	st := p.state()
	code := st.Muni
	if code == 0 || st.Dataset().MunicipalityIndex(code) < 0 {
		code = st.EditMunicipality()
	}
	ct := view.CmpMsg(st.Lang)
	return app.Section().Class("panel", "words").ID("m-words").Body(
		app.H2().Text(ct.InWords),
		app.P().ID("explanation").Text(st.Explanation(code)),
	)
}
