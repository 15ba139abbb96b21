/*
 * sla.h — the policy's clocks (module sla.c), as data in rules/sla.rules:
 * acknowledgment due N business days after receipt, triage due N days after
 * receipt, fix due N days after triage by severity, embargo N days after the
 * acknowledgment.  Business days skip weekends and rules' holiday list.
 * Nothing here reads the clock: "now" is always a parameter.
 */
#ifndef SECTRIAGE_SLA_H
#define SECTRIAGE_SLA_H

#include <glib.h>
#include "rules.h"

G_BEGIN_DECLS

/* FROM plus N business days (weekends and holidays skipped), same time of
 * day, same time zone.  N >= 0.  Returns a new GDateTime (unref). */
GDateTime *st_sla_add_business_days(const StRules *rules, GDateTime *from, int n);
/* TRUE when DAY (its local date) is a weekend day or a listed holiday. */
gboolean st_sla_is_holiday(const StRules *rules, GDateTime *day);

/* Due dates; each returns a new GDateTime (g_date_time_unref) or NULL when
 * the clock does not apply (e.g. no fix clock for medium/low severity). */
/* Acknowledgment due: RECEIVED + [sla] ack_business_days. */
GDateTime *st_sla_ack_due(const StRules *rules, GDateTime *received);
/* Triage due: RECEIVED + [sla] triage_days (calendar days). */
GDateTime *st_sla_triage_due(const StRules *rules, GDateTime *received);
/* Fix due: TRIAGED + [sla] fix_days.SEVERITY (calendar days); NULL when
 * TRIAGED or SEVERITY is NULL or the severity has no fix clock. */
GDateTime *st_sla_fix_due(const StRules *rules, GDateTime *triaged, const char *severity);
/* Embargo end: ACKNOWLEDGED + [sla] embargo_days (calendar days). */
GDateTime *st_sla_embargo_end(const StRules *rules, GDateTime *acknowledged);

G_END_DECLS
#endif
