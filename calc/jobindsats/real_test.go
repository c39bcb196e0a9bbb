package jobindsats

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"benchsim/calc"
)

// realFile is the real Y30R21 extract shared with the project. It is read,
// never copied: see ../../../shared/README.md.
const realFile = "../../../shared/data/jobindsats/y30r21-2020-2022.jsonl"

func realData(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(realFile)
	if err != nil {
		t.Skipf("real Jobindsats extract not available (%v); skipping", err)
	}
	return b
}

// rawRow is a real row decoded independently of the package under test.
type rawRow map[string]any

func (r rawRow) num(t *testing.T, key string) float64 {
	t.Helper()
	switch v := r[key].(type) {
	case float64:
		return v
	case string:
		f, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64)
		require.NoError(t, err, key)
		return f
	}
	require.Failf(t, "unexpected type", "key %q: %T", key, r[key])
	return 0
}

func TestRealFile(t *testing.T) {
	data := realData(t)
	ds, warns, err := Read(bytes.NewReader(data))
	require.NoError(t, err)
	require.NoError(t, ds.Validate())

	assert.Len(t, ds.Municipalities, 98)
	assert.Equal(t, calc.Municipalities, ds.Municipalities, "all 98, ordered by code")
	require.Len(t, ds.Periods, 6)
	var codes []string
	for _, p := range ds.Periods {
		codes = append(codes, p.Code)
		assert.Equal(t, "2019", p.Scope)
	}
	assert.Equal(t, []string{"2020QMAT02", "2020QMAT04", "2021QMAT02", "2021QMAT04", "2022QMAT02", "2022QMAT04"}, codes)
	assert.Equal(t, "3. kvt. 2019 – 2. kvt. 2020", ds.Periods[0].Label)
	assert.Equal(t, "2021", ds.Periods[3].Label)
	assert.Equal(t, "2020", ds.Periods[1].RuleSet)
	assert.Equal(t, "2021", ds.Periods[2].RuleSet)

	rows, groups := 0, map[calc.Area]bool{}
	for _, p := range ds.Periods {
		require.Len(t, p.Rows, 98)
		for _, r := range p.Rows {
			assert.True(t, r.PopulationDerived)
			assert.Greater(t, r.Population, 0.0)
			for a, f := range r.Areas {
				if f.Known {
					rows++
					groups[calc.Area(a)] = true
					assert.True(t, f.HasExpected && f.HasShares)
					assert.NotZero(t, f.PublishedRank)
				}
			}
		}
	}
	assert.Equal(t, 2352, rows)
	assert.Equal(t, map[calc.Area]bool{calc.Total: true, calc.DP: true, calc.KTH: true, calc.SYG: true}, groups)
	assert.Equal(t, [2]any{"JSON lines", 2352}, [2]any{ds.Provenance.Format, ds.Provenance.Rows})

	// The file itself has one known inconsistency: in 2021QMAT04 the
	// A-dagpenge shares of Herlev and Furesø do not fit their counts, so
	// their total shares are not the sum of the areas. Read warns and keeps
	// the published totals; nothing else draws a warning.
	require.Len(t, warns, 2, "%v", warns)
	assert.Contains(t, warns[0].Message(), "Herlev, 2021QMAT04: the published total shares")
	assert.Contains(t, warns[0].Message(), `The shares of "A-dagpenge mv."`)
	assert.Contains(t, warns[1].Message(), "Furesø, 2021QMAT04: the published total shares")

	// Spot checks against an independent decoding of the file.
	spot := map[string]bool{"Stevns": true, "København": true}
	checked := 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r rawRow
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		name := r["Area"].(string)
		if !spot[name] {
			continue
		}
		pi := ds.PeriodIndex(r["Periode"].(string))
		require.GreaterOrEqual(t, pi, 0)
		mi := ds.MunicipalityByName(name)
		require.GreaterOrEqual(t, mi, 0)
		area := map[string]calc.Area{"Ydelsesgrupper i alt": calc.Total, "A-dagpenge mv.": calc.DP,
			"Kontanthjælp mv.": calc.KTH, "Sygedagpenge mv.": calc.SYG}[r["Ydelsesgrupper"].(string)]
		row := ds.Periods[pi].Rows[mi]
		f := row.Areas[area]
		assert.Equal(t, r.num(t, LabelActual), f.Actual)
		assert.Equal(t, r.num(t, LabelExpected), f.Expected)
		assert.Equal(t, r.num(t, LabelActualShare), f.ActualShare)
		assert.Equal(t, r.num(t, LabelExpectedShare), f.ExpectedShare)
		assert.Equal(t, int(r.num(t, LabelRank)), f.PublishedRank)
		if area == calc.Total {
			assert.InDelta(t, r.num(t, LabelExpected)/r.num(t, LabelExpectedShare)*100, row.Population, 1e-9)
		}
		checked++
	}
	require.NoError(t, sc.Err())
	assert.Equal(t, 2*6*4, checked)
}

