/*
 * extract_logs_prose.c — whether a line of a block reads as the writer's
 * prose rather than what a program printed (extract_int.h), for
 * extract_logs.c: its words counted, a sentence by its shape, a sentence
 * of Japanese or Chinese.
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* Is the token of W bytes at T signs alone, no letter or digit of any
 * script: an emoji or a dash ("\U0001F628", "\u2014", "\u2192")? */
static gboolean
signs_only(const char *t, gsize w)
{
	const char *end = t + w;

	for (const char *p = t; p < end; p = g_utf8_next_char(p)) {
		if ((guchar)*p < 0x80) {
			if (g_ascii_isalnum(*p))
				return FALSE;
			continue;
		}
		gunichar c = g_utf8_get_char_validated(p, end - p);
		if (c == (gunichar)-1 || c == (gunichar)-2 || g_unichar_isalnum(c) ||
		    g_unichar_ismark(c))
			return FALSE;
	}
	return TRUE;
}

/* Count the words of line L (T, N: its text without indentation and
 * trailing white space), its plain words (letters only, but for trailing
 * punctuation) and its letters.  A token of signs alone, an emoji a chat
 * line ends with ("9.6 UNSAFE \U0001F628", 3428), is no word. */
void
st_x_log_words(const char *t, gsize n, gsize *words, gsize *plain, gsize *letters)
{
	*words = *plain = *letters = 0;
	for (gsize k = 0; k < n;) {
		gsize w = strcspn(t + k, " \t"), e = w;
		if (w > n - k)
			w = e = n - k;
		if ((guchar)t[k] >= 0x80 && signs_only(t + k, w)) {
			k += w;
			k += strspn(t + k, " \t");
			continue;
		}
		while (e > 0 && strchr(",.;:!?", t[k + e - 1]))
			e--;  /* the word's trailing punctuation */
		gboolean alpha = e > 0;
		for (gsize c = 0; c < w; c++) {
			gboolean a = g_ascii_isalpha(t[k + c]) || (guchar)t[k + c] >= 0x80;
			*letters += a;
			if (c < e && !a)
				alpha = FALSE;
		}
		(*words)++;
		*plain += alpha;
		k += w;
		k += strspn(t + k, " \t");
	}
}

/* The text of line L without its indentation, its length without
 * trailing white space in *N. */
const char *
st_x_line_trimmed(const Line *l, gsize *n)
{
	const char *t = l->s + strspn(l->s, " \t");

	*n = strlen(t);
	while (*n > 0 && g_ascii_isspace(t[*n - 1]))
		(*n)--;
	return t;
}

/* Is T (N bytes, WORDS words of which PLAIN plain, LETTERS letters;
 * count_words) a line of prose rather than output: a sentence (four words or
 * more, ended by '.', '!' or '?', mostly letters: "The docs say the value
 * is never logged.") or, ended or not, five words or more of which four in
 * five are plain words (a sentence wrapped at the line's end: "The
 * delivery program \"/x/mail_proc.pl\" produced")?  Output rarely is
 * either ("cat: /host/etc/shadow: Permission denied", "Connecting to
 * [2001:db8::10]:80"). */
gboolean
st_x_prose_counts(const char *t, gsize n, gsize words, gsize plain, gsize letters)
{
	if (words >= 4 && n > 0 && strchr(".!?", t[n - 1]) && letters * 4 >= n * 3)
		return TRUE;
	return words >= 5 && plain * 5 >= words * 4;
}

/* The characters of a sentence in a script written without spaces
 * between words (Han, hiragana, katakana) that T (N bytes) must have,
 * ended by an ideographic full stop, to be one. */
#define CJK_SENTENCE_MIN 4

/* Is T (N bytes) a sentence of Japanese or Chinese: ended by an
 * ideographic full stop or a full-width '!' or '?' ("で自分の
 * member_id(mem_1)を確認。"), with CJK_SENTENCE_MIN Han or kana
 * characters or more, and those at least half of its units (a CJK
 * character, or a run of other characters up to white space or a CJK
 * one)?  Such a sentence has no spaces to count words by
 * (prose_counts); output rarely ends in a full stop. */
static gboolean
cjk_sentence(const char *t, gsize n)
{
	static const char *const ends[] = { "\xe3\x80\x82", "\xef\xbc\x81", "\xef\xbc\x9f" };  /* 。！？ */
	gboolean ended = FALSE;
	guint cjk = 0, units = 0;

	for (guint k = 0; k < G_N_ELEMENTS(ends); k++)
		ended = ended || (n >= 3 && memcmp(t + n - 3, ends[k], 3) == 0);
	if (!ended || !g_utf8_validate(t, (gssize)n, NULL))
		return FALSE;
	gboolean in_run = FALSE;
	for (const char *p = t; p < t + n; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		GUnicodeScript sc = g_unichar_get_script(c);
		gboolean is_cjk = sc == G_UNICODE_SCRIPT_HAN || sc == G_UNICODE_SCRIPT_HIRAGANA ||
				  sc == G_UNICODE_SCRIPT_KATAKANA;
		/* a CJK character is a unit, so is a run of anything else
		 * but white space ("member_id(mem_1)") */
		units += is_cjk || (!in_run && !g_unichar_isspace(c));
		cjk += is_cjk;
		in_run = !is_cjk && !g_unichar_isspace(c);
	}
	return cjk >= CJK_SENTENCE_MIN && cjk * 2 >= units;
}

/* prose_counts of line L, or a CJK sentence (cjk_sentence); a
 * [logs.line] line is never prose. */
gboolean
st_x_prose_line(const Line *l)
{
	gsize n, letters, words, plain;
	const char *t = st_x_line_trimmed(l, &n);

	if (l->logline)
		return FALSE;
	st_x_log_words(t, n, &words, &plain, &letters);
	return st_x_prose_counts(t, n, words, plain, letters) || cjk_sentence(t, n);
}

