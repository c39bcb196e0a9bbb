package view

import (
	"math"
	"testing"

	"benchsim/calc"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v    float64
		dec  int
		lang string
		want string
	}{
		{1130, 0, LangDA, "1.130"},
		{1130, 0, LangEN, "1,130"},
		{11.4, 1, LangDA, "11,4"},
		{11.4, 1, LangEN, "11.4"},
		{2.4, 1, LangDA, "2,4"},
		{39079.4, 0, LangDA, "39.079"},
		{1234567.891, 2, LangEN, "1,234,567.89"},
		{1234567.891, 2, LangDA, "1.234.567,89"},
		{-183.4, 0, LangDA, "-183"},
		{-1234.5, 1, LangDA, "-1.234,5"},
		{999.96, 1, LangDA, "1.000,0"},
		{0.004, 2, LangDA, "0,00"},
		{-0.004, 2, LangDA, "0,00"}, // no "-0,00"
		{100, 0, LangDA, "100"},
		{71250, 0, LangDA, "71.250"},
		{0.075, 3, LangDA, "0,075"},
		{math.NaN(), 1, LangDA, "–"},
		{math.Inf(1), 0, LangEN, "–"},
	}
	for _, tt := range tests {
		if got := FormatNumber(tt.v, tt.dec, tt.lang); got != tt.want {
			t.Errorf("FormatNumber(%v, %d, %s) = %q, want %q", tt.v, tt.dec, tt.lang, got, tt.want)
		}
	}
}

func TestFormatSignedAndMio(t *testing.T) {
	tests := []struct{ got, want string }{
		{FormatSigned(0.2, 2, LangDA), "+0,20"},
		{FormatSigned(-1.23, 2, LangDA), "-1,23"},
		{FormatSigned(160, 0, LangEN), "+160"},
		{FormatSigned(-0.001, 2, LangDA), "0,00"},
		{FormatSigned(0, 0, LangDA), "0"},
		// Seed 000: Stevns 2017, 160 persons over expected at 71,250 kr.
		{FormatMio(160*71250, LangDA), "11,4"},
		{FormatMioSigned(160*71250, LangDA), "+11,4"},
		{FormatMioSigned(-4.9e6, LangEN), "-4.9"},
		{FormatInt(1130, LangDA), "1.130"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

func TestPeriodName(t *testing.T) {
	for _, tt := range []struct{ code, label, lang, want string }{
		{"2021QMAT02", "3. kvt. 2020 – 2. kvt. 2021", LangDA, "3. kvt. 2020 – 2. kvt. 2021"},
		{"2021QMAT02", "3. kvt. 2020 – 2. kvt. 2021", LangEN, "Q3 2020 – Q2 2021"},
		{"2021QMAT04", "2021", LangEN, "2021"},
		{"2022QMAT01", "", LangEN, "Q2 2021 – Q1 2022"},
		{"odd", "Odd", LangEN, "Odd"},
	} {
		p := calc.Period{Code: tt.code, Label: tt.label}
		if got := Msg(tt.lang).PeriodName(&p); got != tt.want {
			t.Errorf("PeriodName(%s, %s) = %q, want %q", tt.code, tt.lang, got, tt.want)
		}
	}
}
