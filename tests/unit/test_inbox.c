/*
 * test_inbox.c — deferred triage (issue #9): intake at end of message
 * (inbox.c) and the drain that analyses and files (triage.c), on a real
 * SQLite file: tracking ids decided from header fields alone, MTA retries,
 * threads into messages not yet triaged, the retired reserved report,
 * retries with backoff, and two drains at once filing each message once.
 */
#include <string.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "sectriage/inbox.h"
#include "sectriage/store.h"
#include "sectriage/triage.h"

#include "testutil.h"

typedef struct {
	TuDb db;
	StStorePool *pool;
	guint n;            /* files written */
} Fix;

static void
fix_setup(Fix *f, gconstpointer data)
{
	tu_db_open(&f->db);
	g_free(f->db.cfg->spool_dir);
	f->db.cfg->spool_dir = g_build_filename(f->db.dir, "spool", NULL);
	g_autofree char *path = g_build_filename(f->db.dir, "triage.db", NULL);
	f->pool = st_store_pool_new(path, 5000, 4);
}

static void
fix_teardown(Fix *f, gconstpointer data)
{
	st_store_pool_free(f->pool);
	tu_db_close(&f->db);
}

/* Take TEXT in as the milter would (header fields as the MTA sends them). */
static StIntakeResult
intake(Fix *f, const char *text, const char *qid)
{
	g_autofree char *name = g_strdup_printf("msg-%u.eml", f->n++);
	g_autofree char *path = tu_write_file(f->db.dir, name, text);
	g_autofree char *head = g_strdup(text);
	char *end = strstr(head, "\n\n");
	StIntakeHeaders h;
	StIntakeResult r = { 0 };
	g_autoptr(GError) error = NULL;
	const char *rcpts[] = { "security@superrad.company", NULL };
	StEnvelope env = { .queue_id = qid, .envelope_from = "ada@reporter.example",
			   .recipients = rcpts };

	if (end)
		*end = '\0';
	st_intake_headers_init(&h);
	g_auto(GStrv) lines = g_strsplit(head, "\n", -1);
	for (char **l = lines; *l; l++) {
		char *colon = strchr(*l, ':');
		if (colon == NULL)
			continue;
		*colon = '\0';
		st_intake_headers_note(&h, *l, g_strchug(colon + 1));
	}
	/* the milter passes small messages in memory, big ones as a file */
	StRaw raw = { .path = f->n % 2 ? path : NULL, .data = text, .len = strlen(text) };
	g_assert_true(st_inbox_add(f->pool, f->db.cfg, &env, &h, &raw, FALSE, &r, &error));
	g_assert_no_error(error);
	g_assert_nonnull(r.tracking_id);
	st_intake_headers_clear(&h);
	g_unlink(path);
	return r;
}

static StTriageCounts
drain(Fix *f, gint64 now)
{
	StTriageCounts n = { 0 };
	g_autoptr(GError) error = NULL;

	g_assert_true(st_triage_drain(f->pool, f->db.cfg, f->db.rules, now, NULL,
				      &n, &error));
	g_assert_no_error(error);
	return n;
}

static const char report[] =
	"From: Ada <ada@reporter.example>\nTo: security@superrad.company\n"
	"Subject: guest reads host files\nMessage-ID: <r1@reporter.example>\n\n"
	"msb 0.6.14 on Ubuntu 24.04 (uname -r 6.8.0): a guest reads host files through\n"
	"a symlink in a shared volume.  Steps: ln -s / /shared/x; cat /shared/x/etc/shadow\n";

