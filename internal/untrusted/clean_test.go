package untrusted

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

const (
	mk  = marker   // what Clean writes for removed input
	bad = "\uFFFD" // what Clean writes for invalid UTF-8
)

// cleanCases is the table of TestClean, and FuzzClean's seeds.
var cleanCases = []struct {
	name, in, want string
}{
	// Plain text.
	{"empty", "", ""},
	{"plain ascii", "Hello, world. 1 + 2 = 3 {ok} ~", "Hello, world. 1 + 2 = 3 {ok} ~"},
	{"plain lines", "a\nb\n\nc\n", "a\nb\n\nc\n"},
	{"plain accented", "Tiranë’s café", "Tiranë’s café"},
	{"plain quotes and dashes", "“shared threat” — Lapid…", "“shared threat” — Lapid…"},
	{"plain continuation 0x9B", "Dvořák ě ĝ", "Dvořák ě ĝ"},
	{"plain scripts", "Ελλάδα Україна 日本語 عربي עברית हिन्दी", "Ελλάδα Україна 日本語 عربي עברית हिन्दी"},
	{"plain emoji", "❤️ 1️⃣ 👍🏽", "❤️ 1️⃣ 👍🏽"},
	{"no-break spaces kept", "a\u00a0b\u202fc\u3000d", "a\u00a0b\u202fc\u3000d"},
	{"private use kept", "\ue000 icon \U000F0000", "\ue000 icon \U000F0000"},
	{"literal U+FFFD kept", "a\uFFFDb", "a\uFFFDb"},
	{"marker kept", "a" + mk + "b", "a" + mk + "b"},

	// CSI.
	{"CSI colour", "\x1b[31mred\x1b[0m text", mk + "red" + mk + " text"},
	{"CSI truecolour", "\x1b[1;38;2;255;0;0mbold\x1b[m", mk + "bold" + mk},
	{"CSI colon params", "\x1b[38:2::255:0:0mx", mk + "x"},
	{"CSI cursor left", "abc\x1b[2Dxy", "abc" + mk + "xy"},
	{"CSI cursor up", "up\x1b[1Adown", "up" + mk + "down"},
	{"CSI clear screen", "\x1b[H\x1b[2Jtext", mk + "text"},
	{"CSI private mode", "\x1b[?25lhidden cursor\x1b[?1049h", mk + "hidden cursor" + mk},
	{"CSI intermediate", "\x1b[!pok", mk + "ok"},
	{"CSI adjacent runs one marker", "a\x1b[1m\x1b[31m\x1b[4mb", "a" + mk + "b"},
	{"C1 CSI code point", "\u009b31mred", mk + "red"},
	{"C1 CSI cursor", "x\u009b2Jy", "x" + mk + "y"},

	// String sequences.
	{"OSC 52 clipboard BEL", "a\x1b]52;c;ZXZpbA==\x07b", "a" + mk + "b"},
	{"OSC 52 clipboard ST", "a\x1b]52;c;ZXZpbA==\x1b\\b", "a" + mk + "b"},
	{"OSC 0 title", "\x1b]0;pwned\x07text", mk + "text"},
	{"OSC 2 title ST", "\x1b]2;pwned\x1b\\text", mk + "text"},
	{"OSC 8 hyperlink", "see \x1b]8;;https://evil.example/\x1b\\the report\x1b]8;;\x1b\\ here", "see " + mk + "the report" + mk + " here"},
	{"OSC ended by another ESC", "\x1b]0;t\x1b[31mred", mk + "red"},
	{"OSC UTF-8 body C1 ST", "\x1b]0;café\u009cafter", mk + "after"},
	{"C1 OSC code point", "\u009d52;c;AAAA\u009cvisible", mk + "visible"},
	{"C1 OSC BEL", "\u009d0;title\x07visible", mk + "visible"},
	{"DCS", "a\x1bP1$r0m\x1b\\b", "a" + mk + "b"},
	{"DCS tmux passthrough", "a\x1bPtmux;\x1b\x1b]52;c;AAAA\x07\x1b\\b", "a" + mk + "b"},
	{"C1 DCS", "a\u0090q#0;2;0;0;0\u009cb", "a" + mk + "b"},
	{"APC kitty graphics", "a\x1b_Gf=100;AAAA\x1b\\b", "a" + mk + "b"},
	{"C1 APC", "a\u009fapc\u009cb", "a" + mk + "b"},
	{"PM", "a\x1b^private\x1b\\b", "a" + mk + "b"},
	{"C1 PM", "a\u009eprivate\u009cb", "a" + mk + "b"},
	{"SOS", "a\x1bXstring\x1b\\b", "a" + mk + "b"},
	{"C1 SOS", "a\u0098string\u009cb", "a" + mk + "b"},

	// Other ESC sequences.
	{"ESC c reset", "a\x1bcb", "a" + mk + "b"},
	{"ESC 7 and 8", "a\x1b7b\x1b8c", "a" + mk + "b" + mk + "c"},
	{"ESC charset", "a\x1b(0qqq\x1b(Bb", "a" + mk + "qqq" + mk + "b"},
	{"ESC lone ST", "a\x1b\\b", "a" + mk + "b"},
	{"ESC at end", "abc\x1b", "abc" + mk},
	{"ESC space", "a\x1b b", "a" + mk + " b"},
	{"ESC ESC", "\x1b\x1b[31mx", mk + "x"},
	{"ESC newline", "a\x1b\nb", "a" + mk + "\nb"},

	// Unterminated sequences.
	{"unterminated OSC newline", "\x1b]52;c;AAAA\nvisible", mk + "\nvisible"},
	{"unterminated OSC at end", "text\x1b]0;title", "text" + mk},
	{"unterminated OSC cap", "\x1b]0;" + strings.Repeat("x", maxStringSeq-2) + "visible", mk + "visible"},
	{"unterminated C1 OSC newline", "\u009d0;t\nvisible", mk + "\nvisible"},
	{"unterminated DCS newline", "\x1bPabc\nvisible", mk + "\nvisible"},
	{"unterminated CSI space", "\x1b[31 visible", mk + " visible"},
	{"unterminated CSI newline", "\x1b[31\nnext", mk + "\nnext"},
	{"unterminated CSI non-ASCII", "\x1b[31é", mk + "é"},
	{"unterminated CSI at end", "\x1b[", mk},
	{"CSI space not intermediate", "\x1b[2 q", mk + " q"},

	// Invalid UTF-8.
	{"raw 0x9B byte", "\x9b31mred", bad + "31mred"},
	{"invalid lead before ESC", "\xc3\x1b[31mred", bad + mk + "red"},
	{"invalid lead before C1", "\xe2\u009b31mred", bad + mk + "red"},
	{"invalid run one U+FFFD", "a\xff\xfe\xfdb", "a" + bad + "b"},
	{"overlong ESC", "\xc0\x9b31m", bad + "31m"},
	{"overlong slash", "\xc0\xafx", bad + "x"},
	{"truncated at end", "abc\xe2\x80", "abc" + bad},
	{"surrogate", "\xed\xa0\x80x", bad + "x"},
	{"invalid then literal U+FFFD", "\xff\uFFFD", bad + "\uFFFD"},

	// C0, DEL, C1.
	{"CR overwrite", "abc\rxyz", "abcxyz"},
	{"CRLF", "a\r\nb\r\n", "a\nb\n"},
	{"backspace", "secret\b\b\b\b\b\bpublic", "secret" + mk + "public"},
	{"DEL", "a\x7fb", "a" + mk + "b"},
	{"NUL", "a\x00b", "a" + mk + "b"},
	{"BEL", "ding\x07", "ding" + mk},
	{"VT FF", "a\x0bb\x0cc", "a" + mk + "b" + mk + "c"},
	{"tab", "a\tb\t\tc", "a b  c"},
	{"C1 NEL", "a\u0085b", "a" + mk + "b"},
	{"C1 lone ST", "a\u009cb", "a" + mk + "b"},
	{"C1 other", "a\u0080\u0081b", "a" + mk + "b"},

	// Bidi, invisible, tags, separators, noncharacters.
	{"bidi override", "\u202Eevil", mk + "evil"},
	{"bidi override filename", "invoice\u202Efdp.exe", "invoice" + mk + "fdp.exe"},
	{"bidi embeddings", "a\u202Ab\u202Bc\u202Cd\u202De", "a" + mk + "b" + mk + "c" + mk + "d" + mk + "e"},
	{"bidi isolates", "a\u2066b\u2067c\u2068d\u2069e", "a" + mk + "b" + mk + "c" + mk + "d" + mk + "e"},
	{"bidi marks", "a\u200e\u200fb\u061cc", "a" + mk + "b" + mk + "c"},
	{"ZWSP", "pay\u200bpal", "pay" + mk + "pal"},
	{"ZWNJ ZWJ kept", "a\u200c\u200db", "a\u200c\u200db"},
	{"Persian with ZWNJ", "می\u200cخواهم", "می\u200cخواهم"},
	{"word joiner", "a\u2060b", "a" + mk + "b"},
	{"invisible operators", "a\u2061\u2062\u2063\u2064b", "a" + mk + "b"},
	{"mongolian vowel separator", "a\u180eb", "a" + mk + "b"},
	{"soft hyphen silent", "co\u00adoperate", "cooperate"},
	{"BOM silent", "\uFEFFHeadline", "Headline"},
	{"silent inside a removed run", "a\x1b[m\uFEFF\r\x1b[mb", "a" + mk + "b"},
	{"tag characters", "flag\U000E0067\U000E0062\U000E007Fend", "flag" + mk + "end"},
	{"tag smuggled ascii", "hi\U000E0001\U000E0069\U000E0067\U000E006Eore", "hi" + mk + "ore"},
	{"tag reserved", "a\U000E0000\U000E0080b", "a" + mk + "b"},
	{"line separator", "a\u2028b", "a\nb"},
	{"paragraph separator", "a\u2029b", "a\nb"},
	{"noncharacters", "a\uFDD0b\uFFFEc\U0010FFFF", "a" + mk + "b" + mk + "c" + mk},
	{"unassigned", "a\u0378b", "a" + mk + "b"},

	// Combining marks.
	{"one mark", "e\u0301", "e\u0301"},
	{"four marks", "a\u05b0\u05b4\u05b8\u05bb", "a\u05b0\u05b4\u05b8\u05bb"},
	{"five marks", "a\u0301\u0302\u0303\u0304\u0305b", "a\u0301\u0302\u0303\u0304" + mk + "b"},
	{"combining flood", "Z" + strings.Repeat("\u0336\u0334", 50) + "algo", "Z\u0336\u0334\u0336\u0334" + mk + "algo"},
	{"combining flood at end", "Z" + strings.Repeat("\u0301", 9), "Z\u0301\u0301\u0301\u0301" + mk},
	{"combining flood no base", strings.Repeat("\u0301", 6) + "x", "\u0301\u0301\u0301\u0301" + mk + "x"},
	{"enclosing marks", "a\u20dd\u20dd\u20dd\u20dd\u20dd", "a\u20dd\u20dd\u20dd\u20dd" + mk},
	{"variation selector flood", "\U0001F600" + strings.Repeat("\U000E0100", 8), "\U0001F600" + strings.Repeat("\U000E0100", 4) + mk},
	{"marks then escape", "a\u0301\u0301\u0301\u0301\x1b[m\u0301\u0301", "a\u0301\u0301\u0301\u0301" + mk},
	{"marks restart after marker", "a\u0301\u0301\x1b[m\u0301\u0301\u0301", "a\u0301\u0301" + mk + "\u0301\u0301\u0301"},
	{"marks across silent removal", "a\u0301\u0301\u0301\r\u0301\u0301\u0301", "a\u0301\u0301\u0301\u0301" + mk},
	{"marks on newline", "\n\u0301\u0301\u0301\u0301\u0301", "\n\u0301\u0301\u0301\u0301" + mk},
}

