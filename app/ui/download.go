package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// downloadBlob hands bytes to the browser as a file download.
func downloadBlob(name, mime string, data []byte) {
	if !app.IsClient {
		return
	}
	arr := app.Window().Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	blob := app.Window().Get("Blob").New([]any{arr}, map[string]any{"type": mime})
	saveBlob(name, blob)
}

// saveBlob downloads a Blob through a temporary blob: address.
func saveBlob(name string, blob app.Value) {
	url := app.Window().Get("URL").Call("createObjectURL", blob)
	a := app.Window().Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	// Revoke later: the download reads the Blob after click returns.
	var revoke app.Func
	revoke = app.FuncOf(func(this app.Value, args []app.Value) any {
		app.Window().Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	app.Window().Call("setTimeout", revoke, 10000)
}

// downloadPNG draws the SVG on a canvas in the browser (from a blob:
// address, which the Content-Security-Policy's img-src allows) and
// downloads the canvas as PNG.
func downloadPNG(name, svg string) {
	if !app.IsClient {
		return
	}
	win := app.Window()
	blob := win.Get("Blob").New([]any{svg}, map[string]any{"type": "image/svg+xml;charset=utf-8"})
	url := win.Get("URL").Call("createObjectURL", blob)
	img := win.Get("Image").New()
	var onload, onerror, done app.Func
	release := func() {
		win.Get("URL").Call("revokeObjectURL", url)
		onload.Release()
		onerror.Release()
	}
	onload = app.FuncOf(func(this app.Value, args []app.Value) any {
		w, h := img.Get("naturalWidth").Int(), img.Get("naturalHeight").Int()
		canvas := win.Get("document").Call("createElement", "canvas")
		canvas.Set("width", w*pngScale)
		canvas.Set("height", h*pngScale)
		g := canvas.Call("getContext", "2d")
		g.Set("fillStyle", "#ffffff")
		g.Call("fillRect", 0, 0, w*pngScale, h*pngScale)
		g.Call("drawImage", img, 0, 0, w*pngScale, h*pngScale)
		release()
		done = app.FuncOf(func(this app.Value, args []app.Value) any {
			if len(args) > 0 && !args[0].IsNull() {
				saveBlob(name, args[0])
			}
			done.Release()
			return nil
		})
		canvas.Call("toBlob", done, "image/png")
		return nil
	})
	onerror = app.FuncOf(func(this app.Value, args []app.Value) any {
		app.Log("chart: the SVG could not be drawn as PNG")
		release()
		return nil
	})
	img.Set("onload", onload)
	img.Set("onerror", onerror)
	img.Set("src", url)
}

// download hands a CSV file to the browser as a download.
func download(name string, data []byte) {
	downloadBlob(name, "text/csv;charset=utf-8", data)
}

// pngScale is how many device pixels a PNG has per CSS pixel of the chart.
const pngScale = 2
