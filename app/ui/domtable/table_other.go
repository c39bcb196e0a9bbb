//go:build !(js && wasm)

package domtable

// Table is a no-op outside the browser, where there is no DOM: go-app
// renders the rows itself there (prerendering, plain go test).
type Table struct{}

// Attach returns nil outside the browser.
func Attach(sel string) *Table { return nil }

// Update does nothing outside the browser.
func (t *Table) Update(rows []Row) int { return 0 }
