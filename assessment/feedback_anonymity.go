package assessment

import (
	"cmp"
	"slices"
	"strings"
)

// The anonymity rules of a round, as functions, so the screens, the
// command line and every export show the same: nothing from observers
// until the round's minimum (only the count), no figure that rests on
// fewer than GroupFloor observers, a role named only where at least
// GroupFloor people answered in it, and comments in an order that says
// nothing about who wrote which.

// GroupFloor is the fewest observers anything is shown for: a role named
// beside a comment or with scores of its own, a statement's average, a
// margin or the spread between observers. With two, each of them could
// work out the other's answers from the figure and their own.
const GroupFloor = 3

// RoleCounts counts the responses of each role.
func RoleCounts(rs []Response) map[Role]int {
	n := map[Role]int{}
	for _, r := range rs {
		n[r.Role]++
	}
	return n
}

// ShownRoles are the roles whose scores a report shows on their own, in
// form order: those with at least GroupFloor responses, and the manager
// when the round says so. None before the round reaches its minimum.
//
// Whatever is shown by role can be subtracted from the whole: with 3
// peers shown out of 4 responses, the whole minus the peers is the one
// direct report's answers. So roles are taken away, smallest first,
// until the responses not shown by role are none or at least GroupFloor.
// The manager, who agreed to be shown apart, goes last.
func ShownRoles(r Round, rs []Response) []Role {
	if !r.Reached(len(rs)) {
		return nil
	}
	counts := RoleCounts(rs)
	var shown []Role
	rest := len(rs)
	for _, role := range r.Roles {
		if counts[role] >= GroupFloor {
			shown = append(shown, role)
			rest -= counts[role]
		}
	}
	apart := r.ManagerSeparate && counts[RoleManager] > 0 && !slices.Contains(shown, RoleManager)
	if apart {
		rest -= counts[RoleManager]
	}
	for rest > 0 && rest < GroupFloor && len(shown) > 0 {
		// The smallest goes first; of two the same size, the later in
		// form order, so the result does not depend on anything else.
		i := 0
		for j, role := range shown {
			if counts[role] <= counts[shown[i]] {
				i = j
			}
		}
		rest += counts[shown[i]]
		shown = slices.Delete(shown, i, i+1)
	}
	if apart && (rest == 0 || rest >= GroupFloor) {
		shown = append(shown, RoleManager)
		slices.SortFunc(shown, func(a, b Role) int { return cmp.Compare(slices.Index(Roles, a), slices.Index(Roles, b)) })
	}
	return shown
}

// Comment is an observer's comment as a report shows it. Role is empty
// when naming it could point at the person.
type Comment struct {
	Role Role   `json:"role,omitempty"`
	Text string `json:"text"`
}

// Comments are the round's comments that say something, none before the
// round reaches its minimum. A comment keeps its role only when the report
// shows that role's scores (see ShownRoles): with 3 direct reports named
// and one comment without a role, that one would be the only person in
// another role, as plainly as if it were named. The order is drawn from
// seed: the caller passes a random one, so the order says nothing about
// when or in which order forms arrived; a test passes a fixed one.
func Comments(r Round, rs []Response, seed uint64) []Comment {
	if !r.Reached(len(rs)) {
		return nil
	}
	named := ShownRoles(r, rs)
	out := []Comment{}
	for _, resp := range rs {
		text := strings.TrimSpace(resp.Comment)
		if text == "" {
			continue
		}
		c := Comment{Text: text}
		if slices.Contains(named, resp.Role) {
			c.Role = resp.Role
		}
		out = append(out, c)
	}
	// Sorting first makes the shuffle's input independent of the order
	// the responses came in, so only the seed decides.
	slices.SortFunc(out, func(a, b Comment) int {
		return cmp.Or(strings.Compare(a.Text, b.Text), strings.Compare(string(a.Role), string(b.Role)))
	})
	shuffle(out, seed)
	return out
}

// shuffle is the Fisher-Yates shuffle driven by splitmix64.
func shuffle[T any](xs []T, seed uint64) {
	g := splitmix{state: seed}
	for i := len(xs) - 1; i > 0; i-- {
		j := int(g.next() % uint64(i+1)) // the bias of % is below 2^-50 for any list a round holds
		xs[i], xs[j] = xs[j], xs[i]
	}
}

// splitmix is the splitmix64 generator of Steele, Lea and Flood (2014),
// written out so the order a seed gives is the same in every Go version.
type splitmix struct{ state uint64 }

func (g *splitmix) next() uint64 {
	g.state += 0x9e3779b97f4a7c15
	z := g.state
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}
