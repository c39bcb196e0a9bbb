package cli_test

import (
	"testing"

	"benchsim/app/ui"
	"benchsim/calc"

	"github.com/stretchr/testify/assert"
)

// The tour's teaching prices are calc's labelled preset.
func TestTourPricesAreTheTeachingPreset(t *testing.T) {
	p, ok := calc.PricePresetByID(calc.PricesTeaching)
	assert.True(t, ok)
	for _, a := range calc.OfficialAreas {
		assert.Equal(t, ui.TourPrices[a], p.Prices[a], a.ID())
	}
}
