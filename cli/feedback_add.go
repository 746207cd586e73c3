package cli

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/practice"
)

func newFeedbackAdd(env Env, g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "add FILE|DIR...",
		Short: "Take in filled-in forms (a folder: every .yaml or .yml file in it)",
		Long: `Take in filled-in forms. A folder is read for its .yaml and .yml files (not
its subfolders). Each form is checked (its round exists and is open, it is for
the same statements, its answers are on the scale, its role is one the round
offers) and every problem is named by file, line and column.

Only the answers, the role and the comment are kept: not the file's name,
where it was, when it came, nor in which order. A form added before (the same
content) is skipped, so the same folder can be added again and again. The
files themselves are never changed or deleted.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("name the filled-in forms, or a folder of them")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			files, err := responseFiles(args)
			if err != nil {
				return err
			}
			svc, done, err := feedbackService(env, g, true)
			if err != nil {
				return err
			}
			defer done()
			if !addAll(env, svc, files) {
				return exitStatus(1)
			}
			return nil
		},
	}
}

// responseFiles lists the files args name: a file as it is, a folder as
// its .yaml and .yml files, in name order.
func responseFiles(args []string) ([]string, error) {
	var files []string
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w; check the path", arg, err)
		}
		if !info.IsDir() {
			files = append(files, arg)
			continue
		}
		entries, err := os.ReadDir(arg)
		if err != nil {
			return nil, fmt.Errorf("cannot list folder %s: %w; check that you can read it", arg, err)
		}
		before := len(files)
		for _, e := range entries {
			ext := strings.ToLower(filepath.Ext(e.Name()))
			if e.Type().IsRegular() && (ext == ".yaml" || ext == ".yml") {
				files = append(files, filepath.Join(arg, e.Name()))
			}
		}
		// Said before the database is opened: a wrong folder would
		// otherwise read as "0 responses added" and create a database.
		if len(files) == before {
			return nil, fmt.Errorf("folder %s holds no filled-in forms (.yaml or .yml files); name the folder the forms were saved in, or the files", arg)
		}
	}
	return files, nil
}

// addAll adds every file, saying what became of each, and reports
// whether all were added or recognised as added before.
func addAll(env Env, svc *practice.Service, files []string) bool {
	w := plainOut(env)
	var added, dup, refused int
	rounds := map[string]bool{}
	for _, path := range files {
		a, err := addFile(svc, path)
		switch {
		case err != nil:
			refused++
			fmt.Fprintf(env.Stderr, "%v\n", err)
		case a.Duplicate:
			dup++
			fmt.Fprintf(w, "%s: added before (the same answers and comment); skipped\n", path)
		default:
			added++
			rounds[a.Round] = true
			fmt.Fprintf(w, "%s: added to round %s\n", path, a.Round)
		}
	}
	fmt.Fprintf(w, "%s added, %s skipped as added before, %s refused.\n",
		count(added, "response"), count(dup, "response"), count(refused, "file"))
	for _, id := range slices.Sorted(maps.Keys(rounds)) {
		if info, err := svc.FindRound(id); err == nil {
			fmt.Fprintf(w, "Round %s has %s; %s\n", id, count(info.Responses, "response"), minimumWords(info))
		}
	}
	return refused == 0
}

func addFile(svc *practice.Service, path string) (practice.Added, error) {
	data, source, err := readLimited(path, nil, assessment.MaxResponseBytes, "a filled-in form")
	if err != nil {
		return practice.Added{}, err
	}
	return svc.AddResponse(source, data)
}

// minimumWords says whether a round's report shows the team's scores.
func minimumWords(info practice.RoundInfo) string {
	if info.Reached(info.Responses) {
		return "its report shows your team's scores ('leadcheck feedback report " + info.ID + "')."
	}
	return fmt.Sprintf("%d more before its report shows your team's scores.", info.MinResponses()-info.Responses)
}
