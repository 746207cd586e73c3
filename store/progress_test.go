package store

import (
	"fmt"
	"strings"
	"testing"
)

// An import reports before each check-in and once at the end, check-ins
// skipped as already present included, so the last report is always the
// total of the total.
func TestImportReportsProgress(t *testing.T) {
	src := openTemp(t)
	saveLoop(t, src)
	f, err := src.Export("v1")
	if err != nil {
		t.Fatal(err)
	}
	dst := openTemp(t)
	for _, round := range []string{"first, all added", "second, all skipped"} {
		var got []string
		dst.ReportProgress(func(done, total int) { got = append(got, fmt.Sprintf("%d/%d", done, total)) })
		if _, _, err := dst.Import(f.CheckIns, f.Questionnaires); err != nil {
			t.Fatal(err)
		}
		if want := "0/3 1/3 2/3 3/3"; strings.Join(got, " ") != want {
			t.Errorf("%s import reported %v, want %s", round, got, want)
		}
	}
	// With reporting turned off an import still works.
	dst.ReportProgress(nil)
	if _, _, err := dst.Import(f.CheckIns, f.Questionnaires); err != nil {
		t.Fatal(err)
	}
}
