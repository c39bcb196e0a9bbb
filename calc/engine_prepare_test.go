package calc_test

import (
	"reflect"
	"testing"

	"benchsim/calc"
	"benchsim/calc/demo"
)

// PrepareBaseline keeps the baseline Apply uses: the result after it is
// the result without it, for the default scenario and a changed one.
func TestPrepareBaselineSameResult(t *testing.T) {
	ds := demo.Dataset()
	for _, s := range []calc.Scenario{calc.DefaultScenario(), func() calc.Scenario {
		s := calc.DefaultScenario()
		s.Period = ds.Periods[0].Code
		return s
	}()} {
		want, err := calc.Apply(ds, s)
		if err != nil {
			t.Fatal(err)
		}
		if err := calc.PrepareBaseline(ds, s); err != nil {
			t.Fatal(err)
		}
		got, err := calc.Apply(ds, s)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Baseline, want.Baseline) || !reflect.DeepEqual(got.Scenario, want.Scenario) {
			t.Errorf("period %q: the result after PrepareBaseline differs", s.Period)
		}
	}
	s := calc.DefaultScenario()
	s.Period = "no such period"
	if err := calc.PrepareBaseline(ds, s); err == nil {
		t.Error("PrepareBaseline accepted a period the dataset lacks")
	}
}
