package safetext

import (
	"strings"
	"testing"
)

func TestWidth(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"日本", 4},
		{"e\u0301", 1},
		{"ab\ncdef\ng", 4},
		{"\x1b]0;title\x07ab", 2},
		{"a\x07", 2},
	}
	for _, tt := range tests {
		if got := Width(tt.in); got != tt.want {
			t.Errorf("Width(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"short", 10, "short"},
		{"exactly", 7, "exactly"},
		{"one longer", 7, "one lo…"},
		{"abc", 1, "…"},
		{"abc", 0, ""},
		{"日本語", 4, "日…"},
		{"日本語", 5, "日本…"},
		{"two\nlines", 20, "two␊lines"},
		{"\x1b]0;t\x07title", 3, "ti…"},
		{strings.Repeat("x", 10000), 5, "xxxx…"},
	}
	for _, tt := range tests {
		if got := Truncate(tt.in, tt.width); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width int
		want  string
	}{
		{"fits", "a short note", 20, "a short note"},
		{"breaks at spaces", "the quick brown fox", 10, "the quick\nbrown fox"},
		{"spaces collapse", "  a   b  ", 10, "a b"},
		{"hyphen stays in its word", "a check-in today", 9, "a\ncheck-in\ntoday"},
		{"long word cut hard", "abcdefghij", 4, "abcd\nefgh\nij"},
		{"rest of a cut word takes the next", "ab abcdefg hi", 4, "ab\nabcd\nefg\nhi"},
		{"paragraphs kept", "one two\n\nthree", 20, "one two\n\nthree"},
		{"wide characters", "日本語です", 4, "日本\n語で\nす"},
		{"too wide for the line", "日本", 1, "\ufffd\n\ufffd"},
		{"width below one is one", "ab", 0, "a\nb"},
		{"escapes removed first", "a\x1b[2Jb \x1b]0;t\x07c", 10, "ab c"},
		{"CRLF paragraphs", "a\r\nb", 10, "a\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Wrap(tt.in, tt.width); got != tt.want {
				t.Errorf("Wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}
