package assessment

import (
	"strings"
	"testing"
)

func TestFillForm(t *testing.T) {
	q := miniNA(t)
	r := testRound(t, q, "r1", RoundOptions{Roles: threeRoles})
	form, err := WriteForm(r, q, FormYAML)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		resp Response
	}{
		{"answers and a comment", Response{Role: RolePeer, Answers: Answers{"trust-1": 4, "goals-2": NotApplicable},
			Comment: "Clear goals.\n\nMore time to think, please."}},
		{"a comment only", Response{Role: RoleOther, Comment: "Thanks."}},
		{"answers only", Response{Role: RoleDirectReport, Answers: Answers{"pace-2": 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.resp.Round, tc.resp.Questionnaire = "r1", RefOf(q)
			filled, err := FillForm(form, tc.resp, q)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseResponse("filled.yaml", filled, LookupIn([]Round{r}, q), feedbackNow)
			if err != nil {
				t.Fatal(err)
			}
			if got.Hash() != tc.resp.Hash() || got.Comment != tc.resp.Comment {
				t.Errorf("read back %+v\nwant %+v", got, tc.resp)
			}
			// Filling in the filled-in form again changes nothing.
			again, err := FillForm(filled, tc.resp, q)
			if err != nil || string(again) != string(filled) {
				t.Errorf("filled twice: %v\n%s", err, again)
			}
		})
	}
}

func TestFormStatements(t *testing.T) {
	q := mini(t)
	r := testRound(t, q, "r1", RoundOptions{})
	form, _ := WriteForm(r, q, FormYAML)
	got := FormStatements(form, q)
	for _, it := range q.Items {
		if want := ObserverWording(it, r.Window()); got[it.ID] != strings.Join(strings.Fields(want), " ") {
			t.Errorf("%s: %q; want %q", it.ID, got[it.ID], want)
		}
	}
}
