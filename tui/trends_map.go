package tui

import (
	"strings"
	"unicode"

	"github.com/NimbleMarkets/ntcharts/canvas"
	"github.com/NimbleMarkets/ntcharts/canvas/graph"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// mapRows is what the grid map needs besides its cells: the title over
// it, the axis and its labels under it, and a few lines of key.
const mapRows = 4 + 5

// mapSize is the grid map's cells per axis: 5 points a cell when there is
// room, else 10. Both put a cell's centre on 0, 50 and 100.
func mapSize(height int) int {
	if height >= 21+mapRows {
		return 21
	}
	return 11
}

// mapPage is the grid map on a page of its own, for narrow terminals.
func (v trendView) mapPage(width, height int) string {
	n := mapSize(height)
	return v.mapBlock(n, max(gutterW+2*n, min(width, 72)))
}

// mapBlock is the grid map with its key under it, width columns wide.
func (v trendView) mapBlock(n, width int) string {
	return stack(v.gridMap(n), "", v.mapKey(width), v.whereText(width))
}

// gridMap draws the relationships × results grid in n×n cells, two
// characters each so that the grid looks square. Each cell shows the key
// letter of the profile its centre falls in, with an edge where two
// profiles meet; the window's check-ins are joined oldest to newest and
// the latest is highlighted.
func (v trendView) gridMap(n int) string {
	st, g, q := v.st, v.st.Glyphs, v.q
	keys := profileKeys(q.Profiles)
	b := newBoard(2*n, n)
	region, trap := b.addStyle(st.Region), b.addStyle(st.RegionTrap)
	at := func(col, row int) int { return profileIndex(q.ProfileFor(gridScore(col, n), gridScore(n-1-row, n)), q) }
	for row := range n {
		for col := range n {
			k := at(col, row)
			if k < 0 {
				continue
			}
			style := region
			if q.Profiles[k].Trap {
				style = trap
			}
			b.set(2*col, row, keys[k], style)
			if col+1 < n && at(col+1, row) != k {
				b.set(2*col+1, row, g.RegionEdge, region)
			}
		}
	}
	v.drawTrail(b, n)
	_, mid := gridCell(50, 50, n)
	lines := framed(st, b.lines(), map[int]string{0: "100", mid: "50", n - 1: "0"}, -1, nil)
	pad := strings.Repeat(" ", gutterW-1)
	axis := []rune(strings.Repeat(g.AxisH, 2*n))
	labels := []rune(strings.Repeat(" ", 2*n))
	for _, c := range []int{0, n / 2, n - 1} {
		axis[2*c] = []rune(g.AxisHTick)[0]
	}
	copy(labels, []rune("0"))
	copy(labels[n-1:], []rune("50"))
	copy(labels[2*n-4:], []rune("100"))
	title := st.Muted.Render(pad + " " + q.ResultsDimension().ID + " ↑")
	xTitle := st.Muted.Render(padLeft(q.RelationshipsDimension().ID+" →", gutterW+2*n))
	return stack(append(append([]string{title}, lines...),
		st.Axis.Render(pad+g.AxisCorner+string(axis)), st.Axis.Render(pad+" "+string(labels)), xTitle)...)
}

// drawTrail joins the window's check-ins in order on the map, marks each,
// and the latest last so nothing covers it.
func (v trendView) drawTrail(b *board, n int) {
	st, g := v.st, v.st.Glyphs
	var cells []canvas.Point
	for _, p := range v.points {
		if !p.rel.Valid || !p.res.Valid {
			continue
		}
		col, row := gridCell(p.rel.Value, p.res.Value, n)
		c := canvas.Point{X: col, Y: row}
		if len(cells) == 0 || cells[len(cells)-1] != c {
			cells = append(cells, c)
		}
	}
	trail := b.addStyle(st.Trail)
	for i := 1; i < len(cells); i++ {
		for _, c := range graph.GetLinePoints(cells[i-1], cells[i]) {
			b.set(2*c.X, c.Y, g.Trail, trail)
		}
	}
	for _, c := range cells {
		b.set(2*c.X, c.Y, g.TrailPoint, trail)
	}
	if len(cells) > 0 {
		last := cells[len(cells)-1]
		b.set(2*last.X, last.Y, g.Latest, b.addStyle(st.Latest))
	}
}

// mapKey says which letter is which profile, then what the marks are.
func (v trendView) mapKey(width int) string {
	st, g, q := v.st, v.st.Glyphs, v.q
	keys := profileKeys(q.Profiles)
	var entries []string
	for i, p := range q.Profiles {
		style, name := st.Region, safe(p.Name)
		if p.Trap {
			style, name = st.RegionTrap, safe(p.Name)+" "+st.Trap.Render(g.Warning+" trap")
		}
		entries = append(entries, style.Render(keys[i])+" "+st.Text.Render(name))
	}
	entries = append(entries,
		st.Latest.Render(g.Latest)+" "+st.Text.Render("latest"),
		st.Trail.Render(g.TrailPoint)+" "+st.Text.Render("earlier"),
		st.Trail.Render(g.Trail+g.Trail)+" "+st.Text.Render("path"))
	return flow(entries, "   ", width)
}

// whereText says where the window's first and latest check-ins fell.
func (v trendView) whereText(width int) string {
	var ps []trendPoint
	for _, p := range v.points {
		if p.rel.Valid && p.res.Valid {
			ps = append(ps, p)
		}
	}
	place := func(p trendPoint) string {
		name := p.profile
		if name == "" {
			name = "no profile"
		}
		return name + " (" + dateText(p.at, v.to) + ")"
	}
	var text string
	switch len(ps) {
	case 0:
		text = "No scored check-ins in this window to place on the map."
	case 1:
		text = "One check-in: " + place(ps[0]) + "."
	default:
		text = "From " + place(ps[0]) + " to " + place(ps[len(ps)-1]) + "."
	}
	return v.st.Muted.Render(flow(unbroken(text, width), " ", width))
}

// unbroken splits text into the words a line may break between, keeping
// a date in brackets whole: "(16 Nov)" split over two lines reads as two
// things. A bracket too wide for the line is left to break at spaces.
func unbroken(text string, width int) []string {
	var out []string
	open := false
	for _, w := range strings.Fields(safe(text)) {
		if open {
			out[len(out)-1] += " " + w
		} else {
			out = append(out, w)
		}
		open = strings.Count(out[len(out)-1], "(") > strings.Count(out[len(out)-1], ")")
	}
	var fits []string
	for _, w := range out {
		if lipgloss.Width(w) > width {
			fits = append(fits, strings.Fields(w)...)
		} else {
			fits = append(fits, w)
		}
	}
	return fits
}

// flow lays entries out in lines of at most width, never breaking one.
func flow(entries []string, sep string, width int) string {
	var lines []string
	line := ""
	for _, e := range entries {
		switch {
		case line == "":
			line = e
		case lipgloss.Width(line)+len(sep)+lipgloss.Width(e) <= width:
			line += sep + e
		default:
			lines, line = append(lines, line), e
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// profileIndex is p's position in q.Profiles, or -1.
func profileIndex(p *assessment.Profile, q *assessment.Questionnaire) int {
	for i := range q.Profiles {
		if p == &q.Profiles[i] {
			return i
		}
	}
	return -1
}

// profileKeys gives each profile a letter for the map: the first initial
// of its longer words not yet taken, else another letter of its name or
// its id, else the first free letter. A letter is one column wide: the
// map's cells are, and a name in Chinese or Japanese would otherwise push
// every cell after it out of line.
func profileKeys(ps []assessment.Profile) []string {
	taken := map[rune]bool{}
	out := make([]string, len(ps))
	for i, p := range ps {
		var cands []rune
		for _, w := range strings.Fields(strings.ToLower(p.Name)) {
			if len([]rune(w)) > 2 {
				cands = append(cands, []rune(w)[0])
			}
		}
		cands = append(cands, []rune(strings.ToLower(p.Name))...)
		cands = append(cands, []rune(strings.ToLower(p.ID))...)
		for r := 'a'; r <= 'z'; r++ {
			cands = append(cands, r)
		}
		for _, r := range cands {
			if unicode.IsLetter(r) && !taken[r] && lipgloss.Width(string(r)) == 1 {
				taken[r], out[i] = true, string(r)
				break
			}
		}
	}
	return out
}
