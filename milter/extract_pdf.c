/*
 * extract_pdf.c — the text a PDF attachment shows (extract_int.h).
 *
 * A report sent as a PDF with "see attached" in the body has its
 * description, steps, version and host only in the document.  Neither GMime
 * nor libarchive reads PDF, so this reads the little that text needs: each
 * content stream (uncompressed, or FlateDecode through GIO's
 * GZlibDecompressor, after ASCII85Decode or ASCIIHexDecode where the
 * writer chained one before it, as ReportLab does by default) and in it
 * the strings that the text operators Tj, TJ,
 * ' and " show, a line break for the operators that move to a new line.
 * Fonts, images, cross-reference and object streams are skipped.  Strings
 * are read as WinAnsiEncoding (Windows-1252), the encoding PDF writers give
 * the standard fonts: Latin-1 but for 0x80-0x9f, where it has typographic
 * quotes, dashes, the bullet and letters such as š and ž.  A string that is
 * mostly control bytes (glyph ids of a CID font) is dropped, so such a
 * document simply gives no text.  Work is bounded by [extract.pdf] in
 * rules/extract.rules: the streams looked at, the bytes each and all of
 * them may inflate to (a deflate bomb), the text kept.
 */
#include <string.h>

#include <gio/gio.h>

#include "sectriage/common.h"
#include "extract_int.h"

typedef struct {
	GString *out;
	gsize max;
	GIConv winansi;  /* from Windows-1252, opened at its first use */
} Sink;

/* The first occurrence of the C string NEEDLE in the LEN bytes at HAY, or
 * NULL (HAY may hold NUL bytes). */
static const guint8 *
find(const guint8 *hay, gsize len, const char *needle)
{
	gsize n = strlen(needle);
	const guint8 *end = hay + len;

	for (const guint8 *p = hay; p && (gsize)(end - p) >= n;) {
		p = memchr(p, needle[0], end - p - n + 1);
		if (p == NULL)
			return NULL;
		if (memcmp(p, needle, n) == 0)
			return p;
		p++;
	}
	return NULL;
}

/* LEN bytes at IN inflated (zlib format), at most MAX bytes of output, or
 * NULL when the data does not inflate.  g_byte_array_unref(). */
static GByteArray *
inflate(const guint8 *in, gsize len, gsize max)
{
	g_autoptr(GZlibDecompressor) z = g_zlib_decompressor_new(G_ZLIB_COMPRESSOR_FORMAT_ZLIB);
	GByteArray *out = g_byte_array_new();
	guint8 buf[16384];

	while (out->len < max) {
		gsize nread = 0, nwritten = 0;
		g_autoptr(GError) err = NULL;
		GConverterResult r = g_converter_convert(G_CONVERTER(z), in, len, buf, sizeof buf,
							 G_CONVERTER_INPUT_AT_END, &nread, &nwritten, &err);
		if (r == G_CONVERTER_ERROR) {
			if (out->len > 0)
				break;  /* a truncated stream: keep what came out */
			g_byte_array_unref(out);
			return NULL;
		}
		g_byte_array_append(out, buf, (guint)MIN(nwritten, max - out->len));
		in += nread;
		len -= nread;
		if (r == G_CONVERTER_FINISHED || (nread == 0 && nwritten == 0))
			break;
	}
	return out;
}

/* Append the first N (1-4) bytes of V, most significant first, to OUT. */
static void
append_be32(GByteArray *out, guint32 v, guint n)
{
	guint32 be = GUINT32_TO_BE(v);
	g_byte_array_append(out, (const guint8 *)&be, n);
}

/* LEN bytes of ASCII85 at IN (PDF's ASCII85Decode: five characters '!'..'u'
 * for four bytes, 'z' for four zero bytes, white space ignored, "~>" the
 * end), at most MAX bytes of output, or NULL on a character outside the
 * alphabet.  A last group of 2-4 characters gives 1-3 bytes.
 * g_byte_array_unref(). */
static GByteArray *
ascii85(const guint8 *in, gsize len, gsize max)
{
	GByteArray *out = g_byte_array_new();
	guint32 v = 0;
	int n = 0;

	for (gsize i = 0; i < len && out->len < max; i++) {
		guint8 c = in[i];
		if (g_ascii_isspace(c))
			continue;
		if (c == '~')
			break;
		if (c == 'z' && n == 0) {
			append_be32(out, 0, 4);
			continue;
		}
		if (c < '!' || c > 'u') {
			g_byte_array_unref(out);
			return NULL;
		}
		v = v * 85 + (guint32)(c - '!');
		if (++n == 5) {
			append_be32(out, v, 4);
			v = 0;
			n = 0;
		}
	}
	if (n > 1) {
		int pad = 5 - n;
		for (int k = 0; k < pad; k++)
			v = v * 85 + 84;
		append_be32(out, v, (guint)(4 - pad));
	}
	if (out->len > max)
		g_byte_array_set_size(out, (guint)max);
	return out;
}

