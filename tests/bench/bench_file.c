/*
 * bench_file.c — issue #9, table row 2: durable filings per second against
 * the disk's fsync rate.
 *
 *   build/bench/bench_file [--count N] [--threads T] [--json] DIR
 *
 * In DIR (on the disk to measure): (1) the fsync rate: N writes of 4 KiB
 * each followed by fdatasync; (2) N distinct reports (each a 20 KB message
 * with a 5 KB attachment, analysed beforehand) filed with st_store_pool_file
 * into a new database (WAL, synchronous=FULL), by T threads sharing a
 * connection pool with group commit, exactly as the milter's threads file.
 * Prints filings/s, fsyncs/s and filings per fsync.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sectriage/analyze.h"
#include "sectriage/common.h"
#include "sectriage/store.h"

typedef struct {
	StConfig *cfg;
	StRules *rules;
	StStorePool *pool;
	GPtrArray *paths;     /* char* spool files */
	GPtrArray *analyses;  /* StAnalysis* */
	gint next;
	gint failed;
} Job;

static char *
make_message(int i)
{
	GString *s = g_string_new(NULL);
	g_string_append_printf(s,
		"From: Reporter %d <r%d@reporter.example>\r\n"
		"To: security@superrad.company\r\n"
		"Subject: sandbox escape via virtiofs rename race #%d\r\n"
		"Message-ID: <bench-%d-%d@reporter.example>\r\n"
		"Date: Sat, 28 Nov 2026 10:00:00 +0000\r\n"
		"MIME-Version: 1.0\r\n"
		"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
		"A guest can escape to the host by racing a rename in the shared\r\n"
		"filesystem; the attacker gains write access to host files.\r\n\r\n"
		"$ msb --version\r\nmsb 0.6.14\r\n$ uname -a\r\n"
		"Linux host 6.8.0-45-generic #45-Ubuntu SMP x86_64 GNU/Linux\r\n"
		"PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\r\n\r\n",
		i, i, i, i, g_random_int());
	while (s->len < 15000)
		g_string_append(s, "[  12.345678] virtiofs: lookup ino=4242 name=../../etc/shadow -> EACCES\r\n");
	g_string_append(s, "--b\r\nContent-Type: text/x-shellscript; name=poc.sh\r\n"
			   "Content-Disposition: attachment; filename=poc.sh\r\n\r\n#!/bin/sh\r\n");
	while (s->len < 20500)
		g_string_append(s, "msb run --image alpine -- sh -c 'mv /mnt/a /mnt/b' &\r\n");
	g_string_append(s, "\r\n--b--\r\n");
	return g_string_free(s, FALSE);
}

static gpointer
worker(gpointer data)
{
	Job *job = data;
	for (;;) {
		gint i = g_atomic_int_add(&job->next, 1);
		if (i >= (gint)job->paths->len)
			break;
		g_autoptr(GError) err = NULL;
		StFileResult res = { 0 };
		StEnvelope env = { .envelope_from = "r@reporter.example", .queue_id = "BENCH" };
		/* the milter's path: group commit through the pool */
		if (!st_store_pool_file(job->pool, job->cfg, job->rules, job->analyses->pdata[i], &env,
					job->paths->pdata[i], &res, &err)) {
			g_atomic_int_inc(&job->failed);
			if (err)
				fprintf(stderr, "bench_file: %s\n", err->message);
		}
		st_file_result_clear(&res);
	}
	return NULL;
}

static double
fsync_rate(const char *dir, int n)
{
	g_autofree char *path = g_build_filename(dir, "fsync-probe", NULL);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	char buf[4096];
	memset(buf, 'x', sizeof buf);
	gint64 t0 = g_get_monotonic_time();
	for (int i = 0; i < n; i++) {
		if (write(fd, buf, sizeof buf) != sizeof buf || fdatasync(fd) != 0) {
			perror("fsync probe");
			break;
		}
	}
	double s = (g_get_monotonic_time() - t0) / 1e6;
	close(fd);
	unlink(path);
	return n / s;
}

