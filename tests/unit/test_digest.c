/*
 * test_digest.c — the digest over a seeded database of a few hundred
 * reports in every state, plus a handful of hand-made reports whose place
 * in the ranking is known: section membership recomputed independently
 * (st_workflow_clocks), order, figures against plain recomputation, every
 * format (JSON parsed back with json-glib, HTML escaping), the
 * multipart/alternative mail (parsed back with GMime) and the outbox rows.
 */
#include "seed.h"
#include "testutil.h"
#include <json-glib/json-glib.h>
#include "sectriage/digest.h"
#include "sectriage/workflow.h"

#define NOW "2026-03-02T09:00:00Z"
#define H 3600
#define D 86400

typedef struct Fx {
	TuDb db;
	gint64 now;
} Fx;

/* Hand-made reports: tracking id, state, created (relative to now), acked
 * (relative to created, 0 none), triaged (relative to created, 0 none),
 * severity, exploited, subject. */
static const struct {
	const char *tid, *state;
	gint64 created, acked, triaged;
	const char *severity;
	gboolean exploited;
	const char *subject;
} fixtures[] = {
	{ "FIX-EXPLOITED", "new", -2 * H, 60, 0, NULL, TRUE, "Actively exploited escape" },
	{ "FIX-OVERDUE", "new", -9 * D, 60, 0, NULL, FALSE, "<script>alert(\"x\")</script> & co" },
	{ "FIX-SOON", "needs-info", -(6 * D + 12 * H), 60, 0, NULL, FALSE, "Triage due in 12 hours" },
	{ "FIX-CALM", "new", -1 * D, 60, 0, NULL, FALSE, "Filed yesterday, acknowledged" },
	{ "FIX-FIXDUE", "fixing", -40 * D, 60, 11 * D, "critical", FALSE, "Critical fix due in 1 day" },
};

static void
fx_setup(Fx *fx, gconstpointer data)
{
	tu_db_open(&fx->db);
	fx->now = tu_time(NOW);
	g_autoptr(GError) err = NULL;
	g_assert_true(seed_db(fx->db.store, 300, fx->now, 7, TRUE, &err));
	g_assert_no_error(err);
	sqlite3 *db = st_store_db(fx->db.store);
	for (gsize i = 0; i < G_N_ELEMENTS(fixtures); i++) {
		sqlite3_stmt *st = NULL;
		gint64 c = fx->now + fixtures[i].created;
		g_assert_cmpint(sqlite3_prepare_v2(db, "INSERT INTO reports(tracking_id, created_at,"
						   " updated_at, reporter, subject, state, severity, exploited,"
						   " facts_json, ack_message_id, acked_at, triaged_at, score,"
						   " embargo_until) VALUES (?,?,?,'f@example.net',?,?,?,?,'{}',"
						   " 'a@b',?,?,50,?)", -1, &st, NULL), ==, SQLITE_OK);
		sqlite3_bind_text(st, 1, fixtures[i].tid, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, c);
		sqlite3_bind_int64(st, 3, c);
		sqlite3_bind_text(st, 4, fixtures[i].subject, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, fixtures[i].state, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, fixtures[i].severity, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 7, fixtures[i].exploited);
		sqlite3_bind_int64(st, 8, c + fixtures[i].acked);
		if (fixtures[i].triaged)
			sqlite3_bind_int64(st, 9, c + fixtures[i].triaged);
		else
			sqlite3_bind_null(st, 9);
		/* far embargo: the fixtures stay out of "embargoes ending" */
		sqlite3_bind_int64(st, 10, fx->now + 300 * D);
		g_assert_cmpint(sqlite3_step(st), ==, SQLITE_DONE);
		sqlite3_finalize(st);
	}
}

static void
fx_teardown(Fx *fx, gconstpointer data)
{
	tu_db_close(&fx->db);
}

static StDigest *
collect(Fx *fx, gint64 since, guint max)
{
	g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc(fx->now);
	g_autoptr(GError) err = NULL;
	StDigest *d = st_digest_collect(fx->db.store, fx->db.cfg, fx->db.rules, now, since, max, &err);
	g_assert_no_error(err);
	g_assert_nonnull(d);
	return d;
}

