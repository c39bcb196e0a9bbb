package demo

import _ "embed"

// embedded is the canonical file, which only the tests read: programs get
// the dataset from the generated Go data.
//
//go:embed dataset.json
var embedded []byte