func TestClean(t *testing.T) {
	for _, tt := range cleanCases {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%+q)\n got %+q\nwant %+q", tt.in, got, tt.want)
			}
			checkClean(t, tt.in)
		})
	}
}

func TestCleanLine(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"empty", "", ""},
		{"plain", "Tiranë’s café", "Tiranë’s café"},
		{"only space", " \n\t ", ""},
		{"folded and trimmed", "  a \n\n b\t c  ", "a b c"},
		{"CRLF", "a\r\nb", "a b"},
		{"escape", "\x1b[31mtitle\x1b[0m\n", mk + "title" + mk},
		{"no-break and wide spaces", "a\u00a0b\u3000\u2003c", "a b c"},
		{"line separator", "a\u2028\u2029b", "a b"},
		{"marker between spaces", "a \x1b[m b", "a " + mk + " b"},
		{"unterminated OSC", "\x1b]0;t\nvisible", mk + " visible"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := CleanLine(tt.in); got != tt.want {
				t.Errorf("CleanLine(%+q)\n got %+q\nwant %+q", tt.in, got, tt.want)
			}
			checkClean(t, tt.in)
		})
	}
}

// TestCleanPlainNoAlloc: text that needs nothing is returned as it is, the
// same bytes, without allocating.
func TestCleanPlainNoAlloc(t *testing.T) {
	for _, s := range []string{
		"Albania cut diplomatic relations with Iran following the attacks.",
		"Tiranë’s café",
		"Two\nlines, “quoted” — e\u0301\u0301",
	} {
		if got := Clean(s); unsafe.StringData(got) != unsafe.StringData(s) || got != s {
			t.Errorf("Clean(%q) = %q, not s itself", s, got)
		}
		if n := testing.AllocsPerRun(100, func() { Clean(s) }); n != 0 {
			t.Errorf("Clean(%q): %v allocations, want 0", s, n)
		}
		if strings.Contains(s, "\n") {
			continue
		}
		if got := CleanLine(s); unsafe.StringData(got) != unsafe.StringData(s) {
			t.Errorf("CleanLine(%q) = %q, not s itself", s, got)
		}
		if n := testing.AllocsPerRun(100, func() { CleanLine(s) }); n != 0 {
			t.Errorf("CleanLine(%q): %v allocations, want 0", s, n)
		}
	}
}

