-- Daymark schema version 2: a revision number that every change to the
-- person's data raises, so backups can tell whether anything changed since
-- the last one.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO meta (key, value) VALUES ('revision', 0);
