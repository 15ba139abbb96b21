/*
 * store.c — the SQLite triage database: connection, schema, migrations,
 * prepared statement cache, transactions, events, queries for the CLI, and
 * the connection pool of the milter's threads.  Filing lives in file.c.
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

struct StStore {
	sqlite3 *db;
	char *path;
	GHashTable *stmts;      /* SQL text (owned) -> sqlite3_stmt* */
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
static gboolean
exec(StStore *store, const char *sql, GError **error)
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
		if (!exec(store, migrations[v], error) || !exec(store, set, error) ||
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

StStore *
st_store_open(const char *path, int busy_timeout_ms, GError **error)
{
	g_return_val_if_fail(path != NULL, NULL);
	g_autoptr(StStore) store = g_new0(StStore, 1);
	int rc;

	store->path = g_strdup(path);
	store->stmts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
					     stmt_finalize);
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
	if (!exec(store, "PRAGMA journal_mode = WAL", error) ||
	    !exec(store, "PRAGMA foreign_keys = ON", error) ||
	    !exec(store, "PRAGMA synchronous = FULL", error) ||
	    /* a 50 MiB message grows the WAL; give the space back after */
	    !exec(store, "PRAGMA journal_size_limit = 16777216", error) ||
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
st_store_begin(StStore *store, GError **error)
{
	return exec(store, "BEGIN IMMEDIATE", error);
}

gboolean
st_store_commit(StStore *store, GError **error)
{
	return exec(store, "COMMIT", error);
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

gint64
st_store_find_report(StStore *store, const char *key, GError **error)
{
	sqlite3_stmt *st;
	gint64 id = 0;
	int rc;

	if (key == NULL || *key == '\0') {
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND,
			    "no report id given");
		return 0;
	}
	st = st_store_prepare(store,
		"SELECT id FROM reports WHERE tracking_id = ?1 COLLATE NOCASE "
		"OR (?2 > 0 AND id = ?2)", error);
	if (st == NULL)
		return 0;
	gint64 num = 0;
	char *end = NULL;
	if (g_ascii_isdigit(*key)) {
		num = g_ascii_strtoll(key, &end, 10);
		if (end == NULL || *end != '\0')
			num = 0;
	}
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, num);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		st_store_fail(store, rc, "find report", error);
	else if (id == 0)
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND,
			    "no report %s", key);
	return id;
}

/* ---- JSON views of rows ---- */

/* Add column I of the current row of ST to OBJ under its name, typed.
 * Comma-list columns named in LISTS become arrays. */
static void
add_column(JsonObject *obj, sqlite3_stmt *st, int i)
{
	static const char *const lists[] = {
		"missing", "out_of_scope", "flags", "recipients", NULL
	};
	const char *name = sqlite3_column_name(st, i);

	switch (sqlite3_column_type(st, i)) {
	case SQLITE_NULL:
		json_object_set_null_member(obj, name);
		break;
	case SQLITE_INTEGER:
		json_object_set_int_member(obj, name, sqlite3_column_int64(st, i));
		break;
	case SQLITE_FLOAT:
		json_object_set_double_member(obj, name, sqlite3_column_double(st, i));
		break;
	default: {
		const char *text = (const char *)sqlite3_column_text(st, i);
		if (g_strv_contains(lists, name)) {
			JsonArray *arr = json_array_new();
			g_auto(GStrv) v = g_strsplit(text, ",", -1);
			for (char **p = v; *p != NULL; p++)
				if (**p != '\0')
					json_array_add_string_element(arr, *p);
			json_object_set_array_member(obj, name, arr);
		} else {
			g_autofree char *fixed = g_utf8_validate(text, -1, NULL)
				? NULL : st_printable(text, -1, G_MAXSIZE);
			json_object_set_string_member(obj, name,
						      fixed != NULL ? fixed : text);
		}
		break;
	}
	}
}

/* Every row of the prepared, bound statement ST as an array of objects
 * (columns by name); ST is reset.  NULL with ERROR (WHAT names the query). */
