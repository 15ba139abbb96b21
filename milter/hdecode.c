/*
 * hdecode.c — RFC 2047 header decoding word by word, and charset conversion.
 *
 * Functions: st_hdecode_header(), st_hdecode_to_utf8(), st_hdecode_text(),
 * st_hdecode_unfold(), st_hdecode_param() (see hdecode.h).
 *
 * Why not g_mime_utils_header_decode_text(): GMime 3.2.13 joins adjacent
 * B-encoded words of one charset before base64-decoding them, so a word that
 * ends in '=' padding stops the decoder and the rest of the header is lost.
 * Here each word is decoded alone and only the decoded bytes are joined.
 *
 * Bounds: an encoded word's charset is at most 64 bytes; scanning never
 * backtracks, so a 1 MiB header costs one pass; the output is cut at MAX.
 */
#include <string.h>
#include <errno.h>
#include <gmime/gmime.h>

#include "sectriage/hdecode.h"

#define MAX_CHARSET 64

static const char utf8_replacement[] = "\xef\xbf\xbd";

static gboolean
is_utf8_name(const char *cs)
{
	return g_ascii_strcasecmp(cs, "utf-8") == 0 || g_ascii_strcasecmp(cs, "utf8") == 0;
}

static gboolean
is_ascii_name(const char *cs)
{
	return g_ascii_strcasecmp(cs, "us-ascii") == 0 || g_ascii_strcasecmp(cs, "ascii") == 0;
}

/* Latin-1 bytes to UTF-8 (never fails). */
static void
append_latin1(GString *out, const char *in, gsize len)
{
	for (gsize i = 0; i < len; i++)
		g_string_append_unichar(out, (guchar) in[i]);
}

/* Valid UTF-8 appended as is; invalid sequences as U+FFFD.  FALSE when any
 * byte was replaced. */
static gboolean
append_utf8_valid(GString *out, const char *in, gsize len)
{
	const char *end;
	gboolean clean = TRUE;

	while (len > 0) {
		if (g_utf8_validate_len(in, len, &end)) {
			g_string_append_len(out, in, len);
			break;
		}
		g_string_append_len(out, in, end - in);
		len -= end - in;
		in = end;
		if (*in == '\0') {      /* NUL is valid UTF-8 but stops the validator */
			g_string_append_c(out, '\0');
		} else {
			g_string_append(out, utf8_replacement);
			clean = FALSE;
		}
		in++;
		len--;
	}
	return clean;
}

/* Is IN (LEN bytes, not valid UTF-8) text written in a single-byte
 * charset under a UTF-8 label: at least two bytes that are not UTF-8 and
 * no multi-byte UTF-8 sequence at all (Notepad's Windows-1252 sent by a
 * mailer that labels every body UTF-8)?  One stray byte, or bad bytes
 * beside real UTF-8, is damage, not a charset. */
static gboolean
single_byte_text(const char *in, gsize len)
{
	guint bad = 0;
	const char *end;

	while (len > 0 && !g_utf8_validate_len(in, len, &end)) {
		for (const char *p = in; p < end; p++)
			if ((guchar) *p >= 0x80)
				return FALSE;
		len -= end - in + 1;
		in = end + 1;
		if ((guchar) *end >= 0x80)
			bad++;
	}
	for (const char *p = in; p < in + len; p++)
		if ((guchar) *p >= 0x80)
			return FALSE;
	return bad >= 2;
}

/* A thread's converters to UTF-8, kept open by iconv name.  Opening one
 * costs glibc a module lookup, and a dlopen whenever the charset's module
 * was let go since its last use: glibc unloads a module soon after its last
 * descriptor closes, so a converter opened and closed per part paid a
 * dlopen and its mmaps for most non-UTF-8 parts (2% of an analysis).  Mail
 * uses few charsets; the slots are reused round robin and closed when the
 * thread ends.  Kept open, a module also stays loaded for GMime's own
 * converters of the same charset. */
#define ICONV_SLOTS 8

