package extract

import (
	"strings"
	"sync"
)

// countryEntry is one row of countryTable (countries_table.go, generated
// by internal/gencountries from an open database; see its header).
type countryEntry struct {
	code, name                string
	names, demonyms, capitals []string
}

// countryKind says how a word names a country.
type countryKind uint8

const (
	countryName    countryKind = iota + 1 // "Iran", "United States", "U.S."
	countryDemonym                        // "Iranian", "Iranians", "Dutch": an adjective or its people
	countryCapital                        // "Tehran", "Tirana": a city, never a person
)

// countryHit is what a name in the table stands for.
type countryHit struct {
	code string
	kind countryKind
}

// countryIndex maps every name, demonym (and its plural) and capital in
// countryTable to its country, built once on first use. A word that two
// countries share keeps the first's: an independent state's before a
// territory's ("Dutch").
var countryIndex = sync.OnceValue(func() map[string]countryHit {
	m := map[string]countryHit{}
	put := func(s string, h countryHit) {
		if _, ok := m[s]; !ok && s != "" {
			m[s] = h
		}
	}
	for _, c := range countryTable {
		put(c.name, countryHit{c.code, countryName})
		for _, n := range c.names {
			put(n, countryHit{c.code, countryName})
		}
	}
	for _, c := range countryTable {
		for _, d := range c.demonyms {
			put(d, countryHit{c.code, countryDemonym})
			if !strings.HasSuffix(d, "s") && !strings.HasSuffix(d, "ese") && !strings.HasSuffix(d, "sh") && !strings.HasSuffix(d, "ch") {
				put(d+"s", countryHit{c.code, countryDemonym})
			}
		}
	}
	for _, c := range countryTable {
		for _, n := range c.capitals {
			put(n, countryHit{c.code, countryCapital})
		}
	}
	return m
})

// countryOf returns the country the capitalised words s name, if any.
func countryOf(s string) (countryHit, bool) {
	h, ok := countryIndex()[s]
	return h, ok
}

// countryNameOf returns the common English name of the country with code.
func countryNameOf(code string) string {
	for _, c := range countryTable {
		if c.code == code {
			return c.name
		}
	}
	return ""
}

// Country returns the ISO 3166-1 code of the country words name, by the
// built-in table: its name ("Israel", "U.S."), a demonym ("Israeli") or
// its capital ("Jerusalem"), capitalised as written.
func Country(words string) (code string, ok bool) {
	h, ok := countryOf(words)
	return h.code, ok
}

// CountryName returns the common English name the built-in table gives
// the country with code, or "" if the table has no such country.
func CountryName(code string) string { return countryNameOf(code) }

// countryIn returns the country words name, reading them from the first:
// at each word the longest place or country name that starts there is
// taken whole, so that a place of several words is never read as the
// country inside it ("New Jersey Gov." is not Jersey; "New Mexico" is not
// Mexico). Capitals give no country (a capital is where a title is held,
// not whose it is). The words are as written, capitalised.
func countryIn(words []string) string { return countryInWords(words, false) }

// countryInWords is countryIn, with capitals giving their country when
// capitals is set: an organisation's name ("Tehran Municipality").
func countryInWords(words []string, capitals bool) string {
	for i := 0; i < len(words); {
		taken := 0
		for j := min(len(words), i+4); j > i+1 && taken == 0; j-- {
			if placeNames[strings.ToLower(strings.Join(words[i:j], "_"))] {
				taken = j - i
			}
		}
		if taken > 0 {
			i += taken
			continue
		}
		for j := min(len(words), i+3); j > i; j-- {
			if h, ok := countryOf(strings.Join(words[i:j], " ")); ok {
				if h.kind != countryCapital || capitals {
					return h.code
				}
				taken = j - i
				break
			}
		}
		i += max(taken, 1)
	}
	return ""
}