// TestMunicipalitiesInRealFile checks the spelling of all 98 names.
func TestMunicipalitiesInRealFile(t *testing.T) {
	data := realData(t)
	names := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct{ Area string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		names[r.Area] = true
	}
	assert.Len(t, names, 98)
	for _, m := range calc.Municipalities {
		assert.True(t, names[m.Name], "%s (%d) not in the real file", m.Name, m.Code)
	}
}

// equalDatasets compares the parts of two datasets that matter: the
// municipalities, the periods and every figure (within 1e-9).
func equalDatasets(t testing.TB, want, got *calc.Dataset) {
	t.Helper()
	require.NotNil(t, got)
	require.True(t, assert.ObjectsAreEqual(want.Municipalities, got.Municipalities), "municipalities differ")
	require.Len(t, got.Periods, len(want.Periods))
	close := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(a)) }
	for i, wp := range want.Periods {
		gp := got.Periods[i]
		require.Equal(t, []string{wp.Code, wp.Label, wp.Scope, wp.RuleSet}, []string{gp.Code, gp.Label, gp.Scope, gp.RuleSet})
		require.Len(t, gp.Rows, len(wp.Rows))
		for j, wr := range wp.Rows {
			gr := gp.Rows[j]
			where := wp.Code + " " + want.Municipalities[j].Name
			require.Equal(t, wr.PopulationDerived, gr.PopulationDerived, where)
			require.True(t, close(wr.Population, gr.Population), "%s: population %v vs %v", where, wr.Population, gr.Population)
			for a := range wr.Areas {
				w, g := wr.Areas[a], gr.Areas[a]
				ok := w.Known == g.Known && w.HasExpected == g.HasExpected && w.HasShares == g.HasShares &&
					w.PublishedRank == g.PublishedRank && close(w.Actual, g.Actual) && close(w.Expected, g.Expected) &&
					close(w.ActualShare, g.ActualShare) && close(w.ExpectedShare, g.ExpectedShare)
				require.True(t, ok, "%s %s: %+v vs %+v", where, calc.Area(a), w, g)
			}
		}
	}
}

// roundTrips are the ways TestRoundTrip writes a dataset.
var roundTrips = []struct {
	name   string
	format Format
	write  func(*bytes.Buffer, *calc.Dataset) error
}{
	{"api", FormatAPI, func(b *bytes.Buffer, ds *calc.Dataset) error { return Write(b, ds, FormatAPI) }},
	{"jsonl", FormatJSONL, func(b *bytes.Buffer, ds *calc.Dataset) error { return Write(b, ds, FormatJSONL) }},
	{"csv", FormatCSV, func(b *bytes.Buffer, ds *calc.Dataset) error { return Write(b, ds, FormatCSV) }},
	{"csv short comma no BOM", FormatCSV, func(b *bytes.Buffer, ds *calc.Dataset) error {
		return WriteCSV(b, ds, CSVOptions{Comma: ',', ShortHeaders: true})
	}},
	{"csv tab", FormatCSV, func(b *bytes.Buffer, ds *calc.Dataset) error {
		return WriteCSV(b, ds, CSVOptions{Comma: '\t', ShortHeaders: true, CRLF: true})
	}},
}