typedef struct {
	char name[MAX_CHARSET + 1];
	GIConv cd;
} IconvSlot;

typedef struct {
	IconvSlot slot[ICONV_SLOTS];
	guint next;
} IconvCache;

static void
iconv_cache_free(gpointer data)
{
	IconvCache *c = data;

	for (guint i = 0; i < ICONV_SLOTS; i++)
		if (c->slot[i].cd != NULL)
			g_iconv_close(c->slot[i].cd);
	g_free(c);
}

static GPrivate iconv_cache_key = G_PRIVATE_INIT(iconv_cache_free);

/* A converter from NAME to UTF-8 in its initial state; (GIConv) -1 when
 * iconv does not know NAME.  *OWNED: the caller closes it (a name too long
 * to keep), else the thread's cache owns it. */
static GIConv
iconv_to_utf8(const char *name, gboolean *owned)
{
	IconvCache *c = g_private_get(&iconv_cache_key);

	*owned = FALSE;
	if (c == NULL) {
		c = g_new0(IconvCache, 1);
		g_private_set(&iconv_cache_key, c);
	}
	for (guint i = 0; i < ICONV_SLOTS; i++) {
		if (c->slot[i].cd != NULL && strcmp(c->slot[i].name, name) == 0) {
			g_iconv(c->slot[i].cd, NULL, NULL, NULL, NULL);
			return c->slot[i].cd;
		}
	}
	GIConv cd = g_iconv_open("UTF-8", name);
	if (cd == (GIConv) -1)
		return cd;
	if (strlen(name) > MAX_CHARSET) {
		*owned = TRUE;
		return cd;
	}
	IconvSlot *s = &c->slot[c->next++ % ICONV_SLOTS];
	if (s->cd != NULL)
		g_iconv_close(s->cd);
	g_strlcpy(s->name, name, sizeof s->name);
	s->cd = cd;
	return cd;
}

/* Convert through iconv; invalid bytes become U+FFFD.  FALSE when CHARSET is
 * unknown to iconv (nothing appended) — *replaced tells about bad bytes. */
static gboolean
append_iconv(GString *dest, const char *in, gsize len, const char *charset, gboolean *replaced)
{
	char buf[4096];

	/* A label of odd bytes (or "", the locale's charset to iconv) is unknown. */
	if (*charset == '\0' || strlen(charset) > MAX_CHARSET)
		return FALSE;
	for (const char *c = charset; *c; c++)
		if (!g_ascii_isalnum(*c) && strchr("-_.:+()", *c) == NULL)
			return FALSE;
	const char *name = g_mime_charset_iconv_name(charset);
	if (name == NULL || *name == '\0')
		name = charset;
	gboolean owned;
	GIConv cd = iconv_to_utf8(name, &owned);
	if (cd == (GIConv) -1)
		return FALSE;
	/* glibc's UTF-8 reader lets 5- and 6-byte forms through: validate after. */
	g_autoptr(GString) out = g_string_sized_new(len + 16);
	*replaced = FALSE;
	char *inp = (char *) in;
	gsize inleft = len;
	while (inleft > 0) {
		char *outp = buf;
		gsize outleft = sizeof buf;
		gsize r = g_iconv(cd, &inp, &inleft, &outp, &outleft);
		g_string_append_len(out, buf, outp - buf);
		if (r != (gsize) -1)
			break;
		if (errno == E2BIG)
			continue;
		/* EILSEQ: skip one byte; EINVAL: truncated sequence at the end. */
		g_string_append(out, utf8_replacement);
		*replaced = TRUE;
		if (errno == EINVAL)
			break;
		inp++;
		inleft--;
		g_iconv(cd, NULL, NULL, NULL, NULL);
	}
	/* Shift sequences of stateful charsets (ISO-2022-JP, UTF-7). */
	char *outp = buf;
	gsize outleft = sizeof buf;
	g_iconv(cd, NULL, NULL, &outp, &outleft);
	g_string_append_len(out, buf, outp - buf);
	if (owned)
		g_iconv_close(cd);
	if (!append_utf8_valid(dest, out->str, out->len))
		*replaced = TRUE;
	return TRUE;
}

