// Command precompress writes FILE.br and FILE.gz next to FILE, so that the
// server and static hosts can send app.wasm compressed without compressing
// it on every request.
package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress FILE")
		os.Exit(2)
	}
	path := os.Args[1]
	raw, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	encoders := map[string]func(io.Writer) io.WriteCloser{
		".gz": func(f io.Writer) io.WriteCloser { w, _ := gzip.NewWriterLevel(f, gzip.BestCompression); return w },
		".br": func(f io.Writer) io.WriteCloser { return brotli.NewWriterLevel(f, 9) },
	}
	for ext, enc := range encoders {
		if err := write(path+ext, func(f *os.File) error {
			w := enc(f)
			if _, err := w.Write(raw); err != nil {
				return err
			}
			return w.Close()
		}); err != nil {
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
