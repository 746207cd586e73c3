package assessment

import "testing"

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
