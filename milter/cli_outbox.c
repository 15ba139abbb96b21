/*
 * cli_outbox.c — `sectriage outbox`: the mail waiting to be sent, sent,
 * failed or suppressed (issue #4).
 *
 *   sectriage outbox [--json] [--status S]   list rows (newest last)
 *   sectriage outbox --show ID               print one stored message
 *   sectriage outbox --flush                 send every row due now
 *   sectriage outbox --retry ID              make a pending or failed row due now
 *
 * --flush uses the same code as the milter's sender thread (st_outbox_flush)
 * and the same claims, so running both never sends a row twice.
 */
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "sectriage/cli.h"
#include "sectriage/common.h"
#include "sectriage/outbox.h"

#define CMD "outbox"

static const char *const list_sql =
	"SELECT o.id, r.tracking_id, o.kind, o.recipient, o.message_id, o.status,"
	" o.attempts, o.next_attempt_at, o.claimed_at, o.last_error, o.created_at,"
	" o.sent_at, o.reason, length(o.message)"
	" FROM outbox o LEFT JOIN reports r ON r.id = o.report_id"
	" WHERE ?1 IS NULL OR o.status = ?1 ORDER BY o.id";

static char *
fmt_time(sqlite3_stmt *st, int col)
{
	if (sqlite3_column_type(st, col) == SQLITE_NULL)
		return g_strdup("-");
	g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc(sqlite3_column_int64(st, col));
	return dt ? g_date_time_format(dt, "%Y-%m-%d %H:%M") : g_strdup("?");
}

static const char *
col(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	return s ? s : "";
}

static void
json_row(JsonBuilder *b, sqlite3_stmt *st)
{
	static const char *const names[] = {
		"id", "tracking_id", "kind", "recipient", "message_id", "status",
		"attempts", "next_attempt_at", "claimed_at", "last_error", "created_at",
		"sent_at", "reason", "size"
	};

	json_builder_begin_object(b);
	for (int i = 0; i < (int)G_N_ELEMENTS(names); i++) {
		json_builder_set_member_name(b, names[i]);
		switch (sqlite3_column_type(st, i)) {
		case SQLITE_NULL:
			json_builder_add_null_value(b);
			break;
		case SQLITE_INTEGER:
			json_builder_add_int_value(b, sqlite3_column_int64(st, i));
			break;
		default: {
			g_autofree char *s = st_printable(col(st, i), -1, 1000);
			json_builder_add_string_value(b, s);
		}
		}
	}
	json_builder_end_object(b);
}

static void
text_row(GString *out, sqlite3_stmt *st)
{
	g_autofree char *next = fmt_time(st, 7), *sent = fmt_time(st, 11);
	g_autofree char *rcpt = st_printable(col(st, 3), -1, 60);
	g_autofree char *why = st_printable(*col(st, 9) ? col(st, 9) : col(st, 12), -1, 100);
	const char *status = col(st, 5);
	const char *when = !strcmp(status, "sent") ? sent : next;

	g_string_append_printf(out, "%-5lld %-15s %-8s %-10s %3lld  %-16s  %s%s%s\n",
			       (long long)sqlite3_column_int64(st, 0),
			       *col(st, 1) ? col(st, 1) : "-", col(st, 2), status,
			       (long long)sqlite3_column_int64(st, 6), when, rcpt,
			       *why ? "  " : "", why);
}

static int
list_rows(StStore *store, const char *status, gboolean json)
{
	sqlite3 *db = st_store_db(store);
	sqlite3_stmt *st = NULL;
	g_autoptr(JsonBuilder) b = json_builder_new();
	g_autoptr(GString) out = g_string_new(NULL);
	int rc;

	if (sqlite3_prepare_v2(db, list_sql, -1, &st, NULL) != SQLITE_OK) {
		st_cli_error(CMD, "%s", sqlite3_errmsg(db));
		return 1;
	}
	if (status)
		sqlite3_bind_text(st, 1, status, -1, SQLITE_STATIC);
	if (json)
		json_builder_begin_array(b);
	else
		g_string_append(out, "ID    REPORT          KIND     STATUS     TRY  NEXT/SENT (UTC)   RECIPIENT  ERROR/REASON\n");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (json)
			json_row(b, st);
		else
			text_row(out, st);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		st_cli_error(CMD, "%s", sqlite3_errmsg(db));
		return 1;
	}
	if (json) {
		json_builder_end_array(b);
		g_autoptr(JsonNode) root = json_builder_get_root(b);
		st_cli_print_json(root);
	} else {
		fputs(out->str, stdout);
	}
	return 0;
}

