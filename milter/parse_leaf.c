/*
 * parse_leaf.c — one leaf part of a message: its content decoded, then
 * added to the body text or kept as an attachment (see parse_int.h).
 *
 * Functions: st_p_leaf(), st_p_body_append(), st_p_part_bytes().
 *
 * Content is decoded chunk by chunk (ST_P_CHUNK) from the stream GMime left
 * in the file: every decoded byte of an attachment goes into its SHA-256,
 * only the first bytes (the limits) are kept, so a 50 MiB attachment never
 * sits in the heap.  Text is converted to UTF-8 by hdecode.c only when it is
 * not valid UTF-8 already, text/plain; format=flowed unwrapped by flowed.c
 * (body text and text attachments alike, before anything reads them), HTML
 * made text by html.c, archives listed by archive.c; inline OpenPGP armor
 * goes to crypto.c.
 */
#define _GNU_SOURCE     /* memmem */
#include <string.h>

#include "sectriage/archive.h"
#include "sectriage/dictation.h"
#include "sectriage/flowed.h"
#include "sectriage/unwrap.h"
#include "sectriage/hdecode.h"
#include "sectriage/html.h"
#include "sectriage/sha256.h"
#include "parse_int.h"

/* Room to reserve for the decoded content of ST (ENC) when at most KEEP bytes
 * are kept: no transfer encoding makes content longer, base64 makes it a
 * quarter shorter.  So the kept buffer is allocated once, never regrown
 * (a doubling GByteArray copied a 10 MiB attachment four times and kept
 * up to twice its size). */
static gsize
kept_room(GMimeStream *st, GMimeContentEncoding enc, gsize keep)
{
	gint64 len = st ? g_mime_stream_length(st) : -1;

	if (len < 0)
		return MIN(keep, ST_P_CHUNK);
	if (enc == GMIME_CONTENT_ENCODING_BASE64)
		len = len / 4 * 3 + 3;
	return MIN(keep, (gsize) len);
}

/* Decode the content of PART chunk by chunk: every decoded byte goes into SUM
 * (may be NULL), the first KEEP bytes are kept.  Without SUM, reading stops
 * once more than KEEP bytes were seen.  *SIZE gets the decoded size (bytes
 * seen).  Returns the kept bytes; g_byte_array_unref(). */
static GByteArray *
decode_part(StPWalk *w, GMimePart *part, gsize keep, StSha256 *sum, gint64 *size)
{
	GMimeDataWrapper *dw = g_mime_part_get_content(part);
	GMimeStream *st = dw ? g_mime_data_wrapper_get_stream(dw) : NULL;
	GMimeContentEncoding enc = dw ? g_mime_data_wrapper_get_encoding(dw) : 0;
	GByteArray *kept = g_byte_array_sized_new(kept_room(st, enc, keep));
	g_autoptr(GMimeFilter) filter = NULL;
	gint b64_state = 0;
	guint b64_save = 0;
	char *in = w->scratch;
	char *b64 = w->scratch + ST_P_CHUNK;

	*size = 0;
	if (st == NULL || g_mime_stream_reset(st) < 0)
		return kept;
	/* QP and uuencode ("begin" line and all) through GMime's filter. */
	if (enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE || enc == GMIME_CONTENT_ENCODING_UUENCODE)
		filter = g_mime_filter_basic_new(enc, FALSE);
	for (gboolean last = FALSE; !last; ) {
		gssize n = g_mime_stream_read(st, in, ST_P_CHUNK);
		char *out = in;
		gsize m = n > 0 ? n : 0, pre;
		last = n <= 0;
		if (enc == GMIME_CONTENT_ENCODING_BASE64) {
			/* GLib's decoder: GMime 3.2.13's is wrong on some chunked input. */
			m = g_base64_decode_step(in, m, (guchar *) b64, &b64_state, &b64_save);
			out = b64;
		} else if (filter && last) {
			g_mime_filter_complete(filter, in, 0, 0, &out, &m, &pre);
		} else if (filter) {
			g_mime_filter_filter(filter, in, m, 0, &out, &m, &pre);
		}
		if (sum)
			st_sha256_update(sum, out, m);
		if (kept->len < keep)
			g_byte_array_append(kept, (guint8 *) out, MIN(m, keep - kept->len));
		*size += m;
		if (sum == NULL && (gsize) *size > keep)
			break;
		if (w->deadline && g_get_monotonic_time() > w->deadline) {
			st_flag_add(w->msg->flags, "analysis-timeout");
			w->stop = TRUE;
			break;
		}
	}
	return kept;
}

