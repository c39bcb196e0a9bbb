package ui

import "benchsim/app/ui/view"

// The names below are the view model's (package view); ui gives them too,
// so what the end-to-end tests and the command line read from ui — the
// number formatter, the languages, the texts and the rank simulation's
// seed — stays where they find it.

// The languages.
const (
	LangDA = view.LangDA
	LangEN = view.LangEN
)

// RankSimSeed seeds the rank simulation (view.RankSimSeed).
const RankSimSeed = view.RankSimSeed

// The one number formatter (view's format.go).
var (
	FormatNumber    = view.FormatNumber
	FormatSigned    = view.FormatSigned
	FormatInt       = view.FormatInt
	FormatMio       = view.FormatMio
	FormatMioSigned = view.FormatMioSigned
)

// Msg and MeetMsg are the texts of a language (view's text.go).
var (
	Msg     = view.Msg
	MeetMsg = view.MeetMsg
)
