/*
 * common.c — helpers shared by every module: flag sets, printable peer text,
 * header-safe text, SHA-256, the clock.
 */
#include <string.h>

#include "sectriage/common.h"

void
st_init(void)
{
	static gsize once = 0;

	if (g_once_init_enter(&once)) {
		g_mime_init();
		g_once_init_leave(&once, 1);
	}
}

void
st_flag_add(GPtrArray *flags, const char *flag)
{
	g_return_if_fail(flags != NULL && flag != NULL);
	if (!st_flag_has(flags, flag))
		g_ptr_array_add(flags, g_strdup(flag));
}

gboolean
st_flag_has(const GPtrArray *flags, const char *flag)
{
	if (flags == NULL || flag == NULL)
		return FALSE;
	for (guint i = 0; i < flags->len; i++)
		if (strcmp(g_ptr_array_index(flags, i), flag) == 0)
			return TRUE;
	return FALSE;
}

/* Valid UTF-8 copy of S with every invalid byte replaced by '?'. */
static GString *
utf8_fix(const char *s, gsize len)
{
	GString *out = g_string_sized_new(len + 1);
	const char *p = s, *end = s + len;

	while (p < end) {
		const char *bad;

		if (g_utf8_validate(p, end - p, &bad)) {
			g_string_append_len(out, p, end - p);
			break;
		}
		g_string_append_len(out, p, bad - p);
		g_string_append_c(out, '?');
		p = bad + 1;
	}
	return out;
}

/* Cut S to at most MAX bytes on a character boundary; append "..." if cut. */
static void
cut_utf8(GString *s, gsize max)
{
	if (s->len <= max)
		return;
	gsize keep = max > 3 ? max - 3 : 0;
	while (keep > 0 && (s->str[keep] & 0xC0) == 0x80)
		keep--;
	g_string_truncate(s, keep);
	g_string_append(s, "...");
}

char *
st_printable(const char *s, gssize len, gsize max)
{
	if (s == NULL)
		return g_strdup("");
	if (len < 0)
		len = strlen(s);
	GString *out = utf8_fix(s, len);
	for (gsize i = 0; i < out->len; i++) {
		unsigned char c = out->str[i];
		if (c < 0x20 || c == 0x7f)
			out->str[i] = '?';
	}
	cut_utf8(out, max);
	return g_string_free(out, FALSE);
}

char *
st_strip_address(const char *addr)
{
	g_autofree char *a = g_strstrip(g_strdup(addr ? addr : ""));
	gsize len = strlen(a);

	if (len >= 2 && a[0] == '<' && a[len - 1] == '>')
		return g_strndup(a + 1, len - 2);
	return g_steal_pointer(&a);
}

char *
st_header_safe(const char *s, gsize max)
{
	if (s == NULL)
		return g_strdup("");
	GString *fixed = utf8_fix(s, strlen(s));
	GString *out = g_string_sized_new(fixed->len + 1);
	gboolean space = TRUE; /* drop leading spaces */

	for (gsize i = 0; i < fixed->len; i++) {
		unsigned char c = fixed->str[i];
		if (c < 0x20 || c == 0x7f || c == ' ') {
			if (!space)
				g_string_append_c(out, ' ');
			space = TRUE;
			continue;
		}
		/* U+2028/U+2029 line and paragraph separators, U+0085 NEL */
		if (c == 0xE2 && i + 2 < fixed->len && (guchar)fixed->str[i + 1] == 0x80 &&
		    ((guchar)fixed->str[i + 2] == 0xA8 || (guchar)fixed->str[i + 2] == 0xA9)) {
			i += 2;
			if (!space)
				g_string_append_c(out, ' ');
			space = TRUE;
			continue;
		}
		if (c == 0xC2 && i + 1 < fixed->len && (guchar)fixed->str[i + 1] == 0x85) {
			i += 1;
			if (!space)
				g_string_append_c(out, ' ');
			space = TRUE;
			continue;
		}
		g_string_append_c(out, c);
		space = FALSE;
	}
	while (out->len > 0 && out->str[out->len - 1] == ' ')
		g_string_truncate(out, out->len - 1);
	g_string_free(fixed, TRUE);
	cut_utf8(out, max);
	return g_string_free(out, FALSE);
}

void
st_join_wrapped(char *s)
{
	gsize len = strlen(s);

	for (gsize i = 1; i + 1 < len; i++)
		if (s[i] == '\n' && s[i - 1] != '\n' && s[i + 1] != '\n')
			s[i] = ' ';
}

/* A byte st_squeeze_blanks must look at: a blank or a line end. */
static inline gboolean
squeeze_stop(char c)
{
	static const guint64 stops = 1ULL << ' ' | 1ULL << '\t' | 1ULL << '\n' | 1ULL << '\r';

	return (guchar) c <= ' ' && (stops >> (guchar) c & 1);
}

gboolean
st_squeeze_blanks(GString *s, guint max_run)
{
	char *str = s->str;     /* locals: a char store may alias *s */
	gsize len = s->len, r = 0, w = 0;
	guint run = 0, blank_lines = 0;
	gboolean line_blank = TRUE, changed = FALSE;

	while (r < len) {
		/* A stretch of other bytes ends any run and any blank line: it
		 * is kept as it is, moved only once something was dropped. */
		gsize start = r;
		while (r < len && !squeeze_stop(str[r]))
			r++;
		if (r > start) {
			if (w != start)
				memmove(str + w, str + start, r - start);
			w += r - start;
			run = 0;
			line_blank = FALSE;
			continue;
		}
		char c = str[r++];
		if (c == ' ' || c == '\t') {
			if (++run > max_run) {
				changed = TRUE;
				continue;
			}
		} else if (c == '\n') {
			run = 0;
			blank_lines = line_blank ? blank_lines + 1 : 0;
			line_blank = TRUE;
			if (blank_lines > 3) {
				changed = TRUE;
				/* drop the blanks kept on this empty line too */
				while (w > 0 && (str[w - 1] == ' ' || str[w - 1] == '\t'))
					w--;
				continue;
			}
		} else {
			run = 0;        /* '\r': the line may still be blank */
		}
		str[w++] = c;
	}
	if (changed)
		g_string_truncate(s, w);
	return changed;
}

GDateTime *
st_now(void)
{
	const char *env = g_getenv("ST_NOW");

	if (env != NULL && *env != '\0') {
		g_autoptr(GTimeZone) utc = g_time_zone_new_utc();
		GDateTime *dt = g_date_time_new_from_iso8601(env, utc);
		if (dt != NULL)
			return dt;
	}
	return g_date_time_new_now_utc();
}

gboolean
st_signature_line(const char *s, gsize len)
{
	while (len > 2 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
		len--;
	return len == 2 && s[0] == '-' && s[1] == '-';
}
