package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/report"
	"benchsim/app/ui/view"
	"benchsim/calc"
)

// comparePage is the Sammenlign page: the saved scenarios, the chosen ones
// with their headlines and who-moves bars, and the comparison table.
type comparePage struct{ kit }

func newComparePage(r *Root) *comparePage { return &comparePage{kit{r}} }

// Render draws the page.
func (p *comparePage) Render() app.UI {
	st := p.state()
	ct := view.CmpMsg(st.Lang)
	c, err := st.Compare.Comparison()
	return app.Div().Class("page", "compare").Body(
		app.Div().Class("page-head").Body(
			app.H1().Text(ct.CompareTitle),
			app.Div().Class("head-tools").Body(p.periodSelect("c-period")),
		),
		app.P().Class("lead").Text(ct.CompareLead),
		app.Div().Class("cmp-top").Body(
			p.compareChosen(),
			p.savedPanel(),
		),
		app.If(err != nil, func() app.UI {
			return app.P().ID("compare-error").Class("error").Attr("role", "alert").Text(ct.CompareFailed(err, st.Lang))
		}),
		app.If(c != nil, func() app.UI { return p.compareResult(c) }).
			ElseIf(err == nil, func() app.UI { return app.P().ID("compare-empty").Class("help").Text(ct.CompareEmpty) }),
	)
}

// compareChosen lists the compared scenarios with a button to take each
// out, and adds the current scenario.
func (p *comparePage) compareChosen() app.UI {
	st := p.state()
	ct := view.CmpMsg(st.Lang)
	items := st.Compare.Items
	return app.Section().Class("panel").ID("cmp-chosen").Body(
		app.H2().Text(ct.ChosenTitle),
		app.Ol().Class("levers-list").ID("cmp-list").Body(app.Range(items).Slice(func(k int) app.UI {
			name := displayName(items[k].Name, k, st.Lang)
			return app.Li().Body(
				app.Span().Text(name),
				app.Button().Class("btn", "small", "ghost").ID("cmp-remove-"+strconv.Itoa(k+1)).Text(ct.TakeOut).
					Attr("aria-label", ct.TakeOut+" "+name).
					OnClick(func(ctx app.Context, e app.Event) {
						st.Compare.Remove(k)
						p.step(ctx, true)
					}, app.EventScope(strconv.Itoa(k))),
			)
		})),
		app.Button().ID("cmp-add-current").Class("btn", "small").Text(ct.AddCurrent).
			Disabled(!st.Compare.CanAdd()).
			OnClick(func(ctx app.Context, e app.Event) {
				st.Compare.AddCurrent()
				p.step(ctx, true)
			}),
		app.P().Class("help").Text(fmt.Sprintf(ct.UpToFmt, calc.MaxCompare)),
	)
}

func displayName(name string, k int, lang string) string {
	if strings.TrimSpace(name) == "" {
		return report.ScenarioName(k, report.Lang(lang))
	}
	return name
}

// compareResult shows a computed comparison: per scenario its headline and
// who-moves bars, then the sortable table and its CSV.
func (p *comparePage) compareResult(c *calc.Comparison) app.UI {
	st := p.state()
	ct := view.CmpMsg(st.Lang)
	names := st.Compare.Names()
	key := fmt.Sprint(st.Compare.CacheKey, "|", st.Lang, "|", st.Compare.Sort, "|", names)
	note := st.Compare.AreaNote()
	return app.Div().Class("cmp-result").Body(
		p.areaSwitch(),
		app.If(note != "", func() app.UI {
			return app.P().ID("compare-area-note").Class("note").Attr("role", "status").Text(note)
		}),
		app.Div().Class("cmp-scenarios").Body(app.Range(c.Results).Slice(func(k int) app.UI {
			res := c.Results[k]
			name := displayName(names[k], k, st.Lang)
			return app.Section().Class("panel", "cmp-scenario").ID("cmp-s"+strconv.Itoa(k+1)).Body(
				app.H2().Text(name),
				app.P().Class("muted", "cmp-query").Text(ct.QueryLabel+": "+orOfficial(res.Settings.Encode(), st.Lang)),
				p.headline(res, "c"+strconv.Itoa(k+1)+"-", res.Settings.Encode()),
				p.whoMoves(res, c.Area, k),
			)
		})),
		app.Div().Class("tools-row").Body(
			app.Div().Class("exports").Body(
				app.Button().ID("csv-compare").Class("btn", "small").Text(ct.ExportCompare).
					OnClick(func(ctx app.Context, e app.Event) { download(st.Compare.FileName(), st.Compare.CSV()) }),
			),
		),
		// The section keeps its first function: it reads the comparison
		// from the state, not from this render.
		cached("cmp-table", key, p.compareTableNow),
	)
}

