/*
 * acscan.h — one pass over a text for many literals (Aho-Corasick).
 *
 * Built once from a list of literals (literals.h: ASCII letters lower
 * case, other bytes as they are) and safe to use from several threads at
 * once: what a scan adds to the automaton (the transitions it is the
 * first to take) is the same whichever thread adds it.  A scan reads the text lowered for ASCII, with
 * U+212A KELVIN SIGN read as 'k' and U+017F LATIN SMALL LETTER LONG S as
 * 's' (what PCRE2's caseless matching folds to ASCII), and a Latin,
 * Greek or Cyrillic character as its caseless key (st_literals_fold_char);
 * every other byte of 0x80 or more matches only itself.  The literal
 * "\x80" alone stands for "the text has a byte of 0x80 or more".
 */
#ifndef SECTRIAGE_ACSCAN_H
#define SECTRIAGE_ACSCAN_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct StAc StAc;

/* An automaton for the N literals LITS (as above, non-empty; literal
 * I gets id I).  Returns a new automaton (st_ac_free). */
StAc *st_ac_new(const char *const *lits, guint n);
/* Free AC.  NULL is fine. */
void st_ac_free(StAc *ac);
/* Returns the number of literals of AC. */
guint st_ac_n_literals(const StAc *ac);
/* Returns the number of 64-bit words a bitset of AC's literal ids needs. */
gsize st_ac_n_words(const StAc *ac);
/* Set in BITS (st_ac_n_words words, owned by the caller) the bit of every
 * literal that occurs in the LEN bytes of TEXT (-1: up to its NUL). */
void st_ac_scan(const StAc *ac, const char *text, gssize len, guint64 *bits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(StAc, st_ac_free)

G_END_DECLS
#endif
