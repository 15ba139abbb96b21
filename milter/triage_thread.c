/*
 * triage_thread.c — the milter's deferred triage thread (session.h).
 *
 * Intake answers the MTA as soon as the raw message is durable; this thread
 * does the analysis and filing afterwards.  The analysis (nearly all of
 * the CPU) and the WAL checkpoints run on a worker thread, "st-analyze",
 * at a low priority ([milter] triage_nice; niceness per thread on Linux,
 * and SCHED_IDLE at 19), so that under a flood the MTA's own work comes
 * first and the backlog is triaged as CPU frees up: the reporter's
 * acknowledgment may come later, but no report is lost or slowed down in
 * the SMTP transaction.  The filing stays on this thread, at the MTA's
 * priority: it takes SQLite's write lock and may lead the intakes' group
 * commit, and a thread at SCHED_IDLE holding either would make every
 * intake wait until the CPU had nothing else to do (a priority
 * inversion; an unprivileged thread cannot raise its priority again to
 * release it sooner).  Between messages it also waits while the MTA has
 * security mail in flight (at most a few seconds a message).
 */
#define _GNU_SOURCE     /* SCHED_IDLE */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <syslog.h>
#include <sys/resource.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#endif

#include "sectriage/analyze.h"
#include "sectriage/common.h"
#include "sectriage/log.h"
#include "sectriage/session.h"
#include "sectriage/triage.h"
#include "sectriage/wake.h"

#define YIELD_MAX_US (5 * G_USEC_PER_SEC)
#define YIELD_POLL_US (20 * 1000)
/* A burst is over when no security mail has been in flight this long: the
 * MTA's end-of-data latency is ~10 ms under load, so with mail arriving
 * the server is never quiet for 100 ms, only between bursts. */
#define QUIET_US (100 * 1000)
/* WAL pages worth a checkpoint (SQLite's default automatic checkpoint) */
#define CHECKPOINT_PAGES 1000

struct StTriageThread {
	GThread *thread;
	StServer *srv;
	StWake wake;
	int nice;
	int interval_ms;
	StStorePool *pool;      /* the snapshot's, while draining */

	/* the low-priority worker (NULL at niceness 0: all on this thread) */
	GThread *worker;
	GAsyncQueue *jobs;      /* Job* to run; one with no FUNC ends the worker */
	GAsyncQueue *done;      /* the same Job* back, once run */
};

/* One piece of work handed to the worker. */
typedef struct {
	void (*func)(gpointer data);
	gpointer data;
} Job;

static void lower_priority(int nice);

static gpointer
worker_main(gpointer data)
{
	StTriageThread *t = data;
	Job *job;

	lower_priority(t->nice);
	while ((job = g_async_queue_pop(t->jobs))->func != NULL) {
		job->func(job->data);
		g_async_queue_push(t->done, job);
	}
	return NULL;
}

/* Run FUNC(DATA) at the worker's low priority and wait for it to end; on
 * this thread when there is no worker.  Only the triage thread calls it,
 * one job at a time. */
static void
run_low(StTriageThread *t, void (*func)(gpointer data), gpointer data)
{
	Job job = { func, data };

	if (t->worker == NULL) {
		func(data);
		return;
	}
	g_async_queue_push(t->jobs, &job);
	g_async_queue_pop(t->done);
}

/* One analysis handed to the worker. */
typedef struct {
	const StConfig *cfg;
	const StRules *rules;
	const char *path;
	const char *envelope_from;
	StAnalysis *analysis;
	GError *error;
} AnalyzeJob;

static void
analyze_job(gpointer data)
{
	AnalyzeJob *j = data;

	j->analysis = st_analyze_file(j->cfg, j->rules, j->path, j->envelope_from, &j->error);
}

/* StTriageHooks.analyze: the analysis at the worker's priority. */
static StAnalysis *
analyze_low(const StConfig *cfg, const StRules *rules, const char *path,
	    const char *envelope_from, gpointer data, GError **error)
{
	AnalyzeJob j = { cfg, rules, path, envelope_from, NULL, NULL };

	run_low(data, analyze_job, &j);
	if (j.error != NULL)
		g_propagate_error(error, j.error);
	return j.analysis;
}

static void
checkpoint_job(gpointer data)
{
	StTriageThread *t = data;
	g_autoptr(GError) e = NULL;

	if (!st_store_pool_checkpoint(t->pool, CHECKPOINT_PAGES, &e))
		st_log(LOG_WARNING, NULL, "triage thread: %s", e->message);
}