/* A new report: reserved at intake, filled by the drain, same tracking id. */
static void
test_new_report(Fix *f, gconstpointer data)
{
	StIntakeResult r = intake(f, report, "Q1");

	g_assert_true(r.reserved);
	g_assert_false(r.retry);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM inbox"), ==, 1);
	g_autofree char *flags = tu_sql_text(f->db.store,
		"SELECT flags FROM reports WHERE id = %" G_GINT64_FORMAT, r.report_id);
	g_assert_cmpstr(flags, ==, "triage-pending");
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM messages"), ==, 0);

	StTriageCounts n = drain(f, G_MAXINT32);
	g_assert_cmpuint(n.filed, ==, 1);
	g_assert_cmpuint(n.acks, ==, 1);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM inbox"), ==, 0);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM reports"), ==, 1);
	g_autofree char *id = tu_sql_text(f->db.store,
		"SELECT r.tracking_id FROM messages m JOIN reports r ON r.id = m.report_id");
	g_assert_cmpstr(id, ==, r.tracking_id);
	g_autofree char *after = tu_sql_text(f->db.store, "SELECT ifnull(flags, '') FROM reports");
	g_assert_null(strstr(after, "triage-pending"));
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT score FROM reports"), >, 0);
	g_autofree char *qid = tu_sql_text(f->db.store, "SELECT queue_id FROM messages");
	g_assert_cmpstr(qid, ==, "Q1");
	g_autofree char *subject = tu_sql_text(f->db.store, "SELECT subject FROM reports");
	g_assert_cmpstr(subject, ==, "guest reads host files");
	/* nothing left in the spool */
	g_autoptr(GDir) d = g_dir_open(f->db.cfg->spool_dir, 0, NULL);
	g_assert_null(d ? g_dir_read_name(d) : NULL);
	st_intake_result_clear(&r);
}

/* An MTA retry before and after triage: the same id, filed once. */
static void
test_retry(Fix *f, gconstpointer data)
{
	StIntakeResult a = intake(f, report, "Q1");
	StIntakeResult b = intake(f, report, "Q2");     /* still in the inbox */

	g_assert_true(b.retry);
	g_assert_cmpstr(a.tracking_id, ==, b.tracking_id);
	drain(f, G_MAXINT32);
	StIntakeResult c = intake(f, report, "Q3");     /* after triage */
	g_assert_true(c.retry);
	g_assert_cmpstr(a.tracking_id, ==, c.tracking_id);
	drain(f, G_MAXINT32);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM messages"), ==, 1);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM reports"), ==, 1);
	g_assert_cmpint(tu_sql_int(f->db.store,
		"SELECT count(*) FROM events WHERE kind = 'duplicate'"), ==, 2);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM outbox"), ==, 1);
	st_intake_result_clear(&a);
	st_intake_result_clear(&b);
	st_intake_result_clear(&c);
}

/* Replies join: by the tracking id in the Subject, and by In-Reply-To
 * naming a message still waiting in the inbox. */
static void
test_threads(Fix *f, gconstpointer data)
{
	StIntakeResult a = intake(f, report, "Q1");
	StIntakeResult b = intake(f,
		"From: ada@reporter.example\nSubject: Re: guest reads host files\n"
		"Message-ID: <r2@reporter.example>\nIn-Reply-To: <r1@reporter.example>\n\n"
		"Forgot the PoC: poc.sh attached.\n", "Q2");
	g_autofree char *subj = g_strdup_printf(
		"From: ada@reporter.example\nSubject: Re: [%s] more\n"
		"Message-ID: <r3@reporter.example>\n\nThe logs: dmesg shows nothing.\n",
		a.tracking_id);
	StIntakeResult c = intake(f, subj, "Q3");

	g_assert_false(b.reserved);
	g_assert_false(c.reserved);
	g_assert_cmpstr(a.tracking_id, ==, b.tracking_id);
	g_assert_cmpstr(a.tracking_id, ==, c.tracking_id);
	StTriageCounts n = drain(f, G_MAXINT32);
	g_assert_cmpuint(n.filed, ==, 3);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM reports"), ==, 1);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM messages"), ==, 3);
	g_assert_cmpint(tu_sql_int(f->db.store,
		"SELECT count(*) FROM messages WHERE is_followup = 1"), ==, 2);
	st_intake_result_clear(&a);
	st_intake_result_clear(&b);
	st_intake_result_clear(&c);
}

/* Without a Message-ID intake cannot tell a resend: it reserves a second
 * report; triage finds the same content filed and closes that one as a
 * duplicate of the first, so both tracking ids lead to the report. */
