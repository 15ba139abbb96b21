/*
 * parse.c — a mail message as the analysis sees it (see message.h).
 *
 * Functions: st_message_parse_file(), st_message_parse_data(),
 * st_message_header(), st_message_headers(), st_message_free(),
 * st_attachment_free(), st_role_name().
 *
 * The path: one pass over the raw bytes (size, SHA-256, NUL bytes), then
 * GMime parses the same stream with persist-stream on, so part contents stay
 * in the file and are decoded chunk by chunk (64 KiB) into a checksum and a
 * bounded buffer; a 50 MiB attachment never sits in the heap.  The part walk
 * is recursive but bounded by max_depth, stops at max_parts and at the
 * analysis deadline; every limit hit becomes a flag, never an error.  Header
 * fields are decoded by hdecode.c (GMime 3.2.13's RFC 2047 decoder loses
 * text after a padded B word), HTML by html.c, archives listed by archive.c.
 *
 * Encrypted and signed parts go to crypto.c (GPGME, issue 8) when a GnuPG
 * home is configured: the clear entity is walked like any other (its
 * attachments' content not kept unless store_plaintext), its protected
 * Subject kept, the first signature result recorded; otherwise the
 * encrypted parts are kept as attachments and the message flagged.
 */
#define _GNU_SOURCE     /* memmem */
#include <string.h>
#include <fcntl.h>
#include <gmime/gmime.h>

#include "sectriage/common.h"
#include "sectriage/message.h"
#include "sectriage/hdecode.h"
#include "sectriage/html.h"
#include "sectriage/archive.h"
#include "sectriage/crypto.h"

#define CHUNK        65536
#define MAX_SUBJECT  1000    /* bytes of a decoded one-line header field */
#define MAX_FILENAME 255
#define MAX_REFS     100     /* references kept: the first and the latest */
#define ST_MAX_BLANK_RUN 16  /* blanks kept in a row in text for patterns */

/* Used when no config is given (tests, tools). */
static const StLimits default_limits = {
	.max_message_size = 64 << 20,
	.max_header_bytes = 256 << 10,
	.max_depth = 32,
	.max_parts = 1000,
	.max_attachment_bytes = 10 << 20,
	.max_text_bytes = 1 << 20,
	.max_archive_members = 1000,
	.max_archive_bytes = 64 << 20,
	.analysis_timeout_ms = 10000,
};

typedef enum { MODE_BODY, MODE_ATTACH } Mode;

typedef struct {
	const StConfig *cfg;    /* may be NULL: built-in limits, no crypto */
	const StLimits *lim;
	StMessage *msg;
	GString *body;
	gint64 deadline;        /* g_get_monotonic_time() bound, 0 = none */
	gboolean stop;          /* parts limit or deadline: walk no more */
	gboolean text_full;     /* body text reached max_text_bytes */
	guint plain_parts;      /* body parts that were not HTML */
	guint html_parts;
	guint in_plaintext;     /* inside a decrypted part */
	char *scratch;          /* 2 * CHUNK bytes for decode_part */
} Walk;

static void walk(Walk *w, GMimeObject *obj, int depth, Mode mode);
static void body_append(Walk *w, const char *s, gsize len);

const char *
st_role_name(StRole role)
{
	switch (role) {
	case ST_ROLE_POC: return "poc";
	case ST_ROLE_LOG: return "log";
	case ST_ROLE_SCREENSHOT: return "screenshot";
	default: return "other";
	}
}

/* ---- small text helpers ------------------------------------------------ */

/* S itself when valid UTF-8, else a copy with invalid bytes as U+FFFD (S
 * freed): raw 8-bit header bytes stay, but every consumer may run a UTF-8
 * regex over them.  g_free(). */
static char *
valid_utf8(char *s)
{
	if (g_utf8_validate(s, -1, NULL))
		return s;
	char *v = g_utf8_make_valid(s, -1);
	g_free(s);
	return v;
}

/* A Message-ID from GMime made one printable line (8-bit garbage, spaces). */
static char *
safe_id(const char *id)
{
	return st_header_safe(id, MAX_SUBJECT);
}

/* A decoded header field made one printable line, at most MAX bytes. */
static char *
decode_field(const char *raw, gsize max)
{
	g_autofree char *decoded = st_hdecode_header(raw, max * 4);
	char *safe = st_header_safe(decoded, max);

	return g_strstrip(safe);
}

static const char *
raw_header(GMimeObject *obj, const char *name)
{
	GMimeHeaderList *list = g_mime_object_get_header_list(obj);
	GMimeHeader *h = list ? g_mime_header_list_get_header(list, name) : NULL;

	return h ? g_mime_header_get_raw_value(h) : NULL;
}

