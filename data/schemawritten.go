package data

import (
	"fmt"
	"strings"
)

// The schema of the latest version, written down: opening a file builds
// the schema its version should have by applying the migrations to a
// database in memory (20–30 ms, most of what opening a file costs, and
// on the way to the window's first frame), which for a file of the
// latest version this text spares. It holds only while the migrations
// it was written from are the ones built in (migrationsKey);
// TestTheWrittenSchemaIsWhatTheMigrationsBuild checks it against them,
// and rewrites this file's text with -update.

// writtenKey is the migrations the written schema was built from.
const writtenKey = "0001_initial.sql:2012;0002_revision.sql:313;0003_targets_focus.sql:1150;0004_values.sql:3168;0005_decisions.sql:2502;0006_coaching.sql:1134;0007_time_import.sql:3412;0008_decision_prefixes.sql:422;0009_timer.sql:4340;0010_week.sql:3549;0011_sync.sql:31781;"

// writtenSchema is the written schema: a table and its columns, an index
// or a trigger on each line.
const writtenSchema = `
table action done due id position session_id text uid
table alignment organisational_id personal_id rating
table alignment_snapshot date matrix
table context definition id name parent_id position uid
table contradiction first_id note second_id
table day date note
table decision choice confidence date dimension_id feeling feeling_note id learnt options outcome rationale review_on shared_with situation title uid
table decision_text outcome rationale situation title
table decision_text_docsize docid size
table decision_text_segdir end_block idx leaves_end_block level root start_block
table decision_text_segments block blockid
table decision_text_stat id value
table decision_value decision_id honoured value_id
table dimension archived colour description id name position uid
table entry actual date dimension_id planned
table focus dimension_id reason started
table ideal_week effective_from
table ideal_week_minutes dimension_id effective_from minutes weekday
table import_rule dimension_id field id op pattern position
table import_settings all_day all_day_minutes emails id unmatched_dimension_id
table imported_event date dimension_id end occurrence source start title uid
table imported_minutes date dimension_id minutes
table meta key value
table prompt archived builtin id position text uid
table reflection answer date id prompt_id uid
table session agenda coach date id notes questions uid
table sync_conflict field hlc id kind noticed record value
table sync_device applied device
table sync_dirty kind record
table sync_field field hlc kind pending prev record value
table sync_state key value
table target dimension_id effective_from minutes
table timed_interval dimension_id end id note start
table timed_minutes date dimension_id interval_id minutes
table tracker_mapping dimension_id id kind name
table value archived behaviours id kind meaning name rank slippery uid
table weekly_review figures focus_dimension_id focus_kept focus_reason notes saved_at week_from week_to
table weekly_review_action carried_to done due position text week_from
table weekly_review_answer answer position prompt week_from
index action_session
index action_uid
index context_name
index context_uid
index decision_date
index decision_review
index decision_uid
index decision_value_value
index dimension_name
index dimension_uid
index entry_dimension
index import_rule_position
index imported_event_date
index imported_event_source
index prompt_text
index prompt_uid
index reflection_prompt
index reflection_uid
index session_date
index session_uid
index sync_field_pending
index timed_interval_running
index timed_interval_start
index timed_minutes_date
index tracker_mapping_name
index value_name
index value_uid
index weekly_review_to
trigger action_sync_delete
trigger action_sync_insert
trigger action_sync_update
trigger alignment_snapshot_sync_delete
trigger alignment_snapshot_sync_insert
trigger alignment_snapshot_sync_update
trigger alignment_sync_delete
trigger alignment_sync_insert
trigger alignment_sync_update
trigger context_sync_delete
trigger context_sync_insert
trigger context_sync_update
trigger contradiction_sync_delete
trigger contradiction_sync_insert
trigger contradiction_sync_update
trigger day_sync_delete
trigger day_sync_insert
trigger day_sync_update
trigger decision_sync_delete
trigger decision_sync_insert
trigger decision_sync_update
trigger decision_text_after_insert
trigger decision_text_after_update
trigger decision_text_before_delete
trigger decision_text_before_update
trigger decision_value_sync_delete
trigger decision_value_sync_insert
trigger decision_value_sync_update
trigger dimension_sync_delete
trigger dimension_sync_insert
trigger dimension_sync_update
trigger entry_budget_insert
trigger entry_budget_update
trigger entry_sync_delete
trigger entry_sync_insert
trigger entry_sync_update
trigger entry_timed_insert
trigger entry_timed_update
trigger focus_sync_delete
trigger focus_sync_insert
trigger focus_sync_update
trigger ideal_week_budget
trigger ideal_week_minutes_sync_delete
trigger ideal_week_minutes_sync_insert
trigger ideal_week_minutes_sync_update
trigger ideal_week_sync_delete
trigger ideal_week_sync_insert
trigger ideal_week_sync_update
trigger import_rule_sync_delete
trigger import_rule_sync_insert
trigger import_rule_sync_update
trigger import_settings_sync_delete
trigger import_settings_sync_insert
trigger import_settings_sync_update
trigger imported_event_sync_delete
trigger imported_event_sync_insert
trigger imported_event_sync_update
trigger imported_minutes_sync_delete
trigger imported_minutes_sync_insert
trigger imported_minutes_sync_update
trigger prompt_sync_delete
trigger prompt_sync_insert
trigger prompt_sync_update
trigger reflection_sync_delete
trigger reflection_sync_insert
trigger reflection_sync_update
trigger session_sync_delete
trigger session_sync_insert
trigger session_sync_update
trigger target_budget
trigger target_sync_delete
trigger target_sync_insert
trigger target_sync_update
trigger timed_interval_overlap_insert
trigger timed_interval_overlap_update
trigger timed_interval_sync_delete
trigger timed_interval_sync_insert
trigger timed_interval_sync_update
trigger timed_minutes_sync_delete
trigger timed_minutes_sync_insert
trigger timed_minutes_sync_update
trigger timed_minutes_within_actual_insert
trigger timed_minutes_within_actual_update
trigger tracker_mapping_sync_delete
trigger tracker_mapping_sync_insert
trigger tracker_mapping_sync_update
trigger value_sync_delete
trigger value_sync_insert
trigger value_sync_update
trigger weekly_review_action_sync_delete
trigger weekly_review_action_sync_insert
trigger weekly_review_action_sync_update
trigger weekly_review_answer_sync_delete
trigger weekly_review_answer_sync_insert
trigger weekly_review_answer_sync_update
trigger weekly_review_sync_delete
trigger weekly_review_sync_insert
trigger weekly_review_sync_update
`