/* LEN bytes of hexadecimal at IN (ASCIIHexDecode: white space ignored, ">"
 * the end, an odd last digit followed by 0), at most MAX bytes, or NULL on
 * a character that is neither.  g_byte_array_unref(). */
static GByteArray *
asciihex(const guint8 *in, gsize len, gsize max)
{
	GByteArray *out = g_byte_array_new();
	int hi = -1;

	for (gsize i = 0; i < len && out->len < max; i++) {
		if (g_ascii_isspace(in[i]))
			continue;
		if (in[i] == '>')
			break;
		int d = g_ascii_xdigit_value((gchar)in[i]);
		if (d < 0) {
			g_byte_array_unref(out);
			return NULL;
		}
		if (hi < 0) {
			hi = d;
		} else {
			guint8 b = (guint8)(hi << 4 | d);
			g_byte_array_append(out, &b, 1);
			hi = -1;
		}
	}
	if (hi >= 0 && out->len < max) {
		guint8 b = (guint8)(hi << 4);
		g_byte_array_append(out, &b, 1);
	}
	return out;
}

/* The stream's content (BODY, BLEN bytes) through the filters its
 * dictionary names after the key /Filter at F (the dictionary ends at END),
 * in their order ("/FlateDecode", "[ /ASCII85Decode /FlateDecode ]", and
 * their short names /Fl, /A85, /AHx), at most MAX bytes; NULL for a filter
 * this does not read (an image's /DCTDecode, /LZWDecode) or data that does
 * not decode. */
static GByteArray *
unfilter(const guint8 *f, const guint8 *end, const guint8 *body, gsize blen, gsize max)
{
	GByteArray *cur = NULL;
	const guint8 *q = f + 7;
	while (q < end && g_ascii_isspace(*q))
		q++;
	gboolean array = q < end && *q == '[';
	if (array)
		q++;
	for (int k = 0; k < 4; k++) {
		while (q < end && g_ascii_isspace(*q))
			q++;
		if (q >= end || *q != '/')
			break;
		const guint8 *name = ++q;
		while (q < end && g_ascii_isalnum(*q))
			q++;
		gsize nlen = (gsize)(q - name);
		const guint8 *in = cur ? cur->data : body;
		gsize inlen = cur ? cur->len : blen;
		GByteArray *next;
#define IS(s) (nlen == sizeof(s) - 1 && memcmp(name, s, nlen) == 0)
		if (IS("FlateDecode") || IS("Fl"))
			next = inflate(in, inlen, max);
		else if (IS("ASCII85Decode") || IS("A85"))
			next = ascii85(in, inlen, max);
		else if (IS("ASCIIHexDecode") || IS("AHx"))
			next = asciihex(in, inlen, max);
		else
			next = NULL;
#undef IS
		if (cur)
			g_byte_array_unref(cur);
		cur = next;
		if (cur == NULL || !array)
			break;
	}
	return cur;
}

static void
newline(Sink *s)
{
	if (s->out->len > 0 && s->out->str[s->out->len - 1] != '\n' && s->out->len < s->max)
		g_string_append_c(s->out, '\n');
}

/* Append byte C, a character of WinAnsiEncoding, to S's text as UTF-8 (a
 * byte Windows-1252 leaves undefined is dropped; "Luk\xe1\x9a" is "Lukáš",
 * 3992). */
static void
append_winansi(Sink *s, guint8 c)
{
	if (c < 0x80 || c >= 0xa0) {
		g_string_append_unichar(s->out, c);
		return;
	}
	if (s->winansi == (GIConv)-1)
		s->winansi = g_iconv_open("UTF-8", "WINDOWS-1252");
	if (s->winansi == (GIConv)-1)
		return;
	char in = (char)c;
	g_autofree char *u = g_convert_with_iconv(&in, 1, s->winansi, NULL, NULL, NULL);
	if (u != NULL)
		g_string_append(s->out, u);
}

/* Append the string bytes STR to S as text, unless they are mostly control
 * bytes (glyph ids rather than characters). */