/* The encoding a UTF-16 or UTF-32 byte-order mark at the start of IN
 * names (NULL: none), and the mark's length in *BOM_LEN. */
static const char *
wide_bom(const char *in, gsize len, gsize *bom_len)
{
	/* UTF-32LE's mark starts like UTF-16LE's: it comes first */
	static const struct {
		const char *mark, *encoding;
		gsize len;
	} boms[] = {
		{ "\xff\xfe\0\0", "UTF-32LE", 4 },
		{ "\0\0\xfe\xff", "UTF-32BE", 4 },
		{ "\xff\xfe", "UTF-16LE", 2 },
		{ "\xfe\xff", "UTF-16BE", 2 },
	};

	for (gsize i = 0; i < G_N_ELEMENTS(boms); i++)
		if (len >= boms[i].len && memcmp(in, boms[i].mark, boms[i].len) == 0) {
			*bom_len = boms[i].len;
			return boms[i].encoding;
		}
	*bom_len = 0;
	return NULL;
}

/* TRUE for a label of an encoding whose text holds NUL bytes. */
static gboolean
wide_label(const char *cs)
{
	static const char *const wide[] = { "utf-16", "utf16", "utf-32", "utf32",
					    "ucs-2", "ucs2", "ucs-4", "ucs4" };

	for (gsize i = 0; cs && i < G_N_ELEMENTS(wide); i++)
		if (g_ascii_strncasecmp(cs, wide[i], strlen(wide[i])) == 0)
			return TRUE;
	return FALSE;
}

gboolean
st_hdecode_wide(const char *in, gsize len, const char *charset)
{
	gsize bom;

	return wide_label(charset) || wide_bom(in, len, &bom) != NULL;
}

/* Are the LEN bytes of IN valid UTF-8 with at least one multi-byte
 * character?  Text in a legacy charset is not, but for mojibake: in
 * Windows-1252 a multi-byte sequence reads as "Ã©" or "Å¡", a capital and
 * a symbol no one writes in a row. */
static gboolean
utf8_multibyte(const char *in, gsize len)
{
	const char *p = in, *end = in + len;

	while (p < end && (guchar) *p < 0x80)
		p++;
	return p < end && g_utf8_validate_len(in, len, NULL);
}

/* The Cyrillic code pages mailers confuse: Windows-1251 and KOI8-R (or
 * KOI8-U) put the lower and the upper case letters the other way round,
 * so text in one read as the other is almost all capitals ("еУМЙ ВХДЕФЕ"
 * for "если будете").  The label for the other of a pair, or NULL. */
static const char *
cyrillic_twin(const char *cs)
{
	if (g_ascii_strcasecmp(cs, "windows-1251") == 0 || g_ascii_strcasecmp(cs, "cp1251") == 0)
		return "KOI8-R";
	if (g_ascii_strcasecmp(cs, "koi8-r") == 0 || g_ascii_strcasecmp(cs, "koi8-u") == 0)
		return "WINDOWS-1251";
	return NULL;
}

/* Capital and small Cyrillic letters of the UTF-8 text S (LEN bytes). */
static void
cyrillic_cases(const char *s, gsize len, guint *upper, guint *lower)
{
	*upper = *lower = 0;
	for (const char *p = s; p < s + len; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c >= 0x0400 && c <= 0x04FF) {
			if (g_unichar_isupper(c))
				(*upper)++;
			else if (g_unichar_islower(c))
				(*lower)++;
		}
	}
}

/* Text of a Cyrillic code page appended at START of OUT from IN (LEN
 * bytes): when it reads as mostly capitals (twice as many as small
 * letters, and enough letters to tell) and its twin reads as mostly small
 * letters, the label was the wrong one of the pair, and the twin's text
 * replaces it.  TRUE when it did. */
