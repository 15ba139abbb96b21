/*
 * test_outbox.c — submission through a command, retries with backoff, claims
 * (two flushers never send a row twice), restart, the sender thread.  The
 * database is a real SQLite file opened by store.c; the "MTA" is a small
 * shell script that records what it was given, or fails on demand.
 */
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sectriage/common.h"
#include "sectriage/outbox.h"
#include "sectriage/store.h"

#include "testutil.h"

#define T0 G_GINT64_CONSTANT(1795773600)   /* 2026-11-27T10:00:00Z */

/* The fake sendmail: writes "args" and one file per delivery under sent/;
 * fails with exit 75 while the number in "fail" is above zero (each call
 * counts it down). */
static const char submit_script[] =
	"#!/bin/sh\n"
	"d=$(dirname \"$0\")\n"
	"printf '%s\\n' \"$@\" > \"$d/args\"\n"
	"if [ -f \"$d/slow\" ]; then sleep 0.02; fi\n"
	"if mkdir \"$d/lock\" 2>/dev/null; then\n"
	"  n=$(cat \"$d/fail\" 2>/dev/null || echo 0)\n"
	"  if [ \"$n\" -gt 0 ]; then echo $((n - 1)) > \"$d/fail\"; rmdir \"$d/lock\";\n"
	"    cat >/dev/null; echo '4.3.0 mail system busy, try later' >&2; exit 75; fi\n"
	"  rmdir \"$d/lock\"\n"
	"fi\n"
	"f=$(mktemp \"$d/sent/m.XXXXXX\")\n"
	"cat > \"$f\"\n";

typedef struct {
	char *dir;
	char *db_path;
	StConfig *cfg;
	StStore *store;
	gint64 report_id;
} Fixture;

/* Queue one row of KIND for the fixture's report, created and due at T0. */
static gint64
queue(Fixture *f, const char *kind, const char *recipient, int n)
{
	sqlite3 *db = st_store_db(f->store);
	sqlite3_stmt *st = NULL;
	g_autofree char *msg = g_strdup_printf("From: security@superrad.company\nTo: %s\n"
					       "Subject: [SEC-2026-0001] Re: test %d\n"
					       "Message-Id: <m%d@superrad.company>\n\n"
					       "body %d\n.leading dot\n", recipient, n, n, n);
	g_autofree char *mid = g_strdup_printf("m%d@superrad.company", n);

	g_assert_cmpint(sqlite3_prepare_v2(db, "INSERT INTO outbox(report_id, kind, recipient,"
					   " message_id, message, next_attempt_at, created_at)"
					   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)", -1, &st, NULL), ==, SQLITE_OK);
	if (strcmp(kind, "digest") != 0)
		sqlite3_bind_int64(st, 1, f->report_id);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, recipient, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, mid, -1, SQLITE_STATIC);
	sqlite3_bind_blob(st, 5, msg, strlen(msg), SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 6, T0);
	g_assert_cmpint(sqlite3_step(st), ==, SQLITE_DONE);
	sqlite3_finalize(st);
	return sqlite3_last_insert_rowid(db);
}

static void
fixture_set_up(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) err = NULL;

	f->dir = tu_tmpdir("test_outbox.XXXXXX");
	g_autofree char *sent = g_build_filename(f->dir, "sent", NULL);
	g_assert_cmpint(g_mkdir(sent, 0700), ==, 0);
	g_autofree char *script = tu_write_file(f->dir, "submit.sh", submit_script);
	g_assert_cmpint(g_chmod(script, 0700), ==, 0);

	f->db_path = g_build_filename(f->dir, "triage.db", NULL);
	f->cfg = st_config_default();
	g_free(f->cfg->database);
	f->cfg->database = g_strdup(f->db_path);
	g_free(f->cfg->submit);
	f->cfg->submit = g_strdup_printf("'%s' -i -t -f ''", script);
	f->cfg->retry_base_s = 60;
	f->cfg->retry_max = 4;
	f->store = st_store_open(f->db_path, 5000, &err);
	g_assert_no_error(err);
	tu_sql_exec(f->store, "INSERT INTO reports(tracking_id, created_at, updated_at, reporter,"
		 " facts_json) VALUES ('SEC-2026-0001', 1795773600, 1795773600,"
		 " 'reporter@example.org', '{}')");
	f->report_id = sqlite3_last_insert_rowid(st_store_db(f->store));
}

