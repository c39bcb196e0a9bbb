package ui

import (
	"fmt"
	"strings"

	"benchsim/app/dataset"
)

// DataTexts are the Data page's texts about datasets of several files,
// storage, links waiting for their data and bundles.
type DataTexts struct {
	FilesTitle, FilesHelp, FileLabel, TableLabel, UnlocksLabel        string
	MissingTitle, NothingMissing, ImportFor, Remove, RemoveFileLabel  string
	NeedBase, AddedFileFmt, RemovedFmt, RemovedNothingFmt, OpenedFmt  string
	StorageFull, StorageUnreadable, StorageFmt, StoragePersistent     string
	StorageTitle, StorageUnknown                                      string
	WaitingLead, WaitingFiles, WaitingNoFiles, WaitingGo, WaitingDrop string
	AskBenefit, AskFP, AskFlex, TemplateTitle, TemplateHelp           string
	TemplateButton, BundleTitle, BundleHelp, BundleButton             string
	BundleDemo, ChooseFiles, NeedFmt, FilesCount                      string
	Levers                                                            map[string]string
	Kinds                                                             map[dataset.Kind]string
}

// D returns the Data page's dataset texts in the texts' language.
func (t *Texts) D() *DataTexts {
	if t.lang == LangEN {
		return &dataEN
	}
	return &dataDA
}

// LeverList names levers: "førtidspension, fleksjob og befolkningen 16–66 år".
func (t *Texts) LeverList(ids []string) string {
	d := t.D()
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if n, ok := d.Levers[id]; ok {
			names = append(names, n)
		} else {
			names = append(names, id)
		}
	}
	and := " og "
	if t.lang == LangEN {
		and = " and "
	}
	switch len(names) {
	case 0:
		return "–"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + and + names[len(names)-1]
}

// ImportFor says what to import for a lever: "PTV_A02 eller Y10A02".
func (t *Texts) ImportFor(id string) string {
	l, ok := dataset.LeverByID(id)
	if !ok {
		return ""
	}
	or := " eller "
	if t.lang == LangEN {
		or = " or "
	}
	tables := make([]string, len(l.Tables))
	for i, tb := range l.Tables {
		if tb == "template" {
			tb = t.D().TemplateTitle
		}
		tables[i] = tb
	}
	return fmt.Sprintf(t.D().ImportFor, strings.Join(tables, or))
}

var dataDA = DataTexts{
	FilesTitle:        "Datasættets filer",
	FilesHelp:         "Et datasæt er en Y30R21-fil og eventuelle supplerende filer (PTV_A02, Y10A02, Y08A02, FOLK1A, FOLK1C/FOLK3, HFUDD11 eller skabelonen). Importér en supplerende fil, mens datasættet er i brug, så lægges den til.",
	FileLabel:         "Fil",
	TableLabel:        "Tabel",
	UnlocksLabel:      "Giver",
	MissingTitle:      "Mangler stadig",
	NothingMissing:    "Datasættet har tal til alle greb.",
	ImportFor:         "importér %s",
	Remove:            "Fjern",
	RemoveFileLabel:   "Fjern filen",
	NeedBase:          "importér først en Y30R21-fil; supplerende filer lægges til det datasæt, der er i brug",
	AddedFileFmt:      "%s er lagt til datasættet. Den giver: %s.",
	RemovedFmt:        "%s er fjernet fra datasættet. Med den forsvandt: %s.",
	RemovedNothingFmt: "%s er fjernet fra datasættet. Ingen greb forsvandt med den.",
	OpenedFmt:         "%s er åbnet: samme data, scenarie og visning som hos afsenderen.",
	StorageFull:       "Browserens lager er fuldt, så %s kunne ikke gemmes. Det, der var gemt, er bevaret; slet et datasæt, du ikke bruger, og prøv igen.",
	StorageUnreadable: "De gemte datasæt kunne ikke læses (%s); eksempeldata vises.",
	StorageTitle:      "Lager",
	StorageFmt:        "De gemte filer fylder %s; i alt bruger appen (med sig selv til brug uden net) %s af de %s, browseren tillader.",
	StoragePersistent: "Browseren har lovet at beholde dem.",
	StorageUnknown:    "De gemte filer fylder %s; browseren oplyser ikke, hvor meget der er plads til.",
	WaitingLead:       "Linket bygger på et datasæt, som ikke findes i denne browser. Grebene og visningen fra linket er gemt og vises, så snart data er importeret.",
	WaitingFiles:      "Importér disse filer:",
	WaitingNoFiles:    "Importér de filer, linket er lavet med (spørg afsenderen).",
	WaitingGo:         "Gå til import",
	WaitingDrop:       "Glem linket",
	AskBenefit:        "%s siger ikke, om den handler om førtidspension eller fleksjob. Hvilken er det?",
	AskFP:             "Førtidspension",
	AskFlex:           "Fleksjob",
	TemplateTitle:     "skabelonen",
	TemplateHelp:      "Sagstal pr. område, fokusmål og egne rammevilkår indtastes i skabelonen (CSV med alle 98 kommuner) og importeres her.",
	TemplateButton:    "Hent skabelon (CSV)",
	BundleTitle:       "Del visningen med data",
	BundleHelp:        "Et link kan ikke bære data. Gem i stedet hele visningen med datasættets filer som én fil; den åbnes her (vælg eller træk filen ind) på en anden enhed, også uden net, og kommandolinjen læser den med --data.",
	BundleButton:      "Gem visning med data",
	BundleDemo:        "Eksempeldata følger med appen: del blot linket.",
	ChooseFiles:       "Vælg filer",
	NeedFmt:           "For at bruge %s: %s.",
	FilesCount:        "filer",
	Levers: map[string]string{
		"fp": "førtidspension", "flex": "fleksjob", "population": "befolkningen 16–66 år",
		"alder5066": "andel 50–66 år", "ikkevestlig": "andel ikke-vestlige", "grundskole": "andel med grundskole",
		"fpmodtagere": "andel på førtidspension", "caseload": "sagstal", "fokus": "fokusmål",
		"dp": "a-dagpenge", "kth": "kontanthjælp", "syg": "sygedagpenge",
	},
	Kinds: map[dataset.Kind]string{dataset.KindY30R21: "benchmark (Y30R21)", dataset.KindBenefit: "ydelse (Jobindsats)",
		dataset.KindStatBank: "Statistikbanken", dataset.KindTemplate: "skabelon"},
}

