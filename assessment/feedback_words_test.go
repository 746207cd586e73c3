package assessment

import (
	"testing"
	"time"
)

func TestTeamBalanceWords(t *testing.T) {
	minus := Scored(-2.5)
	tests := []struct {
		self Score
		team *Score
		want string
	}{
		{Scored(8.4), &minus, "Balance (results − relationships): you +8, your team −3."},
		{Score{}, nil, "Balance (results − relationships): you –, your team –."},
		{Scored(0), &Score{}, "Balance (results − relationships): you 0, your team –."},
	}
	for _, tt := range tests {
		if got := TeamBalanceWords(tt.self, tt.team); got != tt.want {
			t.Errorf("TeamBalanceWords = %q, want %q", got, tt.want)
		}
	}
}

func TestRoundStatus(t *testing.T) {
	closes := time.Date(2026, 12, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		open     bool
		closesOn time.Time
		want     string
	}{
		{true, time.Time{}, "open"},
		{true, closes, "open until 2026-12-14"},
		{false, closes, "closed"},
	}
	for _, tt := range tests {
		if got := RoundStatus(tt.open, tt.closesOn); got != tt.want {
			t.Errorf("RoundStatus(%v, %v) = %q, want %q", tt.open, tt.closesOn, got, tt.want)
		}
	}
}

func TestMoreNeededWords(t *testing.T) {
	for n, want := range map[int]string{
		1: "1 more is needed before your team's scores are shown; until then only the count is shown, so no one's answers can be singled out.",
		2: "2 more are needed before your team's scores are shown; until then only the count is shown, so no one's answers can be singled out.",
	} {
		if got := MoreNeededWords(n); got != want {
			t.Errorf("MoreNeededWords(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestTeamScoreText(t *testing.T) {
	tests := []struct {
		o    *OthersScore
		want string
	}{
		{&OthersScore{Score: Scored(53.3), Margin: Scored(31.6)}, "53 ±32"},
		// Three identical answers: no spread, yet a margin is never ±0.
		{&OthersScore{Score: Scored(75), Margin: Scored(0)}, "75 ±1"},
		{&OthersScore{Score: Scored(75)}, "75"},
		{&OthersScore{}, "–"},
		{nil, "–"},
	}
	for _, tt := range tests {
		if got := TeamScoreText(tt.o); got != tt.want {
			t.Errorf("TeamScoreText(%+v) = %q, want %q", tt.o, got, tt.want)
		}
	}
}
