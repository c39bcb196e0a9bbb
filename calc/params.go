package calc

// Parameter is one model parameter with its default value, bounds and
// source. Every number the model uses that is not data lives in Parameters;
// its label and unit in both languages are app/text's (keyed by ID).
type Parameter struct {
	ID     string  // identifier used in code, URLs and the UI
	Value  float64 // default value
	Source string  // where the value comes from (a reference, in Danish)
	Min    float64 // sensible lower bound for inputs
	Max    float64 // sensible upper bound for inputs
}

// Parameter identifiers.
const (
	ParamPrice             = "price"        // kr. per full-time person per year, all areas
	ParamEpsilon           = "eps"          // caseload elasticity
	ParamPhaseIn           = "phasein"      // years to full effect
	ParamCaseworkerCost    = "cwcost"       // kr. per caseworker-year
	ParamCaseloadCurrent   = "c0"           // default current caseload when data has none
	ParamCaseloadTarget    = "c1"           // a commonly named goal
	ParamVesselsElasticity = "vessels"      // FP deviation per kth deviation
	ParamFPShare           = "fpshare"      // national FP share, for the lens on data without FP
	ParamFlexShare         = "flexshare"    // national fleksjob share
	ParamPhi               = "phi"          // overdispersion for rank intervals
	ParamDraws             = "draws"        // simulation draws for rank intervals
	ParamZ95               = "z95"          // funnel limit
	ParamZ998              = "z998"         // funnel limit
	ParamConvMin           = "convmin"      // fokusmål threshold (conversations)
	ParamOfferMin          = "offermin"     // fokusmål threshold (offers)
	ParamMoveThreshold     = "movethr"      // places that count as a notable move
	ParamTolerance         = "resulttol"    // resultatmål tolerance in pp
	ParamKTH2017Share      = "kth2017share" // share of kth that the 2017 scope left out, when data lacks sub-benefits
)

// Parameters is the one table of model parameters. Scenarios start from these
// defaults; the UI shows this table with its sources.
var Parameters = []Parameter{
	{ParamPrice, 71250,
		"Seed 000: Stevns 2017, 160 personer over forventet = 11,4 mio. kr. (BM's potentiale); andre 2017-par giver 67–75.000 kr.", 0, 500000},
	{ParamEpsilon, 0.075,
		"Evidensinterval 0,05–0,10: Wien-forsøg (250→100 sager, ca. −35 ydelsesdage pr. person over to år); Hjørring (70–80→35, ca. +50 timers arbejde om året); danske samtaleforsøg (ca. +5 % beskæftigede uger)", 0, 0.3},
	{ParamPhaseIn, 2,
		"Antagelse: 1 år for jobparate, op til 4 for aktivitetsparate (model.md 3.3)", 0, 6},
	{ParamCaseworkerCost, 900000,
		"Inkl. overhead; et dansk projekt brugte 125 mio. kr. på 35 sagsbehandlere over 4 år", 0, 3000000},
	{ParamCaseloadCurrent, 100,
		"Seed 001/003: København havde ca. 100 sager pr. sagsbehandler (tidligere over 150)", 5, 300},
	{ParamCaseloadTarget, 50,
		"Seed 003: \"et sted mellem 30 og 50\" nævnes ofte som målet; specialenheder 25–50", 5, 300},
	{ParamVesselsElasticity, -0.43,
		"Analyse: kommuner med 10 % færre på kontanthjælp end forventet havde 4,3 % flere på FP end forventet", -2, 2},
	{ParamFPShare, 5.9,
		"Ca. 225.000 fuldtidspersoner på FP (2022) af ca. 3,8 mio. 16–66-årige", 0, 20},
	{ParamFlexShare, 2.2,
		"Ca. 84.000 fuldtidspersoner i fleksjob (2022) af ca. 3,8 mio. 16–66-årige", 0, 20},
	{ParamPhi, 4,
		"Antagelse (model.md afsnit 4); jf. Goldstein & Spiegelhalter (1996)", 1, 50},
	{ParamDraws, 1000,
		"Mindst 1.000 (model.md afsnit 4)", 100, 20000},
	{ParamZ95, 1.96,
		"Spiegelhalter (2005), funnel plots", 0, 5},
	{ParamZ998, 3.09,
		"Spiegelhalter (2005), funnel plots", 0, 5},
	{ParamConvMin, 80,
		"Seed 004 (2. halvår 2020 – 1. halvår 2021)", 0, 100},
	{ParamOfferMin, 80,
		"Seed 004 (2. halvår 2020 – 1. halvår 2021)", 0, 100},
	{ParamMoveThreshold, 5,
		"Projektets valg til opsummeringen (\"flytter sig 5 pladser eller mere\")", 1, 97},
	{ParamTolerance, 0,
		"Officielt: faktisk ≤ forventet (model.md 1.6)", -5, 5},
	{ParamKTH2017Share, 35,
		"Antagelse for data uden delydelser: omtrentlig andel af kontanthjælpsområdet (2019-udvidelsen)", 0, 100},
}

