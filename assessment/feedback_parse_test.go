package assessment

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// feedbackRounds are the rounds the broken responses are read against,
// all on mini: r1 open to direct reports, peers and others; r0 closed by
// hand; r2 past its closing day.
func feedbackRounds(t *testing.T) RoundLookup {
	t.Helper()
	q := mini(t)
	r1 := testRound(t, q, "r1", RoundOptions{Roles: threeRoles})
	r0 := testRound(t, q, "r0", RoundOptions{})
	r0.Closed = true
	r2, err := NewRound("r2", "", q, RoundOptions{ClosesOn: day(2026, 11, 20)}, time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	return LookupIn([]Round{r1, r0, r2}, q)
}

// TestBrokenResponses reads every file under testdata/feedback/broken as
// a response and checks it is refused with exactly this message: the
// file, line and column, what is wrong and what to do. Each file is a
// small filled-in form with one thing wrong (several-problems.yaml has
// four, reported in file order).
func TestBrokenResponses(t *testing.T) {
	find := feedbackRounds(t)
	tests := []struct{ file, want string }{
		{"answer-list.yaml",
			"answer-list.yaml:8:12: answers.trust-1: a list where one answer is expected; answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree), or leave it blank to skip it"},
		{"answers-list.yaml",
			"answers-list.yaml:7:10: answers must be the statements of the form, one per line with the answer after the colon (trust-1: 4), not a list"},
		{"answers-missing.yaml",
			"answers-missing.yaml:1:1: answers: is missing; copy the statements back from the form as it was sent, with your answers after the colons"},
		{"closed-round.yaml",
			"closed-round.yaml:1:8: round r0 is closed, so it takes no more responses; to hear from more people, start a new round"},
		{"comment-colon.yaml",
			"comment-colon.yaml:10:10: mapping value is not allowed in this context; compare the lines around it with the form as it was sent: an answer goes right after its statement's colon, and a comment on the lines below comment: |, each indented by two spaces"},
		{"comment-list.yaml",
			"comment-list.yaml:11:3: comment must be text, not a list; write comment: | and the text on the lines below it, each indented by two spaces"},
		{"comment-too-long.yaml",
			"comment-too-long.yaml:10:1: comment is 2009 characters; shorten it to at most 2000 (about a page)"},
		{"decimal-answer.yaml",
			"decimal-answer.yaml:8:12: answers.trust-1: \"3.5\" is not a whole number; answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree), or leave it blank to skip it"},
		{"duplicate-answer.yaml",
			"duplicate-answer.yaml:9:3: key \"trust-1\" appears twice (first at line 8)"},
		{"duplicate-role.yaml",
			"duplicate-role.yaml:7:1: key \"role\" appears twice (first at line 6)"},
		{"edited-hash.yaml",
			"edited-hash.yaml:5:9: questionnaire.hash \"b001a6e78a452dd9\" does not match round r1, which was started with mini version 2 (hash b001a6e78a452dd8): the form was edited or written for other statements; fill in a fresh copy of the round's form (leadcheck feedback form r1)"},
		{"version-zero.yaml",
			"version-zero.yaml:4:12: questionnaire.version 0 does not match round r1, which was started with mini version 2 (hash b001a6e78a452dd8): the form was edited or written for other statements; fill in a fresh copy of the round's form (leadcheck feedback form r1)"},
		{"blank-id.yaml",
			"blank-id.yaml:3:7: questionnaire.id \"\" does not match round r1, which was started with mini version 2 (hash b001a6e78a452dd8): the form was edited or written for other statements; fill in a fresh copy of the round's form (leadcheck feedback form r1)"},
		{"empty.yaml",
			"empty.yaml: the file is empty; a response is a filled-in feedback form, with round, questionnaire, role and answers"},
		{"na-not-on-scale.yaml",
			"na-not-on-scale.yaml:8:12: answers.trust-1: this questionnaire has no \"did not come up\" answer; answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree), or leave it blank to skip it"},
		{"name-added.yaml",
			"name-added.yaml:12:1: unknown key \"name\"; a response has only round, questionnaire, role, answers and comment (nothing that names who answered), so remove it"},
		{"not-mapping.yaml",
			"not-mapping.yaml:1:1: the file must be a filled-in feedback form: a mapping with round, questionnaire, role, answers and comment, not a list"},
		{"nothing-filled.yaml",
			"nothing-filled.yaml:7:1: nothing is filled in: no statement has an answer and there is no comment; answer at least one statement before the form is added"},
		{"off-scale.yaml",
			"off-scale.yaml:8:12: answers.trust-1: 6 is off the scale; answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree)"},
		{"other-version.yaml",
			"other-version.yaml:4:12: questionnaire.version 3 does not match round r1, which was started with mini version 2 (hash b001a6e78a452dd8): the form was edited or written for other statements; fill in a fresh copy of the round's form (leadcheck feedback form r1)"},
		{"past-closing.yaml",
			"past-closing.yaml:1:8: round r2 closed on 2026-11-20, so it takes no more responses; to hear from more people, start a new round"},
		{"questionnaire-missing.yaml",
			"questionnaire-missing.yaml:1:1: questionnaire: is missing; copy its id, version and hash back from the form as it was sent"},
		{"questionnaire-no-hash.yaml",
			"questionnaire-no-hash.yaml:2:1: questionnaire.hash is missing; copy it back from the form as it was sent"},
		{"questionnaire-text.yaml",
			"questionnaire-text.yaml:2:16: questionnaire must be the id, version and hash the form had, one per line; copy them back from the form as it was sent"},
		{"role-blank.yaml",
			"role-blank.yaml:6:1: role is blank; write the role that fits how you work with the leader: direct-report, peer or other"},
		{"role-list.yaml",
			"role-list.yaml:6:7: role must be one role, not a list; write direct-report, peer or other"},
		{"role-missing.yaml",
			"role-missing.yaml:1:1: role: is missing; add it, with the role that fits how you work with the leader: direct-report, peer or other"},
		{"role-not-offered.yaml",
			"role-not-offered.yaml:6:7: role manager is not one this round asks for; write direct-report, peer or other"},
		{"role-unknown.yaml",
			"role-unknown.yaml:6:7: role \"boss\" is not a role; write direct-report, peer or other"},
		{"round-blank.yaml",
			"round-blank.yaml:1:1: round is blank; copy the round's id back from the form as it was sent"},
		{"round-list.yaml",
			"round-list.yaml:1:8: round must be the round's id, as the form had it; copy it back from the form as it was sent"},
		{"round-missing.yaml",
			"round-missing.yaml:1:1: round: is missing; copy it back from the form as it was sent (it names the round these answers are for)"},
		{"several-problems.yaml",
			"several-problems.yaml:6:7: role \"boss\" is not a role; write direct-report, peer or other\nseveral-problems.yaml:8:12: answers.trust-1: 9 is off the scale; answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree)\nseveral-problems.yaml:9:3: answers.pace-3: the form has no statement with this id; check the spelling against the form as it was sent, or remove the line\nseveral-problems.yaml:10:10: comment must be text, not a list; write comment: | and the text on the lines below it, each indented by two spaces"},
		{"text-answer.yaml",
			"text-answer.yaml:8:12: answers.trust-1: \"often\" is not a whole number; answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree), or leave it blank to skip it"},
		{"too-deep.yaml",
			"too-deep.yaml:8:30: lists and mappings nest more than 20 levels deep here (by brackets [ { or by indentation); leadcheck's files need only a few, so look for an unclosed bracket or check that this is the right file"},
		{"two-documents.yaml",
			"two-documents.yaml:13:1: the file holds several YAML documents (---); a response is one filled-in form, so send each form as a file of its own"},
		{"unclosed-quote.yaml",
			"unclosed-quote.yaml:5:10: value is not allowed in this context. map key-value is pre-defined; compare the lines around it with the form as it was sent: an answer goes right after its statement's colon, and a comment on the lines below comment: |, each indented by two spaces"},
		{"unknown-item.yaml",
			"unknown-item.yaml:9:3: answers.trust-9: the form has no statement with this id; check the spelling against the form as it was sent, or remove the line"},
		{"unknown-round.yaml",
			"unknown-round.yaml:1:8: round \"r9\" is not a feedback round of this database; check that the form belongs to one of your rounds (leadcheck feedback list shows them)"},
		{"zero.yaml",
			"zero.yaml:9:12: answers.goals-1: 0 is off the scale; answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree)"},
	}
	files, _ := filepath.Glob("testdata/feedback/broken/*.yaml")
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	for _, tt := range tests {
		if !slices.Contains(names, tt.file) {
			t.Errorf("%s is in the table but not in testdata/feedback/broken", tt.file)
		}
	}
	if len(names) != len(tests) {
		t.Errorf("%d files in testdata/feedback/broken, %d in the table: give each file its message", len(names), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/feedback/broken/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := ParseResponse(tt.file, data, find, feedbackNow)
			if err == nil {
				t.Fatalf("accepted a broken response: %+v", resp)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n%s\nwant:\n%s", err, tt.want)
			}
		})
	}
}

