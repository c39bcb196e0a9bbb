//go:build !js

package ui

import "benchsim/app/dataset"

// newParser reads files at once: the server and the tests have no worker.
func newParser() dataset.Parser { return dataset.Local() }
