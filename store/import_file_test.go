package store

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// ImportFile stores the bytes the file holds for a check-in instead of
// encoding it again, and the check-ins DecodeImport and CheckAnswers made
// ready rather than decoded ones; what it stores must be byte for byte
// what Import of DecodeExport's check-ins stores, whatever form the file
// is in.
func TestImportFileStoresWhatImportStores(t *testing.T) {
	src := openTemp(t)
	saveLoop(t, src)
	exported := string(exportBytes(t, src))
	tests := []struct {
		name       string
		edit       func(string) string
		wantStored int // check-ins whose bytes are taken from the file
	}{
		{"as exported", func(s string) string { return s }, 3},
		{"one of an older schema", func(s string) string {
			return strings.Replace(s, `"schema": 3,`+"\n      ", `"schema": 2,`+"\n      ", 1)
		}, 2},
		{"a note with markup, escaped as json.Marshal escapes it", func(s string) string {
			return strings.Replace(s, `"note": "first"`, `"note": "\u003cb\u003efirst\u003c/b\u003e \u0026 more"`, 1)
		}, 3},
		{"a note with markup, not escaped", func(s string) string {
			return strings.Replace(s, `"note": "first"`, `"note": "<b>first</b> & more"`, 1)
		}, 2},
		{"one with its keys in another order", func(s string) string {
			return strings.Replace(s, `"id": "20261029-090000-2",`+"\n      "+`"schema": 3,`,
				`"schema": 3,`+"\n      "+`"id": "20261029-090000-2",`, 1)
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.edit(exported)
			if tt.name != "as exported" && text == exported {
				t.Fatal("the edit changed nothing")
			}
			f, _, err := DecodeImport("export.json", []byte(text), settleNone)
			if err != nil {
				t.Fatal(err)
			}
			if got := countFromFile(f.plan, text); got != tt.wantStored {
				t.Errorf("%d check-ins kept as the file has them, want %d", got, tt.wantStored)
			}
			whole, err := DecodeExport("export.json", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			viaFile, reencoded := openTemp(t), openTemp(t)
			if added, _, err := viaFile.ImportFile(&f); err != nil || added != 3 {
				t.Fatalf("ImportFile = %d added, %v", added, err)
			}
			if added, _, err := reencoded.Import(whole.CheckIns, whole.Questionnaires); err != nil || added != 3 {
				t.Fatalf("Import = %d added, %v", added, err)
			}
			for _, bucket := range [][]byte{bucketCheckins, bucketSummaries} {
				got, want := bucketText(t, viaFile, bucket), bucketText(t, reencoded, bucket)
				if got != want {
					t.Errorf("%s after ImportFile:\n%s\nafter Import:\n%s", bucket, got, want)
				}
			}
		})
	}
}

func noneKnown(assessment.QuestionnaireRef) (*assessment.Questionnaire, error) { return nil, nil }

// settleNone is a Settle that knows no questionnaire but the file's.
func settleNone(*ExportFile) (func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error), time.Time, error) {
	return noneKnown, date(30, 0, 0, 0), nil
}

// countFromFile counts the check-ins whose stored bytes are those of the
// file, text, but for spaces.
func countFromFile(p *importPlan, text string) int {
	n := 0
	for i, v := range p.stored {
		if sameButSpaces(v, []byte(text[p.at[i]:valueEnd([]byte(text), p.at[i])])) {
			n++
		}
	}
	return n
}

// bucketText is every key and value of a bucket, one pair a line.
func bucketText(t *testing.T, s *Store, name []byte) string {
	t.Helper()
	var b strings.Builder
	err := s.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(name).ForEach(func(k, v []byte) error {
			fmt.Fprintf(&b, "%x %s\n", k, v)
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
