package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/report"
	"benchsim/app/ui/domtable"
	"benchsim/app/ui/view"
	"benchsim/calc"
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
	list := colList(cols)
	rows := p.tableRows(list)
	key, desc := strings.CutPrefix(st.Sort, "-")
	caption := p.caption(len(rows))
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
			// The body handles every row's pin button and link (rowClick,
			// freshHref): five listeners, not five per row.
			rankBody(p.rowEvents, compact, list+string(fieldSep)+caption,
				func() app.UI {
					return app.Range(rows).Slice(func(i int) app.UI { return p.rankRow(&rows[i], cols, list) })
				},
				func() []domtable.Row { return p.liveRows(rows, cols) },
			),
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
		Href: "/?tab=" + view.TabMunicipality + "&m=" + strconv.Itoa(row.Muni.Code), PinLabel: label}
}

// rowCache keeps the browser's last table rows (tableRows) and their
// domtable rows (liveRows): every render of the page asks for them, and
// they change only with the result, the table's view or the language. The
// same slice again also lets go-app see at once that liveBody.Rows did not
// change (reflect.DeepEqual stops at equal slices).
var rowCache struct {
	key  rowKey
	rows []view.Row
	dom  []domtable.Row
}

// rowKey is what the table's rows are made from, but for rank intervals
// (which the worker fills in: tableRows does not keep rows with them).
type rowKey struct {
	res                  *calc.Result
	area                 calc.Area
	sort, filter, region string
	pinned               int
	lang, cols           string
}

// tableRows are st.Rows(), kept in the browser while their key stays;
// list is the table's colList.
func (p *rankingPage) tableRows(list string) []view.Row {
	st := p.state()
	v := st.TableView()
	if !app.IsClient || v.ShowIntervals {
		rowCache.rows, rowCache.dom = nil, nil
		return report.Rows(st.Result(), v)
	}
	k := rowKey{res: st.Result(), area: v.Area, sort: v.Sort, filter: v.Filter, region: v.Region, pinned: v.Pinned,
		lang: st.Lang, cols: list}
	if rowCache.rows == nil || rowCache.key != k {
		rowCache.key, rowCache.rows, rowCache.dom = k, report.Rows(st.Result(), v), nil
	}
	return rowCache.rows
}

// liveRows are the rows as domtable builds them in the browser: each
// rankRow(…).domRow(), made without joining and splitting the cells. For
// the rows tableRows kept (cols: the columns of their key) they are made
// once.
func (p *rankingPage) liveRows(rows []view.Row, cols []*report.Column) []domtable.Row {
	cached := len(rows) > 0 && len(rowCache.rows) == len(rows) && &rowCache.rows[0] == &rows[0]
	if cached && rowCache.dom != nil {
		return rowCache.dom
	}
	dom := p.makeLiveRows(rows, cols)
	if cached {
		rowCache.dom = dom
	}
	return dom
}

// makeLiveRows makes the rows. A row whose figures, columns and language
// are those it was last made from (rowMemos) is taken as it was: a lever's
// input gives a new result, and so new rows, but a caseload drag changes
// the figures of a few rows only.
func (p *rankingPage) makeLiveRows(rows []view.Row, cols []*report.Column) []domtable.Row {
	st := p.state()
	t := st.T()
	lang := report.Lang(st.Lang)
	list := colList(cols)
	dom := make([]domtable.Row, len(rows))
	for i := range rows {
		row := &rows[i]
		m, ok := rowMemos[row.Muni.Code]
		if ok && m.row == *row && m.list == list && m.lang == lang {
			dom[i] = m.dom
			continue
		}
		// A reorder changes every row's figures but not its name cell
		// (the pin button and the link): that is taken as it was.
		same := ok && m.list == list && m.lang == lang && m.row.Pinned == row.Pinned && m.row.Muni == row.Muni
		var r domtable.Row
		if same {
			r = domtable.Row{Key: m.dom.Key, Class: m.dom.Class, Data: m.dom.Data, Cells: make([]domtable.Cell, len(cols))}
		} else {
			code := strconv.Itoa(row.Muni.Code)
			r = domtable.Row{Key: code, Data: []domtable.Attr{{Name: "code", Value: code}}, Cells: make([]domtable.Cell, len(cols))}
			if row.Pinned {
				r.Class = "pinned"
			}
		}
		for j, c := range cols {
			if same && c.ID == report.ColName {
				r.Cells[j] = m.dom.Cells[j]
				continue
			}
			cell := domtable.Cell{Col: c.ID, Class: c.CellClass(row), Text: c.Cell(row, report.Display, lang)}
			if c.ID == report.ColName {
				code := r.Key
				label := t.PinLabel(row.Muni.Name)
				if row.Pinned {
					label = t.UnpinLabel(row.Muni.Name)
				}
				cell.Head, cell.Link = true, "/?tab="+view.TabMunicipality+"&m="+code
				cell.Button = []domtable.Attr{{Name: "class", Value: "pin"}, {Name: "aria-pressed", Value: strconv.FormatBool(row.Pinned)},
					{Name: "aria-label", Value: label}, {Name: "title", Value: label}}
			}
			r.Cells[j] = cell
		}
		dom[i] = r
		if memoRows {
			rowMemos[row.Muni.Code] = rowMemo{row: *row, list: list, lang: lang, dom: r}
		}
	}
	return dom
}

// rowMemo is a row makeLiveRows made and what it made it from.
type rowMemo struct {
	row  view.Row
	list string
	lang report.Lang
	dom  domtable.Row
}

// rowMemos are the rows makeLiveRows made last in the browser, by
// municipality code. memoRows is false on the server, which renders
// requests concurrently (and has no drags).
var (
	rowMemos = map[int]rowMemo{}
	memoRows = app.IsClient
)

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
