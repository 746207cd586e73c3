package assessment

// Questionnaire is a set of statements answered on one scale, grouped into
// facets that each belong to one of exactly two dimensions: the first is the
// relationships axis, the second the results axis.
type Questionnaire struct {
	ID          string      `yaml:"id" json:"id"`
	Version     int         `yaml:"version" json:"version"`
	Title       string      `yaml:"title" json:"title"`
	Description string      `yaml:"description,omitempty" json:"description,omitempty"`
	Scale       Scale       `yaml:"scale" json:"scale"`
	Dimensions  []Dimension `yaml:"dimensions" json:"dimensions"`
	Facets      []Facet     `yaml:"facets" json:"facets"`
	Items       []Item      `yaml:"items" json:"items"`
	Profiles    []Profile   `yaml:"profiles,omitempty" json:"profiles,omitempty"`

	// Source names where the questionnaire was read from, for messages.
	Source string `yaml:"-" json:"-"`
	// Hash identifies the scoring-relevant content (scale, dimensions,
	// facets, items), so a record can tell which statements it answered.
	Hash string `yaml:"-" json:"-"`
}

// Scale is the answer range, inclusive, with one label per point.
type Scale struct {
	Min    int      `yaml:"min" json:"min"`
	Max    int      `yaml:"max" json:"max"`
	Labels []string `yaml:"labels" json:"labels"`
	// NotApplicable, when set, is the label of the answer that is not
	// scored ("Did not come up"), written na in answers files and held as
	// NotApplicable in Answers.
	NotApplicable string `yaml:"not_applicable,omitempty" json:"not_applicable,omitempty"`
}

// Points is the number of answer options on the scale.
func (s Scale) Points() int { return s.Max - s.Min + 1 }

// Label returns the label of answer x, or "" when x is off the scale.
func (s Scale) Label(x int) string {
	if x < s.Min || x > s.Max || x-s.Min >= len(s.Labels) {
		return ""
	}
	return s.Labels[x-s.Min]
}

// Dimension is one axis of the grid.
type Dimension struct {
	ID          string    `yaml:"id" json:"id"`
	Name        string    `yaml:"name" json:"name"`
	Description string    `yaml:"description,omitempty" json:"description,omitempty"`
	Reference   Reference `yaml:"reference,omitempty" json:"reference"`
	// Prompt is a reflection question about this side of the work.
	Prompt string `yaml:"prompt,omitempty" json:"prompt,omitempty"`
}

// Reference holds the norms used to judge a change between two check-ins:
// the standard deviation of the dimension score in a reference group and the
// score's reliability. Zero values mean "use the defaults".
type Reference struct {
	SD          float64 `yaml:"sd,omitempty" json:"sd"`
	Reliability float64 `yaml:"reliability,omitempty" json:"reliability"`
	// Source says where the values come from: SourceAssumed, or the
	// calibration sample ("calibrated on 42 people, 2026-11-30"). Empty
	// reads as assumed, so older questionnaires need no change.
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
}

// Default reference values, used when questions.yaml gives none.
const (
	DefaultReferenceSD          = 15.0
	DefaultReferenceReliability = 0.8
)

// Facet is a group of items inside one dimension.
type Facet struct {
	ID          string `yaml:"id" json:"id"`
	Dimension   string `yaml:"dimension" json:"dimension"`
	Name        string `yaml:"name" json:"name"`
	Description string `yaml:"description,omitempty" json:"description,omitempty"`
	// Practices are concrete things to try when this facet is the one to
	// work on; Prompt is a reflection question about it.
	Practices []string `yaml:"practices,omitempty" json:"practices,omitempty"`
	Prompt    string   `yaml:"prompt,omitempty" json:"prompt,omitempty"`
}

// Item is one statement. A reverse-keyed item describes the opposite
// behaviour, so agreeing with it lowers the score.
type Item struct {
	ID           string `yaml:"id" json:"id"`
	Facet        string `yaml:"facet" json:"facet"`
	Text         string `yaml:"text" json:"text"`
	ObserverText string `yaml:"observer_text,omitempty" json:"observer_text,omitempty"`
	Reverse      bool   `yaml:"reverse,omitempty" json:"reverse,omitempty"`
}

// Profile is a named region of the relationships x results grid. Profiles
// are tried in file order; the first whose ranges hold both scores applies.
type Profile struct {
	ID             string   `yaml:"id" json:"id"`
	Name           string   `yaml:"name" json:"name"`
	Relationships  Range    `yaml:"relationships,omitempty" json:"relationships"`
	Results        Range    `yaml:"results,omitempty" json:"results"`
	Interpretation string   `yaml:"interpretation" json:"interpretation"`
	Advice         string   `yaml:"advice" json:"advice"`
	Practices      []string `yaml:"practices,omitempty" json:"practices,omitempty"`
	// Trap marks the position this stage of leadership warns about.
	Trap bool `yaml:"trap,omitempty" json:"trap,omitempty"`
}

// Range is an inclusive band of scores; a nil bound is open (0 or 100).
type Range struct {
	Min *float64 `yaml:"min,omitempty" json:"min,omitempty"`
	Max *float64 `yaml:"max,omitempty" json:"max,omitempty"`
}

// Contains reports whether score x lies in the range.
func (r Range) Contains(x float64) bool {
	if r.Min != nil && x < *r.Min {
		return false
	}
	if r.Max != nil && x > *r.Max {
		return false
	}
	return true
}

// RelationshipsDimension is the first dimension, the x axis of the grid.
func (q *Questionnaire) RelationshipsDimension() Dimension { return q.Dimensions[0] }

// ResultsDimension is the second dimension, the y axis of the grid.
func (q *Questionnaire) ResultsDimension() Dimension { return q.Dimensions[1] }

// Facet returns the facet with the given id.
func (q *Questionnaire) Facet(id string) (Facet, bool) {
	for _, f := range q.Facets {
		if f.ID == id {
			return f, true
		}
	}
	return Facet{}, false
}

// Item returns the item with the given id.
func (q *Questionnaire) Item(id string) (Item, bool) {
	for _, it := range q.Items {
		if it.ID == id {
			return it, true
		}
	}
	return Item{}, false
}

// Dimension returns the dimension with the given id.
func (q *Questionnaire) Dimension(id string) (Dimension, bool) {
	for _, d := range q.Dimensions {
		if d.ID == id {
			return d, true
		}
	}
	return Dimension{}, false
}

// DimensionOf returns the id of the dimension an item belongs to.
func (q *Questionnaire) DimensionOf(it Item) string {
	f, _ := q.Facet(it.Facet)
	return f.Dimension
}

// ItemsIn returns the items of a dimension, in questionnaire order.
func (q *Questionnaire) ItemsIn(dimension string) []Item {
	var out []Item
	for _, it := range q.Items {
		if q.DimensionOf(it) == dimension {
			out = append(out, it)
		}
	}
	return out
}

// FacetsOf returns the facets of a dimension, in questionnaire order.
func (q *Questionnaire) FacetsOf(dimension string) []Facet {
	var out []Facet
	for _, f := range q.Facets {
		if f.Dimension == dimension {
			out = append(out, f)
		}
	}
	return out
}
