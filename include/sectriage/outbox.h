/*
 * outbox.h — delivery of queued mail (module outbox.c).
 *
 * Rows of the outbox table (written by file.c in the filing transaction, or
 * by the workflow for notices and digests) are submitted through the MTA:
 * cfg->submit is a command that reads one message on stdin (run with
 * GSubprocess, no shell; the envelope sender is null) or "smtp:HOST:PORT".
 * A failed attempt is retried with exponential backoff (retry_base_s,
 * retry_max) and its error recorded; each state change is an event row.  A
 * row is claimed before it is sent so that two senders (the milter's thread
 * and `sectriage outbox --flush`) never send it twice.
 */
#ifndef SECTRIAGE_OUTBOX_H
#define SECTRIAGE_OUTBOX_H

#include <glib.h>
#include "config.h"
#include "store.h"

G_BEGIN_DECLS

/* Errors of st_outbox_submit: the MTA's or the command's words. */
#define ST_OUTBOX_ERROR (st_outbox_error_quark())
GQuark st_outbox_error_quark(void);

/* Send every row due at NOW (unix seconds).  Returns the number sent, or -1
 * with ERROR on a database error.  *FAILED (if non-NULL) gets the number of
 * attempts that failed. */
int st_outbox_flush(StStore *store, const StConfig *cfg, gint64 now,
		    int *failed, GError **error);

/* Submit one message (RFC 5322 text) to RECIPIENT with the null envelope
 * sender through cfg->submit.  FALSE with ERROR (the MTA's words). */
gboolean st_outbox_submit(const StConfig *cfg, const char *recipient,
			  const char *message, gsize len, GError **error);

/* The milter's sender thread: wakes every INTERVAL_MS or when kicked,
 * opens its own store connection at cfg->database, flushes.  CFG is
 * referenced for the thread's life; st_outbox_thread_stop joins it. */
typedef struct StOutboxThread StOutboxThread;
/* Start the thread (INTERVAL_MS <= 0: 60 s); its first flush is at once.
 * Returns the handle, never NULL; st_outbox_thread_stop ends and frees it. */
StOutboxThread *st_outbox_thread_start(StConfig *cfg, int interval_ms);
/* Flush now (an acknowledgment was just queued).  NULL is fine. */
void st_outbox_thread_kick(StOutboxThread *t);
/* Swap in a new config snapshot (SIGHUP); CFG is referenced. */
void st_outbox_thread_set_config(StOutboxThread *t, StConfig *cfg);
/* Stop the thread, join it and free T.  NULL is fine. */
void st_outbox_thread_stop(StOutboxThread *t);

G_END_DECLS
#endif