/* "type/subtype" of OBJ in lower case.  g_free(). */
static char *
mime_type(GMimeObject *obj)
{
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	const char *t = ct ? g_mime_content_type_get_media_type(ct) : NULL;
	const char *s = ct ? g_mime_content_type_get_media_subtype(ct) : NULL;
	g_autofree char *mt = g_strdup_printf("%s/%s", t && *t ? t : "text", s && *s ? s : "plain");
	g_autofree char *safe = st_header_safe(mt, 255);

	return g_ascii_strdown(safe, -1);
}

/* ---- content decoding --------------------------------------------------- */

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
		return MIN(keep, CHUNK);
	if (enc == GMIME_CONTENT_ENCODING_BASE64)
		len = len / 4 * 3 + 3;
	return MIN(keep, (gsize) len);
}

/* Decode the content of PART chunk by chunk: every decoded byte goes into SUM
 * (may be NULL), the first KEEP bytes are kept.  Without SUM, reading stops
 * once more than KEEP bytes were seen.  *SIZE gets the decoded size (bytes
 * seen).  Returns the kept bytes; g_byte_array_unref(). */
static GByteArray *
decode_part(Walk *w, GMimePart *part, gsize keep, GChecksum *sum, gint64 *size)
{
	GMimeDataWrapper *dw = g_mime_part_get_content(part);
	GMimeStream *st = dw ? g_mime_data_wrapper_get_stream(dw) : NULL;
	GMimeContentEncoding enc = dw ? g_mime_data_wrapper_get_encoding(dw) : 0;
	GByteArray *kept = g_byte_array_sized_new(kept_room(st, enc, keep));
	g_autoptr(GMimeFilter) filter = NULL;
	gint b64_state = 0;
	guint b64_save = 0;
	char *in = w->scratch;
	char *b64 = w->scratch + CHUNK;

	*size = 0;
	if (st == NULL || g_mime_stream_reset(st) < 0)
		return kept;
	/* QP and uuencode ("begin" line and all) through GMime's filter. */
	if (enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE || enc == GMIME_CONTENT_ENCODING_UUENCODE)
		filter = g_mime_filter_basic_new(enc, FALSE);
	for (gboolean last = FALSE; !last; ) {
		gssize n = g_mime_stream_read(st, in, CHUNK);
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
			g_checksum_update(sum, (const guchar *) out, m);
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

enum { ARMOR_ENCRYPTED = 1, ARMOR_SIGNED = 2 };

/* Inline OpenPGP armor in the first LEN bytes of DATA (the text before its
 * first NUL, as far as a string search looks): flags the message, returns
 * ARMOR_* bits.  memmem, not g_strstr_len (byte by byte, twice over every
 * body). */
static int
check_armor(Walk *w, const guint8 *data, gsize len)
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

/* ---- cryptography (crypto.c) --------------------------------------------- */

/* Record the first signature result seen. */
static void
take_signature(StMessage *msg, const StCryptoResult *res)
{
	if (res->sig_status == NULL || msg->sig_status != NULL)
		return;
	msg->sig_status = g_strdup(res->sig_status);
	msg->sig_key_id = res->sig_key_id ? st_header_safe(res->sig_key_id, MAX_SUBJECT) : NULL;
	msg->sig_signer = res->sig_signer ? st_header_safe(res->sig_signer, MAX_SUBJECT) : NULL;
}

static void
crypto_done(Walk *w, StCryptoResult *res)
{
	take_signature(w->msg, res);
	if (res->attempted && !res->decrypted && res->error && w->msg->encrypted)
		st_flag_add(w->msg->flags, "decrypt-failed");
	st_crypto_result_clear(res);
}

/* Decrypt or verify the inline armor (ARMOR bits) found in RAW; a plaintext
 * is appended to the body. */
static void
inline_crypto(Walk *w, const GByteArray *raw, int armor)
{
	StCryptoResult res = { 0 };

	if (w->cfg == NULL || armor == 0 || !st_crypto_enabled(w->cfg))
		return;
	if (armor & ARMOR_ENCRYPTED) {
		g_autofree char *plain = st_crypto_decrypt_inline(w->cfg, (const char *) raw->data,
								  raw->len, &res);
		if (plain) {
			w->msg->decrypted = TRUE;
			body_append(w, plain, strlen(plain));
		}
		crypto_done(w, &res);
	}
	if (armor & ARMOR_SIGNED) {
		st_crypto_verify_inline(w->cfg, (const char *) raw->data, raw->len, &res);
		crypto_done(w, &res);
	}
}

/* ---- body text ----------------------------------------------------------- */

static void
body_append(Walk *w, const char *s, gsize len)
{
	gsize max = w->lim->max_text_bytes;

	if (w->text_full)
		return;
	if (w->body->len > 0 && w->body->str[w->body->len - 1] != '\n' && w->body->len < max)
		g_string_append_c(w->body, '\n');
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

/* Add the inline text part PART (HTML when IS_HTML) to the body. */
static void
add_body_text(Walk *w, GMimePart *part, gboolean is_html)
{
	gsize room;
	gint64 size;

	if (w->text_full)
		return;
	room = w->lim->max_text_bytes - w->body->len;
	gsize keep = is_html ? room * 4 + 4096 : room + 64;
	g_autoptr(GByteArray) raw = decode_part(w, part, keep, NULL, &size);
	const guint8 *nul = raw->len > 0 ? memchr(raw->data, '\0', raw->len) : NULL;
	if (nul)
		st_flag_add(w->msg->flags, "nul-bytes");
	int armor = check_armor(w, raw->data, nul ? (gsize) (nul - raw->data) : raw->len);
	const char *charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
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
		body_append(w, plain, strlen(plain));
		if (cut && !w->text_full) {
			w->text_full = TRUE;
			st_flag_add(w->msg->flags, "text-limit");
		}
		w->html_parts++;
	} else {
		body_append(w, text, text_len);
		w->plain_parts++;
	}
	if ((gsize) size > keep && !w->text_full) {
		w->text_full = TRUE;
		st_flag_add(w->msg->flags, "text-limit");
	}
	inline_crypto(w, raw, armor);
}

/* ---- attachments ----------------------------------------------------------- */

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
		const char *raw = raw_header(obj, where[i][0]);
		if (raw == NULL || strstr(raw, "=?") == NULL)
			continue;
		g_autofree char *param = st_hdecode_param(raw, where[i][1]);
		if (param && strstr(param, "=?"))
			return st_hdecode_header(param, 4 * MAX_FILENAME);
	}
	return g_strdup(name);
}

