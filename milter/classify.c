/*
 * classify.c — class, component, out-of-scope hints and suggested severity.
 *
 * The mechanism only: weighted keyword scoring over the parts of a message
 * (subject, the reporter's own text, quoted earlier mail, textual
 * attachments), with every pattern, weight, threshold and severity in
 * rules/classify.rules (the comment at its top describes the scoring).
 *
 *   st_classify()  sets a->klass, a->component, a->out_of_scope (with
 *                  a->out_of_scope_evidence), a->suggested_severity, each
 *                  with its evidence (the line of the largest contribution),
 *                  and a->check_na[ST_CHECK_PLATFORM] when the component
 *                  needs no host platform (the managed cloud) or the
 *                  message is about an impostor ([impostor]: phishing in
 *                  the project's name, a look-alike site: no class and no
 *                  component).  It reads
 *                  a->check[] (a PoC rules out "theoretical"), a->cvss_score
 *                  and a->exploited, so it runs after extract.
 *
 * When no [class.*] group names a class, a message with a description, PoC
 * or logs may still get one from the word model (rules/class.model,
 * words.h) when the model is sure; a->class_source says which of the two
 * named it ("patterns" or "words").  When two or more groups do, the model
 * weighs in on which of them it is ([classify] words_weight, classify_class.c).  Likewise a component that the
 * patterns only gave as [classify] default_component may be replaced by
 * the one rules/component.model is sure of (a->component_source).
 *
 * A paragraph of the reporter's own text that asks whether something may
 * be tested and says what the writer would like to test ([aside.question]
 * and [aside.plan] both match) is left out of the scoring: research not yet
 * done names no class or component of the report around it.
 *
 * The out-of-scope hints are classify_oos.c's; the suggested severity, the
 * last step, is classify_severity.c's.
 *
 * Nothing here fails: without rules the class, component and severity are
 * NULL and there are no hints.  Work is bounded: attachments are read as
 * one part of at most [classify] attachment_max_bytes.
 */
#include <string.h>

#include "sectriage/classify.h"
#include "sectriage/common.h"
#include "sectriage/words.h"
#include "classify_int.h"
#include "extract_int.h"

#define EVIDENCE_MAX 200

/* One part of the message, with how much a match in it counts.  Patterns
 * run over FLAT, the text with hard-wrapped lines joined (a phrase broken
 * over two lines still matches); FLAT has the same length as TEXT, so the
 * evidence is the original line at the same offset. */
typedef struct {
	const char *text;  /* as written */
	char *flat;        /* owned: single line breaks inside paragraphs as spaces */
	StScan *scan;      /* owned: the literals in FLAT (the prefilter), or NULL */
} Flat;


static void
flat_clear(gpointer p)
{
	g_free(((Flat *)p)->flat);
	st_scan_free(((Flat *)p)->scan);
}

void
st_c_tally_clear(Tally *t)
{
	g_clear_pointer(&t->evidence, g_free);
	t->score = 0;
	t->best = 0;
	t->n_patterns = 0;
	t->strong = FALSE;
}

/* TRUE when pattern P of G may decide alone: its name is listed in the
 * group's "strong" value (default "named": match.named names the class). */
static gboolean
pattern_strong(const StRuleGroup *g, const StPattern *p)
{
	const char *dot = strchr(p->key, '.');
	const char *list = st_rule_get(g, "strong");
	if (dot == NULL)
		return FALSE;
	if (list == NULL)
		return strcmp(dot + 1, "named") == 0;
	g_auto(GStrv) names = g_strsplit_set(list, " ,;", -1);
	for (char **n = names; *n; n++)
		if (strcmp(*n, dot + 1) == 0)
			return TRUE;
	return FALSE;
}

int
st_c_rules_int(const StRules *rules, const char *group, const char *key, int def)
{
	return (int)st_rules_get_int(rules, group, key, def);
}


/* The line of TEXT around byte POS, trimmed, at most MAX bytes: the whole
 * line when it fits, else a window that starts a little before POS (long
 * lines are paragraphs of HTML mail).  Newly allocated. */
static char *
evidence_at(const char *text, gsize pos, gsize max)
{
	const char *start = text + pos, *end = text + pos;
	while (start > text && start[-1] != '\n')
		start--;
	while (*end && *end != '\n')
		end++;
	if ((gsize)(end - start) <= max || (gsize)(text + pos - start) < max / 2)
		return st_line_at(text, pos, max);
	const char *from = text + pos - max / 4;
	while (from > start && (*from & 0xC0) == 0x80)
		from--;
	g_autofree char *window = g_strndup(from, MIN((gsize)(end - from), max - 3));
	g_autofree char *line = g_strconcat("...", g_strstrip(window), NULL);
	return st_printable(line, -1, max);
}