static void
fixture_tear_down(Fixture *f, gconstpointer data)
{
	if (f->store)
		st_store_close(f->store);
	st_config_unref(f->cfg);
	tu_rm_rf(f->dir);
	g_free(f->db_path);
	g_free(f->dir);
}

/* Messages the fake MTA accepted. */
static GPtrArray *
delivered(Fixture *f)
{
	g_autofree char *sent = g_build_filename(f->dir, "sent", NULL);
	g_autoptr(GDir) d = g_dir_open(sent, 0, NULL);
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	const char *name;

	while ((name = g_dir_read_name(d)) != NULL) {
		g_autofree char *p = g_build_filename(sent, name, NULL);
		char *text = NULL;
		g_assert_true(g_file_get_contents(p, &text, NULL, NULL));
		g_ptr_array_add(out, text);
	}
	return out;
}

static char *
args_of_last_call(Fixture *f)
{
	g_autofree char *p = g_build_filename(f->dir, "args", NULL);
	char *text = NULL;

	g_assert_true(g_file_get_contents(p, &text, NULL, NULL));
	return text;
}

/* How the command line is built: %r substituted, else "--" RCPT without -t. */
static const struct {
	const char *args;        /* after the script path */
	const char *expect;      /* the arguments it received, one a line */
} argv_cases[] = {
	{ "-i -t -f ''", "-i\n-f\n\n--\nr@example.org\n" },
	{ "-i -f '<>' -- %r", "-i\n-f\n<>\n--\nr@example.org\n" },
	{ "--to=%r -t", "--to=r@example.org\n-t\n" },
	{ "", "--\nr@example.org\n" },
};

static void
test_submit_argv(Fixture *f, gconstpointer data)
{
	g_autofree char *script = g_build_filename(f->dir, "submit.sh", NULL);

	for (guint i = 0; i < G_N_ELEMENTS(argv_cases); i++) {
		g_autoptr(GError) err = NULL;
		g_free(f->cfg->submit);
		f->cfg->submit = g_strdup_printf("'%s' %s", script, argv_cases[i].args);
		g_assert_true(st_outbox_submit(f->cfg, "r@example.org", "x\n", 2, &err));
		g_assert_no_error(err);
		g_autofree char *args = args_of_last_call(f);
		g_assert_cmpstr(args, ==, argv_cases[i].expect);
	}
}

static const char *const refused_recipients[] = {
	"", "-oQ/tmp/x@y", "a b@c", "a@b\nc", "<a@b>", "noatsign",
};

static void
test_submit_errors(Fixture *f, gconstpointer data)
{
	for (guint i = 0; i < G_N_ELEMENTS(refused_recipients); i++) {
		g_autoptr(GError) err = NULL;
		g_assert_false(st_outbox_submit(f->cfg, refused_recipients[i], "x\n", 2, &err));
		g_assert_error(err, ST_OUTBOX_ERROR, 5);
	}
	g_autoptr(GPtrArray) none = delivered(f);
	g_assert_cmpuint(none->len, ==, 0);

	/* The MTA's words become the error. */
	g_free(tu_write_file(f->dir, "fail", "1"));
	g_autoptr(GError) err = NULL;
	g_assert_false(st_outbox_submit(f->cfg, "r@example.org", "x\n", 2, &err));
	g_assert_nonnull(err);
	g_assert_nonnull(strstr(err->message, "4.3.0 mail system busy"));
	g_clear_error(&err);

	/* A command that does not exist. */
	g_free(f->cfg->submit);
	f->cfg->submit = g_strdup("/nonexistent/sendmail -i");
	g_assert_false(st_outbox_submit(f->cfg, "r@example.org", "x\n", 2, &err));
	g_assert_nonnull(err);
	g_clear_error(&err);
	/* A non-zero exit without words. */
	g_free(f->cfg->submit);
	f->cfg->submit = g_strdup("/bin/false");
	g_assert_false(st_outbox_submit(f->cfg, "r@example.org", "x\n", 2, &err));
	g_assert_nonnull(strstr(err->message, "exit status 1"));
	g_clear_error(&err);
	/* Unbalanced quotes. */
	g_free(f->cfg->submit);
	f->cfg->submit = g_strdup("/bin/true 'x");
	g_assert_false(st_outbox_submit(f->cfg, "r@example.org", "x\n", 2, &err));
	g_assert_nonnull(err);
}

