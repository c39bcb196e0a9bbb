package server

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// falseBoolean matches a boolean attribute go-app's prerendering writes
// for a false value: go-app keeps Disabled(false), Checked(false),
// Selected(false), Open(false) as the attribute value "false", which the
// browser sets as a property (false) in the running page, but the server
// writes it out as disabled="false", and in HTML any value means true. The
// prerendered page then showed every button with Disabled(false) disabled,
// every details with Open(false) open, the last radio button of a group
// and the last option of a select chosen, until the program ran.
//
// Attribute values are quoted with strconv.Quote (a quote inside is \")
// and texts are escaped (&#34;), so the pattern only meets attributes.
// contenteditable="false" means what it says and is not among them.
var falseBoolean = regexp.MustCompile(` (?:async|autofocus|autoplay|checked|default|defer|disabled|hidden|ismap|loop|multiple|muted|open|readonly|required|reversed|selected)="false"`)

// FixPage removes the boolean attributes a prerendered page has as
// "false" (see falseBoolean).
func FixPage(page []byte) []byte {
	return falseBoolean.ReplaceAll(page, nil)
}

// servePage serves a page of go-app's handler with FixPage applied to
// HTML responses.
func (s *handler) servePage(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		s.next.ServeHTTP(w, r)
		return
	}
	rec := httptest.NewRecorder()
	s.next.ServeHTTP(rec, r)
	body := rec.Body.Bytes()
	if rec.Code == http.StatusOK && rec.Header().Get("Content-Encoding") == "" &&
		strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		body = FixPage(body)
	}
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(rec.Code)
	_, _ = w.Write(bytes.Clone(body))
}

// FixStaticPages applies FixPage to the HTML files of a static export.
func FixStaticPages(dir string) error {
	return filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if fixed := FixPage(b); !bytes.Equal(fixed, b) {
			return os.WriteFile(path, fixed, 0o644)
		}
		return nil
	})
}
