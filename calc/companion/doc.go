// Package companion reads the public files that fill what Jobindsats Y30R21
// lacks, and merges them into a calc.Dataset: førtidspension (fp) and
// fleksjob (flex) full-time persons, the 16–66 population, covariates,
// caseload per area and fokusmål.
//
// # Files
//
// Read detects the kind of file from its columns and the format from its
// bytes:
//
//   - Jobindsats PTV_A02, Y10A02 and Y08A02 (KindBenefit): a municipality
//     column (Område or Area), Periode, and the measure "Antal
//     fuldtidspersoner" (a prefixed label "…: Antal fuldtidspersoner" is
//     matched on the part after the last ": "). Rows of PTV_A02 are split by
//     Ydelsesgrupper: Førtidspension gives fp, Fleksjob gives flex, other
//     groups are skipped with a warning. A file without Ydelsesgrupper
//     (Y10A02, Y08A02) does not say which benefit it holds: Options.Benefit
//     says, or "Y10A02" (fp) or "Y08A02" (flex) in the file's name;
//     otherwise Read fails with an error matching ErrNeedBenefit.
//   - Statistics Denmark (StatBank) CSV (KindStatBank): any table ending in
//     INDHOLD. FOLK1A (single-year ages) gives the 16–66 population and
//     alder5066, the share aged 50–66 of the 16–66-year-olds; FOLK1C or FOLK3
//     (HERKOMST) gives ikkevestlig, the share of non-Western immigrants and
//     descendants among the persons the file counts (the 16–66-year-olds
//     when it has single-year ages, else all ages in the file); HFUDD11 gives
//     grundskole, the share whose highest education is primary school;
//     AUH01 or AUK01 gives fpmodtagere, full-time recipients of
//     førtidspension in pct. of the 16–66 population (FOLK1A's when given,
//     else the dataset's). Danish or English output, names or
//     "code name" values are read alike.
//   - The simulator's template (KindTemplate, see Template): kommunekode;
//     kommune; then one column per figure, its unit in parentheses in the
//     header. The template's own columns give caseload per area and
//     fokusmål; any other column with a unit ("Ledighed (pct.)") becomes a
//     covariate whose id is the header's text before the parenthesis in
//     lower-case ASCII letters and digits ("ledighed"), its label the text
//     and its unit the parenthesis. A column without a unit is ignored with
//     a warning; an empty column is ignored. The figures apply to every period.
//
// Formats: the Jobindsats v2 API's JSON
// ([{"Variables":[{"Name","Label"}],"Data":[[…]]}]), CSV separated by ';'
// (or tab or ',') with or without a BOM in UTF-8 or Windows-1252 — the API's CSV
// with decimal commas and thousands dots, and pandas' to_csv(sep=';') with an
// index column and decimal points (a column whose text numbers hold no comma
// and some dot not followed by exactly three digits uses decimal points) —
// and .xlsx as jobindsats.dk's "Hent data til Excel" and Excel save it: the
// first non-empty sheet, a title row above the header allowed, numbers
// stored as numbers or as text. An .xlsx is a zip: Read refuses one whose
// parts declare, or actually inflate to, more than MaxUnpacked bytes.
//
// A Jobindsats table exported with its periods pivoted to the columns
// ("Område;Ydelsesgrupper;2021M01;2021M02;…") is read as if each period
// were a row; its figures count as full-time persons only when a column
// names the measure ("Antal fuldtidspersoner", other measures' rows are
// dropped) or the title above the header does.
//
// # Rows
//
// Regions, provinces, the whole country and "not stated" rows are skipped
// with a warning; an unknown municipality is an error with a suggestion.
// Breakdown rows (Køn, Herkomst, Alder …) are summed; a total ("I alt",
// "Total") is used instead of its parts, never added to them, and it must
// agree with every complete set of parts within rounding (half a unit per
// part plus 0.5 %). In StatBank tables a breakdown that has total rows is
// read from them, one without is summed. ".." and "-" are missing values.
//
// # Periods
//
// Periods are months (2022M01), quarters (2022Q1, StatBank's Danish
// 2022K1), calendar years (2022Y01, StatBank's 2022) or Y30R21 windows
// (2021QMAT02: the 12 months ending with quarter 2 of 2021, 2020M07–2021M06;
// 2021QMAT04 is the calendar year 2021). A period after Options.Today is an
// error. A figure over a window is the window's own, else the mean of its
// 12 months, else the mean of its 4 quarters. A calendar-year figure fills
// the calendar-year window; in StatBank files it fills every window ending
// in its year. StatBank stock figures (the population at a quarter's start)
// are taken as the mean of the window's 4 quarters, like the flows, so a
// window's population matches the full-time persons counted over the same
// 12 months.
//
// # Apply
//
// Apply merges files into a deep copy of a dataset; the dataset given is
// never changed. For every period of the dataset a file covers a window
// completely (its figures are used), partly (an error naming the missing
// months or quarters), or not at all (a warning; fp and flex stay unknown,
// the population stays derived, a covariate takes the nearest covered
// period's values with a warning). A municipality of the dataset missing
// from a file that covers the window is an error. fp and flex come without
// an official expected number (HasExpected false): the engine re-estimates
// it from the covariates.
//
// # Errors
//
// Errors are *Error values with the file, line, column, an ErrKind and the
// values concerned, never sentences for users: app/text words every kind
// and warning in Danish and English.
package companion
