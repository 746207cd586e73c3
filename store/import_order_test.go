package store

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// DecodeImport and its CheckAnswers read the check-ins a chunk at a time
// and in parallel; what they report must be what DecodeExport and its
// CheckAnswers, one check-in at a time, report: the same problems, in
// the same order, cut at the same place.
func TestDecodeImportReportsAsDecodeExport(t *testing.T) {
	exported := manyCheckInsExport(t, 2*chunkSize+40)
	id := func(i int) string {
		return date(1, 0, 0, 0).Add(time.Duration(i)*time.Minute).Format("20060102-150405") + fmt.Sprintf("-%d", i+1)
	}
	tests := []struct {
		name     string
		edit     func(string) string
		decoding bool // the problems are found while decoding, not by CheckAnswers
		want     int  // problems reported (a cut report has 21 lines)
	}{
		{"sound", func(s string) string { return s }, false, 0},
		{"answers off the scale in every chunk", func(s string) string {
			for _, i := range []int{3, chunkSize + 1, 2*chunkSize + 39} {
				s = editAfter(s, `"id": "`+id(i)+`"`, `"m1": 5`, `"m1": 9`)
			}
			return s
		}, false, 3},
		{"a key misspelt in the second chunk", func(s string) string {
			return editAfter(s, `"id": "`+id(chunkSize+7)+`"`, `"answers"`, `"answer"`)
		}, true, 1},
		{"more problems than a report shows", func(s string) string {
			return strings.ReplaceAll(s, `"m1": 5`, `"m1": 9`)
		}, false, maxProblems + 1},
		{"an id taken twice, a chunk apart", func(s string) string {
			// The id no longer matches the time either.
			return strings.Replace(s, `"id": "`+id(chunkSize+2)+`"`, `"id": "`+id(2)+`"`, 1)
		}, true, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := []byte(tt.edit(exported))
			whole, wholeErr := DecodeExport("export.json", text)
			_, _, leanErr := DecodeImport("export.json", text, settleNone)
			if wholeErr == nil {
				_, wholeErr = whole.CheckAnswers(noneKnown, date(30, 0, 0, 0))
			}
			if fmt.Sprint(leanErr) != fmt.Sprint(wholeErr) {
				t.Errorf("DecodeImport: %v\nDecodeExport: %v", leanErr, wholeErr)
			}
			if got := problemCount(leanErr); got != tt.want {
				t.Errorf("%d problems reported, want %d: %v", got, tt.want, leanErr)
			}
			if tt.want > 0 && tt.decoding != (whole.source == "") {
				t.Errorf("found while decoding = %v, want %v", whole.source == "", tt.decoding)
			}
		})
	}
}

// manyCheckInsExport is an export of n check-ins a minute apart.
func manyCheckInsExport(t *testing.T, n int) string {
	t.Helper()
	recs := make([]assessment.CheckIn, n)
	for i := range recs {
		r := newTestRecord(date(1, 0, 0, 0).Add(time.Duration(i)*time.Minute), fmt.Sprintf("note %d", i))
		r.ID = r.TakenAt.Format("20060102-150405") + fmt.Sprintf("-%d", i+1)
		recs[i] = r
	}
	s := openTemp(t)
	if _, _, err := s.Import(recs, []*assessment.Questionnaire{testQuestionnaire()}); err != nil {
		t.Fatal(err)
	}
	return string(exportBytes(t, s))
}

// editAfter replaces the first old after the first mark in s.
func editAfter(s, mark, old, new string) string {
	at := strings.Index(s, mark)
	if at < 0 || !strings.Contains(s[at:], old) {
		panic("editAfter: " + mark + " or " + old + " is not in the file")
	}
	return s[:at] + strings.Replace(s[at:], old, new, 1)
}

func problemCount(err error) int {
	if err == nil {
		return 0
	}
	return len(err.(*assessment.ValidationError).Problems)
}

