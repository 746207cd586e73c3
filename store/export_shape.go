package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// shape checks a JSON document against the Go type it will be decoded
// into, before it is. encoding/json stops at the first mismatch and names
// neither the map key nor, inside a custom decoder such as Score's, the
// place; this walk names both, for every mismatch, and notes where each
// value starts so later checks can point at it too.
type shape struct {
	data     []byte
	dec      *json.Decoder
	places   map[string]int64
	problems []problem
}

var (
	timeType  = reflect.TypeFor[time.Time]()
	scoreType = reflect.TypeFor[assessment.Score]()
)

// checkShape walks data, which must be valid JSON, as a value of type t.
// It returns where each value starts, by path, and what does not fit.
func checkShape(data []byte, t reflect.Type) (map[string]int64, []problem) {
	c := shape{data: data, dec: json.NewDecoder(bytes.NewReader(data)), places: map[string]int64{}}
	c.dec.UseNumber()
	c.value("", t)
	return c.places, c.problems
}

func (c *shape) add(off int64, path, msg string) {
	if _, ok := c.places[path]; !ok {
		c.places[path] = off
	}
	c.problems = append(c.problems, problem{path, msg})
}

// next is the offset of the next token: the decoder stops before the
// spaces, commas and colons between tokens.
func (c *shape) next() int64 {
	off := c.dec.InputOffset()
	for off < int64(len(c.data)) && strings.IndexByte(" \t\r\n,:", c.data[off]) >= 0 {
		off++
	}
	return off
}

func (c *shape) value(path string, t reflect.Type) {
	off := c.next()
	c.places[path] = off
	tok, err := c.dec.Token()
	if err != nil {
		c.add(off, path, err.Error()) // the syntax was checked; kept for safety
		return
	}
	nullable := t.Kind() == reflect.Pointer || t.Kind() == reflect.Map || t.Kind() == reflect.Slice || t == scoreType
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	wrong := func(found string) { c.add(off, path, fmt.Sprintf("should be %s, not %s", want(t), found)) }
	switch tok := tok.(type) {
	case nil:
		if !nullable {
			wrong("null")
		}
	case json.Delim:
		switch {
		case tok == '{' && t.Kind() == reflect.Struct && t != timeType && t != scoreType:
			c.object(path, t)
		case tok == '{' && t.Kind() == reflect.Map && t.Key().Kind() == reflect.String:
			c.entries(path, t.Elem())
		case tok == '[' && t.Kind() == reflect.Slice:
			for i := 0; c.dec.More(); i++ {
				c.value(fmt.Sprintf("%s[%d]", path, i), t.Elem())
			}
			c.dec.Token() // ]
		default:
			wrong(map[json.Delim]string{'{': "an object", '[': "a list"}[tok])
			c.skip(tok)
		}
	case string:
		if t == timeType {
			if _, err := time.Parse(time.RFC3339, tok); err != nil {
				c.add(off, path, fmt.Sprintf("%s is not an RFC 3339 time such as 2026-11-29T09:00:00Z", quote(tok)))
			}
		} else if t.Kind() != reflect.String {
			wrong(quote(tok))
		}
	case json.Number:
		if !numberFits(tok, t) {
			wrong(tok.String())
		}
	case bool:
		if t.Kind() != reflect.Bool {
			wrong(strconv.FormatBool(tok))
		}
	}
}

// numberFits reports whether n can be decoded into a value of type t.
func numberFits(n json.Number, t reflect.Type) bool {
	switch {
	case t.Kind() == reflect.Int || t.Kind() == reflect.Int64:
		_, err := strconv.ParseInt(n.String(), 10, 64)
		return err == nil
	case t.Kind() == reflect.Float64 || t == scoreType:
		_, err := n.Float64()
		return err == nil
	}
	return false
}

// object checks the keys of a struct, as encoding/json names them.
func (c *shape) object(path string, t reflect.Type) {
	fields := jsonFields(t)
	for c.dec.More() {
		off := c.next()
		tok, _ := c.dec.Token()
		key, _ := tok.(string)
		ft, ok := fields[key]
		if !ok {
			c.add(off, join(path, key), "unknown key; check the spelling")
			c.skipValue()
			continue
		}
		c.value(join(path, key), ft)
	}
	c.dec.Token() // }
}

// entries checks the values of a map with string keys.
func (c *shape) entries(path string, elem reflect.Type) {
	for c.dec.More() {
		tok, _ := c.dec.Token()
		key, _ := tok.(string)
		c.value(join(path, key), elem)
	}
	c.dec.Token() // }
}

func (c *shape) skipValue() {
	if tok, err := c.dec.Token(); err == nil {
		c.skip(tok)
	}
}

// skip passes over the rest of an object or list whose opening tok was
// just read.
func (c *shape) skip(tok json.Token) {
	depth := 0
	for {
		if d, ok := tok.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
		if depth == 0 {
			return
		}
		var err error
		if tok, err = c.dec.Token(); err != nil {
			return
		}
	}
}

// jsonFields maps the JSON names of a struct's fields to their types,
// taking in the fields of embedded structs as encoding/json does.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	var own []reflect.StructField
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-":
		case f.Anonymous && name == "":
			et := f.Type
			for et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			for k, v := range jsonFields(et) {
				out[k] = v
			}
		case f.IsExported():
			own = append(own, f)
		}
	}
	// A struct's own fields win over those it embeds.
	for _, f := range own {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}

// want says in words what a value of type t looks like in JSON.
func want(t reflect.Type) string {
	switch {
	case t == scoreType:
		return "a number or null"
	case t == timeType:
		return "an RFC 3339 time such as 2026-11-29T09:00:00Z"
	}
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Int, reflect.Int64:
		return "a whole number"
	case reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list"
	}
	return "an object"
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// quote shows a found string, shortened so one bad value does not flood
// the message.
func quote(s string) string {
	if r := []rune(s); len(r) > 40 {
		s = string(r[:40]) + "..."
	}
	return strconv.Quote(s)
}