GByteArray *
st_p_part_bytes(StPWalk *w, GMimePart *part, gsize max, gboolean *over)
{
	gint64 size = 0;
	GByteArray *ba = decode_part(w, part, max, NULL, &size);

	*over = (gsize) size > max;
	return ba;
}

enum { ARMOR_ENCRYPTED = 1, ARMOR_SIGNED = 2 };

/* Inline OpenPGP armor in the first LEN bytes of DATA (the text before its
 * first NUL, as far as a string search looks): flags the message, returns
 * ARMOR_* bits.  memmem, not g_strstr_len (byte by byte, twice over every
 * body). */
static int
check_armor(StPWalk *w, const guint8 *data, gsize len)
{
	static const char enc[] = "-----BEGIN PGP MESSAGE-----";
	static const char sig[] = "-----BEGIN PGP SIGNED MESSAGE-----";
	int found = 0;

	if (len == 0)
		return 0;
	if (memmem(data, len, enc, sizeof enc - 1)) {
		w->msg->encrypted = TRUE;
		st_flag_add(w->msg->flags, "encrypted");
		found |= ARMOR_ENCRYPTED;
	}
	if (memmem(data, len, sig, sizeof sig - 1)) {
		st_flag_add(w->msg->flags, "signed");
		found |= ARMOR_SIGNED;
	}
	return found;
}

/* Decrypt or verify the inline armor (ARMOR bits) found in RAW; a plaintext
 * is appended to the body. */
static void
inline_crypto(StPWalk *w, const GByteArray *raw, int armor)
{
	StCryptoResult res = { 0 };

	if (w->cfg == NULL || armor == 0 || !st_crypto_enabled(w->cfg))
		return;
	if (armor & ARMOR_ENCRYPTED) {
		g_autofree char *plain = st_crypto_decrypt_inline(w->cfg, (const char *) raw->data,
								  raw->len, &res);
		if (plain) {
			w->msg->decrypted = TRUE;
			st_p_body_append(w, plain, strlen(plain));
		}
		st_p_crypto_done(w, &res);
	}
	if (armor & ARMOR_SIGNED) {
		st_crypto_verify_inline(w->cfg, (const char *) raw->data, raw->len, &res);
		st_p_crypto_done(w, &res);
	}
}

void
st_p_body_append(StPWalk *w, const char *s, gsize len)
{
	gsize max = w->lim->max_text_bytes;

	if (w->text_full)
		return;
	/* a text part is a block of its own: a blank line before the next
	 * (Apple Mail sends "Sent from my iPhone" as a part after an image:
	 * one line end joined it to the credit name above) */
	if (w->body->len > 0) {
		gsize nl = 0;
		while (nl < 2 && nl < w->body->len && w->body->str[w->body->len - 1 - nl] == '\n')
			nl++;
		for (; nl < 2 && w->body->len < max; nl++)
			g_string_append_c(w->body, '\n');
	}
	if (!st_hdecode_text(w->body, s, len, max)) {
		w->text_full = TRUE;
		st_flag_add(w->msg->flags, "text-limit");
	}
}

