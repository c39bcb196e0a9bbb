package view

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"benchsim/calc"
)

// SetPeriod selects a period by code ("" for the latest).
func (s *State) SetPeriod(code string) error {
	if n := len(s.ds.Periods); n > 0 && code == s.ds.Periods[n-1].Code {
		code = ""
	}
	return s.change(func(sc *calc.Scenario) { sc.Period = code })
}

// SetScope selects a scope preset.
func (s *State) SetScope(scope string) error {
	if !slices.Contains(calc.ScopePresets, scope) {
		return fmt.Errorf("unknown scope %q", scope)
	}
	err := s.change(func(sc *calc.Scenario) {
		if scope == calc.ScopeCustom && sc.Scope != calc.ScopeCustom {
			// Start the custom scope from what is in the total now.
			in, _ := sc.ScopeAreas(s.period().Scope)
			sc.Areas = in
		}
		sc.Scope = scope
	})
	s.fixArea()
	return err
}

// SetCustomArea adds or removes an area from a custom scope.
func (s *State) SetCustomArea(a calc.Area, on bool) error {
	err := s.change(func(sc *calc.Scenario) {
		if sc.Scope != calc.ScopeCustom {
			in, _ := sc.ScopeAreas(s.period().Scope)
			sc.Areas = in
			sc.Scope = calc.ScopeCustom
		}
		sc.Areas[a] = on
	})
	s.fixArea()
	return err
}

func (s *State) fixArea() {
	if s.Area != calc.Total && !s.res.Scenario.Included[s.Area] {
		s.Area = calc.Total
	}
}

// SetWeighting selects how the areas are weighted in the total.
func (s *State) SetWeighting(w string) error {
	if !slices.Contains(calc.Weightings, w) {
		return fmt.Errorf("unknown weighting %q", w)
	}
	return s.change(func(sc *calc.Scenario) { sc.Weighting = w })
}

// SetWeight sets a custom weight.
func (s *State) SetWeight(a calc.Area, w float64) error {
	return s.change(func(sc *calc.Scenario) { sc.Weighting = calc.WeightCustom; sc.Weights[a] = w })
}

// SetReestimate switches the re-estimation of expected on or off.
func (s *State) SetReestimate(on bool) error {
	return s.change(func(sc *calc.Scenario) { sc.Reestimate = on })
}

// SetCovariate switches a covariate of the re-estimation on or off.
func (s *State) SetCovariate(id string, on bool) error {
	return s.change(func(sc *calc.Scenario) {
		sc.CovariatesOff = slices.DeleteFunc(sc.CovariatesOff, func(x string) bool { return x == id })
		if !on {
			sc.CovariatesOff = append(sc.CovariatesOff, id)
			slices.Sort(sc.CovariatesOff)
		}
	})
}

// CaseloadDefaults returns the caseload lever shown for a municipality: its
// lever when it has one, otherwise the current caseload from the data (or
// the parameter default) as both current and target.
func (s *State) CaseloadDefaults(code int) calc.CaseloadLever {
	if l, ok := s.Scenario.CaseloadFor(code); ok {
		return l
	}
	c0 := calc.Param(calc.ParamCaseloadCurrent)
	if i := s.ds.MunicipalityIndex(code); i >= 0 {
		if v := s.period().Rows[i].Caseload[calc.KTH]; v > 0 {
			c0 = v
		}
	}
	return calc.CaseloadLever{Code: code, Area: calc.KTH, From: c0, To: c0}
}

// SetCaseload sets a municipality's current (c0) and target (c1) caseload
// on its lever's area; c0 == c1 removes the lever.
func (s *State) SetCaseload(code int, c0, c1 float64) error {
	l := s.CaseloadDefaults(code)
	l.From, l.To = c0, c1
	return s.change(func(sc *calc.Scenario) { sc.SetCaseload(l) })
}

// SetCaseloadArea sets the area a municipality's caseload lever targets.
func (s *State) SetCaseloadArea(code int, a calc.Area) error {
	l := s.CaseloadDefaults(code)
	l.Area = a
	return s.change(func(sc *calc.Scenario) { sc.SetCaseload(l) })
}

// RemoveCaseload removes a municipality's caseload lever.
func (s *State) RemoveCaseload(code int) error {
	return s.change(func(sc *calc.Scenario) {
		sc.Caseload = slices.DeleteFunc(sc.Caseload, func(l calc.CaseloadLever) bool { return l.Code == code })
	})
}

// SetEditMuni chooses the municipality in the scenario page's caseload editor.
func (s *State) SetEditMuni(code int) { s.EditMuni = code; s.Rev++ }

// EditMunicipality is the municipality the caseload editor shows: the
// chosen one, else the selected one, else the first with a lever, else the
// first in the dataset.
func (s *State) EditMunicipality() int {
	for _, c := range []int{s.EditMuni, s.Muni} {
		if c != 0 && s.ds.MunicipalityIndex(c) >= 0 {
			return c
		}
	}
	if len(s.Scenario.Caseload) > 0 {
		return s.Scenario.Caseload[0].Code
	}
	return s.ds.Municipalities[0].Code
}

