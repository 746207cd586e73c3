package assessment

import (
	"bytes"
	"fmt"
	"strings"
)

// The paper forms: the same statements and instruction as the YAML form,
// to print and fill in by hand. The leader types the answers in later,
// so each statement carries its id.

// commentLines is how many ruled lines a paper form leaves for a comment.
const commentLines = 5

func formText(r Round, q *Questionnaire) []byte {
	var b bytes.Buffer
	b.WriteString("FEEDBACK FORM\n")
	fmt.Fprintf(&b, "Round %s, questionnaire %s version %d (%s)\n", r.ID, q.ID, q.Version, q.Hash)
	for _, p := range formIntro(r, q, true) {
		b.WriteString("\n")
		writeWrapped(&b, "", "", p)
	}
	b.WriteString("\nYour role (tick one):\n")
	var roles []string
	for _, role := range r.Roles {
		roles = append(roles, "[ ] "+role.Words())
	}
	b.WriteString("    " + strings.Join(roles, "   ") + "\n\n")
	writeWrapped(&b, "", "", "Answers: "+scaleLine(q))
	boxes := paperBoxes(q)
	width := len(fmt.Sprint(len(q.Items)))
	for i, it := range q.Items {
		b.WriteString("\n")
		num := fmt.Sprintf("%*d. ", width, i+1)
		pad := strings.Repeat(" ", len(num))
		writeWrapped(&b, num, pad, ObserverWording(it, r.Window()))
		fmt.Fprintf(&b, "%s%s   (%s)\n", pad, boxes, it.ID)
	}
	b.WriteString("\nAnything else you want them to know:\n\n")
	for range commentLines {
		b.WriteString(strings.Repeat("_", formWidth) + "\n\n")
	}
	return b.Bytes()
}

// paperBoxes is one tick box per answer: "[ ] 1  [ ] 2 ... [ ] na".
func paperBoxes(q *Questionnaire) string {
	var parts []string
	for x := q.Scale.Min; x <= q.Scale.Max; x++ {
		parts = append(parts, fmt.Sprintf("[ ] %d", x))
	}
	if q.Scale.NotApplicable != "" {
		parts = append(parts, "[ ] na")
	}
	return strings.Join(parts, "  ")
}

// writeWrapped writes text wrapped to the form's width, the first line
// after first and the others after rest.
func writeWrapped(b *bytes.Buffer, first, rest, text string) {
	for i, line := range wrapText(text, formWidth-len([]rune(first))) {
		lead := rest
		if i == 0 {
			lead = first
		}
		b.WriteString(strings.TrimRight(lead+line, " ") + "\n")
	}
}

func formMarkdown(r Round, q *Questionnaire) []byte {
	var b bytes.Buffer
	b.WriteString("# Feedback form\n\n")
	fmt.Fprintf(&b, "Round `%s` · questionnaire `%s`, version %d · `%s`\n", r.ID, q.ID, q.Version, q.Hash)
	for _, p := range formIntro(r, q, true) {
		b.WriteString("\n" + mdEscape(p) + "\n")
	}
	b.WriteString("\n**Your role** (tick one):")
	for i, role := range r.Roles {
		if i > 0 {
			b.WriteString(" ·")
		}
		b.WriteString(" ☐ " + role.Words())
	}
	b.WriteString("\n\n**Answers:** " + mdEscape(scaleLine(q)) + "\n\n")
	head, rule := "| # | Statement |", "|--:|---|"
	for x := q.Scale.Min; x <= q.Scale.Max; x++ {
		head += fmt.Sprintf(" %d |", x)
		rule += ":-:|"
	}
	if q.Scale.NotApplicable != "" {
		head += " na |"
		rule += ":-:|"
	}
	b.WriteString(head + " id |\n" + rule + "---|\n")
	cells := strings.Repeat(" ☐ |", q.Scale.Points())
	if q.Scale.NotApplicable != "" {
		cells += " ☐ |"
	}
	for i, it := range q.Items {
		fmt.Fprintf(&b, "| %d | %s |%s `%s` |\n", i+1, mdEscape(ObserverWording(it, r.Window())), cells, it.ID)
	}
	b.WriteString("\n**Anything else you want them to know:**\n")
	for range commentLines {
		b.WriteString("\n___\n")
	}
	return b.Bytes()
}

// mdEscape makes text from a questionnaire read as text in Markdown: the
// characters that start emphasis, links, code, HTML or a table cell are
// escaped, and line breaks become spaces so a statement stays in its
// table row.
var mdEscape = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "&", `\&`, "#", `\#`, "~", `\~`, "!", `\!`,
	"\r\n", " ", "\r", " ", "\n", " ", "\u0085", " ", "\u2028", " ", "\u2029", " ",
).Replace
