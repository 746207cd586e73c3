package assessment

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
)

var idPattern = regexp.MustCompile(`^[a-z0-9-]+$`)

// validator collects problems with their places in the parsed file.
type validator struct {
	file     *ast.File
	problems []Problem
}

// node finds the YAML node at a path such as "$.items[3].id", or the
// closest existing parent, so a missing key points at its mapping.
func (v *validator) node(path string) ast.Node {
	for {
		p, err := yaml.PathString(path)
		if err == nil {
			if n, err := p.FilterFile(v.file); err == nil && n != nil {
				return n
			}
		}
		i := strings.LastIndexAny(path, ".[")
		if i <= 1 {
			return firstKey(v.file.Docs[0].Body)
		}
		path = path[:i]
	}
}

func (v *validator) add(path, format string, args ...any) {
	v.problems = append(v.problems, at(v.node(path), fmt.Sprintf(format, args...)))
}

// firstKey points a missing top-level key at the top of the file rather
// than at the first colon.
func firstKey(n ast.Node) ast.Node {
	if m, ok := n.(*ast.MappingNode); ok && len(m.Values) > 0 {
		return m.Values[0].Key
	}
	return n
}

func at(n ast.Node, msg string) Problem {
	p := Problem{Message: msg}
	if n != nil && n.GetToken() != nil {
		p.Line, p.Column = n.GetToken().Position.Line, n.GetToken().Position.Column
	}
	return p
}

func (v *validator) questionnaire(q *Questionnaire) {
	switch {
	case q.ID == "":
		v.add("$.id", "id is required (lowercase letters, digits and dashes, e.g. production-leadership)")
	case !idPattern.MatchString(q.ID):
		v.add("$.id", "id %q may only use lowercase letters, digits and dashes", q.ID)
	}
	if q.Version < 1 {
		v.add("$.version", "version is required and must be a whole number of 1 or more")
	}
	v.scale(q.Scale)
	dims := v.dimensions(q.Dimensions)
	facets := v.facets(q.Facets, dims)
	v.items(q.Items, facets)
	v.placeholders(q.Items)
	v.coverage(q, dims, facets)
	v.profiles(q.Profiles)
}

func (v *validator) scale(s Scale) {
	switch {
	case s.Min == 0 && s.Max == 0 && s.Labels == nil:
		v.add("$.scale", "scale is required: min, max and one label per point")
		return
	case s.Min >= s.Max:
		v.add("$.scale.max", "scale max (%d) must be greater than min (%d)", s.Max, s.Min)
		return
	case s.Min < 0 || s.Max > 9:
		v.add("$.scale", "scale must lie within 0..9 so every answer is a single key press (got %d..%d)", s.Min, s.Max)
		return
	}
	v.notApplicable(s)
	if len(s.Labels) != s.Points() {
		v.add("$.scale.labels", "scale has %d points (%d..%d) but %d labels; give exactly one label per point", s.Points(), s.Min, s.Max, len(s.Labels))
	}
	for i, l := range s.Labels {
		if strings.TrimSpace(l) == "" {
			v.add(fmt.Sprintf("$.scale.labels[%d]", i), "scale label %d is empty", i+1)
		}
	}
}

// uniqueID checks one id and records it; it reports whether the id is usable
// as a reference target.
func (v *validator) uniqueID(kind, path, id string, seen map[string]int, index int) bool {
	switch {
	case id == "":
		v.add(path, "%s %d has no id", kind, index+1)
		return false
	case !idPattern.MatchString(id):
		v.add(path+".id", "%s id %q may only use lowercase letters, digits and dashes", kind, id)
	}
	if first, dup := seen[id]; dup {
		line := v.node(fmt.Sprintf("%s", firstPath(path, first))).GetToken().Position.Line
		v.add(path+".id", "%s %q: duplicate id (first defined at line %d)", kind, id, line)
		return false
	}
	seen[id] = index
	return true
}

