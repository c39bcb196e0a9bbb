package view

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"benchsim/calc"
	"benchsim/calc/demo"
)

// tourApply runs calc on the demo data, failing the test on an error.
func tourApply(t *testing.T, sc calc.Scenario) *calc.Result {
	t.Helper()
	res, err := calc.Apply(demo.Dataset(), sc)
	if err != nil {
		t.Fatalf("calc.Apply(%s): %v", sc.Encode(), err)
	}
	return res
}

func allCovariatesOff() []string {
	var ids []string
	for _, c := range demo.Dataset().Covariates {
		ids = append(ids, c.ID)
	}
	slices.Sort(ids)
	return ids
}

// TestTourStepScenarios: each step's question is the scenario described in
// its words, written in calc's URL syntax, and it survives the URL round
// trip with the step and presenter mode.
func TestTourStepScenarios(t *testing.T) {
	want := map[int]string{
		1: "v=1&re=1&covoff=" + strings.Join(allCovariatesOff(), ","),
		2: "v=1",
		3: "v=1&w=cost&price=dp:40000,kth:110000,syg:63750",
		4: "v=1&p=2017QMAT04&tr=336:kth:fp:100",
		5: "v=1&cl=336:104:50",
		6: "v=1",
	}
	for n := 1; n <= TourSteps; n++ {
		st := newTestState(t)
		st.Tour.SetStep(n)
		st.Tour.SetPresent(true)
		q := st.Query()
		if wq := want[n] + fmt.Sprintf("&tab=tour&step=%d&present=1", n); q != wq {
			t.Errorf("step %d: query\n got %s\nwant %s", n, q, wq)
		}
		sc, err := calc.DecodeScenario(q)
		if err != nil || !reflect.DeepEqual(sc, st.Scenario) {
			t.Errorf("step %d: the URL's scenario %+v (%v) differs from the state's %+v", n, sc, err, st.Scenario)
		}
		fresh := newTestState(t)
		if err := fresh.ApplyQuery(q); err != nil {
			t.Fatalf("step %d: %v", n, err)
		}
		if fresh.Tab != TabTour || fresh.Tour.Step != n || !fresh.Tour.Present || fresh.Query() != q ||
			!reflect.DeepEqual(fresh.Scenario, st.Scenario) {
			t.Errorf("step %d: after the round trip tab %s step %d present %v query %s", n, fresh.Tab, fresh.Tour.Step, fresh.Tour.Present, fresh.Query())
		}
		// The state's result is calc's for the step's scenario.
		if !reflect.DeepEqual(st.Result().Scenario, tourApply(t, st.Scenario).Scenario) {
			t.Errorf("step %d: the state's result differs from calc.Apply", n)
		}
	}
}

// TestTourAnswers: each question's answer and the words around it equal
// what calc computes for the question's scenario, and the claims the
// texts make hold on the data.
func TestTourAnswers(t *testing.T) {
	ta := &tourAnswers{ds: demo.Dataset(), st: newTestState(t)}
	// In order, on one state: each step is entered from the one before.
	for n, step := range []func(*testing.T){ta.step1, ta.step2, ta.step3, ta.step4, ta.step5, ta.step6} {
		t.Run(strconv.Itoa(n+1), step)
	}
}

// tourAnswers is what TestTourAnswers's steps share.
type tourAnswers struct {
	ds *calc.Dataset
	st *State
}

// answer enters step n and returns its answer's figures.
func (ta *tourAnswers) answer(t *testing.T, n int) *TourFigures {
	t.Helper()
	ta.st.Tour.SetStep(n)
	f, err := ta.st.Tour.Answer()
	if err != nil {
		t.Fatalf("step %d: %v", n, err)
	}
	return f
}

