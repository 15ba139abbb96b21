/* test_store.c — the database on a real temporary SQLite file: creation
 * modes, pragmas, schema and migrations, the statement cache, error codes,
 * events, lookups, JSON views, integrity check, the connection pool. */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sectriage/store.h"

#include "testutil.h"

typedef struct {
	char *dir;
	char *path;
} Fixture;

static void
fixture_set_up(Fixture *fx, gconstpointer data)
{
	fx->dir = tu_tmpdir("st-store-XXXXXX");
	/* a missing parent: the store must create it 0700 */
	fx->path = g_build_filename(fx->dir, "var", "lib", "triage.db", NULL);
}

static void
fixture_tear_down(Fixture *fx, gconstpointer data)
{
	tu_rm_rf(fx->dir);
	g_free(fx->dir);
	g_free(fx->path);
}

static void
test_open_modes_pragmas(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	g_autoptr(StStore) store = st_store_open(fx->path, 1000, &err);
	g_assert_no_error(err);
	g_assert_nonnull(store);
	g_assert_cmpstr(st_store_path(store), ==, fx->path);

	struct stat sb;
	g_assert_cmpint(stat(fx->path, &sb), ==, 0);
	g_assert_cmpint(sb.st_mode & 0777, ==, 0600);
	g_autofree char *parent = g_path_get_dirname(fx->path);
	g_assert_cmpint(stat(parent, &sb), ==, 0);
	g_assert_cmpint(sb.st_mode & 0777, ==, 0700);

	g_autofree char *mode = tu_sql_text(store, "PRAGMA journal_mode");
	g_assert_cmpstr(mode, ==, "wal");
	g_assert_cmpint(tu_sql_int(store, "PRAGMA foreign_keys"), ==, 1);
	g_assert_cmpint(tu_sql_int(store, "PRAGMA synchronous"), ==, 2); /* FULL */
	g_assert_cmpint(tu_sql_int(store, "PRAGMA busy_timeout"), ==, 1000);
	g_assert_cmpint(tu_sql_int(store, "PRAGMA journal_size_limit"), ==, 128 * 1024 * 1024);
	g_assert_cmpint(st_store_schema_version(store), ==, ST_STORE_SCHEMA_VERSION);

	/* the WAL file has the database's mode */
	tu_sql_exec(store, "INSERT INTO meta(key, value) VALUES ('k', 'v')");
	g_autofree char *wal = g_strconcat(fx->path, "-wal", NULL);
	g_assert_cmpint(stat(wal, &sb), ==, 0);
	g_assert_cmpint(sb.st_mode & 0777, ==, 0600);
}

static void
test_schema_tables(Fixture *fx, gconstpointer data)
{
	static const struct {
		const char *table;
		const char *column;
	} cols[] = {
		{ "counters", "next" }, { "reports", "tracking_id" },
		{ "reports", "facts_json" }, { "reports", "ack_message_id" },
		{ "reports", "embargo_until" }, { "reports", "credit_anonymous" },
		{ "messages", "dedupe_key" }, { "messages", "raw" },
		{ "messages", "raw_truncated" }, { "messages", "is_followup" },
		{ "attachments", "content" }, { "attachments", "members" },
		{ "events", "actor" }, { "outbox", "next_attempt_at" },
		{ "outbox", "reason" }, { "meta", "value" },
	};
	static const char *const indexes[] = {
		"reports_created", "reports_ack_mid", "messages_mid", "attachments_sha",
		"outbox_one_ack", "outbox_due", "outbox_recipient",
	};
	GError *err = NULL;
	g_autoptr(StStore) store = st_store_open(fx->path, 1000, &err);
	g_assert_no_error(err);

	for (gsize i = 0; i < G_N_ELEMENTS(cols); i++) {
		g_autofree char *sql = g_strdup_printf(
			"SELECT count(*) FROM pragma_table_info('%s') WHERE name = '%s'",
			cols[i].table, cols[i].column);
		g_assert_cmpint(tu_sql_int(store, "%s", sql), ==, 1);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(indexes); i++) {
		g_autofree char *sql = g_strdup_printf(
			"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%s'",
			indexes[i]);
		g_assert_cmpint(tu_sql_int(store, "%s", sql), ==, 1);
	}
	/* one ack per report, enforced by the schema */
	tu_sql_exec(store, "INSERT INTO reports(tracking_id, created_at, updated_at, facts_json)"
		       " VALUES ('SEC-2026-0001', 1, 1, '{}')");
	tu_sql_exec(store, "INSERT INTO outbox(report_id, kind, recipient, message, next_attempt_at,"
		       " created_at) VALUES (1, 'ack', 'a@b', 'x', 1, 1)");
	g_assert_cmpint(sqlite3_exec(st_store_db(store),
		"INSERT INTO outbox(report_id, kind, recipient, message, next_attempt_at,"
		" created_at) VALUES (1, 'ack', 'a@b', 'x', 1, 1)", NULL, NULL, NULL),
		==, SQLITE_CONSTRAINT_UNIQUE);
	/* foreign keys are on */
	g_assert_cmpint(sqlite3_exec(st_store_db(store),
		"INSERT INTO messages(report_id, received_at, sha256, dedupe_key)"
		" VALUES (99, 1, 'x', 'x')", NULL, NULL, NULL),
		==, SQLITE_CONSTRAINT_FOREIGNKEY);
}

