/*
 * classify_oos.c — the out-of-scope hints of st_classify (classify.c,
 * through classify_int.h): each [oos.*] group that reaches its "min" over
 * the regions adds its name to a->out_of_scope, with its evidence.  Only a
 * message that claims a finding gets hints; a clause the writer names only
 * to reject it ([rejected]) gives none; a hint of an "aside_apart" group
 * that only the writer's asides ([aside.minor]) reach is set apart, and
 * st_classify drops it when the report gets a class.  A "suppress_class"
 * hint tells classify.c to keep a class only when the report plainly
 * claims and shows one ([classify] class_keep_min, class_keep_needs); one
 * whose "drop_class" patterns matched (the writer's own words that no
 * boundary was crossed: the docs call the feature no boundary, the
 * attacker already is the user) drops it whatever the claim.  A hint
 * whose group has "recast_class = FROM TO" changes the class chosen
 * afterwards (st_classify_oos_recast).  An "unless_exploited" group gives
 * no hint to a report of an attack seen in the wild, and a "yields_to"
 * group's hint goes when one of the hints it names is there too.
 */
#include <string.h>

#include "sectriage/classify.h"
#include "sectriage/common.h"
#include "classify_int.h"

/* Option KEY of the [oos.NAME] group of A's hint I, or NULL. */
static const char *
hint_option(const StRules *rules, const StAnalysis *a, guint i, const char *key)
{
	g_autofree char *name = g_strconcat("oos.", (const char *)g_ptr_array_index(a->out_of_scope, i), NULL);

	return st_rule_get(st_rules_group(rules, name), key);
}

/* Drop the hints of A that yield to another hint A also has (a group's
 * "yields_to = NAME ..."): a hardening proposal has no exploit by nature,
 * so the "no exploit" that reads as a theory is the proposal's ("Härtung
 * von msbd.service (kein Exploit, nur Vorschläge)", 4167, 3350). */
static void
yield_hints(const StRules *rules, StAnalysis *a)
{
	for (guint i = a->out_of_scope->len; i-- > 0;) {
		const char *to = hint_option(rules, a, i, "yields_to");
		if (to == NULL)
			continue;
		g_auto(GStrv) v = g_strsplit_set(to, " ,;\t", -1);
		gboolean yields = FALSE;
		for (guint k = 0; v[k] != NULL && !yields; k++)
			yields = *v[k] != '\0' && st_flag_has(a->out_of_scope, v[k]);
		if (yields) {
			g_ptr_array_remove_index(a->out_of_scope, i);
			g_ptr_array_remove_index(a->out_of_scope_evidence, i);
		}
	}
}

/* Does A have what rules hint group G out: its "unless_check" item (a PoC
 * against "theoretical"), or, with "unless_exploited", an attack seen in
 * the wild, which is no theory however unsure the writer is of its
 * mechanism ("Our working hypothesis is ... We have NOT confirmed this"
 * over an intrusion, 4177)? */
static gboolean
ruled_out(const StRuleGroup *g, const StAnalysis *a)
{
	int unless = st_c_check_index(st_rule_get(g, "unless_check"));

	return (unless >= 0 && a->check[unless]) || (a->exploited && st_c_rule_true(g, "unless_exploited"));
}

/* Out-of-scope hints.  Returns what they do to the class (StOosClass).
 * A hint of a group marked "aside_apart" that its patterns reach only in
 * the writer's asides ([aside.minor]: "Something smaller I noticed,
 * probably just hardening") suppresses nothing and its name goes to
 * ASIDE_ONLY: it stands only if the rest of the report gets no class (an
 * aside beside a real finding does not make the report out of scope). */
