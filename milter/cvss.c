/*
 * cvss.c — CVSS vectors: found in a report ([cvss] of rules/extract.rules),
 * kept as written, and for v3.x the base score per FIRST's specification
 * (CVSS v3.1 section 7.1 equations, Appendix A Roundup; v3.0 rounds up to
 * one decimal with ceil).  v4.0 vectors are recognised and kept, unscored.
 */
#include <math.h>
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

typedef struct {
	char av, ac, pr, ui, s, c, i, a;
} Base;

/* Set *SLOT to V when V is one of ALLOWED and *SLOT is unset. */
static gboolean
take(char *slot, const char *v, const char *allowed)
{
	if (*slot != '\0' || strlen(v) != 1 || strchr(allowed, v[0]) == NULL)
		return FALSE;
	*slot = v[0];
	return TRUE;
}

/* Parse the base metrics of VECTOR.  *V31 tells the Roundup to use. */
static gboolean
parse_base(const char *vector, Base *b, gboolean *v31)
{
	g_auto(GStrv) parts = NULL;
	const char *p = vector;

	memset(b, 0, sizeof(*b));
	*v31 = TRUE;
	if (g_str_has_prefix(p, "CVSS:3.1/")) {
		p += 9;
	} else if (g_str_has_prefix(p, "CVSS:3.0/")) {
		p += 9;
		*v31 = FALSE;
	} else if (g_str_has_prefix(p, "CVSS:")) {
		return FALSE;
	}
	parts = g_strsplit(p, "/", 64);
	for (char **m = parts; *m; m++) {
		char *colon = strchr(*m, ':');
		if (colon == NULL)
			return FALSE;
		*colon = '\0';
		const char *k = *m, *v = colon + 1;
		gboolean ok = TRUE;
		if (strcmp(k, "AV") == 0) ok = take(&b->av, v, "NALP");
		else if (strcmp(k, "AC") == 0) ok = take(&b->ac, v, "LH");
		else if (strcmp(k, "PR") == 0) ok = take(&b->pr, v, "NLH");
		else if (strcmp(k, "UI") == 0) ok = take(&b->ui, v, "NR");
		else if (strcmp(k, "S") == 0) ok = take(&b->s, v, "UC");
		else if (strcmp(k, "C") == 0) ok = take(&b->c, v, "NLH");
		else if (strcmp(k, "I") == 0) ok = take(&b->i, v, "NLH");
		else if (strcmp(k, "A") == 0) ok = take(&b->a, v, "NLH");
		/* temporal and environmental metrics do not change the base score */
		if (!ok)
			return FALSE;
	}
	return b->av && b->ac && b->pr && b->ui && b->s && b->c && b->i && b->a;
}

/* CVSS v3.1 Appendix A: the smallest number, to one decimal, >= X,
 * computed on integers to avoid floating point surprises. */
static double
roundup31(double x)
{
	gint64 n = (gint64)llround(x * 100000.0);
	if (n % 10000 == 0)
		return n / 100000.0;
	return (floor(n / 10000.0) + 1) / 10.0;
}

static double
roundup30(double x)
{
	return ceil(x * 10.0) / 10.0;
}

static double
cia(char v)
{
	return v == 'H' ? 0.56 : v == 'L' ? 0.22 : 0.0;
}

static const char *
severity_of(double score)
{
	if (score <= 0.0)
		return "none";
	if (score < 4.0)
		return "low";
	if (score < 7.0)
		return "medium";
	if (score < 9.0)
		return "high";
	return "critical";
}

double
st_cvss3_base_score(const char *vector, const char **severity)
{
	Base b;
	gboolean v31;

	if (severity)
		*severity = NULL;
	if (vector == NULL || !parse_base(vector, &b, &v31))
		return -1;
	gboolean changed = b.s == 'C';
	double av = b.av == 'N' ? 0.85 : b.av == 'A' ? 0.62 : b.av == 'L' ? 0.55 : 0.2;
	double ac = b.ac == 'L' ? 0.77 : 0.44;
	double pr = b.pr == 'N' ? 0.85 : b.pr == 'L' ? (changed ? 0.68 : 0.62)
					      : (changed ? 0.5 : 0.27);
	double ui = b.ui == 'N' ? 0.85 : 0.62;
	double iss = 1.0 - (1.0 - cia(b.c)) * (1.0 - cia(b.i)) * (1.0 - cia(b.a));
	double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * pow(iss - 0.02, 15)
				: 6.42 * iss;
	double expl = 8.22 * av * ac * pr * ui;
	double score;

	if (impact <= 0)
		score = 0.0;
	else if (changed)
		score = MIN(1.08 * (impact + expl), 10.0);
	else
		score = MIN(impact + expl, 10.0);
	score = v31 ? roundup31(score) : roundup30(score);
	if (severity)
		*severity = severity_of(score);
	return score;
}

gboolean
st_x_cvss(const StRules *rules, const char *text, StAnalysis *a)
{
	StXHit h;

	if (!st_x_find(st_rules_group(rules, "cvss"), NULL, text, "vector", &h))
		return FALSE;
	g_autofree char *vec = st_x_named(&h, "vector");
	st_x_hit_clear(&h);
	if (vec == NULL)
		return FALSE;
	st_set(&a->cvss_vector, vec);        /* as written */
	a->cvss_score = -1;
	st_set(&a->cvss_severity, NULL);
	g_autofree char *up = g_ascii_strup(vec, -1);
	if (g_str_has_prefix(up, "CVSS:4.0")) {
		st_set(&a->cvss_version, "4.0");
		return TRUE;
	}
	st_set(&a->cvss_version, g_str_has_prefix(up, "CVSS:3.0") ? "3.0" : "3.1");
	const char *sev = NULL;
	double score = st_cvss3_base_score(up, &sev);
	if (score >= 0) {
		a->cvss_score = score;
		st_set(&a->cvss_severity, sev);
	}
	return TRUE;
}
