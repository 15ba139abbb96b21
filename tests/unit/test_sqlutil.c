/* test_sqlutil.c — SQLite errors become ST_STORE_ERROR with the code
 * store.h documents (real failures on a real temp database: bad SQL, a
 * constraint, a lock held by a second connection, a read-only connection),
 * and the text column copy. */
#include <string.h>

#include "sectriage/sqlutil.h"
#include "testutil.h"

static const struct {
	const char *sql;
	int code;
	const char *what;      /* prefix asked for; NULL: none */
	const char *message;   /* the whole message */
} fail_cases[] = {
	{ "SELECT nope FROM reports", ST_STORE_ERROR_SQL, NULL, "no such column: nope" },
	{ "SELECT nope FROM reports", ST_STORE_ERROR_SQL, "digest", "digest: no such column: nope" },
	{ "INSERT INTO meta(key, value) VALUES ('k', 'v')", ST_STORE_ERROR_SQL, "outbox: step",
	  "outbox: step: UNIQUE constraint failed: meta.key" },
};

static void
test_fail(TuDb *db, gconstpointer data)
{
	sqlite3 *h = st_store_db(db->store);

	tu_sql_exec(db->store, "INSERT INTO meta(key, value) VALUES ('k', 'v')");
	for (gsize i = 0; i < G_N_ELEMENTS(fail_cases); i++) {
		g_autoptr(GError) err = NULL;
		g_assert_cmpint(sqlite3_exec(h, fail_cases[i].sql, NULL, NULL, NULL), !=, SQLITE_OK);
		g_assert_false(st_sql_fail(h, fail_cases[i].what, &err));
		g_assert_error(err, ST_STORE_ERROR, fail_cases[i].code);
		g_assert_cmpstr(err->message, ==, fail_cases[i].message);
	}
	/* ERROR may be NULL */
	g_assert_false(st_sql_fail(h, NULL, NULL));
}

/* A second connection holds the write lock: BUSY. */
static void
test_busy(TuDb *db, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	StStore *other = st_store_open(st_store_path(db->store), 0, &err);
	g_assert_no_error(err);
	tu_sql_exec(other, "BEGIN IMMEDIATE");
	sqlite3 *h = st_store_db(db->store);
	sqlite3_busy_timeout(h, 0);
	g_assert_cmpint(sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_BUSY);
	g_assert_false(st_sql_fail(h, "begin", &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_BUSY);
	g_assert_true(g_str_has_prefix(err->message, "begin: "));
	tu_sql_exec(other, "ROLLBACK");
	st_store_close(other);
}

/* A read-only connection refuses a write: IO (read-only counts as I/O). */
static void
test_readonly(TuDb *db, gconstpointer data)
{
	g_autoptr(GError) err = NULL;
	sqlite3 *ro = NULL;
	g_assert_cmpint(sqlite3_open_v2(st_store_path(db->store), &ro, SQLITE_OPEN_READONLY, NULL),
			==, SQLITE_OK);
	g_assert_cmpint(sqlite3_exec(ro, "INSERT INTO meta(key, value) VALUES ('r', 'o')",
				     NULL, NULL, NULL), ==, SQLITE_READONLY);
	g_assert_false(st_sql_fail(ro, NULL, &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_IO);
	sqlite3_close(ro);
}

static void
test_column_dup(TuDb *db, gconstpointer data)
{
	sqlite3_stmt *st = NULL;
	g_assert_cmpint(sqlite3_prepare_v2(st_store_db(db->store), "SELECT 'text', NULL, 12",
					   -1, &st, NULL), ==, SQLITE_OK);
	g_assert_cmpint(sqlite3_step(st), ==, SQLITE_ROW);
	g_autofree char *a = st_sql_column_dup(st, 0);
	g_autofree char *b = st_sql_column_dup(st, 1);
	g_autofree char *c = st_sql_column_dup(st, 2);
	sqlite3_finalize(st);
	g_assert_cmpstr(a, ==, "text");
	g_assert_null(b);
	g_assert_cmpstr(c, ==, "12");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add("/sqlutil/fail", TuDb, NULL, tu_db_setup, test_fail, tu_db_teardown);
	g_test_add("/sqlutil/busy", TuDb, NULL, tu_db_setup, test_busy, tu_db_teardown);
	g_test_add("/sqlutil/readonly", TuDb, NULL, tu_db_setup, test_readonly, tu_db_teardown);
	g_test_add("/sqlutil/column-dup", TuDb, NULL, tu_db_setup, test_column_dup, tu_db_teardown);
	return g_test_run();
}