static void
add_members(Walk *w, StAttachment *att, GBytes *kept)
{
	gsize len;
	const void *data = g_bytes_get_data(kept, &len);

	att->members = st_archive_list(len ? data : "", len, w->lim->max_archive_members,
				       w->lim->max_archive_bytes, w->deadline, att->flags);
	if (att->size > (gint64) len)
		st_flag_add(att->flags, "archive-limit");
}

static void
add_attachment(Walk *w, GMimePart *part, const char *type, const char *filename,
	       gboolean disposition_attachment)
{
	StAttachment *att = g_new0(StAttachment, 1);
	const StLimits *lim = w->lim;

	att->flags = g_ptr_array_new_with_free_func(g_free);
	att->content_type = g_strdup(type);
	att->inline_part = !disposition_attachment && filename == NULL;
	if (filename) {
		att->filename = st_printable(filename, -1, MAX_FILENAME);
		if (unsafe_filename(filename))
			st_flag_add(att->flags, "unsafe-name");
	}
	gboolean textual = st_archive_is_text(filename, type);
	gboolean archive = st_archive_is_archive(filename, type);
	gsize keep = lim->max_attachment_bytes;
	if (textual)
		keep = MAX(keep, (gsize) lim->max_text_bytes);
	g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA256);
	/* the decoded bytes become the attachment's content as they are */
	g_autoptr(GBytes) kept = g_byte_array_free_to_bytes(decode_part(w, part, keep, sum,
									 &att->size));
	gsize kept_len;
	const char *data = g_bytes_get_data(kept, &kept_len);
	g_strlcpy(att->sha256, g_checksum_get_string(sum), sizeof att->sha256);
	/* A decrypted attachment's content is stored only with store_plaintext. */
	gboolean secret = w->in_plaintext > 0 && !(w->cfg && w->cfg->store_plaintext);
	if (att->size <= lim->max_attachment_bytes && !secret)
		att->content = g_bytes_ref(kept);
	else
		st_flag_add(att->flags, "not-kept");
	gsize tlen = MIN(kept_len, (gsize) lim->max_text_bytes);
	if (textual && (tlen == 0 || memchr(data, '\0', tlen) == NULL)) {
		const char *cs = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
		g_autoptr(GString) utf8 = NULL;
		const char *t;
		gsize t_len;
		text_utf8(data, tlen, cs, &utf8, &t, &t_len);
		GString *text = g_string_sized_new(t_len + 16);
		st_hdecode_text(text, t, t_len, lim->max_text_bytes);
		st_squeeze_blanks(text, ST_MAX_BLANK_RUN);
		att->text = g_string_free(text, FALSE);
	}
	if (archive && !w->stop)
		add_members(w, att, kept);
	g_ptr_array_add(w->msg->attachments, att);
}

/* ---- the walk ---------------------------------------------------------------- */

static void
crypto_flags(Walk *w, GMimeObject *obj, const char *type)
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