static int
position(GPtrArray *items, const char *tid)
{
	for (guint i = 0; i < items->len; i++)
		if (g_strcmp0(((StDigestItem *)g_ptr_array_index(items, i))->tracking_id, tid) == 0)
			return (int)i;
	return -1;
}

/* Independent classification of every open report with st_workflow_clocks. */
static void
expected_sections(Fx *fx, GHashTable *action, GHashTable *waiting, GHashTable *fixes,
		  GHashTable *embargoes)
{
	sqlite3_stmt *st = NULL;
	g_autoptr(GTimeZone) utc = g_time_zone_new_utc();
	g_assert_cmpint(sqlite3_prepare_v2(st_store_db(fx->db.store),
					   "SELECT tracking_id, state, created_at, acked_at, triaged_at,"
					   " fixed_at, severity, embargo_until, exploited FROM reports"
					   " WHERE state NOT IN ('published', 'closed')", -1, &st, NULL),
			==, SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *tid = (const char *)sqlite3_column_text(st, 0);
		const char *state = (const char *)sqlite3_column_text(st, 1);
		gint64 created = sqlite3_column_int64(st, 2), acked = sqlite3_column_int64(st, 3);
		gint64 triaged = sqlite3_column_int64(st, 4), fixed = sqlite3_column_int64(st, 5);
		const char *sev = (const char *)sqlite3_column_text(st, 6);
		gint64 emb = sqlite3_column_int64(st, 7);
		gboolean exploited = sqlite3_column_int(st, 8);
		StReportClocks c;
		st_workflow_clocks(fx->db.rules, utc, created, acked, triaged, sev, emb, &c);
		gboolean pre = g_str_equal(state, "new") || g_str_equal(state, "needs-info");
		gboolean fixing = g_str_equal(state, "triaged") || g_str_equal(state, "fixing");
		gint64 soon = fx->now + 2 * D;
		gboolean act = exploited
			|| (acked <= 0 && c.ack_due <= soon)
			|| (pre && triaged <= 0 && c.triage_due <= soon)
			|| (fixing && fixed <= 0 && c.fix_due > 0 && c.fix_due <= soon);
		if (act)
			g_hash_table_add(action, g_strdup(tid));
		if (g_str_equal(state, "needs-info"))
			g_hash_table_add(waiting, g_strdup(tid));
		if (fixing && fixed <= 0 && c.fix_due > 0)
			g_hash_table_add(fixes, g_strdup(tid));
		if (c.embargo_end > 0 && c.embargo_end <= fx->now + 14 * D)
			g_hash_table_add(embargoes, g_strdup(tid));
	}
	sqlite3_finalize(st);
}

static void
assert_same_set(GPtrArray *items, GHashTable *want, const char *what)
{
	g_test_message("%s: %u listed, %u expected", what, items->len, g_hash_table_size(want));
	g_assert_cmpuint(items->len, ==, g_hash_table_size(want));
	for (guint i = 0; i < items->len; i++) {
		const StDigestItem *it = g_ptr_array_index(items, i);
		if (!g_hash_table_contains(want, it->tracking_id))
			g_error("%s lists %s unexpectedly", what, it->tracking_id);
	}
}

