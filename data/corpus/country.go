package corpus

import "github.com/cyberdesk-dev/cyberdesk/data/page"

// outletCountry drafts the country of a new outlet: its ISO 3166-1 code,
// the basis and a note. It drafts none yet.
//
// TODO(issue 27): this is the one place the built-in country table plugs
// in. That table (country names and demonyms to ISO codes) is being
// written for data/extract on another branch; once it is on main, look
// up here what the page says of where the outlet is (its JSON-LD
// publisher's address, an og:locale such as "en_GB", a dateline such as
// "KESSEL, 15 April") and return the code, "inferred" and the words it
// came from. No second table is to be written here. Until then a drafted
// outlet has no country, and the manifest needs no countries map.
func outletCountry(name string, p *page.Page) (code, basis, note string) {
	return "", "", ""
}
