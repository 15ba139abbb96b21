/*
 * classify_body.c — the body of a message as the classification reads it
 * (classify_int.h): the writer's own lines, the quoted ones and the pasted
 * ones (output, code, an indented block) apart, the signature dropped,
 * each part bounded.
 */
#include <string.h>

#include "sectriage/common.h"
#include "classify_int.h"
#include "extract_int.h"

/* Append LEN bytes of S (-1: all) to OUT without letting OUT pass MAX bytes
 * (cut on a character boundary).  FALSE once OUT is full. */
gboolean
st_c_append_bounded(GString *out, const char *s, gssize len, gsize max)
{
	gsize n = len < 0 ? strlen(s) : (gsize)len;
	if (out->len >= max)
		return FALSE;
	if (out->len + n > max) {
		const char *end = s + (max - out->len);
		while (end > s && (*end & 0xC0) == 0x80)
			end--;
		g_string_append_len(out, s, end - s);
		return FALSE;
	}
	g_string_append_len(out, s, n);
	return TRUE;
}

/* Is S (a line without its end) an item of a numbered or bulleted list
 * after its indentation ("1. ", "2) ", "- ", "* ", "+ ", "• ")? */
static gboolean
list_item_line(const char *s)
{
	s += strspn(s, " \t");
	gsize d = strspn(s, "0123456789");
	if (d >= 1 && d <= 2 && (s[d] == '.' || s[d] == ')'))
		s += d + 1;
	else if (*s == '-' || *s == '*' || *s == '+')
		s++;
	else if (strncmp(s, "\xe2\x80\xa2", 3) == 0)
		s += 3;
	else
		return FALSE;
	return (*s == ' ' || *s == '\t') && g_ascii_isalnum(s[1 + strspn(s + 1, " \t")]);
}

/* Is S (a line without its end) pasted output or code rather than the
 * reporter's sentences: indented by a tab or four spaces?  An indented
 * list's items are the reporter's own (a writer indents "    1. Start a
 * sandbox" as often as not), unless the line above was a pasted line
 * indented as deep or deeper (PREV_PASTED its indentation plus one, 0
 * when it was not pasted): then the marker is the block's ("- sbx1
 * running"); an item stepping back out of the command its item above
 * holds ("    1. Start it:" / "         msb run ..." / "    2. ...") is
 * the list's again. */
static gboolean
pasted_line(const char *s, guint prev_pasted)
{
	if (s[0] != '\t' && strncmp(s, "    ", 4) != 0)
		return FALSE;
	if (!list_item_line(s))
		return TRUE;
	return prev_pasted > 0 && st_x_indent_width(s) >= prev_pasted - 1;
}

/* Split BODY into the reporter's own lines, quoted ("> ") lines and pasted
 * lines (inside ``` or ~~~ fences, or indented: logs, code, tool output),
 * each at most MAX bytes: what decides a report's kind is near its top, a
 * word in a log or a quote says less than the same word in the reporter's
 * sentences, and the regex work stays bounded however long the pasted logs
 * are.  A signature block (the "-- " line and the lines up to the next
 * blank or quoted one) is none of them: a job title ("build
 * infrastructure"), a team or a list footer says who writes, not what the
 * report is about; what follows the block (a forwarded or quoted mail) is
 * read again. */
void
st_c_split_body(const char *body, gsize max, GString *own, GString *quoted, GString *pasted)
{
	const char *line = body ? body : "";
	gboolean fenced = FALSE, signature = FALSE;
	guint prev_pasted = 0;  /* the last line's indentation plus one, when pasted */

	while (*line && (own->len < max || quoted->len < max || pasted->len < max)) {
		const char *nl = strchr(line, '\n');
		gsize len = nl ? (gsize)(nl - line) : strlen(line);
		const char *s = line;
		guint pasted_from = 0;
		while (*s == ' ' || *s == '\t')
			s++;
		if (signature && (*s == '\0' || *s == '\n' || *s == '\r' || *s == '>'))
			signature = FALSE;
		if (signature || (!fenced && st_signature_line(line, len))) {
			signature = TRUE;
		} else if (strncmp(s, "```", 3) == 0 || strncmp(s, "~~~", 3) == 0) {
			fenced = !fenced;
		} else if (*s == '>') {
			while (*s == '>' || *s == ' ')
				s++;
			if (st_c_append_bounded(quoted, s, len - (s - line), max))
				st_c_append_bounded(quoted, "\n", 1, max);
		} else if (fenced || pasted_line(line, prev_pasted)) {
			if (st_c_append_bounded(pasted, line, len, max))
				st_c_append_bounded(pasted, "\n", 1, max);
			/* an indented block's line; a blank one ends it */
			pasted_from = !fenced && *s != '\0' && *s != '\n' && *s != '\r'
				      ? st_x_indent_width(line) + 1 : 0;
		} else if (st_c_append_bounded(own, line, len, max)) {
			st_c_append_bounded(own, "\n", 1, max);
		}
		prev_pasted = pasted_from;
		if (nl == NULL)
			break;
		line = nl + 1;
	}
}
