package store

import (
	"bytes"
	"testing"
	"time"
)

func TestKeyAndID(t *testing.T) {
	tests := []struct {
		name string
		at   time.Time
		seq  uint64
		want string
	}{
		{"utc", date(29, 9, 0, 0), 3, "20261129-090000-3"},
		{"offset shown in UTC", time.Date(2026, 11, 29, 10, 0, 0, 0, time.FixedZone("CET", 3600)), 3, "20261129-090000-3"},
		{"sub-second dropped", date(29, 9, 0, 0).Add(999 * time.Millisecond), 12, "20261129-090000-12"},
		{"epoch", time.Unix(0, 0), 1, "19700101-000000-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := makeKey(tt.at, tt.seq)
			if got := formatID(k); got != tt.want {
				t.Fatalf("formatID = %q, want %q", got, tt.want)
			}
			back, ok := parseID(tt.want)
			if !ok || !bytes.Equal(back, k) {
				t.Fatalf("parseID(%q) = %x, %v; want %x", tt.want, back, ok, k)
			}
		})
	}
}

func TestKeysSortInTimeOrder(t *testing.T) {
	// Same second, later sequence; then a later second with a smaller one.
	keys := [][]byte{
		makeKey(date(29, 9, 0, 0), 7),
		makeKey(date(29, 9, 0, 0), 8),
		makeKey(date(29, 9, 0, 1), 1),
		makeKey(date(30, 0, 0, 0), 2),
	}
	for i := 1; i < len(keys); i++ {
		if bytes.Compare(keys[i-1], keys[i]) >= 0 {
			t.Errorf("key %d (%s) does not sort before key %d (%s)", i-1, formatID(keys[i-1]), i, formatID(keys[i]))
		}
	}
}

func TestParseIDRejects(t *testing.T) {
	for _, id := range []string{
		"",
		"latest",
		"20261129-090000",
		"20261129-090000-",
		"20261129-090000-03",  // not the form we write
		"20261129-090000-+3",  // sign
		"20261129-090000--3",  // negative
		"20261329-090000-3",   // month 13
		"20261129-090000-3 ",  // trailing space
		"19691231-235959-1",   // before the epoch
		"99991231-235959-1",   // beyond UnixNano
		"20261129-090000-x",   // not a number
		"2026-11-29-090000-3", // dashes in the date
	} {
		if k, ok := parseID(id); ok {
			t.Errorf("parseID(%q) = %x, want rejection", id, k)
		}
	}
}

func TestCheckTakenAt(t *testing.T) {
	tests := []struct {
		name string
		at   time.Time
		ok   bool
	}{
		{"zero time", time.Time{}, false},
		{"before epoch", time.Unix(-1, 0), false},
		{"epoch", time.Unix(0, 0), true},
		{"today", date(29, 9, 0, 0), true},
		{"last valid year", time.Date(2261, 12, 31, 23, 59, 59, 0, time.UTC), true},
		{"2262", time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := checkTakenAt(tt.at); (err == nil) != tt.ok {
				t.Errorf("checkTakenAt(%s) = %v, want ok=%v", tt.at, err, tt.ok)
			}
		})
	}
}

// TestCouldName: only "latest", an ID or a beginning of one can name a
// check-in, whatever the database holds.
func TestCouldName(t *testing.T) {
	for _, tc := range []struct {
		ref  string
		want bool
	}{
		{"latest", true},
		{"2", true},
		{"2026", true},
		{"20261129", true},
		{"20261129-", true},
		{"20261129-09", true},
		{"20261129-090000", true},
		{"20261129-090000-", true},
		{"20261129-090000-3", true},
		{"20261129-090000-1234567", true},
		{"invalid-key-0a0b", true},
		{"", false},
		{"Latest", false},
		{"not-an-id", false},
		{"2026-11-29", false},     // a date as typed, dash after the year
		{"20261129090000", false}, // the dash left out
		{"20261129-0900x", false},
		{"20261129-090000-3a", false},
		{"20261129-090000-3-1", false},
		{" 2026", false},
	} {
		if got := CouldName(tc.ref); got != tc.want {
			t.Errorf("CouldName(%q) = %v, want %v", tc.ref, got, tc.want)
		}
	}
}
