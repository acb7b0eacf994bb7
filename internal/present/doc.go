// Package present holds what the explorer, the commands and the exports
// show the same way, so a reader meets the same words and marks in all of
// them: each outlet's one-letter mark for narrow columns, the credit line
// of a passage ("Outlet, 2022-10-23"), counts in words.
package present