static void
walk_leaf(Walk *w, GMimePart *part, Mode mode)
{
	GMimeObject *obj = GMIME_OBJECT(part);
	g_autofree char *type = mime_type(obj);
	GMimeContentDisposition *cd = g_mime_object_get_content_disposition(obj);
	gboolean attachment = cd && g_mime_content_disposition_is_attachment(cd);
	g_autofree char *filename = part_filename(obj);

	crypto_flags(w, obj, type);
	if (g_str_has_prefix(type, "text/") && filename == NULL && !attachment) {
		if (mode == MODE_BODY)
			add_body_text(w, part, strcmp(type, "text/html") == 0);
		return;
	}
	add_attachment(w, part, type, filename, attachment);
}

/* The child of an alternative to read as the body: the first text/plain
 * that is not an attachment, else the last (richest) one. */
static int
best_alternative(GMimeMultipart *mp)
{
	int n = g_mime_multipart_get_count(mp);

	for (int i = 0; i < n; i++) {
		GMimeObject *c = g_mime_multipart_get_part(mp, i);
		GMimeContentType *ct = g_mime_object_get_content_type(c);
		GMimeContentDisposition *cd = g_mime_object_get_content_disposition(c);
		if (ct && g_mime_content_type_is_type(ct, "text", "plain") &&
		    !(cd && g_mime_content_disposition_is_attachment(cd)))
			return i;
	}
	return n - 1;
}

static void
walk_multipart(Walk *w, GMimeMultipart *mp, int depth, Mode mode)
{
	GMimeObject *obj = GMIME_OBJECT(mp);
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	int n = g_mime_multipart_get_count(mp);
	int best = -1;

	if (GMIME_IS_MULTIPART_SIGNED(mp)) {
		st_flag_add(w->msg->flags, "signed");
		if (w->cfg && st_crypto_enabled(w->cfg)) {
			StCryptoResult res = { 0 };
			st_crypto_verify_multipart(w->cfg, GMIME_MULTIPART_SIGNED(mp), &res);
			crypto_done(w, &res);
		}
	}
	if (ct && g_mime_content_type_is_type(ct, "multipart", "report") &&
	    w->msg->report_type == NULL) {
		const char *rt = g_mime_object_get_content_type_parameter(obj, "report-type");
		g_autofree char *safe = rt ? st_header_safe(rt, 255) : NULL;
		w->msg->report_type = safe ? g_ascii_strdown(safe, -1) : NULL;
	}
	if (mode == MODE_BODY && n == 0) {
		/* No parts found (no or a broken boundary): GMime keeps the
		 * content as the prologue; do not let it vanish. */
		const char *pro = g_mime_multipart_get_prologue(mp);
		if (pro && *pro) {
			g_autoptr(GString) utf8 = g_string_new(NULL);
			st_hdecode_to_utf8(utf8, pro, strlen(pro), NULL);
			body_append(w, utf8->str, utf8->len);
			w->plain_parts++;
		}
	}
	if (mode == MODE_BODY && ct && g_mime_content_type_is_type(ct, "multipart", "alternative"))
		best = best_alternative(mp);
	for (int i = 0; i < n && !w->stop; i++) {
		Mode m = (best < 0 || i == best) ? mode : MODE_ATTACH;
		walk(w, g_mime_multipart_get_part(mp, i), depth + 1, m);
	}
}

/* The clear entity's protected Subject (RFC 9788 "protected-headers"). */
static void
protected_subject(Walk *w, GMimeObject *clear)
{
	const char *raw = raw_header(clear, "Subject");

	if (raw && w->msg->protected_subject == NULL)
		w->msg->protected_subject = decode_field(raw, MAX_SUBJECT);
}

static void
walk_encrypted(Walk *w, GMimeMultipart *mp, int depth, Mode mode)
{
	StCryptoResult res = { 0 };
	GMimeObject *clear = NULL;

	w->msg->encrypted = TRUE;
	st_flag_add(w->msg->flags, "encrypted");
	if (w->cfg && st_crypto_enabled(w->cfg))
		clear = st_crypto_decrypt_multipart(w->cfg, GMIME_MULTIPART_ENCRYPTED(mp), &res);
	crypto_done(w, &res);
	if (clear) {
		w->msg->decrypted = TRUE;
		protected_subject(w, clear);
		w->in_plaintext++;
		walk(w, clear, depth + 1, mode);
		w->in_plaintext--;
		g_object_unref(clear);
		return;
	}
	for (int i = 0; i < g_mime_multipart_get_count(mp) && !w->stop; i++)
		walk(w, g_mime_multipart_get_part(mp, i), depth + 1, MODE_ATTACH);
}

