// Package chart draws the simulator's charts and its tile map as SVG
// strings, straight from calc values.
//
// Each chart is a small pure function from calc values to a *plot.Plot
// (gonum/plot) plus a Marks value that says what was drawn — the points,
// the highlighted one, the limits, the order — so that tests (and the UI's
// text alternative) can check the picture against calc without parsing SVG.
// Every Marks carries an Alt: a summary sentence and table rows for screen
// readers. SVG renders any plot with a provenance stamp; Map draws the tile
// map by hand (no gonum needed) with one focusable <g> per municipality.
//
// Every word a chart draws or says is in the text catalogue's Figures
// section (app/text/figures.go); every number is calc's.
//
// The package imports neither go-app nor syscall/js, so it runs on the host,
// under GOOS=js GOARCH=wasm in node, and on the command line alike.
//
// Colours are colour-blind safe: the Okabe–Ito palette for categories and a
// blue–orange diverging scale (Color) for measures, blue meaning better than
// expected. Colour is never the only cue: signs, labels and legends say the
// same.
package chart