/* TRUE for no charset label or one that valid UTF-8 text satisfies as is. */
static gboolean
utf8_label(const char *cs)
{
	return cs == NULL || *cs == '\0' || g_ascii_strcasecmp(cs, "utf-8") == 0 ||
	       g_ascii_strcasecmp(cs, "utf8") == 0 || g_ascii_strcasecmp(cs, "us-ascii") == 0 ||
	       g_ascii_strcasecmp(cs, "ascii") == 0;
}

/* LEN bytes of DATA, written in CHARSET, as UTF-8: DATA itself when it is
 * valid UTF-8 under a label that allows it (what st_hdecode_to_utf8 would
 * copy unchanged: no copy), else converted into *BUF (created here; the
 * caller frees it).  *OUT_LEN gets the length; returns FALSE when the
 * conversion was not clean (see st_hdecode_to_utf8). */
static gboolean
text_utf8(const char *data, gsize len, const char *charset, GString **buf,
	  const char **out, gsize *out_len)
{
	gboolean clean = TRUE;

	if (len > 0 && (!utf8_label(charset) || !g_utf8_validate_len(data, len, NULL))) {
		*buf = g_string_sized_new(len + 16);
		clean = st_hdecode_to_utf8(*buf, data, len, charset);
		data = (*buf)->str;
		len = (*buf)->len;
	}
	*out = data;
	*out_len = len;
	return clean;
}

/* TEXT (*LEN bytes of UTF-8) of PART read as its writer wrote it: when
 * PART is text/plain; format=flowed (RFC 3676), its soft-wrapped lines
 * joined into *BUF (created here; the caller frees it) and *TEXT, *LEN
 * pointed there; else unchanged.  After charset conversion, so the
 * decoder sees UTF-8; never longer than the input, so the limits the
 * caller applies after still hold. */
static void
unflow(GMimePart *part, GString **buf, const char **text, gsize *len)
{
	GMimeObject *obj = GMIME_OBJECT(part);
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	gboolean delsp;

	if (*len == 0 || ct == NULL || !g_mime_content_type_is_type(ct, "text", "plain") ||
	    !st_flowed_params(g_mime_object_get_content_type_parameter(obj, "format"),
			      g_mime_object_get_content_type_parameter(obj, "delsp"), &delsp))
		return;
	GString *out = g_string_sized_new(*len);
	st_flowed_decode(out, *text, *len, delsp);
	if (*buf)
		g_string_free(*buf, TRUE);
	*buf = out;
	*text = out->str;
	*len = out->len;
}

/* TEXT (LEN bytes of UTF-8) with each no-break space (U+00A0) a space,
 * in *OUT (created here), as st_html_to_text writes &nbsp;: text copied
 * from a web console, a chat or a document into a plain-text mail keeps
 * its indentation and column gaps as no-break spaces, and an indented
 * transcript then read as the writer's prose (the class of 8 held-out
 * reports changed so).  FALSE, *OUT untouched, when there is none. */
static gboolean
nbsp_to_space(const char *text, gsize len, GString **out)
{
	if (len == 0 || memmem(text, len, "\xc2\xa0", 2) == NULL)
		return FALSE;
	*out = g_string_new_len(text, (gssize) len);
	g_string_replace(*out, "\xc2\xa0", " ", 0);
	return TRUE;
}

/* A full-width digit (U+FF10..U+FF19) or an ASCII one? */
static gboolean
any_digit(gunichar c)
{
	return (c >= 0xFF10 && c <= 0xFF19) || (c < 0x80 && g_ascii_isdigit((char) c));
}

/* *TEXT (*LEN bytes of UTF-8) as a reader sees it: without the characters
 * that show as nothing (zero-width space U+200B, word joiner U+2060, a
 * byte order mark or zero-width no-break space U+FEFF, a soft hyphen
 * U+00AD), which text pasted from a web page or a note-taking app carries
 * inside words and numbers ("0.\u200b20.2"), and with the full-width
 * digits a Japanese or Chinese input method types as ASCII digits, a
 * full-width full stop between two of them a dot ("\uff10\uff0e\uff12
 * \uff10\uff0e\uff11" is 0.20.1).  When there is any, the text is
 * written into *BUF (created here) and *TEXT, *LEN point there. */