/* "From/Date/Subject" of a forwarded message, after a separator line. */
static void
forward_separator(Walk *w, GMimeMessage *inner)
{
	static const char *const fields[] = { "From", "Date", "Subject" };
	g_autoptr(GString) s = g_string_new("\n---------- Forwarded message ----------\n");

	for (gsize i = 0; i < G_N_ELEMENTS(fields); i++) {
		const char *raw = raw_header(GMIME_OBJECT(inner), fields[i]);
		if (raw == NULL)
			continue;
		g_autofree char *v = decode_field(raw, MAX_SUBJECT);
		g_string_append_printf(s, "%s: %s\n", fields[i], v);
	}
	g_string_append_c(s, '\n');
	body_append(w, s->str, s->len);
}

static void
walk(Walk *w, GMimeObject *obj, int depth, Mode mode)
{
	StMessage *msg = w->msg;

	if (w->stop || obj == NULL)
		return;
	if (depth > w->lim->max_depth) {
		st_flag_add(msg->flags, "depth-limit");
		return;
	}
	if (msg->n_parts >= (guint) w->lim->max_parts) {
		st_flag_add(msg->flags, "parts-limit");
		w->stop = TRUE;
		return;
	}
	if (w->deadline && g_get_monotonic_time() > w->deadline) {
		st_flag_add(msg->flags, "analysis-timeout");
		w->stop = TRUE;
		return;
	}
	msg->n_parts++;
	msg->depth = MAX(msg->depth, (guint) depth);
	if (GMIME_IS_MESSAGE_PART(obj)) {
		GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
		if (inner == NULL)
			return;
		if (mode == MODE_BODY)
			forward_separator(w, inner);
		walk(w, g_mime_message_get_mime_part(inner), depth + 1, mode);
	} else if (GMIME_IS_MULTIPART_ENCRYPTED(obj)) {
		walk_encrypted(w, GMIME_MULTIPART(obj), depth, mode);
	} else if (GMIME_IS_MULTIPART(obj)) {
		walk_multipart(w, GMIME_MULTIPART(obj), depth, mode);
	} else if (GMIME_IS_PART(obj)) {
		walk_leaf(w, GMIME_PART(obj), mode);
	}
}

/* ---- top-level fields ---------------------------------------------------------- */

static void
header_free(gpointer p)
{
	StHeader *h = p;

	g_free(h->name);
	g_free(h->value);
	g_free(h);
}

static gint
by_offset(gconstpointer a, gconstpointer b)
{
	gint64 x = g_mime_header_get_offset(*(GMimeHeader **) a);
	gint64 y = g_mime_header_get_offset(*(GMimeHeader **) b);

	return x < y ? -1 : x > y;
}

static void
add_headers(GPtrArray *all, GMimeObject *obj)
{
	GMimeHeaderList *list = obj ? g_mime_object_get_header_list(obj) : NULL;
	int n = list ? g_mime_header_list_get_count(list) : 0;

	for (int i = 0; i < n; i++)
		g_ptr_array_add(all, g_mime_header_list_get_header_at(list, i));
}

/* Keep the top-level headers (GMime splits them between the message and its
 * top part: merged back in file order) while they fit in max_header_bytes;
 * a header that does not fit is skipped (later small ones are still kept). */
static void
collect_headers(Walk *w, GMimeMessage *m)
{
	g_autoptr(GPtrArray) all = g_ptr_array_new();
	gint64 used = 0;

	add_headers(all, GMIME_OBJECT(m));
	add_headers(all, g_mime_message_get_mime_part(m));
	g_ptr_array_sort(all, by_offset);
	for (guint i = 0; i < all->len; i++) {
		GMimeHeader *h = g_ptr_array_index(all, i);
		const char *name = g_mime_header_get_name(h);
		const char *raw = g_mime_header_get_raw_value(h);
		if (name == NULL)
			continue;
		gint64 len = strlen(name) + (raw ? strlen(raw) : 0);
		if (used + len > w->lim->max_header_bytes) {
			st_flag_add(w->msg->flags, "header-limit");
			continue;
		}
		used += len;
		StHeader *sh = g_new(StHeader, 1);
		sh->name = valid_utf8(g_strdup(name));
		sh->value = valid_utf8(st_hdecode_unfold(raw ? raw : ""));
		g_ptr_array_add(w->msg->headers, sh);
	}
}

/* The display name of the raw From value: what stands before the first '<'
 * outside quotes, unquoted and decoded.  NULL when there is none. */
static char *
raw_display_name(const char *raw)
{
	g_autoptr(GString) s = g_string_new(NULL);
	gboolean quoted = FALSE;

	for (const char *p = raw; *p; p++) {
		if (*p == '\\' && quoted && p[1]) {
			g_string_append_c(s, *++p);
		} else if (*p == '"') {
			quoted = !quoted;
		} else if (*p == '<' && !quoted) {
			g_autofree char *name = decode_field(s->str, MAX_SUBJECT);
			return *name ? g_steal_pointer(&name) : NULL;
		} else {
			g_string_append_c(s, *p);
		}
	}
	return NULL;
}

