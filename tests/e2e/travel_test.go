package e2e

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"benchsim/app/dataset"
	"benchsim/app/ui"
	"benchsim/calc"
	"benchsim/calc/demo"
	"benchsim/tests/fixtures"
)

// travelFiles writes the three files of a dataset a user builds: a Y30R21
// file of the official areas, a PTV_A02 file (fp and flex) and a FOLK1A
// file (population), all for the 98 municipalities; it returns their paths
// and the dataset calc builds from them.
func travelFiles(t *testing.T) ([]string, *calc.Dataset) {
	t.Helper()
	ds := demo.Dataset()
	y, err := fixtures.Y30R21(fixtures.WithoutBenefits(ds))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	set := dataset.Set{Added: time.Now().Format("2006-01-02")}
	data := map[string][]byte{}
	var paths []string
	for _, f := range []struct {
		name string
		data []byte
	}{{"y30r21.jsonl", y}, {"ptv_a02.csv", fixtures.PTVA02(ds)}, {"folk1a.csv", fixtures.FOLK1A(ds)}} {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		file, _, _, err := dataset.Describe(f.name, f.data, "", set.Added)
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		set.Files = append(set.Files, file)
		data[file.ID] = f.data
	}
	set.Normalize()
	built, _, err := dataset.Build(&set, data)
	if err != nil {
		t.Fatal(err)
	}
	return paths, built
}

// profile starts a browser of its own on a profile directory that outlives
// it, so a test can close the browser and open the same profile again.
func profile(t *testing.T, dir string) (context.Context, context.CancelFunc) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(findBrowser()),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(1280, 800),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	cancel := func() { cancelTimeout(); cancelCtx(); cancelAlloc() }
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 800)); err != nil {
		cancel()
		t.Fatal(err)
	}
	logConsole(t, ctx)
	return ctx, cancel
}

