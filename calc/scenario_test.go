package calc_test

import (
	"errors"
	"math/rand/v2"
	"testing"

	"benchsim/calc"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultScenarioEncodesToVersionOnly(t *testing.T) {
	assert.Equal(t, "v=1", calc.DefaultScenario().Encode())
	s, err := calc.DecodeScenario("")
	require.NoError(t, err)
	assert.Equal(t, calc.DefaultScenario(), s)
}

func TestEncodeExample(t *testing.T) {
	s := calc.DefaultScenario()
	s.Scope = calc.ScopeKL
	s.SetCaseload(calc.CaseloadLever{Code: 336, Area: calc.KTH, From: 100, To: 50})
	s.Transfers = []calc.Transfer{{Code: 101, From: calc.SYG, To: calc.FP, Pct: 5}}
	s.Prices[calc.KTH] = 80000
	assert.Equal(t, "v=1&scope=kl&cl=336:100:50&tr=101:syg:fp:5%25&price=kth:80000", s.Encode())
	got, err := calc.DecodeScenario(s.Encode())
	require.NoError(t, err)
	assert.Equal(t, s, got)
}

// randomScenario draws a canonical scenario: every lever set to some value
// that Encode writes and Decode reads.
func randomScenario(r *rand.Rand) calc.Scenario {
	s := calc.DefaultScenario()
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	if r.IntN(2) == 0 {
		s.Period = pick([]string{"2021QMAT02", "2020QMAT04", "x y&z"})
	}
	s.Scope = pick(calc.ScopePresets)
	if s.Scope == calc.ScopeCustom {
		for _, a := range calc.Areas {
			s.Areas[a] = r.IntN(2) == 0
		}
	}
	s.Weighting = pick(calc.Weightings)
	if s.Weighting == calc.WeightCustom {
		for _, a := range calc.Areas {
			s.Weights[a] = float64(r.IntN(40)) / 4
		}
	}
	s.Reestimate = r.IntN(2) == 0
	if r.IntN(2) == 0 {
		s.CovariatesOff = []string{"age5066", "edu"}
	}
	for k := r.IntN(4); k > 0; k-- {
		s.SetCaseload(calc.CaseloadLever{Code: 100 + r.IntN(800), Area: calc.Areas[r.IntN(3)],
			From: float64(20 + r.IntN(130)), To: float64(10+r.IntN(100)) + 0.5})
	}
	for k := r.IntN(3); k > 0; k-- {
		region := 0
		if r.IntN(2) == 0 {
			region = calc.Regions[r.IntN(len(calc.Regions))].Code
		}
		s.SetReform(calc.CaseloadReform{Region: region, Area: calc.Areas[r.IntN(3)], To: float64(20+r.IntN(60)) + 0.25})
	}
	if r.IntN(2) == 0 {
		s.Epsilon = 0.05 + float64(r.IntN(6))/100
	}
	if r.IntN(2) == 0 {
		s.PhaseIn = float64(1 + r.IntN(4))
		s.Years = float64(r.IntN(5))
	}
	if r.IntN(2) == 0 {
		s.CaseworkerCost = float64(500000 + 1000*r.IntN(900))
	}
	for k := r.IntN(3); k > 0; k-- {
		t := calc.Transfer{Code: 100 + r.IntN(800), From: calc.KTH, To: calc.FP}
		if r.IntN(2) == 0 {
			t.Pct = float64(1 + r.IntN(30))
		} else {
			t.Persons = float64(r.IntN(500)) - 100
		}
		s.Transfers = append(s.Transfers, t)
	}
	s.Lens = r.IntN(2) == 0
	if r.IntN(3) == 0 {
		s.VesselsElasticity = -float64(r.IntN(100)) / 100
	}
	for _, a := range calc.Areas {
		if r.IntN(3) == 0 {
			s.Prices[a] = float64(50000 + 250*r.IntN(200))
		}
	}
	if r.IntN(2) == 0 {
		s.SetRuleSet(pick([]string{"2020", "2021", "star", "2023"}))
		if r.IntN(2) == 0 {
			s.ConvMin = float64(50 + r.IntN(50))
			s.OfferMin = float64(50 + r.IntN(50))
			s.UseOffers = r.IntN(2) == 0
		}
	}
	for k := r.IntN(3); k > 0; k-- {
		s.SetFokus(calc.FokusOverride{Code: 100 + r.IntN(800), Conversations: float64(r.IntN(1001)) / 10, Offers: float64(r.IntN(101))})
	}
	if r.IntN(2) == 0 {
		s.Phi = float64(1 + r.IntN(20))
	}
	return s
}

func TestEncodeDecodeIdentity(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		s := randomScenario(r)
		q := s.Encode()
		got, err := calc.DecodeScenario(q)
		require.NoError(t, err, q)
		require.Equal(t, s, got, q)
		assert.Equal(t, q, got.Encode())
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, c := range []struct{ q, key, msg string }{
		{"v=2&scope=kl", "v", "newer version"},
		{"v=x", "v", "positive whole number"},
		{"v=1&scope=moon", "scope", "unknown scope"},
		{"v=1&w=height", "w", "unknown weighting"},
		{"v=1&cl=336:100", "cl", "code:current:target"},
		{"v=1&cl=336:0:50", "cl", "at least 1"},
		{"v=1&cl=336:100:50:total", "cl", "unknown area"},
		{"v=1&cl=all", "cl", "all:target"},
		{"v=1&cl=all:0", "cl", "at least 1"},
		{"v=1&cl=r1090:50", "cl", "unknown region"},
		{"v=1&cl=rx:50", "cl", "unknown region"},
		{"v=1&cl=all:50:total", "cl", "unknown area"},
		{"v=1&eps=NaN", "eps", "elasticity"},
		{"v=1&tr=336:kth:kth:5", "tr", "two different areas"},
		{"v=1&tr=336:kth:fp:200%25", "tr", "percentage"},
		{"v=1&price=kth:-5", "price", "area:kroner"},
		{"v=1&rules=1999", "rules", "unknown rule set"},
		{"v=1&fk=707:94.3", "fk", "code:conversations:offers"},
		{"v=1&phi=0", "phi", "positive"},
		{"v=1&p=%zz", "p", "percent-escape"},
	} {
		_, err := calc.DecodeScenario(c.q)
		var qe *calc.QueryError
		require.True(t, errors.As(err, &qe), "%s: %v", c.q, err)
		assert.Equal(t, c.key, qe.Key, c.q)
		assert.Contains(t, err.Error(), c.msg, c.q)
	}
}

func TestDecodeIgnoresAppKeys(t *testing.T) {
	s, err := calc.DecodeScenario("v=1&ds=demo&m=336&tab=kommune&lang=en&scope=kl")
	require.NoError(t, err)
	assert.Equal(t, calc.ScopeKL, s.Scope)
}

func FuzzDecodeScenario(f *testing.F) {
	f.Add("v=1&scope=kl&cl=336:100:50")
	f.Add("v=1&cl=all:50,r1084:40:syg,101:100:30")
	f.Add("v=1&tr=101:syg:fp:5%25&price=kth:80000&rules=2020&conv=70&fk=707:94.3:83.2")
	f.Add("v=2")
	f.Add("%%%&&==,,::")
	f.Fuzz(func(t *testing.T, q string) {
		s, err := calc.DecodeScenario(q)
		if err != nil {
			return
		}
		// Whatever decodes re-encodes to a query that decodes to the same.
		again, err := calc.DecodeScenario(s.Encode())
		require.NoError(t, err, "re-decoding %q (from %q)", s.Encode(), q)
		require.Equal(t, s.Encode(), again.Encode(), "not stable")
	})
}
