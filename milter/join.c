/*
 * join.c — threading lookups and tracking ids (see join.h).
 */
#include <string.h>

#include <sqlite3.h>

#include "sectriage/join.h"

gboolean
st_join_by_subject(StStore *store, const StConfig *cfg, const char *subject,
		   gint64 *report_id, GError **error)
{
	g_autofree char *prefix = NULL;
	g_autofree char *pattern = NULL;
	g_autoptr(GMatchInfo) mi = NULL;
	GRegex *re;

	*report_id = 0;
	if (subject == NULL || strchr(subject, '[') == NULL)
		return TRUE;
	/* the prefix is read each time (a configuration may change it) and
	 * the connection compiles each pattern once */
	prefix = g_regex_escape_string(cfg->id_prefix ? cfg->id_prefix : "SEC", -1);
	pattern = g_strdup_printf("\\[(%s-[0-9]{4}-[0-9]{4,})\\]", prefix);
	re = st_store_regex(store, pattern, NULL);
	if (re == NULL)
		return TRUE;
	g_regex_match(re, subject, 0, &mi);
	while (g_match_info_matches(mi)) {
		g_autofree char *id = g_match_info_fetch(mi, 1);
		if (!st_store_report_by_tracking_id(store, id, report_id, error))
			return FALSE;
		if (*report_id > 0)
			return TRUE;
		g_match_info_next(mi, NULL);
	}
	return TRUE;
}

/* The report of MID by ST (bound to ?1), or 0. */
static gboolean
lookup_mid(StStore *store, sqlite3_stmt *st, const char *mid, gint64 *report_id,
	   const char *what, GError **error)
{
	*report_id = 0;
	if (mid == NULL || *mid == '\0')
		return TRUE;
	sqlite3_bind_text(st, 1, mid, -1, SQLITE_STATIC);
	return st_store_step_int(store, st, report_id, what, error);
}

gboolean
st_join_by_references(StStore *store, const char *in_reply_to, const GPtrArray *refs,
		      gint64 *report_id, GError **error)
{
	sqlite3_stmt *st;
	guint n = refs ? refs->len : 0;

	*report_id = 0;
	if (n == 0 && in_reply_to == NULL)
		return TRUE;
	st = st_store_prepare(store,
		"SELECT report_id FROM messages WHERE message_id = ?1"
		" UNION ALL SELECT report_id FROM inbox WHERE message_id = ?1"
		" UNION ALL SELECT id FROM reports WHERE ack_message_id = ?1"
		" UNION ALL SELECT report_id FROM outbox"
		"   WHERE message_id = ?1 AND report_id IS NOT NULL"
		" LIMIT 1", error);
	if (st == NULL)
		return FALSE;
	/* In-Reply-To first (the newest), then References newest first */
	if (!lookup_mid(store, st, in_reply_to, report_id, "thread by references", error))
		return FALSE;
	for (guint i = n; *report_id == 0 && i-- > 0;)
		if (!lookup_mid(store, st, g_ptr_array_index(refs, i), report_id,
				"thread by references", error))
			return FALSE;
	return TRUE;
}

gboolean
st_join_by_message_id(StStore *store, const char *message_id, gint64 *report_id,
		      GError **error)
{
	sqlite3_stmt *st = st_store_prepare(store,
		"SELECT report_id FROM messages WHERE message_id = ?1"
		" UNION ALL SELECT report_id FROM inbox WHERE message_id = ?1"
		" LIMIT 1", error);

	*report_id = 0;
	if (st == NULL)
		return FALSE;
	return lookup_mid(store, st, message_id, report_id, "find message id", error);
}

char *
st_join_new_tracking_id(StStore *store, const StConfig *cfg, gint64 now, GError **error)
{
	g_autoptr(GDateTime) t = g_date_time_new_from_unix_utc(now);
	int year = t != NULL ? g_date_time_get_year(t) : 1970;
	sqlite3_stmt *alloc = st_store_prepare(store,
		"INSERT INTO counters(year, next) VALUES (?1, 2)"
		" ON CONFLICT(year) DO UPDATE SET next = next + 1"
		" RETURNING next - 1", error);
	sqlite3_stmt *check = st_store_prepare(store,
		"SELECT id FROM reports WHERE tracking_id = ?1", error);

	if (alloc == NULL || check == NULL)
		return NULL;
	for (int tries = 0; tries < 1000; tries++) {
		gint64 n, taken;
		sqlite3_bind_int(alloc, 1, year);
		if (!st_store_step_int(store, alloc, &n, "allocate tracking id", error))
			return NULL;
		char *id = g_strdup_printf("%s-%04d-%04" G_GINT64_FORMAT,
					   cfg->id_prefix ? cfg->id_prefix : "SEC", year, n);
		sqlite3_bind_text(check, 1, id, -1, SQLITE_STATIC);
		if (!st_store_step_int(store, check, &taken, "check tracking id", error)) {
			g_free(id);
			return NULL;
		}
		if (taken == 0)
			return id;
		g_free(id);     /* counters fell behind (restored backup?): skip */
	}
	g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_SQL,
		    "no free tracking id for %d", year);
	return NULL;
}
