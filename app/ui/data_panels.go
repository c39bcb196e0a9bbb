package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/dataset"
	"benchsim/app/ui/view"
)

// filesPanel lists the current dataset's files, what each gives and what
// is still missing, with a button to remove each companion file.
func (p *dataPage) filesPanel() app.UI {
	st := p.state()
	t := st.T()
	d := t.D()
	l := st.Lang
	files := st.Files()
	if len(files) == 0 {
		return nil
	}
	missing := st.MissingLevers()
	return app.Section().Class("panel").ID("files").Body(
		app.H2().Text(d.FilesTitle),
		scrollRegion(d.FilesTitle).Body(app.Table().Class("rank").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(d.FileLabel),
				app.Th().Scope("col").Text(d.TableLabel),
				app.Th().Scope("col").Text(t.PeriodsLabel),
				app.Th().Scope("col").Class("num").Text(t.MunicipalitiesLabel),
				app.Th().Scope("col").Text(d.UnlocksLabel),
				app.Th().Scope("col").Text(t.ActionsLabel),
			)),
			app.TBody().Body(app.Range(files).Slice(func(i int) app.UI {
				f := files[i]
				periods := "–"
				if n := len(f.Periods); n > 0 {
					periods = f.Periods[0]
					if n > 1 {
						periods += " – " + f.Periods[n-1] + " (" + view.FormatInt(n, l) + ")"
					}
				}
				table := f.Table
				if f.Benefit != "" {
					table += " (" + f.Benefit + ")"
				}
				return app.Tr().DataSet("file", f.ID[:12]).DataSet("table", f.Table).Body(
					app.Th().Scope("row").Text(f.Name),
					app.Td().Text(table+" · "+d.Kinds[f.Kind]),
					app.Td().Text(periods),
					app.Td().Class("num").Text(view.FormatInt(f.Munis, l)),
					app.Td().Class("unlocks").Text(t.LeverList(f.Unlocks)),
					app.Td().Class("actions").Body(
						app.Button().Class("btn", "small", "ghost", "remove").Text(d.Remove).
							Attr("aria-label", d.RemoveFileLabel+" "+f.Name).
							OnClick(func(ctx app.Context, e app.Event) {
								st.RemoveFile(f.ID)
								p.step(ctx, true)
							}, app.EventScope(f.ID)),
					),
				)
			})),
		)),
		app.If(st.Data.Removed != nil, func() app.UI {
			return app.P().ID("removed").Class("ok").Attr("role", "status").Text(st.RemovedText())
		}),
		app.H3().Text(d.MissingTitle),
		app.If(len(missing) == 0, func() app.UI {
			return app.P().ID("missing-none").Text(d.NothingMissing)
		}).Else(func() app.UI {
			return app.Ul().ID("missing").Body(app.Range(missing).Slice(func(i int) app.UI {
				id := missing[i]
				li := app.Li().DataSet("lever", id)
				if id == st.Data.Need {
					li = li.Class("need")
				}
				return li.Body(app.Strong().Text(t.LeverList([]string{id})), app.Text(": "+t.ImportFor(id)))
			}))
		}),
	)
}

// needHint points at the import for the lever the user came for (need=).
func (p *dataPage) needHint() app.UI {
	st := p.state()
	t := st.T()
	if st.Data.Need == "" {
		return nil
	}
	return app.P().ID("need").Class("banner", "notice").Attr("role", "note").
		Text(strings.TrimSpace(fmt.Sprintf(t.D().NeedFmt, t.LeverList([]string{st.Data.Need}), t.ImportFor(st.Data.Need))))
}

// askBenefit asks which benefit a file holds when the file does not say.
func (p *dataPage) askBenefit() app.UI {
	st := p.state()
	a := st.Data.Ask
	if a == nil {
		return nil
	}
	d := st.T().D()
	answer := func(benefit string) func(app.Context, app.Event) {
		return func(ctx app.Context, e app.Event) {
			st.ImportAs(a.Name, a.Data, benefit)
			p.step(ctx, true)
		}
	}
	return app.Div().ID("ask-benefit").Class("ok").Attr("role", "alert").Body(
		app.P().Text(fmt.Sprintf(d.AskBenefit, a.Name)),
		app.Button().ID("benefit-fp").Class("btn").Text(d.AskFP).OnClick(answer("fp")),
		app.Text(" "),
		app.Button().ID("benefit-flex").Class("btn").Text(d.AskFlex).OnClick(answer("flex")),
	)
}

