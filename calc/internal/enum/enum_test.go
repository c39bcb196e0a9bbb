package enum

import "testing"

type color int

const (
	red color = iota + 1
	green
)

var colors = New("color", map[color]string{red: "red", green: "green"})

func TestName(t *testing.T) {
	for _, tc := range []struct {
		k    color
		want string
	}{
		{red, "red"},
		{green, "green"},
		{0, "color(0)"},
		{3, "color(3)"},
		{-1, "color(-1)"},
	} {
		if got := colors.Name(tc.k); got != tc.want {
			t.Errorf("Name(%d) = %q, want %q", int(tc.k), got, tc.want)
		}
	}
}
