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
 * events (audit: every state change), outbox (acknowledgments and notices;
 * also the per-sender rate limit), counters (tracking ids per year), meta.
 *
 * Errors: every failure is a GError in ST_STORE_ERROR; SQLITE_BUSY/LOCKED
 * map to ST_STORE_ERROR_BUSY, SQLITE_FULL to ST_STORE_ERROR_FULL, I/O,
 * read-only and cannot-open errors to ST_STORE_ERROR_IO (the milter answers
 * tempfail to all three), the rest to ST_STORE_ERROR_SQL.
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
	ST_STORE_ERROR_IO,         /* SQLITE_IOERR, READONLY, CANTOPEN, PERM */
	ST_STORE_ERROR_TAKEN,      /* the inbox row was filed by another triage */
} StStoreError;

/* The schema version st_store_open migrates to (PRAGMA user_version). */
#define ST_STORE_SCHEMA_VERSION 4

struct sqlite3_stmt;

typedef struct StStore StStore;

/* Open (creating and migrating) the database at PATH. NULL + ERROR on failure. */
StStore *st_store_open(const char *path, int busy_timeout_ms, GError **error);
void st_store_close(StStore *store);
/* The sqlite3* handle, for modules that add their own statements. */
void *st_store_db(StStore *store);
/* The path the store was opened with; owned by STORE. */
const char *st_store_path(StStore *store);
/* PRAGMA user_version of the open database (-1 on error). */
int st_store_schema_version(StStore *store);

/* A cached prepared statement for SQL (compiled on first use, kept until
 * st_store_close), reset and with its bindings cleared.  Owned by STORE:
 * never finalize it; sqlite3_reset it when done so that it holds no read
 * snapshot.  A statement is not re-entrant: do not use the same SQL text in
 * a nested loop.  SQL is the cache key: pass constant text with ?N
 * parameters, never text built from values (the cache would grow without
 * bound).  NULL with ERROR when SQL does not compile. */
struct sqlite3_stmt *st_store_prepare(StStore *store, const char *sql, GError **error);

/* PATTERN compiled case-insensitive, cached on the connection as its
 * prepared statements are (compiled on first use, kept until
 * st_store_close): for the threading lookups, which would otherwise
 * compile a regex per message.  The pattern is the key, so a pattern
 * built from a configuration value that changes gets its own entry; build
 * patterns from configuration only, never from message text.  Owned by
 * STORE (do not unref).  NULL with ERROR when it does not compile. */
GRegex *st_store_regex(StStore *store, const char *pattern, GError **error);

/* Set ERROR from RC and the connection's message, prefixed with WHAT
 * ("insert message").  Returns FALSE (for `return st_store_fail(...)`). */
gboolean st_store_fail(StStore *store, int rc, const char *what, GError **error);

/* Step a prepared statement once and reset it.  st_store_step_int: TRUE
 * with *OUT = column 0 of the row, or 0 when there is none;
 * st_store_step_done: TRUE when the statement ran to completion.  FALSE
 * with ERROR (WHAT names the step) otherwise. */
gboolean st_store_step_int(StStore *store, struct sqlite3_stmt *st, gint64 *out,
			   const char *what, GError **error);
gboolean st_store_step_done(StStore *store, struct sqlite3_stmt *st, const char *what,
			    GError **error);

/* Stream LEN bytes of FD (from its start) into the zeroblob of LEN bytes
 * at TABLE.COLUMN of ROW, in 64 KiB chunks (memory stays flat).  FALSE with
 * ERROR (G_FILE_ERROR when FD is short, else ST_STORE_ERROR). */
gboolean st_store_blob_from_fd(StStore *store, const char *table, const char *column,
			       gint64 row, int fd, gint64 len, GError **error);
/* Write the blob TABLE.COLUMN of ROW to FD (at its current offset), in
 * chunks.  FALSE with ERROR. */
gboolean st_store_blob_to_fd(StStore *store, const char *table, const char *column,
			     gint64 row, int fd, GError **error);
/* The blob TABLE.COLUMN of ROW in memory when it holds at most MAX bytes:
 * TRUE with *OUT a new GBytes, or with *OUT NULL when it is larger (read
 * it with st_store_blob_to_fd).  FALSE with ERROR. */
gboolean st_store_blob_bytes(StStore *store, const char *table, const char *column,
			     gint64 row, gsize max, GBytes **out, GError **error);

/* Run SQL (one or more statements without parameters) on STORE.  FALSE
 * with ERROR. */
gboolean st_store_exec(StStore *store, const char *sql, GError **error);
/* Run SQL, one constant statement without parameters, through the
 * statement cache (st_store_prepare): for what runs once a transaction
 * (BEGIN, COMMIT, SAVEPOINT), which sqlite3_exec would compile each time.
 * FALSE with ERROR. */
gboolean st_store_exec_cached(StStore *store, const char *sql, GError **error);

/* Transactions.  st_store_begin takes the write lock at once (BEGIN
 * IMMEDIATE; busy_timeout applies).  st_store_rollback is a no-op when no
 * transaction is open (SQLite may have rolled back by itself on FULL/IOERR)
 * and never fails.  Each returns FALSE with ERROR on failure. */