// TestClassifyAllRunes: classify's shortcuts agree with the Unicode tables.
func TestClassifyAllRunes(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if got, want := classify(r), classifySlow(r); got != want {
			t.Fatalf("classify(%U) = %d, classifySlow = %d", r, got, want)
		}
	}
}

// TestCleanSeeds: the default corpus is real news text; cleaning must not
// mark anything in it.
func TestCleanSeeds(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds found: %v", err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		got := Clean(text)
		if i := strings.Index(got, mk); i >= 0 {
			t.Errorf("%s: Clean marks a removal: %q", p, got[max(0, i-40):min(len(got), i+40)])
		}
		if strings.Count(got, bad) != strings.Count(text, bad) {
			t.Errorf("%s: Clean found invalid UTF-8", p)
		}
		if got != text {
			t.Logf("%s: Clean changes the text (silently)", p)
		}
		checkClean(t, text)
	}
}

// TestCleanProperties runs checkClean on random strings built from escape
// sequence fragments, controls, awkward runes and random bytes.
func TestCleanProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for range n {
		checkClean(t, randomHostile(rng))
	}
}

// TestCleanNewlineSurvives: whatever comes before it, a newline ends any
// escape sequence, so the line after it is always shown in full.
func TestCleanNewlineSurvives(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		checkNewlineSurvives(t, randomHostile(rng))
	}
	for _, tt := range cleanCases {
		checkNewlineSurvives(t, tt.in)
	}
}

