package view

import (
	"testing"

	"benchsim/calc/demo"
)

// FuzzApplyQuery feeds the app's URL parser anything: it never panics, a
// refused address leaves the default view with a notice, and an accepted
// one re-encodes to an address that gives the same view.
func FuzzApplyQuery(f *testing.F) {
	for _, q := range []string{
		"v=1&tab=scenario&m=336&cl=336:100:50",
		"v=1&scope=kl&lang=en&area=kth&sort=-pp&q=stev&region=Region%20Sj%C3%A6lland",
		"v=1&tab=charts&map=rank&hm=101.751&unc=1",
		"v=1&tab=tour&step=4&present=1",
		"v=1&tab=compare&cmp1=v%3D1%26scope%3Dkl&cmpn1=KL&cmp2=v%3D1%26w%3Dcost&csort=-change2",
		"v=1&cl=all:50,r1084:40:syg,101:100:30&tab=scenario", "v=1&cmp2=v%3D1", "v=1&cmpn1=x",
		"v=2&tab=data", "v=1&cl=336:0:50", "%zz", "m=-1&tab=%3Cscript%3E",
	} {
		f.Add(q)
	}
	ds := demo.Dataset()
	f.Fuzz(func(t *testing.T, q string) {
		st := NewState(ds, nil)
		if err := st.ApplyQuery(q); err != nil {
			if st.Notice == "" {
				t.Fatalf("%q refused without a notice: %v", q, err)
			}
			return
		}
		again := NewState(ds, nil)
		if err := again.ApplyQuery(st.Query()); err != nil {
			t.Fatalf("%q → %q refused: %v", q, st.Query(), err)
		}
		if again.Query() != st.Query() {
			t.Fatalf("not stable: %q → %q → %q", q, st.Query(), again.Query())
		}
	})
}
