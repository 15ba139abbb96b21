/*
 * score.c — the policy checklist as a weighted score, and what is missing.
 *
 *   st_score()  reads a->check[] and a->check_na[] (an item that does not
 *               apply counts as present) and sets a->score (0..100),
 *               a->missing (checklist names, checklist order) and
 *               a->missing_detail (one line per missing item saying how to
 *               supply it).  Weights: [score] weight.NAME; hints:
 *               [hint.NAME] in rules/score.rules.
 *
 * The platform item has a line of its own when half of it was given
 * (a kernel without a distribution, a macOS version without a chip).
 */
#include <string.h>

#include "sectriage/common.h"
#include "sectriage/score.h"

/* Built-in weights, used when rules name none (the policy's priorities). */
static const int default_weight[ST_CHECK_N] = { 30, 30, 15, 15, 10 };

static int
check_weight(const StRules *rules, int i)
{
	g_autofree char *k = g_strconcat("weight.", st_check_names[i], NULL);
	gint64 w = st_rules_get_int(rules, "score", k, default_weight[i]);
	return (int)CLAMP(w, 0, 1000);
}

static gboolean
has(const char *s)
{
	return s != NULL && *s != '\0';
}

/* The hint key for what half of the platform is there, or "text". */
static const char *
platform_hint_key(const StAnalysis *a)
{
	gboolean win = a->os && g_ascii_strcasecmp(a->os, "windows") == 0;
	gboolean mac = a->os && g_ascii_strcasecmp(a->os, "macos") == 0;

	if (win) {
		if (has(a->distro) && !has(a->kernel))
			return "windows_edition_only";
		if (has(a->kernel) && !has(a->distro))
			return "windows_build_only";
		return "text";
	}
	if (mac || has(a->macos_version) || has(a->chip)) {
		if (has(a->macos_version) && !has(a->chip))
			return "macos_only";
		if (has(a->chip) && !has(a->macos_version))
			return "chip_only";
		if (!has(a->distro) && !has(a->kernel))
			return "text";
	}
	if (has(a->kernel) && !has(a->distro))
		return "kernel_only";
	if (has(a->distro) && !has(a->kernel))
		return "distro_only";
	return "text";
}

/* The line for missing item I.  Newly allocated. */
static char *
missing_line(const StRules *rules, const StAnalysis *a, int i)
{
	g_autofree char *group = g_strconcat("hint.", st_check_names[i], NULL);
	const char *text = NULL;

	if (i == ST_CHECK_PLATFORM)
		text = st_rules_get(rules, group, platform_hint_key(a));
	if (text == NULL)
		text = st_rules_get(rules, group, "text");
	if (text == NULL)
		return g_strdup(st_check_names[i]);
	return g_strdup(text);
}

void
st_score(const StRules *rules, StAnalysis *a)
{
	int total = 0, got = 0;

	g_return_if_fail(a != NULL);
	g_ptr_array_set_size(a->missing, 0);
	g_ptr_array_set_size(a->missing_detail, 0);
	for (int i = 0; i < ST_CHECK_N; i++) {
		int w = check_weight(rules, i);
		total += w;
		if (a->check[i] || a->check_na[i]) {
			got += w;
			continue;
		}
		g_ptr_array_add(a->missing, g_strdup(st_check_names[i]));
		g_ptr_array_add(a->missing_detail, missing_line(rules, a, i));
	}
	a->score = total > 0 ? (got * 100 + total / 2) / total : 0;
	a->score = CLAMP(a->score, 0, 100);
}
