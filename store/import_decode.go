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
	if !json.Valid(data) {
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
	eachMember(d.data, skipSpace(d.data, 0), func(key string, keyAt, at int, raw []byte) bool {
		d.f.places[key] = int64(at)
		t, ok := exportFields[key]
		switch {
		case !ok:
			d.ps = append(d.ps, problem{key, "unknown key; check the spelling"})
			d.f.places[key] = int64(keyAt)
		case key == "checkins" && raw[0] == '[':
			d.checkIns(at)
		default:
			d.field(key, int64(at), raw, t)
		}
		return !d.full()
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

// checkIns walks the list of check-ins starting at data[start]. They are
// read a chunk at a time, the check-ins of a chunk each on a processor of
// its own (they are independent until their ids are compared), and then
// taken in order, as one at a time would take them.
func (d *exportDecoder) checkIns(start int) {
	d.seen = map[string]int{}
	d.f.CheckIns = []assessment.CheckIn{}
	var at []int
	var raws [][]byte
	i := 0
	take := func() {
		read := make([]recordRead, len(raws))
		inParallel(len(raws), func(_, j int) { read[j] = readRecord(raws[j]) })
		for j := range read {
			if d.full() {
				return
			}
			d.checkIn(i, int64(at[j]), read[j])
			i++
		}
		at, raws = at[:0], raws[:0]
	}
	eachElement(d.data, start, func(a int, raw []byte) bool {
		at, raws = append(at, a), append(raws, raw)
		if len(raws) == chunkSize {
			take()
		}
		return !d.full()
	})
	if len(raws) > 0 && !d.full() {
		take()
	}
}

// recordRead is one check-in of the file as readRecord found it.
type recordRead struct {
	r      Envelope
	ps     []problem // paths relative to the check-in
	stored []byte    // what putRecord would write for it, when the file has it
}

// readRecord decodes and checks one check-in of the file, raw.
func readRecord(raw []byte) recordRead {
	var rr recordRead
	if c, stored, ok := storedForm(raw); ok {
		rr.r, rr.stored = EnvelopeOf(c), stored
		rr.ps = checkRecord(rr.r) // as for any canonical record, below
	} else if out, ok := canonicalRecord(raw, &rr.r); ok {
		if rr.r.Schema == SchemaVersion {
			rr.stored = out
		}
		// Exactly what leadcheck writes for r, so the walk of its shape
		// would find nothing amiss and every required key is there
		// (TestCanonicalRecordHasTheRequiredKeys); its values are
		// checked as any record's are.
		rr.ps = checkRecord(rr.r)
	} else if places, shapeProblems := checkShape(raw, recordType); len(shapeProblems) == 0 {
		_ = json.Unmarshal(raw, &rr.r)
		rr.ps = recordProblems(rr.r, places)
	} else {
		rr.ps = shapeProblems
		var head struct{ ID any }
		_ = json.Unmarshal(raw, &head) // best effort, for the message
		rr.r.ID, _ = head.ID.(string)
	}
	return rr
}

// checkIn takes the i-th check-in, starting at base, keeping the places
// of only its problems.
func (d *exportDecoder) checkIn(i int, base int64, rr recordRead) {
	path := fmt.Sprintf("checkins[%d]", i)
	r, ps, stored := rr.r, rr.ps, rr.stored
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
			p.at = append(p.at, int(base))
			p.stored = append(p.stored, stored)
			p.storedKeys = append(p.storedKeys, storedKey(r.ID, stored))
		} else {
			d.f.CheckIns = append(d.f.CheckIns, r.Unwrap())
		}
	}
}

// canonicalRecord decodes raw into r and reports whether raw is, but for
// spaces, what json.Marshal gives for r, which it returns: a record as
// leadcheck exports it. Walking the shape of every record token by token took most of an
// import; a record in any other form (keys in another case or order, an
// unknown or repeated key, a number written another way) is walked, and
// r is then left empty.
func canonicalRecord(raw []byte, r *Envelope) ([]byte, bool) {
	var out []byte
	ok := json.Unmarshal(raw, r) == nil
	if ok {
		var err error
		out, err = json.Marshal(r)
		ok = err == nil && sameButSpaces(out, raw)
	}
	if !ok {
		*r = Envelope{}
		return nil, false
	}
	return out, true
}

// sameButSpaces reports whether the JSON text spaced is compact with the
// white space between its tokens left out.
func sameButSpaces(compact, spaced []byte) bool {
	j, inString := 0, false
	for i := 0; i < len(spaced); i++ {
		c := spaced[i]
		if !inString && (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			continue
		}
		if j >= len(compact) || compact[j] != c {
			return false
		}
		j++
		switch {
		case inString && c == '\\':
			// The escaped byte is compared as it is, never as a quote.
			if i++; i >= len(spaced) || j >= len(compact) || compact[j] != spaced[i] {
				return false
			}
			j++
		case c == '"':
			inString = !inString
		}
	}
	return j == len(compact)
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
