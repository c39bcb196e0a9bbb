package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/report"
	"benchsim/app/ui/view"
)

// rankingPage is the start page: the list people know from the Ministry,
// with the scenario's changes.
type rankingPage struct{ kit }

func newRankingPage(r *Root) *rankingPage { return &rankingPage{kit{r}} }

// Render draws the page.
func (p *rankingPage) Render() app.UI {
	st := p.state()
	t := st.T()
	return app.Div().Class("page", "ranking").Body(
		app.Div().Class("page-head").Body(
			app.H1().Text(t.RankingTitle),
			app.Div().Class("head-tools").Body(p.periodSelect("period"), p.printButton(nil, "")),
		),
		p.areaSwitch(),
		p.summary(),
		p.tableTools(),
		p.rankTable(false),
	)
}

// tableTools are the name and region filters and the CSV exports.
func (p *rankingPage) tableTools() app.UI {
	st := p.state()
	t := st.T()
	regions := st.Regions()
	return app.Div().Class("tools-row").Body(
		app.Div().Class("field", "inline").Body(
			app.Label().For("filter").Text(t.FindMunicipality),
			app.Input().ID("filter").Type("search").Value(st.Filter).Placeholder(t.FilterPlaceholder).
				AutoComplete(false).
				OnInput(func(ctx app.Context, e app.Event) {
					st.SetFilter(ctx.JSSrc().Get("value").String())
					p.dragged(ctx)
				}).
				OnChange(func(ctx app.Context, e app.Event) { p.released(ctx) }),
		),
		app.If(len(regions) > 0, func() app.UI {
			return app.Div().Class("field", "inline").Body(
				app.Label().For("region").Text(t.RegionLabel),
				app.Select().ID("region").
					OnChange(func(ctx app.Context, e app.Event) {
						st.SetRegion(ctx.JSSrc().Get("value").String())
						p.step(ctx, true)
					}).
					Body(
						app.Option().Value("").Selected(st.Region == "").Text(t.AllRegions),
						app.Range(regions).Slice(func(i int) app.UI {
							return app.Option().Value(regions[i]).Selected(regions[i] == st.Region).Text(regions[i])
						}),
					),
			)
		}),
		p.uncertaintyToggle(),
		app.Div().Class("exports").Body(
			app.Button().ID("csv-table").Class("btn", "small").Text(t.ExportTable).
				OnClick(func(ctx app.Context, e app.Event) { download(st.CSVFileName(false), st.CSVTable()) }),
			app.Button().ID("csv-full").Class("btn", "small").Text(t.ExportFull).
				OnClick(func(ctx app.Context, e app.Event) { download(st.CSVFileName(true), st.CSVFull()) }),
		),
	)
}

// rankTable is the accessible ranking table: a caption, sort buttons in the
// column headers with aria-sort on the sorted one, and a pin button per row.
func (p *rankingPage) rankTable(compact bool) app.UI {
	st := p.state()
	t := st.T()
	lang := st.Lang
	cols := p.rankCols(compact)
	key, desc := strings.CutPrefix(st.Sort, "-")
	body, caption := p.rankBody(compact, cols)
	return app.Div().Class("tablewrap").TabIndex(0).Attr("role", "region").Attr("aria-labelledby", "caption").Body(
		app.Table().ID("ranking").Class("rank").Body(
			app.Caption().ID("caption").Text(caption),
			app.THead().Body(app.Tr().Body(
				app.Range(cols).Slice(func(i int) app.UI {
					col := cols[i]
					c, title := col.ID, col.Title.In(report.Lang(lang))
					th := app.Th().Scope("col").Class(col.Class)
					if col.Compare == nil {
						return th.Text(title)
					}
					arrow := ""
					if c == key {
						arrow = " ▲"
						sort := "ascending"
						if desc {
							arrow, sort = " ▼", "descending"
						}
						th = th.Attr("aria-sort", sort)
					}
					return th.Body(app.Button().Class("sort").DataSet("col", c).
						Title(t.SortBy(title)).
						OnClick(func(ctx app.Context, e app.Event) {
							st.SetSort(c)
							p.step(ctx, true)
						}, app.EventScope(c)).
						Body(app.Text(title), app.Span().Class("arrow").Attr("aria-hidden", "true").Text(arrow)))
				}),
			)),
			body,
		),
	)
}

// caption is the table's caption for n rows shown.
func (p *rankingPage) caption(n int) string {
	st := p.state()
	t := st.T()
	key, desc := strings.CutPrefix(st.Sort, "-")
	return t.Caption(t.AreaName(st.Area), t.PeriodName(st.Period()), t.ColumnName(key), desc, n, len(st.Dataset().Municipalities))
}

// rankCols are the table's columns.
func (p *rankingPage) rankCols(compact bool) []*report.Column {
	st := p.state()
	var cols []*report.Column
	for _, c := range report.Columns(st.Result(), st.TableView()) {
		if !compact || !compactDrop[c.ID] {
			cols = append(cols, c)
		}
		// The scenario page's table always has the change and the
		// official rank: the first move of a lever then changes texts
		// only, instead of adding two cells to each of 98 rows in the
		// middle of a drag (a 250–450 ms task) and shifting the layout.
		if compact && c.ID == report.ColName && st.Scenario.IsOfficial() {
			cols = append(cols, report.ColumnByID(report.ColChange), report.ColumnByID(report.ColOfficial))
		}
	}
	return cols
}

// colList is the columns' ids joined by fieldSep (rankRow.Cols).
func colList(cols []*report.Column) string {
	var b strings.Builder
	for i, c := range cols {
		if i > 0 {
			b.WriteByte(fieldSep)
		}
		b.WriteString(c.ID)
	}
	return b.String()
}

// rankRow is one row of the table; list is colList(cols).
func (p *rankingPage) rankRow(row *view.Row, cols []*report.Column, list string) *rankRow {
	st := p.state()
	t := st.T()
	lang := st.Lang
	var cells, classes strings.Builder
	for j, c := range cols {
		if j > 0 {
			cells.WriteByte(fieldSep)
			classes.WriteByte(fieldSep)
		}
		cells.WriteString(c.Cell(row, report.Display, report.Lang(lang)))
		classes.WriteString(c.CellClass(row))
	}
	label := t.PinLabel(row.Muni.Name)
	if row.Pinned {
		label = t.UnpinLabel(row.Muni.Name)
	}
	return &rankRow{Code: row.Muni.Code, Pinned: row.Pinned, Cols: list, Cells: cells.String(), Classes: classes.String(),
		Href: rowHref(row.Muni.Code), PinLabel: label}
}

// freshHref puts the whole current view into a row's link just before it
// can be followed, opened in a new tab or copied (focus, pointer over it,
// mouse down, touch). Rendering it would make every row change on every
// drag of a slider.
func (p *rankingPage) freshHref(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	a, code, ok := rowCode(e, "th a")
	if !ok {
		return
	}
	a.Set("href", "/?"+p.state().LinkQuery(view.TabMunicipality, code))
}

// rowClick pins or unpins the row whose pin button was clicked.
func (p *rankingPage) rowClick(ctx app.Context, e app.Event) {
	_, code, ok := rowCode(e, "button.pin")
	if !ok {
		ctx.PreventUpdate()
		return
	}
	p.state().TogglePin(code)
	p.step(ctx, true)
}

// compactDrop are the columns the scenario page's side table leaves out.
var compactDrop = map[string]bool{report.ColRegion: true, report.ColStatus: true, report.ColPublished: true, report.ColExpected: true, report.ColActual: true}
