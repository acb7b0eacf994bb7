// Package untrusted makes text written by others safe to show on a
// terminal.
//
// Article texts, titles, names, file paths and anything else that came
// from a file or a command line may hold escape sequences, control
// characters, bidirectional overrides or invisible runes that would act
// on a terminal or mislead a reader. [Clean] and [CleanLine] remove them,
// leaving a visible mark (⌧) wherever something was taken out.
//
// [Text] is text kept byte for byte because spans count its bytes: an
// article and the passages cited from it. Its String method cleans it, so
// fmt never prints it raw; only Verbatim gives the bytes, for offsets and
// comparison.
//
// Every sink that writes text from data to a terminal or a stream passes
// it through this package: the explorer's views, the commands' tables
// and messages. The package does no I/O and holds no state.
package untrusted