static void
test_sections(Fx *fx, gconstpointer data)
{
	g_autoptr(StDigest) d = collect(fx, 0, 0);
	GHashTable *sets[4];
	for (int i = 0; i < 4; i++)
		sets[i] = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	expected_sections(fx, sets[0], sets[1], sets[2], sets[3]);
	assert_same_set(d->action, sets[0], "needs action");
	assert_same_set(d->waiting, sets[1], "waiting");
	assert_same_set(d->fixes, sets[2], "fixes");
	assert_same_set(d->embargoes, sets[3], "embargoes");
	for (int i = 0; i < 4; i++)
		g_hash_table_unref(sets[i]);
	g_assert_cmpuint(d->action->len, >, 10);
	g_assert_cmpuint(d->waiting->len, >, 5);
	g_assert_cmpuint(d->fixes->len, >, 5);
	g_assert_cmpuint(d->embargoes->len, >, 0);

	/* Order: exploited first, then overdue, then due soon, each by due date. */
	for (guint i = 1; i < d->action->len; i++) {
		const StDigestItem *a = g_ptr_array_index(d->action, i - 1);
		const StDigestItem *b = g_ptr_array_index(d->action, i);
		g_assert_true(a->exploited >= b->exploited);
		if (a->exploited == b->exploited) {
			g_assert_true(a->overdue >= b->overdue);
			if (a->overdue == b->overdue && a->due > 0 && b->due > 0)
				g_assert_cmpint(a->due, <=, b->due);
		}
	}
	int pe = position(d->action, "FIX-EXPLOITED"), po = position(d->action, "FIX-OVERDUE");
	int ps = position(d->action, "FIX-SOON"), pf = position(d->action, "FIX-FIXDUE");
	g_assert_cmpint(pe, >=, 0);
	g_assert_cmpint(pe, <, po);
	g_assert_cmpint(po, <, pf);   /* overdue before due soon */
	g_assert_cmpint(po, <, ps);
	g_assert_cmpint(position(d->action, "FIX-CALM"), ==, -1);
	const StDigestItem *ov = g_ptr_array_index(d->action, po);
	g_assert_true(ov->overdue);
	g_assert_cmpstr(ov->clock, ==, "triage");
	g_assert_cmpint(ov->due, ==, fx->now - 2 * D);
	const StDigestItem *fd = g_ptr_array_index(d->action, pf);
	g_assert_false(fd->overdue);
	g_assert_cmpstr(fd->clock, ==, "fix");
	g_assert_cmpint(fd->due, ==, fx->now + 1 * D);
	for (guint i = 1; i < d->fixes->len; i++)
		g_assert_cmpint(((StDigestItem *)g_ptr_array_index(d->fixes, i - 1))->due, <=,
				((StDigestItem *)g_ptr_array_index(d->fixes, i))->due);
	g_assert_cmpint(position(d->waiting, "FIX-SOON"), >=, 0);
}

static void
test_fresh_and_mark(Fx *fx, gconstpointer data)
{
	/* No last digest: the last 7 days. */
	g_autoptr(StDigest) d = collect(fx, 0, 0);
	g_assert_cmpint(d->since, ==, fx->now - 7 * D);
	sqlite3_stmt *st = NULL;
	sqlite3_prepare_v2(st_store_db(fx->db.store), "SELECT count(*) FROM reports WHERE created_at"
			   " >= ? AND created_at <= ?", -1, &st, NULL);
	sqlite3_bind_int64(st, 1, fx->now - 7 * D);
	sqlite3_bind_int64(st, 2, fx->now);
	g_assert_cmpint(sqlite3_step(st), ==, SQLITE_ROW);
	g_assert_cmpint(d->fresh->len, ==, sqlite3_column_int(st, 0));
	sqlite3_finalize(st);
	/* exploited first */
	int pe = position(d->fresh, "FIX-EXPLOITED");
	g_assert_cmpint(pe, >=, 0);
	for (int i = 0; i <= pe; i++)
		g_assert_true(((StDigestItem *)g_ptr_array_index(d->fresh, i))->exploited);
	g_assert_cmpint(position(d->fresh, "FIX-OVERDUE"), ==, -1);   /* 9 days old */
	guint with_dupes = 0;
	for (guint i = 0; i < d->fresh->len; i++)
		with_dupes += ((StDigestItem *)g_ptr_array_index(d->fresh, i))->dupes->len > 0;
	g_assert_cmpuint(with_dupes, >, 0);

	/* After a digest is recorded, "new" starts there. */
	g_assert_true(st_digest_mark(fx->db.store, fx->now - 1 * D, NULL));
	g_autoptr(StDigest) d2 = collect(fx, 0, 0);
	g_assert_cmpint(d2->since, ==, fx->now - 1 * D);
	g_assert_cmpuint(d2->fresh->len, <, d->fresh->len);
	for (guint i = 0; i < d2->fresh->len; i++)
		g_assert_cmpint(((StDigestItem *)g_ptr_array_index(d2->fresh, i))->created_at, >=,
				fx->now - 1 * D);
	/* An explicit since wins; max bounds every section. */
	g_autoptr(StDigest) d3 = collect(fx, fx->now - 30 * D, 3);
	g_assert_cmpuint(d3->fresh->len, ==, 3);
	g_assert_cmpuint(d3->action->len, ==, 3);
}

