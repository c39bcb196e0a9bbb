package cli

import (
	"encoding/json"
	"io"

	"benchsim/app/report"
	"benchsim/calc"
)

type jsonRow struct {
	Rank          int     `json:"rank"`
	Code          int     `json:"code"`
	Municipality  string  `json:"municipality"`
	Region        string  `json:"region"`
	Population    float64 `json:"population"`
	Actual        float64 `json:"actual"`
	Expected      float64 `json:"expected"`
	DiffPersons   float64 `json:"diff_persons"`
	ActualShare   float64 `json:"actual_share"`
	ExpectedShare float64 `json:"expected_share"`
	DiffPP        float64 `json:"diff_pp"`
	PublishedRank int     `json:"published_rank,omitempty"`
	BaselineRank  int     `json:"baseline_rank"`
	RankChange    int     `json:"rank_change"`
	Potential     float64 `json:"potential_kr"`
	ResultMet     bool    `json:"result_target_met"`
	FokusKnown    bool    `json:"focus_target_known"`
	Inspiration   bool    `json:"inspiration"`
	Risk          bool    `json:"risk_of_supervision"`
}

// jsonFit is one re-estimated area: expected from a population-weighted
// least-squares fit of the area's share on the covariates.
type jsonFit struct {
	Area           string             `json:"area"`
	Covariates     []string           `json:"covariates"`
	Coefficients   map[string]float64 `json:"coefficients"`
	Intercept      float64            `json:"intercept"`
	R2             float64            `json:"r2"`
	Municipalities int                `json:"municipalities"`
	Proxy          bool               `json:"proxy"`
}

// jsonNational is the national total of the scenario's caseload investment
// cases (calc.Result.CaseloadTotals), in kr. per year.
type jsonNational struct {
	Municipalities   int     `json:"municipalities"`
	ExtraCaseworkers float64 `json:"extra_caseworkers"`
	CaseworkerCost   float64 `json:"caseworker_cost_kr"`
	Persons          float64 `json:"persons"`
	PersonsFull      float64 `json:"persons_full_phase_in"`
	BenefitSaved     float64 `json:"benefit_saved_kr"`
	Net              float64 `json:"net_kr"`
	Reformed         int     `json:"reform_municipalities"`         // changed by a reform
	DefaultCaseload  int     `json:"default_current_caseload_used"` // of those, from the default c0
	AtTarget         int     `json:"reform_already_at_target"`
	Overridden       int     `json:"reform_overridden"`
}

func national(res *calc.Result) jsonNational {
	t := res.CaseloadTotals("")
	return jsonNational{t.Municipalities, t.ExtraCaseworkers, t.CaseworkerCost, t.Persons, t.PersonsFull,
		t.BenefitSaved, t.Net, res.Reform.Municipalities, res.Reform.DefaultFrom, res.Reform.AtTarget, res.Reform.Overridden}
}

func writeJSON(w io.Writer, res *calc.Result, v *report.View) {
	a := v.Area
	out := struct {
		Dataset      string       `json:"dataset"`
		Illustrative bool         `json:"illustrative"`
		Period       string       `json:"period"`
		Area         string       `json:"area"`
		Scenario     string       `json:"scenario"`
		Fits         []jsonFit    `json:"fits"`
		National     jsonNational `json:"national"`
		Rows         []jsonRow    `json:"rows"`
	}{res.Dataset.Provenance.Name, res.Dataset.Provenance.Illustrative, res.Dataset.Periods[res.Period].Code,
		a.ID(), res.Settings.Encode(), fits(res), national(res), nil}
	for _, r := range report.Rows(res, v) {
		e, st := &r.Entry, &r.Status
		out.Rows = append(out.Rows, jsonRow{e.Rank, r.Muni.Code, r.Muni.Name, r.Muni.Region, e.Population, e.Actual,
			e.Expected, e.DiffPersons, e.ActualShare, e.ExpectedShare, e.DiffPP, e.PublishedRank, r.Official.Rank,
			r.Change, e.Potential, st.ResultMet, st.FokusKnown, st.Inspiration, st.Risk})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(out)
}

func fits(res *calc.Result) []jsonFit {
	out := []jsonFit{}
	for _, f := range res.Fits {
		if f == nil {
			continue
		}
		jf := jsonFit{Area: f.Area.ID(), Covariates: f.Names, Coefficients: map[string]float64{},
			Intercept: f.Intercept, R2: f.R2, Municipalities: f.N, Proxy: f.Proxy}
		for j, n := range f.Names {
			jf.Coefficients[n] = f.Coef[j]
		}
		out = append(out, jf)
	}
	return out
}
