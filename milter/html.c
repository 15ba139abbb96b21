/*
 * html.c — HTML to plain text for HTML-only reports.
 *
 * Functions: st_html_to_text(), st_html_alt_text() (see html.h).
 *
 * One pass over the input with a small state: line breaks and spaces owed
 * before the next visible text (so block elements and runs of whitespace
 * collapse), a <pre> depth, the current link target.  Every scan moves
 * forward only; the output is bounded by MAX.
 */
#include <stdlib.h>
#include <string.h>

#include "sectriage/html.h"

/* Nested lists whose <ol> numbering is kept; deeper ones are bulleted. */
#define LIST_DEPTH 16

typedef struct {
	GString *out;
	gsize max;
	gboolean full;       /* MAX reached */
	int nl_owed;         /* line breaks before the next text (0..2) */
	gboolean sp_owed;    /* a space before the next text */
	/* A table row goes out as one line, its cells apart by " | " (as a
	 * plain-text writer sets out a table): a paragraph a cell opens with
	 * owes no break, the next cell's text follows the last one's. */
	gboolean sep_owed;   /* " | " before the next text (a new cell) */
	gboolean cell_fresh; /* a cell opened, no text in it yet */
	int row_cells;       /* cells opened in the current row */
	gsize sep_at;        /* out->len where the row's first " | " went, or 0 */
	int pre;             /* <pre> depth */
	int spans;           /* open <span> elements */
	int ws_span;         /* the span depth of an open span styled white-space:pre, or 0 */
	gboolean fenced;     /* the outermost <pre> went out inside a ``` fence */
	gsize fence_at;      /* out->len where that fence's opening line went */
	gboolean p_tight;    /* the open <p> has no margin above or below */
	char *href;          /* target of the open <a>, or NULL */
	gsize link_start;    /* out->len when the <a> opened */
	int lists;           /* open <ol> and <ul> elements */
	int item[LIST_DEPTH]; /* per open list: items so far in an <ol>, -1 in a <ul> */
} Html;

static const struct {
	const char *name;
	const char *text;
} entities[] = {
	{ "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" },
	{ "apos", "'" }, { "hellip", "\xe2\x80\xa6" },
	{ "mdash", "\xe2\x80\x94" }, { "ndash", "\xe2\x80\x93" },
	{ "lsquo", "\xe2\x80\x98" }, { "rsquo", "\xe2\x80\x99" },
	{ "ldquo", "\xe2\x80\x9c" }, { "rdquo", "\xe2\x80\x9d" },
	{ "bull", "\xe2\x80\xa2" }, { "trade", "\xe2\x84\xa2" }, { "euro", "\xe2\x82\xac" },
	{ "rarr", "\xe2\x86\x92" }, { "larr", "\xe2\x86\x90" },
	{ "harr", "\xe2\x86\x94" }, { "uarr", "\xe2\x86\x91" }, { "darr", "\xe2\x86\x93" },
	{ "rArr", "\xe2\x87\x92" }, { "le", "\xe2\x89\xa4" },
	{ "ge", "\xe2\x89\xa5" }, { "ne", "\xe2\x89\xa0" }, { "minus", "\xe2\x88\x92" },
	{ "check", "\xe2\x9c\x93" }, { "shy", "" }, { "zwnj", "" }, { "zwj", "" },
};

/* The HTML 4 entities of Latin-1, U+00A0 to U+00FF in order ("&uacute;" in
 * an HTML-only mail's name, 4136). */
static const char *const latin1[] = {
	"nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
	"laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para",
	"middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave",
	"Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
	"Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc",
	"Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
	"szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave",
	"eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve",
	"oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
	"yacute", "thorn", "yuml"
};

/* Elements whose content is not text. */
static const char *const skipped[] = { "script", "style", "title", "template", "noscript" };

/* Block elements: line breaks owed at open and close.  Sorted by name
 * (strcmp order) for bsearch. */
