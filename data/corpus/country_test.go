package corpus

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cyberdesk-dev/cyberdesk/data/page"
)

// TestOutletCountry: a drafted outlet's country comes from the site's
// country-code domain, else from a country, demonym or capital its name
// holds, each inferred with the words it rests on; otherwise none.
func TestOutletCountry(t *testing.T) {
	withURL := func(u string) *page.Page { return &page.Page{Claims: []page.Claim{{Field: page.URL, Value: u}}} }
	for _, tc := range []struct {
		name string
		p    *page.Page
		code string
		says string
	}{
		{"Tirana Ledger", withURL("https://ledger.example.al/x"), "AL", "ledger.example.al"},
		{"The Courier", withURL("https://www.courier.co.uk/a"), "GB", "www.courier.co.uk"},
		{"The Times of Israel", withURL("https://www.example.com/a"), "IL", `"Israel"`},
		{"The Jerusalem Post", &page.Page{}, "IL", `"Jerusalem"`},
		{"Tehran Times", &page.Page{}, "IR", `"Tehran"`},
		{"The United Kingdom Herald", &page.Page{}, "GB", `"United Kingdom"`},
		{"Middle East Monitor", withURL("https://www.example.com/"), "", ""},
		{"Adriatic Ledger", withURL("https://ledger.example.io/"), "", ""},
	} {
		code, basis, note := outletCountry(tc.name, tc.p)
		if code != tc.code || tc.code != "" && (basis != "inferred" || !strings.Contains(note, tc.says)) || tc.code == "" && basis != "" {
			t.Errorf("%s: %q %q %q; want %q, inferred, a note quoting %s", tc.name, code, basis, note, tc.code, tc.says)
		}
	}
}

// TestCountriesComeFromTheTable: a manifest whose outlet is in Albania
// needs no countries map; a code the table does not know still fails,
// naming it.
func TestCountriesComeFromTheTable(t *testing.T) {
	m := byoCorpus(map[string]string{"a": "a.txt"}, map[string]string{"a.txt": goodArticle})
	edit(t, m, ManifestFile, `"name": "Test Wire"`, `"name": "Test Wire", "country": "AL"`)
	c, err := Open(m, "corpus", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if name := c.Dataset.Countries()["AL"]; name != "Albania" {
		t.Errorf("AL is %q, want Albania from the built-in table", name)
	}
	edit(t, m, ManifestFile, `"country": "AL"`, `"country": "QQ"`)
	if _, err := Open(m, "corpus", Options{}); err == nil || !strings.Contains(err.Error(), `country "QQ" has no entry in countries`) {
		t.Errorf("an unknown code: %v", err)
	}
	m2 := fstest.MapFS{}
	for k, v := range m {
		m2[k] = v
	}
	edit(t, m2, ManifestFile, `"schema": 2,`, `"schema": 2, "countries": {"QQ": "Quirkland"},`)
	if c, err := Open(m2, "corpus", Options{}); err != nil || c.Dataset.Countries()["QQ"] != "Quirkland" {
		t.Errorf("a countries map still names what the table does not: %v", err)
	}
}