/* One flush at each time, and what the row looks like after it. */
static const struct {
	gint64 at;               /* seconds after T0 */
	int sent, failed;
	const char *status;
	gint64 attempts;
	gint64 next;             /* next_attempt_at - T0 */
} retry_steps[] = {
	{ 0, 0, 1, "pending", 1, 60 },        /* first failure: base */
	{ 30, 0, 0, "pending", 1, 60 },       /* not due yet */
	{ 60, 0, 1, "pending", 2, 60 + 120 }, /* second: doubled */
	{ 179, 0, 0, "pending", 2, 180 },
	{ 180, 1, 0, "sent", 2, 180 },        /* the MTA works again */
	{ 10000, 0, 0, "sent", 2, 180 },      /* never again */
};

static void
test_retry_backoff(Fixture *f, gconstpointer data)
{
	gint64 id = queue(f, "ack", "reporter@example.org", 1);

	g_free(tu_write_file(f->dir, "fail", "2"));
	for (guint i = 0; i < G_N_ELEMENTS(retry_steps); i++) {
		g_autoptr(GError) err = NULL;
		int failed = -1;
		int sent = st_outbox_flush(f->store, f->cfg, T0 + retry_steps[i].at, &failed, &err);
		g_test_message("step at +%" G_GINT64_FORMAT, retry_steps[i].at);
		g_assert_no_error(err);
		g_assert_cmpint(sent, ==, retry_steps[i].sent);
		g_assert_cmpint(failed, ==, retry_steps[i].failed);
		g_autofree char *status = tu_sql_text(f->store, "SELECT status FROM outbox WHERE id = %"
						      G_GINT64_FORMAT, id);
		g_assert_cmpstr(status, ==, retry_steps[i].status);
		g_assert_cmpint(tu_sql_int(f->store, "SELECT attempts FROM outbox"), ==, retry_steps[i].attempts);
		g_assert_cmpint(tu_sql_int(f->store, "SELECT next_attempt_at FROM outbox") - T0, ==,
				retry_steps[i].next);
	}
	g_autofree char *last = tu_sql_text(f->store, "SELECT last_error FROM outbox");
	g_assert_null(last);
	g_assert_cmpint(tu_sql_int(f->store, "SELECT sent_at FROM outbox") - T0, ==, 180);
	/* The ack's clocks: acknowledged when sent, embargo 90 days from the ack. */
	g_assert_cmpint(tu_sql_int(f->store, "SELECT acked_at FROM reports") - T0, ==, 180);
	g_assert_cmpint(tu_sql_int(f->store, "SELECT embargo_until FROM reports") - T0, ==, 90 * 86400);
	g_assert_cmpint(tu_sql_int(f->store, "SELECT count(*) FROM events WHERE kind = 'ack-retry'"
				" AND detail LIKE '%%4.3.0 mail system busy%%'"), ==, 2);
	g_assert_cmpint(tu_sql_int(f->store, "SELECT count(*) FROM events WHERE kind = 'ack-sent'"
				" AND actor = 'outbox' AND report_id IS NOT NULL"), ==, 1);
	g_autoptr(GPtrArray) got = delivered(f);
	g_assert_cmpuint(got->len, ==, 1);
	g_assert_nonnull(strstr(g_ptr_array_index(got, 0), "\n.leading dot\n"));
}

static void
test_give_up(Fixture *f, gconstpointer data)
{
	queue(f, "notice", "reporter@example.org", 1);
	f->cfg->retry_max = 3;
	g_free(tu_write_file(f->dir, "fail", "100"));
	gint64 t = T0;
	for (int i = 0; i < 10; i++, t += 3600) {
		g_autoptr(GError) err = NULL;
		g_assert_cmpint(st_outbox_flush(f->store, f->cfg, t, NULL, &err), ==, 0);
		g_assert_no_error(err);
	}
	g_autofree char *status = tu_sql_text(f->store, "SELECT status FROM outbox");
	g_assert_cmpstr(status, ==, "failed");
	g_assert_cmpint(tu_sql_int(f->store, "SELECT attempts FROM outbox"), ==, 3);
	g_assert_cmpint(tu_sql_int(f->store, "SELECT count(*) FROM events WHERE kind = 'notice-retry'"), ==, 2);
	g_assert_cmpint(tu_sql_int(f->store, "SELECT count(*) FROM events WHERE kind = 'notice-failed'"), ==, 1);
	g_autofree char *err_text = tu_sql_text(f->store, "SELECT last_error FROM outbox");
	g_assert_nonnull(strstr(err_text, "4.3.0"));
	/* A notice does not touch the report's clocks. */
	g_assert_cmpint(tu_sql_int(f->store, "SELECT acked_at FROM reports"), ==, -1);
}

