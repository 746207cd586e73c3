package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

// A write that meets a damaged page fails with ErrDamaged, naming the
// file, instead of crashing the program with what it was saving: the
// caller can still keep the check-in elsewhere. Nothing is written.
func TestWriteOnADamagedPage(t *testing.T) {
	path, _ := doctorFixture(t)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 200 {
		save(t, s, date(10, 0, 0, 0).Add(time.Duration(i)*time.Hour), strings.Repeat("note ", 50))
	}
	s.Close()
	var root uint64
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	_ = db.View(func(tx *bbolt.Tx) error {
		root = uint64(tx.Bucket(bucketCheckins).Root())
		return nil
	})
	db.Close()
	if root == 0 {
		t.Fatal("the check-ins are inline; the test needs a page of their own")
	}
	file := readFile(t, path)
	// Another page's id where the check-ins' root page's should be.
	binary.NativeEndian.PutUint64(file[root*pageSize:], root+7)
	writeFile(t, path, file)

	s, err = Open(path)
	if err != nil {
		t.Fatalf("Open = %v; the damage is where only a write looks", err)
	}
	defer s.Close()
	r := newTestRecord(date(28, 9, 0, 0), "kept")
	err = s.Save(&r, testQuestionnaire())
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), path) {
		t.Errorf("Save = %v, want ErrDamaged naming %s", err, path)
	}
	if !bytes.Equal(readFile(t, path), file) {
		t.Error("the failed save changed the file")
	}
}
