package view

import (
	"benchsim/app/text"
	"benchsim/calc"
)

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
