/*
 * digest.c — collect the triage digest from the database at a given time.
 *
 * One read of the open reports (index reports_state) classifies each into
 * the sections; "new since" reads reports_created.  Clocks are computed
 * here from the rules (sla.c), never stored: a report is overdue when NOW
 * is past a due date of a clock still running.  Business-day arithmetic is
 * done only for reports not yet acknowledged, so a digest of 100,000
 * reports stays well under a second.
 *
 * Rendering is in digest_render.c; mail composition in digest_mail.c.
 */
#include <string.h>
#include <sqlite3.h>

#include "sectriage/digest.h"
#include "sectriage/dupes.h"
#include "sectriage/sla.h"
#include "sectriage/workflow.h"

#define DAY 86400

gboolean
st_digest_format_parse(const char *name, StDigestFormat *out)
{
	static const struct { const char *name; StDigestFormat f; } names[] = {
		{ "text", ST_DIGEST_TEXT }, { "markdown", ST_DIGEST_MARKDOWN },
		{ "md", ST_DIGEST_MARKDOWN }, { "html", ST_DIGEST_HTML },
		{ "json", ST_DIGEST_JSON },
	};
	for (gsize i = 0; name && i < G_N_ELEMENTS(names); i++) {
		if (g_ascii_strcasecmp(name, names[i].name) == 0) {
			if (out)
				*out = names[i].f;
			return TRUE;
		}
	}
	return FALSE;
}

static void
item_free(StDigestItem *it)
{
	if (it == NULL)
		return;
	g_free(it->tracking_id);
	g_free(it->subject);
	g_free(it->reporter);
	g_free(it->state);
	g_free(it->severity);
	g_free(it->suggested_severity);
	g_free(it->klass);
	g_free(it->component);
	g_free(it->out_of_scope);
	g_free(it->missing);
	g_free(it->clock);
	if (it->dupes)
		g_ptr_array_unref(it->dupes);
	g_free(it);
}

void
st_digest_free(StDigest *d)
{
	if (d == NULL)
		return;
	g_ptr_array_unref(d->action);
	g_ptr_array_unref(d->fresh);
	g_ptr_array_unref(d->waiting);
	g_ptr_array_unref(d->fixes);
	g_ptr_array_unref(d->embargoes);
	g_free(d->tz_name);
	if (d->tz)
		g_time_zone_unref(d->tz);
	g_free(d);
}

static gboolean
sql_fail(sqlite3 *db, GError **error)
{
	int rc = sqlite3_errcode(db);
	g_set_error(error, ST_STORE_ERROR,
		    rc == SQLITE_BUSY ? ST_STORE_ERROR_BUSY : ST_STORE_ERROR_SQL,
		    "digest: %s", sqlite3_errmsg(db));
	return FALSE;
}

static char *
col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? g_strdup((const char *)t) : NULL;
}

/* The columns every item needs, in this order (ITEM_COLS). */
#define ITEM_COLS "id, tracking_id, subject, reporter, state, severity, suggested_severity," \
	" class, component, out_of_scope, missing, score, exploited, created_at," \
	" acked_at, triaged_at, fixed_at, embargo_until"

typedef struct Row {
	StDigestItem *it;
	gint64 acked_at, triaged_at, fixed_at, embargo_until;
} Row;

static StDigestItem *
item_from(sqlite3_stmt *st, Row *row)
{
	StDigestItem *it = g_new0(StDigestItem, 1);
	it->id = sqlite3_column_int64(st, 0);
	it->tracking_id = col_text(st, 1);
	it->subject = col_text(st, 2);
	it->reporter = col_text(st, 3);
	it->state = col_text(st, 4);
	it->severity = col_text(st, 5);
	it->suggested_severity = col_text(st, 6);
	it->klass = col_text(st, 7);
	it->component = col_text(st, 8);
	it->out_of_scope = col_text(st, 9);
	it->missing = col_text(st, 10);
	it->score = sqlite3_column_int(st, 11);
	it->exploited = sqlite3_column_int(st, 12) != 0;
	it->created_at = sqlite3_column_int64(st, 13);
	if (row) {
		row->it = it;
		row->acked_at = sqlite3_column_int64(st, 14);
		row->triaged_at = sqlite3_column_int64(st, 15);
		row->fixed_at = sqlite3_column_int64(st, 16);
		row->embargo_until = sqlite3_column_int64(st, 17);
	}
	return it;
}

