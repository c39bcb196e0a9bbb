// Package text is the text catalogue: Danish and English side by side.
//
// calc and its importers return kinds and values, never sentences; this
// package words them for users. Every entry has both languages, and a test
// checks that none is missing.
package text
