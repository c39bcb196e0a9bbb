package chart

import (
	"bytes"
	"fmt"
	"html"
	"image/color"
	"strings"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Default sizes of a chart; the UI scales the SVG to its container.
const (
	Width  = 16 * vg.Centimeter
	Height = 10 * vg.Centimeter
)

const fontFamily = "font-family:'Liberation Sans',Arial,Helvetica,sans-serif;"

// stampSize is the font size of the provenance stamp.
const stampSize = 7

// SVG renders p as one <svg> element: no <?xml …?> prologue (go-app's
// app.Raw needs a single root element), a <title> taken from the plot's
// title for screen readers, and the provenance stamp (dataset, period,
// scenario, "eksempeldata" when illustrative — the caller writes it) as a
// line of small text under the plot. All text is XML-escaped.
func SVG(p *plot.Plot, w, h vg.Length, stamp string) (string, error) {
	c := vgsvg.New(w, h)
	dc := draw.New(c)
	sty := textStyle(stampSize, colGrey)
	pad := vg.Points(4)
	plotArea := dc
	if stamp != "" {
		plotArea = draw.Crop(dc, 0, 0, sty.Height(stamp)+2*pad, 0)
	}
	dc.SetColor(colWhite)
	dc.Fill(dc.Rectangle.Path())
	p.Draw(plotArea)
	if stamp != "" {
		dc.FillText(sty, vg.Point{X: dc.Min.X + pad, Y: dc.Min.Y + pad}, stamp)
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return "", fmt.Errorf("chart: rendering SVG: %w", err)
	}
	return finishSVG(buf.String(), strings.ReplaceAll(p.Title.Text, "\n", " · "))
}

// finishSVG cuts the prologue off an SVG document and puts role="img" and a
// <title> into its root element.
func finishSVG(doc, title string) (string, error) {
	i := strings.Index(doc, "<svg")
	if i < 0 {
		return "", fmt.Errorf("chart: the SVG has no <svg> element")
	}
	doc = doc[i:]
	j := strings.IndexByte(doc, '>')
	if j < 0 {
		return "", fmt.Errorf("chart: the SVG's root element is not closed")
	}
	var b strings.Builder
	b.Grow(len(doc) + len(title) + 1024)
	b.WriteString(doc[:j])
	b.WriteString(` role="img">`)
	if title != "" {
		b.WriteString("<title>")
		b.WriteString(html.EscapeString(title))
		b.WriteString("</title>")
	}
	// Browsers without Liberation fall back to Arial, which has the same
	// metrics, so the layout gonum measured holds.
	b.WriteString(strings.ReplaceAll(doc[j+1:], "font-family:Liberation Sans;", fontFamily))
	return strings.TrimSpace(b.String()), nil
}

// Colours: Okabe–Ito, safe for the common colour-vision deficiencies.
var (
	colBlack   = color.RGBA{0x00, 0x00, 0x00, 0xff}
	colOrange  = color.RGBA{0xe6, 0x9f, 0x00, 0xff}
	colSky     = color.RGBA{0x56, 0xb4, 0xe9, 0xff}
	colGreen   = color.RGBA{0x00, 0x9e, 0x73, 0xff}
	colBlue    = color.RGBA{0x00, 0x72, 0xb2, 0xff} // better than expected
	colVermil  = color.RGBA{0xd5, 0x5e, 0x00, 0xff} // worse than expected
	colPurple  = color.RGBA{0xcc, 0x79, 0xa7, 0xff}
	colYellow  = color.RGBA{0xf0, 0xe4, 0x42, 0xff}
	colGrey    = color.RGBA{0x59, 0x59, 0x59, 0xff} // text and reference lines
	colLight   = color.RGBA{0xb0, 0xb0, 0xb0, 0xff} // background marks
	colFaint   = color.RGBA{0xd9, 0xd9, 0xd9, 0xff}
	colWhite   = color.RGBA{0xff, 0xff, 0xff, 0xff}
	colHalo    = color.NRGBA{0xff, 0xff, 0xff, 0xc0}
	seriesCols = []color.Color{colBlue, colVermil, colGreen, colPurple, colOrange, colSky, colBlack, colYellow}
)

// sans is the font of every chart: Liberation Sans, embedded in gonum/plot
// (so text is measured the same everywhere), with sans-serif as fallback.
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

func textStyle(size vg.Length, c color.Color) text.Style {
	return text.Style{Color: c, Font: font.From(sans, size), Handler: plot.DefaultTextHandler}
}

func bold(s text.Style) text.Style {
	s.Font.Weight = xfont.WeightBold
	return s
}

// newPlot returns a plot with the package's fonts and a light grid.
func newPlot(title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(sans, 12)
	p.Title.TextStyle.Font.Weight = xfont.WeightBold
	p.Title.Padding = vg.Points(6)
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Label.TextStyle.Font = font.From(sans, 9)
		ax.Label.TextStyle.Color = colGrey
		ax.Tick.Label.Font = font.From(sans, 8)
		ax.Tick.Label.Color = colGrey
		ax.Tick.Color = colGrey
		ax.LineStyle.Color = colGrey
		ax.Padding = vg.Points(2)
	}
	p.X.Label.Text = xLabel
	p.Y.Label.Text = yLabel
	p.Legend.TextStyle.Font = font.From(sans, 8)
	p.Legend.Top = true
	return p
}
