// Package text is the text catalogue: every word the app and the command
// line show, Danish and English side by side, and the one number formatter.
//
// A text is a W, W{Danish, English}. The app's pages read sections: each is
// one generic struct (UI[T], Charts[T], Tour[T], Compare[T], Data[T],
// Meeting[T], Figures[T]) written once as S[W] and read as S[string] in one
// language (UIMsg, ChartMsg, …; built once per language on first use). Both
// instantiations share one definition, so the languages cannot drift apart,
// and a test checks that every W has both languages with the same format
// verbs.
//
// calc and its importers return kinds, IDs and values, never sentences;
// this package words them (CalcError, Note, ImportError, CompanionError,
// ParamLabel, Explanation, Headline, …).
package text
