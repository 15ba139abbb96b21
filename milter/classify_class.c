/*
 * classify_class.c — which class the patterns of rules/classify.rules name,
 * and when none does, the word model's (rules/class.model).
 *
 *   st_c_classify_class()  scores every [class.*] group over the regions
 *                          (classify.c's Region and Tally), lets the word
 *                          model weigh in where two or more classes are
 *                          candidates (best_class), lets a group whose
 *                          "outranks_with" patterns matched take the place
 *                          of the class it lists in "outranks"
 *                          (outranking), and applies what the out-of-scope
 *                          hints decided (StOosClass).
 *
 * Split from classify.c, which keeps the regions, the component and the
 * out-of-scope hints' wiring; nothing here fails (no rules: no class).
 */
#include <string.h>

#include "sectriage/classify.h"
#include "sectriage/common.h"
#include "sectriage/words.h"
#include "classify_int.h"
#include "extract_int.h"

/* TRUE when TEXT and PASTED together name at least [classify]
 * words_harm_min of the [words.harm] kinds of harm (an attacker, a leak, a
 * way out, a check not applied, rights, a secret, someone else's data, code
 * run by someone else, a network cut off).  Without the group or with 0:
 * TRUE. */
static gboolean
names_harm(const StRules *rules, const char *text, const char *pasted)
{
	const StRuleGroup *g = st_rules_group(rules, "words.harm");
	gint64 min = st_c_rules_int(rules, "classify", "words_harm_min", 0);
	if (g == NULL || min <= 0)
		return TRUE;
	g_autofree char *all = g_strjoin("\n", text ? text : "", pasted ? pasted : "", NULL);
	/* an identifier's parts are words here ("MSB_API_KEY", "network_none") */
	g_strdelimit(all, "_", ' ');
	return st_rule_count_upto(g, NULL, all, min) >= (guint)min;
}

/* The class the word model (rules/class.model, words.h) gives TEXT when
 * no pattern named one: only for a message that reports something a class
 * could be told from (the class_needs items, as for the patterns), that no
 * out-of-scope hint took its class from, that names some harm (TEXT or
 * the PASTED output and code: names_harm()), and only when the model is
 * sure ([wordmodel] min_margin).  A question, a feature request or a
 * performance complaint about snapshots is near snapshot_leak in words but
 * reports no finding.  TRUE when it set A's class. */
static gboolean
class_from_words(const StRules *rules, const char *text, const char *pasted, gboolean suppress,
		 gboolean followup, StAnalysis *a)
{
	const StWordModel *m = st_rules_word_model(rules, "class");
	StWordGuess guess;

	if (m == NULL || suppress || !st_c_has_content(rules, a, followup))
		return FALSE;
	/* the words of pasted output alone are the program's, not a finding's
	 * ([classify] words_needs: a description or a PoC) */
	if (!followup && st_rules_get(rules, "classify", "words_needs") != NULL &&
	    !st_c_has_any_check(rules, "words_needs", a))
		return FALSE;
	if (!names_harm(rules, text, pasted))
		return FALSE;
	if (st_word_model_guess(m, text, &guess)) {
		st_set(&a->klass, guess.klass);
		st_set(&a->class_evidence, guess.evidence);
		st_set(&a->class_source, "words");
	}
	g_free(guess.evidence);
	return a->klass != NULL;
}


/* Whether G lists LOSER in "outranks" and a pattern of its
 * "outranks_with.LOSER" (*SPECIFIC) or else "outranks_with" matched. */
static gboolean
outranks_class(const StRuleGroup *g, const char *loser, const GArray *regions, gboolean *specific)
{
	const char *list = st_rule_get(g, "outranks");
	g_auto(GStrv) names = g_strsplit_set(list ? list : "", " ,;", -1);
	*specific = FALSE;
	if (!g_strv_contains((const char *const *)names, loser))
		return FALSE;
	g_autofree char *own_key = g_strconcat("outranks_with.", loser, NULL);
	*specific = st_rule_get(g, own_key) != NULL;
	return st_c_listed_matched(g, *specific ? own_key : "outranks_with", regions);
}

/* The candidate that takes WIN's place because its group lists WIN's in
 * "outranks" and one of the patterns its "outranks_with" names matched: a
 * finding whose boundary is named outright (one sandbox reaching another)
 * is that class, however loudly the mechanism it goes through is named (an
 * egress rule in the subject).  "outranks_with.CLASS", when the group has
 * it, lists the patterns that outrank that one class instead, as for
 * components (a key acting beyond its scope outranks the snapshot it
 * acts on, not every class the owner check outranks).  Through its general
 * list it does not displace a WIN whose group outranks it back through
 * outranks_with.CLASS (the narrower exception holds).  Else WIN. */
static int
outranking(const GPtrArray *groups, const Tally *t, const GArray *regions, int win, int min,
	   guint min_patterns)
{
	const StRuleGroup *wg = win >= 0 ? g_ptr_array_index(groups, win) : NULL;
	const char *loser = wg ? wg->name + strlen("class.") : "";
	for (guint i = 0; wg != NULL && i < groups->len; i++) {
		const StRuleGroup *g = g_ptr_array_index(groups, i);
		gboolean specific = FALSE, back_specific = FALSE;
		if ((int)i == win || !st_c_candidate(&t[i], min, min_patterns) ||
		    !outranks_class(g, loser, regions, &specific))
			continue;
		if (specific || !outranks_class(wg, g->name + strlen("class."), regions, &back_specific) ||
		    !back_specific)
			return (int)i;
	}
	return win;
}