static void
test_migrations_idempotent(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	gint64 objects = -1;

	for (int i = 0; i < 3; i++) {
		g_autoptr(StStore) store = st_store_open(fx->path, 1000, &err);
		g_assert_no_error(err);
		g_assert_cmpint(st_store_schema_version(store), ==, ST_STORE_SCHEMA_VERSION);
		gint64 n = tu_sql_int(store, "SELECT count(*) FROM sqlite_master");
		if (objects >= 0)
			g_assert_cmpint(n, ==, objects);
		objects = n;
		/* data survives reopening */
		if (i == 0)
			tu_sql_exec(store, "INSERT INTO meta(key, value) VALUES ('kept', 'yes')");
		g_autofree char *v = tu_sql_text(store, "SELECT value FROM meta WHERE key = 'kept'");
		g_assert_cmpstr(v, ==, "yes");
	}
	/* two connections opening at once: both see one schema */
	g_autoptr(StStore) a = st_store_open(fx->path, 1000, &err);
	g_assert_no_error(err);
	g_assert_nonnull(a);
	g_autoptr(StStore) b = st_store_open(fx->path, 1000, &err);
	g_assert_no_error(err);
	g_assert_cmpint(tu_sql_int(b, "SELECT count(*) FROM sqlite_master"), ==, objects);
}

/* Schema 4 (issue #9, row 3): the intake transaction writes no index page
 * for a new report's missing acknowledgment, its state or the inbox's due
 * time;
 * a schema-3 database is migrated, and the acknowledgment's lookup still
 * runs on its index. */
static void
test_migrate_intake_indexes(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;

	{
		g_autoptr(StStore) store = st_store_open(fx->path, 1000, &err);
		g_assert_no_error(err);
		/* back to schema 3's indexes, as a database of that version has them */
		tu_sql_exec(store, "DROP INDEX reports_ack_mid;"
			    " CREATE INDEX reports_ack_mid ON reports(ack_message_id);"
			    " CREATE INDEX inbox_due ON inbox(next_attempt_at);"
			    " CREATE INDEX reports_state ON reports(state);"
			    " PRAGMA user_version = 3");
		tu_sql_exec(store, "INSERT INTO reports(tracking_id, created_at, updated_at,"
			    " facts_json, ack_message_id) VALUES ('SEC-2026-0001', 1, 1, '{}', 'a@x'),"
			    " ('SEC-2026-0002', 1, 1, '{}', NULL)");
	}
	g_autoptr(StStore) store = st_store_open(fx->path, 1000, &err);
	g_assert_no_error(err);
	g_assert_cmpint(st_store_schema_version(store), ==, ST_STORE_SCHEMA_VERSION);
	g_assert_cmpint(tu_sql_int(store, "SELECT count(*) FROM sqlite_master"
				   " WHERE name IN ('inbox_due', 'reports_state')"), ==, 0);
	g_autofree char *sql = tu_sql_text(store, "SELECT sql FROM sqlite_master"
					   " WHERE name = 'reports_ack_mid'");
	g_assert_nonnull(strstr(sql, "WHERE ack_message_id IS NOT NULL"));
	/* only the report that has an acknowledgment is in the index */
	g_assert_cmpint(tu_sql_int(store, "SELECT count(*) FROM reports INDEXED BY"
				   " reports_ack_mid WHERE ack_message_id IS NOT NULL"), ==, 1);
	/* the lookup can run on it (INDEXED BY fails when it cannot) */
	g_assert_cmpint(tu_sql_int(store, "SELECT id FROM reports INDEXED BY reports_ack_mid"
				   " WHERE ack_message_id = 'a@x'"), ==, 1);
	/* the reports are kept */
	g_assert_cmpint(tu_sql_int(store, "SELECT count(*) FROM reports"), ==, 2);
}

