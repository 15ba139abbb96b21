/*
 * store_json.c — the triage database as JSON for `sectriage list`, `show`
 * and `db check` (store.h): rows turned into objects, one report with its
 * thread, and the consistency checks.
 */
#include <errno.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "sectriage/common.h"
#include "sectriage/store.h"

/* ---- JSON views of rows ---- */

/* Add column I of the current row of ST to OBJ under its name, typed.
 * Comma-list columns named in LISTS become arrays. */
static void
add_column(JsonObject *obj, sqlite3_stmt *st, int i)
{
	static const char *const lists[] = {
		"missing", "out_of_scope", "flags", "recipients", NULL
	};
	const char *name = sqlite3_column_name(st, i);

	switch (sqlite3_column_type(st, i)) {
	case SQLITE_NULL:
		json_object_set_null_member(obj, name);
		break;
	case SQLITE_INTEGER:
		json_object_set_int_member(obj, name, sqlite3_column_int64(st, i));
		break;
	case SQLITE_FLOAT:
		json_object_set_double_member(obj, name, sqlite3_column_double(st, i));
		break;
	default: {
		const char *text = (const char *)sqlite3_column_text(st, i);
		if (g_strv_contains(lists, name)) {
			JsonArray *arr = json_array_new();
			g_auto(GStrv) v = g_strsplit(text, ",", -1);
			for (char **p = v; *p != NULL; p++)
				if (**p != '\0')
					json_array_add_string_element(arr, *p);
			json_object_set_array_member(obj, name, arr);
		} else {
			g_autofree char *fixed = g_utf8_validate(text, -1, NULL)
				? NULL : st_printable(text, -1, G_MAXSIZE);
			json_object_set_string_member(obj, name,
						      fixed != NULL ? fixed : text);
		}
		break;
	}
	}
}

/* Every row of the prepared, bound statement ST as an array of objects
 * (columns by name); ST is reset.  NULL with ERROR (WHAT names the query). */
static JsonArray *
step_rows(StStore *store, sqlite3_stmt *st, const char *what, GError **error)
{
	JsonArray *arr = json_array_new();
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		JsonObject *obj = json_object_new();
		for (int i = 0; i < sqlite3_column_count(st); i++)
			add_column(obj, st, i);
		json_array_add_object_element(arr, obj);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		json_array_unref(arr);
		st_store_fail(store, rc, what, error);
		return NULL;
	}
	return arr;
}

/* Every row of the query SQL (one parameter: ID) as an array of objects. */
JsonArray *
st_store_rows_json(StStore *store, const char *sql, gint64 id, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(store, sql, error);

	if (st == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	return step_rows(store, st, "query", error);
}

JsonNode *
st_store_list_json(StStore *store, const char *state, gboolean all,
		   GError **error)
{
	sqlite3_stmt *st = st_store_prepare(store,
		"SELECT id, tracking_id, state, created_at, updated_at, score,"
		" class, component, suggested_severity, severity, missing,"
		" subject, reporter, is_report, exploited,"
		" (SELECT count(*) FROM messages m WHERE m.report_id = r.id)"
		"   AS messages"
		" FROM reports r"
		" WHERE (?1 OR state NOT IN ('published', 'closed'))"
		"   AND (?2 IS NULL OR state = ?2)"
		" ORDER BY created_at DESC, id DESC", error);

	if (st == NULL)
		return NULL;
	sqlite3_bind_int(st, 1, all || state != NULL);
	sqlite3_bind_text(st, 2, state, -1, SQLITE_STATIC);
	JsonArray *arr = step_rows(store, st, "list reports", error);
	if (arr == NULL)
		return NULL;
	JsonNode *node = json_node_new(JSON_NODE_ARRAY);
	json_node_take_array(node, arr);
	return node;
}

/* FACTS, a report's facts_json, parsed; NULL when absent or not JSON. */
static JsonNode *
facts_node(const char *facts)
{
	g_autoptr(JsonParser) parser = json_parser_new();

	if (facts == NULL || !json_parser_load_from_data(parser, facts, -1, NULL))
		return NULL;
	return json_node_copy(json_parser_get_root(parser));
}

JsonNode *
st_store_report_facts(StStore *store, gint64 report_id)
{
	g_autoptr(JsonArray) rows = st_store_rows_json(store,
		"SELECT facts_json FROM reports WHERE id = ?1", report_id, NULL);

	if (rows == NULL || json_array_get_length(rows) != 1)
		return NULL;
	return facts_node(json_object_get_string_member_with_default(
		json_array_get_object_element(rows, 0), "facts_json", NULL));
}

/* The reports row ID as an object, facts_json parsed into "facts". */
static JsonObject *
report_row_json(StStore *store, gint64 id, GError **error)
{
	g_autoptr(JsonArray) rows = st_store_rows_json(store,
		"SELECT * FROM reports WHERE id = ?1", id, error);
	JsonObject *obj;

	if (rows == NULL)
		return NULL;
	if (json_array_get_length(rows) == 0) {
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND,
			    "no report %" G_GINT64_FORMAT, id);
		return NULL;
	}
	obj = json_object_ref(json_array_get_object_element(rows, 0));
	JsonNode *facts = facts_node(json_object_get_string_member_with_default(obj,
		"facts_json", NULL));
	if (facts != NULL)
		json_object_set_member(obj, "facts", facts);
	else
		json_object_set_null_member(obj, "facts");
	json_object_remove_member(obj, "facts_json");
	return obj;
}

