-- Daymark schema version 10: the week. The ideal week (a typical week's
-- plan, per weekday, in versions from a date, like targets) and the weekly
-- reviews. See docs/week.md.

-- A version of the ideal week, in force from effective_from until the
-- next version. It exists on its own, so a version that plans nothing is
-- still a version (and not the targets, which stand in until one is set).
CREATE TABLE ideal_week (
    effective_from TEXT PRIMARY KEY CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
) WITHOUT ROWID;

-- The minutes a version plans for a dimension on a day of the week
-- (0 is Sunday … 6 Saturday). No row: nothing planned.
CREATE TABLE ideal_week_minutes (
    effective_from TEXT    NOT NULL REFERENCES ideal_week (effective_from) ON DELETE CASCADE,
    weekday        INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    dimension_id   INTEGER NOT NULL REFERENCES dimension (id),
    minutes        INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    PRIMARY KEY (effective_from, weekday, dimension_id)
) WITHOUT ROWID;

CREATE TRIGGER ideal_week_budget AFTER INSERT ON ideal_week_minutes
WHEN (SELECT sum(minutes) FROM ideal_week_minutes WHERE effective_from = NEW.effective_from AND weekday = NEW.weekday) > 1440
BEGIN
    SELECT RAISE(ABORT, 'ideal day over 1440 minutes');
END;

-- A weekly review as it was saved: the week it looked back on (seven days
-- from week_from), when, the focus chosen for the next week (kept, or
-- started then), free notes, and the week's figures at that moment as JSON
-- written by Daymark: the dimensions as they were named, and each day's
-- planned, actual and target minutes by those names.
CREATE TABLE weekly_review (
    week_from          TEXT    PRIMARY KEY CHECK (week_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    week_to            TEXT    NOT NULL CHECK (week_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND week_to > week_from),
    saved_at           TEXT    NOT NULL CHECK (saved_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z'),
    focus_dimension_id INTEGER REFERENCES dimension (id), -- NULL: no focus
    focus_kept         INTEGER NOT NULL DEFAULT 1 CHECK (focus_kept IN (0, 1)),
    focus_reason       TEXT    NOT NULL DEFAULT '',
    notes              TEXT    NOT NULL DEFAULT '',
    figures            TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX weekly_review_to ON weekly_review (week_to);

-- The review's answers to the guide questions, the question as it was
-- asked, in order.
CREATE TABLE weekly_review_answer (
    week_from TEXT    NOT NULL REFERENCES weekly_review (week_from) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    prompt    TEXT    NOT NULL CHECK (length(trim(prompt)) > 0),
    answer    TEXT    NOT NULL CHECK (length(trim(answer)) > 0),
    PRIMARY KEY (week_from, position)
) WITHOUT ROWID;

-- The coaching actions the review looked at, as they were: marked done,
-- or carried on (to a new due date, or none).
CREATE TABLE weekly_review_action (
    week_from  TEXT    NOT NULL REFERENCES weekly_review (week_from) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    due        TEXT    CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    done       INTEGER NOT NULL CHECK (done IN (0, 1)),
    carried_to TEXT    CHECK (carried_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    PRIMARY KEY (week_from, position)
) WITHOUT ROWID;