gboolean st_store_begin(StStore *store, GError **error);
gboolean st_store_commit(StStore *store, GError **error);
void st_store_rollback(StStore *store);

/* Append an events row.  REPORT_ID 0 means none (NULL); AT unix seconds;
 * DETAIL may be NULL.  Returns the new row id, 0 with ERROR. */
gint64 st_store_add_event(StStore *store, gint64 report_id, gint64 at,
			  const char *actor, const char *kind, const char *detail,
			  GError **error);

/* The row id of the report whose tracking id is ID in any case (0 in
 * *REPORT_ID when none).  The exact spelling is looked up on the unique
 * index first; only an id not found so is compared case-insensitively,
 * which reads the whole index.  FALSE with ERROR on a database error. */
gboolean st_store_report_by_tracking_id(StStore *store, const char *id,
					gint64 *report_id, GError **error);

/* The row id of the report named by KEY: a tracking id (any case) or a
 * numeric row id.  0 with ERROR (ST_STORE_ERROR_NOT_FOUND) when none. */
gint64 st_store_find_report(StStore *store, const char *key, GError **error);

/* Open reports (state neither published nor closed; ALL: every report),
 * only those in STATE when non-NULL, newest first, as a JSON array of
 * objects {id, tracking_id, state, created_at, updated_at, score, class,
 * component, suggested_severity, severity, missing: [..], subject, reporter,
 * is_report, exploited, messages}.  New node (json_node_unref); NULL + ERROR. */
JsonNode *st_store_list_json(StStore *store, const char *state, gboolean all,
			     GError **error);

/* The whole report REPORT_ID as one JSON object: every reports column, its
 * merged facts under "facts" (the object of `analyze --json`), "messages"
 * (envelope, queue id, flags, without raw bytes), "attachments" (without
 * content), "outbox" (without the message text) and "events" (oldest
 * first).  New node (json_node_unref); NULL + ERROR (NOT_FOUND). */
JsonNode *st_store_report_json(StStore *store, gint64 report_id, GError **error);
/* Report REPORT_ID's merged facts as filed (its facts_json, the "facts" of
 * st_store_report_json).  New node; NULL when there are none. */
JsonNode *st_store_report_facts(StStore *store, gint64 report_id);
/* The rows of SQL (one ?1 parameter, bound to ID) as an array of objects,
 * column name -> value (blobs as their size).  New array
 * (json_array_unref); NULL with ERROR. */
JsonArray *st_store_rows_json(StStore *store, const char *sql, gint64 id, GError **error);

/* PRAGMA integrity_check and foreign_key_check.  Returns TRUE when both are
 * clean; *REPORT (g_free, may be NULL) gets "ok" or the problems, one a
 * line.  FALSE with ERROR only when the checks cannot run. */
gboolean st_store_check(StStore *store, char **report, gboolean *ok, GError **error);

/* The dedupe hash of a raw message: SHA-256 of its canonical form, in which
 * the trace fields an MTA adds in transit (Received, Return-Path,
 * Delivered-To, X-Original-To, Authentication-Results, Received-SPF) are
 * left out, header fields are unfolded with lower-case names and runs of
 * whitespace collapsed, and CRLF is LF.  So a retry through the MTA (a new
 * Received field) and the same file given to the CLI hash alike.  Feed the
 * bytes in any chunks; _finish returns the hex digest (g_free) and frees H. */
typedef struct StCanonHash StCanonHash;
StCanonHash *st_canon_hash_new(void);
void st_canon_hash_update(StCanonHash *h, const void *data, gsize len);
char *st_canon_hash_finish(StCanonHash *h);

/* A pool of connections to one database for the milter's threads.
 * st_store_pool_new opens nothing: connections are opened (and the schema
 * migrated) on first acquire, at most MAX at a time.  _acquire returns an
 * idle connection or opens one; when MAX are in use it waits up to BUSY_MS
 * and then fails with ST_STORE_ERROR_BUSY.  _release gives it back (a
 * connection left inside a transaction is rolled back first).  _free closes
 * the idle connections; every acquired one must have been released.
 * Thread-safe.  (Issue #9: group commit would live here, batching the
 * filings of several threads into one transaction.) */
typedef struct StStorePool StStorePool;
StStorePool *st_store_pool_new(const char *path, int busy_ms, int max);
StStore *st_store_pool_acquire(StStorePool *pool, GError **error);
void st_store_pool_release(StStorePool *pool, StStore *store);
void st_store_pool_free(StStorePool *pool);

/* Group commit (issue #9): run WORK(store, DATA, error) inside a
 * transaction shared with the other threads calling this on POOL at the
 * same time, and return once that transaction is durably committed.  The
 * first caller leads: it takes every unit waiting (at most 64), runs each
 * under its own SAVEPOINT on one connection (a unit returning FALSE is
 * rolled back alone) and commits them with one fsync; units arriving
 * meanwhile wait and form the next batch.  WORK must not begin, commit or
 * roll back itself.  Returns WORK's result; FALSE with ERROR also when the
 * shared transaction failed (then nothing of any unit in it was written). */
