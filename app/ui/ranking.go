package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/calc"

	"benchsim/app/report"
)

// rankingView is the start page: the list people know from the Ministry,
// with the scenario's changes.
func (r *Root) rankingView() app.UI {
	st := r.state()
	t := st.T()
	return app.Div().Class("page", "ranking").Body(
		app.Div().Class("page-head").Body(
			app.H1().Text(t.RankingTitle),
			app.Div().Class("head-tools").Body(r.periodSelect("period"), r.printButton(nil, "")),
		),
		r.areaSwitch(),
		r.summary(),
		r.tableTools(),
		r.rankTable(false),
	)
}

// summary is the one-line effect of the scenario and the supervision counts.
func (r *Root) summary() app.UI {
	st := r.state()
	t := st.T()
	var line string
	if st.Scenario.IsOfficial() {
		line = t.OfficialSummary
		if st.Tab == TabScenario {
			// Not "go to Scenario" on the Scenario page itself.
			line = MeetMsg(st.Lang).OfficialHere
		}
	} else {
		moved, places := st.Summary()
		line = t.Moved(moved, places)
	}
	sc := &st.Result().Scenario
	met, insp, risk := sc.Counts()
	counts := t.CountsKnown(met, insp, risk, sc.FokusKnown(), len(sc.Status))
	return app.Div().Class("summary").Body(
		app.P().ID("summary").Class("moved").Attr("aria-live", "polite").Text(line),
		app.If(st.Area == calc.Total, func() app.UI {
			return app.P().ID("counts").Class("counts").Text(counts)
		}),
		app.If(!st.Scenario.IsOfficial(), func() app.UI {
			return app.P().Class("scenario-line").Body(
				app.Span().Class("muted").Text(t.ScenarioChanged+" "),
				app.Button().ID("reset-top").Class("btn", "small").Text(t.BackToOfficial).
					OnClick(func(ctx app.Context, e app.Event) {
						st.ResetScenario()
						r.step(ctx, true)
					}),
			)
		}),
	)
}

func (r *Root) periodSelect(id string) app.UI {
	st := r.state()
	t := st.T()
	ds := st.Dataset()
	cur := st.Period().Code
	return app.Div().Class("field", "inline").Body(
		app.Label().For(id).Text(t.PeriodLabel),
		app.Select().ID(id).
			OnChange(func(ctx app.Context, e app.Event) {
				st.SetPeriod(ctx.JSSrc().Get("value").String())
				r.step(ctx, true)
			}).
			Body(app.Range(ds.Periods).Slice(func(i int) app.UI {
				// Newest first.
				p := &ds.Periods[len(ds.Periods)-1-i]
				return app.Option().Value(p.Code).Selected(p.Code == cur).Text(t.PeriodName(p) + " (" + p.Code + ")")
			})),
	)
}

// areaSwitch chooses the area whose list is shown.
func (r *Root) areaSwitch() app.UI {
	st := r.state()
	t := st.T()
	inc := st.Result().Scenario.Included
	var areas []calc.Area
	areas = append(areas, calc.Total)
	for _, a := range calc.Areas {
		if inc[a] {
			areas = append(areas, a)
		}
	}
	return app.Div().Class("segmented").Attr("role", "group").Attr("aria-label", t.AreaLabel).Body(
		app.Range(areas).Slice(func(i int) app.UI {
			a := areas[i]
			return app.Button().ID("area-"+a.ID()).Class("seg").
				Attr("aria-pressed", strconv.FormatBool(a == st.Area)).
				Text(t.AreaName(a)).
				OnClick(func(ctx app.Context, e app.Event) {
					st.SetArea(a)
					r.step(ctx, true)
				}, app.EventScope(a.ID()))
		}),
	)
}

// tableTools are the name and region filters and the CSV exports.
func (r *Root) tableTools() app.UI {
	st := r.state()
	t := st.T()
	regions := st.Regions()
	return app.Div().Class("tools-row").Body(
		app.Div().Class("field", "inline").Body(
			app.Label().For("filter").Text(t.FindMunicipality),
			app.Input().ID("filter").Type("search").Value(st.Filter).Placeholder(t.FilterPlaceholder).
				AutoComplete(false).
				OnInput(func(ctx app.Context, e app.Event) {
					st.SetFilter(ctx.JSSrc().Get("value").String())
					r.dragged(ctx)
				}).
				OnChange(func(ctx app.Context, e app.Event) { r.released(ctx) }),
		),
		app.If(len(regions) > 0, func() app.UI {
			return app.Div().Class("field", "inline").Body(
				app.Label().For("region").Text(t.RegionLabel),
				app.Select().ID("region").
					OnChange(func(ctx app.Context, e app.Event) {
						st.SetRegion(ctx.JSSrc().Get("value").String())
						r.step(ctx, true)
					}).
					Body(
						app.Option().Value("").Selected(st.Region == "").Text(t.AllRegions),
						app.Range(regions).Slice(func(i int) app.UI {
							return app.Option().Value(regions[i]).Selected(regions[i] == st.Region).Text(regions[i])
						}),
					),
			)
		}),
		r.uncertaintyToggle(),
		app.Div().Class("exports").Body(
			app.Button().ID("csv-table").Class("btn", "small").Text(t.ExportTable).
				OnClick(func(ctx app.Context, e app.Event) { download(st.CSVFileName(false), st.CSVTable()) }),
			app.Button().ID("csv-full").Class("btn", "small").Text(t.ExportFull).
				OnClick(func(ctx app.Context, e app.Event) { download(st.CSVFileName(true), st.CSVFull()) }),
		),
	)
}

// compactDrop are the columns the scenario page's side table leaves out.
var compactDrop = map[string]bool{report.ColRegion: true, report.ColStatus: true, report.ColPublished: true, report.ColExpected: true, report.ColActual: true}

// rankTable is the accessible ranking table: a caption, sort buttons in the
// column headers with aria-sort on the sorted one, and a pin button per row.
func (r *Root) rankTable(compact bool) app.UI {
	st := r.state()
	t := st.T()
	lang := st.Lang
	var cols []*report.Column
	for _, c := range report.Columns(st.Result(), st.view()) {
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
	ids := make([]string, len(cols))
	for i, c := range cols {
		ids[i] = c.ID
	}
	rows := st.Rows()
	colList := strings.Join(ids, string(fieldSep))
	key, desc := strings.CutPrefix(st.Sort, "-")
	p := st.Period()
	caption := t.Caption(t.AreaName(st.Area), t.PeriodName(p), t.ColumnName(key), desc, len(rows), len(st.Dataset().Municipalities))
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
							r.step(ctx, true)
						}, app.EventScope(c)).
						Body(app.Text(title), app.Span().Class("arrow").Attr("aria-hidden", "true").Text(arrow)))
				}),
			)),
			// The body handles every row's pin button and link (rowClick,
			// freshHref): five listeners, not five per row.
			rankBody(r.rowEvents,
				app.Range(rows).Slice(func(i int) app.UI {
					row := &rows[i]
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
					return &rankRow{Code: row.Muni.Code, Pinned: row.Pinned, Cols: colList, Cells: cells.String(), Classes: classes.String(),
						Href: "/?tab=" + TabMunicipality + "&m=" + strconv.Itoa(row.Muni.Code), PinLabel: label}
				}),
			),
		),
	)
}