var dataEN = DataTexts{
	FilesTitle:        "The dataset's files",
	FilesHelp:         "A dataset is a Y30R21 file plus any companion files (PTV_A02, Y10A02, Y08A02, FOLK1A, FOLK1C/FOLK3, HFUDD11 or the template). Import a companion file while the dataset is in use to add it.",
	FileLabel:         "File",
	TableLabel:        "Table",
	UnlocksLabel:      "Gives",
	MissingTitle:      "Still missing",
	NothingMissing:    "The dataset has figures for every lever.",
	ImportFor:         "import %s",
	Remove:            "Remove",
	RemoveFileLabel:   "Remove the file",
	NeedBase:          "import a Y30R21 file first; companion files join the dataset in use",
	AddedFileFmt:      "%s has been added to the dataset. It gives: %s.",
	RemovedFmt:        "%s has been removed from the dataset. It took along: %s.",
	RemovedNothingFmt: "%s has been removed from the dataset. No lever went with it.",
	OpenedFmt:         "%s is open: the same data, scenario and view as the sender's.",
	StorageFull:       "The browser's storage is full, so %s could not be kept. What was kept stays; delete a dataset you do not use and try again.",
	StorageUnreadable: "The kept datasets could not be read (%s); the illustrative data is shown.",
	StorageTitle:      "Storage",
	StorageFmt:        "The kept files take %s; in all the app (with itself, for offline use) uses %s of the %s the browser allows.",
	StoragePersistent: "The browser has promised to keep them.",
	StorageUnknown:    "The kept files take %s; the browser does not say how much room there is.",
	WaitingLead:       "The link is built on a dataset that is not in this browser. The link's levers and view are kept and shown as soon as the data is imported.",
	WaitingFiles:      "Import these files:",
	WaitingNoFiles:    "Import the files the link was made with (ask the sender).",
	WaitingGo:         "Go to import",
	WaitingDrop:       "Forget the link",
	AskBenefit:        "%s does not say whether it is about førtidspension (disability pension) or fleksjob (flex jobs). Which is it?",
	AskFP:             "Førtidspension",
	AskFlex:           "Fleksjob",
	TemplateTitle:     "the template",
	TemplateHelp:      "Caseloads per area, focus targets and your own framework conditions go into the template (CSV with all 98 municipalities) and are imported here.",
	TemplateButton:    "Download template (CSV)",
	BundleTitle:       "Share the view with its data",
	BundleHelp:        "A link cannot carry data. Save the whole view with the dataset's files as one file instead; it opens here (choose or drop the file) on another device, also offline, and the command line reads it with --data.",
	BundleButton:      "Save view with data",
	BundleDemo:        "The illustrative data comes with the app: share the link.",
	ChooseFiles:       "Choose files",
	NeedFmt:           "To use %s: %s.",
	FilesCount:        "files",
	Levers: map[string]string{
		"fp": "førtidspension", "flex": "fleksjob", "population": "the population aged 16–66",
		"alder5066": "share aged 50–66", "ikkevestlig": "share of non-Western origin", "grundskole": "share with basic schooling",
		"fpmodtagere": "share on førtidspension", "caseload": "caseloads", "fokus": "focus targets",
		"dp": "unemployment benefit", "kth": "social assistance", "syg": "sickness benefit",
	},
	Kinds: map[dataset.Kind]string{dataset.KindY30R21: "benchmark (Y30R21)", dataset.KindBenefit: "benefit (Jobindsats)",
		dataset.KindStatBank: "StatBank", dataset.KindTemplate: "template"},
}