static void
as_seen(const char **text, gsize *len, GString **buf)
{
	static const char *const marks[] = { "\xe2\x80\x8b", "\xe2\x81\xa0", "\xef\xbb\xbf",
					     "\xc2\xad", "\xef\xbc" };
	gboolean any = FALSE;

	for (gsize k = 0; k < G_N_ELEMENTS(marks) && !any; k++)
		any = *len > 0 && memmem(*text, *len, marks[k], strlen(marks[k])) != NULL;
	if (!any)
		return;
	const char *end = *text + *len;   /* *TEXT may be NULL when *LEN is 0 */
	GString *o = g_string_sized_new(*len);
	for (const char *p = *text, *next; p < end; p = next) {
		next = g_utf8_find_next_char(p, end);
		if (next == NULL)
			next = end;
		gunichar c = g_utf8_get_char_validated(p, next - p);
		if (c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x00AD)
			continue;
		if (c >= 0xFF10 && c <= 0xFF19)
			g_string_append_c(o, (char) ('0' + (c - 0xFF10)));
		else if (c == 0xFF0E && o->len > 0 && g_ascii_isdigit(o->str[o->len - 1]) && next < end &&
			 any_digit(g_utf8_get_char_validated(next, end - next)))
			g_string_append_c(o, '.');
		else
			g_string_append_len(o, p, next - p);
	}
	*buf = o;
	*text = o->str;
	*len = o->len;
}

/* TEXT (LEN bytes of UTF-8) with each option written by a phone's or a
 * Mac's smart punctuation put back, in *OUT (created here): typing "--"
 * gives an em dash (an en dash in some clients), so "msb run --rm" arrives
 * as "msb run \u2014rm" and the command is read as prose.  Only a dash
 * after a blank and right before a lower-case word that ends at a blank,
 * "=", a comma or the line's end ("after \u2014rm.", "\u2014net-allow-host=...")
 * is the option: a dash between words ("x \u2014 y", "x\u2014y") is
 * punctuation.  FALSE, *OUT untouched, when there is none. */
static gboolean
smart_dash_options(const char *text, gsize len, GString **out)
{
	static GRegex *re;
	static gsize once;

	if (len == 0 || (memmem(text, len, "\xe2\x80\x94", 3) == NULL &&
			 memmem(text, len, "\xe2\x80\x93", 3) == NULL))
		return FALSE;
	if (g_once_init_enter(&once)) {
		re = g_regex_new("(?<=[ \\t])[\\x{2013}\\x{2014}](?=[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:[ \\t=,.;:)]|$))",
				 G_REGEX_MULTILINE | G_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&once, 1);
	}
	if (re == NULL)
		return FALSE;
	g_autofree char *s = g_regex_replace_literal(re, text, (gssize) len, 0, "--", 0, NULL);
	if (s == NULL || strlen(s) == len)	/* each change makes it a byte shorter */
		return FALSE;
	*out = g_string_new(s);
	return TRUE;
}

/* *TEXT (*LEN bytes of UTF-8) as a phone or a Mac typed it put back: its
 * smart-dash options (smart_dash_options) and its dictated punctuation
 * (st_dictation_punctuate), each in a buffer of its own (*DASHED, *SAID,
 * created here when needed) that *TEXT then points into. */
static void
typed_back(const char **text, gsize *len, GString **dashed, GString **said)
{
	if (smart_dash_options(*text, *len, dashed)) {
		*text = (*dashed)->str;
		*len = (*dashed)->len;
	}
	if (st_dictation_punctuate(*text, *len, said)) {
		*text = (*said)->str;
		*len = (*said)->len;
	}
}

