/*
 * extract_revise.c — what a message revises of what earlier messages of the
 * same report said: a correction ("Small correction: I wrote 0.8.3 below,
 * but ... msb 0.8.5") and a retraction ("the output was produced by the
 * assistant as an example; I have not run any of the commands").
 *
 * Only the writer's own text counts: quoted lines are what is revised.
 * [revise.correct] of rules/extract.rules marks a correction: the version
 * and the platform the writer's own text gives then replace the earlier
 * ones when the thread is merged (analysis.c).  Each [revise.retract.*]
 * group lists in "retracts" the checklist items a statement of it takes
 * back: the merge drops the earlier messages' evidence for them, and the
 * message's own facts for them come from its own text alone, without the
 * report it quotes and without the sentences that take them back.
 * A group that retracts "description" withdraws the report as a whole
 * ("I withdraw my report: it was my mistake", [revise.retract.report]):
 * the claim itself is taken back, so the message describes nothing, and
 * the merge drops the report's class, component and out-of-scope reasons
 * with its evidence (analysis.c); classify.c gives the message none.
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

static int
check_index(const char *name)
{
	for (int i = 0; i < ST_CHECK_N; i++)
		if (g_ascii_strcasecmp(name, st_check_names[i]) == 0)
			return i;
	return -1;
}

/* Is there a sentence end right after P[-1] ('.', '!' or '?' before a
 * space or a line end; a blank line)? */
static gboolean
sentence_end_before(const char *text, const char *p)
{
	if (p <= text)
		return TRUE;
	if (p[-1] == '\n' && p - 1 > text && p[-2] == '\n')
		return TRUE;
	return p - 1 > text && (p[-1] == ' ' || p[-1] == '\n') && strchr(".!?", p[-2]) != NULL;
}

/* Blank the sentence of T around [START, END) with spaces (line ends kept):
 * what the writer takes back is no evidence of anything. */
static void
blank_sentence(char *t, gint start, gint end)
{
	char *b = t + start, *e = t + end;

	while (!sentence_end_before(t, b))
		b--;
	while (*e && !sentence_end_before(t, e))
		e++;
	for (char *p = b; p < e; p++)
		if (*p != '\n')
			*p = ' ';
}

/* The items OWN retracts: every [revise.retract.*] group that matches it
 * adds the items of its "retracts" key to A, and the sentences that say
 * so are blanked in *BLANKED, a copy of OWN made at the first such
 * sentence (most mail retracts nothing: no copy of a long text).  Group
 * NAME's [NAME.not] vetoes a hit as the reject groups of the extractors
 * do. */
static void
find_retractions(const StRules *rules, const char *own, char **blanked, StAnalysis *a)
{
	g_autoptr(GPtrArray) groups = st_rules_groups(rules, "revise.retract.");

	for (guint i = 0; i < groups->len; i++) {
		const StRuleGroup *g = g_ptr_array_index(groups, i);
		const char *items = st_rule_get(g, "retracts");
		StXHit h;

		if (items == NULL)
			continue;
		/* [NAME.not]: negated statements ("none of the output was
		 * made up") */
		g_autofree char *not = g_strconcat(g->name, ".not", NULL);
		const StRuleGroup *reject = st_rules_group(rules, not);
		/* each hit's sentence is blanked, so the loop ends (and the
		 * text is scanned again: the prefilter's scan is of one text) */
		const char *t = *blanked ? *blanked : own;
		g_autoptr(StScan) scan = st_scan_new(rules, t, -1);
		while (st_x_find_in(g, reject, scan, t, NULL, &h)) {
			g_auto(GStrv) names = g_strsplit_set(items, " ,;", -1);
			for (char **n = names; *n; n++) {
				int c = check_index(*n);
				if (c >= 0)
					a->retracts[c] = TRUE;
				else if (strcmp(*n, "credit") == 0)
					st_flag_add(a->flags, "credit-withdrawn");
			}
			if (a->retracts_evidence == NULL)
				a->retracts_evidence = st_x_evidence(t, h.start);
			gint hs = h.start, he = MAX(h.end, h.start + 1);
			st_x_hit_clear(&h);
			if (*blanked == NULL)
				*blanked = g_strdup(own);
			t = *blanked;
			blank_sentence(*blanked, hs, he);
			st_scan_free(scan);
			scan = st_scan_new(rules, t, -1);
		}
	}
}

/* The retracted items of A as the writer's own text T (the retractions
 * blanked) gives them, not the report it quotes, nor the sentences that
 * take them back. */
