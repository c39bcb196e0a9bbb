// Command icongen draws the app's icons (PNG 192 and 512, a maskable 512
// and an SVG) into a directory, so that no icon comes from the internet.
//
//	go run ./app/ui/internal/icongen -out web
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
	"path/filepath"
)

var (
	navy  = color.RGBA{0x1b, 0x36, 0x5d, 0xff}
	white = color.RGBA{0xff, 0xff, 0xff, 0xff}
	red   = color.RGBA{0xc8, 0x10, 0x2e, 0xff}
)

// The design on a 100×100 grid: a rounded navy square with four bars of a
// ranking, the highlighted one red.
type bar struct {
	x, y, w, h float64
	c          color.RGBA
}

var bars = []bar{
	{20, 53, 12, 22, white},
	{36, 39, 12, 36, white},
	{52, 25, 12, 50, red},
	{68, 43, 12, 32, white},
}

func draw(size int, maskable bool) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	s := float64(size) / 100
	// Maskable icons keep their content in the central 80 % safe zone and
	// fill the whole square with the background.
	scale, off := 1.0, 0.0
	if maskable {
		scale, off = 0.72, 14
	}
	radius := 18.0
	const ss = 4 // samples per axis, for smooth edges
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) / s
					y := (float64(py) + (float64(sy)+0.5)/ss) / s
					if !maskable && !roundedInside(x, y, 2, 2, 96, 96, radius) {
						continue
					}
					c := navy
					gx, gy := (x-off)/scale, (y-off)/scale
					for _, bb := range bars {
						if gx >= bb.x && gx < bb.x+bb.w && gy >= bb.y && gy < bb.y+bb.h {
							c = bb.c
						}
					}
					r += float64(c.R)
					g += float64(c.G)
					b += float64(c.B)
					a++
				}
			}
			if a == 0 {
				continue
			}
			// Premultiplied alpha: colour sums over all samples.
			n := float64(ss * ss)
			img.SetRGBA(px, py, color.RGBA{uint8(r / n), uint8(g / n), uint8(b / n), uint8(a / n * 255)})
		}
	}
	return img
}

func roundedInside(x, y, x0, y0, w, h, r float64) bool {
	if x < x0 || y < y0 || x > x0+w || y > y0+h {
		return false
	}
	cx := math.Max(x0+r, math.Min(x, x0+w-r))
	cy := math.Max(y0+r, math.Min(y, y0+h-r))
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
}

func svg() string {
	hex := func(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
	s := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">` +
		fmt.Sprintf(`<rect x="2" y="2" width="96" height="96" rx="18" fill="%s"/>`, hex(navy))
	for _, b := range bars {
		s += fmt.Sprintf(`<rect x="%g" y="%g" width="%g" height="%g" fill="%s"/>`, b.x, b.y, b.w, b.h, hex(b.c))
	}
	return s + "</svg>\n"
}

func write(path string, img image.Image) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func main() {
	out := flag.String("out", "web", "directory to write the icons into")
	flag.Parse()
	write(filepath.Join(*out, "icon-192.png"), draw(192, false))
	write(filepath.Join(*out, "icon-512.png"), draw(512, false))
	write(filepath.Join(*out, "icon-maskable-512.png"), draw(512, true))
	if err := os.WriteFile(filepath.Join(*out, "icon.svg"), []byte(svg()), 0o644); err != nil {
		log.Fatal(err)
	}
}