func orOfficial(q, lang string) string {
	if q == "" || q == "v=1" {
		return view.MeetMsg(lang).OfficialModel
	}
	return q
}

// whoMoves is the who-moves figure of one compared scenario as bars in
// HTML: every municipality moving the threshold or more, biggest first.
func (p *comparePage) whoMoves(res *calc.Result, a calc.Area, k int) app.UI {
	st := p.state()
	ct := view.CmpMsg(st.Lang)
	l := report.Lang(st.Lang)
	movers := res.Movers(a, int(calc.Param(calc.ParamMoveThreshold)))
	most := 1
	for _, i := range movers {
		most = max(most, int(math.Abs(float64(res.RankChange(a, i)))))
	}
	return app.Figure().Class("cmp-moves").ID("cmp-moves-"+strconv.Itoa(k+1)).Body(
		app.FigCaption().Text(ct.WhoMoves),
		app.If(len(movers) == 0, func() app.UI { return app.P().Class("muted").Text(ct.NoRows) }),
		app.Div().Class("bars-wrap").TabIndex(0).Attr("role", "region").Attr("aria-label", ct.WhoMoves).Body(app.Ul().Class("bars").Body(app.Range(movers).Slice(func(j int) app.UI {
			i := movers[j]
			ch := res.RankChange(a, i)
			dir := "up"
			if ch < 0 {
				dir = "down"
			}
			w := 100 * math.Abs(float64(ch)) / float64(most)
			return app.Li().Class(dir).Body(
				app.Span().Class("bar-name").Text(res.Dataset.Municipalities[i].Name),
				app.Span().Class("bar-track").Attr("aria-hidden", "true").Body(
					app.Span().Class("bar").Style("width", strconv.FormatFloat(w, 'f', 1, 64)+"%"),
				),
				app.Span().Class("bar-value").Text(report.Signed(float64(ch), 0, l)),
			)
		}))),
	)
}

func (p *comparePage) compareTableNow() app.UI {
	c, err := p.state().Compare.Comparison()
	if err != nil || c == nil {
		return app.Div()
	}
	return p.compareTable(c)
}

// compareTable is the comparison table: sort buttons in every header, the
// sorted one with aria-sort.
func (p *comparePage) compareTable(c *calc.Comparison) app.UI {
	st := p.state()
	ct := view.CmpMsg(st.Lang)
	l := report.Lang(st.Lang)
	cols := report.CompareColumns(c, st.Compare.Names(), l)
	rows := report.CompareRows(c, st.Compare.Sort)
	key, desc := strings.CutPrefix(st.Compare.Sort, "-")
	if key == "" {
		key = report.ColOfficial
	}
	return app.Div().Class("tablewrap").TabIndex(0).Attr("role", "region").Attr("aria-labelledby", "cmp-caption").Body(
		app.Table().ID("compare").Class("rank", "cmp").Body(
			app.Caption().ID("cmp-caption").Text(fmt.Sprintf(ct.CaptionFmt, st.T().AreaName(c.Area), st.T().PeriodName(st.Period()))),
			app.THead().Body(app.Tr().Body(app.Range(cols).Slice(func(i int) app.UI {
				col := cols[i]
				th := app.Th().Scope("col").Class(col.Class)
				arrow := ""
				if col.ID == key {
					arrow = " ▲"
					sort := "ascending"
					if desc {
						arrow, sort = " ▼", "descending"
					}
					th = th.Attr("aria-sort", sort)
				}
				id := col.ID
				return th.Body(app.Button().Class("sort").DataSet("col", id).Title(st.T().SortBy(col.Title)).
					OnClick(func(ctx app.Context, e app.Event) {
						st.Compare.SetSort(id)
						p.step(ctx, true)
					}, app.EventScope(id)).
					Body(app.Text(col.Title), app.Span().Class("arrow").Attr("aria-hidden", "true").Text(arrow)))
			}))),
			app.TBody().Body(app.Range(rows).Slice(func(j int) app.UI {
				row := &rows[j]
				return app.Tr().DataSet("code", c.Results[0].Dataset.Municipalities[row.Index].Code).Body(
					app.Range(cols).Slice(func(i int) app.UI {
						col := cols[i]
						cls := col.Class
						if col.ID != "" && strings.HasPrefix(col.ID, "change") {
							switch ch := row.Changes[col.Scenario]; {
							case ch > 0:
								cls += " up"
							case ch < 0:
								cls += " down"
							}
						}
						if col.ID == report.ColName {
							return app.Th().Scope("row").Class(cls).Text(col.Cell(row, report.Display, l))
						}
						return app.Td().Class(cls).Text(col.Cell(row, report.Display, l))
					}))
			})),
		),
	)
}