JsonNode *
st_store_report_json(StStore *store, gint64 report_id, GError **error)
{
	static const struct {
		const char *name;
		const char *sql;
	} parts[] = {
		{ "messages",
		  "SELECT id, received_at, message_id, sha256, envelope_from,"
		  " recipients, queue_id, client_addr, helo, subject, from_addr,"
		  " in_reply_to, refs, size, length(raw) AS raw_stored,"
		  " raw_truncated, flags, is_followup"
		  " FROM messages WHERE report_id = ?1 ORDER BY received_at, id" },
		{ "attachments",
		  "SELECT id, message_row, idx, filename, content_type, size,"
		  " sha256, role, kept, members, flags"
		  " FROM attachments WHERE report_id = ?1 ORDER BY message_row, idx" },
		{ "outbox",
		  "SELECT id, kind, recipient, message_id, status, attempts,"
		  " next_attempt_at, claimed_at, last_error, created_at, sent_at,"
		  " reason FROM outbox WHERE report_id = ?1 ORDER BY id" },
		{ "events",
		  "SELECT id, at, actor, kind, detail"
		  " FROM events WHERE report_id = ?1 ORDER BY at, id" },
	};
	JsonObject *obj = report_row_json(store, report_id, error);

	if (obj == NULL)
		return NULL;
	for (gsize i = 0; i < G_N_ELEMENTS(parts); i++) {
		JsonArray *arr = st_store_rows_json(store, parts[i].sql, report_id, error);
		if (arr == NULL) {
			json_object_unref(obj);
			return NULL;
		}
		json_object_set_array_member(obj, parts[i].name, arr);
	}
	JsonNode *node = json_node_new(JSON_NODE_OBJECT);
	json_node_take_object(node, obj);
	return node;
}

/* Lines of a PRAGMA check into OUT; the number of rows that are not "ok". */
static int
run_check(StStore *store, const char *sql, GString *out, GError **error)
{
	sqlite3_stmt *st = NULL;
	int rc, bad = 0;

	rc = sqlite3_prepare_v2(st_store_db(store), sql, -1, &st, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		GString *line = g_string_new(NULL);
		for (int i = 0; i < sqlite3_column_count(st); i++) {
			const char *v = (const char *)sqlite3_column_text(st, i);
			g_string_append_printf(line, "%s%s", i ? " " : "",
					       v != NULL ? v : "NULL");
		}
		if (strcmp(line->str, "ok") != 0) {
			bad++;
			g_string_append_printf(out, "%s\n", line->str);
		}
		g_string_free(line, TRUE);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_OK) {
		st_store_fail(store, rc, sql, error);
		return -1;
	}
	return bad;
}

gboolean
st_store_check(StStore *store, char **report, gboolean *ok, GError **error)
{
	g_autoptr(GString) out = g_string_new(NULL);
	int a, b;

	a = run_check(store, "PRAGMA integrity_check", out, error);
	if (a < 0)
		return FALSE;
	b = run_check(store, "PRAGMA foreign_key_check", out, error);
	if (b < 0)
		return FALSE;
	if (a + b == 0)
		g_string_assign(out, "ok\n");
	if (ok != NULL)
		*ok = a + b == 0;
	if (report != NULL)
		*report = g_strdup(out->str);
	return TRUE;
}

