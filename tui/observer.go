package tui

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
)

// The observer's screen: a team member who has leadcheck fills in a
// feedback form on the same one-statement-at-a-time screen the leader
// answers on, with the statements in their words. It needs no database:
// what it returns is written into the form file by the command.

// ObserverOptions are what the observer's screen asks from.
type ObserverOptions struct {
	// Questionnaire is the form's, with each statement's Text already in
	// the observer's wording (assessment.FormStatements).
	Questionnaire *assessment.Questionnaire
	// Roles are those the form offers; Start is what the form holds
	// already, so opening a half-filled form goes on from there.
	Roles []assessment.Role
	Start assessment.Response
	Theme string
	Now   func() time.Time
}

// RunObserver shows the form full-screen until the observer finishes it
// (done true, with the response) or leaves it (done false).
func RunObserver(opts ObserverOptions) (resp assessment.Response, done bool, err error) {
	final, err := tea.NewProgram(NewObserver(opts), tea.WithAltScreen()).Run()
	if err != nil {
		return assessment.Response{}, false, err
	}
	m, ok := final.(observerModel)
	if !ok {
		return assessment.Response{}, false, errors.New("the feedback form ended unexpectedly")
	}
	return m.Result()
}

type observerStep int

const (
	observerRole observerStep = iota
	observerStatements
	observerComment
)

// observerModel is the observer's program: the role, the statements,
// then the comment.
type observerModel struct {
	c     *common
	step  observerStep
	roles []assessment.Role
	start assessment.Response

	role    *string
	comment *string
	form    form
	take    takeModel
	keys    observerKeys
	help    help.Model

	done, left bool
}

// NewObserver builds the observer's program (RunObserver runs it).
func NewObserver(opts ObserverOptions) tea.Model {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	c := &common{styles: DefaultStyles(opts.Theme), theme: opts.Theme, q: opts.Questionnaire, now: now,
		width: minWidth, height: minHeight}
	m := observerModel{c: c, roles: opts.Roles, start: opts.Start, role: new(string), comment: new(string),
		keys: newObserverKeys(), help: help.New()}
	if !slices.Contains(m.roles, opts.Start.Role) && len(m.roles) > 0 {
		opts.Start.Role = m.roles[0]
	}
	*m.role, *m.comment = string(opts.Start.Role), opts.Start.Comment
	m.take = newTake(c)
	m.take.observer, m.take.before = true, true // back to the role
	maps.Copy(m.take.answers, opts.Start.Answers)
	m.layout()
	return m
}

// Result is the response, and whether the observer finished the form.
func (m observerModel) Result() (assessment.Response, bool, error) {
	if !m.done {
		return assessment.Response{}, false, nil
	}
	resp := m.start
	resp.Role = assessment.Role(*m.role)
	resp.Answers = maps.Clone(m.take.answers)
	resp.Comment = strings.TrimSpace(*m.comment)
	return resp, true, nil
}

// layout builds the form of the step on view at the window's width.
func (m *observerModel) layout() {
	fw := min(m.c.innerWidth(), statementWidth+formFrame)
	switch m.step {
	case observerRole:
		m.form = newForm(m.c, ObserverRoleForm(m.roles, m.role), fw)
	case observerComment:
		m.form = newForm(m.c, ObserverCommentForm(m.comment), fw)
	}
}

func (m observerModel) Init() tea.Cmd { return nil }

func (m observerModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.width, m.c.height = msg.Width, msg.Height
		m.take = m.take.setSize(msg.Width, msg.Height).(takeModel)
		m.layout()
		return m, nil
	case leaveCheckInMsg:
		m.left = true
		return m, tea.Quit
	case firstBackMsg:
		m.step = observerRole
		m.layout()
		return m, nil
	case answeredAllMsg:
		m.step = observerComment
		m.layout()
		return m, nil
	case tea.KeyMsg:
		if m.c.tooSmall() {
			return m.smallKey(msg)
		}
		if keys := oneByOne(msg); len(keys) > 1 {
			return m.inTurn(keys)
		}
		if m.step != observerStatements && key.Matches(msg, m.keys.Quit) {
			m.left = true
			return m, tea.Quit
		}
		if m.step == observerComment && key.Matches(msg, m.keys.Back) {
			m.step = observerStatements
			m.take = m.take.resume()
			return m, nil
		}
	}
	if m.step == observerStatements {
		next, cmd := m.take.update(msg)
		m.take = next.(takeModel)
		return m, cmd
	}
	cmd := m.form.update(msg)
	if !m.form.completed() {
		return m, cmd
	}
	if m.step == observerRole {
		m.step = observerStatements
		m.take = m.take.first()
		return m, nil
	}
	m.done = true
	return m, tea.Quit
}

