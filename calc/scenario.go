package calc

import (
	"fmt"
	"math"
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

	Caseload       []CaseloadLever // sorted by Code
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
		len(s.Caseload) == 0 && len(s.Transfers) == 0 && !s.Lens
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
	add := func(k, v string) { b = append(b, k+"="+v) }
	add("v", strconv.Itoa(QueryVersion))
	if s.Period != "" {
		add("p", queryEscape(s.Period))
	}
	if s.Scope != d.Scope {
		add("scope", s.Scope)
	}
	if s.Scope == ScopeCustom {
		var ids []string
		for _, a := range Areas {
			if s.Areas[a] {
				ids = append(ids, a.ID())
			}
		}
		add("areas", strings.Join(ids, ","))
	}
	if s.Weighting != d.Weighting {
		add("w", s.Weighting)
	}
	if s.Weighting == WeightCustom {
		var ws []string
		for _, a := range Areas {
			ws = append(ws, a.ID()+":"+ff(s.Weights[a]))
		}
		add("wc", strings.Join(ws, ","))
	}
	if s.Reestimate {
		add("re", "1")
	}
	if len(s.CovariatesOff) > 0 {
		var ids []string
		for _, c := range s.CovariatesOff {
			ids = append(ids, queryEscape(c))
		}
		add("covoff", strings.Join(ids, ","))
	}
	if len(s.Caseload) > 0 {
		var cs []string
		for _, c := range s.Caseload {
			x := strconv.Itoa(c.Code) + ":" + ff(c.From) + ":" + ff(c.To)
			if c.Area != KTH {
				x += ":" + c.Area.ID()
			}
			cs = append(cs, x)
		}
		add("cl", strings.Join(cs, ","))
	}
	if s.Epsilon != d.Epsilon {
		add("eps", ff(s.Epsilon))
	}
	if s.PhaseIn != d.PhaseIn {
		add("T", ff(s.PhaseIn))
	}
	if s.Years != d.Years {
		add("yr", ff(s.Years))
	}
	if s.CaseworkerCost != d.CaseworkerCost {
		add("cw", ff(s.CaseworkerCost))
	}
	if len(s.Transfers) > 0 {
		var ts []string
		for _, t := range s.Transfers {
			x := strconv.Itoa(t.Code) + ":" + t.From.ID() + ":" + t.To.ID() + ":"
			if t.Pct != 0 {
				x += ff(t.Pct) + "%25"
			} else {
				x += ff(t.Persons)
			}
			ts = append(ts, x)
		}
		add("tr", strings.Join(ts, ","))
	}
	if s.Lens {
		add("lens", "1")
	}
	if s.VesselsElasticity != d.VesselsElasticity {
		add("el", ff(s.VesselsElasticity))
	}
	var ps []string
	for _, a := range Areas {
		if s.Prices[a] != d.Prices[a] {
			ps = append(ps, a.ID()+":"+ff(s.Prices[a]))
		}
	}
	if len(ps) > 0 {
		add("price", strings.Join(ps, ","))
	}
	if s.RuleSet != d.RuleSet {
		add("rules", s.RuleSet)
		d.SetRuleSet(s.RuleSet)
	}
	if s.ConvMin != d.ConvMin {
		add("conv", ff(s.ConvMin))
	}
	if s.UseOffers != d.UseOffers {
		if s.UseOffers {
			add("offers", "1")
		} else {
			add("offers", "0")
		}
	}
	if s.OfferMin != d.OfferMin {
		add("offer", ff(s.OfferMin))
	}
	if len(s.Fokus) > 0 {
		var fs []string
		for _, f := range s.Fokus {
			fs = append(fs, strconv.Itoa(f.Code)+":"+ff(f.Conversations)+":"+ff(f.Offers))
		}
		add("fk", strings.Join(fs, ","))
	}
	if s.Phi != d.Phi {
		add("phi", ff(s.Phi))
	}
	return strings.Join(b, "&")
}