static const struct Block {
	const char *name;
	int breaks;
} blocks[] = {
	{ "address", 1 }, { "article", 1 }, { "blockquote", 2 }, { "body", 1 },
	{ "caption", 1 }, { "center", 1 }, { "dd", 1 }, { "div", 1 }, { "dl", 2 },
	{ "dt", 1 }, { "figure", 1 }, { "footer", 1 }, { "form", 1 }, { "h1", 2 },
	{ "h2", 2 }, { "h3", 2 }, { "h4", 2 }, { "h5", 2 }, { "h6", 2 }, { "header", 1 },
	{ "hr", 2 }, { "li", 1 }, { "main", 1 }, { "nav", 1 }, { "ol", 2 }, { "p", 2 },
	{ "pre", 2 }, { "section", 1 }, { "table", 2 }, { "tr", 1 }, { "ul", 2 },
};

/* line breaks owed at most: a paragraph's two, or up to four from
 * <br>s (three blank lines); settle() pays them from BR_LINES */
#define BR_LINES_MAX 4
static const char BR_LINES[] = "\n\n\n\n";
G_STATIC_ASSERT(sizeof BR_LINES - 1 == BR_LINES_MAX);

static void
put(Html *h, const char *s, gsize n)
{
	if (h->full)
		return;
	if (h->out->len + n > h->max) {
		n = h->max - h->out->len;
		while (n > 0 && ((guchar) s[n] & 0xC0) == 0x80)
			n--;
		h->full = TRUE;
	}
	g_string_append_len(h->out, s, n);
}

/* Pay the breaks and the space owed before visible text. */
static void
settle(Html *h)
{
	if (h->out->len > 0) {
		int have = 0;   /* line breaks already there (from <pre>) */
		while (have < 2 && (gsize) have < h->out->len &&
		       h->out->str[h->out->len - 1 - have] == '\n')
			have++;
		if (h->nl_owed > have) {
			put(h, BR_LINES, h->nl_owed - have);
		} else if (h->sep_owed && h->out->str[h->out->len - 1] != '\n') {
			if (h->sep_at == 0)
				h->sep_at = h->out->len;
			put(h, " | ", 3);
		} else if (h->sp_owed && h->out->str[h->out->len - 1] != '\n') {
			put(h, " ", 1);
		}
	}
	h->nl_owed = 0;
	h->sp_owed = FALSE;
	h->sep_owed = FALSE;
	h->cell_fresh = FALSE;
}

static void
owe_break(Html *h, int n)
{
	h->nl_owed = MAX(h->nl_owed, MIN(2, n));
	h->sp_owed = FALSE;
}

/* Text between tags (or an entity's expansion). */
static void
text(Html *h, const char *s, gsize n)
{
	const char *end = s + n;

	while (s < end && !h->full) {
		/* a tab or space in a span styled white-space:pre (how Gmail
		 * and Apple Mail write a tab: <span style="white-space:pre">\t
		 * </span>) goes out as written: a line indented with a tab
		 * keeps its indent, as in the plain text */
		if (h->ws_span > 0 && h->pre == 0 && (*s == '\t' || *s == ' ')) {
			settle(h);
			put(h, s, 1);
			s++;
			continue;
		}
		if (h->pre > 0) {
			const char *e = s;
			while (e < end && *e != '\r')
				e++;
			if (e > s) {
				settle(h);
				put(h, s, e - s);
			}
			s = e < end ? e + 1 : e;
			continue;
		}
		if (g_ascii_isspace(*s)) {
			h->sp_owed = TRUE;
			s++;
			continue;
		}
		/* words joined by single spaces go out as one piece: the
		 * space each owes is a ' ' already */
		const char *e = s;
		while (e < end && !g_ascii_isspace(*e))
			e++;
		while (e + 1 < end && *e == ' ' && !g_ascii_isspace(e[1])) {
			for (e++; e < end && !g_ascii_isspace(*e); e++)
				;
		}
		settle(h);
		put(h, s, e - s);
		s = e;
	}
}