/* The union of the scans of REGIONS (st_scan_union), or NULL. */
static StScan *
regions_scan(const GArray *regions)
{
	const StScan *scans[64];

	if (regions->len == 0 || regions->len > G_N_ELEMENTS(scans))
		return NULL;
	for (guint r = 0; r < regions->len; r++)
		scans[r] = g_array_index(regions, Region, r).scan;
	return st_scan_union(scans, regions->len);
}

/* Score group G over REGIONS into T (cleared first).  A pattern the
 * regions' literals together rule out is not asked of each region: most
 * of a group's patterns, over a dozen regions (#9). */
void
st_c_tally_group(const StRuleGroup *g, const GArray *regions, Tally *t)
{
	g_autoptr(StScan) any = regions_scan(regions);

	st_c_tally_clear(t);
	for (guint i = 0; i < g->patterns->len; i++) {
		const StPattern *p = g_ptr_array_index(g->patterns, i);
		int w = st_pattern_weight(g, p);
		gboolean hit = FALSE;

		if (any != NULL && !st_scan_may_match(any, p))
			continue;
		for (guint r = 0; r < regions->len; r++) {
			const Region *reg = &g_array_index(regions, Region, r);
			gint s = -1;
			if (!st_pattern_first(p, reg->scan, reg->flat, &s))
				continue;
			int c = w * reg->percent / 100;
			hit = TRUE;
			t->score += c;
			if (c > t->best) {
				g_free(t->evidence);
				t->evidence = evidence_at(reg->text, s, EVIDENCE_MAX);
				t->best = c;
			}
		}
		if (hit && w > 0) {
			t->n_patterns++;
			t->strong |= pattern_strong(g, p);
		}
	}
}

/* Remove from OWN (the reporter's own lines) every paragraph that is an
 * aside about research not yet done: it matches both [aside.question] (a
 * question whether something is in scope or allowed) and [aside.plan]
 * (what the writer would like to test).  "Is the cloud in scope?  I'd like
 * to look at its authorization" names a component and a class the report
 * that follows may not be about.  Paragraphs end at a blank line. */
static void
drop_asides(const StRules *rules, GString *own)
{
	const StRuleGroup *question = st_rules_group(rules, "aside.question");
	const StRuleGroup *plan = st_rules_group(rules, "aside.plan");
	if (question == NULL || plan == NULL || own->len == 0)
		return;
	g_autoptr(GString) kept = g_string_sized_new(own->len);
	g_auto(GStrv) paras = g_strsplit(own->str, "\n\n", -1);
	gboolean dropped = FALSE;
	for (guint i = 0; paras[i] != NULL; i++) {
		g_autofree char *flat = g_strdelimit(g_strdup(paras[i]), "\n", ' ');
		if (st_rule_match(question, flat, NULL, NULL) && st_rule_match(plan, flat, NULL, NULL)) {
			dropped = TRUE;
			continue;
		}
		if (kept->len > 0)
			g_string_append(kept, "\n\n");
		g_string_append(kept, paras[i]);
	}
	if (dropped)
		g_string_assign(own, kept->str);
}

/* TRUE when ATT is the report itself written as a document ("full report
 * attached: report.md"): named as [checklist.document] says, and neither a
 * PoC nor a screenshot, or mostly prose under a short body (att->document,
 * extract_roles.c).  Such a document counts like the body. */
static gboolean
is_document(const StAttachment *att, const StRuleGroup *doc)
{
	if (att->document)
		return TRUE;
	return doc != NULL && att->filename != NULL &&
	       (att->role == ST_ROLE_OTHER || att->role == ST_ROLE_LOG) &&
	       st_rule_match(doc, att->filename, NULL, NULL);
}

/* The text of MSG's textual attachments, one after the other, at most MAX
 * bytes (cut on a line end): however many files come, they count as one
 * part of the message and the work stays bounded.  POC: -1 every
 * attachment, 1 only the PoC attachments (scripts, code), 0 only others. */
static void
attachment_text(const StMessage *msg, int max, GString *out, const StRuleGroup *doc,
		gboolean documents, int poc)
{
	for (guint i = 0; msg->attachments && i < msg->attachments->len; i++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (att->text == NULL)
			continue;
		if (is_document(att, doc) != documents)
			continue;
		if (poc >= 0 && (att->role == ST_ROLE_POC) != (poc > 0))
			continue;
		if (out->len + strlen(att->text) + 1 > (gsize)MAX(max, 0)) {
			gsize room = (gsize)MAX(max, 0) > out->len ? (gsize)max - out->len : 0;
			const char *cut = room ? g_utf8_find_prev_char(att->text, att->text + room) : NULL;
			const char *nl = cut ? g_strrstr_len(att->text, cut - att->text, "\n") : NULL;
			if (nl != NULL)
				g_string_append_len(out, att->text, nl - att->text + 1);
			break;
		}
		g_string_append(out, att->text);
		g_string_append_c(out, '\n');
	}
}

