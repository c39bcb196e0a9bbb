package ui

import (
	"encoding/json"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
)

// savedKeyName is the localStorage key of the saved scenarios: small JSON
// records (name, query, dataset), kept offline in the browser.
const savedKeyName = "benchsim.scenarios"

// browserScenarioStore keeps the saved scenarios in localStorage.
type browserScenarioStore struct{}

// jsTry runs f and turns a thrown exception (storage full or disabled)
// into an error.
func jsTry(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	f()
	return nil
}

func (browserScenarioStore) LoadScenarios() []view.SavedScenario {
	var out []view.SavedScenario
	jsTry(func() {
		v := app.Window().Get("localStorage").Call("getItem", savedKeyName)
		if v.IsNull() || v.IsUndefined() {
			return
		}
		if json.Unmarshal([]byte(v.String()), &out) != nil {
			out = nil
		}
	})
	return out
}

func (browserScenarioStore) SaveScenarios(l []view.SavedScenario) error {
	b, err := json.Marshal(l)
	if err != nil {
		return err
	}
	return jsTry(func() { app.Window().Get("localStorage").Call("setItem", savedKeyName, string(b)) })
}
