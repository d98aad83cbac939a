package brief

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"daymark/app"
	"daymark/app/apptest"
	"daymark/data"
)

// briefToday is the day the fixture's brief is prepared.
var briefToday = data.NewDate(2026, 11, 22)

// briefFixture is a month of a leader's data around a coaching session held
// on 31 October, with the next one planned for 25 November: days, a target
// and focus, decisions in and out of the period, values whose alignment got
// worse, reflections and actions.
func briefFixture(t *testing.T) *data.Store {
	t.Helper()
	store := apptest.OpenStore(t)
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	dims, err := store.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	self, people := dims[0].ID, dims[1].ID
	must(store.SaveDays(ctx, []data.Day{
		{Date: data.NewDate(2026, 10, 31), Planned: map[int64]int{}, Actual: map[int64]int{people: 999}}, // before the period
		{Date: data.NewDate(2026, 11, 1), Planned: map[int64]int{people: 120}, Actual: map[int64]int{people: 110, self: 600}},
		{Date: data.NewDate(2026, 11, 2), Planned: map[int64]int{people: 120}, Actual: map[int64]int{people: 66}},
	}))
	must(store.SaveTarget(ctx, data.Target{From: data.NewDate(2026, 1, 1), Minutes: map[int64]int{people: 180, self: 20}}))
	must(store.SetFocus(ctx, data.Focus{Started: data.NewDate(2026, 10, 1), DimensionID: people, Reason: "the team doubled."}))

	trust := data.Value{Kind: data.Personal, Name: "Trust"}
	family := data.Value{Kind: data.Personal, Name: "Family"}
	speed := data.Value{Kind: data.Organisational, Name: "Speed"}
	for _, v := range []*data.Value{&trust, &family, &speed} {
		must(store.CreateValue(ctx, v, data.NewDate(2026, 10, 15)))
	}
	must(store.Rate(ctx, data.Rating{PersonalID: trust.ID, OrganisationalID: speed.ID, Rating: 2}, true, data.NewDate(2026, 10, 15)))
	must(store.Rate(ctx, data.Rating{PersonalID: trust.ID, OrganisationalID: speed.ID, Rating: -2}, true, data.NewDate(2026, 11, 15)))

	feel := func(n int) *int { return &n }
	must(store.SaveDecisions(ctx, []data.Decision{
		{Date: data.NewDate(2026, 10, 15), Title: "Before the period", Feeling: feel(-2), ReviewOn: data.NewDate(2026, 11, 20)},
		{Date: data.NewDate(2026, 11, 5), Title: "Ship on Friday", Feeling: feel(-1), Honoured: []int64{speed.ID}},
		{Date: data.NewDate(2026, 11, 6), Title: "Cancel the offsite", Feeling: feel(-2), Compromised: []int64{trust.ID, family.ID}},
		{Date: data.NewDate(2026, 11, 7), Title: "Order lunch", Feeling: feel(2)},
		{Date: data.NewDate(2026, 11, 8), Title: "Reviewed already", ReviewOn: data.NewDate(2026, 11, 9), Outcome: "fine", Honoured: []int64{trust.ID}},
	}))

	prompts, err := store.Prompts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	must(store.SaveReflection(ctx, &data.Reflection{PromptID: prompts[0].ID, Date: data.NewDate(2026, 10, 10), Answer: "An answer before the period"}))
	must(store.SaveReflection(ctx, &data.Reflection{PromptID: prompts[0].ID, Date: data.NewDate(2026, 11, 10), Answer: "Mostly, but not in hiring"}))

	for _, s := range []data.Session{
		{Date: data.NewDate(2026, 9, 30), Coach: "Ana", Actions: []data.Action{{Text: "Carried over"}}},
		{Date: data.NewDate(2026, 10, 31), Coach: "Ana", Notes: "Private: never in the brief", Actions: []data.Action{
			{Text: "Overdue one", Due: data.NewDate(2026, 11, 5)},
			{Text: "Done in the period", Done: data.NewDate(2026, 11, 10)},
			{Text: "Done before", Done: data.NewDate(2026, 10, 31)},
		}},
		{Date: data.NewDate(2026, 11, 25), Coach: "Ana", Questions: "How do I say no?\n\nWhat about hiring?"},
	} {
		must(store.SaveSession(ctx, &s))
	}
	for _, r := range []data.Review{
		{From: data.NewDate(2026, 10, 26), To: data.NewDate(2026, 11, 1), SavedAt: time.Date(2026, 10, 30, 12, 0, 0, 0, time.UTC), Notes: "Before the period"},
		{From: data.NewDate(2026, 11, 2), To: data.NewDate(2026, 11, 8), SavedAt: time.Date(2026, 11, 6, 12, 0, 0, 0, time.UTC),
			Focus: data.ReviewFocus{DimensionID: people, Kept: true}, Actions: []data.ReviewAction{{Text: "Overdue one", Due: data.NewDate(2026, 11, 5), Done: true}},
			Notes: "A week of interviews."},
	} {
		must(store.SaveReview(ctx, &r, data.ReviewEffects{}))
	}
	return store
}

