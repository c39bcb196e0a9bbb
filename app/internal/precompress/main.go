// Command precompress writes FILE.br and FILE.gz next to FILE, so that the
// server and static hosts can send app.wasm compressed without compressing
// it on every request.
//
// -best compresses brotli at its highest quality (11) with a 16 MB window,
// which takes a minute or more for the UI program but sends about an
// eighth fewer bytes than quality 9: worth it for the file that every cold
// load waits for. Without it, quality 9 (the drawing worker, which loads
// after the page is interactive).
package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/andybalholm/brotli"
)

func main() {
	best := flag.Bool("best", false, "brotli at quality 11 with a 16 MB window")
	flag.Usage = func() { fmt.Fprintln(os.Stderr, "usage: precompress [-best] FILE") }
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	path := flag.Arg(0)
	raw, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	br := brotli.WriterOptions{Quality: 9}
	if *best {
		br = brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24}
	}
	encoders := map[string]func(io.Writer) io.WriteCloser{
		".gz": func(f io.Writer) io.WriteCloser { w, _ := gzip.NewWriterLevel(f, gzip.BestCompression); return w },
		".br": func(f io.Writer) io.WriteCloser { return brotli.NewWriterOptions(f, br) },
	}
	// Both at once: brotli's best takes long.
	var wg sync.WaitGroup
	errs := make(chan error, len(encoders))
	for ext, enc := range encoders {
		wg.Go(func() {
			errs <- write(path+ext, func(f *os.File) error {
				w := enc(f)
				if _, err := w.Write(raw); err != nil {
					return err
				}
				return w.Close()
			})
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// write writes through a temporary file so a server never sees half a file.
func write(path string, fill func(*os.File) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".precompress-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := fill(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
