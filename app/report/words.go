package report

import (
	"benchsim/app/text"
	"benchsim/calc"
)

// The report's words are the text catalogue's (app/text).

// AreaName names an area in lang (text.AreaName).
func AreaName(a calc.Area, lang Lang) string { return text.AreaName(a, lang) }

// PeriodName names a period in lang (text.PeriodName).
func PeriodName(p *calc.Period, lang Lang) string { return text.PeriodName(p, lang) }

// StatusShort is the supervision status in a table cell (text.StatusShort).
func StatusShort(s calc.Status, lang Lang) string { return text.StatusShort(s, lang) }

// The exports' words.
var (
	wDataset      = text.Export.Dataset
	wSource       = text.Export.Source
	wPeriod       = text.Export.Period
	wArea         = text.Export.Area
	wScenario     = text.Export.Scenario
	wIllustrative = text.Export.Illustrative
	wBanner       = text.Export.Banner
	wYes          = text.Export.Yes
	wNo           = text.Export.No
	fullHeader    = text.Export.FullHeader
)