static void
set_from(StMessage *msg, GMimeMessage *m)
{
	const char *raw = raw_header(GMIME_OBJECT(m), "From");
	InternetAddressList *list = g_mime_message_get_from(m);
	InternetAddress *ia = NULL;

	if (raw == NULL)
		return;
	for (int i = 0; list && i < internet_address_list_length(list) && ia == NULL; i++) {
		InternetAddress *a = internet_address_list_get_address(list, i);
		if (INTERNET_ADDRESS_IS_MAILBOX(a)) {
			ia = a;
		} else if (INTERNET_ADDRESS_IS_GROUP(a)) {
			InternetAddressList *members = internet_address_group_get_members(
				INTERNET_ADDRESS_GROUP(a));
			if (members && internet_address_list_length(members) > 0)
				ia = internet_address_list_get_address(members, 0);
		}
	}
	if (ia == NULL || !INTERNET_ADDRESS_IS_MAILBOX(ia)) {
		g_free(msg->from);
		msg->from = decode_field(raw, MAX_SUBJECT);
		return;
	}
	const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
	if (addr && *addr) {
		g_autofree char *safe = st_header_safe(addr, MAX_SUBJECT);
		msg->from_addr = g_ascii_strdown(g_strstrip(safe), -1);
	}
	msg->from_name = raw_display_name(raw);
	if (msg->from_name == NULL && internet_address_get_name(ia) &&
	    *internet_address_get_name(ia))
		msg->from_name = decode_field(internet_address_get_name(ia), MAX_SUBJECT);
	g_free(msg->from);
	if (msg->from_name && msg->from_addr)
		msg->from = g_strdup_printf("%s <%s>", msg->from_name, msg->from_addr);
	else
		msg->from = g_strdup(msg->from_addr ? msg->from_addr : "");
}

static void
set_references(StMessage *msg, GMimeMessage *m)
{
	const char *raw = raw_header(GMIME_OBJECT(m), "In-Reply-To");

	if (raw) {
		GMimeReferences *refs = g_mime_references_parse(NULL, raw);
		if (refs && g_mime_references_length(refs) > 0)
			msg->in_reply_to = safe_id(g_mime_references_get_message_id(refs, 0));
		if (refs)
			g_mime_references_free(refs);
	}
	raw = raw_header(GMIME_OBJECT(m), "References");
	if (raw) {
		GMimeReferences *refs = g_mime_references_parse(NULL, raw);
		int n = refs ? g_mime_references_length(refs) : 0;
		for (int i = 0; i < n; i++) {
			if (i > 0 && i < n - (MAX_REFS - 1))
				continue;   /* keep the root and the latest */
			g_ptr_array_add(msg->references,
					safe_id(g_mime_references_get_message_id(refs, i)));
		}
		if (refs)
			g_mime_references_free(refs);
	}
}

static void
set_fields(Walk *w, GMimeMessage *m)
{
	StMessage *msg = w->msg;
	GMimeObject *top = g_mime_message_get_mime_part(m);
	const char *raw;

	collect_headers(w, m);
	if ((raw = raw_header(GMIME_OBJECT(m), "Subject")) != NULL) {
		g_free(msg->subject);
		msg->subject = decode_field(raw, MAX_SUBJECT);
	}
	set_from(msg, m);
	const char *mid = g_mime_message_get_message_id(m);
	if (mid && *mid)
		msg->message_id = safe_id(mid);
	set_references(msg, m);
	if ((raw = raw_header(GMIME_OBJECT(m), "Date")) != NULL) {
		g_autofree char *d = st_hdecode_unfold(raw);
		msg->date = st_printable(d, -1, 256);
	}
	msg->content_type = top ? mime_type(top) : g_strdup("text/plain");
}

/* ---- entry points ------------------------------------------------------------- */

static const char *const warning_names[] = {
	[GMIME_WARN_DUPLICATED_HEADER] = "gmime:duplicated-header",
	[GMIME_WARN_DUPLICATED_PARAMETER] = "gmime:duplicated-parameter",
	[GMIME_WARN_UNENCODED_8BIT_HEADER] = "gmime:unencoded-8bit-header",
	[GMIME_WARN_INVALID_CONTENT_TYPE] = "gmime:invalid-content-type",
	[GMIME_WARN_INVALID_RFC2047_HEADER_VALUE] = "gmime:invalid-rfc2047-header-value",
	[GMIME_WARN_MALFORMED_MULTIPART] = "gmime:malformed-multipart",
	[GMIME_WARN_TRUNCATED_MESSAGE] = "gmime:truncated-message",
	[GMIME_WARN_MALFORMED_MESSAGE] = "gmime:malformed-message",
	[GMIME_CRIT_INVALID_HEADER_NAME] = "gmime:invalid-header-name",
	[GMIME_CRIT_CONFLICTING_HEADER] = "gmime:conflicting-header",
	[GMIME_CRIT_CONFLICTING_PARAMETER] = "gmime:conflicting-parameter",
	[GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY] = "gmime:multipart-without-boundary",
	[GMIME_WARN_INVALID_PARAMETER] = "gmime:invalid-parameter",
	[GMIME_WARN_INVALID_ADDRESS_LIST] = "gmime:invalid-address-list",
	[GMIME_CRIT_NESTING_OVERFLOW] = "gmime:nesting-overflow",
	[GMIME_WARN_PART_WITHOUT_CONTENT] = "gmime:part-without-content",
	[GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT] = "gmime:part-without-headers-or-content",
};