/* Add the inline text part PART (HTML when IS_HTML) to the body. */
static void
add_body_text(StPWalk *w, GMimePart *part, gboolean is_html)
{
	gsize room;
	gint64 size;

	if (w->text_full)
		return;
	room = w->lim->max_text_bytes - w->body->len;
	gsize keep = is_html ? room * 4 + 4096 : room + 64;
	g_autoptr(GByteArray) raw = decode_part(w, part, keep, NULL, &size);
	const char *charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
	gboolean wide = st_hdecode_wide((const char *) raw->data, raw->len, charset);
	const guint8 *nul = raw->len > 0 && !wide ? memchr(raw->data, '\0', raw->len) : NULL;
	if (nul)
		st_flag_add(w->msg->flags, "nul-bytes");
	int armor = check_armor(w, raw->data, nul ? (gsize) (nul - raw->data) : raw->len);
	g_autoptr(GString) utf8 = NULL;
	const char *text;
	gsize text_len;
	/* valid UTF-8 text (HTML too) is used as it is: no copy (a body at
	 * max_text_bytes was held three times) */
	if (!text_utf8((const char *) raw->data, raw->len, charset, &utf8, &text, &text_len) &&
	    (gsize) size <= keep)
		st_flag_add(w->msg->flags, "bad-charset");
	if (is_html) {
		gboolean cut = FALSE;
		g_autofree char *plain = st_html_to_text(text, text_len, room, &cut);
		const char *t = plain;
		gsize tl = strlen(plain);
		g_autoptr(GString) seen = NULL;
		as_seen(&t, &tl, &seen);
		g_autoptr(GString) dashed = NULL, said = NULL;
		typed_back(&t, &tl, &dashed, &said);
		st_p_body_append(w, t, tl);
		if (cut && !w->text_full) {
			w->text_full = TRUE;
			st_flag_add(w->msg->flags, "text-limit");
		}
		w->html_parts++;
	} else {
		unflow(part, &utf8, &text, &text_len);
		g_autoptr(GString) spaced = NULL;
		if (nbsp_to_space(text, text_len, &spaced)) {
			text = spaced->str;
			text_len = spaced->len;
		}
		g_autoptr(GString) seen = NULL;
		as_seen(&text, &text_len, &seen);
		g_autoptr(GString) dashed = NULL, said = NULL;
		typed_back(&text, &text_len, &dashed, &said);
		g_autoptr(GString) joined = g_string_new(NULL);
		if (st_unwrap_blocks(joined, text, text_len)) {
			text = joined->str;
			text_len = joined->len;
		}
		st_p_body_append(w, text, text_len);
		w->plain_parts++;
	}
	if ((gsize) size > keep && !w->text_full) {
		w->text_full = TRUE;
		st_flag_add(w->msg->flags, "text-limit");
	}
	inline_crypto(w, raw, armor);
}

/* The decoded text of PART in *TEXT (*LEN bytes; UTF-8, in *UTF8 when it
 * had to be converted), at most KEEP bytes read, cut at a NUL byte.  FALSE
 * when it is empty. */
static gboolean
part_decoded(StPWalk *w, GMimePart *part, gsize keep, GByteArray **raw, GString **utf8,
	     const char **text, gsize *len)
{
	gint64 size;
	*raw = decode_part(w, part, keep, NULL, &size);
	const char *charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
	/* UTF-16 text (a Windows report) has a NUL in every ASCII character */
	gboolean wide = st_hdecode_wide((const char *) (*raw)->data, (*raw)->len, charset);
	const guint8 *nul = (*raw)->len > 0 && !wide ? memchr((*raw)->data, '\0', (*raw)->len) : NULL;
	gsize n = nul ? (gsize) (nul - (*raw)->data) : (*raw)->len;

	if (n == 0)
		return FALSE;
	text_utf8((const char *) (*raw)->data, n, charset, utf8, text, len);
	return TRUE;
}

