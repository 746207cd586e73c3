package safetext

import "testing"

func TestLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text is kept", "Ship the Q3 plan", "Ship the Q3 plan"},
		{"window title and clear screen", "a\x1b]0;pwned\x07b\x1b[2Jc", "abc"},
		{"OSC 52 clipboard write ended by ST", "x\x1b]52;c;ZWNobw==\x1b\\y", "xy"},
		{"unterminated OSC takes the rest", "ok\x1b]0;title", "ok"},
		{"DCS, APC, PM and SOS strings", "1\x1bPq#0\x1b\\2\x1b_g\x1b\\3\x1b^p\x1b\\4\x1bXs\x1b\\5", "12345"},
		{"colour from outside", "\x1b[31mred\x1b[0m", "red"},
		{"private CSI", "a\x1b[?1049hb", "ab"},
		{"short escapes", "a\x1bcb\x1b(0c\x1b7d", "abcd"},
		{"ESC at the end", "end\x1b", "end"},
		{"CSI broken by a newline", "a\x1b[12\nb", "a␊b"},
		{"C1 CSI as UTF-8", "a\u009b2Jb", "ab"},
		{"C1 OSC as UTF-8 ended by C1 ST", "a\u009d0;t\u009cb", "ab"},
		{"other C1 becomes U+FFFD", "a\u0085b", "a\ufffdb"},
		{"8-bit CSI byte is invalid UTF-8", "a\x9b2Jb", "a\ufffd2Jb"},
		{"C0 controls become pictures", "a\x00b\x07c\x08d", "a␀b␇c␈d"},
		{"newline and CR in one line", "a\nb\rc", "a␊b␍c"},
		{"tab becomes a space", "a\tb", "a b"},
		{"DEL", "a\x7fb", "a␡b"},
		{"bidi override and isolate", "a\u202eb\u2066c\u2069d\u202ae", "a\ufffdb\ufffdc\ufffdd\ufffde"},
		{"invalid UTF-8", "a\xffb\xc3", "a\ufffdb\ufffd"},
		{"wide and combining text kept", "日本 café e\u0301", "日本 café e\u0301"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"newlines kept", "one\ntwo", "one\ntwo"},
		{"CRLF becomes LF", "one\r\ntwo\r\n", "one\ntwo\n"},
		{"lone CR becomes LF", "one\rtwo", "one\ntwo"},
		{"escapes removed across lines", "a\x1b]0;t\x07\n\x1b[2Jb", "a\nb"},
		{"bell", "ding\x07", "ding␇"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(tt.in); got != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStyled(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"SGR kept", "\x1b[1;38;5;12mbold\x1b[0m", "\x1b[1;38;5;12mbold\x1b[0m"},
		{"SGR with colons kept", "\x1b[38:2:1:2:3mx\x1b[m", "\x1b[38:2:1:2:3mx\x1b[m"},
		{"cursor and clear removed", "\x1b[2J\x1b[Hx\x1b[?25l", "x"},
		{"title removed", "\x1b]2;t\x07x", "x"},
		{"controls still pictured", "x\x07\ny", "x␇\ny"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Styled(tt.in); got != tt.want {
				t.Errorf("Styled(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
