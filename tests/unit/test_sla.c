/*
 * test_sla.c — the policy's clocks: business days (weekends, holidays,
 * month and year ends, DST in non-UTC zones) and each SLA due date, from
 * rules given as data.
 */
#include "testutil.h"
#include "sectriage/sla.h"

static const char test_rules[] =
	"[sla]\n"
	"ack_business_days = 3\n"
	"triage_days = 7\n"
	"fix_days.critical = 30\n"
	"fix_days.high = 60\n"
	"embargo_days = 90\n"
	"[holidays]\n"
	"2026-12-24 = Christmas Eve\n"
	"2026-12-25 = Christmas Day\n"
	"2026-12-31 = New Year's Eve\n"
	"2027-01-01 = New Year's Day\n"
	"dates = 2026-05-01;2026-04-03\n";

static GDateTime *
at(const char *iso, const char *zone)
{
	g_autoptr(GTimeZone) tz = zone ? g_time_zone_new_identifier(zone) : g_time_zone_new_utc();
	g_assert_nonnull(tz);
	GDateTime *d = g_date_time_new_from_iso8601(iso, tz);
	g_assert_nonnull(d);
	return d;
}

static void
assert_local(GDateTime *d, const char *want)
{
	g_autofree char *got = g_date_time_format(d, "%Y-%m-%d %H:%M");
	g_assert_cmpstr(got, ==, want);
}

static const struct {
	const char *from;      /* local time, no zone */
	const char *zone;      /* NULL: UTC */
	int n;
	const char *want;      /* local "YYYY-MM-DD HH:MM" */
	gint64 hours;          /* elapsed real hours, 0: do not check */
} bd_cases[] = {
	{ "2026-03-02T10:00:00", NULL, 3, "2026-03-05 10:00", 72 },      /* Mon -> Thu */
	{ "2026-03-06T10:00:00", NULL, 3, "2026-03-11 10:00", 120 },     /* Fri -> Wed */
	{ "2026-03-07T10:00:00", NULL, 1, "2026-03-09 10:00", 48 },      /* Sat -> Mon */
	{ "2026-03-08T23:59:00", NULL, 1, "2026-03-09 23:59", 24 },      /* Sun -> Mon */
	{ "2026-03-08T10:00:00", NULL, 0, "2026-03-08 10:00", 0 },       /* n = 0 */
	{ "2026-01-29T09:00:00", NULL, 3, "2026-02-03 09:00", 0 },       /* month end */
	{ "2026-04-29T09:00:00", NULL, 2, "2026-05-04 09:00", 0 },       /* "dates" holiday May 1 */
	{ "2026-04-02T09:00:00", NULL, 1, "2026-04-06 09:00", 0 },       /* Apr 3 from "dates" */
	{ "2026-12-23T15:00:00", NULL, 3, "2026-12-30 15:00", 0 },       /* Christmas */
	{ "2026-12-30T15:00:00", NULL, 2, "2027-01-05 15:00", 0 },       /* year end + holidays */
	{ "2026-12-31T08:00:00", NULL, 1, "2027-01-04 08:00", 0 },
	/* DST: Berlin springs forward on 2026-03-29, falls back on 2026-10-25 */
	{ "2026-03-27T10:00:00", "Europe/Berlin", 1, "2026-03-30 10:00", 71 },
	{ "2026-10-23T10:00:00", "Europe/Berlin", 1, "2026-10-26 10:00", 73 },
	{ "2026-03-27T02:30:00", "Europe/Berlin", 3, "2026-04-01 02:30", 0 },
	/* New York springs forward on 2026-03-08 */
	{ "2026-03-06T17:00:00", "America/New_York", 1, "2026-03-09 17:00", 71 },
	/* Late evening UTC is already the next day in Tokyo: the local date counts */
	{ "2026-03-06T20:00:00", "Asia/Tokyo", 1, "2026-03-09 20:00", 72 },
};

static void
test_business_days(void)
{
	g_autoptr(StRules) rules = tu_rules_text(test_rules);
	for (gsize i = 0; i < G_N_ELEMENTS(bd_cases); i++) {
		g_autoptr(GDateTime) from = at(bd_cases[i].from, bd_cases[i].zone);
		g_autoptr(GDateTime) due = st_sla_add_business_days(rules, from, bd_cases[i].n);
		g_test_message("case %zu: %s %s + %d", i, bd_cases[i].from,
			       bd_cases[i].zone ? bd_cases[i].zone : "UTC", bd_cases[i].n);
		assert_local(due, bd_cases[i].want);
		g_assert_true(g_time_zone_get_identifier(g_date_time_get_timezone(due)) != NULL);
		if (bd_cases[i].hours)
			g_assert_cmpint((g_date_time_to_unix(due) - g_date_time_to_unix(from)) / 3600,
					==, bd_cases[i].hours);
	}
}

static const struct {
	const char *day;
	const char *zone;
	gboolean holiday;
} hol_cases[] = {
	{ "2026-03-07T12:00:00", NULL, TRUE },            /* Saturday */
	{ "2026-03-08T12:00:00", NULL, TRUE },            /* Sunday */
	{ "2026-03-09T12:00:00", NULL, FALSE },           /* Monday */
	{ "2026-12-25T12:00:00", NULL, TRUE },            /* listed */
	{ "2026-12-28T12:00:00", NULL, FALSE },
	{ "2026-05-01T12:00:00", NULL, TRUE },            /* in "dates" */
	/* 2026-12-24 23:30 UTC is 2026-12-25 in Berlin: listed holiday either way */
	{ "2026-12-24T23:30:00", "Europe/Berlin", TRUE },
	/* Friday 23:30 in Los Angeles is Saturday in UTC, but local Friday counts */
	{ "2026-03-06T23:30:00", "America/Los_Angeles", FALSE },
};

