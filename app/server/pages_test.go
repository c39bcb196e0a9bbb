package server

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFixPage(t *testing.T) {
	in := `<button id="a" disabled="false">A</button><button disabled>B</button>` +
		`<input type="radio" checked="false" value="x"><input type="radio" checked>` +
		`<option value="1" selected="false">1</option><details open="false"></details>` +
		`<div contenteditable="false" title="disabled=\"false\"">x="false" checked=&#34;false&#34;</div>`
	want := `<button id="a">A</button><button disabled>B</button>` +
		`<input type="radio" value="x"><input type="radio" checked>` +
		`<option value="1">1</option><details></details>` +
		`<div contenteditable="false" title="disabled=\"false\"">x="false" checked=&#34;false&#34;</div>`
	assert.Equal(t, want, string(FixPage([]byte(in))))
}

// pageCompo renders what go-app prerenders as disabled="false".
type pageCompo struct{ app.Compo }

func (*pageCompo) Render() app.UI {
	return app.Div().Body(
		app.Button().ID("off").Disabled(false).Text("off"),
		app.Button().ID("on").Disabled(true).Text("on"),
		app.Details().Open(false).Body(app.Summary().Text("s")),
	)
}

// The server's pages, as the browser gets them, have no boolean attribute
// whose value is "false" (which HTML reads as true).
func TestPagesHaveNoFalseBooleans(t *testing.T) {
	app.Route("/fixpage", func() app.Composer { return &pageCompo{} })
	dir, _ := webDir(t, false)
	h := New(&app.Handler{Name: "t"}, dir)
	res := get(t, h, "/fixpage", "")
	body, _ := io.ReadAll(res.Body)
	assert.Regexp(t, `<button (id="off")>off</button>`, string(body))
	assert.Regexp(t, `<button (id="on" disabled|disabled id="on")>on</button>`, string(body))
	assert.NotContains(t, string(body), `="false"`)

	out := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(out, "index.html"), []byte(`<button disabled="false">`), 0o644))
	require.NoError(t, FixStaticPages(out))
	b, err := os.ReadFile(filepath.Join(out, "index.html"))
	require.NoError(t, err)
	assert.Equal(t, `<button>`, string(b))
}
