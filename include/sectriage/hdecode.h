/*
 * hdecode.h — header (RFC 2047) and charset decoding (module hdecode.c).
 *
 * GMime 3.2.13 (g_mime_utils_header_decode_text) drops the rest of a header
 * when a run of adjacent B-encoded words has a word before the last one that
 * ends in '=' padding.  st_hdecode_header() decodes word by word instead:
 * every encoded word is decoded on its own (so padding is harmless), the
 * bytes of adjacent words of one charset are joined before conversion (so a
 * character split across two words survives), whitespace between encoded
 * words is dropped (RFC 2047 section 6.2) and 8-bit bytes outside encoded
 * words are taken as UTF-8, else Latin-1.  The work is linear in the input.
 *
 * st_hdecode_to_utf8() is the one charset converter of the parser: any
 * charset iconv knows (by GMime's alias table), invalid bytes replaced by
 * U+FFFD, unknown charsets read as UTF-8 when valid, else Latin-1; text
 * that starts with a UTF-16 or UTF-32 byte-order mark as what the mark says.
 */
#ifndef SECTRIAGE_HDECODE_H
#define SECTRIAGE_HDECODE_H

#include <glib.h>

G_BEGIN_DECLS

/* Decode the header value RAW (raw or unfolded; CR and LF are dropped).
 * Returns valid UTF-8 of at most MAX bytes (cut on a character boundary);
 * decoded control characters (an encoded CR LF, NUL...) are kept: pass the
 * result through st_header_safe() or st_printable() before use.  Never
 * NULL; g_free(). */
char *st_hdecode_header(const char *raw, gsize max);

/* Append LEN bytes of IN, written in CHARSET (NULL: unknown / us-ascii), to
 * OUT as UTF-8.  Returns FALSE when the input was not clean: the charset was
 * unknown, or bytes were invalid and were replaced (U+FFFD) or read as
 * Latin-1.  OUT always receives valid UTF-8 (NUL bytes included as is). */
gboolean st_hdecode_to_utf8(GString *out, const char *in, gsize len, const char *charset);

/* TRUE when LEN bytes of IN, labelled CHARSET (NULL: none), are text in an
 * encoding that has NUL bytes in its characters: a UTF-16 or UTF-32 label
 * or byte-order mark.  Such text is not cut at its first NUL before
 * st_hdecode_to_utf8() (which reads the mark) converts it. */
gboolean st_hdecode_wide(const char *in, gsize len, const char *charset);

/* Append S (LEN bytes of valid UTF-8) to OUT with CR LF and lone CR made LF
 * and NUL made a space, keeping OUT within MAX bytes (cut on a character
 * boundary).  Returns FALSE when cut. */
gboolean st_hdecode_text(GString *out, const char *s, gsize len, gsize max);

/* RAW (a raw header value) without CR and LF and without leading and
 * trailing blanks.  Never NULL; g_free(). */
char *st_hdecode_unfold(const char *raw);

/* The value of parameter NAME ("filename", any case) in the raw header value
 * RAW, quoted-string unquoted, not decoded; NULL when absent.  g_free(). */
char *st_hdecode_param(const char *raw, const char *name);

G_END_DECLS
#endif
