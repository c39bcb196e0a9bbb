package ui

//go:generate go run ./internal/icongen -out ../../web

import (
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/calc"
	"benchsim/calc/demo"
)

// demoDataset is the illustrative dataset, built once.
var demoDataset = sync.OnceValue(func() *calc.Dataset { return demo.Dataset() })

// Routes registers the app's routes. Call it on both sides before
// app.RunWhenOnBrowser. Everything lives on "/"; the view is in the query.
func Routes() {
	app.Route("/", func() app.Composer { return &Root{} })
}