// templatePanel hands out the template CSV.
func (p *dataPage) templatePanel() app.UI {
	st := p.state()
	d := st.T().D()
	tpl := dataset.Template(st.Lang)
	return app.Section().Class("panel").ID("template").Body(
		app.H2().Text(d.TemplateButton),
		app.P().Class("help").Text(d.TemplateHelp),
		app.Button().ID("template-csv").Class("btn").Text(d.TemplateButton).Disabled(len(tpl) == 0).
			OnClick(func(ctx app.Context, e app.Event) {
				name := "benchmark-skabelon.csv"
				if st.Lang == view.LangEN {
					name = "benchmark-template.csv"
				}
				download(name, dataset.Template(st.Lang))
			}),
	)
}

// storagePanel says how much of the browser's storage the kept files use.
func (p *dataPage) storagePanel() app.UI {
	st := p.state()
	t := st.T()
	d := t.D()
	info := st.Data.Storage
	kept := 0
	for _, b := range st.Library().Data() {
		kept += len(b)
	}
	return app.Section().Class("panel").ID("storage").Body(
		app.H2().Text(d.StorageTitle),
		app.If(info.Known, func() app.UI {
			text := fmt.Sprintf(d.StorageFmt, bytesText(int64(kept), st.Lang), bytesText(info.Used, st.Lang), bytesText(info.Quota, st.Lang))
			if info.Persistent {
				text += " " + d.StoragePersistent
			}
			return app.P().ID("storage-use").Text(text)
		}).Else(func() app.UI {
			return app.P().ID("storage-use").Text(fmt.Sprintf(d.StorageUnknown, bytesText(int64(kept), st.Lang)))
		}),
	)
}

func bytesText(n int64, lang string) string {
	switch {
	case n >= 1<<30:
		return view.FormatNumber(float64(n)/(1<<30), 1, lang) + " GB"
	case n >= 1<<20:
		return view.FormatNumber(float64(n)/(1<<20), 1, lang) + " MB"
	}
	return view.FormatNumber(float64(n)/1024, 0, lang) + " kB"
}

// bundlePanel saves the view with its data as one file.
func (p *dataPage) bundlePanel() app.UI {
	st := p.state()
	d := st.T().D()
	can := st.CanExport()
	return app.Section().Class("panel").ID("bundle").Body(
		app.H2().Text(d.BundleTitle),
		app.P().Class("help").Text(d.BundleHelp),
		app.Button().ID("bundle-save").Class("btn").Text(d.BundleButton).Disabled(!can).
			OnClick(func(ctx app.Context, e app.Event) {
				st.SaveBundle(func(name string, data []byte, err error) {
					if err != nil {
						st.ImportError = err.Error()
						st.Rev++
						return
					}
					downloadBlob(name, "application/zip", data)
				})
			}),
		app.If(!can, func() app.UI { return app.P().Class("small").Text(d.BundleDemo) }),
	)
}

// deleteButtons are a stored dataset's "Slet", or the question it asks.
func (p *dataPage) deleteButtons(d view.DatasetInfo) app.UI {
	st := p.state()
	t, mt := st.T(), view.MeetMsg(st.Lang)
	if st.ConfirmDelete != d.ID {
		return app.Button().Class("btn", "small", "ghost", "delete").Text(t.Delete).
			Attr("aria-label", t.Delete+" "+d.Name).
			OnClick(func(ctx app.Context, e app.Event) {
				st.AskDelete(d.ID)
				focusSoon("#confirm-delete")
			}, app.EventScope(d.ID))
	}
	return app.Span().Class("confirm").Attr("role", "group").Attr("aria-labelledby", "confirm-q").Body(
		app.Span().ID("confirm-q").Class("confirm-q").Text(fmt.Sprintf(mt.ConfirmDeleteFmt, d.Name)+" "),
		app.Button().ID("confirm-delete").Class("btn", "small", "danger").Text(mt.ConfirmDelete).
			OnClick(func(ctx app.Context, e app.Event) {
				st.ConfirmDeleteDataset(d.ID)
				p.step(ctx, true)
			}, app.EventScope("yes", d.ID)),
		app.Button().ID("cancel-delete").Class("btn", "small", "ghost").Text(mt.CancelDelete).
			OnClick(func(ctx app.Context, e app.Event) {
				st.CancelDelete()
				focusSoon(`#datasets tr[data-ds="` + d.ID + `"] button.delete`)
			}, app.EventScope("no", d.ID)),
	)
}
