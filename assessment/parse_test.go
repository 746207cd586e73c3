package assessment

import (
	"os"
	"strings"
	"testing"
)

// TestParseErrors breaks testdata/mini.yaml one way at a time and checks the
// exact message: file, line, column and the offending id.
func TestParseErrors(t *testing.T) {
	data, err := os.ReadFile("testdata/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	tests := []struct {
		name, old, new, want string
	}{
		{"version not a number", "version: 2", "version: two",
			`mini.yaml:3:10: version: "two" is not a whole number`},
		{"version zero", "version: 2", "version: 0",
			`mini.yaml:3:10: version is required and must be a whole number of 1 or more`},
		{"unknown key", "title: Mini check-in", "title: Mini check-in\ncolour: blue",
			`mini.yaml:5:1: unknown field "colour" (check the spelling; the format is described in the README)`},
		{"bad questionnaire id", "id: mini\n", "id: Mini Check\n",
			`mini.yaml:2:5: id "Mini Check" may only use lowercase letters, digits and dashes`},
		{"duplicate item id", "  - {id: trust-2, facet: trust,", "  - {id: trust-1, facet: trust,",
			`mini.yaml:23:10: item "trust-1": duplicate id (first defined at line 21)`},
		{"dangling facet", "{id: pace-2, facet: pace,", "{id: pace-2, facet: speed,",
			`mini.yaml:28:25: item "pace-2": facet "speed" is not defined under facets`},
		{"dangling dimension", "{id: pace, dimension: results,", "{id: pace, dimension: outcome,",
			`mini.yaml:19:27: facet "pace": dimension "outcome" is not defined under dimensions`},
		{"min >= max", "  max: 5\n", "  max: 1\n",
			`mini.yaml:7:8: scale max (1) must be greater than min (1)`},
		{"wrong label count", "Neutral, ", "",
			`mini.yaml:8:11: scale has 5 points (1..5) but 4 labels; give exactly one label per point`},
		{"empty text", "text: I listened.", "text: '  '",
			`mini.yaml:21:39: item "trust-1" has no text`},
		{"facet without items", "  - {id: pace, dimension: results, name: Pace}\n", "  - {id: pace, dimension: results, name: Pace}\n  - {id: spare, dimension: results, name: Spare}\n",
			`mini.yaml:20:5: facet "spare" has no items`},
		{"profile gap", "  - id: building\n    name: Building\n", "  - id: building\n    name: Building\n    results: {max: 50}\n",
			`mini.yaml:30:3: profiles leave scores without a profile (for example relationships 0, results 50); widen a range or add a last profile without bounds`},
		{"reliability out of range", "reliability: 0.9", "reliability: 1.5",
			`mini.yaml:12:38: dimension "relationships": reference reliability must be between 0 and 1, exclusive (got 1.5)`},
		{"bad bool names the item", "{id: goals-1,", "{ id: goals-1, reverse: maybe,",
			`mini.yaml:22:29: item "goals-1": reverse: "maybe" is not true or false`},
		{"syntax error", "items:", "items: [\n",
			`mini.yaml:30:1: ',' or ']' must be specified`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			broken := strings.Replace(src, tt.old, tt.new, 1)
			if broken == src {
				t.Fatalf("test case did not change the file")
			}
			_, err := Parse("mini.yaml", []byte(broken))
			if tt.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %s", tt.want)
			}
			if got := err.Error(); !strings.HasPrefix(got, tt.want) {
				t.Errorf("error:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestParseShapes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", "x.yaml: the file is empty; a questionnaire needs id, version, scale, dimensions, facets and items"},
		{"a list", "- a\n- b\n", "x.yaml:1:1: the file must be a mapping of keys (id, version, scale, ...), not a sequence"},
		// Found by FuzzParse: the YAML library panics on a tag in a list.
		{"a tag where a list should be", "scale:\n labels:\ndimensions:\n- {}\nfacets:\n  !\n00000 \n 00\n00000008:\n    000: 00000\n",
			"x.yaml: the file could not be read as YAML (the YAML reader failed: …"},
		{"only an id", "id: x\n", "x.yaml:1:1: version is required and must be a whole number of 1 or more\n" +
			"x.yaml:1:1: scale is required: min, max and one label per point\n" +
			"x.yaml:1:1: dimensions must list exactly two: first the relationships axis, then the results axis (found 0)\n" +
			"x.yaml:1:1: facets are required: at least one per dimension\n" +
			"x.yaml:1:1: items are required: the statements to answer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.yaml", []byte(tt.in))
			if strings.HasSuffix(tt.want, "…") && err != nil && strings.HasPrefix(err.Error(), strings.TrimSuffix(tt.want, "…")) {
				return
			}
			if err == nil || err.Error() != tt.want {
				t.Errorf("error:\n%v\nwant:\n%s", err, tt.want)
			}
		})
	}
}

