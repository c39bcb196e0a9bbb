package companion_test

import (
	"fmt"
	"testing"

	"benchsim/calc/companion"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wideXLSX is PTV_A02 with the periods pivoted to the columns, as
// jobindsats.dk exports the table when it is shown that way: months
// 2021M01–M12 (m = 1…12) across, fp and flex down. title is the row above
// the header; withMeasure adds a "Nøgletal" column with a persons row to drop.
func wideXLSX(t *testing.T, title string, withMeasure bool) []byte {
	head := []any{Inline("Område"), Inline("Ydelsesgrupper")}
	if withMeasure {
		head = append(head, Inline("Nøgletal"))
	}
	for m := 1; m <= 12; m++ {
		head = append(head, Inline(fmt.Sprintf("2021M%02d", m)))
	}
	rows := [][]any{{Inline(title)}, {}, head}
	add := func(area, group, measure string, v func(m int) any) {
		row := []any{area, group}
		if withMeasure {
			row = append(row, measure)
		}
		for m := 1; m <= 12; m++ {
			row = append(row, v(m))
		}
		rows = append(rows, row)
	}
	for _, measure := range []string{"Antal fuldtidspersoner", "Antal personer"} {
		if measure == "Antal personer" && !withMeasure {
			break
		}
		k := 1.0
		if measure == "Antal personer" {
			k = 1.3
		}
		add("København", "Førtidspension", measure, func(m int) any { return k * float64(1000+2*m) })
		add("København", "Fleksjob", measure, func(int) any { return Text(danish(k * 300)) })
		add("Stevns", "Førtidspension", measure, func(int) any { return k * 40 })
		add("Stevns", "Fleksjob", measure, func(m int) any { return k * float64(10+m) })
	}
	return makeXLSX(t, rows)
}

func TestReadWideXLSX(t *testing.T) {
	for _, tc := range []struct {
		title   string
		measure bool
	}{{"Offentligt forsørgede: Antal fuldtidspersoner", false}, {"Offentligt forsørgede", true}} {
		f, _, err := companion.Read("PTV_A02.xlsx", wideXLSX(t, tc.title, tc.measure), opt)
		require.NoError(t, err, tc.title)
		assert.Equal(t, []string{"2021QMAT04"}, f.Periods)
		ds := tinyDataset()
		ds.Periods = ds.Periods[1:]
		out, _, err := companion.Apply(ds, []*companion.File{f})
		require.NoError(t, err)
		// København fp: 1000 + 2m, mean over m = 1…12 is 1000 + 2 × 6,5 = 1013; flex 300.
		// Stevns fp 40; flex 10 + m: 16,5. The "Antal personer" rows (× 1,3) are dropped.
		checkBenefit(t, out, map[string][2][2]float64{"2021QMAT04": {{1013, 300}, {40, 16.5}}})
	}
	// Without a word of which measure the figures are, the file is refused.
	_, _, err := companion.Read("PTV_A02.xlsx", wideXLSX(t, "Offentligt forsørgede", false), opt)
	var e *companion.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, companion.ErrMissingColumn, e.Kind)
	assert.Equal(t, "Antal fuldtidspersoner", e.Value)
}
