package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"testing/fstest"
)

// TestTextProblemComesBeforeTheChecksumAdvice: an article whose text was
// saved again not as UTF-8 has two problems, the byte that is not UTF-8
// (in its own file) and the changed sha256 (in the manifest). The cause
// is listed first, wherever the files sort, and the checksum's advice
// points to it instead of sending the user to a refresh that cannot take
// the text in.
func TestTextProblemComesBeforeTheChecksumAdvice(t *testing.T) {
	sum := sha256.Sum256([]byte(goodArticle))
	for _, file := range []string{"a.txt", "zz.txt"} { // before and after manifest.json
		t.Run(file, func(t *testing.T) {
			m := byoCorpus(map[string]string{"good": "good.txt", "bad": file}, map[string]string{
				"good.txt": goodArticle,
				file:       strings.Replace(goodArticle, "Stavna,", "St\xffavna,", 1),
			})
			m[ManifestFile] = &fstest.MapFile{Data: []byte(strings.Replace(string(m[ManifestFile].Data),
				`"file": "`+file+`", "sha256": ""`, `"file": "`+file+`", "sha256": "`+hex.EncodeToString(sum[:])+`"`, 1))}
			_, all := openProblems(t, m)
			if len(all) != 2 {
				t.Fatalf("want the byte and the checksum, got:\n%s", strings.Join(all, "\n"))
			}
			cause, advice := all[0], all[1]
			if !strings.HasPrefix(cause, "corpus/"+file+":3:3: ") || !strings.Contains(cause, "not UTF-8") {
				t.Errorf("first the cause, at its file:line:col; got:\n%s", strings.Join(all, "\n"))
			}
			if !strings.Contains(advice, "sha256") || !strings.Contains(advice, "once the problem at corpus/"+file+":3:3 is mended, run cyberdesk corpus refresh") {
				t.Errorf("then the checksum, its advice pointing to the cause; got:\n%s", strings.Join(all, "\n"))
			}
		})
	}
}
