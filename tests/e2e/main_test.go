// Package e2e runs the simulator in headless Chromium and checks what a
// user sees against what calc computes.
//
// The tests build app.wasm and draw.wasm themselves (GOOS=js GOARCH=wasm)
// into a temporary web directory with the files of web/, serve it with
// httptest through app/server, and drive the page with chromedp. A missing
// browser fails the run: install it with `apt-get install -y chromium`.
package e2e

import (
	"context"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"benchsim/app/server"
	"benchsim/app/ui"
)

var (
	root    string // the module's root directory
	webDir  string // app.wasm and the files of web/
	version string // the app's version (a hash of app.wasm)
	shared  *httptest.Server
	// browserCtx is the browser every test opens its tabs in.
	browserCtx context.Context
)

// chromiumPaths are where the browser is looked for, first found wins;
// $CHROMIUM overrides them.
var chromiumPaths = []string{"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	var err error
	root, err = filepath.Abs("../..")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	browser := findBrowser()
	if browser == "" {
		fmt.Fprintln(os.Stderr, "e2e: no Chromium found (looked for $CHROMIUM and "+strings.Join(chromiumPaths, ", ")+
			"); install it with: apt-get update && apt-get install -y chromium")
		return 1
	}
	tmp, err := os.MkdirTemp("", "benchsim-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)
	webDir = filepath.Join(tmp, "web")
	if err := buildWeb(webDir); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	version = server.WasmVersion(webDir)
	ui.Routes() // the server prerenders the same routes as the wasm
	shared = newServer()
	defer shared.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(filepath.Join(tmp, "profile")),
		chromedp.WindowSize(1280, 800),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	var cancel context.CancelFunc
	browserCtx, cancel = chromedp.NewContext(allocCtx)
	defer cancel()
	if err := chromedp.Do(browserCtx); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: starting Chromium failed:", err)
		return 1
	}
	return m.Run()
}

func findBrowser() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, p := range chromiumPaths {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// buildWeb builds app.wasm into dir and copies the files of web/ next to
// it (not a stale app.wasm that may lie there).
func buildWeb(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	src := filepath.Join(root, "web")
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), "app.wasm") || strings.HasPrefix(e.Name(), "draw.wasm") {
			continue
		}
		if err := copyFile(filepath.Join(src, e.Name()), filepath.Join(dir, e.Name())); err != nil {
			return err
		}
	}
	// The UI program and the drawing worker.
	// The UI program as make build builds it: without go-app's server side.
	for _, p := range [][2]string{{"app.wasm", "./app"}, {"draw.wasm", "./app/worker"}} {
		cmd := exec.Command("go", "build", "-o", filepath.Join(dir, p[0]), p[1])
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if p[0] == "app.wasm" { // wasmbuild sets GOOS and GOARCH itself
			cmd = exec.Command("go", "run", "./app/internal/wasmbuild", "-o", filepath.Join(dir, p[0]), p[1])
		}
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building %s: %v\n%s", p[0], err, out)
		}
	}
	return nil
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// newServer serves the app as `app serve` does.
func newServer() *httptest.Server {
	return httptest.NewServer(server.New(ui.Handler(version), webDir))
}

// newTab opens a tab in a fresh browser context (its own storage, cache and
// service workers), sized like a laptop screen.
func newTab(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancelTimeout)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 800)); err != nil {
		t.Fatal(err)
	}
	logConsole(t, ctx)
	return ctx
}

// logConsole keeps the page's console and uncaught exceptions and prints
// them when the test fails.
func logConsole(t *testing.T, ctx context.Context) {
	var mu sync.Mutex
	var lines []string
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			mu.Lock()
			lines = append(lines, fmt.Sprintf("console.%s: %s", m.Type, m.Text))
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		if !t.Failed() {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		for _, l := range lines {
			t.Log(l)
		}
	})
}

// open navigates to the app and waits until the wasm has taken over the
// prerendered page.
func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate %s: %v", url, err)
	}
	waitReady(t, ctx)
}

// waitReady waits for the marker only the running wasm sets.
func waitReady(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector('#app[data-ready="1"]') !== null`,
		chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("the app did not start: %v", err)
	}
}

// waitFor polls a JavaScript condition.
func waitFor(t *testing.T, ctx context.Context, what, js string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		t.Fatalf("waiting for %s (%s): %v", what, js, err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// evalAwait evaluates an expression that returns a promise and waits for it.
func evalAwait[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}
