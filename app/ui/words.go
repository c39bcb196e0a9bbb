package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/text"
	"benchsim/calc"
)

// ---- prices: "Efter pris" and the price presets ----

// SetPricePreset sets the scenario's prices to one of calc.PricePresets.
func (s *State) SetPricePreset(id string) error {
	if _, ok := calc.PricePresetByID(id); !ok {
		return nil
	}
	return s.change(func(sc *calc.Scenario) { sc.SetPricePreset(id) })
}

// costNote says, when "Efter pris" is chosen with equal prices, that it
// then equals the volume weighting, and offers the teaching prices.
func (r *Root) costNote() app.UI {
	st := r.state()
	if !st.Result().CostWeightingIsVolume() {
		return nil
	}
	ct := CmpMsg(st.Lang)
	return app.Div().ID("cost-note").Class("note").Attr("role", "note").Body(
		app.P().Text(text.CostEqualsVolume(st.Lang)),
		app.P().Body(
			app.Button().ID("use-teaching").Class("btn", "small").Text(ct.UseTeaching).
				OnClick(func(ctx app.Context, e app.Event) {
					st.SetPricePreset(calc.PricesTeaching)
					r.step(ctx, true)
				}),
			app.Text(" "),
			// A button, not a link: the panel is cached, and a link would
			// keep the address of the render it was made in.
			app.Button().ID("to-prices").Class("btn", "small", "ghost").Text(ct.ToPrices).
				OnClick(func(ctx app.Context, e app.Event) {
					if el := app.Window().GetElementByID("p-prices"); el.Truthy() {
						el.Call("scrollIntoView")
						if f := app.Window().GetElementByID("price-" + calc.DP.ID()); f.Truthy() {
							f.Call("focus", map[string]any{"preventScroll": true})
						}
					}
				}),
		),
	)
}

// pricePresets are the labelled price presets, each one click away, with
// its source and caveat.
func (r *Root) pricePresets() app.UI {
	st := r.state()
	ct := CmpMsg(st.Lang)
	cur := st.Scenario.PricePreset()
	return app.Div().Class("presets").ID("price-presets").Body(
		app.P().Class("help").Text(ct.PresetsLabel),
		app.Range(calc.PricePresets).Slice(func(i int) app.UI {
			p := calc.PricePresets[i]
			label, source, caveat := text.PricePreset(p, st.Lang)
			return app.Div().Class("preset").Body(
				app.Button().ID("prices-"+p.ID).Class("btn", "small").Attr("aria-pressed", boolStr(cur == p.ID)).Text(label).
					OnClick(func(ctx app.Context, e app.Event) {
						st.SetPricePreset(p.ID)
						r.step(ctx, true)
					}, app.EventScope(p.ID)),
				app.Details().Class("source").Body(
					app.Summary().Text(ct.SourceAndCaveat),
					app.P().Text(source),
					app.P().Text(caveat),
				),
			)
		}),
	)
}

func boolStr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// ---- the result in words ----

// explainCache keeps the explainer of one result: its rank intervals and
// lever runs are computed once per result, not once per render.
type explainCache struct {
	res *calc.Result
	x   *calc.Explainer
}

// Explanation is the short paragraph about municipality code's total in
// the current scenario (calc.Explainer worded by app/text), "" when the
// dataset has no such municipality.
func (s *State) Explanation(code int) string {
	i := s.ds.MunicipalityIndex(code)
	if i < 0 {
		return ""
	}
	if s.explain.res != s.res {
		s.explain = explainCache{res: s.res, x: calc.NewExplainer(s.res, nil)}
	}
	return text.Explanation(s.ds, s.explain.x.Explain(i), s.Lang)
}

// muniWordsSection is the paragraph's cached section.
func (r *Root) muniWordsSection(code int) app.UI {
	st := r.state()
	base := st.Lang + "|" + st.DatasetID + "|" + st.Period().Code + "|" + strconv.Itoa(code) + "|"
	key := base + st.Scenario.Encode()
	// While a slider is dragged the paragraph keeps its words: calc's
	// explainer (rank intervals and a run per lever group) costs more
	// than a frame for every step (10–40 ms natively). They follow when
	// the drag ends or pauses (holdWords).
	if r.wordsHeld && strings.HasPrefix(r.wordsKey, base) {
		key = r.wordsKey
	}
	r.wordsKey = key
	return cached("m-words", key, r.muniWords)
}

// wordsPause is how long a drag must pause before the paragraph follows.
const wordsPause = 250 * time.Millisecond

// holdWords keeps the paragraph's words while a slider moves (called on
// every input of a drag), until the drag pauses for wordsPause or ends
// (releaseWords). The pause is timed, not left to the change event alone:
// go-app may run a change handler before the input handler of the same
// gesture, and the paragraph must never stay behind.
func (r *Root) holdWords() {
	r.wordsHeld = true
	r.stopWordsTimer()
	if r.wordsFn == nil {
		r.wordsFn = app.FuncOf(func(this app.Value, args []app.Value) any {
			r.wordsTimer = nil
			r.wordsHeld = false
			// Through the root's own context: the slider that started
			// the drag may be gone.
			r.mountCtx.Dispatch(nil)
			return nil
		})
	}
	r.wordsTimer = app.Window().Call("setTimeout", r.wordsFn, wordsPause.Milliseconds())
}

// releaseWords lets the paragraph follow the scenario again.
func (r *Root) releaseWords() {
	r.wordsHeld = false
	r.stopWordsTimer()
}

func (r *Root) stopWordsTimer() {
	if r.wordsTimer != nil && r.wordsTimer.Truthy() {
		app.Window().Call("clearTimeout", r.wordsTimer)
	}
	r.wordsTimer = nil
}

// muniWords is the municipality page's paragraph, also in its handout. It
// reads the municipality from the state (a cached section keeps its first
// function).
func (r *Root) muniWords() app.UI {
	st := r.state()
	code := st.Muni
	if code == 0 || st.ds.MunicipalityIndex(code) < 0 {
		code = st.EditMunicipality()
	}
	ct := CmpMsg(st.Lang)
	return app.Section().Class("panel", "words").ID("m-words").Body(
		app.H2().Text(ct.InWords),
		app.P().ID("explanation").Text(st.Explanation(code)),
	)
}
