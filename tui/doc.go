// Package tui is leadcheck's terminal app, built on Bubble Tea.
//
// The root Model (app.go) is a router: it handles the window size and the
// global quit key, then hands each message to the one screen on view. Every
// screen lives in its own file with its model, and talks back to the router
// only through messages: home.go (the last check-in, or a welcome),
// take.go (the statements, one at a time), note.go (an optional note) and
// result.go (saves the check-in and shows it). Keys are in keys.go, one
// help.KeyMap per screen; every colour and glyph is in styles.go.
//
// Screens read and write only through the assessment and store packages:
// scores come from assessment.Evaluate or from a saved record, never from
// arithmetic in a view.
package tui
