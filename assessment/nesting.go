package assessment

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/token"
)

// CheckNesting refuses YAML or JSON that nests deeper than MaxNesting or
// holds more than MaxAliases aliases. It runs before the YAML reader sees
// the file because that reader's time and memory grow with the square of
// the depth: an 80 KB file of brackets takes gigabytes. The scan is one
// pass over the bytes with a stack no deeper than the limit.
//
// It counts like the YAML reader where that is cheap to know and counts
// more where it is not: a bracket opens a level where a value may start
// (or anywhere inside brackets; a value may start after a document
// marker, "--- " or "... ", too), indentation opens a level when a line
// is indented deeper than the one before, and "- " or "? " opens one for
// what follows on the same line. Quoted text, comments and the lines of
// a block scalar (| or >) are not structure and are skipped.
func CheckNesting(source string, data []byte) error {
	_, err := checkNesting(source, data)
	return err
}

// checkNesting is CheckNesting, giving as well the YAML reader's tokens
// of data when it is accepted, so that a parser reads them rather than
// splitting the text into tokens a second time: that took a quarter of
// reading a questionnaire.
func checkNesting(source string, data []byte) (token.Tokens, error) {
	s := nestScan{data: data, line: 1, literal: -1, fresh: true}
	if bytes.HasPrefix(data, byteOrderMark) {
		s.i = len(byteOrderMark) // the reader drops it; the line starts after it
	}
	if p := s.scan(); p != nil {
		return nil, &ValidationError{source, []Problem{*p}}
	}
	toks := lexer.Tokenize(string(data))
	if p := tokenNesting(toks); p != nil {
		return nil, &ValidationError{source, []Problem{*p}}
	}
	return toks, nil
}

var deepMessage = fmt.Sprintf("lists and mappings nest more than %d levels deep here (by brackets [ { or by indentation); "+
	"leadcheck's files need only a few, so look for an unclosed bracket or check that this is the right file", MaxNesting)

type nestScan struct {
	data    []byte
	i       int // next byte to read
	line    int // line of data[i], 1-based
	lineAt  int // index where that line starts
	fresh   bool
	flow    int   // brackets open now
	indents []int // indentation levels open now, increasing
	literal int   // a block scalar's lines are indented more than this; -1 when none
	node    bool  // a value may start here (line start, after "- ", ": ", "[", ",")
	gap     bool  // the byte before i is a blank, or i starts the line's content
	quoted  bool  // the last token was quoted text (JSON's "key":value)
	aliases int
}

func (s *nestScan) scan() *Problem {
	d := s.data
	for s.i < len(d) {
		if s.fresh {
			if p := s.startLine(); p != nil {
				return p
			}
			continue
		}
		c := d[s.i]
		switch {
		case s.lineBreakAt(s.i):
			s.newline(s.i)
			s.i++
			continue
		case c == ' ' || c == '\t' || c == '\r':
			s.gap = true
			s.i++
			continue
		case c == '#' && s.gap:
			s.skipToEOL()
			continue
		}
		p := s.token(c)
		if p != nil {
			return p
		}
	}
	return nil
}

// token handles one byte that is not a blank, a line break or a comment.
func (s *nestScan) token(c byte) *Problem {
	node, quoted := s.node, s.quoted
	s.node, s.gap, s.quoted = false, false, false
	switch {
	case (c == '-' || c == '.') && node && s.documentMarker():
		// "--- " and "... " are followed by a node on the same line.
		s.i += 3
		s.node = true
		return nil
	case (c == '"' || c == '\'') && node:
		s.skipQuoted(c)
		s.quoted = true
		return nil
	case c == '[' || c == '{':
		if node || s.flow > 0 {
			s.flow++
			s.node = true
			s.i++
			return s.check(s.i - 1)
		}
	case c == ']' || c == '}':
		if s.flow > 0 {
			s.flow--
		}
		// A stray closer is an error to the reader; counting what follows
		// keeps the guard from trusting it.
		s.node = true
	case c == ',':
		s.node = s.flow > 0
	case (c == '-' || c == '?') && node && s.blankAt(s.i+1):
		s.node = true
		s.i++
		return s.compact()
	case c == ':':
		s.node = s.blankAt(s.i+1) || s.flow > 0 || quoted
	case c == '*' && node:
		s.aliases++
		if s.aliases > MaxAliases {
			return s.problem(s.i, fmt.Sprintf("more than %d aliases (*name); write the repeated value out instead of referring to it", MaxAliases))
		}
	case (c == '&' || c == '!') && node:
		s.skipProperty()
		s.node = true
		return nil
	case (c == '|' || c == '>') && node && s.flow == 0:
		s.literal = s.top()
	}
	s.i++
	return nil
}

