/*
 * test_workflow.c — the state machine (every pair of states), checked
 * changes applied to a real SQLite database (events, clocks, rollbacks),
 * reporter notices under the no-backscatter rules, and the SLA clocks text
 * that `show` prints.
 */
#include "testutil.h"
#include "sectriage/workflow.h"

/* Expected transitions: row = from, column = to, in StState order
 * new, needs-info, triaged, fixing, fixed, published, closed. */
static const gboolean matrix[ST_STATE_N][ST_STATE_N] = {
	/* new */        { 0, 1, 1, 0, 0, 0, 1 },
	/* needs-info */ { 1, 0, 1, 0, 0, 0, 1 },
	/* triaged */    { 0, 1, 0, 1, 1, 0, 1 },
	/* fixing */     { 0, 0, 1, 0, 1, 0, 1 },
	/* fixed */      { 0, 0, 0, 1, 0, 1, 1 },
	/* published */  { 0, 0, 0, 0, 0, 0, 0 },
	/* closed */     { 1, 0, 0, 0, 0, 0, 0 },
};

static void
test_matrix(void)
{
	for (int f = 0; f < ST_STATE_N; f++) {
		for (int t = 0; t < ST_STATE_N; t++) {
			g_test_message("%s -> %s", st_state_name(f), st_state_name(t));
			g_assert_cmpint(st_state_transition_allowed(f, t), ==, matrix[f][t]);
		}
		StState back;
		g_assert_true(st_state_parse(st_state_name(f), &back));
		g_assert_cmpint(back, ==, f);
	}
	g_assert_false(st_state_parse("Triaged", NULL));
	g_assert_false(st_state_parse("", NULL));
	g_assert_false(st_state_parse(NULL, NULL));
	g_assert_null(st_state_name(ST_STATE_N));
	g_assert_false(st_state_transition_allowed(ST_STATE_N, ST_STATE_NEW));
	g_assert_true(st_resolution_valid("out-of-scope"));
	g_assert_false(st_resolution_valid("wontfix"));
	g_assert_true(st_severity_valid("critical"));
	g_assert_false(st_severity_valid("urgent"));
	g_assert_true(st_state_is_open(ST_STATE_FIXED));
	g_assert_false(st_state_is_open(ST_STATE_PUBLISHED));
	g_assert_false(st_state_is_open(ST_STATE_CLOSED));
}

/* The fixture: a temp database, the repository's rules, a config. */
typedef TuDb Fx;

/* Insert a report; ACK_ID NULL: the report was never acknowledged. */
static gint64
add_report(Fx *fx, const char *tid, const char *state, const char *ack_id, gint64 created)
{
	sqlite3 *db = st_store_db(fx->store);
	sqlite3_stmt *st = NULL;
	g_assert_cmpint(sqlite3_prepare_v2(db, "INSERT INTO reports(tracking_id, created_at,"
					   " updated_at, reporter, subject, state, facts_json,"
					   " ack_message_id, acked_at) VALUES (?,?,?,?,?,?,'{}',?,?)",
					   -1, &st, NULL), ==, SQLITE_OK);
	sqlite3_bind_text(st, 1, tid, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, created);
	sqlite3_bind_int64(st, 3, created);
	sqlite3_bind_text(st, 4, "alice@example.net", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, "Sandbox escape via virtiofs", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, state, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, ack_id, -1, SQLITE_STATIC);
	if (ack_id)
		sqlite3_bind_int64(st, 8, created + 60);
	else
		sqlite3_bind_null(st, 8);
	g_assert_cmpint(sqlite3_step(st), ==, SQLITE_DONE);
	sqlite3_finalize(st);
	return sqlite3_last_insert_rowid(db);
}