static void
on_warning(gint64 offset, GMimeParserWarning code, const char *item, gpointer data)
{
	GPtrArray *flags = data;

	if ((gsize) code < G_N_ELEMENTS(warning_names) && warning_names[code])
		st_flag_add(flags, warning_names[code]);
	else
		st_flag_add(flags, "gmime:warning");
}

static StMessage *
message_new(void)
{
	StMessage *msg = g_new0(StMessage, 1);

	msg->headers = g_ptr_array_new_with_free_func(header_free);
	msg->references = g_ptr_array_new_with_free_func(g_free);
	msg->attachments = g_ptr_array_new_with_free_func((GDestroyNotify) st_attachment_free);
	msg->flags = g_ptr_array_new_with_free_func(g_free);
	msg->subject = g_strdup("");
	msg->from = g_strdup("");
	return msg;
}

/* One pass over STREAM, at most MAX bytes: size, SHA-256, NUL bytes; then
 * rewind.  More than MAX bytes (a huge file, /dev/zero given to the CLI):
 * only MAX are analysed, flag "truncated".  FALSE on a read error. */
static gboolean
scan_raw(GMimeStream *stream, StMessage *msg, gint64 max)
{
	g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA256);
	g_autofree char *buf = g_malloc(CHUNK);
	gboolean nul = FALSE;
	gssize n;

	while ((n = g_mime_stream_read(stream, buf, MIN(CHUNK, max - msg->raw_size + 1))) > 0) {
		if (msg->raw_size + n > max) {
			n = max - msg->raw_size;
			st_flag_add(msg->flags, "truncated");
		}
		g_checksum_update(sum, (const guchar *) buf, n);
		msg->raw_size += n;
		if (!nul && memchr(buf, '\0', n))
			nul = TRUE;
		if (msg->raw_size >= max)
			break;
	}
	if (n > 0 && g_mime_stream_read(stream, buf, 1) > 0)
		st_flag_add(msg->flags, "truncated");
	if (n < 0 || g_mime_stream_reset(stream) < 0)
		return FALSE;
	g_strlcpy(msg->raw_sha256, g_checksum_get_string(sum), sizeof msg->raw_sha256);
	if (nul)
		st_flag_add(msg->flags, "nul-bytes");
	return TRUE;
}

/* GMime could not make a message: the raw bytes (bounded) are the body. */
static void
unparseable(Walk *w, GMimeStream *stream)
{
	gsize max = w->lim->max_text_bytes;
	g_autofree char *buf = g_malloc(max + 1);
	gssize n, got = 0;

	st_flag_add(w->msg->flags, "unparseable");
	g_mime_stream_reset(stream);
	while ((gsize) got < max && (n = g_mime_stream_read(stream, buf + got, max - got)) > 0)
		got += n;
	g_autoptr(GString) utf8 = g_string_sized_new(got + 16);
	if (!st_hdecode_to_utf8(utf8, buf, got, NULL))
		st_flag_add(w->msg->flags, "bad-charset");
	body_append(w, utf8->str, utf8->len);
	if (w->msg->raw_size > got)
		st_flag_add(w->msg->flags, "text-limit");
	w->msg->content_type = g_strdup("text/plain");
}

