package calc

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Scope presets (model.md 3.1).
const (
	ScopeOfficial = ""       // the period's own official scope (the default)
	ScopeBM2017   = "bm2017" // dp + kth without ledighedsydelse and ressourceforløbsydelse + syg
	ScopeBM2019   = "bm2019" // dp + kth + syg (from spring 2019)
	ScopeKL       = "kl"     // KL's proposal: + fp + fleksjob
	ScopeAll      = "all"    // every benefit area the data has
	ScopeCustom   = "custom" // the areas in Scenario.Areas
)

// ScopePresets lists the scope presets in display order.
var ScopePresets = []string{ScopeOfficial, ScopeBM2017, ScopeBM2019, ScopeKL, ScopeAll, ScopeCustom}

// Weightings of the areas in the total (model.md 3.1).
const (
	WeightVolume   = ""       // official: every area weight 1, so areas count by volume
	WeightCost     = "cost"   // w_a = price_a / mean price
	WeightRankMean = "rank"   // mean of the area ranks
	WeightCustom   = "custom" // Scenario.Weights
)

// Weightings lists the weightings in display order.
var Weightings = []string{WeightVolume, WeightCost, WeightRankMean, WeightCustom}

// CaseloadLever is a caseload change in one municipality (model.md 3.3).
type CaseloadLever struct {
	Code int     // kommunekode
	Area Area    // targeted area (default KTH)
	From float64 // current cases per caseworker (c0)
	To   float64 // target cases per caseworker (c1)
}

// Transfer moves full-time persons between areas in one municipality
// (model.md 3.4). Exactly one of Persons and Pct is used: Pct when non-zero.
type Transfer struct {
	Code    int
	From    Area
	To      Area
	Persons float64
	Pct     float64 // pct. of the From area's actual persons
}

// FokusOverride replaces a municipality's focus-target figures.
type FokusOverride struct {
	Code          int
	Conversations float64
	Offers        float64
}

// Scenario is a set of lever settings. Its zero value is not valid: start
// from DefaultScenario, which is the official model.
type Scenario struct {
	Period string // period code; "" = the dataset's latest

	Scope     string
	Areas     [NumAreas]bool // areas in the total when Scope == ScopeCustom
	Weighting string
	Weights   [NumAreas]float64 // when Weighting == WeightCustom

	Reestimate    bool     // re-estimate expected for the areas in scope
	CovariatesOff []string // covariate IDs switched off in the re-estimation (sorted)

	Caseload       []CaseloadLever  // sorted by Code
	Reforms        []CaseloadReform // sorted by Region, then Area (see SetReform)
	Epsilon        float64
	PhaseIn        float64 // years to full effect
	Years          float64 // years since the caseload change; 0 = after full phase-in
	CaseworkerCost float64

	Transfers []Transfer // in the order given

	Lens              bool    // apply the connected-vessels elasticity over all municipalities
	VesselsElasticity float64 // FP deviation per kth deviation

	Prices [NumAreas]float64 // kr. per full-time person per year (Total unused)

	RuleSet   string
	ConvMin   float64
	UseOffers bool
	OfferMin  float64
	Fokus     []FokusOverride // sorted by Code

	Phi float64 // overdispersion for rank intervals and funnel limits
}

// DefaultScenario returns the official model with every parameter at its
// default from Parameters.
func DefaultScenario() Scenario {
	s := Scenario{
		Epsilon:           Param(ParamEpsilon),
		PhaseIn:           Param(ParamPhaseIn),
		CaseworkerCost:    Param(ParamCaseworkerCost),
		VesselsElasticity: Param(ParamVesselsElasticity),
		Phi:               Param(ParamPhi),
	}
	for a := DP; a < NumAreas; a++ {
		s.Prices[a] = Param(ParamPrice)
		s.Weights[a] = 1
	}
	s.SetRuleSet("2021")
	s.RuleSet = "" // the period's own rule set
	return s
}

// SetRuleSet sets the rule set and its thresholds.
func (s *Scenario) SetRuleSet(id string) bool {
	r, ok := RuleSetByID(id)
	if !ok {
		return false
	}
	s.RuleSet, s.ConvMin, s.UseOffers, s.OfferMin = r.ID, r.ConvMin, r.UseOffers, r.OfferMin
	return true
}

// ScopeAreas returns the areas in the total for the scenario's scope, and
// whether kth is taken in the 2017 scope. official is the period's scope
// ("2017" or "2019").
func (s *Scenario) ScopeAreas(official string) (in [NumAreas]bool, kth2017 bool) {
	scope := s.Scope
	if scope == ScopeOfficial {
		scope = ScopeBM2019
		if official == "2017" {
			scope = ScopeBM2017
		}
	}
	switch scope {
	case ScopeBM2017:
		in[DP], in[KTH], in[SYG] = true, true, true
		kth2017 = true
	case ScopeKL, ScopeAll:
		in[DP], in[KTH], in[SYG], in[FP], in[Flex] = true, true, true, true, true
	case ScopeCustom:
		in = s.Areas
		in[Total] = false
	default:
		in[DP], in[KTH], in[SYG] = true, true, true
	}
	return in, kth2017
}

// IsOfficial reports whether the scenario leaves the official model
// unchanged apart from parameters that only affect displays (prices, phi).
func (s *Scenario) IsOfficial() bool {
	d := DefaultScenario()
	return s.Scope == d.Scope && s.Weighting == d.Weighting && !s.Reestimate &&
		len(s.Caseload) == 0 && len(s.Reforms) == 0 && len(s.Transfers) == 0 && !s.Lens
}