/* Copy the WAL back into the database (store.h): the intakes leave it to
 * this thread, so that no SMTP transaction pays for it.  On the worker, it
 * takes only CPU nobody else wants; a passive checkpoint never blocks a
 * writer, so its low priority holds nobody up. */
static void
checkpoint(StTriageThread *t)
{
	if (t->pool != NULL)
		run_low(t, checkpoint_job, t);
}

/* Between two messages: while the MTA has security mail in flight or had
 * some in the last QUIET_US, wait (up to YIELD_MAX_US per message, so that
 * a flood that never pauses is still triaged, a message every few
 * seconds), checkpointing meanwhile; TRUE when the thread must stop.  A
 * burst is taken in at the MTA's pace and triaged when it is over. */
static gboolean
yield_or_stop(gpointer data)
{
	StTriageThread *t = data;
	gint64 until = g_get_monotonic_time() + YIELD_MAX_US;

	for (;;) {
		checkpoint(t);
		/* the server's lock is never taken under the doorbell's: a
		 * session kicking this thread holds the server's lock */
		if (st_server_quiet_us(t->srv) >= QUIET_US || g_get_monotonic_time() >= until)
			return st_wake_stopping(&t->wake);
		if (st_wake_sleep(&t->wake, YIELD_POLL_US))
			return TRUE;
	}
}

/* Lower the calling thread's priority (Linux keeps a niceness per thread);
 * at 19 also the SCHED_IDLE policy: a woken MTA process then preempts the
 * analysis at once instead of waiting for its time slice to end. */
static void
lower_priority(int nice)
{
#ifdef __linux__
	if (nice > 0 && setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), nice) != 0)
		st_log(LOG_WARNING, NULL, "triage thread: cannot set niceness %d: %s",
		       nice, g_strerror(errno));
#ifdef SCHED_IDLE      /* Linux; _GNU_SOURCE above */
	struct sched_param sp = { 0 };
	if (nice >= 19 && pthread_setschedparam(pthread_self(), SCHED_IDLE, &sp) != 0)
		st_log(LOG_WARNING, NULL, "triage thread: cannot use SCHED_IDLE");
#endif
#else
	(void)nice;
#endif
}

static gpointer
thread_main(gpointer data)
{
	StTriageThread *t = data;
	const StTriageHooks hooks = { yield_or_stop, analyze_low, t };

	while (st_wake_wait(&t->wake, t->interval_ms)) {
		g_autoptr(GError) e = NULL;
		StTriageCounts n = { 0 };
		StSnapshot *snap = st_server_snapshot(t->srv);
		g_autoptr(GDateTime) now = st_now();

		t->pool = st_snapshot_pool(snap);
		if (!st_triage_drain(t->pool, st_snapshot_config(snap),
				     st_snapshot_rules(snap), g_date_time_to_unix(now),
				     &hooks, &n, &e))
			st_log(LOG_WARNING, NULL, "triage: %s (the inbox keeps the messages)",
			       e ? e->message : "unknown error");
		checkpoint(t);
		t->pool = NULL;
		if (n.acks > 0)
			st_server_kick_outbox(t->srv);
		st_snapshot_unref(snap);
	}
	return NULL;
}

StTriageThread *
st_triage_thread_start(StServer *srv, int nice, int interval_ms)
{
	g_return_val_if_fail(srv != NULL, NULL);
	StTriageThread *t = g_new0(StTriageThread, 1);

	st_wake_init(&t->wake, TRUE);   /* at once: rows left from before a restart */
	t->srv = srv;
	t->nice = nice;
	t->interval_ms = interval_ms > 0 ? interval_ms : 30000;
	if (nice > 0) {
		t->jobs = g_async_queue_new();
		t->done = g_async_queue_new();
		t->worker = g_thread_new("st-analyze", worker_main, t);
	}
	t->thread = g_thread_new("st-triage", thread_main, t);
	return t;
}

void
st_triage_thread_kick(StTriageThread *t)
{
	if (t != NULL)
		st_wake_kick(&t->wake);
}

void
st_triage_thread_stop(StTriageThread *t)
{
	if (t == NULL)
		return;
	st_wake_stop(&t->wake);
	g_thread_join(t->thread);       /* hands the worker nothing more */
	if (t->worker != NULL) {
		Job end = { NULL, NULL };
		g_async_queue_push(t->jobs, &end);
		g_thread_join(t->worker);
		g_async_queue_unref(t->jobs);
		g_async_queue_unref(t->done);
	}
	st_wake_clear(&t->wake);
	g_free(t);
}
