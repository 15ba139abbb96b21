/*
 * dictation.c — spoken punctuation written back (see dictation.h).
 *
 * Functions: st_dictation_punctuate().
 *
 * GRegex passes, each only after a plain search for its word: a release
 * said with "point" is replaced in any text; the sentence ends "period"
 * makes are counted (the gate), and only past the gate each spoken mark
 * is replaced.  Replacements are written by callbacks that count them.
 * Nothing is copied for a text with none of the words, most texts.
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

/* The punctuation the mark of MI stands for, onto RES; counted in
 * *DATA (a guint). */
static gboolean
mark_out(const GMatchInfo *mi, GString *res, gpointer data)
{
	g_autofree char *mark = g_match_info_fetch(mi, 1);

	(*(guint *)data)++;
	switch (g_ascii_tolower(mark[0])) {
	case 'p': case 'f': g_string_append_c(res, '.'); break;
	case 'c': g_string_append_c(res, g_ascii_tolower(mark[2]) == 'm' ? ',' : ':'); break;
	case 'q': g_string_append_c(res, '?'); break;
	default: g_string_append_c(res, '!'); break;
	}
	return FALSE;
}

/* A release said with a dot as "point" ("0.12 point 2", "0 point 12
 * point 2"): in any text, since prose does not write a number so. */
#define POINT_RE "(?<![\\w.])(\\d{1,3})(?:[ \\t]+point[ \\t]+(\\d{1,3})(?:\\.|[ \\t]+point[ \\t]+)|" \
	"\\.(\\d{1,3})[ \\t]+point[ \\t]+)(\\d{1,3})(?![\\w.]*\\d)"

/* The release of MI (POINT_RE) with its dots, onto RES; counted in
 * *DATA (a guint). */
static gboolean
point_out(const GMatchInfo *mi, GString *res, gpointer data)
{
	(*(guint *)data)++;
	for (gint i = 1; i <= 4; i++) {
		g_autofree char *n = g_match_info_fetch(mi, i);
		if (n == NULL || *n == '\0')
			continue;
		if (i > 1)
			g_string_append_c(res, '.');
		g_string_append(res, n);
	}
	return FALSE;
}

/* S (LEN bytes) with RE's matches replaced by what EVAL writes (and
 * counts), into *OUT, replacing what *OUT held (S may lie in it): FALSE,
 * *OUT untouched, when RE matches nothing. */
static gboolean
replaced(const GRegex *re, const char *s, gsize len, GRegexEvalCallback eval, GString **out)
{
	guint n = 0;

	if (re == NULL)
		return FALSE;
	g_autofree char *res = g_regex_replace_eval(re, s, (gssize)len, 0, 0, eval, &n, NULL);
	if (res == NULL || n == 0)
		return FALSE;
	if (*out != NULL)
		g_string_free(*out, TRUE);
	*out = g_string_new(res);
	return TRUE;
}

/* Does S (LEN bytes), where END_RE is END, have "period" end a sentence
 * DICTATION_MIN_ENDS times? */
static gboolean
dictated(const GRegex *end, const char *s, gsize len)
{
	g_autoptr(GMatchInfo) mi = NULL;
	guint ends = 0;

	if (end == NULL || (g_strstr_len(s, (gssize)len, "period") == NULL &&
			    g_strstr_len(s, (gssize)len, "full stop") == NULL))
		return FALSE;
	for (g_regex_match_full(end, s, (gssize)len, 0, 0, &mi, NULL);
	     g_match_info_matches(mi) && ends < DICTATION_MIN_ENDS; g_match_info_next(mi, NULL))
		ends++;
	return ends >= DICTATION_MIN_ENDS;
}

gboolean
st_dictation_punctuate(const char *s, gsize len, GString **out)
{
	static GRegex *end_re, *mark_re, *point_re;
	static gsize once;
	GString *res = NULL;

	if (len == 0)
		return FALSE;
	if (g_once_init_enter(&once)) {
		end_re = g_regex_new(END_RE, G_REGEX_MULTILINE | G_REGEX_OPTIMIZE, 0, NULL);
		mark_re = g_regex_new(MARK_RE, G_REGEX_MULTILINE | G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
		point_re = g_regex_new(POINT_RE, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&once, 1);
	}
	if (g_strstr_len(s, (gssize)len, " point ") != NULL &&
	    replaced(point_re, s, len, point_out, &res)) {
		s = res->str;
		len = res->len;
	}
	if (dictated(end_re, s, len))
		replaced(mark_re, s, len, mark_out, &res);
	if (res == NULL)
		return FALSE;
	*out = res;
	return TRUE;
}
