// Command wasmbuild builds the UI program for the browser without go-app's
// server side: `go run ./app/internal/wasmbuild -o web/app.wasm ./app`
// runs `GOOS=js GOARCH=wasm go build ARGS` on a copy of the pinned go-app
// in which http.go and resource.go (the HTTP handler, which the browser
// never runs) are built for servers only.
//
// Why: go-app's package imports net/http on both sides, and net/http brings
// crypto/tls, whose package initialisers (every elliptic curve, ML-KEM,
// RSA, X.509) the linker must keep. In the UI program that was 1,6 MB of
// wasm and 0,37 MB brotli for nothing. The copy is go-app's own source with
// two build constraints and one file that gives the browser's side the two
// names it needs from resource.go (copied verbatim from it); the version
// stays the one go.mod pins. It lives in the user's cache directory, made
// once per go-app version; the build uses it through a copy of go.mod with
// a replace directive (go build -modfile), so the project's go.mod is not
// touched. An unpatched build (plain go build, as the tests do) works too,
// only larger.
//
// It also builds with the tag benchsim_ui (UITag): the UI program reads no
// files (its worker does, see app/dataset), and packages that link a
// reader for its types only leave the reader out under that tag, so that
// its package initialisation does not run at every start (see
// calc/companion/xlsx_ui.go: the xlsx reader compiles a regular
// expression in its init).
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

const (
	// UITag is the build tag of the UI program.
	UITag = "benchsim_ui"

	goApp = "github.com/maxence-charriere/go-app/v10"
	// patchVersion names the patch; a change to it makes a new copy.
	patchVersion = "nohttp1-slicedmount2-latecleanup1-adopt1"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "wasmbuild:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	dir, version, err := goAppModule()
	if err != nil {
		return err
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	base := filepath.Join(cache, "benchsim", fmt.Sprintf("go-app-%s-%s-%08x", version, patchVersion, patchHash()))
	patched := filepath.Join(base, "go-app")
	if _, err := os.Stat(filepath.Join(patched, "go.mod")); err != nil {
		if err := makeCopy(dir, base); err != nil {
			return err
		}
	}
	modfile, err := writeModfile(base, patched)
	if err != nil {
		return err
	}
	cmd := exec.Command("go", append([]string{"build", "-modfile", modfile}, withTag(args)...)...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}

// patchHash is a hash of the patch's edits and source: a change to either
// makes a new copy even where patchVersion was not changed.
func patchHash() uint32 {
	var b strings.Builder
	for _, e := range sliced {
		b.WriteString(e.file + "\x00" + e.old + "\x00" + e.new + "\x00")
	}
	b.WriteString(slicedSource)
	return hash(b.String())
}

// withTag adds UITag to the build's tags: to a -tags flag the arguments
// have, or as one before them.
func withTag(args []string) []string {
	out := append([]string(nil), args...)
	for i, a := range out {
		switch {
		case a == "-tags" || a == "--tags":
			if i+1 < len(out) {
				out[i+1] = joinTags(out[i+1])
				return out
			}
		case strings.HasPrefix(a, "-tags=") || strings.HasPrefix(a, "--tags="):
			k, v, _ := strings.Cut(a, "=")
			out[i] = k + "=" + joinTags(v)
			return out
		}
	}
	return append([]string{"-tags=" + UITag}, out...)
}

func joinTags(tags string) string {
	if strings.TrimSpace(tags) == "" {
		return UITag
	}
	return tags + "," + UITag
}

// goAppModule is the pinned go-app's directory in the module cache and its
// version.
func goAppModule() (dir, version string, err error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}\t{{.Version}}", goApp).Output()
	if err != nil {
		return "", "", fmt.Errorf("go list -m %s: %v", goApp, err)
	}
	dir, version, ok := strings.Cut(strings.TrimSpace(string(out)), "\t")
	if !ok || dir == "" {
		return "", "", fmt.Errorf("go-app is not in the module cache (go mod download %s)", goApp)
	}
	return dir, version, nil
}

// makeCopy copies go-app's module (its go.mod and packages) into
// base/go-app and patches it, through a temporary directory renamed into
// place, so that two builds at once never see half a copy.
func makeCopy(src, base string) error {
	if err := os.MkdirAll(base, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(base, ".copy-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for _, name := range []string{"go.mod", "go.sum", "LICENSE"} {
		if err := copyFile(filepath.Join(src, name), filepath.Join(tmp, name)); err != nil {
			return err
		}
	}
	err = filepath.WalkDir(filepath.Join(src, "pkg"), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(tmp, rel), 0o755)
		}
		return copyFile(path, filepath.Join(tmp, rel))
	})
	if err != nil {
		return err
	}
	if err := patch(filepath.Join(tmp, "pkg", "app")); err != nil {
		return err
	}
	err = os.Rename(tmp, filepath.Join(base, "go-app"))
	if err != nil && fileExists(filepath.Join(base, "go-app", "go.mod")) {
		return nil // another build made it meanwhile
	}
	return err
}