func checkNewlineSurvives(t testing.TB, h string) {
	t.Helper()
	if got := Clean(h + "\nvisible"); !strings.HasSuffix(got, "\nvisible") {
		t.Errorf("Clean(%+q + \"\\nvisible\") = %+q: the last line is lost", h, got)
	}
}

var hostileParts = []string{
	"\x1b", "[", "]", "P", "X", "^", "_", "\\", "\x07", "\x1b[", "\x1b]", "\x1b]52;c;", "\x1b]8;;", "\x1bP",
	"\x1b\\", "31", ";", "m", " ", "\n", "\r", "\t", "\b", "\x7f", "\x00", "(", "!", "0",
	"\u009b", "\u009c", "\u009d", "\u0090", "\u0085", "\x9b", "\x9c", "\xc2", "\xc3", "\xe2\x80", "\xff", "\xed\xa0\x80",
	"\u202e", "\u2066", "\u200b", "\u200d", "\u00ad", "\ufeff", "\u2028", "\U000E0041", "\uFDD0", "\ue000",
	"\u0301", "\u0301\u0301\u0301", "\u20dd", "\ufe0f", "ě", "é", "’", "日", "\uFFFD", mk, "text", "a",
}

func randomHostile(rng *rand.Rand) string {
	var b strings.Builder
	for range rng.IntN(24) {
		if rng.IntN(8) == 0 {
			b.WriteByte(byte(rng.IntN(256)))
		} else {
			b.WriteString(hostileParts[rng.IntN(len(hostileParts))])
		}
	}
	return b.String()
}

// printable reports whether Clean may write r: a graphic rune that is not a
// format character, a private-use rune, a space or a newline.
func printable(r rune) bool {
	return r == '\n' || r == ' ' || r == '\u200c' || r == '\u200d' ||
		unicode.IsGraphic(r) && !unicode.Is(unicode.Cf, r) ||
		unicode.Is(unicode.Co, r)
}