/* A copy of IT (without dupes) listed for CLOCK due at DUE. */
static StDigestItem *
item_copy(const StDigestItem *it, const char *clock, gint64 due, gint64 now)
{
	StDigestItem *c = g_new0(StDigestItem, 1);
	*c = *it;
	c->tracking_id = g_strdup(it->tracking_id);
	c->subject = g_strdup(it->subject);
	c->reporter = g_strdup(it->reporter);
	c->state = g_strdup(it->state);
	c->severity = g_strdup(it->severity);
	c->suggested_severity = g_strdup(it->suggested_severity);
	c->klass = g_strdup(it->klass);
	c->component = g_strdup(it->component);
	c->out_of_scope = g_strdup(it->out_of_scope);
	c->missing = g_strdup(it->missing);
	c->clock = g_strdup(clock);
	c->due = due;
	c->overdue = due > 0 && now > due;
	c->dupes = NULL;
	return c;
}

static int
severity_rank(const char *s)
{
	static const char *const order[] = { "critical", "high", "medium", "low" };
	for (int i = 0; s && i < 4; i++)
		if (strcmp(s, order[i]) == 0)
			return i;
	return 4;
}

/* Needs action: exploited first, then overdue before due soon, then by due
 * date, then by severity, then by age. */
static gint
by_urgency(gconstpointer a, gconstpointer b)
{
	const StDigestItem *x = *(StDigestItem *const *)a, *y = *(StDigestItem *const *)b;
	if (x->exploited != y->exploited)
		return x->exploited ? -1 : 1;
	if (x->overdue != y->overdue)
		return x->overdue ? -1 : 1;
	if ((x->due > 0) != (y->due > 0))
		return x->due > 0 ? -1 : 1;
	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	int sx = severity_rank(x->severity ? x->severity : x->suggested_severity);
	int sy = severity_rank(y->severity ? y->severity : y->suggested_severity);
	if (sx != sy)
		return sx - sy;
	if (x->created_at != y->created_at)
		return x->created_at < y->created_at ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* New reports: exploited, then (suggested) severity, then score, newest first. */
static gint
by_interest(gconstpointer a, gconstpointer b)
{
	const StDigestItem *x = *(StDigestItem *const *)a, *y = *(StDigestItem *const *)b;
	if (x->exploited != y->exploited)
		return x->exploited ? -1 : 1;
	int sx = severity_rank(x->severity ? x->severity : x->suggested_severity);
	int sy = severity_rank(y->severity ? y->severity : y->suggested_severity);
	if (sx != sy)
		return sx - sy;
	if (x->score != y->score)
		return y->score - x->score;
	if (x->created_at != y->created_at)
		return x->created_at > y->created_at ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static gint
by_due(gconstpointer a, gconstpointer b)
{
	const StDigestItem *x = *(StDigestItem *const *)a, *y = *(StDigestItem *const *)b;
	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* The most pressing running clock of ROW: the earliest due date among the
 * clocks not yet met.  Sets *CLOCK and returns the due date (0: none). */
static gint64
pressing_clock(const StRules *rules, GTimeZone *tz, const Row *row, StState state,
	       const char **clock)
{
	gint64 best = 0;
	*clock = NULL;
	if (row->acked_at <= 0) {
		g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc(row->it->created_at);
		g_autoptr(GDateTime) rec = g_date_time_to_timezone(utc, tz);
		g_autoptr(GDateTime) due = st_sla_ack_due(rules, rec);
		best = g_date_time_to_unix(due);
		*clock = "ack";
	}
	if (row->triaged_at <= 0 && (state == ST_STATE_NEW || state == ST_STATE_NEEDS_INFO)) {
		gint64 due = row->it->created_at
			+ DAY * st_rules_get_int(rules, "sla", "triage_days", 7);
		if (best == 0 || due < best) {
			best = due;
			*clock = "triage";
		}
	}
	if (row->triaged_at > 0 && row->fixed_at <= 0
	    && (state == ST_STATE_TRIAGED || state == ST_STATE_FIXING)) {
		g_autofree char *key = g_strdup_printf("fix_days.%s",
						       row->it->severity ? row->it->severity : "");
		gint64 days = st_rules_get_int(rules, "sla", key, -1);
		if (days >= 0) {
			gint64 due = row->triaged_at + DAY * days;
			if (best == 0 || due < best) {
				best = due;
				*clock = "fix";
			}
		}
	}
	return best;
}

/* Sort one open report (the current row of ST) into the sections.  The
 * item's text columns are read only when it is listed. */
static void
classify_open(StDigest *d, const StRules *rules, sqlite3_stmt *st)
{
	StDigestItem probe = { 0 };
	Row row = { &probe, 0, 0, 0, 0 };
	StState state = ST_STATE_NEW;
	const char *clock = NULL;

	probe.id = sqlite3_column_int64(st, 0);
	probe.state = (char *)sqlite3_column_text(st, 4);
	probe.severity = (char *)sqlite3_column_text(st, 5);
	probe.exploited = sqlite3_column_int(st, 12) != 0;
	probe.created_at = sqlite3_column_int64(st, 13);
	row.acked_at = sqlite3_column_int64(st, 14);
	row.triaged_at = sqlite3_column_int64(st, 15);
	row.fixed_at = sqlite3_column_int64(st, 16);
	row.embargo_until = sqlite3_column_int64(st, 17);
	st_state_parse(probe.state, &state);
	gint64 due = pressing_clock(rules, d->tz, &row, state, &clock);
	gint64 soon = (gint64)DAY * d->due_soon_days;
	gint64 emb = st_workflow_embargo_end(rules, probe.created_at, row.acked_at,
					     row.embargo_until);
	gboolean act = probe.exploited || (due > 0 && due - d->now <= soon);
	gboolean wait = state == ST_STATE_NEEDS_INFO;
	gboolean fix = clock && strcmp(clock, "fix") == 0;
	gboolean embargo = emb > 0 && emb - d->now <= (gint64)DAY * d->embargo_warning_days;

	if (state < ST_STATE_N)
		d->figures.open_by_state[state]++;
	d->figures.open_total++;
	if (!act && !wait && !fix && !embargo)
		return;
	StDigestItem *it = item_from(st, NULL);
	if (act)
		g_ptr_array_add(d->action, item_copy(it, clock, due, d->now));
	if (wait)
		g_ptr_array_add(d->waiting, item_copy(it, clock, due, d->now));
	if (fix)
		g_ptr_array_add(d->fixes, item_copy(it, "fix", due, d->now));
	if (embargo)
		g_ptr_array_add(d->embargoes, item_copy(it, "embargo", emb, d->now));
	item_free(it);
}

/* Every open report (not published, not closed) at once. */
static gboolean
collect_open(sqlite3 *db, StDigest *d, const StRules *rules, GError **error)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT " ITEM_COLS " FROM reports"
			       " WHERE state IN ('new', 'needs-info', 'triaged', 'fixing', 'fixed')",
			       -1, &st, NULL) != SQLITE_OK)
		return sql_fail(db, error);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		classify_open(d, rules, st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return sql_fail(db, error);
	return TRUE;
}

static gboolean
collect_fresh(sqlite3 *db, StDigest *d, GError **error)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT " ITEM_COLS " FROM reports"
			       " WHERE created_at >= ? AND created_at <= ?", -1, &st, NULL) != SQLITE_OK)
		return sql_fail(db, error);
	sqlite3_bind_int64(st, 1, d->since);
	sqlite3_bind_int64(st, 2, d->now);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		StDigestItem *it = item_from(st, NULL);
		it->dupes = g_ptr_array_new_with_free_func(g_free);
		g_ptr_array_add(d->fresh, it);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return sql_fail(db, error);
	return TRUE;
}