int
main(int argc, char **argv)
{
	int count = 500, threads = 1;
	gboolean json = FALSE;
	g_auto(GStrv) rest = NULL;
	GOptionEntry entries[] = {
		{ "count", 'n', 0, G_OPTION_ARG_INT, &count, "Reports to file", "N" },
		{ "threads", 't', 0, G_OPTION_ARG_INT, &threads, "Concurrent filers", "T" },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, "JSON output", NULL },
		{ G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, "DIR" },
		{ NULL }
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("DIR - durable filings per second");
	g_autoptr(GError) err = NULL;
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!g_option_context_parse(ctx, &argc, &argv, &err) || rest == NULL || count < 1 || threads < 1) {
		fprintf(stderr, "bench_file: %s\n", err ? err->message : "DIR needed");
		return 2;
	}
	const char *dir = rest[0];
	st_init();
	Job job = { 0 };
	job.cfg = st_config_default();
	g_autofree char *rdir = st_config_rules_dir(job.cfg);
	job.rules = st_rules_load(rdir, &err);
	if (job.rules == NULL) {
		fprintf(stderr, "bench_file: %s\n", err->message);
		return 1;
	}
	g_autofree char *db = g_strdup_printf("%s/bench-%d-%d.db", dir, threads, (int)getpid());
	job.paths = g_ptr_array_new_with_free_func(g_free);
	job.analyses = g_ptr_array_new_with_free_func((GDestroyNotify)st_analysis_free);
	for (int i = 0; i < count; i++) {
		g_autofree char *msg = make_message(i);
		char *p = g_strdup_printf("%s/msg-%d.eml", dir, i);
		g_file_set_contents(p, msg, -1, NULL);
		g_ptr_array_add(job.paths, p);
		g_ptr_array_add(job.analyses, st_analyze_data(job.cfg, job.rules, msg, strlen(msg),
							      "r@reporter.example"));
	}
	/* create the schema before timing */
	StStore *first = st_store_open(db, 5000, &err);
	if (first == NULL) {
		fprintf(stderr, "bench_file: %s\n", err->message);
		return 1;
	}
	st_store_close(first);
	job.pool = st_store_pool_new(db, 30000, threads);

	double fs = fsync_rate(dir, 200);
	gint64 t0 = g_get_monotonic_time();
	GPtrArray *ths = g_ptr_array_new();
	for (int t = 0; t < threads; t++)
		g_ptr_array_add(ths, g_thread_new("filer", worker, &job));
	for (guint t = 0; t < ths->len; t++)
		g_thread_join(ths->pdata[t]);
	double secs = (g_get_monotonic_time() - t0) / 1e6;
	double rate = (count - job.failed) / secs;
	guint64 commits, units;
	st_store_pool_stats(job.pool, &commits, &units);
	double per_commit = commits ? (double)units / commits : 0;

	if (json)
		printf("{\"threads\": %d, \"count\": %d, \"failed\": %d, \"seconds\": %.3f, "
		       "\"filings_per_s\": %.1f, \"fsyncs_per_s\": %.1f, \"filings_per_fsync\": %.3f, "
		       "\"commits\": %" G_GUINT64_FORMAT ", \"filings_per_commit\": %.2f}\n",
		       threads, count, job.failed, secs, rate, fs, rate / fs, commits, per_commit);
	else
		printf("threads %d: %d filed (%d failed) in %.2f s: %.1f filings/s; "
		       "fsync %.1f/s; %.2f filings per fsync; %.2f filings per commit\n",
		       threads, count - job.failed, job.failed, secs, rate, fs, rate / fs, per_commit);

	st_store_pool_free(job.pool);
	for (guint i = 0; i < job.paths->len; i++)
		unlink(job.paths->pdata[i]);
	g_ptr_array_unref(job.paths);
	g_ptr_array_unref(job.analyses);
	g_ptr_array_unref(ths);
	g_autofree char *wal = g_strconcat(db, "-wal", NULL);
	g_autofree char *shm = g_strconcat(db, "-shm", NULL);
	unlink(db);
	unlink(wal);
	unlink(shm);
	st_rules_unref(job.rules);
	st_config_unref(job.cfg);
	return job.failed ? 1 : 0;
}
