/*
 * test_dupes.c — possible duplicates: trigram similarity and its MinHash
 * estimate, and the three signals (same PoC, same attachment, similar text)
 * over reports stored in a real database.
 */
#include "testutil.h"
#include <math.h>
#include "sectriage/dupes.h"

static const char text_a[] =
	"A guest process can swap the parent directory of a virtiofs share between the "
	"check and the open, and the host follows the symlink out of the shared folder.";
static const char text_a2[] =
	"Hi team,\n\nA guest process can swap the PARENT directory of a virtiofs share between "
	"the check and the open, so the host follows the symlink outside the shared folder.\n"
	"> quoted text from an earlier mail does not count\n";
static const char text_b[] =
	"The Node SDK replaces secret placeholders in request bodies but not in headers, so "
	"the real API key is sent to any host the sandboxed code talks to.";

static const struct {
	const char *a, *b;
	double min, max;
} sim_cases[] = {
	{ text_a, text_a, 1.0, 1.0 },
	{ "Hello   World", "hello world", 1.0, 1.0 },      /* case and spaces */
	{ text_a, text_a2, 0.6, 0.95 },
	{ text_a, text_b, 0.0, 0.25 },
	{ "abc", "xyz", 0.0, 0.0 },
	{ "ab", "ab", 0.0, 0.0 },                           /* no trigram at all */
	{ "", "", 0.0, 0.0 },
	{ "héllo wörld", "HÉLLO WÖRLD", 1.0, 1.0 },         /* UTF-8 characters */
};

static void
test_similarity(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(sim_cases); i++) {
		double exact = st_trigram_jaccard(sim_cases[i].a, sim_cases[i].b);
		guint32 sa[ST_MINHASH_K], sb[ST_MINHASH_K];
		gboolean ha = st_minhash(sim_cases[i].a, sa), hb = st_minhash(sim_cases[i].b, sb);
		g_test_message("case %zu: exact %.3f", i, exact);
		g_assert_cmpfloat(exact, >=, sim_cases[i].min);
		g_assert_cmpfloat(exact, <=, sim_cases[i].max);
		if (ha && hb) {
			double est = st_minhash_similarity(sa, sb);
			g_test_message("  minhash %.3f", est);
			g_assert_cmpfloat(fabs(est - exact), <=, 0.2);
		} else {
			g_assert_cmpfloat(exact, ==, 0.0);
		}
	}
	guint32 s[ST_MINHASH_K];
	g_assert_false(st_minhash(NULL, s));
	g_assert_false(st_minhash("xy", s));
}

/* The fixture: a temp database, the repository's rules, a config. */
typedef TuDb Fx;

