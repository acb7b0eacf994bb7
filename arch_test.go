package main

import (
	"go/build"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestImportRules holds the packages to ARCHITECTURE.md's code map: each
// imports only the packages of ours the map allows it.
func TestImportRules(t *testing.T) {
	const mod = "github.com/cyberdesk-dev/cyberdesk/"
	allowed := map[string][]string{
		"":                                   {"internal/cli"},
		"timeline":                           {"internal/untrusted"},
		"internal/untrusted":                 {},
		"internal/present":                   {"timeline", "internal/untrusted"},
		"internal/synth":                     {"timeline", "internal/untrusted"},
		"seeds":                              {},
		"data":                               {"data/internal/bounded", "data/cache", "data/corpus", "data/export", "data/extract", "data/internal/heap", "data/internal/schema", "data/timelinejs", "timeline"},
		"data/cache":                         {"data/internal/bounded", "data/internal/schema", "internal/atomicfile", "internal/untrusted", "timeline"},
		"data/corpus":                        {"data/internal/bounded", "data/extract", "data/internal/schema", "data/page", "seeds", "timeline", "internal/untrusted"},
		"data/page":                          {},
		"data/export":                        {"data/internal/schema", "timeline", "internal/untrusted"},
		"data/timelinejs":                    {"data/internal/schema", "internal/present", "timeline", "internal/untrusted"},
		"data/ics":                           {"internal/present", "timeline", "internal/untrusted"},
		"data/extract":                       {"timeline"},
		"data/extract/internal/gencountries": {},
		"data/internal/schema":               {"timeline", "internal/untrusted"},
		"data/internal/bounded":              {},
		"internal/atomicfile":                {},
		"internal/procstat":                  {},
		"data/internal/heap":                 {},
		"data/internal/testkit":              {"data/internal/schema", "timeline", "internal/untrusted"},
		"internal/cli":                       {"internal/atomicfile", "data", "data/cache", "data/corpus", "data/export", "data/ics", "data/timelinejs", "internal/present", "internal/synth", "internal/untrusted", "model", "timeline"},
		"model":                              {"timeline", "internal/untrusted", "internal/present"},
	}
	out, err := exec.Command("go", "list", "./...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, path := range strings.Fields(string(out)) {
		rel := strings.TrimPrefix(strings.TrimPrefix(path, mod), strings.TrimSuffix(mod, "/"))
		allow, ok := allowed[rel]
		if !ok {
			t.Errorf("%s is not on the code map: add it to ARCHITECTURE.md and to this test", rel)
			continue
		}
		p, err := build.Import(path, ".", 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range p.Imports {
			if dep, ours := strings.CutPrefix(imp, mod); ours && !slices.Contains(allow, dep) {
				t.Errorf("%s imports %s, which the code map does not allow", rel, dep)
			}
		}
	}
}
