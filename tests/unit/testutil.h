/*
 * testutil.h — fixtures shared by the unit test programs.  Header-only
 * (static inline functions) because the Makefile builds each
 * tests/unit/test_*.c alone into a program linked with build/libsectriage.a.
 *
 * What it offers:
 *   tu_repo_path()       a file of this repository (rules/, tests/data/...)
 *   tu_repo_rules()      the repository's rules/, loaded
 *   tu_rules_text()      rules from key-file text
 *   tu_tmpdir()          a new private temp directory
 *   tu_rm_rf()           remove a directory tree (never follows a link)
 *   tu_temp_store()      a new database in a new temp directory
 *   tu_db_open/close()   a fixture: temp database, repository rules, config
 *   tu_db_setup/teardown()  the same as g_test_add set-up and tear-down
 *                        for the fixture type TuDb
 *   tu_write_file()      DIR/NAME with TEXT
 *   tu_sql_int(), tu_sql_text(), tu_sql_exec()   one-shot SQL on a store
 *   tu_config()          the default config, sending as security@superrad.company
 *   tu_parse()           an StMessage from message text (parse.c, default config)
 *   tu_analysis_of()     an empty StAnalysis holding tu_parse() of the text
 *   tu_gmime_parse()     a GMimeMessage from message text (GMime alone)
 *   tu_time()            unix time of ISO 8601 text
 *   tu_sha256()          hex SHA-256 by GLib's GChecksum: an implementation
 *                        independent of the product's (sha256.c, Nettle)
 *
 * Every helper asserts on failure (a fixture that cannot be built fails the
 * test where it stands), so none returns NULL unless it says so.
 */
#ifndef SECTRIAGE_TEST_TESTUTIL_H
#define SECTRIAGE_TEST_TESTUTIL_H

#include <stdarg.h>
#include <string.h>
#include <sqlite3.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <gmime/gmime.h>

#include "sectriage/analysis.h"
#include "sectriage/common.h"
#include "sectriage/config.h"
#include "sectriage/message.h"
#include "sectriage/rules.h"
#include "sectriage/store.h"

/* REL (a NULL-terminated list of path elements) under the repository: below
 * $ST_ROOT when set (tests/run-all.sh, out-of-tree builds), else below the
 * directory two levels above this binary (BUILD/tests/test_x), else below the
 * working directory.  Returns the first candidate that exists, or the last
 * one when none does (so that the error names a path); g_free. */
static inline char *
tu_repo_path(const char *first, ...) G_GNUC_NULL_TERMINATED;
static inline char *
tu_repo_path(const char *first, ...)
{
	g_autoptr(GPtrArray) parts = g_ptr_array_new();
	va_list ap;
	va_start(ap, first);
	for (const char *p = first; p != NULL; p = va_arg(ap, const char *))
		g_ptr_array_add(parts, (gpointer)p);
	va_end(ap);
	g_ptr_array_add(parts, NULL);
	g_autofree char *rel = g_build_filenamev((char **)parts->pdata);

	g_autofree char *exe = g_file_read_link("/proc/self/exe", NULL);
	g_autofree char *exedir = exe ? g_path_get_dirname(exe) : g_strdup(".");
	const char *root = g_getenv("ST_ROOT");
	char *cand[3] = {
		root && *root ? g_build_filename(root, rel, NULL) : NULL,
		g_build_filename(exedir, "..", "..", rel, NULL),
		g_strdup(rel),
	};
	char *found = NULL;
	for (gsize i = 0; i < G_N_ELEMENTS(cand); i++) {
		if (found == NULL && cand[i] != NULL && g_file_test(cand[i], G_FILE_TEST_EXISTS))
			found = g_steal_pointer(&cand[i]);
		g_free(cand[i]);
	}
	return found ? found : g_steal_pointer(&rel);
}

/* The repository's rules/ (see tu_repo_path), loaded; st_rules_unref. */
static inline StRules *
tu_repo_rules(void)
{
	g_autofree char *dir = tu_repo_path("rules", NULL);
	g_autoptr(GError) err = NULL;
	StRules *r = st_rules_load(dir, &err);
	g_assert_no_error(err);
	g_assert_nonnull(r);
	return r;
}

/* Rules from key-file TEXT; st_rules_unref. */
static inline StRules *
tu_rules_text(const char *text)
{
	g_autoptr(GError) err = NULL;
	StRules *r = st_rules_load_data(text, -1, &err);
	g_assert_no_error(err);
	g_assert_nonnull(r);
	return r;
}

/* A new private temp directory named after TEMPLATE (ends in XXXXXX);
 * remove with tu_rm_rf, then g_free. */
static inline char *
tu_tmpdir(const char *template)
{
	g_autoptr(GError) err = NULL;
	char *dir = g_dir_make_tmp(template, &err);
	g_assert_no_error(err);
	g_assert_nonnull(dir);
	return dir;
}

/* Remove PATH and, when it is a directory (not a link to one), everything
 * below it.  Missing paths are fine. */
static inline void
tu_rm_rf(const char *path)
{
	if (!g_file_test(path, G_FILE_TEST_IS_SYMLINK) && g_file_test(path, G_FILE_TEST_IS_DIR)) {
		g_chmod(path, 0700);
		GDir *d = g_dir_open(path, 0, NULL);
		const char *name;
		while (d && (name = g_dir_read_name(d)) != NULL) {
			g_autofree char *p = g_build_filename(path, name, NULL);
			tu_rm_rf(p);
		}
		if (d)
			g_dir_close(d);
	}
	g_remove(path);
}

