package ui

import "testing"

// TestCSSString: the print stamp is quoted as a CSS string.
func TestCSSString(t *testing.T) {
	if got := cssString(`a "b" \ c` + "\n"); got != `"a \"b\" \\ c "` {
		t.Errorf("cssString: %s", got)
	}
}