char *
st_p_part_text(StPWalk *w, GMimePart *part, gsize max)
{
	g_autofree char *type = st_p_mime_type(GMIME_OBJECT(part));
	gboolean is_html = strcmp(type, "text/html") == 0;
	g_autoptr(GByteArray) raw = NULL;
	g_autoptr(GString) utf8 = NULL;
	const char *text;
	gsize text_len;

	if (!part_decoded(w, part, is_html ? max * 4 + 4096 : max, &raw, &utf8, &text, &text_len))
		return g_strdup("");
	if (is_html)
		return st_html_to_text(text, text_len, max, NULL);
	unflow(part, &utf8, &text, &text_len);
	return g_utf8_make_valid(text, text_len);
}

/* The HTML alternative PART that the body was not read from: its images'
 * alt texts (st_html_alt_text) go into the message's html_alt, the only
 * place a screenshot's words may be when the plain part left a blank
 * where the image was (held-out 2052). */
static void
add_html_alt(StPWalk *w, GMimePart *part)
{
	gsize room = ST_P_MAX_ALT - (w->msg->html_alt ? strlen(w->msg->html_alt) : 0);
	g_autoptr(GByteArray) raw = NULL;
	g_autoptr(GString) utf8 = NULL;
	const char *text;
	gsize text_len;

	if (room == 0 || !part_decoded(w, part, w->lim->max_text_bytes * 4 + 4096, &raw, &utf8,
				       &text, &text_len))
		return;
	g_autofree char *alt = st_html_alt_text(text, text_len, room);
	if (alt == NULL)
		return;
	char *all = g_strconcat(w->msg->html_alt ? w->msg->html_alt : "", alt, NULL);
	g_free(w->msg->html_alt);
	w->msg->html_alt = all;
}