/* The class the patterns name, as best_group() finds it, except that when
 * two or more classes reach class_min (with class_min_patterns distinct
 * patterns or a strong one) the word model (rules/class.model) weighs in:
 * each candidate counts its pattern score plus [classify] words_weight
 * times how far the model puts it behind its favourite (log-odds, 0 or
 * less).  Patterns say which classes a report's things belong to (a key,
 * a snapshot, another tenant); the words of the whole report say which of
 * them its finding is.  The model never names a class the patterns did
 * not make a candidate.  Returns the group (owned by RULES) or NULL; BEST
 * holds its tally, and *RUNNER_UP the group that would have won on the
 * patterns alone when the words changed the answer (else NULL). */
static const StRuleGroup *
best_class(const StRules *rules, const GArray *regions, const char *words_text, Tally *best,
	   const StRuleGroup **runner_up)
{
	int min = st_c_rules_int(rules, "classify", "class_min", 8);
	guint min_patterns = (guint)st_c_rules_int(rules, "classify", "class_min_patterns", 2);
	const char *wv = st_rules_get(rules, "classify", "words_weight");
	double weight = wv ? g_ascii_strtod(wv, NULL) : 0;
	const StWordModel *m = st_rules_word_model(rules, "class");
	g_autoptr(GPtrArray) groups = st_rules_groups(rules, "class.");
	g_autofree Tally *t = g_new0(Tally, MAX(groups->len, 1));
	g_autofree double *behind = NULL;
	int first = -1, win = -1;
	guint candidates = 0;

	*runner_up = NULL;
	st_c_tally_clear(best);
	for (guint i = 0; i < groups->len; i++) {
		st_c_tally_group(g_ptr_array_index(groups, i), regions, &t[i]);
		if (!st_c_candidate(&t[i], min, min_patterns))
			continue;
		candidates++;
		if (first < 0 || t[i].score > t[first].score)
			first = (int)i;
	}
	win = first;
	if (candidates >= 2 && weight > 0 && (behind = st_word_model_behind(m, words_text)) != NULL) {
		double floor = 0, top = -G_MAXDOUBLE;
		for (guint c = 0; c < st_word_model_n_labels(m); c++)
			floor = MIN(floor, behind[c]);
		for (guint i = 0; i < groups->len; i++) {
			const StRuleGroup *g = g_ptr_array_index(groups, i);
			if (!st_c_candidate(&t[i], min, min_patterns))
				continue;
			int c = st_word_model_label_index(m, g->name + strlen("class."));
			double v = t[i].score + weight * (c >= 0 ? behind[c] : floor);
			if (v > top) {
				top = v;
				win = (int)i;
			}
		}
	}
	win = outranking(groups, t, regions, win, min, min_patterns);
	for (guint i = 0; i < groups->len; i++) {
		if ((int)i == win) {
			*best = t[i];
			t[i].evidence = NULL;
		}
		st_c_tally_clear(&t[i]);
	}
	if (win != first)
		*runner_up = g_ptr_array_index(groups, first);
	return win >= 0 ? g_ptr_array_index(groups, win) : NULL;
}

void
st_c_classify_class(const StRules *rules, const GArray *regions, const char *words_text,
		    const char *pasted, StOosClass suppress, gboolean followup, StAnalysis *a)
{
	Tally best = { 0 };
	const StRuleGroup *runner_up = NULL;
	g_autoptr(GArray) apart = g_array_new(FALSE, FALSE, sizeof(Region));
	g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) scans = g_ptr_array_new_with_free_func((GDestroyNotify)st_scan_free);
	g_autoptr(GArray) filed = g_array_new(FALSE, FALSE, sizeof(Region));
	if (st_c_regions_consequences_apart(rules, regions, apart, texts, scans))
		regions = apart;
	if (st_c_regions_filed_apart(rules, regions, filed, texts, scans))
		regions = filed;
	const StRuleGroup *g = best_class(rules, regions, words_text, &best, &runner_up);

	/* A self-DoS or a hardening idea gets no class unless it plainly
	 * claims one ([classify] class_keep_min) and shows it
	 * ([classify] class_keep_needs: a PoC); one that says no boundary
	 * was crossed gets none at all. */
	if (g != NULL && suppress == ST_OOS_DROP)
		g = NULL;
	if (g != NULL && suppress != ST_OOS_KEEP &&
	    (best.score < st_c_rules_int(rules, "classify", "class_keep_min", 30) ||
	     !st_c_has_any_check(rules, "class_keep_needs", a)))
		g = NULL;
	if (g != NULL && !st_c_has_content(rules, a, followup))
		g = NULL;
	st_analysis_drop_class(a);
	if (g != NULL) {
		st_set(&a->klass, g->name + strlen("class."));
		if (runner_up != NULL) {
			/* the words chose among the patterns' candidates: say so */
			g_autofree char *ev = g_strdup_printf(
				"%s (the report's words favour it over %s)", best.evidence ? best.evidence : "",
				runner_up->name + strlen("class."));
			st_set(&a->class_evidence, ev);
		} else {
			st_set(&a->class_evidence, best.evidence);
		}
		st_set(&a->class_source, "patterns");
	} else {
		class_from_words(rules, words_text, pasted, suppress != ST_OOS_KEEP, followup, a);
	}
	st_c_tally_clear(&best);
}
