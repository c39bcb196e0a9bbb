package view

import (
	"fmt"
	"strconv"
	"time"

	"benchsim/calc"
)

// PrintStamp is the provenance line of a printout: dataset, period,
// scenario and the day it was printed. perStep says the printout is the
// tour's handout, where each step has its own scenario (printed with it).
func (s *State) PrintStamp(now time.Time, perStep bool) string {
	t, mt := s.T(), MeetMsg(s.Lang)
	p := s.Period()
	what := t.PeriodLabel + ": " + t.PeriodName(p) + " (" + p.Code + ")" +
		" · " + mt.ScenarioLabel + ": " + scenarioText(s.Scenario, s.Lang)
	if perStep {
		what = mt.PeriodScenarioLabel + ": " + mt.EachStep
	}
	return t.DatasetLabel + ": " + s.Dataset().Provenance.Name + " · " + what +
		" · " + fmt.Sprintf(mt.PrintedFmt, printDate(now, s.Lang))
}

// scenarioText names a scenario on paper: its query, or the official model.
func scenarioText(sc calc.Scenario, lang string) string {
	if sc.IsOfficial() {
		return MeetMsg(lang).OfficialModel
	}
	return sc.Encode()
}

// printDate writes a day as "1. december 2026" or "1 December 2026".
func printDate(d time.Time, lang string) string {
	mt := MeetMsg(lang)
	day := strconv.Itoa(d.Day())
	if lang != LangEN {
		day += "."
	}
	return day + " " + mt.Months[d.Month()-1] + " " + strconv.Itoa(d.Year())
}

// TourPrintStep is one step of the tour's handout: its texts, question,
// answer and the sentence that explains it, computed by calc for the
// step's own scenario.
type TourPrintStep struct {
	N               int
	Period          string // the step's own period, named
	Scenario        string // the step's own scenario, as scenarioText writes it
	Title, Question string
	Body            []string
	Answer          float64
	Unit, Explain   string
}

// Handout returns every step of the tour with its answer.
func (t *Tour) Handout() ([]TourPrintStep, error) {
	s := t.s
	tt := TourMsg(s.Lang)
	out := make([]TourPrintStep, 0, TourSteps)
	for n := 1; n <= TourSteps; n++ {
		sc := tourScenario(s.demo, n, nil)
		f, err := t.FiguresFor(n, sc)
		if err != nil {
			return nil, err
		}
		q, _, _ := t.Question(n)
		stt := tt.Steps[n-1]
		p := &s.demo.Periods[f.Res.Period]
		out = append(out, TourPrintStep{N: n, Period: Msg(s.Lang).PeriodName(p) + " (" + p.Code + ")", Scenario: scenarioText(sc, s.Lang), Title: stt.Title, Body: stt.Body, Question: q,
			Answer: f.Answer, Unit: stt.Unit, Explain: TourExplain(n, f, s.Lang)})
	}
	return out, nil
}
