/*
 * triage_thread.c — the milter's deferred triage thread (session.h).
 *
 * Intake answers the MTA as soon as the raw message is durable; this thread
 * does the analysis and filing afterwards.  It runs at a low priority
 * (niceness per thread on Linux), so that under a flood the MTA's own work
 * comes first and the backlog is triaged as CPU frees up: the reporter's
 * acknowledgment may come later, but no report is lost or slowed down in
 * the SMTP transaction.  Between messages it also waits while the MTA has
 * security mail in flight (at most a few seconds a message).
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <syslog.h>
#include <sys/resource.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#endif

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
};

/* Copy the WAL back into the database (store.h): the intakes leave it to
 * this thread, so that no SMTP transaction pays for it.  At this thread's
 * priority it takes only CPU nobody else wants. */
static void
checkpoint(StTriageThread *t)
{
	g_autoptr(GError) e = NULL;

	if (t->pool != NULL && !st_store_pool_checkpoint(t->pool, CHECKPOINT_PAGES, &e))
		st_log(LOG_WARNING, NULL, "triage thread: %s", e->message);
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

/* Lower this thread's priority (Linux keeps a niceness per thread); at 19
 * also the SCHED_IDLE policy: a woken MTA process then preempts the triage
 * at once instead of waiting for its time slice to end. */
static void
lower_priority(int nice)
{
#ifdef __linux__
	if (nice > 0 && setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), nice) != 0)
		st_log(LOG_WARNING, NULL, "triage thread: cannot set niceness %d: %s",
		       nice, g_strerror(errno));
#ifdef SCHED_IDLE
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

	lower_priority(t->nice);
	while (st_wake_wait(&t->wake, t->interval_ms)) {
		g_autoptr(GError) e = NULL;
		StTriageCounts n = { 0 };
		StSnapshot *snap = st_server_snapshot(t->srv);
		g_autoptr(GDateTime) now = st_now();

		t->pool = st_snapshot_pool(snap);
		if (!st_triage_drain(t->pool, st_snapshot_config(snap),
				     st_snapshot_rules(snap), g_date_time_to_unix(now),
				     yield_or_stop, t, &n, &e))
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
	g_thread_join(t->thread);
	st_wake_clear(&t->wake);
	g_free(t);
}
