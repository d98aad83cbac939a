package document

import (
	"strconv"

	"daymark/data"
)

// The coaching part of the export (version 5).

// Session is a coaching session with its actions.
type Session struct {
	Date      string   `json:"date"`
	Coach     string   `json:"coach"`
	Agenda    string   `json:"agenda"`
	Notes     string   `json:"notes"`
	Questions string   `json:"questions"`
	Actions   []Action `json:"actions"`
}

// Action is an action item: due and done are dates or empty.
type Action struct {
	Text string `json:"text"`
	Due  string `json:"due"`
	Done string `json:"done"`
}

func (doc *Export) addSessions(c data.Contents) {
	doc.Sessions = make([]Session, 0, len(c.Sessions))
	for _, s := range c.Sessions {
		ds := Session{Date: s.Date.String(), Coach: s.Coach, Agenda: s.Agenda, Notes: s.Notes, Questions: s.Questions, Actions: []Action{}}
		for _, a := range s.Actions {
			ds.Actions = append(ds.Actions, Action{Text: a.Text, Due: a.Due.String(), Done: a.Done.String()})
		}
		doc.Sessions = append(doc.Sessions, ds)
	}
}

func (doc Export) sessionContents(c *data.Contents) error {
	optional := func(where, field, text string) (data.Date, error) {
		if text == "" {
			return data.Date{}, nil
		}
		d, err := data.ParseDate(text)
		if err != nil {
			return d, data.Errorf(data.EInvalid, "%s: %s: %s", where, field, data.ErrorMessage(err))
		}
		return d, nil
	}
	for i, ds := range doc.Sessions {
		where := at("sessions", i)
		date, err := data.ParseDate(ds.Date)
		if err != nil {
			return data.Errorf(data.EInvalid, "%s: date: %s", where, data.ErrorMessage(err))
		}
		s := data.Session{ID: int64(i + 1), Date: date, Coach: ds.Coach, Agenda: ds.Agenda, Notes: ds.Notes, Questions: ds.Questions}
		for j, da := range ds.Actions {
			aw := where + ".actions[" + strconv.Itoa(j) + "]"
			due, err := optional(aw, "due", da.Due)
			if err != nil {
				return err
			}
			done, err := optional(aw, "done", da.Done)
			if err != nil {
				return err
			}
			s.Actions = append(s.Actions, data.Action{Text: da.Text, Due: due, Done: done})
		}
		c.Sessions = append(c.Sessions, s)
	}
	return nil
}