/* Parse STREAM (rewound, read from the start).  NULL on a read error. */
static StMessage *
parse_stream(GMimeStream *stream, const StConfig *cfg, GError **error)
{
	Walk w = { 0 };

	st_init();
	w.cfg = cfg;
	w.lim = cfg ? &cfg->limits : &default_limits;
	w.msg = message_new();
	w.body = g_string_new(NULL);
	w.scratch = g_malloc(2 * CHUNK);
	if (w.lim->analysis_timeout_ms > 0)
		w.deadline = g_get_monotonic_time() + (gint64) w.lim->analysis_timeout_ms * 1000;
	if (!scan_raw(stream, w.msg, MAX(w.lim->max_message_size, 1))) {
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_IO, "read error");
		g_string_free(w.body, TRUE);
		g_free(w.scratch);
		st_message_free(w.msg);
		return NULL;
	}
	GMimeParserOptions *opts = g_mime_parser_options_new();
	g_mime_parser_options_set_warning_callback(opts, on_warning, w.msg->flags);
	g_autoptr(GMimeStream) bounded = st_flag_has(w.msg->flags, "truncated") ?
		g_mime_stream_substream(stream, 0, w.msg->raw_size) : g_object_ref(stream);
	GMimeParser *parser = g_mime_parser_new_with_stream(bounded);
	g_mime_parser_set_persist_stream(parser, TRUE);
	GMimeMessage *m = g_mime_parser_construct_message(parser, opts);
	if (m == NULL) {
		unparseable(&w, bounded);
	} else {
		set_fields(&w, m);
		walk(&w, g_mime_message_get_mime_part(m), 1, MODE_BODY);
		if (w.html_parts > 0 && w.plain_parts == 0) {
			w.msg->body_from_html = TRUE;
			st_flag_add(w.msg->flags, "html-only");
		}
		g_object_unref(m);
	}
	g_object_unref(parser);
	g_mime_parser_options_free(opts);
	g_free(w.scratch);
	/* bounded runs of blanks keep every pattern in rules/ linear */
	st_squeeze_blanks(w.body, ST_MAX_BLANK_RUN);
	w.msg->body_text = g_string_free(w.body, FALSE);
	return w.msg;
}

StMessage *
st_message_parse_file(const char *path, const StConfig *cfg, GError **error)
{
	g_autoptr(GMimeStream) stream = g_mime_stream_fs_open(path, O_RDONLY, 0, error);

	if (stream == NULL)
		return NULL;
	StMessage *msg = parse_stream(stream, cfg, error);
	if (msg == NULL && error && *error) {
		g_prefix_error(error, "%s: ", path);
	}
	return msg;
}

StMessage *
st_message_parse_data(const char *data, gsize len, const StConfig *cfg)
{
	/* The stream borrows DATA: no copy, nothing kept after the call.  A
	 * GByteArray holds at most 4 GiB: more is cut (and flagged). */
	gboolean cut = len > G_MAXUINT;
	GByteArray *array = g_byte_array_new_take((guint8 *) data, cut ? G_MAXUINT : len);
	GMimeStream *stream = g_mime_stream_mem_new_with_byte_array(array);

	g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
	StMessage *msg = parse_stream(stream, cfg, NULL);
	g_object_unref(stream);
	g_byte_array_free(array, FALSE);
	if (msg == NULL) {   /* a memory stream does not fail; be safe */
		msg = message_new();
		msg->body_text = g_strdup("");
		st_flag_add(msg->flags, "unparseable");
	}
	if (cut)
		st_flag_add(msg->flags, "truncated");
	return msg;
}

const char *
st_message_header(const StMessage *msg, const char *name)
{
	for (guint i = 0; msg && i < msg->headers->len; i++) {
		const StHeader *h = g_ptr_array_index(msg->headers, i);
		if (g_ascii_strcasecmp(h->name, name) == 0)
			return h->value;
	}
	return NULL;
}

GPtrArray *
st_message_headers(const StMessage *msg, const char *name)
{
	GPtrArray *values = g_ptr_array_new();

	for (guint i = 0; msg && i < msg->headers->len; i++) {
		const StHeader *h = g_ptr_array_index(msg->headers, i);
		if (g_ascii_strcasecmp(h->name, name) == 0)
			g_ptr_array_add(values, h->value);
	}
	return values;
}

void
st_attachment_free(StAttachment *att)
{
	if (att == NULL)
		return;
	g_free(att->filename);
	g_free(att->content_type);
	if (att->content)
		g_bytes_unref(att->content);
	g_free(att->text);
	if (att->members)
		g_ptr_array_unref(att->members);
	if (att->flags)
		g_ptr_array_unref(att->flags);
	g_free(att->role_evidence);
	g_free(att);
}

void
st_message_free(StMessage *msg)
{
	if (msg == NULL)
		return;
	g_ptr_array_unref(msg->headers);
	g_free(msg->subject);
	g_free(msg->from);
	g_free(msg->from_addr);
	g_free(msg->from_name);
	g_free(msg->message_id);
	g_free(msg->in_reply_to);
	g_ptr_array_unref(msg->references);
	g_free(msg->date);
	g_free(msg->content_type);
	g_free(msg->report_type);
	g_free(msg->body_text);
	g_ptr_array_unref(msg->attachments);
	g_ptr_array_unref(msg->flags);
	g_free(msg->sig_status);
	g_free(msg->sig_key_id);
	g_free(msg->sig_signer);
	g_free(msg->protected_subject);
	if (msg->plaintext_parts)
		g_ptr_array_unref(msg->plaintext_parts);
	g_free(msg);
}
