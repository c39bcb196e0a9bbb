package text

import (
	"fmt"

	"benchsim/calc"
	"benchsim/calc/jobindsats"
)

// UIText is the UI section in one language with its wording helpers.
type UIText struct {
	*UI[string]
	lang Lang
}

// UIMsg returns the UI's words in lang (Danish for anything but EN).
func UIMsg(lang Lang) UIText { return UIText{uiBook.in(lang), lang} }

// Lang is the language of the texts.
func (t UIText) Lang() Lang { return t.lang }

func (t UIText) int(n int) string { return Number(float64(n), 0, t.lang) }

// TabName names a view.
func (t UIText) TabName(tab string) string { return t.Tabs[tab] }

// AreaName names an area as the table and the menus do.
func (t UIText) AreaName(a calc.Area) string { return AreaName(a, t.lang) }

// ScopeName names a scope preset.
func (t UIText) ScopeName(s string) string { return t.Scopes[s] }

// WeightingName names a weighting.
func (t UIText) WeightingName(w string) string { return t.WeightingNames[w] }

// Moved is the one-line summary of the scenario: how many municipalities
// move at least places places.
func (t UIText) Moved(n, places int) string {
	if n == 1 {
		return fmt.Sprintf(t.MovedOne, t.int(places))
	}
	return fmt.Sprintf(t.MovedMany, t.int(n), t.int(places))
}

// Moved is the one-line summary of a scenario in lang (UIText.Moved).
func Moved(n, places int, lang Lang) string { return UIMsg(lang).Moved(n, places) }

// Counts summarises the supervision outcomes.
func (t UIText) Counts(met, insp, risk int) string {
	return fmt.Sprintf(t.CountsFmt, t.int(met), t.int(insp), t.int(risk))
}

// CountsKnown is Counts when focus-target figures are known for only known
// of n municipalities: none known makes inspiration and risk unknown, not 0.
func (t UIText) CountsKnown(met, insp, risk, known, n int) string {
	switch {
	case known == 0:
		return fmt.Sprintf(t.CountsUnknownFmt, t.int(met))
	case known < n:
		return fmt.Sprintf(t.CountsPartFmt, t.int(met), t.int(insp), t.int(risk), t.int(known))
	}
	return t.Counts(met, insp, risk)
}

// Caption describes the ranking table.
func (t UIText) Caption(area, period, sortCol string, desc bool, shown, total int) string {
	dir := t.SortedAsc
	if desc {
		dir = t.SortedDesc
	}
	s := fmt.Sprintf(t.CaptionFmt, area, period, sortCol, dir)
	if shown != total {
		s += " " + fmt.Sprintf(t.ShownFmt, t.int(shown), t.int(total))
	}
	return s
}

// SortBy labels a sort button.
func (t UIText) SortBy(col string) string { return fmt.Sprintf(t.SortByFmt, col) }

// PinLabel labels a pin button.
func (t UIText) PinLabel(name string) string { return fmt.Sprintf(t.PinFmt, name) }

// UnpinLabel labels a pressed pin button.
func (t UIText) UnpinLabel(name string) string { return fmt.Sprintf(t.UnpinFmt, name) }

// StatusShort is the supervision status in a table cell.
func (t UIText) StatusShort(s calc.Status) string { return StatusShort(s, t.lang) }

// StatusLong is the supervision status in a sentence.
func (t UIText) StatusLong(s calc.Status) string {
	switch {
	case !s.FokusKnown:
		return t.StatusUnknownLong
	case s.Inspiration:
		return t.StatusInspLong
	case s.Risk:
		return t.StatusRiskLong
	case s.ResultMet:
		return t.StatusResultLong
	}
	return t.StatusFokusLong
}

// ResultTarget says whether the result target is met, with the shares
// that decide it: the counts are rounded to 10, so 6.510 against 6.500 can
// still meet the target.
func (t UIText) ResultTarget(met bool, total calc.Entry) string {
	v := t.ResultNotMet
	if met {
		v = t.ResultMet
	}
	return v + " " + fmt.Sprintf(t.ResultSharesFmt, Number(total.ActualShare, 2, t.lang),
		Number(total.ExpectedShare, 2, t.lang), Signed(total.DiffPP, 2, t.lang))
}

