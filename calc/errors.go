package calc

import (
	"fmt"

	"benchsim/calc/internal/enum"
)

// ErrKind says why Apply refused a scenario. calc returns kinds and the
// values behind them, never sentences for users: the text catalogue
// (app/text) words each kind in Danish and English.
type ErrKind int

// The kinds of ApplyError.
const (
	// ErrNoPeriod: the scenario asks for a period the dataset does not have
	// (Period) or the dataset has none (Period empty).
	ErrNoPeriod ErrKind = iota + 1
	// ErrAreaMissing: the scope puts an area in the total that the data has
	// no figures for (Area, Period). For fp and flex the cure is a companion
	// file (Jobindsats PTV_A02, Y10A02 or Y08A02); for fp the
	// connected-vessels lens is an alternative.
	ErrAreaMissing
	// ErrNoMunicipality: a lever names a kommunekode (Code) the dataset lacks.
	ErrNoMunicipality
	// ErrLeverArea: a caseload or transfer lever (Lever "caseload" or
	// "transfer") acts on an area the data has no figures for (Area,
	// Municipality), or a caseload reform does (Lever "reform", Area).
	ErrLeverArea
	// ErrCaseloadNotPositive: a caseload lever's current or target caseload
	// is zero or negative (Municipality).
	ErrCaseloadNotPositive
	// ErrEmptyScope: the scope has no areas.
	ErrEmptyScope
	// ErrRows: a period has another number of rows than the dataset has
	// municipalities (Period, Got, Want): the dataset is malformed.
	ErrRows
	// ErrCompareCount: a comparison was asked for Got scenarios; it takes 1
	// to Want (MaxCompare).
	ErrCompareCount
	// ErrComparePeriods: the scenarios of a comparison name different
	// periods (Period is the first that differs).
	ErrComparePeriods
)

var errKindIDs = enum.New("errkind", map[ErrKind]string{
	ErrNoPeriod: "no-period", ErrAreaMissing: "area-missing", ErrNoMunicipality: "no-municipality",
	ErrLeverArea: "lever-area", ErrCaseloadNotPositive: "caseload-not-positive",
	ErrEmptyScope: "empty-scope", ErrRows: "rows", ErrCompareCount: "compare-count", ErrComparePeriods: "compare-periods",
})

// String is a short identifier of the kind, e.g. "area-missing".
func (k ErrKind) String() string { return errKindIDs.Name(k) }

// ApplyError is a scenario Apply cannot compute. Only the fields its Kind
// names are set.
type ApplyError struct {
	Kind         ErrKind
	Area         Area
	Period       string
	Code         int    // kommunekode
	Municipality string // name
	Lever        string // "caseload", "reform" or "transfer"
	Got, Want    int
}

// Error is an English description for logs and Go callers; users see the
// text catalogue's wording of Kind.
func (e *ApplyError) Error() string {
	switch e.Kind {
	case ErrNoPeriod:
		if e.Period == "" {
			return "the dataset has no periods"
		}
		return fmt.Sprintf("the dataset has no period %q", e.Period)
	case ErrAreaMissing:
		return fmt.Sprintf("the data has no figures for %s in %s", AreaLabels[e.Area], e.Period)
	case ErrNoMunicipality:
		return fmt.Sprintf("the dataset has no municipality with code %d", e.Code)
	case ErrLeverArea:
		if e.Lever == "reform" {
			return fmt.Sprintf("caseload reform: area %s is not in the data", e.Area)
		}
		return fmt.Sprintf("%s lever for %s: area %s is not in the data", e.Lever, e.Municipality, e.Area)
	case ErrCaseloadNotPositive:
		return fmt.Sprintf("caseload lever for %s: caseloads must be positive", e.Municipality)
	case ErrEmptyScope:
		return "the scope has no areas"
	case ErrRows:
		return fmt.Sprintf("period %s has %d rows for %d municipalities", e.Period, e.Got, e.Want)
	case ErrCompareCount:
		return fmt.Sprintf("a comparison takes 1 to %d scenarios, not %d", e.Want, e.Got)
	case ErrComparePeriods:
		return fmt.Sprintf("the scenarios compared are in different periods (%s)", e.Period)
	}
	return e.Kind.String()
}

// FitKind says why a re-estimation cannot be done.
type FitKind int

// The kinds of FitError.
const (
	// FitTooFew: N municipalities are too few for K covariates.
	FitTooFew FitKind = iota + 1
	// FitNoPopulation: the population weights sum to zero.
	FitNoPopulation
	// FitConstant: Covariate has the same value for every municipality.
	FitConstant
	// FitCollinear: the covariates are collinear (Cond is the condition
	// number when it was computed, else 0); switch one off.
	FitCollinear
	// FitNotNumber: the share of Municipality is not a number.
	FitNotNumber
	// FitNumeric: the solution is singular or not finite.
	FitNumeric
)

var fitKindIDs = enum.New("fitkind", map[FitKind]string{
	FitTooFew: "too-few", FitNoPopulation: "no-population", FitConstant: "constant",
	FitCollinear: "collinear", FitNotNumber: "not-a-number", FitNumeric: "numeric",
})

// String is a short identifier of the kind, e.g. "collinear".
func (k FitKind) String() string { return fitKindIDs.Name(k) }

// FitError is a re-estimation that cannot be done: too few municipalities,
// a constant covariate, or collinear covariates. Only the fields its Kind
// names are set.
type FitError struct {
	Area         Area
	Kind         FitKind
	N, K         int     // municipalities, covariates (FitTooFew)
	Covariate    string  // FitConstant
	Cond         float64 // FitCollinear
	Municipality string  // FitNotNumber
}

func (e *FitError) Error() string {
	var msg string
	switch e.Kind {
	case FitTooFew:
		msg = fmt.Sprintf("%d municipalities are too few for %d covariates", e.N, e.K)
	case FitNoPopulation:
		msg = "the population is zero"
	case FitConstant:
		msg = fmt.Sprintf("covariate %s is the same for every municipality", e.Covariate)
	case FitCollinear:
		msg = "the covariates are collinear; switch one of them off"
		if e.Cond > 0 {
			msg = fmt.Sprintf("the covariates are collinear (condition number %.3g); switch one of them off", e.Cond)
		}
	case FitNotNumber:
		msg = fmt.Sprintf("the share of %s is not a number", e.Municipality)
	default:
		msg = "the fit is singular or not finite"
	}
	return fmt.Sprintf("re-estimating expected for %s: %s", e.Area, msg)
}
