package view

import (
	"sync"

	"benchsim/app/report"
	"benchsim/app/text"
)

// The UI's words are the text catalogue's (app/text), Danish and English
// side by side there. These types give the render code its sections in the
// state's language; each is built once per language on first use.

// Texts are all the words of the UI in one language: the catalogue's UI
// section with its wording helpers (Moved, Caption, StatusLong, …).
type Texts struct{ text.UIText }

// ChartTexts are the words of the charts view, the map and the rank
// intervals in one language.
type ChartTexts struct{ text.ChartText }

// TourTexts are the words of the guided tour in one language.
type TourTexts struct{ text.TourText }

// TourStepTexts are one step's title, short text, question and the
// sentence that explains the answer.
type TourStepTexts = text.TourStep[string]

// CompareTexts are the words of the comparison, the saved scenarios, the
// headline, the caseload reform, the price presets and the paragraph in
// words, in one language.
type CompareTexts struct{ text.CompareText }

// DataTexts are the Data page's texts about datasets of several files,
// storage, links waiting for their data and bundles.
type DataTexts = text.Data[string]

// MeetingTexts are the words for printing, the accessibility statement and
// the fixes of what new users tripped on.
type MeetingTexts = text.Meeting[string]

// perLang makes a section's accessor: Danish for anything but "en", each
// built once.
func perLang[T any](build func(text.Lang) *T) func(lang string) *T {
	da := sync.OnceValue(func() *T { return build(text.DA) })
	en := sync.OnceValue(func() *T { return build(text.EN) })
	return func(lang string) *T {
		if lang == LangEN {
			return en()
		}
		return da()
	}
}

var (
	msgs     = perLang(func(l text.Lang) *Texts { return &Texts{text.UIMsg(l)} })
	chartMsg = perLang(func(l text.Lang) *ChartTexts { return &ChartTexts{text.ChartMsg(l)} })
	tourMsg  = perLang(func(l text.Lang) *TourTexts { return &TourTexts{text.TourMsg(l)} })
	cmpMsg   = perLang(func(l text.Lang) *CompareTexts { return &CompareTexts{text.CompareMsg(l)} })
)

// Msg returns the texts of a language (Danish for anything but "en").
func Msg(lang string) *Texts { return msgs(lang) }

// ChartMsg returns the charts' texts in a language.
func ChartMsg(lang string) *ChartTexts { return chartMsg(lang) }

// TourMsg returns the tour's texts in a language.
func TourMsg(lang string) *TourTexts { return tourMsg(lang) }

// CmpMsg returns the comparison's texts in a language.
func CmpMsg(lang string) *CompareTexts { return cmpMsg(lang) }

// MeetMsg returns the meeting texts in a language.
func MeetMsg(lang string) *MeetingTexts { return text.MeetingMsg(text.Lang(lang)) }

// D returns the Data page's dataset texts in the texts' language.
func (t *Texts) D() *DataTexts { return text.DataMsg(t.Lang()) }

// ColumnName names a table column (the report's column table).
func (t *Texts) ColumnName(c string) string { return report.ColumnTitle(c, t.Lang()) }

// IntervalsHelp explains the rank intervals with their draws and φ.
func (t *ChartTexts) IntervalsHelp(draws int, phi float64) string {
	return t.ChartText.IntervalsHelp(draws, FormatNumber(phi, DecimalsOf(phi), string(t.Lang())))
}

// CompareFailed words why the comparison could not be computed.
func (c *CompareTexts) CompareFailed(err error, _ string) string {
	return c.CompareText.CompareFailed(err)
}
