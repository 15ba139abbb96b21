/*
 * workflow.c — checked state changes of a report, their audit events and the
 * reporter's notices; the SLA clocks of one report for `show`.
 *
 * One st_workflow_apply() is one IMMEDIATE transaction: read the report,
 * check the transition, update, write events, queue the notice.  Any failure
 * rolls everything back, so a change is never half made and a notice is
 * never queued for a change that did not happen.
 */
#include <string.h>
#include <sqlite3.h>

#include "sectriage/workflow.h"
#include "sectriage/ack.h"
#include "sectriage/sla.h"
#include "sectriage/sqlutil.h"

#define OUTBOX_PENDING "pending"

static const char *const state_names[ST_STATE_N] = {
	"new", "needs-info", "triaged", "fixing", "fixed", "published", "closed",
};

/* Allowed moves: allowed[from] is a bit set of target states. */
#define B(s) (1u << (s))
static const guint allowed[ST_STATE_N] = {
	[ST_STATE_NEW] = B(ST_STATE_NEEDS_INFO) | B(ST_STATE_TRIAGED) | B(ST_STATE_CLOSED),
	[ST_STATE_NEEDS_INFO] = B(ST_STATE_NEW) | B(ST_STATE_TRIAGED) | B(ST_STATE_CLOSED),
	[ST_STATE_TRIAGED] = B(ST_STATE_NEEDS_INFO) | B(ST_STATE_FIXING) | B(ST_STATE_FIXED)
		| B(ST_STATE_CLOSED),
	[ST_STATE_FIXING] = B(ST_STATE_TRIAGED) | B(ST_STATE_FIXED) | B(ST_STATE_CLOSED),
	[ST_STATE_FIXED] = B(ST_STATE_FIXING) | B(ST_STATE_PUBLISHED) | B(ST_STATE_CLOSED),
	[ST_STATE_PUBLISHED] = 0,
	[ST_STATE_CLOSED] = B(ST_STATE_NEW),	/* reopen */
};
#undef B

/* States whose arrival the reporter hears about. */
static gboolean
state_notifies(StState s)
{
	return s == ST_STATE_TRIAGED || s == ST_STATE_FIXING || s == ST_STATE_FIXED
		|| s == ST_STATE_PUBLISHED || s == ST_STATE_CLOSED;
}

/* Column holding the time a report first reached S, or NULL. */
static const char *
state_column(StState s)
{
	switch (s) {
	case ST_STATE_TRIAGED: return "triaged_at";
	case ST_STATE_FIXING: return "fixing_at";
	case ST_STATE_FIXED: return "fixed_at";
	case ST_STATE_PUBLISHED: return "published_at";
	case ST_STATE_CLOSED: return "closed_at";
	default: return NULL;
	}
}

static const char *const resolutions[] = {
	"duplicate", "informative", "out-of-scope", "not-applicable", "spam", "withdrawn", NULL,
};
static const char *const severities[] = { "critical", "high", "medium", "low", NULL };

const char *
st_state_name(StState s)
{
	return (s >= 0 && s < ST_STATE_N) ? state_names[s] : NULL;
}

gboolean
st_state_parse(const char *name, StState *out)
{
	if (name == NULL)
		return FALSE;
	for (int i = 0; i < ST_STATE_N; i++) {
		if (strcmp(name, state_names[i]) == 0) {
			if (out)
				*out = (StState)i;
			return TRUE;
		}
	}
	return FALSE;
}

gboolean
st_state_transition_allowed(StState from, StState to)
{
	if (from < 0 || from >= ST_STATE_N || to < 0 || to >= ST_STATE_N)
		return FALSE;
	return (allowed[from] & (1u << to)) != 0;
}

gboolean
st_state_is_open(StState s)
{
	return s != ST_STATE_PUBLISHED && s != ST_STATE_CLOSED && s < ST_STATE_N;
}

gboolean
st_resolution_valid(const char *resolution)
{
	return resolution != NULL && g_strv_contains(resolutions, resolution);
}

gboolean
st_severity_valid(const char *severity)
{
	return severity != NULL && g_strv_contains(severities, severity);
}