static void
retract_items(const StRules *rules, const StMessage *msg, const char *t, StAnalysis *a)
{
	g_autoptr(StAnalysis) s = st_analysis_new();
	g_autofree char *copy = g_strdup(t);
	const StCheck shown[] = { ST_CHECK_POC, ST_CHECK_LOGS };
	Lines ls;

	st_x_lines_init(&ls, rules, copy);
	if (a->retracts[ST_CHECK_POC])
		st_x_check_poc(&ls, msg, s);
	if (a->retracts[ST_CHECK_LOGS])
		st_x_check_logs(&ls, msg, s);
	st_x_lines_clear(&ls);
	/* a withdrawal: what the message tells besides (how the mistake came
	 * about) describes no flaw */
	if (a->retracts[ST_CHECK_DESCRIPTION]) {
		a->check[ST_CHECK_DESCRIPTION] = FALSE;
		st_set(&a->check_evidence[ST_CHECK_DESCRIPTION], NULL);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(shown); i++) {
		if (!a->retracts[shown[i]])
			continue;
		a->check[shown[i]] = s->check[shown[i]];
		st_set(&a->check_evidence[shown[i]], s->check_evidence[shown[i]]);
	}
	if (a->retracts[ST_CHECK_VERSION]) {
		st_extract_version(rules, t, s);
		st_set(&a->version, s->version);
		st_set(&a->version_kind, s->version_kind);
		st_set(&a->version_evidence, s->version_evidence);
		a->check[ST_CHECK_VERSION] = a->version != NULL;
		st_set(&a->check_evidence[ST_CHECK_VERSION], a->version_evidence);
	}
	if (a->retracts[ST_CHECK_PLATFORM]) {
		st_extract_platform(rules, t, s);
		st_set(&a->os, s->os);
		st_set(&a->distro, s->distro);
		st_set(&a->kernel, s->kernel);
		st_set(&a->macos_version, s->macos_version);
		st_set(&a->chip, s->chip);
		st_set(&a->platform_evidence, s->platform_evidence);
		a->check[ST_CHECK_PLATFORM] = st_platform_complete(a);
		st_set(&a->check_evidence[ST_CHECK_PLATFORM],
		       a->check[ST_CHECK_PLATFORM] ? a->platform_evidence : NULL);
	}
}

/* A correction ([revise.correct] in the writer's own text OWN): the
 * version and the platform OWN gives are the corrected ones.  A's own are
 * OWN's already when OWN gives them (the extraction reads the writer's new
 * text first); only those are marked. */
static void
find_correction(const StRules *rules, const char *own, StAnalysis *a)
{
	StXHit h;

	g_autoptr(StScan) scan = st_scan_new(rules, own, -1);
	if (!st_x_find_in(st_x_grp(rules, "revise.correct"), NULL, scan, own, NULL, &h))
		return;
	g_autofree char *ev = st_x_evidence(own, h.start);
	st_x_hit_clear(&h);
	g_autoptr(StAnalysis) s = st_analysis_new();
	st_extract_version(rules, own, s);
	st_extract_platform(rules, own, s);
	a->corrects[ST_CHECK_VERSION] = s->version != NULL &&
		g_strcmp0(s->version, a->version) == 0;
	a->corrects[ST_CHECK_PLATFORM] = s->os != NULL && g_strcmp0(s->os, a->os) == 0;
	if (a->corrects[ST_CHECK_VERSION] || a->corrects[ST_CHECK_PLATFORM])
		a->corrects_evidence = g_steal_pointer(&ev);
}

void
st_x_revisions(const StRules *rules, const StMessage *msg, const char *own, StAnalysis *a)
{
	if (rules == NULL || own == NULL || a == NULL)
		return;
	g_autofree char *blanked = NULL;

	find_retractions(rules, own, &blanked, a);
	const char *t = blanked ? blanked : own;
	gboolean any = FALSE;
	for (int i = 0; i < ST_CHECK_N; i++)
		any = any || a->retracts[i];
	if (any)
		retract_items(rules, msg, t, a);
	/* a withdrawal that says there is nothing to credit takes the
	 * request of the report it quotes with it, as it does a thread's
	 * (analysis.c merge; "Een vermelding in een advisory is dus ook niet
	 * meer aan de orde" over the quoted report's credit line, 4275) */
	if (a->retracts[ST_CHECK_DESCRIPTION] && st_flag_has(a->flags, "credit-withdrawn"))
		st_analysis_drop_credit(a);
	find_correction(rules, t, a);
	/* the writer ran it again ([revise.rerun]): a later release given
	 * here is the newest one tested (analysis.c merge) */
	if (st_x_any(st_x_grp(rules, "revise.rerun"), t))
		st_flag_add(a->flags, "rerun");
}