/* The characters of TEXT that are not white space (UTF-8 counted as
 * characters): how much the writer said in their own lines. */
static int
own_chars(const char *text)
{
	int n = 0;
	for (const char *p = text; p && *p; p = g_utf8_next_char(p))
		if (!g_unichar_isspace(g_utf8_get_char(p)))
			n++;
	return n;
}

/* Add TEXT to REGIONS at PERCENT; its flat form and scan are made once
 * and kept in FLATS (an array of Flat) for every list it is added to. */
static void
region_add(const StRules *rules, GArray *flats, GArray *regions, const char *text, int percent)
{
	if (text == NULL || *text == '\0' || percent == 0)
		return;
	const Flat *f = NULL;
	for (guint i = 0; i < flats->len && f == NULL; i++)
		if (g_array_index(flats, Flat, i).text == text)
			f = &g_array_index(flats, Flat, i);
	if (f == NULL) {
		Flat nf = { text, g_strdup(text), NULL };
		for (char *c = nf.flat + 1; *c; c++)
			if (*c == '\n' && c[-1] != '\n' && c[1] != '\n' && c[1] != '\0')
				*c = ' ';
		nf.scan = st_scan_new(rules, nf.flat, -1);
		g_array_append_val(flats, nf);
		f = &g_array_index(flats, Flat, flats->len - 1);
	}
	Region r = { text, f->flat, f->scan, percent };
	g_array_append_val(regions, r);
}

/* May the group whose tally is T win: MIN points, from MIN_PATTERNS
 * distinct patterns or a strong one? */
gboolean
st_c_candidate(const Tally *t, int min, guint min_patterns)
{
	return t->score >= min && (t->strong || t->n_patterns >= min_patterns);
}

/* Result of scoring every group with PREFIX: the best one at or above MIN
 * with evidence from MIN_PATTERNS distinct patterns (or one strong one).
 * Returns the group (owned by RULES) or NULL; BEST holds its tally. */
static const StRuleGroup *
best_group(const StRules *rules, const char *prefix, const GArray *regions,
	   int min, guint min_patterns, Tally *best)
{
	g_autoptr(GPtrArray) groups = st_rules_groups(rules, prefix);
	const StRuleGroup *win = NULL;
	Tally t = { 0 };

	st_c_tally_clear(best);
	for (guint i = 0; i < groups->len; i++) {
		const StRuleGroup *g = g_ptr_array_index(groups, i);
		st_c_tally_group(g, regions, &t);
		if (st_c_candidate(&t, min, min_patterns) && t.score > best->score) {
			st_c_tally_clear(best);
			*best = t;
			t.evidence = NULL;
			win = g;
		}
	}
	st_c_tally_clear(&t);
	return win;
}

gboolean
st_c_rule_true(const StRuleGroup *g, const char *key)
{
	const char *v = st_rule_get(g, key);
	return v != NULL && (g_ascii_strcasecmp(v, "true") == 0 || strcmp(v, "1") == 0 ||
			     g_ascii_strcasecmp(v, "yes") == 0);
}

int
st_c_check_index(const char *name)
{
	for (int i = 0; i < ST_CHECK_N; i++)
		if (name != NULL && g_ascii_strcasecmp(name, st_check_names[i]) == 0)
			return i;
	return -1;
}

/* TRUE when A has one of the checklist items the [classify] key KEY lists
 * (none listed: TRUE). */
gboolean
st_c_has_any_check(const StRules *rules, const char *key, const StAnalysis *a)
{
	const char *needs = st_rules_get(rules, "classify", key);
	if (needs == NULL || *needs == '\0')
		return TRUE;
	g_auto(GStrv) items = g_strsplit_set(needs, " ,;", -1);
	for (char **n = items; *n; n++) {
		int c = st_c_check_index(*n);
		if (c >= 0 && a->check[c])
			return TRUE;
	}
	return FALSE;
}

/* TRUE when A has one of the checklist items [classify] class_needs lists
 * (none listed: TRUE): a message with no description, PoC or logs reports
 * nothing a class could be told from, whatever its subject names.  A
 * FOLLOWUP (a reply to our acknowledgment) continues a report whose
 * subject we echo: that subject stands for the report's content, unless
 * the message withdraws the report (it retracts the description,
 * extract_revise.c): then nothing is left to tell a class from. */
