/*
 * classify_int.h — what the files of the classification share (classify.c,
 * classify_body.c, classify_oos.c, classify_regions.c, classify_severity.c):
 * private, not an API.
 */
#ifndef SECTRIAGE_CLASSIFY_INT_H
#define SECTRIAGE_CLASSIFY_INT_H

#include "sectriage/classify.h"
#include "sectriage/rules.h"

G_BEGIN_DECLS

/* A text as it counts in one list of regions: the class and the component
 * weigh the same texts differently, and share their flat forms and scans. */
typedef struct {
	const char *text;  /* as written */
	const char *flat;  /* owned by a Flat */
	const StScan *scan;
	int percent;
} Region;

/* The score of one group over all regions. */
typedef struct {
	int score;
	int best;        /* largest single positive contribution */
	char *evidence;  /* the line of that contribution, or NULL */
	guint n_patterns;  /* distinct patterns with a positive weight that matched */
	gboolean strong;   /* one of them is a "strong" pattern (decides alone) */
} Tally;

/* The scoring of classify.c that the out-of-scope hints (classify_oos.c)
 * use too:
 *   st_c_tally_clear: T freed and zeroed;
 *   st_c_tally_group: G scored over REGIONS into T (cleared first);
 *   st_c_candidate: may the group whose tally is T win (MIN points, from
 *     MIN_PATTERNS distinct patterns or a strong one)?
 *   st_c_rule_true: is G's KEY "true", "yes" or "1"?
 *   st_c_check_index: the checklist item NAME, or -1;
 *   st_c_rules_int: the integer KEY of GROUP in RULES, else DEF;
 *   st_c_claims_finding: does the message claim a finding (has_content,
 *     or [claim] reaches its "min"; never one that reports nothing)? */
void st_c_tally_clear(Tally *t);
void st_c_tally_group(const StRuleGroup *g, const GArray *regions, Tally *t);
gboolean st_c_candidate(const Tally *t, int min, guint min_patterns);
gboolean st_c_rule_true(const StRuleGroup *g, const char *key);
int st_c_check_index(const char *name);
int st_c_rules_int(const StRules *rules, const char *group, const char *key, int def);
gboolean st_c_claims_finding(const StRules *rules, const GArray *regions, const StAnalysis *a,
			     gboolean followup);

/* TRUE when one of G's patterns named in its KEY value matched in REGIONS
 * (classify.c). */
gboolean st_c_listed_matched(const StRuleGroup *g, const char *key, const GArray *regions);

/* What the out-of-scope hints do to the class: nothing, suppress it
 * unless it is plainly claimed and shown, or drop it whatever the claim
 * (a "drop_class" pattern: no boundary was crossed). */
typedef enum {
	ST_OOS_KEEP = 0,
	ST_OOS_SUPPRESS = 1,
	ST_OOS_DROP = 2,
} StOosClass;

/* The class A's out-of-scope hints recast, once the class is chosen: a
 * hint's group "recast_class = FROM TO" (classify_oos.c). */
void st_classify_oos_recast(const StRules *rules, StAnalysis *a);
/* The out-of-scope hints over REGIONS into A (classify_oos.c); what they
 * do to the class.  A hint only the writer's asides give goes to
 * ASIDE_ONLY (names, g_free) too. */
StOosClass st_classify_oos(const StRules *rules, const GArray *regions, gboolean followup,
			 StAnalysis *a, GPtrArray *aside_only);

/* The readings of classify_regions.c: REGIONS as OUT (Region) with some
 * bytes blanked; the copies and their scans are kept in TEXTS and SCANS,
 * which free them.  Each returns FALSE when its rules say nothing (OUT is
 * then not to be read).
 *   sentences_dropped: every sentence in which a pattern of G listed in its
 *     "sentence" value matches ("we haven't found any other problem");
 *   rejected_dropped: every clause a [rejected] pattern opens, up to its
 *     [rejected.turn] ("at first this looked like X, but");
 *   asides_dropped: every aside an [aside.minor] pattern opens, to the end
 *     of its paragraph (of the next one after a one-line heading);
 *   consequences_apart: each [consequence] clause moved to a region of its
 *     own counting [classify] consequence_percent;
 *   filed_apart: each [filed] clause (the writer's own filing) likewise,
 *     counting [classify] filed_percent. */
gboolean st_c_regions_sentences_dropped(const StRules *rules, const StRuleGroup *g,
					const GArray *regions, GArray *out, GPtrArray *texts,
					GPtrArray *scans);
gboolean st_c_regions_rejected_dropped(const StRules *rules, const GArray *regions, GArray *out,
				       GPtrArray *texts, GPtrArray *scans);
gboolean st_c_regions_asides_dropped(const StRules *rules, const GArray *regions, GArray *out,
				     GPtrArray *texts, GPtrArray *scans);
gboolean st_c_regions_consequences_apart(const StRules *rules, const GArray *regions, GArray *out,
					 GPtrArray *texts, GPtrArray *scans);
gboolean st_c_regions_filed_apart(const StRules *rules, const GArray *regions, GArray *out,
				  GPtrArray *texts, GPtrArray *scans);

/* classify_body.c: append LEN bytes of S (-1: all) to OUT without letting
 * OUT pass MAX bytes (cut on a character boundary), FALSE once OUT is full;
 * and BODY split into the writer's OWN lines, the QUOTED and the PASTED
 * ones, each at most MAX bytes (the comment in classify_body.c says how). */
gboolean st_c_append_bounded(GString *out, const char *s, gssize len, gsize max);
void st_c_split_body(const char *body, gsize max, GString *own, GString *quoted,
		     GString *pasted);

/* classify.c: does A have one of the checklist items the [classify] key
 * KEY lists; does it report something a class could be told from. */
gboolean st_c_has_any_check(const StRules *rules, const char *key, const StAnalysis *a);
gboolean st_c_has_content(const StRules *rules, const StAnalysis *a, gboolean followup);

/* classify_class.c: set A's class (and its evidence and source) from
 * REGIONS, or from the word model over WORDS_TEXT and PASTED. */
void st_c_classify_class(const StRules *rules, const GArray *regions, const char *words_text,
			 const char *pasted, StOosClass suppress, gboolean followup, StAnalysis *a);

/* Set A's suggested severity and its evidence (NULL both when RULES give
 * no level) from A's CVSS score, out-of-scope hints, class and
 * exploitation, as classify.c left them. */
void st_classify_severity(const StRules *rules, StAnalysis *a);

G_END_DECLS
#endif
