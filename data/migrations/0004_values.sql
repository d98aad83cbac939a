-- Daymark schema version 4: values, their alignment, reflections and value contexts.

-- A personal or organisational value. Values are archived, never deleted,
-- so past decisions keep their links.
CREATE TABLE value (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('personal', 'organisational')),
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    meaning    TEXT    NOT NULL DEFAULT '',
    behaviours TEXT    NOT NULL DEFAULT '', -- one per line
    slippery   TEXT    NOT NULL DEFAULT '', -- behaviours that betray it, one per line
    rank       INTEGER NOT NULL,            -- 1 is the most important of its kind
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE UNIQUE INDEX value_name ON value (kind, lower(name));

-- How a personal value and an organisational value meet: −2 in conflict …
-- +2 strongly aligned. No row: unrelated.
CREATE TABLE alignment (
    personal_id       INTEGER NOT NULL REFERENCES value (id),
    organisational_id INTEGER NOT NULL REFERENCES value (id),
    rating            INTEGER NOT NULL CHECK (rating BETWEEN -2 AND 2),
    PRIMARY KEY (personal_id, organisational_id)
) WITHOUT ROWID;

-- The matrix as it stood at the end of each day it changed: the active
-- values of each kind and the ratings, as JSON written by Daymark.
CREATE TABLE alignment_snapshot (
    date   TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    matrix TEXT NOT NULL
) WITHOUT ROWID;

-- Guide prompts for reflection: the built-in ones and the person's own.
CREATE TABLE prompt (
    id       INTEGER PRIMARY KEY,
    text     TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    builtin  INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    position INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE UNIQUE INDEX prompt_text ON prompt (lower(text));

-- A dated answer to a prompt.
CREATE TABLE reflection (
    id        INTEGER PRIMARY KEY,
    prompt_id INTEGER NOT NULL REFERENCES prompt (id),
    date      TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    answer    TEXT    NOT NULL CHECK (length(trim(answer)) > 0)
);
CREATE INDEX reflection_prompt ON reflection (prompt_id, date);

-- A context in which value is defined (a team, the organisation, the
-- function, the department, government), inside a parent context or not.
CREATE TABLE context (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    definition TEXT    NOT NULL DEFAULT '',
    parent_id  INTEGER REFERENCES context (id) ON DELETE SET NULL,
    position   INTEGER NOT NULL
);
CREATE UNIQUE INDEX context_name ON context (lower(name));

-- Two contexts whose definitions of value contradict each other.
CREATE TABLE contradiction (
    first_id  INTEGER NOT NULL REFERENCES context (id) ON DELETE CASCADE,
    second_id INTEGER NOT NULL REFERENCES context (id) ON DELETE CASCADE,
    note      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
) WITHOUT ROWID;
