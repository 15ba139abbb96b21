/*
 * unwrap.c — hard-wrapped command and log lines joined (see unwrap.h).
 *
 * Functions: st_unwrap_blocks().
 *
 * Three passes over the lines: the first, allocating nothing, gives up
 * when a line is over 80 columns (but a quoted or unbreakable one) or no
 * indented line has a line at column 0 after it (most texts); the second
 * measures the lines; the third copies the text, joining each tail to the
 * line it was broken from.  Linear: each line is looked at a bounded
 * number of times.
 */
#include <string.h>

#include "sectriage/unwrap.h"

/* Past this many columns a line was not hard-wrapped by its client; a
 * text whose longest line is shorter than WRAP_MIN was not wrapped at all
 * (clients wrap at 72 to 78: Thunderbird, mutt, Outlook, Gmail). */
#define WRAP_MAX 80
#define WRAP_MIN 60
/* A first word that ends past this column fits no client's wrapped line */
#define WRAP_WORD 72

typedef struct {
	const char *s;    /* the line, without its end */
	gsize len;
	glong cols;       /* its length in characters */
} Line;

/* May a line of LEN bytes at S, longer than WRAP_MAX, stand in a text that
 * was hard-wrapped?  A client wraps only what is written and only between
 * words: quoted text keeps its lines, and a first word (a URL, a token)
 * that ends past WRAP_WORD had no place to break before it. */
static gboolean
unbreakable(const char *s, gsize len)
{
	gsize lead = 0, w;

	if (len > 0 && s[0] == '>')
		return TRUE;
	while (lead < len && (s[lead] == ' ' || s[lead] == '\t'))
		lead++;
	for (w = lead; w < len && s[w] != ' ' && s[w] != '\t' && s[w] != '\r'; w++)
		;
	return (glong) lead + g_utf8_strlen(s + lead, (gssize) (w - lead)) > WRAP_WORD;
}

static gboolean
blank(const Line *l)
{
	for (gsize i = 0; i < l->len; i++)
		if (l->s[i] != ' ' && l->s[i] != '\t')
			return FALSE;
	return TRUE;
}

static gboolean
indented(const Line *l)
{
	return !blank(l) && (l->s[0] == '\t' || (l->len >= 2 && l->s[0] == ' ' && l->s[1] == ' '));
}

static gboolean
prompt(const Line *l)
{
	return l->len >= 3 && (l->s[0] == '$' || l->s[0] == '#') && l->s[1] == ' ' && l->s[2] != ' ';
}

/* Is L a command at column 0 that the indented lines after it continue
 * ("$ curl ... \", "curl -s \")?  Its output may follow at column 0. */
static gboolean
command(const Line *l)
{
	gsize n = l->len;
	while (n > 0 && (l->s[n - 1] == ' ' || l->s[n - 1] == '\t'))
		n--;
	return !blank(l) && !indented(l) && (prompt(l) || (n > 0 && l->s[n - 1] == '\\'));
}

/* Could L's first word not have fitted after a line of PREV_COLS columns
 * within WIDTH?  L starts at column 0 with text. */
static gboolean
broken_before(const Line *l, glong prev_cols, glong width)
{
	gsize w = 0;
	while (w < l->len && l->s[w] != ' ' && l->s[w] != '\t')
		w++;
	return prev_cols + 1 + g_utf8_strlen(l->s, (gssize) w) > width;
}

static gboolean
tail(const Line *l)
{
	return !blank(l) && l->s[0] != ' ' && l->s[0] != '\t' && l->s[0] != '>' && !prompt(l);
}

gboolean
st_unwrap_blocks(GString *out, const char *s, gsize len)
{
	if (s == NULL || len == 0)
		return FALSE;
	const char *end = s + len;
	/* first, with no allocation: is the text hard-wrapped, and does an
	 * indented line have a line at column 0 after it?  Most texts are
	 * not, or have none, and cost one memchr a line */
	gboolean candidate = FALSE, was_indented = FALSE;
	for (const char *p = s; p < end;) {
		const char *nl = memchr(p, '\n', end - p);
		const char *e = nl ? nl : end;
		if (e - p > WRAP_MAX && g_utf8_strlen(p, e - p) > WRAP_MAX + (e[-1] == '\r') &&
		    !unbreakable(p, (gsize) (e - p)))
			return FALSE;
		gboolean ind = e - p >= 2 && (*p == '\t' || (p[0] == ' ' && p[1] == ' '));
		if (was_indented && !ind && p < e && *p != ' ' && *p != '\t' && *p != '\r')
			candidate = TRUE;
		was_indented = ind;
		p = nl ? nl + 1 : end;
	}
	if (!candidate)
		return FALSE;
	g_autoptr(GArray) lines = g_array_new(FALSE, FALSE, sizeof(Line));
	glong width = 0;

	for (const char *p = s; p < end;) {
		const char *nl = memchr(p, '\n', end - p);
		const char *e = nl ? nl : end;
		Line l = { p, (gsize) (e - p), 0 };
		if (l.len > 0 && l.s[l.len - 1] == '\r')
			l.len--;
		if (!g_utf8_validate_len(l.s, l.len, NULL))
			return FALSE;
		l.cols = g_utf8_strlen(l.s, (gssize) l.len);
		if (l.cols > WRAP_MAX && !unbreakable(l.s, l.len))
			return FALSE;
		/* the writer's own lines give the width they were wrapped to */
		if (l.cols <= WRAP_MAX && (l.len == 0 || l.s[0] != '>'))
			width = MAX(width, l.cols);
		g_array_append_val(lines, l);
		p = nl ? nl + 1 : end;
	}
	if (width < WRAP_MIN)
		return FALSE;
	/* each line's fate: 1 when it joins the line before */
	g_autofree guint8 *joins = g_malloc0(lines->len + 1);
	gboolean any = FALSE;
	const Line *L = (const Line *) (void *) lines->data;
	gboolean block = FALSE;   /* L[i] is in an indented block */
	for (guint i = 0; i + 1 < lines->len; i++) {
		block = indented(&L[i]) && (block || i == 0 || !command(&L[i - 1]));
		if (!block)
			continue;
		guint j = i + 1;
		while (j < lines->len && tail(&L[j]) && broken_before(&L[j], L[j - 1].cols, width))
			j++;
		if (j == i + 1)
			continue;
		if (j < lines->len && !indented(&L[j]) && !blank(&L[j]))
			continue;   /* prose goes on: not the block's */
		for (guint k = i + 1; k < j; k++)
			joins[k] = 1;
		any = TRUE;
		i = j - 1;
	}
	if (!any)
		return FALSE;
	/* copy: a joined line goes after one space instead of its line end */
	for (guint i = 0; i < lines->len; i++) {
		if (joins[i])
			g_string_append_c(out, ' ');
		else if (i > 0)
			g_string_append_c(out, '\n');
		g_string_append_len(out, L[i].s, L[i].len);
	}
	if (len > 0 && s[len - 1] == '\n')
		g_string_append_c(out, '\n');
	return TRUE;
}
