package cli

import (
	"bytes"
	"strings"
	"testing"
)

// Pieces of text written across the edges of chunks read back whole and
// in any range.
func TestChunksKeepWhatIsWritten(t *testing.T) {
	var c chunks
	var want bytes.Buffer
	for i := 0; i < 3*chunkSize/1000+5; i++ {
		p := strings.Repeat(string(rune('a'+i%26)), 1+(i*37)%1999)
		c.Write([]byte(p))
		want.WriteString(p)
	}
	var got bytes.Buffer
	if _, err := c.WriteTo(&got); err != nil || !bytes.Equal(got.Bytes(), want.Bytes()) || c.Len() != want.Len() {
		t.Fatalf("read back %d bytes, wrote %d", got.Len(), want.Len())
	}
	for _, r := range [][2]int{{0, 0}, {1, chunkSize + 3}, {chunkSize - 1, chunkSize + 1}, {chunkSize, 2 * chunkSize}, {5, want.Len()}} {
		got.Reset()
		c.writeRange(&got, r[0], r[1])
		if !bytes.Equal(got.Bytes(), want.Bytes()[r[0]:r[1]]) {
			t.Errorf("range %v differs", r)
		}
	}
}