gboolean
st_c_has_content(const StRules *rules, const StAnalysis *a, gboolean followup)
{
	if (a->retracts[ST_CHECK_DESCRIPTION] || st_flag_has(a->flags, "reports-nothing"))
		return FALSE;
	return followup || st_c_has_any_check(rules, "class_needs", a);
}

/* TRUE when MSG replies to our acknowledgment: its subject carries our
 * tracking id ([followup] in rules/classify.rules) and the report's title
 * with it, not only our acknowledgment's words ([followup.bare]). */
static gboolean
is_followup(const StRules *rules, const StMessage *msg)
{
	const StRuleGroup *g = st_rules_group(rules, "followup");
	const StRuleGroup *bare = st_rules_group(rules, "followup.bare");
	if (g == NULL || msg == NULL || msg->subject == NULL ||
	    !st_rule_match(g, msg->subject, NULL, NULL))
		return FALSE;
	/* the subject echoes the report only when it carries more than our
	 * tracking id and our acknowledgment's own words: "Re: [SEC-2028-0398]
	 * We received your report" above a change of contact stands for no
	 * report's content (1706) */
	return bare == NULL || !st_rule_match(bare, msg->subject, NULL, NULL);
}

/* TRUE when one of G's patterns named in its KEY value matched in REGIONS. */
gboolean
st_c_listed_matched(const StRuleGroup *g, const char *key, const GArray *regions)
{
	const char *list = st_rule_get(g, key);
	if (list == NULL)
		return FALSE;
	g_auto(GStrv) names = g_strsplit_set(list, " ,;", -1);
	for (guint i = 0; i < g->patterns->len; i++) {
		const StPattern *p = g_ptr_array_index(g->patterns, i);
		const char *dot = strchr(p->key, '.');
		if (dot == NULL)
			continue;
		gboolean listed = g_strv_contains((const char *const *)names, dot + 1);
		for (guint r = 0; listed && r < regions->len; r++) {
			const Region *reg = &g_array_index(regions, Region, r);
			gint s = -1;
			if (st_pattern_first(p, reg->scan, reg->flat, &s))
				return TRUE;
		}
	}
	return FALSE;
}


/* TRUE when a message with none of the class_needs items still claims a
 * finding ([claim] reaches its "min"; no such group: TRUE): a teaser ("found
 * RCE in microsandbox") concerns microsandbox, a question or a request for
 * documents that merely names it concerns no component, nor does a mail
 * that reports nothing of the writer's own (flag "reports-nothing"). */
gboolean
st_c_claims_finding(const StRules *rules, const GArray *regions, const StAnalysis *a,
		    gboolean followup)
{
	const StRuleGroup *claim = st_rules_group(rules, "claim");
	Tally t = { 0 };

	/* the writer only asks or retells someone else's claim
	 * (extract_nonreport.c, flag "reports-nothing"): the finding named is
	 * the question's topic.  A reply to our ack gets the flag only when
	 * the writer says it reports nothing ("I never wrote to you"). */
	if (st_flag_has(a->flags, "reports-nothing"))
		return FALSE;
	/* the writer withdraws the report (extract_revise.c): the finding
	 * named is the one taken back */
	if (a->retracts[ST_CHECK_DESCRIPTION])
		return FALSE;
	if (claim == NULL || st_c_has_content(rules, a, followup))
		return TRUE;
	g_autoptr(GArray) own = g_array_new(FALSE, FALSE, sizeof(Region));
	g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) scans = g_ptr_array_new_with_free_func((GDestroyNotify)st_scan_free);
	if (st_c_regions_sentences_dropped(rules, claim, regions, own, texts, scans))
		regions = own;
	st_c_tally_group(claim, regions, &t);
	gboolean yes = t.score >= st_rule_get_int(claim, "min", 10);
	st_c_tally_clear(&t);
	return yes;
}

/* TRUE when the message reports a third party posing as the project
 * ([impostor] reaches its "min" with two distinct patterns or a strong
 * one): a phishing mail or a look-alike download site is no flaw of any of
 * the policy's components. */
static gboolean
about_group(const StRules *rules, const GArray *regions, const char *name)
{
	const StRuleGroup *g = st_rules_group(rules, name);
	Tally t = { 0 };

	if (g == NULL)
		return FALSE;
	st_c_tally_group(g, regions, &t);
	gboolean yes = t.score >= st_rule_get_int(g, "min", 12) && (t.strong || t.n_patterns >= 2);
	st_c_tally_clear(&t);
	return yes;
}

static gboolean
about_impostor(const StRules *rules, const GArray *regions)
{
	return about_group(rules, regions, "impostor");
}