// importAll chooses files together in the Data page's picker and waits
// until the dataset holds n files.
func importAll(t *testing.T, ctx context.Context, n int, paths ...string) {
	t.Helper()
	chooseFiles(t, ctx, paths...)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll('#files tbody tr').length === `+itoa(n)+
		` || document.querySelector('#import-error') !== null`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
			os.WriteFile(filepath.Join(os.TempDir(), "travel-fail.png"), png, 0o644)
		}
		t.Fatalf("the import did not finish: %s", eval[string](t, ctx, `document.querySelector('#import').innerText`))
	}
	if msg := eval[string](t, ctx, `(document.querySelector('#import-error') || {}).textContent || ''`); msg != "" {
		t.Fatalf("the import failed: %s", msg)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// chooseFiles chooses files together in the Data page's picker.
func chooseFiles(t *testing.T, ctx context.Context, paths ...string) {
	t.Helper()
	if !strings.Contains(query(t, ctx), "tab=data") {
		do(t, ctx, chromedp.Click(chromedp.ID("tab-data")))
		waitFor(t, ctx, "the data page", `document.querySelector('#app').dataset.tab === 'data'`)
	}
	do(t, ctx, chromedp.SetUploadFiles(chromedp.ID("file"), paths))
}

// storedCatalogue reads the catalogue the app keeps in IndexedDB ("" when none).
func storedCatalogue(t *testing.T, ctx context.Context) string {
	t.Helper()
	return evalAwait[string](t, ctx, `new Promise((ok, fail) => {
		const r = indexedDB.open('benchsim'); r.onerror = () => fail(r.error);
		r.onsuccess = () => { const g = r.result.transaction('catalogue').objectStore('catalogue').get('catalogue');
			g.onsuccess = () => ok(g.result || ''); g.onerror = () => fail(g.error); };
	})`)
}

// storedFiles counts the files' bytes the app keeps in IndexedDB.
func storedFiles(t *testing.T, ctx context.Context) int {
	t.Helper()
	return evalAwait[int](t, ctx, `new Promise((ok, fail) => {
		const r = indexedDB.open('benchsim'); r.onerror = () => fail(r.error);
		r.onsuccess = () => { const g = r.result.transaction('files').objectStore('files').count();
			g.onsuccess = () => ok(g.result); g.onerror = () => fail(g.error); };
	})`)
}

func footerDataset(t *testing.T, ctx context.Context) string {
	return eval[string](t, ctx, `document.querySelector('footer strong').textContent`)
}

// TestTravel builds a dataset of three files through the Data page,
// chooses KL's proposal, and then: reloads and reopens the browser
// profile, online and offline (the same dataset); opens a link to the view
// in a fresh profile (told what to import, then the linked view); saves
// the view as one file and opens it in a fresh profile (the same view);
// and removes a file (which levers it took along).
func TestTravel(t *testing.T) {
	paths, ds := travelFiles(t)
	ts := newServer()
	defer ts.Close()
	dir := t.TempDir()
	ctx, closeBrowser := profile(t, dir)
	defer func() { closeBrowser() }()
	open(t, ctx, ts.URL+"/?v=1&tab=data")
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`,
		chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("the service worker does not control the page: %v", err)
	}
	importAll(t, ctx, 3, paths...)
	name := ds.Provenance.Name
	if got := eval[string](t, ctx, `document.querySelector('#ds-name').textContent`); got != name {
		t.Errorf("the dataset is called %q, want %q", got, name)
	}
	tables := eval[string](t, ctx, `[...document.querySelectorAll('#files tbody tr')].map(r => r.dataset.table).join(',')`)
	if tables != "Y30R21,FOLK1A,PTV_A02" {
		t.Errorf("files listed: %s", tables)
	}
	if got := eval[string](t, ctx, `document.querySelector('#files tr[data-table="PTV_A02"] .unlocks').textContent`); got != "førtidspension og fleksjob" {
		t.Errorf("PTV_A02 gives %q", got)
	}
	missing := eval[string](t, ctx, `[...document.querySelectorAll('#missing li')].map(l => l.dataset.lever).join(',')`)
	if want := strings.Join(dataset.Missing(ds), ","); missing != want {
		t.Errorf("missing %q, want %q", missing, want)
	}
	axe := axeSource(t)
	if v := runAxe(t, ctx, axe); len(v) > 0 {
		t.Errorf("the Data page with a dataset's files breaks WCAG rules: %+v", v)
	}

	// KL's proposal: fp and flex count; the ranking is calc's and differs
	// from the official one.
	do(t, ctx, chromedp.Click(chromedp.ID("tab-scenario")))
	waitFor(t, ctx, "the scenario page", `document.querySelector('#app').dataset.tab === 'scenario'`)
	do(t, ctx, chromedp.Click(chromedp.ID("scope-kl")))
	waitFor(t, ctx, "KL's scope", `location.search.includes('scope=kl')`)
	_, sc := pageScenario(t, ctx)
	rows := checkTable(t, ctx, ds, sc, calc.Total, "da")
	moved := 0
	for _, r := range rows {
		if r["rank"] != r["official"] {
			moved++
		}
	}
	if moved == 0 {
		t.Error("KL's proposal moved no municipality")
	}
	// The fit behind expected fp and fleksjob: BM publishes none, so the
	// simulator fits them on the imported covariate (FOLK1A's share aged
	// 50–66), with calc's R² in the caption and calc's coefficient.
	res, err := calc.Apply(ds, sc)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []calc.Area{calc.FP, calc.Flex} {
		f := res.Fits[a]
		if f == nil || f.Proxy || !slices.Contains(f.Names, "alder5066") {
			t.Fatalf("%s: calc's fit %+v, want one on the imported alder5066", a, f)
		}
		caption := eval[string](t, ctx, `(document.querySelector('#fit-`+a.ID()+` caption') || {}).textContent || ''`)
		if want := "R² = " + ui.FormatNumber(f.R2, 3, "da"); !strings.Contains(caption, want) || !strings.Contains(caption, "ikke BM's") {
			t.Errorf("%s: the fit's caption %q lacks %q and that it is the simulator's own estimate", a, caption, want)
		}
		coef := eval[string](t, ctx, `[...document.querySelectorAll('#fit-`+a.ID()+` tbody tr')].map(r => r.textContent).join('|')`)
		if want := ui.FormatSigned(f.Coef[slices.Index(f.Names, "alder5066")], 4, "da"); !strings.Contains(coef, want) {
			t.Errorf("%s: the fit's rows %q lack calc's coefficient %s", a, coef, want)
		}
	}
	link := query(t, ctx)
	if !strings.Contains(link, "files=") {
		t.Errorf("the link %q does not name its files", link)
	}

	// Reload: the same view.
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	checkTable(t, ctx, ds, sc, calc.Total, "da")

	// Close the browser and open the profile again at the bare address:
	// the dataset used last, online and then offline.
	closeBrowser()
	ctx, closeBrowser = profile(t, dir)
	open(t, ctx, ts.URL+"/")
	waitFor(t, ctx, "the dataset used last", `document.querySelector('footer strong').textContent === `+jsString(name))
	checkTable(t, ctx, ds, calc.DefaultScenario(), calc.Total, "da")
	closeBrowser()
	ts.Close()
	ctx, closeBrowser = profile(t, dir)
	open(t, ctx, ts.URL+"/")
	waitFor(t, ctx, "the dataset used last, offline", `document.querySelector('footer strong').textContent === `+jsString(name))
	checkTable(t, ctx, ds, calc.DefaultScenario(), calc.Total, "da")

	// The link in a fresh profile: it waits and says what to import; the
	// three files bring the linked view.
	fresh := newTab(t)
	open(t, fresh, shared.URL+"/?"+link)
	waitFor(t, fresh, "the link to wait for its data", `document.querySelector('#waiting') !== null`)
	files := eval[string](t, fresh, `[...document.querySelectorAll('#waiting-files li')].map(l => l.textContent).join(',')`)
	if files != "y30r21.jsonl (Y30R21),folk1a.csv (FOLK1A),ptv_a02.csv (PTV_A02)" {
		t.Errorf("the link asks for %q", files)
	}
	if v := runAxe(t, fresh, axe); len(v) > 0 {
		t.Errorf("the link waiting for its data breaks WCAG rules: %+v", v)
	}
	shot(t, fresh, "link-waiting-1280", false)
	chooseFiles(t, fresh, paths...)
	waitFor(t, fresh, "the linked view", `document.querySelector('#app').dataset.tab === 'scenario'`)
	if q := query(t, fresh); q != link {
		t.Errorf("after importing the address is %q, want the link %q", q, link)
	}
	checkTable(t, fresh, ds, sc, calc.Total, "da")

	// Save the view with its data as one file; open it in a fresh profile.
	do(t, fresh, chromedp.Click(chromedp.ID("tab-data")))
	waitFor(t, fresh, "the data page", `document.querySelector('#app').dataset.tab === 'data'`)
	eval[bool](t, fresh, `(() => { window.__blobs = []; const o = URL.createObjectURL;
		URL.createObjectURL = b => { window.__blobs.push(b); return o.call(URL, b); }; return true; })()`)
	do(t, fresh, chromedp.Click(chromedp.ID("bundle-save")))
	waitFor(t, fresh, "the bundle", `window.__blobs.length === 1`)
	b64 := evalAwait[string](t, fresh, `window.__blobs[0].arrayBuffer().then(b => {
		let s = ''; const u = new Uint8Array(b); for (let i = 0; i < u.length; i += 8192) s += String.fromCharCode(...u.subarray(i, i + 8192));
		return btoa(s); })`)
	bundle, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatal(err)
	}
	bview := query(t, fresh)
	bpath := filepath.Join(t.TempDir(), "visning"+dataset.BundleExt)
	if err := os.WriteFile(bpath, bundle, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := dataset.ReadBundle(bundle)
	if err != nil || got.Query != bview || len(got.Set.Files) != 3 {
		t.Fatalf("the saved file: %v (query %q, want %q)", err, got.Query, bview)
	}
	other := newTab(t)
	open(t, other, shared.URL+"/?v=1&tab=data")
	importFile(t, other, bpath)
	waitFor(t, other, "the bundle's view", `document.querySelector('#import-ok') !== null || document.querySelector('#import-error') !== null`)
	if q := query(t, other); q != bview {
		t.Errorf("the opened file shows %q, want %q", q, bview)
	}
	do(t, other, chromedp.Click(chromedp.ID("tab-scenario")))
	waitFor(t, other, "the scenario page", `document.querySelector('#app').dataset.tab === 'scenario'`)
	checkTable(t, other, ds, sc, calc.Total, "da")

	// Remove PTV_A02: fp and flex go with it.
	do(t, other, chromedp.Click(chromedp.ID("tab-data")))
	waitFor(t, other, "the data page", `document.querySelector('#app').dataset.tab === 'data'`)
	do(t, other, chromedp.Click(chromedp.CSS(`#files tr[data-table="PTV_A02"] button.remove`)))
	waitFor(t, other, "the removal", `document.querySelector('#removed') !== null`)
	if msg := eval[string](t, other, `document.querySelector('#removed').textContent`); !strings.Contains(msg, "ptv_a02.csv") || !strings.Contains(msg, "førtidspension og fleksjob") {
		t.Errorf("after removing: %q", msg)
	}
	if n := eval[int](t, other, `document.querySelectorAll('#files tbody tr').length`); n != 2 {
		t.Errorf("%d files left, want 2", n)
	}
	missing = eval[string](t, other, `[...document.querySelectorAll('#missing li')].map(l => l.dataset.lever).join(',')`)
	if !strings.HasPrefix(missing, "fp,flex,") {
		t.Errorf("missing after the removal: %q", missing)
	}
	do(t, other, chromedp.Click(chromedp.ID("lang")))
	waitFor(t, other, "English", `document.documentElement.lang === 'en' && document.querySelector('#files h2, #files').textContent.includes("The dataset's files")`)
	if got := eval[string](t, other, `document.querySelector('#missing li[data-lever="fp"]').textContent`); got != "førtidspension: import PTV_A02 or Y10A02" {
		t.Errorf("in English the missing fp reads %q", got)
	}
	if png, err := chromedp.Run(other, chromedp.FullScreenshot(100)); err == nil {
		d := filepath.Join(root, "tests", "screenshots")
		if os.MkdirAll(d, 0o755) == nil {
			os.WriteFile(filepath.Join(d, "data-files-1280.png"), png, 0o644)
		}
	}
}