func TestBriefPutsEachPieceInItsSection(t *testing.T) {
	apptest.Swap(t, &app.Zone, apptest.London)
	store := briefFixture(t)
	b, err := prepare(context.Background(), store, app.Range{}, briefToday)
	if err != nil {
		t.Fatal(err)
	}
	if b.Period.From != data.NewDate(2026, 11, 1) || b.Period.To != briefToday {
		t.Fatalf("period %s to %s, want 1 Nov (the day after the last session) to today", b.Period.From, b.Period.To)
	}
	md := Markdown(b.Title(), b.Blocks(briefToday))
	order, body := sections(md)
	want := []string{SessionsHeading, TimeBalanceHeading, FocusHeading, ReviewsHeading, DecisionsHeading, ValuesHeading, ReflectionsHeading, ActionsHeading, QuestionsHeading}
	if strings.Join(order, "|") != strings.Join(want, "|") {
		t.Fatalf("sections %q, want %q", order, want)
	}
	if !strings.HasPrefix(md, "# Coaching brief, 1 Nov to 22 Nov 2026\n") || !strings.Contains(body[""], "22 days, Sunday 1 November to Sunday 22 November 2026; 20 days have no actual time recorded. Prepared 22 November 2026 for the session of Wednesday 25 November 2026 with Ana.") {
		t.Errorf("the title and preface:\n%s", body[""])
	}
	has := map[string][]string{
		SessionsHeading: {"- 25 November 2026 with Ana (this brief's): no agenda written\n- 31 October 2026 with Ana (the one before): no agenda written\n"},
		// 2 of the 22 days hold actual time: People got (110+66)/2 = 88 min a
		// day against 180; its plan was 240/2 = 120 min, kept by 1 − 64/240.
		TimeBalanceHeading: {"People: 1h 32m a day below target from 1 Nov to 22 Nov 2026.\n", "| People (focus) | 2h | 1h 28m | 3h | −1h 32m (−51%) | 73% |", "| My self | 0m | 5h | 20m | +4h 40m (+1400%) | – |", "![Each day's 1440 minutes by dimension, 1 Nov to 22 Nov 2026](balance-days.png)", "balance-shares.png", "balance-average.png"},
		FocusHeading:       {"People, since 1 October 2026, because the team doubled.", "It got 1h 28m a day (planned 2h) against a target of 3h: 51% below target."},
		DecisionsHeading:   {"4 decisions made in the period; 2 felt uncomfortable.", "- 6 Nov, Cancel the offsite (felt −2, very uncomfortable)\n  Values: compromised Trust, Family\n- 5 Nov, Ship on Friday (felt −1, uncomfortable)\n  Values: honoured Speed\n- 8 Nov, Reviewed already\n", "- 7 Nov, Order lunch (felt +2, very comfortable)\n", "Named no value (1):\n\n- 7 Nov, Order lunch\n", "Reviews due (1), the latest first:\n\n- 15 Oct, Before the period (review due 20 Nov)"},
		ValuesHeading:      {"Alignment score: 0 of 100, −50 since 1 November (50).", "- Speed conflicts with Trust\n- Trust has no aligned organisational value\n- Family has no aligned organisational value"},
		ReviewsHeading:     {"- 2 Nov to 8 Nov 2026, reviewed 6 Nov. People: 1h 54m a day below target. Focus kept on People. 1 action done. Notes: A week of interviews.\n"},
		ReflectionsHeading: {"- 10 Nov, “Is the work you do already noticeably guided", "Mostly, but not in hiring"},
		ActionsHeading:     {"Open (2):\n\n- Overdue one (from 31 Oct, due 5 Nov, overdue)\n- Carried over (from 30 Sep)\n", "Done in the period (1):\n\n- Done in the period (done 10 Nov)\n"},
		QuestionsHeading:   {"How do I say no?\n\nWhat about hiring?\n"},
	}
	for section, texts := range has {
		for _, text := range texts {
			if !strings.Contains(body[section], text) {
				t.Errorf("%s lacks %q:\n%s", section, text, body[section])
			}
		}
	}
	for _, absent := range []string{"Private", "An answer before the period", "Before the period.", "Done before", "999", "Reviewed already ("} {
		if strings.Contains(md, absent) {
			t.Errorf("the brief shows %q, which is not of the period or private:\n%s", absent, md)
		}
	}
}

