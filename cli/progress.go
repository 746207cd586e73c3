package cli

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"
)

// progressDelay is how long an import or export runs before it shows
// progress: a quick run prints nothing at all.
const progressDelay = time.Second

// progressEvery is how often the line is redrawn once it shows.
const progressEvery = 100 * time.Millisecond

// meter shows how far a long import or export has got, on one line of
// standard error that it redraws and clears at the end. It draws only on
// a terminal, never in the accessible mode (a redrawn line is noise to a
// screen reader), and never on standard output, which may carry the data.
// A nil meter is valid and does nothing, so callers need no checks.
type meter struct {
	w     io.Writer
	label string
	start time.Time
	bar   progress.Model

	// width is the terminal's width in columns, 0 when unknown. A line
	// as wide as the terminal or wider wraps, and "\r" then goes back
	// only to the start of its last row: every redraw would leave a row
	// behind.
	width int

	mu          sync.Mutex
	done, total int
	frame       int
	shown       bool // the line is on the screen
	ended       bool // finish has run: draw nothing more

	stop chan struct{}
	wg   sync.WaitGroup
}

// newMeter returns a meter for the work named by label, or nil when
// standard error is not a terminal or the accessible mode is on.
func newMeter(env Env, g *globals, label string) *meter {
	// Execute makes standard error safe for outside text by wrapping it;
	// the meter writes only its own words and the escapes that redraw its
	// line, so it takes the stream beneath.
	w := env.Stderr
	if s, ok := w.(safeWriter); ok {
		w = s.w
	}
	if !env.IsTerminal(w) || accessible(env, g) {
		return nil
	}
	opts := []progress.Option{progress.WithWidth(30), progress.WithoutPercentage(), progress.WithSolidFill("#B69CFF")}
	if env.Getenv("NO_COLOR") != "" {
		opts = append(opts, progress.WithColorProfile(termenv.Ascii))
	}
	return &meter{w: w, label: label, start: env.Now(), bar: progress.New(opts...), width: widthOf(w)}
}

// widthOf is the width of the terminal w writes to, or 0 when unknown.
func widthOf(w io.Writer) int {
	if f, ok := w.(*os.File); ok {
		if cols, _, err := term.GetSize(f.Fd()); err == nil {
			return cols
		}
	}
	return 0
}

// run redraws the meter in the background until finish is called.
func (m *meter) run(now func() time.Time) {
	if m == nil {
		return
	}
	m.stop = make(chan struct{})
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		for {
			select {
			case <-m.stop:
				return
			case <-t.C:
				m.draw(now())
			}
		}
	}()
}

// count records that done of total items are through; the store calls it
// from its loop.
func (m *meter) count(done, total int) {
	if m == nil {
		return
	}
	m.mu.Lock()
	m.done, m.total = done, total
	m.mu.Unlock()
}

// draw writes the line as it stands at now: nothing before progressDelay,
// then a bar when the total is known, else a spinner.
func (m *meter) draw(now time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	elapsed := now.Sub(m.start)
	if m.ended || elapsed < progressDelay {
		return
	}
	line := m.line(elapsed)
	if line == "" {
		return
	}
	m.shown = true
	// \r returns to the line's start and \x1b[K clears what a longer
	// line before left behind.
	fmt.Fprintf(m.w, "\r%s\x1b[K", line)
}

// line is what the meter shows after elapsed, fitted to the terminal: the
// bar goes first when the line would not fit, then the whole line.
func (m *meter) line(elapsed time.Duration) string {
	secs := fmt.Sprintf("  %.0f s", elapsed.Seconds())
	if m.total == 0 {
		frames := spinner.MiniDot.Frames
		m.frame++
		return m.fit(m.label + " " + frames[(m.frame-1)%len(frames)] + secs)
	}
	count := fmt.Sprintf(" %d of %d", m.done, m.total)
	bar := m.bar.ViewAs(float64(m.done) / float64(m.total))
	if line := m.fit(m.label + " " + bar + count + secs); line != "" {
		return line
	}
	return m.fit(m.label + count + secs)
}

// fit is line when it is narrower than the terminal, else "".
func (m *meter) fit(line string) string {
	if m.width > 0 && ansi.StringWidth(line) >= m.width {
		return ""
	}
	return line
}

// finish stops the redraws and clears the line, so the command's own
// messages start on a clean line and nothing of the meter stays behind.
// It may be called more than once.
func (m *meter) finish() {
	if m == nil {
		return
	}
	if m.stop != nil {
		close(m.stop)
		m.wg.Wait()
		m.stop = nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.shown {
		fmt.Fprint(m.w, "\r\x1b[K")
		m.shown = false
	}
	m.ended = true
}
