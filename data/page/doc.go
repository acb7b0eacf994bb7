// Package page reads a web page saved from a news site (.html, .htm) for
// the article it carries: the article's text, and what the page's markup
// says about it, each claim with the tag that makes it and its line.
//
// The text is what a reader of the page reads: its headline, its byline
// and dateline as the page shows them, then the article's paragraphs, one
// blank line between two, as codeberg.org/readeck/go-readability finds
// them (Mozilla's Readability, which leaves out navigation, comments,
// related-article lists and other page furniture). It is valid UTF-8
// whatever charset the page was saved in (golang.org/x/net/html/charset
// decodes Windows-1252, ISO-8859-1 and the rest), has LF line endings and
// ends with one newline; a page's bytes always give the same text.
//
// The claims come from the page's own markup, read token by token so each
// has its line: OpenGraph and article meta tags (og:site_name, og:title,
// article:published_time, ...), JSON-LD (a NewsArticle's headline,
// datePublished, author, publisher), <link rel="canonical">, <title>, the
// headline's <h1>, a byline element and a <time> element. A page may make
// several claims of one kind (a published and an updated date, a meta
// author and a byline): all are kept, in page order, and the caller
// chooses.
//
// Read refuses a page that is not an article (a section front, a list of
// links) with a [*NotArticleError] saying why. It never panics: a failure
// inside the extractor is returned as an error.
package page