// Param returns the default value of the parameter with the given ID. It
// panics on an unknown ID: that is a programming error, caught by tests.
func Param(id string) float64 {
	for i := range Parameters { // by index: a Parameter is five words to copy
		if Parameters[i].ID == id {
			return Parameters[i].Value
		}
	}
	panic("calc: unknown parameter " + id)
}

// ParamInfo returns the parameter with the given ID.
func ParamInfo(id string) (Parameter, bool) {
	for _, p := range Parameters {
		if p.ID == id {
			return p, true
		}
	}
	return Parameter{}, false
}

// RuleSet is a supervision rule set: which focus targets count and their
// thresholds (model.md 1.6).
type RuleSet struct {
	ID        string  // its label is app/text's
	ConvMin   float64 // pct. with at least 4 conversations
	UseOffers bool    // whether the offers target counts
	OfferMin  float64 // pct. with an offer or hours of work
	Source    string
}

// RuleSets are the presets; the thresholds are editable in a scenario.
var RuleSets = []RuleSet{
	{"2020", 80, true, 80,
		"Seed 004: mindst 80 % med 4 samtaler og mindst 80 % med tilbud eller 225 timer"},
	{"2021", 80, false, 80,
		"Seed 004: tilbud suspenderet pga. corona; kun samtaler tæller i 2021–2022"},
	{"star", 80, true, 70,
		"STAR-tekst: højst 30 % uden tilbud eller 100 timers arbejde"},
	{"2023", 80, false, 80,
		"2023-reglerne ser på samtaler i de første 6 måneder; tærskel antaget 80 %"},
}

// RuleSetByID returns the rule set with the given ID.
func RuleSetByID(id string) (RuleSet, bool) {
	for _, r := range RuleSets {
		if r.ID == id {
			return r, true
		}
	}
	return RuleSet{}, false
}

// PricePreset is a labelled set of prices per area (kr. per full-time person
// per year) for the potential and the cost weighting (model.md 3.5 and 7).
type PricePreset struct {
	ID     string // its label, source and caveat are app/text's
	Prices [NumAreas]float64
}

// The price presets' IDs.
const (
	PricesEqual    = "equal"    // every area at ParamPrice: BM's implied average
	PricesTeaching = "teaching" // the tour's differing prices
)

// PricePresets are the price presets in display order. BM publishes no price
// per area, only the potential that implies about 71.250 kr. on average, so
// any differing prices are an assumption.
var PricePresets = []PricePreset{
	{PricesEqual, [NumAreas]float64{DP: 71250, KTH: 71250, SYG: 71250, FP: 71250, Flex: 71250}},
	{PricesTeaching, [NumAreas]float64{DP: 40000, KTH: 110000, SYG: 63750, FP: 71250, Flex: 71250}},
}

// PricePresetByID returns the price preset with the given ID.
func PricePresetByID(id string) (PricePreset, bool) {
	for _, p := range PricePresets {
		if p.ID == id {
			return p, true
		}
	}
	return PricePreset{}, false
}

// SetPricePreset sets the scenario's prices to the preset's.
func (s *Scenario) SetPricePreset(id string) bool {
	p, ok := PricePresetByID(id)
	if ok {
		s.Prices = p.Prices
	}
	return ok
}

// PricePreset returns the ID of the preset whose prices the scenario has,
// or "" when its prices are its own.
func (s *Scenario) PricePreset() string {
	for _, p := range PricePresets {
		if p.Prices == s.Prices {
			return p.ID
		}
	}
	return ""
}

// EqualPricesInScope reports whether every area in the scenario's scope has
// the same price in a period of the given official scope ("2017" or "2019").
// Cost weighting (w_a = price_a / mean price) then gives every area weight 1
// and ranks exactly as the official volume weighting does.
func (s *Scenario) EqualPricesInScope(official string) bool {
	in, _ := s.ScopeAreas(official)
	first, seen := 0.0, false
	for _, a := range Areas {
		if !in[a] {
			continue
		}
		if seen && s.Prices[a] != first {
			return false
		}
		first, seen = s.Prices[a], true
	}
	return true
}

// CostWeightingIsVolume reports whether the result's scenario asks for cost
// weighting while its prices in scope are equal, so that it equals the
// volume weighting: the UI says so and points to the prices.
func (r *Result) CostWeightingIsVolume() bool {
	return r.Settings.Weighting == WeightCost && r.Settings.EqualPricesInScope(r.Dataset.Periods[r.Period].Scope)
}
