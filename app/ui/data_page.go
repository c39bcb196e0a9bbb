package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/dataset"
	"benchsim/app/report"
	"benchsim/app/ui/view"
)

// dataPage shows where the current data comes from, imports Jobindsats
// files and lists the datasets kept in the browser.
type dataPage struct{ kit }

func newDataPage(r *Root) *dataPage { return &dataPage{kit{r}} }

// Render draws the page.
func (p *dataPage) Render() app.UI {
	t := p.state().T()
	return app.Div().Class("page", "data").Body(
		app.H1().Text(t.DataTitle),
		p.provenancePanel(),
		p.filesPanel(),
		p.importPanel(),
		p.templatePanel(),
		p.datasetsPanel(),
		p.storagePanel(),
		p.bundlePanel(),
		p.exportPanel(),
	)
}

// provenancePanel says where the current data comes from.
func (p *dataPage) provenancePanel() app.UI {
	st := p.state()
	t := st.T()
	ds := st.Dataset()
	pv := ds.Provenance
	l := st.Lang
	return app.Section().Class("panel").ID("provenance").Body(
		app.H2().Text(t.CurrentData),
		app.Dl().Class("facts").Body(
			app.Dt().Text(t.NameLabel), app.Dd().ID("ds-name").Text(pv.Name),
			app.If(pv.Source != "" || pv.Format != "", func() app.UI {
				return app.Div().Body(app.Dt().Text(t.SourceLabel), app.Dd().Text(report.SourceText(pv, report.Lang(st.Lang))))
			}),
			app.If(report.NoteText(pv, report.Lang(st.Lang)) != "", func() app.UI {
				return app.Div().Body(app.Dt().Text(t.NoteLabel), app.Dd().Text(report.NoteText(pv, report.Lang(st.Lang))))
			}),
			app.Dt().Text(t.KindLabel), app.Dd().Text(t.Kind(pv.Illustrative)),
			app.Dt().Text(t.MunicipalitiesLabel), app.Dd().Text(view.FormatInt(len(ds.Municipalities), l)),
			app.Dt().Text(t.PeriodsLabel), app.Dd().Body(app.Range(ds.Periods).Slice(func(i int) app.UI {
				p := &ds.Periods[i]
				return app.Span().Class("chip").Text(t.PeriodName(p) + " (" + p.Code + ")")
			})),
		),
	)
}

// importPanel imports Jobindsats files: dropped or chosen.
func (p *dataPage) importPanel() app.UI {
	st := p.state()
	t := st.T()
	return app.Section().Class("panel").ID("import").Body(
		app.H2().Text(t.ImportTitle),
		app.P().Class("help").Text(t.ImportHelp),
		app.P().Class("help").Text(t.D().FilesHelp),
		p.needHint(),
		app.Div().ID("dropzone").Class("dropzone").
			OnDragOver(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				ctx.JSSrc().Get("classList").Call("add", "over")
				ctx.PreventUpdate()
			}).
			OnDragLeave(func(ctx app.Context, e app.Event) {
				ctx.JSSrc().Get("classList").Call("remove", "over")
				ctx.PreventUpdate()
			}).
			OnDrop(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				ctx.JSSrc().Get("classList").Call("remove", "over")
				p.readFiles(ctx, e.Get("dataTransfer").Get("files"))
			}).
			Body(
				app.P().Text(t.DropHere),
				app.Label().For("file").Class("btn").Text(t.ChooseFile),
				app.Input().Type("file").ID("file").Class("visually-hidden").Multiple(true).
					Accept(".json,.jsonl,.ndjson,.csv,.txt,.xlsx,.zip,application/json,text/csv,text/plain,application/zip").
					OnChange(func(ctx app.Context, e app.Event) {
						p.readFiles(ctx, ctx.JSSrc().Get("files"))
						ctx.JSSrc().Set("value", "")
					}),
			),
		p.askBenefit(),
		app.If(st.Reading() != "", func() app.UI {
			return app.P().ID("import-reading").Class("small").Attr("role", "status").Text(st.Reading())
		}),
		app.If(st.ImportError != "", func() app.UI {
			return app.Div().ID("import-error").Class("error").Attr("role", "alert").Body(
				app.P().Text(st.ImportError),
				app.P().Class("small").Text(t.DataKept),
			)
		}),
		app.If(st.ImportOK != "", func() app.UI {
			return app.Div().ID("import-ok").Class("ok").Attr("role", "status").Body(
				app.P().Text(st.ImportOK),
				app.A().Href(p.href(view.TabRanking, nil)).Class("btn").Text(t.ShowRanking),
			)
		}),
		app.If(len(st.ImportWarnings) > 0, func() app.UI {
			return app.Details().ID("import-warnings").Class("warnings").Body(
				app.Summary().Text(t.WarningsCount(len(st.ImportWarnings))),
				app.Ul().Body(app.Range(st.ImportWarnings).Slice(func(i int) app.UI {
					return app.Li().Text(st.ImportWarnings[i])
				})),
			)
		}),
	)
}

