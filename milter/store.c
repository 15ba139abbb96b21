/*
 * store.c — the SQLite triage database: connection, schema, migrations,
 * prepared statement cache, transactions, blobs, events.  Filing lives in
 * file.c, the JSON views for the CLI in store_json.c, the connection pool
 * and group commit in store_pool.c, the dedupe hash in canon.c.
 *
 * Connection: WAL (readers never block the writer), foreign_keys=ON,
 * synchronous=FULL (a filed report survives power loss), busy_timeout.
 * The database file is created 0600 and a missing parent directory 0700;
 * SQLite gives the -wal and -shm files the database file's mode.
 *
 * Schema (PRAGMA user_version = ST_STORE_SCHEMA_VERSION; times are unix
 * seconds UTC; comma lists have no spaces):
 *
 *   counters(year PK, next)             next tracking number of each year
 *   reports                             one row per report (a thread):
 *     tracking_id UNIQUE "SEC-2026-0001", created_at, updated_at,
 *     reporter (envelope sender of the first message, "" = null sender),
 *     reporter_from, subject, state (new needs-info triaged fixing fixed
 *     published closed), resolution, duplicate_of -> reports, severity
 *     (maintainer-set), suggested_severity, class, component, out_of_scope
 *     (comma list), score, missing (comma list), version, platform (one
 *     line), exploited, cvss_vector, cvss_score, encrypted, credit_name,
 *     credit_link, credit_anonymous, is_report (any message is a report),
 *     facts_json (merged StAnalysis JSON), flags (comma list),
 *     ack_message_id (our acknowledgment's Message-ID, set when queued),
 *     acked_at, triaged_at, fixing_at, fixed_at, published_at, closed_at,
 *     embargo_until (the clocks; acked_at/embargo set by the outbox)
 *   messages                            every message filed:
 *     report_id, received_at, message_id (without <>), sha256 (of the raw
 *     bytes as received), dedupe_key UNIQUE (message_id||' '||the
 *     st_canon_hash of the bytes, which ignores trace fields and CRLF),
 *     envelope_from, recipients (comma list), queue_id, client_addr, helo,
 *     subject, from_addr, in_reply_to, refs (space list), size (bytes
 *     received), raw_truncated, analysis_json (this message's StAnalysis),
 *     flags, is_followup, raw (at most max_message_size bytes; the last
 *     column, so that SQLite streams it instead of building it in memory)
 *   attachments                         per message: idx (order), filename
 *     as sent, content_type, size, sha256, role, content (when kept), kept,
 *     members (newline list), flags
 *   events                              the audit log: report_id, at, actor
 *     ("milter", "cli:NAME", "outbox"), kind (filed followup duplicate
 *     rescored ack-queued ack-suppressed ack-sent ack-failed state severity
 *     note ...), detail
 *   outbox                              mail to send: report_id, kind (ack
 *     followup notice digest), recipient, message_id, message, status
 *     (pending sending sent failed suppressed), attempts, next_attempt_at,
 *     claimed_at, last_error, created_at, sent_at, reason; one ack row per
 *     report (UNIQUE partial index), rate limits count rows per recipient
 *   meta(key PK, value)
 *   inbox                               messages taken in but not yet
 *     triaged (deferred triage, issue #9): received_at, report_id (the
 *     report the delivered copy's X-Sectriage-Id names), reserved (1: that
 *     report was created for this message and holds no message yet),
 *     queue_id, envelope_from, recipients (comma list), client_addr,
 *     client_name, helo, message_id (without <>), truncated, size,
 *     attempts, next_attempt_at, last_error, raw (the spool as received,
 *     at most max_message_size bytes; the last column).  Triage deletes
 *     the row in the transaction that files the message.
 *
 * Migrations: migrations[i] takes the schema from version i to i + 1; each
 * runs in its own BEGIN IMMEDIATE transaction that re-reads user_version,
 * so two processes opening a new database at once migrate it once.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sectriage/common.h"
#include "sectriage/store.h"

/* Every commit is on disk before it returns (a filed report survives power
 * loss).  tests/bench builds one program with -DST_BENCH_NOSYNC, never
 * installed, to measure what that fsync costs beside the real thing. */
