/*
 * extract_match.c — the rule-matching helpers of the extract*.c files
 * (extract_int.h): first acceptable match of a rule group with a reject
 * group's veto, named captures, evidence lines, text preparation.
 *
 * Matching is bounded: every pattern runs over the text once (matches are
 * iterated left to right), and a reject check looks at a window of at most
 * the group's "window" characters (its "match.token.*" keys at the
 * non-blank run around the candidate, at most MAX_TOKEN bytes either
 * side).
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

/* Is there a sentence end at P (". ", "!", "?", blank line) of TEXT?  An
 * ellipsis before a word in lower case goes on with the sentence ("the M1
 * Pro... actually it's an M2 Pro"). */
static gboolean
sentence_end_at(const char *text, const char *p, const char *limit)
{
	if ((*p == '.' || *p == '!' || *p == '?') && p + 1 < limit &&
	    (p[1] == ' ' || p[1] == '\n')) {
		if (*p == '.' && p - text >= 2 && p[-1] == '.' && p[-2] == '.' && p[1] == ' ' &&
		    p + 2 < limit && g_ascii_islower(p[2]))
			return FALSE;
		/* nor does an abbreviation of two dotted letters ("[e.g.
		 * Ubuntu 22.04]", "i.e. the host", "z.B. Fedora"; round 227) */
		if (*p == '.' && p - text >= 3 && g_ascii_isalpha(p[-1]) && p[-2] == '.' &&
		    g_ascii_isalpha(p[-3]) && (p - text == 3 || !g_ascii_isalnum(p[-4])))
			return FALSE;
		return TRUE;
	}
	return *p == '\n' && p + 1 < limit && p[1] == '\n';
}

gboolean
st_x_rejected(const StRuleGroup *reject, const char *text, gint start, gint end)
{
	return st_x_rejected_in(reject, NULL, text, start, end);
}

/* Does the line that starts at P open a table row or a list item ("|
 * lab-01 | ...", "- Fedora 40: ...", "2. ...")? */