StOosClass
st_classify_oos(const StRules *rules, const GArray *regions, gboolean followup, StAnalysis *a,
		GPtrArray *aside_only)
{
	g_autoptr(GPtrArray) groups = st_rules_groups(rules, "oos.");
	int def_min = st_c_rules_int(rules, "classify", "oos_min", 10);
	StOosClass suppress = ST_OOS_KEEP;
	Tally t = { 0 };

	/* a message that reports nothing (a feature request, a question) is
	 * out of scope of nothing */
	if (!st_c_claims_finding(rules, regions, a, followup))
		return ST_OOS_KEEP;
	/* a reason the writer names only to reject it ("at first this
	 * looked like the self-DoS case, but ...") is no hint: its clause is
	 * not read ([rejected]) */
	g_autoptr(GArray) kept = g_array_new(FALSE, FALSE, sizeof(Region));
	g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) scans = g_ptr_array_new_with_free_func((GDestroyNotify)st_scan_free);
	if (st_c_regions_rejected_dropped(rules, regions, kept, texts, scans))
		regions = kept;
	g_autoptr(GArray) apart = g_array_new(FALSE, FALSE, sizeof(Region));
	gboolean asides = st_c_regions_asides_dropped(rules, regions, apart, texts, scans);
	for (guint i = 0; i < groups->len; i++) {
		const StRuleGroup *g = g_ptr_array_index(groups, i);
		const char *name = g->name + strlen("oos.");

		if (ruled_out(g, a))
			continue;
		st_c_tally_group(g, regions, &t);
		/* "min_patterns": that many distinct patterns (or a strong one)
		 * must agree; an identifier alone (a CVE id named as an
		 * analogy) is not the reading the group stands for */
		if (!st_c_candidate(&t, st_rule_get_int(g, "min", def_min), (guint)st_rule_get_int(g, "min_patterns", 1)) ||
		    st_flag_has(a->out_of_scope, name))
			continue;
		g_ptr_array_add(a->out_of_scope, g_strdup(name));
		g_ptr_array_add(a->out_of_scope_evidence, g_strdup(t.evidence ? t.evidence : ""));
		if (asides && st_c_rule_true(g, "aside_apart")) {
			Tally rest = { 0 };
			st_c_tally_group(g, apart, &rest);
			gboolean outside = st_c_candidate(&rest, st_rule_get_int(g, "min", def_min),
							  (guint)st_rule_get_int(g, "min_patterns", 1));
			st_c_tally_clear(&rest);
			if (!outside) {
				g_ptr_array_add(aside_only, g_strdup(name));
				continue;
			}
		}
		if (st_c_rule_true(g, "suppress_class") && suppress < ST_OOS_SUPPRESS)
			suppress = ST_OOS_SUPPRESS;
		if (st_c_listed_matched(g, "drop_class", regions))
			suppress = ST_OOS_DROP;
	}
	st_c_tally_clear(&t);
	yield_hints(rules, a);
	return suppress;
}

/* An out-of-scope hint that says what the class is taken from: a group's
 * "recast_class = FROM TO" makes a report of class FROM with that hint one
 * of class TO (a snapshot's memory image read off a disk booted from a USB
 * stick leaks its secrets to whoever holds the machine, not one sandbox's
 * data to another through a snapshot or restore path: [oos.physical_access],
 * 3553, 3596).  The class's evidence stays: it tells the finding. */
void
st_classify_oos_recast(const StRules *rules, StAnalysis *a)
{
	for (guint i = 0; a->klass != NULL && i < a->out_of_scope->len; i++) {
		const char *pair = hint_option(rules, a, i, "recast_class");
		if (pair == NULL)
			continue;
		g_auto(GStrv) v = g_strsplit_set(pair, " ,;\t", -1);
		const char *from = NULL, *to = NULL;
		for (guint k = 0; v[k] != NULL; k++) {
			if (*v[k] == '\0')
				continue;
			if (from == NULL)
				from = v[k];
			else if (to == NULL)
				to = v[k];
		}
		if (to != NULL && strcmp(from, a->klass) == 0)
			st_set(&a->klass, to);
	}
}

void
st_classify_oos_settle(const StRules *rules, StAnalysis *a)
{
	for (guint i = 0; rules != NULL && a != NULL && i < a->out_of_scope->len; i++) {
		g_autofree char *name = g_strconcat("oos.", (const char *)g_ptr_array_index(a->out_of_scope, i), NULL);
		const StRuleGroup *g = st_rules_group(rules, name);
		if (g == NULL)
			continue;
		if (!ruled_out(g, a))
			continue;
		g_ptr_array_remove_index(a->out_of_scope, i);
		if (i < a->out_of_scope_evidence->len)
			g_ptr_array_remove_index(a->out_of_scope_evidence, i);
		i--;
	}
}
