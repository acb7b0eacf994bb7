package extract

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles pattern on first use. The package's patterns take
// about 2 ms to compile, which every run of cyberdesk paid at start-up,
// though only reading new articles uses them.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