static int
cmp64(gconstpointer a, gconstpointer b)
{
	gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;
	return x < y ? -1 : x > y;
}

static gint64
sorted_median(Fx *fx, const char *sql)
{
	g_autoptr(GArray) v = g_array_new(FALSE, FALSE, sizeof(gint64));
	sqlite3_stmt *st = NULL;
	sqlite3_prepare_v2(st_store_db(fx->db.store), sql, -1, &st, NULL);
	while (sqlite3_step(st) == SQLITE_ROW) {
		gint64 x = sqlite3_column_int64(st, 0);
		g_array_append_val(v, x);
	}
	sqlite3_finalize(st);
	if (v->len == 0)
		return -1;
	g_array_sort(v, cmp64);
	return g_array_index(v, gint64, (v->len - 1) / 2);
}

static void
test_figures(Fx *fx, gconstpointer data)
{
	g_autoptr(StDigest) d = collect(fx, 0, 0);
	const StDigestFigures *f = &d->figures;
	sqlite3_stmt *st = NULL;
	sqlite3_prepare_v2(st_store_db(fx->db.store), "SELECT state, count(*) FROM reports GROUP BY state",
			   -1, &st, NULL);
	gint64 open = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		StState s;
		g_assert_true(st_state_parse((const char *)sqlite3_column_text(st, 0), &s));
		if (st_state_is_open(s)) {
			g_assert_cmpint(f->open_by_state[s], ==, sqlite3_column_int64(st, 1));
			open += sqlite3_column_int64(st, 1);
		}
	}
	sqlite3_finalize(st);
	g_assert_cmpint(f->open_total, ==, open);
	g_assert_cmpint(f->median_ack_s, ==, sorted_median(fx, "SELECT acked_at - created_at FROM"
							     " reports WHERE acked_at > 0"));
	g_assert_cmpint(f->median_triage_s, ==, sorted_median(fx, "SELECT triaged_at - created_at"
								" FROM reports WHERE triaged_at > 0"));
	g_assert_cmpint(f->median_fix_s, ==, sorted_median(fx, "SELECT fixed_at - triaged_at FROM"
							     " reports WHERE fixed_at > 0 AND triaged_at > 0"));
	g_assert_cmpint(f->n_ack_met, <=, f->n_ack);
	g_assert_cmpint(f->n_ack_met, >, 0);
	g_assert_cmpint(f->n_triage_met, <=, f->n_triage);
	g_assert_cmpint(f->n_fix_met, <=, f->n_fix_sla);
	g_assert_cmpint(f->n_fix_sla, <=, f->n_fix);
	/* Ack share recomputed with the business-day clock for every report. */
	gint64 met = 0;
	g_autoptr(GTimeZone) utc = g_time_zone_new_utc();
	sqlite3_prepare_v2(st_store_db(fx->db.store), "SELECT created_at, acked_at FROM reports WHERE"
			   " acked_at > 0", -1, &st, NULL);
	while (sqlite3_step(st) == SQLITE_ROW) {
		StReportClocks c;
		st_workflow_clocks(fx->db.rules, utc, sqlite3_column_int64(st, 0), 0, 0, NULL, 0, &c);
		met += sqlite3_column_int64(st, 1) <= c.ack_due;
	}
	sqlite3_finalize(st);
	g_assert_cmpint(f->n_ack_met, ==, met);
}

