package text

// Figures are the words drawn into the charts and the tile map, and their
// text alternatives (app/chart). Many are pieces of a sentence that the
// chart joins with names and numbers, so their spaces matter.
type Figures[T any] struct {
	// Shared by several charts.
	Municipality, Rank, RankAxis, BetterThanExpected, WorseThanExpected T
	Of, Weighted, NationalAverage, ExpectedShare                        T
	MoveUpFmt, MoveDownFmt, Unchanged                                   T

	// Funnel.
	FunnelTitle, FunnelX, FunnelY, FunnelWorse, FunnelBetter T
	Limit95, Limit998, Outside95, Outside998, Inside         T
	FunnelFor, FunnelMunicipalities, NoneOutside998          T
	LieOutside998, BetterList, WorseList, LieOutside95       T
	FunnelColPopulation, FunnelColDiff, FunnelColFunnel      T

	// Rank intervals.
	IntervalsTitle, IntervalsX, IntervalsY, IntervalsFor T
	IntervalsWidest, IntervalsPlaces                     T

	// Who moves.
	MovesTitle, Official, Scenario, NoneMoves, MovesFrom T
	MovesMunicipalities, MovesLargest, MovesColChange    T

	// Rank history.
	HistoryTitle, ScopeChange, HistoryOver, HistoryPeriods T
	NoRanks, ScopeChangedBefore, NotComparable             T

	// Why this expected share (waterfall).
	WhyTitle, WhyX, OfficialExpected, WhyNote, WhyShare T
	WhyAgainst, WhyLargest, WhyPoints                   T
	WhyColStep, WhyColContribution, WhyColLevel         T

	// Connected vessels.
	VesselsTitle, VesselsX, VesselsY, Slope, VesselsCorner T
	FittedLine, AssumedRelation, VesselsAlt, VesselsSlope  T
	VesselsTenPct, VesselsAssumed, VesselsColKTH           T
	VesselsColFP                                           T

	// The tile map.
	NoData, RankOf, SameRank, Places, AsExpected, PPComma   T
	MapChange, MapDiff, BetterRank, WorseRank               T
	MovedUp, MovedDown, Rank1, Middle, InTheMiddle, Missing T
	Best, Worst, MapColValue, MapColDescription             T
}