/* The lower median of A (reordered: quickselect, linear time), -1 when empty. */
static gint64
median_of(GArray *a)
{
	if (a->len == 0)
		return -1;
	gint64 *v = (gint64 *)a->data;
	guint k = (a->len - 1) / 2, lo = 0, hi = a->len - 1;
	while (lo < hi) {
		gint64 pivot = v[lo + (hi - lo) / 2];
		guint i = lo, j = hi;
		while (i <= j) {
			while (v[i] < pivot)
				i++;
			while (v[j] > pivot)
				j--;
			if (i <= j) {
				gint64 t = v[i];
				v[i] = v[j];
				v[j] = t;
				i++;
				if (j == 0)
					break;
				j--;
			}
		}
		if (k <= j)
			hi = j;
		else if (k >= i)
			lo = i;
		else
			break;
	}
	return v[k];
}

/* An acknowledgment within N calendar days certainly met an N business day
 * SLA; only the slower ones need the calendar. */
static gboolean
ack_in_time(const StRules *rules, GTimeZone *tz, gint64 n_days, gint64 created, gint64 acked)
{
	if (acked - created <= n_days * DAY)
		return TRUE;
	g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc(created);
	g_autoptr(GDateTime) rec = g_date_time_to_timezone(utc, tz);
	g_autoptr(GDateTime) due = st_sla_ack_due(rules, rec);
	return acked <= g_date_time_to_unix(due);
}

