/*
 * extract_match.c — the rule-matching helpers of the extract*.c files
 * (extract_int.h): first acceptable match of a rule group with a reject
 * group's veto, named captures, evidence lines, text preparation.
 *
 * Matching is bounded: every pattern runs over the text once (matches are
 * iterated left to right), and a reject check looks at a window of at most
 * the group's "window" bytes (its "match.token.*" keys at the non-blank run
 * around the candidate, at most MAX_TOKEN bytes either side).
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* Candidates of one pattern looked at before it is given up (a real report
 * never mentions a host in a negative test hundreds of times). */
#define ST_X_MAX_CANDIDATES 64

/* Bytes a reject group's "match.token.*" looks at either side of a
 * candidate: longer than any host name, e-mail address or sane URL. */
#define MAX_TOKEN 2048

void
st_x_hit_clear(StXHit *hit)
{
	if (hit->mi)
		g_match_info_unref(hit->mi);
	memset(hit, 0, sizeof(*hit));
}

gboolean
st_x_any(const StRuleGroup *group, const char *s)
{
	return st_x_any_in(group, NULL, s);
}

gboolean
st_x_any_in(const StRuleGroup *group, const StScan *scan, const char *s)
{
	if (group == NULL || s == NULL)
		return FALSE;
	for (guint i = 0; i < group->patterns->len; i++) {
		StPattern *p = g_ptr_array_index(group->patterns, i);
		if (st_pattern_match(p, scan, s, NULL))
			return TRUE;
	}
	return FALSE;
}

char *
st_x_squash(char *s)
{
	char *w = s;
	gboolean space = FALSE;

	if (s == NULL)
		return NULL;
	for (const char *r = s; *r; r++) {
		if (g_ascii_isspace(*r)) {
			space = TRUE;
			continue;
		}
		if (space && w != s)
			*w++ = ' ';
		space = FALSE;
		*w++ = *r;
	}
	*w = '\0';
	return s;
}

char *
st_x_named(const StXHit *hit, const char *name)
{
	gint s = -1, e = -1;

	if (hit == NULL || hit->mi == NULL)
		return NULL;
	if (!g_match_info_fetch_named_pos(hit->mi, name, &s, &e) || s < 0 || e <= s)
		return NULL;
	char *v = st_x_squash(g_strndup(hit->text + s, e - s));
	if (*v == '\0') {
		g_free(v);
		return NULL;
	}
	return v;
}

char *
st_x_evidence(const char *text, gint pos)
{
	while (text[pos] && g_ascii_isspace(text[pos]))
		pos++;
	return st_line_at(text, pos, 200);
}

/* Is there a sentence end at P (". ", "!", "?", blank line)? */
static gboolean
sentence_end_at(const char *p, const char *limit)
{
	if ((*p == '.' || *p == '!' || *p == '?') && p + 1 < limit &&
	    (p[1] == ' ' || p[1] == '\n'))
		return TRUE;
	return *p == '\n' && p + 1 < limit && p[1] == '\n';
}

gboolean
st_x_rejected(const StRuleGroup *reject, const char *text, gint start, gint end)
{
	return st_x_rejected_in(reject, NULL, text, start, end);
}

/* The run of non-blank characters of TEXT (TLEN bytes) that holds
 * [START, END): the word, URL or address a candidate stands in, at most
 * MAX_TOKEN bytes either side (cut back to a character boundary).
 * g_free(). */
static char *
token_around(const char *text, gsize tlen, gint start, gint end)
{
	gint b = start, a = end;

	while (b > 0 && start - b < MAX_TOKEN && !g_ascii_isspace(text[b - 1]))
		b--;
	while (b < start && ((guchar)text[b] & 0xC0) == 0x80)
		b++;
	while ((gsize)a < tlen && a - end < MAX_TOKEN && !g_ascii_isspace(text[a]))
		a++;
	while (a > end && (gsize)a < tlen && ((guchar)text[a] & 0xC0) == 0x80)
		a--;
	return g_strndup(text + b, a - b);
}

gboolean
st_x_rejected_in(const StRuleGroup *reject, const StScan *scan, const char *text,
		 gint start, gint end)
{
	if (reject == NULL)
		return FALSE;
	gint64 window = st_rule_get_int(reject, "window", 80);
	const char *sv = st_rule_get(reject, "sentence");
	gboolean sentence = sv && (g_ascii_strcasecmp(sv, "true") == 0 || strcmp(sv, "1") == 0);
	gsize tlen = strlen(text);

	/* before: [b, start) */
	gint b = start - (gint)window;
	if (b < 0)
		b = 0;
	while (b < start && ((guchar)text[b] & 0xC0) == 0x80)
		b++;
	if (sentence)
		for (gint i = start - 1; i > b; i--)
			if (sentence_end_at(text + i, text + start)) {
				b = i + 1;
				break;
			}
	/* after: [end, a) */
	gint a = end + (gint)window;
	if ((gsize)a > tlen)
		a = (gint)tlen;
	while (a > end && ((guchar)text[a] & 0xC0) == 0x80)
		a--;
	if (sentence)   /* the sentence's own ending is part of it: "...?" asks */
		for (gint i = end; i < a; i++)
			if (sentence_end_at(text + i, text + a)) {
				a = text[i] == '\n' ? i : i + 1;
				break;
			}
	g_autofree char *before = g_strndup(text + b, start - b);
	g_autofree char *after = g_strndup(text + end, a - end);
	g_autofree char *self = g_strndup(text + start, end - start);
	g_autofree char *token = NULL;

	for (guint i = 0; i < reject->patterns->len; i++) {
		StPattern *p = g_ptr_array_index(reject->patterns, i);
		const char *on = before;
		if (strstr(p->key, ".after") != NULL)
			on = after;
		else if (strstr(p->key, ".self") != NULL)
			on = self;   /* the candidate itself: a date is no version */
		else if (strstr(p->key, ".token") != NULL)
			on = token ? token : (token = token_around(text, tlen, start, end));
		if (st_pattern_match(p, scan, on, NULL))
			return TRUE;
	}
	return FALSE;
}

