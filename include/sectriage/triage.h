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

#include "analysis.h"
#include "config.h"
#include "rules.h"
#include "store.h"

G_BEGIN_DECLS

typedef struct StTriageCounts {
	guint filed;            /* rows filed (new report, follow-up or duplicate) */
	guint deferred;         /* rows left for a later attempt */
	guint acks;             /* filings that queued an acknowledgment */
} StTriageCounts;

/* What a caller of st_triage_drain() may change; every member may be NULL. */
typedef struct StTriageHooks {
	/* called between rows; TRUE stops the drain (a shutting-down thread) */
	gboolean (*stop)(gpointer data);
	/* runs one analysis with st_analyze_file()'s contract; NULL: on the
	 * calling thread.  The milter's triage thread runs it on a worker at
	 * idle priority while the filing stays on its own thread. */
	StAnalysis *(*analyze)(const StConfig *cfg, const StRules *rules, const char *path,
			       const char *envelope_from, gpointer data, GError **error);
	gpointer data;          /* given to both */
} StTriageHooks;

/* Triage the rows due at NOW, oldest first, with CFG and RULES through
 * POOL, until none is due, HOOKS (may be NULL) says stop, or the database
 * fails (busy, full, I/O: the rows stay).  COUNTS (may be NULL) is added
 * to.  Each filing is logged with its queue id.  FALSE with ERROR on a
 * database error. */
gboolean st_triage_drain(StStorePool *pool, const StConfig *cfg, const StRules *rules,
			 gint64 now, const StTriageHooks *hooks,
			 StTriageCounts *counts, GError **error);

G_END_DECLS

#endif
