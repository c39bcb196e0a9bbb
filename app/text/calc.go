package text

import (
	"errors"
	"fmt"
	"sync"

	"benchsim/calc"
)

// areaNames are the benefit areas as users read them.
var areaNames = [calc.NumAreas]W{
	{"Ydelsesgrupper i alt", "All benefit groups"},
	{"A-dagpenge mv.", "Unemployment benefit etc."},
	{"Kontanthjælp mv.", "Social assistance etc."},
	{"Sygedagpenge mv.", "Sickness benefit etc."},
	{"Førtidspension", "Disability pension"},
	{"Fleksjob", "Flexi-jobs"},
}

// Area names a benefit area in the language ("da" or "en").
func Area(a calc.Area, lang string) string {
	if a < 0 || a >= calc.NumAreas {
		return a.ID()
	}
	return areaNames[a].In(Lang(lang))
}

// cure says which file brings an area's figures.
func cure(a calc.Area, lang string) string {
	switch a {
	case calc.FP:
		return W{"Importér en Jobindsats-fil med førtidspension (PTV_A02 eller Y10A02) under Data — eller slå linsen »forbundne kar« til, der regner førtidspension ud fra kontanthjælpens afvigelse.", "Import a Jobindsats file with disability pension (PTV_A02 or Y10A02) under Data — or switch on the connected-vessels lens, which derives disability pension from the social-assistance deviation."}.In(Lang(lang))
	case calc.Flex:
		return W{"Importér en Jobindsats-fil med fleksjob (PTV_A02 eller Y08A02) under Data.", "Import a Jobindsats file with flexi-jobs (PTV_A02 or Y08A02) under Data."}.In(Lang(lang))
	}
	return W{"Importér en Y30R21-fil med området under Data.", "Import a Y30R21 file with the area under Data."}.In(Lang(lang))
}

// NeedsImport reports which area a refused scenario lacks figures for, so
// the UI can offer the import of the file that brings it.
func NeedsImport(err error) (calc.Area, bool) {
	var ae *calc.ApplyError
	if errors.As(err, &ae) && (ae.Kind == calc.ErrAreaMissing || ae.Kind == calc.ErrLeverArea) {
		return ae.Area, true
	}
	return 0, false
}

// CalcError words an error from calc.Apply (an *calc.ApplyError or a
// *calc.FitError) for users in the language; other errors keep their text.
func CalcError(err error, lang string) string {
	var ae *calc.ApplyError
	if errors.As(err, &ae) {
		return applyError(ae, lang)
	}
	var fe *calc.FitError
	if errors.As(err, &fe) {
		return fitError(fe, lang)
	}
	if err == nil {
		return ""
	}
	return err.Error()
}

func applyError(e *calc.ApplyError, lang string) string {
	area := Area(e.Area, lang)
	switch e.Kind {
	case calc.ErrNoPeriod:
		if e.Period == "" {
			return W{"Datasættet har ingen perioder.", "The dataset has no periods."}.In(Lang(lang))
		}
		return fmt.Sprintf(W{"Datasættet har ikke perioden %s.", "The dataset has no period %s."}.In(Lang(lang)), e.Period)
	case calc.ErrAreaMissing:
		return fmt.Sprintf(W{"Data har ingen tal for %s i %s, så området kan ikke tælle med. %s", "The data has no figures for %s in %s, so the area cannot count. %s"}.In(Lang(lang)), area, e.Period, cure(e.Area, lang))
	case calc.ErrNoMunicipality:
		return fmt.Sprintf(W{"Datasættet har ingen kommune med kommunekode %d.", "The dataset has no municipality with code %d."}.In(Lang(lang)), e.Code)
	case calc.ErrLeverArea:
		if e.Lever == "reform" {
			return fmt.Sprintf(W{"Sagstalsreformen virker på %s, som data ikke har tal for. %s", "The caseload reform acts on %s, which the data has no figures for. %s"}.In(Lang(lang)), area, cure(e.Area, lang))
		}
		lever := W{"Sagstallet", "The caseload"}.In(Lang(lang))
		if e.Lever == "transfer" {
			lever = W{"Flytningen", "The transfer"}.In(Lang(lang))
		}
		return fmt.Sprintf(W{"%s for %s virker på %s, som data ikke har tal for. %s", "%s for %s acts on %s, which the data has no figures for. %s"}.In(Lang(lang)), lever, e.Municipality, area, cure(e.Area, lang))
	case calc.ErrCaseloadNotPositive:
		return fmt.Sprintf(W{"Sagstallet for %s skal være større end 0, både nu og som mål.", "The caseload for %s must be above 0, both now and as the target."}.In(Lang(lang)), e.Municipality)
	case calc.ErrEmptyScope:
		return W{"Vælg mindst ét område til det samlede mål.", "Choose at least one area for the total."}.In(Lang(lang))
	case calc.ErrRows:
		return fmt.Sprintf(W{"Perioden %s har %d rækker, men datasættet har %d kommuner.", "Period %s has %d rows, but the dataset has %d municipalities."}.In(Lang(lang)), e.Period, e.Got, e.Want)
	case calc.ErrCompareCount:
		return fmt.Sprintf(W{"En sammenligning rummer 1 til %d scenarier, ikke %d.", "A comparison holds 1 to %d scenarios, not %d."}.In(Lang(lang)), e.Want, e.Got)
	case calc.ErrComparePeriods:
		return fmt.Sprintf(W{"Scenarierne i sammenligningen er fra forskellige perioder (%s); vælg én periode til dem alle.", "The scenarios compared are from different periods (%s); choose one period for all of them."}.In(Lang(lang)), e.Period)
	}
	return e.Error()
}

