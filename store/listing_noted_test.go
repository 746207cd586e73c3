package store

import (
	"maps"
	"reflect"
	"testing"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// EachNoted gives, newest first, what EachListed gives but the
// reflection, for records with and without words or warnings, one stored
// in a form the field walk does not take, and around a record that has no
// summary (which it passes over, as EachListed does).
func TestEachNotedIsEachListedWithoutReflections(t *testing.T) {
	s := openTemp(t)
	ids := saveLoop(t, s)
	quiet := newTestRecord(date(27, 9, 0, 0), "")
	quiet.Warnings = nil
	if err := s.Save(&quiet, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	k, _ := parseID(ids[2])
	orphan, _ := parseID(ids[1])
	orphan[len(orphan)-1]++ // just after ids[1], with no summary
	err := s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketCheckins)
		if err := b.Put(orphan, []byte(`{"note":"orphan"}`)); err != nil {
			return err
		}
		return b.Put(k, []byte(`{"note":"moved","schema":3,"warnings":[{"code":"c","message":"m"}],"taken_at":"2026-11-26T09:00:00Z"}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	var want, got []assessment.CheckIn
	if err := s.EachListed(true, func(c assessment.CheckIn) error {
		c.Reflection = ""
		want = append(want, c)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	err = s.EachNoted(func(c assessment.CheckIn) error {
		// Valid only during the call: keep a copy.
		c.Scores.Dimensions = maps.Clone(c.Scores.Dimensions)
		if c.Profile != nil {
			p := *c.Profile
			c.Profile = &p
		}
		got = append(got, c)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || len(got) < 4 {
		t.Fatalf("EachNoted gave %d check-ins, EachListed %d", len(got), len(want))
	}
	for i := range want {
		if len(want[i].Warnings) == 0 && len(got[i].Warnings) == 0 {
			got[i].Warnings = want[i].Warnings // null or [], as stored
		}
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("check-in %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}
