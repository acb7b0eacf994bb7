package extract

import "strings"

// The title patterns below run the regexp engine over a whole sentence,
// which costs hundreds of instructions a byte; most sentences cannot
// match, and these tests, each a condition every match meets, say so
// for a few instructions a byte.

// quoteLedVerbs are the verbs reQuoteLed and reQuoteLedAppos read after
// the quotation; each match holds one of them after its closing mark.
var quoteLedVerbs = [...]string{"said", "says", "added", "wrote", "writes", "warned", "argued", "told"}

// mayLeadWithQuote reports whether text may match reQuoteLed or
// reQuoteLedAppos: it opens with a quotation mark, the first quotation
// mark after that closes (the quoted words hold none: [^“”"]), and one
// of the verbs follows.
func mayLeadWithQuote(text string) bool {
	var rest string
	switch {
	case strings.HasPrefix(text, `"`):
		rest = text[1:]
	case strings.HasPrefix(text, "“"):
		rest = text[len("“"):]
	default:
		return false
	}
	i := strings.IndexAny(rest, "“”\"")
	if i < 0 || strings.HasPrefix(rest[i:], "“") {
		return false
	}
	rest = rest[i:]
	for _, v := range quoteLedVerbs {
		if strings.Contains(rest, v) {
			return true
		}
	}
	return false
}

// maySayBeforeQuote reports whether text may match reSaidQuote, whose
// every match holds "said," or "says,".
func maySayBeforeQuote(text string) bool {
	return strings.Contains(text, "said,") || strings.Contains(text, "says,")
}

// sayBeforeQuote is reSaidQuote's submatches in text, or nil.
func sayBeforeQuote(text string) []string {
	if !maySayBeforeQuote(text) {
		return nil
	}
	return reSaidQuote().FindStringSubmatch(text)
}