// step1: No covariates: every municipality gets the national share.
func (ta *tourAnswers) step1(t *testing.T) {
	lol, rud := ta.ds.MunicipalityIndex(TourLolland), ta.ds.MunicipalityIndex(TourRudersdal)
	sc := calc.DefaultScenario()
	sc.Reestimate, sc.CovariatesOff = true, allCovariatesOff()
	res := tourApply(t, sc)
	f := ta.answer(t, 1)
	tot, base := res.Scenario.Areas[calc.Total], res.Baseline.Areas[calc.Total]
	if f.Answer != float64(tot[lol].Rank) || f.Values["t1-rank-bm-360"] != float64(base[lol].Rank) ||
		f.Values["t1-rank-model-230"] != float64(tot[rud].Rank) || f.Values["t1-exp-model-360"] != tot[lol].ExpectedShare {
		t.Errorf("step 1: %v, calc: Lolland %d → %d, Rudersdal %d", f.Values, base[lol].Rank, tot[lol].Rank, tot[rud].Rank)
	}
	if !(tot[lol].Rank > base[lol].Rank && tot[rud].Rank < base[rud].Rank) {
		t.Error("step 1 says Lolland falls and Rudersdal climbs without covariates")
	}
	if math.Abs(tot[lol].ExpectedShare-tot[rud].ExpectedShare) > 1e-9 {
		t.Error("step 1 says every municipality gets the same expected share without covariates")
	}
	if q, _, _ := ta.st.Tour.Question(1); !strings.Contains(q, "nr. "+strconv.Itoa(base[lol].Rank)+".") {
		t.Errorf("step 1's question %q lacks Lolland's rank %d", q, base[lol].Rank)
	}
}

// step2: Rank intervals with calc's draws and the app's seed.
func (ta *tourAnswers) step2(t *testing.T) {
	ds := ta.ds
	res := tourApply(t, calc.DefaultScenario())
	iv := calc.RankIntervals(res, calc.Total, 1000, 4, RankSimSeed)
	mid := res.Scenario.Order(calc.Total)[24:74]
	apart, pairs := 0, 0
	for x, i := range mid {
		for _, j := range mid[x+1:] {
			pairs++
			if iv[i].Hi < iv[j].Lo || iv[j].Hi < iv[i].Lo {
				apart++
			}
		}
	}
	f := ta.answer(t, 2)
	if f.Answer != float64(apart) || f.Values["t2-pairs"] != 1225 || pairs != 1225 || !reflect.DeepEqual(f.Intervals, iv) {
		t.Errorf("step 2: %v apart, want %d of %d", f.Values, apart, pairs)
	}
	for k, code := range tourIslands {
		i := ds.MunicipalityIndex(code)
		r := f.Rows["t2-islands"][k]
		if r.Code != code || r.Values[0] != float64(res.Scenario.Areas[calc.Total][i].Rank) || r.Values[1] != float64(iv[i].Lo) || r.Values[2] != float64(iv[i].Hi) {
			t.Errorf("step 2: island row %+v", r)
		}
	}
}

// step3: Teaching prices: their mean is calc's one price.
func (ta *tourAnswers) step3(t *testing.T) {
	ds := ta.ds
	if m := (TourPrices[calc.DP] + TourPrices[calc.KTH] + TourPrices[calc.SYG]) / 3; m != calc.Param(calc.ParamPrice) {
		t.Errorf("the teaching prices average %v, calc's price is %v", m, calc.Param(calc.ParamPrice))
	}
	sc := calc.DefaultScenario()
	sc.Weighting = calc.WeightCost
	sc.Prices[calc.DP], sc.Prices[calc.KTH], sc.Prices[calc.SYG] = 40000, 110000, 63750
	res := tourApply(t, sc)
	f := ta.answer(t, 3)
	if f.Answer != float64(res.Moved(calc.Total, 5)) {
		t.Errorf("step 3: %v moved, calc %d", f.Answer, res.Moved(calc.Total, 5))
	}
	var top []int
	for _, r := range f.Rows["t3-top"] {
		top = append(top, ds.MunicipalityIndex(r.Code))
	}
	if !slices.Equal(top, res.Scenario.Order(calc.Total)[:10]) || f.Values["t3-entered"] < 1 ||
		len(f.Rows["t3-left"]) != int(f.Values["t3-entered"]) {
		t.Errorf("step 3: top 10 %v entered %v left %d", top, f.Values["t3-entered"], len(f.Rows["t3-left"]))
	}
}

// step4: The official rank climbs, the KL rank stays.
func (ta *tourAnswers) step4(t *testing.T) {
	stv := ta.ds.MunicipalityIndex(TourStevns)
	sc := calc.DefaultScenario()
	sc.Period = "2017QMAT04"
	sc.Transfers = []calc.Transfer{{Code: TourStevns, From: calc.KTH, To: calc.FP, Persons: 100}}
	res := tourApply(t, sc)
	kl := sc.Clone()
	kl.Scope = calc.ScopeKL
	resKL := tourApply(t, kl)
	f := ta.answer(t, 4)
	if f.Answer != float64(res.RankChange(calc.Total, stv)) || f.Answer <= 0 ||
		f.Values["t4-official-before"] != 98 || f.Values["t4-kl-after"] != float64(resKL.Scenario.Areas[calc.Total][stv].Rank) ||
		f.Values["t4-kl-before"] != f.Values["t4-kl-after"] {
		t.Errorf("step 4: %v", f.Values)
	}
}

