package calc

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// queryKey is one key of the scenario query: how Encode writes it and how
// DecodeScenarioPairs reads it. The table's order is Encode's order.
type queryKey struct {
	key string
	// encode returns the value to write, or false to leave the key out. d
	// is DefaultScenario, as adjusted by the keys before (the rule set's
	// thresholds are its defaults).
	encode func(s, d *Scenario) (string, bool)
	// decode sets the value on s, or returns what is wrong with it.
	decode func(s *Scenario, v string) string
}

var queryKeys = []queryKey{
	{"v", func(s, d *Scenario) (string, bool) { return strconv.Itoa(QueryVersion), true }, decodeVersion},
	{"p", func(s, d *Scenario) (string, bool) { return queryEscape(s.Period), s.Period != "" },
		func(s *Scenario, v string) string { s.Period = v; return "" }},
	choiceKey("scope", ScopePresets, func(s *Scenario) *string { return &s.Scope }, "unknown scope (want bm2017, bm2019, kl, all or custom)"),
	{"areas", encodeAreas, decodeAreas},
	choiceKey("w", Weightings, func(s *Scenario) *string { return &s.Weighting }, "unknown weighting (want cost, rank or custom)"),
	{"wc", encodeWeights, decodeAreaValues("wc", func(s *Scenario) *[NumAreas]float64 { return &s.Weights }, 1000, "want area:weight, e.g. kth:2")},
	flagKey("re", func(s *Scenario) *bool { return &s.Reestimate }),
	{"covoff", encodeCovariatesOff, func(s *Scenario, v string) string {
		s.CovariatesOff = splitList(v)
		slices.Sort(s.CovariatesOff)
		return ""
	}},
	{"cl", encodeCaseload, decodeCaseload},
	numKey("eps", func(s *Scenario) *float64 { return &s.Epsilon }, -1, 1, "elasticity must be a number between -1 and 1"),
	numKey("T", func(s *Scenario) *float64 { return &s.PhaseIn }, 0, 50, "phase-in must be 0–50 years"),
	numKey("yr", func(s *Scenario) *float64 { return &s.Years }, 0, 50, "years must be 0–50"),
	numKey("cw", func(s *Scenario) *float64 { return &s.CaseworkerCost }, 0, 1e8, "caseworker cost must be a non-negative number of kroner"),
	{"tr", encodeTransfers, decodeTransfers},
	flagKey("lens", func(s *Scenario) *bool { return &s.Lens }),
	numKey("el", func(s *Scenario) *float64 { return &s.VesselsElasticity }, -5, 5, "elasticity must be between -5 and 5"),
	{"price", encodePrices, decodeAreaValues("price", func(s *Scenario) *[NumAreas]float64 { return &s.Prices }, 1e7, "want area:kroner, e.g. kth:80000")},
	{"rules", func(s, d *Scenario) (string, bool) {
		if s.RuleSet == d.RuleSet {
			return "", false
		}
		d.SetRuleSet(s.RuleSet)
		return s.RuleSet, true
	}, func(s *Scenario, v string) string {
		if !s.SetRuleSet(v) {
			return "unknown rule set"
		}
		return ""
	}},
	numKey("conv", func(s *Scenario) *float64 { return &s.ConvMin }, 0, 100, "threshold must be 0–100 pct."),
	{"offers", func(s, d *Scenario) (string, bool) {
		if s.UseOffers {
			return "1", s.UseOffers != d.UseOffers
		}
		return "0", s.UseOffers != d.UseOffers
	}, func(s *Scenario, v string) string { s.UseOffers = v == "1"; return "" }},
	numKey("offer", func(s *Scenario) *float64 { return &s.OfferMin }, 0, 100, "threshold must be 0–100 pct."),
	{"fk", encodeFokus, decodeFokus},
	numKey("phi", func(s *Scenario) *float64 { return &s.Phi }, 0.01, 1000, "overdispersion must be a positive number"),
}

// numKey is a number key: written when it differs from the default, read
// within [lo, hi].
func numKey(key string, field func(*Scenario) *float64, lo, hi float64, msg string) queryKey {
	return queryKey{key,
		func(s, d *Scenario) (string, bool) { return ff(*field(s)), *field(s) != *field(d) },
		func(s *Scenario, v string) string {
			x, ok := queryNum(v, lo, hi)
			if !ok {
				return msg
			}
			*field(s) = x
			return ""
		}}
}