static void
test_holidays(void)
{
	g_autoptr(StRules) rules = tu_rules_text(test_rules);
	for (gsize i = 0; i < G_N_ELEMENTS(hol_cases); i++) {
		g_autoptr(GDateTime) d = at(hol_cases[i].day, hol_cases[i].zone);
		g_test_message("case %zu: %s", i, hol_cases[i].day);
		g_assert_cmpint(st_sla_is_holiday(rules, d), ==, hol_cases[i].holiday);
	}
}

static void
test_weekend_is_data(void)
{
	/* A team whose weekend is Friday and Saturday. */
	g_autoptr(StRules) rules = tu_rules_text("[sla]\nweekend_days = 5;6\nack_business_days = 1\n");
	g_autoptr(GDateTime) thu = at("2026-03-05T10:00:00", NULL);
	g_autoptr(GDateTime) due = st_sla_ack_due(rules, thu);
	assert_local(due, "2026-03-08 10:00");   /* Sunday is a working day */
	/* A holiday list that blocks every day does not loop forever. */
	g_autoptr(StRules) none = tu_rules_text("[sla]\nweekend_days = 1;2;3;4;5;6;7\n");
	g_autoptr(GDateTime) far = st_sla_add_business_days(none, thu, 1);
	g_assert_nonnull(far);
	g_assert_cmpint(g_date_time_to_unix(far), >, g_date_time_to_unix(thu));
}

static const struct {
	const char *clock;
	const char *from;
	const char *zone;
	const char *severity;
	const char *want;   /* NULL: no clock */
} sla_cases[] = {
	{ "ack", "2026-03-06T10:00:00", NULL, NULL, "2026-03-11 10:00" },
	{ "ack", "2026-12-23T10:00:00", NULL, NULL, "2026-12-30 10:00" },
	{ "triage", "2026-03-06T10:00:00", NULL, NULL, "2026-03-13 10:00" },
	{ "triage", "2026-03-25T10:00:00", "Europe/Berlin", NULL, "2026-04-01 10:00" },
	{ "triage", "2026-12-28T10:00:00", NULL, NULL, "2027-01-04 10:00" },
	{ "fix", "2026-03-02T10:00:00", NULL, "critical", "2026-04-01 10:00" },
	{ "fix", "2026-03-02T10:00:00", NULL, "high", "2026-05-01 10:00" },
	{ "fix", "2026-03-02T10:00:00", NULL, "medium", NULL },
	{ "fix", "2026-03-02T10:00:00", NULL, "low", NULL },
	{ "fix", "2026-03-02T10:00:00", NULL, NULL, NULL },
	{ "fix", "2026-10-20T10:00:00", "Europe/Berlin", "critical", "2026-11-19 10:00" },
	{ "embargo", "2026-03-02T10:00:00", NULL, NULL, "2026-05-31 10:00" },
	{ "embargo", "2026-11-15T10:00:00", NULL, NULL, "2027-02-13 10:00" },
};

static void
test_sla_clocks(void)
{
	g_autoptr(StRules) rules = tu_rules_text(test_rules);
	for (gsize i = 0; i < G_N_ELEMENTS(sla_cases); i++) {
		g_autoptr(GDateTime) from = at(sla_cases[i].from, sla_cases[i].zone);
		g_autoptr(GDateTime) due = NULL;
		const char *c = sla_cases[i].clock;
		g_test_message("case %zu: %s from %s", i, c, sla_cases[i].from);
		if (strcmp(c, "ack") == 0)
			due = st_sla_ack_due(rules, from);
		else if (strcmp(c, "triage") == 0)
			due = st_sla_triage_due(rules, from);
		else if (strcmp(c, "fix") == 0)
			due = st_sla_fix_due(rules, from, sla_cases[i].severity);
		else
			due = st_sla_embargo_end(rules, from);
		if (sla_cases[i].want == NULL) {
			g_assert_null(due);
			continue;
		}
		g_assert_nonnull(due);
		assert_local(due, sla_cases[i].want);
	}
}

/* The shipped rules/sla.rules carries the policy's numbers. */
static void
test_shipped_rules(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_assert_cmpint(st_rules_get_int(rules, "sla", "ack_business_days", -1), ==, 3);
	g_assert_cmpint(st_rules_get_int(rules, "sla", "triage_days", -1), ==, 7);
	g_assert_cmpint(st_rules_get_int(rules, "sla", "fix_days.critical", -1), ==, 30);
	g_assert_cmpint(st_rules_get_int(rules, "sla", "fix_days.high", -1), ==, 60);
	g_assert_cmpint(st_rules_get_int(rules, "sla", "embargo_days", -1), ==, 90);
	g_assert_cmpint(st_rules_get_int(rules, "sla", "due_soon_days", -1), ==, 2);
	g_assert_cmpint(st_rules_get_int(rules, "sla", "embargo_warning_days", -1), ==, 14);
	g_autoptr(GDateTime) xmas = at("2026-12-25T12:00:00", NULL);
	g_assert_true(st_sla_is_holiday(rules, xmas));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/sla/business-days", test_business_days);
	g_test_add_func("/sla/holidays", test_holidays);
	g_test_add_func("/sla/weekend-is-data", test_weekend_is_data);
	g_test_add_func("/sla/clocks", test_sla_clocks);
	g_test_add_func("/sla/shipped-rules", test_shipped_rules);
	return g_test_run();
}
