package jobindsats

import (
	"strconv"
	"strings"

	"benchsim/calc"
)

const (
	rH = "Region Hovedstaden"
	rS = "Region Sjælland"
	rD = "Region Syddanmark"
	rM = "Region Midtjylland"
	rN = "Region Nordjylland"
)

// Municipalities are Denmark's 98 municipalities with their kommunekode and
// region, named as Jobindsats spells them, sorted by code.
var Municipalities = []calc.Municipality{
	{Code: 101, Name: "København", Region: rH},
	{Code: 147, Name: "Frederiksberg", Region: rH},
	{Code: 151, Name: "Ballerup", Region: rH},
	{Code: 153, Name: "Brøndby", Region: rH},
	{Code: 155, Name: "Dragør", Region: rH},
	{Code: 157, Name: "Gentofte", Region: rH},
	{Code: 159, Name: "Gladsaxe", Region: rH},
	{Code: 161, Name: "Glostrup", Region: rH},
	{Code: 163, Name: "Herlev", Region: rH},
	{Code: 165, Name: "Albertslund", Region: rH},
	{Code: 167, Name: "Hvidovre", Region: rH},
	{Code: 169, Name: "Høje-Taastrup", Region: rH},
	{Code: 173, Name: "Lyngby-Taarbæk", Region: rH},
	{Code: 175, Name: "Rødovre", Region: rH},
	{Code: 183, Name: "Ishøj", Region: rH},
	{Code: 185, Name: "Tårnby", Region: rH},
	{Code: 187, Name: "Vallensbæk", Region: rH},
	{Code: 190, Name: "Furesø", Region: rH},
	{Code: 201, Name: "Allerød", Region: rH},
	{Code: 210, Name: "Fredensborg", Region: rH},
	{Code: 217, Name: "Helsingør", Region: rH},
	{Code: 219, Name: "Hillerød", Region: rH},
	{Code: 223, Name: "Hørsholm", Region: rH},
	{Code: 230, Name: "Rudersdal", Region: rH},
	{Code: 240, Name: "Egedal", Region: rH},
	{Code: 250, Name: "Frederikssund", Region: rH},
	{Code: 253, Name: "Greve", Region: rS},
	{Code: 259, Name: "Køge", Region: rS},
	{Code: 260, Name: "Halsnæs", Region: rH},
	{Code: 265, Name: "Roskilde", Region: rS},
	{Code: 269, Name: "Solrød", Region: rS},
	{Code: 270, Name: "Gribskov", Region: rH},
	{Code: 306, Name: "Odsherred", Region: rS},
	{Code: 316, Name: "Holbæk", Region: rS},
	{Code: 320, Name: "Faxe", Region: rS},
	{Code: 326, Name: "Kalundborg", Region: rS},
	{Code: 329, Name: "Ringsted", Region: rS},
	{Code: 330, Name: "Slagelse", Region: rS},
	{Code: 336, Name: "Stevns", Region: rS},
	{Code: 340, Name: "Sorø", Region: rS},
	{Code: 350, Name: "Lejre", Region: rS},
	{Code: 360, Name: "Lolland", Region: rS},
	{Code: 370, Name: "Næstved", Region: rS},
	{Code: 376, Name: "Guldborgsund", Region: rS},
	{Code: 390, Name: "Vordingborg", Region: rS},
	{Code: 400, Name: "Bornholm", Region: rH},
	{Code: 410, Name: "Middelfart", Region: rD},
	{Code: 420, Name: "Assens", Region: rD},
	{Code: 430, Name: "Faaborg-Midtfyn", Region: rD},
	{Code: 440, Name: "Kerteminde", Region: rD},
	{Code: 450, Name: "Nyborg", Region: rD},
	{Code: 461, Name: "Odense", Region: rD},
	{Code: 479, Name: "Svendborg", Region: rD},
	{Code: 480, Name: "Nordfyns", Region: rD},
	{Code: 482, Name: "Langeland", Region: rD},
	{Code: 492, Name: "Ærø", Region: rD},
	{Code: 510, Name: "Haderslev", Region: rD},
	{Code: 530, Name: "Billund", Region: rD},
	{Code: 540, Name: "Sønderborg", Region: rD},
	{Code: 550, Name: "Tønder", Region: rD},
	{Code: 561, Name: "Esbjerg", Region: rD},
	{Code: 563, Name: "Fanø", Region: rD},
	{Code: 573, Name: "Varde", Region: rD},
	{Code: 575, Name: "Vejen", Region: rD},
	{Code: 580, Name: "Aabenraa", Region: rD},
	{Code: 607, Name: "Fredericia", Region: rD},
	{Code: 615, Name: "Horsens", Region: rM},
	{Code: 621, Name: "Kolding", Region: rD},
	{Code: 630, Name: "Vejle", Region: rD},
	{Code: 657, Name: "Herning", Region: rM},
	{Code: 661, Name: "Holstebro", Region: rM},
	{Code: 665, Name: "Lemvig", Region: rM},
	{Code: 671, Name: "Struer", Region: rM},
	{Code: 706, Name: "Syddjurs", Region: rM},
	{Code: 707, Name: "Norddjurs", Region: rM},
	{Code: 710, Name: "Favrskov", Region: rM},
	{Code: 727, Name: "Odder", Region: rM},
	{Code: 730, Name: "Randers", Region: rM},
	{Code: 740, Name: "Silkeborg", Region: rM},
	{Code: 741, Name: "Samsø", Region: rM},
	{Code: 746, Name: "Skanderborg", Region: rM},
	{Code: 751, Name: "Aarhus", Region: rM},
	{Code: 756, Name: "Ikast-Brande", Region: rM},
	{Code: 760, Name: "Ringkøbing-Skjern", Region: rM},
	{Code: 766, Name: "Hedensted", Region: rM},
	{Code: 773, Name: "Morsø", Region: rN},
	{Code: 779, Name: "Skive", Region: rM},
	{Code: 787, Name: "Thisted", Region: rN},
	{Code: 791, Name: "Viborg", Region: rM},
	{Code: 810, Name: "Brønderslev", Region: rN},
	{Code: 813, Name: "Frederikshavn", Region: rN},
	{Code: 820, Name: "Vesthimmerlands", Region: rN},
	{Code: 825, Name: "Læsø", Region: rN},
	{Code: 840, Name: "Rebild", Region: rN},
	{Code: 846, Name: "Mariagerfjord", Region: rN},
	{Code: 849, Name: "Jammerbugt", Region: rN},
	{Code: 851, Name: "Aalborg", Region: rN},
	{Code: 860, Name: "Hjørring", Region: rN},
}