func TestParseDefaultsAndHash(t *testing.T) {
	q := mini(t)
	if got := q.Dimensions[1].Reference; got.SD != DefaultReferenceSD || got.Reliability != DefaultReferenceReliability {
		t.Errorf("results reference = %+v, want defaults", got)
	}
	if got := q.Dimensions[0].Reference; got.SD != 10 || got.Reliability != 0.9 {
		t.Errorf("relationships reference = %+v, want the file's 10 / 0.9", got)
	}
	data, _ := os.ReadFile("testdata/mini.yaml")
	advice, err := Parse("mini.yaml", []byte(strings.Replace(string(data), "advice: Keep going.", "advice: Keep at it.", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if advice.Hash != q.Hash {
		t.Errorf("editing advice changed the hash")
	}
	reworded, err := Parse("mini.yaml", []byte(strings.Replace(string(data), "I listened.", "I listened well.", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if reworded.Hash == q.Hash {
		t.Errorf("rewording a statement kept the hash")
	}
}

func TestDefaultQuestionnaireIsValid(t *testing.T) {
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, err := Parse("questions.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	reversed := map[string]int{}
	perFacet := map[string]int{}
	total := 0
	for _, it := range q.Items {
		perFacet[it.Facet]++
		if it.Reverse {
			reversed[it.Facet]++
			total++
		}
		if it.ObserverText == "" {
			t.Errorf("item %s has no observer wording", it.ID)
		}
	}
	if len(q.Items) != 24 || len(q.Facets) != 8 || total != 8 {
		t.Errorf("%d items, %d facets, %d reversed; want 24, 8, 8", len(q.Items), len(q.Facets), total)
	}
	for _, f := range q.Facets {
		if perFacet[f.ID] != 3 || reversed[f.ID] != 1 {
			t.Errorf("facet %s: %d items, %d reversed; want 3 with exactly one reversed", f.ID, perFacet[f.ID], reversed[f.ID])
		}
	}
	checkDefaultWording(t, q)
	traps := 0
	for _, p := range q.Profiles {
		if p.Trap {
			traps++
		}
	}
	if len(q.Profiles) < 5 || traps != 1 {
		t.Errorf("%d profiles with %d traps; want at least 5 with exactly one trap", len(q.Profiles), traps)
	}
}

// checkDefaultWording holds the default questionnaire to its header: a
// frequency scale with "did not come up", every statement in the cadence's
// window, and the dimensions alternating so no facet comes twice in a row.
func checkDefaultWording(t *testing.T, q *Questionnaire) {
	t.Helper()
	if q.Version != 2 || q.Scale.Labels[0] != "Never" || q.Scale.Labels[4] != "Almost always" || q.Scale.NotApplicable != "Did not come up" {
		t.Errorf("version %d, scale %v, not applicable %q; want version 2, Never .. Almost always, Did not come up",
			q.Version, q.Scale.Labels, q.Scale.NotApplicable)
	}
	dim := map[string]string{}
	for _, f := range q.Facets {
		dim[f.ID] = f.Dimension
	}
	for i, it := range q.Items {
		if !strings.HasPrefix(it.Text, "In {window}, I ") || !strings.HasPrefix(it.ObserverText, "In {window}, my manager ") {
			t.Errorf("item %s: %q / %q; want In {window}, I ... / In {window}, my manager ...", it.ID, it.Text, it.ObserverText)
		}
		if i > 0 && dim[it.Facet] == dim[q.Items[i-1].Facet] {
			t.Errorf("items %d and %d are both %s; the dimensions alternate", i, i+1, dim[it.Facet])
		}
	}
}
