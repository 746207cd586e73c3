package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeImage finds the pictures of the README, in Markdown or HTML.
var readmeImage = regexp.MustCompile(`!\[([^\]]*)\]\(([^)\s]+)\)|<img src="([^"]+)"[^>]*alt="([^"]*)"`)

// TestReadmePictures checks that the README's first screen keeps its two
// set-up commands, then shows pictures, and that every picture it links
// is a file in the repository with words for those who cannot see it.
func TestReadmePictures(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	head, _, _ := strings.Cut(text, "\n## ")
	for _, want := range []string{"go run .", "go test ./...", "scripts/pictures"} {
		if !strings.Contains(head, want) {
			t.Errorf("the README before its first section does not say %q", want)
		}
	}
	if strings.Index(head, "![") < strings.Index(head, "go test ./...") {
		t.Error("the README's first picture should follow the set-up commands, before the first section")
	}
	found := map[string]bool{}
	for _, m := range readmeImage.FindAllStringSubmatch(text, -1) {
		path, alt := m[2]+m[3], m[1]+m[4]
		if strings.Contains(path, "://") {
			continue
		}
		found[path] = true
		if alt == "" {
			t.Errorf("picture %s has no alt text", path)
		}
		info, err := os.Stat(filepath.FromSlash(path))
		switch {
		case err != nil:
			t.Errorf("picture %s is missing (%v); run scripts/pictures", path, err)
		case info.Size() == 0:
			t.Errorf("picture %s is empty; run scripts/pictures", path)
		}
	}
	for _, want := range []string{"docs/pictures/result.png", "docs/pictures/home.png", "docs/pictures/trends.png"} {
		if !found[want] {
			t.Errorf("the README does not show %s", want)
		}
	}
}