static void
test_formats(Fx *fx, gconstpointer data)
{
	g_autoptr(StDigest) d = collect(fx, 0, 0);
	static const char *const titles[] = { "Needs action", "New since last digest",
		"Waiting on the reporter", "Fixes due", "Embargoes ending", "Figures" };

	for (StDigestFormat f = ST_DIGEST_TEXT; f <= ST_DIGEST_HTML; f++) {
		g_autofree char *out = st_digest_render(d, f);
		const char *last = out;
		for (gsize i = 0; i < G_N_ELEMENTS(titles); i++) {
			g_autofree char *t = f == ST_DIGEST_TEXT ? g_ascii_strup(titles[i], -1)
				: g_strdup(titles[i]);
			const char *p = strstr(out, t);
			g_test_message("format %d: %s", f, t);
			g_assert_nonnull(p);
			g_assert_true(p >= last);   /* sections in order */
			last = p;
		}
		/* Items in ranked order within "needs action". */
		const char *a = strstr(out, "FIX-EXPLOITED"), *b = strstr(out, "FIX-OVERDUE");
		g_assert_nonnull(a);
		g_assert_nonnull(b);
		g_assert_true(a < b);
		if (f == ST_DIGEST_HTML) {
			g_assert_null(strstr(out, "<script>"));
			g_assert_null(strstr(out, "<b>stale"));
			g_assert_nonnull(strstr(out, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"));
		} else if (f == ST_DIGEST_MARKDOWN) {
			g_assert_nonnull(strstr(out, "\\<script\\>alert(\"x\")\\</script\\> \\& co"));
		}
	}
	/* JSON: parsed back, same sections, same order. */
	g_autofree char *js = st_digest_render(d, ST_DIGEST_JSON);
	g_autoptr(JsonParser) p = json_parser_new();
	g_autoptr(GError) err = NULL;
	g_assert_true(json_parser_load_from_data(p, js, -1, &err));
	g_assert_no_error(err);
	JsonObject *root = json_node_get_object(json_parser_get_root(p));
	JsonObject *secs = json_object_get_object_member(root, "sections");
	JsonArray *act = json_object_get_array_member(secs, "needs_action");
	g_assert_cmpuint(json_array_get_length(act), ==, d->action->len);
	for (guint i = 0; i < d->action->len; i++) {
		JsonObject *o = json_array_get_object_element(act, i);
		const StDigestItem *it = g_ptr_array_index(d->action, i);
		g_assert_cmpstr(json_object_get_string_member(o, "id"), ==, it->tracking_id);
		g_assert_cmpint(json_object_get_boolean_member(o, "overdue"), ==, it->overdue);
		g_assert_cmpint(json_object_get_boolean_member(o, "exploited"), ==, it->exploited);
	}
	g_assert_cmpuint(json_array_get_length(json_object_get_array_member(secs, "new")), ==,
			 d->fresh->len);
	JsonObject *fig = json_object_get_object_member(root, "figures");
	g_assert_cmpint(json_object_get_int_member(fig, "open_total"), ==, d->figures.open_total);
	g_assert_cmpint(json_object_get_int_member(fig, "median_ack_seconds"), ==,
			d->figures.median_ack_s);
	g_assert_cmpstr(json_object_get_string_member(root, "generated_at"), ==, "2026-03-02T09:00:00Z");
	StDigestFormat fmt;
	g_assert_true(st_digest_format_parse("md", &fmt) && fmt == ST_DIGEST_MARKDOWN);
	g_assert_false(st_digest_format_parse("pdf", &fmt));
}

static void
test_mail(Fx *fx, gconstpointer data)
{
	g_autoptr(StDigest) d = collect(fx, 0, 10);
	g_autofree char *mid = NULL;
	g_autoptr(GError) err = NULL;
	g_autofree char *mail = st_digest_compose_mail(fx->db.cfg, d, "team@superrad.company", &mid, &err);
	g_assert_no_error(err);
	g_assert_nonnull(mid);
	g_autoptr(GMimeStream) s = g_mime_stream_mem_new_with_buffer(mail, strlen(mail));
	g_autoptr(GMimeParser) parser = g_mime_parser_new_with_stream(s);
	g_autoptr(GMimeMessage) m = g_mime_parser_construct_message(parser, NULL);
	g_assert_nonnull(m);
	g_assert_cmpstr(g_mime_message_get_message_id(m), ==, mid);
	g_assert_cmpstr(g_mime_object_get_header(GMIME_OBJECT(m), "Auto-Submitted"), ==, "auto-generated");
	GMimeObject *top = g_mime_message_get_mime_part(m);
	g_assert_true(GMIME_IS_MULTIPART(top));
	g_assert_true(g_mime_content_type_is_type(g_mime_object_get_content_type(top),
						  "multipart", "alternative"));
	GMimeMultipart *mp = GMIME_MULTIPART(top);
	g_assert_cmpint(g_mime_multipart_get_count(mp), ==, 2);
	GMimeObject *t = g_mime_multipart_get_part(mp, 0), *h = g_mime_multipart_get_part(mp, 1);
	g_assert_true(g_mime_content_type_is_type(g_mime_object_get_content_type(t), "text", "plain"));
	g_assert_true(g_mime_content_type_is_type(g_mime_object_get_content_type(h), "text", "html"));
	g_autofree char *html = g_mime_text_part_get_text(GMIME_TEXT_PART(h));
	g_assert_nonnull(strstr(html, "&lt;script&gt;"));
	g_assert_null(strstr(html, "<script>"));
	g_autofree char *txt = g_mime_text_part_get_text(GMIME_TEXT_PART(t));
	g_assert_nonnull(strstr(txt, "NEEDS ACTION"));
	g_assert_null(st_digest_compose_mail(fx->db.cfg, d, "no address", NULL, NULL));

	/* Queued: one row per recipient, kind digest, and the digest is recorded. */
	char *rcpt[] = { "a@superrad.company", "b@superrad.company", NULL };
	g_assert_cmpint(st_digest_queue(fx->db.store, fx->db.cfg, d, rcpt, &err), ==, 2);
	g_assert_no_error(err);
	sqlite3_stmt *st = NULL;
	sqlite3_prepare_v2(st_store_db(fx->db.store), "SELECT count(*), count(DISTINCT recipient),"
			   " min(status), max(status) FROM outbox WHERE kind = 'digest'", -1, &st, NULL);
	g_assert_cmpint(sqlite3_step(st), ==, SQLITE_ROW);
	g_assert_cmpint(sqlite3_column_int(st, 0), ==, 2);
	g_assert_cmpint(sqlite3_column_int(st, 1), ==, 2);
	g_assert_cmpstr((const char *)sqlite3_column_text(st, 2), ==, "pending");
	sqlite3_finalize(st);
	g_autoptr(StDigest) d2 = collect(fx, 0, 0);
	g_assert_cmpint(d2->since, ==, fx->now);
	g_assert_cmpuint(d2->fresh->len, ==, 0);
}

/* Messages waiting for triage (#9) show in the figures of every format. */
static void
test_inbox(Fx *fx, gconstpointer data)
{
	{
		g_autoptr(StDigest) d = collect(fx, 0, 0);
		g_assert_cmpint(d->figures.inbox_waiting, ==, 0);
		g_assert_cmpint(d->figures.inbox_oldest_s, ==, -1);
		g_autofree char *text = st_digest_render(d, ST_DIGEST_TEXT);
		g_assert_null(strstr(text, "Waiting for triage"));
	}
	tu_sql_exec(fx->db.store, "INSERT INTO inbox(received_at, report_id, raw)"
		    " SELECT created_at, id, x'00' FROM reports ORDER BY id LIMIT 3");
	g_autofree char *sql = g_strdup_printf("UPDATE inbox SET received_at = %" G_GINT64_FORMAT
		" - 7200, attempts = 2, last_error = 'x' WHERE id = 1", fx->now);
	tu_sql_exec(fx->db.store, sql);
	g_autoptr(StDigest) d = collect(fx, 0, 0);
	g_assert_cmpint(d->figures.inbox_waiting, ==, 3);
	g_assert_cmpint(d->figures.inbox_failing, ==, 1);
	g_assert_cmpint(d->figures.inbox_oldest_s, >=, 7200);
	g_autofree char *text = st_digest_render(d, ST_DIGEST_TEXT);
	g_assert_nonnull(strstr(text, "Waiting for triage: 3 message(s)"));
	g_assert_nonnull(strstr(text, "1 failed at least once"));
	g_autofree char *json = st_digest_render(d, ST_DIGEST_JSON);
	g_assert_nonnull(strstr(json, "\"waiting_for_triage\" : 3"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add("/digest/sections", Fx, NULL, fx_setup, test_sections, fx_teardown);
	g_test_add("/digest/fresh-and-mark", Fx, NULL, fx_setup, test_fresh_and_mark, fx_teardown);
	g_test_add("/digest/figures", Fx, NULL, fx_setup, test_figures, fx_teardown);
	g_test_add("/digest/inbox", Fx, NULL, fx_setup, test_inbox, fx_teardown);
	g_test_add("/digest/formats", Fx, NULL, fx_setup, test_formats, fx_teardown);
	g_test_add("/digest/mail", Fx, NULL, fx_setup, test_mail, fx_teardown);
	return g_test_run();
}
