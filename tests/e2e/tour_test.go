package e2e

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"benchsim/app/ui"
	"benchsim/calc"
	"benchsim/calc/demo"
)

// Municipalities the tour's steps are about.
const (
	tourLolland   = 360
	tourRudersdal = 230
	tourStevns    = 336
)

// tourShown is one number the tour shows: the element's id, the value calc
// gives for it and how it is written.
type tourShown struct {
	id   string
	want float64
	text string
}

func shownNum(id string, v float64, decimals int, lang string) tourShown {
	return tourShown{id, v, ui.FormatNumber(v, decimals, lang)}
}

// checkShown compares the numbers on the page (data-value: exact; text:
// formatted) with calc's.
func checkShown(t *testing.T, ctx context.Context, step int, shown []tourShown) {
	t.Helper()
	for _, s := range shown {
		got := eval[[]string](t, ctx, fmt.Sprintf(`(() => { const e = document.getElementById(%q);
			return e ? [e.dataset.value || '', e.textContent] : ['<missing>', '']; })()`, s.id))
		want := strconv.FormatFloat(s.want, 'f', -1, 64)
		if got[0] != want {
			t.Errorf("step %d: #%s has data-value %q, calc gives %s", step, s.id, got[0], want)
		}
		if got[1] != s.text {
			t.Errorf("step %d: #%s shows %q, want %q", step, s.id, got[1], s.text)
		}
	}
}

// tourExpected computes with calc, independently of the UI's code, what
// step n shows for scenario sc: the question's answer and the live numbers.
func tourExpected(t *testing.T, n int, sc calc.Scenario, lang string) (answer float64, shown []tourShown, rows map[string][]int) {
	t.Helper()
	ds := demo.Dataset()
	res, err := calc.Apply(ds, sc)
	if err != nil {
		t.Fatalf("step %d: calc.Apply(%s): %v", n, sc.Encode(), err)
	}
	tot, base := res.Scenario.Areas[calc.Total], res.Baseline.Areas[calc.Total]
	idx := ds.MunicipalityIndex
	rows = map[string][]int{}
	codes := func(is []int) []int {
		var out []int
		for _, i := range is {
			out = append(out, ds.Municipalities[i].Code)
		}
		return out
	}
	switch n {
	case 1:
		for _, code := range []int{tourLolland, tourRudersdal} {
			i, c := idx(code), strconv.Itoa(code)
			shown = append(shown,
				shownNum("t1-actual-"+c, tot[i].ActualShare, 2, lang),
				shownNum("t1-exp-bm-"+c, base[i].ExpectedShare, 2, lang),
				shownNum("t1-exp-model-"+c, tot[i].ExpectedShare, 2, lang),
				shownNum("t1-rank-bm-"+c, float64(base[i].Rank), 0, lang),
				shownNum("t1-rank-model-"+c, float64(tot[i].Rank), 0, lang))
		}
		answer = float64(tot[idx(tourLolland)].Rank)
	case 2:
		iv := calc.RankIntervals(res, calc.Total, int(calc.Param(calc.ParamDraws)), sc.Phi, ui.RankSimSeed)
		mid := res.Scenario.Order(calc.Total)[24:74]
		apart := 0
		for x, i := range mid {
			for _, j := range mid[x+1:] {
				if iv[i].Hi < iv[j].Lo || iv[j].Hi < iv[i].Lo {
					apart++
				}
			}
		}
		fu := calc.NewFunnel(res, calc.Total, sc.Phi)
		out95 := 0
		for _, e := range tot {
			if fu.Outside(calc.Param(calc.ParamZ95), e.DiffPP, e.Population) {
				out95++
			}
		}
		shown = append(shown, shownNum("t2-apart", float64(apart), 0, lang), shownNum("t2-out95", float64(out95), 0, lang))
		answer = float64(apart)
		for _, code := range []int{825, 741, 563, 492} {
			i := idx(code)
			rows["t2-islands"] = append(rows["t2-islands"], code, tot[i].Rank, iv[i].Lo, iv[i].Hi)
		}
	case 3:
		moved := float64(res.Moved(calc.Total, int(calc.Param(calc.ParamMoveThreshold))))
		shown = append(shown, shownNum("t3-moved", moved, 0, lang))
		answer = moved
		rows["t3-top"] = codes(res.Scenario.Order(calc.Total)[:10])
	case 4:
		i := idx(tourStevns)
		kl := sc.Clone()
		kl.Scope = calc.ScopeKL
		rkl, err := calc.Apply(ds, kl)
		if err != nil {
			t.Fatal(err)
		}
		kl.Transfers = nil
		rkl0, err := calc.Apply(ds, kl)
		if err != nil {
			t.Fatal(err)
		}
		climb := float64(base[i].Rank - tot[i].Rank)
		shown = append(shown,
			shownNum("t4-official-before", float64(base[i].Rank), 0, lang),
			shownNum("t4-official-after", float64(tot[i].Rank), 0, lang),
			tourShown{"t4-official-climb", climb, ui.FormatSigned(climb, 0, lang)},
			shownNum("t4-kl-before", float64(rkl0.Scenario.Areas[calc.Total][i].Rank), 0, lang),
			shownNum("t4-kl-after", float64(rkl.Scenario.Areas[calc.Total][i].Rank), 0, lang),
			shownNum("t4-kth", res.Scenario.Areas[calc.KTH][i].Actual, 0, lang),
			shownNum("t4-fp", res.Scenario.Areas[calc.FP][i].Actual, 0, lang))
		answer = climb
	case 5:
		i := idx(tourStevns)
		if len(res.Investments) != 1 {
			t.Fatalf("step 5: %d investments", len(res.Investments))
		}
		inv := res.Investments[0]
		climb := float64(base[i].Rank - tot[i].Rank)
		shown = append(shown,
			shownNum("t5-persons", inv.Persons, 0, lang),
			shownNum("t5-caseworkers", inv.ExtraCaseworkers, 1, lang),
			tourShown{"t5-cost", inv.CaseworkerCost, ui.FormatMio(inv.CaseworkerCost, lang)},
			tourShown{"t5-saved", inv.BenefitSaved, ui.FormatMio(inv.BenefitSaved, lang)},
			tourShown{"t5-net", inv.Net, ui.FormatMioSigned(inv.Net, lang)},
			shownNum("t5-before", float64(base[i].Rank), 0, lang),
			shownNum("t5-after", float64(tot[i].Rank), 0, lang))
		answer = climb
	case 6:
		met, insp, risk := res.Scenario.Counts()
		shown = append(shown, shownNum("t6-result", float64(met), 0, lang), shownNum("t6-insp", float64(insp), 0, lang),
			shownNum("t6-risk", float64(risk), 0, lang))
		answer = float64(risk)
		var at []int
		for i, s := range res.Scenario.Status {
			if s.Risk {
				at = append(at, i)
			}
		}
		rows["t6-risk-list"] = codes(at)
	}
	return answer, shown, rows
}

