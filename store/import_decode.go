package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
)

// DecodeExport reads an export file; source names it in messages. It
// checks the whole file before returning anything: JSON syntax, the
// format and schema, the type of every value, and each check-in's id,
// time, questionnaire, values, commitments and reviews. Problems are
// reported, each with its line and column and the check-in it is in, as
// an *assessment.ValidationError; after maxProblems it stops looking. The
// answers are checked against their questionnaires by CheckAnswers, which
// needs to know them.
//
// The check-ins are walked one at a time: only the check-in at hand is
// decoded and checked, so a huge file of broken check-ins stops at the
// first screenful, and a sound one costs about its own size.
func DecodeExport(source string, data []byte) (ExportFile, error) {
	return decodeExport(source, data, nil)
}

// decodeExport is DecodeExport, or DecodeImport when plan is not nil.
func decodeExport(source string, data []byte, plan *importPlan) (ExportFile, error) {
	if !validJSON(data) {
		if isDatabase(data) {
			return ExportFile{}, newError(RestoreBackup, "%s is not an export but a database (a backup, say)", source)
		}
		return ExportFile{}, syntaxProblem(source, data)
	}
	if err := checkHeader(source, data); err != nil {
		return ExportFile{}, err
	}
	d := exportDecoder{f: ExportFile{source: source, data: data, places: map[string]int64{}, plan: plan}, data: data}
	d.walk()
	if len(d.ps) > 0 {
		return ExportFile{}, d.f.report(d.ps, d.ids)
	}
	if ps := d.f.check(); len(ps) > 0 {
		return ExportFile{}, d.f.report(ps, d.ids)
	}
	if plan != nil {
		plan.ids = d.ids
	}
	return d.f, nil
}

// syntaxProblem names where the JSON in data breaks.
func syntaxProblem(source string, data []byte) error {
	err := json.Unmarshal(data, new(json.RawMessage))
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return fmt.Errorf("%s: %w", source, err)
	}
	// The offset is just past the byte that broke the syntax.
	line, col := lineCol(data, max(se.Offset-1, 0))
	return &assessment.ValidationError{Source: source, Problems: []assessment.Problem{
		{Line: line, Column: col, Message: "not valid JSON: " + se.Error()}}}
}

// exportDecoder walks an export file that is valid JSON whose top level is
// an object (checkHeader has seen to both).
type exportDecoder struct {
	f    ExportFile
	data []byte
	ps   []problem
	ids  []string       // of the check-ins, by index, for messages
	seen map[string]int // check-in id -> index
}

var (
	exportFields = jsonFields(reflect.TypeFor[exportJSON]())
	recordType   = reflect.TypeFor[Envelope]()
)

func (d *exportDecoder) full() bool { return len(d.ps) > maxProblems }

func (d *exportDecoder) walk() {
	eachMember(d.data, skipSpace(d.data, 0), func(key string, keyAt, at int) (int, bool) {
		if _, again := d.f.places[key]; again && d.f.plan != nil {
			d.f.plan.repeated = true
		}
		d.f.places[key] = int64(at)
		t, ok := exportFields[key]
		end := len(d.data)
		switch {
		case !ok:
			d.ps = append(d.ps, problem{key, "unknown key; check the spelling"})
			d.f.places[key] = int64(keyAt)
			end = valueEnd(d.data, at)
		case key == "checkins" && d.data[at] == '[':
			if _, read := d.f.places["questionnaires"]; read && d.f.plan != nil && len(d.ps) == 0 && len(d.f.check()) == 0 {
				d.f.plan.settleOnce(&d.f)
			}
			end = d.checkIns(at)
		default:
			end = valueEnd(d.data, at)
			d.field(key, int64(at), d.data[at:end], t)
		}
		return end, !d.full()
	})
}

