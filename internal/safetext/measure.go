package safetext

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// ellipsis marks where Truncate cut a text.
const ellipsis = "…"

// Width is the number of terminal cells s takes once made safe, measured
// per grapheme cluster as the layout library measures it. For a text of
// several lines it is the widest line.
func Width(s string) int {
	widest, w := 0, 0
	eachCluster(Text(s), func(c string, cw int) bool {
		if c == "\n" {
			w = 0
			return true
		}
		w += cw
		widest = max(widest, w)
		return true
	})
	return widest
}

// eachCluster calls f with every grapheme cluster of s and its width in
// cells, in order, until f returns false. One pass: each cluster is read
// once.
func eachCluster(s string, f func(cluster string, width int) bool) {
	for s != "" {
		if s[0] < utf8.RuneSelf && (len(s) == 1 || s[1] < utf8.RuneSelf) {
			// ASCII followed by ASCII is a cluster of its own; the
			// shortcut keeps plain text fast.
			w := 1
			if s[0] < 0x20 || s[0] == 0x7f {
				w = 0
			}
			if !f(s[:1], w) {
				return
			}
			s = s[1:]
			continue
		}
		c, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if c == "" { // cannot happen on non-empty input; never loop forever
			c, w = s[:1], 1
		}
		if !f(c, w) {
			return
		}
		s = s[len(c):]
	}
}

// Truncate makes s safe as one line and shortens it to at most width
// cells, ending a shortened text with "…". It reads only as much of s as
// it can show, so a preview of a very long note costs little.
func Truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if len(s) <= width && isPlain(s) {
		return s // printable ASCII: a cell a byte, and it fits
	}
	// A cell takes at most a few bytes once safe; a cluster can take more
	// (combining marks), and then the text is marked as cut a little early.
	t, cut := clean(s, oneLine, 16*width+64)
	var b strings.Builder
	used, over := 0, false
	eachCluster(t, func(c string, cw int) bool {
		if used+cw > width {
			over = true
			return false
		}
		b.WriteString(c)
		used += cw
		return true
	})
	if !over && !cut {
		return t
	}
	return cutTo(b.String(), width-1) + ellipsis
}

// cutTo keeps the clusters of s that fit in width cells.
func cutTo(s string, width int) string {
	end, used := 0, 0
	eachCluster(s, func(c string, cw int) bool {
		if used+cw > width {
			return false
		}
		end, used = end+len(c), used+cw
		return true
	})
	return s[:end]
}