static JsonArray *
step_rows(StStore *store, sqlite3_stmt *st, const char *what, GError **error)
{
	JsonArray *arr = json_array_new();
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		JsonObject *obj = json_object_new();
		for (int i = 0; i < sqlite3_column_count(st); i++)
			add_column(obj, st, i);
		json_array_add_object_element(arr, obj);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		json_array_unref(arr);
		st_store_fail(store, rc, what, error);
		return NULL;
	}
	return arr;
}

/* Every row of the query SQL (one parameter: ID) as an array of objects. */
JsonArray *
st_store_rows_json(StStore *store, const char *sql, gint64 id, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(store, sql, error);

	if (st == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	return step_rows(store, st, "query", error);
}

JsonNode *
st_store_list_json(StStore *store, const char *state, gboolean all,
		   GError **error)
{
	sqlite3_stmt *st = st_store_prepare(store,
		"SELECT id, tracking_id, state, created_at, updated_at, score,"
		" class, component, suggested_severity, severity, missing,"
		" subject, reporter, is_report, exploited,"
		" (SELECT count(*) FROM messages m WHERE m.report_id = r.id)"
		"   AS messages"
		" FROM reports r"
		" WHERE (?1 OR state NOT IN ('published', 'closed'))"
		"   AND (?2 IS NULL OR state = ?2)"
		" ORDER BY created_at DESC, id DESC", error);

	if (st == NULL)
		return NULL;
	sqlite3_bind_int(st, 1, all || state != NULL);
	sqlite3_bind_text(st, 2, state, -1, SQLITE_STATIC);
	JsonArray *arr = step_rows(store, st, "list reports", error);
	if (arr == NULL)
		return NULL;
	JsonNode *node = json_node_new(JSON_NODE_ARRAY);
	json_node_take_array(node, arr);
	return node;
}

/* The reports row ID as an object, facts_json parsed into "facts". */
static JsonObject *
report_row_json(StStore *store, gint64 id, GError **error)
{
	g_autoptr(JsonArray) rows = st_store_rows_json(store,
		"SELECT * FROM reports WHERE id = ?1", id, error);
	JsonObject *obj;

	if (rows == NULL)
		return NULL;
	if (json_array_get_length(rows) == 0) {
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND,
			    "no report %" G_GINT64_FORMAT, id);
		return NULL;
	}
	obj = json_object_ref(json_array_get_object_element(rows, 0));
	const char *facts = json_object_get_string_member_with_default(obj,
		"facts_json", NULL);
	g_autoptr(JsonParser) parser = json_parser_new();
	if (facts != NULL && json_parser_load_from_data(parser, facts, -1, NULL))
		json_object_set_member(obj, "facts",
				       json_node_copy(json_parser_get_root(parser)));
	else
		json_object_set_null_member(obj, "facts");
	json_object_remove_member(obj, "facts_json");
	return obj;
}

JsonNode *
st_store_report_json(StStore *store, gint64 report_id, GError **error)
{
	static const struct {
		const char *name;
		const char *sql;
	} parts[] = {
		{ "messages",
		  "SELECT id, received_at, message_id, sha256, envelope_from,"
		  " recipients, queue_id, client_addr, helo, subject, from_addr,"
		  " in_reply_to, refs, size, length(raw) AS raw_stored,"
		  " raw_truncated, flags, is_followup"
		  " FROM messages WHERE report_id = ?1 ORDER BY received_at, id" },
		{ "attachments",
		  "SELECT id, message_row, idx, filename, content_type, size,"
		  " sha256, role, kept, members, flags"
		  " FROM attachments WHERE report_id = ?1 ORDER BY message_row, idx" },
		{ "outbox",
		  "SELECT id, kind, recipient, message_id, status, attempts,"
		  " next_attempt_at, claimed_at, last_error, created_at, sent_at,"
		  " reason FROM outbox WHERE report_id = ?1 ORDER BY id" },
		{ "events",
		  "SELECT id, at, actor, kind, detail"
		  " FROM events WHERE report_id = ?1 ORDER BY at, id" },
	};
	JsonObject *obj = report_row_json(store, report_id, error);

	if (obj == NULL)
		return NULL;
	for (gsize i = 0; i < G_N_ELEMENTS(parts); i++) {
		JsonArray *arr = st_store_rows_json(store, parts[i].sql, report_id, error);
		if (arr == NULL) {
			json_object_unref(obj);
			return NULL;
		}
		json_object_set_array_member(obj, parts[i].name, arr);
	}
	JsonNode *node = json_node_new(JSON_NODE_OBJECT);
	json_node_take_object(node, obj);
	return node;
}

