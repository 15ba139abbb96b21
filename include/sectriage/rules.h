/*
 * rules.h — rules/ as data: patterns, weights, classes, templates.
 *
 * Every file rules/NAME.rules is a GKeyFile.  A group is a named rule
 * ([version.msb], [class.sandbox_escape], ...).  Keys named "match" or
 * "match.ANYTHING" hold one regular expression each (PCRE via GRegex,
 * compiled caseless + multiline; "match-cs" keys are case-sensitive).
 * All other keys are plain values (weight = 30, label = ..., hint = ...).
 * Groups keep the order in which they appear; files are read in name order.
 * rules/templates/NAME holds templates, loaded verbatim.
 *
 * A StRules is immutable after loading and shared by threads (GRegex is
 * safe to match concurrently).  C code holds the mechanism only: a
 * maintainer changes what counts as a PoC by editing rules/, not C.
 */
#ifndef SECTRIAGE_RULES_H
#define SECTRIAGE_RULES_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct StPattern {
	char *key;       /* "match.fenced" */
	char *source;    /* the regex as written */
	GRegex *re;
} StPattern;

typedef struct StRuleGroup {
	char *name;          /* "class.sandbox_escape" */
	char *file;          /* base name of the file it came from */
	GPtrArray *patterns; /* StPattern*, in file order */
	GHashTable *values;  /* key -> value (char*), all non-match keys */
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
 * else 1. */
int st_pattern_weight(const StRuleGroup *group, const StPattern *p);
/* Returns the number of distinct patterns of GROUP that match TEXT. */
guint st_rule_count(const StRuleGroup *group, const char *text);

/* Template rules/templates/NAME (NULL when absent); owned by RULES. */
const char *st_rules_template(const StRules *rules, const char *name);

/* Returns the number of groups (for rule checks and -n). */
guint st_rules_n_groups(const StRules *rules);

/* The line of TEXT containing byte offset POS, trimmed, made printable and
 * cut to MAX bytes (st_printable).  Never NULL; g_free. */
char *st_line_at(const char *text, gsize pos, gsize max);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(StRules, st_rules_unref)

G_END_DECLS
#endif