// aliases are other spellings seen in Danish sources, keyed by normName.
var aliases = map[string]string{
	"københavns":               "København",
	"nordfyn":                  "Nordfyns",
	"vesthimmerland":           "Vesthimmerlands",
	"bornholms":                "Bornholm",
	"bornholms regionskommune": "Bornholm",
	"brønderslev dronninglund": "Brønderslev",
}

// aggregates are areas Jobindsats publishes beside the municipalities; rows
// for them are skipped with a warning.
func isAggregate(n string) bool {
	return n == "hele landet" || n == "danmark" || n == "landsgennemsnit" || n == "i alt" ||
		strings.HasPrefix(n, "region ") || strings.HasPrefix(n, "rar ") || strings.HasPrefix(n, "landsdel ")
}

// normName makes a name comparable: lower case, "æ", "ø", "å" as "ae",
// "oe", "aa", hyphens as spaces, a trailing "kommune" dropped.
func normName(s string) string {
	n := normLabel(s)
	n = danishASCII.Replace(n)
	n = strings.ReplaceAll(n, "-", " ")
	n = strings.TrimSuffix(n, " kommune")
	return strings.Join(strings.Fields(n), " ")
}

var danishASCII = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa")

var (
	aliasOf = map[string]string{} // normName of an alias → the Jobindsats name
	byNorm  = map[string]int{}    // normName → index in Municipalities
	byCode  = map[int]int{}       // kommunekode → index in Municipalities
)

func init() {
	for i, m := range Municipalities {
		byNorm[normName(m.Name)] = i
		byCode[m.Code] = i
	}
	for a, name := range aliases {
		aliasOf[normName(a)] = name
		for i, m := range Municipalities {
			if m.Name == name {
				byNorm[normName(a)] = i
			}
		}
	}
}

// lookupMunicipality finds a municipality by name (any common spelling) or
// by kommunekode. It returns the index in Municipalities, or -1.
func lookupMunicipality(s string) int {
	if i, ok := byNorm[normName(s)]; ok {
		return i
	}
	if c, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
		if i, ok := byCode[c]; ok {
			return i
		}
	}
	return -1
}

// suggestMunicipality returns the known name closest to s when it is within
// an edit distance of 2, or "".
func suggestMunicipality(s string) string {
	n := normName(s)
	best, bestD := "", 3
	for _, m := range Municipalities {
		if d := editDistance(n, normName(m.Name), bestD); d < bestD {
			best, bestD = m.Name, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b in runes; it
// returns max as soon as the distance is known to be at least max.
func editDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d >= max || -d >= max {
		return max
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= max {
			return max
		}
		prev, cur = cur, prev
	}
	return min(prev[len(rb)], max)
}
