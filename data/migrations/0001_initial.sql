-- Daymark schema version 1: dimensions and days.
-- A migration never changes once released: later versions add new files.

PRAGMA application_id = 1145133389; -- "DAYM" as a big-endian integer: marks the file as Daymark's

CREATE TABLE dimension (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT    NOT NULL DEFAULT '',
    colour      TEXT    NOT NULL CHECK (colour GLOB '#[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]'),
    position    INTEGER NOT NULL,
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE UNIQUE INDEX dimension_name ON dimension (lower(name));

-- A day exists when anything was recorded for it: minutes or a note.
CREATE TABLE day (
    date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    note TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Planned and actual minutes of one dimension on one day. Rows with both at
-- zero are not kept.
CREATE TABLE entry (
    date         TEXT    NOT NULL REFERENCES day (date) ON DELETE CASCADE,
    dimension_id INTEGER NOT NULL REFERENCES dimension (id),
    planned      INTEGER NOT NULL DEFAULT 0 CHECK (planned BETWEEN 0 AND 1440),
    actual       INTEGER NOT NULL DEFAULT 0 CHECK (actual BETWEEN 0 AND 1440),
    PRIMARY KEY (date, dimension_id)
) WITHOUT ROWID;
CREATE INDEX entry_dimension ON entry (dimension_id, date);

-- The 1440-minute budget holds in the file itself, whatever writes to it.
CREATE TRIGGER entry_budget_insert AFTER INSERT ON entry
WHEN (SELECT sum(planned) FROM entry WHERE date = NEW.date) > 1440
  OR (SELECT sum(actual) FROM entry WHERE date = NEW.date) > 1440
BEGIN
    SELECT RAISE(ABORT, 'day over 1440 minutes');
END;
CREATE TRIGGER entry_budget_update AFTER UPDATE ON entry
WHEN (SELECT sum(planned) FROM entry WHERE date = NEW.date) > 1440
  OR (SELECT sum(actual) FROM entry WHERE date = NEW.date) > 1440
BEGIN
    SELECT RAISE(ABORT, 'day over 1440 minutes');
END;
