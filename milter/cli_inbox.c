/*
 * cli_inbox.c — `sectriage inbox`: messages taken in by the milter and not
 * yet triaged (deferred triage, issue #9).
 *
 *   sectriage inbox [--json]     list them (oldest first), with the error
 *                                of the last attempt when one failed
 *   sectriage inbox --flush      triage every row due now, here
 *
 * --flush runs the milter's triage code (st_triage_drain); both may run at
 * once: a row is filed by whichever takes it first, never twice.  Use it
 * when the milter is stopped for good, or to retry rows at once.
 */
#include <stdio.h>

#include "sectriage/cli.h"
#include "sectriage/common.h"
#include "sectriage/inbox.h"
#include "sectriage/triage.h"

#define CMD "inbox"

static void
text_rows(JsonArray *rows)
{
	printf("ID    REPORT          RECEIVED (UTC)    QUEUE ID      TRY  SIZE      ERROR\n");
	for (guint i = 0; i < json_array_get_length(rows); i++) {
		JsonObject *o = json_array_get_object_element(rows, i);
		g_autoptr(GDateTime) t = g_date_time_new_from_unix_utc(
			json_object_get_int_member(o, "received_at"));
		g_autofree char *when = t ? g_date_time_format(t, "%Y-%m-%d %H:%M") : g_strdup("?");
		const char *qid = json_object_get_string_member_with_default(o, "queue_id", "-");
		const char *err = json_object_get_string_member_with_default(o, "last_error", "");
		g_autofree char *why = st_printable(err ? err : "", -1, 100);
		printf("%-5lld %-15s %-17s %-13s %3lld  %-8lld  %s\n",
		       (long long)json_object_get_int_member(o, "id"),
		       json_object_get_string_member_with_default(o, "tracking_id", "-"),
		       when, qid ? qid : "-",
		       (long long)json_object_get_int_member(o, "attempts"),
		       (long long)json_object_get_int_member(o, "size"), why);
	}
}

static int
flush(StCli *cli, StStore *store)
{
	StRules *rules = st_cli_rules(cli);
	g_autoptr(GError) err = NULL;
	StTriageCounts n = { 0 };

	if (rules == NULL)
		return 1;
	StStorePool *pool = st_store_pool_new(st_store_path(store), cli->cfg->busy_timeout_ms, 2);
	gboolean ok = st_triage_drain(pool, cli->cfg, rules, g_date_time_to_unix(cli->now),
				      NULL, &n, &err);
	st_store_pool_free(pool);
	printf("triaged %u, left for a retry %u, acknowledgments queued %u\n",
	       n.filed, n.deferred, n.acks);
	if (!ok) {
		st_cli_error(CMD, "%s", err->message);
		return 1;
	}
	return n.deferred > 0 ? 1 : 0;
}

int
st_cmd_inbox(StCli *cli, int argc, char **argv)
{
	gboolean json = FALSE, do_flush = FALSE;
	GOptionEntry entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, "JSON output", NULL },
		{ "flush", 0, 0, G_OPTION_ARG_NONE, &do_flush, "triage every row that is due now", NULL },
		{ NULL }
	};
	if (!st_cli_parse_options(CMD, "- messages taken in and not yet triaged", NULL, entries,
				  &argc, &argv))
		return 2;
	if (argc > 1) {
		st_cli_error(CMD, "unexpected argument '%s'", argv[1]);
		return 2;
	}
	StStore *store = st_cli_store(cli);
	if (store == NULL)
		return 1;
	if (do_flush)
		return flush(cli, store);
	g_autoptr(GError) err = NULL;
	g_autoptr(JsonNode) rows = st_inbox_list_json(store, &err);
	if (rows == NULL) {
		st_cli_error(CMD, "%s", err->message);
		return 1;
	}
	if (json)
		st_cli_print_json(rows);
	else
		text_rows(json_node_get_array(rows));
	return 0;
}