/* Medians and SLA shares over every report, in one scan. */
static void
collect_figures(sqlite3 *db, StDigest *d, const StRules *rules)
{
	StDigestFigures *f = &d->figures;
	gint64 adays = st_rules_get_int(rules, "sla", "ack_business_days", 3);
	gint64 tdays = st_rules_get_int(rules, "sla", "triage_days", 7);
	gint64 crit = st_rules_get_int(rules, "sla", "fix_days.critical", -1);
	gint64 high = st_rules_get_int(rules, "sla", "fix_days.high", -1);
	g_autoptr(GArray) ack = g_array_new(FALSE, FALSE, sizeof(gint64));
	g_autoptr(GArray) tri = g_array_new(FALSE, FALSE, sizeof(gint64));
	g_autoptr(GArray) fix = g_array_new(FALSE, FALSE, sizeof(gint64));
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db, "SELECT created_at, acked_at, triaged_at, fixed_at, severity"
			       " FROM reports WHERE acked_at > 0 OR triaged_at > 0",
			       -1, &st, NULL) != SQLITE_OK)
		return;
	while (sqlite3_step(st) == SQLITE_ROW) {
		gint64 c = sqlite3_column_int64(st, 0), a = sqlite3_column_int64(st, 1);
		gint64 t = sqlite3_column_int64(st, 2), x = sqlite3_column_int64(st, 3);
		if (a > 0) {
			gint64 v = a - c;
			g_array_append_val(ack, v);
			f->n_ack_met += ack_in_time(rules, d->tz, adays, c, a);
		}
		if (t > 0) {
			gint64 v = t - c;
			g_array_append_val(tri, v);
			f->n_triage_met += v <= tdays * DAY;
		}
		if (t > 0 && x > 0) {
			gint64 v = x - t;
			g_array_append_val(fix, v);
			const char *sev = (const char *)sqlite3_column_text(st, 4);
			gint64 days = g_strcmp0(sev, "critical") == 0 ? crit
				: g_strcmp0(sev, "high") == 0 ? high : -1;
			if (days >= 0) {
				f->n_fix_sla++;
				f->n_fix_met += v <= days * DAY;
			}
		}
	}
	sqlite3_finalize(st);
	f->n_ack = ack->len;
	f->n_triage = tri->len;
	f->n_fix = fix->len;
	f->median_ack_s = median_of(ack);
	f->median_triage_s = median_of(tri);
	f->median_fix_s = median_of(fix);
}

