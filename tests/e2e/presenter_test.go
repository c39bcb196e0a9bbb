package e2e

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// presenterSizes are projector and laptop screens presenter mode is used on.
var presenterSizes = []screenSize{{"1280x720", 1280, 720, false}, {"1366x768", 1366, 768, false}}

// TestPresenterFits reveals every step's answer in presenter mode at a
// projector's sizes and wants nothing under the fixed step bar when the page
// is scrolled to its end, and no two boxes of the step drawn over each
// other.
func TestPresenterFits(t *testing.T) {
	ctx := newTab(t)
	for _, s := range presenterSizes {
		emulate(t, ctx, s)
		for n := 1; n <= 6; n++ {
			open(t, ctx, shared.URL+"/?v=1&tab=tour&present=1&step="+strconv.Itoa(n))
			// Reveal with the keyboard, as a presenter does; the answer gets
			// the focus and must come into view above the step bar.
			do(t, ctx, chromedp.Focus(chromedp.ID("tour-guess")), chromedp.KeyEvent("7"), chromedp.KeyEvent(kb.Enter))
			waitLive(t, ctx, n)
			waitFor(t, ctx, "the answer in focus", `document.activeElement && document.activeElement.id === 'tour-answer'`)
			name := fmt.Sprintf("presenter-%s-step%d", s.name, n)
			shot(t, ctx, name+"-answer", false)
			covered := eval[[]string](t, ctx, `(() => { const bar = document.getElementById('tour-nav').getBoundingClientRect();
				const sel = ['#tour-answer', ...[...document.querySelectorAll('#tour-live table')].map((e, i) => '#tour-live table:nth-of-type(' + (i+1) + ')')];
				const out = [];
				const check = (e, what) => { const r = e.getBoundingClientRect(); if (r.bottom > bar.top + 1) out.push(what + ' ends at ' + Math.round(r.bottom) + ', the bar starts at ' + Math.round(bar.top)); };
				check(document.getElementById('tour-answer'), 'the answer');
				for (const tb of document.querySelectorAll('#tour-live table')) { tb.scrollIntoView({block: 'nearest'}); check(tb, 'table "' + tb.textContent.trim().slice(0, 30) + '"'); }
				return out; })()`)
			if len(covered) > 0 {
				t.Errorf("%s: under the step bar: %s", name, strings.Join(covered, "; "))
			}
			// Scrolled to the end, the last of the step's content is above the bar.
			hidden := eval[[]string](t, ctx, `(() => { window.scrollTo(0, document.documentElement.scrollHeight);
				const bar = document.getElementById('tour-nav').getBoundingClientRect();
				const fixed = getComputedStyle(document.getElementById('tour-nav')).position === 'fixed';
				if (!fixed) return [];
				return [...document.querySelectorAll('#tour-step *, #tour-live *')]
					.filter(e => e.getClientRects().length > 0 && e.children.length === 0 && e.textContent.trim() !== '')
					.filter(e => { const r = e.getBoundingClientRect(); return r.bottom > bar.top + 1 && r.top < bar.bottom; })
					.map(e => e.tagName + (e.id ? '#' + e.id : '') + ' "' + e.textContent.trim().slice(0, 40) + '"'); })()`)
			if len(hidden) > 0 {
				t.Errorf("%s: under the step bar: %s", name, strings.Join(hidden, "; "))
			}
			// No heading or text drawn over another box of the live panel.
			over := eval[[]string](t, ctx, `(() => {
				const els = [...document.querySelectorAll('#tour-live h2, #tour-live h3, #tour-live table, #tour-live .tour-stat, #tour-live .tour-line, #tour-live figure, #tour-live .tour-control')]
					.filter(e => e.getClientRects().length > 0);
				const out = [];
				for (let i = 0; i < els.length; i++) for (let j = i + 1; j < els.length; j++) {
					const a = els[i], b = els[j];
					if (a.contains(b) || b.contains(a)) continue;
					const r = a.getBoundingClientRect(), q = b.getBoundingClientRect();
					const x = Math.min(r.right, q.right) - Math.max(r.left, q.left), y = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
					if (x > 2 && y > 2) out.push(a.tagName + '.' + a.className + ' "' + a.textContent.trim().slice(0, 30) + '" over ' + b.tagName + '.' + b.className + ' "' + b.textContent.trim().slice(0, 30) + '"');
				}
				return out; })()`)
			if len(over) > 0 {
				t.Errorf("%s: overlapping boxes: %s", name, strings.Join(over, "; "))
			}
			shot(t, ctx, name, false)
		}
	}
}

// TestPresenterEscape: Esc leaves presenter mode (and a second Esc in a
// field only leaves the field, as before).
func TestPresenterEscape(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=tour&present=1&step=2")
	waitFor(t, ctx, "presenter mode", `document.querySelector('.app.present') !== null`)
	if got := eval[string](t, ctx, `(document.getElementById('tour-esc') || {}).textContent || ''`); got != "Esc afslutter præsentationen. " {
		t.Errorf("presenter mode's keys help says %q about Esc", got)
	}
	do(t, ctx, chromedp.Focus(chromedp.ID("tour-guess")), chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "the focus out of the field", `document.activeElement.id === 'tour-title'`)
	if eval[bool](t, ctx, `document.querySelector('.app.present') === null`) {
		t.Fatal("Esc in the guess field left presenter mode instead of the field")
	}
	do(t, ctx, chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, "presenter mode to end", `document.querySelector('.app.present') === null && !location.search.includes('present=1')`)
	if !eval[bool](t, ctx, `document.querySelector('.top').getClientRects().length > 0`) {
		t.Error("the app's header is still hidden after leaving presenter mode")
	}
}
