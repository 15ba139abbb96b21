/*
 * dictation.c — spoken punctuation written back (see dictation.h).
 *
 * Functions: st_dictation_punctuate().
 *
 * Two GRegex passes: one counts the sentence ends "period" makes (the
 * gate), one replaces each spoken mark through a callback.  Nothing is
 * copied for a text the gate turns away, most texts: the word "period"
 * alone is looked for first.
 */
#include <string.h>

#include "sectriage/dictation.h"

/* "period" said where a sentence ends: after a word, before the line's
 * end or a new sentence ("... revoked them period I found"). */
#define END_RE "(?<=[\\p{L}\\p{N}])[ \\t]+(?:period|full[ \\t]+stop)(?=[ \\t]*(?:\\n|$)|[ \\t]+(?:\\p{Lu}|I\\b))"

/* A spoken mark after a word or a number: "revoked them period", "the
 * dashboard comma the sharing tab", a step's "1 period I created". */
#define MARK_RE "(?<=[\\p{L}\\p{N}])[ \\t]+(period|full[ \\t]+stop|comma|colon|question[ \\t]+mark|" \
	"exclamation[ \\t]+(?:point|mark))\\b"

/* The punctuation the mark of MI stands for, onto RES. */
static gboolean
mark_out(const GMatchInfo *mi, GString *res, gpointer data)
{
	g_autofree char *mark = g_match_info_fetch(mi, 1);

	switch (g_ascii_tolower(mark[0])) {
	case 'p': case 'f': g_string_append_c(res, '.'); break;
	case 'c': g_string_append_c(res, g_ascii_tolower(mark[2]) == 'm' ? ',' : ':'); break;
	case 'q': g_string_append_c(res, '?'); break;
	default: g_string_append_c(res, '!'); break;
	}
	return FALSE;
}

gboolean
st_dictation_punctuate(const char *s, gsize len, GString **out)
{
	static GRegex *end_re, *mark_re;
	static gsize once;

	if (len == 0 || (g_strstr_len(s, (gssize)len, "period") == NULL &&
			 g_strstr_len(s, (gssize)len, "full stop") == NULL))
		return FALSE;
	if (g_once_init_enter(&once)) {
		end_re = g_regex_new(END_RE, G_REGEX_MULTILINE | G_REGEX_OPTIMIZE, 0, NULL);
		mark_re = g_regex_new(MARK_RE, G_REGEX_MULTILINE | G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&once, 1);
	}
	if (end_re == NULL || mark_re == NULL)
		return FALSE;
	g_autoptr(GMatchInfo) mi = NULL;
	guint ends = 0;
	for (g_regex_match_full(end_re, s, (gssize)len, 0, 0, &mi, NULL);
	     g_match_info_matches(mi) && ends < DICTATION_MIN_ENDS; g_match_info_next(mi, NULL))
		ends++;
	if (ends < DICTATION_MIN_ENDS)
		return FALSE;
	char *res = g_regex_replace_eval(mark_re, s, (gssize)len, 0, 0, mark_out, NULL, NULL);
	if (res == NULL)
		return FALSE;
	*out = g_string_new(res);
	g_free(res);
	return TRUE;
}
