package jobindsats

import (
	"strconv"
	"strings"

	"benchsim/calc"
)

// Municipalities are Denmark's 98 municipalities with their kommunekode and
// region, named as Jobindsats spells them, sorted by code.
var Municipalities = []calc.Municipality{
	{Code: 101, Name: "København", Region: "Region Hovedstaden"},
	{Code: 147, Name: "Frederiksberg", Region: "Region Hovedstaden"},
	{Code: 151, Name: "Ballerup", Region: "Region Hovedstaden"},
	{Code: 153, Name: "Brøndby", Region: "Region Hovedstaden"},
	{Code: 155, Name: "Dragør", Region: "Region Hovedstaden"},
	{Code: 157, Name: "Gentofte", Region: "Region Hovedstaden"},
	{Code: 159, Name: "Gladsaxe", Region: "Region Hovedstaden"},
	{Code: 161, Name: "Glostrup", Region: "Region Hovedstaden"},
	{Code: 163, Name: "Herlev", Region: "Region Hovedstaden"},
	{Code: 165, Name: "Albertslund", Region: "Region Hovedstaden"},
	{Code: 167, Name: "Hvidovre", Region: "Region Hovedstaden"},
	{Code: 169, Name: "Høje-Taastrup", Region: "Region Hovedstaden"},
	{Code: 173, Name: "Lyngby-Taarbæk", Region: "Region Hovedstaden"},
	{Code: 175, Name: "Rødovre", Region: "Region Hovedstaden"},
	{Code: 183, Name: "Ishøj", Region: "Region Hovedstaden"},
	{Code: 185, Name: "Tårnby", Region: "Region Hovedstaden"},
	{Code: 187, Name: "Vallensbæk", Region: "Region Hovedstaden"},
	{Code: 190, Name: "Furesø", Region: "Region Hovedstaden"},
	{Code: 201, Name: "Allerød", Region: "Region Hovedstaden"},
	{Code: 210, Name: "Fredensborg", Region: "Region Hovedstaden"},
	{Code: 217, Name: "Helsingør", Region: "Region Hovedstaden"},
	{Code: 219, Name: "Hillerød", Region: "Region Hovedstaden"},
	{Code: 223, Name: "Hørsholm", Region: "Region Hovedstaden"},
	{Code: 230, Name: "Rudersdal", Region: "Region Hovedstaden"},
	{Code: 240, Name: "Egedal", Region: "Region Hovedstaden"},
	{Code: 250, Name: "Frederikssund", Region: "Region Hovedstaden"},
	{Code: 253, Name: "Greve", Region: "Region Sjælland"},
	{Code: 259, Name: "Køge", Region: "Region Sjælland"},
	{Code: 260, Name: "Halsnæs", Region: "Region Hovedstaden"},
	{Code: 265, Name: "Roskilde", Region: "Region Sjælland"},
	{Code: 269, Name: "Solrød", Region: "Region Sjælland"},
	{Code: 270, Name: "Gribskov", Region: "Region Hovedstaden"},
	{Code: 306, Name: "Odsherred", Region: "Region Sjælland"},
	{Code: 316, Name: "Holbæk", Region: "Region Sjælland"},
	{Code: 320, Name: "Faxe", Region: "Region Sjælland"},
	{Code: 326, Name: "Kalundborg", Region: "Region Sjælland"},
	{Code: 329, Name: "Ringsted", Region: "Region Sjælland"},
	{Code: 330, Name: "Slagelse", Region: "Region Sjælland"},
	{Code: 336, Name: "Stevns", Region: "Region Sjælland"},
	{Code: 340, Name: "Sorø", Region: "Region Sjælland"},
	{Code: 350, Name: "Lejre", Region: "Region Sjælland"},
	{Code: 360, Name: "Lolland", Region: "Region Sjælland"},
	{Code: 370, Name: "Næstved", Region: "Region Sjælland"},
	{Code: 376, Name: "Guldborgsund", Region: "Region Sjælland"},
	{Code: 390, Name: "Vordingborg", Region: "Region Sjælland"},
	{Code: 400, Name: "Bornholm", Region: "Region Hovedstaden"},
	{Code: 410, Name: "Middelfart", Region: "Region Syddanmark"},
	{Code: 420, Name: "Assens", Region: "Region Syddanmark"},
	{Code: 430, Name: "Faaborg-Midtfyn", Region: "Region Syddanmark"},
	{Code: 440, Name: "Kerteminde", Region: "Region Syddanmark"},
	{Code: 450, Name: "Nyborg", Region: "Region Syddanmark"},
	{Code: 461, Name: "Odense", Region: "Region Syddanmark"},
	{Code: 479, Name: "Svendborg", Region: "Region Syddanmark"},
	{Code: 480, Name: "Nordfyns", Region: "Region Syddanmark"},
	{Code: 482, Name: "Langeland", Region: "Region Syddanmark"},
	{Code: 492, Name: "Ærø", Region: "Region Syddanmark"},
	{Code: 510, Name: "Haderslev", Region: "Region Syddanmark"},
	{Code: 530, Name: "Billund", Region: "Region Syddanmark"},
	{Code: 540, Name: "Sønderborg", Region: "Region Syddanmark"},
	{Code: 550, Name: "Tønder", Region: "Region Syddanmark"},
	{Code: 561, Name: "Esbjerg", Region: "Region Syddanmark"},
	{Code: 563, Name: "Fanø", Region: "Region Syddanmark"},
	{Code: 573, Name: "Varde", Region: "Region Syddanmark"},
	{Code: 575, Name: "Vejen", Region: "Region Syddanmark"},
	{Code: 580, Name: "Aabenraa", Region: "Region Syddanmark"},
	{Code: 607, Name: "Fredericia", Region: "Region Syddanmark"},
	{Code: 615, Name: "Horsens", Region: "Region Midtjylland"},
	{Code: 621, Name: "Kolding", Region: "Region Syddanmark"},
	{Code: 630, Name: "Vejle", Region: "Region Syddanmark"},
	{Code: 657, Name: "Herning", Region: "Region Midtjylland"},
	{Code: 661, Name: "Holstebro", Region: "Region Midtjylland"},
	{Code: 665, Name: "Lemvig", Region: "Region Midtjylland"},
	{Code: 671, Name: "Struer", Region: "Region Midtjylland"},
	{Code: 706, Name: "Syddjurs", Region: "Region Midtjylland"},
	{Code: 707, Name: "Norddjurs", Region: "Region Midtjylland"},
	{Code: 710, Name: "Favrskov", Region: "Region Midtjylland"},
	{Code: 727, Name: "Odder", Region: "Region Midtjylland"},
	{Code: 730, Name: "Randers", Region: "Region Midtjylland"},
	{Code: 740, Name: "Silkeborg", Region: "Region Midtjylland"},
	{Code: 741, Name: "Samsø", Region: "Region Midtjylland"},
	{Code: 746, Name: "Skanderborg", Region: "Region Midtjylland"},
	{Code: 751, Name: "Aarhus", Region: "Region Midtjylland"},
	{Code: 756, Name: "Ikast-Brande", Region: "Region Midtjylland"},
	{Code: 760, Name: "Ringkøbing-Skjern", Region: "Region Midtjylland"},
	{Code: 766, Name: "Hedensted", Region: "Region Midtjylland"},
	{Code: 773, Name: "Morsø", Region: "Region Nordjylland"},
	{Code: 779, Name: "Skive", Region: "Region Midtjylland"},
	{Code: 787, Name: "Thisted", Region: "Region Nordjylland"},
	{Code: 791, Name: "Viborg", Region: "Region Midtjylland"},
	{Code: 810, Name: "Brønderslev", Region: "Region Nordjylland"},
	{Code: 813, Name: "Frederikshavn", Region: "Region Nordjylland"},
	{Code: 820, Name: "Vesthimmerlands", Region: "Region Nordjylland"},
	{Code: 825, Name: "Læsø", Region: "Region Nordjylland"},
	{Code: 840, Name: "Rebild", Region: "Region Nordjylland"},
	{Code: 846, Name: "Mariagerfjord", Region: "Region Nordjylland"},
	{Code: 849, Name: "Jammerbugt", Region: "Region Nordjylland"},
	{Code: 851, Name: "Aalborg", Region: "Region Nordjylland"},
	{Code: 860, Name: "Hjørring", Region: "Region Nordjylland"},
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