// inTurn handles keys read together (typed fast, or pasted) one at a
// time, as the app does (keys_together.go): the statements match one key
// at a time, so "3425" in one read was dropped whole. A key that changes
// the step does so before the keys after it, which land on the new step.
func (m observerModel) inTurn(keys []tea.KeyMsg) (tea.Model, tea.Cmd) {
	var next tea.Model = m
	for _, k := range keys {
		var cmd tea.Cmd
		next, cmd = next.Update(k)
		for cmd != nil {
			switch msg := cmd().(type) {
			case nil:
				cmd = nil
			case tea.QuitMsg:
				return next, tea.Quit // nothing after leaving or finishing
			default:
				next, cmd = next.Update(msg)
			}
		}
	}
	return next, nil
}

// View lets only the styling's own sequences through, as the app's does:
// the statements come from a file someone sent.
func (m observerModel) View() string { return safetext.Styled(m.view()) }

func (m observerModel) view() string {
	if m.c.tooSmall() {
		if m.untouched() {
			return m.c.tooSmallNotice("q to quit.")
		}
		return m.c.tooSmallNotice("ctrl+c quits, losing what is not saved yet.")
	}
	if m.step == observerStatements {
		return m.take.view()
	}
	w := min(m.c.innerWidth(), statementWidth)
	what := "your role"
	if m.step == observerComment {
		what = "all statements done"
	}
	header := spread(observerTitle(m.c), m.c.styles.Muted.Render(what), w)
	return m.c.screen(header, stack("", m.form.view()), m.c.helpView(m.help, m.keys.forStep(m.step)))
}

// observerTitle heads every step of the observer's screen.
func observerTitle(c *common) string {
	return c.styles.Title.Render("leadcheck") + c.styles.Subtitle.Render(" · Feedback form")
}

// leaveText is the question before leaving the statements.
func (m takeModel) leaveText() string {
	if !m.observer {
		return m.c.leaveText(len(m.answers))
	}
	n := len(m.answers)
	if n == 0 {
		return "Leave the form? Nothing has been answered yet, and the file is not written."
	}
	return fmt.Sprintf("Leave the form? Your %d %s will be dropped: the file is written only at the end.", n, plural(n, "answer", "answers"))
}

// observerKeys are the keys of the role and comment steps; the
// statements have the check-in's.
type observerKeys struct {
	Choose, Back, Quit key.Binding
}

func newObserverKeys() observerKeys {
	return observerKeys{
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go on")),
		Back:   key.NewBinding(key.WithKeys("esc", "shift+tab"), key.WithHelp("esc", "back to the statements")),
		Quit:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "leave without writing")),
	}
}

type stepKeys []key.Binding

func (k stepKeys) ShortHelp() []key.Binding  { return k }
func (k stepKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k} }

func (k observerKeys) forStep(s observerStep) help.KeyMap {
	if s == observerComment {
		return stepKeys{k.Choose, k.Back, k.Quit}
	}
	return stepKeys{k.Choose, k.Quit}
}

// ObserverRoleForm asks which role the observer answers from, among
// those the form offers.
func ObserverRoleForm(roles []assessment.Role, role *string) *huh.Form {
	options := make([]huh.Option[string], len(roles))
	for i, r := range roles {
		options[i] = huh.NewOption(r.Words(), string(r))
	}
	return huh.NewForm(huh.NewGroup(newSelect(options, role).Key("role").
		Title("How do you work with the person who asked?").
		Description("Your role is shown only where at least three people in it answered. Nothing on the form names you.")))
}

// ObserverCommentForm asks for anything else the observer wants to say.
func ObserverCommentForm(comment *string) *huh.Form {
	return huh.NewForm(huh.NewGroup(textField(huh.NewText().Key("comment").
		Title("Anything else you want them to know? (optional)").
		Description("Shown with the others' comments, in no particular order.").
		CharLimit(assessment.MaxCommentLength).Lines(4), comment)))
}