// migrationsKey names migrations by their names and lengths: a schema
// built from one list holds for another with the same key.
func migrationsKey(ms []migration) string {
	var key strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&key, "%s:%d;", m.name, len(m.sql))
	}
	return key.String()
}

// schemaText writes s down as lines of writtenSchema, sorted.
func schemaText(s schema) string {
	var b strings.Builder
	for _, t := range sortedKeys(s.tables) {
		b.WriteString("table " + t)
		for _, c := range sortedKeys(s.tables[t]) {
			b.WriteString(" " + c)
		}
		b.WriteByte('\n')
	}
	for _, i := range sortedKeys(s.indexes) {
		b.WriteString("index " + i + "\n")
	}
	for _, t := range sortedKeys(s.triggers) {
		b.WriteString("trigger " + t + "\n")
	}
	return b.String()
}

// parseSchema reads a schema written by schemaText.
func parseSchema(text string) schema {
	s := schema{tables: map[string]map[string]bool{}, indexes: map[string]bool{}, triggers: map[string]bool{}}
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		switch f[0] {
		case "table":
			s.tables[f[1]] = map[string]bool{}
			for _, c := range f[2:] {
				s.tables[f[1]][c] = true
			}
		case "index":
			s.indexes[f[1]] = true
		case "trigger":
			s.triggers[f[1]] = true
		}
	}
	return s
}
