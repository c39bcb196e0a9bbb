package text

import (
	"fmt"
	"strings"
	"sync"

	"benchsim/app/dataset"
)

// Data is the Data page's words about datasets of several files, storage,
// links waiting for their data and bundles. Levers is keyed by
// dataset.Lever ids.

type Data[T any] struct {
	FilesTitle, FilesHelp, FileLabel, TableLabel, UnlocksLabel        T
	MissingTitle, NothingMissing, ImportFor, Remove, RemoveFileLabel  T
	NeedBase, AddedFileFmt, RemovedFmt, RemovedNothingFmt, OpenedFmt  T
	StorageFull, StorageUnreadable, StorageFmt, StoragePersistent     T
	StorageTitle, StorageUnknown, ReadingFmt                          T
	WaitingLead, WaitingFiles, WaitingNoFiles, WaitingGo, WaitingDrop T
	AskBenefit, AskFP, AskFlex, TemplateTitle, TemplateHelp           T
	TemplateButton, BundleTitle, BundleHelp, BundleButton             T
	BundleDemo, ChooseFiles, NeedFmt, FilesCount                      T
	Levers                                                            map[string]T
	Kinds                                                             map[dataset.Kind]T
}

// dataW is the section, Danish and English side by side.
var dataW = sync.OnceValue(func() *Data[W] {
	return &Data[W]{
		FilesTitle:        W{"Datasættets filer", "The dataset's files"},
		FilesHelp:         W{"Et datasæt er en Y30R21-fil og eventuelle supplerende filer (PTV_A02, Y10A02, Y08A02, FOLK1A, FOLK1C/FOLK3, HFUDD11 eller skabelonen). Importér en supplerende fil, mens datasættet er i brug, så lægges den til.", "A dataset is a Y30R21 file plus any companion files (PTV_A02, Y10A02, Y08A02, FOLK1A, FOLK1C/FOLK3, HFUDD11 or the template). Import a companion file while the dataset is in use to add it."},
		FileLabel:         W{"Fil", "File"},
		TableLabel:        W{"Tabel", "Table"},
		UnlocksLabel:      W{"Giver", "Gives"},
		MissingTitle:      W{"Mangler stadig", "Still missing"},
		NothingMissing:    W{"Datasættet har tal til alle greb.", "The dataset has figures for every lever."},
		ImportFor:         W{"importér %s", "import %s"},
		Remove:            W{"Fjern", "Remove"},
		RemoveFileLabel:   W{"Fjern filen", "Remove the file"},
		NeedBase:          W{"importér først en Y30R21-fil; supplerende filer lægges til det datasæt, der er i brug", "import a Y30R21 file first; companion files join the dataset in use"},
		AddedFileFmt:      W{"%s er lagt til datasættet. Den giver: %s.", "%s has been added to the dataset. It gives: %s."},
		RemovedFmt:        W{"%s er fjernet fra datasættet. Med den forsvandt: %s.", "%s has been removed from the dataset. It took along: %s."},
		RemovedNothingFmt: W{"%s er fjernet fra datasættet. Ingen greb forsvandt med den.", "%s has been removed from the dataset. No lever went with it."},
		OpenedFmt:         W{"%s er åbnet: samme data, scenarie og visning som hos afsenderen.", "%s is open: the same data, scenario and view as the sender's."},
		StorageFull:       W{"Browserens lager er fuldt, så %s kunne ikke gemmes. Det, der var gemt, er bevaret; slet et datasæt, du ikke bruger, og prøv igen.", "The browser's storage is full, so %s could not be kept. What was kept stays; delete a dataset you do not use and try again."},
		StorageUnreadable: W{"De gemte datasæt kunne ikke læses (%s); eksempeldata vises.", "The kept datasets could not be read (%s); the illustrative data is shown."},
		StorageTitle:      W{"Lager", "Storage"},
		ReadingFmt:        W{"Læser %s …", "Reading %s …"},
		StorageFmt:        W{"De gemte filer fylder %s; i alt bruger appen (med sig selv til brug uden net) %s af de %s, browseren tillader.", "The kept files take %s; in all the app (with itself, for offline use) uses %s of the %s the browser allows."},
		StoragePersistent: W{"Browseren har lovet at beholde dem.", "The browser has promised to keep them."},
		StorageUnknown:    W{"De gemte filer fylder %s; browseren oplyser ikke, hvor meget der er plads til.", "The kept files take %s; the browser does not say how much room there is."},
		WaitingLead:       W{"Linket bygger på et datasæt, som ikke findes i denne browser. Grebene og visningen fra linket er gemt og vises, så snart data er importeret.", "The link is built on a dataset that is not in this browser. The link's levers and view are kept and shown as soon as the data is imported."},
		WaitingFiles:      W{"Importér disse filer:", "Import these files:"},
		WaitingNoFiles:    W{"Importér de filer, linket er lavet med (spørg afsenderen).", "Import the files the link was made with (ask the sender)."},
		WaitingGo:         W{"Gå til import", "Go to import"},
		WaitingDrop:       W{"Glem linket", "Forget the link"},
		AskBenefit:        W{"%s siger ikke, om den handler om førtidspension eller fleksjob. Hvilken er det?", "%s does not say whether it is about førtidspension (disability pension) or fleksjob (flex jobs). Which is it?"},
		AskFP:             W{"Førtidspension", "Førtidspension"},
		AskFlex:           W{"Fleksjob", "Fleksjob"},
		TemplateTitle:     W{"skabelonen", "the template"},
		TemplateHelp:      W{"Sagstal pr. område, fokusmål og egne rammevilkår indtastes i skabelonen (CSV med alle 98 kommuner) og importeres her.", "Caseloads per area, focus targets and your own framework conditions go into the template (CSV with all 98 municipalities) and are imported here."},
		TemplateButton:    W{"Hent skabelon (CSV)", "Download template (CSV)"},
		BundleTitle:       W{"Del visningen med data", "Share the view with its data"},
		BundleHelp:        W{"Et link kan ikke bære data. Gem i stedet hele visningen med datasættets filer som én fil; den åbnes her (vælg eller træk filen ind) på en anden enhed, også uden net, og kommandolinjen læser den med --data.", "A link cannot carry data. Save the whole view with the dataset's files as one file instead; it opens here (choose or drop the file) on another device, also offline, and the command line reads it with --data."},
		BundleButton:      W{"Gem visning med data", "Save view with data"},
		BundleDemo:        W{"Eksempeldata følger med appen: del blot linket.", "The illustrative data comes with the app: share the link."},
		ChooseFiles:       W{"Vælg filer", "Choose files"},
		NeedFmt:           W{"For at bruge %s: %s.", "To use %s: %s."},
		FilesCount:        W{"filer", "files"},
		Levers: map[string]W{
			"fp":          {"førtidspension", "førtidspension"},
			"flex":        {"fleksjob", "fleksjob"},
			"population":  {"befolkningen 16–66 år", "the population aged 16–66"},
			"alder5066":   {"andel 50–66 år", "share aged 50–66"},
			"ikkevestlig": {"andel ikke-vestlige", "share of non-Western origin"},
			"grundskole":  {"andel med grundskole", "share with basic schooling"},
			"fpmodtagere": {"andel på førtidspension", "share on førtidspension"},
			"caseload":    {"sagstal", "caseloads"},
			"fokus":       {"fokusmål", "focus targets"},
			"dp":          {"a-dagpenge", "unemployment benefit"},
			"kth":         {"kontanthjælp", "social assistance"},
			"syg":         {"sygedagpenge", "sickness benefit"},
		},
		Kinds: map[dataset.Kind]W{
			dataset.KindY30R21:   {"benchmark (Y30R21)", "benchmark (Y30R21)"},
			dataset.KindBenefit:  {"ydelse (Jobindsats)", "benefit (Jobindsats)"},
			dataset.KindStatBank: {"Statistikbanken", "StatBank"},
			dataset.KindTemplate: {"skabelon", "template"},
		},
	}
})

var dataBook = newBook[Data[W], Data[string]](dataW)

// DataMsg returns the Data page's dataset words in lang.
func DataMsg(lang Lang) *Data[string] { return dataBook.in(lang) }

// LeverList names levers: "førtidspension, fleksjob og befolkningen 16–66 år".
func (t UIText) LeverList(ids []string) string {
	d := DataMsg(t.lang)
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if n, ok := d.Levers[id]; ok {
			names = append(names, n)
		} else {
			names = append(names, id)
		}
	}
	if len(names) == 0 {
		return "–"
	}
	return and(names, t.lang)
}

// ImportFor says what to import for a lever: "importér PTV_A02 eller Y10A02".
func (t UIText) ImportFor(id string) string {
	l, ok := dataset.LeverByID(id)
	if !ok {
		return ""
	}
	d := DataMsg(t.lang)
	tables := make([]string, len(l.Tables))
	for i, tb := range l.Tables {
		if tb == "template" {
			tb = d.TemplateTitle
		}
		tables[i] = tb
	}
	return fmt.Sprintf(d.ImportFor, strings.Join(tables, W{" eller ", " or "}.In(t.lang)))
}
