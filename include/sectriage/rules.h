/*
 * rules.h — rules/ as data: patterns, weights, classes, templates.
 *
 * Every file rules/NAME.rules is a GKeyFile.  A group is a named rule
 * ([version.msb], [class.sandbox_escape], ...).  Keys named "match" or
 * "match.ANYTHING" hold one regular expression each (PCRE via GRegex,
 * compiled caseless + multiline; "match-cs" keys are case-sensitive).
 * A pattern written "@GROUP" or "@GROUP KEY" is the pattern KEY (by
 * default the same key) of GROUP, a group above it: one reading written
 * once for two groups, whose copies cannot drift apart.  A regex that
 * begins with a literal "@" writes it "\@".
 * All other keys are plain values (weight = 30, label = ..., hint = ...).
 * Groups keep the order in which they appear; files are read in name order.
 * A group header repeated in one file, or a key repeated within one group,
 * fails the load (keyfile.h): GKeyFile would merge or keep the last value.
 * rules/templates/NAME holds templates, loaded verbatim.
 *
 * A StRules is immutable after loading and shared by threads (GRegex is
 * safe to match concurrently).
 *
 * The prefilter (issue #9): at load, each pattern gets the literals one of
 * which any text it matches contains (literals.h), and one Aho-Corasick
 * automaton (acscan.h) over all of them.  A StScan of a text records which
 * literals occur in it, in one pass; a pattern whose literals do not occur
 * is not run.  The environment, read when rules are loaded, can turn it
 * off (ST_PREFILTER=0) or into a check (ST_PREFILTER_CHECK=1: a pattern the
 * prefilter would skip is run anyway, and one that matches aborts the
 * process with its key).  C code holds the mechanism only: a
 * maintainer changes what counts as a PoC by editing rules/, not C.
 */
#ifndef SECTRIAGE_RULES_H
#define SECTRIAGE_RULES_H

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

typedef struct StBranch StBranch;

/* A regex compiled as it is needed (#9).  Loading the rules compiles each
 * pattern for PCRE2's interpreter, which is what checks it; the JIT (about
 * four times that compile's cost) only once the regex has run
 * ST_REGEX_JIT_AFTER times or over ST_REGEX_JIT_BYTES of text, where the
 * interpreter's extra cost a byte has paid for it.  So loading, and a
 * one-message `sectriage analyze`, no longer JIT-compile some two thousand
 * regexes most of which never run, while a milter's patterns that do run,
 * and any that runs over a long text, are JIT-compiled.  A branch
 * (StBranch) is compiled on its first run.  The milter JIT-compiles those
 * that run on every message when it loads the rules (st_rules_jit). */
#define ST_REGEX_JIT_AFTER 8
#define ST_REGEX_JIT_BYTES (16 * 1024)

typedef struct StRegex {
	GRegex *plain;   /* for the interpreter; NULL until compiled (and
	                  * after st_rules_jit JIT-compiled it) */
	GRegex *fast;    /* what runs from now on: the JIT's, or PLAIN when
	                  * the JIT cannot take it; NULL until then */
	gint runs;
	gint bytes;      /* of text run over, up to ST_REGEX_JIT_BYTES */
	GRegexCompileFlags flags;  /* without G_REGEX_OPTIMIZE */
	gboolean broken; /* the source does not compile */
} StRegex;

/* The regex to run SOURCE (compiled as RX says) with over TEXT (NULL: a
 * short one) now, counted as one run; NULL when SOURCE does not compile.
 * Safe from any thread. */
GRegex *st_regex_get(StRegex *rx, const char *source, const char *text);

/* Some of the literals a pattern needs: those whose ids are WORD * 64 + b
 * for each bit b set in BITS (one word of a scan's bit set). */
typedef struct {
	guint64 bits;
	guint32 word;
} StLitWord;

typedef struct StPattern {
	char *key;       /* "match.fenced" */
	char *source;    /* the regex as written */
	StRegex rx;      /* st_pattern_regex: compiled (not JIT) at load */
	StLitWord *lits; /* prefilter: the ids of the literals one of which
	                  * must occur in a text for RX to match it
	                  * (literals.h), as bits of the scan's words */
	guint n_lit_words;
	guint n_lits;    /* how many literals; 0: no such condition, RX
	                  * always runs */
	guint32 *cond;   /* prefilter: the whole condition (literals.h's
	                  * st_literals_condition, compiled by rules.c) when
	                  * it says more than LITS, else NULL */
	guint n_cond;    /* its length in words */
	struct StBranch *branches; /* prefilter: the branches of a top-level
	                  * alternation as regexes of their own, each with its
	                  * condition (literals.h's st_literals_branches): a
	                  * match needs no captures runs only those whose
	                  * condition holds.  NULL: the pattern runs whole */
	guint n_branches;
	int weight;      /* st_pattern_weight, looked up once at load */
	gboolean line_safe; /* RX looks at nothing outside its match but
	                     * lookarounds that can neither match nor see a
	                     * line end (no \A \z \Z \G \K, verb or option
	                     * change): a match of it in a text that lies inside
	                     * one line is a match of that line alone */
} StPattern;

