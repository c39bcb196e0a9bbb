// Command app is the benchmark simulator: in the browser it runs the PWA;
// on the command line it serves the app (default), writes a static site, or
// runs the model (rank, import). One binary for both sides.
package main

import (
	"os"

	"benchsim/app/ui"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	if ui.WarmUpOnly() {
		ui.WarmUp() // in web/compile.js's worker: compile, then exit
		return
	}
	ui.Routes()
	ui.Prepare()
	app.RunWhenOnBrowser()
	os.Exit(command(os.Args[1:]))
}
