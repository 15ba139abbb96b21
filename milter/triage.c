/*
 * triage.c — drain the inbox: analyse each message and file it (triage.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sectriage/analyze.h"
#include "sectriage/common.h"
#include "sectriage/inbox.h"
#include "sectriage/log.h"
#include "sectriage/triage.h"

/* Copy row ITEM's raw bytes to a new spool file; its path, NULL + ERROR. */
static char *
spool_copy(StStorePool *pool, const StConfig *cfg, const StInboxItem *item, GError **error)
{
	g_autofree char *path = g_build_filename(cfg->spool_dir, "triage-XXXXXX", NULL);
	StStore *store;
	gboolean ok;
	int fd;

	if (g_mkdir_with_parents(cfg->spool_dir, 0700) != 0 ||
	    (fd = g_mkstemp_full(path, O_RDWR | O_CLOEXEC, 0600)) < 0) {
		int e = errno;
		g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
			    "spool file in %s: %s", cfg->spool_dir, g_strerror(e));
		return NULL;
	}
	store = st_store_pool_acquire(pool, error);
	ok = store != NULL && st_inbox_raw_to_fd(store, item->id, fd, error);
	if (store != NULL)
		st_store_pool_release(pool, store);
	if (close(fd) != 0 && ok) {
		int e = errno;
		g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
			    "%s: %s", path, g_strerror(e));
		ok = FALSE;
	}
	if (!ok) {
		g_unlink(path);
		return NULL;
	}
	return g_steal_pointer(&path);
}

/* Row ITEM's raw bytes into *RAW when there are at most
 * ST_INBOX_MEMORY_MAX of them (else *RAW NULL: it goes through a spool
 * file).  From memory there is no file to create, write, read twice and
 * delete for each report. */
static gboolean
raw_in_memory(StStorePool *pool, const StInboxItem *item, GBytes **raw, GError **error)
{
	StStore *store = st_store_pool_acquire(pool, error);
	gboolean ok = store != NULL &&
		st_inbox_raw_bytes(store, item->id, ST_INBOX_MEMORY_MAX, raw, error);

	if (store != NULL)
		st_store_pool_release(pool, store);
	return ok;
}

/* Analyse ITEM from RAW in memory, or from the spool file PATH. */
static StAnalysis *
analyze_item(const StConfig *cfg, const StRules *rules, const StTriageHooks *hooks,
	     const StInboxItem *item, GBytes *raw, const char *path, GError **error)
{
	if (raw != NULL) {
		gsize len;
		const char *data = g_bytes_get_data(raw, &len);
		return st_analyze_data(cfg, rules, data != NULL ? data : "", len,
				       item->envelope_from);
	}
	if (hooks != NULL && hooks->analyze != NULL)
		return hooks->analyze(cfg, rules, path, item->envelope_from, hooks->data, error);
	return st_analyze_file(cfg, rules, path, item->envelope_from, error);
}

/* Analyse and file ITEM.  TRUE when it was filed (or another triage
 * filed it); FALSE with ERROR otherwise. */
static gboolean
triage_one(StStorePool *pool, const StConfig *cfg, const StRules *rules,
	   const StTriageHooks *hooks, const StInboxItem *item, StFileResult *res,
	   GError **error)
{
	g_autoptr(GBytes) raw = NULL;
	g_autofree char *path = NULL;
	g_autoptr(StAnalysis) a = NULL;
	g_autoptr(GError) e = NULL;
	gboolean ok;

	/* a hook analyses files (the tests' fault injection): give it one */
	if ((hooks == NULL || hooks->analyze == NULL) &&
	    !raw_in_memory(pool, item, &raw, error))
		return FALSE;
	if (raw == NULL && (path = spool_copy(pool, cfg, item, error)) == NULL)
		return FALSE;
	a = analyze_item(cfg, rules, hooks, item, raw, path, error);
	if (a != NULL) {
		if (item->truncated)
			st_flag_add(a->flags, "truncated");
		StEnvelope env = {
			.queue_id = item->queue_id,
			.envelope_from = item->envelope_from,
			.recipients = (const char *const *)item->recipients,
			.client_addr = item->client_addr,
			.client_name = item->client_name,
			.helo = item->helo,
			.received_at = item->received_at,
			.inbox_id = item->id,
			.report_id = item->report_id,
			.report_reserved = item->reserved,
		};
		ok = raw != NULL
			? st_store_pool_file_bytes(pool, cfg, rules, a, &env, raw, res, &e)
			: st_store_pool_file(pool, cfg, rules, a, &env, path, res, &e);
		if (!ok && g_error_matches(e, ST_STORE_ERROR, ST_STORE_ERROR_TAKEN)) {
			ok = TRUE;      /* another triage (the CLI) took it: done */
		} else if (!ok) {
			g_propagate_error(error, g_steal_pointer(&e));
		} else {
			st_file_result_log(res, "triaged", item->queue_id, item->envelope_from,
					   item->truncated ? " truncated" : "");
		}
	} else {
		ok = FALSE;
	}
	if (path != NULL)
		g_unlink(path);
	return ok;
}

/* ERROR means the database itself failed (try again later, row kept). */
static gboolean
database_failed(const GError *error)
{
	return error != NULL && error->domain == ST_STORE_ERROR &&
		(error->code == ST_STORE_ERROR_BUSY || error->code == ST_STORE_ERROR_FULL ||
		 error->code == ST_STORE_ERROR_IO);
}

gboolean
st_triage_drain(StStorePool *pool, const StConfig *cfg, const StRules *rules,
		gint64 now, const StTriageHooks *hooks,
		StTriageCounts *counts, GError **error)
{
	g_return_val_if_fail(pool != NULL && cfg != NULL && rules != NULL, FALSE);
	StTriageCounts local = { 0 };
	StInboxItem item = { 0 };
	gint64 after = 0;
	gboolean ok = TRUE;

	if (counts == NULL)
		counts = &local;
	while (ok && (hooks == NULL || hooks->stop == NULL || !hooks->stop(hooks->data))) {
		g_autoptr(GError) e = NULL;
		StFileResult res = { 0 };
		gboolean found = FALSE;
		StStore *store = st_store_pool_acquire(pool, error);

		ok = store != NULL && st_inbox_next(store, now, after, &item, &found, error);
		if (store != NULL)
			st_store_pool_release(pool, store);
		if (!ok || !found)
			break;
		after = item.id;
		if (triage_one(pool, cfg, rules, hooks, &item, &res, &e)) {
			counts->filed++;
			counts->acks += res.ack_queued;
		} else if (database_failed(e)) {
			g_propagate_error(error, g_steal_pointer(&e));
			ok = FALSE;
		} else {
			st_log(LOG_ERR, item.queue_id ? item.queue_id : "",
			       "triage failed, kept in the inbox for a retry: %s",
			       e ? e->message : "unknown error");
			store = st_store_pool_acquire(pool, error);
			ok = store != NULL &&
				st_inbox_defer(store, item.id, now, e ? e->message : NULL, error);
			if (store != NULL)
				st_store_pool_release(pool, store);
			counts->deferred++;
		}
		st_file_result_clear(&res);
	}
	st_inbox_item_clear(&item);
	return ok;
}
