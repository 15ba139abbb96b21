/*
 * flowed.c — RFC 3676 format=flowed decoding (see flowed.h).
 *
 * Functions: st_flowed_decode(), st_flowed_params().
 *
 * One pass over the text: each line end is found with memchr (the next LF
 * and the next CR each looked for once per occurrence, not once per line:
 * text of CRs only, or LFs only, stays linear), its quote marks counted and
 * its content appended; a flowed line leaves its paragraph open and the
 * line end is written only when the paragraph ends.  No regex, no copy of
 * a line.  One pass before it counts the indents (indents_stuffed).
 */
#include <string.h>

#include "sectriage/flowed.h"

gboolean
st_flowed_params(const char *format, const char *delsp, gboolean *del)
{
	gboolean flowed = format && g_ascii_strcasecmp(format, "flowed") == 0;

	if (del)
		*del = flowed && delsp && g_ascii_strcasecmp(delsp, "yes") == 0;
	return flowed;
}

/* Whether the unquoted indented lines of [s, s + len) were space-stuffed.
 * A line " >" or " From" shows a client that stuffs; a line indented by
 * one space before other content shows one that does not (a stuffing
 * client sends that writer's line with two).  Otherwise the indents
 * decide: a block of indented lines is indented by its least indent (the
 * rest is alignment: a right-aligned PID column), and the text was
 * stuffed when more of its blocks indented by two spaces or more are
 * indented by an odd count than by an even one.  People and terminals
 * indent by two, four or eight; a stuffing client sends three, five or
 * nine. */
static gboolean
indents_stuffed(const char *s, gsize len)
{
	const char *end = s + len;
	gsize odd = 0, even = 0, least = 0;   /* LEAST: the open block's, 0: none */

	while (s < end) {
		/* the line [s, e): its end is an LF, a CR LF or a lone CR */
		const char *c = s;
		while (c < end && *c == ' ')
			c++;
		const char *e = c;
		while (e < end && *e != '\n' && *e != '\r')
			e++;
		gsize n = c - s;
		if (n == 1 && c < e)
			return *c == '>' || (e - c >= 5 && memcmp(c, "From ", 5) == 0);
		if (n > 0 && c < e) {
			least = least ? MIN(least, n) : n;
		} else if (least) {   /* a line not indented ends the block */
			*(least % 2 ? &odd : &even) += 1;
			least = 0;
		}
		s = e < end && *e == '\r' && e + 1 < end && e[1] == '\n' ? e + 2 : e + 1;
	}
	if (least)
		*(least % 2 ? &odd : &even) += 1;
	return odd > even;
}

void
st_flowed_decode(GString *out, const char *s, gsize len, gboolean delsp)
{
	const char *end = s + len;
	/* the next LF and CR at or after S, NULL when none is left */
	const char *lf = len ? memchr(s, '\n', len) : NULL, *cr = len ? memchr(s, '\r', len) : NULL;
	gboolean open = FALSE;   /* the last line was flowed: its paragraph goes on */
	gboolean open_eol = FALSE;   /* ...and had a line end (written when it closes) */
	gsize open_depth = 0;

	if (len == 0)
		return;
	gboolean stuffed = indents_stuffed(s, len);
	while (s < end) {
		/* the line [s, e), the next one at NEXT */
		if (lf != NULL && lf < s)
			lf = memchr(s, '\n', end - s);
		if (cr != NULL && cr < s)
			cr = memchr(s, '\r', end - s);
		const char *e = MIN(lf ? lf : end, cr ? cr : end);
		const char *next = e;
		gboolean eol = e < end;
		if (eol)
			next = (*e == '\r' && e + 1 < end && e[1] == '\n') ? e + 2 : e + 1;
		const char *c = s;
		while (c < e && *c == '>')
			c++;
		gsize depth = c - s;
		const char *prefix_end = c;
		/* space-stuffing: one space before content that is not a space;
		 * an unquoted indent of two or more spaces loses one only
		 * where the text's indents say its client stuffs them */
		if (c + 1 < e && c[0] == ' ' && (c[1] != ' ' || (stuffed && depth == 0)))
			c = ++prefix_end;
		gsize clen = e - c;
		const char *t = c;
		while (t < e && *t == ' ')
			t++;
		gboolean blank = t == e;   /* no content but spaces */
		gboolean sig = clen == 3 && memcmp(c, "-- ", 3) == 0;
		gboolean flowed = !blank && c[clen - 1] == ' ' && !sig;
		if (open && (depth != open_depth || blank || sig)) {
			/* the paragraph ends before this line */
			if (open_eol)
				g_string_append_c(out, '\n');
			open = FALSE;
		}
		if (!open && depth > 0)
			g_string_append_len(out, s, prefix_end - s);
		if (flowed && delsp)
			clen--;
		g_string_append_len(out, c, clen);
		open = flowed;
		open_depth = depth;
		open_eol = eol;
		if (!open && eol)
			g_string_append_c(out, '\n');
		s = next;
	}
	if (open && open_eol)
		g_string_append_c(out, '\n');
}
