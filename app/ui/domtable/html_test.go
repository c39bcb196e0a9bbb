package domtable

import "testing"

// TestAppendHTML checks the HTML of a ranking-like row: the elements and
// attributes Table used to create one by one, texts and values escaped,
// no class attribute where the class is empty.
func TestAppendHTML(t *testing.T) {
	r := row(101, "1", "+5", true)
	r.Cells[1].Text = `Ærø & "Als" <x>`
	r.Cells[1].Button = append(r.Cells[1].Button, Attr{"aria-label", `Fastgør "Ærø" & <x>`})
	r.Cells = append(r.Cells, Cell{Col: "empty"})
	want := `<tr data-code="101" class="pinned">` +
		`<td data-col="rank" class="num c-rank">1</td>` +
		`<th scope="row" data-col="name" class="c-name"><button class="pin" aria-pressed="true" aria-label="Fastgør &#34;Ærø&#34; &amp; &lt;x&gt;"></button>` +
		`<a href="/?tab=municipality&amp;m=101">Ærø &amp; &#34;Als&#34; &lt;x&gt;</a></th>` +
		`<td data-col="persons" class="num">+5</td>` +
		`<td data-col="empty"></td></tr>`
	if got := string(AppendHTML(nil, &r)); got != want {
		t.Fatalf("AppendHTML:\n got %s\nwant %s", got, want)
	}
	r = row(147, "2", "0", false)
	r.Cells[1].Link = ""
	want = `<tr data-code="147"><td data-col="rank" class="num c-rank">2</td>` +
		`<th scope="row" data-col="name" class="c-name"><button class="pin" aria-pressed="false"></button>Kommune 147</th>` +
		`<td data-col="persons" class="num">0</td></tr>`
	if got := string(AppendHTML([]byte("x"), &r)); got != "x"+want {
		t.Fatalf("AppendHTML after x:\n got %s\nwant x%s", got, want)
	}
}
