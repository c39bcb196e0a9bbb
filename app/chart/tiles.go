package chart

// Tile is a municipality's square on the tile map.
type Tile struct {
	Col, Row int    // grid position; row 0 is the north, column 0 the west
	Abbr     string // three-letter label shown on the tile
}

// Tiles places the 98 municipalities, keyed by kommunekode, on a square grid
// roughly where they lie: Jutland in the west (columns 0–4), Funen and its
// islands in the middle (5–8), Zealand (9–12) with the Copenhagen area
// enlarged to the north-east (12–17) so its small municipalities stay
// visible, Lolland-Falster in the south, and Bornholm alone in the far east.
// Tiles touch when they share an edge; every tile but Bornholm's touches one
// of its own region. The layout is the project's own.
var Tiles = map[int]Tile{
	101: {16, 9, "KBH"},  // København
	147: {15, 9, "FRB"},  // Frederiksberg
	151: {13, 7, "BAL"},  // Ballerup
	153: {14, 10, "BRØ"}, // Brøndby
	155: {17, 10, "DRA"}, // Dragør
	157: {16, 8, "GEN"},  // Gentofte
	159: {15, 8, "GLA"},  // Gladsaxe
	161: {13, 9, "GLO"},  // Glostrup
	163: {14, 8, "HEV"},  // Herlev
	165: {13, 8, "ALB"},  // Albertslund
	167: {15, 10, "HVI"}, // Hvidovre
	169: {12, 8, "HTÅ"},  // Høje-Taastrup
	173: {16, 7, "LTK"},  // Lyngby-Taarbæk
	175: {14, 9, "RØD"},  // Rødovre
	183: {12, 9, "ISH"},  // Ishøj
	185: {16, 10, "TÅR"}, // Tårnby
	187: {13, 10, "VAL"}, // Vallensbæk
	190: {14, 7, "FUR"},  // Furesø
	201: {14, 6, "ALL"},  // Allerød
	210: {15, 5, "FRE"},  // Fredensborg
	217: {15, 4, "HEL"},  // Helsingør
	219: {14, 5, "HIL"},  // Hillerød
	223: {15, 6, "HØR"},  // Hørsholm
	230: {15, 7, "RUD"},  // Rudersdal
	240: {13, 6, "EGE"},  // Egedal
	250: {13, 5, "FSU"},  // Frederikssund
	253: {12, 10, "GRE"}, // Greve
	259: {12, 11, "KØG"}, // Køge
	260: {13, 4, "HAL"},  // Halsnæs
	265: {11, 8, "ROS"},  // Roskilde
	269: {11, 10, "SOL"}, // Solrød
	270: {14, 4, "GRI"},  // Gribskov
	306: {11, 6, "ODS"},  // Odsherred
	316: {11, 7, "HOB"},  // Holbæk
	320: {11, 11, "FAX"}, // Faxe
	326: {10, 7, "KAL"},  // Kalundborg
	329: {11, 9, "RIN"},  // Ringsted
	330: {9, 9, "SLA"},   // Slagelse
	336: {12, 12, "STE"}, // Stevns
	340: {10, 9, "SOR"},  // Sorø
	350: {10, 8, "LEJ"},  // Lejre
	360: {9, 12, "LOL"},  // Lolland
	370: {10, 10, "NÆS"}, // Næstved
	376: {10, 12, "GUL"}, // Guldborgsund
	390: {10, 11, "VOR"}, // Vordingborg
	400: {19, 11, "BOR"}, // Bornholm
	410: {5, 8, "MID"},   // Middelfart
	420: {5, 9, "ASS"},   // Assens
	430: {6, 10, "FMF"},  // Faaborg-Midtfyn
	440: {7, 8, "KER"},   // Kerteminde
	450: {7, 9, "NYB"},   // Nyborg
	461: {6, 9, "ODE"},   // Odense
	479: {7, 10, "SVE"},  // Svendborg
	480: {6, 8, "NFY"},   // Nordfyns
	482: {8, 10, "LAN"},  // Langeland
	492: {6, 11, "ÆRØ"},  // Ærø
	510: {2, 9, "HAD"},   // Haderslev
	530: {1, 7, "BIL"},   // Billund
	540: {3, 10, "SØN"},  // Sønderborg
	550: {1, 9, "TØN"},   // Tønder
	561: {0, 8, "ESB"},   // Esbjerg
	563: {0, 9, "FAN"},   // Fanø
	573: {0, 7, "VAR"},   // Varde
	575: {1, 8, "VEN"},   // Vejen
	580: {2, 10, "ABR"},  // Aabenraa
	607: {3, 8, "FRC"},   // Fredericia
	615: {4, 7, "HOR"},   // Horsens
	621: {2, 8, "KOL"},   // Kolding
	630: {2, 7, "VEJ"},   // Vejle
	657: {1, 5, "HRN"},   // Herning
	661: {0, 5, "HOL"},   // Holstebro
	665: {0, 3, "LEM"},   // Lemvig
	671: {0, 4, "STR"},   // Struer
	706: {4, 5, "SDJ"},   // Syddjurs
	707: {4, 4, "NDJ"},   // Norddjurs
	710: {2, 4, "FAV"},   // Favrskov
	727: {3, 6, "ODD"},   // Odder
	730: {3, 4, "RAN"},   // Randers
	740: {2, 5, "SIL"},   // Silkeborg
	741: {4, 6, "SAM"},   // Samsø
	746: {2, 6, "SKA"},   // Skanderborg
	751: {3, 5, "AAR"},   // Aarhus
	756: {1, 6, "IKB"},   // Ikast-Brande
	760: {0, 6, "RKS"},   // Ringkøbing-Skjern
	766: {3, 7, "HED"},   // Hedensted
	773: {0, 2, "MOR"},   // Morsø
	779: {1, 3, "SKI"},   // Skive
	787: {0, 1, "THI"},   // Thisted
	791: {1, 4, "VIB"},   // Viborg
	810: {2, 1, "BRS"},   // Brønderslev
	813: {3, 0, "FHV"},   // Frederikshavn
	820: {1, 2, "VHI"},   // Vesthimmerlands
	825: {4, 0, "LÆS"},   // Læsø
	840: {2, 3, "REB"},   // Rebild
	846: {3, 3, "MAF"},   // Mariagerfjord
	849: {1, 1, "JAM"},   // Jammerbugt
	851: {2, 2, "AAL"},   // Aalborg
	860: {2, 0, "HJØ"},   // Hjørring
}

// gridSize is the number of columns and rows the tiles span.
func gridSize() (cols, rows int) {
	for _, t := range Tiles {
		cols, rows = max(cols, t.Col+1), max(rows, t.Row+1)
	}
	return
}
