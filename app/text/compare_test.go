package text

import (
	"testing"

	"benchsim/calc"
)

// TestAreaFallback: the note of a comparison shown on the total names the
// scenarios and the area, in both languages, the official model last.
func TestAreaFallback(t *testing.T) {
	da, en := CompareMsg(DA), CompareMsg(EN)
	eq(t, "«KL»: ingen tal for området Førtidspension – sammenligningen viser derfor alle ydelsesgrupper i alt.",
		da.AreaFallback([]string{"KL"}, false, calc.FP))
	eq(t, "«KL», «Pris» og den officielle model: ingen tal for området Fleksjob – sammenligningen viser derfor alle ydelsesgrupper i alt.",
		da.AreaFallback([]string{"KL", "Pris"}, true, calc.Flex))
	eq(t, "Den officielle model: ingen tal for området Førtidspension – sammenligningen viser derfor alle ydelsesgrupper i alt.",
		da.AreaFallback(nil, true, calc.FP))
	eq(t, "“KL” and the official model: no figures for the area Disability pension – the comparison therefore shows all benefit groups in total.",
		en.AreaFallback([]string{"KL"}, true, calc.FP))
}
