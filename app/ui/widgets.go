package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/text"
	"benchsim/app/ui/view"
	"benchsim/calc"
)

// num formats a number for an input's value attribute (always a point).
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// inputValue reads an input's value as a number; canonical is false when
// the text is not yet a finished number ("0.", "0.0"), so a field being
// typed in is not overwritten mid-number.
func inputValue(ctx app.Context) (v float64, canonical, ok bool) {
	s := ctx.JSSrc().Get("value").String()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false, false
	}
	return v, num(v) == s, true
}

// slider is a labelled range input and number input for one value, with
// its unit and (optionally) the source of its default. set is called on
// every input; the URL entry is replaced while dragging and pushed when
// the gesture ends.
type slider struct {
	id, label, unit string
	value           float64
	min, max, step  float64
	source          string // where the default comes from; "" for none
	def             string // the default, formatted; "" for none
	// key identifies what set changes beyond id (e.g. a municipality code):
	// go-app keeps an element's old handler unless its scope changes.
	key string
	set func(float64) error
}

func (k kit) slider(s slider) app.UI {
	t := k.state().T()
	onInput := func(ctx app.Context, e app.Event) {
		v, canonical, ok := inputValue(ctx)
		if !ok || !canonical {
			ctx.PreventUpdate()
			return
		}
		defer timeInput()()
		s.set(v)
		k.dragged(ctx)
		if k.patchNow() {
			k.renderAfterPaint(ctx)
		}
	}
	onChange := func(ctx app.Context, e app.Event) {
		if v, _, ok := inputValue(ctx); ok {
			s.set(v)
		}
		k.released(ctx)
	}
	scope := app.EventScope(s.id, s.key)
	return app.Div().Class("field", "slider").ID("f-"+s.id).Body(
		app.Label().For(s.id+"-num").Text(s.label),
		app.Div().Class("pair").Body(
			app.Input().Type("range").ID(s.id+"-range").
				Attr("aria-label", s.label).
				Min(num(s.min)).Max(num(s.max)).Step(s.step).Value(num(s.value)).
				OnInput(onInput, scope).OnChange(onChange, scope),
			app.Input().Type("number").ID(s.id+"-num").Class("number").
				Min(num(s.min)).Max(num(s.max)).Step(s.step).Value(num(s.value)).
				OnInput(onInput, scope).OnChange(onChange, scope),
			app.If(s.unit != "", func() app.UI { return app.Span().Class("unit").Text(s.unit) }),
		),
		app.If(s.source != "", func() app.UI {
			return app.Details().Class("source").Body(
				app.Summary().Text(t.SourceOf(s.def)),
				app.P().Text(s.source),
			)
		}),
	)
}

// paramSlider is a slider for a parameter of calc.Parameters, showing its
// label, unit, default and source in the current language.
func (k kit) paramSlider(id, paramID string, value float64, step float64, set func(float64) error) app.UI {
	st := k.state()
	p, _ := calc.ParamInfo(paramID)
	return k.slider(slider{
		id: id, label: paramLabel(p, st.Lang), unit: paramUnit(p, st.Lang), value: value,
		min: p.Min, max: p.Max, step: step, source: p.Source,
		def: view.FormatNumber(p.Value, view.DecimalsOf(p.Value), st.Lang), set: set,
	})
}

func paramLabel(p calc.Parameter, lang string) string { return text.ParamLabel(p.ID, text.Lang(lang)) }

func paramUnit(p calc.Parameter, lang string) string { return text.ParamUnit(p.ID, text.Lang(lang)) }

// checkbox is a labelled checkbox.
func (k kit) checkbox(id, label string, checked bool, set func(bool)) app.UI {
	return app.Div().Class("check").Body(
		app.Input().Type("checkbox").ID(id).Checked(checked).
			OnChange(func(ctx app.Context, e app.Event) {
				set(ctx.JSSrc().Get("checked").Bool())
				k.step(ctx, true)
			}, app.EventScope(id)),
		app.Label().For(id).Text(label),
	)
}

