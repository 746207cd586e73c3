package store

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// encoded is Export's file as the command line wrote it before exports
// were streamed: a json.Encoder with a two-space indent.
func encoded(t *testing.T, s *Store) ([]byte, ExportFile) {
	t.Helper()
	f, err := s.Export("v1.2.3")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), f
}

// WriteExportJSON writes Export's file byte for byte: empty, with
// check-ins, with a snapshot missing, with a record stored in another
// form, and with feedback rounds answered with a questionnaire of their
// own.
func TestWriteExportJSONIsTheEncodedExport(t *testing.T) {
	for _, tc := range []struct {
		name string
		fill func(t *testing.T, s *Store)
	}{
		{"empty", func(*testing.T, *Store) {}},
		{"check-ins", func(t *testing.T, s *Store) { saveLoop(t, s) }},
		{"no snapshot", func(t *testing.T, s *Store) {
			r := newTestRecord(date(1, 9, 0, 0), "<html> & more")
			if err := s.Save(&r, nil); err != nil {
				t.Fatal(err)
			}
			save(t, s, date(2, 9, 0, 0), "kept")
		}},
		{"another form", func(t *testing.T, s *Store) {
			ids := saveLoop(t, s)
			k, _ := parseID(ids[1])
			err := s.db.Update(func(tx *bbolt.Tx) error {
				return tx.Bucket(bucketCheckins).Put(k, []byte(`{"schema":2,"taken_at":"2026-11-02T09:00:00Z","questionnaire":{"id":"x","version":1,"hash":"h"}}`))
			})
			if err != nil {
				t.Fatal(err)
			}
		}},
		{"questionnaires in turn", func(t *testing.T, s *Store) {
			// Each questionnaire is named once, in order of first use,
			// however often the check-ins go back to it, and a record
			// stored in another form between the same questionnaire's
			// does not hide a change.
			other := testQuestionnaire()
			other.Version, other.Hash = 4, "sha256:def"
			gone := testQuestionnaire()
			gone.Version, gone.Hash = 5, "sha256:gone"
			var ids []string
			for day, q := range []*assessment.Questionnaire{testQuestionnaire(), other, testQuestionnaire(), gone, testQuestionnaire(), other, other} {
				r := newTestRecord(date(day+1, 9, 0, 0), "")
				r.Questionnaire = assessment.RefOf(q)
				kept := q
				if q == gone {
					kept = nil
				}
				if err := s.Save(&r, kept); err != nil {
					t.Fatal(err)
				}
				ids = append(ids, r.ID)
			}
			k, _ := parseID(ids[5])
			err := s.db.Update(func(tx *bbolt.Tx) error {
				return tx.Bucket(bucketCheckins).Put(k, []byte(`{"schema":2,"taken_at":"2026-11-06T09:00:00Z","questionnaire":{"id":"x","version":1,"hash":"h"}}`))
			})
			if err != nil {
				t.Fatal(err)
			}
		}},
		{"rounds", func(t *testing.T, s *Store) {
			saveLoop(t, s)
			other := testQuestionnaire()
			other.Version, other.Hash = 4, "sha256:def"
			for _, q := range []*assessment.Questionnaire{testQuestionnaire(), other} {
				r, err := assessment.NewRound("r"+q.Hash[7:], "", q, assessment.RoundOptions{}, date(1, 9, 0, 0))
				if err != nil {
					t.Fatal(err)
				}
				if err := s.SaveRound(r, q); err != nil {
					t.Fatal(err)
				}
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			tc.fill(t, s)
			want, f := encoded(t, s)
			var got bytes.Buffer
			n, missing, err := s.WriteExportJSON(&got, "v1.2.3")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("WriteExportJSON wrote\n%s\nwant\n%s", got.Bytes(), want)
			}
			if n != len(f.CheckIns) || !slices.Equal(missing, f.Missing) {
				t.Errorf("%d check-ins, missing %v; want %d, %v", n, missing, len(f.CheckIns), f.Missing)
			}
		})
	}
}
