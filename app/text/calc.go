package text

import (
	"errors"
	"fmt"

	"benchsim/calc"
)

// areaNames are the benefit areas as users read them.
var areaNames = [calc.NumAreas][2]string{
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
	return pick(lang, areaNames[a][0], areaNames[a][1])
}

func pick(lang, da, en string) string {
	if lang == "en" {
		return en
	}
	return da
}

// cure says which file brings an area's figures.
func cure(a calc.Area, lang string) string {
	switch a {
	case calc.FP:
		return pick(lang,
			"Importér en Jobindsats-fil med førtidspension (PTV_A02 eller Y10A02) under Data — eller slå linsen »forbundne kar« til, der regner førtidspension ud fra kontanthjælpens afvigelse.",
			"Import a Jobindsats file with disability pension (PTV_A02 or Y10A02) under Data — or switch on the connected-vessels lens, which derives disability pension from the social-assistance deviation.")
	case calc.Flex:
		return pick(lang,
			"Importér en Jobindsats-fil med fleksjob (PTV_A02 eller Y08A02) under Data.",
			"Import a Jobindsats file with flexi-jobs (PTV_A02 or Y08A02) under Data.")
	}
	return pick(lang, "Importér en Y30R21-fil med området under Data.", "Import a Y30R21 file with the area under Data.")
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
			return pick(lang, "Datasættet har ingen perioder.", "The dataset has no periods.")
		}
		return fmt.Sprintf(pick(lang, "Datasættet har ikke perioden %s.", "The dataset has no period %s."), e.Period)
	case calc.ErrAreaMissing:
		return fmt.Sprintf(pick(lang, "Data har ingen tal for %s i %s, så området kan ikke tælle med. %s",
			"The data has no figures for %s in %s, so the area cannot count. %s"), area, e.Period, cure(e.Area, lang))
	case calc.ErrNoMunicipality:
		return fmt.Sprintf(pick(lang, "Datasættet har ingen kommune med kommunekode %d.",
			"The dataset has no municipality with code %d."), e.Code)
	case calc.ErrLeverArea:
		if e.Lever == "reform" {
			return fmt.Sprintf(pick(lang, "Sagstalsreformen virker på %s, som data ikke har tal for. %s",
				"The caseload reform acts on %s, which the data has no figures for. %s"), area, cure(e.Area, lang))
		}
		lever := pick(lang, "Sagstallet", "The caseload")
		if e.Lever == "transfer" {
			lever = pick(lang, "Flytningen", "The transfer")
		}
		return fmt.Sprintf(pick(lang, "%s for %s virker på %s, som data ikke har tal for. %s",
			"%s for %s acts on %s, which the data has no figures for. %s"), lever, e.Municipality, area, cure(e.Area, lang))
	case calc.ErrCaseloadNotPositive:
		return fmt.Sprintf(pick(lang, "Sagstallet for %s skal være større end 0, både nu og som mål.",
			"The caseload for %s must be above 0, both now and as the target."), e.Municipality)
	case calc.ErrEmptyScope:
		return pick(lang, "Vælg mindst ét område til det samlede mål.", "Choose at least one area for the total.")
	case calc.ErrRows:
		return fmt.Sprintf(pick(lang, "Perioden %s har %d rækker, men datasættet har %d kommuner.",
			"Period %s has %d rows, but the dataset has %d municipalities."), e.Period, e.Got, e.Want)
	case calc.ErrCompareCount:
		return fmt.Sprintf(pick(lang, "En sammenligning rummer 1 til %d scenarier, ikke %d.",
			"A comparison holds 1 to %d scenarios, not %d."), e.Want, e.Got)
	case calc.ErrComparePeriods:
		return fmt.Sprintf(pick(lang, "Scenarierne i sammenligningen er fra forskellige perioder (%s); vælg én periode til dem alle.",
			"The scenarios compared are from different periods (%s); choose one period for all of them."), e.Period)
	}
	return e.Error()
}

func fitError(e *calc.FitError, lang string) string {
	lead := fmt.Sprintf(pick(lang, "Det forventede for %s kan ikke genberegnes: ", "Expected for %s cannot be re-estimated: "), Area(e.Area, lang))
	var why string
	switch e.Kind {
	case calc.FitTooFew:
		why = fmt.Sprintf(pick(lang, "%d kommuner er for få til %d rammevilkår.", "%d municipalities are too few for %d framework conditions."), e.N, e.K)
	case calc.FitNoPopulation:
		why = pick(lang, "befolkningstallet er 0.", "the population is 0.")
	case calc.FitConstant:
		why = fmt.Sprintf(pick(lang, "rammevilkåret %s har samme værdi i alle kommuner — slå det fra.",
			"the framework condition %s has the same value in every municipality — switch it off."), e.Covariate)
	case calc.FitCollinear:
		why = pick(lang, "rammevilkårene hænger for tæt sammen (kollinearitet) — slå et af dem fra.",
			"the framework conditions are too closely related (collinear) — switch one of them off.")
	case calc.FitNotNumber:
		why = fmt.Sprintf(pick(lang, "andelen for %s er ikke et tal.", "the share for %s is not a number."), e.Municipality)
	default:
		why = pick(lang, "regressionen kan ikke løses numerisk.", "the regression cannot be solved numerically.")
	}
	return lead + why
}

// notes word the caveats calc.Result.Notes names.
var notes = map[string][2]string{
	"kth2017-approx": {"Data har ikke delydelserne, så 2017-omfanget er tilnærmet: ledighedsydelse og ressourceforløbsydelse er sat til en fast andel af kontanthjælpsområdet.",
		"The data lacks the sub-benefits, so the 2017 scope is approximated: ledighedsydelse and ressourceforløbsydelse are taken as a fixed share of social assistance."},
	"fp-national-share": {"Data har ikke forventet antal på førtidspension; linsen bruger landsandelen som forventet.",
		"The data has no expected number on disability pension; the lens uses the national share as expected."},
	"fit-dropped-fp": {"Førtidspension er udeladt: det forventede kan ikke genberegnes på disse data (se Forventet: genberegning).",
		"Disability pension is left out: its expected cannot be re-estimated on these data (see Expected: re-estimation)."},
	"fit-dropped-flex": {"Fleksjob er udeladt: det forventede kan ikke genberegnes på disse data (se Forventet: genberegning).",
		"Flexi-jobs are left out: their expected cannot be re-estimated on these data (see Expected: re-estimation)."},
}

// Note words a caveat of calc.Result.Notes; an unknown id stays as it is.
func Note(id, lang string) string {
	if n, ok := notes[id]; ok {
		return pick(lang, n[0], n[1])
	}
	return id
}