/* A no-break space (&nbsp;, &#160;): text that does not collapse, as a
 * browser shows it, so "<div>&nbsp;</div>" is the empty line its writer
 * saw (webmails write every blank line so) and "&nbsp;&nbsp;x" keeps its
 * indent.  It goes out as a space (one with the collapsed space before
 * it: " &nbsp;x" is " x"); st_html_to_text drops the spaces that end a
 * line. */
static void
hard_space(Html *h)
{
	gboolean spaced = h->sp_owed && h->nl_owed == 0;   /* settle puts that space */
	settle(h);
	if (!spaced || h->out->len == 0)
		put(h, " ", 1);
}

/* Decode the entity at P ('&'); returns the byte after it, or P + 1 when it
 * is not an entity (the '&' is then text). */
static const char *
entity(Html *h, const char *p, const char *end)
{
	const char *q = p + 1;
	char name[12];
	gsize n = 0;

	while (q < end && n < sizeof name - 1 && (g_ascii_isalnum(*q) || *q == '#'))
		name[n++] = *q++;
	name[n] = '\0';
	if (n == 0 || q >= end || *q != ';') {
		text(h, "&", 1);
		return p + 1;
	}
	if (name[0] == '#') {
		gboolean hex = name[1] == 'x' || name[1] == 'X';
		gunichar c = (gunichar) g_ascii_strtoull(name + (hex ? 2 : 1), NULL, hex ? 16 : 10);
		char buf[8];
		if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
			c = 0xFFFD;
		if (c == 0xA0) {
			hard_space(h);
			return q + 1;
		}
		if (c < 0x20)
			c = ' ';
		text(h, buf, g_unichar_to_utf8(c, buf));
		return q + 1;
	}
	if (strcmp(name, "nbsp") == 0) {
		hard_space(h);
		return q + 1;
	}
	for (gsize i = 0; i < G_N_ELEMENTS(entities); i++) {
		if (strcmp(entities[i].name, name) == 0) {
			text(h, entities[i].text, strlen(entities[i].text));
			return q + 1;
		}
	}
	for (gsize i = 0; i < G_N_ELEMENTS(latin1); i++) {
		if (strcmp(latin1[i], name) == 0) {
			char buf[8];
			text(h, buf, g_unichar_to_utf8(0xA0 + (gunichar) i, buf));
			return q + 1;
		}
	}
	text(h, p, q + 1 - p);   /* unknown: keep as written */
	return q + 1;
}

/* End of the tag starting at P ('<'): the byte after its '>' (quotes
 * respected), or END. */
static const char *
tag_end(const char *p, const char *end)
{
	char quote = 0;

	for (p++; p < end; p++) {
		if (quote) {
			if (*p == quote)
				quote = 0;
		} else if (*p == '"' || *p == '\'') {
			quote = *p;
		} else if (*p == '>') {
			return p + 1;
		}
	}
	return end;
}

/* Skip to the byte after "</NAME...>" (any case), or END. */
static const char *
skip_element(const char *p, const char *end, const char *name)
{
	gsize n = strlen(name);

	while ((p = memchr(p, '<', end - p)) != NULL) {
		if (p + 2 + n <= end && p[1] == '/' && g_ascii_strncasecmp(p + 2, name, n) == 0)
			return tag_end(p, end);
		p++;
	}
	return end;
}

/* The value of the attribute NAME="..." inside the tag text [P, END), its
 * character references for '&', '"', '\'', '<' and '>' decoded, newly
 * allocated or NULL. */
static char *
attr_value(const char *p, const char *end, const char *name)
{
	gsize n = strlen(name);

	for (; p + n + 1 < end; p++) {
		if (g_ascii_strncasecmp(p, name, n) != 0 || g_ascii_isalnum(p[-1]) || p[-1] == '-')
			continue;
		const char *q = p + n;
		while (q < end && g_ascii_isspace(*q))
			q++;
		if (q >= end || *q != '=')
			continue;
		q++;
		while (q < end && g_ascii_isspace(*q))
			q++;
		char quote = (q < end && (*q == '"' || *q == '\'')) ? *q++ : 0;
		const char *v = q;
		while (q < end && (quote ? *q != quote : !g_ascii_isspace(*q) && *q != '>'))
			q++;
		GString *s = g_string_new_len(v, q - v);
		g_string_replace(s, "&quot;", "\"", 0);
		g_string_replace(s, "&#39;", "'", 0);
		g_string_replace(s, "&lt;", "<", 0);
		g_string_replace(s, "&gt;", ">", 0);
		g_string_replace(s, "&amp;", "&", 0);
		return g_string_free(s, FALSE);
	}
	return NULL;
}

