package report_test

import (
	"fmt"
	"strings"
	"testing"

	"benchsim/app/report"
	"benchsim/calc"
	"benchsim/calc/demo"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNumber(t *testing.T) {
	for _, c := range []struct {
		v    float64
		dec  int
		lang report.Lang
		want string
	}{
		{1130, 0, report.DA, "1.130"},
		{1130, 0, report.EN, "1,130"},
		{11.4, 1, report.DA, "11,4"},
		{-2442.4, 0, report.DA, "-2.442"},
		{1234567.891, 2, report.DA, "1.234.567,89"},
		{1234567.891, 2, report.EN, "1,234,567.89"},
		{-0.004, 2, report.DA, "0,00"}, // no "−0,00"
		{999.5, 0, report.DA, "1.000"},
		{0, 0, report.DA, "0"},
	} {
		assert.Equal(t, c.want, report.Number(c.v, c.dec, c.lang), "%v", c.v)
	}
	assert.Equal(t, "-2442", report.Plain(-2442.4, 0, report.DA))
	assert.Equal(t, "−2.442", report.Format(-2442.4, 0, report.DA, report.Style{Group: true, Typo: true}))
	assert.Equal(t, "+2,40", report.Signed(2.4, 2, report.DA))
}

func ExampleFormat() {
	fmt.Println(report.Number(1130.5, 1, report.DA))
	fmt.Println(report.Signed(-4.9, 1, report.EN))
	fmt.Println(report.Plain(1130.5, 1, report.DA))
	// Output:
	// 1.130,5
	// -4.9
	// 1130,5
}

func TestSummary(t *testing.T) {
	s := calc.DefaultScenario()
	s.Scope = calc.ScopeKL
	res, err := calc.Apply(demo.Dataset(), s)
	require.NoError(t, err)
	n := res.Moved(calc.Total, 5)
	assert.Equal(t, fmt.Sprintf("%d kommuner flytter sig 5 pladser eller mere", n), report.Summary(res, calc.Total, report.DA))
	assert.Equal(t, fmt.Sprintf("%d municipalities move 5 places or more", n), report.Summary(res, calc.Total, report.EN))
}

func ExampleMio() {
	fmt.Println(report.Mio(11.4e6, report.DA))
	fmt.Println(report.SignedMio(11.4e6, report.DA))
	fmt.Println(report.SignedMio(-4.9e6, report.EN))
	// Output:
	// 11,4 mio. kr.
	// +11,4 mio. kr.
	// DKK -4.9m
}

// An imported file's provenance is worded in the language from calc's
// facts: no Danish in English.
func TestSourceAndNoteText(t *testing.T) {
	pv := calc.Provenance{Source: "jobindsats.dk, Y30R21 (Beskæftigelsesministeriet)", Format: "JSON lines", Rows: 3136,
		PopulationDerived: true, TotalSynthesized: true}
	assert.Equal(t, "jobindsats.dk, Y30R21 (Beskæftigelsesministeriet); importeret fil (JSON lines, 3.136 rækker)",
		report.SourceText(pv, report.DA), "Danish source")
	assert.Equal(t, "jobindsats.dk, Y30R21 (Beskæftigelsesministeriet); imported file (JSON lines, 3,136 rows)",
		report.SourceText(pv, report.EN), "English source")
	en := report.NoteText(pv, report.EN)
	for _, w := range []string{"derived as expected count", "the total is the sum"} {
		assert.Contains(t, en, w, "English note")
	}
	assert.Falsef(t, strings.Contains(en, "afledt") || strings.Contains(en, "summen"), "Danish in the English note: %q", en)
	assert.Equal(t, "genereret", report.SourceText(calc.Provenance{Source: "genereret"}, report.EN), "a source without a file")
}
