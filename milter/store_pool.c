/*
 * store_pool.c — connections shared by the milter's threads, and group
 * commit: concurrent filings share one transaction and one fsync (store.h).
 */
#include <errno.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "sectriage/common.h"
#include "sectriage/store.h"

/* ---- the connection pool ---- */

struct StStorePool {
	GMutex lock;
	GCond cond;
	char *path;
	int busy_ms;
	int max;
	int n_open;             /* idle + in use */
	GPtrArray *idle;        /* StStore* */

	/* group commit (st_store_pool_run_batched) */
	GMutex batch_lock;
	GQueue pending;         /* BatchJob*, waiting for a leader */
	gboolean leading;       /* a leader is running a batch */
	guint64 n_batches;      /* batches run (shared transactions) */
	guint64 n_units;        /* units in them */

	/* checkpoints (st_store_pool_defer_checkpoints) */
	int ckpt_safety;        /* pages; 0: SQLite's automatic checkpoint */
	gint wal_pages;         /* atomic: the WAL's size after the last commit */
};

/* One caller's unit of work in a shared transaction. */
typedef struct BatchJob {
	StStoreWork work;
	gpointer data;
	GCond wake;             /* with batch_lock: done, or lead */
	gboolean done;
	gboolean ok;
	GError *error;
} BatchJob;

/* Most units in one transaction (bounds the lock hold time). */
#define BATCH_MAX 64

StStorePool *
st_store_pool_new(const char *path, int busy_ms, int max)
{
	StStorePool *pool = g_new0(StStorePool, 1);

	g_mutex_init(&pool->lock);
	g_cond_init(&pool->cond);
	pool->path = g_strdup(path);
	pool->busy_ms = busy_ms > 0 ? busy_ms : 5000;
	pool->max = max > 0 ? max : 1;
	pool->idle = g_ptr_array_new();
	g_mutex_init(&pool->batch_lock);
	g_queue_init(&pool->pending);
	return pool;
}

/* SQLite's WAL hook, in place of its automatic checkpoint: note the WAL's
 * size for the background checkpoint, and checkpoint here only past the
 * safety limit. */
static int
wal_committed(void *data, sqlite3 *db, const char *name, int pages)
{
	StStorePool *pool = data;

	g_atomic_int_set(&pool->wal_pages, pages);
	if (pages >= pool->ckpt_safety)
		sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
	return SQLITE_OK;
}

void
st_store_pool_defer_checkpoints(StStorePool *pool, int safety_pages)
{
	pool->ckpt_safety = MAX(safety_pages, 0);
}

int
st_store_pool_wal_pages(StStorePool *pool)
{
	return g_atomic_int_get(&pool->wal_pages);
}

gboolean
st_store_pool_checkpoint(StStorePool *pool, int min_pages, GError **error)
{
	StStore *store;
	int rc, pages = 0, done = 0;

	if (st_store_pool_wal_pages(pool) < min_pages)
		return TRUE;
	store = st_store_pool_acquire(pool, error);
	if (store == NULL)
		return FALSE;
	rc = sqlite3_wal_checkpoint_v2(st_store_db(store), NULL, SQLITE_CHECKPOINT_PASSIVE,
				       &pages, &done);
	st_store_pool_release(pool, store);
	if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
		return st_store_fail(NULL, rc, "checkpoint", error);
	/* all of it copied back: the next commit starts the WAL afresh */
	if (rc == SQLITE_OK && done == pages)
		g_atomic_int_set(&pool->wal_pages, 0);
	return TRUE;
}

StStore *
st_store_pool_acquire(StStorePool *pool, GError **error)
{
	gint64 deadline = g_get_monotonic_time() +
		(gint64)pool->busy_ms * G_TIME_SPAN_MILLISECOND;
	StStore *store = NULL;

	g_mutex_lock(&pool->lock);
	while (pool->idle->len == 0 && pool->n_open >= pool->max) {
		if (!g_cond_wait_until(&pool->cond, &pool->lock, deadline)) {
			g_mutex_unlock(&pool->lock);
			g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_BUSY,
				    "all %d database connections busy for %d ms",
				    pool->max, pool->busy_ms);
			return NULL;
		}
	}
	if (pool->idle->len > 0) {
		store = g_ptr_array_steal_index(pool->idle, pool->idle->len - 1);
		g_mutex_unlock(&pool->lock);
		return store;
	}
	pool->n_open++;
	g_mutex_unlock(&pool->lock);

	store = st_store_open(pool->path, pool->busy_ms, error);
	if (store == NULL) {
		g_mutex_lock(&pool->lock);
		pool->n_open--;
		g_cond_signal(&pool->cond);
		g_mutex_unlock(&pool->lock);
	} else if (pool->ckpt_safety > 0) {
		sqlite3_wal_hook(st_store_db(store), wal_committed, pool);
	}
	return store;
}

void
st_store_pool_release(StStorePool *pool, StStore *store)
{
	if (store == NULL)
		return;
	st_store_rollback(store);
	g_mutex_lock(&pool->lock);
	g_ptr_array_add(pool->idle, store);
	g_cond_signal(&pool->cond);
	g_mutex_unlock(&pool->lock);
}