static gboolean
cyrillic_relabel(GString *out, gsize start, const char *in, gsize len, const char *charset)
{
	const char *twin = cyrillic_twin(charset);
	guint up, low, up2, low2;
	gboolean replaced = FALSE;

	if (twin == NULL)
		return FALSE;
	cyrillic_cases(out->str + start, out->len - start, &up, &low);
	if (up < 20 || up < 2 * low)
		return FALSE;
	GString *alt = g_string_sized_new(out->len - start);
	if (!append_iconv(alt, in, len, twin, &replaced) || replaced) {
		g_string_free(alt, TRUE);
		return FALSE;
	}
	cyrillic_cases(alt->str, alt->len, &up2, &low2);
	gboolean better = low2 > 2 * up2;
	if (better) {
		g_string_truncate(out, start);
		g_string_append_len(out, alt->str, alt->len);
	}
	g_string_free(alt, TRUE);
	return better;
}

gboolean
st_hdecode_to_utf8(GString *out, const char *in, gsize len, const char *charset)
{
	gboolean replaced = FALSE;
	gsize bom;

	if (len == 0)
		return TRUE;
	/* Text that starts with a UTF-16 or UTF-32 byte-order mark is in that
	 * encoding whatever a label of ASCII, UTF-8 or UTF-16 says (Windows
	 * writes its reports so, and mailers send them unlabelled); another
	 * label is believed. */
	const char *wide = wide_bom(in, len, &bom);
	if (wide && (charset == NULL || *charset == '\0' || is_ascii_name(charset) ||
		     is_utf8_name(charset) || wide_label(charset))) {
		if (append_iconv(out, in + bom, len - bom, wide, &replaced))
			return !replaced;
	}
	if (charset == NULL || *charset == '\0' || is_ascii_name(charset)) {
		if (g_utf8_validate_len(in, len, NULL)) {
			g_string_append_len(out, in, len);
			return TRUE;
		}
		/* 8-bit bytes with no (or an ASCII) label: UTF-8 if it is, else Latin-1. */
		gsize start = out->len;
		if (append_utf8_valid(out, in, len))
			return TRUE;
		g_string_truncate(out, start);
		append_latin1(out, in, len);
		return FALSE;
	}
	if (is_utf8_name(charset)) {
		/* the label is wrong: the text as Windows-1252 (of which
		 * Latin-1's letters are a part), still reported as replaced */
		if (single_byte_text(in, len) && append_iconv(out, in, len, "windows-1252", &replaced))
			return FALSE;
		return append_utf8_valid(out, in, len);
	}
	/* a legacy label over UTF-8 (a client that wrote UTF-8 and named the
	 * system's code page, 4255): the bytes say which, the label is wrong */
	if (!wide_label(charset) && utf8_multibyte(in, len)) {
		g_string_append_len(out, in, len);
		return FALSE;
	}
	gsize start = out->len;
	if (append_iconv(out, in, len, charset, &replaced)) {
		/* KOI8-R labelled Windows-1251 or the other way round (4257) */
		if (cyrillic_relabel(out, start, in, len, charset))
			return FALSE;
		return !replaced;
	}
	/* Unknown charset label. */
	if (g_utf8_validate_len(in, len, NULL))
		g_string_append_len(out, in, len);
	else
		append_latin1(out, in, len);
	return FALSE;
}

/* One parsed encoded word "=?charset?X?text?=" at P (P points at "=?"). */
typedef struct {
	char charset[MAX_CHARSET + 1];
	char enc;                /* 'B' or 'Q' */
	const char *text;
	gsize text_len;
	const char *end;         /* just after "?=" */
} EncWord;

/* Parse an encoded word at P (before END).  FALSE when P does not start one;
 * never reads past the first '?' after the text. */
