package assessment

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// group makes n responses of a role, each with a comment naming its
// place, so the tests can follow them.
func group(role Role, n int) []Response {
	out := make([]Response, n)
	for i := range out {
		out[i] = Response{Round: "r1", Role: role, Answers: Answers{"trust-1": 3}}
	}
	return out
}

func responsesOf(groups ...[]Response) []Response { return slices.Concat(groups...) }

func TestShownRoles(t *testing.T) {
	all := Round{ID: "r1", Min: 3, Roles: Roles}
	apart := Round{ID: "r1", Min: 3, Roles: Roles, ManagerSeparate: true}
	dr, peer, mgr, other := RoleDirectReport, RolePeer, RoleManager, RoleOther
	tests := []struct {
		name string
		r    Round
		rs   []Response
		want []Role
	}{
		{"below the minimum", all, group(peer, 2), nil},
		{"3 peers, nobody else", all, group(peer, 3), []Role{peer}},
		{"2 peers and a direct report: no role reaches 3", all, responsesOf(group(peer, 2), group(dr, 1)), nil},
		// 4 responses, 3 of them peers: the whole minus the peers would
		// be the one direct report's answers, so the peers go.
		{"3 peers and 1 direct report", all, responsesOf(group(peer, 3), group(dr, 1)), nil},
		{"3 peers and 3 direct reports", all, responsesOf(group(peer, 3), group(dr, 3)), []Role{dr, peer}},
		// The rest is 1 other: dropping one of two groups of 3 (the later
		// in form order, peers) leaves 4 not shown by role.
		{"3 and 3 and 1 other", all, responsesOf(group(dr, 3), group(peer, 3), group(other, 1)), []Role{dr}},
		{"3 and 4 and 2 others", all, responsesOf(group(dr, 3), group(peer, 4), group(other, 2)), []Role{peer}},
		{"manager apart with 3 peers", apart, responsesOf(group(peer, 3), group(mgr, 1)), []Role{peer, mgr}},
		{"manager apart, 3 peers and a direct report", apart, responsesOf(group(peer, 3), group(mgr, 1), group(dr, 1)), []Role{mgr}},
		// Apart from the manager only 2 remain: their average would show.
		{"manager apart, 2 peers", apart, responsesOf(group(peer, 2), group(mgr, 1)), nil},
		{"manager apart, 2 peers and a direct report", apart, responsesOf(group(mgr, 1), group(peer, 2), group(dr, 1)), []Role{mgr}},
		{"manager not apart", all, responsesOf(group(peer, 3), group(mgr, 1)), nil},
		{"a higher minimum", Round{ID: "r1", Min: 5, Roles: Roles}, group(peer, 4), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ShownRoles(tt.r, tt.rs); !slices.Equal(got, tt.want) {
				t.Errorf("ShownRoles = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestComments(t *testing.T) {
	r := Round{ID: "r1", Min: 3, Roles: Roles, ManagerSeparate: true}
	rs := responsesOf(group(RolePeer, 3), group(RoleDirectReport, 1), group(RoleManager, 1), group(RoleOther, 1))
	for i, text := range []string{"peer one", "", "  peer three\n", "from a direct report", "from the manager", "from someone else"} {
		rs[i].Comment = text
	}
	// The manager keeps the role (the round shows the manager apart); the
	// peers do not, as their scores are not shown: named, they would leave
	// the direct report and the other as the only two comments without a
	// role. The blank comment is left out and the others are trimmed.
	want := map[uint64][]Comment{
		1: {{RoleManager, "from the manager"}, {"", "from someone else"}, {"", "peer three"}, {"", "peer one"}, {"", "from a direct report"}},
		2: {{"", "from someone else"}, {"", "peer one"}, {"", "peer three"}, {RoleManager, "from the manager"}, {"", "from a direct report"}},
	}
	for seed, w := range want {
		if got := Comments(r, rs, seed); !slices.Equal(got, w) {
			t.Errorf("seed %d: %q\nwant %q", seed, got, w)
		}
		// The order the responses come in changes nothing.
		back := slices.Clone(rs)
		slices.Reverse(back)
		if got := Comments(r, back, seed); !slices.Equal(got, w) {
			t.Errorf("seed %d, reversed input: %q", seed, got)
		}
	}
	if got := Comments(r, rs[:2], 1); got != nil {
		t.Errorf("below the minimum: %q", got)
	}
	r.ManagerSeparate = false
	for _, c := range Comments(r, rs, 1) {
		if c.Role == RoleManager {
			t.Errorf("the manager's comment keeps its role when the round does not show the manager apart")
		}
	}
}

// TestCommentRoles: a comment names its role exactly where the report
// shows that role's scores, so an unnamed comment never stands for one
// person of a known role.
func TestCommentRoles(t *testing.T) {
	two := Round{ID: "r1", Min: 3, Roles: []Role{RoleDirectReport, RolePeer}}
	apart := Round{ID: "r1", Min: 3, Roles: Roles, ManagerSeparate: true}
	dr, peer, mgr := RoleDirectReport, RolePeer, RoleManager
	tests := []struct {
		name string
		r    Round
		rs   []Response
		want []Role // the roles named, in the order of rs
	}{
		// Naming the 3 direct reports would name the fourth a peer.
		{"3 direct reports and 1 peer", two, responsesOf(group(dr, 3), group(peer, 1)), []Role{"", "", "", ""}},
		{"3 direct reports and 3 peers", two, responsesOf(group(dr, 3), group(peer, 3)), []Role{dr, dr, dr, peer, peer, peer}},
		{"3 direct reports and 4 peers", two, responsesOf(group(dr, 3), group(peer, 4)), []Role{dr, dr, dr, peer, peer, peer, peer}},
		{"manager apart with 3 peers", apart, responsesOf(group(peer, 3), group(mgr, 1)), []Role{peer, peer, peer, mgr}},
		// Apart from the manager only 2 remain, as in ShownRoles.
		{"manager apart, 2 peers", apart, responsesOf(group(peer, 2), group(mgr, 1)), []Role{"", "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.rs {
				tt.rs[i].Comment = fmt.Sprintf("comment %d", i)
			}
			got := make([]Role, len(tt.rs))
			for _, c := range Comments(tt.r, tt.rs, 1) {
				var i int
				fmt.Sscanf(c.Text, "comment %d", &i)
				got[i] = c.Role
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("roles named = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestShuffleIsAPermutation: every seed gives every element once, and
// different seeds give different orders.
func TestShuffleIsAPermutation(t *testing.T) {
	base := strings.Split("abcdefghij", "")
	orders := map[string]bool{}
	for seed := range uint64(50) {
		xs := slices.Clone(base)
		shuffle(xs, seed)
		sorted := slices.Clone(xs)
		slices.Sort(sorted)
		if !slices.Equal(sorted, base) {
			t.Fatalf("seed %d: %v is not a permutation", seed, xs)
		}
		orders[strings.Join(xs, "")] = true
	}
	if len(orders) < 45 {
		t.Errorf("50 seeds gave only %d orders", len(orders))
	}
}

// TestSplitmix checks the generator against the published splitmix64
// sequence from state 0.
func TestSplitmix(t *testing.T) {
	g := splitmix{}
	for i, want := range []uint64{0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f} {
		if got := g.next(); got != want {
			t.Errorf("output %d = %#x, want %#x", i, got, want)
		}
	}
}
