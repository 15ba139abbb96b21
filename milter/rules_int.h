/*
 * rules_int.h — what rules.c (loading, compiling the prefilter) and scan.c
 * (running it) share about a rules snapshot; not for other files.
 */
#ifndef ST_RULES_INT_H
#define ST_RULES_INT_H

#include "sectriage/acscan.h"
#include "sectriage/rules.h"

G_BEGIN_DECLS

struct StRules {
	gint refcount;
	GPtrArray *groups;     /* StRuleGroup*, in load order */
	GHashTable *by_name;   /* name -> StRuleGroup* (first one wins) */
	GHashTable *templates; /* name -> text */
	GHashTable *by_prefix; /* "class." -> GPtrArray of the groups whose name
	                        * starts so, in order (every prefix that ends
	                        * in a dot): st_rules_groups without a walk
	                        * over every group, per message (#9) */
	GHashTable *models;    /* "class" -> StWordModel of class.model, one per
	                        * DIR/NAME.model (words.h) */
	StAc *ac;              /* the literals of every pattern (prefilter) */
	gboolean prefilter;    /* ST_PREFILTER is not "0" */
	gboolean check;        /* ST_PREFILTER_CHECK is "1" */
	guint n_patterns, n_literal;
	guint64 serial;        /* unique per load: the scan memo's key */
};

struct StScan {
	gboolean check;
	gsize n_words;
	guint64 bits[];        /* one bit per literal id */
};

/* One branch of a pattern's top-level alternation, a regex of its own
 * (StPattern's branches). */
struct StBranch {
	char *source;
	StRegex rx;     /* compiled on its first run */
	guint32 *cond;  /* its condition (see COND_AND), NULL: none */
};

typedef struct StLinesAny StLinesAny;
struct StLinesAny {
	StPattern *pattern;  /* NULL: fewer than two patterns qualify */
	guint8 *member;      /* per pattern of the group */
};

/* StPattern's cond: a node is a word of its kind and its number of
 * children, then its length in words, then the children; a literal is its
 * id alone. */
#define COND_AND (1u << 30)
#define COND_OR (2u << 30)
#define COND_KIND(w) ((w) & (3u << 30))
#define COND_ARG(w) ((w) & ~(3u << 30))

G_END_DECLS

#endif
