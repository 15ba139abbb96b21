/*
 * dupes.c — possible duplicates: same PoC, same attachment, similar text.
 *
 * Attachment matches come from the attachments table (sha256 is indexed).
 * Text similarity is MinHash over character trigrams of the report's first
 * message text (parsed from messages.raw with GMime through parse.c; quoted
 * lines dropped), compared with the reports filed just before and after it
 * (by row id, a bounded window).  Signatures are cached in dupe_signatures.
 * Nothing is merged: the caller only shows the list.
 */
#include <string.h>
#include <sqlite3.h>

#include "sectriage/dupes.h"
#include "sectriage/message.h"
#include "sectriage/sqlutil.h"

#define WINDOW_BEFORE 400
#define WINDOW_AFTER 100
#define MAX_TEXT 16384

void
st_dupe_free(StDupe *d)
{
	if (d == NULL)
		return;
	g_free(d->tracking_id);
	g_free(d->reason);
	g_free(d);
}

/* ---- MinHash ---- */

static guint64
splitmix(guint64 x)
{
	x += 0x9e3779b97f4a7c15ULL;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

/* Lower-cased, whitespace-collapsed, quoted lines ('>') dropped, bounded. */
static char *
normalise(const char *text)
{
	GString *out = g_string_new(NULL);
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	gboolean space = TRUE;

	for (guint i = 0; lines[i] && out->len < MAX_TEXT; i++) {
		const char *l = lines[i];
		while (*l == ' ' || *l == '\t')
			l++;
		if (*l == '>')
			continue;
		for (const char *p = l; *p && out->len < MAX_TEXT; p = g_utf8_next_char(p)) {
			gunichar c = g_utf8_get_char_validated(p, -1);
			if (c == (gunichar)-1 || c == (gunichar)-2)
				break;
			if (g_unichar_isspace(c) || !g_unichar_isprint(c)) {
				if (!space)
					g_string_append_c(out, ' ');
				space = TRUE;
				continue;
			}
			g_string_append_unichar(out, g_unichar_tolower(c));
			space = FALSE;
		}
		if (!space)
			g_string_append_c(out, ' ');
		space = TRUE;
	}
	if (out->len > 0 && out->str[out->len - 1] == ' ')
		g_string_truncate(out, out->len - 1);
	return g_string_free(out, FALSE);
}

/* Call FN for the 64-bit hash of each character trigram of normalised S. */
static guint
trigrams(const char *s, void (*fn)(guint64 h, gpointer data), gpointer data)
{
	const char *a = s;
	guint n = 0;

	if (*a == '\0')
		return 0;
	const char *b = g_utf8_next_char(a);
	if (*b == '\0')
		return 0;
	const char *c = g_utf8_next_char(b);
	while (*c) {
		const char *d = g_utf8_next_char(c);
		guint64 h = 0xcbf29ce484222325ULL;	/* FNV-1a */
		for (const char *p = a; p < d; p++)
			h = (h ^ (guchar)*p) * 0x100000001b3ULL;
		fn(h, data);
		n++;
		a = b;
		b = c;
		c = d;
	}
	return n;
}

static void
minhash_one(guint64 h, gpointer data)
{
	guint32 *sig = data;
	for (int k = 0; k < ST_MINHASH_K; k++) {
		guint32 v = (guint32)splitmix(h ^ (0x5bd1e995ULL * (k + 1)));
		if (v < sig[k])
			sig[k] = v;
	}
}

gboolean
st_minhash(const char *text, guint32 sig[ST_MINHASH_K])
{
	for (int k = 0; k < ST_MINHASH_K; k++)
		sig[k] = G_MAXUINT32;
	if (text == NULL)
		return FALSE;
	g_autofree char *n = normalise(text);
	return trigrams(n, minhash_one, sig) > 0;
}

double
st_minhash_similarity(const guint32 a[ST_MINHASH_K], const guint32 b[ST_MINHASH_K])
{
	int same = 0;
	for (int k = 0; k < ST_MINHASH_K; k++)
		same += a[k] == b[k];
	return (double)same / ST_MINHASH_K;
}

static void
set_add(guint64 h, gpointer data)
{
	guint64 *k = g_new(guint64, 1);
	*k = h;
	g_hash_table_add(data, k);
}

double
st_trigram_jaccard(const char *a, const char *b)
{
	g_autoptr(GHashTable) sa = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
	g_autoptr(GHashTable) sb = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
	g_autofree char *na = normalise(a ? a : "");
	g_autofree char *nb = normalise(b ? b : "");
	trigrams(na, set_add, sa);
	trigrams(nb, set_add, sb);
	guint inter = 0, uni = g_hash_table_size(sb);
	GHashTableIter it;
	gpointer k;
	g_hash_table_iter_init(&it, sa);
	while (g_hash_table_iter_next(&it, &k, NULL)) {
		if (g_hash_table_contains(sb, k))
			inter++;
		else
			uni++;
	}
	return uni ? (double)inter / uni : 0.0;
}

/* The text a report's signature is made of: its first message's body, or
 * its subject when no message is stored.  g_free(). */
static char *
report_text(sqlite3 *db, const StConfig *cfg, gint64 id)
{
	sqlite3_stmt *st = NULL;
	char *text = NULL;

	if (sqlite3_prepare_v2(db, "SELECT m.raw, r.subject FROM reports r LEFT JOIN messages m"
			       " ON m.id = (SELECT min(id) FROM messages WHERE report_id = r.id)"
			       " WHERE r.id = ?", -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		const void *raw = sqlite3_column_blob(st, 0);
		int len = sqlite3_column_bytes(st, 0);
		if (raw && len > 0) {
			g_autoptr(StMessage) m = st_message_parse_data(raw, len, cfg);
			if (m && m->body_text && *m->body_text)
				text = g_strdup(m->body_text);
		}
		if (text == NULL && sqlite3_column_text(st, 1))
			text = g_strdup((const char *)sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	return text;
}

/* Signature of report ID, from the cache or computed and cached.
 * FALSE when the report has too little text. */
static gboolean
signature(sqlite3 *db, const StConfig *cfg, gint64 id, guint32 sig[ST_MINHASH_K])
{
	sqlite3_stmt *st = NULL;
	gboolean found = FALSE, ok = FALSE;

	if (sqlite3_prepare_v2(db, "SELECT sig FROM dupe_signatures WHERE report_id = ?",
			       -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) == SQLITE_ROW) {
			found = TRUE;
			if (sqlite3_column_bytes(st, 0) == (int)(sizeof(guint32) * ST_MINHASH_K)) {
				memcpy(sig, sqlite3_column_blob(st, 0), sizeof(guint32) * ST_MINHASH_K);
				ok = TRUE;
			}
		}
		sqlite3_finalize(st);
	}
	if (found)
		return ok;
	g_autofree char *text = report_text(db, cfg, id);
	ok = st_minhash(text, sig);
	if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO dupe_signatures(report_id, sig)"
			       " VALUES (?, ?)", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, id);
		if (ok)
			sqlite3_bind_blob(st, 2, sig, sizeof(guint32) * ST_MINHASH_K, SQLITE_TRANSIENT);
		else
			sqlite3_bind_zeroblob(st, 2, 0);
		sqlite3_step(st);
		sqlite3_finalize(st);
	}
	return ok;
}

/* ---- finding duplicates ---- */

static StDupe *
find_in(GPtrArray *out, gint64 id)
{
	for (guint i = 0; i < out->len; i++) {
		StDupe *d = g_ptr_array_index(out, i);
		if (d->report_id == id)
			return d;
	}
	return NULL;
}

static void
add_dupe(GPtrArray *out, gint64 id, const char *tracking, const char *reason, double sim)
{
	if (find_in(out, id))
		return;
	StDupe *d = g_new0(StDupe, 1);
	d->report_id = id;
	d->tracking_id = g_strdup(tracking);
	d->reason = g_strdup(reason);
	d->similarity = sim;
	g_ptr_array_add(out, d);
}

static gboolean
same_attachments(sqlite3 *db, gint64 id, gint64 min_bytes, GPtrArray *out, GError **error)
{
	sqlite3_stmt *st = NULL;

	/* PoC matches first, then other attachments.  Parts every message of
	 * a kind carries (PGP/MIME's "Version: 1" control part, signatures)
	 * and tiny ones say nothing: min_attachment_bytes in rules. */
	if (sqlite3_prepare_v2(db,
			       "SELECT b.report_id, r.tracking_id, a.filename,"
			       " (a.role = 'poc' OR b.role = 'poc') AS poc"
			       " FROM attachments a JOIN attachments b ON b.sha256 = a.sha256"
			       " AND b.report_id != a.report_id JOIN reports r ON r.id = b.report_id"
			       " WHERE a.report_id = ?1 AND a.size >= ?2"
			       " AND COALESCE(a.content_type, '') NOT IN ('application/pgp-encrypted',"
			       " 'application/pgp-signature', 'application/pkcs7-signature',"
			       " 'application/x-pkcs7-signature', 'application/pgp-keys')"
			       " GROUP BY b.report_id ORDER BY max(poc) DESC, b.report_id LIMIT 50",
			       -1, &st, NULL) != SQLITE_OK)
		return st_sql_fail(db, NULL, error);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, min_bytes);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *fn = (const char *)sqlite3_column_text(st, 2);
		g_autofree char *reason = g_strdup_printf("%s (%s)",
			sqlite3_column_int(st, 3) ? "same PoC" : "same attachment",
			fn ? fn : "unnamed");
		add_dupe(out, sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
			 reason, 1.0);
	}
	sqlite3_finalize(st);
	return TRUE;
}

