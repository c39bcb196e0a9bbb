package demo

import (
	"bytes"
	"math"
	"os"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The Go data and the canonical JSON file hold the same dataset, number for
// number and bit for bit, and the Go data is what the generator writes now,
// so neither can drift from the other or from Generate.
func TestGoDataEqualsJSON(t *testing.T) {
	fromJSON, err := Decode(embedded)
	require.NoError(t, err)
	fromGo, err := build()
	require.NoError(t, err)
	assert.True(t, reflect.DeepEqual(fromJSON, fromGo), "%s and %s hold different datasets", GoFileName, FileName)
	require.Len(t, fromGo.Periods, len(fromJSON.Periods))
	n := 0
	for p := range fromJSON.Periods {
		require.Len(t, fromGo.Periods[p].Rows, len(fromJSON.Periods[p].Rows))
		for i := range fromJSON.Periods[p].Rows {
			a := columnsFromRow(&fromJSON.Periods[p].Rows[i], numCov)
			b := columnsFromRow(&fromGo.Periods[p].Rows[i], numCov)
			for j := range a {
				if math.Float64bits(a[j]) != math.Float64bits(b[j]) {
					t.Fatalf("period %d row %d column %d: JSON %v, Go %v", p, i, j, a[j], b[j])
				}
				n++
			}
		}
	}
	assert.Equal(t, len(tenths), n, "every generated number is compared")
	assert.Equal(t, 8*98*(numCols+numCov), n)
}

func TestGoDataFresh(t *testing.T) {
	want, err := EncodeGo(Generate())
	require.NoError(t, err)
	got, err := os.ReadFile(GoFileName)
	require.NoError(t, err)
	require.True(t, bytes.Equal(want, got), "%s is stale: run `go generate ./calc/demo`", GoFileName)
	again, err := EncodeGo(Generate())
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, again), "EncodeGo is not deterministic")
}

// A number that is not a whole number of tenths cannot be written as Go
// data (it would not come back exactly).
func TestEncodeGoRejectsNonTenths(t *testing.T) {
	ds := Generate()
	ds.Periods[3].Rows[5].Population = 1234.56
	_, err := EncodeGo(ds)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "tenths")
	ds = Generate()
	ds.Periods = ds.Periods[:2]
	_, err = EncodeGo(ds)
	require.Error(t, err)
}

// Building the dataset makes fresh rows: a caller that modified a copy's
// covariates would not change the generated data.
func TestBuildCopiesCovariates(t *testing.T) {
	a, err := build()
	require.NoError(t, err)
	a.Periods[0].Rows[0].Covariates[0] = -1
	b, err := build()
	require.NoError(t, err)
	assert.NotEqual(t, -1.0, b.Periods[0].Rows[0].Covariates[0])
}
