/*
 * bench_intake.c — issue #9, row 3 without Postfix: the milter's intake
 * path (deferred triage) in one process, for callgrind and strace.
 *
 *   build/bench/bench_intake [-n N] [-t THREADS] [--json] RULES_DIR DIR
 *
 * Each thread feeds N / THREADS messages (20 KB, a 5 KB attachment, unique
 * Message-IDs, as tests/bench/smtp_load.c sends them) through the session
 * API exactly as milter.c's callbacks do: a connection, the envelope, every
 * header, the body in one chunk, end of message with its header edits.
 * The database is DIR/triage.db (new), the spool DIR/spool; no triage
 * thread runs, so what is measured is what an SMTP transaction pays.
 * Prints messages/s and the process's CPU per message (user and system).
 *
 *   valgrind --tool=callgrind build/bench/bench_intake -n 200 rules /tmp/x
 *   strace -c -f build/bench/bench_intake -n 1000 -t 16 rules /tmp/x
 */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "sectriage/common.h"
#include "sectriage/config.h"
#include "sectriage/rules.h"
#include "sectriage/session.h"

typedef struct {
	StServer *srv;
	int n;
	int thread;
	gint failed;
} Job;

/* One message as the MTA hands it over: header fields, then the body. */
typedef struct {
	GPtrArray *names, *values;
	GString *body;
} Msg;

static void
make_message(Msg *m, int thread, int i)
{
	g_autofree char *from = g_strdup_printf("Reporter %d <r%d@reporter.example>", i, i);
	g_autofree char *subject = g_strdup_printf(
		"Sandbox escape via shared mount race (load bench %d)", i);
	g_autofree char *mid = g_strdup_printf("<load-bench-%d-%d-%u@reporter.example>",
					       thread, i, g_random_int());
	const char *fields[][2] = {
		{ "Received", "from client.example (localhost [127.0.0.1])\r\n\tby mx.superrad.company (Postfix) with ESMTP id 4ABCDEF"
		  "\r\n\tfor <security@superrad.company>; Sat, 28 Nov 2026 10:00:00 +0000 (UTC)" },
		{ "From", from },
		{ "To", "security@superrad.company" },
		{ "Subject", subject },
		{ "Message-ID", mid },
		{ "Date", "Sat, 28 Nov 2026 10:00:00 +0000" },
		{ "MIME-Version", "1.0" },
		{ "Content-Type", "multipart/mixed; boundary=\"b\"" },
	};

	m->names = g_ptr_array_new_with_free_func(g_free);
	m->values = g_ptr_array_new_with_free_func(g_free);
	for (gsize k = 0; k < G_N_ELEMENTS(fields); k++) {
		g_ptr_array_add(m->names, g_strdup(fields[k][0]));
		g_ptr_array_add(m->values, g_strdup(fields[k][1]));
	}
	m->body = g_string_new("--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
			       "A guest can escape to the host by racing a rename in the shared\r\n"
			       "filesystem; the attacker gains write access to host files.\r\n\r\n");
	while (m->body->len < 15000)
		g_string_append(m->body, "[  12.345678] virtiofs: lookup ino=4242 name=../../etc/shadow -> EACCES\r\n");
	g_string_append(m->body, "--b\r\nContent-Type: application/octet-stream; name=poc.bin\r\n"
			"Content-Transfer-Encoding: base64\r\n"
			"Content-Disposition: attachment; filename=poc.bin\r\n\r\n");
	while (m->body->len < 22000)
		g_string_append(m->body, "bXNiIHJ1biAtLWltYWdlIGFscGluZSAtLSBzaCAtYyAnbXYgL21udC9hIC9tbnQvYicgJgo=\r\n");
	g_string_append(m->body, "--b--\r\n");
}

static void
msg_clear(Msg *m)
{
	g_ptr_array_unref(m->names);
	g_ptr_array_unref(m->values);
	g_string_free(m->body, TRUE);
}