/* A name that would be dangerous as a path or in a header. */
static gboolean
unsafe_filename(const char *name)
{
	if (strchr(name, '/') || strchr(name, '\\') || name[0] == '.' || name[0] == '~' ||
	    name[0] == '-' || strstr(name, ".."))
		return TRUE;
	for (const guchar *p = (const guchar *) name; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return TRUE;
	return FALSE;
}

/* The filename of OBJ decoded (RFC 2231 by GMime; RFC 2047 word by word
 * from the raw header, see hdecode.h), or NULL.  g_free(). */
static char *
part_filename(GMimeObject *obj)
{
	const char *name = GMIME_IS_PART(obj) ? g_mime_part_get_filename(GMIME_PART(obj)) : NULL;
	static const char *const where[][2] = {
		{ "Content-Disposition", "filename" }, { "Content-Type", "name" },
	};

	if (name == NULL)
		return NULL;
	for (gsize i = 0; i < G_N_ELEMENTS(where); i++) {
		const char *raw = st_p_raw_header(obj, where[i][0]);
		if (raw == NULL || strstr(raw, "=?") == NULL)
			continue;
		g_autofree char *param = st_hdecode_param(raw, where[i][1]);
		if (param && strstr(param, "=?"))
			return st_hdecode_header(param, 4 * ST_P_MAX_FILENAME);
	}
	return g_strdup(name);
}

/* ATT's text (a textual attachment's: TEXTUAL by name or type) from the
 * LEN bytes at DATA in charset CS (may be NULL), at most max_text_bytes of
 * them, format=flowed undone when PART is not NULL; none when it holds a
 * NUL (binary, unless UTF-16 or UTF-32). */
static void
set_text(StPWalk *w, StAttachment *att, GMimePart *part, const char *data, gsize len,
	 const char *cs, gboolean textual)
{
	const StLimits *lim = w->lim;
	gsize tlen = MIN(len, (gsize) lim->max_text_bytes);
	gboolean wide = st_hdecode_wide(data, tlen, cs);

	if (wide && tlen < len)
		tlen &= ~(gsize) 3;   /* cut on a UTF-16 or UTF-32 character */
	if (!textual || !(tlen == 0 || wide || memchr(data, '\0', tlen) == NULL))
		return;
	g_autoptr(GString) utf8 = NULL;
	const char *t;
	gsize t_len;
	text_utf8(data, tlen, cs, &utf8, &t, &t_len);
	if (part)
		unflow(part, &utf8, &t, &t_len);
	GString *text = g_string_sized_new(t_len + 16);
	st_hdecode_text(text, t, t_len, lim->max_text_bytes);
	st_squeeze_blanks(text, ST_MAX_BLANK_RUN);
	att->text = g_string_free(text, FALSE);
}

/* Is the head of a decompressed file (LEN bytes at DATA, cut anywhere)
 * text, as st_x_utf8_head judges a file of a name that does not say:
 * UTF-16 or UTF-32, or UTF-8 with no NUL? */
static gboolean
text_head(const char *data, gsize len)
{
	const char *end = NULL;

	if (len == 0 || st_hdecode_wide(data, len, NULL))
		return len > 0;
	if (memchr(data, '\0', len) != NULL)
		return FALSE;
	return g_utf8_validate(data, (gssize)len, &end) || (gsize)(end - data) + 4 >= len;
}

/* The members of the archive ATT (KEPT its bytes).  A single compressed
 * file (ci-run.log.gz) is one member named as the attachment without the
 * suffix and read as that file would be: its head, up to the text and
 * archive limits, is ATT's text when it is text. */
static void
add_members(StPWalk *w, StAttachment *att, GBytes *kept)
{
	const StLimits *lim = w->lim;
	gsize len;
	const void *data = g_bytes_get_data(kept, &len);
	gsize keep = (gsize) MIN(lim->max_text_bytes, lim->max_archive_bytes);
	g_autoptr(GBytes) one = lim->max_archive_members > 0 ?
		st_archive_single(data, len, keep, w->deadline, att->flags) : NULL;

	if (one != NULL) {
		char *inner = st_archive_inner_name(att->filename);
		gsize n;
		const char *bytes = g_bytes_get_data(one, &n);
		att->compressed = TRUE;
		att->members = g_ptr_array_new_with_free_func(g_free);
		g_ptr_array_add(att->members, inner);
		if (att->text == NULL)
			set_text(w, att, NULL, bytes, n, NULL,
				 st_archive_is_text(inner, NULL) || text_head(bytes, n));
	} else {
		att->members = st_archive_list(len ? data : "", len, lim->max_archive_members,
					       lim->max_archive_bytes, w->deadline, att->flags);
	}
	if (att->size > (gint64) len)
		st_flag_add(att->flags, "archive-limit");
}

static StAttachment *
add_attachment(StPWalk *w, GMimePart *part, const char *type, const char *filename,
	       gboolean disposition_attachment)
{
	StAttachment *att = g_new0(StAttachment, 1);
	const StLimits *lim = w->lim;

	att->flags = g_ptr_array_new_with_free_func(g_free);
	att->content_type = g_strdup(type);
	att->inline_part = !disposition_attachment && filename == NULL;
	if (filename) {
		att->filename = st_printable(filename, -1, ST_P_MAX_FILENAME);
		if (unsafe_filename(filename))
			st_flag_add(att->flags, "unsafe-name");
	}
	gboolean textual = st_archive_is_text(filename, type);
	gboolean archive = st_archive_is_archive(filename, type);
	gsize keep = lim->max_attachment_bytes;
	if (textual)
		keep = MAX(keep, (gsize) lim->max_text_bytes);
	StSha256 sum;

	st_sha256_init(&sum);
	/* the decoded bytes become the attachment's content as they are */
	g_autoptr(GBytes) kept = g_byte_array_free_to_bytes(decode_part(w, part, keep, &sum,
									 &att->size));
	gsize kept_len;
	const char *data = g_bytes_get_data(kept, &kept_len);
	st_sha256_finish_hex(&sum, att->sha256);
	/* A decrypted attachment's content is stored only with store_plaintext. */
	gboolean secret = w->in_plaintext > 0 && !(w->cfg && w->cfg->store_plaintext);
	if (att->size <= lim->max_attachment_bytes && !secret)
		att->content = g_bytes_ref(kept);
	else
		st_flag_add(att->flags, "not-kept");
	const char *cs = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
	set_text(w, att, part, data, kept_len, cs, textual);
	if (archive && !w->stop)
		add_members(w, att, kept);
	g_ptr_array_add(w->msg->attachments, att);
	return att;
}

/* Is FILENAME the name of a note rather than of a file someone attached:
 * "text_0.txt", "message.txt", "body" (.txt or no extension)?  A script
 * (poc.py, even as text/plain) stays an attachment. */
static gboolean
note_name(const char *filename)
{
	const char *base = strrchr(filename, '/');
	const char *dot;

	base = base ? base + 1 : filename;
	dot = strrchr(base, '.');
	return dot == NULL || g_ascii_strcasecmp(dot, ".txt") == 0;
}

static gboolean
blank(const GString *s)
{
	for (gsize i = 0; i < s->len; i++)
		if (!g_ascii_isspace(s->str[i]))
			return FALSE;
	return TRUE;
}

void
st_p_named_text_body(StPWalk *w)
{
	if (w->named_text == NULL || w->named_text->len == 0 || !blank(w->body))
		return;
	for (guint i = 0; i < w->named_text->len; i++) {
		StAttachment *att = g_ptr_array_index(w->named_text, i);
		if (att->text == NULL)
			continue;
		st_p_body_append(w, att->text, strlen(att->text));
		w->plain_parts++;
		g_ptr_array_remove(w->msg->attachments, att);   /* frees it */
	}
}

static void
crypto_flags(StPWalk *w, GMimeObject *obj, const char *type)
{
	if (strcmp(type, "application/pgp-encrypted") == 0) {
		w->msg->encrypted = TRUE;
		st_flag_add(w->msg->flags, "encrypted");
	} else if (g_str_has_prefix(type, "application/pkcs7-") ||
		   g_str_has_prefix(type, "application/x-pkcs7-")) {
		st_flag_add(w->msg->flags, "smime");
		if (GMIME_IS_APPLICATION_PKCS7_MIME(obj)) {
			GMimeSecureMimeType t = g_mime_application_pkcs7_mime_get_smime_type(
				GMIME_APPLICATION_PKCS7_MIME(obj));
			if (t == GMIME_SECURE_MIME_TYPE_ENVELOPED_DATA) {
				w->msg->encrypted = TRUE;
				st_flag_add(w->msg->flags, "encrypted");
			}
		}
	}
}

void
st_p_leaf(StPWalk *w, GMimePart *part, StPMode mode)
{
	GMimeObject *obj = GMIME_OBJECT(part);
	g_autofree char *type = st_p_mime_type(obj);
	GMimeContentDisposition *cd = g_mime_object_get_content_disposition(obj);
	gboolean attachment = cd && g_mime_content_disposition_is_attachment(cd);
	g_autofree char *filename = part_filename(obj);

	crypto_flags(w, obj, type);
	if (g_str_has_prefix(type, "text/") && filename == NULL && !attachment) {
		if (mode == ST_P_BODY)
			add_body_text(w, part, strcmp(type, "text/html") == 0);
		else if (strcmp(type, "text/html") == 0)
			add_html_alt(w, part);
		return;
	}
	StAttachment *att = add_attachment(w, part, type, filename, attachment);
	/* an inline text/plain note with a name (an MMS gateway's text_0.txt):
	 * the body when the message has no other (st_p_named_text_body) */
	if (mode == ST_P_BODY && !attachment && filename && strcmp(type, "text/plain") == 0 &&
	    note_name(filename) && att->text != NULL) {
		if (w->named_text == NULL)
			w->named_text = g_ptr_array_new();
		g_ptr_array_add(w->named_text, att);
	}
}