typedef struct StRuleGroup {
	char *name;          /* "class.sandbox_escape" */
	char *file;          /* base name of the file it came from */
	GPtrArray *patterns; /* StPattern*, in file order */
	GHashTable *values;  /* key -> value (char*), all non-match keys */
	gsize lines_once;    /* st_rule_group_lines_any, made on first use */
	struct StLinesAny *lines_any;
} StRuleGroup;

typedef struct StRules StRules;

/* Load every *.rules file and templates/ under DIR.  Any regex that does not
 * compile, or a file that is not a key file, fails the whole load (the old
 * snapshot is kept by the caller).  Returns NULL with ERROR set. */
StRules *st_rules_load(const char *dir, GError **error);
/* Load rules from one key-file text (for tests and the fuzzer).  Returns a
 * new reference (st_rules_unref), NULL with ERROR set. */
StRules *st_rules_load_data(const char *text, gssize len, GError **error);
/* Returns RULES with one more reference (for another snapshot). */
StRules *st_rules_ref(StRules *rules);
/* Drop a reference; the last frees the rules.  NULL is fine. */
void st_rules_unref(StRules *rules);

/* The word model of FIELD ("class": rules/class.model, "component":
 * rules/component.model; or the [wordmodel] groups of a text given to
 * st_rules_load_data, for the field its "field" key names, default
 * "class"; words.h), or NULL when there is none.  Owned by RULES. */
const struct StWordModel *st_rules_word_model(const StRules *rules, const char *field);

/* The group NAME, or NULL. */
const StRuleGroup *st_rules_group(const StRules *rules, const char *name);
/* Groups whose name starts with PREFIX, in order.  The array is owned by the
 * caller (g_ptr_array_unref), its elements by RULES. */
GPtrArray *st_rules_groups(const StRules *rules, const char *prefix);

/* Value of KEY in GROUP (NULL when absent); owned by RULES. */
const char *st_rule_get(const StRuleGroup *group, const char *key);
/* Value of KEY in GROUP as an integer; DEF when absent or not a number. */
gint64 st_rule_get_int(const StRuleGroup *group, const char *key, gint64 def);
/* Convenience: value of GROUP.KEY looked up by group name (NULL when the
 * group or key is absent); owned by RULES. */
const char *st_rules_get(const StRules *rules, const char *group, const char *key);
/* The same as an integer; DEF when absent or not a number. */
gint64 st_rules_get_int(const StRules *rules, const char *group, const char *key, gint64 def);

/* Run GROUP's patterns over TEXT.  Returns TRUE on the first that matches;
 * when EVIDENCE is non-NULL it receives the whole line around the match,
 * trimmed and cut to 200 bytes (g_free), and when KEY is non-NULL the
 * matching pattern's key (owned by RULES). */
gboolean st_rule_match(const StRuleGroup *group, const char *text,
		       char **evidence, const char **key);
/* Returns the weight of pattern P of GROUP: the value of "weight.NAME" for
 * the pattern "match.NAME" (or "match-cs.NAME"), else GROUP's "weight",
 * else 1 (looked up when the rules were loaded). */
int st_pattern_weight(const StRuleGroup *group, const StPattern *p);
/* Returns the number of distinct patterns of GROUP that match TEXT. */
guint st_rule_count(const StRuleGroup *group, const char *text);

/* The literals present in one text, for the prefilter. */
typedef struct StScan StScan;

/* Scan TEXT (LEN bytes, -1: up to its NUL) for the literals of RULES.  The
 * scan stands for TEXT and for any substring of it (a line, a window): it
 * must not be used for a text that was changed after (lowered, squeezed,
 * joined otherwise).  Returns a new scan (st_scan_free), or NULL when RULES
 * is NULL or the prefilter is off; a NULL scan runs every pattern. */
StScan *st_scan_new(const StRules *rules, const char *text, gssize len);
/* Scan TEXT into *SCAN as st_scan_new would, reusing *SCAN (NULL: a new
 * one; st_scan_free) and remembering nothing: for many short texts each
 * scanned once.  *SCAN becomes NULL where st_scan_new gives NULL. */
void st_scan_fill(const StRules *rules, StScan **scan, const char *text, gssize len);
/* Free SCAN.  NULL is fine. */
void st_scan_free(StScan *scan);
/* Forget the scans this thread remembers (st_scan_new keeps its last few,
 * with copies of their texts, to answer a scan of the same text again):
 * called at the end of each analysis. */
void st_scan_memo_clear(void);
/* Returns FALSE when pattern P (of the rules SCAN was made with) cannot
 * match the text of SCAN; TRUE when it may, or SCAN is NULL. */
