-- Daymark schema version 6: coaching sessions and their action items.

-- A coaching session, held or planned (a date still to come).
CREATE TABLE session (
    id        INTEGER PRIMARY KEY,
    date      TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    coach     TEXT    NOT NULL DEFAULT '',
    agenda    TEXT    NOT NULL DEFAULT '',
    notes     TEXT    NOT NULL DEFAULT '', -- private: never in the brief
    questions TEXT    NOT NULL DEFAULT ''  -- questions for the coach, written before the session
);
CREATE INDEX session_date ON session (date);

-- An action item agreed in a session. Open ones carry over until done.
CREATE TABLE action (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    text       TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    due        TEXT    CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    done       TEXT    CHECK (done GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    position   INTEGER NOT NULL
);
CREATE INDEX action_session ON action (session_id, position);
