/*
 * store.h — the SQLite triage database (module store.c, filing in file.c).
 *
 * One StStore is one connection (WAL, foreign_keys, busy_timeout,
 * synchronous=FULL so that a filed report survives power loss), with its
 * prepared statements cached.  A connection is used by one thread at a time;
 * the milter keeps a small pool.  The schema is versioned with
 * PRAGMA user_version and migrated on open.  The file is created 0600 and
 * its directory 0700.
 *
 * Tables (see store.c for the schema): reports, messages (raw kept, sha256,
 * Message-ID, envelope, queue id, received time, analysis JSON), attachments,
 * events (audit: every state change), outbox (acknowledgments and notices),
 * counters (tracking ids per year), ack_log (rate limits).
 */
#ifndef SECTRIAGE_STORE_H
#define SECTRIAGE_STORE_H

#include <glib.h>
#include "analysis.h"
#include "config.h"
#include "rules.h"

G_BEGIN_DECLS

#define ST_STORE_ERROR (st_store_error_quark())
GQuark st_store_error_quark(void);
typedef enum {
	ST_STORE_ERROR_SQL,        /* SQLite said no: the message is text */
	ST_STORE_ERROR_BUSY,       /* locked past the busy timeout */
	ST_STORE_ERROR_FULL,       /* disk full */
	ST_STORE_ERROR_NOT_FOUND,
	ST_STORE_ERROR_INVALID,    /* bad argument (unknown state, bad transition) */
} StStoreError;

typedef struct StStore StStore;

/* Open (creating and migrating) the database at PATH. NULL + ERROR on failure. */
StStore *st_store_open(const char *path, int busy_timeout_ms, GError **error);
void st_store_close(StStore *store);
/* The sqlite3* handle, for modules that add their own statements. */
void *st_store_db(StStore *store);

/* What the MTA told us about one message. */
typedef struct StEnvelope {
	const char *queue_id;       /* may be NULL (CLI) */
	const char *envelope_from;  /* NULL unknown, "" null sender */
	const char *const *recipients; /* NULL-terminated, may be NULL */
	const char *client_addr;
	const char *client_name;
	const char *helo;
	gint64 received_at;         /* unix seconds; 0 = now */
} StEnvelope;

typedef struct StFileResult {
	char *tracking_id;          /* "SEC-2026-0042" */
	gint64 report_id;
	gint64 message_row;
	gboolean duplicate;         /* this exact message was filed before */
	gboolean followup;          /* joined an existing report */
	gboolean ack_queued;        /* an outbox row was written */
	char *ack_reason;           /* why or why not */
	int score;                  /* the report's score after filing */
	char *missing;              /* comma-separated, "" when complete */
} StFileResult;
void st_file_result_clear(StFileResult *r);

/* File one analysed message in one transaction: dedupe (same Message-ID and
 * sha256), thread (tracking id in the subject, In-Reply-To/References naming a
 * message of a report or our acknowledgment), insert report or follow-up,
 * message with the raw bytes read from RAW_PATH (streamed, bounded by
 * max_message_size), attachments, events, re-merge and rescore the report,
 * and the outbox row for the acknowledgment (composed by ack.c) when the
 * decision, the per-report and per-sender limits allow.  Commits durably
 * before returning TRUE.  On FALSE nothing was written (rolled back). */
gboolean st_store_file(StStore *store, const StConfig *cfg, const StRules *rules,
		       StAnalysis *a, const StEnvelope *env, const char *raw_path,
		       StFileResult *out, GError **error);

G_END_DECLS
#endif
