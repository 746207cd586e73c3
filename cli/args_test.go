package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestArgumentErrors calls every command wrongly: each mistake gets one
// line naming it (plus, for usage errors, where to read the usage) and
// exit status 2 for how leadcheck was called, 1 for what it was given.
func TestArgumentErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	takeThree(t, db)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"--frob"}, 2, "unknown flag: --frob"},
		{[]string{"take", "--frob"}, 2, "unknown flag: --frob"},
		{[]string{"take", "now"}, 2, `leadcheck take takes no arguments (got "now")`},
		{[]string{"take", "--date", "yesterday"}, 2, `--date "yesterday" is not a date; use YYYY-MM-DD`},
		{[]string{"take", "--date", "2026-13-01"}, 2, `--date "2026-13-01" is not a date`},
		{[]string{"take", "--date", "2027-01-01"}, 2, "--date 2027-01-01 is in the future"},
		{[]string{"take", "--answers"}, 2, "flag needs an argument: --answers"},
		{[]string{"take", "--json"}, 2, "--json needs --answers"},
		{[]string{"take", "--answers", "missing.yaml"}, 1, "cannot read answers file: open missing.yaml: no such file or directory"},
		{[]string{"history", "all"}, 2, `leadcheck history takes no arguments (got "all")`},
		{[]string{"history", "--since", "2026-01-01"}, 2, "unknown flag: --since"},
		{[]string{"show", "a", "b"}, 2, "takes at most 1 argument, got 2"},
		{[]string{"show", "--frob"}, 2, "unknown flag: --frob"},
		{[]string{"show", "not-an-id"}, 2, `"not-an-id" is not a check-in id: an id looks like 20261129-090000-1, and any beginning of one, or a date such as 20261129, will do; 'leadcheck history' lists them`},
		{[]string{"show", "2026-11-29"}, 2, `"2026-11-29" is not a check-in id`},
		{[]string{"show", ""}, 2, `"" is not a check-in id`},
		{[]string{"show", "20261129-090000-7"}, 1, `check-in "20261129-090000-7" not found`},
		{[]string{"show", "2026"}, 1, `check-in "2026" is ambiguous: it matches 3 check-ins`},
		{[]string{"trend", "--since", "last year"}, 2, `--since "last year" is not a date; use YYYY-MM-DD`},
		{[]string{"trend", "--since", "2026-02-30"}, 2, `--since "2026-02-30" is not a date`},
		{[]string{"trend", "--width", "wide"}, 2, `invalid argument "wide" for "--width"`},
		{[]string{"trend", "--width", "20"}, 2, "--width 20 is out of range; give 40 to 1000 columns"},
		{[]string{"trend", "x"}, 2, `leadcheck trend takes no arguments (got "x")`},
		{[]string{"compare", "a", "b", "c"}, 2, "takes at most 2 arguments, got 3"},
		{[]string{"compare", "nonsense"}, 2, `"nonsense" is not a check-in id`},
		{[]string{"compare", "latest", "nonsense"}, 2, `"nonsense" is not a check-in id`},
		{[]string{"compare", "2026", "20261101"}, 1, `check-in "2026" is ambiguous: it matches 3 check-ins`},
		{[]string{"compare", "20260901-090000-1", "20991231-000000-9"}, 1, `check-in "20991231-000000-9" not found`},
		{[]string{"compare", "20260901-090000-1"}, 1, "there is no earlier check-in to compare with"},
		{[]string{"export", "--format", "xml"}, 2, `--format must be json, csv or md (got "xml")`},
		{[]string{"export", "out.json"}, 2, `leadcheck export takes no arguments (got "out.json")`},
		{[]string{"import"}, 2, "leadcheck import needs one FILE (or - for standard input), got 0 arguments"},
		{[]string{"import", "a.json", "b.json"}, 2, "got 2 arguments"},
		{[]string{"import", "missing.json"}, 1, "cannot read the export: missing.json does not exist; give the path of a file 'leadcheck export' wrote"},
		{[]string{"backup", "a.db", "b.db"}, 2, "takes at most 1 argument, got 2"},
		{[]string{"restore"}, 2, "leadcheck restore takes one argument, the backup to restore (got 0)"},
		{[]string{"restore", "missing.db"}, 1, "cannot restore from missing.db: no such file or directory; nothing was changed"},
		{[]string{"due", "now"}, 2, `leadcheck due takes no arguments (got "now")`},
		{[]string{"due", "--frob"}, 2, "unknown flag: --frob"},
		{[]string{"cadence", "fortnightly"}, 2, `cadence "fortnightly" is not a number of days or weeks`},
		{[]string{"cadence", "2", "fortnights"}, 2, `unknown unit "fortnights"`},
		{[]string{"cadence", "2", "weeks", "now"}, 2, "leadcheck cadence takes one EVERY, such as 2w or 2 weeks (got 3 arguments)"},
		{[]string{"doctor", "now"}, 2, `leadcheck doctor takes no arguments (got "now")`},
		{[]string{"doctor", "--frob"}, 2, "unknown flag: --frob"},
		{[]string{"questions", "frob"}, 2, `unknown command "frob"`},
		{[]string{"feedback", "frob"}, 2, `unknown command "frob"`},
		{[]string{"feedback", "start", "--closes", "2026-11-28"}, 2, "--closes 2026-11-28 has passed; pick today or a later day"},
		{[]string{"completion", "tcsh"}, 2, `unknown command "tcsh"`},
		{[]string{"completion", "bash", "now"}, 2, `unknown command "now" for "leadcheck completion bash"`},
		{[]string{"help", "frob"}, 2, `no help for "frob": there is no such command ('leadcheck --help' lists them)`},
		{[]string{"help", "feedback", "frob"}, 2, `no help for "feedback frob"`},
		{[]string{"questions", "validate", "a", "b"}, 2, "takes at most 1 argument, got 2"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := leadcheck(t, db, "", tt.args...)
			lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
			if r.code != tt.code || !strings.HasPrefix(lines[0], "leadcheck: ") || !strings.Contains(lines[0], tt.want) {
				t.Fatalf("exit %d, stderr:\n%s\nwant exit %d and one line containing %q", r.code, r.stderr, tt.code, tt.want)
			}
			wantLines := 1
			if tt.code == 2 {
				wantLines = 2 // and "Run 'leadcheck --help' for usage."
			}
			if len(lines) != wantLines {
				t.Errorf("stderr has %d lines, want %d:\n%s", len(lines), wantLines, r.stderr)
			}
		})
	}
	if got := historyIDs(t, db); len(got) != 3 {
		t.Errorf("the mistakes changed the history: %v", got)
	}
}
