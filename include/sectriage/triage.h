/*
 * triage.h — deferred triage (issue #9), second half: analyse and file
 * what intake took in (inbox.h).
 *
 * st_triage_drain() serves the milter's triage thread and `sectriage inbox
 * --flush`.  Each inbox row is copied to a spool file, analysed, and filed
 * through the pool (file.c) in the transaction that deletes the row; a row
 * that cannot be analysed or filed stays, with the error and a backoff.
 */
#ifndef SECTRIAGE_TRIAGE_H
#define SECTRIAGE_TRIAGE_H

#include <glib.h>

#include "config.h"
#include "rules.h"
#include "store.h"

G_BEGIN_DECLS

typedef struct StTriageCounts {
	guint filed;            /* rows filed (new report, follow-up or duplicate) */
	guint deferred;         /* rows left for a later attempt */
	guint acks;             /* filings that queued an acknowledgment */
} StTriageCounts;

/* Called between rows; TRUE stops the drain (a shutting-down thread). */
typedef gboolean (*StTriageStop)(gpointer data);

/* Triage the rows due at NOW, oldest first, with CFG and RULES through
 * POOL, until none is due, STOP (may be NULL) says so, or the database
 * fails (busy, full, I/O: the rows stay).  COUNTS (may be NULL) is added
 * to.  Each filing is logged with its queue id.  FALSE with ERROR on a
 * database error. */
gboolean st_triage_drain(StStorePool *pool, const StConfig *cfg, const StRules *rules,
			 gint64 now, StTriageStop stop, gpointer stop_data,
			 StTriageCounts *counts, GError **error);

G_END_DECLS

#endif
