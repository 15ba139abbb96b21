/*
 * extract_credit_text.c — how the credit readings walk a text
 * (extract_int.h): its sentences one after another, the earliest match of
 * a group in one, the dash set off by spaces that ends a clause, and the
 * window of text after a request where its name and link are.
 * Split from extract_credit_name.c (#3).
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* Where the sentence starting at P ends: after ". ", "!", "?" (followed by
 * white space or the end) or at a blank line; the end of the text at the
 * latest. */
static const char *
sentence_end(const char *p)
{
	for (; *p; p++) {
		if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == '\0' || g_ascii_isspace(p[1])))
			return p + 1;
		if (*p == '\n' && p[1] == '\n')
			return p;
	}
	return p;
}

/* The next sentence of text from P that is not empty: [*S, *E) (leading
 * space skipped), and where the one after it starts (*NEXT).  FALSE at the
 * text's end. */
gboolean
st_xc_next_sentence(const char *p, const char **s, const char **e, const char **next)
{
	while (*p) {
		while (*p && g_ascii_isspace(*p))
			p++;
		const char *end = sentence_end(p);
		const char *after = *end ? end + 1 : end;
		if (end > p) {
			*s = p;
			*e = end;
			*next = after;
			return TRUE;
		}
		p = after;
	}
	return FALSE;
}

/* The earliest match of any pattern of GROUP in S: TRUE and *START, *END.
 * SCAN (NULL: none) is the literal scan of a text S is part of: a pattern
 * none of whose literals occur there is not run (#9: this runs on every
 * sentence). */
gboolean
st_xc_earliest(const StRuleGroup *group, const StScan *scan, const char *s, gint *start, gint *end)
{
	gboolean found = FALSE;

	for (guint i = 0; group != NULL && i < group->patterns->len; i++) {
		StPattern *p = g_ptr_array_index(group->patterns, i);
		g_autoptr(GMatchInfo) mi = NULL;
		gint ms, me;
		if (st_pattern_match(p, scan, s, &mi) && g_match_info_fetch_pos(mi, 0, &ms, &me) &&
		    (!found || ms < *start)) {
			*start = ms;
			*end = me;
			found = TRUE;
		}
	}
	return found;
}

/* The length of a dash set off by spaces at P (" - ", " \u2013 ",
 * " \u2014 "), the end of a clause; 0 when there is none. */
gsize
st_xc_clause_dash(const char *p)
{
	static const char *const dashes[] = { "-", "\u2013", "\u2014" };
	if (*p != ' ')
		return 0;
	for (gsize i = 0; i < G_N_ELEMENTS(dashes); i++) {
		gsize n = strlen(dashes[i]);
		if (strncmp(p + 1, dashes[i], n) == 0 && p[1 + n] == ' ')
			return n + 2;
	}
	return 0;
}

/* At most WINDOW bytes of AFTER, cut at a character's start, but not
 * inside a word: a link that starts in the window is taken whole (in
 * Devanagari a character is three bytes, so 200 bytes after "Advisory में
 * कृपया "Rohit Verma" और" end inside the URL; 3614).  g_free(). */
char *
st_xc_text_window(const char *after, gint64 window)
{
	gsize n = strnlen(after, (gsize)window);
	while (n > 0 && ((guchar)after[n] & 0xC0) == 0x80)
		n--;
	/* (a URL is at most a few hundred bytes: a longer run is no link) */
	if (n > 0 && after[n] != '\0' && !g_ascii_isspace(after[n - 1])) {
		gsize word = 0;
		while (word <= 1024 && after[n + word] != '\0' && !g_ascii_isspace(after[n + word]))
			word++;
		if (word <= 1024)
			n += word;
	}
	return g_strndup(after, n);
}

/* Does the text from SEG to END end open, with a colon or the word "as"
 * (white space after it aside): the name is yet to come ("... to be named
 * in the advisory, as\n\n   NAME, NAME and NAME (Lab)\n   URL", 4128)? */
static gboolean
ends_open(const char *seg, const char *end)
{
	static const char *const as[] = { "as", "als", "como", "comme", "come", "jako" };

	while (end > seg && g_ascii_isspace(end[-1]))
		end--;
	if ((end > seg && end[-1] == ':') || (end - seg >= 3 && memcmp(end - 3, "\xef\xbc\x9a", 3) == 0))  /* U+FF1A */
		return TRUE;
	const char *w = end;
	while (w > seg && g_ascii_isalpha(w[-1]))
		w--;
	if (w == end || (w > seg && !g_ascii_isspace(w[-1])))
		return FALSE;
	for (gsize i = 0; i < G_N_ELEMENTS(as); i++)
		if ((gsize)(end - w) == strlen(as[i]) && g_ascii_strncasecmp(w, as[i], end - w) == 0)
			return TRUE;
	return FALSE;
}

/* What follows a request at AFTER, where its name and link are: at most
 * WINDOW bytes (whole characters), up to a blank line, but for one right
 * after the colon or the "as" that ends the request: the name is then the
 * paragraph below ("Please add me to your Hall of Fame:\n\nNAME - URL",
 * 3939).
 * g_free(). */
char *
st_xc_request_rest(const char *after, gint64 window)
{
	char *seg = st_xc_text_window(after, window);
	/* a paragraph ends the request */
	char *para = strstr(seg, "\n\n");
	if (para != NULL && ends_open(seg, para)) {
		char *next = para + strspn(para, " \t\n");
		memmove(para + 1, next, strlen(next) + 1);  /* one line end kept */
		para = strstr(para + 1, "\n\n");
	}
	if (para)
		*para = '\0';
	return seg;
}
