/*
 * cli_store.c — the database subcommands of `sectriage`:
 *
 *   file [--envelope-from ADDR | --return-path] [--queue-id ID] [--json] FILE...
 *        analyse and file each message as the milter does (same code path:
 *        st_analyze_file + st_store_file); with --return-path each message's
 *        envelope sender is its own Return-Path field, as a delivered copy
 *        in a mailbox carries it.  One line per file on stdout:
 *
 *            FILE: TRACKING-ID KIND score N missing ITEMS
 *
 *        KIND is "new", "followup" or "duplicate"; ITEMS the missing
 *        checklist items, comma-separated, or "-" when complete.  With
 *        --json one object per file instead: {file, tracking_id, kind,
 *        report_id, message_row, score, missing: [..], ack_queued,
 *        ack_reason, facts}, facts the report's merged facts after this
 *        filing (as show --json has them: a follow-up's are the thread's).
 *        Exit 1 when any file could not be read or filed.
 *   list [--json] [--state S] [--all]
 *        open reports (not published, not closed), newest first.
 *   show [--json] ID
 *        one report (tracking id or row id): columns, merged facts, SLA
 *        clocks, thread, attachments, outbox and the event history.
 *   db check|path|migrate
 *        integrity and foreign key check / the database path / bring the
 *        schema up to date; each prints the schema version.
 *
 * Report text (subjects, names) is passed through st_printable() before it
 * is printed as text; JSON output carries it as JSON strings.
 */
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "sectriage/analyze.h"
#include "sectriage/cli.h"
#include "sectriage/dupes.h"
#include "sectriage/common.h"
#include "sectriage/jsonutil.h"
#include "sectriage/store.h"
#include "sectriage/workflow.h"

/* ---- file ---- */

static const char *
kind_of(const StFileResult *r)
{
	return r->duplicate ? "duplicate" : r->followup ? "followup" : "new";
}

static JsonNode *
result_json(const char *file, const StFileResult *r)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	g_auto(GStrv) missing = g_strsplit(r->missing ? r->missing : "", ",", -1);

	json_builder_begin_object(b);
	st_json_add_string(b, "file", file);
	st_json_add_string(b, "tracking_id", r->tracking_id);
	st_json_add_string(b, "kind", kind_of(r));
	st_json_add_int(b, "report_id", r->report_id);
	st_json_add_int(b, "message_row", r->message_row);
	st_json_add_int(b, "score", r->score);
	json_builder_set_member_name(b, "missing");
	json_builder_begin_array(b);
	for (char **p = missing; *p != NULL; p++)
		if (**p != '\0')
			json_builder_add_string_value(b, *p);
	json_builder_end_array(b);
	st_json_add_boolean(b, "ack_queued", r->ack_queued);
	st_json_add_string(b, "ack_reason", r->ack_reason);
	json_builder_end_object(b);
	return json_builder_get_root(b);
}

/* Analyse and file one FILE; FALSE (error printed) on failure.  With
 * RETURN_PATH the envelope sender is the message's Return-Path. */
static gboolean
file_one(StCli *cli, StStore *store, StRules *rules, const char *path,
	 const StEnvelope *env, gboolean return_path, gboolean json)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(StAnalysis) a = st_cli_analyze_file(cli, rules, path, return_path,
						      env->envelope_from, &err);
	StFileResult r = { 0 };

	if (a == NULL) {
		st_cli_error("file", "%s: %s", path, err->message);
		return FALSE;
	}
	if (!st_store_file(store, cli->cfg, rules, a, env, path, &r, &err)) {
		st_cli_error("file", "%s: %s", path, err->message);
		return FALSE;
	}
	if (json) {
		g_autoptr(JsonNode) node = result_json(path, &r);
		JsonNode *facts = st_store_report_facts(store, r.report_id);
		if (facts != NULL)
			json_object_set_member(json_node_get_object(node), "facts", facts);
		else
			json_object_set_null_member(json_node_get_object(node), "facts");
		st_cli_print_json(node);
	} else {
		printf("%s: %s %s score %d missing %s\n", path, r.tracking_id,
		       kind_of(&r), r.score, r.missing && *r.missing ? r.missing : "-");
	}
	st_file_result_clear(&r);
	return TRUE;
}

