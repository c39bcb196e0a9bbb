package chart

import (
	"fmt"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
)

// en reports whether lang asks for English; everything else is Danish.
func en(lang string) bool { return text.Lang(lang) == text.EN }

// fmtNum formats v for a chart label through the project's one formatter:
// Danish (1.130; 2,4) unless lang is "en", with the typographic minus that
// screen readers read as "minus".
func fmtNum(v float64, decimals int, lang string) string {
	return text.Format(v, decimals, text.Lang(lang), text.Style{Group: true, Typo: true})
}

// fmtSigned is fmtNum with a "+" in front of positive values.
func fmtSigned(v float64, decimals int, lang string) string {
	return text.Format(v, decimals, text.Lang(lang), text.Style{Group: true, Typo: true, Plus: true})
}

// msg is the figures' words in lang.
func msg(lang string) *text.Figures[string] { return text.FigureMsg(text.Lang(lang)) }

// areaName is the area's name in the chosen language.
func areaName(a calc.Area, lang string) string { return text.FigureAreaName(a, text.Lang(lang)) }

// IntervalText says a rank and its plausible interval in words, as the
// rank-interval chart and the table show it: "plads 12, plausibelt 5–31"
// (English: "rank 12, plausibly 5–31").
func IntervalText(rank int, iv calc.Interval, lang string) string {
	return report.IntervalText(rank, iv, report.Lang(lang))
}

// moveText says a rank change in words: "op 5", "ned 3", "uændret".
func moveText(change int, lang string) string {
	switch {
	case change > 0:
		return fmt.Sprintf(msg(lang).MoveUpFmt, change)
	case change < 0:
		return fmt.Sprintf(msg(lang).MoveDownFmt, -change)
	}
	return msg(lang).Unchanged
}