static void
show(Sink *s, const GString *str)
{
	gsize good = 0, bad = 0;

	for (gsize i = 0; i < str->len; i++) {
		guint8 c = (guint8)str->str[i];
		if ((c >= 0x20 && c < 0x7f) || c >= 0x80 || c == '\t')
			good++;
		else
			bad++;
	}
	if (bad > good)
		return;
	for (gsize i = 0; i < str->len && s->out->len < s->max; i++) {
		guint8 c = (guint8)str->str[i];
		if (c >= 0x20 && c < 0x7f)
			g_string_append_c(s->out, (char)c);
		else if (c == '\t')
			g_string_append_c(s->out, ' ');
		else if (c >= 0x80)
			append_winansi(s, c);
	}
}

/* A literal string "(...)" at *P (on the '('), up to END: its bytes are
 * appended to STR and *P moves past it. */
static void
literal(const guint8 **pp, const guint8 *end, GString *str)
{
	const guint8 *p = *pp + 1;
	int depth = 1;

	while (p < end) {
		guint8 c = *p++;
		if (c == '(') {
			depth++;
		} else if (c == ')') {
			if (--depth == 0)
				break;
		} else if (c == '\\' && p < end) {
			c = *p++;
			switch (c) {
			case 'n': c = '\n'; break;
			case 'r': c = '\r'; break;
			case 't': c = '\t'; break;
			case 'b': c = '\b'; break;
			case 'f': c = '\f'; break;
			case '\r':
				if (p < end && *p == '\n')
					p++;
				continue;
			case '\n':
				continue;
			default:
				if (c >= '0' && c <= '7') {
					guint v = c - '0';
					for (int k = 0; k < 2 && p < end && *p >= '0' && *p <= '7'; k++)
						v = v * 8 + (*p++ - '0');
					c = (guint8)v;
				}
			}
		}
		g_string_append_c(str, (char)c);
	}
	*pp = p;
}

/* A hex string "<...>" at *P (on the '<'): appended to STR, *P past it. */
static void
hexstring(const guint8 **pp, const guint8 *end, GString *str)
{
	const guint8 *p = *pp + 1;
	int hi = -1;

	for (; p < end && *p != '>'; p++) {
		int v = g_ascii_xdigit_value(*p);
		if (v < 0)
			continue;
		if (hi < 0) {
			hi = v;
		} else {
			g_string_append_c(str, (char)(hi * 16 + v));
			hi = -1;
		}
	}
	if (hi >= 0)
		g_string_append_c(str, (char)(hi * 16));
	*pp = p < end ? p + 1 : p;
}

static gboolean
is_delim(guint8 c)
{
	return g_ascii_isspace(c) || c == '\0' || strchr("()<>[]{}/%", c) != NULL;
}

/* The operator OP of a content stream, with the string operands PEND and
 * the last number NUM: show the strings or break the line.  *P (the read
 * position, up to END) moves past an inline image. */
static void
operator(const char *op, const GString *pend, double num, const guint8 **p,
	 const guint8 *end, Sink *s)
{
	gboolean move = strcmp(op, "Td") == 0 || strcmp(op, "TD") == 0;

	if (strcmp(op, "'") == 0 || strcmp(op, "\"") == 0)
		newline(s);
	if (strcmp(op, "Tj") == 0 || strcmp(op, "TJ") == 0 ||
	    strcmp(op, "'") == 0 || strcmp(op, "\"") == 0) {
		show(s, pend);
	} else if (strcmp(op, "T*") == 0 || strcmp(op, "ET") == 0 || strcmp(op, "Tm") == 0 ||
		   (move && num != 0)) {
		newline(s);
	} else if (move && s->out->len > 0 && s->out->str[s->out->len - 1] != '\n' &&
		   s->out->len < s->max) {
		g_string_append_c(s->out, ' ');  /* a move along the same line */
	} else if (strcmp(op, "BI") == 0) {
		const guint8 *ei = find(*p, end - *p, "EI");
		*p = ei ? ei + 2 : end;
	}
}

/* The text shown by the content stream of LEN bytes at DATA, into S. */
static void
content_text(const guint8 *data, gsize len, Sink *s)
{
	const guint8 *p = data, *end = data + len;
	g_autoptr(GString) pend = g_string_new(NULL);
	double num = 0;

	while (p < end && s->out->len < s->max) {
		guint8 c = *p;
		if (g_ascii_isspace(c) || c == '\0' || strchr("[]{}>", c) != NULL) {
			p++;
		} else if (c == '%') {
			while (p < end && *p != '\n' && *p != '\r')
				p++;
		} else if (c == '(') {
			literal(&p, end, pend);
		} else if (c == '<' && p + 1 < end && p[1] == '<') {
			p += 2;
		} else if (c == '<') {
			hexstring(&p, end, pend);
		} else if (c == '/') {
			for (p++; p < end && !is_delim(*p); p++)
				;
		} else if (g_ascii_isdigit(c) || c == '-' || c == '+' || c == '.') {
			char buf[32];
			gsize n = 0;
			while (p < end && n < sizeof buf - 1 && !is_delim(*p))
				buf[n++] = (char)*p++;
			buf[n] = '\0';
			num = g_ascii_strtod(buf, NULL);
			/* a wide gap inside a TJ array separates words */
			if (num < -200 && pend->len > 0 && pend->str[pend->len - 1] != ' ')
				g_string_append_c(pend, ' ');
		} else {
			char op[8];
			gsize n = 0;
			for (; p < end && !is_delim(*p); p++)
				if (n < sizeof op - 1)
					op[n++] = (char)*p;
			op[n] = '\0';
			if (n == 0)
				p++;
			else
				operator(op, pend, num, &p, end, s);
			g_string_truncate(pend, 0);
			num = 0;
		}
	}
	newline(s);
}

