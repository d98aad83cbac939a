-- Daymark schema version 7: actual time filled from a calendar (.ics) or a
-- time tracker's CSV export. See docs/import.md.

-- The rules that send a calendar event to a dimension, in order: the first
-- that matches wins. A rule without a dimension skips the event.
CREATE TABLE import_rule (
    id           INTEGER PRIMARY KEY,
    position     INTEGER NOT NULL,
    field        TEXT    NOT NULL CHECK (field IN ('title', 'organiser', 'attendees')),
    op           TEXT    NOT NULL CHECK (op IN ('contains', 'pattern', 'at_least', 'at_most')),
    pattern      TEXT    NOT NULL CHECK (length(trim(pattern)) > 0),
    dimension_id INTEGER REFERENCES dimension (id) ON DELETE CASCADE
);
CREATE INDEX import_rule_position ON import_rule (position, id);

-- How a time tracker's projects and tags map to dimensions. No dimension:
-- entries of that project or tag are skipped.
CREATE TABLE tracker_mapping (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('project', 'tag')),
    name         TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    dimension_id INTEGER REFERENCES dimension (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX tracker_mapping_name ON tracker_mapping (kind, lower(name));

-- One row: where events and entries that nothing matches go (NULL: they are
-- skipped), whether all-day events count and for how long, and the
-- person's email addresses, by which declined invitations and their own
-- entries in a team's export are recognised (one a line).
CREATE TABLE import_settings (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    unmatched_dimension_id INTEGER REFERENCES dimension (id) ON DELETE SET NULL,
    all_day                INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    all_day_minutes        INTEGER NOT NULL DEFAULT 480 CHECK (all_day_minutes BETWEEN 1 AND 1440),
    emails                 TEXT    NOT NULL DEFAULT ''
);

-- The memory of what was imported: each counted event (or time entry) by
-- UID and occurrence, split per day, so that importing the same or an
-- overlapping file again never counts it twice. source is the calendar's
-- or the tracker's name; start and end are the part of the event on that
-- day, in UTC (RFC 3339).
CREATE TABLE imported_event (
    uid          TEXT    NOT NULL,
    occurrence   TEXT    NOT NULL DEFAULT '', -- which occurrence of a repeating event; '' for a single one
    date         TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    source       TEXT    NOT NULL,
    start        TEXT    NOT NULL,
    end          TEXT    NOT NULL CHECK (end > start),
    title        TEXT    NOT NULL DEFAULT '',
    dimension_id INTEGER NOT NULL REFERENCES dimension (id) ON DELETE CASCADE,
    PRIMARY KEY (uid, occurrence, date)
) WITHOUT ROWID;
CREATE INDEX imported_event_date ON imported_event (date);
CREATE INDEX imported_event_source ON imported_event (source, date);

-- The actual minutes the last import set, by day and dimension: minutes
-- that differ from these were typed by hand.
CREATE TABLE imported_minutes (
    date         TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    dimension_id INTEGER NOT NULL REFERENCES dimension (id) ON DELETE CASCADE,
    minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    PRIMARY KEY (date, dimension_id)
) WITHOUT ROWID;