/* An image's alt text, as a reader without images (or a text-mode mail
 * reader) is shown it, in brackets among the text around it: a writer who
 * pastes a screenshot may put its words there ("Screenshot: ... msb
 * 0.10.7") and nowhere else.  An empty or blank alt (a spacer, a tracking
 * pixel) shows nothing. */
static void
image_alt(Html *h, const char *p, const char *end)
{
	g_autofree char *alt = attr_value(p, end, "alt");

	if (alt == NULL || *g_strstrip(alt) == '\0')
		return;
	if (h->out->len > 0)
		h->sp_owed = TRUE;
	text(h, "[", 1);
	text(h, alt, strlen(alt));
	text(h, "]", 1);
	h->sp_owed = TRUE;
}

static void
link_close(Html *h)
{
	if (h->href == NULL)
		return;
	const char *target = h->href;
	if (g_str_has_prefix(target, "mailto:"))
		target += 7;
	if ((g_str_has_prefix(h->href, "http") || g_str_has_prefix(h->href, "mailto:")) &&
	    *target && strstr(h->out->str + MIN(h->link_start, h->out->len), target) == NULL) {
		text(h, " <", 2);
		h->sp_owed = FALSE;
		put(h, target, strlen(target));
		put(h, ">", 1);
	}
	g_clear_pointer(&h->href, g_free);
}

/* Words a line of a <pre> holds at least to be a sentence of prose, and
 * such lines a <pre> holds at least to be prose set as written rather
 * than code or output (a submitted finding quoted by a portal: "The
 * release workflow ... runs:", "Whoever owns the public name runs code
 * inside the release job ...").  Code, commands and logs seldom have two
 * lines of this many words that open with a letter and end a sentence. */
#define PROSE_LINE_WORDS 15
#define PROSE_LINES 2

/* Is the text TEXT (N bytes) of a <pre> prose (PROSE_LINES lines of
 * PROSE_LINE_WORDS words or more, each opening with a letter and ending
 * with . ! ? or :)? */
static gboolean
prose_block(const char *text, gsize n)
{
	guint lines = 0;
	const char *end = text + n;

	for (const char *p = text; p < end && lines < PROSE_LINES;) {
		const char *nl = memchr(p, '\n', (gsize)(end - p));
		const char *e = nl ? nl : end;
		const char *a = p;
		while (a < e && (*a == ' ' || *a == '\t'))
			a++;
		const char *z = e;
		while (z > a && g_ascii_isspace(z[-1]))
			z--;
		if (a < z && g_unichar_isalpha(g_utf8_get_char_validated(a, z - a)) && z[-1] != '\0' &&
		    strchr(".!?:", z[-1]) != NULL) {
			guint words = 0;
			gboolean in = FALSE;
			for (const char *c = a; c < z; c++) {
				gboolean sp = *c == ' ' || *c == '\t';
				if (!sp && !in)
					words++;
				in = !sp;
			}
			if (words >= PROSE_LINE_WORDS)
				lines++;
		}
		p = nl ? nl + 1 : end;
	}
	return lines >= PROSE_LINES;
}

/* The line that opens a fence, and its length. */
#define FENCE_OPEN "```\n"
#define FENCE_OPEN_LEN 4

/* Set the outermost <pre> apart in a ``` fence. */
static void
open_fence(Html *h)
{
	settle(h);
	h->fence_at = h->out->len;
	put(h, FENCE_OPEN, FENCE_OPEN_LEN);
	h->fenced = h->out->len == h->fence_at + FENCE_OPEN_LEN;
}

