-- Daymark schema version 9: actual time that records itself. A timer
-- writes timed intervals; what they count lands in the days' actual
-- minutes, split at local midnight. See docs/timer.md.

-- A timed interval: time spent on a dimension, from start to end (NULL
-- while the timer runs). Times are whole minutes in UTC, written as RFC
-- 3339 ("2026-03-02T09:15:00Z"), so they compare as text. The id is made
-- at random and never changes, so the interval is the same one after a
-- correction, an export and an import, and on another device.
CREATE TABLE timed_interval (
    id           TEXT    PRIMARY KEY CHECK (length(id) = 32 AND id NOT GLOB '*[^0-9a-f]*'),
    dimension_id INTEGER NOT NULL REFERENCES dimension (id),
    start        TEXT    NOT NULL CHECK (start GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:00Z'),
    end          TEXT    CHECK (end IS NULL OR (end GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:00Z' AND end > start)),
    note         TEXT    NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX timed_interval_start ON timed_interval (start);

-- At most one timer runs at a time.
CREATE UNIQUE INDEX timed_interval_running ON timed_interval ((end IS NULL)) WHERE end IS NULL;

-- Intervals never overlap: the same minute is never timed twice. A running
-- interval reaches into the future, so nothing may start after it.
CREATE TRIGGER timed_interval_overlap_insert BEFORE INSERT ON timed_interval
WHEN EXISTS (SELECT 1 FROM timed_interval WHERE id != NEW.id
             AND start < coalesce(NEW.end, '9999') AND coalesce(end, '9999') > NEW.start)
BEGIN
    SELECT RAISE(ABORT, 'timed intervals overlap');
END;
CREATE TRIGGER timed_interval_overlap_update BEFORE UPDATE ON timed_interval
WHEN EXISTS (SELECT 1 FROM timed_interval WHERE id != NEW.id AND id != OLD.id
             AND start < coalesce(NEW.end, '9999') AND coalesce(end, '9999') > NEW.start)
BEGIN
    SELECT RAISE(ABORT, 'timed intervals overlap');
END;

-- The minutes a stopped interval counts on each date it spans, cut at the
-- local midnight of when it was recorded. They are part of that day's
-- actual minutes (entry.actual = typed + timed): the rest of the actual
-- minutes were typed or imported. A running interval has no rows here yet.
CREATE TABLE timed_minutes (
    interval_id  TEXT    NOT NULL REFERENCES timed_interval (id) ON DELETE CASCADE,
    date         TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    dimension_id INTEGER NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    PRIMARY KEY (interval_id, date),
    -- Timed minutes are always inside a day's actual minutes: the entry
    -- must exist once the transaction ends.
    FOREIGN KEY (date, dimension_id) REFERENCES entry (date, dimension_id) DEFERRABLE INITIALLY DEFERRED
) WITHOUT ROWID;
CREATE INDEX timed_minutes_date ON timed_minutes (date, dimension_id);

-- Timed minutes never count twice: a day's actual minutes of a dimension
-- are never fewer than its timed minutes.
CREATE TRIGGER timed_minutes_within_actual_insert AFTER INSERT ON timed_minutes
WHEN (SELECT sum(minutes) FROM timed_minutes WHERE date = NEW.date AND dimension_id = NEW.dimension_id)
   > coalesce((SELECT actual FROM entry WHERE date = NEW.date AND dimension_id = NEW.dimension_id), 0)
BEGIN
    SELECT RAISE(ABORT, 'timed minutes over the actual minutes');
END;
CREATE TRIGGER timed_minutes_within_actual_update AFTER UPDATE ON timed_minutes
WHEN (SELECT sum(minutes) FROM timed_minutes WHERE date = NEW.date AND dimension_id = NEW.dimension_id)
   > coalesce((SELECT actual FROM entry WHERE date = NEW.date AND dimension_id = NEW.dimension_id), 0)
BEGIN
    SELECT RAISE(ABORT, 'timed minutes over the actual minutes');
END;
CREATE TRIGGER entry_timed_insert AFTER INSERT ON entry
WHEN NEW.actual < (SELECT coalesce(sum(minutes), 0) FROM timed_minutes WHERE date = NEW.date AND dimension_id = NEW.dimension_id)
BEGIN
    SELECT RAISE(ABORT, 'actual minutes under the timed minutes');
END;
CREATE TRIGGER entry_timed_update AFTER UPDATE ON entry
WHEN NEW.actual < (SELECT coalesce(sum(minutes), 0) FROM timed_minutes WHERE date = NEW.date AND dimension_id = NEW.dimension_id)
BEGIN
    SELECT RAISE(ABORT, 'actual minutes under the timed minutes');
END;
