package page

import (
	"encoding/json"
	"strings"
)

// articleTypes are the schema.org types of an article (a NewsArticle and
// its kin), as go-readability reads them.
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "AnalysisNewsArticle": true, "AskPublicNewsArticle": true,
	"BackgroundNewsArticle": true, "OpinionNewsArticle": true, "ReportageNewsArticle": true,
	"ReviewNewsArticle": true, "Report": true, "SatiricalArticle": true, "ScholarlyArticle": true,
	"BlogPosting": true, "LiveBlogPosting": true, "TechArticle": true,
}

// pageTypes are schema.org types of a page that is not an article.
var pageTypes = map[string]bool{
	"CollectionPage": true, "ItemList": true, "SearchResultsPage": true, "ProfilePage": true,
	"WebSite": true, "VideoObject": true,
}

// readJSONLD reads one <script type="application/ld+json"> block, whose
// text begins on line: the first article in it (at the top, in a list or
// in an @graph) gives its headline, dates, authors, publisher and URL. A
// block that is not JSON is passed over, as a browser would.
func (s *scan) readJSONLD(src string, line int) {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
	src = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(src), "<!--"), "-->")
	var doc any
	if json.Unmarshal([]byte(src), &doc) != nil {
		return
	}
	var nodes []map[string]any
	var collect func(v any, depth int)
	collect = func(v any, depth int) {
		if depth > 3 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				collect(x, depth+1)
			}
		case map[string]any:
			nodes = append(nodes, v)
			collect(v["@graph"], depth+1)
		}
	}
	collect(doc, 0)
	byID := map[string]map[string]any{}
	for _, n := range nodes {
		if id, ok := n["@id"].(string); ok {
			byID[id] = n
		}
	}
	for _, n := range nodes {
		for _, t := range types(n) {
			s.kind(t, "JSON-LD @type")
		}
	}
	for _, n := range nodes {
		t := articleType(n)
		if t == "" {
			continue
		}
		at := func(key string) int { // the line the member is on
			if i := strings.Index(src, `"`+key+`"`); i >= 0 {
				return line + strings.Count(src[:i], "\n")
			}
			return line
		}
		where := func(path string) string { return "JSON-LD " + t + " " + path }
		if v := str(n["headline"]); v != "" {
			s.add(Claim{Field: Title, Value: v, Where: where(`"headline"`), Line: at("headline")})
		}
		if v := str(n["datePublished"]); v != "" {
			s.add(Claim{Field: Published, Value: v, Where: where(`"datePublished"`), Line: at("datePublished")})
		}
		if v := str(n["dateModified"]); v != "" {
			s.add(Claim{Field: Modified, Value: v, Where: where(`"dateModified"`), Line: at("dateModified")})
		}
		if v := names(n["author"], byID); v != "" {
			s.add(Claim{Field: Byline, Value: v, Where: where(`"author"`), Line: at("author")})
		}
		if v := names(n["publisher"], byID); v != "" {
			s.add(Claim{Field: Publisher, Value: v, Where: where(`"publisher"`), Line: at("publisher")})
		}
		for _, key := range []string{"url", "mainEntityOfPage"} {
			if v := ref(n[key]); strings.Contains(v, "://") {
				s.add(Claim{Field: URL, Value: v, Where: where(`"` + key + `"`), Line: at(key)})
				break
			}
		}
		return // the first article is the page's
	}
}

// types returns a node's @type, one string or a list of them.
func types(n map[string]any) []string {
	switch t := n["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// articleType returns the article type a node has, or "".
func articleType(n map[string]any) string {
	for _, t := range types(n) {
		if articleTypes[t] {
			return t
		}
	}
	return ""
}

// str is a JSON string value on one line, or "".
func str(v any) string {
	s, _ := v.(string)
	return oneLine(s)
}

// ref is a URL given as a string or as {"@id": ...}.
func ref(v any) string {
	if m, ok := v.(map[string]any); ok {
		return str(m["@id"])
	}
	return str(v)
}

// names reads an author or publisher: a name, {"name": ...}, a reference
// {"@id": ...} to a node that has one, or a list of those, joined with
// commas.
func names(v any, byID map[string]map[string]any) string {
	var out []string
	one := func(x any) {
		switch x := x.(type) {
		case string:
			if !strings.Contains(x, "://") {
				out = append(out, oneLine(x))
			}
		case map[string]any:
			name := str(x["name"])
			if name == "" {
				if n, ok := byID[str(x["@id"])]; ok {
					name = str(n["name"])
				}
			}
			if name != "" {
				out = append(out, name)
			}
		}
	}
	if list, ok := v.([]any); ok {
		for _, x := range list[:min(len(list), 16)] {
			one(x)
		}
	} else {
		one(v)
	}
	return strings.Join(out, ", ")
}
