package store

import (
	"encoding/binary"
	"fmt"
	"os"

	"go.etcd.io/bbolt"
)

// bbolt's page layout (its internal/common package): a 16-byte header of
// id, flags, count and overflow, in the machine's byte order; a meta
// page's magic, version, page size and flags, its root bucket, then the
// page of the free list and the transaction id.
const (
	pageHeaderSize = 16
	metaPageFlag   = 0x04
	freelistFlag   = 0x10
	metaMagic      = 0xED0CDAED
	metaMagicAt    = pageHeaderSize
	metaFreelistAt = pageHeaderSize + 32
	metaTxidAt     = pageHeaderSize + 48
	noFreelist     = ^uint64(0)
	damagedMeta    = "page %d, one of the two copies of the database's header, is damaged"
)

// uncheckable says why bbolt's consistency check must not run on tx, or
// "" when it may. tx.Check reads pages in a goroutine of its own, where
// a page that is not what it claims to be panics beyond any recover and
// ends the program. So every page it reads is read here first, where
// guard catches what it would meet: both meta pages (bbolt reads from
// the newer sound one, so one torn by a crash goes unnoticed until
// then), the page of the free list, and every branch and leaf page of
// every bucket, by walking them all with cursors.
func uncheckable(tx *bbolt.Tx, path string) string {
	if p := damagedHeaderPages(tx, path); p != "" {
		return p
	}
	err := guard(func() error {
		return tx.ForEach(func(_ []byte, b *bbolt.Bucket) error {
			walkBuckets(b)
			return nil
		})
	}, func(cause error) error { return cause })
	if err != nil {
		return fmt.Sprintf("a page of the database is damaged (%v)", err)
	}
	return ""
}

// damagedHeaderPages checks the headers of the meta pages and of the free
// list's page as they are in the file.
func damagedHeaderPages(tx *bbolt.Tx, path string) string {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Sprintf("cannot read %s again to check its pages (%v)", path, reason(err))
	}
	defer f.Close()
	size := tx.DB().Info().PageSize
	freelist := noFreelist
	for id := range uint64(2) {
		page := make([]byte, pageHeaderSize+64)
		if _, err := f.ReadAt(page, int64(id)*int64(size)); err != nil {
			return fmt.Sprintf(damagedMeta+" (%v)", id, err)
		}
		if !headerIs(page, id, metaPageFlag) {
			return fmt.Sprintf(damagedMeta, id)
		}
		if binary.NativeEndian.Uint32(page[metaMagicAt:]) == metaMagic &&
			binary.NativeEndian.Uint64(page[metaTxidAt:]) == uint64(tx.ID()) {
			freelist = binary.NativeEndian.Uint64(page[metaFreelistAt:])
		}
	}
	if freelist == noFreelist {
		return ""
	}
	page := make([]byte, pageHeaderSize)
	if _, err := f.ReadAt(page, int64(freelist)*int64(size)); err != nil || !headerIs(page, freelist, freelistFlag) {
		return fmt.Sprintf("page %d, the list of free pages, is damaged", freelist)
	}
	return ""
}

func headerIs(page []byte, id uint64, flags uint16) bool {
	return binary.NativeEndian.Uint64(page) == id && binary.NativeEndian.Uint16(page[8:]) == flags
}

// walkBuckets moves a cursor over every key of b and of every bucket
// inside it, which reads each of their branch and leaf pages.
func walkBuckets(b *bbolt.Bucket) {
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if child := b.Bucket(k); v == nil && child != nil {
			walkBuckets(child)
		}
	}
}