// sliced are the edits that let the first mount give the browser a turn
// (benchsimYield, written into benchsim_wasm.go): go-app's Load builds the
// new page detached and puts it in place of the prerendered one only at
// its end, so yielding inside that mount shows nothing half-built. Later
// mounts and every update write the live page and never yield.
var sliced = []struct{ file, old, new string }{
	{"engine.go",
		"\tbody, err := e.nodes.Update(e.baseContext(), e.body, Body().privateBody(v))\n",
		"\tbenchsimSliceFirst(true)\n\tbody, err := benchsimLoad(e, v)\n\tbenchsimSliceFirst(false)\n"},
	{"node.go",
		"\tchildren := v.body()\n\tfor i, child := range children {\n\t\tvar err error\n",
		"\tchildren := v.body()\n\tcursor := benchsimFirst(jsElement, adopted)\n\tfor i, child := range children {\n\t\tbenchsimYield()\n\t\tcursor = benchsimAt(cursor, adopted, child)\n\t\tvar err error\n"},
	// Adoption (benchsimLoad): the elements, texts and raw HTML the first
	// mount would create are taken from the prerendered page where they
	// match it.
	{"node.go",
		"\tjsElement, _ := Window().createElement(v.Tag(), v.XMLNamespace())\n\tv = v.setJSElement(jsElement)\n",
		"\tjsElement, adopted := benchsimElement(v.Tag(), v.XMLNamespace())\n\tv = v.setJSElement(jsElement)\n\tif adopted {\n\t\tbenchsimAttributes(v)\n\t}\n"},
	{"node.go",
		"\t\tv.JSValue().appendChild(child)\n\t}\n\n\treturn v, nil\n",
		"\t\tcursor = benchsimPlace(v.JSValue(), child, cursor, adopted)\n\t}\n\tbenchsimRest(v, cursor, adopted)\n\n\treturn v, nil\n"},
	{"node.go",
		"\tv.jsvalue = Window().createTextNode(v.value)\n",
		"\tv.jsvalue = benchsimText(v.value)\n"},
	{"node.go",
		"\twrapper.removeChild(v.jsElement)\n",
		"\twrapper.removeChild(v.jsElement)\n\tv.jsElement = benchsimRaw(v.jsElement)\n"},
	{"node.go",
		"\troot, err := m.renderComponent(v)\n",
		"\troot, err := m.renderComponent(v)\n\tbenchsimYield()\n"},
	// Start's sweep of expired persisted states reads all of localStorage
	// (the page's first access to it, a round trip to the browser) in the
	// task that puts the running page in place; the app keeps no such
	// states, and the sweep can wait until the start is over.
	{"engine.go",
		"\te.states.CleanupExpiredPersistedStates(e.baseContext())\n",
		"\tgo func() {\n\t\ttime.Sleep(benchsimCleanupAfter)\n\t\te.dispatches <- func() { e.states.CleanupExpiredPersistedStates(e.baseContext()) }\n\t}()\n"},
}

