package jobindsats_test

import (
	"fmt"
	"strings"

	"benchsim/calc"
	"benchsim/calc/jobindsats"
)

func ExampleRead() {
	// A small CSV as a spreadsheet saves it: semicolons, short headers and
	// decimal commas. The numbers are invented.
	const file = `Kommune;Periode;Ydelsesgrupper;Forventet antal;Faktisk antal;Forventet andel (pct.);Faktisk andel (pct.);Placering på benchmarkranglisten
Læsø;2021QMAT04;Ydelsesgrupper i alt;90;80;10,00;8,89;5
Læsø;2021QMAT04;A-dagpenge mv.;20;20;2,22;2,22;40
Læsø;2021QMAT04;Kontanthjælp mv.;30;20;3,33;2,22;3
Læsø;2021QMAT04;Sygedagpenge mv.;40;40;4,44;4,44;50
Læsø;2021QMAT04;Sygedagpenge mv.;40;40;4,44;4,44;50
`
	// A benchmark ranks all 98 municipalities: Read refuses a file of one.
	_, _, err := jobindsats.Read(strings.NewReader(file))
	fmt.Println(strings.Split(err.Error(), ",")[0])

	// ReadWith with Partial reads it all the same.
	ds, warnings, err := jobindsats.ReadWith(strings.NewReader(file), jobindsats.ReadOptions{Partial: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range warnings {
		fmt.Println("warning:", w)
	}
	p := ds.Periods[0]
	r := p.Rows[0]
	tot := r.Areas[calc.Total]
	fmt.Printf("%s, %s (%s)\n", ds.Municipalities[0].Name, p.Label, p.Code)
	fmt.Printf("actual %.0f, expected %.0f, difference %.2f pct. point, rank %d\n",
		tot.Actual, tot.Expected, tot.ActualShare-tot.ExpectedShare, tot.PublishedRank)
	fmt.Printf("population 16–66 (derived: %v): %.0f\n", r.PopulationDerived, r.Population)

	// A wrong value is reported with its line and field.
	_, _, err = jobindsats.ReadWith(strings.NewReader(strings.Replace(file, ";30;20;", ";30;tyve;", 1)), jobindsats.ReadOptions{Partial: true})
	fmt.Println(err)
	// Output:
	// the file lacks 97 of the 98 municipalities: København
	// warning: line 6: repeats line 5 (Læsø, 2021QMAT04, Sygedagpenge mv.); the repeat was dropped
	// Læsø, 2021 (2021QMAT04)
	// actual 80, expected 90, difference -1.11 pct. point, rank 5
	// population 16–66 (derived: true): 900
	// line 4, field "Faktisk antal": not a number: "tyve"
}
