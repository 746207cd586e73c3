// Package tui is leadcheck's terminal app, built on Bubble Tea.
//
// The root Model (app.go) is a router: it handles the window size and the
// global quit key, then hands each message to the one screen on view. Every
// screen lives in its own file with its model, and talks back to the router
// only through messages: home.go (a dashboard of where the leader stands
// and what is due, drawn by home_view.go and home_dashboard.go with its
// siblings, or a welcome),
// cadence.go (how often to check in, kept in the settings file),
// take.go (the statements, one at a time), note.go (an optional note),
// result.go (saves the check-in and shows it, or shows a saved one),
// history.go (every check-in, newest first) and compare.go (two check-ins
// side by side, judged by the reliable change index; compare_view.go
// and compare_items.go draw it for the screen and the CLI alike). Each
// screen's key map, a help.KeyMap, is beside it in <screen>.go; keys.go
// keeps the global and the scroll keys; every colour and glyph is in
// styles.go, and every bar in bars.go.
//
// trends.go charts both scores and their balance over a window of time,
// with a map of the profiles; trends_view.go, trends_chart.go,
// trends_map.go and trends_table.go draw it, and chart.go holds the small pure functions that place every
// check-in (time to column, score to row, score pair to map cell), so all
// the charts agree. RenderTrend draws the same for the trend command.
//
// A check-in is a flow of steps, moved between by checkin.go: review.go (how
// the last check-in's commitments went), take.go, reflect.go (a
// reflection prompted by the answers), note.go, result.go, then focus.go
// (pick what to work on until the next check-in and write it as an
// objective, saved onto the check-in). result_loop.go shows that loop in a saved check-in: its reviews,
// reflection and commitments, for the result screen, the history and the
// show command; the trends mark each check-in that met a commitment.
//
// checkin_draft.go keeps the check-in in progress as a draft after every change,
// so leaving, a signal or a crash loses nothing; resume.go offers to
// resume or discard it when the next check-in starts. A finished check-in
// the database cannot take goes to a recovery file (result.go).
//
// Every form is a huh form, defined once, bound to plain values, in
// forms.go (a yes-or-no question, the cadence, the first run, resuming a
// draft) and forms_checkin.go (a commitment's review, the reflection, the
// note, picking and writing what to work on). A screen embeds its form
// with form.go, which gives it the app's keys and its theme
// (form_theme.go), runs huh's own messages at once and keeps text cursors
// still; the screen keeps its header and its footer of keys. confirm.go
// is the question asked in a footer (leave, delete, discard);
// firstrun.go the first-run form on the home screen. The accessible mode
// runs the same definitions line by line with RunFormAccessible
// (accessible_form.go), which reads one line per prompt from input shared
// with the rest of the run and stops at its end. The statements stay a
// screen of their own (take.go): digit keys, skipping, per-answer timing
// and the mouse.
//
// Screens read and write only through Practice (practice.go), the use
// cases the command line hands in, and know check-ins by the domain's
// types: scores come from assessment.Evaluate or from a saved check-in,
// never from arithmetic in a view. The package imports assessment and
// none of practice, store or cli, so it builds without the database.
package tui