func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// TestStorageFull: with the browser's storage (almost) full, adding a file
// says so, and the dataset kept before stays, also after a reload.
func TestStorageFull(t *testing.T) {
	ts := newServer()
	defer ts.Close()
	ctx := newTab(t)
	open(t, ctx, ts.URL+"/?v=1&tab=data")
	dir := t.TempDir()
	base := filepath.Join(dir, "y30r21.jsonl")
	folk := filepath.Join(dir, "folk1a.csv")
	y, err := fixtures.Y30R21(fixtures.WithoutBenefits(demo.Dataset()))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(base, y, 0o644)
	os.WriteFile(folk, fixtures.FOLK1A(demo.Dataset()), 0o644)
	importAll(t, ctx, 1, base)
	before := storedCatalogue(t, ctx)

	// Chromium overrides no quota for a test (Storage.overrideQuotaForOrigin
	// changes nothing here), so the page's IndexedDB fails as a full one
	// does: every write transaction aborts with a QuotaExceededError.
	eval[bool](t, ctx, quotaExceededJS)
	chooseFiles(t, ctx, folk)
	waitFor(t, ctx, "the refusal", `document.querySelector('#import-error') !== null`)
	msg := eval[string](t, ctx, `document.querySelector('#import-error').textContent`)
	if !strings.Contains(msg, "lager er fuldt") || !strings.Contains(msg, "folk1a.csv") {
		t.Errorf("the message %q does not say the storage is full", msg)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#files tbody tr').length`); n != 1 {
		t.Errorf("%d files shown, want the one kept", n)
	}
	if after := storedCatalogue(t, ctx); after != before {
		t.Errorf("the kept catalogue changed:\n%s\nwas\n%s", after, before)
	}
	if n := storedFiles(t, ctx); n != 1 {
		t.Errorf("%d files kept, want 1", n)
	}
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	if n := eval[int](t, ctx, `document.querySelectorAll('#files tbody tr').length`); n != 1 {
		t.Errorf("after a reload %d files, want the one kept", n)
	}
}

