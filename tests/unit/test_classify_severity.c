/* test_classify_severity.c — severity, and the scoring mechanism on small
 * rules of its own: minimum patterns, bounded time, no rules.
 * Split from test_classify.c by area; what the programs share is in
 * classify_helpers.h. */
#include "classify_helpers.h"

typedef struct {
	const char *klass;
	double cvss;
	gboolean exploited;
	gboolean oos;
	const char *severity;
} SevCase;

static void
test_severity(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const SevCase cases[] = {
		{ NULL, 9.8, FALSE, FALSE, "critical" },
		{ NULL, 9.0, FALSE, FALSE, "critical" },
		{ "sandbox_escape", 8.8, FALSE, FALSE, "high" },   /* CVSS decides */
		{ NULL, 7.0, FALSE, FALSE, "high" },
		{ NULL, 6.9, FALSE, FALSE, "medium" },
		{ NULL, 4.0, FALSE, FALSE, "medium" },
		{ NULL, 3.9, FALSE, FALSE, "low" },
		{ NULL, 0.0, FALSE, FALSE, "low" },
		{ "sandbox_escape", -1, FALSE, FALSE, "critical" },
		{ "network_bypass", -1, FALSE, FALSE, "high" },
		{ "network_bypass", -1, TRUE, FALSE, "critical" },
		{ "sandbox_escape", -1, TRUE, FALSE, "critical" },  /* no level above */
		{ "secret_leakage", -1, FALSE, TRUE, "low" },
		{ NULL, -1, FALSE, TRUE, "low" },
		{ NULL, -1, FALSE, FALSE, "medium" },
		{ NULL, -1, TRUE, FALSE, "high" },
	};
	/* Severity is classify's last step: drive it through st_classify with a
	 * message whose text decides the class (or none). */
	static const char *const text[][2] = {
		{ "sandbox_escape", "Sandbox escape: guest writes files on the host through a symlink" },
		{ "network_bypass", "Egress policy bypass: --no-net guests still reach the network" },
		{ "secret_leakage", "Secret leak: credentials leak into the guest environment" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		const SevCase *c = &cases[i];
		const char *subject = "hello";
		for (gsize j = 0; c->klass && j < G_N_ELEMENTS(text); j++)
			if (strcmp(text[j][0], c->klass) == 0)
				subject = text[j][1];
		g_autofree char *body = g_strdup_printf("%s\n", c->oos ?
			"Defence in depth hardening idea, not an exploitable vulnerability." : "details");
		g_autofree char *mail = g_strdup_printf("Subject: %s\n\n%s", subject, body);
		g_autoptr(StAnalysis) a = tu_analysis_of(mail);
		a->cvss_score = c->cvss;
		a->exploited = c->exploited;
		a->check[ST_CHECK_DESCRIPTION] = TRUE;  /* the subject describes it */
		if (c->exploited)
			st_set(&a->exploited_evidence, "actively exploited in the wild");
		st_classify(rules, a->msg, NULL, a);
		if (c->klass && !c->oos)
			g_assert_cmpstr(a->klass, ==, c->klass);
		if (g_strcmp0(a->suggested_severity, c->severity) != 0)
			g_error("case %zu: want %s, got %s (%s)", i, c->severity,
				a->suggested_severity ? a->suggested_severity : "null",
				a->severity_evidence ? a->severity_evidence : "");
		g_assert_nonnull(a->severity_evidence);
	}
}

/* The mechanism on rules of its own: per-pattern weights, region weights,
 * negative weights, thresholds, ties, evidence. */
static const char mech_rules[] =
	"[classify]\nsubject_percent = 300\nbody_percent = 100\nquoted_percent = 50\n"
	"class_min = 5\nclass_min_patterns = 1\ncomponent_min = 100\ndefault_component = core\noos_min = 4\n"
	"[class.alpha]\nweight = 2\nmatch.a = \\balpha\\b\nmatch.b = \\bbeta\\b\nweight.b = 4\n"
	"[class.gamma]\nweight = 3\nmatch = \\bgamma\\b\n"
	"[component.core]\nmatch = never-ever\n"
	"[component.cloud]\nplatform_na = true\nmatch = \\bcloud\\b\n"
	"[oos.noise]\nweight = 5\nmatch.n = \\bnoise\\b\nmatch.x = \\bquiet\\b\nweight.x = -5\n";

static void
test_mechanism(void)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(StRules) rules = st_rules_load_data(mech_rules, -1, &err);
	g_assert_no_error(err);
	struct {
		const char *subject, *body, *klass, *evidence, *oos;
	} cases[] = {
		/* body: alpha 2 + beta 4 = 6 >= 5 */
		{ "x", "alpha\nbeta", "alpha", "beta", "" },
		/* body: alpha 2 < 5 */
		{ "x", "alpha", NULL, NULL, "" },
		/* subject gamma 9 beats body alpha+beta 6 */
		{ "gamma", "alpha beta", "gamma", "gamma", "" },
		/* tie 6 vs 6: the first group wins */
		{ "x", "alpha beta\ngamma gamma\n> gamma", "alpha", "alpha beta", "" },
		/* quoted only: beta 2 + alpha 1 < 5 */
		{ "x", "> alpha beta", NULL, NULL, "" },
		/* oos: noise 5 >= 4; noise + quiet = 0 */
		{ "x", "noise", NULL, NULL, "noise" },
		{ "x", "noise, but quiet", NULL, NULL, "" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *mail = g_strdup_printf("Subject: %s\n\n%s\n", cases[i].subject, cases[i].body);
		g_autoptr(StAnalysis) a = tu_analysis_of(mail);
		st_classify(rules, a->msg, NULL, a);
		const char *oos = a->out_of_scope->len ? g_ptr_array_index(a->out_of_scope, 0) : "";
		if (g_strcmp0(a->klass, cases[i].klass) || g_strcmp0(a->class_evidence, cases[i].evidence) ||
		    strcmp(oos, cases[i].oos))
			g_error("mechanism case %zu: want %s/%s/%s, got %s/%s/%s", i,
				cases[i].klass, cases[i].evidence, cases[i].oos,
				a->klass, a->class_evidence, oos);
		g_assert_cmpstr(a->component, ==, "core");  /* below component_min: default */
		g_assert_false(a->check_na[ST_CHECK_PLATFORM]);
	}
}

/* A class needs two distinct patterns, or one strong one. */
static void
test_min_patterns(void)
{
	static const char text[] =
		"[classify]\nclass_min = 5\nclass_min_patterns = 2\n"
		"[class.one]\nweight = 10\nmatch.named = \\bone\\b\nmatch.a = \\baaa\\b\nmatch.b = \\bbbb\\b\n"
		"[class.two]\nweight = 10\nstrong = s\nmatch.s = \\bsss\\b\nmatch.named = \\btwo\\b\n";
	g_autoptr(GError) err = NULL;
	g_autoptr(StRules) rules = st_rules_load_data(text, -1, &err);
	g_assert_no_error(err);
	static const char *const cases[][2] = {
		{ "aaa", NULL },          /* one weak pattern, however heavy */
		{ "aaa bbb", "one" },     /* two */
		{ "one", "one" },         /* named: strong by default */
		{ "sss", "two" },         /* listed as strong */
		{ "two", NULL },          /* "strong" replaces the default */
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(StAnalysis) a = classify(rules, "x", cases[i][0], TRUE);
		if (g_strcmp0(a->klass, cases[i][1]) != 0)
			g_error("min-patterns \"%s\": want %s, got %s", cases[i][0], cases[i][1], a->klass);
	}
}

/* Work is bounded: text past [classify] body_max_bytes is not read, and a
 * megabyte of keyword soup is classified (a pattern that backtracks without
 * end would hang here; how fast it goes is make bench's to measure, not a
 * clock's in a test that valgrind and a loaded machine slow down). */
static void
test_bounded(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(GString) late = g_string_new(NULL);
	for (int i = 0; i < 20000; i++)
		g_string_append(late, "a line of pasted log output, nothing to see\n");
	g_string_append(late, "Sandbox escape: the guest writes files on the host via a symlink.\n");
	g_autoptr(StAnalysis) a = classify(rules, "log", late->str, TRUE);
	g_assert_null(a->klass);

	g_autoptr(GString) soup = g_string_new(NULL);
	for (int i = 0; i < 20000; i++)
		g_string_append(soup, "snapshot leak escape guest host readable secret token egress ");
	g_autoptr(StAnalysis) b = classify(rules, soup->str, soup->str, TRUE);
	g_assert_nonnull(b->klass);
}

/* No rules at all: nothing found, nothing crashes. */
static void
test_no_rules(void)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(StRules) rules = st_rules_load_data("[other]\nk = v\n", -1, &err);
	g_assert_no_error(err);
	g_autoptr(StAnalysis) a = classify(rules, "Sandbox escape", "guest to host", TRUE);
	g_assert_null(a->klass);
	g_assert_null(a->component);
	g_assert_cmpuint(a->out_of_scope->len, ==, 0);
	g_assert_null(a->suggested_severity);
}


int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add_func("/classify/severity", test_severity);
	g_test_add_func("/classify/mechanism", test_mechanism);
	g_test_add_func("/classify/min-patterns", test_min_patterns);
	g_test_add_func("/classify/bounded", test_bounded);
	g_test_add_func("/classify/no-rules", test_no_rules);
	return g_test_run();
}
