package cli

import (
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// The JSON shapes of 'leadcheck compare --json'. Numbers are unrounded;
// a dimension that is unscored on either side has null difference, rci and
// verdict.
type (
	compareOut struct {
		From       checkInRef                   `json:"from_check_in"`
		To         checkInRef                   `json:"to_check_in"`
		Threshold  float64                      `json:"rci_threshold"`
		Dimensions map[string]dimensionChangeJS `json:"dimensions"`
		Facets     []facetChangeJS              `json:"facets"`
		Items      []itemChangeJS               `json:"items"`
	}
	checkInRef struct {
		ID      string    `json:"id"`
		TakenAt time.Time `json:"taken_at"`
	}
	dimensionChangeJS struct {
		From               assessment.Score    `json:"from"`
		To                 assessment.Score    `json:"to"`
		Difference         *float64            `json:"difference"`
		RCI                *float64            `json:"rci"`
		Verdict            *assessment.Verdict `json:"verdict"`
		ReliableDifference float64             `json:"reliable_difference"`
	}
	facetChangeJS struct {
		ID         string           `json:"id"`
		From       assessment.Score `json:"from"`
		To         assessment.Score `json:"to"`
		Difference *float64         `json:"difference"`
	}
	itemChangeJS struct {
		ID         string                `json:"id"`
		Status     assessment.ItemStatus `json:"status"`
		From       *int                  `json:"from"`
		To         *int                  `json:"to"`
		Difference *int                  `json:"difference"`
	}
)

func compareJSON(from, to assessment.CheckIn, c assessment.Comparison) compareOut {
	out := compareOut{
		From:       checkInRef{from.ID, from.TakenAt},
		To:         checkInRef{to.ID, to.TakenAt},
		Threshold:  assessment.RCIThreshold,
		Dimensions: map[string]dimensionChangeJS{},
		Facets:     []facetChangeJS{},
		Items:      []itemChangeJS{},
	}
	for _, d := range c.Dimensions {
		js := dimensionChangeJS{From: d.From, To: d.To, ReliableDifference: d.Threshold}
		if d.Valid {
			js.Difference, js.RCI, js.Verdict = &d.Difference, &d.RCI, &d.Verdict
		}
		out.Dimensions[d.Dimension.ID] = js
	}
	for _, f := range c.Facets {
		js := facetChangeJS{ID: f.Facet.ID, From: f.From, To: f.To}
		if f.Valid {
			js.Difference = &f.Difference
		}
		out.Facets = append(out.Facets, js)
	}
	for _, it := range c.Items {
		js := itemChangeJS{ID: it.Item.ID, Status: it.Status, From: answer(it.From, it.HasFrom), To: answer(it.To, it.HasTo)}
		if it.Compared {
			js.Difference = &it.Difference
		}
		out.Items = append(out.Items, js)
	}
	return out
}

// answer is a raw answer, or nil when the statement was not answered.
func answer(x int, ok bool) *int {
	if !ok {
		return nil
	}
	return &x
}