static void
test_retired(Fix *f, gconstpointer data)
{
	static const char nomid[] =
		"From: ada@reporter.example\nSubject: no id\n\nmsb 0.6.14: a guest escapes.\n";
	StIntakeResult a = intake(f, nomid, "Q1");
	drain(f, G_MAXINT32);
	StIntakeResult b = intake(f, nomid, "Q2");

	g_assert_true(b.reserved);
	g_assert_cmpstr(a.tracking_id, !=, b.tracking_id);
	drain(f, G_MAXINT32);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM messages"), ==, 1);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM reports"), ==, 2);
	g_assert_cmpint(tu_sql_int(f->db.store,
		"SELECT duplicate_of FROM reports WHERE id = %" G_GINT64_FORMAT, b.report_id),
		==, a.report_id);
	g_autofree char *state = tu_sql_text(f->db.store,
		"SELECT state || ' ' || resolution FROM reports WHERE id = %" G_GINT64_FORMAT,
		b.report_id);
	g_assert_cmpstr(state, ==, "closed duplicate");
	/* one acknowledgment, for the first */
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM outbox"), ==, 1);
	st_intake_result_clear(&a);
	st_intake_result_clear(&b);
}

/* A row that failed waits for its backoff and is never dropped. */
static void
test_defer(Fix *f, gconstpointer data)
{
	StIntakeResult a = intake(f, report, "Q1");
	StInboxItem item = { 0 };
	gboolean found = FALSE;
	g_autoptr(GError) error = NULL;

	g_assert_true(st_inbox_defer(f->db.store, a.inbox_id, 1000, "disk on fire", &error));
	g_assert_true(st_inbox_next(f->db.store, 1059, 0, &item, &found, &error));
	g_assert_false(found);
	g_assert_cmpuint(drain(f, 1059).filed, ==, 0);
	g_assert_true(st_inbox_defer(f->db.store, a.inbox_id, 1000, "again", &error));
	g_assert_true(st_inbox_next(f->db.store, 1119, 0, &item, &found, &error));
	g_assert_false(found);  /* the second wait is twice as long */
	g_assert_true(st_inbox_next(f->db.store, 1120, 0, &item, &found, &error));
	g_assert_true(found);
	g_assert_cmpint(item.attempts, ==, 2);
	g_assert_cmpstr(item.queue_id, ==, "Q1");
	g_assert_cmpstr(item.recipients[0], ==, "security@superrad.company");
	g_autoptr(JsonNode) list = st_inbox_list_json(f->db.store, &error);
	g_assert_no_error(error);
	g_autofree char *json = json_to_string(list, FALSE);
	g_assert_nonnull(strstr(json, "\"last_error\":\"again\""));
	g_assert_cmpuint(drain(f, 1120).filed, ==, 1);
	st_inbox_item_clear(&item);
	st_intake_result_clear(&a);
}

/* Two drains at once (the milter's thread and `sectriage inbox --flush`):
 * every message filed once. */
typedef struct {
	Fix *f;
	guint filed;
} Drainer;

static gpointer
drainer(gpointer data)
{
	Drainer *d = data;
	StTriageCounts n = { 0 };

	g_assert_true(st_triage_drain(d->f->pool, d->f->db.cfg, d->f->db.rules, G_MAXINT32,
				      NULL, &n, NULL));
	d->filed = n.filed;
	return NULL;
}

static void
test_two_drains(Fix *f, gconstpointer data)
{
	for (int i = 0; i < 12; i++) {
		g_autofree char *text = g_strdup_printf(
			"From: r%d@reporter.example\nSubject: report %d\n"
			"Message-ID: <m%d@reporter.example>\n\nmsb 0.6.%d: a guest reads host memory.\n",
			i, i, i, i);
		StIntakeResult r = intake(f, text, "Q");
		st_intake_result_clear(&r);
	}
	Drainer d[2] = { { f, 0 }, { f, 0 } };
	GThread *t0 = g_thread_new("d0", drainer, &d[0]);
	GThread *t1 = g_thread_new("d1", drainer, &d[1]);
	g_thread_join(t0);
	g_thread_join(t1);
	g_assert_cmpuint(d[0].filed + d[1].filed, >=, 12);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM inbox"), ==, 0);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM messages"), ==, 12);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM reports"), ==, 12);
	g_assert_cmpint(tu_sql_int(f->db.store, "SELECT count(*) FROM outbox"), ==, 12);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
#define ADD(name, fn) g_test_add(name, Fix, NULL, fix_setup, fn, fix_teardown)
	ADD("/inbox/new-report", test_new_report);
	ADD("/inbox/retry", test_retry);
	ADD("/inbox/threads", test_threads);
	ADD("/inbox/retired", test_retired);
	ADD("/inbox/defer", test_defer);
	ADD("/inbox/two-drains", test_two_drains);
#undef ADD
	return g_test_run();
}