gboolean st_scan_may_match(const StScan *scan, const StPattern *p);
/* The literals present in any of the N texts of SCANS (made with the same
 * rules): a pattern it says cannot match matches none of them, so a loop
 * of patterns over several texts asks it once before asking each text.
 * Returns a new scan (st_scan_free), or NULL when N is 0, a scan of SCANS
 * is NULL, or the scans are in check mode (each must be asked then). */
StScan *st_scan_union(const StScan *const *scans, guint n);

/* JIT-compile every pattern and branch that runs on every text it may
 * match, as the milter does when it loads RULES: a daemon runs them on
 * every message, and compiled at start they keep its memory from depending
 * on which messages came first and the triage from pausing for a compile.
 * A pattern with branches is run by its branches; its own regex runs only
 * where a branch matched (for the captures), keeps the interpreter's copy
 * and is JIT-compiled on demand: JIT code for all of them would be about
 * 14 MB of the milter's memory that a day's mail does not use.  Only
 * before RULES are shared with another thread (it frees the interpreter's
 * copies). */
void st_rules_jit(StRules *rules);

/* P's regex, to run once over TEXT (st_regex_get; never NULL: loading
 * compiled it). */
GRegex *st_pattern_regex(const StPattern *p, const char *text);

/* g_regex_match(st_pattern_regex(P, TEXT), TEXT, 0, MI), unless SCAN
 * (NULL: none) says P cannot match: then FALSE and *MI (when MI is non-NULL) is NULL.  TEXT is the
 * text of SCAN or a substring of it.  Whether P matches, its branches
 * whose condition SCAN holds tell (StPattern's branches); P itself runs
 * only for MI, and only when it matches.  In check mode a skipped
 * pattern that matches aborts (g_error) naming its key, and so do
 * branches that disagree with P.  *MI is the caller's to free
 * (g_match_info_unref, or g_autoptr). */
gboolean st_pattern_match(const StPattern *p, const StScan *scan, const char *text,
			  GMatchInfo **mi);
/* Does P match TEXT (SCAN as for st_pattern_match)?  *START: where its
 * first match starts (-1: none).  Cheaper than st_pattern_match with a
 * GMatchInfo: only the branches of P whose condition SCAN holds run. */
gboolean st_pattern_first(const StPattern *p, const StScan *scan, const char *text,
			  gint *start);
/* The patterns of GROUP that always run over a text (line safe, anchored
 * at a line start, no literal for the prefilter, no back reference) joined
 * into one alternation, a pattern that matches a line when one of them
 * does: a text's lines typed by GROUP take one run of it instead of one run
 * each (extract_lines.c).  *MEMBER (when non-NULL) gets one flag per
 * pattern of GROUP: 1 for those it stands for.  NULL when fewer than two
 * patterns qualify.  Made on first use, once (any thread). */
const StPattern *st_rule_group_lines_any(const StRuleGroup *group, const guint8 **member);
/* The rule profile (scan.c; only a build with -DST_RULE_PROFILE keeps
 * one, build/bench/bench_analyze-profile): every pattern that ran since the last
 * reset, costliest first, the TOP first lines, with the share of the
 * regex time, runs, matches, time and bytes, and the pattern's group and
 * key.  FALSE (and nothing printed) in a build without it. */
void st_rule_profile_reset(void);
gboolean st_rule_profile_dump(const StRules *rules, FILE *out, guint top);
/* Is SCAN in check mode (ST_PREFILTER_CHECK=1)?  FALSE for NULL. */
gboolean st_scan_checking(const StScan *scan);
/* st_rule_match with a scan of TEXT (NULL: none). */
gboolean st_rule_match_in(const StRuleGroup *group, const StScan *scan, const char *text,
			  char **evidence, const char **key);
/* st_rule_count with a scan of TEXT (NULL: none). */
guint st_rule_count_in(const StRuleGroup *group, const StScan *scan, const char *text);
/* st_rule_count_in, but counting stops at MAX (<= 0: no limit): whether
 * the count reaches MAX, or the count below it, for less work. */
guint st_rule_count_upto(const StRuleGroup *group, const StScan *scan, const char *text,
			 gint64 max);
/* Sets *N_PATTERNS to the number of patterns of RULES, *N_LITERAL to those
 * with a prefilter condition and *N_LITERALS to the distinct literals. */
void st_rules_prefilter_stats(const StRules *rules, guint *n_patterns, guint *n_literal,
			      guint *n_literals);

/* Template rules/templates/NAME (NULL when absent); owned by RULES. */
const char *st_rules_template(const StRules *rules, const char *name);

/* Returns the number of groups (for rule checks and -n). */
guint st_rules_n_groups(const StRules *rules);

/* The line of TEXT containing byte offset POS, trimmed, made printable and
 * cut to MAX bytes (st_printable).  Never NULL; g_free. */
char *st_line_at(const char *text, gsize pos, gsize max);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(StRules, st_rules_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(StScan, st_scan_free)

G_END_DECLS
#endif