#ifdef ST_BENCH_NOSYNC
#define ST_STORE_SYNCHRONOUS "OFF"
#else
#define ST_STORE_SYNCHRONOUS "FULL"
#endif

struct StStore {
	sqlite3 *db;
	char *path;
	GHashTable *stmts;      /* SQL text (owned) -> sqlite3_stmt* */
	GHashTable *regexes;    /* pattern (owned) -> GRegex* (st_store_regex) */
};

G_DEFINE_QUARK(st-store-error-quark, st_store_error)

static const char *const migrations[] = {
	/* v0 -> v1: the initial schema */
	"CREATE TABLE counters ("
	"  year INTEGER PRIMARY KEY,"
	"  next INTEGER NOT NULL);"
	"CREATE TABLE reports ("
	"  id INTEGER PRIMARY KEY,"
	"  tracking_id TEXT UNIQUE NOT NULL,"
	"  created_at INTEGER NOT NULL,"
	"  updated_at INTEGER NOT NULL,"
	"  reporter TEXT,"
	"  reporter_from TEXT,"
	"  subject TEXT,"
	"  state TEXT NOT NULL DEFAULT 'new',"
	"  resolution TEXT,"
	"  duplicate_of INTEGER REFERENCES reports(id),"
	"  severity TEXT,"
	"  suggested_severity TEXT,"
	"  class TEXT,"
	"  component TEXT,"
	"  out_of_scope TEXT,"
	"  score INTEGER,"
	"  missing TEXT,"
	"  version TEXT,"
	"  platform TEXT,"
	"  exploited INTEGER NOT NULL DEFAULT 0,"
	"  cvss_vector TEXT,"
	"  cvss_score REAL,"
	"  encrypted INTEGER NOT NULL DEFAULT 0,"
	"  credit_name TEXT,"
	"  credit_link TEXT,"
	"  credit_anonymous INTEGER NOT NULL DEFAULT 0,"
	"  is_report INTEGER NOT NULL DEFAULT 1,"
	"  facts_json TEXT NOT NULL,"
	"  flags TEXT,"
	"  ack_message_id TEXT,"
	"  acked_at INTEGER,"
	"  triaged_at INTEGER,"
	"  fixing_at INTEGER,"
	"  fixed_at INTEGER,"
	"  published_at INTEGER,"
	"  closed_at INTEGER,"
	"  embargo_until INTEGER);"
	"CREATE INDEX reports_state ON reports(state);"
	"CREATE INDEX reports_created ON reports(created_at);"
	"CREATE INDEX reports_ack_mid ON reports(ack_message_id);"
	"CREATE TABLE messages ("
	"  id INTEGER PRIMARY KEY,"
	"  report_id INTEGER NOT NULL REFERENCES reports(id),"
	"  received_at INTEGER NOT NULL,"
	"  message_id TEXT,"
	"  sha256 TEXT NOT NULL,"
	"  dedupe_key TEXT UNIQUE NOT NULL,"
	"  envelope_from TEXT,"
	"  recipients TEXT,"
	"  queue_id TEXT,"
	"  client_addr TEXT,"
	"  helo TEXT,"
	"  subject TEXT,"
	"  from_addr TEXT,"
	"  in_reply_to TEXT,"
	"  refs TEXT,"
	"  size INTEGER,"
	"  raw_truncated INTEGER NOT NULL DEFAULT 0,"
	"  analysis_json TEXT,"
	"  flags TEXT,"
	"  is_followup INTEGER NOT NULL DEFAULT 0,"
	"  raw BLOB);"   /* last: a zeroblob at the end of a record is never
	                    expanded in memory */
	"CREATE INDEX messages_mid ON messages(message_id);"
	"CREATE INDEX messages_report ON messages(report_id);"
	"CREATE INDEX messages_sha ON messages(sha256);"
	"CREATE TABLE attachments ("
	"  id INTEGER PRIMARY KEY,"
	"  message_row INTEGER NOT NULL REFERENCES messages(id),"
	"  report_id INTEGER NOT NULL,"
	"  idx INTEGER NOT NULL,"
	"  filename TEXT,"
	"  content_type TEXT,"
	"  size INTEGER,"
	"  sha256 TEXT,"
	"  role TEXT,"
	"  content BLOB,"
	"  kept INTEGER,"
	"  members TEXT,"
	"  flags TEXT);"
	"CREATE INDEX attachments_sha ON attachments(sha256);"
	"CREATE INDEX attachments_message ON attachments(message_row);"
	"CREATE INDEX attachments_report ON attachments(report_id);"
	"CREATE TABLE events ("
	"  id INTEGER PRIMARY KEY,"
	"  report_id INTEGER REFERENCES reports(id),"
	"  at INTEGER NOT NULL,"
	"  actor TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  detail TEXT);"
	"CREATE INDEX events_report ON events(report_id);"
	"CREATE TABLE outbox ("
	"  id INTEGER PRIMARY KEY,"
	"  report_id INTEGER REFERENCES reports(id),"
	"  kind TEXT NOT NULL,"
	"  recipient TEXT NOT NULL,"
	"  message_id TEXT,"
	"  message BLOB NOT NULL,"
	"  status TEXT NOT NULL DEFAULT 'pending',"
	"  attempts INTEGER NOT NULL DEFAULT 0,"
	"  next_attempt_at INTEGER NOT NULL,"
	"  claimed_at INTEGER,"
	"  last_error TEXT,"
	"  created_at INTEGER NOT NULL,"
	"  sent_at INTEGER,"
	"  reason TEXT);"
	"CREATE UNIQUE INDEX outbox_one_ack ON outbox(report_id) WHERE kind = 'ack';"
	"CREATE INDEX outbox_due ON outbox(status, next_attempt_at);"
	"CREATE INDEX outbox_recipient ON outbox(recipient COLLATE NOCASE, created_at);"
	"CREATE INDEX outbox_mid ON outbox(message_id);"
	"CREATE TABLE meta ("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT);",
	/* v2: who holds a 'sending' claim ("host pid start"), so that a sender
	 * killed mid-send has its claim recovered at once, not after 10 min */
	"ALTER TABLE outbox ADD COLUMN claimed_by TEXT;",
	/* v3: the inbox of deferred triage (issue #9): the milter files the
	 * raw message durably at end of message and analyses it afterwards */
	"CREATE TABLE inbox ("
	"  id INTEGER PRIMARY KEY,"
	"  received_at INTEGER NOT NULL,"
	"  report_id INTEGER NOT NULL REFERENCES reports(id),"
	"  reserved INTEGER NOT NULL DEFAULT 0,"
	"  queue_id TEXT,"
	"  envelope_from TEXT,"
	"  recipients TEXT,"
	"  client_addr TEXT,"
	"  client_name TEXT,"
	"  helo TEXT,"
	"  message_id TEXT,"
	"  truncated INTEGER NOT NULL DEFAULT 0,"
	"  size INTEGER,"
	"  attempts INTEGER NOT NULL DEFAULT 0,"
	"  next_attempt_at INTEGER NOT NULL DEFAULT 0,"
	"  last_error TEXT,"
	"  raw BLOB);"
	"CREATE INDEX inbox_mid ON inbox(message_id);"
	"CREATE INDEX inbox_due ON inbox(next_attempt_at);",
	/* v4 (issue #9, row 3): three indexes the intake transaction wrote a
	 * page of for nothing.  A new report has no acknowledgment yet, so
	 * reports_ack_mid now keeps only the reports that have one (the
	 * lookup compares the column, which implies the condition); inbox_due
	 * served no query (the queue is read in id order), nor did
	 * reports_state (the list filters its scan in created_at order and
	 * the digest reads every report). */
	"DROP INDEX reports_ack_mid;"
	"CREATE INDEX reports_ack_mid ON reports(ack_message_id)"
	"  WHERE ack_message_id IS NOT NULL;"
	"DROP INDEX inbox_due;"
	"DROP INDEX reports_state;",
};

