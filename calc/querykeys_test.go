package calc_test

import (
	"testing"

	"benchsim/calc"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The list keys (cl, tr, fk, covoff, areas, wc, price) as written in the
// URL, byte for byte, and read back to the same scenario.
func TestListKeysRoundTrip(t *testing.T) {
	for _, c := range []struct {
		name string
		set  func(s *calc.Scenario)
		want string
	}{
		{"caseload one", func(s *calc.Scenario) {
			s.SetCaseload(calc.CaseloadLever{Code: 336, Area: calc.KTH, From: 100, To: 50})
		}, "v=1&cl=336:100:50"},
		{"caseload area and reforms", func(s *calc.Scenario) {
			s.SetReform(calc.CaseloadReform{Area: calc.KTH, To: 50})
			s.SetReform(calc.CaseloadReform{Region: 1084, Area: calc.SYG, To: 40.5})
			s.SetCaseload(calc.CaseloadLever{Code: 101, Area: calc.SYG, From: 100, To: 30})
			s.SetCaseload(calc.CaseloadLever{Code: 751, Area: calc.KTH, From: 80.25, To: 60})
		}, "v=1&cl=all:50,r1084:40.5:syg,101:100:30:syg,751:80.25:60"},
		{"transfers", func(s *calc.Scenario) {
			s.Transfers = []calc.Transfer{
				{Code: 101, From: calc.SYG, To: calc.FP, Pct: 5},
				{Code: 336, From: calc.KTH, To: calc.Flex, Persons: -12.5},
				{Code: 851, From: calc.DP, To: calc.KTH, Pct: -100},
			}
		}, "v=1&tr=101:syg:fp:5%25,336:kth:flex:-12.5,851:dp:kth:-100%25"},
		{"fokus", func(s *calc.Scenario) {
			s.SetFokus(calc.FokusOverride{Code: 707, Conversations: 94.3, Offers: 83.2})
			s.SetFokus(calc.FokusOverride{Code: 101, Conversations: 0, Offers: 100})
		}, "v=1&fk=101:0:100,707:94.3:83.2"},
		{"covariates off", func(s *calc.Scenario) {
			s.Reestimate = true
			s.CovariatesOff = []string{"age5066", "edu"}
		}, "v=1&re=1&covoff=age5066,edu"},
		{"custom areas and weights", func(s *calc.Scenario) {
			s.Scope = calc.ScopeCustom
			s.Areas = [calc.NumAreas]bool{}
			s.Areas[calc.KTH], s.Areas[calc.FP] = true, true
			s.Weighting = calc.WeightCustom
			s.Weights[calc.KTH] = 2
		}, "v=1&scope=custom&areas=kth,fp&w=custom&wc=dp:1,kth:2,syg:1,fp:1,flex:1"},
		{"prices", func(s *calc.Scenario) {
			s.Prices[calc.KTH] = 80000
			s.Prices[calc.FP] = 123456.5
		}, "v=1&price=kth:80000,fp:123456.5"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := calc.DefaultScenario()
			c.set(&s)
			q := s.Encode()
			assert.Equal(t, c.want, q)
			got, err := calc.DecodeScenario(q)
			require.NoError(t, err, q)
			assert.Equal(t, s, got, q)
			assert.Equal(t, q, got.Encode())
		})
	}
}
