/*
 * literals.h — the required literals of a regular expression (issue #9).
 *
 * From the source of a PCRE pattern, a conservative condition for the
 * pattern to be able to match: a set of strings, one of which occurs in
 * any text the pattern matches.  Their ASCII letters are lower case and
 * are compared with the text lowered for ASCII, with U+212A KELVIN SIGN
 * read as 'k' and U+017F LATIN SMALL LETTER LONG S as 's' (the two
 * characters PCRE2's caseless matching folds to ASCII letters).  Whether
 * the pattern is caseless does not matter: the lowered text contains the
 * lowered match.
 *
 * A literal may hold non-ASCII characters too, as the UTF-8 of what
 * st_literals_fold_char gives for them: a character that matches only
 * itself, caseless or not (the scripts without case, such as Han, kana,
 * Hangul, Arabic, Devanagari: "沙箱逃逸" is a literal of its own), or, for
 * a Latin, Greek or Cyrillic one, the key its caseless class shares ("ё"
 * for "Ё" and "ё"), which the scan reads in the text's place (acscan.h).
 *
 * Any other non-ASCII character gives one more condition:
 * ST_LITERALS_HIGH ("\x80") means "the text has a byte of 0x80 or more".
 * A branch that requires one (written as itself, other than U+212A and
 * U+017F) gets it: in PCRE2 only those two fold to ASCII, so such a
 * branch cannot match a text that is all ASCII ("(выход|побег) из
 * песочниц" beside English phrases).
 *
 * The parse is conservative: a construct it does not understand, (?x)
 * extended mode, or no factor whose literals are all at least
 * ST_LITERALS_MIN bytes long gives no condition (the pattern always runs).
 * Lookarounds contribute nothing; an optional atom contributes nothing; an
 * alternation contributes the union of its branches' best factors (nothing
 * if one branch has none).  Of the factors a pattern requires, the one whose
 * shortest literal is longest is chosen.
 */
#ifndef SECTRIAGE_LITERALS_H
#define SECTRIAGE_LITERALS_H

#include <glib.h>

G_BEGIN_DECLS

/* Shortest literal worth a condition (shorter ones occur in any text). */
#define ST_LITERALS_MIN 3
/* Longest literal kept: a longer one is cut (a prefix is required too). */
#define ST_LITERALS_MAX 32
/* ... and for a literal with non-ASCII characters, cut where one starts:
 * four Han characters or six Cyrillic letters tell as much, and the
 * automaton's table of such literals is 7 MB instead of 8.5 (#9). */
#define ST_LITERALS_MAX_HIGH 12

/* The pseudo-literal for "a non-ASCII byte occurs" (see above). */
#define ST_LITERALS_HIGH "\x80"

/* Whether the non-ASCII character C matches only itself in PCRE2, caseless
 * or not (see above). */
gboolean st_literals_exact_char(gunichar c);

/* Characters below this may be read as their caseless key. */
#define ST_FOLD_LIMIT 0x2200

/* What the non-ASCII character C stands for in a literal and in a scanned
 * text: C itself when it matches only itself, the key of its caseless
 * class for a Latin, Greek or Cyrillic character below ST_FOLD_LIMIT whose
 * class is all below it, or 0 when C may not be in a literal (one that
 * folds to ASCII, any other).  Two characters PCRE2 matches caseless
 * have the same key (test_prefilter proves it over all of Unicode). */
gunichar st_literals_fold_char(gunichar c);

/* The required literals of the pattern SOURCE (see above), each lower case,
 * ST_LITERALS_MIN to ST_LITERALS_MAX (or ST_LITERALS_MAX_HIGH) bytes, or
 * ST_LITERALS_HIGH,
 * without duplicates.
 * Returns a new array of new strings (g_ptr_array_unref frees both), or
 * NULL when the pattern gets no condition. */
GPtrArray *st_literals_required(const char *source);

/* The whole condition of the pattern SOURCE: not one factor of each
 * sequence (as st_literals_required) but all of them, and the branches of
 * an alternation each with its own.  "(different|other) users'? (vm|sandbox)"
 * needs "different" or "other", and "users", and " vm" or " sandbox".
 * Each literal is as st_literals_required's; a factor with a literal
 * shorter than ST_LITERALS_MIN is no condition, and a branch with none
 * makes its alternation none.  Implies st_literals_required's condition. */
typedef enum {
	ST_LIT_COND_LIT,  /* LIT occurs */
	ST_LIT_COND_AND,  /* every one of KIDS holds */
	ST_LIT_COND_OR,   /* one of KIDS holds */
} StLitCondKind;

typedef struct StLitCond {
	StLitCondKind kind;
	char *lit;        /* ST_LIT_COND_LIT */
	GPtrArray *kids;  /* StLitCond*, owned; two or more */
} StLitCond;

/* Returns a new tree (st_lit_cond_free), or NULL when the pattern gets no
 * condition. */
StLitCond *st_literals_condition(const char *source);
void st_lit_cond_free(StLitCond *c);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(StLitCond, st_lit_cond_free)

/* The branches of the top-level alternation of SOURCE ("a|b(c|d)|e": "a",
 * "b(c|d)", "e"), when each is a pattern of its own: the pattern matches
 * where one of them does, first the leftmost, then the first branch.
 * NULL when there is no top-level '|', when the parse above fails, or when
 * a back reference, a subroutine call or an inline option ties the
 * branches together.  Returns a new array of new strings
 * (g_ptr_array_unref frees both). */
GPtrArray *st_literals_branches(const char *source);

/* All three of the above from one reading of SOURCE, and each branch's
 * condition (as st_literals_condition of the branch alone would give it):
 * what loading the rules asks of every pattern (#9).  Each member as its
 * function returns it (NULL: none); BRANCH_CONDS holds one StLitCond* or
 * NULL per member of BRANCHES, and is NULL when BRANCHES is.  FALSE (every
 * member NULL) when the pattern gets no condition at all. */
typedef struct StLitReading {
	GPtrArray *required;
	StLitCond *cond;
	GPtrArray *branches;
	GPtrArray *branch_conds;
} StLitReading;

gboolean st_literals_read(const char *source, StLitReading *r);
void st_lit_reading_clear(StLitReading *r);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(StLitReading, st_lit_reading_clear)

G_END_DECLS
#endif