// figuresW is the section, Danish and English side by side.
var figuresW = Figures[W]{
	Municipality:       W{"Kommune", "Municipality"},
	Rank:               W{"Placering", "Rank"},
	RankAxis:           W{"Placering (1 = bedst)", "Rank (1 = best)"},
	BetterThanExpected: W{"bedre end forventet", "better than expected"},
	WorseThanExpected:  W{"dårligere end forventet", "worse than expected"},
	Of:                 W{" af ", " of "},
	Weighted:           W{" (vægtet efter indbyggere)", " (weighted by residents)"},
	NationalAverage:    W{"Landsgennemsnit", "National average"},
	ExpectedShare:      W{"Forventet andel", "Expected share"},
	MoveUpFmt:          W{"op %d", "up %d"},
	MoveDownFmt:        W{"ned %d", "down %d"},
	Unchanged:          W{"uændret", "unchanged"},

	FunnelTitle:          W{"Tragtplot\n", "Funnel plot\n"},
	FunnelX:              W{"Indbyggere 16–66 år (logaritmisk skala)", "Residents aged 16–66 (log scale)"},
	FunnelY:              W{"Faktisk − forventet andel, procentpoint", "Actual − expected share, percentage points"},
	FunnelWorse:          W{"↑ dårligere end forventet", "↑ worse than expected"},
	FunnelBetter:         W{"↓ bedre end forventet", "↓ better than expected"},
	Limit95:              W{"95 %-grænse", "95 % limit"},
	Limit998:             W{"99,8 %-grænse", "99.8 % limit"},
	Outside95:            W{"uden for 95 %", "outside 95 %"},
	Outside998:           W{"uden for 99,8 %", "outside 99.8 %"},
	Inside:               W{"inden for", "inside"},
	FunnelFor:            W{"Tragtplot for ", "Funnel plot for "},
	FunnelMunicipalities: W{" kommuner. ", " municipalities. "},
	NoneOutside998:       W{"Ingen ligger uden for 99,8 %-grænserne", "None lies outside the 99.8 % limits"},
	LieOutside998:        W{" ligger uden for 99,8 %-grænserne", " lie outside the 99.8 % limits"},
	BetterList:           W{"; bedre end forventet: ", "; better than expected: "},
	WorseList:            W{"; dårligere end forventet: ", "; worse than expected: "},
	LieOutside95:         W{" ligger uden for 95 %-grænserne.", " lie outside the 95 % limits."},
	FunnelColPopulation:  W{"Indbyggere 16–66 år", "Residents 16–66"},
	FunnelColDiff:        W{"Forskel, pct.-point", "Difference, pp"},
	FunnelColFunnel:      W{"Tragt", "Funnel"},

	IntervalsTitle: W{"Placering med usikkerhed\n", "Rank with uncertainty\n"},
	// Two lines: one is wider than a phone-sized chart.
	IntervalsX:      W{"Placering (1 = bedst)\nprik: placering, streg: plausibelt interval (95 %)", "Rank (1 = best)\ndot: rank, bar: plausible interval (95 %)"},
	IntervalsY:      W{"Plausible placeringer", "Plausible ranks"},
	IntervalsFor:    W{"Placeringer med plausible intervaller (95 %) for ", "Ranks with plausible intervals (95 %) for "},
	IntervalsWidest: W{" kommuner; det bredeste interval spænder over ", " municipalities; the widest interval spans "},
	IntervalsPlaces: W{" pladser.", " places."},

	MovesTitle:          W{"Hvem flytter sig?\n", "Who moves?\n"},
	Official:            W{"Officiel", "Official"},
	Scenario:            W{"Scenarie", "Scenario"},
	NoneMoves:           W{"Ingen kommuner flytter sig", "No municipality moves"},
	MovesFrom:           W{"Fra officiel placering til scenariets placering, ", "From official rank to the scenario's rank, "},
	MovesMunicipalities: W{" kommuner flytter sig.", " municipalities move."},
	MovesLargest:        W{" Største flytninger: ", " Largest moves: "},
	MovesColChange:      W{"Ændring", "Change"},

	HistoryTitle:       W{"Placering over tid\n", "Rank over time\n"},
	ScopeChange:        W{"Ændret opgørelse", "Scope change"},
	HistoryOver:        W{"Placering over ", "Rank over "},
	HistoryPeriods:     W{" perioder, ", " periods, "},
	NoRanks:            W{"ingen placeringer", "no ranks"},
	ScopeChangedBefore: W{" Opgørelsen blev ændret før ", " The scope changed before "},
	NotComparable:      W{"; placeringerne før og efter kan ikke sammenlignes direkte.", "; ranks before and after are not directly comparable."},

	WhyTitle:           W{"Hvorfor denne forventning?\n", "Why this expected share?\n"},
	WhyX:               W{"Forventet andel af 16–66-årige, pct.", "Expected share of residents aged 16–66, pct."},
	OfficialExpected:   W{"Officielt forventet andel i alt", "Official expected total share"},
	WhyNote:            W{"orange: hæver forventningen · blå: sænker den", "orange: raises the expected share · blue: lowers it"},
	WhyShare:           W{": forventet andel ", ": expected share "},
	WhyAgainst:         W{" % mod landsgennemsnittet ", " % against the national average "},
	WhyLargest:         W{" Størst bidrag: ", " Largest contribution: "},
	WhyPoints:          W{" procentpoint.", " percentage points."},
	WhyColStep:         W{"Trin", "Step"},
	WhyColContribution: W{"Bidrag, pct.-point", "Contribution, pp"},
	WhyColLevel:        W{"Niveau, pct.", "Level, pct."},

	VesselsTitle:    W{"Forbundne kar\nkontanthjælp og førtidspension", "Connected vessels\nsocial assistance and disability pension"},
	VesselsX:        W{"Kontanthjælp: faktisk over forventet, pct.", "Social assistance: actual above expected, pct."},
	VesselsY:        W{"Førtidspension: faktisk over forventet, pct.", "Disability pension: actual above expected, pct."},
	Slope:           W{"Hældning ", "Slope "},
	VesselsCorner:   W{"↖ færre på kontanthjælp, flere på førtidspension", "↖ fewer on social assistance, more on disability pension"},
	FittedLine:      W{"Tilpasset linje", "Fitted line"},
	AssumedRelation: W{"Antaget sammenhæng ", "Assumed relation "},
	VesselsAlt:      W{"Forbundne kar: ", "Connected vessels: "},
	VesselsSlope:    W{" kommuner. Den tilpassede linje har hældningen ", " municipalities. The fitted line has slope "},
	VesselsTenPct:   W{": 10 % flere på kontanthjælp end forventet følger ", ": 10 % more on social assistance than expected goes with "},
	VesselsAssumed:  W{" % på førtidspension. Antaget i scenariet: ", " % on disability pension. Assumed in the scenario: "},
	VesselsColKTH:   W{"Kontanthjælp over forventet, pct.", "Social assistance above expected, pct."},
	VesselsColFP:    W{"Førtidspension over forventet, pct.", "Disability pension above expected, pct."},

	NoData:            W{"ingen data", "no data"},
	RankOf:            W{"plads ", "rank "},
	SameRank:          W{"samme placering", "same rank"},
	Places:            W{" pladser", " places"},
	AsExpected:        W{"som forventet", "as expected"},
	PPComma:           W{" procentpoint, ", " percentage points, "},
	MapChange:         W{"Flytning i placering, officiel → scenarie", "Change in rank, official → scenario"},
	MapDiff:           W{"Faktisk minus forventet andel, procentpoint", "Actual minus expected share, percentage points"},
	BetterRank:        W{"bedre placering", "better rank"},
	WorseRank:         W{"dårligere placering", "worse rank"},
	MovedUp:           W{"rykket op", "moved up"},
	MovedDown:         W{"rykket ned", "moved down"},
	Rank1:             W{"plads 1", "rank 1"},
	Middle:            W{"midten", "middle"},
	InTheMiddle:       W{"i midten", "in the middle"},
	Missing:           W{"uden data", "without data"},
	Best:              W{" Bedst: ", " Best: "},
	Worst:             W{" Dårligst: ", " Worst: "},
	MapColValue:       W{"Værdi", "Value"},
	MapColDescription: W{"Beskrivelse", "Description"},
}

var figuresBook = newBook[Figures[W], Figures[string]](func() *Figures[W] { return &figuresW })

// FigureMsg returns the figures' words in lang.
func FigureMsg(lang Lang) *Figures[string] { return figuresBook.in(lang) }