/* A report with one message of BODY and, when ATT, one attachment. */
static gint64
add(Fx *fx, int n, const char *body, const char *att, const char *role)
{
	sqlite3 *db = st_store_db(fx->store);
	g_autofree char *tid = g_strdup_printf("SEC-D-%d", n);
	g_autofree char *raw = g_strdup_printf("From: r%d@example.net\nSubject: report %d\n"
					       "Message-ID: <d%d@example.net>\n\n%s\n", n, n, n, body);
	g_autofree char *sql = g_strdup_printf(
		"INSERT INTO reports(tracking_id, created_at, updated_at, subject, facts_json)"
		" VALUES ('%s', %d, %d, 'report', '{}')", tid, 1000 + n, 1000 + n);
	g_assert_cmpint(sqlite3_exec(db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
	gint64 id = sqlite3_last_insert_rowid(db);
	sqlite3_stmt *st = NULL;
	char sha[65];
	tu_sha256(raw, strlen(raw), sha);
	g_autofree char *key = g_strdup_printf("d%d %s", n, sha);
	g_assert_cmpint(sqlite3_prepare_v2(db, "INSERT INTO messages(report_id, received_at, sha256,"
					   " dedupe_key, raw) VALUES (?, 1, ?, ?, ?)", -1, &st, NULL),
			==, SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, sha, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, key, -1, SQLITE_STATIC);
	sqlite3_bind_blob(st, 4, raw, strlen(raw), SQLITE_STATIC);
	g_assert_cmpint(sqlite3_step(st), ==, SQLITE_DONE);
	sqlite3_finalize(st);
	gint64 msg = sqlite3_last_insert_rowid(db);
	if (att == NULL)
		return id;
	tu_sha256(att, strlen(att), sha);
	g_assert_cmpint(sqlite3_prepare_v2(db, "INSERT INTO attachments(message_row, report_id, idx,"
					   " filename, size, sha256, role) VALUES (?, ?, 0, 'x.sh', ?, ?, ?)",
					   -1, &st, NULL), ==, SQLITE_OK);
	sqlite3_bind_int64(st, 1, msg);
	sqlite3_bind_int64(st, 2, id);
	sqlite3_bind_int64(st, 3, (gint64)strlen(att));
	sqlite3_bind_text(st, 4, sha, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, role, -1, SQLITE_STATIC);
	g_assert_cmpint(sqlite3_step(st), ==, SQLITE_DONE);
	sqlite3_finalize(st);
	return id;
}

static char *
joined(GPtrArray *d)
{
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < d->len; i++) {
		StDupe *x = g_ptr_array_index(d, i);
		g_string_append_printf(s, "%s%s: %s", i ? "; " : "", x->tracking_id, x->reason);
	}
	return g_string_free(s, FALSE);
}

static void
test_reports(Fx *fx, gconstpointer data)
{
	gint64 a = add(fx, 1, text_a, "#!/bin/sh\nrace\n", "poc");
	add(fx, 2, text_a2, NULL, NULL);                       /* similar text */
	add(fx, 3, text_b, "#!/bin/sh\nrace\n", "poc");        /* same PoC */
	gint64 d = add(fx, 4, "Completely unrelated question about the licence terms and"
		       " whether the project accepts donations.", NULL, NULL);
	add(fx, 5, text_b, "log line\n", "log");               /* same text as 3 */
	gint64 f = add(fx, 6, "Short note with an attachment only.", "log line\n", "log");

	static const struct {
		int report;
		const char *want;   /* exact list, strongest first */
	} cases[] = {
		{ 1, "SEC-D-3: same PoC (x.sh); SEC-D-2: similar text" },
		{ 2, "SEC-D-1: similar text" },
		{ 3, "SEC-D-1: same PoC (x.sh); SEC-D-5: similar text (1.00)" },
		{ 4, "" },
		{ 6, "SEC-D-5: same attachment (x.sh)" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GError) err = NULL;
		g_autoptr(GPtrArray) dupes = st_dupes_for_report(fx->store, NULL, fx->rules,
								 cases[i].report, 0, &err);
		g_assert_no_error(err);
		g_autofree char *got = joined(dupes);
		g_test_message("report %d: %s", cases[i].report, got);
		g_assert_true(g_str_has_prefix(got, cases[i].want));
		if (*cases[i].want == '\0')
			g_assert_cmpstr(got, ==, "");
		/* The reasons name nothing beyond the expected reports. */
		guint want_n = *cases[i].want ? 1 : 0;
		for (const char *p = cases[i].want; *p; p++)
			want_n += *p == ';';
		g_assert_cmpuint(dupes->len, ==, want_n);
	}
	/* Signatures are cached and stable: a second call agrees. */
	g_autoptr(GPtrArray) again = st_dupes_for_report(fx->store, NULL, fx->rules, a, 1, NULL);
	g_assert_cmpuint(again->len, ==, 1);
	g_assert_cmpstr(((StDupe *)g_ptr_array_index(again, 0))->tracking_id, ==, "SEC-D-3");
	(void)d;
	(void)f;
	/* Nothing merged: every report still stands alone. */
	sqlite3_stmt *st = NULL;
	sqlite3_prepare_v2(st_store_db(fx->store), "SELECT count(*) FROM reports WHERE"
			   " duplicate_of IS NULL AND state = 'new'", -1, &st, NULL);
	g_assert_cmpint(sqlite3_step(st), ==, SQLITE_ROW);
	g_assert_cmpint(sqlite3_column_int(st, 0), ==, 6);
	sqlite3_finalize(st);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add_func("/dupes/similarity", test_similarity);
	g_test_add("/dupes/reports", Fx, NULL, tu_db_setup, test_reports, tu_db_teardown);
	return g_test_run();
}
