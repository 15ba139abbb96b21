/*
 * literals.h — the required literals of a regular expression (issue #9).
 *
 * From the source of a PCRE pattern, a conservative condition for the
 * pattern to be able to match: a set of ASCII strings, lower case, at least
 * one of which occurs in any text the pattern matches (compared after the
 * text is lower-cased for ASCII, with U+212A KELVIN SIGN read as 'k' and
 * U+017F LATIN SMALL LETTER LONG S as 's', the two characters PCRE2's
 * caseless matching folds to ASCII letters).  Whether the pattern is
 * caseless does not matter: the lowered text contains the lowered match.
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

/* The required literals of the pattern SOURCE (see above), each lower case,
 * ASCII, ST_LITERALS_MIN to ST_LITERALS_MAX bytes, without duplicates.
 * Returns a new array of new strings (g_ptr_array_unref frees both), or
 * NULL when the pattern gets no condition. */
GPtrArray *st_literals_required(const char *source);

G_END_DECLS
#endif