/* Close the fence the outermost <pre> opened, on a line of its own.
 * Sentences set in the <pre> (prose_block: a portal's or tracker's notice
 * quoting a submitted text as written) are the text itself, fenced no
 * more than a plain-text mail would fence them: the opening line is taken
 * back instead, and its commands and output are told apart line by line. */
static void
close_fence(Html *h)
{
	gsize body = h->fence_at + FENCE_OPEN_LEN;

	h->fenced = FALSE;
	if (body <= h->out->len && prose_block(h->out->str + body, h->out->len - body)) {
		g_string_erase(h->out, (gssize)h->fence_at, FENCE_OPEN_LEN);
		if (h->link_start > h->fence_at)
			h->link_start -= MIN(h->link_start - h->fence_at, FENCE_OPEN_LEN);
		if (h->sep_at > h->fence_at)
			h->sep_at -= MIN(h->sep_at - h->fence_at, FENCE_OPEN_LEN);
		return;
	}
	if (h->out->len > 0 && h->out->str[h->out->len - 1] != '\n')
		put(h, "\n", 1);
	put(h, "```", 3);
}

/* bsearch over blocks: KEY is a tag name. */
static int
by_block_name(const void *key, const void *elem)
{
	return strcmp(key, ((const struct Block *) elem)->name);
}

/* A row of two cells is a label and its value ("macOS" and "15.2"): it
 * goes out as the words "macOS 15.2" a writer puts on a line, unless its
 * first cell is a step's number ("1 | msb run ..."). */
static void
two_cells(Html *h)
{
	gsize at = h->sep_at;

	h->sep_at = 0;
	if (h->row_cells != 2 || at == 0 || h->full || at + 3 > h->out->len ||
	    strncmp(h->out->str + at, " | ", 3) != 0)
		return;
	gsize start = at;
	while (start > 0 && h->out->str[start - 1] != '\n')
		start--;
	gsize digits = 0;
	while (start + digits < at && g_ascii_isdigit(h->out->str[start + digits]))
		digits++;
	gsize rest = at - start - digits;
	if (digits >= 1 && digits <= 2 &&
	    (rest == 0 || (rest == 1 && strchr(".)", h->out->str[at - 1]))))
		return;
	g_string_erase(h->out, at + 1, 2);
}

/* A table's share of the tag NAME (CLOSING for </...>): a row goes out as
 * one line, its cells apart (two_cells), and a paragraph a cell opens
 * with starts where the cell does.  TRUE when the tag needs nothing more. */
static gboolean
table_tag(Html *h, const char *name, gboolean closing)
{
	if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) {
		h->sp_owed = TRUE;
		if (!closing) {
			/* a row's next cell goes on the same line */
			if (h->row_cells++ > 0) {
				h->nl_owed = 0;
				h->sep_owed = TRUE;
			}
			h->cell_fresh = TRUE;
		}
		return TRUE;
	}
	if (strcmp(name, "tr") == 0) {
		if (!closing)
			h->row_cells = 0;
		h->cell_fresh = FALSE;
		h->sep_owed = FALSE;
		/* a row is one line: the break its last paragraph owes is one */
		if (closing) {
			two_cells(h);
			h->nl_owed = 1;
			h->sp_owed = FALSE;
		}
		return closing;
	}
	return !closing && h->cell_fresh &&
	       (strcmp(name, "p") == 0 || strcmp(name, "div") == 0 || strcmp(name, "center") == 0);
}

/* Where the value of CSS property PROP starts in STYLE (a style
 * attribute), or NULL when STYLE does not set it. */
static const char *
css_value(const char *style, const char *prop)
{
	gsize n = strlen(prop);

	for (const char *s = style; (s = strstr(s, prop)) != NULL; s += n) {
		if (s > style && (g_ascii_isalnum(s[-1]) || s[-1] == '-'))
			continue;
		const char *v = s + n;
		while (*v == ' ' || *v == '\t')
			v++;
		if (*v != ':')
			continue;
		for (v++; *v == ' ' || *v == '\t'; v++)
			;
		return v;
	}
	return NULL;
}