func fitError(e *calc.FitError, lang string) string {
	lead := fmt.Sprintf(W{"Det forventede for %s kan ikke genberegnes: ", "Expected for %s cannot be re-estimated: "}.In(Lang(lang)), Area(e.Area, lang))
	var why string
	switch e.Kind {
	case calc.FitTooFew:
		why = fmt.Sprintf(W{"%d kommuner er for få til %d rammevilkår.", "%d municipalities are too few for %d framework conditions."}.In(Lang(lang)), e.N, e.K)
	case calc.FitNoPopulation:
		why = W{"befolkningstallet er 0.", "the population is 0."}.In(Lang(lang))
	case calc.FitConstant:
		why = fmt.Sprintf(W{"rammevilkåret %s har samme værdi i alle kommuner — slå det fra.", "the framework condition %s has the same value in every municipality — switch it off."}.In(Lang(lang)), e.Covariate)
	case calc.FitCollinear:
		why = W{"rammevilkårene hænger for tæt sammen (kollinearitet) — slå et af dem fra.", "the framework conditions are too closely related (collinear) — switch one of them off."}.In(Lang(lang))
	case calc.FitNotNumber:
		why = fmt.Sprintf(W{"andelen for %s er ikke et tal.", "the share for %s is not a number."}.In(Lang(lang)), e.Municipality)
	default:
		why = W{"regressionen kan ikke løses numerisk.", "the regression cannot be solved numerically."}.In(Lang(lang))
	}
	return lead + why
}

// notes word the caveats calc.Result.Notes names.
var notes = sync.OnceValue(func() map[string]W {
	return map[string]W{
		"kth2017-approx": {"Data har ikke delydelserne, så 2017-omfanget er tilnærmet: ledighedsydelse og ressourceforløbsydelse er sat til en fast andel af kontanthjælpsområdet.",
			"The data lacks the sub-benefits, so the 2017 scope is approximated: ledighedsydelse and ressourceforløbsydelse are taken as a fixed share of social assistance."},
		"fp-national-share": {"Data har ikke forventet antal på førtidspension; linsen bruger landsandelen som forventet.",
			"The data has no expected number on disability pension; the lens uses the national share as expected."},
		"fit-dropped-fp": {"Førtidspension er udeladt: det forventede kan ikke genberegnes på disse data (se Forventet: genberegning).",
			"Disability pension is left out: its expected cannot be re-estimated on these data (see Expected: re-estimation)."},
		"fit-dropped-flex": {"Fleksjob er udeladt: det forventede kan ikke genberegnes på disse data (se Forventet: genberegning).",
			"Flexi-jobs are left out: their expected cannot be re-estimated on these data (see Expected: re-estimation)."},
	}
})

// Note words a caveat of calc.Result.Notes; an unknown id stays as it is.
func Note(id, lang string) string {
	if n, ok := notes()[id]; ok {
		return n.In(Lang(lang))
	}
	return id
}