// step5: The investment case is calc's.
func (ta *tourAnswers) step5(t *testing.T) {
	stv := ta.ds.MunicipalityIndex(TourStevns)
	sc := calc.DefaultScenario()
	sc.SetCaseload(calc.CaseloadLever{Code: TourStevns, Area: calc.KTH, From: 104, To: 50})
	res := tourApply(t, sc)
	f := ta.answer(t, 5)
	inv := res.Investments[0]
	if f.Answer != float64(res.RankChange(calc.Total, stv)) || f.Values["t5-net"] != inv.Net || f.Values["t5-persons"] != inv.Persons ||
		f.Values["t5-cost"] != inv.CaseworkerCost || f.Values["t5-caseworkers"] != inv.ExtraCaseworkers {
		t.Errorf("step 5: %v, calc %+v", f.Values, inv)
	}
}

// step6: Seed 004's counts, and the closest case is the closest.
func (ta *tourAnswers) step6(t *testing.T) {
	ds := ta.ds
	res := tourApply(t, calc.DefaultScenario())
	met, insp, risk := res.Scenario.Counts()
	f := ta.answer(t, 6)
	if f.Answer != float64(risk) || f.Values["t6-insp"] != float64(insp) || f.Values["t6-result"] != float64(met) {
		t.Errorf("step 6: %v, calc %d %d %d", f.Values, met, insp, risk)
	}
	if insp != 27 || risk != 3 {
		t.Errorf("step 6 quotes seed 004 (27 inspiration, 3 at risk); the data gives %d and %d", insp, risk)
	}
	best := f.Rows["t6-near-result"][0]
	for i, e := range res.Scenario.Areas[calc.Total] {
		if math.Abs(e.DiffPersons) < math.Abs(best.Values[0]) {
			t.Errorf("step 6: %s is closer to the line than %s", ds.Municipalities[i].Name, best.Name)
		}
	}
	if got := TourExplain(6, f, LangDA); !strings.Contains(got, best.Name) {
		t.Errorf("step 6's explanation %q", got)
	}
}