// DecodeImport reports what settles the questionnaires failing only for a
// file sound in form, as the import reported it after DecodeExport, and
// checks the answers of check-ins that come before the questionnaires
// once it has read those.
func TestDecodeImportSettles(t *testing.T) {
	exported := manyCheckInsExport(t, 3)
	offScale := func(s string) string { return strings.Replace(s, `"m1": 5`, `"m1": 9`, 1) }
	malformed := func(s string) string { return strings.Replace(s, `"answers"`, `"answer"`, 1) }
	refused := fmt.Errorf("cannot read the database")
	tests := []struct {
		name      string
		text      string
		settleErr error
		want      string // the error, "" for DecodeExport's and CheckAnswers'
		says      string // what that error says
	}{
		{"settling fails", exported, refused, refused.Error(), refused.Error()},
		{"settling fails, a check-in is malformed", malformed(exported), refused, "", "answer: unknown key"},
		{"an answer off the scale", offScale(exported), nil, "", "answers.m1: 9 is off the scale"},
		{"the check-ins first, sound", checkInsFirst(t, exported), nil, "<nil>", "<nil>"},
		{"the check-ins first, an answer off the scale", checkInsFirst(t, offScale(exported)), nil, "", "answers.m1: 9 is off the scale"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			settle := func(f *ExportFile) (func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error), time.Time, error) {
				calls++
				if len(f.Questionnaires) != 1 {
					t.Errorf("settling %d questionnaires, want the file's one", len(f.Questionnaires))
				}
				return noneKnown, date(30, 0, 0, 0), tt.settleErr
			}
			_, _, err := DecodeImport("export.json", []byte(tt.text), settle)
			want := tt.want
			if want == "" {
				whole, wholeErr := DecodeExport("export.json", []byte(tt.text))
				if wholeErr == nil {
					_, wholeErr = whole.CheckAnswers(noneKnown, date(30, 0, 0, 0))
				}
				want = fmt.Sprint(wholeErr)
			}
			if fmt.Sprint(err) != want || !strings.Contains(want, tt.says) {
				t.Errorf("DecodeImport: %v\nwant %s, which says %q", err, want, tt.says)
			}
			if calls != 1 && !strings.Contains(tt.name, "malformed") {
				t.Errorf("settled %d times, want once", calls)
			}
		})
	}
}

// checkInsFirst moves the list of check-ins of an export ahead of its
// questionnaires.
func checkInsFirst(t *testing.T, s string) string {
	t.Helper()
	qi, ci := strings.Index(s, `"questionnaires": `), strings.Index(s, `"checkins": `)
	if qi < 0 || ci < qi {
		t.Fatal("the export has no questionnaires before its check-ins")
	}
	end := valueEnd([]byte(s), ci+len(`"checkins": `))
	questionnaires := strings.TrimSuffix(strings.TrimSpace(s[qi:ci]), ",")
	return s[:qi] + s[ci:end] + ",\n  " + questionnaires + s[end:]
}

// A file that gives a key of its object twice is read as DecodeExport
// reads it: a second list of check-ins replaces the first, a second list
// of questionnaires adds to the first.
func TestDecodeImportRepeatedKeys(t *testing.T) {
	exported := manyCheckInsExport(t, 3)
	end := strings.LastIndex(exported, "\n}")
	withMember := func(member string) string { return exported[:end] + ",\n  " + member + exported[end:] }
	tests := []struct {
		name  string
		text  string
		added int
	}{
		{"the check-ins twice, the second list empty", withMember(`"checkins": []`), 0},
		{"the questionnaires twice, the second list empty", withMember(`"questionnaires": []`), 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, err := DecodeImport("export.json", []byte(tt.text), settleNone)
			if err != nil {
				t.Fatal(err)
			}
			added, _, err := openTemp(t).ImportFile(&f)
			if err != nil || added != tt.added {
				t.Errorf("ImportFile = %d added, %v; want %d", added, err, tt.added)
			}
		})
	}
}