typedef struct Cand {
	gint64 id;
	char *tracking_id;
	gboolean cached;
	gboolean usable;
	guint32 sig[ST_MINHASH_K];
} Cand;

static void
cand_clear(gpointer p)
{
	g_free(((Cand *)p)->tracking_id);
}

/* The reports filed just before and after ID with their cached signatures,
 * in one query. */
static GArray *
candidates(sqlite3 *db, gint64 id, GError **error)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db,
			       "SELECT r.id, r.tracking_id, s.sig, s.report_id IS NOT NULL FROM"
			       " (SELECT id, tracking_id FROM (SELECT id, tracking_id FROM reports"
			       "   WHERE id < ?1 ORDER BY id DESC LIMIT ?2)"
			       "  UNION ALL SELECT id, tracking_id FROM (SELECT id, tracking_id"
			       "   FROM reports WHERE id > ?1 ORDER BY id LIMIT ?3)) AS r"
			       " LEFT JOIN dupe_signatures s ON s.report_id = r.id",
			       -1, &st, NULL) != SQLITE_OK) {
		st_sql_fail(db, NULL, error);
		return NULL;
	}
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, WINDOW_BEFORE);
	sqlite3_bind_int(st, 3, WINDOW_AFTER);
	GArray *out = g_array_new(FALSE, TRUE, sizeof(Cand));
	g_array_set_clear_func(out, cand_clear);
	while (sqlite3_step(st) == SQLITE_ROW) {
		Cand c = { 0 };
		c.id = sqlite3_column_int64(st, 0);
		c.tracking_id = g_strdup((const char *)sqlite3_column_text(st, 1));
		c.cached = sqlite3_column_int(st, 3) != 0;
		if (c.cached && sqlite3_column_bytes(st, 2) == (int)sizeof c.sig) {
			memcpy(c.sig, sqlite3_column_blob(st, 2), sizeof c.sig);
			c.usable = TRUE;
		}
		g_array_append_val(out, c);
	}
	sqlite3_finalize(st);
	return out;
}