// slicedSource is the code the edits call.
const slicedSource = `
// benchsim: the first Load (the prerendered page replaced by the running
// one) yields to the browser every benchsimSlice while it renders and
// mounts the new page, which is detached until the end: the start then
// holds no long task there. Later loads and all updates never yield.
const benchsimSlice = 8 * time.Millisecond

// benchsimCleanupAfter is how long after the start Start's sweep of
// expired persisted states runs.
const benchsimCleanupAfter = 3 * time.Second

var (
	benchsimSlicing, benchsimSliced bool
	benchsimLast                    time.Time
)

// benchsimSliceFirst starts (on) and ends slicing, for the first Load only.
func benchsimSliceFirst(on bool) {
	if on && !benchsimSliced {
		benchsimSliced, benchsimSlicing, benchsimLast = true, true, time.Now()
		return
	}
	benchsimSlicing = false
}

// benchsimYield lets the browser run when the slice is used up: the UI
// goroutine waits for a zero-delay timeout of the browser's, whose
// callback lets it go on. (A time.Sleep did not always return to the
// browser: a sleep whose timer is due by the time the scheduler goes idle
// never schedules the browser's timeout.)
func benchsimYield() {
	if !benchsimSlicing || time.Since(benchsimLast) < benchsimSlice {
		return
	}
	done := make(chan struct{})
	var f Func
	f = FuncOf(func(Value, []Value) any {
		f.Release()
		close(done)
		return nil
	})
	Window().Call("setTimeout", f, 0)
	<-done
	benchsimLast = time.Now()
}

// benchsim: the first Load adopts the prerendered page instead of
// replacing it. The page the server wrote is what the browser has shown
// and laid out since the first paint; the running page takes its elements,
// texts and raw HTML where they match what it would create (same tag and
// namespace, equal raw HTML), sets their attributes and handlers as a
// mount does and removes what it would not have (attributes, nodes, the
// server's indentation). Where they differ it creates the node as before,
// in place. Focus, scroll and selection stay, and what the user typed or
// moved before the program ran is given back to the running page as
// input and change events. An element whose children a script of the
// page writes (attribute data-keep-children, set by the running page only)
// keeps the server's children until that script replaces them. A page
// that sets window.benchsimNoAdopt before the start gets go-app's own
// replacement (the tests compare the two).

var (
	benchsimAdopted  bool  // the first Load happened
	benchsimAdopting bool  // the first Load adopts
	benchsimNext     Value // the node the next mount may adopt, or nil
	benchsimInputs   []benchsimInput
)

// benchsimInput is a form control the user changed before the start.
type benchsimInput struct {
	el      Value
	checked bool // a checkbox or radio button: its checked state changed
	on      bool
	value   string
}

const htmlNamespace = "http://www.w3.org/1999/xhtml"

// benchsimLoad is the first Load's update of the body: adopting the
// prerendered page's root element when there is one.
func benchsimLoad(e *engineX, v Composer) (UI, error) {
	if benchsimAdopted {
		return e.nodes.Update(e.baseContext(), e.body, Body().privateBody(v))
	}
	benchsimAdopted = true
	root := e.body.JSValue().firstElementChild()
	if !benchsimNode(root) || root.Get("id").String() == "app-wasm-loader" || Window().Get("benchsimNoAdopt").Truthy() {
		return e.nodes.Update(e.baseContext(), e.body, Body().privateBody(v))
	}
	benchsimAdopting, benchsimNext = true, root
	c, err := e.nodes.Mount(e.nodes.context(e.baseContext(), e.body), 1, v)
	benchsimAdopting, benchsimNext = false, nil
	if err != nil {
		return nil, err
	}
	if node := c.JSValue(); !node.Equal(root) {
		root.Call("replaceWith", node)
	}
	c = c.setParent(e.body)
	body := e.body.setBody([]UI{c})
	inputs := benchsimInputs
	benchsimInputs = nil
	for _, in := range inputs {
		if in.checked {
			in.el.Set("checked", in.on)
		} else {
			in.el.Set("value", in.value)
		}
		for _, name := range []string{"input", "change"} {
			in.el.Call("dispatchEvent", Window().Get("Event").New(name, map[string]any{"bubbles": true}))
		}
	}
	return body, nil
}

func benchsimNode(v Value) bool { return v != nil && v.Truthy() }

// benchsimElement is the prerendered element to adopt, or a new one.
func benchsimElement(tag, ns string) (Value, bool) {
	if n := benchsimNext; benchsimAdopting && benchsimNode(n) && n.Get("nodeType").Int() == 1 {
		name := n.Get("localName").String()
		if ns == "" && strings.EqualFold(name, tag) && n.Get("namespaceURI").String() == htmlNamespace ||
			ns != "" && name == tag && n.Get("namespaceURI").String() == ns {
			return n, true
		}
	}
	el, _ := Window().createElement(tag, ns)
	return el, false
}

// benchsimAttributes makes an adopted element's attributes those of the
// element the mount would create: it removes the attributes the mount does
// not set, and those it sets as properties where the new element would
// have no attribute (value, checked, selected, muted, and any boolean whose
// value is false); the mount then sets the rest as it would on a new one.
// First it notes a form control the user changed before the start.
func benchsimAttributes(v HTML) {
	el, attrs := v.JSValue(), v.attrs()
	benchsimNoteInput(v.Tag(), el)
	names := el.Call("getAttributeNames")
	for i, n := 0, names.Length(); i < n; i++ {
		name := names.Index(i).String()
		value, ok := attrs[name]
		switch {
		case !ok:
		case name == "value" || name == "checked" || name == "selected" || name == "muted":
		case benchsimBoolean[name]:
			if on, _ := strconv.ParseBool(value); on {
				continue
			}
		default:
			continue
		}
		el.Call("removeAttribute", name)
	}
}

// benchsimBoolean are the attributes go-app sets as boolean properties.
var benchsimBoolean = map[string]bool{"async": true, "autofocus": true, "autoplay": true, "checked": true,
	"default": true, "defer": true, "disabled": true, "hidden": true, "ismap": true, "loop": true,
	"multiple": true, "muted": true, "open": true, "readonly": true, "required": true, "reversed": true,
	"selected": true}

// benchsimNoteInput notes a text field, slider, checkbox, radio button or
// select whose state is not the one its markup gives (a boolean attribute
// "false" read as false, as go-app means it): the user changed it before
// the program ran.
func benchsimNoteInput(tag string, el Value) {
	marked := func(el Value, name string) bool {
		return el.Call("hasAttribute", name).Bool() && el.Call("getAttribute", name).String() != "false"
	}
	switch tag {
	case "input", "textarea":
		if t := el.Get("type").String(); t == "checkbox" || t == "radio" {
			if on := el.Get("checked").Bool(); on != marked(el, "checked") {
				benchsimInputs = append(benchsimInputs, benchsimInput{el: el, checked: true, on: on})
			}
		} else if t != "file" {
			if value := el.Get("value").String(); value != el.Get("defaultValue").String() {
				benchsimInputs = append(benchsimInputs, benchsimInput{el: el, value: value})
			}
		}
	case "select":
		// A single choice: the last option marked selected is chosen,
		// else the first.
		if el.Get("multiple").Bool() {
			return
		}
		options := el.Get("options")
		want := 0
		for i, n := 0, options.Length(); i < n; i++ {
			if marked(options.Index(i), "selected") {
				want = i
			}
		}
		if options.Length() > 0 && el.Get("selectedIndex").Int() != want {
			benchsimInputs = append(benchsimInputs, benchsimInput{el: el, value: el.Get("value").String()})
		}
	}
}

func benchsimHasAttr(attrs attributes, name string) bool {
	_, ok := attrs[name]
	return ok
}

// benchsimFirst is the first child node an adopted element's children may
// take.
func benchsimFirst(el Value, adopted bool) Value {
	if !adopted {
		return nil
	}
	return el.Get("firstChild")
}

// benchsimAt sets the node the child's mount may adopt: for an element or
// raw HTML the next node past whitespace and comments, which go away.
func benchsimAt(cursor Value, adopted bool, child UI) Value {
	if !adopted {
		benchsimNext = nil
		return nil
	}
	if _, isText := child.(*text); !isText {
		for benchsimNode(cursor) {
			t := cursor.Get("nodeType").Int()
			if t != 8 && (t != 3 || strings.TrimSpace(cursor.Get("data").String()) != "") {
				break
			}
			next := cursor.Get("nextSibling")
			cursor.Call("remove")
			cursor = next
		}
	}
	benchsimNext = cursor
	return cursor
}

// benchsimPlace puts a mounted child where it goes and returns the node
// the next child may adopt.
func benchsimPlace(parent Value, child UI, cursor Value, adopted bool) Value {
	if !adopted {
		parent.appendChild(child)
		return nil
	}
	node := child.JSValue()
	if benchsimNode(cursor) && node.Equal(cursor) {
		return cursor.Get("nextSibling")
	}
	if benchsimNode(cursor) {
		parent.Call("insertBefore", node, cursor)
	} else {
		parent.appendChild(child)
	}
	return cursor
}

// benchsimRest removes the nodes of an adopted element that no child
// took.
func benchsimRest(v HTML, cursor Value, adopted bool) {
	if !adopted || benchsimHasAttr(v.attrs(), "data-keep-children") {
		return
	}
	for benchsimNode(cursor) {
		next := cursor.Get("nextSibling")
		cursor.Call("remove")
		cursor = next
	}
}

// benchsimText is the prerendered text node to adopt, with the text set,
// or a new one.
func benchsimText(s string) Value {
	if n := benchsimNext; benchsimAdopting && benchsimNode(n) && n.Get("nodeType").Int() == 3 {
		if n.Get("data").String() != s {
			n.Set("data", s)
		}
		return n
	}
	return Window().createTextNode(s)
}

// benchsimRaw is the prerendered node equal to raw HTML's, or its own.
func benchsimRaw(node Value) Value {
	if n := benchsimNext; benchsimAdopting && benchsimNode(n) && node.Truthy() && node.Call("isEqualNode", n).Bool() {
		return n
	}
	return node
}
`