void
st_change_result_clear(StChangeResult *r)
{
	if (r == NULL)
		return;
	g_clear_pointer(&r->tracking_id, g_free);
	g_clear_pointer(&r->from_state, g_free);
	g_clear_pointer(&r->to_state, g_free);
	g_clear_pointer(&r->notice_reason, g_free);
	r->report_id = 0;
	r->notice_queued = FALSE;
}

/* ---- SQLite helpers ---- */

/* Run SQL with "?" bound in order from the format: 'i' gint64, 'I' gint64
 * with 0 bound as NULL, 's' text (NULL allowed), 'n' NULL (no argument).  One step; FALSE with ERROR on failure. */
static gboolean
sql_run(sqlite3 *db, GError **error, const char *sql, const char *types, ...)
{
	sqlite3_stmt *st = NULL;
	va_list ap;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return st_sql_fail(db, NULL, error);
	va_start(ap, types);
	for (int i = 0; types[i]; i++) {
		if (types[i] == 'i') {
			sqlite3_bind_int64(st, i + 1, va_arg(ap, gint64));
		} else if (types[i] == 'I') {
			gint64 v = va_arg(ap, gint64);
			if (v)
				sqlite3_bind_int64(st, i + 1, v);
			else
				sqlite3_bind_null(st, i + 1);
		} else if (types[i] == 's') {
			const char *s = va_arg(ap, const char *);
			if (s)
				sqlite3_bind_text(st, i + 1, s, -1, SQLITE_TRANSIENT);
			else
				sqlite3_bind_null(st, i + 1);
		} else {
			sqlite3_bind_null(st, i + 1);
		}
	}
	va_end(ap);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return st_sql_fail(db, NULL, error);
	return TRUE;
}

static gboolean
add_event(sqlite3 *db, gint64 report, gint64 at, const char *actor,
	  const char *kind, const char *detail, GError **error)
{
	return sql_run(db, error,
		       "INSERT INTO events(report_id, at, actor, kind, detail) VALUES (?,?,?,?,?)",
		       "iisss", report, at, actor, kind, detail);
}

gint64
st_workflow_find(StStore *store, const char *id, GError **error)
{
	gint64 row = 0;
	char *end = NULL;

	if (id == NULL || *id == '\0') {
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_INVALID, "no report id given");
		return 0;
	}
	gint64 num = g_ascii_strtoll(id, &end, 10);
	if (end && *end == '\0' && num > 0) {
		sqlite3_stmt *st = st_store_prepare(store, "SELECT id FROM reports WHERE id = ?1",
						    error);
		if (st == NULL)
			return 0;
		sqlite3_bind_int64(st, 1, num);
		if (!st_store_step_int(store, st, &row, "find report", error))
			return 0;
	} else if (!st_store_report_by_tracking_id(store, id, &row, error)) {
		return 0;
	}
	if (row == 0)
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND, "no report %s", id);
	return row;
}

/* ---- clocks ---- */

static GDateTime *
dt_at(gint64 t, GTimeZone *tz)
{
	g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc(t);
	return tz ? g_date_time_to_timezone(utc, tz) : g_date_time_ref(utc);
}

static gint64
dt_unix_free(GDateTime *d)
{
	if (d == NULL)
		return 0;
	gint64 t = g_date_time_to_unix(d);
	g_date_time_unref(d);
	return t;
}

GTimeZone *
st_workflow_time_zone(const StRules *rules, GDateTime *now)
{
	const char *name = rules ? st_rules_get(rules, "sla", "time_zone") : NULL;
	if (name && *name) {
		GTimeZone *tz = g_time_zone_new_identifier(name);
		if (tz)
			return tz;
	}
	return g_time_zone_ref(g_date_time_get_timezone(now));
}

gint64
st_workflow_embargo_end(const StRules *rules, gint64 created_at, gint64 acked_at,
			gint64 embargo_until)
{
	if (embargo_until > 0)
		return embargo_until;
	gint64 from = acked_at > 0 ? acked_at : created_at;
	if (from <= 0)
		return 0;
	g_autoptr(GDateTime) d = g_date_time_new_from_unix_utc(from);
	return dt_unix_free(st_sla_embargo_end(rules, d));
}

