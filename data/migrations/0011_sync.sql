-- Daymark schema version 11: sync through a folder the person already
-- syncs. See docs/sync.md.
--
-- Every row of the person's data gets an identity that is the same on
-- every device: days, targets, focus, the ideal week and the weekly
-- reviews have their date; the other rows a UID (32 hexadecimal digits),
-- which Daymark fills in for the rows already there.

ALTER TABLE dimension ADD COLUMN uid TEXT CHECK (uid IS NULL OR (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'));
CREATE UNIQUE INDEX dimension_uid ON dimension (uid);
ALTER TABLE value ADD COLUMN uid TEXT CHECK (uid IS NULL OR (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'));
CREATE UNIQUE INDEX value_uid ON value (uid);
ALTER TABLE prompt ADD COLUMN uid TEXT CHECK (uid IS NULL OR (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'));
CREATE UNIQUE INDEX prompt_uid ON prompt (uid);
ALTER TABLE reflection ADD COLUMN uid TEXT CHECK (uid IS NULL OR (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'));
CREATE UNIQUE INDEX reflection_uid ON reflection (uid);
ALTER TABLE context ADD COLUMN uid TEXT CHECK (uid IS NULL OR (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'));
CREATE UNIQUE INDEX context_uid ON context (uid);
ALTER TABLE decision ADD COLUMN uid TEXT CHECK (uid IS NULL OR (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'));
CREATE UNIQUE INDEX decision_uid ON decision (uid);
ALTER TABLE session ADD COLUMN uid TEXT CHECK (uid IS NULL OR (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'));
CREATE UNIQUE INDEX session_uid ON session (uid);
ALTER TABLE action ADD COLUMN uid TEXT CHECK (uid IS NULL OR (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'));
CREATE UNIQUE INDEX action_uid ON action (uid);

-- What sync keeps of its own (never in an export): this device's ID, its
-- clock, the folder, the change file being written.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Every field of every record as this database last knew it: its value
-- (JSON; null for none), the hybrid logical clock of the change that set
-- it, the clock of the value it replaced, and whether it is a change made
-- here and not yet written to the folder.
CREATE TABLE sync_field (
    kind    TEXT    NOT NULL,
    record  TEXT    NOT NULL,
    field   TEXT    NOT NULL,
    value   TEXT    NOT NULL,
    hlc     TEXT    NOT NULL,
    prev    TEXT    NOT NULL DEFAULT '',
    pending INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1)),
    PRIMARY KEY (kind, record, field)
) WITHOUT ROWID;
CREATE INDEX sync_field_pending ON sync_field (hlc) WHERE pending = 1;

-- The records a write touched, marked by the triggers below and turned
-- into changes before the same transaction ends: always empty between
-- transactions.
CREATE TABLE sync_dirty (
    kind   TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (kind, record)
) WITHOUT ROWID;

-- The other devices: how far their change files have been applied here.
CREATE TABLE sync_device (
    device  TEXT    PRIMARY KEY CHECK (length(device) = 16 AND device NOT GLOB '*[^0-9a-f]*'),
    applied INTEGER NOT NULL DEFAULT 0 CHECK (applied >= 0)
) WITHOUT ROWID;

-- Values that lost to a change made on another device that had not seen
-- them: kept, so the person can pick them instead.
CREATE TABLE sync_conflict (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL,
    record  TEXT NOT NULL,
    field   TEXT NOT NULL,
    value   TEXT NOT NULL,
    hlc     TEXT NOT NULL,
    noticed TEXT NOT NULL,
    UNIQUE (kind, record, field, hlc)
);

-- Each write to the person's data marks the record it touches, once.
-- (Not with INSERT OR IGNORE: the conflict clause of the statement that
-- fires a trigger, an upsert, would override the trigger's.)
CREATE TRIGGER dimension_sync_insert AFTER INSERT ON dimension BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'dimension', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'dimension' AND record = r);
END;
CREATE TRIGGER dimension_sync_update AFTER UPDATE ON dimension BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'dimension', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'dimension' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'dimension', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'dimension' AND record = r);
END;
CREATE TRIGGER dimension_sync_delete AFTER DELETE ON dimension BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'dimension', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'dimension' AND record = r);
END;
CREATE TRIGGER day_sync_insert AFTER INSERT ON day BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'day', r FROM (SELECT NEW.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND record = r);
END;
CREATE TRIGGER day_sync_update AFTER UPDATE ON day BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'day', r FROM (SELECT NEW.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'day', r FROM (SELECT OLD.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND record = r);
END;
CREATE TRIGGER day_sync_delete AFTER DELETE ON day BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'day', r FROM (SELECT OLD.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND record = r);
END;
CREATE TRIGGER entry_sync_insert AFTER INSERT ON entry BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'day', r FROM (SELECT NEW.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND record = r);
END;
CREATE TRIGGER entry_sync_update AFTER UPDATE ON entry BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'day', r FROM (SELECT NEW.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'day', r FROM (SELECT OLD.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND record = r);
END;
CREATE TRIGGER entry_sync_delete AFTER DELETE ON entry BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'day', r FROM (SELECT OLD.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND record = r);
END;
CREATE TRIGGER imported_minutes_sync_insert AFTER INSERT ON imported_minutes BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'day', r FROM (SELECT NEW.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND record = r);
END;
CREATE TRIGGER imported_minutes_sync_update AFTER UPDATE ON imported_minutes BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'day', r FROM (SELECT NEW.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'day', r FROM (SELECT OLD.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND record = r);
END;
CREATE TRIGGER imported_minutes_sync_delete AFTER DELETE ON imported_minutes BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'day', r FROM (SELECT OLD.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND record = r);
END;
CREATE TRIGGER target_sync_insert AFTER INSERT ON target BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'target', r FROM (SELECT NEW.effective_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'target' AND record = r);
END;
CREATE TRIGGER target_sync_update AFTER UPDATE ON target BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'target', r FROM (SELECT NEW.effective_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'target' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'target', r FROM (SELECT OLD.effective_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'target' AND record = r);
END;
CREATE TRIGGER target_sync_delete AFTER DELETE ON target BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'target', r FROM (SELECT OLD.effective_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'target' AND record = r);
END;
CREATE TRIGGER focus_sync_insert AFTER INSERT ON focus BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'focus', r FROM (SELECT NEW.started AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'focus' AND record = r);
END;
CREATE TRIGGER focus_sync_update AFTER UPDATE ON focus BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'focus', r FROM (SELECT NEW.started AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'focus' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'focus', r FROM (SELECT OLD.started AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'focus' AND record = r);
END;
CREATE TRIGGER focus_sync_delete AFTER DELETE ON focus BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'focus', r FROM (SELECT OLD.started AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'focus' AND record = r);
END;
CREATE TRIGGER value_sync_insert AFTER INSERT ON value BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'value', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'value' AND record = r);
END;
CREATE TRIGGER value_sync_update AFTER UPDATE ON value BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'value', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'value' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'value', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'value' AND record = r);
END;
CREATE TRIGGER value_sync_delete AFTER DELETE ON value BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'value', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'value' AND record = r);
END;
CREATE TRIGGER alignment_sync_insert AFTER INSERT ON alignment BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'alignment', r FROM (SELECT (SELECT uid FROM value WHERE id = NEW.personal_id) || ':' || (SELECT uid FROM value WHERE id = NEW.organisational_id) AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'alignment' AND record = r);
END;
CREATE TRIGGER alignment_sync_update AFTER UPDATE ON alignment BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'alignment', r FROM (SELECT (SELECT uid FROM value WHERE id = NEW.personal_id) || ':' || (SELECT uid FROM value WHERE id = NEW.organisational_id) AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'alignment' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'alignment', r FROM (SELECT (SELECT uid FROM value WHERE id = OLD.personal_id) || ':' || (SELECT uid FROM value WHERE id = OLD.organisational_id) AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'alignment' AND record = r);
END;
CREATE TRIGGER alignment_sync_delete AFTER DELETE ON alignment BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'alignment', r FROM (SELECT (SELECT uid FROM value WHERE id = OLD.personal_id) || ':' || (SELECT uid FROM value WHERE id = OLD.organisational_id) AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'alignment' AND record = r);
END;
CREATE TRIGGER alignment_snapshot_sync_insert AFTER INSERT ON alignment_snapshot BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'snapshot', r FROM (SELECT NEW.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'snapshot' AND record = r);
END;
CREATE TRIGGER alignment_snapshot_sync_update AFTER UPDATE ON alignment_snapshot BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'snapshot', r FROM (SELECT NEW.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'snapshot' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'snapshot', r FROM (SELECT OLD.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'snapshot' AND record = r);
END;
CREATE TRIGGER alignment_snapshot_sync_delete AFTER DELETE ON alignment_snapshot BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'snapshot', r FROM (SELECT OLD.date AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'snapshot' AND record = r);
END;
CREATE TRIGGER prompt_sync_insert AFTER INSERT ON prompt BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'prompt', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'prompt' AND record = r);
END;
CREATE TRIGGER prompt_sync_update AFTER UPDATE ON prompt BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'prompt', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'prompt' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'prompt', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'prompt' AND record = r);
END;
CREATE TRIGGER prompt_sync_delete AFTER DELETE ON prompt BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'prompt', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'prompt' AND record = r);
END;
CREATE TRIGGER reflection_sync_insert AFTER INSERT ON reflection BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'reflection', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'reflection' AND record = r);
END;
CREATE TRIGGER reflection_sync_update AFTER UPDATE ON reflection BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'reflection', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'reflection' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'reflection', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'reflection' AND record = r);
END;
CREATE TRIGGER reflection_sync_delete AFTER DELETE ON reflection BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'reflection', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'reflection' AND record = r);
END;
CREATE TRIGGER context_sync_insert AFTER INSERT ON context BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'context', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'context' AND record = r);
END;
CREATE TRIGGER context_sync_update AFTER UPDATE ON context BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'context', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'context' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'context', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'context' AND record = r);
END;
CREATE TRIGGER context_sync_delete AFTER DELETE ON context BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'context', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'context' AND record = r);
END;
CREATE TRIGGER contradiction_sync_insert AFTER INSERT ON contradiction BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'contradiction', r FROM (SELECT (SELECT CASE WHEN count(*) = 2 THEN min(uid) || ':' || max(uid) END FROM context WHERE id IN (NEW.first_id, NEW.second_id)) AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'contradiction' AND record = r);
END;
CREATE TRIGGER contradiction_sync_update AFTER UPDATE ON contradiction BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'contradiction', r FROM (SELECT (SELECT CASE WHEN count(*) = 2 THEN min(uid) || ':' || max(uid) END FROM context WHERE id IN (NEW.first_id, NEW.second_id)) AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'contradiction' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'contradiction', r FROM (SELECT (SELECT CASE WHEN count(*) = 2 THEN min(uid) || ':' || max(uid) END FROM context WHERE id IN (OLD.first_id, OLD.second_id)) AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'contradiction' AND record = r);
END;
CREATE TRIGGER contradiction_sync_delete AFTER DELETE ON contradiction BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'contradiction', r FROM (SELECT (SELECT CASE WHEN count(*) = 2 THEN min(uid) || ':' || max(uid) END FROM context WHERE id IN (OLD.first_id, OLD.second_id)) AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'contradiction' AND record = r);
END;
CREATE TRIGGER decision_sync_insert AFTER INSERT ON decision BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'decision', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'decision' AND record = r);
END;
CREATE TRIGGER decision_sync_update AFTER UPDATE ON decision BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'decision', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'decision' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'decision', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'decision' AND record = r);
END;
CREATE TRIGGER decision_sync_delete AFTER DELETE ON decision BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'decision', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'decision' AND record = r);
END;
CREATE TRIGGER decision_value_sync_insert AFTER INSERT ON decision_value BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'decision', r FROM (SELECT (SELECT uid FROM decision WHERE id = NEW.decision_id) AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'decision' AND record = r);
END;
CREATE TRIGGER decision_value_sync_update AFTER UPDATE ON decision_value BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'decision', r FROM (SELECT (SELECT uid FROM decision WHERE id = NEW.decision_id) AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'decision' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'decision', r FROM (SELECT (SELECT uid FROM decision WHERE id = OLD.decision_id) AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'decision' AND record = r);
END;
CREATE TRIGGER decision_value_sync_delete AFTER DELETE ON decision_value BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'decision', r FROM (SELECT (SELECT uid FROM decision WHERE id = OLD.decision_id) AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'decision' AND record = r);
END;
CREATE TRIGGER session_sync_insert AFTER INSERT ON session BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'session', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'session' AND record = r);
END;
CREATE TRIGGER session_sync_update AFTER UPDATE ON session BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'session', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'session' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'session', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'session' AND record = r);
END;
CREATE TRIGGER session_sync_delete AFTER DELETE ON session BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'session', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'session' AND record = r);
END;
CREATE TRIGGER action_sync_insert AFTER INSERT ON action BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'action', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'action' AND record = r);
END;
CREATE TRIGGER action_sync_update AFTER UPDATE ON action BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'action', r FROM (SELECT NEW.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'action' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'action', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'action' AND record = r);
END;
CREATE TRIGGER action_sync_delete AFTER DELETE ON action BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'action', r FROM (SELECT OLD.uid AS r) WHERE r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'action' AND record = r);
END;
CREATE TRIGGER import_rule_sync_insert AFTER INSERT ON import_rule BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'import_rules', r FROM (SELECT 'settings' AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'import_rules' AND record = r);
END;
CREATE TRIGGER import_rule_sync_update AFTER UPDATE ON import_rule BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'import_rules', r FROM (SELECT 'settings' AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'import_rules' AND record = r);
END;
CREATE TRIGGER import_rule_sync_delete AFTER DELETE ON import_rule BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'import_rules', r FROM (SELECT 'settings' AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'import_rules' AND record = r);
END;
CREATE TRIGGER import_settings_sync_insert AFTER INSERT ON import_settings BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'import_rules', r FROM (SELECT 'settings' AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'import_rules' AND record = r);
END;
CREATE TRIGGER import_settings_sync_update AFTER UPDATE ON import_settings BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'import_rules', r FROM (SELECT 'settings' AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'import_rules' AND record = r);
END;
CREATE TRIGGER import_settings_sync_delete AFTER DELETE ON import_settings BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'import_rules', r FROM (SELECT 'settings' AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'import_rules' AND record = r);
END;
CREATE TRIGGER tracker_mapping_sync_insert AFTER INSERT ON tracker_mapping BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'mapping', r FROM (SELECT NEW.kind || ':' || lower(NEW.name) AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'mapping' AND record = r);
END;
CREATE TRIGGER tracker_mapping_sync_update AFTER UPDATE ON tracker_mapping BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'mapping', r FROM (SELECT NEW.kind || ':' || lower(NEW.name) AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'mapping' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'mapping', r FROM (SELECT OLD.kind || ':' || lower(OLD.name) AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'mapping' AND record = r);
END;
CREATE TRIGGER tracker_mapping_sync_delete AFTER DELETE ON tracker_mapping BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'mapping', r FROM (SELECT OLD.kind || ':' || lower(OLD.name) AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'mapping' AND record = r);
END;
CREATE TRIGGER imported_event_sync_insert AFTER INSERT ON imported_event BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'imported_event', r FROM (SELECT json_array(NEW.uid, NEW.occurrence, NEW.date) AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'imported_event' AND record = r);
END;
CREATE TRIGGER imported_event_sync_update AFTER UPDATE ON imported_event BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'imported_event', r FROM (SELECT json_array(NEW.uid, NEW.occurrence, NEW.date) AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'imported_event' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'imported_event', r FROM (SELECT json_array(OLD.uid, OLD.occurrence, OLD.date) AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'imported_event' AND record = r);
END;
CREATE TRIGGER imported_event_sync_delete AFTER DELETE ON imported_event BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'imported_event', r FROM (SELECT json_array(OLD.uid, OLD.occurrence, OLD.date) AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'imported_event' AND record = r);
END;
CREATE TRIGGER timed_interval_sync_insert AFTER INSERT ON timed_interval BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'interval', r FROM (SELECT NEW.id AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'interval' AND record = r);
END;
CREATE TRIGGER timed_interval_sync_update AFTER UPDATE ON timed_interval BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'interval', r FROM (SELECT NEW.id AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'interval' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'interval', r FROM (SELECT OLD.id AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'interval' AND record = r);
END;
CREATE TRIGGER timed_interval_sync_delete AFTER DELETE ON timed_interval BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'interval', r FROM (SELECT OLD.id AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'interval' AND record = r);
END;
CREATE TRIGGER timed_minutes_sync_insert AFTER INSERT ON timed_minutes BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'interval', r FROM (SELECT NEW.interval_id AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'interval' AND record = r);
END;
CREATE TRIGGER timed_minutes_sync_update AFTER UPDATE ON timed_minutes BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'interval', r FROM (SELECT NEW.interval_id AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'interval' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'interval', r FROM (SELECT OLD.interval_id AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'interval' AND record = r);
END;
CREATE TRIGGER timed_minutes_sync_delete AFTER DELETE ON timed_minutes BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'interval', r FROM (SELECT OLD.interval_id AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'interval' AND record = r);
END;
CREATE TRIGGER ideal_week_sync_insert AFTER INSERT ON ideal_week BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'ideal_week', r FROM (SELECT NEW.effective_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'ideal_week' AND record = r);
END;
CREATE TRIGGER ideal_week_sync_update AFTER UPDATE ON ideal_week BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'ideal_week', r FROM (SELECT NEW.effective_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'ideal_week' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'ideal_week', r FROM (SELECT OLD.effective_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'ideal_week' AND record = r);
END;
CREATE TRIGGER ideal_week_sync_delete AFTER DELETE ON ideal_week BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'ideal_week', r FROM (SELECT OLD.effective_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'ideal_week' AND record = r);
END;
CREATE TRIGGER ideal_week_minutes_sync_insert AFTER INSERT ON ideal_week_minutes BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'ideal_week', r FROM (SELECT NEW.effective_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'ideal_week' AND record = r);
END;
CREATE TRIGGER ideal_week_minutes_sync_update AFTER UPDATE ON ideal_week_minutes BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'ideal_week', r FROM (SELECT NEW.effective_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'ideal_week' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'ideal_week', r FROM (SELECT OLD.effective_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'ideal_week' AND record = r);
END;
CREATE TRIGGER ideal_week_minutes_sync_delete AFTER DELETE ON ideal_week_minutes BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'ideal_week', r FROM (SELECT OLD.effective_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'ideal_week' AND record = r);
END;
CREATE TRIGGER weekly_review_sync_insert AFTER INSERT ON weekly_review BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'review', r FROM (SELECT NEW.week_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND record = r);
END;
CREATE TRIGGER weekly_review_sync_update AFTER UPDATE ON weekly_review BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'review', r FROM (SELECT NEW.week_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'review', r FROM (SELECT OLD.week_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND record = r);
END;
CREATE TRIGGER weekly_review_sync_delete AFTER DELETE ON weekly_review BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'review', r FROM (SELECT OLD.week_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND record = r);
END;
CREATE TRIGGER weekly_review_answer_sync_insert AFTER INSERT ON weekly_review_answer BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'review', r FROM (SELECT NEW.week_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND record = r);
END;
CREATE TRIGGER weekly_review_answer_sync_update AFTER UPDATE ON weekly_review_answer BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'review', r FROM (SELECT NEW.week_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'review', r FROM (SELECT OLD.week_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND record = r);
END;
CREATE TRIGGER weekly_review_answer_sync_delete AFTER DELETE ON weekly_review_answer BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'review', r FROM (SELECT OLD.week_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND record = r);
END;
CREATE TRIGGER weekly_review_action_sync_insert AFTER INSERT ON weekly_review_action BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'review', r FROM (SELECT NEW.week_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND record = r);
END;
CREATE TRIGGER weekly_review_action_sync_update AFTER UPDATE ON weekly_review_action BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'review', r FROM (SELECT NEW.week_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND record = r);
    INSERT INTO sync_dirty (kind, record) SELECT 'review', r FROM (SELECT OLD.week_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND record = r);
END;
CREATE TRIGGER weekly_review_action_sync_delete AFTER DELETE ON weekly_review_action BEGIN
    INSERT INTO sync_dirty (kind, record) SELECT 'review', r FROM (SELECT OLD.week_from AS r) WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'review' AND record = r);
END;