typedef gboolean (*StStoreWork)(StStore *store, gpointer data, GError **error);
gboolean st_store_pool_run_batched(StStorePool *pool, StStoreWork work,
				   gpointer data, GError **error);
/* How many shared transactions POOL has run and how many units they held
 * (units per transaction > 1: commits are shared). */
void st_store_pool_stats(StStorePool *pool, guint64 *batches, guint64 *units);

/* Checkpoints (issue #9).  By default each connection copies the WAL back
 * into the database itself when a commit leaves it over 1,000 pages
 * (SQLite's automatic checkpoint), inside whatever transaction committed:
 * with the milter, an SMTP transaction.  After st_store_pool_defer_checkpoints
 * the connections POOL opens from then on leave that to a background thread
 * calling st_store_pool_checkpoint, and checkpoint themselves only when the
 * WAL is over SAFETY_PAGES (the background thread is starved).  Call it
 * before the first acquire. */
void st_store_pool_defer_checkpoints(StStorePool *pool, int safety_pages);
/* Pages in POOL's WAL after the last commit through it (0 before any). */
int st_store_pool_wal_pages(StStorePool *pool);
/* A passive checkpoint (it never waits for, nor blocks, readers or
 * writers) when POOL's WAL holds at least MIN_PAGES pages.  FALSE with
 * ERROR when it failed (a busy database is not a failure). */
gboolean st_store_pool_checkpoint(StStorePool *pool, int min_pages, GError **error);

/* What the MTA told us about one message. */
typedef struct StEnvelope {
	const char *queue_id;       /* may be NULL (CLI) */
	const char *envelope_from;  /* NULL unknown, "" null sender */
	const char *const *recipients; /* NULL-terminated, may be NULL */
	const char *client_addr;
	const char *client_name;
	const char *helo;
	gint64 received_at;         /* unix seconds; 0 = now */
	const char *actor;          /* events.actor: NULL = "milter" */
	/* deferred triage (inbox.h): the inbox row this filing takes (deleted
	 * in the same transaction; ST_STORE_ERROR_NOT_FOUND when another
	 * triage took it first), and the report the delivered copy was tagged
	 * with at intake; RESERVED when intake created that report for this
	 * message.  All 0 for a filing straight after analysis. */
	gint64 inbox_id;
	gint64 report_id;
	gboolean report_reserved;
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
/* Free R's strings and zero it (R itself is not freed). */
void st_file_result_clear(StFileResult *r);
/* Log the filing R of the message QUEUE_ID from ENVELOPE_FROM in one mail
 * log line: "VERB SEC-… new|followup|duplicate score=… missing=… ack=…
 * from=<…>" and TAIL (" size=… truncated", may be ""). */
void st_file_result_log(const StFileResult *r, const char *verb, const char *queue_id,
			const char *envelope_from, const char *tail);

/* File one analysed message in one transaction: dedupe (same Message-ID
 * and the same content: st_canon_hash), thread (tracking id in the subject,
 * In-Reply-To/References naming a message of a report or our
 * acknowledgment), insert report or follow-up, message with the raw bytes
 * read from RAW_PATH (streamed, bounded by max_message_size; NULL: no raw
 * bytes kept), attachments, events, re-merge and rescore the report, and
 * the outbox row for the acknowledgment (composed by ack.c) when the
 * decision, the per-report and per-sender limits allow (file.c says how).
 * A is not consumed (its flags may gain "truncated").  Commits durably
 * before returning TRUE; OUT is then filled (the caller frees it with
 * st_file_result_clear).  On FALSE nothing was written (rolled back), OUT
 * is zeroed and ERROR set: ST_STORE_ERROR (BUSY, FULL, IO: answer
 * tempfail) or G_FILE_ERROR when RAW_PATH cannot be read. */
gboolean st_store_file(StStore *store, const StConfig *cfg, const StRules *rules,
		       StAnalysis *a, const StEnvelope *env, const char *raw_path,
		       StFileResult *out, GError **error);

/* st_store_file through POOL with group commit: concurrent filings share
 * one transaction and one fsync (st_store_pool_run_batched).  Same contract
 * as st_store_file (which takes the connection itself); the milter's
 * threads should file this way. */
gboolean st_store_pool_file(StStorePool *pool, const StConfig *cfg,
			    const StRules *rules, StAnalysis *a,
			    const StEnvelope *env, const char *raw_path,
			    StFileResult *out, GError **error);
/* st_store_pool_file with the raw message in memory (RAW, at most
 * cfg->limits.max_message_size of it kept) instead of in a file: triage
 * of a message it read from the inbox whole. */
gboolean st_store_pool_file_bytes(StStorePool *pool, const StConfig *cfg,
				  const StRules *rules, StAnalysis *a,
				  const StEnvelope *env, GBytes *raw,
				  StFileResult *out, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(StStore, st_store_close)

G_END_DECLS
#endif