// TestTourControls: each step's control changes the scenario through the
// state's lever methods, and the live figures follow calc.
func TestTourControls(t *testing.T) {
	ds := demo.Dataset()
	stv := ds.MunicipalityIndex(TourStevns)
	st := newTestState(t)
	live := func() *TourFigures {
		t.Helper()
		f, err := st.Tour.Figures()
		if err != nil {
			t.Fatal(err)
		}
		if f.Key != TourKey(st.Tour.Step, st.Scenario) {
			t.Fatalf("figures for %s, scenario %s", f.Key, st.Scenario.Encode())
		}
		return f
	}

	st.Tour.SetStep(1)
	if err := st.SetCovariate("grundskole", true); err != nil {
		t.Fatal(err)
	}
	f := live()
	res := tourApply(t, st.Scenario)
	if f.Values["t1-covariates"] != 1 || f.Values["t1-rank-model-360"] != float64(res.Scenario.Areas[calc.Total][ds.MunicipalityIndex(TourLolland)].Rank) ||
		f.Values["t1-r2-kth"] != res.Fits[calc.KTH].R2 {
		t.Errorf("step 1 with one covariate: %v", f.Values)
	}

	st.Tour.SetStep(2)
	if err := st.SetParam(calc.ParamPhi, 1); err != nil {
		t.Fatal(err)
	}
	f = live()
	if f.Values["t2-phi"] != 1 || !reflect.DeepEqual(f.Intervals, calc.RankIntervals(tourApply(t, st.Scenario), calc.Total, 1000, 1, RankSimSeed)) {
		t.Errorf("step 2 with φ = 1: %v", f.Values)
	}
	if f.Answer == answerOf(t, st, 2) {
		t.Log("φ = 1 tells as many pairs apart as φ = 4")
	}

	st.Tour.SetStep(3)
	if err := st.SetWeighting(calc.WeightRankMean); err != nil {
		t.Fatal(err)
	}
	f = live()
	if f.Values["t3-moved"] != float64(tourApply(t, st.Scenario).Moved(calc.Total, 5)) || st.Scenario.Prices[calc.KTH] != 110000 {
		t.Errorf("step 3 with the rank mean: %v", f.Values)
	}

	st.Tour.SetStep(4)
	if err := st.Tour.SetTransfer(200); err != nil {
		t.Fatal(err)
	}
	if len(st.Scenario.Transfers) != 1 || st.Scenario.Transfers[0].Persons != 200 {
		t.Fatalf("transfers %+v", st.Scenario.Transfers)
	}
	f = live()
	res = tourApply(t, st.Scenario)
	if f.Values["t4-official-after"] != float64(res.Scenario.Areas[calc.Total][stv].Rank) || f.Values["t4-kth"] != res.Scenario.Areas[calc.KTH][stv].Actual {
		t.Errorf("step 4 with 200 persons: %v", f.Values)
	}
	// Zero persons stays a lever of the step (so the URL says 0, not the question's 100).
	st.Tour.SetTransfer(0)
	if q := st.Query(); !strings.Contains(q, "tr=336:kth:fp:0&") {
		t.Errorf("query %s", q)
	}

	st.Tour.SetStep(5)
	if err := st.SetCaseload(TourStevns, 104, 30); err != nil {
		t.Fatal(err)
	}
	f = live()
	res = tourApply(t, st.Scenario)
	if f.Values["t5-net"] != res.Investments[0].Net || f.Values["t5-rank-after"] != float64(res.Scenario.Areas[calc.Total][stv].Rank) {
		t.Errorf("step 5 with target 30: %v", f.Values)
	}

	st.Tour.SetStep(6)
	if err := st.SetParam(calc.ParamConvMin, 90); err != nil {
		t.Fatal(err)
	}
	f = live()
	res = tourApply(t, st.Scenario)
	_, insp, risk := res.Scenario.Counts()
	if f.Values["t6-conv"] != 90 || f.Values["t6-risk"] != float64(risk) || f.Values["t6-insp"] != float64(insp) || len(f.Rows["t6-risk"]) != risk {
		t.Errorf("step 6 at 90 %%: %v", f.Values)
	}

	// Back to step 5: the setting it was left with.
	st.Tour.SetStep(5)
	if l, ok := st.Scenario.CaseloadFor(TourStevns); !ok || l.To != 30 {
		t.Errorf("step 5 again: %+v", st.Scenario.Caseload)
	}
	if h := st.Tour.Href(5); !strings.Contains(h, "cl=336:104:30") {
		t.Errorf("step 5's link %s", h)
	}
}

func answerOf(t *testing.T, st *State, n int) float64 {
	t.Helper()
	f, err := st.Tour.FiguresFor(n, tourScenario(st.demo, n, nil))
	if err != nil {
		t.Fatal(err)
	}
	return f.Answer
}