// datasetsPanel lists the datasets kept in the browser.
func (p *dataPage) datasetsPanel() app.UI {
	st := p.state()
	t := st.T()
	l := st.Lang
	list := st.Datasets()
	return app.Section().Class("panel").ID("datasets").Body(
		app.H2().Text(t.DatasetsTitle),
		app.P().Class("help").Text(t.DatasetsHelp),
		scrollRegion(t.DatasetsTitle).Body(app.Table().Class("rank").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(t.NameLabel),
				app.Th().Scope("col").Text(t.AddedLabel),
				app.Th().Scope("col").Class("num").Text(t.PeriodsLabel),
				app.Th().Scope("col").Class("num").Text(t.SizeLabel),
				app.Th().Scope("col").Text(t.ActionsLabel),
			)),
			app.TBody().Body(app.Range(list).Slice(func(i int) app.UI {
				d := list[i]
				cur := d.ID == st.DatasetID
				tr := app.Tr().DataSet("ds", d.ID)
				if cur {
					tr = tr.Class("pinned")
				}
				added, size := d.Added, "–"
				if d.Bytes > 0 {
					size = view.FormatNumber(float64(d.Bytes)/1024, 0, l) + " kB"
				}
				if d.ID == view.DemoID {
					added = t.BuiltIn
				} else if d.Files > 1 {
					added += " · " + view.FormatInt(d.Files, l) + " " + t.D().FilesCount
				}
				return tr.Body(
					app.Th().Scope("row").Text(d.Name),
					app.Td().Text(added),
					app.Td().Class("num").Text(view.FormatInt(d.Periods, l)),
					app.Td().Class("num").Text(size),
					app.Td().Class("actions").Body(
						app.If(cur, func() app.UI {
							return app.Span().Class("muted").Text(t.InUse)
						}).Else(func() app.UI {
							return app.Button().Class("btn", "small", "use").Text(t.Use).
								Attr("aria-label", t.Use+" "+d.Name).
								OnClick(func(ctx app.Context, e app.Event) {
									st.UseDataset(d.ID)
									p.step(ctx, true)
								}, app.EventScope(d.ID))
						}),
						app.If(d.ID != view.DemoID, func() app.UI { return p.deleteButtons(d) }),
					),
				)
			})),
		)),
	)
}

// exportPanel downloads the ranking as CSV.
func (p *dataPage) exportPanel() app.UI {
	st := p.state()
	t := st.T()
	return app.Section().Class("panel").ID("export").Body(
		app.H2().Text(t.ExportTitle),
		app.P().Class("help").Text(t.ExportHelp),
		app.Div().Class("exports").Body(
			app.Button().ID("csv-table-2").Class("btn").Text(t.ExportTable).
				OnClick(func(ctx app.Context, e app.Event) { download(st.CSVFileName(false), st.CSVTable()) }),
			app.Button().ID("csv-full-2").Class("btn").Text(t.ExportFull).
				OnClick(func(ctx app.Context, e app.Event) { download(st.CSVFileName(true), st.CSVFull()) }),
		),
	)
}

// readFiles reads the Files chosen or dropped by the user and imports
// them, one after the other.
func (p *dataPage) readFiles(ctx app.Context, list app.Value) {
	st := p.state()
	if !list.Truthy() || list.Length() == 0 {
		return
	}
	n := list.Length()
	files := make([]view.NamedFile, n)
	left := n
	for i := 0; i < n; i++ {
		file := list.Index(i)
		name := file.Get("name").String()
		limit := view.MaxImportBytes
		if strings.HasSuffix(strings.ToLower(name), ".zip") {
			limit = dataset.MaxBundleBytes
		}
		if size := file.Get("size").Int(); size > limit {
			st.ImportError = st.T().TooLarge(name, size, limit)
			st.ImportOK, st.ImportWarnings = "", nil
			st.Rev++
			return
		}
		file.Call("arrayBuffer").Then(func(v app.Value) {
			b := make([]byte, v.Get("byteLength").Int())
			app.CopyBytesToGo(b, app.Window().Get("Uint8Array").New(v))
			ctx.Dispatch(func(ctx app.Context) {
				files[i] = view.NamedFile{Name: name, Data: b}
				if left--; left == 0 {
					st.ImportFiles(files)
					p.step(ctx, true)
				}
			})
		})
	}
}