/* Whether a CSS length at V is zero or all but ("0", "0cm", ".0001pt"). */
static gboolean
css_zero(const char *v)
{
	char *end;
	double d = g_ascii_strtod(v, &end);

	return end != v && d >= 0 && d < 0.01;
}

/* Whether the <p> tag [P, E) has no margin above and below, so it shows
 * as one line, not a paragraph: Outlook and Word send every line of a
 * message as <p class=MsoNormal> (their style sheet sets its margins to
 * 0), other editors as <p style="margin:0">.  Read as paragraphs, every
 * line of such a mail would stand apart by a blank line and a log, a
 * list or a name over its link would fall to pieces. */
static gboolean
tight_paragraph(const char *p, const char *e)
{
	g_autofree char *cls = attr_value(p, e, "class");
	if (cls != NULL && g_ascii_strncasecmp(g_strstrip(cls), "Mso", 3) == 0)
		return TRUE;
	g_autofree char *style = attr_value(p, e, "style");
	if (style == NULL)
		return FALSE;
	g_autofree char *lower = g_ascii_strdown(style, -1);
	const char *margin = css_value(lower, "margin");
	if (margin != NULL)
		return css_zero(margin);
	const char *top = css_value(lower, "margin-top"), *bottom = css_value(lower, "margin-bottom");
	return top != NULL && css_zero(top) && bottom != NULL && css_zero(bottom);
}

/* Does the CSS declaration list STYLE set white-space to pre or
 * pre-wrap ("white-space:pre", "white-space: pre-wrap")? */
static gboolean
white_space_pre(const char *style)
{
	for (const char *w = strstr(style, "white-space"); w != NULL; w = strstr(w + 1, "white-space")) {
		const char *v = w + strlen("white-space");
		while (*v == ' ' || *v == '\t')
			v++;
		if (*v++ != ':')
			continue;
		while (*v == ' ' || *v == '\t')
			v++;
		if (strncmp(v, "pre", 3) == 0 && (v[3] == '\0' || v[3] == ';' || v[3] == ' ' || v[3] == '-' ||
						    v[3] == '"' || v[3] == '\''))
			return strncmp(v, "pre-line", 8) != 0;
	}
	return FALSE;
}

/* A <span> (P..E its attributes): count it, and note the one styled
 * white-space:pre whose tabs text() keeps.  FALSE for other tags. */
static gboolean
span_tag(Html *h, const char *name, gboolean closing, const char *p, const char *e)
{
	if (strcmp(name, "span") != 0)
		return FALSE;
	if (closing) {
		if (h->spans > 0 && h->ws_span == h->spans)
			h->ws_span = 0;
		h->spans = MAX(0, h->spans - 1);
	} else if (h->spans < 64) {
		h->spans++;
		g_autofree char *style = attr_value(p, e, "style");
		if (h->ws_span == 0 && style != NULL && white_space_pre(style))
			h->ws_span = h->spans;
	}
	return TRUE;
}

