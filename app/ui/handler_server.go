//go:build !js

package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
)

// The server's side of go-app: the HTTP handler and the service worker.
// Apart from the browser's program, so that the UI program does not link
// go-app's Handler (see app/internal/wasmbuild).

// Theme colours, also in web/app.css.
const (
	themeColor      = "#1b365d"
	backgroundColor = "#f5f6f8"
)

// Handler returns the app's HTTP handler with every field set in one place.
// version identifies the build (the server passes a hash of app.wasm); it
// names the service worker's cache, so a new build replaces the old cache
// and an unchanged build keeps it.
func Handler(version string) *app.Handler {
	t := view.Msg(view.LangDA)
	return &app.Handler{
		Name:            t.AppName,
		ShortName:       "Benchmark",
		Title:           t.AppName + " — " + t.AppTagline,
		Description:     t.AppDescription,
		Author:          "benchsim",
		Keywords:        []string{"benchmark", "beskæftigelse", "kommuner", "Jobindsats", "Y30R21"},
		Lang:            view.LangDA,
		LoadingLabel:    t.Loading,
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		// Local icons: the default is an internet address, and one failed
		// request makes the service worker's whole offline cache fail.
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
		Image:  "/web/icon-512.png",
		Styles: []string{"/web/app.css", "/web/charts.css", "/web/tour.css", "/web/a11y.css", "/web/compare.css", "/web/print.css"},
		// The ranking table's writer (app/ui/domtable), which go-app's
		// service worker caches with the page's other scripts.
		Scripts: []string{"/web/table.js defer"},
		Version: version,
		// The drawing worker, so that the charts work offline too.
		CacheableResources:    []string{"/web/compile.js", "/web/draw.js", "/web/draw.wasm"},
		ServiceWorkerTemplate: serviceWorker(),
	}
}

// serviceWorker is go-app's worker with one change: a page address with a
// query string (every view of this app) is answered from the cached "/"
// when the network is gone, so that a shared or bookmarked view opens
// offline.
//
// And its install waits for the cache to be filled (go-app's handler is an
// async function without waitUntil, so the worker took control before the
// two programs were cached, and an early offline reload failed).
func serviceWorker() string {
	js := strings.Replace(app.DefaultAppWorkerJS, swFetchOld, swFetchNew, 1)
	return strings.Replace(js, swInstallOld, swInstallNew, 1)
}

const swInstallOld = `self.addEventListener("install", async (event) => {
  try {
    console.log("installing app worker {{.Version}}");
    await installWorker();
    await self.skipWaiting();
  } catch (error) {
    console.error("error during installation:", error);
  }
});`

const swInstallNew = `self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    console.log("installing app worker {{.Version}}");
    await installWorker();
    await self.skipWaiting();
  })());
});`

const swFetchOld = `  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  return await fetch(request);`

const swFetchNew = `  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  if (request.mode === "navigate") {
    try {
      return await fetch(request);
    } catch (err) {
      const page = await caches.match(new URL(request.url).pathname, { ignoreSearch: true });
      if (page) {
        return page;
      }
      throw err;
    }
  }
  return await fetch(request);`