/* TRUE when the message's only "bypass" is a person talked into it
 * ([persuaded] reaches its "min" with two distinct patterns or a strong
 * one): social engineering of staff is no software flaw of any class,
 * though the component whose accounts it reached stays named. */
static gboolean
about_persuaded(const StRules *rules, const GArray *regions)
{
	return about_group(rules, regions, "persuaded");
}

/* The evidence of a component that no group named (the default). */
static const char default_component_evidence[] = "default: no component named";

/* TRUE when A's component is only the default: no group named it, the
 * word model neither. */
static gboolean
component_is_default(const StAnalysis *a)
{
	return a->component_evidence != NULL &&
	       strcmp(a->component_evidence, default_component_evidence) == 0;
}

/* When the patterns fell back to the default component, the component the
 * word model (rules/component.model, words.h) gives TEXT when it is sure
 * ([wordmodel] min_margin).  [classify] component_words says when it is
 * asked: "default" (no group reached component_min), "weak" (that, or the
 * group that won did so without a strong pattern: words that only touch a
 * component, such as the tokens a leaked file held or the CI the writer
 * runs msb on, and no phrase that names it; WEAK says so), "unmatched" (no
 * [component.*] pattern matched at all) or "never".  A weak pattern answer
 * is replaced only by another component. */
static void
component_from_words(const StRules *rules, const GArray *regions, const char *text,
		     gboolean weak, StAnalysis *a)
{
	const StWordModel *m = st_rules_word_model(rules, "component");
	const char *when = st_rules_get(rules, "classify", "component_words");
	StWordGuess guess;
	gboolean by_default = component_is_default(a);

	if (m == NULL || g_strcmp0(when, "never") == 0)
		return;
	if (!by_default && !(weak && g_strcmp0(when, "weak") == 0))
		return;
	if (g_strcmp0(when, "unmatched") == 0) {
		Tally any = { 0 };
		const StRuleGroup *g = best_group(rules, "component.", regions, 1, 1, &any);
		st_c_tally_clear(&any);
		if (g != NULL)
			return;
	}
	if (st_word_model_guess(m, text, &guess) &&
	    (by_default || g_strcmp0(guess.klass, a->component) != 0)) {
		st_set(&a->component, guess.klass);
		st_set(&a->component_evidence, guess.evidence);
		st_set(&a->component_source, "words");
	}
	g_free(guess.evidence);
}

/* TRUE when WIN keeps its place against CHALLENGER, which would outrank it:
 * a pattern WIN's "holds_with.COMPONENT" (CHALLENGER's component) names
 * matched.  The writer placed the flaw on WIN's side in words of its own
 * ("a hole in how the Python SDK is published"), however plainly the
 * challenger's outranking pattern matched beside them. */
static gboolean
component_holds(const StRuleGroup *win, const StRuleGroup *challenger, const GArray *regions)
{
	g_autofree char *key = g_strconcat("holds_with.", challenger->name + strlen("component."),
					   NULL);
	return st_c_listed_matched(win, key, regions);
}

/* The component group that takes WIN's place because it lists WIN's
 * component in "outranks", one of the patterns its "outranks_with" names
 * matched and it reached MIN itself: the writer places the flaw there
 * ("probably msbd rather than the SDK", "the main problem is that the API
 * returns the token"), however often the client it was seen through is
 * named.  "outranks_with.COMPONENT", when the group has it, lists the
 * patterns that outrank that component instead (the self-hosted server
 * named outranks the cloud, not the SDKs that talk to it), unless WIN
 * holds (component_holds).  BEST then holds its tally, counted as strong: the writer said
 * where the flaw is.  Else WIN, BEST untouched. */
static const StRuleGroup *
component_outranking(const StRules *rules, const GArray *regions, const StRuleGroup *win,
		     int min, guint min_patterns, Tally *best)
{
	if (win == NULL)
		return win;
	const char *loser = win->name + strlen("component.");
	g_autoptr(GPtrArray) groups = st_rules_groups(rules, "component.");
	Tally t = { 0 };
	for (guint i = 0; i < groups->len; i++) {
		const StRuleGroup *g = g_ptr_array_index(groups, i);
		const char *list = st_rule_get(g, "outranks");
		if (g == win || list == NULL)
			continue;
		g_auto(GStrv) names = g_strsplit_set(list, " ,;", -1);
		g_autofree char *own_key = g_strconcat("outranks_with.", loser, NULL);
		const char *with = st_rule_get(g, own_key) != NULL ? own_key : "outranks_with";
		if (!g_strv_contains((const char *const *)names, loser) ||
		    !st_c_listed_matched(g, with, regions) || component_holds(win, g, regions))
			continue;
		st_c_tally_group(g, regions, &t);
		if (!st_c_candidate(&t, min, min_patterns))
			continue;
		st_c_tally_clear(best);
		*best = t;
		best->strong = TRUE;
		return g;
	}
	st_c_tally_clear(&t);
	return win;
}