/* The delay doubles per attempt and stops at an hour. */
static const struct { gint64 attempts; gint64 delay; } cap_cases[] = {
	{ 0, 60 }, { 1, 120 }, { 5, 1920 }, { 6, 3600 }, { 20, 3600 }, { 70, 3600 },
};

static void
test_backoff_cap(Fixture *f, gconstpointer data)
{
	f->cfg->retry_max = 1000;
	g_free(tu_write_file(f->dir, "fail", "1000"));
	for (guint i = 0; i < G_N_ELEMENTS(cap_cases); i++) {
		g_autofree char *sql = g_strdup_printf("UPDATE outbox SET status = 'pending',"
						       " attempts = %" G_GINT64_FORMAT ", next_attempt_at = 0",
						       cap_cases[i].attempts);
		if (i == 0)
			queue(f, "ack", "reporter@example.org", 1);
		tu_sql_exec(f->store, sql);
		g_assert_cmpint(st_outbox_flush(f->store, f->cfg, T0, NULL, NULL), ==, 0);
		g_assert_cmpint(tu_sql_int(f->store, "SELECT next_attempt_at FROM outbox") - T0, ==,
				cap_cases[i].delay);
	}
}

typedef struct {
	Fixture *f;
	int sent;
	int failed;
} Flusher;

static gpointer
flusher(gpointer data)
{
	Flusher *fl = data;
	g_autoptr(GError) err = NULL;
	StStore *store = st_store_open(fl->f->db_path, 10000, &err);

	g_assert_no_error(err);
	fl->sent = st_outbox_flush(store, fl->f->cfg, T0, &fl->failed, &err);
	g_assert_no_error(err);
	st_store_close(store);
	return NULL;
}

static void
test_two_flushers(Fixture *f, gconstpointer data)
{
	enum { N = 30 };

	for (int i = 0; i < N; i++)
		queue(f, i == 0 ? "ack" : "notice", "reporter@example.org", i);
	g_free(tu_write_file(f->dir, "slow", ""));
	Flusher a = { f, 0, 0 }, b = { f, 0, 0 };
	GThread *ta = g_thread_new("a", flusher, &a);
	GThread *tb = g_thread_new("b", flusher, &b);
	g_thread_join(ta);
	g_thread_join(tb);
	g_test_message("a sent %d, b sent %d", a.sent, b.sent);
	g_assert_cmpint(a.sent + b.sent, ==, N);
	g_assert_cmpint(a.failed + b.failed, ==, 0);
	g_autoptr(GPtrArray) got = delivered(f);
	g_assert_cmpuint(got->len, ==, N);
	/* Each message exactly once. */
	for (int i = 0; i < N; i++) {
		g_autofree char *needle = g_strdup_printf("<m%d@superrad.company>", i);
		int seen = 0;
		for (guint k = 0; k < got->len; k++)
			seen += strstr(g_ptr_array_index(got, k), needle) != NULL;
		g_assert_cmpint(seen, ==, 1);
	}
	g_assert_cmpint(tu_sql_int(f->store, "SELECT count(*) FROM outbox WHERE status = 'sent'"), ==, N);
	g_assert_cmpint(tu_sql_int(f->store, "SELECT count(*) FROM events WHERE kind LIKE '%%-sent'"), ==, N);
}

/* After a restart: pending rows go out; a claim of a dead sender is taken
 * over only once it is stale; sent rows stay sent. */
