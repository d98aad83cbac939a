package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"daymark/app/capture"
	"daymark/data"
	"daymark/ui/control"
)

func TestRemindersComeAsNotificationsAtTheirTime(t *testing.T) {
	r := newResident(t) // 09:00:30, nothing planned
	plan := &fyne.Notification{Title: "Plan your day", Content: "Give today's 1440 minutes to your dimensions in the Day planner."}
	// 08:30 has passed: a reminder missed while Daymark was closed comes
	// at its first minute, once.
	test.AssertNotificationSent(t, plan, func() { r.advance(time.Minute) })
	test.AssertNotificationSent(t, nil, func() { r.advance(30 * time.Minute) })

	// A decision due for review, at 09:00 tomorrow… and the record reminder at
	// 18:00 only while the day holds no actual time.
	ctx := context.Background()
	if err := r.store.SaveDecision(ctx, &data.Decision{Date: data.Today(), Title: "Hire", ReviewOn: data.Today()}); err != nil {
		t.Fatal(err)
	}
	r.w.settings.SetReminder(capture.RemindReviews, capture.ReminderSetting{On: true, At: 9*60 + 45})
	test.AssertNotificationSent(t, &fyne.Notification{Title: "Decisions to review", Content: "1 decision due for review: how did they turn out?"},
		func() { r.advance(15 * time.Minute) }) // 09:46
	day := data.NewDay(data.Today())
	day.Actual[r.dims[0].ID] = 60
	if err := r.store.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}
	test.AssertNotificationSent(t, nil, func() { r.advance(9 * time.Hour) }) // 18:46: recorded, so no reminder

	// Off: never sent. The settings outlive the window.
	r.w.settings.SetReminder(capture.RemindPlan, capture.ReminderSetting{On: false, At: 8 * 60})
	if got := r.w.settings.Reminders()[capture.RemindPlan]; got.On || got.At != 8*60 {
		t.Errorf("the plan reminder reads %+v", got)
	}
	test.AssertNotificationSent(t, nil, func() { r.advance(14 * time.Hour) }) // tomorrow 08:46
	r.w.settings.SetReminder(capture.RemindPlan, capture.ReminderSetting{On: true, At: 8 * 60})
	test.AssertNotificationSent(t, plan, func() { r.advance(time.Minute) })
}

func TestNoNotificationIsSentWhereTheDesktopShowsNone(t *testing.T) {
	r := newResident(t)
	r.w.desk.canNotify = false
	test.AssertNotificationSent(t, nil, func() { r.advance(2 * time.Minute) })
	if _, ok := r.w.settings.RemindersSent()[capture.RemindPlan]; !ok {
		t.Error("the plan reminder was not noted as done")
	}
}

func TestTheRemindersSettingsKeepTheirTimes(t *testing.T) {
	h := newHarness(t)
	h.w.showSettings()
	var times []*control.LineEntry
	for _, e := range h.dialogEntries() {
		times = append(times, e)
	}
	if len(times) != 5 || times[0].Text != "08:30" || times[4].Text != "16:00" {
		t.Fatalf("the reminders' times read %v", entryTexts(times))
	}
	test.Type(times[0], "x")
	if got := h.w.settings.Reminders()[capture.RemindPlan].At; got != 8*60+30 {
		t.Errorf("a time that is none was kept: %d", got)
	}
	times[0].SetText("7:05")
	if got := h.w.settings.Reminders()[capture.RemindPlan].At; got != 7*60+5 {
		t.Errorf("07:05 was kept as %d", got)
	}
	// The week's reminder comes on the review day the Settings choose
	// for the Day planner's banner: one day for both.
	var review *control.SelectField
	for _, s := range h.dialogSelects() {
		if s.Selected == "Friday" {
			review = s
		}
	}
	if review == nil {
		t.Fatal("no Weekly review on in the settings")
	}
	review.SetSelected("Monday")
	if got := h.w.settings.Reminders()[capture.RemindWeek]; got.Weekday != time.Monday || got.At != 16*60 {
		t.Errorf("the weekly review reads %+v", got)
	}
}
