package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/dataset"
)

// filesPanel lists the current dataset's files, what each gives and what
// is still missing, with a button to remove each companion file.
func (r *Root) filesPanel() app.UI {
	st := r.state()
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
						periods += " – " + f.Periods[n-1] + " (" + FormatInt(n, l) + ")"
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
					app.Td().Class("num").Text(FormatInt(f.Munis, l)),
					app.Td().Class("unlocks").Text(t.LeverList(f.Unlocks)),
					app.Td().Class("actions").Body(
						app.Button().Class("btn", "small", "ghost", "remove").Text(d.Remove).
							Attr("aria-label", d.RemoveFileLabel+" "+f.Name).
							OnClick(func(ctx app.Context, e app.Event) {
								st.RemoveFile(f.ID)
								r.step(ctx, true)
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
func (r *Root) needHint() app.UI {
	st := r.state()
	t := st.T()
	if st.Data.Need == "" {
		return nil
	}
	return app.P().ID("need").Class("banner", "notice").Attr("role", "note").
		Text(strings.TrimSpace(fmt.Sprintf(t.D().NeedFmt, t.LeverList([]string{st.Data.Need}), t.ImportFor(st.Data.Need))))
}

// askBenefit asks which benefit a file holds when the file does not say.
func (r *Root) askBenefit() app.UI {
	st := r.state()
	a := st.Data.Ask
	if a == nil {
		return nil
	}
	d := st.T().D()
	answer := func(benefit string) func(app.Context, app.Event) {
		return func(ctx app.Context, e app.Event) {
			st.ImportAs(a.Name, a.data, benefit)
			r.step(ctx, true)
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
func (r *Root) templatePanel() app.UI {
	st := r.state()
	d := st.T().D()
	tpl := dataset.Template(st.Lang)
	return app.Section().Class("panel").ID("template").Body(
		app.H2().Text(d.TemplateButton),
		app.P().Class("help").Text(d.TemplateHelp),
		app.Button().ID("template-csv").Class("btn").Text(d.TemplateButton).Disabled(len(tpl) == 0).
			OnClick(func(ctx app.Context, e app.Event) {
				name := "benchmark-skabelon.csv"
				if st.Lang == LangEN {
					name = "benchmark-template.csv"
				}
				download(name, dataset.Template(st.Lang))
			}),
	)
}

// storagePanel says how much of the browser's storage the kept files use.
func (r *Root) storagePanel() app.UI {
	st := r.state()
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
		return FormatNumber(float64(n)/(1<<30), 1, lang) + " GB"
	case n >= 1<<20:
		return FormatNumber(float64(n)/(1<<20), 1, lang) + " MB"
	}
	return FormatNumber(float64(n)/1024, 0, lang) + " kB"
}

// bundlePanel saves the view with its data as one file.
func (r *Root) bundlePanel() app.UI {
	st := r.state()
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
