package assessment

import (
	"os"
	"testing"
)

// bom is the byte order mark some editors write at the start of a UTF-8
// file.
const bom = "\uFEFF"

// A questionnaire, an answers file and a feedback form saved with a byte
// order mark read as they do without one.
func TestByteOrderMarkIsIgnored(t *testing.T) {
	data, err := os.ReadFile("testdata/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Parse("mini.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	marked, err := Parse("mini.yaml", append([]byte(bom), data...))
	if err != nil {
		t.Fatalf("questionnaire with a BOM: %v", err)
	}
	if marked.Hash != plain.Hash {
		t.Errorf("hash %s with a BOM, %s without", marked.Hash, plain.Hash)
	}
	for _, in := range []string{bom + "answers:\n  trust-1: 4\n", bom + `{"answers": {"trust-1": 4}}`} {
		sheet, err := ParseAnswers("a.yaml", []byte(in), plain)
		if err != nil || sheet.Answers["trust-1"] != 4 {
			t.Errorf("%q: %+v, %v", in, sheet.Answers, err)
		}
	}
	// A form is read alike with or without: the same problem, at the same
	// place.
	form := "round: \"r1\"\nrole: [\n"
	_, without := readResponseDoc("r.yaml", []byte(form))
	_, with := readResponseDoc("r.yaml", []byte(bom+form))
	if without == nil || with == nil || with.Error() != without.Error() {
		t.Errorf("form with a BOM: %v; without: %v", with, without)
	}
}
