package assessment

import (
	"testing"
	"time"
)

// FuzzParseResponse feeds the form reader arbitrary bytes, against an open
// round on mini and a closed one. It must return a response or an error,
// never panic; an accepted response must pass CheckResponse against its
// round, so the two ways in (a form, an import) agree, and must report.
// The observer's reading (ParseForm) gets the same bytes.
func FuzzParseResponse(f *testing.F) {
	q := mustMini(f)
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	open, err := NewRound("r1", "", q, RoundOptions{Roles: []Role{RoleDirectReport, RolePeer, RoleOther}}, now)
	if err != nil {
		f.Fatal(err)
	}
	closed := open
	closed.ID, closed.Closed = "r0", true
	find := LookupIn([]Round{open, closed}, q)
	seedFiles(f, "testdata/feedback/broken/*.yaml")
	blank, err := WriteForm(open, q, FormYAML)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(blank)
	f.Add([]byte("round: r1\nquestionnaire: {id: mini, version: 2, hash: b001a6e78a452dd8}\nrole: peer\nanswers: {trust-1: 4, goals-2: 1}\ncomment: |\n  ok\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := ParseForm("fuzz.yaml", data, q); err != nil && err.Error() == "" {
			t.Fatal("empty error message")
		}
		resp, err := ParseResponse("fuzz.yaml", data, find, now)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if resp.Round != open.ID {
			t.Fatalf("accepted a response to round %q", resp.Round)
		}
		if err := CheckResponse(resp, open, q); err != nil {
			t.Fatalf("accepted a response that CheckResponse refuses: %v\n%+v", err, resp)
		}
		_ = resp.Hash()
		if _, err := BuildReport(q, open, nil, []Response{resp, resp, resp}, 1); err != nil {
			t.Fatal(err)
		}
	})
}
