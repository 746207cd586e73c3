package tui

import "testing"

// The key line starts where a centred block starts, moves left only as
// far as it must to fit, and loses only its padding when moved.
func TestAlignFooter(t *testing.T) {
	for _, c := range []struct {
		name          string
		footer        string
		blockW, width int
		want          string
	}{
		{"full-width block", "q quit", 76, 76, "q quit"},
		{"centred block", "q quit", 60, 76, "        q quit"},
		{"odd gap: the odd column on the right", "q quit", 61, 76, "       q quit"},
		{"wider than the block", "1234567890", 4, 16, "      1234567890"},
		{"must move left to fit", "123456789012", 4, 16, "    123456789012"},
		{"padded form lines keep only what fits", "┃ Leave?            \n┃ y/n               ", 10, 20, "     ┃ Leave?       \n     ┃ y/n          "},
		{"no footer", "", 10, 80, ""},
	} {
		if got := alignFooter(c.footer, c.blockW, c.width); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