// FokusTarget says whether the focus target is met, with its thresholds.
func (t UIText) FokusTarget(known, met bool, conv string, useOffers bool, offer string) string {
	if !known {
		return t.FokusUnknown
	}
	th := conv + " %"
	if useOffers {
		th += fmt.Sprintf(t.OffersPart, offer+" %")
	}
	if met {
		return fmt.Sprintf(t.FokusMetFmt, th)
	}
	return fmt.Sprintf(t.FokusNotMetFmt, th)
}

// LeverRefused explains a scenario change that calc refused.
func (t UIText) LeverRefused(msg string) string { return fmt.Sprintf(t.LeverRefusedFmt, msg) }

// Note explains a caveat calc reported.
func (t UIText) Note(id string) string { return Note(id, string(t.lang)) }

// CovariateLabel names a covariate in the language, with its unit.
func (t UIText) CovariateLabel(c calc.Covariate) string {
	l := c.Label
	if t.lang == EN && c.LabelEN != "" {
		l = c.LabelEN
	}
	if c.Unit != "" {
		l += " (" + c.Unit + ")"
	}
	return l
}

// FitCaption describes a re-estimated model.
func (t UIText) FitCaption(area, r2 string, n int) string {
	return fmt.Sprintf(t.FitCaptionFmt, area, r2, t.int(n))
}

// CaseloadItem describes a caseload lever.
func (t UIText) CaseloadItem(name, from, to, area string) string {
	return fmt.Sprintf(t.CaseloadItemFmt, name, from, to, area)
}

// TransferItem describes a transfer.
func (t UIText) TransferItem(name, amount, from, to string) string {
	return fmt.Sprintf(t.TransferItemFmt, name, amount, from, to)
}

// SourceOf labels the source of a default value.
func (t UIText) SourceOf(def string) string {
	if def == "" {
		return fmt.Sprintf(t.SourceOfFmt, "")
	}
	return fmt.Sprintf(t.SourceOfFmt, " "+def)
}

// PeriodRuleSet names the "period's own" rule set choice.
func (t UIText) PeriodRuleSet(id string) string { return fmt.Sprintf(t.PeriodRuleSetFmt, id) }

// RuleSetName names a rule set.
func (t UIText) RuleSetName(r calc.RuleSet) string { return RuleSetLabel(r.ID, t.lang) }

// MuniLead introduces the municipality page.
func (t UIText) MuniLead(region, period string) string {
	return fmt.Sprintf(t.MuniLeadFmt, region, period)
}

// SimilarNote explains the similarity measure.
func (t UIText) SimilarNote(share string) string { return fmt.Sprintf(t.SimilarNoteFmt, share) }

// HistoryNote explains the rank history.
func (t UIText) HistoryNote(n int) string { return fmt.Sprintf(t.HistoryNoteFmt, t.int(n)) }

// Kind says whether data is illustrative.
func (t UIText) Kind(illustrative bool) string {
	if illustrative {
		return t.KindIllustrative
	}
	return t.KindReal
}

// WarningsCount heads the list of import warnings.
func (t UIText) WarningsCount(n int) string { return fmt.Sprintf(t.WarningsFmt, t.int(n)) }

// Warning words an importer warning in the language.
func (t UIText) Warning(w jobindsats.Warning) string { return ImportWarning(w, string(t.lang)) }

// ImportFailed explains a failed import in the language: the file, the line
// and field at fault, what is wrong and what to do.
func (t UIText) ImportFailed(file string, err error) string {
	return fmt.Sprintf(t.ImportFailedFmt, file, ImportError(err, string(t.lang)))
}

// TooLarge refuses a file before reading it.
func (t UIText) TooLarge(file string, size, max int) string {
	return fmt.Sprintf(t.TooLargeFmt, file, Number(float64(size)/(1<<20), 1, t.lang), Number(float64(max)/(1<<20), 0, t.lang))
}

// PeriodName names a period (PeriodName).
func (t UIText) PeriodName(p *calc.Period) string { return PeriodName(p, t.lang) }