// QueryVersion is the version of the scenario query syntax.
const QueryVersion = 1

func ff(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// Encode writes the scenario as a URL query string (without "?"), in a
// canonical order, listing only values that differ from DefaultScenario.
// Decode(Encode(s)) == s for every valid scenario.
func (s Scenario) Encode() string {
	d := DefaultScenario()
	var b []string
	for _, k := range queryKeys {
		if v, ok := k.encode(&s, &d); ok {
			b = append(b, k.key+"="+v)
		}
	}
	return strings.Join(b, "&")
}

// queryEscape escapes the few characters our syntax gives meaning to.
func queryEscape(s string) string { return queryEscaper.Replace(s) }

// queryEscaper is queryEscape's replacer, built once: building it took
// most of Encode's time, and the app encodes the scenario a dozen times in
// every render (links, cache keys) while a lever is dragged.
var queryEscaper = strings.NewReplacer("%", "%25", "&", "%26", "=", "%3D", ",", "%2C", ":", "%3A", "#", "%23", "+", "%2B", " ", "%20")

// QueryError is a problem in a scenario query string.
type QueryError struct {
	Key   string // the key whose value is wrong; "" for the query as a whole
	Value string
	Msg   string
}

func (e *QueryError) Error() string {
	if e.Key == "" {
		return "scenario: " + e.Msg
	}
	return fmt.Sprintf("scenario: %s=%s: %s", e.Key, e.Value, e.Msg)
}

// ParseQuery splits a query string into keys and values, in order, undoing
// percent-escapes. Unknown keys are kept: callers (the app) add their own.
func ParseQuery(q string) ([][2]string, error) {
	q = strings.TrimPrefix(q, "?")
	var out [][2]string
	if q == "" {
		return nil, nil
	}
	for _, part := range strings.Split(q, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		uk, err1 := unescape(k)
		uv, err2 := unescape(v)
		if err1 != nil || err2 != nil {
			return nil, &QueryError{Key: k, Value: v, Msg: "bad percent-escape"}
		}
		out = append(out, [2]string{uk, uv})
	}
	return out, nil
}

func unescape(s string) (string, error) {
	if !strings.ContainsAny(s, "%+") {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if i+2 >= len(s) {
				return "", fmt.Errorf("bad escape")
			}
			n, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if err != nil {
				return "", err
			}
			b.WriteByte(byte(n))
			i += 2
		case c == '+':
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// DecodeScenario reads a query string written by Encode (or by hand). Keys
// that belong to the app (ds, m, tab, lang, area, sort, …) are ignored. A
// query with a version newer than QueryVersion, an unknown value or a number
// out of range is an error; the caller falls back to defaults.
func DecodeScenario(q string) (Scenario, error) {
	kv, err := ParseQuery(q)
	if err != nil {
		return DefaultScenario(), err
	}
	return DecodeScenarioPairs(kv)
}

// DecodeScenarioPairs is DecodeScenario on already split pairs.
func DecodeScenarioPairs(kv [][2]string) (Scenario, error) {
	s := DefaultScenario()
	for _, p := range kv {
		k, v := p[0], p[1]
		i := slices.IndexFunc(queryKeys, func(q queryKey) bool { return q.key == k })
		if i < 0 {
			continue // the app's own keys
		}
		if msg := queryKeys[i].decode(&s, v); msg != "" {
			return DefaultScenario(), &QueryError{Key: k, Value: v, Msg: msg}
		}
	}
	return s, nil
}

func splitList(v string) []string {
	var out []string
	for _, x := range strings.Split(v, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// SetCaseload adds or replaces the caseload lever for l.Code, keeping the
// list sorted. A lever with From == To is removed.
func (s *Scenario) SetCaseload(l CaseloadLever) {
	out := make([]CaseloadLever, 0, len(s.Caseload)+1) // one allocation, not append's growth
	for _, c := range s.Caseload {
		if c.Code != l.Code {
			out = append(out, c)
		}
	}
	if l.From != l.To {
		out = append(out, l)
	}
	slices.SortFunc(out, func(a, b CaseloadLever) int { return a.Code - b.Code })
	if len(out) == 0 {
		out = s.Caseload[:0:0] // nil stays nil
	}
	s.Caseload = out
}

// CaseloadFor returns the caseload lever for a municipality, if any.
func (s *Scenario) CaseloadFor(code int) (CaseloadLever, bool) {
	for _, c := range s.Caseload {
		if c.Code == code {
			return c, true
		}
	}
	return CaseloadLever{}, false
}

// SetFokus adds or replaces a focus-target override, keeping the list sorted.
func (s *Scenario) SetFokus(f FokusOverride) {
	out := make([]FokusOverride, 0, len(s.Fokus)+1) // one allocation, not append's growth
	for _, x := range s.Fokus {
		if x.Code != f.Code {
			out = append(out, x)
		}
	}
	out = append(out, f)
	slices.SortFunc(out, func(a, b FokusOverride) int { return a.Code - b.Code })
	s.Fokus = out
}

// Clone returns a deep copy.
func (s Scenario) Clone() Scenario {
	s.CovariatesOff = slices.Clone(s.CovariatesOff)
	s.Caseload = slices.Clone(s.Caseload)
	s.Reforms = slices.Clone(s.Reforms)
	s.Transfers = slices.Clone(s.Transfers)
	s.Fokus = slices.Clone(s.Fokus)
	return s
}