// checkClean checks the properties every Clean and CleanLine output has.
func checkClean(t testing.TB, in string) {
	t.Helper()
	out := Clean(in)
	if !utf8.ValidString(out) {
		t.Fatalf("Clean(%+q) = %+q: invalid UTF-8", in, out)
	}
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Fatalf("Clean(%+q) = %+q: holds ESC or BEL", in, out)
	}
	marks := 0
	for i, r := range out {
		if !printable(r) || r >= 0x80 && r <= 0x9F || unicode.Is(unicode.Bidi_Control, r) ||
			r >= 0xE0000 && r <= 0xE007F || r == 0x2028 || r == 0x2029 || r == 0xAD || r == 0xFEFF {
			t.Fatalf("Clean(%+q) = %+q: %U at %d", in, out, r, i)
		}
		if unicode.In(r, unicode.Mn, unicode.Me) {
			if marks++; marks > maxMarks {
				t.Fatalf("Clean(%+q) = %+q: more than %d marks in a row at %d", in, out, maxMarks, i)
			}
		} else {
			marks = 0
		}
	}
	if again := Clean(out); again != out {
		t.Fatalf("Clean not idempotent on %+q:\n once %+q\ntwice %+q", in, out, again)
	}

	line := CleanLine(in)
	if strings.HasPrefix(line, " ") || strings.HasSuffix(line, " ") || strings.Contains(line, "  ") ||
		strings.ContainsFunc(line, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) {
		t.Fatalf("CleanLine(%+q) = %+q: unfolded space", in, line)
	}
	if want := strings.Join(strings.Fields(out), " "); line != want {
		t.Fatalf("CleanLine(%+q) = %+q, want %+q", in, line, want)
	}
	if again := CleanLine(line); again != line {
		t.Fatalf("CleanLine not idempotent on %+q:\n once %+q\ntwice %+q", in, line, again)
	}
}

func FuzzClean(f *testing.F) {
	for _, tt := range cleanCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkClean(t, s)
		checkNewlineSurvives(t, s)
	})
}

// FuzzPlainLine holds CleanLine's one-pass shortcut to the two passes it
// skips: a line it calls plain is one Clean keeps and isOneLine accepts.
func FuzzPlainLine(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\x7fb", "caf\u00e9", "Rama said: \"no\""} {
		f.Add(s)
	}
	for _, tt := range cleanCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := Clean(s) == s && isOneLine(s)
		if got := plainLine(s); got && !want {
			t.Fatalf("plainLine(%+q) = true, but its CleanLine is %+q", s, CleanLine(s))
		} else if !got && want && isPrintableASCII(s) {
			t.Fatalf("plainLine(%+q) = false for a clean one-line ASCII text", s)
		}
	})
}

func isPrintableASCII(s string) bool {
	for i := range len(s) {
		if s[i] < ' ' || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

func BenchmarkClean(b *testing.B) {
	plainASCII := strings.Repeat("Albania's prime minister met with Israeli experts in cybersecurity during a visit this week.\n", 40)
	plainAccented := strings.Repeat("Tiranë’s café: “shared threat” — Rama said… ", 80)
	hostile := strings.Repeat("\x1b[31mred\x1b[0m \x1b]8;;https://x.example/\x1b\\link\x1b]8;;\x1b\\ a\u202eb\u200bc Z\u0301\u0301\u0301\u0301\u0301\u0301 \xc3\x1b[1m\r\n", 40)
	for _, bb := range []struct{ name, s string }{
		{"plain", plainASCII},
		{"accented", plainAccented},
		{"hostile", hostile},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.SetBytes(int64(len(bb.s)))
			b.ReportAllocs()
			for b.Loop() {
				Clean(bb.s)
			}
		})
	}
}

// TestRawPrintsClean: article text printed through fmt is cleaned, and
// only Verbatim gives the bytes.
func TestRawPrintsClean(t *testing.T) {
	r := Text("Lapid\x1b]0;pwned\x07 said\u202e")
	for _, got := range []string{fmt.Sprint(r), fmt.Sprintf("%s", r), fmt.Sprintf("%v", r), r.String()} {
		if got != Clean(string(r)) || strings.ContainsAny(got, "\x1b\x07\u202e") {
			t.Errorf("printed %q, want %q", got, Clean(string(r)))
		}
	}
	if r.Verbatim() != "Lapid\x1b]0;pwned\x07 said\u202e" {
		t.Errorf("Verbatim changed the bytes: %q", r.Verbatim())
	}
}
