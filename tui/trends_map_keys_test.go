package tui

import (
	"reflect"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// Each profile's letter on the map is one column wide, as the map's
// cells are: a name in Japanese gave "生", two columns, and every cell
// after it on the row moved right.
func TestProfileKeysAreOneColumn(t *testing.T) {
	tests := []struct {
		name  string
		names [][2]string // id, name
		want  []string
	}{
		{"initials", [][2]string{{"production", "Production"}, {"leaning-results", "Leaning on results"}}, []string{"p", "l"}},
		{"initial taken: another letter of the name", [][2]string{{"a", "Production"}, {"b", "Pushing uphill"}}, []string{"p", "u"}},
		{"Japanese names: the id's letters", [][2]string{{"production", "生産的リーダー"}, {"leaning-results", "成果寄り"}}, []string{"p", "l"}},
		{"Japanese name, id taken: a free letter", [][2]string{{"p", "Production"}, {"p2", "生産"}}, []string{"p", "a"}},
		{"accented initial", [][2]string{{"x", "Écoute"}}, []string{"é"}},
	}
	for _, tt := range tests {
		ps := make([]assessment.Profile, len(tt.names))
		for i, n := range tt.names {
			ps[i] = assessment.Profile{ID: n[0], Name: n[1]}
		}
		if got := profileKeys(ps); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: keys %q, want %q", tt.name, got, tt.want)
		}
	}
}
