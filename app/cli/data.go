package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"benchsim/app/dataset"
	"benchsim/app/text"
	"benchsim/calc"
	"benchsim/calc/companion"
	"benchsim/calc/demo"
)

// dataFlags collects the --data values: FILE (the kind is read from the
// file) or KIND=FILE with KIND y30r21, fp, flex or cov.
type dataFlags []string

func (d *dataFlags) String() string     { return strings.Join(*d, ",") }
func (d *dataFlags) Set(v string) error { *d = append(*d, v); return nil }

// dataArg is one --data value split into its kind and path.
type dataArg struct {
	kind string // "", "y30r21", "fp", "flex" or "cov"
	path string
}

func parseDataArg(v string) (dataArg, error) {
	if k, p, ok := strings.Cut(v, "="); ok && !strings.ContainsAny(k, `/\.`) {
		switch k {
		case "y30r21", "fp", "flex", "cov":
			return dataArg{k, p}, nil
		}
		return dataArg{}, fmt.Errorf("unknown kind %q in --data %s (want y30r21, fp, flex or cov)", k, v)
	}
	return dataArg{"", v}, nil
}

// benefit is the fp-or-flex answer a KIND= gives.
func (a dataArg) benefit() string {
	if a.kind == "fp" || a.kind == "flex" {
		return a.kind
	}
	return ""
}

// loaded is a dataset read from the --data files, with the view a saved
// bundle carried ("" when none).
type loaded struct {
	ds       *calc.Dataset
	warnings []string
	query    string
}

// loadData reads the --data files into one dataset exactly as the app's
// Data page does (app/dataset): a Y30R21 file with any companion files, or
// a view saved with its data (the app's bundle file). Without files it is
// the embedded illustrative data. Messages are in lang.
func loadData(args []string, lang string) (*loaded, error) {
	if len(args) == 0 {
		return &loaded{ds: demo.Dataset()}, nil
	}
	set := dataset.Set{Added: time.Now().Format("2006-01-02")}
	files := map[string][]byte{}
	for _, v := range args {
		a, err := parseDataArg(v)
		if err != nil {
			return nil, err
		}
		data, err := os.ReadFile(a.path)
		if err != nil {
			return nil, err
		}
		if dataset.IsBundle(data) {
			if len(args) > 1 {
				return nil, errors.New(text.W{"en gemt visning med data har sine filer med: giv den alene med --data", "a view saved with its data carries its files: give it alone with --data"}.In(text.Lang(lang)))
			}
			return loadBundle(a.path, data, lang)
		}
		f, _, _, err := dataset.Describe(filepath.Base(a.path), data, a.benefit(), set.Added)
		if err != nil {
			return nil, describeError(a.path, err, lang)
		}
		set.Files = append(set.Files, f)
		files[f.ID] = data
	}
	set.Normalize()
	if set.Base() == nil {
		return nil, errors.New(text.W{"følgefilerne skal bruges sammen med en Jobindsats Y30R21-fil: tilføj den med --data", "the companion files go with a Jobindsats Y30R21 file: add it with --data"}.In(text.Lang(lang)))
	}
	ds, warns, err := dataset.Build(&set, files)
	if err != nil {
		return nil, buildError(err, lang)
	}
	return &loaded{ds: ds, warnings: wordWarnings(warns, lang)}, nil
}

func loadBundle(path string, data []byte, lang string) (*loaded, error) {
	b, err := dataset.ReadBundle(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", path, text.DataError(err, lang))
	}
	ds, warns, err := b.Dataset()
	if err != nil {
		return nil, buildError(err, lang)
	}
	return &loaded{ds: ds, warnings: wordWarnings(warns, lang), query: b.Query}, nil
}

func describeError(path string, err error, lang string) error {
	if errors.Is(err, dataset.ErrNeedBenefit) {
		return fmt.Errorf(text.W{"%s siger ikke, om den holder førtidspension eller fleksjob: angiv det med --data fp=%s eller --data flex=%s", "%s does not say whether it holds disability pension or flexi-jobs: say so with --data fp=%s or --data flex=%s"}.In(text.Lang(lang)), path, path, path)
	}
	return fmt.Errorf("%s: %s%s", path, text.W{"ugyldig: ", "invalid: "}.In(text.Lang(lang)), text.DataError(err, lang))
}

func buildError(err error, lang string) error {
	var fe *dataset.FileError
	if errors.As(err, &fe) {
		return fmt.Errorf("%s: %s%s", fe.Name, text.W{"ugyldig: ", "invalid: "}.In(text.Lang(lang)), text.DataError(fe.Err, lang))
	}
	return errors.New(text.DataError(err, lang))
}

func wordWarnings(ws []any, lang string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		out = append(out, text.DataWarning(w, lang))
	}
	return out
}

// readCompanion reads one companion file for the import command; errors
// are worded in lang.
func readCompanion(a dataArg, data []byte, lang string) (*companion.File, []companion.Warning, error) {
	var opt companion.Options
	switch a.benefit() {
	case "fp":
		opt.Benefit = calc.FP
	case "flex":
		opt.Benefit = calc.Flex
	}
	f, warns, err := companion.Read(filepath.Base(a.path), data, opt)
	if errors.Is(err, companion.ErrNeedBenefit) {
		return nil, nil, describeError(a.path, dataset.ErrNeedBenefit, lang)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %s", a.path, text.CompanionError(err, lang))
	}
	return f, warns, nil
}

// writeCompanion describes a valid companion file: what it is, what it
// carries and for which periods and municipalities.
func writeCompanion(w io.Writer, path string, f *companion.File, warns []companion.Warning, lang string) {
	fmt.Fprintf(w, text.W{"%s: gyldig %s-fil (%s)\n", "%s: valid %s file (%s)\n"}.In(text.Lang(lang)), path, f.Table, f.Format)
	var carries []string
	for _, a := range f.Areas {
		carries = append(carries, text.Area(a, lang))
	}
	carries = append(carries, f.Covariates...)
	if f.Caseload {
		carries = append(carries, text.W{"sagstal pr. medarbejder", "caseload per caseworker"}.In(text.Lang(lang)))
	}
	if f.Fokus {
		carries = append(carries, text.W{"fokusmål", "focus targets"}.In(text.Lang(lang)))
	}
	fmt.Fprintf(w, text.W{"indhold: %s\n", "carries: %s\n"}.In(text.Lang(lang)), strings.Join(carries, ", "))
	fmt.Fprintf(w, text.W{"perioder (Y30R21-vinduer): %d (%s)\n", "periods (Y30R21 windows): %d (%s)\n"}.In(text.Lang(lang)), len(f.Periods), strings.Join(f.Periods, ", "))
	fmt.Fprintf(w, text.W{"kommuner: %d\n", "municipalities: %d\n"}.In(text.Lang(lang)), f.Municipalities)
	fmt.Fprintf(w, text.W{"advarsler: %d\n", "warnings: %d\n"}.In(text.Lang(lang)), len(warns))
	for _, wn := range warns {
		fmt.Fprintln(w, "  ", text.CompanionWarning(wn, lang))
	}
}

// template writes the template CSV for caseload, focus targets and other
// framework conditions to stdout, or to --out.
func template(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("template", flag.ContinueOnError)
	fs.SetOutput(stderr)
	langID := fs.String("lang", "da", "da or en: the header's language (both read back)")
	out := fs.String("out", "", "file to write; default: standard output")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	lang, ok := parseLang(*langID, stderr)
	if !ok {
		return 2
	}
	b := dataset.Template(string(lang))
	if *out == "" {
		_, _ = stdout.Write(b)
		return 0
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}
