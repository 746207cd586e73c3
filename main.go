// Command leadcheck is a periodic check-in for leaders on how they balance
// relationship-building against results focus. See README.md.
package main

import (
	_ "embed"
	"os"

	"github.com/leadcheck/leadcheck/cli"
)

//go:embed questions.yaml
var questions []byte

func main() {
	os.Exit(cli.Main(questions))
}