static void
test_migrate_from_empty_and_refuse_newer(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	g_autofree char *parent = g_path_get_dirname(fx->path);
	sqlite3 *db = NULL;

	/* a version-0 database with foreign data gets the schema added */
	g_mkdir_with_parents(parent, 0700);
	g_assert_cmpint(sqlite3_open(fx->path, &db), ==, SQLITE_OK);
	g_assert_cmpint(sqlite3_exec(db, "CREATE TABLE other(x); INSERT INTO other VALUES (1)",
				     NULL, NULL, NULL), ==, SQLITE_OK);
	sqlite3_close(db);
	{
		g_autoptr(StStore) store = st_store_open(fx->path, 1000, &err);
		g_assert_no_error(err);
		g_assert_cmpint(st_store_schema_version(store), ==, ST_STORE_SCHEMA_VERSION);
		g_assert_cmpint(tu_sql_int(store, "SELECT count(*) FROM other"), ==, 1);
		g_assert_cmpint(tu_sql_int(store, "SELECT count(*) FROM reports"), ==, 0);
		tu_sql_exec(store, "PRAGMA user_version = 999");
	}
	/* a schema newer than the program: refused, not touched */
	StStore *store = st_store_open(fx->path, 1000, &err);
	g_assert_null(store);
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_INVALID);
	g_assert_nonnull(strstr(err->message, "newer"));
	g_clear_error(&err);
}

static void
test_open_errors(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	/* a path below a regular file cannot be created */
	g_autofree char *file = g_build_filename(fx->dir, "plain", NULL);
	g_assert_true(g_file_set_contents(file, "x", 1, NULL));
	g_autofree char *below = g_build_filename(file, "sub", "triage.db", NULL);
	StStore *store = st_store_open(below, 1000, &err);
	g_assert_null(store);
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_IO);
	g_clear_error(&err);

	/* a file that is not a database */
	g_autofree char *junk = g_build_filename(fx->dir, "junk.db", NULL);
	g_assert_true(g_file_set_contents(junk, "this is not an SQLite database, not at all",
					  -1, NULL));
	store = st_store_open(junk, 1000, &err);
	g_assert_null(store);
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_SQL);
	g_clear_error(&err);
}

