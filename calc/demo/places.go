package demo

// place holds the project's own approximations for one municipality: where
// it lies, how many residents aged 16–66 it has (around 2021), and what kind
// of place it is. The kind drives the framework-condition covariates of the
// illustrative world. None of these numbers come from the official data.
type place struct {
	code     int
	lat, lon float64 // approximate centre (main town)
	pop      float64 // approximate residents aged 16–66, around 2021
	kind     byte    // see the kinds below
}

// Kinds of place.
const (
	kindCity       = 'C' // one of the big cities' cores
	kindWealthy    = 'W' // well-off suburb
	kindVulnerable = 'V' // suburb with much social housing
	kindSuburb     = 'S' // ordinary suburb or commuter belt
	kindTown       = 'T' // provincial town
	kindRural      = 'R' // rural municipality
	kindPeriphery  = 'P' // periphery and small islands
)

// places is sorted by code, like calc.Municipalities.
var places = []place{
	{101, 55.676, 12.568, 480000, kindCity},      // København
	{147, 55.679, 12.534, 75000, kindCity},       // Frederiksberg
	{151, 55.731, 12.363, 31000, kindSuburb},     // Ballerup
	{153, 55.648, 12.419, 23000, kindVulnerable}, // Brøndby
	{155, 55.593, 12.672, 8800, kindWealthy},     // Dragør
	{157, 55.752, 12.547, 45000, kindWealthy},    // Gentofte
	{159, 55.733, 12.489, 45000, kindSuburb},     // Gladsaxe
	{161, 55.663, 12.398, 15500, kindVulnerable}, // Glostrup
	{163, 55.727, 12.439, 19000, kindSuburb},     // Herlev
	{165, 55.657, 12.354, 18500, kindVulnerable}, // Albertslund
	{167, 55.642, 12.474, 35000, kindVulnerable}, // Hvidovre
	{169, 55.652, 12.271, 34000, kindVulnerable}, // Høje-Taastrup
	{173, 55.771, 12.503, 37000, kindWealthy},    // Lyngby-Taarbæk
	{175, 55.681, 12.451, 26500, kindSuburb},     // Rødovre
	{183, 55.615, 12.352, 15000, kindVulnerable}, // Ishøj
	{185, 55.628, 12.603, 28000, kindSuburb},     // Tårnby
	{187, 55.622, 12.383, 10500, kindSuburb},     // Vallensbæk
	{190, 55.783, 12.341, 25000, kindWealthy},    // Furesø
	{201, 55.871, 12.357, 15500, kindWealthy},    // Allerød
	{210, 55.975, 12.403, 24500, kindSuburb},     // Fredensborg
	{217, 56.036, 12.591, 38000, kindTown},       // Helsingør
	{219, 55.927, 12.300, 33000, kindSuburb},     // Hillerød
	{223, 55.881, 12.502, 14500, kindWealthy},    // Hørsholm
	{230, 55.826, 12.490, 34000, kindWealthy},    // Rudersdal
	{240, 55.780, 12.190, 27000, kindWealthy},    // Egedal
	{250, 55.839, 12.069, 28000, kindSuburb},     // Frederikssund
	{253, 55.588, 12.299, 31000, kindSuburb},     // Greve
	{259, 55.458, 12.182, 39000, kindTown},       // Køge
	{260, 55.966, 11.944, 18500, kindRural},      // Halsnæs
	{265, 55.642, 12.080, 57000, kindTown},       // Roskilde
	{269, 55.536, 12.221, 14000, kindWealthy},    // Solrød
	{270, 56.053, 12.253, 24000, kindRural},      // Gribskov
	{306, 55.883, 11.597, 19000, kindPeriphery},  // Odsherred
	{316, 55.717, 11.714, 45000, kindTown},       // Holbæk
	{320, 55.256, 12.118, 22500, kindRural},      // Faxe
	{326, 55.681, 11.089, 30000, kindRural},      // Kalundborg
	{329, 55.443, 11.790, 22500, kindTown},       // Ringsted
	{330, 55.403, 11.354, 49000, kindTown},       // Slagelse
	{336, 55.328, 12.300, 14000, kindSuburb},     // Stevns
	{340, 55.432, 11.556, 18500, kindRural},      // Sorø
	{350, 55.602, 11.973, 17500, kindSuburb},     // Lejre
	{360, 54.766, 11.450, 23500, kindPeriphery},  // Lolland
	{370, 55.230, 11.761, 51000, kindTown},       // Næstved
	{376, 54.769, 11.874, 36000, kindPeriphery},  // Guldborgsund
	{390, 55.009, 11.911, 27000, kindRural},      // Vordingborg
	{400, 55.103, 14.700, 23000, kindPeriphery},  // Bornholm
	{410, 55.506, 9.730, 24500, kindRural},       // Middelfart
	{420, 55.271, 9.900, 25000, kindRural},       // Assens
	{430, 55.237, 10.240, 31000, kindRural},      // Faaborg-Midtfyn
	{440, 55.452, 10.657, 14500, kindRural},      // Kerteminde
	{450, 55.313, 10.790, 19500, kindRural},      // Nyborg
	{461, 55.396, 10.388, 136000, kindCity},      // Odense
	{479, 55.059, 10.607, 35000, kindTown},       // Svendborg
	{480, 55.518, 10.196, 18000, kindRural},      // Nordfyns
	{482, 54.930, 10.716, 7000, kindPeriphery},   // Langeland
	{492, 54.883, 10.412, 3300, kindPeriphery},   // Ærø
	{510, 55.250, 9.488, 34500, kindTown},        // Haderslev
	{530, 55.730, 9.112, 17000, kindRural},       // Billund
	{540, 54.909, 9.792, 45000, kindTown},        // Sønderborg
	{550, 54.933, 8.864, 22000, kindPeriphery},   // Tønder
	{561, 55.476, 8.459, 73000, kindTown},        // Esbjerg
	{563, 55.423, 8.406, 2000, kindPeriphery},    // Fanø
	{573, 55.621, 8.481, 30500, kindRural},       // Varde
	{575, 55.481, 9.137, 26500, kindRural},       // Vejen
	{580, 55.044, 9.418, 35500, kindTown},        // Aabenraa
	{607, 55.565, 9.752, 33000, kindTown},        // Fredericia
	{615, 55.861, 9.850, 58000, kindTown},        // Horsens
	{621, 55.490, 9.472, 60000, kindTown},        // Kolding
	{630, 55.709, 9.536, 74000, kindTown},        // Vejle
	{657, 56.139, 8.974, 56000, kindTown},        // Herning
	{661, 56.360, 8.616, 36500, kindTown},        // Holstebro
	{665, 56.548, 8.310, 12000, kindPeriphery},   // Lemvig
	{671, 56.492, 8.584, 12500, kindRural},       // Struer
	{706, 56.307, 10.520, 26000, kindRural},      // Syddjurs
	{707, 56.415, 10.880, 22500, kindPeriphery},  // Norddjurs
	{710, 56.330, 9.950, 30000, kindSuburb},      // Favrskov
	{727, 55.974, 10.150, 14000, kindSuburb},     // Odder
	{730, 56.460, 10.036, 61000, kindTown},       // Randers
	{740, 56.170, 9.545, 59000, kindTown},        // Silkeborg
	{741, 55.870, 10.610, 2100, kindPeriphery},   // Samsø
	{746, 56.040, 9.925, 39000, kindWealthy},     // Skanderborg
	{751, 56.157, 10.211, 250000, kindCity},      // Aarhus
	{756, 56.139, 9.158, 26000, kindRural},       // Ikast-Brande
	{760, 56.090, 8.244, 34000, kindRural},       // Ringkøbing-Skjern
	{766, 55.770, 9.700, 29000, kindRural},       // Hedensted
	{773, 56.795, 8.730, 12000, kindPeriphery},   // Morsø
	{779, 56.567, 9.027, 28000, kindRural},       // Skive
	{787, 56.957, 8.694, 26000, kindPeriphery},   // Thisted
	{791, 56.453, 9.402, 60000, kindTown},        // Viborg
	{810, 57.270, 9.942, 22000, kindRural},       // Brønderslev
	{813, 57.441, 10.537, 35000, kindPeriphery},  // Frederikshavn
	{820, 56.800, 9.380, 22000, kindRural},       // Vesthimmerlands
	{825, 57.270, 11.030, 900, kindPeriphery},    // Læsø
	{840, 56.830, 9.840, 18500, kindSuburb},      // Rebild
	{846, 56.650, 9.980, 25500, kindRural},       // Mariagerfjord
	{849, 57.140, 9.560, 23500, kindRural},       // Jammerbugt
	{851, 57.048, 9.921, 145000, kindCity},       // Aalborg
	{860, 57.464, 9.982, 39000, kindTown},        // Hjørring
}

// bigCities are the four big cities the distance covariate measures to.
var bigCities = [][2]float64{
	{55.676, 12.568}, // København
	{56.157, 10.211}, // Aarhus
	{55.396, 10.388}, // Odense
	{57.048, 9.921},  // Aalborg
}

func placeOf(code int) (place, bool) {
	lo, hi := 0, len(places)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case places[m].code == code:
			return places[m], true
		case places[m].code < code:
			lo = m + 1
		default:
			hi = m
		}
	}
	return place{}, false
}