/* Lines of a PRAGMA check into OUT; the number of rows that are not "ok". */
static int
run_check(StStore *store, const char *sql, GString *out, GError **error)
{
	sqlite3_stmt *st = NULL;
	int rc, bad = 0;

	rc = sqlite3_prepare_v2(store->db, sql, -1, &st, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		GString *line = g_string_new(NULL);
		for (int i = 0; i < sqlite3_column_count(st); i++) {
			const char *v = (const char *)sqlite3_column_text(st, i);
			g_string_append_printf(line, "%s%s", i ? " " : "",
					       v != NULL ? v : "NULL");
		}
		if (strcmp(line->str, "ok") != 0) {
			bad++;
			g_string_append_printf(out, "%s\n", line->str);
		}
		g_string_free(line, TRUE);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_OK) {
		st_store_fail(store, rc, sql, error);
		return -1;
	}
	return bad;
}

gboolean
st_store_check(StStore *store, char **report, gboolean *ok, GError **error)
{
	g_autoptr(GString) out = g_string_new(NULL);
	int a, b;

	a = run_check(store, "PRAGMA integrity_check", out, error);
	if (a < 0)
		return FALSE;
	b = run_check(store, "PRAGMA foreign_key_check", out, error);
	if (b < 0)
		return FALSE;
	if (a + b == 0)
		g_string_assign(out, "ok\n");
	if (ok != NULL)
		*ok = a + b == 0;
	if (report != NULL)
		*report = g_strdup(out->str);
	return TRUE;
}

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
	GCond batch_cond;
	GQueue pending;         /* BatchJob*, waiting for a leader */
	gboolean leading;       /* a leader is running a batch */
};

