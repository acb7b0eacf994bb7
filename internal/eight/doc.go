// Package eight reads text eight bytes at a time: a word of eight bytes
// (a uint64, the first byte in its lowest bits) is tested at once, in a
// few operations, where eight bytes took a test and a branch each (SWAR,
// SIMD within a register). Loading a large file reads most of its bytes
// through such a test: whether a cell, a title or a JSON string is plain
// printable ASCII, left as it is.
//
// The sums and differences these tests take carry from one byte to the
// next only past a byte that fails the test anyway, so a word with no
// such byte sets no bit; where a test must say which bytes, it says so.
package eight
