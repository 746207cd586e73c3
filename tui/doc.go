// Package tui is leadcheck's terminal app, built on Bubble Tea.
//
// The root Model (app.go) is a router. It handles the window size, a
// window too small to draw in (too_small.go) and the quit key, then
// hands each message to the one screen on view. Keys go through one
// queue first (keys_together.go): keys read together are split, and wait
// while a key's command runs or the screen on view is still reading or
// saving.
// Every screen implements one interface, screen (screen.go): update,
// view, setSize, keyMap, asksBeforeQuit and waiting. The router holds the screens
// by id and knows none of them: a screen moves to another with an openMsg
// or a showMsg naming it, and a command's answer comes back to the screen
// that asked through replyTo. Adding a screen is one file and one line
// among the ids in screen.go.
//
// Files are named after their screen: <screen>.go holds its model, update
// and key map (a help.KeyMap), <screen>_view.go its view when long, and
// <screen>_<part>.go any further part. The screens: home.go (a dashboard
// of where the leader stands and what is due, or a welcome; drawn in
// home_view.go, home_dashboard.go, home_scores.go and home_loop.go),
// firstrun.go (the first-run form, framed as the home screen), history.go
// (every check-in, newest first), compare.go (two check-ins side by side,
// judged by the reliable change index), trends.go (both scores and their
// balance over a window of time, with a map of the profiles; charted in
// trends_chart.go and trends_map.go, listed in trends_table.go, with the
// team's scores at each feedback round in trends_others.go), cadence.go
// (how often to check in, kept in the settings file) and feedback.go (the
// latest feedback round: the leader's scores beside the team's, drawn in
// feedback_view.go). Feedback reaches the screens through FeedbackPractice
// (practice_feedback.go).
//
// observer.go is a program of its own, for a team member filling in a
// feedback form: the role, then the statements on the check-in's
// statements screen in the observer's words, then a comment. It needs no
// Practice and no database.
//
// A check-in is one screen to the router and a sub-flow with a small
// router of its own (checkin.go) over its steps, each a screen too:
// resume.go (resume or discard an unfinished check-in), review.go (how the
// last check-in's commitments went), take.go (the statements, one at a
// time; take_short.go finishes with a side not scored), reflect.go (a reflection prompted by the answers), note.go, then
// result.go (saves the check-in and shows it) and focus.go (pick what to
// work on and write it as an objective, saved onto the check-in).
// checkin_draft.go keeps the check-in in progress as a draft after every
// change, so leaving, a signal or a crash loses nothing; a finished
// check-in the database cannot take goes to a recovery file. The result
// screen also shows a saved check-in opened from the history.
//
// Drawing shared with the command line lives with its screen: RenderResult
// in result_view.go (with result_loop.go), RenderComparison in
// compare_view.go (with compare_items.go), RenderTrend in trends_view.go
// and RenderTrendTable in trends_table.go. Bars, meters and sparklines are
// drawn in bars.go, and chart.go places every point of every chart, so all
// of them agree. Every colour and glyph is in styles.go; keys.go holds only
// the keys no one screen owns.
//
// Every form is a huh form, defined once, bound to plain values, in
// forms.go (a yes-or-no question, the cadence, the first run, resuming a
// draft) and forms_checkin.go (a commitment's review, the reflection, the
// note, picking and writing what to work on). A screen embeds its form
// with form.go, which gives it the app's keys and its theme
// (form_theme.go), runs huh's own messages at once and keeps text cursors
// still; the screen keeps its header and its footer of keys. confirm.go
// is the question asked in a footer (leave, delete, discard). The
// accessible mode runs the same definitions line by line with
// RunFormAccessible (accessible_form.go), which reads one line per prompt
// from input shared with the rest of the run and stops at its end. The
// statements stay a screen of their own (take.go): digit keys, skipping,
// per-answer timing and the mouse.
//
// Screens read and write only through Practice (practice.go), the use
// cases the command line hands in, and know check-ins by the domain's
// types: scores come from assessment.Evaluate or from a saved check-in,
// never from arithmetic in a view. The package imports assessment and
// must import none of practice, store or cli, so it builds without the
// database.
package tui
