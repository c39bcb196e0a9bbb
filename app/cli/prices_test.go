package cli_test

import (
	"testing"

	"benchsim/app/ui/view"
	"benchsim/calc"

	"github.com/stretchr/testify/assert"
)

// The tour's teaching prices are calc's labelled preset.
func TestTourPricesAreTheTeachingPreset(t *testing.T) {
	p, ok := calc.PricePresetByID(calc.PricesTeaching)
	assert.True(t, ok)
	for _, a := range calc.OfficialAreas {
		assert.Equal(t, view.TourPrices[a], p.Prices[a], a.ID())
	}
}

// rank with cost weighting and equal prices says it equals the volume
// weighting and gives the query of the teaching prices, which then differ.
func TestRankCostWeightingNote(t *testing.T) {
	code, out, stderr := run("rank", "--scenario", "v=1&w=cost")
	assert.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "samme liste som den officielle vægtning efter omfang")
	q := "v=1&w=cost&price=dp:40000,kth:110000,syg:63750"
	assert.Contains(t, out, "Undervisningspriser (forskellige pr. område): --scenario '"+q+"'")
	code, out, stderr = run("rank", "--scenario", q)
	assert.Equal(t, 0, code, stderr)
	assert.NotContains(t, out, "samme liste")
	assert.NotContains(t, out, "\n0 kommuner flytter sig")
}
