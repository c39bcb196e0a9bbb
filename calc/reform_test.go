package calc_test

import (
	"testing"

	"benchsim/calc"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reformToy is the toy with kth caseloads (m1 80, m2 40, m4 120; m3 and m5
// unknown, so the default 100) and two regions: m1, m2 in Hovedstaden, the
// others in Sjælland.
func reformToy() *calc.Dataset {
	ds := toy()
	for i := range ds.Municipalities {
		ds.Municipalities[i].Region = "Region Sjælland"
		if i < 2 {
			ds.Municipalities[i].Region = "Region Hovedstaden"
		}
	}
	rows := ds.Periods[0].Rows
	rows[0].Caseload[calc.KTH], rows[1].Caseload[calc.KTH], rows[3].Caseload[calc.KTH] = 80, 40, 120
	return ds
}

func TestCaseloadReformByHand(t *testing.T) {
	ds := reformToy()
	s := calc.DefaultScenario()
	s.SetReform(calc.CaseloadReform{Area: calc.KTH, To: 50})
	s.SetCaseload(calc.CaseloadLever{Code: 5, Area: calc.KTH, From: 100, To: 30}) // overrides the reform
	res := apply(t, ds, s)

	// ΔA = −0,075 × (c0 − c1)/c0 × A_kth:
	// m1 (80→50) 0,375 × 0,075 × 400 = 11,25; m2 at 40 is left; m3 (default
	// 100→50) 0,5 × 0,075 × 345 = 12,9375; m4 (120→50) 70/120 × 0,075 × 360 =
	// 15,75; m5 its own 100→30: 0,7 × 0,075 × 1.000 = 52,5.
	fewer := []float64{11.25, 0, 12.9375, 15.75, 52.5}
	base := []float64{400, 300, 345, 360, 1000}
	for i, d := range fewer {
		assert.InDelta(t, base[i]-d, res.Scenario.Areas[calc.KTH][i].Actual, 1e-9, "m%d", i+1)
	}
	assert.InDelta(t, 0.5-0.1125, res.Scenario.Areas[calc.KTH][0].DiffPP, 1e-12)
	assert.Equal(t, calc.ReformSummary{Municipalities: 3, DefaultFrom: 1, AtTarget: 1, Overridden: 1}, res.Reform)

	require.Len(t, res.Investments, 4)
	assert.Equal(t, []int{1, 3, 4, 5}, []int{res.Investments[0].Code, res.Investments[1].Code, res.Investments[2].Code, res.Investments[3].Code})
	assert.True(t, res.Investments[1].Reform && res.Investments[1].DefaultFrom)
	assert.False(t, res.Investments[3].Reform)

	// Extra caseworkers: 400/50−400/80 = 3; 345/50−345/100 = 3,45;
	// 360/50−360/120 = 4,2; 1.000/30−1.000/100 = 23,333…
	tot := res.CaseloadTotals("")
	cw := 3 + 3.45 + 4.2 + 1000.0/30 - 10
	persons := 11.25 + 12.9375 + 15.75 + 52.5
	assert.Equal(t, 4, tot.Municipalities)
	assert.InDelta(t, cw, tot.ExtraCaseworkers, 1e-9)
	assert.InDelta(t, cw*900000, tot.CaseworkerCost, 1e-6)
	assert.InDelta(t, persons, tot.Persons, 1e-9)
	assert.InDelta(t, persons, tot.PersonsFull, 1e-9)
	assert.InDelta(t, persons*71250, tot.BenefitSaved, 1e-6)
	assert.InDelta(t, persons*71250-cw*900000, tot.Net, 1e-6)

	sj := res.CaseloadTotals("Region Sjælland")
	assert.Equal(t, 3, sj.Municipalities)
	assert.InDelta(t, 12.9375+15.75+52.5, sj.Persons, 1e-9)
}

// The reform is exactly the per-municipality levers it stands for.
func TestCaseloadReformEqualsLevers(t *testing.T) {
	ds := reformToy()
	s := calc.DefaultScenario()
	s.SetReform(calc.CaseloadReform{Area: calc.KTH, To: 50})
	s.SetCaseload(calc.CaseloadLever{Code: 5, Area: calc.KTH, From: 100, To: 30})
	byReform := apply(t, ds, s)

	l := calc.DefaultScenario()
	for _, c := range []calc.CaseloadLever{{1, calc.KTH, 80, 50}, {3, calc.KTH, 100, 50}, {4, calc.KTH, 120, 50}, {5, calc.KTH, 100, 30}} {
		l.SetCaseload(c)
	}
	byLevers := apply(t, ds, l)
	assert.Equal(t, byLevers.Scenario, byReform.Scenario)
	require.Len(t, byReform.Investments, len(byLevers.Investments))
	for k, inv := range byReform.Investments {
		inv.Reform, inv.DefaultFrom = false, false
		assert.Equal(t, byLevers.Investments[k], inv)
	}
	assert.Equal(t, byLevers.CaseloadTotals(""), byReform.CaseloadTotals(""))
}

func TestCaseloadReformRegionBeatsAll(t *testing.T) {
	ds := reformToy()
	s := calc.DefaultScenario()
	s.SetReform(calc.CaseloadReform{Area: calc.KTH, To: 60})
	s.SetReform(calc.CaseloadReform{Region: 1085, Area: calc.KTH, To: 50})
	res := apply(t, ds, s)
	got := map[int]float64{}
	for _, inv := range res.Investments {
		got[inv.Code] = inv.To
	}
	// m1 (Hovedstaden, 80) → 60 by the national reform; m2 (40) stays;
	// Sjælland's m3, m4, m5 → 50 by their region's.
	assert.Equal(t, map[int]float64{1: 60, 3: 50, 4: 50, 5: 50}, got)
	assert.Equal(t, "v=1&cl=all:60,r1085:50", s.Encode())
}

func TestCaseloadReformOnMissingArea(t *testing.T) {
	ds := toy()
	for i := range ds.Periods[0].Rows {
		ds.Periods[0].Rows[i].Areas[calc.Flex] = calc.Figures{}
	}
	s := calc.DefaultScenario()
	s.SetReform(calc.CaseloadReform{Area: calc.Flex, To: 50})
	_, err := calc.Apply(ds, s)
	var ae *calc.ApplyError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, calc.ErrLeverArea, ae.Kind)
	assert.Equal(t, "reform", ae.Lever)
}

func TestCaseloadQueryForms(t *testing.T) {
	s, err := calc.DecodeScenario("v=1&cl=all:50,101:100:30,r1084:40:syg")
	require.NoError(t, err)
	assert.Equal(t, []calc.CaseloadReform{{Area: calc.KTH, To: 50}, {Region: 1084, Area: calc.SYG, To: 40}}, s.Reforms)
	assert.Equal(t, []calc.CaseloadLever{{Code: 101, Area: calc.KTH, From: 100, To: 30}}, s.Caseload)
	assert.Equal(t, "v=1&cl=all:50,r1084:40:syg,101:100:30", s.Encode())
	assert.False(t, s.IsOfficial())
}