/* Act on the tag [P, E) named NAME (lower case); CLOSING for </...>. */
static void
tag(Html *h, const char *name, gboolean closing, const char *p, const char *e)
{
	/* each <br> is a line: the empty lines a webmail writes as
	 * "<div><br></div>" one after another stay as many blank lines as
	 * the writer left (three at most), as in the plain text (4397: an
	 * output paste that came through empty, three blank lines under its
	 * lead-in) */
	if (strcmp(name, "br") == 0) {
		h->nl_owed = MIN(BR_LINES_MAX, h->nl_owed + 1);
		h->sp_owed = FALSE;
		return;
	}
	if (table_tag(h, name, closing))
		return;
	if (strcmp(name, "img") == 0) {
		if (!closing)
			image_alt(h, p, e);
		return;
	}
	if (span_tag(h, name, closing, p, e))
		return;
	if (strcmp(name, "a") == 0) {
		if (closing) {
			link_close(h);
		} else {
			g_free(h->href);
			h->href = attr_value(p, e, "href");
			h->link_start = h->out->len;
		}
		return;
	}
	const struct Block *b = bsearch(name, blocks, G_N_ELEMENTS(blocks), sizeof blocks[0],
					by_block_name);
	if (b == NULL)
		return;
	if (strcmp(name, "pre") == 0 && closing && h->pre == 1 && h->fenced)
		close_fence(h);
	int breaks = b->breaks;
	if (strcmp(name, "p") == 0) {
		if (!closing)
			h->p_tight = tight_paragraph(p, e);
		if (h->p_tight)
			breaks = 1;
		if (closing)
			h->p_tight = FALSE;
	}
	owe_break(h, breaks);
	if (strcmp(name, "pre") == 0)
		h->pre = closing ? MAX(0, h->pre - 1) : MIN(h->pre + 1, 64);
	/* preformatted text after other text (commands, output, code a
	 * webmail shows as written) goes out fenced, as a plain-text writer
	 * sets such lines apart: a block, not prose.  A <pre> the body opens
	 * with (a mailer that wraps the whole plain text in one) is the
	 * message itself and stays as it is. */
	if (strcmp(name, "pre") == 0 && !closing && h->pre == 1 && h->out->len > 0)
		open_fence(h);
	/* an ordered list keeps its numbers ("1. ", "2. "): numbered steps
	 * read as steps, as they do in a plain-text mail */
	if (strcmp(name, "ol") == 0 || strcmp(name, "ul") == 0) {
		if (closing && h->lists > 0)
			h->lists--;
		else if (!closing && h->lists++ < LIST_DEPTH)
			h->item[h->lists - 1] = name[0] == 'o' ? 0 : -1;
	}
	if (strcmp(name, "li") == 0 && !closing) {
		int *n = h->lists > 0 && h->lists <= LIST_DEPTH ? &h->item[h->lists - 1] : NULL;
		settle(h);
		if (n != NULL && *n >= 0 && *n < 999) {
			char num[8];
			int len = g_snprintf(num, sizeof num, "%d. ", ++*n);
			put(h, num, (gsize)len);
		} else {
			put(h, "- ", 2);
		}
	}
}

/* After the comment that starts at P ("<!--", before END): the byte after
 * its "-->", or END when it never closes; NULL when P starts no comment. */
static const char *
comment_end(const char *p, const char *end)
{
	if (p + 3 >= end || memcmp(p + 1, "!--", 3) != 0)
		return NULL;
	const char *c = g_strstr_len(p + 4, end - p - 4, "-->");
	return c ? c + 3 : end;
}

#define TAG_NAME_MAX 16

/* The name of the tag at P ('<', before END) in NAME, lower case (cut at
 * TAG_NAME_MAX - 1 characters; "" when none), *CLOSING for "</"; returns
 * where the name ends. */
static const char *
tag_name(const char *p, const char *end, char name[TAG_NAME_MAX], gboolean *closing)
{
	*closing = p + 1 < end && p[1] == '/';
	const char *q = p + 1 + *closing;
	gsize n = 0;

	while (q < end && g_ascii_isalnum(*q)) {
		if (n < TAG_NAME_MAX - 1)
			name[n++] = g_ascii_tolower(*q);
		q++;
	}
	name[n] = '\0';
	return q;
}

/* Handle markup at P ('<'); returns where to continue. */
static const char *
markup(Html *h, const char *p, const char *end)
{
	if (p + 1 >= end)
		return end;
	const char *c = comment_end(p, end);
	if (c != NULL)
		return c;
	if (p[1] == '!' || p[1] == '?')
		return tag_end(p, end);
	gboolean closing;
	char name[TAG_NAME_MAX];
	const char *q = tag_name(p, end, name, &closing);
	if (*name == '\0') {
		text(h, "<", 1);
		return p + 1;
	}
	const char *e = tag_end(p, end);
	if (!closing) {
		for (gsize i = 0; i < G_N_ELEMENTS(skipped); i++)
			if (strcmp(skipped[i], name) == 0 && e[-2] != '/')
				return skip_element(e, end, name);
	}
	tag(h, name, closing, q, e);
	return e;
}