static gboolean
item_line(const char *p, const char *limit)
{
	while (p < limit && (*p == ' ' || *p == '\t'))
		p++;
	if (p >= limit)
		return FALSE;
	if (*p == '|' || g_str_has_prefix(p, "│") || g_str_has_prefix(p, "┃") ||
	    g_str_has_prefix(p, "•"))
		return TRUE;
	if ((*p == '-' || *p == '*' || *p == '+') && p + 1 < limit && (p[1] == ' ' || p[1] == '\t'))
		return TRUE;
	const char *d = p;
	while (d < limit && g_ascii_isdigit(*d) && d - p < 2)
		d++;
	return d > p && d + 1 < limit && (*d == '.' || *d == ')') && (d[1] == ' ' || d[1] == '\t');
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

/* Does a pattern of REJECT match its part of TEXT (TLEN bytes) around the
 * candidate [START, END): the window before it is [B, START), after it
 * [END, A)
 * (st_x_rejected_in).  A "match.around.*" pattern sees the window before,
 * the candidate and the window after set apart by U+001F ("standard
 * Ubuntu 22.04 image" under "the workstations run our": a veto that needs
 * the words on both sides); that text is no piece of TEXT, so it runs
 * without SCAN's prefilter.  A "match.next.*" pattern sees [END, N): the
 * window after and, in a group of sentences, the next sentence too
 * ("(Ubuntu 24.04, kernel 6.8). It never ran microsandbox"). */
static gboolean
rejected_on(const StRuleGroup *reject, const StScan *scan, const char *text, gsize tlen,
	    gint b, gint start, gint end, gint a, gint n)
{
	g_autofree char *before = g_strndup(text + b, start - b);
	g_autofree char *after = g_strndup(text + end, a - end);
	g_autofree char *next = NULL;
	g_autofree char *self = g_strndup(text + start, end - start);
	g_autofree char *token = NULL;
	g_autofree char *around = NULL;

	for (guint i = 0; i < reject->patterns->len; i++) {
		StPattern *p = g_ptr_array_index(reject->patterns, i);
		const char *on = before;
		const StScan *sc = scan;
		if (strstr(p->key, ".after") != NULL)
			on = after;
		else if (strstr(p->key, ".next") != NULL)
			on = next ? next : (next = g_strndup(text + end, n - end));
		else if (strstr(p->key, ".self") != NULL)
			on = self;   /* the candidate itself: a date is no version */
		else if (strstr(p->key, ".token") != NULL)
			on = token ? token : (token = token_around(text, tlen, start, end));
		else if (strstr(p->key, ".around") != NULL) {
			on = around ? around : (around = g_strjoin("\x1f", before, self, after, NULL));
			sc = NULL;
		}
		if (st_pattern_match(p, sc, on, NULL))
			return TRUE;
	}
	return FALSE;
}

/* The offset WINDOW characters before offset AT of TEXT (not before 0), or
 * after it (not past TLEN): a reject window is counted in characters, so
 * Greek, Cyrillic or CJK text sees as many words around a candidate as
 * English does, not a half or a third of them. */
static gint
chars_back(const char *text, gint at, gint window)
{
	const char *p = text + at;
	for (gint k = 0; k < window; k++) {
		const char *q = g_utf8_find_prev_char(text, p);
		if (q == NULL)
			break;
		p = q;
	}
	return (gint)(p - text);
}

static gint
chars_on(const char *text, gsize tlen, gint at, gint window)
{
	const char *p = text + at, *e = text + tlen;
	for (gint k = 0; k < window && p < e; k++)
		p = g_utf8_next_char(p);
	return (gint)(MIN(p, e) - text);
}

/* Where the sentence after the candidate's ends, for "match.next.*"
 * patterns: A is where the candidate's sentence ended (its window after
 * is [END, A)); the next one runs up to its own end, a table row's or a
 * list item's with ITEMS, at most WINDOW characters on.  A when there is none:
 * the text or the window ended the first, or a blank line follows it. */
static gint
next_sentence_end(const char *text, gsize tlen, gint end, gint a, gint window, gboolean items)
{
	if (a >= (gint)tlen || a <= end)
		return a;
	gint lim = chars_on(text, tlen, a, window);
	gint i = text[a] == '\n' ? a : a + 1;   /* past the sentence's end */
	while (i < lim && g_ascii_isspace(text[i]) && !(text[i] == '\n' && i > a && text[i - 1] == '\n'))
		i++;
	if (i >= lim || text[i] == '\n')
		return a;   /* a blank line: the paragraph ended */
	gint n = lim;
	for (gint j = i; j < lim; j++)
		if (sentence_end_at(text, text + j, text + lim) ||
		    (items && text[j] == '\n' && item_line(text + j + 1, text + tlen))) {
			n = text[j] == '\n' ? j : j + 1;
			break;
		}
	while (n > a && ((guchar)text[n] & 0xC0) == 0x80)
		n--;
	return n;
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
	const char *iv = st_rule_get(reject, "items");
	gboolean items = iv && (g_ascii_strcasecmp(iv, "true") == 0 || strcmp(iv, "1") == 0);
	gsize tlen = strlen(text);

	/* before: [b, start) */
	gint b = chars_back(text, start, (gint)window);
	if (sentence)
		for (gint i = start - 1; i > b; i--)
			if (sentence_end_at(text, text + i, text + start)) {
				b = i + 1;
				break;
			}
	/* with "items = true" a table row or a list item is a sentence of its
	 * own: the window does not reach above the line that opens the
	 * candidate's item, nor into the next item */
	if (items)
		for (gint i = start; i > b; i--)
			if (text[i - 1] == '\n' && item_line(text + i, text + start)) {
				b = i;
				break;
			}
	/* after: [end, a) */
	gint a = chars_on(text, tlen, end, (gint)window);
	if (sentence)   /* the sentence's own ending is part of it: "...?" asks */
		for (gint i = end; i < a; i++)
			if (sentence_end_at(text, text + i, text + a)) {
				a = text[i] == '\n' ? i : i + 1;
				break;
			}
	if (items)
		for (gint i = end; i < a; i++)
			if (text[i] == '\n' && item_line(text + i + 1, text + tlen)) {
				a = i;
				break;
			}
	gint n = sentence ? next_sentence_end(text, tlen, end, a, (gint)window, items) : a;
	return rejected_on(reject, scan, text, tlen, b, start, end, a, n);
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

gboolean
st_x_not_aside(const char *text, gint start, gint end, gpointer data)
{
	StXAside *as = data;
	if (!st_x_rejected_in(as->aside, as->scan, text, start, end))
		return TRUE;
	as->seen = TRUE;
	return FALSE;
}

gboolean
st_x_find_preferring(const StRuleGroup *group, const StRuleGroup *reject,
		     const StRuleGroup *aside, const StScan *scan, const char *text,
		     const char *capture, StXHit *hit, gboolean *aside_hit)
{
	StXAside as = { aside, scan, FALSE };

	if (aside_hit)
		*aside_hit = FALSE;
	if (aside == NULL)
		return st_x_find_if(group, reject, scan, text, capture, NULL, NULL, hit);
	if (st_x_find_if(group, reject, scan, text, capture, st_x_not_aside, &as, hit))
		return TRUE;
	/* the second pass runs only when the first set something aside */
	if (!as.seen || !st_x_find_if(group, reject, scan, text, capture, NULL, NULL, hit))
		return FALSE;
	if (aside_hit)
		*aside_hit = TRUE;
	return TRUE;
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

/* One line of a text being prepared: where it starts, its length without
 * the LF, and the offset after its quote markers (-1: not quoted). */
typedef struct {
	const char *s;
	gsize len;
	gssize skip;
} XLine;

/* The lines of TEXT with their quote markers (g_array_unref). */
static GArray *
split_lines(const char *text)
{
	GArray *lines = g_array_new(FALSE, FALSE, sizeof(XLine));
	gboolean prev_quoted = FALSE;

	for (const char *p = text; *p; ) {
		const char *eol = strchr(p, '\n');
		const char *end = eol ? eol : p + strlen(p);
		XLine l = { p, end - p, quote_skip(p, end, prev_quoted) };
		g_array_append_val(lines, l);
		prev_quoted = l.skip >= 0;
		if (eol == NULL)
			break;
		p = eol + 1;
	}
	return lines;
}

/* Does line L hold nothing but white space (after its quote markers)? */
static gboolean
line_blank(const XLine *l)
{
	for (gsize i = l->skip > 0 ? (gsize)l->skip : 0; i < l->len; i++)
		if (!g_ascii_isspace(l->s[i]))
			return FALSE;
	return TRUE;
}

/* Longest reply header looked at, in bytes: a header is a line or three,
 * a long line of prose is none. */
#define ST_X_MAX_HEADER 600

/* Append line L of a reply header window to JOINED: without its quote
 * markers and CRs, one space after the line before. */
static void
window_add(GString *joined, const XLine *l, gboolean first)
{
	if (!first)
		g_string_append_c(joined, ' ');
	for (gsize j = l->skip > 0 ? (gsize)l->skip : 0; j < l->len; j++)
		if (l->s[j] != '\r')
			g_string_append_c(joined, l->s[j]);
}

/* A literal scan (the prefilter) of every window of LINES reply_header
 * tries: the lines without their quote markers and CRs, one space between
 * two, hold each window as a substring.  NULL without RULES or HEADER, or
 * with the prefilter off. */
static StScan *
header_scan(const StRules *rules, const StRuleGroup *header, const GArray *lines)
{
	if (rules == NULL || header == NULL)
		return NULL;
	g_autoptr(GString) all = g_string_new(NULL);
	for (guint i = 0; i < lines->len; i++)
		window_add(all, &g_array_index(lines, XLine, i), i == 0);
	return st_scan_new(rules, all->str, (gssize)all->len);
}

/* A text's lines and the reply headers among them, read once for every
 * st_x_quote_* question about it: the extraction asks whether the body
 * quotes anything and prepares it two or three ways, and the reply-header
 * patterns, tried on up to three windows at every line, were most of the
 * cost of each (#9). */
struct StXQuote {
	GArray *lines;          /* XLine */
	gsize len;              /* the text's */
	guint8 *header;         /* per line: reply_header's answer + 1, 0 not
	                         * asked yet */
	const StRules *rules;
	const StRuleGroup *group;
	const StRuleGroup *forward;  /* [quote.forward], with GROUP only */
	gboolean forwarded;     /* the Subject marks a forward: the first
	                         * reply header opens the forwarded mail, for
	                         * the readers that heed it (st_x_quote_body) */
	gboolean may;           /* a pattern of GROUP or FORWARD may match
	                         * somewhere: the whole text's scan says so, or
	                         * there is none */
	StScan *wscan;          /* scratch: a window's literals */
	GString *joined;        /* scratch: a window, a header found */
};

/* reply_header's answer for the opening line of a forwarded message
 * ([quote.forward]), or'ed with its number of lines. */
#define ST_X_FORWARD 0x10u

/* The number of lines (1 to 3) from line I of Q's on that make a reply
 * header of its group ([quote.header]) or open a forwarded message
 * ([quote.forward]: ST_X_FORWARD is set), tried joined by spaces with their
 * quote markers removed; 0 when none.  Each window gets a literal scan of
 * its own: the whole text holds the literals of some pattern wherever one
 * reply header is (an address, "wrote", a date), which would let that
 * pattern run at every line. */
static guint
reply_header(StXQuote *q, guint i)
{
	const GArray *lines = q->lines;
	GString *joined = q->joined;

	if (!q->may || line_blank(&g_array_index(lines, XLine, i)))
		return 0;
	g_string_truncate(joined, 0);
	for (guint k = 0; k < 3 && i + k < lines->len; k++) {
		const XLine *l = &g_array_index(lines, XLine, i + k);
		if (k > 0 && line_blank(l))
			return 0;
		if (joined->len + l->len > ST_X_MAX_HEADER)
			return 0;
		window_add(joined, l, k == 0);
		st_scan_fill(q->rules, &q->wscan, joined->str, (gssize)joined->len);
		if (st_x_any_in(q->group, q->wscan, joined->str))
			return k + 1;
		if (q->forward && st_x_any_in(q->forward, q->wscan, joined->str))
			return (k + 1) | ST_X_FORWARD;
	}
	return 0;
}

StXQuote *
st_x_quote_new(const StRules *rules, const char *text, const StRuleGroup *header)
{
	StXQuote *q = g_new0(StXQuote, 1);
	q->lines = split_lines(text ? text : "");
	q->len = text ? strlen(text) : 0;
	q->header = g_new0(guint8, q->lines->len + 1);
	q->rules = rules;
	q->group = header;
	q->joined = g_string_new(NULL);
	if (header == NULL)
		return q;
	q->forward = st_x_grp(rules, "quote.forward");
	g_autoptr(StScan) scan = header_scan(rules, header, q->lines);
	q->may = scan == NULL || st_scan_checking(scan);
	for (guint i = 0; !q->may && i < header->patterns->len; i++)
		q->may = st_scan_may_match(scan, g_ptr_array_index(header->patterns, i));
	for (guint i = 0; !q->may && q->forward && i < q->forward->patterns->len; i++)
		q->may = st_scan_may_match(scan, g_ptr_array_index(q->forward->patterns, i));
	return q;
}

void
st_x_quote_free(StXQuote *q)
{
	if (q == NULL)
		return;
	g_array_unref(q->lines);
	g_free(q->header);
	st_scan_free(q->wscan);
	g_string_free(q->joined, TRUE);
	g_free(q);
}

/* reply_header at line I of Q, asked once. */
static guint
quote_header(StXQuote *q, guint i)
{
	if (q->header[i] == 0)
		q->header[i] = (guint8)(reply_header(q, i) + 1);
	return q->header[i] - 1u;
}

gboolean
st_x_quote_any(StXQuote *q)
{
	for (guint i = 0; i < q->lines->len; i++)
		if (g_array_index(q->lines, XLine, i).skip >= 0)
			return TRUE;
	for (guint i = 0; i < q->lines->len; i++)
		if (quote_header(q, i) > 0)
			return TRUE;
	return FALSE;
}

/* A header of K lines (quote_header's answer) at line I of Q opens a
 * forwarded message the writer passes on as theirs: unmarked, and not
 * inside an earlier mail the writer quotes (HISTORY).  BY_SUBJECT: a
 * forward Subject (Q's forwarded) counts too. */
static gboolean
opens_forward(const StXQuote *q, guint i, guint k, gboolean history, gboolean by_subject)
{
	return ((k & ST_X_FORWARD) || (by_subject && q->forwarded)) && !history &&
	       g_array_index(q->lines, XLine, i).skip < 0;
}

StXQuote *
st_x_quote_body(const StRules *rules, const StMessage *msg)
{
	StXQuote *q = st_x_quote_new(rules, msg ? msg->body_text : NULL, st_x_grp(rules, "quote.header"));
	const StRuleGroup *fwd = st_x_grp(rules, "quote.forward-subject");
	q->forwarded = msg && msg->subject && fwd && st_rule_match(fwd, msg->subject, NULL, NULL);
	return q;
}

gboolean
st_x_quoted(const StRules *rules, const char *text, const StRuleGroup *header)
{
	if (text == NULL)
		return FALSE;
	g_autoptr(StXQuote) q = st_x_quote_new(rules, text, header);
	return st_x_quote_any(q);
}

/* Put the quoted RUN into OUT when KEEP and no pattern of DROP matches
 * it, each line after "> " when MARK; empty RUN after. */
static void
run_end(GString *out, GString *run, gboolean keep, const StRuleGroup *drop, gboolean mark)
{
	if (run->len && keep && !st_x_any(drop, run->str)) {
		if (!mark) {
			g_string_append_len(out, run->str, run->len);
		} else {
			for (const char *p = run->str; *p; ) {
				const char *nl = strchr(p, '\n');
				gsize len = nl ? (gsize)(nl - p + 1) : strlen(p);
				g_string_append(out, "> ");
				g_string_append_len(out, p, len);
				p += len;
			}
		}
	}
	g_string_truncate(run, 0);
}

/* A reply header of K lines at line I (JOINED: scratch, the header as
 * reply_header joined it): it starts a run of its own.  Returns the line after it; *HISTORY becomes TRUE when the header
 * is not itself quoted and no "> " line follows it: the rest of the text
 * is the earlier mail, unmarked.  Blank lines between the header and the
 * quote it heads belong to the run. */
static guint
header_run(const GArray *lines, guint i, guint k, GString *joined, GString *run,
	   gboolean *history)
{
	gboolean marked = g_array_index(lines, XLine, i).skip >= 0;
	guint j = i + k;

	g_string_truncate(joined, 0);
	for (guint b = i; b < j; b++)
		window_add(joined, &g_array_index(lines, XLine, b), b == i);
	append_clean(run, joined->str, joined->len);
	if (*history || marked)
		return j;
	while (j < lines->len && line_blank(&g_array_index(lines, XLine, j)) &&
	       g_array_index(lines, XLine, j).skip < 0)
		j++;
	if (j < lines->len && g_array_index(lines, XLine, j).skip >= 0) {
		for (guint b = i + k; b < j; b++)
			g_string_append_c(run, '\n');
		return j;
	}
	*history = TRUE;
	return i + k;
}

/* st_x_quote_prepare, and st_x_quote_mark when MARK; with COVER only the
 * text above the opening of a forwarded message (NULL when none opens). */
static char *
quote_prepare(StXQuote *q, gboolean keep_quoted, const StRuleGroup *drop, gboolean mark,
	      gboolean by_subject, gboolean cover)
{
	const GArray *lines = q->lines;
	GString *out = g_string_sized_new(q->len + 1);
	g_autoptr(GString) run = g_string_new(NULL);
	gboolean history = FALSE;  /* below an unmarked reply header */
	gboolean forward = FALSE;  /* below the opening of a forwarded message:
	                            * every run is kept unless it is DROP's */

	for (guint i = 0; i < lines->len; ) {
		const XLine *l = &g_array_index(lines, XLine, i);
		guint k = quote_header(q, i);

		if (k > 0) {
			/* every earlier message is kept or dropped on its own */
			run_end(out, run, keep_quoted || forward, drop, mark && !forward);
			if (opens_forward(q, i, k, history, by_subject))
				forward = TRUE;
			if (cover && forward)
				return g_string_free(out, FALSE);
			i = header_run(lines, i, k & ~ST_X_FORWARD, q->joined, run, &history);
			continue;
		}
		if (history || l->skip >= 0) {
			/* a quoted run is kept or dropped as a whole; marked
			 * below a forward, which is not marked again */
			gsize from = l->skip > 0 && !(mark && forward) ? (gsize)l->skip : 0;
			append_clean(run, l->s + from, l->len - from);
		} else {
			run_end(out, run, keep_quoted || forward, drop, mark && !forward);
			append_clean(out, l->s, l->len);
		}
		i++;
	}
	run_end(out, run, keep_quoted || forward, drop, mark && !forward);
	return cover ? (g_string_free(out, TRUE), NULL) : g_string_free(out, FALSE);
}

char *
st_x_quote_prepare(StXQuote *q, gboolean keep_quoted, const StRuleGroup *drop, gboolean by_subject)
{
	return quote_prepare(q, keep_quoted, drop, FALSE, by_subject, FALSE);
}

char *
st_x_quote_mark(StXQuote *q, const StRuleGroup *drop)
{
	return quote_prepare(q, TRUE, drop, TRUE, TRUE, FALSE);
}

char *
st_x_quote_cover(StXQuote *q)
{
	return quote_prepare(q, FALSE, NULL, FALSE, TRUE, TRUE);
}

char *
st_x_prepare(const StRules *rules, const char *text, gboolean keep_quoted,
	     const StRuleGroup *drop, const StRuleGroup *header)
{
	if (text == NULL)
		return g_strdup("");
	g_autoptr(StXQuote) q = st_x_quote_new(rules, text, header);
	return st_x_quote_prepare(q, keep_quoted, drop, FALSE);
}