func TestBriefPeriodDefaults(t *testing.T) {
	today := briefToday
	held := func(dates ...data.Date) []data.Session {
		var out []data.Session
		for _, d := range dates {
			out = append(out, data.Session{Date: d})
		}
		return out
	}
	for _, c := range []struct {
		name     string
		sessions []data.Session
		from     data.Date
	}{
		{"no session: the last 30 days", nil, data.NewDate(2026, 10, 24)},
		{"only a planned one: the last 30 days", held(data.NewDate(2026, 11, 30)), data.NewDate(2026, 10, 24)},
		{"since the last one held", held(data.NewDate(2026, 9, 1), data.NewDate(2026, 11, 2), data.NewDate(2026, 12, 1)), data.NewDate(2026, 11, 3)},
		{"one held yesterday", held(data.NewDate(2026, 11, 21)), today},
		{"one today counts as the next", held(data.NewDate(2026, 11, 1), today), data.NewDate(2026, 11, 2)},
	} {
		r := DefaultPeriod(c.sessions, today)
		if r.From != c.from || r.To != today {
			t.Errorf("%s: %s to %s, want %s to %s", c.name, r.From, r.To, c.from, today)
		}
	}
}

func TestAnEmptyBriefSaysSoInEverySection(t *testing.T) {
	store := apptest.OpenStore(t)
	b, err := prepare(context.Background(), store, app.Range{}, briefToday)
	if err != nil {
		t.Fatal(err)
	}
	_, body := sections(Markdown(b.Title(), b.Blocks(briefToday)))
	for section, text := range map[string]string{
		TimeBalanceHeading: "No time was recorded in the period.",
		FocusHeading:       "No focus was set.",
		ReviewsHeading:     "No weekly review was saved in the period.",
		DecisionsHeading:   "0 decisions made in the period",
		ValuesHeading:      "No alignment score yet",
		ReflectionsHeading: "No reflections were written in the period.",
		ActionsHeading:     "Open (0):\n\nNone.",
		QuestionsHeading:   "None written yet",
	} {
		if !strings.Contains(body[section], text) {
			t.Errorf("%s lacks %q:\n%s", section, text, body[section])
		}
	}
}

func TestMarkdownKeepsAPersonsTextAsText(t *testing.T) {
	md := Markdown("A *title*", []Block{
		{Kind: ParagraphBlock, Text: "# not a heading, [not](a link) | <b>"},
		{Kind: BulletsBlock, Items: []string{"two\nlines"}},
		{Kind: TableBlock, Header: []string{"a|b", "c"}, Rows: [][]string{{"x\ny", "_z_"}}},
	})
	for _, want := range []string{"# A \\*title\\*\n", "\\# not a heading, \\[not\\](a link) \\| \\<b\\>\n", "- two\n  lines\n", "| a\\|b | c |\n| --- | --- |\n| x y | \\_z\\_ |\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q:\n%s", want, md)
		}
	}
}

