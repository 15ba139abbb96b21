/*
 * extract_int.h — helpers shared by the extract*.c files (not a public API).
 *
 * The extractors run the patterns of a rule group over a text, skip the
 * candidates that a reject group ([NAME.not]) vetoes, and read values from
 * named capture groups.  See rules/extract.rules for the conventions.
 */
#ifndef SECTRIAGE_EXTRACT_INT_H
#define SECTRIAGE_EXTRACT_INT_H

#include "sectriage/extract.h"

G_BEGIN_DECLS

/* One accepted match of a rule pattern. */
typedef struct {
	const StPattern *pat;   /* the pattern that matched (owned by the rules) */
	GMatchInfo *mi;         /* owned; NULL when empty */
	const char *text;       /* the text matched (not owned) */
	gint start, end;        /* byte offsets of the value (or whole match) */
} StXHit;

/* Find the first acceptable match of GROUP's patterns in TEXT: patterns in
 * file order, matches left to right.  With CAPTURE non-NULL a match counts
 * only when that named group took part and is non-empty, and START/END are
 * its offsets.  REJECT (may be NULL) vetoes candidates (st_x_rejected).
 * Returns TRUE and fills HIT (st_x_hit_clear after) or FALSE. */
gboolean st_x_find(const StRuleGroup *group, const StRuleGroup *reject,
		   const char *text, const char *capture, StXHit *hit);
/* st_x_find with SCAN, a scan of TEXT (st_scan_new; NULL: none): patterns
 * whose literals TEXT lacks are not run, here or in REJECT's windows. */
gboolean st_x_find_in(const StRuleGroup *group, const StRuleGroup *reject,
		      const StScan *scan, const char *text, const char *capture,
		      StXHit *hit);
void st_x_hit_clear(StXHit *hit);

/* Named group NAME of HIT, trimmed, whitespace runs collapsed; NULL when the
 * group does not exist, did not take part or is empty.  g_free(). */
char *st_x_named(const StXHit *hit, const char *name);

/* TRUE when a pattern of REJECT matches the text before START ("match.*"
 * keys) or after END ("match.after.*" keys), within the group's "window"
 * bytes, cut at the sentence boundary when "sentence" is true. */
gboolean st_x_rejected(const StRuleGroup *reject, const char *text, gint start, gint end);
/* st_x_rejected with SCAN, a scan of TEXT (NULL: none). */
gboolean st_x_rejected_in(const StRuleGroup *reject, const StScan *scan, const char *text,
			  gint start, gint end);

/* TEXT prepared for extraction: CR removed, tabs and no-break spaces made
 * spaces; quoted lines ("> ...") have their markers removed (KEEP_QUOTED)
 * or are dropped.  A quoted run in which a pattern of DROP (may be NULL)
 * matches is dropped whole (our own acknowledgment quoted back to us).
 * Never NULL (NULL TEXT gives ""); g_free(). */
char *st_x_prepare(const char *text, gboolean keep_quoted, const StRuleGroup *drop);

/* TRUE when a line of TEXT (NULL-safe) is quoted as st_x_prepare sees it:
 * otherwise st_x_prepare gives the same text whatever KEEP_QUOTED. */
gboolean st_x_quoted(const char *text);

/* The evidence line of TEXT at byte POS (trimmed, printable, <= 200 bytes). */
char *st_x_evidence(const char *text, gint pos);

/* Collapse whitespace runs of S in place to single spaces and trim. */
char *st_x_squash(char *s);

/* Does any pattern of GROUP match S (NULL-safe)? */
gboolean st_x_any(const StRuleGroup *group, const char *s);
/* st_x_any with SCAN, a scan of S or of a text S is a substring of (NULL:
 * none). */
gboolean st_x_any_in(const StRuleGroup *group, const StScan *scan, const char *s);

/* CVSS vector of TEXT into A (cvss.c); FALSE when none. */
gboolean st_x_cvss(const StRules *rules, const char *text, StAnalysis *a);

G_END_DECLS
#endif
