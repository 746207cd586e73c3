package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"go.etcd.io/bbolt"
)

// A page whose header bbolt's consistency check would trip over is
// reported, not a crash: the check runs in a goroutine of bbolt's own,
// where its panic on such a page cannot be caught.
func TestCheckDamagedHeaderPages(t *testing.T) {
	tests := []struct {
		name string
		page func(file []byte) uint64
		want string
	}{
		{"the first meta page", func([]byte) uint64 { return 0 },
			"page 0, one of the two copies of the database's header, is damaged"},
		{"the second meta page, torn by a crash", func([]byte) uint64 { return 1 },
			"page 1, one of the two copies of the database's header, is damaged"},
		{"the free list's page", freelistPage, "page %d, the list of free pages, is damaged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, _ := doctorFixture(t)
			file := readFile(t, path)
			id := tt.page(file)
			// Another page's id where this page's should be.
			binary.NativeEndian.PutUint64(file[id*pageSize:], id+7)
			writeFile(t, path, file)
			rep, err := Check(path)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			if strings.Contains(want, "%d") {
				want = fmt.Sprintf(want, id)
			}
			if rep.Healthy() || rep.Consistent || !slices.Contains(rep.Problems, want) {
				t.Errorf("report = %+v\nwant unhealthy with the problem %q", rep, want)
			}
			after, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(after, file) {
				t.Error("Check changed the file")
			}
		})
	}
}

// freelistPage is the free list's page named by the newer meta page.
func freelistPage(file []byte) uint64 {
	meta := func(id uint64) []byte { return file[id*pageSize:] }
	newer := meta(0)
	if binary.NativeEndian.Uint64(meta(1)[metaTxidAt:]) > binary.NativeEndian.Uint64(newer[metaTxidAt:]) {
		newer = meta(1)
	}
	return binary.NativeEndian.Uint64(newer[metaFreelistAt:])
}

// A kept questionnaire that does not decode is a problem: show, compare
// and export stop at it.
func TestCheckDamagedSnapshot(t *testing.T) {
	path, _ := doctorFixture(t)
	var hash string
	writeBolt(t, path, func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketQuestionnaires)
		k, _ := b.Cursor().First()
		hash = string(k)
		return b.Put(k, []byte(`{"id": "\f`))
	})
	rep, err := Check(path)
	if err != nil {
		t.Fatal(err)
	}
	want := "the copy of questionnaire " + hash + " cannot be read (unexpected end of JSON input); restore the database from a backup"
	if rep.Healthy() || rep.Readable || !slices.Contains(rep.Problems, want) {
		t.Errorf("report = %+v\nwant unhealthy with the problem %q", rep, want)
	}
}