static void
classify_component(const StRules *rules, const GArray *regions, const char *words_text,
		   gboolean followup, StAnalysis *a)
{
	Tally best = { 0 };
	int min = st_c_rules_int(rules, "classify", "component_min", 6);
	guint min_patterns = (guint)st_c_rules_int(rules, "classify", "component_min_patterns", 1);
	const StRuleGroup *g = best_group(rules, "component.", regions, min, min_patterns, &best);
	g = component_outranking(rules, regions, g, min, min_patterns, &best);
	gboolean weak = g != NULL && !best.strong;

	st_set(&a->component_source, NULL);
	if (!st_c_claims_finding(rules, regions, a, followup)) {
		st_c_tally_clear(&best);
		st_set(&a->component, NULL);
		st_set(&a->component_evidence, NULL);
		return;
	}
	if (g != NULL) {
		st_set(&a->component, g->name + strlen("component."));
		st_set(&a->component_evidence, best.evidence);
	} else if (st_analysis_unread_encrypted(a)) {
		/* the report is in the part nobody can read: guessing the
		 * default component would tell the triager something nobody
		 * wrote; one the cover note names in so many words stands */
		st_set(&a->component, NULL);
		st_set(&a->component_evidence, NULL);
	} else {
		const char *def = st_rules_get(rules, "classify", "default_component");
		st_set(&a->component, def && *def ? def : NULL);
		st_set(&a->component_evidence, def && *def ? default_component_evidence : NULL);
	}
	st_c_tally_clear(&best);
	if (a->component != NULL)
		st_set(&a->component_source, "patterns");
	component_from_words(rules, regions, words_text, weak, a);
	if (a->component != NULL) {
		g_autofree char *name = g_strconcat("component.", a->component, NULL);
		if (st_c_rule_true(st_rules_group(rules, name), "platform_na"))
			a->check_na[ST_CHECK_PLATFORM] = TRUE;
	}
}

/* Checklist items that do not apply whatever the component: a [na.ITEM.*]
 * group reaching its "min" (a bug in a website needs no host platform).
 * A group with "no_component = true" also drops a component that is only
 * the default: a website is none of the policy's components. */
static void
classify_not_applicable(const StRules *rules, const GArray *regions, StAnalysis *a)
{
	g_autoptr(GPtrArray) groups = st_rules_groups(rules, "na.");
	Tally t = { 0 };

	for (guint i = 0; i < groups->len; i++) {
		const StRuleGroup *g = g_ptr_array_index(groups, i);
		g_autofree char *item = g_strdup(g->name + strlen("na."));
		char *dot = strchr(item, '.');
		if (dot != NULL)
			*dot = '\0';
		int c = st_c_check_index(item);
		/* a component only guessed (the default, or the word model's,
		 * whose own platform_na may have set the item already) is
		 * still dropped by a group that says there is none */
		gboolean drop = st_c_rule_true(g, "no_component") &&
			(component_is_default(a) || g_strcmp0(a->component_source, "words") == 0);
		if (c < 0 || (a->check_na[c] && !drop))
			continue;
		st_c_tally_group(g, regions, &t);
		if (t.score >= st_rule_get_int(g, "min", 10) && (t.strong || t.n_patterns >= 2)) {
			a->check_na[c] = TRUE;
			if (drop) {
				st_analysis_drop_component(a);
			}
		}
	}
	st_c_tally_clear(&t);
}

/* SUBJECT past the tags a mail gateway puts before it ([classify.subject-tag]
 * matches their run at its start: "[EXTERNAL] ", "EXT: [SPAM] "): the
 * gateway's words, not the writer's, which moved the word model's margin
 * (tests/tools/variants.py banner; 1094, 3023). */
static const char *
subject_untagged(const StRules *rules, const char *subject)
{
	const StRuleGroup *g = st_rules_group(rules, "classify.subject-tag");

	for (guint i = 0; g != NULL && i < g->patterns->len; i++) {
		g_autoptr(GMatchInfo) mi = NULL;
		gint start, end;
		if (st_pattern_match(g_ptr_array_index(g->patterns, i), NULL, subject, &mi) &&
		    g_match_info_fetch_pos(mi, 0, &start, &end) && start == 0)
			subject += end;
	}
	return subject;
}

/* The parts of MSG the scoring reads: its subject, and its body split into
 * the reporter's own lines (without asides), quoted and pasted lines, each
 * bounded by [classify]. */
