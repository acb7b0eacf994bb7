package corpus

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/cyberdesk-dev/cyberdesk/data/extract"
	"github.com/cyberdesk-dev/cyberdesk/data/page"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// outletCountry drafts the country of a new outlet from what the page
// says of it, by the built-in table of countries: the country-code end
// of the site's address (.al, .co.uk), else a country, demonym or
// capital in the outlet's name ("The Times of Israel", "Tehran Times").
// Both are inferences, and the note says which words they rest on; a
// page that says neither drafts no country.
func outletCountry(name string, p *page.Page) (code, basis, note string) {
	if c, ok := p.First(page.URL); ok {
		host := hostOf(c.Value)
		tld := host[strings.LastIndexByte(host, '.')+1:]
		if tld == "uk" {
			tld = "gb" // the one country-code domain that is not the ISO code
		}
		if len(tld) == 2 && !genericDomains[tld] && extract.CountryName(strings.ToUpper(tld)) != "" {
			return strings.ToUpper(tld), "inferred", fmt.Sprintf("the site's address, %s, ends in a country's domain; check that the outlet is based there", host)
		}
	}
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '\'' })
	for n := 3; n >= 1; n-- { // the longest run first: "United Kingdom" before "Kingdom"
		for i := 0; i+n <= len(words); i++ {
			run := strings.Join(words[i:i+n], " ")
			if code, ok := extract.Country(run); ok && unicode.IsUpper([]rune(run)[0]) {
				return code, "inferred", fmt.Sprintf("the outlet's name says %q; check that the outlet is based there", run)
			}
		}
	}
	return "", "", ""
}

// genericDomains are country-code domains sites anywhere use for their
// letters (.io, .tv, .me), which say nothing of where an outlet is.
var genericDomains = map[string]bool{
	"ac": true, "ai": true, "cc": true, "co": true, "fm": true, "gg": true, "io": true, "la": true,
	"ly": true, "me": true, "nu": true, "sh": true, "so": true, "to": true, "tv": true, "ws": true,
}

// namedCountries gives every country code the parts use, and the
// manifest and annotations do not name, its name from the built-in
// table, so a manifest needs a countries map only to override it.
func namedCountries(p *timeline.Parts) {
	name := func(code string) {
		if _, ok := p.Countries[code]; !ok && code != "" {
			if n := extract.CountryName(code); n != "" {
				p.Countries[code] = n
			}
		}
	}
	for _, o := range p.Outlets {
		name(o.Country)
	}
	for _, a := range p.Actors {
		name(a.Country)
	}
	for _, e := range p.Events {
		for _, c := range e.Countries {
			name(c)
		}
	}
}
