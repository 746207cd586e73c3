package assessment

import "testing"

func TestSameStatement(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"In {window}, I listened.", "In {window}, I listened.", true},
		{"In {window}, I listened.", "In the last four weeks, I listened.", true},
		{"In the last 10 days, I listened.", "In {window}, I listened.", true},
		{"{window} was quiet.", "The last month was quiet.", true},
		{"In {window}, I listened.", "In the last four weeks, I listened twice.", false},
		{"In {window}, I listened.", "In my first weeks, I listened.", false},
		{"In {window}, I listened.", "In {window}, I spoke.", false},
		{"In the last four weeks, I listened.", "In the last month, I listened.", false},
		// Regular-expression characters in a statement are taken as text.
		{"In {window}, I (often) listened?", "In the last week, I (often) listened?", true},
	}
	for _, tt := range tests {
		if got := SameStatement(tt.a, tt.b); got != tt.want {
			t.Errorf("SameStatement(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