static void
message_parts(const StRules *rules, const StMessage *msg, StXQuote *q, GString *subject,
	      GString *own, GString *quoted, GString *pasted)
{
	st_c_append_bounded(subject, msg->subject ? subject_untagged(rules, msg->subject) : "", -1,
			    st_c_rules_int(rules, "classify", "subject_max_bytes", 1024));
	/* mail quoted below an unmarked reply header is quoted too, and our
	 * own mail quoted back says nothing of the report */
	g_autoptr(StXQuote) own_q = q ? NULL : st_x_quote_body(rules, msg);
	if (q == NULL)
		q = own_q;
	g_autofree char *body = st_x_quote_any(q) ?
		st_x_quote_mark(q, st_rules_group(rules, "quote.ours")) : NULL;
	st_c_split_body(body ? body : msg->body_text, st_c_rules_int(rules, "classify", "body_max_bytes", 131072),
			own, quoted, pasted);
	drop_asides(rules, own);
}

/* What the word model reads: the subject, the reporter's own lines and a
 * report written as an attached document, one after the other (quoted
 * mail, pasted logs and code and other attachments say which report, not
 * which kind).  Newly allocated. */
static char *
words_text(const GString *subject, const GString *own, const GString *documents)
{
	return g_strjoin("\n", subject->str, own->str, documents->str, NULL);
}

char *
st_classify_words_text(const StRules *rules, const StMessage *msg)
{
	g_autoptr(GString) subject = g_string_new(NULL);
	g_autoptr(GString) own = g_string_new(NULL);
	g_autoptr(GString) quoted = g_string_new(NULL);
	g_autoptr(GString) pasted = g_string_new(NULL);
	g_autoptr(GString) documents = g_string_new(NULL);

	if (msg == NULL)
		return g_strdup("");
	message_parts(rules, msg, NULL, subject, own, quoted, pasted);
	attachment_text(msg, st_c_rules_int(rules, "classify", "attachment_max_bytes", 65536), documents,
			st_rules_group(rules, "checklist.document"), TRUE, -1);
	return words_text(subject, own, documents);
}

/* No class or component where the message's flaw is none of ours: a third
 * party posing as the project ([impostor]) or another project's flaw sent
 * to us by mistake ([elsewhere]); no class where a person was talked into
 * it ([persuaded]). */
static void
drop_unowned(const StRules *rules, const GArray *regions, StAnalysis *a)
{
	gboolean impostor = about_impostor(rules, regions);

	if (impostor || about_group(rules, regions, "elsewhere")) {
		/* someone else's mail, site or project: no class, no
		 * component; a look-alike site has no host platform to ask
		 * for, another project's version is none of ours */
		st_analysis_drop_class(a);
		st_analysis_drop_component(a);
		if (impostor) {
			a->check_na[ST_CHECK_PLATFORM] = TRUE;
			return;
		}
		st_set(&a->version, NULL);
		st_set(&a->version_kind, NULL);
		st_set(&a->version_evidence, NULL);
		a->check[ST_CHECK_VERSION] = FALSE;
		st_set(&a->check_evidence[ST_CHECK_VERSION], NULL);
	} else if (about_persuaded(rules, regions)) {
		/* staff persuaded, no software bug: no class; the component
		 * whose accounts were reached stays */
		st_analysis_drop_class(a);
	}
}

/* The attachments' share of the component's regions COMP: ATTACHED (all
 * of MSG's textual attachments but documents, read already) at
 * attachment_percent; but under a short body ("poc attached, run it
 * against 0.10.5", OWN at most [classify] poc_attachment_body_chars) an
 * attached PoC script is the report's substance, code the reporter wrote
 * to show the finding: what it imports and drives ("from microsandbox
 * import Sandbox", require("microsandbox")) names the component, and with
 * so little said around it counts for more than the body would
 * (poc_attachment_percent), read into POC, the rest into OTHER.  A long
 * body says what its finding is in; there its attachments (a harness that
 * only uses an SDK to set things up) stay at attachment_percent, as do
 * logs and other files everywhere.  The regions point into the strings,
 * which the caller keeps. */
static void
attachment_regions(const StRules *rules, const StMessage *msg, const char *own,
		   const StRuleGroup *doc, int max, GString *attached, GString *poc,
		   GString *other, GArray *flats, GArray *comp)
{
	int percent = st_c_rules_int(rules, "classify", "attachment_percent", 40);

	if (own_chars(own) > st_c_rules_int(rules, "classify", "poc_attachment_body_chars", 0)) {
		region_add(rules, flats, comp, attached->str, percent);
		return;
	}
	attachment_text(msg, max, poc, doc, FALSE, 1);
	attachment_text(msg, max, other, doc, FALSE, 0);
	region_add(rules, flats, comp, poc->str, st_c_rules_int(rules, "classify", "poc_attachment_percent", 200));
	region_add(rules, flats, comp, other->str, percent);
}

