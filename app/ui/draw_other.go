//go:build !js

package ui

import (
	"benchsim/app/figure"
	"benchsim/app/ui/view"
	"benchsim/calc"
)

// Off the browser there is no drawing worker: State draws at once
// (drawnow_other.go).

func drawFailed() string { return "" }

func startDrawWorker() {}

func startDrawWorkerSoon() {}

type drawOwner struct{}

type drawClient struct{}

var worker = &drawClient{}

func (cl *drawClient) Want(string, *calc.Dataset, []figure.Request, func(view.Figure), func()) {}