G_STATIC_ASSERT(G_N_ELEMENTS(migrations) == ST_STORE_SCHEMA_VERSION);

static int
error_code(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return ST_STORE_ERROR_BUSY;
	case SQLITE_FULL:
		return ST_STORE_ERROR_FULL;
	case SQLITE_IOERR:
	case SQLITE_READONLY:
	case SQLITE_CANTOPEN:
	case SQLITE_PERM:
		return ST_STORE_ERROR_IO;
	default:
		return ST_STORE_ERROR_SQL;
	}
}

gboolean
st_store_fail(StStore *store, int rc, const char *what, GError **error)
{
	const char *msg = store != NULL && store->db != NULL
		? sqlite3_errmsg(store->db) : sqlite3_errstr(rc);

	g_set_error(error, ST_STORE_ERROR, error_code(rc), "%s: %s (%s)",
		    what, msg, sqlite3_errstr(rc));
	return FALSE;
}

/* Run SQL (no results wanted); FALSE with ERROR. */
gboolean
st_store_exec(StStore *store, const char *sql, GError **error)
{
	int rc = sqlite3_exec(store->db, sql, NULL, NULL, NULL);

	if (rc != SQLITE_OK)
		return st_store_fail(store, rc, sql, error);
	return TRUE;
}

/* The integer result of a one-row query (PRAGMA), -1 on error. */
static gint64
query_int(StStore *store, const char *sql)
{
	sqlite3_stmt *st = NULL;
	gint64 v = -1;

	if (sqlite3_prepare_v2(store->db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Create PATH's directory (0700) when missing.  The database file itself is
 * never opened here: closing any descriptor of a file drops every POSIX
 * lock the process holds on it, the locks of its other SQLite connections
 * included, and another process would then think itself the last one and
 * delete the WAL under us.  SQLite creates it; st_store_open chmods it. */
static gboolean
create_dir(const char *path, GError **error)
{
	g_autofree char *dir = g_path_get_dirname(path);

	if (!g_file_test(dir, G_FILE_TEST_IS_DIR) &&
	    g_mkdir_with_parents(dir, 0700) != 0) {
		int e = errno;
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_IO,
			    "cannot create %s: %s", dir, g_strerror(e));
		return FALSE;
	}
	return TRUE;
}

/* Bring the schema up to ST_STORE_SCHEMA_VERSION. */
static gboolean
migrate(StStore *store, GError **error)
{
	/* the common case, up to date: no write lock taken (a busy writer
	 * elsewhere must not make opening fail) */
	if (query_int(store, "PRAGMA user_version") == ST_STORE_SCHEMA_VERSION)
		return TRUE;
	for (;;) {
		gint64 v;

		if (!st_store_begin(store, error))
			return FALSE;
		v = query_int(store, "PRAGMA user_version");
		if (v < 0 || v > ST_STORE_SCHEMA_VERSION) {
			st_store_rollback(store);
			g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_INVALID,
				    "%s: schema version %" G_GINT64_FORMAT
				    " is newer than this program's (%d)",
				    store->path, v, ST_STORE_SCHEMA_VERSION);
			return FALSE;
		}
		if (v == ST_STORE_SCHEMA_VERSION) {
			st_store_rollback(store);
			return TRUE;
		}
		g_autofree char *set = g_strdup_printf("PRAGMA user_version = %d",
						       (int)v + 1);
		if (!st_store_exec(store, migrations[v], error) || !st_store_exec(store, set, error) ||
		    !st_store_commit(store, error)) {
			st_store_rollback(store);
			g_prefix_error(error, "migration to schema %d: ", (int)v + 1);
			return FALSE;
		}
	}
}

static void
stmt_finalize(gpointer p)
{
	sqlite3_finalize(p);
}

/* Put the database in WAL mode.  Two connections opening a new database at
 * once may both ask; SQLite then answers one of them busy at once, without
 * its busy handler (a reader waiting for a writer it blocks would never
 * get it), so ask again until TIMEOUT_MS has passed. */
static gboolean
set_wal(StStore *store, int timeout_ms, GError **error)
{
	gint64 until = g_get_monotonic_time() + (gint64)timeout_ms * 1000;

	for (;;) {
		g_autoptr(GError) e = NULL;
		if (st_store_exec(store, "PRAGMA journal_mode = WAL", &e))
			return TRUE;
		if (!g_error_matches(e, ST_STORE_ERROR, ST_STORE_ERROR_BUSY) ||
		    g_get_monotonic_time() >= until) {
			g_propagate_error(error, g_steal_pointer(&e));
			return FALSE;
		}
		g_usleep(10 * 1000);
	}
}

StStore *
st_store_open(const char *path, int busy_timeout_ms, GError **error)
{
	g_return_val_if_fail(path != NULL, NULL);
	g_autoptr(StStore) store = g_new0(StStore, 1);
	int rc;

	store->path = g_strdup(path);
	store->stmts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
					     stmt_finalize);
	store->regexes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
					       (GDestroyNotify)g_regex_unref);
	gboolean memory = strcmp(path, ":memory:") == 0;
	gboolean existed = memory || g_file_test(path, G_FILE_TEST_EXISTS);
	if (!memory && !create_dir(path, error))
		return NULL;
	rc = sqlite3_open_v2(path, &store->db, SQLITE_OPEN_READWRITE |
			     SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK) {
		st_store_fail(store, rc, path, error);
		return NULL;
	}
	/* new and still empty: 0600 before the WAL and SHM files are made
	 * (SQLite gives them the database file's mode) */
	if (!existed && g_chmod(path, 0600) != 0) {
		int e = errno;
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_IO,
			    "chmod %s: %s", path, g_strerror(e));
		return NULL;
	}
	sqlite3_extended_result_codes(store->db, 1);
	sqlite3_busy_timeout(store->db, busy_timeout_ms > 0 ? busy_timeout_ms : 5000);
	if (!set_wal(store, busy_timeout_ms > 0 ? busy_timeout_ms : 5000, error) ||
	    !st_store_exec(store, "PRAGMA foreign_keys = ON", error) ||
	    !st_store_exec(store, "PRAGMA synchronous = " ST_STORE_SYNCHRONOUS, error) ||
	    /* Keep up to 128 MiB of the WAL's blocks when it starts over (#9).
	     * A burst of mail grows the WAL (the triage thread checkpoints it
	     * only once the server is quiet), and every fsync that grows a
	     * file also writes its inode: measured here, fdatasync of 384 KiB
	     * (a group commit of eight reports) took 0.49-0.73 ms appending and
	     * 0.32-0.39 ms overwriting blocks the file already had.  The next
	     * burst rewrites the blocks the last one left; beyond 128 MiB (a
	     * 50 MiB message, a burst of thousands) the space is given back. */
	    !st_store_exec(store, "PRAGMA journal_size_limit = 134217728", error) ||
	    !migrate(store, error)) {
		g_prefix_error(error, "%s: ", path);
		return NULL;
	}
	return g_steal_pointer(&store);
}