static void
test_restart(Fixture *f, gconstpointer data)
{
	gint64 pending = queue(f, "ack", "reporter@example.org", 1);
	gint64 stale = queue(f, "notice", "reporter@example.org", 2);
	gint64 fresh = queue(f, "notice", "reporter@example.org", 3);
	gint64 sent = queue(f, "notice", "reporter@example.org", 4);
	gint64 suppressed = queue(f, "notice", "reporter@example.org", 5);
	g_autofree char *sql = g_strdup_printf(
		"UPDATE outbox SET status = 'sending', claimed_at = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT ";"
		"UPDATE outbox SET status = 'sending', claimed_at = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT ";"
		"UPDATE outbox SET status = 'sent', sent_at = 1 WHERE id = %" G_GINT64_FORMAT ";"
		"UPDATE outbox SET status = 'suppressed', reason = 'rate' WHERE id = %" G_GINT64_FORMAT ";",
		T0 - 700, stale, T0 - 10, fresh, sent, suppressed);
	tu_sql_exec(f->store, sql);
	st_store_close(f->store);   /* "the milter was killed" */

	g_autoptr(GError) err = NULL;
	f->store = st_store_open(f->db_path, 5000, &err);
	g_assert_no_error(err);
	g_assert_cmpint(st_outbox_flush(f->store, f->cfg, T0, NULL, &err), ==, 2);
	g_assert_no_error(err);
	g_autoptr(GPtrArray) got = delivered(f);
	g_assert_cmpuint(got->len, ==, 2);
#define STATUS_OF "SELECT status FROM outbox WHERE id = %" G_GINT64_FORMAT
	g_autofree char *s1 = tu_sql_text(f->store, STATUS_OF, pending);
	g_autofree char *s2 = tu_sql_text(f->store, STATUS_OF, fresh);
#undef STATUS_OF
	g_assert_cmpstr(s1, ==, "sent");
	g_assert_cmpstr(s2, ==, "sending");
	/* Ten minutes later the fresh claim is stale too. */
	g_assert_cmpint(st_outbox_flush(f->store, f->cfg, T0 + 600, NULL, &err), ==, 1);
	g_assert_cmpint(st_outbox_flush(f->store, f->cfg, T0 + 6000, NULL, &err), ==, 0);
	g_assert_cmpint(tu_sql_int(f->store, "SELECT count(*) FROM outbox WHERE status = 'sent'"), ==, 4);
	g_autofree char *s5 = tu_sql_text(f->store, "SELECT status FROM outbox WHERE reason = 'rate'");
	g_assert_cmpstr(s5, ==, "suppressed");
}

/* A sender killed in the middle of a send: its claim names a process that is
 * gone, so the next sender takes the row over at once instead of waiting
 * for the claim to go stale; a live claimer's row is left alone. */
static void
test_orphan_claim(Fixture *f, gconstpointer data)
{
	gint64 orphan = queue(f, "ack", "reporter@example.org", 1);
	gint64 alive = queue(f, "notice", "other@example.org", 2);
	/* pid 1 with a start time it does not have: a reused pid, also gone */
	gint64 reused = queue(f, "notice", "third@example.org", 3);
	g_autofree char *init_stat = NULL;
	g_assert_true(g_file_get_contents("/proc/1/stat", &init_stat, NULL, NULL));
	const char *p = strrchr(init_stat, ')');
	for (int k = 2; p && k < 22; k++)
		p = strchr(p + 1, ' ');
	g_assert_nonnull(p);
	unsigned long long init_start = g_ascii_strtoull(p + 1, NULL, 10);
	const char *host = g_get_host_name();
	g_autofree char *sql = g_strdup_printf(
		"UPDATE outbox SET status = 'sending', claimed_at = %" G_GINT64_FORMAT ","
		" claimed_by = '%s 2147483 1' WHERE id = %" G_GINT64_FORMAT ";"
		"UPDATE outbox SET status = 'sending', claimed_at = %" G_GINT64_FORMAT ","
		" claimed_by = '%s 1 %llu' WHERE id = %" G_GINT64_FORMAT ";"
		"UPDATE outbox SET status = 'sending', claimed_at = %" G_GINT64_FORMAT ","
		" claimed_by = '%s 1 %llu' WHERE id = %" G_GINT64_FORMAT ";",
		T0 - 5, host, orphan, T0 - 5, host, init_start, alive, T0 - 5, host, init_start + 1, reused);
	tu_sql_exec(f->store, sql);

	g_autoptr(GError) err = NULL;
	g_assert_cmpint(st_outbox_flush(f->store, f->cfg, T0, NULL, &err), ==, 2);
	g_assert_no_error(err);
	g_autofree char *s1 = tu_sql_text(f->store, "SELECT status FROM outbox WHERE id = %" G_GINT64_FORMAT, orphan);
	g_autofree char *s2 = tu_sql_text(f->store, "SELECT status FROM outbox WHERE id = %" G_GINT64_FORMAT, alive);
	g_autofree char *s3 = tu_sql_text(f->store, "SELECT status FROM outbox WHERE id = %" G_GINT64_FORMAT, reused);
	g_assert_cmpstr(s1, ==, "sent");
	g_assert_cmpstr(s2, ==, "sending");
	g_assert_cmpstr(s3, ==, "sent");
}

