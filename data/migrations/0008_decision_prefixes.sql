-- Daymark schema version 8: the search index of the decisions also keeps
-- the first one and two letters of each word, so the first letters typed
-- search a long log as fast as whole words.

DROP TABLE decision_text;
CREATE VIRTUAL TABLE decision_text USING fts4 (content="decision", title, situation, rationale, outcome, tokenize=unicode61, prefix="1,2");
INSERT INTO decision_text (decision_text) VALUES ('rebuild');