void
st_store_pool_free(StStorePool *pool)
{
	if (pool == NULL)
		return;
	g_mutex_lock(&pool->lock);
	if (pool->n_open != (int)pool->idle->len)
		g_warning("store pool freed with %d connections in use",
			  pool->n_open - (int)pool->idle->len);
	for (guint i = 0; i < pool->idle->len; i++)
		st_store_close(g_ptr_array_index(pool->idle, i));
	g_ptr_array_free(pool->idle, TRUE);
	g_mutex_unlock(&pool->lock);
	g_mutex_clear(&pool->lock);
	g_cond_clear(&pool->cond);
	g_mutex_clear(&pool->batch_lock);
	g_free(pool->path);
	g_free(pool);
}

/* Fail JOB with a copy of ERR (unless it already failed). */
static void
job_fail(BatchJob *job, const GError *err)
{
	job->ok = FALSE;
	if (job->error == NULL)
		job->error = g_error_copy(err);
}

/* Run BATCH (BatchJob*) in one transaction on one connection: each unit
 * under its own savepoint (a unit that fails is undone alone), one COMMIT
 * for all.  When the transaction itself fails every unit fails. */
static void
run_batch(StStorePool *pool, GPtrArray *batch)
{
	g_autoptr(GError) err = NULL;
	StStore *store = st_store_pool_acquire(pool, &err);
	guint i;

	if (store == NULL || !st_store_begin(store, &err))
		goto fail_all;
	for (i = 0; i < batch->len; i++) {
		BatchJob *job = g_ptr_array_index(batch, i);
		if (!st_store_exec_cached(store, "SAVEPOINT st_file", &err))
			goto fail_all;
		job->ok = job->work(store, job->data, &job->error);
		if (sqlite3_get_autocommit(st_store_db(store))) {
			/* SQLite rolled the whole transaction back (FULL, IOERR) */
			g_propagate_error(&err, job->error != NULL ? g_error_copy(job->error)
					  : g_error_new(ST_STORE_ERROR, ST_STORE_ERROR_SQL,
							"transaction rolled back"));
			goto fail_all;
		}
		if (!job->ok && !st_store_exec_cached(store, "ROLLBACK TO st_file", &err))
			goto fail_all;
		if (!st_store_exec_cached(store, "RELEASE st_file", &err))
			goto fail_all;
	}
	if (!st_store_commit(store, &err))
		goto fail_all;
	st_store_pool_release(pool, store);
	return;

fail_all:
	for (i = 0; i < batch->len; i++)
		job_fail(g_ptr_array_index(batch, i), err);
	if (store != NULL) {
		st_store_rollback(store);
		st_store_pool_release(pool, store);
	}
}

void
st_store_pool_stats(StStorePool *pool, guint64 *batches, guint64 *units)
{
	g_mutex_lock(&pool->batch_lock);
	*batches = pool->n_batches;
	*units = pool->n_units;
	g_mutex_unlock(&pool->batch_lock);
}

gboolean
st_store_pool_run_batched(StStorePool *pool, StStoreWork work, gpointer data,
			  GError **error)
{
	BatchJob job = { .work = work, .data = data };

	/* Each waiter sleeps on its own condition: a leader wakes the callers
	 * whose units it committed, and the caller at the head of the queue to
	 * lead next, no one else.  One condition for all (a broadcast) woke
	 * every waiter after every batch, most of them to sleep again, and
	 * they queued up on batch_lock in turn: context switches that the SMTP
	 * threads paid for on a two-core machine (#9). */
	g_cond_init(&job.wake);
	g_mutex_lock(&pool->batch_lock);
	g_queue_push_tail(&pool->pending, &job);
	while (!job.done) {
		if (pool->leading) {
			g_cond_wait(&job.wake, &pool->batch_lock);
			continue;
		}
		/* lead: take what is waiting (our own job among it) */
		g_autoptr(GPtrArray) batch = g_ptr_array_new();
		while (batch->len < BATCH_MAX && !g_queue_is_empty(&pool->pending))
			g_ptr_array_add(batch, g_queue_pop_head(&pool->pending));
		pool->leading = TRUE;
		pool->n_batches++;
		pool->n_units += batch->len;
		g_mutex_unlock(&pool->batch_lock);

		run_batch(pool, batch);

		g_mutex_lock(&pool->batch_lock);
		for (guint i = 0; i < batch->len; i++) {
			BatchJob *b = g_ptr_array_index(batch, i);
			b->done = TRUE;
			if (b != &job)
				g_cond_signal(&b->wake);
		}
		pool->leading = FALSE;
		/* a batch was full, or units came in while it ran */
		if (!g_queue_is_empty(&pool->pending))
			g_cond_signal(&((BatchJob *)g_queue_peek_head(&pool->pending))->wake);
	}
	g_mutex_unlock(&pool->batch_lock);
	g_cond_clear(&job.wake);
	if (!job.ok) {
		if (job.error != NULL)
			g_propagate_error(error, job.error);
		else
			g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_SQL, "filing failed");
		return FALSE;
	}
	g_clear_error(&job.error);
	return TRUE;
}

