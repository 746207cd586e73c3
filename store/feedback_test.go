package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

func testRound(t *testing.T, id string) assessment.Round {
	t.Helper()
	r, err := assessment.NewRound(id, "", testQuestionnaire(), assessment.RoundOptions{}, date(1, 9, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func testResponse(round string, t1 int, comment string) assessment.Response {
	return assessment.Response{
		Round: round, Questionnaire: assessment.RefOf(testQuestionnaire()),
		Role: assessment.RolePeer, Answers: assessment.Answers{"t1": t1}, Comment: comment,
	}
}

func TestRoundsAndResponses(t *testing.T) {
	s := openTemp(t)
	r := testRound(t, "r1")
	if err := s.SaveRound(r, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveRound(r, testQuestionnaire()); !errors.Is(err, ErrRoundExists) {
		t.Errorf("saving r1 twice: %v; want ErrRoundExists", err)
	}
	for i, tc := range []struct {
		resp assessment.Response
		want bool
	}{
		{testResponse("r1", 4, "clear goals"), true},
		{testResponse("r1", 4, "clear  goals\n"), false}, // same content, rewrapped
		{testResponse("r1", 2, ""), true},
	} {
		added, err := s.AddResponse(tc.resp)
		if err != nil || added != tc.want {
			t.Errorf("response %d: added %v, %v; want %v", i, added, err, tc.want)
		}
	}
	if _, err := s.AddResponse(testResponse("nope", 1, "")); !errors.Is(err, ErrNotFound) {
		t.Errorf("a response to no round: %v; want ErrNotFound", err)
	}
	rs, err := s.Responses("r1")
	if err != nil || len(rs) != 2 {
		t.Fatalf("Responses = %d, %v; want 2", len(rs), err)
	}
	counts, err := s.ResponseCounts()
	if err != nil || counts["r1"] != 2 || len(counts) != 1 {
		t.Errorf("ResponseCounts = %v, %v; want r1:2", counts, err)
	}
	r.Closed = true
	if err := s.UpdateRound(r); err != nil {
		t.Fatal(err)
	}
	got, err := s.Round("r1")
	if err != nil || !got.Closed {
		t.Errorf("Round after closing = %+v, %v", got, err)
	}
	if err := s.DeleteRound("r1"); err != nil {
		t.Fatal(err)
	}
	if rounds, _ := s.Rounds(); len(rounds) != 0 {
		t.Errorf("rounds after delete: %v", rounds)
	}
	if rs, _ := s.Responses("r1"); len(rs) != 0 {
		t.Errorf("responses after delete: %v", rs)
	}
}

// TestMigrateSchema2 upgrades a schema 2 database with one check-in: the
// copy beside it holds the file's bytes as they were, the check-in is
// rewritten in schema 3, and rounds can be saved.
func TestMigrateSchema2(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	rec := newTestRecord(date(1, 9, 0, 0), "before")
	rec.ID = "20261101-090000-1"
	k, _ := parseID(rec.ID)
	writeBolt(t, path, func(tx *bbolt.Tx) error {
		for _, name := range [][]byte{bucketCheckins, bucketSummaries, bucketMeta} {
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		env := EnvelopeOf(rec)
		env.Schema = 2
		v, _ := env.MarshalJSON()
		if err := tx.Bucket(bucketCheckins).Put(k, v); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte("2"))
	})
	original := readFile(t, path)

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	up, ok := s.Upgraded()
	if !ok || up.From != 2 || up.To != 3 {
		t.Fatalf("Upgraded = %+v, %v; want from 2 to 3", up, ok)
	}
	if filepath.Dir(up.Backup) != filepath.Dir(path) || !bytes.Equal(readFile(t, up.Backup), original) {
		t.Errorf("backup %s is not the file as it was", up.Backup)
	}
	if err := s.SaveRound(testRound(t, "after"), nil); err != nil {
		t.Errorf("SaveRound after upgrading: %v", err)
	}
	var schema int
	_ = s.db.View(func(tx *bbolt.Tx) error {
		schema, _ = strconv.Atoi(string(tx.Bucket(bucketMeta).Get(keySchema)))
		return nil
	})
	got, err := s.Get(rec.ID)
	if schema != 3 || err != nil || got.Note != "before" {
		t.Errorf("after upgrading: schema %d, check-in %+v, %v", schema, got.Note, err)
	}
	raw := rawRecordsOf(t, s.db)[rec.ID]
	if raw["schema"] != float64(3) {
		t.Errorf("stored check-in has schema %v; want 3", raw["schema"])
	}
}

// Doctor reads the rounds and responses: each fault a sentence of its
// own, and a healthy round counted.
func TestCheckFeedback(t *testing.T) {
	tests := []struct {
		name string
		harm func(tx *bbolt.Tx) error
		want string
	}{
		{"healthy", func(*bbolt.Tx) error { return nil }, ""},
		{"a response under another hash", func(tx *bbolt.Tx) error {
			b := tx.Bucket(bucketResponses).Bucket([]byte("r1"))
			k, v := b.Cursor().First()
			v = bytes.Clone(v)
			if err := b.Delete(k); err != nil {
				return err
			}
			return b.Put([]byte("not-its-hash"), v)
		}, "a response to round r1 is not stored under its own content"},
		{"responses to no round", func(tx *bbolt.Tx) error {
			_, err := tx.Bucket(bucketResponses).CreateBucket([]byte("gone"))
			return err
		}, `there are responses to round "gone", which does not exist`},
		{"an answer off the scale", func(tx *bbolt.Tx) error {
			resp := testResponse("r1", 9, "")
			v, _ := json.Marshal(resp)
			return tx.Bucket(bucketResponses).Bucket([]byte("r1")).Put([]byte(resp.Hash()), v)
		}, "a response to round r1: answers.t1: 9 is not an answer"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "history.db")
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.SaveRound(testRound(t, "r1"), testQuestionnaire()); err != nil {
				t.Fatal(err)
			}
			if _, err := s.AddResponse(testResponse("r1", 4, "")); err != nil {
				t.Fatal(err)
			}
			if err := s.db.Update(tc.harm); err != nil {
				t.Fatal(err)
			}
			s.Close()
			rep, err := Check(path)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(rep.Problems, "\n")
			if rep.Rounds != 1 || tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("%d rounds, problems:\n%s\nwant %q", rep.Rounds, got, tc.want)
			}
		})
	}
}