// SetParam sets one of the scenario's numeric parameters by its
// calc.Parameters ID (eps, phasein, cwcost, vessels, price, phi, convmin,
// offermin) or "years".
func (s *State) SetParam(id string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return errors.New("not a number")
	}
	return s.change(func(sc *calc.Scenario) {
		switch id {
		case calc.ParamEpsilon:
			sc.Epsilon = v
		case calc.ParamPhaseIn:
			sc.PhaseIn = v
		case "years":
			sc.Years = v
		case calc.ParamCaseworkerCost:
			sc.CaseworkerCost = v
		case calc.ParamVesselsElasticity:
			sc.VesselsElasticity = v
		case calc.ParamPhi:
			sc.Phi = v
		case calc.ParamConvMin:
			sc.ConvMin = v
			sc.RuleSet = s.effectiveRuleSetID()
		case calc.ParamOfferMin:
			sc.OfferMin = v
			sc.RuleSet = s.effectiveRuleSetID()
		case calc.ParamPrice:
			for a := calc.DP; a < calc.NumAreas; a++ {
				sc.Prices[a] = v
			}
		}
	})
}

func (s *State) effectiveRuleSetID() string {
	if s.Scenario.RuleSet != "" {
		return s.Scenario.RuleSet
	}
	return s.res.RuleSet.ID
}

// SetPrice sets one area's price per full-time person.
func (s *State) SetPrice(a calc.Area, v float64) error {
	return s.change(func(sc *calc.Scenario) { sc.Prices[a] = v })
}

// SetRuleSet selects a supervision rule set ("" = the period's own).
func (s *State) SetRuleSet(id string) error {
	return s.change(func(sc *calc.Scenario) {
		if id == "" {
			d := calc.DefaultScenario()
			sc.RuleSet, sc.ConvMin, sc.UseOffers, sc.OfferMin = d.RuleSet, d.ConvMin, d.UseOffers, d.OfferMin
			return
		}
		sc.SetRuleSet(id)
	})
}

// SetUseOffers switches the offers target on or off.
func (s *State) SetUseOffers(on bool) error {
	return s.change(func(sc *calc.Scenario) {
		if sc.RuleSet == "" {
			r := s.res.RuleSet
			sc.RuleSet, sc.ConvMin, sc.OfferMin = r.ID, r.ConvMin, r.OfferMin
		}
		sc.UseOffers = on
	})
}

// SetFokus sets a municipality's focus-target figures (pct.).
func (s *State) SetFokus(code int, conversations, offers float64) error {
	return s.change(func(sc *calc.Scenario) {
		sc.SetFokus(calc.FokusOverride{Code: code, Conversations: conversations, Offers: offers})
	})
}

// FokusFigures returns a municipality's focus-target figures (conversations
// and offers, pct.) as the scenario has them; the rule set's thresholds when
// they are unknown.
func (s *State) FokusFigures(code int) (conversations, offers float64) {
	if i := s.ds.MunicipalityIndex(code); i >= 0 {
		if st := s.res.Scenario.Status[i]; st.FokusKnown {
			return st.Conversations, st.Offers
		}
	}
	return s.res.RuleSet.ConvMin, s.res.RuleSet.OfferMin
}

// DraftTransfer returns the transfer being prepared, with defaults filled
// in: the edited municipality, from kth to fp, 100 persons.
func (s *State) DraftTransfer() calc.Transfer {
	t := s.Draft
	if t.Code == 0 || s.ds.MunicipalityIndex(t.Code) < 0 {
		t.Code = s.EditMunicipality()
	}
	if t.From == calc.Total {
		t.From = calc.KTH
	}
	if t.To == calc.Total {
		t.To = calc.FP
	}
	if t.Persons == 0 && t.Pct == 0 {
		t.Persons = 100
	}
	return t
}

// SetDraft edits the transfer draft.
func (s *State) SetDraft(t calc.Transfer) { s.Draft = t; s.Rev++ }

// AddTransfer adds the draft transfer to the scenario.
func (s *State) AddTransfer() error {
	t := s.DraftTransfer()
	return s.change(func(sc *calc.Scenario) { sc.Transfers = append(sc.Transfers, t) })
}

// RemoveTransfer removes the i-th transfer.
func (s *State) RemoveTransfer(i int) error {
	if i < 0 || i >= len(s.Scenario.Transfers) {
		return nil
	}
	return s.change(func(sc *calc.Scenario) { sc.Transfers = slices.Delete(sc.Transfers, i, i+1) })
}

// SetLens switches the connected-vessels lens on or off.
func (s *State) SetLens(on bool) error {
	err := s.change(func(sc *calc.Scenario) { sc.Lens = on })
	s.fixArea()
	return err
}

// ResetScenario goes back to the official model (keeping the period).
func (s *State) ResetScenario() {
	p := s.Scenario.Period
	s.Scenario = calc.DefaultScenario()
	s.Scenario.Period = p
	s.LeverError = ""
	s.recompute()
	s.fixArea()
}

// SetPricePreset sets the scenario's prices to one of calc.PricePresets.
func (s *State) SetPricePreset(id string) error {
	if _, ok := calc.PricePresetByID(id); !ok {
		return nil
	}
	return s.change(func(sc *calc.Scenario) { sc.SetPricePreset(id) })
}