/* Does the stream dictionary DICT (LEN bytes) hold something other than
 * page content: a font, an image, a form, cross references, objects? */
static gboolean
not_content(const guint8 *dict, gsize len)
{
	static const char *const skip[] = {
		"/Subtype", "/Length1", "/Length2", "/XRef", "/ObjStm", "/Metadata",
		"/DecodeParms", "/DCTDecode", "/JPXDecode", "/LZWDecode",
		"/RunLengthDecode", "/CCITTFaxDecode", "/JBIG2Decode",
		"/Crypt", "/EmbeddedFile",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(skip); i++)
		if (find(dict, len, skip[i]))
			return TRUE;
	return FALSE;
}

char *
st_x_pdf_text(const StRules *rules, GBytes *pdf)
{
	gsize len = 0;
	const guint8 *data = pdf ? g_bytes_get_data(pdf, &len) : NULL;

	if (data == NULL || len < 8 || find(data, MIN(len, 1024), "%PDF-") == NULL)
		return NULL;
	gint64 max_streams = st_rules_get_int(rules, "extract.pdf", "max_streams", 256);
	gint64 max_inflate = st_rules_get_int(rules, "extract.pdf", "max_stream_bytes", 1 << 20);
	gint64 max_total = st_rules_get_int(rules, "extract.pdf", "max_total_bytes", 4 << 20);
	gint64 max_text = st_rules_get_int(rules, "extract.pdf", "max_text_bytes", 65536);
	gint64 total = 0;
	Sink s = { g_string_new(NULL), (gsize)MAX(max_text, 0), (GIConv)-1 };
	const guint8 *end = data + len, *p = data;

	for (gint64 n = 0; n < max_streams && s.out->len < s.max && total < max_total; n++) {
		const guint8 *kw = find(p, end - p, "stream");
		if (kw == NULL)
			break;
		p = kw + 6;
		if (kw > data && kw[-1] == 'd')  /* "endstream" */
			continue;
		const guint8 *body = p;
		if (body < end && *body == '\r')
			body++;
		if (body < end && *body == '\n')
			body++;
		if (body == p)
			continue;
		const guint8 *stop = find(body, end - body, "endstream");
		if (stop == NULL)
			break;
		p = stop + 9;
		/* the dictionary: from the object header before the keyword */
		const guint8 *from = kw - MIN((gsize)(kw - data), 4096);
		const guint8 *dict = from;
		for (const guint8 *q = find(from, kw - from, "obj"); q; q = find(q + 3, kw - q - 3, "obj"))
			dict = q;
		if (not_content(dict, kw - dict))
			continue;
		gsize blen = stop - body;
		while (blen > 0 && (body[blen - 1] == '\n' || body[blen - 1] == '\r'))
			blen--;
		const guint8 *filter = find(dict, kw - dict, "/Filter");
		if (filter != NULL) {
			gsize room = (gsize)MAX(MIN(max_inflate, max_total - total), 0);
			g_autoptr(GByteArray) raw = unfilter(filter, kw, body, blen, room);
			if (raw) {
				total += raw->len;
				content_text(raw->data, raw->len, &s);
			}
		} else {
			gsize n_read = MIN(blen, (gsize)MAX(MIN(max_inflate, max_total - total), 0));
			total += n_read;
			content_text(body, n_read, &s);
		}
	}
	if (s.winansi != (GIConv)-1)
		g_iconv_close(s.winansi);
	if (s.out->len == 0) {
		g_string_free(s.out, TRUE);
		return NULL;
	}
	char *text = g_string_free(s.out, FALSE);
	if (!g_utf8_validate(text, -1, NULL)) {
		char *valid = g_utf8_make_valid(text, -1);
		g_free(text);
		text = valid;
	}
	return text;
}
