package assessment

import (
	"fmt"
	"slices"
	"strings"
)

func (v *validator) profiles(ps []Profile) {
	seen := map[string]int{}
	for i, p := range ps {
		path := fmt.Sprintf("$.profiles[%d]", i)
		v.uniqueID("profile", path, p.ID, seen, i)
		if strings.TrimSpace(p.Name) == "" {
			v.add(path, "profile %q has no name", p.ID)
		}
		if strings.TrimSpace(p.Interpretation) == "" {
			v.add(path, "profile %q has no interpretation", p.ID)
		}
		v.practices(path, "profile", p.ID, p.Practices)
		v.bounds(path+".relationships", p.ID, p.Relationships)
		v.bounds(path+".results", p.ID, p.Results)
	}
	if len(ps) > 0 && len(v.problems) == 0 {
		if x, y, ok := gap(ps); ok {
			v.add("$.profiles", "profiles leave scores without a profile (for example relationships %.4g, results %.4g); widen a range or add a last profile without bounds", x, y)
		}
	}
}

func (v *validator) bounds(path, id string, r Range) {
	lo, hi := 0.0, 100.0
	if r.Min != nil {
		lo = *r.Min
	}
	if r.Max != nil {
		hi = *r.Max
	}
	if lo < 0 || hi > 100 || lo > hi {
		v.add(path, "profile %q: range %g..%g must lie within 0..100 with min <= max", id, lo, hi)
	}
}

// gap finds a score pair no profile holds. Profiles are rectangles with
// inclusive bounds, so it is enough to test every bound, a hair either side
// of it, and the midpoints between neighbouring bounds, on both axes.
func gap(ps []Profile) (float64, float64, bool) {
	xs := probes(ps, func(p Profile) Range { return p.Relationships })
	ys := probes(ps, func(p Profile) Range { return p.Results })
	for _, x := range xs {
		for _, y := range ys {
			if !held(ps, x, y) {
				return x, y, true
			}
		}
	}
	return 0, 0, false
}

func held(ps []Profile, x, y float64) bool {
	for _, p := range ps {
		if p.Relationships.Contains(x) && p.Results.Contains(y) {
			return true
		}
	}
	return false
}

func probes(ps []Profile, axis func(Profile) Range) []float64 {
	const hair = 1e-6
	cuts := []float64{0, 100}
	for _, p := range ps {
		r := axis(p)
		if r.Min != nil {
			cuts = append(cuts, *r.Min)
		}
		if r.Max != nil {
			cuts = append(cuts, *r.Max)
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []float64
	for i, c := range cuts {
		out = append(out, c, c-hair, c+hair)
		if i > 0 {
			out = append(out, (c+cuts[i-1])/2)
		}
	}
	return slices.DeleteFunc(out, func(x float64) bool { return x < 0 || x > 100 })
}
