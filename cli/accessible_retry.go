package cli

import (
	"fmt"
	"regexp"
)

// huh's prompts answer a line they cannot take with "invalid input.
// please try again" or "Invalid: must be a number between 1 and 4",
// which say neither what to type nor in the voice of the statements'
// own hint ("Please type a number from 1 to 5, ..."). sayRetry says them
// as the check-in does; the prompt is asked again just after.

var huhNumberRange = regexp.MustCompile(`^Invalid: must be a number between (\d+) and (\d+)$`)

// sayRetry is line, or the check-in's words for huh's retry line.
func sayRetry(line []byte) []byte {
	if string(line) == "invalid input. please try again" {
		return []byte("Please type y for yes or n for no.")
	}
	if m := huhNumberRange.FindSubmatch(line); m != nil {
		return []byte(fmt.Sprintf("Please type a number from %s to %s.", m[1], m[2]))
	}
	return line
}