// serverOnly are the files of go-app's package app that the browser's
// build leaves out.
var serverOnly = []string{"http.go", "resource.go"}

// browserNames are what the rest of the package needs from resource.go in
// the browser.
var browserNames = []string{"func clientResourceResolver(", "func remoteLocation(", "func webLocation("}

func patch(pkg string) error {
	resource, err := os.ReadFile(filepath.Join(pkg, "resource.go"))
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.WriteString("//go:build wasm\n\npackage app\n\nimport (\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n)\n\n")
	b.WriteString("// benchsim: http.go and resource.go are built for servers only, so that\n")
	b.WriteString("// the browser's program does not link net/http; these are the names the\n")
	b.WriteString("// rest of the package needs there, copied from resource.go.\n\n")
	b.WriteString("// Handler is the server's; GenerateStaticWebsite names it.\ntype Handler struct{}\n")
	for _, name := range browserNames {
		i := bytes.Index(resource, []byte(name))
		if i < 0 {
			return fmt.Errorf("go-app's resource.go has no %q: update wasmbuild", name)
		}
		j := bytes.Index(resource[i:], []byte("\n}\n"))
		if j < 0 {
			return fmt.Errorf("go-app's resource.go: %q has no end", name)
		}
		b.WriteString("\n")
		b.Write(resource[i : i+j+3])
	}
	b.WriteString(slicedSource)
	if err := os.WriteFile(filepath.Join(pkg, "benchsim_wasm.go"), b.Bytes(), 0o644); err != nil {
		return err
	}
	for _, e := range sliced {
		path := filepath.Join(pkg, e.file)
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.Count(src, []byte(e.old)) != 1 {
			return fmt.Errorf("go-app's %s has no single %q: update wasmbuild", e.file, e.old)
		}
		if err := os.WriteFile(path, bytes.Replace(src, []byte(e.old), []byte(e.new), 1), 0o644); err != nil {
			return err
		}
	}
	for _, name := range serverOnly {
		path := filepath.Join(pkg, name)
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !bytes.HasPrefix(src, []byte("package app\n")) {
			return fmt.Errorf("go-app's %s has a build constraint now: update wasmbuild", name)
		}
		if err := os.WriteFile(path, append([]byte("//go:build !wasm\n\n"), src...), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// writeModfile writes base/go.mod: the project's go.mod with go-app
// replaced by the patched copy, and its go.sum beside it.
func writeModfile(base, patched string) (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", err
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("not in the project's module")
	}
	mod, err := os.ReadFile(gomod)
	if err != nil {
		return "", err
	}
	mod = append(mod, fmt.Sprintf("\nreplace %s => %s\n", goApp, patched)...)
	sum, err := os.ReadFile(strings.TrimSuffix(gomod, ".mod") + ".sum")
	if err != nil {
		return "", err
	}
	// One modfile per project directory: helpers' worktrees differ.
	name := filepath.Join(base, fmt.Sprintf("build-%x", hash(gomod)))
	if err := os.WriteFile(name+".mod", mod, 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(name+".sum", sum, 0o644); err != nil {
		return "", err
	}
	return name + ".mod", nil
}

func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
