package store

import (
	"bytes"
	"encoding/binary"
	"io"
	"os"
)

// An export and a backup are easily taken for each other: one is named
// where the other belongs (restore, --db, import). These tell them apart
// by their first bytes, so the message can say which command takes the
// file, instead of calling it damaged and offering to replace it.

// isExport reports whether the file at path begins as an export (or a
// recovery file) does: JSON that names the export format near its start.
func isExport(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	head = bytes.TrimLeft(head[:n], " \t\r\n")
	return bytes.HasPrefix(head, []byte("{")) && bytes.Contains(head, []byte(`"`+ExportFormat+`"`))
}

// isDatabase reports whether data begins as a bbolt file does: a meta
// page with bbolt's magic number after the page header.
func isDatabase(data []byte) bool {
	return len(data) >= metaMagicAt+4 && binary.NativeEndian.Uint32(data[metaMagicAt:]) == metaMagic
}