int
st_cmd_file(StCli *cli, int argc, char **argv)
{
	g_autofree char *envelope_from = NULL, *queue_id = NULL;
	g_auto(GStrv) files = NULL;
	gboolean json = FALSE, return_path = FALSE;
	GOptionEntry entries[] = {
		{ "envelope-from", 'f', 0, G_OPTION_ARG_STRING, &envelope_from,
		  "The SMTP envelope sender ('' is the null sender <>); "
		  "acknowledgments go to it", "ADDR" },
		{ "return-path", 0, 0, G_OPTION_ARG_NONE, &return_path,
		  "Each message's envelope sender is its Return-Path (a delivered copy)", NULL },
		{ "queue-id", 'q', 0, G_OPTION_ARG_STRING, &queue_id,
		  "The MTA queue id to record", "ID" },
		{ "json", 'j', 0, G_OPTION_ARG_NONE, &json,
		  "Print one JSON object per file", NULL },
		{ G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE..." },
		{ NULL }
	};
	if (!st_cli_parse_options("file", "FILE... - file messages into the database", 
				  "Analyse and file each message as the milter does: a new report, a "
				  "follow-up of\na report, or a duplicate of a message filed before.  "
				  "Prints one line a file:\n  FILE: TRACKING-ID new|followup|duplicate "
				  "score N missing ITEMS|-",
				  entries, &argc, &argv))
		return 2;
	if (files == NULL || files[0] == NULL) {
		st_cli_error("file", "no FILE given (see --help)");
		return 2;
	}
	if (return_path && envelope_from != NULL) {
		st_cli_error("file", "--envelope-from and --return-path exclude each other");
		return 2;
	}
	StRules *rules = st_cli_rules(cli);
	StStore *store = st_cli_store(cli);
	if (rules == NULL || store == NULL)
		return 1;

	g_autofree char *actor = g_strdup_printf("cli:%s", g_get_user_name());
	int rc = 0;
	for (char **p = files; *p != NULL; p++) {
		StEnvelope env = {
			.queue_id = queue_id,
			.envelope_from = envelope_from,
			.received_at = g_date_time_to_unix(cli->now),
			.actor = actor,
		};
		if (!file_one(cli, store, rules, *p, &env, return_path, json))
			rc = 1;
	}
	return rc;
}

/* Comma-joined string array member NAME ("-" when empty); new string. */
static char *
obj_list(JsonObject *o, const char *name)
{
	GString *s = g_string_new(NULL);

	JsonArray *arr = st_json_get_array(o, name);
	for (guint i = 0; arr && i < json_array_get_length(arr); i++) {
		JsonNode *e = json_array_get_element(arr, i);
		if (JSON_NODE_HOLDS_VALUE(e) && json_node_get_value_type(e) == G_TYPE_STRING)
			g_string_append_printf(s, "%s%s", s->len ? "," : "", json_node_get_string(e));
	}
	if (s->len == 0)
		g_string_assign(s, "-");
	return g_string_free(s, FALSE);
}

/* "2026-03-02 10:01 UTC", or "-" for 0/NULL; new string. */
static char *
fmt_time(gint64 t)
{
	if (t <= 0)
		return g_strdup("-");
	g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc(t);
	return dt ? g_date_time_format(dt, "%Y-%m-%d %H:%M UTC") : g_strdup("-");
}

int
st_cmd_list(StCli *cli, int argc, char **argv)
{
	gboolean json = FALSE, all = FALSE;
	g_autofree char *state = NULL;
	GOptionEntry entries[] = {
		{ "json", 'j', 0, G_OPTION_ARG_NONE, &json, "Print a JSON array", NULL },
		{ "state", 's', 0, G_OPTION_ARG_STRING, &state,
		  "Only reports in STATE (new, needs-info, triaged, fixing, fixed, "
		  "published, closed)", "STATE" },
		{ "all", 'a', 0, G_OPTION_ARG_NONE, &all,
		  "Published and closed reports too", NULL },
		{ NULL }
	};
	if (!st_cli_parse_options("list", "- list reports",
				  "Open reports, newest first: tracking id, state, score, class, "
				  "what is missing, subject.",
				  entries, &argc, &argv))
		return 2;
	if (argc > 1) {
		st_cli_error("list", "unexpected argument \"%s\"", argv[1]);
		return 2;
	}
	StStore *store = st_cli_store(cli);
	if (store == NULL)
		return 1;
	g_autoptr(GError) err = NULL;
	g_autoptr(JsonNode) node = st_store_list_json(store, state, all, &err);
	if (node == NULL) {
		st_cli_error("list", "%s", err->message);
		return 1;
	}
	if (json) {
		st_cli_print_json(node);
		return 0;
	}
	JsonArray *arr = json_node_get_array(node);
	printf("%-15s %-10s %5s %-20s %-30s %s\n", "ID", "STATE", "SCORE", "CLASS",
	       "MISSING", "SUBJECT");
	for (guint i = 0; i < json_array_get_length(arr); i++) {
		JsonObject *o = json_array_get_object_element(arr, i);
		g_autofree char *missing = obj_list(o, "missing");
		g_autofree char *subject = st_printable(st_json_get_string(o, "subject"), -1, 80);
		const char *klass = st_json_get_string(o, "class");
		printf("%-15s %-10s %5" G_GINT64_FORMAT " %-20s %-30s %s%s\n",
		       st_json_get_string(o, "tracking_id"), st_json_get_string(o, "state"),
		       st_json_get_int(o, "score", 0), klass ? klass : "-", missing,
		       st_json_get_int(o, "is_report", 1) ? "" : "[not a report] ", subject);
	}
	return 0;
}

/* ---- show ---- */

static void
show_field(JsonObject *o, const char *label, const char *name)
{
	const char *v = st_json_get_string(o, name);
	if (v != NULL) {
		g_autofree char *p = st_printable(v, -1, 200);
		printf("%-14s %s\n", label, p);
	}
}

/* The facts' missing_detail lines: how the reporter can supply each item. */
static void
show_hints(JsonObject *o)
{
	JsonArray *arr = st_json_get_array(st_json_get_object(o, "facts"), "missing_detail");

	for (guint i = 0; arr != NULL && i < json_array_get_length(arr); i++) {
		JsonNode *e = json_array_get_element(arr, i);
		if (JSON_NODE_HOLDS_VALUE(e) && json_node_get_value_type(e) == G_TYPE_STRING) {
			g_autofree char *line = st_printable(json_node_get_string(e), -1, 200);
			printf("%-14s - %s\n", "", line);
		}
	}
}

/* The string member NAME of O, or DEF when it is missing or null. */
static const char *
str_or(JsonObject *o, const char *name, const char *def)
{
	const char *v = st_json_get_string(o, name);
	return v ? v : def;
}

/* Class, component, severity, version, scope, CVSS, credit. */
static void
show_text_facts(JsonObject *o)
{
	g_autofree char *oos = obj_list(o, "out_of_scope");

	show_field(o, "class:", "class");
	show_field(o, "component:", "component");
	show_field(o, "severity:", "severity");
	show_field(o, "suggested:", "suggested_severity");
	show_field(o, "version:", "version");
	show_field(o, "platform:", "platform");
	if (strcmp(oos, "-") != 0)
		printf("%-14s %s\n", "out of scope:", oos);
	show_field(o, "cvss:", "cvss_vector");
	if (st_json_get_int(o, "exploited", 0))
		printf("%-14s yes\n", "EXPLOITED:");
	if (st_json_get_int(o, "credit_anonymous", 0))
		printf("%-14s anonymous\n", "credit:");
	else
		show_field(o, "credit:", "credit_name");
	show_field(o, "credit link:", "credit_link");
}

/* The report's clock columns that are set, then the SLA CLOCKS text. */
static void
show_text_clocks(JsonObject *o, const char *clocks)
{
	static const char *const clocks_cols[] = {
		"acked_at", "triaged_at", "fixing_at", "fixed_at", "published_at",
		"closed_at", "embargo_until",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(clocks_cols); i++) {
		gint64 t = st_json_get_int(o, clocks_cols[i], 0);
		if (t > 0) {
			g_autofree char *s = fmt_time(t);
			g_autofree char *label = g_strdup_printf("%s:", clocks_cols[i]);
			printf("%-14s %s\n", label, s);
		}
	}
	if (clocks != NULL && *clocks != '\0')
		printf("\nclocks:\n%s%s", clocks,
		       g_str_has_suffix(clocks, "\n") ? "" : "\n");
}

static void
show_text_report(JsonObject *o, const char *clocks)
{
	g_autofree char *created = fmt_time(st_json_get_int(o, "created_at", 0));
	g_autofree char *updated = fmt_time(st_json_get_int(o, "updated_at", 0));
	g_autofree char *missing = obj_list(o, "missing");
	g_autofree char *flags = obj_list(o, "flags");
	const char *resolution = st_json_get_string(o, "resolution");

	printf("%s  (report %" G_GINT64_FORMAT ")\n", st_json_get_string(o, "tracking_id"),
	       st_json_get_int(o, "id", 0));
	show_field(o, "subject:", "subject");
	show_field(o, "reporter:", "reporter");
	show_field(o, "from:", "reporter_from");
	printf("%-14s %s (updated %s)\n", "received:", created, updated);
	printf("%-14s %s%s%s\n", "state:", st_json_get_string(o, "state"),
	       resolution ? " / " : "", resolution ? resolution : "");
	if (strstr(flags, "triage-pending") != NULL) {
		/* deferred triage (#9): taken in, not analysed yet */
		printf("%-14s %s\n", "triage:", "pending: the message waits in the inbox"
		       " (sectriage inbox); score and facts follow");
	} else {
		printf("%-14s %" G_GINT64_FORMAT "\n", "score:", st_json_get_int(o, "score", 0));
		printf("%-14s %s\n", "missing:", missing);
	}
	show_hints(o);
	show_text_facts(o);
	if (!st_json_get_int(o, "is_report", 1))
		printf("%-14s no (bounce, auto-reply, list or not a report)\n", "report:");
	if (st_json_get_int(o, "encrypted", 0))
		printf("%-14s yes\n", "encrypted:");
	if (strcmp(flags, "-") != 0)
		printf("%-14s %s\n", "flags:", flags);
	show_field(o, "ack id:", "ack_message_id");
	show_text_clocks(o, clocks);
}

static void
show_messages(JsonArray *arr)
{
	printf("\nmessages:\n");
	for (guint i = 0; arr && i < json_array_get_length(arr); i++) {
		JsonObject *m = json_array_get_object_element(arr, i);
		g_autofree char *at = fmt_time(st_json_get_int(m, "received_at", 0));
		g_autofree char *env = st_printable(st_json_get_string(m, "envelope_from"), -1, 100);
		g_autofree char *subj = st_printable(st_json_get_string(m, "subject"), -1, 100);
		g_autofree char *mflags = obj_list(m, "flags");
		printf("  #%" G_GINT64_FORMAT " %s%s envelope <%s> queue %s %"
		       G_GINT64_FORMAT " bytes%s\n     subject %s\n     flags %s\n",
		       st_json_get_int(m, "id", 0), at,
		       st_json_get_int(m, "is_followup", 0) ? " follow-up" : "",
		       st_json_get_string(m, "envelope_from") ? env : "?",
		       str_or(m, "queue_id", "-"), st_json_get_int(m, "size", 0),
		       st_json_get_int(m, "raw_truncated", 0) ? " (truncated)" : "",
		       subj, mflags);
	}
}

static void
show_attachments(JsonArray *arr)
{
	if (arr && json_array_get_length(arr) > 0)
		printf("\nattachments:\n");
	for (guint i = 0; arr && i < json_array_get_length(arr); i++) {
		JsonObject *t = json_array_get_object_element(arr, i);
		g_autofree char *name = st_printable(str_or(t, "filename", "(unnamed)"), -1, 80);
		printf("  %" G_GINT64_FORMAT " %s %s %" G_GINT64_FORMAT " bytes %s%s sha256 %s\n",
		       st_json_get_int(t, "id", 0), name, str_or(t, "content_type", "-"),
		       st_json_get_int(t, "size", 0), str_or(t, "role", "other"),
		       st_json_get_int(t, "kept", 0) ? "" : " (not kept)",
		       str_or(t, "sha256", "-"));
	}
}

static void
show_outbox(JsonArray *arr)
{
	if (arr && json_array_get_length(arr) > 0)
		printf("\noutbox:\n");
	for (guint i = 0; arr && i < json_array_get_length(arr); i++) {
		JsonObject *b = json_array_get_object_element(arr, i);
		g_autofree char *at = fmt_time(st_json_get_int(b, "created_at", 0));
		g_autofree char *to = st_printable(st_json_get_string(b, "recipient"), -1, 100);
		const char *why = str_or(b, "last_error", st_json_get_string(b, "reason"));
		g_autofree char *pwhy = st_printable(why, -1, 160);
		printf("  %s %s to <%s> %s (%" G_GINT64_FORMAT " attempts)%s%s\n",
		       at, st_json_get_string(b, "kind"), to, st_json_get_string(b, "status"),
		       st_json_get_int(b, "attempts", 0), why ? ": " : "", why ? pwhy : "");
	}
}

static void
show_events(JsonArray *arr)
{
	printf("\nhistory:\n");
	for (guint i = 0; arr && i < json_array_get_length(arr); i++) {
		JsonObject *e = json_array_get_object_element(arr, i);
		g_autofree char *at = fmt_time(st_json_get_int(e, "at", 0));
		g_autofree char *detail = st_printable(st_json_get_string(e, "detail"), -1, 200);
		printf("  %s %-12s %-15s %s\n", at, st_json_get_string(e, "actor"),
		       st_json_get_string(e, "kind"), detail);
	}
}

/* Possible duplicates DUPES (StDupe *) as the member possible_duplicates
 * of O: shown, never merged (issue #7). */
static void
add_dupes_json(JsonObject *o, GPtrArray *dupes)
{
	JsonArray *darr = json_array_new();
	for (guint i = 0; dupes != NULL && i < dupes->len; i++) {
		const StDupe *d = g_ptr_array_index(dupes, i);
		JsonObject *e = json_object_new();
		json_object_set_string_member(e, "tracking_id", d->tracking_id);
		json_object_set_string_member(e, "reason", d->reason);
		json_object_set_double_member(e, "similarity", d->similarity);
		json_array_add_object_element(darr, e);
	}
	json_object_set_array_member(o, "possible_duplicates", darr);
}

/* The text form of `show`: report O, whether its plaintext is stored
 * (ENCRYPTED, #8), possible duplicates, then messages, attachments,
 * outbox rows and history. */
static void
show_text(StCli *cli, JsonObject *o, const char *clocks, gboolean encrypted, GPtrArray *dupes)
{
	show_text_report(o, clocks);
	if (encrypted)
		printf("%-14s %s\n", "plaintext:", cli->cfg->store_plaintext
		       ? "decrypted text and attachments are stored (store_plaintext)"
		       : "not stored: facts and attachment metadata only; read the raw message with your key");
	for (guint i = 0; dupes != NULL && i < dupes->len; i++) {
		const StDupe *d = g_ptr_array_index(dupes, i);
		g_autofree char *why = st_printable(d->reason, -1, 120);
		printf("%-14s %s (%s, %.0f%%)\n", i == 0 ? "duplicate of?" : "", d->tracking_id,
		       why, 100.0 * d->similarity);
	}
	show_messages(st_json_get_array(o, "messages"));
	show_attachments(st_json_get_array(o, "attachments"));
	show_outbox(st_json_get_array(o, "outbox"));
	show_events(st_json_get_array(o, "events"));
}

int
st_cmd_show(StCli *cli, int argc, char **argv)
{
	gboolean json = FALSE;
	GOptionEntry entries[] = {
		{ "json", 'j', 0, G_OPTION_ARG_NONE, &json, "Print one JSON object", NULL },
		{ NULL }
	};
	if (!st_cli_parse_options("show", "ID - show one report",
				  "The whole report (tracking id such as SEC-2026-0001, or row id): "
				  "its columns, the\nmerged facts (\"facts\": the object of analyze "
				  "--json), SLA clocks, the thread's\nmessages, attachments, outbox "
				  "rows and the event history.",
				  entries, &argc, &argv))
		return 2;
	if (argc != 2) {
		st_cli_error("show", "give exactly one report id (see --help)");
		return 2;
	}
	StStore *store = st_cli_store(cli);
	if (store == NULL)
		return 1;
	g_autoptr(GError) err = NULL;
	gint64 id = st_store_find_report(store, argv[1], &err);
	g_autoptr(JsonNode) node = id ? st_store_report_json(store, id, &err) : NULL;
	if (node == NULL) {
		st_cli_error("show", "%s", err->message);
		return 1;
	}
	JsonObject *o = json_node_get_object(node);
	g_autofree char *clocks = NULL;
	StRules *rules = st_cli_rules(cli);
	if (rules != NULL)
		clocks = st_sla_report_clocks(store, rules, id, cli->now, NULL);
	g_autoptr(GPtrArray) dupes = st_dupes_for_report(store, cli->cfg, rules, id, 10, NULL);
	add_dupes_json(o, dupes);
	/* encrypted reports: say whether decrypted text is in the database (#8) */
	gboolean encrypted = st_json_get_int(o, "encrypted", 0) != 0;
	json_object_set_boolean_member(o, "plaintext_stored", encrypted && cli->cfg->store_plaintext);
	if (!json) {
		show_text(cli, o, clocks, encrypted, dupes);
		return 0;
	}
	if (clocks != NULL)
		json_object_set_string_member(o, "clocks", clocks);
	st_cli_print_json(node);
	return 0;
}

/* ---- db ---- */

/* user_version of PATH without migrating it; -1 when unreadable. */
static int
version_on_disk(const char *path)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	int v = -1;

	if (!g_file_test(path, G_FILE_TEST_EXISTS))
		return 0;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

int
st_cmd_db(StCli *cli, int argc, char **argv)
{
	GOptionEntry entries[] = { { NULL } };
	if (!st_cli_parse_options("db", "check|path|migrate - database maintenance",
				  "check    integrity and foreign key check (exit 1 when damaged)\n"
				  "path     print the database path\n"
				  "migrate  bring the schema up to date (opening does it too)",
				  entries, &argc, &argv))
		return 2;
	if (argc != 2) {
		st_cli_error("db", "give one of check, path, migrate (see --help)");
		return 2;
	}
	const char *what = argv[1];
	if (strcmp(what, "path") == 0) {
		printf("%s\n", cli->db_path);
		return 0;
	}
	if (strcmp(what, "migrate") != 0 && strcmp(what, "check") != 0) {
		st_cli_error("db", "unknown action \"%s\" (check, path, migrate)", what);
		return 2;
	}
	int before = strcmp(what, "migrate") == 0 ? version_on_disk(cli->db_path) : 0;
	StStore *store = st_cli_store(cli);
	if (store == NULL)
		return 1;
	int version = st_store_schema_version(store);
	if (strcmp(what, "migrate") == 0) {
		if (before == version)
			printf("schema version %d (up to date)\n", version);
		else
			printf("schema version %d (migrated from %d)\n", version, before);
		return 0;
	}
	g_autoptr(GError) err = NULL;
	g_autofree char *report = NULL;
	gboolean ok = FALSE;
	if (!st_store_check(store, &report, &ok, &err)) {
		st_cli_error("db", "%s", err->message);
		return 1;
	}
	printf("%sschema version %d\n", report, version);
	return ok ? 0 : 1;
}