/* One SMTP transaction through the session, as milter.c drives it. */
static gboolean
one(StServer *srv, int thread, int i)
{
	Msg m;
	g_autoptr(GPtrArray) ops = NULL;
	StSession *s = st_session_new(srv, "client.example", "127.0.0.1");
	gboolean ok = TRUE;

	make_message(&m, thread, i);
	st_session_helo(s, "client.example");
	st_session_envfrom(s, "<r@reporter.example>");
	st_session_set_queue_id(s, "4ABCDEF");
	st_session_envrcpt(s, "<security@superrad.company>");
	ok = st_session_data(s) == ST_VERDICT_CONTINUE;
	for (guint k = 0; ok && k < m.names->len; k++)
		ok = st_session_header(s, m.names->pdata[k], m.values->pdata[k]) == ST_VERDICT_CONTINUE;
	ok = ok && st_session_eoh(s) == ST_VERDICT_CONTINUE;
	ok = ok && st_session_body(s, m.body->str, m.body->len) == ST_VERDICT_CONTINUE;
	ok = ok && st_session_eom(s, &ops) == ST_VERDICT_ACCEPT && ops != NULL && ops->len > 0;
	st_session_free(s);
	msg_clear(&m);
	return ok;
}

static gpointer
worker(gpointer data)
{
	Job *job = data;

	for (int i = 0; i < job->n; i++)
		if (!one(job->srv, job->thread, i))
			g_atomic_int_inc(&job->failed);
	return NULL;
}

static double
cpu_seconds(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
		ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

int
main(int argc, char **argv)
{
	int n = 500, threads = 1;
	gboolean json = FALSE;
	GOptionEntry entries[] = {
		{ "count", 'n', 0, G_OPTION_ARG_INT, &n, "Messages (default 500)", "N" },
		{ "threads", 't', 0, G_OPTION_ARG_INT, &threads, "SMTP sessions at once (default 1)", "T" },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, "JSON output", NULL },
		{ NULL }
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("RULES_DIR DIR");
	g_autoptr(GError) error = NULL;

	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!g_option_context_parse(ctx, &argc, &argv, &error) || argc != 3 || n < 1 || threads < 1) {
		fprintf(stderr, "bench_intake: %s\n", error ? error->message : "usage: [-n N] [-t T] RULES_DIR DIR");
		return 2;
	}
	g_autofree char *conf = g_build_filename(argv[2], "sectriage.conf", NULL);
	g_autofree char *text = g_strdup_printf(
		"[milter]\nspool_dir = %s/spool\nrecipients = security@superrad.company\n"
		"[store]\ndatabase = %s/triage.db\n", argv[2], argv[2]);
	if (g_mkdir_with_parents(argv[2], 0700) != 0 ||
	    !g_file_set_contents(conf, text, -1, &error)) {
		fprintf(stderr, "bench_intake: %s: %s\n", argv[2], error ? error->message : "mkdir failed");
		return 1;
	}
	g_autoptr(StConfig) cfg = st_config_load(conf, &error);
	StRules *rules = cfg ? st_rules_load(argv[1], &error) : NULL;
	if (rules == NULL) {
		fprintf(stderr, "bench_intake: %s\n", error->message);
		return 1;
	}
	StSnapshot *snap = st_snapshot_new(cfg, rules);
	StServer *srv = st_server_new(snap);
	Job *jobs = g_new0(Job, threads);
	GThread **th = g_new0(GThread *, threads);
	int failed = 0;

	/* the first message opens the database (not measured) */
	if (!one(srv, -1, 0)) {
		fprintf(stderr, "bench_intake: the first message was not taken in\n");
		return 1;
	}
	double c0 = cpu_seconds();
	gint64 t0 = g_get_monotonic_time();
	for (int i = 0; i < threads; i++) {
		jobs[i] = (Job){ .srv = srv, .n = n / threads + (i < n % threads), .thread = i };
		th[i] = g_thread_new("intake", worker, &jobs[i]);
	}
	for (int i = 0; i < threads; i++) {
		g_thread_join(th[i]);
		failed += jobs[i].failed;
	}
	double secs = (g_get_monotonic_time() - t0) / 1e6;
	double cpu = cpu_seconds() - c0;
	if (json)
		printf("{\"messages\": %d, \"threads\": %d, \"failed\": %d, \"msgs_per_s\": %.1f,"
		       " \"cpu_ms_per_msg\": %.3f}\n", n, threads, failed, n / secs, cpu * 1000 / n);
	else
		printf("%d messages, %d threads: %.1f msg/s, CPU %.3f ms/msg, %d failed\n",
		       n, threads, n / secs, cpu * 1000 / n, failed);
	st_server_free(srv);
	st_snapshot_unref(snap);
	st_rules_unref(rules);
	g_free(jobs);
	g_free(th);
	return failed > 0;
}