// field checks and decodes one top-level value other than the check-ins.
func (d *exportDecoder) field(key string, base int64, raw []byte, t reflect.Type) {
	places, ps := checkShape(raw, t)
	for path, off := range places {
		d.f.places[under(key, path)] = base + off
	}
	for _, p := range ps {
		d.ps = append(d.ps, problem{under(key, p.path), p.msg})
	}
	if len(ps) > 0 {
		return
	}
	var in exportJSON
	_ = json.Unmarshal(append(append([]byte(`{"`+key+`":`), raw...), '}'), &in)
	switch key {
	case "format":
		d.f.Format = in.Format
	case "leadcheck_version":
		d.f.LeadcheckVersion = in.LeadcheckVersion
	case "schema":
		d.f.Schema = in.Schema
	case "questionnaires":
		for _, sq := range in.Questionnaires {
			q := sq.Questionnaire
			if q == nil {
				q = &assessment.Questionnaire{}
			}
			q.Hash = sq.Hash
			q.Source = fmt.Sprintf("questionnaire %s version %d, from %s", q.ID, q.Version, d.f.source)
			d.f.Questionnaires = append(d.f.Questionnaires, q)
		}
	case "rounds":
		d.f.Rounds = in.Rounds
	case "responses":
		d.f.Responses = in.Responses
	case "checkins":
		for _, e := range in.CheckIns { // none: checkShape has said it is not a list
			d.f.CheckIns = append(d.f.CheckIns, e.Unwrap())
		}
	}
}

// checkIns walks the list of check-ins starting at data[start], and
// returns where it ends (see eachElement). They are
// read a chunk at a time, the check-ins of a chunk each on a processor of
// its own (they are independent until their ids are compared), and then
// taken in order, as one at a time would take them.
func (d *exportDecoder) checkIns(start int) (end int) {
	d.seen = map[string]int{}
	d.f.CheckIns = []assessment.CheckIn{}
	var at []int
	var raws [][]byte
	i := 0
	take := func() {
		read := make([]recordRead, len(raws))
		plan, first := d.f.plan, i
		inParallel(len(raws), func(w, j int) {
			read[j] = readRecord(raws[j])
			if plan != nil && plan.checker != nil && len(read[j].ps) == 0 {
				plan.checkAnswers(w, first+j, &read[j])
			}
		})
		for j := range read {
			if d.full() {
				return
			}
			d.checkIn(i, int64(at[j]), read[j])
			i++
		}
		at, raws = at[:0], raws[:0]
	}
	end = eachElement(d.data, start, func(a int, raw []byte) bool {
		at, raws = append(at, a), append(raws, raw)
		if len(raws) == chunkSize {
			take()
		}
		return !d.full()
	})
	if len(raws) > 0 && !d.full() {
		take()
	}
	return end
}

// checkIn takes the i-th check-in, starting at base, keeping the places
// of only its problems.
func (d *exportDecoder) checkIn(i int, base int64, rr recordRead) {
	path := fmt.Sprintf("checkins[%d]", i)
	r, ps := rr.r, rr.ps
	d.ids = append(d.ids, r.ID)
	if j, dup := d.seen[r.ID]; dup && r.ID != "" {
		ps = append(ps, problem{"id", fmt.Sprintf("the same id as checkins[%d]", j)})
	} else if r.ID != "" {
		d.seen[r.ID] = i
	}
	d.f.places[path] = base
	for _, p := range ps {
		d.ps = append(d.ps, problem{join(path, p.path), p.msg})
	}
	if len(d.ps) == 0 {
		if p := d.f.plan; p != nil {
			p.take(int(base), rr)
		} else {
			d.f.CheckIns = append(d.f.CheckIns, r.Unwrap())
		}
	}
}

// under puts a path found inside the value at key under key: "[0].hash"
// under "questionnaires" is "questionnaires[0].hash".
func under(key, path string) string {
	if strings.HasPrefix(path, "[") {
		return key + path
	}
	return join(key, path)
}

// recordProblems checks that a record has every key leadcheck writes, and
// what checkRecord checks.
func recordProblems(r Envelope, places map[string]int64) []problem {
	var ps []problem
	for _, key := range requiredKeys {
		if _, ok := places[key]; !ok {
			ps = append(ps, problem{key, "is missing"})
		}
	}
	return append(ps, checkRecord(r)...)
}

// nearest is where the value at path starts in places, or its nearest
// enclosing value when it is missing.
func nearest(places map[string]int64, path string) (int64, bool) {
	for path != "" {
		if off, ok := places[path]; ok {
			return off, true
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return 0, false
}
