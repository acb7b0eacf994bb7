package page

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// embedClasses mark a post embedded from a social network (a tweet, an
// Instagram or TikTok post): someone else's words, dated by its own
// line ("— Union (@union) March 12, 2025"), which the article's prose
// reports where it matters. go-readability is asked to keep them.
var embedClasses = []string{"twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "bluesky-embed"}

// embedded reports whether n is a post embedded from a social network.
func embedded(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && slices.ContainsFunc(strings.Fields(a.Val), func(c string) bool { return slices.Contains(embedClasses, c) }) {
			return true
		}
	}
	return false
}

// adLabels are the whole text of a block that stands where an
// advertisement was.
var adLabels = map[string]bool{
	"advertisement": true, "advert": true, "sponsored": true, "skip advertisement": true,
	"story continues below advertisement": true, "article continues below advertisement": true,
	"continue reading the main story": true, "scroll to continue with content": true,
}

// linkLabels open a block that points to another story: "Related:" and
// a headline linked.
var linkLabels = []string{"related:", "read more:", "read also:", "also read:", "see also:", "more:", "recommended:", "watch:", "listen:"}

// furnitureBlock reports whether n is a paragraph or a line of a page's
// furniture set in the article's body: an advertisement's label, or a
// label and a link to another story and nothing more.
func furnitureBlock(n *html.Node) bool {
	switch n.Data {
	case "p", "div", "li", "span", "h2", "h3", "h4", "aside":
	default:
		return false
	}
	text, linked := blockText(n)
	if len(text) > 300 {
		return false
	}
	lower := strings.ToLower(strings.Join(strings.Fields(text), " "))
	if adLabels[strings.TrimRight(lower, " .:")] {
		return true
	}
	for _, l := range linkLabels {
		if rest, ok := strings.CutPrefix(lower, l); ok {
			return strings.TrimSpace(rest) != "" && len(strings.Fields(linked)) >= len(strings.Fields(rest))
		}
	}
	return false
}

// blockText is n's text, and the part of it inside links.
func blockText(n *html.Node) (text, linked string) {
	var all, in strings.Builder
	var walk func(n *html.Node, link bool)
	walk = func(n *html.Node, link bool) {
		if n.Type == html.TextNode {
			all.WriteString(n.Data)
			if link {
				in.WriteString(n.Data + " ")
			}
			return
		}
		link = link || n.Type == html.ElementNode && n.Data == "a"
		for c := n.FirstChild; c != nil && all.Len() <= 300; c = c.NextSibling {
			walk(c, link)
		}
	}
	walk(n, false)
	return all.String(), in.String()
}
