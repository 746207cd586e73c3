package cli

import "github.com/spf13/cobra"

func newFeedbackAnswer(env Env, g *globals) *cobra.Command {
	return &cobra.Command{Use: "answer FORM", Hidden: true, Args: maxArgs(1), RunE: func(*cobra.Command, []string) error { return nil }}
}