// savedPanel saves the current scenario under a name and lists the saved
// ones: open, compare, rename, duplicate, delete (with undo).
func (p *comparePage) savedPanel() app.UI {
	st := p.state()
	ct := view.CmpMsg(st.Lang)
	list := st.Saved.List()
	del, hasDel := st.Saved.LastDeleted()
	return app.Section().Class("panel").ID("saved").Body(
		app.H2().Text(ct.SavedTitle),
		app.Div().Class("field").Body(
			app.Label().For("save-name").Text(ct.SaveLabel),
			app.Div().Class("pair").Body(
				app.Input().Type("text").ID("save-name").Class("text").Placeholder(ct.SavePlaceholder).MaxLength(60),
				app.Button().ID("save").Class("btn").Text(ct.Save).
					OnClick(func(ctx app.Context, e app.Event) {
						in := app.Window().GetElementByID("save-name")
						st.Saved.Save(in.Get("value").String())
						in.Set("value", "")
					}),
			),
		),
		app.If(st.Saved.Error != "", func() app.UI {
			return app.P().ID("saved-error").Class("error").Attr("role", "alert").Text(st.Saved.Error)
		}),
		app.If(hasDel, func() app.UI {
			return app.P().ID("saved-deleted").Class("saved-status").Attr("role", "status").Body(
				app.Text(fmt.Sprintf(ct.DeletedFmt, del.Name)+" "),
				app.Button().ID("saved-undo").Class("btn", "small").Text(ct.Undo).
					OnClick(func(ctx app.Context, e app.Event) { st.Saved.UndoDelete() }),
			)
		}),
		app.If(len(list) == 0, func() app.UI { return app.P().Class("help").Text(ct.NoneSaved) }),
		app.Ul().Class("saved-list").ID("saved-list").Body(app.Range(list).Slice(func(i int) app.UI {
			return p.savedItem(list[i])
		})),
	)
}

func (p *comparePage) savedItem(x view.SavedScenario) app.UI {
	st := p.state()
	ct := view.CmpMsg(st.Lang)
	id := x.ID
	other := x.Dataset != st.DatasetID
	btn := func(suffix, label string, disabled bool, f func()) app.UI {
		return app.Button().ID("saved-"+suffix+"-"+id).Class("btn", "small", "ghost").Text(label).
			Attr("aria-label", label+" "+x.Name).Disabled(disabled).
			OnClick(func(ctx app.Context, e app.Event) {
				f()
				p.step(ctx, true)
			}, app.EventScope(id))
	}
	var name app.UI = app.Strong().Class("saved-name").Text(x.Name)
	if st.Saved.Renaming == id {
		name = app.Input().Type("text").ID("rename-"+id).Class("text").Value(x.Name).MaxLength(60).
			Attr("aria-label", ct.Rename+" "+x.Name).AutoFocus(true).
			OnChange(func(ctx app.Context, e app.Event) {
				st.Saved.Rename(id, ctx.JSSrc().Get("value").String())
				p.step(ctx, true)
			}, app.EventScope(id))
	}
	return app.Li().ID("saved-"+id).DataSet("name", x.Name).Body(
		name,
		app.Span().Class("muted", "saved-meta").Text(" "+orOfficial(x.Query, st.Lang)),
		app.If(other, func() app.UI { return app.Span().Class("muted").Text(" · " + ct.OtherDataset) }),
		app.Div().Class("saved-tools").Body(
			btn("open", ct.Open, false, func() { st.Saved.Open(id) }),
			btn("compare", ct.AddToCompare, other || !st.Compare.CanAdd() || st.Compare.HasSaved(id), func() {
				st.Compare.AddSaved(id)
				st.SetTab(view.TabCompare)
			}),
			btn("rename", ct.Rename, false, func() { st.Saved.SetRenaming(id) }),
			btn("copy", ct.Duplicate, false, func() { st.Saved.Duplicate(id) }),
			btn("delete", ct.Delete, false, func() { st.Saved.Delete(id) }),
		),
	)
}
