/*
 * classify_severity.c — the suggested severity, st_classify's last step
 * (classify_int.h): from the CVSS base score when there is one, else from
 * the out-of-scope hints, the class, or [severity] default, one level up
 * when the report says the bug is exploited in the wild.  The levels and
 * thresholds are [severity] values in rules/classify.rules.
 */
#include "sectriage/common.h"
#include "classify_int.h"

static const char *const levels[] = { "low", "medium", "high", "critical" };

static int
level_index(const char *name)
{
	for (guint i = 0; i < G_N_ELEMENTS(levels); i++)
		if (name != NULL && g_ascii_strcasecmp(name, levels[i]) == 0)
			return (int)i;
	return -1;
}

/* Severity from the CVSS base score: [severity] cvss.LEVEL thresholds. */
static int
severity_from_cvss(const StRules *rules, double score)
{
	for (int i = G_N_ELEMENTS(levels) - 1; i > 0; i--) {
		g_autofree char *k = g_strconcat("cvss.", levels[i], NULL);
		const char *v = st_rules_get(rules, "severity", k);
		if (v != NULL && score >= g_ascii_strtod(v, NULL))
			return i;
	}
	return 0;
}

void
st_classify_severity(const StRules *rules, StAnalysis *a)
{
	g_autofree char *why = NULL;
	int level = -1;

	if (a->cvss_score >= 0) {
		level = severity_from_cvss(rules, a->cvss_score);
		why = g_strdup_printf("CVSS %s base score %.1f%s%s", a->cvss_version ? a->cvss_version : "",
				      a->cvss_score, a->cvss_vector ? ": " : "",
				      a->cvss_vector ? a->cvss_vector : "");
	} else if (a->out_of_scope->len > 0 && !a->exploited) {
		level = level_index(st_rules_get(rules, "severity", "out_of_scope"));
		why = g_strdup_printf("likely out of scope (%s): %s",
				      (char *)g_ptr_array_index(a->out_of_scope, 0),
				      (char *)g_ptr_array_index(a->out_of_scope_evidence, 0));
	} else if (a->klass != NULL) {
		g_autofree char *k = g_strconcat("class.", a->klass, NULL);
		level = level_index(st_rules_get(rules, "severity", k));
		why = g_strdup_printf("class %s: %s", a->klass, a->class_evidence ? a->class_evidence : "");
	} else {
		level = level_index(st_rules_get(rules, "severity", "default"));
		why = g_strdup("no CVSS vector, class or scope hint: default");
	}
	if (level >= 0 && a->exploited && a->cvss_score < 0) {
		level += (int)st_rules_get_int(rules, "severity", "exploited_bump", 1);
		level = CLAMP(level, 0, (int)G_N_ELEMENTS(levels) - 1);
		g_autofree char *more = g_strdup_printf("%s; exploited in the wild: %s", why,
							a->exploited_evidence ? a->exploited_evidence : "");
		g_free(why);
		why = g_steal_pointer(&more);
	}
	st_set(&a->suggested_severity, level >= 0 ? levels[level] : NULL);
	st_set(&a->severity_evidence, level >= 0 ? why : NULL);
}
