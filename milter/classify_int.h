/*
 * classify_int.h — what the files of the classification share (classify.c,
 * classify_body.c, classify_regions.c, classify_severity.c): private, not an API.
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
 *     own counting [classify] consequence_percent. */
gboolean st_c_regions_sentences_dropped(const StRules *rules, const StRuleGroup *g,
					const GArray *regions, GArray *out, GPtrArray *texts,
					GPtrArray *scans);
gboolean st_c_regions_rejected_dropped(const StRules *rules, const GArray *regions, GArray *out,
				       GPtrArray *texts, GPtrArray *scans);
gboolean st_c_regions_asides_dropped(const StRules *rules, const GArray *regions, GArray *out,
				     GPtrArray *texts, GPtrArray *scans);
gboolean st_c_regions_consequences_apart(const StRules *rules, const GArray *regions, GArray *out,
					 GPtrArray *texts, GPtrArray *scans);

/* classify_body.c: append LEN bytes of S (-1: all) to OUT without letting
 * OUT pass MAX bytes (cut on a character boundary), FALSE once OUT is full;
 * and BODY split into the writer's OWN lines, the QUOTED and the PASTED
 * ones, each at most MAX bytes (the comment in classify_body.c says how). */
gboolean st_c_append_bounded(GString *out, const char *s, gssize len, gsize max);
void st_c_split_body(const char *body, gsize max, GString *own, GString *quoted,
		     GString *pasted);

/* Set A's suggested severity and its evidence (NULL both when RULES give
 * no level) from A's CVSS score, out-of-scope hints, class and
 * exploitation, as classify.c left them. */
void st_classify_severity(const StRules *rules, StAnalysis *a);

G_END_DECLS
#endif