/* A new database DIR/triage.db in a new temp directory *DIR (g_free; remove
 * with tu_rm_rf).  Returns the open store; st_store_close. */
static inline StStore *
tu_temp_store(char **dir)
{
	g_autoptr(GError) err = NULL;
	*dir = tu_tmpdir("st-test-XXXXXX");
	g_autofree char *path = g_build_filename(*dir, "triage.db", NULL);
	StStore *s = st_store_open(path, 5000, &err);
	g_assert_no_error(err);
	g_assert_nonnull(s);
	return s;
}

/* The built-in default config with from_address security@superrad.company;
 * st_config_unref. */
static inline StConfig *
tu_config(void)
{
	StConfig *cfg = st_config_default();
	g_free(cfg->from_address);
	cfg->from_address = g_strdup("security@superrad.company");
	return cfg;
}

/* A test database with what the modules that read it need. */
typedef struct TuDb {
	char *dir;          /* temp directory holding triage.db */
	StStore *store;
	StRules *rules;     /* the repository's rules/ */
	StConfig *cfg;      /* tu_config() */
} TuDb;

/* Fill DB: a new database in a new temp directory, the repository's rules,
 * tu_config().  Undo with tu_db_close. */
static inline void
tu_db_open(TuDb *db)
{
	db->store = tu_temp_store(&db->dir);
	db->rules = tu_repo_rules();
	db->cfg = tu_config();
}

/* Close and free what tu_db_open made, and remove the temp directory. */
static inline void
tu_db_close(TuDb *db)
{
	st_store_close(db->store);
	st_rules_unref(db->rules);
	st_config_unref(db->cfg);
	tu_rm_rf(db->dir);
	g_free(db->dir);
	memset(db, 0, sizeof *db);
}

/* g_test_add set-up and tear-down for the fixture type TuDb:
 * g_test_add(PATH, TuDb, NULL, tu_db_setup, test_x, tu_db_teardown). */
static inline void
tu_db_setup(TuDb *db, gconstpointer data)
{
	tu_db_open(db);
}

static inline void
tu_db_teardown(TuDb *db, gconstpointer data)
{
	tu_db_close(db);
}

/* Write TEXT to DIR/NAME.  Returns the path; g_free (a caller that drops
 * it leaks, which make sanitize reports: hence the warning). */
static inline char *
tu_write_file(const char *dir, const char *name, const char *text) G_GNUC_WARN_UNUSED_RESULT;
static inline char *
tu_write_file(const char *dir, const char *name, const char *text)
{
	g_autoptr(GError) err = NULL;
	char *path = g_build_filename(dir, name, NULL);
	g_file_set_contents(path, text, -1, &err);
	g_assert_no_error(err);
	return path;
}

/* The first column of the first row of the SQL (printf FMT) on STORE's
 * connection as an integer; -1 when there is no row or it is NULL. */
static inline gint64
tu_sql_int(StStore *store, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
static inline gint64
tu_sql_int(StStore *store, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_autofree char *sql = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	sqlite3_stmt *st = NULL;
	gint64 v = -1;
	g_assert_cmpint(sqlite3_prepare_v2(st_store_db(store), sql, -1, &st, NULL), ==, SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* The same as text; NULL when there is no row or it is NULL; g_free. */
static inline char *
tu_sql_text(StStore *store, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
static inline char *
tu_sql_text(StStore *store, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_autofree char *sql = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	sqlite3_stmt *st = NULL;
	char *v = NULL;
	g_assert_cmpint(sqlite3_prepare_v2(st_store_db(store), sql, -1, &st, NULL), ==, SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = g_strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return v;
}

/* Run SQL (no parameters) on STORE's connection; a failure ends the test. */
static inline void
tu_sql_exec(StStore *store, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(st_store_db(store), sql, NULL, NULL, &msg) != SQLITE_OK)
		g_error("%s: %s", sql, msg);
}

/* TEXT (a whole message) parsed by parse.c with the default config;
 * st_message_free.  Never NULL. */
static inline StMessage *
tu_parse(const char *text)
{
	g_autoptr(StConfig) cfg = st_config_default();
	StMessage *msg = st_message_parse_data(text, strlen(text), cfg);
	g_assert_nonnull(msg);
	return msg;
}

/* A new StAnalysis whose msg is tu_parse(TEXT); st_analysis_free. */
static inline StAnalysis *
tu_analysis_of(const char *text)
{
	StAnalysis *a = st_analysis_new();
	a->msg = tu_parse(text);
	return a;
}

/* TEXT parsed by GMime alone (what a mail reader sees); g_object_unref. */
static inline GMimeMessage *
tu_gmime_parse(const char *text)
{
	g_autoptr(GMimeStream) s = g_mime_stream_mem_new_with_buffer(text, strlen(text));
	g_autoptr(GMimeParser) p = g_mime_parser_new_with_stream(s);
	GMimeMessage *m = g_mime_parser_construct_message(p, NULL);
	g_assert_nonnull(m);
	return m;
}

/* Unix time of ISO 8601 text with a zone. */
static inline gint64
tu_time(const char *iso)
{
	g_autoptr(GDateTime) d = g_date_time_new_from_iso8601(iso, NULL);
	g_assert_nonnull(d);
	return g_date_time_to_unix(d);
}

/* Lower-case hex SHA-256 of DATA into OUT (65 bytes), by GChecksum. */
static inline void
tu_sha256(const void *data, gsize len, char out[65])
{
	g_autofree char *hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, data, len);

	g_strlcpy(out, hex, 65);
}

#endif