static int
show_row(StStore *store, gint64 id)
{
	sqlite3 *db = st_store_db(store);
	sqlite3_stmt *st = NULL;
	int rc = 1;

	if (sqlite3_prepare_v2(db, "SELECT message FROM outbox WHERE id = ?1", -1, &st, NULL) != SQLITE_OK) {
		st_cli_error(CMD, "%s", sqlite3_errmsg(db));
		return 1;
	}
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		fwrite(sqlite3_column_blob(st, 0), 1, sqlite3_column_bytes(st, 0), stdout);
		rc = 0;
	} else {
		st_cli_error(CMD, "no outbox row %" G_GINT64_FORMAT, id);
	}
	sqlite3_finalize(st);
	return rc;
}

/* Make outbox row ID due at NOW again (a failed row gets a fresh set of
 * attempts).  Returns its report id (0: none), -1 when there is no pending
 * or failed row ID. */
static gint64
make_due(sqlite3 *db, gint64 id, gint64 now)
{
	sqlite3_stmt *st = NULL;
	gint64 report_id = -1;

	if (sqlite3_prepare_v2(db, "UPDATE outbox SET status = 'pending', next_attempt_at = ?2,"
			       " attempts = CASE status WHEN 'failed' THEN 0 ELSE attempts END,"
			       " claimed_at = NULL WHERE id = ?1 AND status IN ('pending', 'failed')"
			       " RETURNING COALESCE(report_id, 0)", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, now);
	if (sqlite3_step(st) == SQLITE_ROW)
		report_id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return report_id;
}

/* Make row ID due at NOW again, with an event; the exit status. */
static int
retry_row(StStore *store, gint64 id, gint64 now)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *detail = g_strdup_printf("outbox %" G_GINT64_FORMAT " due again", id);

	if (!st_store_begin(store, &err)) {
		st_cli_error(CMD, "%s", err->message);
		return 1;
	}
	gint64 report_id = make_due(st_store_db(store), id, now);
	if (report_id < 0) {
		st_cli_error(CMD, "no pending or failed outbox row %" G_GINT64_FORMAT, id);
		st_store_rollback(store);
		return 1;
	}
	if (st_store_add_event(store, report_id, now, "cli:outbox", "outbox-retry", detail, &err) == 0
	    || !st_store_commit(store, &err)) {
		st_cli_error(CMD, "%s", err->message);
		st_store_rollback(store);
		return 1;
	}
	printf("outbox %" G_GINT64_FORMAT " is due again\n", id);
	return 0;
}

int
st_cmd_outbox(StCli *cli, int argc, char **argv)
{
	gboolean json = FALSE, flush = FALSE;
	gint64 retry = 0, show = 0;
	g_autofree char *status = NULL;
	GOptionEntry entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, "JSON output", NULL },
		{ "status", 0, 0, G_OPTION_ARG_STRING, &status,
		  "only rows in STATUS (pending sending sent failed suppressed)", "STATUS" },
		{ "flush", 0, 0, G_OPTION_ARG_NONE, &flush, "send every row that is due now", NULL },
		{ "retry", 0, 0, G_OPTION_ARG_INT64, &retry, "make row ID due now (a failed row gets new attempts)", "ID" },
		{ "show", 0, 0, G_OPTION_ARG_INT64, &show, "print the message of row ID", "ID" },
		{ NULL }
	};
	if (!st_cli_parse_options(CMD, "- mail waiting to be sent, sent or failed", NULL, entries,
				  &argc, &argv))
		return 2;
	if (argc > 1 || (flush + (retry > 0) + (show > 0)) > 1) {
		st_cli_error(CMD, "give at most one of --flush, --retry ID, --show ID");
		return 2;
	}
	StStore *store = st_cli_store(cli);
	if (store == NULL)
		return 1;
	gint64 now = g_date_time_to_unix(cli->now);
	if (show > 0)
		return show_row(store, show);
	if (retry > 0)
		return retry_row(store, retry, now);
	if (flush) {
		g_autoptr(GError) err = NULL;
		int failed = 0;
		int sent = st_outbox_flush(store, cli->cfg, now, &failed, &err);
		if (sent < 0) {
			st_cli_error(CMD, "%s", err->message);
			return 1;
		}
		printf("sent %d, failed %d\n", sent, failed);
		return 0;
	}
	return list_rows(store, status, json);
}