/* The first C in [P, END), or END. */
static const char *
find(const char *p, const char *end, char c)
{
	const char *f = p < end ? memchr(p, c, end - p) : NULL;

	return f ? f : end;
}

/* Drop the spaces, tabs and no-break spaces (U+00A0, as the HTML wrote
 * them) that end each line of OUT, in place: a line that held only them is
 * the blank line it looked like.  The last line, without its newline when
 * MAX cut it, stays as it is. */
static void
chomp_lines(GString *out)
{
	gsize w = 0, keep = 0;  /* write position; its length without the trailing spaces */
	for (gsize r = 0; r < out->len; r++) {
		char c = out->str[r];
		if (c == '\n') {
			w = keep;
			out->str[w++] = c;
			keep = w;
			continue;
		}
		if (c == '\xc2' && r + 1 < out->len && out->str[r + 1] == '\xa0') {
			out->str[w++] = c;
			out->str[w++] = out->str[++r];
			continue;
		}
		out->str[w++] = c;
		if (c != ' ' && c != '\t')
			keep = w;
	}
	g_string_truncate(out, w);     /* a cut last line keeps what it has */
}

char *
st_html_to_text(const char *html, gssize len, gsize max, gboolean *truncated)
{
	Html h = { 0 };
	const char *p = html ? html : "";
	const char *end = p + (len < 0 ? strlen(p) : (gsize) len);

	h.out = g_string_sized_new(MIN((gsize) (end - p), max) / 2 + 16);
	h.max = max;
	/* the next '<' and '&' at or after P (END when none), each found
	 * with memchr once, not byte by byte */
	const char *next_lt = find(p, end, '<'), *next_amp = find(p, end, '&');
	while (p < end && !h.full) {
		if (next_lt < p)
			next_lt = find(p, end, '<');
		if (next_amp < p)
			next_amp = find(p, end, '&');
		const char *lt = MIN(next_lt, next_amp);
		text(&h, p, lt - p);
		if (lt >= end)
			break;
		p = *lt == '<' ? markup(&h, lt, end) : entity(&h, lt, end);
	}
	link_close(&h);
	if (!h.full && h.out->len > 0 && h.out->str[h.out->len - 1] != '\n')
		put(&h, "\n", 1);
	chomp_lines(h.out);
	if (truncated)
		*truncated = h.full;
	g_free(h.href);
	return g_string_free(h.out, FALSE);
}

char *
st_html_alt_text(const char *html, gssize len, gsize max)
{
	const char *p = html ? html : "";
	const char *end = p + (len < 0 ? strlen(p) : (gsize) len);
	g_autoptr(GString) out = g_string_new(NULL);
	int quoted = 0;         /* open <blockquote> elements */

	while ((p = p < end ? memchr(p, '<', end - p) : NULL) != NULL && out->len < max) {
		const char *c = comment_end(p, end);
		if (c != NULL) {
			p = c;
			continue;
		}
		const char *e = tag_end(p, end);
		gboolean closing;
		char name[TAG_NAME_MAX];
		const char *q = tag_name(p, end, name, &closing);
		if (strcmp(name, "blockquote") == 0)
			quoted += closing ? (quoted > 0 ? -1 : 0) : 1;
		else if (quoted == 0 && !closing && strcmp(name, "img") == 0) {
			g_autofree char *alt = attr_value(q, e, "alt");
			if (alt != NULL && *g_strstrip(alt) != '\0') {
				g_strdelimit(alt, "\r\n\t", ' ');
				g_string_append(out, alt);
				g_string_append_c(out, '\n');
			}
		}
		p = e;
	}
	if (out->len == 0)
		return NULL;
	if (out->len > max) {
		const char *cut = out->str + max;
		g_utf8_validate(out->str, max, &cut);
		g_string_truncate(out, cut - out->str);
	}
	return g_string_free(g_steal_pointer(&out), FALSE);
}
