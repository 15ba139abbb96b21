/* test_cvss.c — CVSS v3.x base scores against FIRST's published examples
 * (CVSS v3.1 Specification, Examples document), rounding edge cases,
 * invalid vectors, and vectors found in report text. */
#include <math.h>
#include <string.h>

#include "sectriage/analysis.h"
#include "sectriage/config.h"
#include "sectriage/extract.h"

#include "testutil.h"

static const struct {
	const char *vector;
	double score;
	const char *severity;
} scores[] = {
	/* FIRST examples (CVE in the comment) */
	{ "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, "critical" },  /* Shellshock CVE-2014-6271 */
	{ "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 8.8, "high" },      /* scope-changed local */
	{ "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1, "medium" },    /* phpMyAdmin XSS CVE-2013-1937 */
	{ "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", 6.4, "medium" },    /* MySQL CVE-2013-0375 */
	{ "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", 3.1, "low" },       /* POODLE CVE-2014-3566 */
	{ "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9, "critical" },  /* VMware CVE-2012-1516 */
	{ "CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L", 4.2, "medium" },    /* Tomcat CVE-2009-0783 */
	{ "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 8.8, "high" },      /* Cisco CVE-2012-0384 */
	{ "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 7.8, "high" },      /* iWork CVE-2015-1098 */
	{ "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 7.5, "high" },      /* Heartbleed CVE-2014-0160 */
	{ "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N", 6.8, "medium" },    /* DNS CVE-2008-1447 */
	{ "CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 6.8, "medium" },    /* Sophos CVE-2014-2005 */
	{ "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N", 5.8, "medium" },    /* Joomla CVE-2010-0467 */
	{ "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:C/C:N/I:H/A:H", 9.3, "critical" },  /* Juniper CVE-2013-6014 */
	{ "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9, "medium" },    /* RUSTSEC-2023-0071 */
	/* scope changed: the 1.08 factor, the 10.0 cap, PR weights 0.68/0.5 */
	{ "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0, "critical" },
	{ "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:C/C:L/I:L/A:N", 5.5, "medium" },
	{ "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:C/C:L/I:N/A:N", 3.8, "low" },
	{ "CVSS:3.1/AV:A/AC:H/PR:H/UI:R/S:C/C:L/I:N/A:N", 2.4, "low" },
	{ "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6, "low" },
	{ "CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.0, "high" },
	{ "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L", 5.3, "medium" },
	/* no impact: 0.0 whatever the exploitability */
	{ "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0, "none" },
	{ "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:N", 0.0, "none" },
	/* 3.0 prefix, metrics in another order, temporal metrics ignored */
	{ "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, "critical" },
	{ "CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H", 9.8, "critical" },
	{ "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C", 9.8, "critical" },
	{ "AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 8.8, "high" },
	/* invalid: -1 */
	{ "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H", -1, NULL },            /* A missing */
	{ "CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", -1, NULL },   /* AV twice */
	{ "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", -1, NULL },        /* bad value */
	{ "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", -1, NULL },
	{ "AV:N/AC:L/Au:N/C:P/I:P/A:P", -1, NULL },                            /* CVSS v2 */
	{ "", -1, NULL },
	{ "CVSS:3.1/", -1, NULL },
	{ "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:HH", -1, NULL },
};

static void
test_scores(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(scores); i++) {
		const char *sev = "unset";
		double s = st_cvss3_base_score(scores[i].vector, &sev);
		if (fabs(s - scores[i].score) > 1e-9)
			g_error("%s: got %.2f, want %.1f", scores[i].vector, s, scores[i].score);
		g_assert_cmpstr(sev, ==, scores[i].severity);
	}
	g_assert_cmpfloat(st_cvss3_base_score(NULL, NULL), ==, -1);
	/* SEVERITY may be NULL */
	g_assert_cmpfloat(st_cvss3_base_score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", NULL), ==, 9.8);
}

/* Roundup is exact on one decimal: scores never carry float noise. */
static void
test_roundup_exact(void)
{
	static const char *const m_av[] = { "N", "A", "L", "P" }, *const m_ac[] = { "L", "H" },
		*const m_pr[] = { "N", "L", "H" }, *const m_ui[] = { "N", "R" },
		*const m_s[] = { "U", "C" }, *const m_c[] = { "N", "L", "H" };
	guint n = 0;

	for (int av = 0; av < 4; av++) for (int ac = 0; ac < 2; ac++)
	for (int pr = 0; pr < 3; pr++) for (int ui = 0; ui < 2; ui++)
	for (int s = 0; s < 2; s++) for (int c = 0; c < 3; c++)
	for (int i = 0; i < 3; i++) for (int a = 0; a < 3; a++) {
		g_autofree char *v = g_strdup_printf("CVSS:3.1/AV:%s/AC:%s/PR:%s/UI:%s/S:%s/C:%s/I:%s/A:%s",
			m_av[av], m_ac[ac], m_pr[pr], m_ui[ui], m_s[s], m_c[c], m_c[i], m_c[a]);
		double score = st_cvss3_base_score(v, NULL);
		g_assert_cmpfloat(score, >=, 0.0);
		g_assert_cmpfloat(score, <=, 10.0);
		g_assert_cmpfloat(fabs(score * 10 - round(score * 10)), <, 1e-9);
		if (c == 0 && i == 0 && a == 0)
			g_assert_cmpfloat(score, ==, 0.0);
		n++;
	}
	g_assert_cmpuint(n, ==, 2592);
}

static const struct {
	const char *text;
	const char *vector;      /* as written, NULL: none */
	const char *version;
	double score;
} found[] = {
	{ "Suggested score: CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H (8.8, High).",
	  "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", "3.1", 8.8 },
	{ "CVSS vector `CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H`",
	  "CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", "3.0", 8.8 },
	{ "Severity: CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H (critical)",
	  "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", "4.0", -1 },
	{ "I'd rate it AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H myself.",
	  "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "3.1", 9.8 },
	{ "lower case: cvss:3.1/av:n/ac:l/pr:n/ui:n/s:u/c:h/i:h/a:h",
	  "cvss:3.1/av:n/ac:l/pr:n/ui:n/s:u/c:h/i:h/a:h", "3.1", 9.8 },
	{ "no vector here, just CVSS 9.8 and AV:N", NULL, NULL, -1 },
	{ "CVSS v2: AV:N/AC:L/Au:N/C:P/I:P/A:P", NULL, NULL, -1 },
};

static void
test_found_in_text(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(found); i++) {
		g_autofree char *raw = g_strdup_printf(
			"From: a@example.org\nTo: security@superrad.company\nSubject: t\n\n%s\n", found[i].text);
		g_autoptr(StAnalysis) a = tu_analysis_of(raw);
		StMessage *msg = a->msg;
		a->cvss_score = -1;
		st_extract(rules, msg, NULL, a);
		g_assert_cmpstr(a->cvss_vector, ==, found[i].vector);
		g_assert_cmpstr(a->cvss_version, ==, found[i].version);
		if (fabs(a->cvss_score - found[i].score) > 1e-9)
			g_error("case %zu: score %.2f, want %.1f", i, a->cvss_score, found[i].score);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/cvss/first-examples", test_scores);
	g_test_add_func("/cvss/roundup-exact", test_roundup_exact);
	g_test_add_func("/cvss/found-in-text", test_found_in_text);
	return g_test_run();
}
