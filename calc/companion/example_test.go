package companion_test

import (
	"fmt"

	"benchsim/calc"
	"benchsim/calc/companion"
)

func ExampleRead() {
	csv := "Område;Periode;Ydelsesgrupper;Køn;Antal fuldtidspersoner\r\n" +
		"Stevns;2021Y01;Førtidspension;Kvinder;\"410,5\"\r\n" +
		"Stevns;2021Y01;Førtidspension;Mænd;390\r\n" +
		"Stevns;2021Y01;Førtidspension;I alt;\"800,5\"\r\n"
	f, _, err := companion.Read("ptv.csv", []byte(csv), companion.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Kind, f.Table, f.Format, f.Areas, f.Periods, f.Municipalities)
	// Output: benefit PTV_A02 CSV [fp] [2021QMAT04] 1
}

func ExampleApply() {
	ds := &calc.Dataset{
		Municipalities: []calc.Municipality{{Code: 336, Name: "Stevns"}},
		Periods: []calc.Period{{Code: "2021QMAT04", Rows: []calc.Row{{
			Population: 13600, PopulationDerived: true}}}},
	}
	csv := "Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner\n"
	for m := 1; m <= 12; m++ {
		csv += fmt.Sprintf("Stevns;2021M%02d;Fleksjob;%d\n", m, 100+m) // mean 106.5
	}
	f, _, err := companion.Read("fleks.csv", []byte(csv), companion.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	out, _, err := companion.Apply(ds, []*companion.File{f})
	if err != nil {
		fmt.Println(err)
		return
	}
	flex := out.Periods[0].Rows[0].Areas[calc.Flex]
	fmt.Println(flex.Known, flex.Actual, ds.Periods[0].Rows[0].Areas[calc.Flex].Known)
	// Output: true 106.5 false
}