void
st_classify(const StRules *rules, const StMessage *msg, StXQuote *body, StAnalysis *a)
{
	g_autoptr(GString) subject = g_string_new(NULL);
	g_autoptr(GString) own = g_string_new(NULL);
	g_autoptr(GString) quoted = g_string_new(NULL);
	g_autoptr(GString) pasted = g_string_new(NULL);
	g_autoptr(GString) attached = g_string_new(NULL);
	g_autoptr(GString) attached_poc = g_string_new(NULL);
	g_autoptr(GString) attached_other = g_string_new(NULL);
	g_autoptr(GString) documents = g_string_new(NULL);
	g_autoptr(GArray) flats = g_array_new(FALSE, FALSE, sizeof(Flat));
	g_autoptr(GArray) regions = g_array_new(FALSE, FALSE, sizeof(Region));
	g_autoptr(GArray) comp_regions = g_array_new(FALSE, FALSE, sizeof(Region));

	g_return_if_fail(a != NULL);
	g_array_set_clear_func(flats, flat_clear);
	g_ptr_array_set_size(a->out_of_scope, 0);
	g_ptr_array_set_size(a->out_of_scope_evidence, 0);
	/* what does not apply is decided here afresh on every run */
	memset(a->check_na, 0, sizeof a->check_na);
	if (msg != NULL) {
		message_parts(rules, msg, body, subject, own, quoted, pasted);
		region_add(rules, flats, regions, subject->str, st_c_rules_int(rules, "classify", "subject_percent", 300));
		region_add(rules, flats, regions, own->str, st_c_rules_int(rules, "classify", "body_percent", 100));
		region_add(rules, flats, regions, quoted->str, st_c_rules_int(rules, "classify", "quoted_percent", 50));
		region_add(rules, flats, regions, pasted->str, st_c_rules_int(rules, "classify", "pasted_percent", 50));
		/* code names the component it uses ("from microsandbox import")
		 * as well as prose does: for the component pasted lines count
		 * like the body */
		region_add(rules, flats, comp_regions, subject->str, st_c_rules_int(rules, "classify", "subject_percent", 300));
		region_add(rules, flats, comp_regions, own->str, st_c_rules_int(rules, "classify", "body_percent", 100));
		region_add(rules, flats, comp_regions, pasted->str, st_c_rules_int(rules, "classify", "body_percent", 100));
		region_add(rules, flats, comp_regions, quoted->str, st_c_rules_int(rules, "classify", "quoted_percent", 50));
		const StRuleGroup *doc = st_rules_group(rules, "checklist.document");
		int max = st_c_rules_int(rules, "classify", "attachment_max_bytes", 65536);
		attachment_text(msg, max, attached, doc, FALSE, -1);
		region_add(rules, flats, regions, attached->str, st_c_rules_int(rules, "classify", "attachment_percent", 40));
		attachment_regions(rules, msg, own->str, doc, max, attached, attached_poc,
				   attached_other, flats, comp_regions);
		attachment_text(msg, max, documents, doc, TRUE, -1);
		region_add(rules, flats, regions, documents->str, st_c_rules_int(rules, "classify", "body_percent", 100));
		region_add(rules, flats, comp_regions, documents->str, st_c_rules_int(rules, "classify", "body_percent", 100));
	}
	gboolean followup = is_followup(rules, msg);
	g_autoptr(GPtrArray) aside_only = g_ptr_array_new_with_free_func(g_free);
	StOosClass suppress = st_classify_oos(rules, regions, followup, a, aside_only);
	g_autofree char *wtext = words_text(subject, own, documents);
	st_c_classify_class(rules, regions, wtext, pasted->str, suppress, followup, a);
	/* a hint told only in an aside falls when the report has a class */
	for (guint i = 0; a->klass != NULL && i < aside_only->len; i++) {
		for (guint j = 0; j < a->out_of_scope->len; j++) {
			if (g_strcmp0(g_ptr_array_index(a->out_of_scope, j),
				      g_ptr_array_index(aside_only, i)) == 0) {
				g_ptr_array_remove_index(a->out_of_scope, j);
				g_ptr_array_remove_index(a->out_of_scope_evidence, j);
				break;
			}
		}
	}
	st_classify_oos_recast(rules, a);
	classify_component(rules, comp_regions, wtext, followup, a);
	drop_unowned(rules, regions, a);
	classify_not_applicable(rules, regions, a);
	st_classify_severity(rules, a);
}