static void
test_prepare_cache_and_errors(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	g_autoptr(StStore) store = st_store_open(fx->path, 1000, &err);
	g_assert_no_error(err);

	const char *sql = "SELECT count(*) FROM reports WHERE state = ?1";
	sqlite3_stmt *a = st_store_prepare(store, sql, &err);
	g_assert_no_error(err);
	sqlite3_bind_text(a, 1, "new", -1, SQLITE_STATIC);
	g_assert_cmpint(sqlite3_step(a), ==, SQLITE_ROW);
	/* the same text gives the same statement, reset with no bindings */
	g_autofree char *copy = g_strdup(sql);
	sqlite3_stmt *b = st_store_prepare(store, copy, &err);
	g_assert_true(a == b);
	g_assert_false(sqlite3_stmt_busy(b));
	g_assert_cmpint(sqlite3_bind_parameter_count(b), ==, 1);
	sqlite3_reset(b);

	g_assert_null(st_store_prepare(store, "SELEC nonsense", &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_SQL);
	g_clear_error(&err);

	/* regexes: one per pattern, case-insensitive, bad ones refused */
	g_autofree char *pat = g_strdup("\\[(SEC-[0-9]{4})\\]");
	GRegex *r1 = st_store_regex(store, pat, &err);
	g_assert_no_error(err);
	g_assert_true(g_regex_match(r1, "Re: [sec-2026] x", 0, NULL));
	pat[4] = 'X';   /* the same buffer with other text: another regex */
	GRegex *r2 = st_store_regex(store, pat, &err);
	g_assert_true(r2 != r1);
	g_assert_false(g_regex_match(r2, "Re: [sec-2026] x", 0, NULL));
	g_assert_true(g_regex_match(r2, "Re: [SXC-2026] x", 0, NULL));
	pat[4] = 'E';
	g_assert_true(st_store_regex(store, pat, &err) == r1);
	g_assert_null(st_store_regex(store, "([unclosed", &err));
	g_assert_true(err != NULL && err->domain == G_REGEX_ERROR);
	g_clear_error(&err);

	/* a write on a read-only connection: an I/O class error (tempfail) */
	tu_sql_exec(store, "PRAGMA query_only = 1");
	g_assert_cmpint(st_store_add_event(store, 0, 1, "test", "note", NULL, &err), ==, 0);
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_IO);
	g_clear_error(&err);
	tu_sql_exec(store, "PRAGMA query_only = 0");

	/* a second writer past the busy timeout: BUSY */
	g_autoptr(StStore) other = st_store_open(fx->path, 50, &err);
	g_assert_no_error(err);
	g_assert_true(st_store_begin(store, &err));
	g_assert_false(st_store_begin(other, &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_BUSY);
	g_clear_error(&err);
	st_store_rollback(store);
	st_store_rollback(store);   /* no transaction: a no-op */
	g_assert_true(st_store_begin(other, &err));
	g_assert_true(st_store_commit(other, &err));
}

static void
test_events_find_json(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	g_autoptr(StStore) store = st_store_open(fx->path, 1000, &err);
	g_assert_no_error(err);

	tu_sql_exec(store,
		"INSERT INTO reports(id, tracking_id, created_at, updated_at, subject, state,"
		" missing, score, facts_json) VALUES"
		" (1, 'SEC-2026-0001', 100, 100, 'first', 'new', 'version,platform', 60,"
		"  '{\"score\": 60, \"checklist\": {\"poc\": true}}'),"
		" (2, 'SEC-2026-0002', 200, 200, 'second', 'closed', '', 100, '{}'),"
		" (3, 'SEC-2026-0003', 300, 300, 'third', 'triaged', NULL, 90, 'not json')");
	g_assert_cmpint(st_store_add_event(store, 1, 150, "cli:test", "note", "hello", &err), >, 0);
	g_assert_no_error(err);
	g_assert_cmpint(st_store_add_event(store, 0, 150, "milter", "startup", NULL, &err), >, 0);
	g_assert_cmpint(tu_sql_int(store, "SELECT count(*) FROM events WHERE report_id IS NULL"), ==, 1);

	static const struct {
		const char *key;
		gint64 id;
	} finds[] = {
		{ "SEC-2026-0001", 1 }, { "sec-2026-0002", 2 }, { "3", 3 },
		{ "SEC-2026-0009", 0 }, { "9", 0 }, { "3x", 0 }, { "", 0 },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(finds); i++) {
		gint64 id = st_store_find_report(store, finds[i].key, &err);
		g_assert_cmpint(id, ==, finds[i].id);
		if (finds[i].id == 0) {
			g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND);
			g_clear_error(&err);
		} else {
			g_assert_no_error(err);
		}
	}

	/* list: open ones newest first; --all; --state */
	static const struct {
		const char *state;
		gboolean all;
		const char *ids;
	} lists[] = {
		{ NULL, FALSE, "SEC-2026-0003 SEC-2026-0001" },
		{ NULL, TRUE, "SEC-2026-0003 SEC-2026-0002 SEC-2026-0001" },
		{ "closed", FALSE, "SEC-2026-0002" },
		{ "fixing", FALSE, "" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(lists); i++) {
		g_autoptr(JsonNode) node = st_store_list_json(store, lists[i].state,
							      lists[i].all, &err);
		g_assert_no_error(err);
		JsonArray *arr = json_node_get_array(node);
		GString *ids = g_string_new(NULL);
		for (guint j = 0; j < json_array_get_length(arr); j++) {
			JsonObject *o = json_array_get_object_element(arr, j);
			g_string_append_printf(ids, "%s%s", j ? " " : "",
					       json_object_get_string_member(o, "tracking_id"));
		}
		g_assert_cmpstr(ids->str, ==, lists[i].ids);
		g_string_free(ids, TRUE);
	}

	/* show: columns typed, lists as arrays, facts parsed, sections present */
	g_autoptr(JsonNode) node = st_store_report_json(store, 1, &err);
	g_assert_no_error(err);
	JsonObject *o = json_node_get_object(node);
	g_assert_cmpint(json_object_get_int_member(o, "score"), ==, 60);
	JsonArray *missing = json_object_get_array_member(o, "missing");
	g_assert_cmpint(json_array_get_length(missing), ==, 2);
	g_assert_cmpstr(json_array_get_string_element(missing, 1), ==, "platform");
	JsonObject *facts = json_object_get_object_member(o, "facts");
	g_assert_nonnull(facts);
	g_assert_cmpint(json_object_get_int_member(facts, "score"), ==, 60);
	g_assert_false(json_object_has_member(o, "facts_json"));
	JsonArray *events = json_object_get_array_member(o, "events");
	g_assert_cmpint(json_array_get_length(events), ==, 1);
	g_assert_cmpstr(json_object_get_string_member(json_array_get_object_element(events, 0),
						      "detail"), ==, "hello");
	g_assert_nonnull(json_object_get_array_member(o, "messages"));
	g_assert_nonnull(json_object_get_array_member(o, "attachments"));
	g_assert_nonnull(json_object_get_array_member(o, "outbox"));

	g_autoptr(JsonNode) bad = st_store_report_json(store, 3, &err);
	g_assert_no_error(err);
	g_assert_true(json_object_get_null_member(json_node_get_object(bad), "facts") ||
		      JSON_NODE_HOLDS_NULL(json_object_get_member(json_node_get_object(bad), "facts")));
	g_assert_null(st_store_report_json(store, 42, &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND);
	g_clear_error(&err);
}

static void
test_check(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	g_autoptr(StStore) store = st_store_open(fx->path, 1000, &err);
	g_autofree char *report = NULL;
	gboolean ok = FALSE;

	g_assert_true(st_store_check(store, &report, &ok, &err));
	g_assert_true(ok);
	g_assert_cmpstr(report, ==, "ok\n");
	g_clear_pointer(&report, g_free);

	/* a dangling reference (written with foreign keys off) is found */
	tu_sql_exec(store, "PRAGMA foreign_keys = OFF");
	tu_sql_exec(store, "INSERT INTO messages(report_id, received_at, sha256, dedupe_key)"
		       " VALUES (77, 1, 'x', 'x')");
	g_assert_true(st_store_check(store, &report, &ok, &err));
	g_assert_false(ok);
	g_assert_nonnull(strstr(report, "messages"));
}

typedef struct {
	StStorePool *pool;
	int n;
	int failures;
} PoolJob;

static gpointer
pool_worker(gpointer p)
{
	PoolJob *job = p;
	for (int i = 0; i < job->n; i++) {
		GError *err = NULL;
		StStore *store = st_store_pool_acquire(job->pool, &err);
		if (store == NULL || st_store_add_event(store, 0, i, "test", "pool", NULL, &err) == 0) {
			g_printerr("pool: %s\n", err ? err->message : "?");
			g_clear_error(&err);
			g_atomic_int_inc(&job->failures);
		}
		st_store_pool_release(job->pool, store);
	}
	return NULL;
}

static void
test_pool(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	StStorePool *pool = st_store_pool_new(fx->path, 5000, 2);
	PoolJob job = { pool, 50, 0 };
	GThread *threads[6];

	for (gsize i = 0; i < G_N_ELEMENTS(threads); i++)
		threads[i] = g_thread_new("pool", pool_worker, &job);
	for (gsize i = 0; i < G_N_ELEMENTS(threads); i++)
		g_thread_join(threads[i]);
	g_assert_cmpint(job.failures, ==, 0);

	StStore *a = st_store_pool_acquire(pool, &err);
	StStore *b = st_store_pool_acquire(pool, &err);
	g_assert_no_error(err);
	g_assert_true(a != b);
	g_assert_cmpint(tu_sql_int(a, "SELECT count(*) FROM events WHERE kind = 'pool'"), ==, 300);
	/* a connection left in a transaction is rolled back on release */
	g_assert_true(st_store_begin(a, &err));
	st_store_pool_release(pool, a);
	st_store_pool_release(pool, b);
	g_assert_true(st_store_begin(b, &err));
	st_store_rollback(b);
	st_store_pool_free(pool);

	/* all connections taken: BUSY after the wait */
	pool = st_store_pool_new(fx->path, 100, 1);
	a = st_store_pool_acquire(pool, &err);
	g_assert_nonnull(a);
	gint64 t0 = g_get_monotonic_time();
	g_assert_null(st_store_pool_acquire(pool, &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_BUSY);
	g_assert_cmpint(g_get_monotonic_time() - t0, >=, 90 * 1000);
	g_clear_error(&err);
	st_store_pool_release(pool, a);
	st_store_pool_free(pool);

	/* a pool on an impossible path fails each acquire, and recovers its slot */
	g_autofree char *file = g_build_filename(fx->dir, "plain", NULL);
	g_assert_true(g_file_set_contents(file, "x", 1, NULL));
	g_autofree char *below = g_build_filename(file, "triage.db", NULL);
	pool = st_store_pool_new(below, 100, 1);
	for (int i = 0; i < 2; i++) {
		g_assert_null(st_store_pool_acquire(pool, &err));
		g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_IO);
		g_clear_error(&err);
	}
	st_store_pool_free(pool);
}

typedef struct {
	StStorePool *pool;
	int thread;
	int n;
	int wrong;
	gint *commits;
} BatchJobT;

static int
count_commit(void *p)
{
	g_atomic_int_inc((gint *)p);
	return 0;
}

/* A pool of two connections at PATH, each counting its commits in
 * *COMMITS.  st_store_pool_free(). */
static StStorePool *
counting_pool(const char *path, gint *commits)
{
	GError *err = NULL;
	StStorePool *pool = st_store_pool_new(path, 10000, 2);
	StStore *a = st_store_pool_acquire(pool, &err);
	StStore *b = st_store_pool_acquire(pool, &err);

	g_assert_no_error(err);
	sqlite3_commit_hook(st_store_db(a), count_commit, commits);
	sqlite3_commit_hook(st_store_db(b), count_commit, commits);
	st_store_pool_release(pool, a);
	st_store_pool_release(pool, b);
	return pool;
}

/* Insert an event; units with an odd number fail after writing it. */
static gboolean
batch_work(StStore *store, gpointer data, GError **error)
{
	int unit = GPOINTER_TO_INT(data);
	g_autofree char *detail = g_strdup_printf("%d", unit);
	if (st_store_add_event(store, 0, unit, "test", "batch", detail, error) == 0)
		return FALSE;
	g_usleep(500);
	if (unit % 2) {
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_INVALID, "odd %d", unit);
		return FALSE;
	}
	return TRUE;
}

static gpointer
batch_worker(gpointer p)
{
	BatchJobT *job = p;
	for (int i = 0; i < job->n; i++) {
		GError *err = NULL;
		int unit = job->thread * 1000 + i;
		gboolean ok = st_store_pool_run_batched(job->pool, batch_work,
							GINT_TO_POINTER(unit), &err);
		if (ok != !(unit % 2) || (!ok && !g_error_matches(err, ST_STORE_ERROR,
								 ST_STORE_ERROR_INVALID)))
			g_atomic_int_inc(&job->wrong);
		g_clear_error(&err);
	}
	return NULL;
}

static void
test_group_commit(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	gint commits = 0;
	StStorePool *pool = counting_pool(fx->path, &commits);
	StStore *a;

	BatchJobT jobs[8];
	GThread *threads[8];
	for (int i = 0; i < 8; i++) {
		jobs[i] = (BatchJobT){ pool, i, 40, 0, &commits };
		threads[i] = g_thread_new("batch", batch_worker, &jobs[i]);
	}
	for (int i = 0; i < 8; i++) {
		g_thread_join(threads[i]);
		g_assert_cmpint(jobs[i].wrong, ==, 0);
	}
	a = st_store_pool_acquire(pool, &err);
	/* the even units are there, the odd ones were rolled back alone */
	g_assert_cmpint(tu_sql_int(a, "SELECT count(*) FROM events WHERE kind = 'batch'"), ==, 8 * 20);
	g_assert_cmpint(tu_sql_int(a, "SELECT count(*) FROM events WHERE kind = 'batch'"
				   " AND CAST(detail AS INTEGER) %% 2 = 1"), ==, 0);
	/* concurrent units shared commits */
	g_test_message("%d units in %d commits", 8 * 40, commits);
	g_assert_cmpint(commits, <, 8 * 40 / 2);
	g_assert_cmpint(commits, >, 0);
	st_store_pool_release(pool, a);
	st_store_pool_free(pool);

	/* a unit alone still commits; a failing transaction fails the unit */
	pool = st_store_pool_new(fx->path, 100, 1);
	g_assert_true(st_store_pool_run_batched(pool, batch_work, GINT_TO_POINTER(2), &err));
	g_assert_no_error(err);
	g_autoptr(StStore) locker = st_store_open(fx->path, 100, &err);
	g_assert_true(st_store_begin(locker, &err));
	g_assert_false(st_store_pool_run_batched(pool, batch_work, GINT_TO_POINTER(4), &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_BUSY);
	g_clear_error(&err);
	st_store_rollback(locker);
	st_store_pool_free(pool);
}

/* More callers wait than one transaction takes (64): while another
 * connection holds the write lock, 100 callers queue behind the first
 * leader.  Each caller sleeps on its own condition, so the leader must wake
 * the head of what it left behind, or those callers wait forever. */
static void
test_group_commit_overflow(Fixture *fx, gconstpointer data)
{
	enum { N = 100 };
	GError *err = NULL;
	gint commits = 0;
	StStorePool *pool = counting_pool(fx->path, &commits);
	StStore *a;

	g_autoptr(StStore) locker = st_store_open(fx->path, 100, &err);
	g_assert_true(st_store_begin(locker, &err));
	BatchJobT jobs[N];
	GThread *threads[N];
	for (int i = 0; i < N; i++) {
		/* thread * 1000 + i is even: every unit succeeds */
		jobs[i] = (BatchJobT){ pool, 2 * i, 1, 0, &commits };
		threads[i] = g_thread_new("batch", batch_worker, &jobs[i]);
	}
	g_usleep(300 * 1000);
	st_store_rollback(locker);
	for (int i = 0; i < N; i++) {
		g_thread_join(threads[i]);
		g_assert_cmpint(jobs[i].wrong, ==, 0);
	}
	a = st_store_pool_acquire(pool, &err);
	g_assert_cmpint(tu_sql_int(a, "SELECT count(*) FROM events WHERE kind = 'batch'"), ==, N);
	g_test_message("%d units in %d commits", N, commits);
	g_assert_cmpint(commits, >=, 2);
	g_assert_cmpint(commits, <, N / 2);
	st_store_pool_release(pool, a);
	st_store_pool_free(pool);
}

/* One unit of test_deferred_checkpoint: a 16 KB row (four pages and more). */
static gboolean
bulky_work(StStore *store, gpointer data, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(store,
		"INSERT INTO meta(key, value) VALUES (?1, randomblob(16000))", error);
	g_autofree char *key = g_strdup_printf("bulk-%d", GPOINTER_TO_INT(data));

	if (st == NULL)
		return FALSE;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	return st_store_step_done(store, st, "bulky", error);
}

static gint64
file_size(const char *path)
{
	GStatBuf sb;

	g_assert_cmpint(g_stat(path, &sb), ==, 0);
	return sb.st_size;
}

/* Issue #9: a pool that defers checkpoints leaves the WAL alone past
 * SQLite's 1,000 pages until st_store_pool_checkpoint (the triage thread)
 * copies it back, and checkpoints by itself past the safety limit only. */
static void
test_deferred_checkpoint(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	StStorePool *pool = st_store_pool_new(fx->path, 5000, 1);
	int n = 0;

	/* without deferral the pool does not track the WAL: nothing to do */
	g_assert_true(st_store_pool_run_batched(pool, bulky_work, GINT_TO_POINTER(n++), &err));
	g_assert_cmpint(st_store_pool_wal_pages(pool), ==, 0);
	st_store_pool_free(pool);

	pool = st_store_pool_new(fx->path, 5000, 1);
	st_store_pool_defer_checkpoints(pool, 2000);
	gint64 db0 = file_size(fx->path);
	while (n < 200)
		g_assert_true(st_store_pool_run_batched(pool, bulky_work, GINT_TO_POINTER(n++), &err));
	g_assert_no_error(err);
	/* 200 x 16 KB: over SQLite's 1,000 pages in the WAL, none copied back */
	int wal = st_store_pool_wal_pages(pool);
	g_assert_cmpint(wal, >, 1000);
	g_assert_cmpint(wal, <, 2000);
	g_assert_cmpint(file_size(fx->path), ==, db0);
	/* below the threshold asked for: nothing done */
	g_assert_true(st_store_pool_checkpoint(pool, wal + 1, &err));
	g_assert_cmpint(file_size(fx->path), ==, db0);
	g_assert_true(st_store_pool_checkpoint(pool, 1000, &err));
	g_assert_no_error(err);
	g_assert_cmpint(file_size(fx->path), >, db0 + 200 * 16000);
	g_assert_cmpint(st_store_pool_wal_pages(pool), ==, 0);
	/* the next commit starts the WAL afresh */
	g_assert_true(st_store_pool_run_batched(pool, bulky_work, GINT_TO_POINTER(n++), &err));
	g_assert_cmpint(st_store_pool_wal_pages(pool), >, 0);
	g_assert_cmpint(st_store_pool_wal_pages(pool), <, 20);
	/* starved of the background checkpoint, the WAL stays near the limit */
	int most = 0;
	for (int i = 0; i < 500; i++) {
		g_assert_true(st_store_pool_run_batched(pool, bulky_work, GINT_TO_POINTER(n++), &err));
		most = MAX(most, st_store_pool_wal_pages(pool));
	}
	g_assert_cmpint(most, >=, 2000);
	g_assert_cmpint(most, <, 2000 + 20);
	StStore *store = st_store_pool_acquire(pool, &err);
	g_assert_cmpint(tu_sql_int(store, "SELECT count(*) FROM meta WHERE key LIKE 'bulk-%%'"), ==, n);
	st_store_pool_release(pool, store);
	st_store_pool_free(pool);
}

/* Another process opens and closes the database while our connections are
 * open: it must not take itself for the last one and drop our WAL (which it
 * does when this process has lost its POSIX locks, e.g. by opening and
 * closing the database file outside SQLite). */
static void
test_wal_survives_other_process(void)
{
	if (g_test_subprocess()) {
		sqlite3 *db = NULL;
		sqlite3_stmt *st = NULL;
		g_assert_cmpint(sqlite3_open_v2(g_getenv("ST_TEST_DB"), &db,
						SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
		g_assert_cmpint(sqlite3_prepare_v2(db, "SELECT count(*) FROM meta", -1, &st, NULL), ==, SQLITE_OK);
		g_assert_cmpint(sqlite3_step(st), ==, SQLITE_ROW);
		sqlite3_finalize(st);
		sqlite3_close(db);
		return;
	}
	GError *err = NULL;
	g_autofree char *dir = g_dir_make_tmp("st-store-XXXXXX", &err);
	g_autofree char *path = g_build_filename(dir, "triage.db", NULL);
	g_setenv("ST_TEST_DB", path, TRUE);

	StStore *a = st_store_open(path, 1000, &err);
	g_assert_no_error(err);
	tu_sql_exec(a, "INSERT INTO meta(key, value) VALUES ('one', '1')");
	StStore *b = st_store_open(path, 1000, &err);   /* a second connection */
	g_assert_no_error(err);
	g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
	g_test_trap_assert_passed();
	tu_sql_exec(a, "INSERT INTO meta(key, value) VALUES ('two', '2')");
	g_autofree char *wal = g_strconcat(path, "-wal", NULL);
	g_assert_true(g_file_test(wal, G_FILE_TEST_EXISTS));
	StStore *c = st_store_open(path, 1000, &err);
	g_assert_no_error(err);
	g_assert_cmpint(tu_sql_int(c, "SELECT count(*) FROM meta"), ==, 2);
	st_store_close(c);
	st_store_close(b);
	st_store_close(a);
	g_autofree char *shm = g_strconcat(path, "-shm", NULL);
	g_remove(wal);
	g_remove(shm);
	g_remove(path);
	g_rmdir(dir);
}

static char *
canon(const char *text, gsize chunk)
{
	StCanonHash *h = st_canon_hash_new();
	gsize len = strlen(text);
	for (gsize off = 0; off < len; off += chunk)
		st_canon_hash_update(h, text + off, MIN(chunk, len - off));
	return st_canon_hash_finish(h);
}

static void
test_canon_hash(void)
{
	static const struct {
		const char *a;
		const char *b;
		gboolean same;
	} cases[] = {
		{ "Subject: x\n\nbody\n",
		  "Received: from a by b; Mon, 2 Mar 2026 10:00:00 +0000\n"
		  "Return-Path: <a@b>\nSubject: x\n\nbody\n", TRUE },
		{ "Received: by mx (Postfix) id AAA\nSubject: x\n\nbody\n",
		  "Received: by mx (Postfix) id BBB;\n\tfolded\nSubject: x\n\nbody\n", TRUE },
		{ "Subject: x\nFrom: a@b\n\nline 1\nline 2\n",
		  "Subject: x\r\nFrom: a@b\r\n\r\nline 1\r\nline 2\r\n", TRUE },
		{ "Subject: x  y\n\nb\n", "subject:x y\n\nb\n", TRUE },
		{ "Subject: a\n b\n\nb\n", "Subject: a b\n\nb\n", TRUE },
		{ "Authentication-Results: mx; dkim=pass\nS: x\n\nb\n", "S: x\n\nb\n", TRUE },
		{ "Subject: x\n\nbody\n", "Subject: x\n\nbody!\n", FALSE },
		{ "Subject: x\n\nbody\n", "Subject: y\n\nbody\n", FALSE },
		{ "S: x\n\nReceived: in the body counts\n", "S: x\n\n", FALSE },
		{ "A: 1\nB: 2\n\nb\n", "B: 2\nA: 1\n\nb\n", FALSE },
		{ "body  text\n", "body text\n", FALSE },
		{ "S: x\n\nb  \n", "S: x\n\nb\n", FALSE },   /* body whitespace counts */
		{ "", "", TRUE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *a = canon(cases[i].a, 1 << 20);
		g_autofree char *b = canon(cases[i].b, 1 << 20);
		if ((strcmp(a, b) == 0) != cases[i].same)
			g_error("case %zu: \"%s\" vs \"%s\": same %d", i, cases[i].a, cases[i].b,
				strcmp(a, b) == 0);
		/* chunking does not matter, down to one byte at a time */
		for (gsize chunk = 1; chunk < 8; chunk++) {
			g_autofree char *c = canon(cases[i].b, chunk);
			g_assert_cmpstr(c, ==, b);
		}
		g_assert_cmpint(strlen(a), ==, 64);
	}
	/* a line longer than the line buffer: hashed whole, chunking aside */
	g_autofree char *longline = g_strnfill(200 * 1024, 'z');
	g_autofree char *msg = g_strconcat("S: x\n\n", longline, "\n", NULL);
	g_autofree char *h1 = canon(msg, 4096);
	g_autofree char *h2 = canon(msg, 100 * 1024);
	g_assert_cmpstr(h1, ==, h2);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	/* first: it sets an environment variable, before any thread exists */
	g_test_add_func("/store/wal-survives-other-process", test_wal_survives_other_process);
#define ADD(name, fn) g_test_add("/store/" name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
	ADD("open-modes-pragmas", test_open_modes_pragmas);
	ADD("schema-tables", test_schema_tables);
	ADD("migrations-idempotent", test_migrations_idempotent);
	ADD("migrate-from-empty-refuse-newer", test_migrate_from_empty_and_refuse_newer);
	ADD("migrate-intake-indexes", test_migrate_intake_indexes);
	ADD("open-errors", test_open_errors);
	ADD("prepare-cache-errors", test_prepare_cache_and_errors);
	ADD("events-find-json", test_events_find_json);
	ADD("check", test_check);
	ADD("pool", test_pool);
	ADD("group-commit", test_group_commit);
	ADD("group-commit-overflow", test_group_commit_overflow);
	ADD("deferred-checkpoint", test_deferred_checkpoint);
	g_test_add_func("/store/canon-hash", test_canon_hash);
	return g_test_run();
}