void
st_store_close(StStore *store)
{
	if (store == NULL)
		return;
	if (store->stmts != NULL)
		g_hash_table_destroy(store->stmts);
	if (store->regexes != NULL)
		g_hash_table_destroy(store->regexes);
	if (store->db != NULL)
		sqlite3_close_v2(store->db);
	g_free(store->path);
	g_free(store);
}

void *
st_store_db(StStore *store)
{
	return store->db;
}

const char *
st_store_path(StStore *store)
{
	return store->path;
}

int
st_store_schema_version(StStore *store)
{
	return (int)query_int(store, "PRAGMA user_version");
}

sqlite3_stmt *
st_store_prepare(StStore *store, const char *sql, GError **error)
{
	sqlite3_stmt *st = g_hash_table_lookup(store->stmts, sql);
	int rc;

	if (st != NULL) {
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		return st;
	}
	rc = sqlite3_prepare_v3(store->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
				&st, NULL);
	if (rc != SQLITE_OK) {
		st_store_fail(store, rc, "prepare", error);
		sqlite3_finalize(st);
		return NULL;
	}
	g_hash_table_insert(store->stmts, g_strdup(sql), st);
	return st;
}

GRegex *
st_store_regex(StStore *store, const char *pattern, GError **error)
{
	GRegex *re = g_hash_table_lookup(store->regexes, pattern);

	if (re != NULL)
		return re;
	re = g_regex_new(pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, error);
	if (re == NULL)
		return NULL;
	/* patterns come from the configuration: a few at most; a reloaded
	 * configuration brings new connections */
	g_hash_table_insert(store->regexes, g_strdup(pattern), re);
	return re;
}