func TestParseResponseAccepts(t *testing.T) {
	find := feedbackRounds(t)
	const head = "round: r1\nquestionnaire: {id: mini, version: 2, hash: b001a6e78a452dd8}\n"
	ref := QuestionnaireRef{ID: "mini", Version: 2, Hash: "b001a6e78a452dd8"}
	tests := []struct {
		name string
		in   string
		want Response
	}{
		{"role in words, a skipped line, a plain comment", head + "role: Direct report\nanswers:\n  trust-1: 4\n  goals-1:\n  pace-2: 1\ncomment: Thanks\n",
			Response{Round: "r1", Questionnaire: ref, Role: RoleDirectReport, Answers: Answers{"trust-1": 4, "pace-2": 1}, Comment: "Thanks"}},
		{"a comment and nothing else", head + "role: other\nanswers:\ncomment: |\n\n  Not enough time together to say.\n\n",
			Response{Round: "r1", Questionnaire: ref, Role: RoleOther, Answers: Answers{}, Comment: "Not enough time together to say."}},
		{"a comment that YAML reads as a number", head + "role: peer\nanswers: {trust-1: 2}\ncomment: 42\n",
			Response{Round: "r1", Questionnaire: ref, Role: RolePeer, Answers: Answers{"trust-1": 2}, Comment: "42"}},
		{"JSON", `{"round": "r1", "questionnaire": {"id": "mini", "version": 2, "hash": "b001a6e78a452dd8"}, "role": "peer", "answers": {"goals-2": 5}}`,
			Response{Round: "r1", Questionnaire: ref, Role: RolePeer, Answers: Answers{"goals-2": 5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseResponse("r.yaml", []byte(tt.in), find, feedbackNow)
			if err != nil {
				t.Fatal(err)
			}
			if !sameResponse(got, tt.want) || got.Comment != tt.want.Comment {
				t.Errorf("read %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestResponseTooLarge(t *testing.T) {
	data := []byte("round: r1\ncomment: |\n" + strings.Repeat("  long\n", MaxResponseBytes/7+1))
	_, err := ParseResponse("big.yaml", data, feedbackRounds(t), feedbackNow)
	// 10 + 11 bytes of keys, then 7 bytes a line for 524288/7 + 1 = 74899
	// lines: 21 + 524293 = 524314 bytes, 26 over the limit.
	want := "big.yaml: the file is 524314 bytes; a filled-in form is at most 512 KiB, so this is probably not one"
	if errText(err) != want {
		t.Errorf("error %v\nwant %s", err, want)
	}
}

// TestParseForm reads forms as an observer's leadcheck does: against its
// own questionnaire, blanks allowed, roles from the form's role line.
func TestParseForm(t *testing.T) {
	q := mini(t)
	const head = "round: r1\nquestionnaire: {id: mini, version: 2, hash: b001a6e78a452dd8}\n"
	tests := []struct {
		name  string
		q     *Questionnaire
		in    string
		role  Role
		roles []Role
		err   string
	}{
		{"blank", q, head + "# Your role, one of: peer, other\nrole:\nanswers:\n", "", []Role{RolePeer, RoleOther}, ""},
		{"role line gone", q, head + "role: manager\nanswers:\n", RoleManager, Roles, ""},
		{"role not on the line", q, head + "# Your role, one of: peer, other\nrole: manager\nanswers:\n", "", nil,
			"f.yaml:4:7: role manager is not one this round asks for; write peer or other"},
		{"another questionnaire", miniNA(t), head + "role:\nanswers:\n", "", nil,
			"f.yaml:2:45: questionnaire.hash \"b001a6e78a452dd8\" does not match this leadcheck's questionnaire, mini version 2 (hash " + miniNA(t).Hash +
				"): the form was edited or written for other statements; answer it with the leader's version of leadcheck, or fill in the file in a text editor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseForm("f.yaml", []byte(tt.in), tt.q)
			if errText(err) != tt.err {
				t.Fatalf("error:\n%v\nwant:\n%s", err, tt.err)
			}
			if err == nil && (f.Response.Role != tt.role || !slices.Equal(f.Roles, tt.roles) || f.Response.Round != "r1") {
				t.Errorf("read %+v", f)
			}
		})
	}
}
