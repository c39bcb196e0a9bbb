package ui

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/domtable"
)

// BenchmarkSliderInput is the Go work of one input of the target-caseload
// slider on the scenario page (`make bench`'s light drag): "lever" applies
// it (calc), "rows" builds the table's rows as the input handler's early
// patch does (patchNow, without the DOM writes), "summary" the summary's
// and the headline's texts (patchSummary's), "render" go-app's render of
// the page that follows the input (Root.Render: the tree go-app then
// compares; natively with go-app's own rows, in wasm with domtable's),
// and "input" all of them, in the order one input runs them.
func BenchmarkSliderInput(b *testing.B) {
	st := pageState(b)
	st.ApplyQuery("v=1&tab=scenario&m=336")
	r := &Root{st: st}
	k := kit{r}
	code := 336
	v := 0
	lever := func() {
		v = (v + 3) % 140
		if err := st.SetCaseload(code, st.CaseloadDefaults(code).From, float64(150-v)); err != nil {
			b.Fatal(err)
		}
	}
	memoRows = true // as in the browser
	defer func() { memoRows = false; clear(rowMemos) }()
	rows := func() []domtable.Row {
		p := newRankingPage(r)
		cols := p.rankCols(true)
		list := colList(cols)
		rows := p.tableRows(list)
		_ = list + string(fieldSep) + p.caption(len(rows))
		return p.liveRows(rows, cols)
	}
	summary := func() {
		_, _ = k.summaryTexts()
		res := st.Result()
		a, _ := headlineFigs(res, st.Area, st.Lang)
		_ = res.Headline(a)
	}
	render := func() { _ = app.FilterUIElems(r.Render()) }
	b.Run("lever", func(b *testing.B) {
		for range b.N {
			lever()
		}
	})
	b.Run("rows", func(b *testing.B) {
		for range b.N {
			lever()
			rows()
		}
	})
	b.Run("summary", func(b *testing.B) {
		for range b.N {
			lever()
			summary()
		}
	})
	b.Run("render", func(b *testing.B) {
		for range b.N {
			lever()
			render()
		}
	})
	b.Run("input", func(b *testing.B) {
		for range b.N {
			lever()
			rows()
			summary()
			render()
		}
	})
}
