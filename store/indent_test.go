package store

import (
	"bytes"
	"encoding/json"
	"testing"
)

// indentCases are JSON values with every shape the indenter handles:
// empty containers, nesting, escaped quotes and backslashes, numbers and
// literals, spaces around and inside.
var indentCases = []string{
	`{}`,
	`[]`,
	`{"a":[],"b":{}}`,
	`{"a":1,"b":[true,false,null],"c":{"d":-1.5e+3}}`,
	`["\"","\\","\\\"","a\\\\\"b",""]`,
	`{"note":"a <note> & more, with \u2028 and \n"}`,
	`  {"a" : [ 1 , 2 ] }  `,
	`"just a string"`,
	`12`,
	`[[[[]]],[{}]]`,
}

func TestAppendIndentedIsJSONIndent(t *testing.T) {
	for _, src := range indentCases {
		for _, p := range [][2]string{{"", "  "}, {"    ", "  "}, {">", "\t"}} {
			var want bytes.Buffer
			if err := json.Indent(&want, []byte(src), p[0], p[1]); err != nil {
				t.Fatal(err)
			}
			got, err := appendIndented([]byte("before"), []byte(src), p[0], p[1])
			if err != nil || string(got) != "before"+want.String() {
				t.Errorf("%s with %q/%q:\n got %q, %v\nwant %q", src, p[0], p[1], got, err, "before"+want.String())
			}
		}
	}
}

// An unclosed string or bracket is left to json.Indent, whose error is
// returned, and nothing is appended.
func TestAppendIndentedRefusesWhatJSONIndentRefuses(t *testing.T) {
	for _, src := range []string{`{"a":1`, `["a]`, `{"a":1}}`, `[1,2]]`} {
		got, err := appendIndented([]byte("x"), []byte(src), "", "  ")
		if err == nil || string(got) != "x" {
			t.Errorf("%s: got %q, %v; want an error and nothing appended", src, got, err)
		}
	}
}

// Every stored record comes out as json.Indent writes it.
func TestAppendIndentedOnStoredRecords(t *testing.T) {
	s := openTemp(t)
	save(t, s, date(1, 9, 0, 0), `a "quoted" <note> \ with a backslash`)
	save(t, s, date(2, 9, 0, 0), "")
	n := 0
	err := s.EachJSON(func(b []byte) error {
		n++
		var want bytes.Buffer
		if err := json.Indent(&want, b, "  ", "  "); err != nil {
			return err
		}
		got, err := appendIndented(nil, b, "  ", "  ")
		if err != nil || !bytes.Equal(got, want.Bytes()) {
			t.Errorf("record %d:\n got %s\nwant %s", n, got, want.Bytes())
		}
		return nil
	})
	if err != nil || n != 2 {
		t.Fatalf("%d records, %v", n, err)
	}
}

func FuzzAppendIndented(f *testing.F) {
	for _, c := range indentCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var want bytes.Buffer
		wantErr := json.Indent(&want, src, "  ", "\t")
		got, err := appendIndented(nil, src, "  ", "\t")
		if wantErr != nil {
			// Invalid JSON: the store never passes any (it wrote it
			// with json.Marshal), so only a panic would matter here.
			return
		}
		if err != nil || !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%q:\n got %q, %v\nwant %q", src, got, err, want.Bytes())
		}
	})
}