// checkRows compares the lists a step shows with calc's.
func checkRows(t *testing.T, ctx context.Context, n int, rows map[string][]int) {
	t.Helper()
	for id, want := range rows {
		var js string
		if id == "t2-islands" {
			js = fmt.Sprintf(`[...document.querySelectorAll('#%s [data-code]')].flatMap(r => [r.dataset.code, r.dataset.rank, r.dataset.lo, r.dataset.hi].map(Number))`, id)
		} else {
			js = fmt.Sprintf(`[...document.querySelectorAll('#%s [data-code]')].map(r => Number(r.dataset.code))`, id)
		}
		got := eval[[]int](t, ctx, js)
		if !slices.Equal(got, want) {
			t.Errorf("step %d: #%s shows %v, calc gives %v", n, id, got, want)
		}
	}
}

// tabTo presses Tab until the element with the id has the focus.
func tabTo(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	for range 60 {
		if eval[string](t, ctx, `document.activeElement ? document.activeElement.id : ''`) == id {
			return
		}
		do(t, ctx, chromedp.KeyEvent(kb.Tab))
	}
	t.Fatalf("Tab never reached #%s (focus on %s)", id, eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 80)`))
}

// tourScenario is the scenario of the page's address, once the address
// shows the view (the tour writes the step's own scenario into it).
func tourScenario(t *testing.T, ctx context.Context) calc.Scenario {
	t.Helper()
	_, sc := pageScenario(t, ctx)
	return sc
}

// waitLive waits until the live panel shows up-to-date figures for the
// scenario of the address.
func waitLive(t *testing.T, ctx context.Context, n int) calc.Scenario {
	t.Helper()
	sc := tourScenario(t, ctx)
	key := strconv.Itoa(n) + "|" + sc.Encode()
	waitFor(t, ctx, "live figures for "+key, fmt.Sprintf(
		`(() => { const e = document.getElementById('tour-live'); return e && e.dataset.fresh === 'true' && e.dataset.key === %q; })()`, key))
	return sc
}

func shot(t *testing.T, ctx context.Context, name string, full bool) {
	t.Helper()
	dir := filepath.Join(root, "tests", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var png []byte
	var err error
	if full {
		png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
	} else {
		png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// tourGuesses are the guesses typed at each step.
var tourGuesses = []string{"40", "300", "20", "5", "10", "4"}

// tourControl uses step n's control with the keyboard alone.
func tourControl(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	before := query(t, ctx)
	switch n {
	case 1: // switch "primary education only" on with the space bar
		tabTo(t, ctx, "t1-cov-grundskole")
		do(t, ctx, chromedp.KeyEvent(" "))
	case 2: // φ from 4 down to 3
		tabTo(t, ctx, "t2-phi-range")
		do(t, ctx, chromedp.KeyEvent(kb.ArrowLeft), chromedp.KeyEvent(kb.ArrowLeft))
	case 3: // from cost weighting to the mean of the area ranks
		tabTo(t, ctx, "t3-w-cost")
		do(t, ctx, chromedp.KeyEvent(kb.ArrowDown))
	case 4: // 150 persons
		tabTo(t, ctx, "t4-persons-range")
		for range 5 {
			do(t, ctx, chromedp.KeyEvent(kb.ArrowRight))
		}
	case 5: // type the target caseload 30
		tabTo(t, ctx, "t5-c1-num")
		do(t, ctx, chromedp.KeyEvent(kb.End), chromedp.KeyEvent(kb.Backspace), chromedp.KeyEvent(kb.Backspace),
			chromedp.KeyEvent("30"), chromedp.KeyEvent(kb.Tab))
	case 6: // conversations threshold 80 → 85
		tabTo(t, ctx, "t6-conv-range")
		for range 5 {
			do(t, ctx, chromedp.KeyEvent(kb.ArrowRight))
		}
	}
	waitFor(t, ctx, fmt.Sprintf("step %d's control to change the address", n),
		fmt.Sprintf(`location.search.slice(1) !== %q`, before))
	// Step 1 switched a covariate on: it leaves the list of those switched off.
	want := map[int]string{1: "!covoff=.*grundskole", 2: "phi=3&", 3: "w=rank&", 4: "fp:150&", 5: ":30&", 6: "conv=85&"}[n]
	js := fmt.Sprintf(`decodeURIComponent(location.search).includes(%q)`, want)
	if neg, ok := strings.CutPrefix(want, "!"); ok {
		js = fmt.Sprintf(`location.search.includes('covoff=') && !new RegExp(%q).test(decodeURIComponent(location.search))`, neg)
	}
	waitFor(t, ctx, "the control's value in the address", js)
}

// TestTour walks the six steps of the guided tour with the keyboard alone
// in presenter mode at 1920×1080: at each step it tabs to the guess, types
// it, reveals the answer with Enter, checks the answer and the live
// figures against calc, uses the step's control by keyboard and checks
// again, takes a screenshot and goes on with →. The numbers come from
// calc.Apply on demo.Dataset() with the scenario in the address. No
// request leaves the page's origin.
func TestTour(t *testing.T) {
	ctx := newTab(t)
	reqs := recordRequests(t, ctx)
	do(t, ctx, chromedp.EmulateViewport(1920, 1080, chromedp.EmulateScale(1)))
	open(t, ctx, shared.URL+"/?v=1&tab=tour&step=1&present=1")
	const lang = ui.LangDA

	if px := eval[float64](t, ctx, `parseFloat(getComputedStyle(document.documentElement).fontSize)`); px < 21 {
		t.Errorf("presenter mode at 1920 px: base font %.1f px, want large type (≥ 21, the app's is 16)", px)
	}
	if eval[bool](t, ctx, `getComputedStyle(document.querySelector('.top')).display !== 'none'`) {
		t.Error("presenter mode shows the app's header")
	}
	hist := eval[int](t, ctx, `history.length`)
	for n := 1; n <= 6; n++ {
		waitFor(t, ctx, fmt.Sprintf("step %d", n), fmt.Sprintf(`document.querySelector('#tour') && document.querySelector('#tour').dataset.step === '%d'`, n))
		if q := query(t, ctx); !strings.Contains(q, fmt.Sprintf("tab=tour&step=%d&present=1", n)) {
			t.Errorf("step %d's address %q", n, q)
		}
		if eval[bool](t, ctx, `!!document.getElementById('t1-table') || !!document.getElementById('tour-answer')`) {
			t.Errorf("step %d shows its answer before the guess", n)
		}
		question := tourScenario(t, ctx)

		// Guess with the keyboard and reveal with Enter.
		tabTo(t, ctx, "tour-guess")
		do(t, ctx, chromedp.KeyEvent(tourGuesses[n-1]), chromedp.KeyEvent(kb.Enter))
		waitFor(t, ctx, "the answer", `document.activeElement && document.activeElement.id === 'tour-answer'`)
		answer, _, _ := tourExpected(t, n, question, lang)
		checkShown(t, ctx, n, []tourShown{shownNum("tour-answer-value", answer, 0, lang)})
		g, _ := strconv.ParseFloat(tourGuesses[n-1], 64)
		checkShown(t, ctx, n, []tourShown{shownNum("tour-guess-shown", g, 0, lang)})

		// The live figures, before and after the control.
		sc := waitLive(t, ctx, n)
		if sc.Encode() != question.Encode() {
			t.Errorf("step %d: the live panel starts at %s, the question was %s", n, sc.Encode(), question.Encode())
		}
		_, shown, rows := tourExpected(t, n, sc, lang)
		checkShown(t, ctx, n, shown)
		checkRows(t, ctx, n, rows)

		tourControl(t, ctx, n)
		sc = waitLive(t, ctx, n)
		_, shown, rows = tourExpected(t, n, sc, lang)
		checkShown(t, ctx, n, shown)
		checkRows(t, ctx, n, rows)
		shot(t, ctx, fmt.Sprintf("tour-%d-present-1920", n), false)

		// Leave the field and go on with →. (Outside a field Esc leaves
		// presenter mode: TestPresenterEscape.)
		if eval[bool](t, ctx, `document.activeElement && document.activeElement.tagName === 'INPUT'`) {
			do(t, ctx, chromedp.KeyEvent(kb.Escape))
		}
		if n < 6 {
			do(t, ctx, chromedp.KeyEvent(kb.ArrowRight))
		}
	}
	if h := eval[int](t, ctx, `history.length`); h < hist+5 {
		t.Errorf("history.length %d → %d: each step should be its own entry", hist, h)
	}
	// ← goes back to step 5 with the setting it was left with.
	do(t, ctx, chromedp.KeyEvent(kb.ArrowLeft))
	waitFor(t, ctx, "step 5 again", `document.querySelector('#tour').dataset.step === '5'`)
	if q := query(t, ctx); !strings.Contains(q, "cl=336:104:30") {
		t.Errorf("back on step 5 the address is %q, want the caseload it was left with", q)
	}
	if f := reqs.foreign(shared.URL); len(f) > 0 {
		t.Errorf("the tour made requests outside the page's origin: %v", f)
	}
}

// TestTourPhone walks the tour at a phone's 390×844 in presenter mode,
// guessing and revealing with the keyboard, checks each answer against
// calc and writes a screenshot of every step; at the last step it switches
// to English and checks the numbers' English format.
func TestTourPhone(t *testing.T) {
	ctx := newTab(t)
	do(t, ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(1), chromedp.EmulateMobile, chromedp.EmulateTouch))
	open(t, ctx, shared.URL+"/?v=1&tab=tour&step=1&present=1")
	for n := 1; n <= 6; n++ {
		waitFor(t, ctx, fmt.Sprintf("step %d", n), fmt.Sprintf(`document.querySelector('#tour').dataset.step === '%d'`, n))
		shot(t, ctx, fmt.Sprintf("tour-%d-present-390-question", n), false)
		question := tourScenario(t, ctx)
		tabTo(t, ctx, "tour-guess")
		do(t, ctx, chromedp.KeyEvent(tourGuesses[n-1]), chromedp.KeyEvent(kb.Enter))
		waitFor(t, ctx, "the answer", `document.activeElement && document.activeElement.id === 'tour-answer'`)
		answer, shown, rows := tourExpected(t, n, question, ui.LangDA)
		checkShown(t, ctx, n, []tourShown{shownNum("tour-answer-value", answer, 0, ui.LangDA)})
		waitLive(t, ctx, n)
		checkShown(t, ctx, n, shown)
		checkRows(t, ctx, n, rows)
		if w := eval[float64](t, ctx, `document.documentElement.scrollWidth`); w > 392 {
			t.Errorf("step %d is %.0f px wide on a 390 px phone: it scrolls sideways", n, w)
		}
		shot(t, ctx, fmt.Sprintf("tour-%d-present-390", n), true)
		if n < 6 {
			do(t, ctx, chromedp.KeyEvent(kb.ArrowRight))
		}
	}
	// English, by keyboard, on the last step: the same numbers in English format.
	tabTo(t, ctx, "tour-lang")
	do(t, ctx, chromedp.KeyEvent(kb.Enter))
	// The address and <html lang> change at once; the page is redrawn in
	// the next frame, so wait for the English title itself.
	waitFor(t, ctx, "English", `document.documentElement.lang === 'en' && location.search.includes('lang=en')
		&& document.getElementById('tour-title').textContent.includes('Supervision')`)
	sc := waitLive(t, ctx, 6)
	_, shown, _ := tourExpected(t, 6, sc, ui.LangEN)
	checkShown(t, ctx, 6, shown)
	shot(t, ctx, "tour-6-present-390-en", true)
}

// TestTourLink opens a step's address directly: the step, presenter mode
// and the lever come from the address, a lever of another kind is dropped,
// and the answer after a guess equals calc's for the step's question.
func TestTourLink(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&p=2017QMAT04&tr=336:kth:fp:200&w=cost&tab=tour&step=4")
	waitFor(t, ctx, "step 4", `document.querySelector('#tour').dataset.step === '4'`)
	if eval[bool](t, ctx, `document.getElementById('app').classList.contains('present')`) {
		t.Error("presenter mode without present=1")
	}
	waitFor(t, ctx, "the address without the foreign lever", `!location.search.includes('w=cost')`)
	if q := query(t, ctx); !strings.Contains(q, "tr=336:kth:fp:200") {
		t.Errorf("the address %q lost the step's lever", q)
	}
	shot(t, ctx, "tour-4-1280", false)
	// The presenter button by keyboard.
	tabTo(t, ctx, "tour-present")
	do(t, ctx, chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "presenter mode", `document.getElementById('app').classList.contains('present') && location.search.includes('present=1')`)
	tabTo(t, ctx, "tour-guess")
	do(t, ctx, chromedp.KeyEvent("12"), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "the answer", `!!document.getElementById('tour-answer-value')`)
	q := calc.DefaultScenario()
	q.Period = "2017QMAT04"
	q.Transfers = []calc.Transfer{{Code: tourStevns, From: calc.KTH, To: calc.FP, Persons: 100}}
	answer, _, _ := tourExpected(t, 4, q, ui.LangDA)
	checkShown(t, ctx, 4, []tourShown{shownNum("tour-answer-value", answer, 0, ui.LangDA)})
	sc := waitLive(t, ctx, 4)
	if tr := sc.Transfers; len(tr) != 1 || tr[0].Persons != 200 {
		t.Fatalf("live scenario %s", sc.Encode())
	}
	_, shown, _ := tourExpected(t, 4, sc, ui.LangDA)
	checkShown(t, ctx, 4, shown)
	if math.IsNaN(answer) {
		t.Fatal("no answer")
	}
	// The simulator opens the step's scenario with Stevns pinned.
	do(t, ctx, chromedp.Click(chromedp.ID("tour-open")))
	waitFor(t, ctx, "the ranking", `document.querySelector('#app').dataset.tab === 'ranking' && location.search.includes('m=336')`)
	if got := tourScenario(t, ctx); got.Encode() != sc.Encode() {
		t.Errorf("the simulator opened %s, the step showed %s", got.Encode(), sc.Encode())
	}
	checkTable(t, ctx, demo.Dataset(), sc, calc.Total, "da")
}

// TestTourOffline: once the service worker controls the page, a step of
// the tour opens by its address with the server gone, in presenter mode
// (its style sheet is cached too), and its answer is still calc's.
func TestTourOffline(t *testing.T) {
	ts := newServer()
	defer ts.Close()
	ctx := newTab(t)
	open(t, ctx, ts.URL+"/")
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`,
		chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("the service worker does not control the page: %v", err)
	}
	ts.Close()
	open(t, ctx, ts.URL+"/?v=1&tab=tour&step=3&present=1")
	waitFor(t, ctx, "step 3 offline", `document.querySelector('#tour') && document.querySelector('#tour').dataset.step === '3'`)
	if eval[bool](t, ctx, `getComputedStyle(document.querySelector('.top')).display !== 'none'`) {
		t.Error("offline, presenter mode shows the header: tour.css is not cached")
	}
	question := tourScenario(t, ctx)
	if question.Weighting != calc.WeightCost {
		t.Errorf("step 3 opened by its address asks about %q weighting, want cost", question.Weighting)
	}
	// This time the reveal button itself, reached with Tab and pressed with the space bar.
	tabTo(t, ctx, "tour-guess")
	do(t, ctx, chromedp.KeyEvent("30"))
	tabTo(t, ctx, "tour-reveal")
	do(t, ctx, chromedp.KeyEvent(" "))
	waitFor(t, ctx, "the answer", `!!document.getElementById('tour-answer-value')`)
	answer, _, _ := tourExpected(t, 3, question, ui.LangDA)
	checkShown(t, ctx, 3, []tourShown{shownNum("tour-answer-value", answer, 0, ui.LangDA)})
}
