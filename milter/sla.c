/*
 * sla.c — the policy's clocks as data (rules/sla.rules).
 *
 * Group [sla]: ack_business_days, triage_days, fix_days.SEVERITY,
 * embargo_days, due_soon_days, embargo_warning_days, weekend_days (ISO
 * weekday numbers, 1 = Monday ... 7 = Sunday, default "6;7").
 * Group [holidays]: one key per holiday, the key a local date YYYY-MM-DD
 * (the value is its name); a key "dates" may instead list several dates
 * separated by ';' or ','.
 *
 * Calendar arithmetic is done with GDateTime in the time zone of the date
 * given, so that "N days later, same time of day" survives DST changes.
 * Nothing here reads the clock.
 */
#include <string.h>

#include "sectriage/sla.h"

#define SLA_GROUP "sla"
#define HOLIDAY_GROUP "holidays"

/* Upper bound on the days scanned while adding business days: a holiday
 * list that blocks every day must not loop forever. */
#define MAX_SCAN_DAYS 3660

/* TRUE when ISO weekday WD is one of the [sla] weekend_days. */
static gboolean
is_weekend(const StRules *rules, int wd)
{
	const char *list = rules ? st_rules_get(rules, SLA_GROUP, "weekend_days") : NULL;

	if (list == NULL)
		return wd == 6 || wd == 7;
	g_auto(GStrv) parts = g_strsplit_set(list, ";, ", -1);
	for (guint i = 0; parts[i] != NULL; i++) {
		if (*parts[i] == '\0')
			continue;
		if (g_ascii_strtoll(parts[i], NULL, 10) == wd)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when the local date DATE ("YYYY-MM-DD") is listed in [holidays]. */
static gboolean
is_listed_holiday(const StRules *rules, const char *date)
{
	const StRuleGroup *g = rules ? st_rules_group(rules, HOLIDAY_GROUP) : NULL;

	if (g == NULL)
		return FALSE;
	if (st_rule_get(g, date) != NULL)
		return TRUE;
	const char *list = st_rule_get(g, "dates");
	if (list == NULL)
		return FALSE;
	g_auto(GStrv) parts = g_strsplit_set(list, ";, \t\n", -1);
	for (guint i = 0; parts[i] != NULL; i++)
		if (strcmp(parts[i], date) == 0)
			return TRUE;
	return FALSE;
}

gboolean
st_sla_is_holiday(const StRules *rules, GDateTime *day)
{
	g_return_val_if_fail(day != NULL, FALSE);
	if (is_weekend(rules, g_date_time_get_day_of_week(day)))
		return TRUE;
	g_autofree char *date = g_date_time_format(day, "%Y-%m-%d");
	return is_listed_holiday(rules, date);
}

GDateTime *
st_sla_add_business_days(const StRules *rules, GDateTime *from, int n)
{
	g_return_val_if_fail(from != NULL, NULL);
	GDateTime *cur = g_date_time_ref(from);
	int scanned = 0;

	while (n > 0 && scanned < MAX_SCAN_DAYS) {
		/* Add days to FROM rather than to CUR so that a wall time that
		 * does not exist on one day (DST) does not drift later days. */
		GDateTime *next = g_date_time_add_days(from, ++scanned);
		g_date_time_unref(cur);
		cur = next;
		if (!st_sla_is_holiday(rules, cur))
			n--;
	}
	return cur;
}

/* [sla] KEY as a number of days, or DEF; negative values are clamped to 0. */
static int
sla_days(const StRules *rules, const char *key, int def)
{
	gint64 v = rules ? st_rules_get_int(rules, SLA_GROUP, key, def) : def;

	return (int)CLAMP(v, 0, 100000);
}

GDateTime *
st_sla_ack_due(const StRules *rules, GDateTime *received)
{
	g_return_val_if_fail(received != NULL, NULL);
	return st_sla_add_business_days(rules, received,
					sla_days(rules, "ack_business_days", 3));
}

GDateTime *
st_sla_triage_due(const StRules *rules, GDateTime *received)
{
	g_return_val_if_fail(received != NULL, NULL);
	return g_date_time_add_days(received, sla_days(rules, "triage_days", 7));
}

GDateTime *
st_sla_fix_due(const StRules *rules, GDateTime *triaged, const char *severity)
{
	if (triaged == NULL || severity == NULL || *severity == '\0' || rules == NULL)
		return NULL;
	g_autofree char *key = g_strdup_printf("fix_days.%s", severity);
	const char *v = st_rules_get(rules, SLA_GROUP, key);
	if (v == NULL)
		return NULL;
	return g_date_time_add_days(triaged, sla_days(rules, key, 0));
}

GDateTime *
st_sla_embargo_end(const StRules *rules, GDateTime *acknowledged)
{
	g_return_val_if_fail(acknowledged != NULL, NULL);
	return g_date_time_add_days(acknowledged, sla_days(rules, "embargo_days", 90));
}