// TestTourLinks: a step's link keeps the step's lever and drops other
// levers and an imported dataset; bad step keys give the notice.
func TestTourLinks(t *testing.T) {
	st := newTestState(t)
	if err := st.Import("demo.jsonl", demoJSONL(t)); err != nil {
		t.Fatal(err)
	}
	id := st.DatasetID
	if err := st.ApplyQuery("v=1&p=2017QMAT04&tr=336:kth:fp:250&w=rank&cl=101:100:50&ds=" + id + "&tab=tour&step=4"); err != nil {
		t.Fatal(err)
	}
	if st.DatasetID != DemoID || st.Dataset() != demo.Dataset() {
		t.Errorf("the tour runs on %s", st.DatasetID)
	}
	if want := "v=1&p=2017QMAT04&tr=336:kth:fp:250&tab=tour&step=4"; st.Query() != want {
		t.Errorf("query %s, want %s", st.Query(), want)
	}
	// Step 3 by its address alone asks about cost weighting; with the
	// teaching prices and no weighting it is the volume weighting chosen.
	if err := st.ApplyQuery("v=1&tab=tour&step=3"); err != nil || st.Scenario.Weighting != calc.WeightCost {
		t.Errorf("step 3 alone: %s (%v)", st.Scenario.Encode(), err)
	}
	if err := st.ApplyQuery("v=1&price=dp:40000,kth:110000,syg:63750&tab=tour&step=3"); err != nil || st.Scenario.Weighting != calc.WeightVolume {
		t.Errorf("step 3 at volume: %s (%v)", st.Scenario.Encode(), err)
	}
	// No step: step 1; the question's scenario when the link has no lever of the step.
	if err := st.ApplyQuery("v=1&tab=tour"); err != nil || st.Tour.Step != 1 || !st.Scenario.Reestimate ||
		len(st.Scenario.CovariatesOff) != len(demo.Dataset().Covariates) {
		t.Errorf("tab=tour: step %d scenario %s (%v)", st.Tour.Step, st.Scenario.Encode(), err)
	}
	for _, bad := range []string{"v=1&tab=tour&step=7", "v=1&tab=tour&step=x", "v=1&tab=tour&step=2&present=yes"} {
		if err := st.ApplyQuery(bad); err == nil || st.Notice == "" || st.Tab != TabRanking {
			t.Errorf("%s: error %v, notice %q, tab %s", bad, err, st.Notice, st.Tab)
		}
	}
	// The tour's keys are written only on the tour's view.
	st.Tour.SetStep(3)
	st.Tour.SetPresent(true)
	if q := st.LinkQuery(TabRanking, 0); strings.Contains(q, "step=") || strings.Contains(q, "present=") || !strings.Contains(q, "w=cost") {
		t.Errorf("the simulator's link from the tour: %s", q)
	}
}

// TestTourGuess: a guess is kept per step, the answer shows it and how far
// it was.
func TestTourGuess(t *testing.T) {
	st := newTestState(t)
	st.Tour.SetStep(4)
	if st.Tour.Revealed(4) {
		t.Fatal("revealed before the guess")
	}
	st.Tour.SetGuess(" 12 ")
	st.Tour.Reveal()
	g, ok := st.Tour.Guess(4)
	if !ok || g != 12 || !st.Tour.Revealed(4) || st.Tour.Revealed(5) {
		t.Errorf("guess %v %v revealed %v", g, ok, st.Tour.Revealed(4))
	}
	a, _ := st.Tour.Answer()
	if got, want := TourMsg(LangDA).OffBy(g, a.Answer), FormatNumber(math.Abs(g-a.Answer), 0, LangDA)+" ved siden af"; got != want {
		t.Errorf("off by %q, want %q", got, want)
	}
	if got := TourMsg(LangEN).OffBy(15, 15); got != "Spot on!" {
		t.Errorf("exact: %q", got)
	}
	st.Tour.SetStep(5)
	st.Tour.SetStep(4)
	if !st.Tour.Revealed(4) {
		t.Error("the answer was forgotten on the way back")
	}
	st.Tour.HideAnswer()
	if _, ok := st.Tour.Guess(4); ok || st.Tour.Revealed(4) {
		t.Error("guess again keeps the old guess")
	}
}

// TestTourTextsComplete: every Danish text of the tour has an English
// counterpart, every step has a title, a text, a question and an
// explanation, and the tab has a name.
func TestTourTextsComplete(t *testing.T) {
	var walk func(name string, da, en reflect.Value)
	walk = func(name string, da, en reflect.Value) {
		switch da.Kind() {
		case reflect.String:
			if da.String() == "" || en.String() == "" {
				t.Errorf("%s is empty in one language", name)
			}
			if strings.Count(da.String(), "%s") != strings.Count(en.String(), "%s") {
				t.Errorf("%s: the languages take different numbers", name)
			}
		case reflect.Struct:
			for i := range da.NumField() {
				if f := da.Type().Field(i); f.IsExported() {
					walk(name+"."+f.Name, da.Field(i), en.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
			if da.Len() != en.Len() || da.Len() == 0 {
				t.Errorf("%s: %d Danish, %d English", name, da.Len(), en.Len())
			}
			for i := 0; i < min(da.Len(), en.Len()); i++ {
				walk(fmt.Sprintf("%s[%d]", name, i), da.Index(i), en.Index(i))
			}
		}
	}
	walk("tour", reflect.ValueOf(*TourMsg(LangDA).Tour), reflect.ValueOf(*TourMsg(LangEN).Tour))
	if Msg(LangDA).TabName(TabTour) != "Forstå benchmarket" || Msg(LangEN).TabName(TabTour) != "Understand the benchmark" {
		t.Error("the tour's tab is not named")
	}
}
