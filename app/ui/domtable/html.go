package domtable

import "html"

// AppendHTML appends row r as HTML: the same elements, attributes and texts
// Table builds one by one (<tr data-…> then per cell <td> or <th
// scope="row">, an optional <button>, the text, in an <a> when the cell has
// a link), with every text and attribute value escaped. Table writes a
// whole body, or one new row, with one call this way: creating the
// elements one syscall/js call at a time cost some 60 calls per row.
//
// An empty text makes no text node when the browser parses it; Table
// creates the node when it first writes that cell.
func AppendHTML(b []byte, r *Row) []byte {
	b = append(b, "<tr"...)
	for _, d := range r.Data {
		b = appendAttr(b, "data-"+d.Name, d.Value)
	}
	if r.Class != "" {
		b = appendAttr(b, "class", r.Class)
	}
	b = append(b, '>')
	for j := range r.Cells {
		c := &r.Cells[j]
		tag := "td"
		if c.Head {
			tag = "th"
		}
		b = append(b, '<')
		b = append(b, tag...)
		if c.Head {
			b = appendAttr(b, "scope", "row")
		}
		b = appendAttr(b, "data-col", c.Col)
		if c.Class != "" {
			b = appendAttr(b, "class", c.Class)
		}
		b = append(b, '>')
		if c.Button != nil {
			b = append(b, "<button"...)
			for _, a := range c.Button {
				b = appendAttr(b, a.Name, a.Value)
			}
			b = append(b, "></button>"...)
		}
		if c.Link != "" {
			b = append(b, "<a"...)
			b = appendAttr(b, "href", c.Link)
			b = append(b, '>')
		}
		b = append(b, html.EscapeString(c.Text)...)
		if c.Link != "" {
			b = append(b, "</a>"...)
		}
		b = append(b, "</"...)
		b = append(b, tag...)
		b = append(b, '>')
	}
	return append(b, "</tr>"...)
}

// appendAttr appends ` name="value"`; names are the program's own.
func appendAttr(b []byte, name, value string) []byte {
	b = append(b, ' ')
	b = append(b, name...)
	b = append(b, `="`...)
	b = append(b, html.EscapeString(value)...)
	return append(b, '"')
}
