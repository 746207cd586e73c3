package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A name with a line break stays inside its sentence in the accessible
// mode, shown as ␊ as on the screens: each sentence is one line.
func TestAccessibleNamesStayInTheirSentence(t *testing.T) {
	qf := oddNames(t)
	db := filepath.Join(t.TempDir(), "history.db")
	for _, f := range []string{"2025-12-08", "2026-01-12"} {
		answers := string(mustRead("../examples/year/" + f + ".yaml"))
		if r := leadcheck(t, db, answers, "--questions", qf, "take", "--answers", "-"); r.code != 0 {
			t.Fatalf("take: exit %d, %s", r.code, r.stderr)
		}
	}
	tests := []struct {
		args  []string
		wants []string
	}{
		{[]string{"--accessible"}, []string{"\nPeople | trust,␊# \"care\" 67, Results focus 50, balance −17,", "\nProfile: Leaning |␊␊# on people.\n"}},
		{[]string{"--accessible", "show"}, []string{"\nPeople | trust,␊# \"care\": 67 out of 100,", "\nProfile: Leaning |␊␊# on people.\n",
			"points): Direction,␊- purpose 42; "}},
		{[]string{"--accessible", "compare"}, []string{"\nPeople | trust,␊# \"care\": 67, then 67:", "; Direction,␊- purpose 42, then 42, no change.\n"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := leadcheck(t, db, "", append([]string{"--questions", qf}, tt.args...)...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			for _, w := range tt.wants {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("missing %q in:\n%s", w, r.stdout)
				}
			}
		})
	}
}

// A commitment with line breaks is one numbered line of the accessible
// dashboard, and one line of the accessible review that opens the next
// check-in.
func TestAccessibleCommitmentStaysOnItsLine(t *testing.T) {
	db := withCommitment(t, "Let each person finish.", "Listen first\n# then\n- speak")
	want := "Trust and listening: Listen first␊# then␊- speak\n"
	if r := leadcheck(t, db, "", "--accessible"); r.code != 0 || !strings.Contains(r.stdout, "\n1. "+want) {
		t.Errorf("dashboard: exit %d, want %q in:\n%s%s", r.code, "1. "+want, r.stdout, r.stderr)
	}
	// The input ends at the review: nothing is saved, the draft is kept.
	r := leadcheck(t, db, "", "take", "--accessible")
	if !strings.Contains(r.stdout, "Commitment 1 of 1, "+want) {
		t.Errorf("review: exit %d, want %q in:\n%s%s", r.code, "Commitment 1 of 1, "+want, r.stdout, r.stderr)
	}
}