static gboolean
parse_word(const char *p, const char *end, EncWord *w)
{
	const char *q = p + 2, *cs = q;

	while (q < end && *q != '?' && q - cs <= MAX_CHARSET && !g_ascii_isspace(*q))
		q++;
	if (q >= end || *q != '?' || q == cs || q - cs > MAX_CHARSET)
		return FALSE;
	memcpy(w->charset, cs, q - cs);
	w->charset[q - cs] = '\0';
	char *star = strchr(w->charset, '*');   /* RFC 2231 language suffix */
	if (star)
		*star = '\0';
	q++;
	if (q + 1 >= end || q[1] != '?')
		return FALSE;
	w->enc = g_ascii_toupper(*q);
	if (w->enc != 'B' && w->enc != 'Q')
		return FALSE;
	q += 2;
	w->text = q;
	while (q < end && *q != '?')
		q++;
	if (q + 1 >= end || q[1] != '=')
		return FALSE;
	w->text_len = q - w->text;
	w->end = q + 2;
	return TRUE;
}

static void
decode_b(GByteArray *bytes, const char *text, gsize len)
{
	gint state = 0;
	guint save = 0;
	gsize old = bytes->len;

	g_byte_array_set_size(bytes, old + (len / 4 + 1) * 3 + 3);
	gsize n = g_base64_decode_step(text, len, bytes->data + old, &state, &save);
	/* Unpadded words: complete the last quantum as if '=' followed. */
	static const char pad[] = "===";
	if ((len % 4) != 0 && memchr(text, '=', len) == NULL)
		n += g_base64_decode_step(pad, 4 - len % 4, bytes->data + old + n, &state, &save);
	g_byte_array_set_size(bytes, old + n);
}

static void
decode_q(GByteArray *bytes, const char *text, gsize len)
{
	for (gsize i = 0; i < len; i++) {
		guint8 c = text[i];
		if (c == '_') {
			c = ' ';
		} else if (c == '=' && i + 2 < len && g_ascii_isxdigit(text[i + 1]) &&
			   g_ascii_isxdigit(text[i + 2])) {
			c = g_ascii_xdigit_value(text[i + 1]) << 4 | g_ascii_xdigit_value(text[i + 2]);
			i += 2;
		}
		g_byte_array_append(bytes, &c, 1);
	}
}

/* Convert the pending decoded bytes of CHARSET and empty them. */
static void
flush_pending(GString *out, GByteArray *pending, const char *charset)
{
	if (pending->len == 0)
		return;
	st_hdecode_to_utf8(out, (const char *) pending->data, pending->len, charset);
	g_byte_array_set_size(pending, 0);
}

/* Copy RAW without CR and LF (unfolding). */
static char *
unfold(const char *raw, gsize *len)
{
	gsize n = strlen(raw);
	char *s = g_malloc(n + 1), *o = s;

	for (gsize i = 0; i < n; i++)
		if (raw[i] != '\r' && raw[i] != '\n')
			*o++ = raw[i];
	*o = '\0';
	*len = o - s;
	return s;
}

/* Cut S to at most MAX bytes on a UTF-8 character boundary. */
static void
cut_utf8(GString *s, gsize max)
{
	if (s->len <= max)
		return;
	gsize n = max;
	while (n > 0 && ((guchar) s->str[n] & 0xC0) == 0x80)
		n--;
	g_string_truncate(s, n);
}