static void
test_thread(Fixture *f, gconstpointer data)
{
	queue(f, "ack", "reporter@example.org", 1);
	g_setenv("ST_NOW", "2026-11-27T10:00:00Z", TRUE);
	StOutboxThread *t = st_outbox_thread_start(f->cfg, 60000);
	/* The first flush runs at start: nothing needs a kick after a restart. */
	for (int i = 0; i < 500 && tu_sql_int(f->store, "SELECT count(*) FROM outbox WHERE status = 'sent'") < 1; i++)
		g_usleep(10000);
	g_assert_cmpint(tu_sql_int(f->store, "SELECT count(*) FROM outbox WHERE status = 'sent'"), ==, 1);
	/* A kick sends a new row at once (the interval is a minute). */
	queue(f, "notice", "reporter@example.org", 2);
	st_outbox_thread_kick(t);
	for (int i = 0; i < 500 && tu_sql_int(f->store, "SELECT count(*) FROM outbox WHERE status = 'sent'") < 2; i++)
		g_usleep(10000);
	g_assert_cmpint(tu_sql_int(f->store, "SELECT count(*) FROM outbox WHERE status = 'sent'"), ==, 2);
	/* A new config snapshot is used from the next wake-up on. */
	StConfig *cfg2 = st_config_default();
	g_free(cfg2->database);
	cfg2->database = g_strdup(f->db_path);
	g_free(cfg2->submit);
	cfg2->submit = g_strdup("/bin/false");
	st_outbox_thread_set_config(t, cfg2);
	st_config_unref(cfg2);
	queue(f, "notice", "reporter@example.org", 3);
	st_outbox_thread_kick(t);
	for (int i = 0; i < 500 && tu_sql_int(f->store, "SELECT attempts FROM outbox WHERE message_id = 'm3@superrad.company'") < 1; i++)
		g_usleep(10000);
	g_assert_cmpint(tu_sql_int(f->store, "SELECT attempts FROM outbox WHERE message_id = 'm3@superrad.company'"), ==, 1);
	gint64 before = g_get_monotonic_time();
	st_outbox_thread_stop(t);
	g_assert_cmpint(g_get_monotonic_time() - before, <, G_USEC_PER_SEC);
	g_unsetenv("ST_NOW");
}


/* ---- SMTP: a scripted peer on 127.0.0.1 records what the client says ---- */

typedef struct {
	GSocketListener *listener;
	guint16 port;
	const char *rcpt_reply;   /* what RCPT TO gets */
	GString *transcript;      /* client lines, CRLF kept */
} SmtpPeer;

static gboolean
peer_say(GOutputStream *out, const char *text)
{
	return g_output_stream_write_all(out, text, strlen(text), NULL, NULL, NULL);
}

static gpointer
smtp_peer(gpointer data)
{
	SmtpPeer *p = data;
	g_autoptr(GSocketConnection) c = g_socket_listener_accept(p->listener, NULL, NULL, NULL);
	if (c == NULL)
		return NULL;
	GOutputStream *out = g_io_stream_get_output_stream(G_IO_STREAM(c));
	g_autoptr(GDataInputStream) in = g_data_input_stream_new(g_io_stream_get_input_stream(G_IO_STREAM(c)));
	g_data_input_stream_set_newline_type(in, G_DATA_STREAM_NEWLINE_TYPE_LF);
	gboolean in_data = FALSE;
	char *line;

	peer_say(out, "220 peer ESMTP\r\n");
	while ((line = g_data_input_stream_read_line(in, NULL, NULL, NULL)) != NULL) {
		g_string_append_printf(p->transcript, "%s\n", line);
		if (in_data) {
			if (!strcmp(line, ".\r")) {
				in_data = FALSE;
				peer_say(out, "250 2.0.0 queued\r\n");
			}
		} else if (g_str_has_prefix(line, "EHLO")) {
			peer_say(out, "250-peer\r\n250 8BITMIME\r\n");
		} else if (g_str_has_prefix(line, "MAIL")) {
			peer_say(out, "250 2.1.0 ok\r\n");
		} else if (g_str_has_prefix(line, "RCPT")) {
			peer_say(out, p->rcpt_reply);
		} else if (g_str_has_prefix(line, "DATA")) {
			in_data = TRUE;
			peer_say(out, "354 go ahead\r\n");
		} else if (g_str_has_prefix(line, "QUIT")) {
			peer_say(out, "221 bye\r\n");
			g_free(line);
			break;
		} else {
			peer_say(out, "500 what\r\n");
		}
		g_free(line);
	}
	return NULL;
}

