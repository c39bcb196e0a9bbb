package e2e

import (
	"strings"
	"testing"
)

// phone is the phone the accessibility checks run on.
var phone = screenSizes[1]

// TestTouchTargets wants every button, field, tab, step link and table row
// link of every view at least 24 × 24 CSS pixels on a phone (WCAG 2.5.8;
// the pin buttons were 17 px). Skip links and the file input hidden behind
// its label are not targets.
func TestTouchTargets(t *testing.T) {
	ctx := newTab(t)
	emulate(t, ctx, phone)
	for _, v := range axeViews {
		open(t, ctx, shared.URL+"/"+v.query)
		small := eval[[]string](t, ctx, `[...document.querySelectorAll('button, a.btn, input:not([type=hidden]), select, .tabs a, .tour-dots a, #ranking tbody th a')]
			.filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('.skip, .skip-inline, .visually-hidden'))
			.map(e => [e, e.getBoundingClientRect()]).filter(([e, r]) => r.width < 24 || r.height < 24)
			.map(([e, r]) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.') + ' ' + Math.round(r.width) + '×' + Math.round(r.height))`)
		if len(small) > 0 {
			n := len(small)
			if n > 8 {
				small = append(small[:8], "…")
			}
			t.Errorf("%s: %d targets under 24 px: %s", v.name, n, strings.Join(small, "; "))
		}
	}
}

// TestPhoneTableKeepsRank scrolls the ranking sideways on a phone: the rank
// and the name stay where they were, the other columns move.
func TestPhoneTableKeepsRank(t *testing.T) {
	ctx := newTab(t)
	emulate(t, ctx, phone)
	open(t, ctx, shared.URL+"/?v=1&cl=336:100:50")
	got := eval[[]float64](t, ctx, `(() => { const w = document.querySelector('#ranking').closest('.tablewrap');
		const row = document.querySelector('#ranking tbody tr');
		const x = sel => row.querySelector(sel).getBoundingClientRect().left;
		const before = [x('.c-rank'), x('.c-name'), x('.c-pp')];
		w.scrollLeft = 400;
		const after = [x('.c-rank'), x('.c-name'), x('.c-pp')];
		return [w.scrollWidth - w.clientWidth, ...before, ...after]; })()`)
	if got[0] < 100 {
		t.Fatalf("the table scrolls only %v px on a phone: nothing to test", got[0])
	}
	if got[1] != got[4] || got[2] != got[5] {
		t.Errorf("rank and name moved when the table scrolled: rank %v → %v, name %v → %v", got[1], got[4], got[2], got[5])
	}
	if got[3] == got[6] {
		t.Errorf("the pp column did not move (%v): the table did not scroll", got[3])
	}
	// The rank column is not drawn over by the name column.
	if eval[bool](t, ctx, `(() => { const row = document.querySelector('#ranking tbody tr');
		return row.querySelector('.c-rank').getBoundingClientRect().right > row.querySelector('.c-name').getBoundingClientRect().left + 1; })()`) {
		t.Error("the rank and name columns overlap")
	}
}

// TestMapSaysItScrolls: on a phone the map is wider than the screen and
// says so; on a laptop it fits and says nothing.
func TestMapSaysItScrolls(t *testing.T) {
	ctx := newTab(t)
	for _, s := range screenSizes {
		emulate(t, ctx, s)
		open(t, ctx, shared.URL+"/?v=1&tab=charts")
		waitCharts(t, ctx, 6)
		got := eval[[]any](t, ctx, `(() => { const m = document.querySelector('.map-scroll'), h = document.getElementById('map-scroll-hint');
			return [m.scrollWidth > m.clientWidth + 1, !!h && h.getClientRects().length > 0, m.getAttribute('aria-describedby') || '']; })()`)
		scrolls, shown := got[0].(bool), got[1].(bool)
		if scrolls != shown {
			t.Errorf("%s: the map scrolls: %v, says so: %v", s.name, scrolls, shown)
		}
		if s.mobile && !scrolls {
			t.Errorf("%s: the map does not scroll on a phone", s.name)
		}
		if got[2] != "map-scroll-hint" {
			t.Errorf("%s: the map is described by %q", s.name, got[2])
		}
	}
}
