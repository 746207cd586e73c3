package safetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Wrap makes s safe as text of several lines and wraps it to width cells.
// Lines break at spaces only (a hyphen is part of its word, so "check-in"
// never ends a line as "check-"); runs of spaces collapse to one; a word
// longer than a line is cut hard; a character wider than the whole line
// is shown as U+FFFD. No line of the result is wider than width (at least
// 1), and it takes time linear in s.
func Wrap(s string, width int) string {
	width = max(1, width)
	w := wrapper{width: width}
	w.out.Grow(len(s) + len(s)/width + 1)
	for i, para := range strings.Split(Text(s), "\n") {
		if i > 0 {
			w.out.WriteByte('\n')
		}
		w.used = 0
		w.paragraph(para)
	}
	return w.out.String()
}

// wrapper builds the wrapped text; used is the width of the line being
// written.
type wrapper struct {
	out   strings.Builder
	width int
	used  int
}

func (w *wrapper) paragraph(p string) {
	for p != "" {
		start := strings.IndexFunc(p, notSpace)
		if start < 0 {
			return
		}
		p = p[start:]
		end := strings.IndexFunc(p, unicode.IsSpace)
		if end < 0 {
			end = len(p)
		}
		w.word(p[:end])
		p = p[end:]
	}
}

func notSpace(r rune) bool { return !unicode.IsSpace(r) }

// word places one word: after a space on the current line when it fits,
// else at the start of a new line, cut into pieces when even a whole line
// is too short.
func (w *wrapper) word(word string) {
	ww := clusterWidth(word)
	switch {
	case w.used > 0 && w.used+1+ww <= w.width:
		w.out.WriteByte(' ')
		w.used++
	case w.used > 0:
		w.newLine()
	}
	if ww <= w.width {
		w.out.WriteString(word)
		w.used += ww
		return
	}
	eachCluster(word, func(c string, cw int) bool {
		if cw > w.width {
			c, cw = string(utf8.RuneError), 1
		}
		if w.used+cw > w.width {
			w.newLine()
		}
		w.out.WriteString(c)
		w.used += cw
		return true
	})
}

func (w *wrapper) newLine() {
	w.out.WriteByte('\n')
	w.used = 0
}

// clusterWidth is the width of a single line of safe text.
func clusterWidth(s string) int {
	n := 0
	eachCluster(s, func(_ string, cw int) bool {
		n += cw
		return true
	})
	return n
}