static const struct {
	const char *rcpt_reply;
	gboolean ok;
	const char *error;        /* part of the error message */
} smtp_cases[] = {
	{ "250 2.1.5 ok\r\n", TRUE, NULL },
	{ "251 2.1.5 will forward\r\n", TRUE, NULL },
	{ "450-4.2.0 mailbox busy\r\n450 4.2.0 try later\r\n", FALSE, "RCPT TO: 450-4.2.0 mailbox busy 450 4.2.0 try later" },
	{ "550 5.1.1 no such user\r\n", FALSE, "550 5.1.1 no such user" },
};

static void
test_smtp(Fixture *f, gconstpointer data)
{
	const char *msg = "From: a@b\nTo: r@example.org\nSubject: x\n\nline\n.leading dot\n..two\n.\nend";

	for (guint i = 0; i < G_N_ELEMENTS(smtp_cases); i++) {
		SmtpPeer p = { g_socket_listener_new(), 0, smtp_cases[i].rcpt_reply, g_string_new(NULL) };
		g_autoptr(GError) err = NULL;
		p.port = g_socket_listener_add_any_inet_port(p.listener, NULL, &err);
		g_assert_no_error(err);
		GThread *th = g_thread_new("peer", smtp_peer, &p);
		g_free(f->cfg->submit);
		f->cfg->submit = g_strdup_printf("smtp:127.0.0.1:%u", p.port);
		gboolean ok = st_outbox_submit(f->cfg, "r@example.org", msg, strlen(msg), &err);
		g_socket_listener_close(p.listener);
		g_thread_join(th);
		g_test_message("case %u:\n%s", i, p.transcript->str);
		g_assert_cmpint(ok, ==, smtp_cases[i].ok);
		g_assert_nonnull(strstr(p.transcript->str, "EHLO "));
		g_assert_nonnull(strstr(p.transcript->str, "\nMAIL FROM:<>\r\n"));
		g_assert_nonnull(strstr(p.transcript->str, "\nRCPT TO:<r@example.org>\r\n"));
		if (ok) {
			/* CRLF line ends, dot-stuffed, a final CRLF added, then QUIT. */
			g_assert_nonnull(strstr(p.transcript->str,
				"DATA\r\nFrom: a@b\r\nTo: r@example.org\r\nSubject: x\r\n\r\nline\r\n"
				"..leading dot\r\n...two\r\n..\r\nend\r\n.\r\nQUIT\r\n"));
		} else {
			g_assert_nonnull(err);
			g_assert_nonnull(strstr(err->message, smtp_cases[i].error));
			g_assert_null(strstr(p.transcript->str, "DATA"));
		}
		g_string_free(p.transcript, TRUE);
		g_object_unref(p.listener);
	}

	/* Nobody listening: a failed attempt, not a crash or a hang. */
	g_autoptr(GSocketListener) l = g_socket_listener_new();
	guint16 port = g_socket_listener_add_any_inet_port(l, NULL, NULL);
	g_socket_listener_close(l);
	g_free(f->cfg->submit);
	f->cfg->submit = g_strdup_printf("smtp:127.0.0.1:%u", port);
	g_autoptr(GError) err = NULL;
	g_assert_false(st_outbox_submit(f->cfg, "r@example.org", msg, strlen(msg), &err));
	g_assert_nonnull(err);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
#define ADD(path, fn) g_test_add(path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
	ADD("/outbox/submit-argv", test_submit_argv);
	ADD("/outbox/submit-errors", test_submit_errors);
	ADD("/outbox/smtp", test_smtp);
	ADD("/outbox/retry-backoff", test_retry_backoff);
	ADD("/outbox/give-up", test_give_up);
	ADD("/outbox/backoff-cap", test_backoff_cap);
	ADD("/outbox/two-flushers", test_two_flushers);
	ADD("/outbox/restart", test_restart);
	ADD("/outbox/orphan-claim", test_orphan_claim);
	ADD("/outbox/thread", test_thread);
	return g_test_run();
}
