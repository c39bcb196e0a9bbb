package view

// MaxImportBytes is the largest file the browser imports. Parsing runs on
// the page's one thread, so a much larger file would freeze the page for
// seconds; a Y30R21 extract of six periods is about 2 MB, so this leaves
// room for some 25 periods. The command line (app import) reads up to
// jobindsats.MaxSize.
const MaxImportBytes = 8 << 20
