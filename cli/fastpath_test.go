package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/internal/benchdata"
	"github.com/leadcheck/leadcheck/store"
	"github.com/leadcheck/leadcheck/tui"
)

// The read commands take shortcuts: a listing instead of the records,
// stored JSON streamed instead of decoded and encoded, records without
// their answers. Each prints what the plain way prints from every whole
// record, byte for byte, on a generated history with notes, reflections,
// warnings, commitments and their reviews, and one very long note.
func TestShortcutsPrintWhatWholeRecordsPrint(t *testing.T) {
	q, err := benchdata.Questionnaire()
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "history.db")
	if err := benchdata.FillWithNote(db, q, 300, 20_000); err != nil {
		t.Fatal(err)
	}
	s, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	f, err := s.Export(version())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	// A database whose summaries an earlier build wrote, read before any
	// writing open brings them up to date: what the summaries of that
	// form lack is read from the records.
	old := filepath.Join(t.TempDir(), "old.db")
	data, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(old, data, 0o600); err != nil {
		t.Fatal(err)
	}
	summariesOfFormat2(t, old)
	env := Env{Stdout: &bytes.Buffer{}, Getenv: func(string) string { return "" }, Now: time.Now,
		IsTerminal: func(any) bool { return false }}
	for _, tc := range []struct {
		args  []string
		whole func(w *bytes.Buffer) error
	}{
		{[]string{"history"}, func(w *bytes.Buffer) error {
			env.Stdout = w
			return printHistory(env, q, recs)
		}},
		{[]string{"export", "--format", "json"}, func(w *bytes.Buffer) error { return writeJSON(w, f) }},
		{[]string{"export", "--format", "csv"}, func(w *bytes.Buffer) error { return writeCSV(w, q, f.CheckIns) }},
		{[]string{"export", "--format", "md"}, func(w *bytes.Buffer) error { return writeReport(w, q, f) }},
		{[]string{"trend"}, func(w *bytes.Buffer) error {
			w.WriteString(trimLines(tui.RenderTrend(q, recs, 80, 24, tui.DefaultStyles("none"), true, false)) + "\n")
			return nil
		}},
		{[]string{"trend", "--json"}, func(w *bytes.Buffer) error {
			return writeJSON(w, trendJSON(q, recs, window{}, false).withOthers(nil, window{}))
		}},
		{[]string{"trend", "--json", "--include-flagged", "--since", "2026-06-01"}, func(w *bytes.Buffer) error {
			since, err := parseSince("2026-06-01")
			if err != nil {
				return err
			}
			return writeJSON(w, trendJSON(q, since.filter(recs), since, true).withOthers(nil, since))
		}},
	} {
		var want bytes.Buffer
		if err := tc.whole(&want); err != nil {
			t.Fatal(err)
		}
		got := leadcheck(t, db, "", tc.args...)
		if got.code != 0 || got.stdout != want.String() {
			t.Errorf("%v: exit %d, %d bytes; whole records give %d bytes (first difference at byte %d)",
				tc.args, got.code, len(got.stdout), want.Len(), firstDifference(got.stdout, want.String()))
		}
		if got := leadcheck(t, old, "", tc.args...); got.code != 0 || got.stdout != want.String() {
			t.Errorf("%v on summaries of an earlier form: exit %d, %d bytes; whole records give %d bytes (first difference at byte %d)",
				tc.args, got.code, len(got.stdout), want.Len(), firstDifference(got.stdout, want.String()))
		}
	}
}

// summariesOfFormat2 rewrites the summaries of the database at path as
// summary format 2 had them: without facet scores, warnings' codes or
// the note bit.
func summariesOfFormat2(t *testing.T, path string) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bbolt.Tx) error {
		if err := tx.Bucket([]byte("meta")).Put([]byte("summary_format"), []byte("2")); err != nil {
			return err
		}
		b := tx.Bucket([]byte("summaries"))
		olds := map[string][]byte{}
		err := b.ForEach(func(k, v []byte) error {
			var fields map[string]json.RawMessage
			if err := json.Unmarshal(v, &fields); err != nil {
				return err
			}
			delete(fields, "facets")
			delete(fields, "warnings")
			delete(fields, "note_written")
			old, err := json.Marshal(fields)
			olds[string(k)] = old
			return err
		})
		for k, v := range olds {
			if err == nil {
				err = b.Put([]byte(k), v)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func firstDifference(a, b string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