// quotaExceededJS makes IndexedDB's write transactions fail as in a full
// storage: aborted, with a QuotaExceededError as the transaction's error.
const quotaExceededJS = `(() => {
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (names, mode) {
    const tx = open.call(this, names, mode);
    if (mode !== 'readwrite') return tx;
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setTimeout(() => { try { tx.abort(); } catch (e) {} }, 0);
    return new Proxy(tx, {
      get(t, p) { if (p === 'error') return full; const v = t[p]; return typeof v === 'function' ? v.bind(t) : v; },
      set(t, p, v) { t[p] = v; return true; },
    });
  };
  return true;
})()`

// TestMigrateLocalStorage: a dataset an earlier version kept in
// localStorage (gzipped, base64) moves into IndexedDB on the next visit,
// keeps its ID (so old links still find it) and leaves localStorage.
func TestMigrateLocalStorage(t *testing.T) {
	ts := newServer()
	defer ts.Close()
	ctx := newTab(t)
	open(t, ctx, ts.URL+"/?v=1&tab=data")
	data, err := os.ReadFile(demoFile(t))
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(data)
	zw.Close()
	id := "i" + dataset.FileID(data)[:10]
	index := `[{"id":"` + id + `","name":"gammel.jsonl","added":"2026-01-15","bytes":` + strconv.Itoa(len(data)) + `,"periods":8,"munis":98}]`
	eval[bool](t, ctx, `localStorage.setItem('benchsim.datasets', `+jsString(index)+`); localStorage.setItem('benchsim.dataset.`+id+`', `+
		jsString(base64.StdEncoding.EncodeToString(gz.Bytes()))+`); indexedDB.deleteDatabase('benchsim'); true`)
	open(t, ctx, ts.URL+"/?v=1&tab=data&ds="+id)
	if got := eval[string](t, ctx, `document.querySelector('#ds-name').textContent`); got != "gammel.jsonl, 2026-01-15" {
		t.Errorf("the old link shows %q", got)
	}
	if left := eval[string](t, ctx, `Object.keys(localStorage).filter(k => k.startsWith('benchsim.')).join(',')`); left != "" {
		t.Errorf("localStorage still holds %s", left)
	}
	if cat := storedCatalogue(t, ctx); !strings.Contains(cat, `"id":"`+id+`"`) {
		t.Errorf("IndexedDB holds %s", cat)
	}
}