// choiceKey is a key whose value is one of choices (not ""): written when
// it differs from the default.
func choiceKey(key string, choices []string, field func(*Scenario) *string, msg string) queryKey {
	return queryKey{key,
		func(s, d *Scenario) (string, bool) { return *field(s), *field(s) != *field(d) },
		func(s *Scenario, v string) string {
			if !slices.Contains(choices, v) || v == "" {
				return msg
			}
			*field(s) = v
			return ""
		}}
}

// flagKey is an on/off key written as "1" when on; any other value is off.
func flagKey(key string, field func(*Scenario) *bool) queryKey {
	return queryKey{key,
		func(s, d *Scenario) (string, bool) { return "1", *field(s) },
		func(s *Scenario, v string) string { *field(s) = v == "1"; return "" }}
}

func queryNum(v string, lo, hi float64) (float64, bool) {
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(x) || x < lo || x > hi {
		return 0, false
	}
	return x, true
}

func queryCode(v string) (int, bool) {
	c, err := strconv.Atoi(v)
	return c, err == nil && c >= 0 && c < 1e6
}

func decodeVersion(_ *Scenario, v string) string {
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return "version must be a positive whole number"
	}
	if n > QueryVersion {
		return fmt.Sprintf("made by a newer version of the simulator (this one reads version %d)", QueryVersion)
	}
	return ""
}

func encodeAreas(s, _ *Scenario) (string, bool) {
	var ids []string
	for _, a := range Areas {
		if s.Areas[a] {
			ids = append(ids, a.ID())
		}
	}
	return strings.Join(ids, ","), s.Scope == ScopeCustom
}

func decodeAreas(s *Scenario, v string) string {
	for _, id := range splitList(v) {
		a, err := ParseArea(id)
		if err != nil || a == Total {
			return "unknown area " + id
		}
		s.Areas[a] = true
	}
	return ""
}

func encodeWeights(s, _ *Scenario) (string, bool) {
	var ws []string
	for _, a := range Areas {
		ws = append(ws, a.ID()+":"+ff(s.Weights[a]))
	}
	return strings.Join(ws, ","), s.Weighting == WeightCustom
}

func encodePrices(s, d *Scenario) (string, bool) {
	var ps []string
	for _, a := range Areas {
		if s.Prices[a] != d.Prices[a] {
			ps = append(ps, a.ID()+":"+ff(s.Prices[a]))
		}
	}
	return strings.Join(ps, ","), len(ps) > 0
}

// decodeAreaValues reads "area:value,…" with values in [0, hi].
func decodeAreaValues(key string, field func(*Scenario) *[NumAreas]float64, hi float64, msg string) func(*Scenario, string) string {
	return func(s *Scenario, v string) string {
		for _, item := range splitList(v) {
			id, val, _ := strings.Cut(item, ":")
			a, err := ParseArea(id)
			x, ok := queryNum(val, 0, hi)
			if err != nil || a == Total || !ok {
				return msg
			}
			field(s)[a] = x
		}
		return ""
	}
}

// mapList writes each item of a list key's value with item.
func mapList[T any](xs []T, item func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = item(x)
	}
	return out
}

// joinList is a list key's value, items separated by commas, and whether
// to write it (when it has items).
func joinList(items []string) (string, bool) {
	return strings.Join(items, ","), len(items) > 0
}

// decodeList reads a list key's value: it calls item with the
// colon-separated fields of each comma-separated item, and stops at the
// first thing wrong.
func decodeList(v string, item func(f []string) string) string {
	for _, x := range splitList(v) {
		if msg := item(strings.Split(x, ":")); msg != "" {
			return msg
		}
	}
	return ""
}

func encodeCovariatesOff(s, _ *Scenario) (string, bool) {
	return joinList(mapList(s.CovariatesOff, queryEscape))
}

// encodeCaseload writes the reforms (all:TARGET[:AREA], rREGION:TARGET[:AREA])
// and then the municipalities' entries (code:current:target[:area]).
func encodeCaseload(s, _ *Scenario) (string, bool) {
	return joinList(append(mapList(s.Reforms, reformItem), mapList(s.Caseload, caseloadItem)...))
}

func reformItem(r CaseloadReform) string {
	x := "all"
	if r.Region != 0 {
		x = "r" + strconv.Itoa(r.Region)
	}
	return x + ":" + ff(r.To) + areaSuffix(r.Area)
}

func caseloadItem(c CaseloadLever) string {
	return strconv.Itoa(c.Code) + ":" + ff(c.From) + ":" + ff(c.To) + areaSuffix(c.Area)
}

// areaSuffix is ":area" for a caseload entry's area, "" for the default kth.
func areaSuffix(a Area) string {
	if a == KTH {
		return ""
	}
	return ":" + a.ID()
}