char *
st_hdecode_header(const char *raw, gsize max)
{
	gsize len;
	g_autofree char *s = unfold(raw ? raw : "", &len);
	const char *p = s, *end = s + len, *plain = s;
	GString *out = g_string_sized_new(MIN(len, max) + 16);
	g_autoptr(GByteArray) pending = g_byte_array_new();
	char pending_cs[MAX_CHARSET + 1] = "";
	gboolean after_word = FALSE;
	EncWord w;

	while (p < end && out->len <= max) {
		const char *hit = memchr(p, '=', end - p);
		if (hit == NULL)
			break;
		if (hit + 1 >= end || hit[1] != '?' || !parse_word(hit, end, &w)) {
			p = hit + 1;
			continue;
		}
		/* Text between the previous word and this one. */
		gboolean only_space = TRUE;
		for (const char *c = plain; c < hit; c++)
			if (!g_ascii_isspace(*c))
				only_space = FALSE;
		gboolean join = pending->len > 0 && only_space &&
			g_ascii_strcasecmp(pending_cs, w.charset) == 0;
		if (!join) {
			flush_pending(out, pending, pending_cs);
			/* Whitespace between two encoded words is dropped. */
			if (!(only_space && after_word))
				st_hdecode_to_utf8(out, plain, hit - plain, NULL);
			g_strlcpy(pending_cs, w.charset, sizeof pending_cs);
		}
		if (w.enc == 'B')
			decode_b(pending, w.text, w.text_len);
		else
			decode_q(pending, w.text, w.text_len);
		p = plain = w.end;
		after_word = TRUE;
	}
	flush_pending(out, pending, pending_cs);
	if (out->len <= max && plain < end)
		st_hdecode_to_utf8(out, plain, end - plain, NULL);
	cut_utf8(out, max);
	return g_string_free(out, FALSE);
}

/* ---- text and parameters ---------------------------------------------- */

/* Append S (LEN bytes of UTF-8) to OUT with CR LF and lone CR as LF and NUL
 * as a space, keeping OUT within MAX bytes (cut on a character boundary).
 * Returns FALSE when cut. */
gboolean
st_hdecode_text(GString *out, const char *s, gsize len, gsize max)
{
	if (len == 0)
		return TRUE;
	const char *end = s + len;
	/* The next CR and NUL at or after S (END when none): each is looked
	 * for with memchr once per occurrence, not byte by byte per line. */
	const char *cr = memchr(s, '\r', len), *nul = memchr(s, '\0', len);

	cr = cr ? cr : end;
	nul = nul ? nul : end;
	while (s < end) {
		if (cr < s) {
			cr = memchr(s, '\r', end - s);
			cr = cr ? cr : end;
		}
		if (nul < s) {
			nul = memchr(s, '\0', end - s);
			nul = nul ? nul : end;
		}
		const char *e = MIN(cr, nul);
		gsize n = e - s;
		if (out->len + n > max) {
			n = max > out->len ? max - out->len : 0;
			while (n > 0 && ((guchar) s[n] & 0xC0) == 0x80)
				n--;
			g_string_append_len(out, s, n);
			return FALSE;
		}
		g_string_append_len(out, s, n);
		if (e >= end)
			break;
		if (out->len + 1 > max)
			return FALSE;
		if (*e == '\0') {
			g_string_append_c(out, ' ');
		} else {
			g_string_append_c(out, '\n');
			if (e + 1 < end && e[1] == '\n')
				e++;
		}
		s = e + 1;
	}
	return TRUE;
}

/* RAW without folding (CR, LF), leading and trailing blanks.  g_free(). */
char *
st_hdecode_unfold(const char *raw)
{
	gsize len;

	return g_strstrip(unfold(raw, &len));
}

/* Value of parameter NAME in the raw header value RAW (quoted or token),
 * newly allocated, or NULL. */
char *
st_hdecode_param(const char *raw, const char *name)
{
	gsize n = strlen(name);

	for (const char *p = raw; (p = strchr(p, ';')) != NULL; ) {
		p++;
		while (g_ascii_isspace(*p))
			p++;
		if (g_ascii_strncasecmp(p, name, n) != 0)
			continue;
		const char *q = p + n;
		while (g_ascii_isspace(*q))
			q++;
		if (*q != '=')
			continue;
		q++;
		while (g_ascii_isspace(*q))
			q++;
		GString *v = g_string_new(NULL);
		if (*q == '"') {
			for (q++; *q && *q != '"'; q++) {
				if (*q == '\\' && q[1])
					q++;
				g_string_append_c(v, *q);
			}
		} else {
			while (*q && *q != ';' && !g_ascii_isspace(*q))
				g_string_append_c(v, *q++);
		}
		return g_string_free(v, FALSE);
	}
	return NULL;
}
