package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/practice"
	"github.com/leadcheck/leadcheck/tui"
)

type trendOptions struct {
	since         string
	width, height int
	asJSON        bool
	withFlagged   bool
}

func newTrend(env Env, g *globals) *cobra.Command {
	var o trendOptions
	cmd := &cobra.Command{
		Use:   "trend",
		Short: "Chart both scores and their balance over time",
		Long: `Chart both scores over time, the balance under them, and the trend of each
side in points per 30 days (a least-squares slope) with its 95% interval.
A direction is claimed only from 4 check-ins over 90 days, and only when
the interval excludes zero. Check-ins with data-quality warnings are left
out of the slopes unless --include-flagged is given. Output is plain text
(no colour, no braille) when it does not go to a terminal or NO_COLOR is set.`,
		Example: "  leadcheck trend\n  leadcheck trend --since 2026-01-01 --width 100\n  leadcheck trend --json",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			collectLess(env)
			since, err := parseSince(o.since)
			if err != nil {
				return err
			}
			if err := o.checkSize(); err != nil {
				return err
			}
			q, s, err := openBothToRead(env, g)
			if err != nil {
				return err
			}
			if !o.asJSON {
				// The chart and the table read only what the summaries
				// hold; the records and the team's rounds are for --json.
				var points *tui.TrendPoints
				err := s.EachSummary(func(n int) { points = tui.NewTrendPoints(q, n) }, func(sum assessment.Summary) error {
					if since.holds(sum.TakenAt) {
						points.Add(sum)
					}
					return nil
				})
				s.Close()
				if err != nil {
					return err
				}
				return printTrend(env, g, q, points, o)
			}
			rows, err := readTrendRows(s)
			var others []practice.OthersAt
			if err == nil {
				others, err = serviceOver(env, q, s, nil, "").OthersOverTime()
			}
			s.Close()
			if err != nil {
				return err
			}
			rows.since(since)
			return writeTrendJSON(env.Stdout, trendJSONOf(q, rows, since, o.withFlagged).withOthers(others, since), rows)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.since, "since", "", "only check-ins on or after DATE (YYYY-MM-DD)")
	f.IntVar(&o.width, "width", 0, "chart width in columns, 40 to 1000 (default: the terminal's, or 80)")
	// The page's height, not the score chart's: the chart takes what the
	// legend, axis, balance and slopes leave, up to the 24 rows it grows to.
	f.IntVar(&o.height, "height", 0, "rows of the whole page, 10 to 500 (default 24); it takes at least the 16 or so it needs, and its score chart grows to 24 rows at most")
	f.BoolVar(&o.asJSON, "json", false, "print the series and slopes as JSON")
	f.BoolVar(&o.withFlagged, "include-flagged", false, "count check-ins with data-quality warnings in the slopes too")
	return cmd
}

// Chart size bounds. Below the minimum the chart has no room for its
// axes; above the maximum it is no longer a chart a person reads, and
// drawing it would only cost time and memory.
const (
	minChartWidth, maxChartWidth   = 40, 1000
	minChartHeight, maxChartHeight = 10, 500
)

// checkSize refuses a chart size out of bounds; zero means the default.
func (o trendOptions) checkSize() error {
	if o.width != 0 && (o.width < minChartWidth || o.width > maxChartWidth) {
		return usagef("--width %d is out of range; give %d to %d columns, or leave it out to use the terminal's width",
			o.width, minChartWidth, maxChartWidth)
	}
	if o.height != 0 && (o.height < minChartHeight || o.height > maxChartHeight) {
		return usagef("--height %d is out of range; give %d to %d rows, or leave it out for 24",
			o.height, minChartHeight, maxChartHeight)
	}
	return nil
}

// window is the --since bound, a date (midnight UTC standing for the
// day); the zero value keeps everything.
type window struct{ from time.Time }

func parseSince(s string) (window, error) {
	if s == "" {
		return window{}, nil
	}
	t, err := time.ParseInLocation("2006-01-02", s, time.UTC)
	if err != nil {
		return window{}, usagef("--since %q is not a date; use YYYY-MM-DD, e.g. 2026-01-31", s)
	}
	return window{t}, nil
}

// holds reports whether something at t is on or after the window's date.
// t counts on its own date, the one it is shown with (where the check-in
// was taken), so a check-in listed on 31 Oct is never in a window from
// 1 Nov, and the same check-ins are in it in every time zone.
func (w window) holds(t time.Time) bool {
	if w.from.IsZero() {
		return true
	}
	return !time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Before(w.from)
}

func printTrend(env Env, g *globals, q *assessment.Questionnaire, points *tui.TrendPoints, o trendOptions) error {
	if points.Len() == 0 && o.since == "" {
		fmt.Fprintln(env.Stdout, noCheckInsYet)
		return nil
	}
	if points.Len() == 0 {
		fmt.Fprintln(env.Stdout, "No check-ins in this window yet. Run 'leadcheck take' to take one.")
		return nil
	}
	width, height := o.width, o.height
	if width == 0 {
		width = min(terminalWidth(env), maxChartWidth)
	}
	if height == 0 {
		height = 24
	}
	if accessible(env, g) {
		printTrendTable(env, q, points, o.withFlagged)
		return nil
	}
	th := printTheme(env, g)
	plain := th == "none"
	fmt.Fprintln(env.Stdout, safetext.Styled(trimLines(tui.RenderTrendOf(q, points, width, height, tui.DefaultStyles(th), plain, o.withFlagged))))
	return nil
}
