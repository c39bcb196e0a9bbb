package text

import (
	"reflect"
	"testing"

	"benchsim/calc"
)

// catalogue is every table of W in the package, by name.
var catalogue = map[string]any{
	"UI": *uiW(), "Charts": *chartsW(), "Tour": tourW, "Compare": compareW, "Data": *dataW(), "Meeting": meetingW, "Figures": figuresW,
	"Export": Export, "statusShort": statusShort, "areaShort": areaShort(), "areaNames": areaNames,
	"notes": notes(), "paramWords": paramWords(), "ruleSetLabels": ruleSetLabels(), "pricePresetWords": pricePresetWords(), "areaFigure": areaFigure, "leverNames": leverNames(),
	"companionErrors": companionErrors(), "companionWarnings": companionWarnings(),
	"figureNames": figureNames(), "companionSources": companionSources(),
	"kindWords": kindWords(), "detailWords": detailWords(), "warnWords": warnWords(),
}

// Every text of the catalogue has both languages, and the Danish and the
// English take the same format verbs in the same order.
func TestCatalogueComplete(t *testing.T) {
	for name, c := range catalogue {
		checkW(t, name, reflect.ValueOf(c))
	}
}

// Every section reads in both languages: the built texts are the
// catalogue's, field by field.
func TestSectionsInBothLanguages(t *testing.T) {
	for _, l := range []Lang{DA, EN} {
		u := UIMsg(l)
		if u.AppName != uiW().AppName.In(l) || u.Tabs["tour"] != uiW().Tabs["tour"].In(l) || u.Rules[0][1] != uiW().Rules[0][1].In(l) {
			t.Errorf("%s: UI built wrongly: %q", l, u.AppName)
		}
		if u.Lang() != l || ChartMsg(l).Lang() != l || TourMsg(l).Lang() != l {
			t.Errorf("%s: a section lost its language", l)
		}
		if got := TourMsg(l).Steps[TourSteps-1].Title; got != tourW.Steps[TourSteps-1].Title.In(l) || got == "" {
			t.Errorf("%s: last tour step %q", l, got)
		}
		if got := ChartMsg(l).FileNames["vessels"]; got != chartsW().FileNames["vessels"].In(l) {
			t.Errorf("%s: chart file name %q", l, got)
		}
		if got := FigureMsg(l).MoveUpFmt; got != figuresW.MoveUpFmt.In(l) || got == "" {
			t.Errorf("%s: figure words %q", l, got)
		}
		if got := MeetingMsg(l).Months[11]; got != meetingW.Months[11].In(l) || got == "" {
			t.Errorf("%s: months %q", l, got)
		}
		if CompareMsg(l).CompareTitle == "" || DataMsg(l).Kinds == nil {
			t.Errorf("%s: compare or data empty", l)
		}
	}
	if UIMsg("fr").AppName != UIMsg(DA).AppName {
		t.Error("anything but en is Danish")
	}
}

func TestMoved(t *testing.T) {
	for _, c := range []struct {
		n, places int
		lang      Lang
		want      string
	}{
		{23, 5, DA, "23 kommuner flytter sig 5 pladser eller mere"},
		{1, 5, DA, "1 kommune flytter sig 5 pladser eller mere"},
		{1, 5, EN, "1 municipality moves 5 places or more"},
		{1130, 5, EN, "1,130 municipalities move 5 places or more"},
	} {
		if got := Moved(c.n, c.places, c.lang); got != c.want {
			t.Errorf("Moved(%d, %d, %s) = %q, want %q", c.n, c.places, c.lang, got, c.want)
		}
	}
}

// Every parameter, rule set and price preset of calc has its words in both
// languages (TestCatalogueComplete checks that none is empty).
func TestCalcTablesWorded(t *testing.T) {
	for _, p := range calc.Parameters {
		if _, ok := paramWords()[p.ID]; !ok {
			t.Errorf("parameter %s has no label", p.ID)
		}
	}
	for _, r := range calc.RuleSets {
		if _, ok := ruleSetLabels()[r.ID]; !ok {
			t.Errorf("rule set %s has no label", r.ID)
		}
	}
	for _, p := range calc.PricePresets {
		if _, ok := pricePresetWords()[p.ID]; !ok {
			t.Errorf("price preset %s has no words", p.ID)
		}
	}
	if len(paramWords()) != len(calc.Parameters) || len(ruleSetLabels()) != len(calc.RuleSets) || len(pricePresetWords()) != len(calc.PricePresets) {
		t.Error("the catalogue words an ID calc does not have")
	}
	if got := ParamLabel(calc.ParamPrice, EN); got != "Price per full-time person" {
		t.Errorf("price label %q", got)
	}
	if got := ParamUnit(calc.ParamPrice, DA); got != "kr. pr. år" {
		t.Errorf("price unit %q", got)
	}
	if got := RuleSetLabel("2021", DA); got != "2021–2022: kun samtaler (80 %)" {
		t.Errorf("rule set %q", got)
	}
}