void
st_workflow_clocks(const StRules *rules, GTimeZone *tz, gint64 created_at,
		   gint64 acked_at, gint64 triaged_at, const char *severity,
		   gint64 embargo_until, StReportClocks *out)
{
	memset(out, 0, sizeof *out);
	if (created_at > 0) {
		g_autoptr(GDateTime) rec = dt_at(created_at, tz);
		out->ack_due = dt_unix_free(st_sla_ack_due(rules, rec));
		out->triage_due = dt_unix_free(st_sla_triage_due(rules, rec));
	}
	if (triaged_at > 0) {
		g_autoptr(GDateTime) tri = dt_at(triaged_at, tz);
		out->fix_due = dt_unix_free(st_sla_fix_due(rules, tri, severity));
	}
	out->embargo_end = st_workflow_embargo_end(rules, created_at, acked_at, embargo_until);
}

/* "2026-03-05 10:00 UTC" in TZ. */
static char *
fmt_time(gint64 t, GTimeZone *tz)
{
	g_autoptr(GDateTime) d = dt_at(t, tz);
	return g_date_time_format(d, "%Y-%m-%d %H:%M %Z");
}

/* "3 days", "5 hours" for a span of seconds. */
static char *
fmt_span(gint64 s)
{
	if (s < 0)
		s = -s;
	if (s >= 86400)
		return g_strdup_printf("%" G_GINT64_FORMAT " day%s", s / 86400, s / 86400 == 1 ? "" : "s");
	if (s >= 3600)
		return g_strdup_printf("%" G_GINT64_FORMAT " hour%s", s / 3600, s / 3600 == 1 ? "" : "s");
	return g_strdup_printf("%" G_GINT64_FORMAT " min", s / 60);
}

static void
clock_line(GString *out, const char *name, gint64 due, gint64 met, gint64 now,
	   gint64 soon, gboolean running, GTimeZone *tz)
{
	if (due <= 0)
		return;
	g_autofree char *d = fmt_time(due, tz);
	g_string_append_printf(out, "%-8s due %s: ", name, d);
	if (met > 0) {
		g_autofree char *m = fmt_time(met, tz);
		g_string_append_printf(out, "met %s%s\n", m, met > due ? " (late)" : "");
	} else if (!running) {
		g_string_append(out, "stopped\n");
	} else if (now > due) {
		g_autofree char *sp = fmt_span(now - due);
		g_string_append_printf(out, "OVERDUE by %s\n", sp);
	} else {
		g_autofree char *sp = fmt_span(due - now);
		g_string_append_printf(out, "%s in %s\n", due - now <= soon ? "DUE SOON," : "due",
				       sp);
	}
}

char *
st_sla_report_clocks(StStore *store, const StRules *rules, gint64 report_id,
		     GDateTime *now, GError **error)
{
	sqlite3 *db = st_store_db(store);
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db,
			       "SELECT created_at, acked_at, triaged_at, fixed_at, published_at,"
			       " closed_at, severity, embargo_until, state FROM reports WHERE id = ?",
			       -1, &st, NULL) != SQLITE_OK) {
		st_sql_fail(db, NULL, error);
		return NULL;
	}
	sqlite3_bind_int64(st, 1, report_id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE)
			g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND,
				    "no report %" G_GINT64_FORMAT, report_id);
		else
			st_sql_fail(db, NULL, error);
		sqlite3_finalize(st);
		return NULL;
	}
	gint64 created = sqlite3_column_int64(st, 0), acked = sqlite3_column_int64(st, 1);
	gint64 triaged = sqlite3_column_int64(st, 2), fixed = sqlite3_column_int64(st, 3);
	gint64 published = sqlite3_column_int64(st, 4), closed = sqlite3_column_int64(st, 5);
	g_autofree char *sev = st_sql_column_dup(st, 6);
	gint64 emb = sqlite3_column_int64(st, 7);
	g_autofree char *state = st_sql_column_dup(st, 8);
	sqlite3_finalize(st);

	g_autoptr(GTimeZone) tz = st_workflow_time_zone(rules, now);
	gint64 t_now = g_date_time_to_unix(now);
	gint64 soon = 86400 * (rules ? st_rules_get_int(rules, "sla", "due_soon_days", 2) : 2);
	gint64 warn = 86400 * (rules ? st_rules_get_int(rules, "sla", "embargo_warning_days", 14) : 14);
	gboolean running = closed <= 0 && published <= 0;
	StReportClocks c;
	st_workflow_clocks(rules, tz, created, acked, triaged, sev, emb, &c);

	GString *out = g_string_new(NULL);
	clock_line(out, "ack", c.ack_due, acked, t_now, soon, running, tz);
	clock_line(out, "triage", c.triage_due, triaged, t_now, soon, running, tz);
	clock_line(out, "fix", c.fix_due, fixed, t_now, soon, running, tz);
	if (c.embargo_end > 0 && (state == NULL || strcmp(state, "closed") != 0)) {
		g_autofree char *d = fmt_time(c.embargo_end, tz);
		g_string_append_printf(out, "%-8s ends %s%s%s\n", "embargo", d,
				       emb > 0 ? " (set by a maintainer)" : "",
				       published > 0 ? ": published" :
				       t_now > c.embargo_end ? ": ENDED" :
				       c.embargo_end - t_now <= warn ? ": ENDING SOON" : "");
	}
	return g_string_free(out, FALSE);
}

