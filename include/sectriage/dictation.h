/*
 * dictation.h — a dictated text's spoken punctuation written back as
 * punctuation (module dictation.c).
 *
 * A phone's voice typing writes what it does not take for punctuation as
 * words: "I found that share links keep working period", "What I did
 * colon", "1 period I created a sandbox comma then ...".  Read as it is,
 * such a text has no sentences, its numbered steps no numbers and its
 * heading no colon, so a reproduction written in steps is not seen.
 *
 * st_dictation_punctuate() writes "period" (or "full stop") back as ".",
 * "comma" as ",", "colon" as ":", "question mark" as "?" and "exclamation
 * point" (or "mark") as "!", each a whole word after a word or a number,
 * and a step's "1 period" at a line's start as "1.".  Only in a text that
 * was dictated so: "period" ends a sentence there at least
 * DICTATION_MIN_ENDS times (at a line's end, or before a capital or "I"),
 * which prose that names a grace period or a retention period does not.
 * A release said with a dot as "point" ("Version is 0.12 point 2", "0
 * point 12 point 3") is written back in any text: prose does not write a
 * number so.
 */
#ifndef SECTRIAGE_DICTATION_H
#define SECTRIAGE_DICTATION_H

#include <glib.h>

G_BEGIN_DECLS

#define DICTATION_MIN_ENDS 3

/* S (LEN bytes of UTF-8 text) with its spoken punctuation and releases
 * written back, in *OUT (created here); FALSE (*OUT untouched) when it
 * has none. */
gboolean st_dictation_punctuate(const char *s, gsize len, GString **out);

G_END_DECLS
#endif