gboolean
st_store_step_int(StStore *store, sqlite3_stmt *st, gint64 *out, const char *what,
		  GError **error)
{
	int rc = sqlite3_step(st);

	*out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return st_store_fail(store, rc, what, error);
	return TRUE;
}

gboolean
st_store_step_done(StStore *store, sqlite3_stmt *st, const char *what, GError **error)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return st_store_fail(store, rc, what, error);
	return TRUE;
}

#define BLOB_CHUNK (64 * 1024)

gboolean
st_store_blob_from_fd(StStore *store, const char *table, const char *column,
		      gint64 row, int fd, gint64 len, GError **error)
{
	sqlite3_blob *blob = NULL;
	g_autofree guchar *buf = NULL;
	gint64 off = 0;
	int rc;

	if (len <= 0)
		return TRUE;
	rc = sqlite3_blob_open(store->db, "main", table, column, row, 1, &blob);
	if (rc != SQLITE_OK)
		return st_store_fail(store, rc, "open blob", error);
	if (lseek(fd, 0, SEEK_SET) != 0) {
		int e = errno;
		sqlite3_blob_close(blob);
		g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
			    "rewind raw message: %s", g_strerror(e));
		return FALSE;
	}
	buf = g_malloc(BLOB_CHUNK);
	while (off < len) {
		gssize want = MIN((gint64)BLOB_CHUNK, len - off);
		gssize n = read(fd, buf, want);
		if (n <= 0) {
			int e = n < 0 ? errno : EIO;
			sqlite3_blob_close(blob);
			g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
				    "raw message shrank while filing: %s", g_strerror(e));
			return FALSE;
		}
		rc = sqlite3_blob_write(blob, buf, (int)n, (int)off);
		if (rc != SQLITE_OK) {
			st_store_fail(store, rc, "write blob", error);
			sqlite3_blob_close(blob);
			return FALSE;
		}
		off += n;
	}
	rc = sqlite3_blob_close(blob);
	if (rc != SQLITE_OK)
		return st_store_fail(store, rc, "close blob", error);
	return TRUE;
}

