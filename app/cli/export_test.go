package cli_test

import (
	"bytes"
	"testing"

	"benchsim/app/ui/view"
	"benchsim/calc/demo"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRankCSVIsTheAppsExport: for several views, rank --format csv writes
// byte for byte the file the app's "CSV: tabellen som vist" button
// downloads (State.CSVTable, what the button calls), and --full the file of
// "CSV: hele resultatet" (State.CSVFull). The app's side is driven through
// its address, as a shared link would open it.
func TestRankCSVIsTheAppsExport(t *testing.T) {
	views := []struct {
		name string
		url  string   // the app's query
		args []string // the command line's flags for the same view
	}{
		{"default", "v=1", nil},
		{"English, area, sort", "v=1&area=kth&sort=-pp&lang=en",
			[]string{"--area", "kth", "--sort", "-pp", "--lang", "en"}},
		{"scenario, other area, filter", "v=1&scope=kl&cl=336:100:50&area=dp&sort=name&q=aa",
			[]string{"--scenario", "v=1&scope=kl&cl=336:100:50", "--area", "dp", "--sort", "name", "--filter", "aa"}},
		{"English scenario, rank weighting, region, pin, intervals",
			"v=1&w=rank&m=101&sort=-change&region=Region%20Sj%C3%A6lland&unc=1&lang=en",
			[]string{"--scenario", "v=1&w=rank", "--pin", "101", "--sort", "-change", "--region", "Region Sjælland",
				"--intervals", "--lang", "en"}},
		{"period", "v=1&p=" + demo.Dataset().Periods[0].Code + "&sort=potential",
			[]string{"--period", demo.Dataset().Periods[0].Code, "--sort", "potential"}},
	}
	for _, v := range views {
		t.Run(v.name, func(t *testing.T) {
			st := view.NewState(demo.Dataset(), nil)
			require.NoError(t, st.ApplyQuery(v.url))
			require.Equal(t, v.url, st.Query(), "the app reads the address otherwise")
			for _, full := range []bool{false, true} {
				args := append([]string{"rank", "--format", "csv"}, v.args...)
				want := st.CSVTable()
				if full {
					args, want = append(args, "--full"), st.CSVFull()
				}
				code, out, stderr := run(args...)
				require.Equal(t, 0, code, "%v: %s", args, stderr)
				assert.True(t, bytes.Equal([]byte(out), want),
					"%v differs from the app's export:\n--- cli\n%.600s\n--- app\n%.600s", args, out, want)
				assert.GreaterOrEqual(t, len(bytes.Split(want, []byte("\r\n"))), 8, "%v: the export has too few lines:\n%s", args, want)
			}
		})
	}
}
