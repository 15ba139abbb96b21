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
 * a line.
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
		/* space-stuffing: one space before content that is not a space
		 * (an indent of two or more spaces is kept as written) */
		if (c + 1 < e && c[0] == ' ' && c[1] != ' ')
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