static gboolean
similar_text(sqlite3 *db, const StConfig *cfg, double threshold, gint64 id,
	     GPtrArray *out, GError **error)
{
	guint32 mine[ST_MINHASH_K];

	if (!signature(db, cfg, id, mine))
		return TRUE;
	g_autoptr(GArray) cands = candidates(db, id, error);
	if (cands == NULL)
		return FALSE;
	for (guint i = 0; i < cands->len; i++) {
		Cand *c = &g_array_index(cands, Cand, i);
		if (!c->cached)
			c->usable = signature(db, cfg, c->id, c->sig);
		if (!c->usable || find_in(out, c->id))
			continue;
		double sim = st_minhash_similarity(mine, c->sig);
		if (sim >= threshold) {
			g_autofree char *reason = g_strdup_printf("similar text (%.2f)", sim);
			add_dupe(out, c->id, c->tracking_id, reason, sim);
		}
	}
	return TRUE;
}

static gint
by_strength(gconstpointer a, gconstpointer b)
{
	const StDupe *x = *(StDupe *const *)a, *y = *(StDupe *const *)b;
	if (x->similarity != y->similarity)
		return x->similarity > y->similarity ? -1 : 1;
	gboolean px = g_str_has_prefix(x->reason, "same PoC");
	gboolean py = g_str_has_prefix(y->reason, "same PoC");
	if (px != py)
		return px ? -1 : 1;
	return x->report_id < y->report_id ? -1 : x->report_id > y->report_id;
}

GPtrArray *
st_dupes_for_report(StStore *store, const StConfig *cfg, const StRules *rules,
		    gint64 report_id, guint max, GError **error)
{
	sqlite3 *db = st_store_db(store);
	g_autoptr(StConfig) own = cfg ? NULL : st_config_default();
	double threshold = 0.5;

	if (rules) {
		const char *t = st_rules_get(rules, "dupes", "similarity");
		if (t)
			threshold = CLAMP(g_ascii_strtod(t, NULL), 0.05, 1.0);
	}
	if (sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS dupe_signatures("
			 "report_id INTEGER PRIMARY KEY, sig BLOB)", NULL, NULL, NULL) != SQLITE_OK) {
		st_sql_fail(db, NULL, error);
		return NULL;
	}
	gboolean own_tx = sqlite3_get_autocommit(db);
	if (own_tx)
		sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
	GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)st_dupe_free);
	gint64 min_bytes = rules ? st_rules_get_int(rules, "dupes", "min_attachment_bytes", 1) : 1;
	gboolean ok = same_attachments(db, report_id, min_bytes, out, error)
		&& similar_text(db, cfg ? cfg : own, threshold, report_id, out, error);
	if (own_tx)
		sqlite3_exec(db, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
	if (!ok) {
		g_ptr_array_unref(out);
		return NULL;
	}
	g_ptr_array_sort(out, by_strength);
	if (max == 0)
		max = 20;
	if (out->len > max)
		g_ptr_array_set_size(out, max);
	return out;
}
