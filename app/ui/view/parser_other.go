//go:build !js

package view

import "benchsim/app/dataset"

// defaultParser reads files at once: the server, the command line and the
// tests have no worker.
func defaultParser() dataset.Parser { return dataset.Local() }
