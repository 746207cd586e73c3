package cli

import "io"

// chunkSize is the size of each piece of a chunks.
const chunkSize = 64 << 10

// chunks is text kept in pieces of one size, every piece but the last
// full. Unlike a bytes.Buffer it never copies what it holds to grow: a
// report's sections of megabytes briefly held each twice while growing.
type chunks struct {
	bufs [][]byte
	n    int
}

func (c *chunks) Write(p []byte) (int, error) { return writeChunks(c, p) }

// WriteString is Write of a string, without copying it first.
func (c *chunks) WriteString(p string) (int, error) { return writeChunks(c, p) }

func writeChunks[T string | []byte](c *chunks, p T) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(c.bufs) == 0 || len(c.bufs[len(c.bufs)-1]) == chunkSize {
			c.bufs = append(c.bufs, make([]byte, 0, chunkSize))
		}
		last := &c.bufs[len(c.bufs)-1]
		k := min(chunkSize-len(*last), len(p))
		*last = append(*last, p[:k]...)
		p = p[k:]
	}
	c.n += n
	return n, nil
}

// Reset empties c.
func (c *chunks) Reset() { c.bufs, c.n = nil, 0 }

// Len is how many bytes were written.
func (c *chunks) Len() int { return c.n }

// writeRange writes the bytes from offset from up to offset to.
func (c *chunks) writeRange(w io.Writer, from, to int) error {
	for from < to {
		b := c.bufs[from/chunkSize][from%chunkSize:]
		b = b[:min(len(b), to-from)]
		if _, err := w.Write(b); err != nil {
			return err
		}
		from += len(b)
	}
	return nil
}

// WriteTo writes all of it.
func (c *chunks) WriteTo(w io.Writer) (int64, error) {
	return int64(c.n), c.writeRange(w, 0, c.n)
}
