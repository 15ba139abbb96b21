/*
 * workflow.h — a report's life after filing (module workflow.c).
 *
 * States: new -> needs-info -> triaged -> fixing -> fixed -> published, and
 * closed with a resolution (duplicate, informative, out-of-scope,
 * not-applicable, spam, withdrawn).  Only the transitions in the table of
 * workflow.c are allowed; every change (state, severity, embargo, duplicate
 * link, note) is one events row with the actor and the time given.  A move
 * to triaged, fixing, fixed, published or closed queues a short notice to
 * the reporter in the outbox (st_notice_compose) under the no-backscatter
 * rules: only when the report's first message was acknowledged
 * (reports.ack_message_id set), never with QUIET.
 *
 * Nothing here reads the clock: NOW is always a parameter.
 */
#ifndef SECTRIAGE_WORKFLOW_H
#define SECTRIAGE_WORKFLOW_H

#include <glib.h>
#include "config.h"
#include "rules.h"
#include "store.h"

G_BEGIN_DECLS

typedef enum {
	ST_STATE_NEW = 0,
	ST_STATE_NEEDS_INFO,
	ST_STATE_TRIAGED,
	ST_STATE_FIXING,
	ST_STATE_FIXED,
	ST_STATE_PUBLISHED,
	ST_STATE_CLOSED,
	ST_STATE_N
} StState;

/* "new", "needs-info", ...; static string, NULL for an invalid value. */
const char *st_state_name(StState s);
/* Parse NAME (exact, lower case); FALSE when unknown. */
gboolean st_state_parse(const char *name, StState *out);
/* TRUE when the workflow allows moving FROM -> TO (never FROM == TO). */
gboolean st_state_transition_allowed(StState from, StState to);
/* TRUE for an open state (not published, not closed). */
gboolean st_state_is_open(StState s);
/* TRUE for a known resolution name ("duplicate", "out-of-scope", ...). */
gboolean st_resolution_valid(const char *resolution);
/* TRUE for a known severity name ("critical", "high", "medium", "low"). */
gboolean st_severity_valid(const char *severity);

/* One `sectriage set`.  Every field is optional (NULL / FALSE: unchanged);
 * strings are not copied. */
typedef struct StChange {
	const char *state;
	const char *severity;
	const char *resolution;
	const char *duplicate_of;   /* tracking id or numeric id */
	const char *embargo_until;  /* YYYY-MM-DD or ISO 8601; needs NOTE */
	const char *note;
	const char *actor;          /* who: --by, or the login name */
	gboolean quiet;             /* no notice to the reporter */
	gboolean acknowledged;      /* a maintainer answered the reporter by hand:
	                               meets the acknowledgment clock */
} StChange;

typedef struct StChangeResult {
	gint64 report_id;
	char *tracking_id;
	char *from_state;
	char *to_state;             /* == from_state when the state did not move */
	gboolean notice_queued;
	char *notice_reason;        /* why or why not ("quiet", "not acknowledged", ...) */
} StChangeResult;
/* Free R's strings and zero them (R itself is the caller's).  NULL is fine. */
void st_change_result_clear(StChangeResult *r);

/* Look up a report by tracking id ("SEC-2026-0042") or numeric row id.
 * Returns the row id, or 0 with ERROR (ST_STORE_ERROR_NOT_FOUND). */
gint64 st_workflow_find(StStore *store, const char *id, GError **error);

/* Apply CHANGE to report ID in one transaction at time NOW: validates the
 * transition (ST_STORE_ERROR_INVALID with a message a maintainer can act
 * on), updates the report and its clocks (triaged_at, fixing_at, ...),
 * writes the events and, for a notifying state, the outbox row (kind
 * "notice").  On FALSE nothing was written.  OUT is filled on success
 * (st_change_result_clear). */
gboolean st_workflow_apply(StStore *store, const StConfig *cfg, const StRules *rules,
			   const char *id, const StChange *change, GDateTime *now,
			   StChangeResult *out, GError **error);

/* The SLA clocks of one report at NOW, for `show`: lines such as
 * "ack due 2026-03-05 10:00 UTC: met 2026-03-02 10:01" or
 * "triage due 2026-03-09 10:00 UTC: OVERDUE by 2 days".
 * Returns a new string (g_free), "" when the report has no clock; NULL with
 * ERROR when the report does not exist. */
char *st_sla_report_clocks(StStore *store, const StRules *rules, gint64 report_id,
			   GDateTime *now, GError **error);

/* Due dates of one report, unix seconds, 0 when the clock does not apply
 * (no fix clock for medium/low or before triage).  Business days are counted
 * in time zone TZ (NULL: UTC). */
typedef struct StReportClocks {
	gint64 ack_due;
	gint64 triage_due;
	gint64 fix_due;
	gint64 embargo_end;
} StReportClocks;
/* Fill OUT with the due dates of a report created at CREATED_AT (the other
 * times 0 when not reached yet; SEVERITY may be NULL). */
void st_workflow_clocks(const StRules *rules, GTimeZone *tz, gint64 created_at,
			gint64 acked_at, gint64 triaged_at, const char *severity,
			gint64 embargo_until, StReportClocks *out);

/* The time zone business days are counted in: [sla] time_zone from the
 * rules (an IANA name such as Europe/Berlin) when set and known, else the
 * zone of NOW.  Returns a new reference (g_time_zone_unref). */
GTimeZone *st_workflow_time_zone(const StRules *rules, GDateTime *now);

/* The embargo end of a report: embargo_until when set, else acknowledgment
 * (or receipt) + embargo_days.  Returns unix seconds, 0 when unknown. */
gint64 st_workflow_embargo_end(const StRules *rules, gint64 created_at,
			       gint64 acked_at, gint64 embargo_until);

G_END_DECLS
#endif
