package store

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// An export imported into a new database exports again byte for byte,
// responses included: the one whose role goes out of the export (a role
// fewer than three share) is stored on import under the hash of what the
// export carried, and the export lists responses in that order. Each
// comment gives the four responses other hashes, so some of them would
// move with the role.
func TestExportFeedbackRoundTrip(t *testing.T) {
	for _, comment := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"} {
		src := openTemp(t)
		save(t, src, date(1, 9, 0, 0), "")
		if err := src.SaveRound(testRound(t, "r1"), testQuestionnaire()); err != nil {
			t.Fatal(err)
		}
		for i := range 4 {
			resp := testResponse("r1", 1+i, comment)
			if i == 3 {
				resp.Role = assessment.RoleManager
			}
			if _, err := src.AddResponse(resp); err != nil {
				t.Fatal(err)
			}
		}
		out := exportBytes(t, src)
		f, err := DecodeExport("export.json", out)
		if err != nil {
			t.Fatalf("DecodeExport: %v", err)
		}
		dst := openTemp(t)
		if _, _, err := dst.Import(f.CheckIns, f.Questionnaires); err != nil {
			t.Fatal(err)
		}
		if added, _, err := dst.ImportFeedback(f.Rounds, f.Responses, f.Questionnaires); err != nil || added != 4 {
			t.Fatalf("ImportFeedback = %d, %v; want 4 added", added, err)
		}
		if again := exportBytes(t, dst); !bytes.Equal(again, out) {
			t.Errorf("comment %q: export after import differs:\n%s\nwant\n%s", comment, again, out)
		}
	}
}

// TestShownResponsesRoles: an export keeps a response's role exactly where
// the report shows that role's scores from at least three people, so a
// response without a role never stands for one person of a known role.
func TestShownResponsesRoles(t *testing.T) {
	dr, peer := assessment.RoleDirectReport, assessment.RolePeer
	r := assessment.Round{ID: "r1", Min: 3, Roles: []assessment.Role{dr, peer}}
	tests := []struct {
		name  string
		roles []assessment.Role
		want  []assessment.Role // the roles kept, in the order of roles
	}{
		{"3 direct reports and 1 peer", []assessment.Role{dr, dr, dr, peer}, []assessment.Role{"", "", "", ""}},
		{"3 direct reports and 3 peers", []assessment.Role{dr, dr, dr, peer, peer, peer}, []assessment.Role{dr, dr, dr, peer, peer, peer}},
		{"4 direct reports and 3 peers", []assessment.Role{dr, dr, dr, dr, peer, peer, peer}, []assessment.Role{dr, dr, dr, dr, peer, peer, peer}},
		{"2 direct reports and 1 peer", []assessment.Role{dr, dr, peer}, []assessment.Role{"", "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rs []assessment.Response
			for i, role := range tt.roles {
				rs = append(rs, assessment.Response{Round: "r1", Role: role, Answers: assessment.Answers{"trust-1": 1 + i%5}, Comment: fmt.Sprint(i)})
			}
			got := make([]assessment.Role, len(rs))
			for _, resp := range shownResponses(r, rs) {
				i, _ := strconv.Atoi(resp.Comment)
				got[i] = resp.Role
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("roles kept = %q, want %q", got, tt.want)
			}
		})
	}
}
