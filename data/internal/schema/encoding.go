package schema

import (
	"bytes"
	"fmt"
)

// byteOrderMarks are the marks that open text in the encodings people
// save files in by mistake, longest first (UTF-32 LE begins as UTF-16
// LE does).
var byteOrderMarks = [...]struct {
	mark, name, iconv string
}{
	{"\xff\xfe\x00\x00", "UTF-32 (little-endian)", "UTF-32LE"},
	{"\x00\x00\xfe\xff", "UTF-32 (big-endian)", "UTF-32BE"},
	{"\xff\xfe", "UTF-16 (little-endian)", "UTF-16LE"},
	{"\xfe\xff", "UTF-16 (big-endian)", "UTF-16BE"},
}

// WrongEncoding is text in an encoding cyberdesk does not read, named by
// its byte-order mark.
type WrongEncoding struct{ Name, Iconv string }

func (e *WrongEncoding) Error() string {
	return fmt.Sprintf("%s text, by its byte-order mark; cyberdesk reads UTF-8: convert it, e.g. iconv -f %s -t UTF-8 FILE > NEW", e.Name, e.Iconv)
}

// CheckEncoding refuses text whose byte-order mark says it is UTF-16 or
// UTF-32, naming the encoding and how to convert it.
func CheckEncoding(head []byte) error {
	for _, m := range byteOrderMarks {
		if bytes.HasPrefix(head, []byte(m.mark)) {
			return &WrongEncoding{Name: m.name, Iconv: m.iconv}
		}
	}
	return nil
}