static void
add_dupes(StStore *store, const StConfig *cfg, const StRules *rules, StDigest *d)
{
	for (guint i = 0; i < d->fresh->len; i++) {
		StDigestItem *it = g_ptr_array_index(d->fresh, i);
		g_autoptr(GPtrArray) dupes = st_dupes_for_report(store, cfg, rules, it->id, 5, NULL);
		for (guint k = 0; dupes && k < dupes->len; k++) {
			StDupe *du = g_ptr_array_index(dupes, k);
			g_ptr_array_add(it->dupes, g_strdup_printf("%s (%s)", du->tracking_id,
								   du->reason));
		}
	}
}

static gint64
last_digest(sqlite3 *db)
{
	sqlite3_stmt *st = NULL;
	gint64 t = 0;
	if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'last_digest'",
			       -1, &st, NULL) != SQLITE_OK)
		return 0;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		t = g_ascii_strtoll((const char *)sqlite3_column_text(st, 0), NULL, 10);
	sqlite3_finalize(st);
	return t;
}

static void
truncate_to(GPtrArray *a, guint max)
{
	if (max > 0 && a->len > max)
		g_ptr_array_set_size(a, max);
}

StDigest *
st_digest_collect(StStore *store, const StConfig *cfg, const StRules *rules,
		  GDateTime *now, gint64 since, guint max_items, GError **error)
{
	g_return_val_if_fail(store && rules && now, NULL);
	sqlite3 *db = st_store_db(store);
	StDigest *d = g_new0(StDigest, 1);

	d->now = g_date_time_to_unix(now);
	d->tz = g_time_zone_ref(g_date_time_get_timezone(now));
	d->tz_name = g_strdup(g_date_time_get_timezone_abbreviation(now));
	d->due_soon_days = (int)st_rules_get_int(rules, "sla", "due_soon_days", 2);
	d->embargo_warning_days = (int)st_rules_get_int(rules, "sla", "embargo_warning_days", 14);
	GDestroyNotify fr = (GDestroyNotify)item_free;
	d->action = g_ptr_array_new_with_free_func(fr);
	d->fresh = g_ptr_array_new_with_free_func(fr);
	d->waiting = g_ptr_array_new_with_free_func(fr);
	d->fixes = g_ptr_array_new_with_free_func(fr);
	d->embargoes = g_ptr_array_new_with_free_func(fr);
	if (since <= 0)
		since = last_digest(db);
	if (since <= 0)
		since = d->now - 7 * DAY;
	d->since = since;

	/* One read transaction: the sections agree with each other. */
	sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
	gboolean ok = collect_open(db, d, rules, error) && collect_fresh(db, d, error);
	if (ok)
		collect_figures(db, d, rules);
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	if (!ok) {
		st_digest_free(d);
		return NULL;
	}
	g_ptr_array_sort(d->action, by_urgency);
	g_ptr_array_sort(d->fresh, by_interest);
	g_ptr_array_sort(d->waiting, by_due);
	g_ptr_array_sort(d->fixes, by_due);
	g_ptr_array_sort(d->embargoes, by_due);
	truncate_to(d->action, max_items);
	truncate_to(d->fresh, max_items);
	truncate_to(d->waiting, max_items);
	truncate_to(d->fixes, max_items);
	truncate_to(d->embargoes, max_items);
	add_dupes(store, cfg, rules, d);
	return d;
}

gboolean
st_digest_mark(StStore *store, gint64 now, GError **error)
{
	sqlite3 *db = st_store_db(store);
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "INSERT INTO meta(key, value) VALUES ('last_digest', ?)"
			       " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
			       -1, &st, NULL) != SQLITE_OK)
		return sql_fail(db, error);
	g_autofree char *v = g_strdup_printf("%" G_GINT64_FORMAT, now);
	sqlite3_bind_text(st, 1, v, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return sql_fail(db, error);
	return TRUE;
}
