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

/* The calendar of RULES, read once per computation. */
typedef struct Calendar {
	guint weekend;                /* bit n set: ISO weekday n is off */
	const StRuleGroup *holidays;  /* [holidays] or NULL */
	const char *dates;            /* its "dates" list or NULL */
} Calendar;

static void
calendar_init(Calendar *c, const StRules *rules)
{
	const char *list = rules ? st_rules_get(rules, SLA_GROUP, "weekend_days") : NULL;

	c->weekend = 0;
	if (list == NULL) {
		c->weekend = (1u << 6) | (1u << 7);
	} else {
		g_auto(GStrv) parts = g_strsplit_set(list, ";, ", -1);
		for (guint i = 0; parts[i] != NULL; i++) {
			gint64 wd = g_ascii_strtoll(parts[i], NULL, 10);
			if (wd >= 1 && wd <= 7)
				c->weekend |= 1u << wd;
		}
	}
	c->holidays = rules ? st_rules_group(rules, HOLIDAY_GROUP) : NULL;
	c->dates = c->holidays ? st_rule_get(c->holidays, "dates") : NULL;
}

/* TRUE when DATE ("YYYY-MM-DD") is a word of the list C->dates. */
static gboolean
in_dates(const Calendar *c, const char *date)
{
	for (const char *p = c->dates; p && (p = strstr(p, date)) != NULL; p += 10) {
		gboolean start = p == c->dates || strchr(";, \t\n", p[-1]);
		gboolean end = p[10] == '\0' || strchr(";, \t\n", p[10]);
		if (start && end)
			return TRUE;
	}
	return FALSE;
}

static gboolean
calendar_off(const Calendar *c, GDateTime *day)
{
	if (c->weekend & (1u << g_date_time_get_day_of_week(day)))
		return TRUE;
	if (c->holidays == NULL)
		return FALSE;
	int y, m, d;
	char date[11];
	g_date_time_get_ymd(day, &y, &m, &d);
	if (y < 0 || y > 9999)
		return FALSE;
	/* "YYYY-MM-DD" by hand: this runs for every day of every clock. */
	date[0] = '0' + y / 1000; date[1] = '0' + y / 100 % 10;
	date[2] = '0' + y / 10 % 10; date[3] = '0' + y % 10; date[4] = '-';
	date[5] = '0' + m / 10; date[6] = '0' + m % 10; date[7] = '-';
	date[8] = '0' + d / 10; date[9] = '0' + d % 10; date[10] = '\0';
	return st_rule_get(c->holidays, date) != NULL || in_dates(c, date);
}

gboolean
st_sla_is_holiday(const StRules *rules, GDateTime *day)
{
	Calendar c;

	g_return_val_if_fail(day != NULL, FALSE);
	calendar_init(&c, rules);
	return calendar_off(&c, day);
}

GDateTime *
st_sla_add_business_days(const StRules *rules, GDateTime *from, int n)
{
	g_return_val_if_fail(from != NULL, NULL);
	GDateTime *cur = g_date_time_ref(from);
	int scanned = 0;
	Calendar c;

	calendar_init(&c, rules);
	while (n > 0 && scanned < MAX_SCAN_DAYS) {
		/* Add days to FROM rather than to CUR so that a wall time that
		 * does not exist on one day (DST) does not drift later days. */
		GDateTime *next = g_date_time_add_days(from, ++scanned);
		g_date_time_unref(cur);
		cur = next;
		if (!calendar_off(&c, cur))
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
