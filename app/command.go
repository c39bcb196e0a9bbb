//go:build !js

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"benchsim/app/cli"
	"benchsim/app/server"
	"benchsim/app/ui"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func command(args []string) int {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return serve(args)
	}
	switch args[0] {
	case "serve":
		return serve(args[1:])
	case "static":
		return static(args[1:])
	}
	return cli.Run(args, os.Stdout, os.Stderr)
}

func serve(args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
	web := fs.String("web", "web", "directory with app.wasm, styles and icons")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if _, err := os.Stat(filepath.Join(*web, "app.wasm")); err != nil {
		fmt.Fprintf(os.Stderr, "%s/app.wasm is missing: build it with make build (or use make run)\n", *web)
		return 1
	}
	h := ui.Handler(server.WasmVersion(*web))
	fmt.Printf("Benchmark-simulatoren kører på http://%s\n", *addr)
	if err := http.ListenAndServe(*addr, server.New(h, *web)); err != nil {
		log.Print(err)
		return 1
	}
	return 0
}

// static writes a static site that works from any static host: the pages,
// app.wasm (raw, .br and .gz), the web files, and the headers to set.
func static(args []string) int {
	fs := flag.NewFlagSet("static", flag.ContinueOnError)
	web := fs.String("web", "web", "directory with app.wasm, styles and icons")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: app static DIR")
		return 2
	}
	dir := fs.Arg(0)
	if _, err := os.Stat(filepath.Join(*web, "app.wasm")); err != nil {
		fmt.Fprintf(os.Stderr, "%s/app.wasm is missing: build it with make build\n", *web)
		return 1
	}
	h := ui.Handler(server.WasmVersion(*web))
	server.Prepare(h, *web)
	if err := app.GenerateStaticWebsite(dir, h); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := server.FixStaticPages(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := patchAppJS(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := copyDir(*web, filepath.Join(dir, "web")); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := writeHeaders(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Printf("static site written to %s\n", dir)
	return 0
}

// patchAppJS gives the static site's loader the server's change (see
// server.PatchAppJS).
func patchAppJS(dir string) error {
	p := filepath.Join(dir, "app.js")
	b, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	return os.WriteFile(p, []byte(server.PatchAppJS(string(b))), 0o644)
}

// writeHeaders documents the response headers a host should send, in the
// _headers format several static hosts read, and as plain text.
func writeHeaders(dir string) error {
	var keys []string
	for k := range server.Headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("/*\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "  %s: %s\n", k, server.Headers[k])
	}
	b.WriteString("/web/app.wasm\n  Content-Type: application/wasm\n  Cache-Control: no-cache\n")
	if err := os.WriteFile(filepath.Join(dir, "_headers"), []byte(b.String()), 0o644); err != nil {
		return err
	}
	note := "Serve these response headers with every file (see _headers for the same in the format\n" +
		"several static hosts read). web/app.wasm.br and web/app.wasm.gz are app.wasm precompressed:\n" +
		"serve them for /web/app.wasm with Content-Encoding br or gzip when the request's\n" +
		"Accept-Encoding allows, and Content-Type application/wasm (web/draw.wasm likewise).\n" +
		"Compress the rest (the pages, .css, .js, .webmanifest) by Accept-Encoding as well, as\n" +
		"`app serve` does: the prerendered page is some 100 KB, a tenth of that compressed, and a\n" +
		"phone's first paint waits for it.\n\n" + b.String()
	return os.WriteFile(filepath.Join(dir, "HEADERS.txt"), []byte(note), 0o644)
}

func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		in, err := os.Open(path)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return errors.Join(out.Close())
	})
}