// TestAskBenefit: a benefit file that does not say fp or flex makes the
// Data page ask; the answer adds it as that benefit.
func TestAskBenefit(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=data")
	ds := demo.Dataset()
	y, err := fixtures.Y30R21(fixtures.WithoutBenefits(ds))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("Område;Periode;Antal fuldtidspersoner\n")
	for j, p := range ds.Periods {
		for i, m := range ds.Municipalities {
			b.WriteString(m.Name + ";" + p.Code + ";" + strconv.Itoa(200+i+j) + "\n")
		}
	}
	dir := t.TempDir()
	base, ben := filepath.Join(dir, "y30r21.jsonl"), filepath.Join(dir, "ydelse.csv")
	os.WriteFile(base, y, 0o644)
	os.WriteFile(ben, []byte(b.String()), 0o644)
	importAll(t, ctx, 1, base)
	chooseFiles(t, ctx, ben)
	waitFor(t, ctx, "the question", `document.querySelector('#ask-benefit') !== null`)
	if q := eval[string](t, ctx, `document.querySelector('#ask-benefit p').textContent`); !strings.Contains(q, "ydelse.csv") {
		t.Errorf("the question reads %q", q)
	}
	do(t, ctx, chromedp.Click(chromedp.ID("benefit-flex")))
	waitFor(t, ctx, "the file added", `document.querySelectorAll('#files tbody tr').length === 2`)
	if got := eval[string](t, ctx, `document.querySelectorAll('#files tbody tr')[1].textContent`); !strings.Contains(got, "(flex)") || !strings.Contains(got, "fleksjob") {
		t.Errorf("the added file reads %q", got)
	}
}