// firstPath replaces the index of an "$.items[7]" style path.
func firstPath(path string, index int) string {
	i := strings.LastIndexByte(path, '[')
	return fmt.Sprintf("%s[%d].id", path[:i], index)
}

func (v *validator) dimensions(ds []Dimension) map[string]bool {
	ids := map[string]bool{}
	if len(ds) != 2 {
		v.add("$.dimensions", "dimensions must list exactly two: first the relationships axis, then the results axis (found %d)", len(ds))
	}
	seen := map[string]int{}
	for i, d := range ds {
		path := fmt.Sprintf("$.dimensions[%d]", i)
		if v.uniqueID("dimension", path, d.ID, seen, i) {
			ids[d.ID] = true
		}
		if strings.TrimSpace(d.Name) == "" {
			v.add(path, "dimension %q has no name", d.ID)
		}
		if d.ID == MarginKeyBalance {
			// A record keeps the balance's margin under this key, next to
			// the dimensions' margins.
			v.add(path+".id", "dimension id %q is kept for the balance; choose another id", d.ID)
		}
		if d.Reference.SD < 0 {
			v.add(path+".reference.sd", "dimension %q: reference sd must be positive (got %g)", d.ID, d.Reference.SD)
		}
		if r := d.Reference.Reliability; r < 0 || r >= 1 {
			v.add(path+".reference.reliability", "dimension %q: reference reliability must be between 0 and 1, exclusive (got %g)", d.ID, r)
		}
		v.referenceSource(path, d)
	}
	return ids
}

func (v *validator) facets(fs []Facet, dims map[string]bool) map[string]bool {
	ids := map[string]bool{}
	if len(fs) == 0 {
		v.add("$.facets", "facets are required: at least one per dimension")
	}
	seen := map[string]int{}
	for i, f := range fs {
		path := fmt.Sprintf("$.facets[%d]", i)
		if v.uniqueID("facet", path, f.ID, seen, i) {
			ids[f.ID] = true
		}
		if strings.TrimSpace(f.Name) == "" {
			v.add(path, "facet %q has no name", f.ID)
		}
		if !dims[f.Dimension] && len(dims) > 0 {
			v.add(path+".dimension", "facet %q: dimension %q is not defined under dimensions", f.ID, f.Dimension)
		}
		v.practices(path, "facet", f.ID, f.Practices)
	}
	return ids
}

func (v *validator) items(its []Item, facets map[string]bool) {
	if len(its) == 0 {
		v.add("$.items", "items are required: the statements to answer")
	}
	seen := map[string]int{}
	for i, it := range its {
		path := fmt.Sprintf("$.items[%d]", i)
		v.uniqueID("item", path, it.ID, seen, i)
		switch {
		case it.Facet == "":
			v.add(path, "item %q has no facet; add facet: with the id of one of the facets", it.ID)
		case !facets[it.Facet]:
			v.add(path+".facet", "item %q: facet %q is not defined under facets", it.ID, it.Facet)
		}
		if strings.TrimSpace(it.Text) == "" {
			v.add(path+".text", "item %q has no text", it.ID)
		}
	}
}

// coverage checks that every dimension and facet has items to score.
func (v *validator) coverage(q *Questionnaire, dims, facets map[string]bool) {
	count := map[string]int{}
	for _, it := range q.Items {
		count[it.Facet]++
	}
	dimCount := map[string]int{}
	for i, f := range q.Facets {
		if facets[f.ID] && count[f.ID] == 0 {
			v.add(fmt.Sprintf("$.facets[%d]", i), "facet %q has no items", f.ID)
		}
		dimCount[f.Dimension] += count[f.ID]
	}
	for i, d := range q.Dimensions {
		if dims[d.ID] && dimCount[d.ID] == 0 {
			v.add(fmt.Sprintf("$.dimensions[%d]", i), "dimension %q has no items (add a facet for it and items in that facet)", d.ID)
		}
	}
}
