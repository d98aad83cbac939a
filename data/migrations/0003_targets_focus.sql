-- Daymark schema version 3: targets and focus.

-- A target version: the desired minutes per day of each dimension, in force
-- from effective_from until the next version. A dimension without a row in a
-- version has no target (zero) in it.
CREATE TABLE target (
    effective_from TEXT    NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    dimension_id   INTEGER NOT NULL REFERENCES dimension (id),
    minutes        INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    PRIMARY KEY (effective_from, dimension_id)
) WITHOUT ROWID;

CREATE TRIGGER target_budget AFTER INSERT ON target
WHEN (SELECT sum(minutes) FROM target WHERE effective_from = NEW.effective_from) > 1440
BEGIN
    SELECT RAISE(ABORT, 'target over 1440 minutes');
END;

-- The dimension prioritised from a date, and why; the latest one started
-- on or before a day is the focus of that day.
CREATE TABLE focus (
    started      TEXT    PRIMARY KEY CHECK (started GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    dimension_id INTEGER NOT NULL REFERENCES dimension (id),
    reason       TEXT    NOT NULL DEFAULT ''
) WITHOUT ROWID;