// radios is a group of radio buttons with a legend.
func (k kit) radios(name, legend string, values, labels []string, cur string, set func(string)) app.UI {
	return app.FieldSet().Class("radios").Body(
		app.Legend().Text(legend),
		app.Range(values).Slice(func(i int) app.UI {
			v := values[i]
			id := name + "-" + v
			if v == "" {
				id = name + "-default"
			}
			return app.Div().Class("radio").Body(
				app.Input().Type("radio").Name(name).ID(id).Value(v).Checked(v == cur).
					OnChange(func(ctx app.Context, e app.Event) {
						set(v)
						k.step(ctx, true)
					}, app.EventScope(id)),
				app.Label().For(id).Text(labels[i]),
			)
		}),
	)
}

// muniSelect chooses a municipality. It is a component, so that its 98
// options are rebuilt only when the choice, the data or the language
// changes, not on every drag of a slider next to it.
func (k kit) muniSelect(id, label string, cur int, set func(int)) app.UI {
	st := k.state()
	return &muniSelect{ID: id, Label: label, Cur: cur, DS: st.DatasetID, root: k.root, set: set}
}

type muniSelect struct {
	app.Compo

	ID, Label, DS string
	Cur           int

	root *Root
	set  func(int) // the first one is kept: it must not capture render-time values
}

// CompoID keeps one select from taking over another's handler.
func (c *muniSelect) CompoID() string { return c.ID }

func (c *muniSelect) Render() app.UI {
	st := c.root.state()
	ds := st.Dataset()
	order := st.MunicipalitiesByName()
	return app.Div().Class("field").Body(
		app.Label().For(c.ID).Text(c.Label),
		app.Select().ID(c.ID).
			OnChange(c.changed).
			Body(app.Range(order).Slice(func(i int) app.UI {
				m := ds.Municipalities[order[i]]
				return app.Option().Value(m.Code).Selected(m.Code == c.Cur).Text(m.Name)
			})),
	)
}

func (c *muniSelect) changed(ctx app.Context, e app.Event) {
	if code, err := strconv.Atoi(ctx.JSSrc().Get("value").String()); err == nil {
		c.set(code)
	}
	c.root.step(ctx, true)
}

// areaSelect chooses an area among the given ones; key is what set changes
// beyond id (see slider.key).
func (k kit) areaSelect(id, key, label string, areas []calc.Area, cur calc.Area, set func(calc.Area)) app.UI {
	t := k.state().T()
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Select().ID(id).
			OnChange(func(ctx app.Context, e app.Event) {
				if a, err := calc.ParseArea(ctx.JSSrc().Get("value").String()); err == nil {
					set(a)
				}
				k.step(ctx, true)
			}, app.EventScope(id, key)).
			Body(app.Range(areas).Slice(func(i int) app.UI {
				a := areas[i]
				return app.Option().Value(a.ID()).Selected(a == cur).Text(t.AreaName(a))
			})),
	)
}

// numberField is a labelled number input without a slider; key is what set
// changes beyond id (see slider.key).
func (k kit) numberField(id, key, label, unit string, value, min, max, step float64, set func(float64) error) app.UI {
	scope := app.EventScope(id, key)
	onInput := func(ctx app.Context, e app.Event) {
		v, canonical, ok := inputValue(ctx)
		if !ok || !canonical {
			ctx.PreventUpdate()
			return
		}
		set(v)
		k.dragged(ctx)
	}
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Div().Class("pair").Body(
			app.Input().Type("number").ID(id).Class("number").
				Min(num(min)).Max(num(max)).Step(step).Value(num(value)).
				OnInput(onInput, scope).
				OnChange(func(ctx app.Context, e app.Event) {
					if v, _, ok := inputValue(ctx); ok {
						set(v)
					}
					k.released(ctx)
				}, scope),
			app.If(unit != "", func() app.UI { return app.Span().Class("unit").Text(unit) }),
		),
	)
}

func boolStr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
