package ui

import (
	"html"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
)

// element finds the element with the id in a page: its data-value and
// its text up to the next tag.
func element(page, id string) (value, text string, ok bool) {
	i := strings.Index(page, `id="`+id+`"`)
	if i < 0 {
		return "", "", false
	}
	start := strings.LastIndex(page[:i], "<")
	end := i + strings.Index(page[i:], ">")
	tag := page[start:end]
	if j := strings.Index(tag, `data-value="`); j >= 0 {
		value = tag[j+len(`data-value="`):]
		value = value[:strings.Index(value, `"`)]
	}
	text = page[end+1:]
	text = strings.TrimSpace(text[:strings.Index(text, "<")])
	return value, text, true
}

// TestTourPage: the server's HTML of every step, answer revealed, shows
// each figure with its exact value and calc's formatting; the question
// comes before the answer; presenter mode marks the page.
func TestTourPage(t *testing.T) {
	for _, lang := range []string{view.LangDA, view.LangEN} {
		st := pageState(t)
		st.SetLang(lang)
		for n := 1; n <= view.TourSteps; n++ {
			st.Tour.SetStep(n)
			page := app.HTMLString(&Root{st: st})
			if !strings.Contains(page, `id="tour-guess"`) || strings.Contains(page, `id="tour-answer-value"`) {
				t.Errorf("%s step %d: the page shows the answer before the guess", lang, n)
			}
			st.Tour.SetGuess("3")
			st.Tour.Reveal()
			page = app.HTMLString(&Root{st: st})
			f, err := st.Tour.Figures()
			if err != nil {
				t.Fatal(err)
			}
			shown := 0
			for id, v := range f.Values {
				value, _, ok := element(page, id)
				if !ok {
					continue // not every value has its own element (R², prices, …)
				}
				shown++
				if value != num(v) {
					t.Errorf("%s step %d: #%s carries %q, calc gives %s", lang, n, id, value, num(v))
				}
			}
			if shown < 2 {
				t.Errorf("%s step %d shows %d figures", lang, n, shown)
			}
			a, _ := st.Tour.Answer()
			if value, text, _ := element(page, "tour-answer-value"); value != num(a.Answer) || text != view.FormatNumber(a.Answer, 0, lang) {
				t.Errorf("%s step %d: the answer shows %q (%q), calc gives %v", lang, n, text, value, a.Answer)
			}
			if _, text, _ := element(page, "tour-explain"); text != html.EscapeString(view.TourExplain(n, a, lang)) {
				t.Errorf("%s step %d: the explanation %q", lang, n, text)
			}
		}
		if strings.Contains(app.HTMLString(&Root{st: st}), `class="app present"`) {
			t.Error("presenter mode without asking")
		}
		st.Tour.SetPresent(true)
		if page := app.HTMLString(&Root{st: st}); !strings.Contains(page, `class="app present"`) || !strings.Contains(page, `id="tour-lang"`) {
			t.Error("presenter mode does not mark the page or lacks the language switch")
		}
	}
}