static gint64
count(Fx *fx, const char *sql, gint64 arg)
{
	sqlite3_stmt *st = NULL;
	g_assert_cmpint(sqlite3_prepare_v2(st_store_db(fx->store), sql, -1, &st, NULL), ==, SQLITE_OK);
	sqlite3_bind_int64(st, 1, arg);
	g_assert_cmpint(sqlite3_step(st), ==, SQLITE_ROW);
	gint64 n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

static char *
text(Fx *fx, const char *sql, gint64 arg)
{
	sqlite3_stmt *st = NULL;
	g_assert_cmpint(sqlite3_prepare_v2(st_store_db(fx->store), sql, -1, &st, NULL), ==, SQLITE_OK);
	sqlite3_bind_int64(st, 1, arg);
	g_assert_cmpint(sqlite3_step(st), ==, SQLITE_ROW);
	const unsigned char *t = sqlite3_column_text(st, 0);
	char *s = t ? g_strdup((const char *)t) : NULL;
	sqlite3_finalize(st);
	return s;
}

typedef struct Step {
	const char *id;
	const char *state, *severity, *resolution, *dup, *embargo, *note;
	gboolean quiet;
	gboolean ok;
	const char *want_state;     /* after the step */
	int notices;                /* outbox notice rows of the report after the step */
	const char *want_error;     /* substring of the error message */
	gboolean acknowledged;      /* --acknowledged */
} Step;

static const Step steps[] = {
	/* SEC-1 was acknowledged: its reporter hears about triage, fix, publication */
	{ "SEC-1", "needs-info", NULL, NULL, NULL, NULL, NULL, FALSE, TRUE, "needs-info", 0, NULL },
	{ "SEC-1", "triaged", NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, "needs-info", 0, "severity" },
	{ "SEC-1", "triaged", "urgent", NULL, NULL, NULL, NULL, FALSE, FALSE, "needs-info", 0, "unknown severity" },
	{ "SEC-1", "triaged", "high", NULL, NULL, NULL, NULL, FALSE, TRUE, "triaged", 1, NULL },
	{ "SEC-1", "published", NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, "triaged", 1, "cannot go" },
	{ "SEC-1", "triaged", NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, "triaged", 1, "already" },
	{ "SEC-1", "fixing", "critical", NULL, NULL, NULL, NULL, FALSE, TRUE, "fixing", 2, NULL },
	{ "SEC-1", "triaged", NULL, NULL, NULL, NULL, "regression found", FALSE, TRUE, "triaged", 3, NULL },
	{ "SEC-1", "fixed", NULL, NULL, NULL, NULL, NULL, TRUE, TRUE, "fixed", 3, NULL },
	{ "SEC-1", "published", NULL, NULL, NULL, NULL, NULL, FALSE, TRUE, "published", 4, NULL },
	{ "SEC-1", "closed", NULL, "informative", NULL, NULL, NULL, FALSE, FALSE, "published", 4, "cannot go" },
	/* SEC-2 was never acknowledged (spam, forged sender): no notice ever */
	{ "SEC-2", "closed", NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, "new", 0, "resolution" },
	{ "SEC-2", "closed", NULL, "wontfix", NULL, NULL, NULL, FALSE, FALSE, "new", 0, "unknown resolution" },
	{ "SEC-2", "triaged", NULL, "spam", NULL, NULL, NULL, FALSE, FALSE, "new", 0, "only given when closing" },
	{ "SEC-2", "closed", NULL, "spam", NULL, NULL, NULL, FALSE, TRUE, "closed", 0, NULL },
	{ "SEC-2", NULL, NULL, "withdrawn", NULL, NULL, "x", FALSE, FALSE, "closed", 0, "already closed (spam)" },
	{ "SEC-2", "new", NULL, NULL, NULL, NULL, "reopened: real report", FALSE, TRUE, "new", 0, NULL },
	{ "SEC-2", NULL, NULL, NULL, "SEC-2", NULL, NULL, FALSE, FALSE, "new", 0, "itself" },
	{ "SEC-2", NULL, NULL, NULL, "SEC-404", NULL, NULL, FALSE, FALSE, "new", 0, "no report" },
	{ "SEC-2", NULL, NULL, NULL, "SEC-1", NULL, NULL, FALSE, TRUE, "closed", 0, NULL },
	/* SEC-3: acknowledged; closing notifies, --quiet does not; embargo needs a note */
	{ "SEC-3", NULL, NULL, NULL, NULL, "2026-07-01", NULL, FALSE, FALSE, "new", 0, "--note" },
	{ "SEC-3", NULL, NULL, NULL, NULL, "someday", "agreed", FALSE, FALSE, "new", 0, "embargo" },
	{ "SEC-3", NULL, NULL, NULL, NULL, "2026-07-01", "agreed with the reporter", FALSE, TRUE, "new", 0, NULL },
	{ "SEC-3", NULL, "low", NULL, NULL, NULL, NULL, FALSE, TRUE, "new", 0, NULL },
	{ "SEC-3", "closed", NULL, "out-of-scope", NULL, NULL, NULL, FALSE, TRUE, "closed", 1, NULL },
	{ "SEC-3", "new", NULL, NULL, NULL, NULL, NULL, FALSE, TRUE, "new", 1, NULL },
	{ "SEC-3", "closed", NULL, "withdrawn", NULL, NULL, NULL, TRUE, TRUE, "closed", 1, NULL },
	{ "4", NULL, NULL, NULL, NULL, NULL, "numeric ids work", FALSE, TRUE, "new", 0, NULL },
	/* SEC-4 was never acknowledged automatically: a maintainer replied by hand */
	{ "SEC-4", NULL, NULL, NULL, NULL, NULL, NULL, FALSE, TRUE, "new", 0, NULL, TRUE },
	{ "SEC-4", NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, "new", 0, "nothing to change", TRUE },
	/* SEC-5 was acknowledged, but spam is never written to again */
	{ "SEC-5", "closed", NULL, "spam", NULL, NULL, NULL, FALSE, TRUE, "closed", 0, NULL },
	{ "", NULL, NULL, NULL, NULL, NULL, "x", FALSE, FALSE, NULL, 0, "no report id" },
};

static void
test_apply(Fx *fx, gconstpointer data)
{
	gint64 t0 = tu_time("2026-03-02T09:00:00Z");
	gint64 ids[6] = { 0 };
	ids[1] = add_report(fx, "SEC-1", "new", "ack-1@superrad.company", t0);
	ids[2] = add_report(fx, "SEC-2", "new", NULL, t0);
	ids[3] = add_report(fx, "SEC-3", "new", "ack-3@superrad.company", t0);
	ids[4] = add_report(fx, "SEC-4", "new", NULL, t0);
	ids[5] = add_report(fx, "SEC-5", "new", "ack-5@superrad.company", t0);

	for (gsize i = 0; i < G_N_ELEMENTS(steps); i++) {
		const Step *s = &steps[i];
		g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc(t0 + 3600 * (gint64)(i + 1));
		StChange c = { .state = s->state, .severity = s->severity, .resolution = s->resolution,
			       .duplicate_of = s->dup, .embargo_until = s->embargo, .note = s->note,
			       .actor = "cli:tester", .quiet = s->quiet,
			       .acknowledged = s->acknowledged };
		StChangeResult r = { 0 };
		g_autoptr(GError) err = NULL;
		gint64 rid = *s->id ? (s->id[0] == 'S' ? ids[s->id[4] - '0'] : ids[s->id[0] - '0']) : 0;
		gint64 events_before = rid ? count(fx, "SELECT count(*) FROM events WHERE report_id = ?", rid) : 0;

		g_test_message("step %zu: %s state=%s", i, s->id, s->state ? s->state : "-");
		gboolean ok = st_workflow_apply(fx->store, fx->cfg, fx->rules, s->id, &c, now, &r, &err);
		if (!s->ok) {
			g_assert_false(ok);
			g_assert_nonnull(err);
			g_assert_nonnull(strstr(err->message, s->want_error));
			if (rid)	/* a refused change writes nothing */
				g_assert_cmpint(count(fx, "SELECT count(*) FROM events WHERE report_id = ?",
						      rid), ==, events_before);
		} else {
			g_assert_no_error(err);
			g_assert_true(ok);
			g_assert_cmpstr(r.to_state, ==, s->want_state);
			g_assert_cmpint(r.report_id, ==, rid);
			g_assert_cmpint(count(fx, "SELECT count(*) FROM events WHERE report_id = ?", rid),
					>, events_before);
			g_assert_cmpint(count(fx, "SELECT count(*) FROM events WHERE report_id = ?"
					      " AND actor != 'cli:tester'", rid), ==, 0);
		}
		if (rid) {
			g_autofree char *state = text(fx, "SELECT state FROM reports WHERE id = ?", rid);
			g_assert_cmpstr(state, ==, s->want_state);
			g_assert_cmpint(count(fx, "SELECT count(*) FROM outbox WHERE report_id = ?"
					      " AND kind = 'notice'", rid), ==, s->notices);
		}
		st_change_result_clear(&r);
	}
	/* Clocks keep the first time a state was reached (what the SLA measures). */
	g_assert_cmpint(count(fx, "SELECT triaged_at FROM reports WHERE id = ?", ids[1]), ==, t0 + 3600 * 4);
	g_assert_cmpint(count(fx, "SELECT fixing_at FROM reports WHERE id = ?", ids[1]), ==, t0 + 3600 * 7);
	g_assert_cmpint(count(fx, "SELECT published_at FROM reports WHERE id = ?", ids[1]), ==, t0 + 3600 * 10);
	g_autofree char *sev = text(fx, "SELECT severity FROM reports WHERE id = ?", ids[1]);
	g_assert_cmpstr(sev, ==, "critical");
	/* The hand-made acknowledgment meets the ack clock once. */
	g_assert_cmpint(count(fx, "SELECT count(*) FROM events WHERE report_id = ? AND kind ="
			      " 'ack-manual'", ids[4]), ==, 1);
	g_assert_cmpint(count(fx, "SELECT acked_at FROM reports WHERE id = ?", ids[4]), >, t0);
	/* Duplicate link and resolution. */
	g_autofree char *res2 = text(fx, "SELECT resolution FROM reports WHERE id = ?", ids[2]);
	g_assert_cmpstr(res2, ==, "duplicate");
	g_assert_cmpint(count(fx, "SELECT duplicate_of FROM reports WHERE id = ?", ids[2]), ==, ids[1]);
	g_assert_cmpint(count(fx, "SELECT count(*) FROM events WHERE report_id = ? AND kind = 'state'"
			      " AND detail = 'new -> closed (duplicate of SEC-1)'", ids[2]), ==, 1);
	/* Reopening cleared the resolution before it was closed again. */
	g_assert_cmpint(count(fx, "SELECT count(*) FROM events WHERE report_id = ? AND kind = 'state'"
			      " AND detail = 'closed -> new'", ids[2]), ==, 1);
	/* Embargo moved with its reason. */
	g_assert_cmpint(count(fx, "SELECT embargo_until FROM reports WHERE id = ?", ids[3]), ==,
			tu_time("2026-07-01T00:00:00Z"));
	g_assert_cmpint(count(fx, "SELECT count(*) FROM events WHERE report_id = ? AND kind = 'embargo'"
			      " AND detail LIKE '%agreed with the reporter%'", ids[3]), ==, 1);
	/* Suppressed notices are on record with the reason. */
	g_assert_cmpint(count(fx, "SELECT count(*) FROM events WHERE report_id = ? AND kind ="
			      " 'notice-suppressed' AND detail = 'quiet'", ids[1]), ==, 1);
	g_assert_cmpint(count(fx, "SELECT count(*) FROM events WHERE report_id = ? AND kind ="
			      " 'notice-suppressed' AND detail LIKE '%not acknowledged%'", ids[2]), >=, 1);
	g_assert_cmpint(count(fx, "SELECT count(*) FROM outbox WHERE report_id = ?", ids[2]), ==, 0);
	g_assert_cmpint(count(fx, "SELECT count(*) FROM events WHERE report_id = ? AND kind ="
			      " 'notice-suppressed' AND detail = 'closed as spam'", ids[5]), ==, 1);
	/* Every notice is pending, addressed to the reporter, threaded, one recipient. */
	sqlite3_stmt *st = NULL;
	g_assert_cmpint(sqlite3_prepare_v2(st_store_db(fx->store), "SELECT recipient, message, status,"
					   " message_id FROM outbox WHERE kind = 'notice'", -1, &st, NULL),
			==, SQLITE_OK);
	int n = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *msg = (const char *)sqlite3_column_text(st, 1);
		g_assert_cmpstr((const char *)sqlite3_column_text(st, 0), ==, "alice@example.net");
		g_assert_cmpstr((const char *)sqlite3_column_text(st, 2), ==, "pending");
		g_assert_nonnull(sqlite3_column_text(st, 3));
		g_assert_nonnull(strstr(msg, "alice@example.net"));
		g_assert_nonnull(strstr(msg, "Auto-Submitted: auto-replied"));
		g_assert_nonnull(strstr(msg, "In-Reply-To:"));
		g_assert_true(strstr(msg, "[SEC-1]") != NULL || strstr(msg, "[SEC-3]") != NULL);
		n++;
	}
	sqlite3_finalize(st);
	g_assert_cmpint(n, ==, 5);
}