/* ---- applying a change ---- */

typedef struct Report {
	gint64 id;
	char *tracking_id;
	StState state;
	char *severity;
	char *resolution;
	char *reporter;
	char *subject;
	char *ack_message_id;
	gint64 created_at;
	gint64 acked_at;
	gint64 embargo_until;
} Report;

static void
report_clear(Report *r)
{
	g_free(r->tracking_id);
	g_free(r->severity);
	g_free(r->resolution);
	g_free(r->reporter);
	g_free(r->subject);
	g_free(r->ack_message_id);
	memset(r, 0, sizeof *r);
}

static gboolean
report_load(sqlite3 *db, gint64 id, Report *r, GError **error)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db,
			       "SELECT id, tracking_id, state, severity, resolution, reporter, subject,"
			       " ack_message_id, created_at, acked_at, embargo_until"
			       " FROM reports WHERE id = ?", -1, &st, NULL) != SQLITE_OK)
		return st_sql_fail(db, NULL, error);
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE)
			g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND,
				    "no report %" G_GINT64_FORMAT, id);
		else
			st_sql_fail(db, NULL, error);
		sqlite3_finalize(st);
		return FALSE;
	}
	r->id = sqlite3_column_int64(st, 0);
	r->tracking_id = st_sql_column_dup(st, 1);
	g_autofree char *state = st_sql_column_dup(st, 2);
	if (!st_state_parse(state, &r->state))
		r->state = ST_STATE_NEW;
	r->severity = st_sql_column_dup(st, 3);
	r->resolution = st_sql_column_dup(st, 4);
	r->reporter = st_sql_column_dup(st, 5);
	r->subject = st_sql_column_dup(st, 6);
	r->ack_message_id = st_sql_column_dup(st, 7);
	r->created_at = sqlite3_column_int64(st, 8);
	r->acked_at = sqlite3_column_int64(st, 9);
	r->embargo_until = sqlite3_column_int64(st, 10);
	sqlite3_finalize(st);
	return TRUE;
}

