package server

import (
	"io"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestPatchAppJS: the loader served hands the fetch response itself to
// instantiateStreaming; a go-app upgrade that changes the text fails here.
func TestPatchAppJS(t *testing.T) {
	srv := New(&app.Handler{Name: "t"}, t.TempDir())
	resp := get(t, srv, "/app.js", "")
	b, _ := io.ReadAll(resp.Body)
	rec := string(b)
	if !strings.Contains(rec, "response.clone().body.getReader()") || strings.Contains(rec, "new ReadableStream") {
		t.Fatalf("app.js is not patched:\n%s", rec)
	}
	if !strings.Contains(rec, "instantiateStreaming(") {
		t.Error("app.js lost instantiateStreaming")
	}
}