gboolean
st_store_blob_to_fd(StStore *store, const char *table, const char *column,
		    gint64 row, int fd, GError **error)
{
	sqlite3_blob *blob = NULL;
	g_autofree guchar *buf = NULL;
	int rc = sqlite3_blob_open(store->db, "main", table, column, row, 0, &blob);
	int len, off = 0;

	if (rc != SQLITE_OK)
		return st_store_fail(store, rc, "open blob", error);
	len = sqlite3_blob_bytes(blob);
	buf = g_malloc(BLOB_CHUNK);
	while (off < len) {
		int n = MIN(BLOB_CHUNK, len - off);
		rc = sqlite3_blob_read(blob, buf, n, off);
		if (rc != SQLITE_OK) {
			st_store_fail(store, rc, "read blob", error);
			sqlite3_blob_close(blob);
			return FALSE;
		}
		for (int done = 0; done < n;) {
			gssize w = write(fd, buf + done, n - done);
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0) {
				int e = w < 0 ? errno : EIO;
				sqlite3_blob_close(blob);
				g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
					    "writing raw message: %s", g_strerror(e));
				return FALSE;
			}
			done += w;
		}
		off += n;
	}
	sqlite3_blob_close(blob);
	return TRUE;
}

gboolean
st_store_blob_bytes(StStore *store, const char *table, const char *column,
		    gint64 row, gsize max, GBytes **out, GError **error)
{
	sqlite3_blob *blob = NULL;
	int rc = sqlite3_blob_open(store->db, "main", table, column, row, 0, &blob);

	*out = NULL;
	if (rc != SQLITE_OK)
		return st_store_fail(store, rc, "open blob", error);
	int len = sqlite3_blob_bytes(blob);
	if ((gsize)len > max) {
		sqlite3_blob_close(blob);
		return TRUE;
	}
	guchar *buf = g_malloc(len > 0 ? len : 1);
	rc = len > 0 ? sqlite3_blob_read(blob, buf, len, 0) : SQLITE_OK;
	sqlite3_blob_close(blob);
	if (rc != SQLITE_OK) {
		g_free(buf);
		return st_store_fail(store, rc, "read blob", error);
	}
	*out = g_bytes_new_take(buf, len);
	return TRUE;
}