/* One caller's unit of work in a shared transaction. */
typedef struct BatchJob {
	StStoreWork work;
	gpointer data;
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
	g_cond_init(&pool->batch_cond);
	g_queue_init(&pool->pending);
	return pool;
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
	g_cond_clear(&pool->batch_cond);
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
		if (!exec(store, "SAVEPOINT st_file", &err))
			goto fail_all;
		job->ok = job->work(store, job->data, &job->error);
		if (sqlite3_get_autocommit(store->db)) {
			/* SQLite rolled the whole transaction back (FULL, IOERR) */
			g_propagate_error(&err, job->error != NULL ? g_error_copy(job->error)
					  : g_error_new(ST_STORE_ERROR, ST_STORE_ERROR_SQL,
							"transaction rolled back"));
			goto fail_all;
		}
		if (!job->ok && !exec(store, "ROLLBACK TO st_file", &err))
			goto fail_all;
		if (!exec(store, "RELEASE st_file", &err))
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

gboolean
st_store_pool_run_batched(StStorePool *pool, StStoreWork work, gpointer data,
			  GError **error)
{
	BatchJob job = { .work = work, .data = data };

	g_mutex_lock(&pool->batch_lock);
	g_queue_push_tail(&pool->pending, &job);
	while (!job.done) {
		if (pool->leading) {
			g_cond_wait(&pool->batch_cond, &pool->batch_lock);
			continue;
		}
		/* lead: take what is waiting (our own job among it) */
		g_autoptr(GPtrArray) batch = g_ptr_array_new();
		while (batch->len < BATCH_MAX && !g_queue_is_empty(&pool->pending))
			g_ptr_array_add(batch, g_queue_pop_head(&pool->pending));
		pool->leading = TRUE;
		g_mutex_unlock(&pool->batch_lock);

		run_batch(pool, batch);

		g_mutex_lock(&pool->batch_lock);
		for (guint i = 0; i < batch->len; i++)
			((BatchJob *)g_ptr_array_index(batch, i))->done = TRUE;
		pool->leading = FALSE;
		g_cond_broadcast(&pool->batch_cond);
	}
	g_mutex_unlock(&pool->batch_lock);
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

/* ---- the dedupe hash ---- */

/* Header fields an MTA adds or rewrites in transit: left out of the hash. */
static const char *const trace_fields[] = {
	"received", "return-path", "delivered-to", "x-original-to",
	"authentication-results", "received-spf", NULL
};

#define CANON_LINE_MAX (64 * 1024)
#define CANON_FIELD_MAX (1024 * 1024)

struct StCanonHash {
	GChecksum *sum;
	GString *line;          /* the current line, without its end */
	GString *field;         /* the current header field, unfolded */
	gboolean in_body;
};

StCanonHash *
st_canon_hash_new(void)
{
	StCanonHash *h = g_new0(StCanonHash, 1);

	h->sum = g_checksum_new(G_CHECKSUM_SHA256);
	h->line = g_string_new(NULL);
	h->field = g_string_new(NULL);
	return h;
}

/* Hash the pending header field as "name:value\n", name lower-case,
 * whitespace runs of the value collapsed; trace fields are skipped. */
static void
canon_flush_field(StCanonHash *h)
{
	GString *f = h->field;
	const char *colon = memchr(f->str, ':', f->len);

	if (f->len == 0)
		return;
	if (colon == NULL) {
		g_checksum_update(h->sum, (const guchar *)f->str, f->len);
		g_checksum_update(h->sum, (const guchar *)"\n", 1);
		g_string_truncate(f, 0);
		return;
	}
	g_autofree char *name = g_ascii_strdown(f->str, colon - f->str);
	g_strstrip(name);
	if (!g_strv_contains(trace_fields, name)) {
		GString *out = g_string_sized_new(f->len + 2);
		gboolean space = FALSE;
		g_string_append_printf(out, "%s:", name);
		for (const char *p = colon + 1; p < f->str + f->len; p++) {
			if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') {
				space = TRUE;
				continue;
			}
			if (space && out->str[out->len - 1] != ':')
				g_string_append_c(out, ' ');
			space = FALSE;
			g_string_append_c(out, *p);
		}
		g_string_append_c(out, '\n');
		g_checksum_update(h->sum, (const guchar *)out->str, out->len);
		g_string_free(out, TRUE);
	}
	g_string_truncate(f, 0);
}

/* One line of input (COMPLETE: it ended with LF, now removed with any CR). */
static void
canon_line(StCanonHash *h, gboolean complete)
{
	GString *l = h->line;

	if (complete) {
		g_string_truncate(l, l->len - 1);
		if (l->len > 0 && l->str[l->len - 1] == '\r')
			g_string_truncate(l, l->len - 1);
	}
	if (!h->in_body && (!complete || l->len == 0)) {
		/* the end of the header (or a line too long to be one) */
		canon_flush_field(h);
		h->in_body = TRUE;
		if (l->len == 0) {
			g_checksum_update(h->sum, (const guchar *)"\n", 1);
			return;
		}
	}
	if (h->in_body) {
		g_checksum_update(h->sum, (const guchar *)l->str, l->len);
		if (complete)
			g_checksum_update(h->sum, (const guchar *)"\n", 1);
	} else if (l->str[0] == ' ' || l->str[0] == '\t') {
		if (h->field->len < CANON_FIELD_MAX) {
			g_string_append_c(h->field, ' ');
			g_string_append_len(h->field, l->str, l->len);
		}
	} else {
		canon_flush_field(h);
		g_string_append_len(h->field, l->str, l->len);
	}
	g_string_truncate(l, 0);
}

void
st_canon_hash_update(StCanonHash *h, const void *data, gsize len)
{
	const char *p = data;

	while (len > 0) {
		const char *nl = memchr(p, '\n', len);
		gsize take = nl != NULL ? (gsize)(nl - p) + 1 : len;
		g_string_append_len(h->line, p, take);
		p += take;
		len -= take;
		if (nl != NULL)
			canon_line(h, TRUE);
		else if (h->line->len > CANON_LINE_MAX)
			canon_line(h, FALSE);
	}
}

char *
st_canon_hash_finish(StCanonHash *h)
{
	char *hex;

	if (h->line->len > 0)
		canon_line(h, FALSE);
	canon_flush_field(h);
	hex = g_strdup(g_checksum_get_string(h->sum));
	g_checksum_free(h->sum);
	g_string_free(h->line, TRUE);
	g_string_free(h->field, TRUE);
	g_free(h);
	return hex;
}