// startLine measures the indentation of a new line and opens a level when
// it is deeper. Blank lines, comment lines and block scalar text do not
// count.
func (s *nestScan) startLine() *Problem {
	s.fresh = false
	s.node, s.gap, s.quoted = true, true, false
	j := s.i
	for j < len(s.data) && (s.data[j] == ' ' || s.data[j] == '\t') {
		j++
	}
	indent := j - s.i
	s.i = j
	if j == len(s.data) || s.data[j] == '\n' || s.data[j] == '\r' || s.data[j] == '#' {
		return nil
	}
	if s.literal >= 0 {
		if indent > s.literal {
			s.skipToEOL()
			return nil
		}
		s.literal = -1
	}
	// Inside brackets indentation means nothing to the reader, so a
	// shallower line must not close levels that the brackets keep open.
	if s.flow == 0 {
		for len(s.indents) > 0 && s.top() > indent {
			s.indents = s.indents[:len(s.indents)-1]
		}
	}
	if len(s.indents) == 0 || s.top() < indent {
		s.indents = append(s.indents, indent)
		return s.check(j)
	}
	return nil
}

// compact opens a level for a value that follows "- " or "? " on the same
// line ("- - x", "- key: value"), at the column where it starts.
func (s *nestScan) compact() *Problem {
	j := s.i
	for j < len(s.data) && (s.data[j] == ' ' || s.data[j] == '\t') {
		j++
	}
	if j == len(s.data) || s.data[j] == '\n' || s.data[j] == '\r' || s.data[j] == '#' {
		return nil // the value is on the next lines: indentation counts it
	}
	if col := j - s.lineAt; len(s.indents) == 0 || s.top() < col {
		s.indents = append(s.indents, col)
		return s.check(j)
	}
	return nil
}

func (s *nestScan) check(at int) *Problem {
	if len(s.indents)+s.flow <= MaxNesting {
		return nil
	}
	return s.problem(at, deepMessage)
}

func (s *nestScan) problem(at int, msg string) *Problem {
	return &Problem{Line: s.line, Column: utf8.RuneCount(s.data[s.lineAt:at]) + 1, Message: msg}
}

func (s *nestScan) top() int {
	if len(s.indents) == 0 {
		return -1
	}
	return s.indents[len(s.indents)-1]
}

// byteOrderMark may open a file written on Windows.
var byteOrderMark = []byte("\ufeff")

// documentMarker reports whether "---" (a document starts) or "..." (one
// ends) stands at i, followed by a blank or the end.
func (s *nestScan) documentMarker() bool {
	rest := s.data[s.i:]
	return (bytes.HasPrefix(rest, []byte("---")) || bytes.HasPrefix(rest, []byte("..."))) && s.blankAt(s.i+3)
}

func (s *nestScan) blankAt(j int) bool {
	return j >= len(s.data) || s.data[j] == ' ' || s.data[j] == '\t' || s.data[j] == '\r' || s.data[j] == '\n'
}

func (s *nestScan) newline(at int) {
	s.line++
	s.lineAt = at + 1
	s.fresh = true
}

// skipToEOL leaves i on the line break (or the end), which scan handles.
func (s *nestScan) skipToEOL() {
	for s.i < len(s.data) && !s.lineBreakAt(s.i) {
		s.i++
	}
}

// lineBreakAt reports whether a line ends at j: a line feed, or a
// carriage return not followed by one (the reader takes both; in CRLF
// the LF is the break and the CR a blank before it).
func (s *nestScan) lineBreakAt(j int) bool {
	return s.data[j] == '\n' || s.data[j] == '\r' && (j+1 == len(s.data) || s.data[j+1] != '\n')
}

// skipQuoted passes over a quoted scalar, which may span lines. An
// unterminated one runs to the end; the YAML reader then reports it.
func (s *nestScan) skipQuoted(q byte) {
	d := s.data
	for j := s.i + 1; j < len(d); j++ {
		switch d[j] {
		case '\\':
			if q == '"' && j+1 < len(d) && d[j+1] != '\n' {
				j++
			}
		case '\n', '\r':
			if s.lineBreakAt(j) {
				s.line++
				s.lineAt = j + 1
			}
		case q:
			if q == '\'' && j+1 < len(d) && d[j+1] == '\'' {
				j++
				continue
			}
			s.i = j + 1
			return
		}
	}
	s.i = len(d)
}

// skipProperty passes over an anchor (&name) or a tag (!name), after which
// a value may still start.
func (s *nestScan) skipProperty() {
	for s.i < len(s.data) && !s.blankAt(s.i) {
		if c := s.data[s.i]; s.flow > 0 && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}') {
			return
		}
		s.i++
	}
}
