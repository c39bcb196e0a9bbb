package text

import "strings"

// Lang is a display language: "da" (the default) or "en".
type Lang string

// The languages.
const (
	DA Lang = "da"
	EN Lang = "en"
)

// W is one text in both languages: W{Danish, English}. Every text of the
// catalogue is a W, so no text can lack its other language (a test checks
// that neither is empty and that both take the same format verbs). It is an
// array, not a struct, so that other packages may write W{"…", "…"} too.
type W [2]string

// In is the text in lang: English for EN, Danish for anything else.
func (w W) In(lang Lang) string {
	if lang == EN {
		return w[1]
	}
	return w[0]
}

// and joins words as a sentence lists them: "a, b og c".
func and(xs []string, lang Lang) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + W{" og ", " and "}.In(lang) + xs[len(xs)-1]
}