// pdfPages counts the pages of a PDF, and its embedded images.
func pdfPages(pdf []byte) (pages, images int) {
	pages = len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1))
	images = len(regexp.MustCompile(`/Subtype\s*/Image`).FindAll(pdf, -1))
	return pages, images
}

func TestExportBriefWritesMarkdownPDFAndChartsAndNeverOverwrites(t *testing.T) {
	store := briefFixture(t)
	b, err := prepare(context.Background(), store, app.Range{}, briefToday)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "brief")
	var steps []string
	written, err := Export(context.Background(), dir, b, briefToday, false, func(done, total int) { steps = append(steps, fmt.Sprint(done, "/", total)) })
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(steps, " ") != "1/5 2/5 3/5 4/5 5/5" {
		t.Errorf("progress %q", steps)
	}
	if len(written) != 5 {
		t.Errorf("wrote %q, want brief.md, brief.pdf and three charts", written)
	}
	md, err := os.ReadFile(filepath.Join(dir, "brief.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, chart := range []string{"balance-days.png", "balance-shares.png", "balance-average.png"} {
		if !bytes.Contains(md, []byte("("+chart+")")) {
			t.Errorf("brief.md does not link %s", chart)
		}
		png, err := os.ReadFile(filepath.Join(dir, chart))
		if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) {
			t.Errorf("%s is not a PNG: %v", chart, err)
		}
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "brief.pdf"))
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.Contains(pdf, []byte("%%EOF")) {
		t.Fatalf("brief.pdf is not a PDF: %v", err)
	}
	if pages, images := pdfPages(pdf); pages < 2 || pages > 6 || images != 3 {
		t.Errorf("brief.pdf has %d pages and %d images; want a few A4 pages with the three charts", pages, images)
	}
	if !regexp.MustCompile(`/MediaBox \[ ?0 0 595(\.\d+)? 842(\.0+)? ?\]`).Match(pdf) {
		t.Errorf("brief.pdf is not A4: %s", regexp.MustCompile(`/MediaBox[^\]]*\]`).Find(pdf))
	}
	for _, f := range written {
		if info, err := os.Stat(f); err != nil || info.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, %v; want 0600", f, info.Mode().Perm(), err)
		}
	}

	// A second export into the same folder is refused and changes nothing.
	if err := os.WriteFile(filepath.Join(dir, "brief.md"), []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Export(context.Background(), dir, b, briefToday, false, nil); data.ErrorCode(err) != data.EConflict || !strings.Contains(data.ErrorMessage(err), "brief.md, brief.pdf, balance-days.png") {
		t.Errorf("exporting over a brief: %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "brief.md")); string(got) != "mine" {
		t.Error("a refused export changed brief.md")
	}
	if _, err := Export(context.Background(), dir, b, briefToday, true, nil); err != nil {
		t.Fatalf("replacing: %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "brief.md")); string(got) == "mine" {
		t.Error("replace did not replace brief.md")
	}
}

func TestThePDFTakesAnyText(t *testing.T) {
	long := strings.Repeat("word ", 3000)
	blocks := []Block{
		{Kind: HeadingBlock, Text: "Émoji 🚀 and CJK 漢字, “quotes” − ★"},
		{Kind: ParagraphBlock, Text: long},
		{Kind: BulletsBlock, Items: []string{"🐸 a frog", "tab\there", strings.Repeat("x", 500)}},
		{Kind: TableBlock, Header: []string{"a", "b"}, Rows: [][]string{{"🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀", ""}}},
	}
	var out bytes.Buffer
	if err := WritePDF(&out, "A 🚀 title", blocks); err != nil {
		t.Fatal(err)
	}
	if pages, _ := pdfPages(out.Bytes()); pages < 3 {
		t.Errorf("%d pages for 3,000 words", pages)
	}
}
