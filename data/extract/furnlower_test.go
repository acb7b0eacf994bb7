package extract

import "testing"

// TestFurnLowerOnlyASCII: furnLower lowers ASCII capitals and leaves every
// other byte where it was, in valid UTF-8 or not, so offsets in the result
// are offsets in the line.
func TestFurnLowerOnlyASCII(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"photo: reuters", "photo: reuters"},
		{"Photo: REUTERS/Jane Doe", "photo: reuters/jane doe"},
		{"sign up for Our Newsletter", "sign up for our newsletter"},
		{"ÉLYSÉE Palace, Zürich", "ÉlysÉe palace, zürich"},
		{"bad \xff\xfeUTF-8 X", "bad \xff\xfeutf-8 x"},
		{"Z", "z"},
	} {
		if got := furnLower(tt.in); got != tt.want {
			t.Errorf("furnLower(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
