/*
 * digest.c — collect the triage digest from the database at a given time.
 *
 * One scan of the reports table gathers the figures and ranks the open and
 * new reports as small records (numbers only); only the reports that make
 * a section (MAX_ITEMS each) are then read in full by id.  Clocks are computed
 * here from the rules (sla.c), never stored: a report is overdue when NOW
 * is past a due date of a clock still running.  Business-day arithmetic is
 * done only for reports not yet acknowledged, so a digest of 100,000
 * reports stays well under a second.
 *
 * Rendering and the digest mail are in digest_render.c.
 */
#include <string.h>
#include <sqlite3.h>

#include "sectriage/digest.h"
#include "sectriage/dupes.h"
#include "sectriage/sla.h"
#include "sectriage/workflow.h"
#include "sectriage/sqlutil.h"

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

/* What ranking needs of one listed report: numbers only.  Items (with the
 * text columns) are read for the few that survive ranking and MAX_ITEMS. */
typedef struct Light {
	gint64 id;
	gint64 created_at;
	gint64 due;
	const char *clock;   /* static string or NULL */
	gboolean overdue;
	gboolean exploited;
	int sev;             /* severity rank, 0 critical .. 4 none */
	int score;
} Light;

/* One row of the scan (SCAN_COLS, in this order). */
#define SCAN_COLS "id, state, severity, suggested_severity, exploited, created_at," \
	" acked_at, triaged_at, fixed_at, embargo_until, score"

typedef struct Row {
	gint64 id, created_at, acked_at, triaged_at, fixed_at, embargo_until;
	const char *severity;
	StState state;
	gboolean open;
	Light light;
} Row;

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
	const Light *x = a, *y = b;
	if (x->exploited != y->exploited)
		return x->exploited ? -1 : 1;
	if (x->overdue != y->overdue)
		return x->overdue ? -1 : 1;
	if ((x->due > 0) != (y->due > 0))
		return x->due > 0 ? -1 : 1;
	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	if (x->sev != y->sev)
		return x->sev - y->sev;
	if (x->created_at != y->created_at)
		return x->created_at < y->created_at ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* New reports: exploited, then (suggested) severity, then score, newest first. */
