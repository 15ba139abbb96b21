/*
 * sqlutil.h — small SQLite helpers for the modules that run their own
 * statements on a store's connection (digest, dupes, export, outbox,
 * workflow, the CLI): one way to turn the connection's last error into a
 * GError, and one way to copy a text column.
 *
 * Errors are in ST_STORE_ERROR with the codes store.h documents: BUSY and
 * LOCKED -> ST_STORE_ERROR_BUSY, FULL -> ST_STORE_ERROR_FULL, I/O,
 * read-only, cannot-open and permission errors -> ST_STORE_ERROR_IO, the
 * rest -> ST_STORE_ERROR_SQL.
 */
#ifndef SECTRIAGE_SQLUTIL_H
#define SECTRIAGE_SQLUTIL_H

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Set ERROR from DB's last error code and message: "WHAT: message", or the
 * message alone when WHAT is NULL.  Returns FALSE, for
 * `return st_sql_fail(db, "digest", error);`. */
gboolean st_sql_fail(sqlite3 *db, const char *what, GError **error);

/* Column COL of the current row of ST as a new string; NULL when the
 * column is NULL.  g_free. */
char *st_sql_column_dup(sqlite3_stmt *st, int col);

G_END_DECLS
#endif