// queryEscape escapes the few characters our syntax gives meaning to.
func queryEscape(s string) string {
	r := strings.NewReplacer("%", "%25", "&", "%26", "=", "%3D", ",", "%2C", ":", "%3A", "#", "%23", "+", "%2B", " ", "%20")
	return r.Replace(s)
}

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
	bad := func(k, v, msg string) (Scenario, error) {
		return DefaultScenario(), &QueryError{Key: k, Value: v, Msg: msg}
	}
	num := func(v string, lo, hi float64) (float64, bool) {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil || math.IsNaN(x) || x < lo || x > hi {
			return 0, false
		}
		return x, true
	}
	code := func(v string) (int, bool) {
		c, err := strconv.Atoi(v)
		return c, err == nil && c >= 0 && c < 1e6
	}
	for _, p := range kv {
		k, v := p[0], p[1]
		switch k {
		case "v":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return bad(k, v, "version must be a positive whole number")
			}
			if n > QueryVersion {
				return bad(k, v, fmt.Sprintf("made by a newer version of the simulator (this one reads version %d)", QueryVersion))
			}
		case "p":
			s.Period = v
		case "scope":
			if !slices.Contains(ScopePresets, v) || v == "" {
				return bad(k, v, "unknown scope (want bm2017, bm2019, kl, all or custom)")
			}
			s.Scope = v
		case "areas":
			for _, id := range splitList(v) {
				a, err := ParseArea(id)
				if err != nil || a == Total {
					return bad(k, v, "unknown area "+id)
				}
				s.Areas[a] = true
			}
		case "w":
			if !slices.Contains(Weightings, v) || v == "" {
				return bad(k, v, "unknown weighting (want cost, rank or custom)")
			}
			s.Weighting = v
		case "wc":
			for _, item := range splitList(v) {
				id, val, _ := strings.Cut(item, ":")
				a, err := ParseArea(id)
				x, ok := num(val, 0, 1000)
				if err != nil || a == Total || !ok {
					return bad(k, v, "want area:weight, e.g. kth:2")
				}
				s.Weights[a] = x
			}
		case "re":
			s.Reestimate = v == "1"
		case "covoff":
			s.CovariatesOff = splitList(v)
			slices.Sort(s.CovariatesOff)
		case "cl":
			for _, item := range splitList(v) {
				f := strings.Split(item, ":")
				if len(f) < 3 || len(f) > 4 {
					return bad(k, v, "want code:current:target[:area], e.g. 336:100:50")
				}
				c, ok := code(f[0])
				c0, ok0 := num(f[1], 1, 10000)
				c1, ok1 := num(f[2], 1, 10000)
				if !ok || !ok0 || !ok1 {
					return bad(k, v, "want code:current:target[:area] with caseloads of at least 1")
				}
				l := CaseloadLever{Code: c, Area: KTH, From: c0, To: c1}
				if len(f) == 4 {
					a, err := ParseArea(f[3])
					if err != nil || a == Total {
						return bad(k, v, "unknown area "+f[3])
					}
					l.Area = a
				}
				s.SetCaseload(l)
			}
		case "eps":
			x, ok := num(v, -1, 1)
			if !ok {
				return bad(k, v, "elasticity must be a number between -1 and 1")
			}
			s.Epsilon = x
		case "T":
			x, ok := num(v, 0, 50)
			if !ok {
				return bad(k, v, "phase-in must be 0–50 years")
			}
			s.PhaseIn = x
		case "yr":
			x, ok := num(v, 0, 50)
			if !ok {
				return bad(k, v, "years must be 0–50")
			}
			s.Years = x
		case "cw":
			x, ok := num(v, 0, 1e8)
			if !ok {
				return bad(k, v, "caseworker cost must be a non-negative number of kroner")
			}
			s.CaseworkerCost = x
		case "tr":
			for _, item := range splitList(v) {
				f := strings.Split(item, ":")
				if len(f) != 4 {
					return bad(k, v, "want code:from:to:persons (or pct%), e.g. 336:kth:fp:100")
				}
				c, ok := code(f[0])
				from, err1 := ParseArea(f[1])
				to, err2 := ParseArea(f[2])
				if !ok || err1 != nil || err2 != nil || from == Total || to == Total || from == to {
					return bad(k, v, "want code:from:to:persons with two different areas")
				}
				t := Transfer{Code: c, From: from, To: to}
				if pct, isPct := strings.CutSuffix(f[3], "%"); isPct {
					x, ok := num(pct, -100, 100)
					if !ok || x == 0 {
						return bad(k, v, "percentage must be between -100 and 100 and not 0")
					}
					t.Pct = x
				} else {
					x, ok := num(f[3], -1e7, 1e7)
					if !ok {
						return bad(k, v, "persons must be a number")
					}
					t.Persons = x
				}
				s.Transfers = append(s.Transfers, t)
			}
		case "lens":
			s.Lens = v == "1"
		case "el":
			x, ok := num(v, -5, 5)
			if !ok {
				return bad(k, v, "elasticity must be between -5 and 5")
			}
			s.VesselsElasticity = x
		case "price":
			for _, item := range splitList(v) {
				id, val, _ := strings.Cut(item, ":")
				a, err := ParseArea(id)
				x, ok := num(val, 0, 1e7)
				if err != nil || a == Total || !ok {
					return bad(k, v, "want area:kroner, e.g. kth:80000")
				}
				s.Prices[a] = x
			}
		case "rules":
			if !s.SetRuleSet(v) {
				return bad(k, v, "unknown rule set")
			}
		case "conv":
			x, ok := num(v, 0, 100)
			if !ok {
				return bad(k, v, "threshold must be 0–100 pct.")
			}
			s.ConvMin = x
		case "offers":
			s.UseOffers = v == "1"
		case "offer":
			x, ok := num(v, 0, 100)
			if !ok {
				return bad(k, v, "threshold must be 0–100 pct.")
			}
			s.OfferMin = x
		case "fk":
			for _, item := range splitList(v) {
				f := strings.Split(item, ":")
				if len(f) != 3 {
					return bad(k, v, "want code:conversations:offers, e.g. 707:94.3:83.2")
				}
				c, ok := code(f[0])
				cv, ok1 := num(f[1], 0, 100)
				of, ok2 := num(f[2], 0, 100)
				if !ok || !ok1 || !ok2 {
					return bad(k, v, "want code:conversations:offers in pct. 0–100")
				}
				s.SetFokus(FokusOverride{Code: c, Conversations: cv, Offers: of})
			}
		case "phi":
			x, ok := num(v, 0.01, 1000)
			if !ok {
				return bad(k, v, "overdispersion must be a positive number")
			}
			s.Phi = x
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
	out := s.Caseload[:0:0]
	for _, c := range s.Caseload {
		if c.Code != l.Code {
			out = append(out, c)
		}
	}
	if l.From != l.To {
		out = append(out, l)
	}
	slices.SortFunc(out, func(a, b CaseloadLever) int { return a.Code - b.Code })
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
	out := s.Fokus[:0:0]
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
	s.Transfers = slices.Clone(s.Transfers)
	s.Fokus = slices.Clone(s.Fokus)
	return s
}
