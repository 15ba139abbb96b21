/*
 * sqlutil.c — SQLite error and column helpers shared by the modules that
 * run their own statements (see sqlutil.h).
 */
#include "sectriage/sqlutil.h"
#include "sectriage/store.h"

gboolean
st_sql_fail(sqlite3 *db, const char *what, GError **error)
{
	int code;

	switch (sqlite3_errcode(db) & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		code = ST_STORE_ERROR_BUSY;
		break;
	case SQLITE_FULL:
		code = ST_STORE_ERROR_FULL;
		break;
	case SQLITE_IOERR:
	case SQLITE_READONLY:
	case SQLITE_CANTOPEN:
	case SQLITE_PERM:
		code = ST_STORE_ERROR_IO;
		break;
	default:
		code = ST_STORE_ERROR_SQL;
		break;
	}
	if (what != NULL)
		g_set_error(error, ST_STORE_ERROR, code, "%s: %s", what, sqlite3_errmsg(db));
	else
		g_set_error(error, ST_STORE_ERROR, code, "%s", sqlite3_errmsg(db));
	return FALSE;
}

char *
st_sql_column_dup(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return t ? g_strdup((const char *)t) : NULL;
}
