package bounded

import (
	"fmt"
	"os"
)

// Map gives the bytes of the file at path, at most limit of them, for as
// long as the program runs: mapped into memory where the system can
// (mmap), so that nothing is read until it is looked at and what is read
// stays the page cache's; read whole into memory elsewhere. It refuses
// anything but a regular file before opening it, and a file over the
// limit, as ReadFile does. The bytes must never be written.
//
// A mapping is never undone: a dataset's strings point into it. A file
// cut short by another program while it is mapped makes reading its lost
// end a fault that ends the program (SECURITY.md).
func Map(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := CheckMode(st.Mode()); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := CheckMode(st.Mode()); err != nil { // what was opened, not what was looked at
		return nil, err
	}
	if st.Size() > limit {
		return nil, &LimitError{Limit: limit, What: fmt.Sprintf("%s's limit", path)}
	}
	if st.Size() == 0 {
		return []byte{}, nil
	}
	return mapFile(f, st.Size(), limit)
}

// readFile reads f whole, at most limit bytes.
func readFile(f *os.File, size, limit int64) ([]byte, error) {
	return ReadAll(f, limit, size, "the file's limit")
}
