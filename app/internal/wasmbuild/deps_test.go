package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The UI program, built as wasmbuild builds it, leaves out what it does
// not need at start: encoding/gob (app/internal/wire carries its
// messages), the xlsx reader (the worker reads files) and the demo
// dataset's JSON (calc/demo builds the dataset from generated Go data).
func TestUIProgramDeps(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	cmd := exec.Command("go", "list", "-tags="+UITag, "-deps", "-f", "{{.ImportPath}} {{join .EmbedFiles \",\"}}", "benchsim/app")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, embeds, _ := strings.Cut(line, " ")
		deps[path] = embeds
	}
	for _, want := range []string{"benchsim/app/ui", "benchsim/calc/demo", "benchsim/calc/companion", "benchsim/app/internal/wire"} {
		if _, ok := deps[want]; !ok {
			t.Errorf("the UI program does not link %s: is the list right?", want)
		}
	}
	for _, no := range []string{"encoding/gob", "github.com/thedatashed/xlsxreader", "encoding/xml"} {
		if _, ok := deps[no]; ok {
			t.Errorf("the UI program links %s", no)
		}
	}
	if e := deps["benchsim/calc/demo"]; e != "" {
		t.Errorf("calc/demo embeds %s in the UI program", e)
	}
}

func TestWithTag(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		{[]string{"-o", "x.wasm", "./app"}, []string{"-tags=" + UITag, "-o", "x.wasm", "./app"}},
		{[]string{"-tags=a,b", "./app"}, []string{"-tags=a,b," + UITag, "./app"}},
		{[]string{"-tags", "a", "./app"}, []string{"-tags", "a," + UITag, "./app"}},
		{[]string{"-tags=", "./app"}, []string{"-tags=" + UITag, "./app"}},
	} {
		if got := withTag(tc.in); strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("withTag(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
