-- Daymark schema version 5: the decision log.

CREATE TABLE decision (
    id           INTEGER PRIMARY KEY,
    date         TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    title        TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    situation    TEXT    NOT NULL DEFAULT '',
    options      TEXT    NOT NULL DEFAULT '', -- the options considered, one per line
    choice       TEXT    NOT NULL DEFAULT '', -- what was chosen
    rationale    TEXT    NOT NULL DEFAULT '', -- and why
    dimension_id INTEGER REFERENCES dimension (id),
    feeling      INTEGER CHECK (feeling BETWEEN -2 AND 2), -- NULL: not said
    feeling_note TEXT    NOT NULL DEFAULT '',
    confidence   INTEGER CHECK (confidence BETWEEN 1 AND 10), -- NULL: not said
    shared_with  TEXT    NOT NULL DEFAULT '',
    review_on    TEXT    CHECK (review_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    outcome      TEXT    NOT NULL DEFAULT '',
    learnt       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX decision_date ON decision (date, id);
CREATE INDEX decision_review ON decision (review_on) WHERE review_on IS NOT NULL AND outcome = '';

-- The values a decision honoured (1) or compromised (0).
CREATE TABLE decision_value (
    decision_id INTEGER NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    value_id    INTEGER NOT NULL REFERENCES value (id),
    honoured    INTEGER NOT NULL CHECK (honoured IN (0, 1)),
    PRIMARY KEY (decision_id, value_id)
) WITHOUT ROWID;
CREATE INDEX decision_value_value ON decision_value (value_id, decision_id);

-- Full-text search over the words of a decision, kept in step by triggers.
CREATE VIRTUAL TABLE decision_text USING fts4 (content="decision", title, situation, rationale, outcome, tokenize=unicode61);
CREATE TRIGGER decision_text_before_update BEFORE UPDATE ON decision BEGIN
    DELETE FROM decision_text WHERE docid = OLD.id;
END;
CREATE TRIGGER decision_text_before_delete BEFORE DELETE ON decision BEGIN
    DELETE FROM decision_text WHERE docid = OLD.id;
END;
CREATE TRIGGER decision_text_after_update AFTER UPDATE ON decision BEGIN
    INSERT INTO decision_text (docid, title, situation, rationale, outcome) VALUES (NEW.id, NEW.title, NEW.situation, NEW.rationale, NEW.outcome);
END;
CREATE TRIGGER decision_text_after_insert AFTER INSERT ON decision BEGIN
    INSERT INTO decision_text (docid, title, situation, rationale, outcome) VALUES (NEW.id, NEW.title, NEW.situation, NEW.rationale, NEW.outcome);
END;