func decodeCaseload(s *Scenario, v string) string {
	return decodeList(v, func(f []string) string {
		if f[0] == "all" || strings.HasPrefix(f[0], "r") {
			return decodeReform(s, f)
		}
		return decodeCaseloadLever(s, f)
	})
}

func decodeCaseloadLever(s *Scenario, f []string) string {
	if len(f) < 3 || len(f) > 4 {
		return "want code:current:target[:area], e.g. 336:100:50, or all:target or rREGION:target"
	}
	c, ok := queryCode(f[0])
	c0, ok0 := queryNum(f[1], 1, 10000)
	c1, ok1 := queryNum(f[2], 1, 10000)
	if !ok || !ok0 || !ok1 {
		return "want code:current:target[:area] with caseloads of at least 1"
	}
	l := CaseloadLever{Code: c, Area: KTH, From: c0, To: c1}
	if msg := optionalArea(f, 3, &l.Area); msg != "" {
		return msg
	}
	s.SetCaseload(l)
	return ""
}

// decodeReform reads all:TARGET[:AREA] or rREGION:TARGET[:AREA].
func decodeReform(s *Scenario, f []string) string {
	if len(f) < 2 || len(f) > 3 {
		return "want all:target[:area] or rREGION:target[:area], e.g. all:50 or r1084:40"
	}
	r := CaseloadReform{Area: KTH}
	if f[0] != "all" {
		code, err := strconv.Atoi(f[0][1:])
		if _, ok := RegionByCode(code); err != nil || !ok {
			return "unknown region " + f[0] + " (want r1081–r1085)"
		}
		r.Region = code
	}
	to, ok := queryNum(f[1], 1, 10000)
	if !ok {
		return "want a target caseload of at least 1"
	}
	r.To = to
	if msg := optionalArea(f, 2, &r.Area); msg != "" {
		return msg
	}
	s.SetReform(r)
	return ""
}

// optionalArea reads the optional area of a caseload item, f[i], into a
// when the item has it.
func optionalArea(f []string, i int, a *Area) string {
	if len(f) <= i {
		return ""
	}
	x, err := ParseArea(f[i])
	if err != nil || x == Total {
		return "unknown area " + f[i]
	}
	*a = x
	return ""
}

func encodeTransfers(s, _ *Scenario) (string, bool) {
	return joinList(mapList(s.Transfers, transferItem))
}

func transferItem(t Transfer) string {
	x := strconv.Itoa(t.Code) + ":" + t.From.ID() + ":" + t.To.ID() + ":"
	if t.Pct != 0 {
		return x + ff(t.Pct) + "%25"
	}
	return x + ff(t.Persons)
}

func decodeTransfers(s *Scenario, v string) string {
	return decodeList(v, func(f []string) string { return decodeTransfer(s, f) })
}

// decodeTransfer reads code:from:to:persons or code:from:to:pct%.
func decodeTransfer(s *Scenario, f []string) string {
	if len(f) != 4 {
		return "want code:from:to:persons (or pct%), e.g. 336:kth:fp:100"
	}
	c, ok := queryCode(f[0])
	from, err1 := ParseArea(f[1])
	to, err2 := ParseArea(f[2])
	if !ok || err1 != nil || err2 != nil || from == Total || to == Total || from == to {
		return "want code:from:to:persons with two different areas"
	}
	t := Transfer{Code: c, From: from, To: to}
	if pct, isPct := strings.CutSuffix(f[3], "%"); isPct {
		x, ok := queryNum(pct, -100, 100)
		if !ok || x == 0 {
			return "percentage must be between -100 and 100 and not 0"
		}
		t.Pct = x
	} else {
		x, ok := queryNum(f[3], -1e7, 1e7)
		if !ok {
			return "persons must be a number"
		}
		t.Persons = x
	}
	s.Transfers = append(s.Transfers, t)
	return ""
}

func encodeFokus(s, _ *Scenario) (string, bool) {
	return joinList(mapList(s.Fokus, func(f FokusOverride) string {
		return strconv.Itoa(f.Code) + ":" + ff(f.Conversations) + ":" + ff(f.Offers)
	}))
}

func decodeFokus(s *Scenario, v string) string {
	return decodeList(v, func(f []string) string {
		if len(f) != 3 {
			return "want code:conversations:offers, e.g. 707:94.3:83.2"
		}
		c, ok := queryCode(f[0])
		cv, ok1 := queryNum(f[1], 0, 100)
		of, ok2 := queryNum(f[2], 0, 100)
		if !ok || !ok1 || !ok2 {
			return "want code:conversations:offers in pct. 0–100"
		}
		s.SetFokus(FokusOverride{Code: c, Conversations: cv, Offers: of})
		return ""
	})
}