func TestRoundTripRealFile(t *testing.T) {
	ds, warns, err := Read(bytes.NewReader(realData(t)))
	require.NoError(t, err)
	for _, rt := range roundTrips {
		t.Run(rt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, rt.write(&b, ds))
			got, warns2, err := Read(bytes.NewReader(b.Bytes()))
			require.NoError(t, err)
			equalDatasets(t, ds, got)
			assert.Equal(t, rt.format.String(), got.Provenance.Format)
			assert.Len(t, warns2, len(warns))
		})
	}
	var b bytes.Buffer
	require.NoError(t, Write(&b, ds, FormatCSV))
	assert.True(t, bytes.HasPrefix(b.Bytes(), []byte("\uFEFFArea;Periode;Ydelsesgrupper;"+LabelExpected+";")))
	assert.Contains(t, b.String(), "\r\n")
	b.Reset()
	require.NoError(t, WriteCSV(&b, ds, CSVOptions{Comma: ',', ShortHeaders: true}))
	assert.True(t, strings.HasPrefix(b.String(), "Area,Periode,Ydelsesgrupper,Forventet antal,Faktisk antal,"))
	assert.Contains(t, b.String(), `,"`, "decimal commas are quoted")
}

// synthetic is an invented dataset that uses what the real file does not:
// given populations, FP and fleksjob without an expected number, and a row
// whose population is derived.
func synthetic() *calc.Dataset {
	ds := &calc.Dataset{Municipalities: []calc.Municipality{calc.Municipalities[0], calc.Municipalities[38], calc.Municipalities[91]}}
	pops := []float64{480123, 12345, 901}
	for pi, code := range []string{"2023QMAT02", "2023QMAT04"} {
		p, _ := parsePeriod(code)
		per := calc.Period{Code: code, Label: p.Label(), Scope: p.Scope(), RuleSet: p.RuleSet()}
		for mi := range ds.Municipalities {
			pop := pops[mi] + float64(pi*7)
			var r calc.Row
			r.Population = pop
			var tot calc.Figures
			for k, a := range calc.OfficialAreas {
				act := math.Round(pop * float64(2+k+mi) / 1000 * 10)
				exp := math.Round(pop*float64(3+k)/1000*10) + 0.5
				f := calc.Figures{Known: true, Actual: act, Expected: exp, HasExpected: true, HasShares: true,
					ActualShare: act / pop * 100, ExpectedShare: exp / pop * 100, PublishedRank: 1 + (mi+k+pi)%3}
				r.Areas[a] = f
				tot.Actual += act
				tot.Expected += exp
				tot.ActualShare += f.ActualShare
				tot.ExpectedShare += f.ExpectedShare
			}
			tot.Known, tot.HasExpected, tot.HasShares, tot.PublishedRank = true, true, true, 3-mi
			r.Areas[calc.Total] = tot
			r.Areas[calc.FP] = calc.Figures{Known: true, Actual: math.Round(pop * 0.06), HasShares: true, ActualShare: 6.01}
			r.Areas[calc.Flex] = calc.Figures{Known: true, Actual: math.Round(pop * 0.02)}
			if mi == 2 {
				r.PopulationDerived = true
				r.Population = tot.Expected / tot.ExpectedShare * 100
			}
			per.Rows = append(per.Rows, r)
		}
		ds.Periods = append(ds.Periods, per)
	}
	return ds
}

func TestRoundTripSynthetic(t *testing.T) {
	ds := synthetic()
	require.NoError(t, ds.Validate())
	for _, rt := range roundTrips {
		t.Run(rt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, rt.write(&b, ds))
			assert.Contains(t, b.String(), "Befolkning 16-66 år")
			got, warns, err := ReadWith(bytes.NewReader(b.Bytes()), ReadOptions{Partial: true})
			require.NoError(t, err, "%s", b.String())
			assert.Empty(t, warns)
			equalDatasets(t, ds, got)
		})
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	data := realData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Read(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
