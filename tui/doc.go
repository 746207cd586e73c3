// Package tui is leadcheck's terminal app, built on Bubble Tea.
//
// The root Model (app.go) is a router: it handles the window size and the
// global quit key, then hands each message to the one screen on view. Every
// screen lives in its own file with its model, and talks back to the router
// only through messages: home.go (the last check-in, or a welcome),
// take.go (the statements, one at a time), note.go (an optional note),
// result.go (saves the check-in and shows it, or shows a saved one),
// history.go (every check-in, newest first) and compare.go (two check-ins
// side by side, judged by the reliable change index; render_compare.go
// draws it for the screen and the CLI alike). Keys are in keys.go, one
// help.KeyMap per screen; every colour and glyph is in styles.go.
//
// trends.go charts both scores and their balance over a window of time,
// with a map of the profiles; trendrender.go, trendchart.go and gridmap.go
// draw it, and chart.go holds the small pure functions that place every
// check-in (time to column, score to row, score pair to map cell), so all
// the charts agree. RenderTrend draws the same for the trend command.
//
// Screens read and write only through the assessment and store packages:
// scores come from assessment.Evaluate or from a saved record, never from
// arithmetic in a view.
package tui
