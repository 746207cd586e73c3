package assessment

import (
	"slices"
	"testing"
)

func TestVerdictWords(t *testing.T) {
	tests := []struct {
		v    Verdict
		want string
	}{
		{Improved, "reliable improvement"},
		{Declined, "reliable decline"},
		{NoReliableChange, "within noise"},
	}
	for _, tt := range tests {
		if got := tt.v.Words(); got != tt.want {
			t.Errorf("%q.Words() = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestWarningNames(t *testing.T) {
	codes := []string{WarnStraightLining, WarnLowSpread, WarnAcquiescence, WarnNaySaying,
		WarnTooFast, WarnSelectiveSkipping, "from-a-newer-version"}
	want := []string{"same answer in a row", "answers barely vary", "agreeing with opposites",
		"disagreeing with opposites", "answered fast", "selective skipping", "from-a-newer-version"}
	if got := WarningNames(codes); !slices.Equal(got, want) {
		t.Errorf("WarningNames = %q, want %q", got, want)
	}
}
