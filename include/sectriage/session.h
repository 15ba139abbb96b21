/*
 * session.h — the milter's connection and message contexts (module
 * session.c), testable without libmilter: milter.c only forwards each
 * libmilter callback to one function here and turns the StVerdict into an
 * sfsistat.
 *
 * StSnapshot   an immutable config + rules pair with the pool of database
 *              connections opened for it (filings go through it with group
 *              commit, st_store_pool_file); reference counted.  SIGHUP makes a
 *              new one; a connection keeps the one it took at connect.
 * StServer     what every connection shares: the current snapshot (swapped
 *              under a lock), the outbox thread to kick, the count of
 *              messages in flight (SIGTERM waits for it to reach 0).
 * StSession    one SMTP connection; owns at most one message context (the
 *              transaction: envelope, spool file, X-Sectriage-* header counts).
 *
 * The path of a message: envfrom starts a transaction; envrcpt collects the
 * recipients; data decides (no security recipient: ST_VERDICT_ACCEPT, the MTA
 * sends nothing more); header and body append to a spool file in
 * cfg->spool_dir (0600, removed when the message is done), bounded by
 * max_message_size ("truncated" when cut); eom analyses and files the spool
 * and returns the header changes to make.  Abort may come between any two
 * calls: it drops the transaction and its spool, keeps the connection.
 * st_session_free() is the one idempotent free.
 *
 * Failures inside a message (spool I/O, database busy/full/unwritable) are
 * logged with the queue id and answered ST_VERDICT_TEMPFAIL, or
 * ST_VERDICT_ACCEPT when cfg->on_failure is "accept".  Analysis never fails
 * a message: bad mail is filed and flagged.
 */
#ifndef SECTRIAGE_SESSION_H
#define SECTRIAGE_SESSION_H

#include <glib.h>
#include "config.h"
#include "outbox.h"
#include "rules.h"
#include "store.h"

G_BEGIN_DECLS

typedef enum {
	ST_VERDICT_CONTINUE = 0,  /* go on with the next step */
	ST_VERDICT_ACCEPT,        /* accept; send nothing more of this message */
	ST_VERDICT_TEMPFAIL,      /* 4xx: the MTA keeps the mail and retries */
	ST_VERDICT_SKIP,          /* body: send no more body chunks (truncated) */
} StVerdict;

/* One header change asked at end of message. */
typedef struct StHeaderOp {
	gboolean change;   /* FALSE: add NAME: VALUE; TRUE: change the INDEX'th
	                      (1-based, per name, any case) NAME to VALUE, or
	                      delete it when VALUE is NULL */
	char *name;
	int index;
	char *value;       /* LF between folded lines, no trailing newline */
} StHeaderOp;
void st_header_op_free(StHeaderOp *op);

typedef struct StSnapshot StSnapshot;
/* A snapshot of CFG and RULES (both referenced).  Never NULL; unref. */
StSnapshot *st_snapshot_new(StConfig *cfg, StRules *rules);
StSnapshot *st_snapshot_ref(StSnapshot *snap);
void st_snapshot_unref(StSnapshot *snap);
/* Owned by SNAP. */
const StConfig *st_snapshot_config(const StSnapshot *snap);
const StRules *st_snapshot_rules(const StSnapshot *snap);
/* The snapshot's database connections (owned by SNAP). */
StStorePool *st_snapshot_pool(const StSnapshot *snap);

typedef struct StServer StServer;
/* A server starting with SNAP (referenced).  Free with st_server_free. */
StServer *st_server_new(StSnapshot *snap);
void st_server_free(StServer *srv);
/* Make SNAP the snapshot new connections take (old ones keep theirs). */
void st_server_swap(StServer *srv, StSnapshot *snap);
/* The current snapshot: a new reference. */
StSnapshot *st_server_snapshot(StServer *srv);
/* The outbox thread kicked after each filing (not owned; NULL: none). */
void st_server_set_outbox(StServer *srv, StOutboxThread *outbox);
/* Kick the outbox thread (if any): a filing queued mail. */
void st_server_kick_outbox(StServer *srv);
/* The deferred triage thread kicked after each intake (not owned; NULL:
 * none — the inbox then waits for `sectriage inbox --flush`). */
typedef struct StTriageThread StTriageThread;
void st_server_set_triage(StServer *srv, StTriageThread *triage);
/* The deferred triage thread: drains the inbox (triage.h) with the
 * server's current snapshot whenever kicked, and every INTERVAL_MS for
 * rows waiting for a retry, at niceness NICE (Linux: per thread) so that
 * the MTA's own work comes first.  Never NULL. */
StTriageThread *st_triage_thread_start(StServer *srv, int nice, int interval_ms);
void st_triage_thread_kick(StTriageThread *t);
/* Finish the message in hand, stop and free T.  What is left stays in the
 * inbox for the next start. */
void st_triage_thread_stop(StTriageThread *t);

/* From now on new security mail is answered tempfail. */
void st_server_begin_shutdown(StServer *srv);
/* Wait until no message is in flight, at most TIMEOUT_MS.  TRUE when idle. */
gboolean st_server_wait_idle(StServer *srv, int timeout_ms);
guint st_server_in_flight(StServer *srv);
/* How long no message has been in flight, in microseconds (monotonic);
 * 0 while one is. */
gint64 st_server_quiet_us(StServer *srv);

typedef struct StSession StSession;
/* A connection from CLIENT_NAME [CLIENT_ADDR] (either may be NULL); takes the
 * server's current snapshot.  Never NULL; st_session_free. */
StSession *st_session_new(StServer *srv, const char *client_name, const char *client_addr);
/* Idempotent: frees the transaction (spool removed) and the connection. */
void st_session_free(StSession *s);
void st_session_helo(StSession *s, const char *helo);
/* The MTA's queue id for the current transaction (macro "i"); NULL ignored. */
void st_session_set_queue_id(StSession *s, const char *queue_id);
/* The queue id of the current transaction, NULL when none (owned by S). */
const char *st_session_queue_id(const StSession *s);

/* MAIL FROM: starts a transaction (dropping any previous one).  FROM as the
 * MTA gives it, with or without <>; "<>" is the null sender. */
StVerdict st_session_envfrom(StSession *s, const char *from);
StVerdict st_session_envrcpt(StSession *s, const char *rcpt);
/* End of envelope: ACCEPT unless a recipient is a security address (and
 * TEMPFAIL for one when shutting down or the spool cannot be made). */
StVerdict st_session_data(StSession *s);
/* One header as the MTA gives it (value without the leading space). */
StVerdict st_session_header(StSession *s, const char *name, const char *value);
StVerdict st_session_eoh(StSession *s);
StVerdict st_session_body(StSession *s, const void *data, gsize len);
/* End of message: file it.  On ACCEPT after filing, *OPS (when OPS is
 * non-NULL) gets the header changes to make (StHeaderOp*, caller unrefs),
 * otherwise NULL. */
StVerdict st_session_eom(StSession *s, GPtrArray **ops);
/* Drop the current transaction; the connection stays. */
void st_session_abort(StSession *s);

/* The result of the last filing on this connection (tracking_id NULL when
 * none).  Owned by S, valid until the next eom or free. */
const StFileResult *st_session_last_result(const StSession *s);

G_END_DECLS
#endif