gboolean
st_store_exec_cached(StStore *store, const char *sql, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(store, sql, error);
	int rc;

	if (st == NULL)
		return FALSE;
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return st_store_fail(store, rc, sql, error);
	return TRUE;
}

gboolean
st_store_begin(StStore *store, GError **error)
{
	return st_store_exec_cached(store, "BEGIN IMMEDIATE", error);
}

gboolean
st_store_commit(StStore *store, GError **error)
{
	return st_store_exec_cached(store, "COMMIT", error);
}

void
st_store_rollback(StStore *store)
{
	if (!sqlite3_get_autocommit(store->db))
		sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
}

gint64
st_store_add_event(StStore *store, gint64 report_id, gint64 at,
		   const char *actor, const char *kind, const char *detail,
		   GError **error)
{
	sqlite3_stmt *st = st_store_prepare(store,
		"INSERT INTO events(report_id, at, actor, kind, detail) "
		"VALUES (?1, ?2, ?3, ?4, ?5)", error);
	int rc;

	if (st == NULL)
		return 0;
	if (report_id > 0)
		sqlite3_bind_int64(st, 1, report_id);
	sqlite3_bind_int64(st, 2, at);
	sqlite3_bind_text(st, 3, actor, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, detail, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		st_store_fail(store, rc, "insert event", error);
		return 0;
	}
	return sqlite3_last_insert_rowid(store->db);
}

gboolean
st_store_report_by_tracking_id(StStore *store, const char *id, gint64 *report_id,
			       GError **error)
{
	/* "= ?1 COLLATE NOCASE" cannot use the (binary) unique index: with
	 * 100,000 reports it took 3.5 ms, in the SMTP transaction of every
	 * reply that names its report.  The id as we wrote it is the rule. */
	static const char *const sql[] = {
		"SELECT id FROM reports WHERE tracking_id = ?1",
		"SELECT id FROM reports WHERE tracking_id = ?1 COLLATE NOCASE",
	};

	*report_id = 0;
	for (gsize i = 0; i < G_N_ELEMENTS(sql) && *report_id == 0; i++) {
		sqlite3_stmt *st = st_store_prepare(store, sql[i], error);
		if (st == NULL)
			return FALSE;
		sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
		if (!st_store_step_int(store, st, report_id, "find tracking id", error))
			return FALSE;
	}
	return TRUE;
}

gint64
st_store_find_report(StStore *store, const char *key, GError **error)
{
	gint64 id = 0;

	if (key == NULL || *key == '\0') {
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND,
			    "no report id given");
		return 0;
	}
	if (!st_store_report_by_tracking_id(store, key, &id, error))
		return 0;
	if (id == 0 && g_ascii_isdigit(*key)) {
		char *end = NULL;
		gint64 num = g_ascii_strtoll(key, &end, 10);
		sqlite3_stmt *st = st_store_prepare(store,
			"SELECT id FROM reports WHERE id = ?1", error);
		if (st == NULL)
			return 0;
		sqlite3_bind_int64(st, 1, end != NULL && *end == '\0' ? num : 0);
		if (!st_store_step_int(store, st, &id, "find report", error))
			return 0;
	}
	if (id == 0)
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND,
			    "no report %s", key);
	return id;
}

