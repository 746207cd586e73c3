package assessment

import "testing"

func TestCalibratedComment(t *testing.T) {
	const measured = "# Reference values (sd, reliability) set the margins shown beside every\n" +
		"# score and decide when a change counts as reliable. They were measured\n" +
		"# with `leadcheck questions calibrate` (calibrated on 30 people, 2026-11-30):\n" +
		"# the SD of each dimension's scores and Cronbach's alpha of its items.\n"
	tests := []struct{ name, in, want string }{
		{"assumed", "id: x\n\n# These values are assumed.\n# Nobody measured them.\ndimensions:\n  - id: a\n",
			"id: x\n\n" + measured + "dimensions:\n  - id: a\n"},
		{"says nothing of the source", "id: x\n# The two axes.\ndimensions: []\n", "id: x\n# The two axes.\ndimensions: []\n"},
		{"no comment", "id: x\ndimensions: []\n", "id: x\ndimensions: []\n"},
		{"no dimensions", "# assumed\nid: x\n", "# assumed\nid: x\n"},
		{"a comment further up is kept", "# assumed\nid: x\ndimensions: []\n", "# assumed\nid: x\ndimensions: []\n"},
	}
	for _, tt := range tests {
		if got := string(calibratedComment([]byte(tt.in), "calibrated on 30 people, 2026-11-30")); got != tt.want {
			t.Errorf("%s:\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}
