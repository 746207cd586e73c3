package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A line the draft's questions cannot take is answered with what to type,
// in the check-in's voice, and the question is asked again.
func TestAccessibleRetrySaysWhatToType(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	if r := leadcheck(t, db, "4\n", "take", "--accessible"); r.code != 1 {
		t.Fatalf("leaving a draft: exit %d, %s", r.code, r.stderr)
	}
	r := leadcheck(t, db, "x\n9\nd\nmaybe\nn\n3\n", "take", "--accessible")
	if r.code != 1 {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Enter a number between 1 and 3: x\nPlease type a number from 1 to 3.\n", 1},
		{"Enter a number between 1 and 3: 9\nPlease type a number from 1 to 3.\n", 1},
		{"[y/N] maybe\nPlease type y for yes or n for no.\n", 1},
		{"Invalid", 0},
		{"please try again", 0},
	} {
		if got := strings.Count(r.stdout, tc.text); got != tc.want {
			t.Errorf("%q appears %d times, want %d:\n%s", tc.text, got, tc.want, r.stdout)
		}
	}
}

func TestSayRetry(t *testing.T) {
	for in, want := range map[string]string{
		"invalid input. please try again":              "Please type y for yes or n for no.",
		"Invalid: must be a number between 1 and 4":    "Please type a number from 1 to 4.",
		"Invalid: must be a number between 0 and 12":   "Please type a number from 0 to 12.",
		"Your note: Invalid: must be a number between": "Your note: Invalid: must be a number between",
		"": "",
	} {
		if got := string(sayRetry([]byte(in))); got != want {
			t.Errorf("sayRetry(%q) = %q, want %q", in, got, want)
		}
	}
}