static gboolean
invalid(GError **error, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

static gboolean
invalid(GError **error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_autofree char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_set_error_literal(error, ST_STORE_ERROR, ST_STORE_ERROR_INVALID, msg);
	return FALSE;
}

/* Parse "YYYY-MM-DD" (end of that day would surprise: midnight UTC of it)
 * or a full ISO 8601 time.  0 on error. */
static gint64
parse_date(const char *s)
{
	g_autoptr(GTimeZone) utc = g_time_zone_new_utc();
	g_autoptr(GDateTime) d = g_date_time_new_from_iso8601(s, utc);
	if (d == NULL && strlen(s) == 10) {
		g_autofree char *full = g_strconcat(s, "T00:00:00Z", NULL);
		d = g_date_time_new_from_iso8601(full, utc);
	}
	return d ? g_date_time_to_unix(d) : 0;
}

/* Checked arguments of one change, resolved against the report. */
typedef struct Plan {
	gboolean move;
	StState to;
	const char *resolution;
	gint64 dup_id;
	char *dup_tracking;
	gint64 embargo;
} Plan;

static gboolean
plan_state(sqlite3 *db, StStore *store, const Report *r, const StChange *c,
	   Plan *p, GError **error)
{
	if (c->state && !st_state_parse(c->state, &p->to))
		return invalid(error, "unknown state '%s' (new, needs-info, triaged, fixing,"
			       " fixed, published, closed)", c->state);
	if (!c->state && (c->resolution || c->duplicate_of) && r->state != ST_STATE_CLOSED)
		p->to = ST_STATE_CLOSED;	/* --resolution alone closes */
	else if (!c->state)
		p->to = r->state;
	if ((c->resolution || c->duplicate_of) && p->to != ST_STATE_CLOSED)
		return invalid(error, "a resolution is only given when closing (--state closed)");
	p->move = p->to != r->state;
	if (!p->move && (c->resolution || c->duplicate_of))
		return invalid(error, "%s is already closed (%s); reopen it (--state new) to close"
			       " it differently", r->tracking_id, r->resolution ? r->resolution : "?");
	if (p->move && !st_state_transition_allowed(r->state, p->to))
		return invalid(error, "%s cannot go from %s to %s", r->tracking_id,
			       st_state_name(r->state), st_state_name(p->to));
	p->resolution = c->resolution;
	if (c->duplicate_of && p->resolution == NULL)
		p->resolution = "duplicate";
	if (p->resolution && !st_resolution_valid(p->resolution))
		return invalid(error, "unknown resolution '%s' (duplicate, informative,"
			       " out-of-scope, not-applicable, spam, withdrawn)", p->resolution);
	if (p->move && p->to == ST_STATE_CLOSED && p->resolution == NULL)
		return invalid(error, "closing needs --resolution");
	if (p->resolution && strcmp(p->resolution, "duplicate") == 0) {
		if (c->duplicate_of == NULL)
			return invalid(error, "resolution duplicate needs --duplicate-of ID");
		p->dup_id = st_workflow_find(store, c->duplicate_of, error);
		if (p->dup_id == 0)
			return FALSE;
		if (p->dup_id == r->id)
			return invalid(error, "a report cannot be a duplicate of itself");
		Report d = { 0 };
		if (!report_load(db, p->dup_id, &d, error))
			return FALSE;
		p->dup_tracking = g_steal_pointer(&d.tracking_id);
		report_clear(&d);
	} else if (c->duplicate_of) {
		return invalid(error, "--duplicate-of goes with --resolution duplicate");
	}
	const char *sev = c->severity ? c->severity : r->severity;
	if (p->move && (p->to == ST_STATE_TRIAGED || p->to == ST_STATE_FIXING)
	    && (sev == NULL || *sev == '\0'))
		return invalid(error, "triage is a severity assessment: give --severity");
	return TRUE;
}

static gboolean
plan_change(sqlite3 *db, StStore *store, const Report *r, const StChange *c,
	    Plan *p, GError **error)
{
	if (c->severity && !st_severity_valid(c->severity))
		return invalid(error, "unknown severity '%s' (critical, high, medium, low)",
			       c->severity);
	if (c->embargo_until) {
		p->embargo = parse_date(c->embargo_until);
		if (p->embargo == 0)
			return invalid(error, "bad --embargo-until '%s' (YYYY-MM-DD)",
				       c->embargo_until);
		if (c->note == NULL || *c->note == '\0')
			return invalid(error, "changing the embargo needs --note (why, agreed"
				       " with the reporter?)");
	}
	if (!plan_state(db, store, r, c, p, error))
		return FALSE;
	gboolean sev_change = c->severity && g_strcmp0(c->severity, r->severity) != 0;
	gboolean ack_change = c->acknowledged && r->acked_at <= 0;
	if (!p->move && !sev_change && !ack_change && !c->embargo_until && !c->note)
		return invalid(error, "%s is already %s: nothing to change", r->tracking_id,
			       st_state_name(r->state));
	return TRUE;
}

static gboolean
write_state(sqlite3 *db, const Report *r, const Plan *p, const char *actor,
	    gint64 now, GError **error)
{
	const char *col = state_column(p->to);
	const char *name = st_state_name(p->to);

	if (col) {
		/* The first time a report reaches a state is what the SLA measures. */
		g_autofree char *sql = g_strdup_printf("UPDATE reports SET state = ?, updated_at = ?,"
						       " %s = COALESCE(%s, ?) WHERE id = ?", col, col);
		if (!sql_run(db, error, sql, "siii", name, now, now, r->id))
			return FALSE;
	} else if (!sql_run(db, error, "UPDATE reports SET state = ?, updated_at = ? WHERE id = ?",
			    "sii", name, now, r->id)) {
		return FALSE;
	}
	if (p->to == ST_STATE_CLOSED) {
		if (!sql_run(db, error, "UPDATE reports SET resolution = ?, duplicate_of = ?,"
			     " closed_at = ? WHERE id = ?", "sIii",
			     p->resolution, p->dup_id, now, r->id))
			return FALSE;
	} else if (r->state == ST_STATE_CLOSED) {
		if (!sql_run(db, error, "UPDATE reports SET resolution = NULL, duplicate_of = NULL,"
			     " closed_at = NULL WHERE id = ?", "i", r->id))
			return FALSE;
	}
	GString *d = g_string_new(NULL);
	g_string_printf(d, "%s -> %s", st_state_name(r->state), name);
	if (p->resolution)
		g_string_append_printf(d, " (%s%s%s)", p->resolution,
				       p->dup_tracking ? " of " : "",
				       p->dup_tracking ? p->dup_tracking : "");
	g_autofree char *detail = g_string_free(d, FALSE);
	return add_event(db, r->id, now, actor, "state", detail, error);
}

/* The Message-ID of the report's first message, or its ack's; NULL. */
static char *
first_message_id(sqlite3 *db, const Report *r)
{
	sqlite3_stmt *st = NULL;
	char *id = NULL;

	if (sqlite3_prepare_v2(db, "SELECT message_id FROM messages WHERE report_id = ?"
			       " ORDER BY id LIMIT 1", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, r->id);
		if (sqlite3_step(st) == SQLITE_ROW)
			id = st_sql_column_dup(st, 0);
		sqlite3_finalize(st);
	}
	if (id == NULL || *id == '\0') {
		g_free(id);
		id = g_strdup(r->ack_message_id);
	}
	return id;
}

/* Why no notice goes out for this change, or NULL when one should. */
static const char *
notice_blocked(const Report *r, const Plan *p, const StChange *c)
{
	if (!p->move || !state_notifies(p->to))
		return "state without notice";
	if (c->quiet)
		return "quiet";
	/* Spam may carry a forged sender: never write to it again. */
	if (p->to == ST_STATE_CLOSED && g_strcmp0(p->resolution, "spam") == 0)
		return "closed as spam";
	if (r->ack_message_id == NULL || *r->ack_message_id == '\0')
		return "report was not acknowledged (no-backscatter rules)";
	if (r->reporter == NULL || strchr(r->reporter, '@') == NULL)
		return "no reporter address";
	return NULL;
}

static gboolean
queue_notice(sqlite3 *db, const StConfig *cfg, const StRules *rules, const Report *r,
	     const Plan *p, const StChange *c, const char *actor, gint64 now,
	     StChangeResult *out, GError **error)
{
	const char *why = notice_blocked(r, p, c);
	if (why) {
		out->notice_reason = g_strdup(why);
		if (!p->move || !state_notifies(p->to))
			return TRUE;
		return add_event(db, r->id, now, actor, "notice-suppressed", why, error);
	}
	g_autoptr(GHashTable) vars = g_hash_table_new(g_str_hash, g_str_equal);
	const char *sev = c->severity ? c->severity : r->severity;
	g_hash_table_insert(vars, "state", (gpointer)st_state_name(p->to));
	g_hash_table_insert(vars, "tracking_id", r->tracking_id);
	if (sev)
		g_hash_table_insert(vars, "severity", (gpointer)sev);
	if (p->resolution)
		g_hash_table_insert(vars, "resolution", (gpointer)p->resolution);
	if (p->dup_tracking)
		g_hash_table_insert(vars, "duplicate_of", p->dup_tracking);
	g_autofree char *in_reply_to = first_message_id(db, r);
	g_autofree char *msgid = NULL;
	g_autofree char *mail = st_notice_compose(cfg, rules, st_state_name(p->to),
						  r->tracking_id, r->reporter, r->subject,
						  in_reply_to, vars, &msgid, error);
	if (mail == NULL)
		return FALSE;
	if (!sql_run(db, error, "INSERT INTO outbox(report_id, kind, recipient, message_id,"
		     " message, status, next_attempt_at, created_at) VALUES (?,?,?,?,?,?,?,?)",
		     "isssssii", r->id, "notice", r->reporter, msgid, mail, OUTBOX_PENDING,
		     now, now))
		return FALSE;
	g_autofree char *detail = g_strdup_printf("%s notice to %s", st_state_name(p->to),
						  r->reporter);
	out->notice_queued = TRUE;
	out->notice_reason = g_strdup("queued");
	return add_event(db, r->id, now, actor, "notice-queued", detail, error);
}

static gboolean
write_extras(sqlite3 *db, const Report *r, const Plan *p, const StChange *c,
	     const char *actor, gint64 now, GError **error)
{
	if (c->severity && g_strcmp0(c->severity, r->severity) != 0) {
		g_autofree char *d = g_strdup_printf("%s -> %s", r->severity ? r->severity : "none",
						     c->severity);
		if (!sql_run(db, error, "UPDATE reports SET severity = ?, updated_at = ? WHERE id = ?",
			     "sii", c->severity, now, r->id)
		    || !add_event(db, r->id, now, actor, "severity", d, error))
			return FALSE;
	}
	if (c->acknowledged && r->acked_at <= 0) {
		if (!sql_run(db, error, "UPDATE reports SET acked_at = ?, updated_at = ? WHERE id = ?",
			     "iii", now, now, r->id)
		    || !add_event(db, r->id, now, actor, "ack-manual",
				  "acknowledged by a maintainer's own reply", error))
			return FALSE;
	}
	if (p->embargo) {
		g_autoptr(GDateTime) d = g_date_time_new_from_unix_utc(p->embargo);
		g_autofree char *ds = g_date_time_format_iso8601(d);
		g_autofree char *detail = g_strdup_printf("embargo until %s: %s", ds, c->note);
		if (!sql_run(db, error, "UPDATE reports SET embargo_until = ?, updated_at = ?"
			     " WHERE id = ?", "iii", p->embargo, now, r->id)
		    || !add_event(db, r->id, now, actor, "embargo", detail, error))
			return FALSE;
	} else if (c->note && *c->note) {
		if (!add_event(db, r->id, now, actor, "note", c->note, error))
			return FALSE;
	}
	return TRUE;
}

static gboolean
apply_locked(StStore *store, const StConfig *cfg, const StRules *rules, gint64 id,
	     const StChange *c, gint64 now, StChangeResult *out, GError **error)
{
	sqlite3 *db = st_store_db(store);
	Report r = { 0 };
	Plan p = { 0 };
	const char *actor = c->actor && *c->actor ? c->actor : "maintainer";
	gboolean ok = report_load(db, id, &r, error)
		&& plan_change(db, store, &r, c, &p, error)
		&& (!p.move || write_state(db, &r, &p, actor, now, error))
		&& write_extras(db, &r, &p, c, actor, now, error)
		&& queue_notice(db, cfg, rules, &r, &p, c, actor, now, out, error);
	if (ok) {
		out->report_id = r.id;
		out->tracking_id = g_strdup(r.tracking_id);
		out->from_state = g_strdup(st_state_name(r.state));
		out->to_state = g_strdup(st_state_name(p.to));
	}
	g_free(p.dup_tracking);
	report_clear(&r);
	return ok;
}

gboolean
st_workflow_apply(StStore *store, const StConfig *cfg, const StRules *rules,
		  const char *id, const StChange *change, GDateTime *now,
		  StChangeResult *out, GError **error)
{
	g_return_val_if_fail(store && change && now && out, FALSE);
	memset(out, 0, sizeof *out);

	gint64 row = st_workflow_find(store, id, error);
	if (row == 0)
		return FALSE;
	if (!st_store_begin(store, error))
		return FALSE;
	if (!apply_locked(store, cfg, rules, row, change, g_date_time_to_unix(now), out, error)
	    || !st_store_commit(store, error)) {
		st_store_rollback(store);
		st_change_result_clear(out);
		return FALSE;
	}
	return TRUE;
}
