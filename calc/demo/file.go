package demo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"

	"benchsim/calc"
)

// The canonical file (dataset.json) is JSON: the dataset's provenance, municipalities and
// covariates, then each period once with its rows as arrays of numbers in
// the order of columns. One row is one line, so diffs stay readable.

// columns are the fixed columns of a row; the covariates follow, in the
// order of the dataset's covariates.
var columns = []string{
	"population",
	"dp_actual", "dp_expected",
	"kth_actual", "kth_expected",
	"syg_actual", "syg_expected",
	"fp_actual", "fp_expected",
	"flex_actual", "flex_expected",
	"kth2017excl_actual", "kth2017excl_expected",
	"caseload_dp", "caseload_kth", "caseload_syg",
	"fokus_conversations", "fokus_offers",
}

const (
	colPop = iota
	colDPA
	colDPE
	colKTHA
	colKTHE
	colSYGA
	colSYGE
	colFPA
	colFPE
	colFlexA
	colFlexE
	colExclA
	colExclE
	colCaseDP
	colCaseKTH
	colCaseSYG
	colConv
	colOffers
	numCols
)

// areaCols maps an area to its actual and expected columns.
var areaCols = map[calc.Area][2]int{
	calc.DP:   {colDPA, colDPE},
	calc.KTH:  {colKTHA, colKTHE},
	calc.SYG:  {colSYGA, colSYGE},
	calc.FP:   {colFPA, colFPE},
	calc.Flex: {colFlexA, colFlexE},
}

type fileDataset struct {
	Format         string              `json:"format"`
	Provenance     calc.Provenance     `json:"provenance"`
	Municipalities []calc.Municipality `json:"municipalities"`
	Covariates     []calc.Covariate    `json:"covariates"`
	Columns        []string            `json:"columns"`
	Periods        []filePeriod        `json:"periods"`
}

type filePeriod struct {
	Code    string      `json:"code"`
	Label   string      `json:"label"`
	Scope   string      `json:"scope"`
	RuleSet string      `json:"ruleSet"`
	Rows    [][]float64 `json:"rows"`
}

const fileFormat = "benchsim-demo/1"

// rowFromColumns builds a dataset row from its columns. Both the generator
// and the decoder go through it, so Dataset() and Generate() agree exactly.
func rowFromColumns(c []float64, ncov int) calc.Row {
	var r calc.Row
	r.Population = c[colPop]
	for _, a := range calc.Areas {
		ac := areaCols[a]
		r.Areas[a] = calc.Figures{Known: true, Actual: c[ac[0]], Expected: c[ac[1]], HasExpected: true}
	}
	t := calc.Figures{Known: true, HasExpected: true}
	for _, a := range calc.OfficialAreas {
		t.Actual += r.Areas[a].Actual
		t.Expected += r.Areas[a].Expected
	}
	r.Areas[calc.Total] = t
	r.KTH2017Excluded = calc.Figures{Known: true, Actual: c[colExclA], Expected: c[colExclE], HasExpected: true}
	r.Caseload[calc.DP] = c[colCaseDP]
	r.Caseload[calc.KTH] = c[colCaseKTH]
	r.Caseload[calc.SYG] = c[colCaseSYG]
	r.Fokus = calc.Fokus{Known: true, Conversations: c[colConv], Offers: c[colOffers]}
	if ncov > 0 {
		r.Covariates = append([]float64(nil), c[numCols:numCols+ncov]...)
	}
	return r
}

// columnsFromRow is the inverse of rowFromColumns.
func columnsFromRow(r *calc.Row, ncov int) []float64 {
	c := make([]float64, numCols+ncov)
	c[colPop] = r.Population
	for _, a := range calc.Areas {
		ac := areaCols[a]
		c[ac[0]], c[ac[1]] = r.Areas[a].Actual, r.Areas[a].Expected
	}
	c[colExclA], c[colExclE] = r.KTH2017Excluded.Actual, r.KTH2017Excluded.Expected
	c[colCaseDP], c[colCaseKTH], c[colCaseSYG] = r.Caseload[calc.DP], r.Caseload[calc.KTH], r.Caseload[calc.SYG]
	c[colConv], c[colOffers] = r.Fokus.Conversations, r.Fokus.Offers
	copy(c[numCols:], r.Covariates)
	return c
}