static gint
by_interest(gconstpointer a, gconstpointer b)
{
	const Light *x = a, *y = b;
	if (x->exploited != y->exploited)
		return x->exploited ? -1 : 1;
	if (x->sev != y->sev)
		return x->sev - y->sev;
	if (x->score != y->score)
		return y->score - x->score;
	if (x->created_at != y->created_at)
		return x->created_at > y->created_at ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static gint
by_due(gconstpointer a, gconstpointer b)
{
	const Light *x = a, *y = b;
	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* The most pressing running clock of ROW: the earliest due date among the
 * clocks not yet met.  Sets *CLOCK and returns the due date (0: none). */
static gint64
pressing_clock(const StRules *rules, GTimeZone *tz, const Row *row, const char **clock)
{
	gint64 best = 0;
	*clock = NULL;
	if (row->acked_at <= 0) {
		g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc(row->created_at);
		g_autoptr(GDateTime) rec = g_date_time_to_timezone(utc, tz);
		g_autoptr(GDateTime) due = st_sla_ack_due(rules, rec);
		best = g_date_time_to_unix(due);
		*clock = "ack";
	}
	if (row->triaged_at <= 0
	    && (row->state == ST_STATE_NEW || row->state == ST_STATE_NEEDS_INFO)) {
		gint64 due = row->created_at + DAY * st_rules_get_int(rules, "sla", "triage_days", 7);
		if (best == 0 || due < best) {
			best = due;
			*clock = "triage";
		}
	}
	if (row->triaged_at > 0 && row->fixed_at <= 0 && row->severity
	    && (row->state == ST_STATE_TRIAGED || row->state == ST_STATE_FIXING)) {
		gint64 days = -1;
		if (strcmp(row->severity, "critical") == 0 || strcmp(row->severity, "high") == 0
		    || strcmp(row->severity, "medium") == 0 || strcmp(row->severity, "low") == 0) {
			char key[32];
			g_snprintf(key, sizeof key, "fix_days.%s", row->severity);
			days = st_rules_get_int(rules, "sla", key, -1);
		}
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

/* Per-scan state: the sections as light records, the figure samples. */
typedef struct Scan {
	StDigest *d;
	const StRules *rules;
	GArray *action, *fresh, *waiting, *fixes, *embargoes;   /* Light */
	GArray *ack, *tri, *fix;                                 /* gint64 samples */
	gint64 ack_days, triage_days, crit_days, high_days, soon, warn;
} Scan;

static void
with_due(GArray *a, const Light *l, const char *clock, gint64 due, gint64 now)
{
	Light c = *l;
	c.clock = clock;
	c.due = due;
	c.overdue = due > 0 && now > due;
	g_array_append_val(a, c);
}

/* An acknowledgment within N calendar days certainly met an N business day
 * SLA; only the slower ones need the calendar. */
static gboolean
ack_in_time(const Scan *sc, gint64 created, gint64 acked)
{
	if (acked - created <= sc->ack_days * DAY)
		return TRUE;
	g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc(created);
	g_autoptr(GDateTime) rec = g_date_time_to_timezone(utc, sc->d->tz);
	g_autoptr(GDateTime) due = st_sla_ack_due(sc->rules, rec);
	return acked <= g_date_time_to_unix(due);
}

static void
count_figures(Scan *sc, const Row *r)
{
	StDigestFigures *f = &sc->d->figures;
	if (r->acked_at > 0) {
		gint64 v = r->acked_at - r->created_at;
		g_array_append_val(sc->ack, v);
		f->n_ack_met += ack_in_time(sc, r->created_at, r->acked_at);
	}
	if (r->triaged_at > 0) {
		gint64 v = r->triaged_at - r->created_at;
		g_array_append_val(sc->tri, v);
		f->n_triage_met += v <= sc->triage_days * DAY;
	}
	if (r->triaged_at > 0 && r->fixed_at > 0) {
		gint64 v = r->fixed_at - r->triaged_at;
		g_array_append_val(sc->fix, v);
		gint64 days = g_strcmp0(r->severity, "critical") == 0 ? sc->crit_days
			: g_strcmp0(r->severity, "high") == 0 ? sc->high_days : -1;
		if (days >= 0) {
			f->n_fix_sla++;
			f->n_fix_met += v <= days * DAY;
		}
	}
	if (r->open) {
		f->open_by_state[r->state]++;
		f->open_total++;
	}
}

static void
classify_open(Scan *sc, const Row *r)
{
	StDigest *d = sc->d;
	const char *clock = NULL;
	gint64 due = pressing_clock(sc->rules, d->tz, r, &clock);
	gint64 emb = st_workflow_embargo_end(sc->rules, r->created_at, r->acked_at,
					     r->embargo_until);

	if (r->light.exploited || (due > 0 && due - d->now <= sc->soon))
		with_due(sc->action, &r->light, clock, due, d->now);
	if (r->state == ST_STATE_NEEDS_INFO)
		with_due(sc->waiting, &r->light, clock, due, d->now);
	if (clock && strcmp(clock, "fix") == 0)
		with_due(sc->fixes, &r->light, "fix", due, d->now);
	if (emb > 0 && emb - d->now <= sc->warn)
		with_due(sc->embargoes, &r->light, "embargo", emb, d->now);
}

static void
scan_row(Scan *sc, sqlite3_stmt *st)
{
	Row r = { 0 };
	const char *state = (const char *)sqlite3_column_text(st, 1);

	r.id = sqlite3_column_int64(st, 0);
	if (!st_state_parse(state, &r.state))
		r.state = ST_STATE_NEW;
	r.open = st_state_is_open(r.state);
	r.severity = (const char *)sqlite3_column_text(st, 2);
	r.created_at = sqlite3_column_int64(st, 5);
	r.acked_at = sqlite3_column_int64(st, 6);
	r.triaged_at = sqlite3_column_int64(st, 7);
	r.fixed_at = sqlite3_column_int64(st, 8);
	r.embargo_until = sqlite3_column_int64(st, 9);
	r.light.id = r.id;
	r.light.created_at = r.created_at;
	r.light.exploited = sqlite3_column_int(st, 4) != 0;
	r.light.sev = severity_rank(r.severity ? r.severity
				    : (const char *)sqlite3_column_text(st, 3));
	r.light.score = sqlite3_column_int(st, 10);
	count_figures(sc, &r);
	if (r.open)
		classify_open(sc, &r);
	if (r.created_at >= sc->d->since && r.created_at <= sc->d->now)
		g_array_append_val(sc->fresh, r.light);
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

/* One scan of every report: figures, open sections, new reports. */
static gboolean
scan(sqlite3 *db, Scan *sc, GError **error)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT " SCAN_COLS " FROM reports", -1, &st, NULL) != SQLITE_OK)
		return st_sql_fail(db, "digest", error);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		scan_row(sc, st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_sql_fail(db, "digest", error);
	StDigestFigures *f = &sc->d->figures;
	f->n_ack = sc->ack->len;
	f->n_triage = sc->tri->len;
	f->n_fix = sc->fix->len;
	f->median_ack_s = median_of(sc->ack);
	f->median_triage_s = median_of(sc->tri);
	f->median_fix_s = median_of(sc->fix);
	return TRUE;
}

/* The item of LIGHT, read by id (ITEM_COLS).  NULL when gone. */
#define ITEM_COLS "id, tracking_id, subject, reporter, state, severity, suggested_severity," \
	" class, component, out_of_scope, missing, score, exploited, created_at, encrypted"

static StDigestItem *
item_load(sqlite3_stmt *st, const Light *l)
{
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, l->id);
	if (sqlite3_step(st) != SQLITE_ROW)
		return NULL;
	StDigestItem *it = g_new0(StDigestItem, 1);
	it->id = sqlite3_column_int64(st, 0);
	it->tracking_id = st_sql_column_dup(st, 1);
	it->subject = st_sql_column_dup(st, 2);
	it->reporter = st_sql_column_dup(st, 3);
	it->state = st_sql_column_dup(st, 4);
	it->severity = st_sql_column_dup(st, 5);
	it->suggested_severity = st_sql_column_dup(st, 6);
	it->klass = st_sql_column_dup(st, 7);
	it->component = st_sql_column_dup(st, 8);
	it->out_of_scope = st_sql_column_dup(st, 9);
	it->missing = st_sql_column_dup(st, 10);
	it->score = sqlite3_column_int(st, 11);
	it->exploited = sqlite3_column_int(st, 12) != 0;
	it->created_at = sqlite3_column_int64(st, 13);
	it->encrypted = sqlite3_column_int(st, 14) != 0;
	it->clock = g_strdup(l->clock);
	it->due = l->due;
	it->overdue = l->overdue;
	it->dupes = g_ptr_array_new_with_free_func(g_free);
	return it;
}

/* Rank LIGHTS with CMP, keep MAX, read their items into OUT. */
static gboolean
materialise(sqlite3 *db, GArray *lights, GCompareFunc cmp, guint max, GPtrArray *out,
	    GError **error)
{
	sqlite3_stmt *st = NULL;
	g_array_sort(lights, cmp);
	if (max > 0 && lights->len > max)
		g_array_set_size(lights, max);
	if (lights->len == 0)
		return TRUE;
	if (sqlite3_prepare_v2(db, "SELECT " ITEM_COLS " FROM reports WHERE id = ?", -1, &st,
			       NULL) != SQLITE_OK)
		return st_sql_fail(db, "digest", error);
	for (guint i = 0; i < lights->len; i++) {
		StDigestItem *it = item_load(st, &g_array_index(lights, Light, i));
		if (it)
			g_ptr_array_add(out, it);
	}
	sqlite3_finalize(st);
	return TRUE;
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

static StDigest *
digest_new(const StRules *rules, GDateTime *now)
{
	StDigest *d = g_new0(StDigest, 1);
	GDestroyNotify fr = (GDestroyNotify)item_free;

	d->now = g_date_time_to_unix(now);
	d->tz = st_workflow_time_zone(rules, now);
	{
		g_autoptr(GDateTime) local = g_date_time_to_timezone(now, d->tz);
		d->tz_name = g_strdup(g_date_time_get_timezone_abbreviation(local));
	}
	d->due_soon_days = (int)st_rules_get_int(rules, "sla", "due_soon_days", 2);
	d->embargo_warning_days = (int)st_rules_get_int(rules, "sla", "embargo_warning_days", 14);
	d->action = g_ptr_array_new_with_free_func(fr);
	d->fresh = g_ptr_array_new_with_free_func(fr);
	d->waiting = g_ptr_array_new_with_free_func(fr);
	d->fixes = g_ptr_array_new_with_free_func(fr);
	d->embargoes = g_ptr_array_new_with_free_func(fr);
	return d;
}

static void
scan_init(Scan *sc, StDigest *d, const StRules *rules)
{
	GArray **lights[] = { &sc->action, &sc->fresh, &sc->waiting, &sc->fixes, &sc->embargoes };
	GArray **samples[] = { &sc->ack, &sc->tri, &sc->fix };

	sc->d = d;
	sc->rules = rules;
	for (gsize i = 0; i < G_N_ELEMENTS(lights); i++)
		*lights[i] = g_array_new(FALSE, FALSE, sizeof(Light));
	for (gsize i = 0; i < G_N_ELEMENTS(samples); i++)
		*samples[i] = g_array_new(FALSE, FALSE, sizeof(gint64));
	sc->ack_days = st_rules_get_int(rules, "sla", "ack_business_days", 3);
	sc->triage_days = st_rules_get_int(rules, "sla", "triage_days", 7);
	sc->crit_days = st_rules_get_int(rules, "sla", "fix_days.critical", -1);
	sc->high_days = st_rules_get_int(rules, "sla", "fix_days.high", -1);
	sc->soon = (gint64)DAY * d->due_soon_days;
	sc->warn = (gint64)DAY * d->embargo_warning_days;
}

static void
scan_clear(Scan *sc)
{
	GArray *all[] = { sc->action, sc->fresh, sc->waiting, sc->fixes, sc->embargoes,
			  sc->ack, sc->tri, sc->fix };
	for (gsize i = 0; i < G_N_ELEMENTS(all); i++)
		g_array_unref(all[i]);
}

/* Deferred triage (#9): what waits in the inbox, so that triage that is
 * stuck or failing shows in the digest, not only in the mail log. */
static gboolean
inbox_figures(sqlite3 *db, StDigest *d, GError **error)
{
	sqlite3_stmt *st = NULL;
	StDigestFigures *f = &d->figures;

	if (sqlite3_prepare_v2(db, "SELECT count(*), total(attempts > 0), min(received_at)"
			       " FROM inbox", -1, &st, NULL) != SQLITE_OK)
		return st_sql_fail(db, "digest inbox", error);
	f->inbox_oldest_s = -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		f->inbox_waiting = sqlite3_column_int64(st, 0);
		f->inbox_failing = (gint64)sqlite3_column_double(st, 1);
		if (sqlite3_column_type(st, 2) != SQLITE_NULL)
			f->inbox_oldest_s = MAX(0, d->now - sqlite3_column_int64(st, 2));
	}
	sqlite3_finalize(st);
	return TRUE;
}

StDigest *
st_digest_collect(StStore *store, const StConfig *cfg, const StRules *rules,
		  GDateTime *now, gint64 since, guint max_items, GError **error)
{
	g_return_val_if_fail(store && rules && now, NULL);
	sqlite3 *db = st_store_db(store);
	StDigest *d = digest_new(rules, now);
	Scan sc = { 0 };

	if (since <= 0)
		since = last_digest(db);
	if (since <= 0)
		since = d->now - 7 * DAY;
	d->since = since;
	scan_init(&sc, d, rules);
	/* One read transaction: the sections agree with each other. */
	sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
	gboolean ok = scan(db, &sc, error)
		&& materialise(db, sc.action, by_urgency, max_items, d->action, error)
		&& materialise(db, sc.fresh, by_interest, max_items, d->fresh, error)
		&& materialise(db, sc.waiting, by_due, max_items, d->waiting, error)
		&& materialise(db, sc.fixes, by_due, max_items, d->fixes, error)
		&& materialise(db, sc.embargoes, by_due, max_items, d->embargoes, error);
	if (ok)
		ok = inbox_figures(db, d, error);
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	scan_clear(&sc);
	if (!ok) {
		st_digest_free(d);
		return NULL;
	}
	add_dupes(store, cfg, rules, d);
	/* whether decrypted plaintext is kept is the configuration's choice */
	GPtrArray *sections[] = { d->action, d->fresh, d->waiting, d->fixes, d->embargoes };
	for (gsize s = 0; s < G_N_ELEMENTS(sections); s++)
		for (guint i = 0; i < sections[s]->len; i++) {
			StDigestItem *it = g_ptr_array_index(sections[s], i);
			it->plaintext_stored = it->encrypted && cfg && cfg->store_plaintext;
		}
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
		return st_sql_fail(db, "digest", error);
	g_autofree char *v = g_strdup_printf("%" G_GINT64_FORMAT, now);
	sqlite3_bind_text(st, 1, v, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_sql_fail(db, "digest", error);
	return TRUE;
}