gboolean
st_x_find(const StRuleGroup *group, const StRuleGroup *reject, const char *text,
	  const char *capture, StXHit *hit)
{
	return st_x_find_in(group, reject, NULL, text, capture, hit);
}

gboolean
st_x_find_in(const StRuleGroup *group, const StRuleGroup *reject, const StScan *scan,
	     const char *text, const char *capture, StXHit *hit)
{
	return st_x_find_if(group, reject, scan, text, capture, NULL, NULL, hit);
}

gboolean
st_x_find_if(const StRuleGroup *group, const StRuleGroup *reject, const StScan *scan,
	     const char *text, const char *capture, StXAccept accept, gpointer data,
	     StXHit *hit)
{
	memset(hit, 0, sizeof(*hit));
	if (group == NULL || text == NULL)
		return FALSE;
	for (guint i = 0; i < group->patterns->len; i++) {
		StPattern *p = g_ptr_array_index(group->patterns, i);
		GMatchInfo *mi = NULL;
		guint tries = 0;

		if (!st_pattern_match(p, scan, text, &mi)) {
			if (mi)
				g_match_info_unref(mi);
			continue;
		}
		/* hostile text: give up on a pattern after many vetoed candidates */
		while (g_match_info_matches(mi) && tries++ < ST_X_MAX_CANDIDATES) {
			gint s = -1, e = -1;
			if (capture) {
				if (!g_match_info_fetch_named_pos(mi, capture, &s, &e))
					break;  /* this pattern has no such group */
			} else {
				g_match_info_fetch_pos(mi, 0, &s, &e);
			}
			if (s >= 0 && e > s && !st_x_rejected_in(reject, scan, text, s, e) &&
			    (accept == NULL || accept(text, s, e, data))) {
				hit->pat = p;
				hit->mi = mi;
				hit->text = text;
				hit->start = s;
				hit->end = e;
				return TRUE;
			}
			if (!g_match_info_next(mi, NULL))
				break;
		}
		g_match_info_unref(mi);
	}
	return FALSE;
}

/* Append LINE (LEN bytes) to OUT: CR dropped, tabs and no-break spaces
 * made spaces (evidence lines stay printable), LF added. */
static void
append_clean(GString *out, const char *line, gsize len)
{
	const char *end = line + len;
	for (const char *c = line; c < end; c++) {
		if (*c == '\r')
			continue;
		if (*c == '\t') {
			g_string_append(out, "  ");
		} else if ((guchar)c[0] == 0xC2 && c + 1 < end && (guchar)c[1] == 0xA0) {
			g_string_append_c(out, ' ');
			c++;
		} else {
			g_string_append_c(out, *c);
		}
	}
	g_string_append_c(out, '\n');
}

/* Offset of the text after the quote markers of LINE ("> > x"), or -1 when
 * the line is not quoted.  ">>> " after an unquoted line is a Python prompt. */
static gssize
quote_skip(const char *line, const char *end, gboolean prev_quoted)
{
	const char *q = line;
	gboolean quoted = FALSE;

	if (!prev_quoted && end - line >= 4 && strncmp(line, ">>> ", 4) == 0)
		return -1;
	for (;;) {
		const char *r = q;
		while (r < end && (*r == ' ' || *r == '\t') && r - q < 3)
			r++;
		if (r < end && *r == '>') {
			quoted = TRUE;
			q = r + 1;
			if (q < end && *q == ' ')
				q++;
			continue;
		}
		break;
	}
	return quoted ? q - line : -1;
}

gboolean
st_x_quoted(const char *text)
{
	gboolean prev_quoted = FALSE;

	for (const char *p = text; p != NULL && *p; ) {
		const char *eol = strchr(p, '\n');
		const char *end = eol ? eol : p + strlen(p);
		if (quote_skip(p, end, prev_quoted) >= 0)
			return TRUE;
		p = eol ? eol + 1 : NULL;
	}
	return FALSE;
}

char *
st_x_prepare(const char *text, gboolean keep_quoted, const StRuleGroup *drop)
{
	GString *out;
	g_autoptr(GString) run = g_string_new(NULL);
	gboolean prev_quoted = FALSE;
	const char *p;

	if (text == NULL)
		return g_strdup("");
	out = g_string_sized_new(strlen(text) + 1);
	p = text;
	for (;;) {
		const char *eol = strchr(p, '\n');
		const char *end = eol ? eol : p + strlen(p);
		gssize skip = *p || eol ? quote_skip(p, end, prev_quoted) : -1;

		if (skip >= 0) {
			/* a quoted run is kept or dropped as a whole */
			append_clean(run, p + skip, end - (p + skip));
		} else if (run->len) {
			if (keep_quoted && !st_x_any(drop, run->str))
				g_string_append_len(out, run->str, run->len);
			g_string_truncate(run, 0);
		}
		if (skip < 0 && (*p || eol))
			append_clean(out, p, end - p);
		prev_quoted = skip >= 0;
		if (eol == NULL)
			break;
		p = eol + 1;
	}
	if (run->len && keep_quoted && !st_x_any(drop, run->str))
		g_string_append_len(out, run->str, run->len);
	return g_string_free(out, FALSE);
}
