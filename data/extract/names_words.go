package extract

import (
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// The words the name finder knows, all lower-case. They are English news
// vocabulary, not lists of names: what heads an organisation's name or a
// place's, what titles a person, what opens a sentence.

// set makes a set of the space-separated words.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// personTitles stand before a person's name as a title or a role
// ("Prime Minister", "Sen.", "Treasury Under Secretary"). The words of
// a ministry or a party before a title ("Foreign Minister", "Democratic
// Sen.") are titles too.
var personTitles = set(`mr mrs ms miss dr sen senator rep representative congressman congresswoman gov governor
	president vice secretary minister deputy prime chief general gen lt col colonel capt captain adm admiral sgt
	sergeant maj cmdr commander judge justice mayor ambassador envoy spokesman spokeswoman spokesperson director
	chairman chairwoman chair ceo cfo coo pope king queen prince princess sheikh rev reverend rabbi imam cardinal
	bishop sir dame lord lady speaker leader officer commissioner attorney sheriff chancellor premier emir ayatollah
	professor prof coach candidate nominee former acting under assistant associate executive senior junior foreign
	interior defense defence finance treasury homeland security intelligence national economy economic trade energy
	health education transport transportation labor labour commerce agriculture veterans affairs majority minority
	whip democratic republican democrat gop libertarian conservative opposition presidential manager adviser
	advisor counselor counsellor aide press top state house senate party campaign host anchor correspondent
	columnist editor founder co-founder president-elect first then-candidate billionaire businessman businesswoman
	mogul tycoon activist analyst strategist pollster lawyer officials official the cyber digital legal
	justice-designate nominee-designate counsel staff
	councillor councilor cllr alderman detective inspector superintendent constable curator trustee farmer
	headteacher nurse surgeon physician scientist researcher economist historian author novelist poet
	actor actress musician artist architect engineer pilot miner fisherman rancher pastor priest
	retired veteran widow resident entrepreneur investor banker producer filmmaker comedian broadcaster
	journalist reporter photographer student`)

// nameSuffixes end a person's name without being its surname.
var nameSuffixes = set(`jr jr. sr sr. ii iii iv`)

// orgHeads end an organisation's name, and say which kind it is.
var orgHeads = map[string]timeline.ActorKind{
	"ministry": timeline.Agency, "department": timeline.Agency, "agency": timeline.Agency, "directorate": timeline.Agency,
	"authority": timeline.Agency, "office": timeline.Agency, "council": timeline.Agency, "service": timeline.Agency,
	"services": timeline.Agency, "police": timeline.Agency, "commission": timeline.Agency, "committee": timeline.Agency,
	"embassy": timeline.Agency, "consulate": timeline.Agency, "army": timeline.Agency, "navy": timeline.Agency,
	"forces": timeline.Agency, "force": timeline.Agency, "guard": timeline.Agency, "command": timeline.Agency,
	"bureau": timeline.Agency, "board": timeline.Agency, "administration": timeline.Government, "treasury": timeline.Agency,
	"pentagon": timeline.Agency, "marines": timeline.Agency, "reserve": timeline.Agency, "secretariat": timeline.Agency,
	"government": timeline.Government, "cabinet": timeline.Government, "house": timeline.Government,
	"senate": timeline.Government, "congress": timeline.Government, "parliament": timeline.Government,
	"assembly": timeline.Government, "legislature": timeline.Government, "knesset": timeline.Government,
	"court": timeline.Agency, "tribunal": timeline.Agency,
	"party": timeline.Organisation, "union": timeline.Organisation, "association": timeline.Organisation,
	"institute": timeline.Organisation, "studies": timeline.Organisation, "institution": timeline.Organisation, "university": timeline.Organisation,
	"college": timeline.Organisation, "school": timeline.Organisation, "academy": timeline.Organisation,
	"centre": timeline.Organisation, "center": timeline.Organisation, "foundation": timeline.Organisation,
	"organization": timeline.Organisation, "organisation": timeline.Organisation, "society": timeline.Organisation,
	"federation": timeline.Organisation, "league": timeline.Organisation, "club": timeline.Organisation,
	"caucus": timeline.Organisation, "campaign": timeline.Organisation, "church": timeline.Organisation,
	"hospital": timeline.Organisation, "fund": timeline.Organisation, "trust": timeline.Organisation,
	"network": timeline.Media, "nations": timeline.Organisation, "cooperation": timeline.Organisation,
	"group": timeline.Group, "movement": timeline.Group, "front": timeline.Group, "brigade": timeline.Group,
	"brigades": timeline.Group, "mujahedin": timeline.Group, "mujahideen": timeline.Group, "taliban": timeline.Group,
	"alliance": timeline.Alliance, "coalition": timeline.Alliance,
	"inc": timeline.Company, "inc.": timeline.Company, "corp": timeline.Company, "corp.": timeline.Company,
	"corporation": timeline.Company, "ltd": timeline.Company, "ltd.": timeline.Company, "llc": timeline.Company,
	"co.": timeline.Company, "company": timeline.Company, "bank": timeline.Company, "airlines": timeline.Company,
	"airways": timeline.Company, "motors": timeline.Company, "industries": timeline.Company, "holdings": timeline.Company,
	"minerals": timeline.Company, "mining": timeline.Company, "securities": timeline.Company,
	"partners": timeline.Company, "technologies": timeline.Company, "systems": timeline.Company, "exchange": timeline.Company,
	"news": timeline.Media, "times": timeline.Media, "post": timeline.Media, "press": timeline.Media,
	"television": timeline.Media, "radio": timeline.Media, "journal": timeline.Media, "magazine": timeline.Media,
	"tribune": timeline.Media, "herald": timeline.Media, "gazette": timeline.Media, "channel": timeline.Media,
	"daily": timeline.Media, "broadcasting": timeline.Media, "register": timeline.Media, "courier": timeline.Media,
	"examiner": timeline.Media, "chronicle": timeline.Media, "inquirer": timeline.Media, "sentinel": timeline.Media,
	"dispatch": timeline.Media, "telegraph": timeline.Media, "bulletin": timeline.Media,
	"insider": timeline.Media, "media": timeline.Company, "entertainment": timeline.Company, "studios": timeline.Company,
	"research": timeline.Organisation, "laboratory": timeline.Organisation, "laboratories": timeline.Organisation,
	"labs": timeline.Company, "corps": timeline.Organisation, "workers": timeline.Organisation, "international": timeline.Organisation,
	"solutions": timeline.Company, "pharmaceuticals": timeline.Company, "computer": timeline.Company,
	"computers": timeline.Company, "enterprises": timeline.Company, "ventures": timeline.Company,
	"associates": timeline.Company, "consulting": timeline.Company, "communications": timeline.Company,
	"energy": timeline.Company, "petroleum": timeline.Company, "brands": timeline.Company, "foods": timeline.Company,
}

// placeHeads end a place's name: a place is not an actor, and never a
// person.
var placeHeads = set(`street st avenue ave road boulevard square park river lake lakes mountain mountains mount
	island islands bay gulf sea ocean coast valley county city town village province region district airport
	station bridge tower towers building hotel hall arena room mansion center stadium beach hills hill heights strait canal peninsula
	desert forest capitol plaza palace castle base camp prison jail port harbor harbour falls springs creek
	territory territories kingdom states coast strip inn pub restaurant cafe`)

// directions open the names of regions: "Middle East", "West Bank".
var directions = set(`north south east west northern southern eastern western central middle upper lower`)

// notNameStarts never open a person's name: "Islamic State", "Jewish
// Agency", and ordinals ("Ninth Circuit", "Second Avenue").
var notNameStarts = set(`islamic jewish muslim catholic arab european african asian latin
	federal royal supreme united general grand great holy
	second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
	fifteenth sixteenth seventeenth eighteenth nineteenth twentieth`)

// thingHeads end the name of a law, an event or a prize: not an actor.
var thingHeads = set(`act bill law amendment treaty accord accords agreement plan program programme award awards prize
	war wars day days games olympics cup series bowl summit conference convention debate debates primary primaries
	caucuses election elections revolution crisis era initiative report index tour festival project operation
	doctrine rule rules code constitution declaration charter protocol deal trial case scandal affair attack attacks
	attacks massacre bombing shooting crash storm hurricane disaster speech address rally march parade show
	season championship tournament open award budget survey poll partnership`)

// singleOrgs are the words that head organisations' names and alone name
// one: "the Senate", "the Pentagon".
var singleOrgs = set(`senate congress parliament pentagon treasury knesset kremlin cabinet`)

// knownGroups are organisations whose names end in no organisation's word.
var knownGroups = map[string]timeline.ActorKind{"islamic state": timeline.Group, "white house": timeline.Government, "kremlin": timeline.Government}

// commonWords open sentences and headlines without being names.
var commonWords = set(`a an the and but or nor so yet for if then than that this these those there here where when
	while why how what which who whom whose it its it's he she they we i you me him her them us our ours your his
	their theirs my mine one ones some any many most more much few several all both each every either neither no
	not none other another such same own after before during since until till from into onto upon with without
	within about above below over under between among across along around through throughout toward towards
	against despite except like unlike beyond near at by in on of off out up down as via per to also even just only
	still again already now today tomorrow yesterday tonight later earlier soon once twice ever never always often
	sometimes perhaps maybe however meanwhile moreover furthermore nevertheless nonetheless although though
	because unless whether instead indeed rather yes well last next first second third new old former late
	early recently currently previously initially finally eventually ultimately overall together back
	separately similarly likewise additionally specifically notably especially
	according asked told said says say added adding noting speaking writing but asked were was is are be been
	being have has had do does did will would could should may might must can shall let let's please thank thanks
	dear one two three four five six seven eight nine ten dozens hundreds thousands millions
	sources officials critics experts analysts residents witnesses people supporters opponents voters
	democrats republicans conservatives liberals americans police authorities investigators prosecutors
	researchers lawmakers leaders members both chief editor update updated breaking read watch related photo
	video advertisement getty images ap reuters afp year years month months week weeks decade decades century`)

// singleTitles are titles that, before a lone surname, make it a person's:
// "Mr. Nelson", "Sen. Cruz", "President Obama".
var singleTitles = set(`mr mr. mrs mrs. ms ms. dr dr. sen sen. senator rep rep. gov gov. governor president
	secretary minister prime judge justice mayor ambassador gen gen. general col col. lt lt. capt capt. adm adm.
	sgt sgt. pope king queen prince princess sheikh rev rev. rabbi imam cardinal bishop sir dame lord lady speaker
	chancellor premier ayatollah prof prof. professor coach candidate nominee chairman chairwoman director
	cllr cllr. councillor councilor alderman detective inspector superintendent constable pastor`)