// Encode writes a dataset in the format of dataset.json (deterministic bytes).
// It is meant for datasets made by Generate: every area and the kth
// sub-benefits present, with covariates.
func Encode(ds *calc.Dataset) ([]byte, error) {
	var b bytes.Buffer
	put := func(prefix string, v any) error {
		j, err := json.Marshal(v)
		if err != nil {
			return err
		}
		b.WriteString(prefix)
		b.Write(j)
		return nil
	}
	b.WriteString("{\n")
	if err := put(`"format":`, fileFormat); err != nil {
		return nil, err
	}
	if err := put(",\n\"provenance\":", ds.Provenance); err != nil {
		return nil, err
	}
	b.WriteString(",\n\"municipalities\":[")
	for i, m := range ds.Municipalities {
		sep := ",\n"
		if i == 0 {
			sep = "\n"
		}
		if err := put(sep, m); err != nil {
			return nil, err
		}
	}
	b.WriteString("\n],\n\"covariates\":[")
	for i, c := range ds.Covariates {
		sep := ",\n"
		if i == 0 {
			sep = "\n"
		}
		if err := put(sep, c); err != nil {
			return nil, err
		}
	}
	b.WriteString("\n],\n")
	if err := put(`"columns":`, columns); err != nil {
		return nil, err
	}
	b.WriteString(",\n\"periods\":[")
	ncov := len(ds.Covariates)
	for pi, p := range ds.Periods {
		if pi > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "\n{")
		if err := put(`"code":`, p.Code); err != nil {
			return nil, err
		}
		for _, kv := range [][2]string{{"label", p.Label}, {"scope", p.Scope}, {"ruleSet", p.RuleSet}} {
			if err := put(`,"`+kv[0]+`":`, kv[1]); err != nil {
				return nil, err
			}
		}
		b.WriteString(`,"rows":[`)
		for i := range p.Rows {
			c := columnsFromRow(&p.Rows[i], ncov)
			for _, v := range c {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					return nil, fmt.Errorf("period %s row %d: invalid number %v", p.Code, i, v)
				}
			}
			sep := ",\n"
			if i == 0 {
				sep = "\n"
			}
			if err := put(sep, c); err != nil {
				return nil, err
			}
		}
		b.WriteString("\n]}")
	}
	b.WriteString("\n]\n}\n")
	return b.Bytes(), nil
}

// Decode reads a dataset in the file format of dataset.json.
func Decode(data []byte) (*calc.Dataset, error) {
	var f fileDataset
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("demo: reading the dataset: %w", err)
	}
	if f.Format != fileFormat {
		return nil, fmt.Errorf("demo: unknown dataset format %q", f.Format)
	}
	if len(f.Columns) != numCols {
		return nil, fmt.Errorf("demo: %d columns, want %d", len(f.Columns), numCols)
	}
	ds := &calc.Dataset{Provenance: f.Provenance, Municipalities: f.Municipalities, Covariates: f.Covariates}
	ncov := len(f.Covariates)
	for _, fp := range f.Periods {
		p := calc.Period{Code: fp.Code, Label: fp.Label, Scope: fp.Scope, RuleSet: fp.RuleSet}
		if len(fp.Rows) != len(ds.Municipalities) {
			return nil, fmt.Errorf("demo: period %s has %d rows, want %d", fp.Code, len(fp.Rows), len(ds.Municipalities))
		}
		p.Rows = make([]calc.Row, len(fp.Rows))
		for i, c := range fp.Rows {
			if len(c) != numCols+ncov {
				return nil, fmt.Errorf("demo: period %s row %d has %d values, want %d", fp.Code, i, len(c), numCols+ncov)
			}
			p.Rows[i] = rowFromColumns(c, ncov)
		}
		ds.Periods = append(ds.Periods, p)
	}
	if err := ds.Validate(); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	return ds, nil
}
