package extract

import "strings"

// places are the places English news names most that the country table
// does not hold: the states of the United States, and large cities. A
// place is not an actor, and a name that is a place is never a person's
// ("New Hampshire", "Los Angeles").
var places = set(`alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
	idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
	mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
	virginia wisconsin wyoming d.c. manhattan brooklyn queens bronx chicago houston philadelphia phoenix
	dallas austin detroit boston seattle denver atlanta miami orlando tampa baltimore cleveland cincinnati
	pittsburgh milwaukee nashville memphis charlotte raleigh richmond minneapolis portland sacramento
	honolulu anchorage omaha tucson albuquerque indianapolis columbus louisville birmingham charleston
	georgia washington savannah newark hollywood silicon london paris berlin madrid rome moscow beijing shanghai tokyo seoul
	delhi mumbai karachi istanbul cairo baghdad damascus beirut kabul riyadh dubai doha tehran jerusalem
	gaza aleppo mosul ramadi fallujah raqqa benghazi tripoli havana caracas toronto montreal vancouver
	sydney melbourne brussels geneva vienna warsaw kyiv kiev athens lisbon dublin edinburgh glasgow
	manchester liverpool munich frankfurt hamburg milan naples barcelona amsterdam stockholm oslo helsinki
	copenhagen prague budapest bucharest belgrade sofia tirana hong kong singapore bangkok jakarta manila
	hanoi taipei nairobi lagos johannesburg kinshasa addis ababa`)

// placeNames are places of more than one word.
var placeNames = set(`new_york new_jersey new_hampshire new_mexico north_carolina south_carolina north_dakota
	south_dakota west_virginia rhode_island new_york_city los_angeles san_francisco san_diego san_antonio
	san_jose las_vegas new_orleans salt_lake_city kansas_city st._louis fort_worth el_paso long_island
	wall_street capitol_hill silicon_valley puerto_rico washington_d.c. new_delhi
	tel_aviv hong_kong sao_paulo rio_de_janeiro buenos_aires mexico_city cape_town abu_dhabi
	oval_office times_square ground_zero west_bank gaza_strip middle_east persian_gulf south_china_sea
	east_coast west_coast midwest`)

// isPlace reports whether whole, a name's words in lower case joined by
// spaces, is a place's name: a state, a region, a city.
func isPlace(whole string) bool {
	return places[whole] || placeNames[strings.ReplaceAll(whole, " ", "_")]
}

// featureOpeners are the words that open the two-word name of a river, a
// lake, a mountain or a cape ("River Wendle", "Lake Brede", "Mount
// Kenya"): a place, not an actor.
var featureOpeners = set(`river lake loch mount cape isle`)
