package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
	"benchsim/calc/companion"
	"benchsim/calc/demo"
	"benchsim/calc/jobindsats"
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

// isY30R21 tells a Y30R21 file from a companion file: by Y30R21's measure
// label, else by the companion files' marks (an xlsx, StatBank's INDHOLD
// column, the template's kommunekode, the benefit tables' measures). A file
// with neither is taken as Y30R21, whose importer explains what is wrong.
func isY30R21(data []byte) bool {
	if bytes.Contains(data, []byte("Forventet")) {
		return true
	}
	for _, mark := range []string{"PK\x03\x04", "INDHOLD", "kommunekode", "Antal fuldtidspersoner", "Fuldtidspersoner i pct", "Ydelsesgrupper", "Antal personer"} {
		if bytes.Contains(data, []byte(mark)) {
			return false
		}
	}
	return true
}

// loaded is a dataset read from the --data files.
type loaded struct {
	ds       *calc.Dataset
	warnings []string
	files    []*companion.File
}

// loadData reads the --data files into one dataset: the Y30R21 file (or
// the embedded illustrative data when there is none) with the companion
// files applied to it. Messages are in lang.
func loadData(args []string, lang string) (*loaded, error) {
	out := &loaded{}
	var y30 []byte
	var y30name string
	for _, v := range args {
		a, err := parseDataArg(v)
		if err != nil {
			return nil, err
		}
		data, err := os.ReadFile(a.path)
		if err != nil {
			return nil, err
		}
		if a.kind == "y30r21" || a.kind == "" && isY30R21(data) {
			if y30 != nil {
				return nil, fmt.Errorf(pickLang(lang, "to Y30R21-filer: %s og %s — giv én", "two Y30R21 files: %s and %s — give one"), y30name, a.path)
			}
			y30, y30name = data, a.path
			continue
		}
		f, warns, err := readCompanion(a, data, lang)
		if err != nil {
			return nil, err
		}
		for _, w := range warns {
			out.warnings = append(out.warnings, text.CompanionWarning(w, lang))
		}
		out.files = append(out.files, f)
	}
	out.ds = demo.Dataset()
	if y30 != nil {
		ds, warns, err := jobindsats.Read(bytes.NewReader(y30))
		if err != nil {
			return nil, fmt.Errorf("%s: %s", y30name, loadError(err, report.Lang(lang)))
		}
		for _, w := range warns {
			out.warnings = append(out.warnings, y30name+": "+text.ImportWarning(w, lang))
		}
		out.ds = ds
	}
	if len(out.files) > 0 {
		ds, warns, err := companion.Apply(out.ds, out.files)
		if err != nil {
			return nil, errors.New(text.CompanionError(err, lang))
		}
		for _, w := range warns {
			out.warnings = append(out.warnings, text.CompanionWarning(w, lang))
		}
		out.ds = ds
	}
	return out, nil
}

// companionOptions says fp or flex when the --data value did.
func companionOptions(a dataArg) companion.Options {
	var opt companion.Options
	switch a.kind {
	case "fp":
		opt.Benefit = calc.FP
	case "flex":
		opt.Benefit = calc.Flex
	}
	return opt
}

// readCompanion reads one companion file; errors are worded in lang.
func readCompanion(a dataArg, data []byte, lang string) (*companion.File, []companion.Warning, error) {
	f, warns, err := companion.Read(filepath.Base(a.path), data, companionOptions(a))
	if errors.Is(err, companion.ErrNeedBenefit) {
		return nil, nil, fmt.Errorf(pickLang(lang, "%s siger ikke, om den holder førtidspension eller fleksjob: angiv det med --data fp=%s eller --data flex=%s",
			"%s does not say whether it holds disability pension or flexi-jobs: say so with --data fp=%s or --data flex=%s"), a.path, a.path, a.path)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %s", a.path, text.CompanionError(err, lang))
	}
	return f, warns, nil
}

// writeCompanion describes a valid companion file: what it is, what it
// carries and for which periods and municipalities.
func writeCompanion(w io.Writer, path string, f *companion.File, warns []companion.Warning, lang string) {
	fmt.Fprintf(w, pickLang(lang, "%s: gyldig %s-fil (%s)\n", "%s: valid %s file (%s)\n"), path, f.Table, f.Format)
	var carries []string
	for _, a := range f.Areas {
		carries = append(carries, text.Area(a, lang))
	}
	carries = append(carries, f.Covariates...)
	if f.Caseload {
		carries = append(carries, pickLang(lang, "sagstal pr. medarbejder", "caseload per caseworker"))
	}
	if f.Fokus {
		carries = append(carries, pickLang(lang, "fokusmål", "focus targets"))
	}
	fmt.Fprintf(w, pickLang(lang, "indhold: %s\n", "carries: %s\n"), strings.Join(carries, ", "))
	fmt.Fprintf(w, pickLang(lang, "perioder (Y30R21-vinduer): %d (%s)\n", "periods (Y30R21 windows): %d (%s)\n"), len(f.Periods), strings.Join(f.Periods, ", "))
	fmt.Fprintf(w, pickLang(lang, "kommuner: %d\n", "municipalities: %d\n"), f.Municipalities)
	fmt.Fprintf(w, pickLang(lang, "advarsler: %d\n", "warnings: %d\n"), len(warns))
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
	b := companion.Template(string(lang))
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