static void
test_clocks_text(Fx *fx, gconstpointer data)
{
	gint64 t0 = tu_time("2026-03-06T10:00:00Z");	/* a Friday */
	gint64 id = add_report(fx, "SEC-9", "new", NULL, t0);
	static const struct {
		const char *now;
		const char *want[3];
	} cases[] = {
		{ "2026-03-06T11:00:00Z", { "ack      due 2026-03-11 10:00 UTC: due in 4 days",
					    "triage   due 2026-03-13 10:00 UTC: due in 6 days", NULL } },
		{ "2026-03-10T11:00:00Z", { "ack      due 2026-03-11 10:00 UTC: DUE SOON, in 23 hours",
					    "embargo  ends 2026-06-04 10:00 UTC", NULL } },
		{ "2026-03-14T10:00:00Z", { "ack      due 2026-03-11 10:00 UTC: OVERDUE by 3 days",
					    "triage   due 2026-03-13 10:00 UTC: OVERDUE by 1 day", NULL } },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GDateTime) now = g_date_time_new_from_iso8601(cases[i].now, NULL);
		g_autoptr(GError) err = NULL;
		g_autofree char *s = st_sla_report_clocks(fx->store, fx->rules, id, now, &err);
		g_assert_no_error(err);
		g_test_message("%s:\n%s", cases[i].now, s);
		for (int k = 0; cases[i].want[k]; k++)
			g_assert_nonnull(strstr(s, cases[i].want[k]));
	}
	/* Met clocks say so; a fix clock appears with the severity. */
	sqlite3_exec(st_store_db(fx->store), "UPDATE reports SET acked_at = created_at + 60,"
		     " triaged_at = created_at + 86400, severity = 'critical', state = 'triaged'",
		     NULL, NULL, NULL);
	g_autoptr(GDateTime) now = g_date_time_new_from_iso8601("2026-03-20T10:00:00Z", NULL);
	g_autofree char *s = st_sla_report_clocks(fx->store, fx->rules, id, now, NULL);
	g_assert_nonnull(strstr(s, "ack      due 2026-03-11 10:00 UTC: met 2026-03-06 10:01 UTC"));
	g_assert_nonnull(strstr(s, "triage   due 2026-03-13 10:00 UTC: met 2026-03-07 10:00 UTC"));
	g_assert_nonnull(strstr(s, "fix      due 2026-04-06 10:00 UTC: due in 17 days"));
	g_autoptr(GError) err = NULL;
	g_assert_null(st_sla_report_clocks(fx->store, fx->rules, 999, now, &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND);
}

