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

func TestFlaggedWords(t *testing.T) {
	fast := CheckIn{Warnings: []Warning{{Code: WarnTooFast}}}
	flat := CheckIn{Warnings: []Warning{{Code: WarnStraightLining}, {Code: WarnAcquiescence}}}
	tests := []struct {
		from, to CheckIn
		want     string
	}{
		{CheckIn{}, CheckIn{}, ""},
		{fast, CheckIn{}, "Data quality: the earlier one (answered fast) was flagged, so read these changes with care."},
		{fast, flat, "Data quality: the earlier one (answered fast) and the later one (same answer in a row, " +
			"agreeing with opposites) were flagged, so read these changes with care."},
	}
	for _, tt := range tests {
		if got := FlaggedWords(tt.from, tt.to); got != tt.want {
			t.Errorf("FlaggedWords = %q, want %q", got, tt.want)
		}
	}
}