/* [sla] time_zone: business days and wall times in the team's zone, across
 * the DST change of 2026-03-29 in Berlin. */
static void
test_clocks_zone(Fx *fx, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(StRules) rules = st_rules_load_data("[sla]\ntime_zone = Europe/Berlin\n"
						      "ack_business_days = 3\ntriage_days = 7\n", -1, &err);
	g_assert_no_error(err);
	gint64 id = add_report(fx, "SEC-Z", "new", NULL, tu_time("2026-03-27T09:00:00Z"));
	g_autoptr(GDateTime) now = g_date_time_new_from_iso8601("2026-03-28T12:00:00Z", NULL);
	g_autofree char *s = st_sla_report_clocks(fx->store, rules, id, now, &err);
	g_assert_no_error(err);
	g_test_message("%s", s);
	g_assert_nonnull(strstr(s, "ack      due 2026-04-01 10:00 CEST"));
	g_assert_nonnull(strstr(s, "triage   due 2026-04-03 10:00 CEST"));
	g_autoptr(GTimeZone) tz = st_workflow_time_zone(rules, now);
	StReportClocks c;
	st_workflow_clocks(rules, tz, tu_time("2026-03-27T09:00:00Z"), 0, 0, NULL, 0, &c);
	g_assert_cmpint(c.triage_due - tu_time("2026-03-27T09:00:00Z"), ==, 7 * 86400 - 3600);
	/* An unknown zone falls back to the zone of NOW. */
	g_autoptr(StRules) bad = st_rules_load_data("[sla]\ntime_zone = Mars/Olympus\n", -1, NULL);
	g_autoptr(GTimeZone) tz2 = st_workflow_time_zone(bad, now);
	g_assert_cmpstr(g_time_zone_get_identifier(tz2), ==,
			g_time_zone_get_identifier(g_date_time_get_timezone(now)));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add_func("/workflow/matrix", test_matrix);
	g_test_add("/workflow/apply", Fx, NULL, tu_db_setup, test_apply, tu_db_teardown);
	g_test_add("/workflow/clocks-text", Fx, NULL, tu_db_setup, test_clocks_text, tu_db_teardown);
	g_test_add("/workflow/clocks-zone", Fx, NULL, tu_db_setup, test_clocks_zone, tu_db_teardown);
	return g_test_run();
}
