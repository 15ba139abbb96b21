/*
 * parse_walk.c — the MIME part walk of a message (see parse_int.h).
 *
 * Functions: st_p_walk(), st_p_crypto_done().
 *
 * The walk is recursive but bounded by max_depth, stops at max_parts and at
 * the analysis deadline; every limit hit becomes a flag.  In an alternative
 * one child is read as the body (the first text/plain, or the HTML when the
 * text part is only a stub of it), the others only for attachments; a forwarded message's From/Date/Subject go into the body
 * before its text.
 *
 * Encrypted and signed parts go to crypto.c (GPGME, issue 8) when a GnuPG
 * home is configured: the clear entity is walked like any other (its
 * attachments' content not kept unless store_plaintext), its protected
 * Subject kept, the first signature result recorded; otherwise the
 * encrypted parts are kept as attachments and the message flagged.
 *
 * An opaque S/MIME signature (application/pkcs7-mime or x-pkcs7-mime;
 * smime-type=signed-data, smime.p7m: Outlook's default when "send clear
 * text signed message" is off, held-out 1563) wraps the whole entity in a
 * PKCS#7 SignedData.  Its content is not secret, so it is read whatever
 * the crypto configuration (pkcs7.c, GnuTLS) and the entity inside is
 * walked in place of the wrapper, in the wrapper's mode, wherever the part
 * sits: the message's own part, a forwarded message's, or a p7m attached
 * to a multipart (read like an attached message/rfc822, its text in the
 * body).  The signature is not verified.  A p7m that cannot be read
 * (malformed, over max_attachment_bytes, no MIME entity inside) is kept as
 * an attachment and flagged "smime-unreadable"; an enveloped-data one is
 * flagged "encrypted".
 */
#include <string.h>

#include "sectriage/hdecode.h"
#include "sectriage/pkcs7.h"
#include "parse_int.h"

/* Record the first signature result seen. */
static void
take_signature(StMessage *msg, const StCryptoResult *res)
{
	if (res->sig_status == NULL || msg->sig_status != NULL)
		return;
	msg->sig_status = g_strdup(res->sig_status);
	msg->sig_key_id = res->sig_key_id ? st_header_safe(res->sig_key_id, ST_P_MAX_SUBJECT) : NULL;
	msg->sig_signer = res->sig_signer ? st_header_safe(res->sig_signer, ST_P_MAX_SUBJECT) : NULL;
}

void
st_p_crypto_done(StPWalk *w, StCryptoResult *res)
{
	take_signature(w->msg, res);
	if (res->attempted && !res->decrypted && res->error && w->msg->encrypted)
		st_flag_add(w->msg->flags, "decrypt-failed");
	st_crypto_result_clear(res);
}

/* A stub is at most this long (bytes of its text, trimmed). */
#define STUB_MAX_BYTES 1024
/* ...and, when it does not point to the HTML, this many times shorter
 * than the HTML's text. */
#define STUB_RATIO 4

/* The inline text/html leaf of alternative child C: C itself, or the first
 * one of a multipart/related (the HTML with its images); else NULL. */
static GMimePart *
html_leaf(GMimeObject *c)
{
	GMimeContentDisposition *cd = g_mime_object_get_content_disposition(c);
	GMimeContentType *ct = g_mime_object_get_content_type(c);

	if (cd && g_mime_content_disposition_is_attachment(cd))
		return NULL;
	if (GMIME_IS_PART(c) && ct && g_mime_content_type_is_type(ct, "text", "html"))
		return GMIME_PART(c);
	if (GMIME_IS_MULTIPART(c) && ct && g_mime_content_type_is_type(ct, "multipart", "related")) {
		GMimeMultipart *mp = GMIME_MULTIPART(c);
		for (int i = 0; i < g_mime_multipart_get_count(mp); i++) {
			GMimeObject *k = g_mime_multipart_get_part(mp, i);
			GMimeContentType *kt = g_mime_object_get_content_type(k);
			if (GMIME_IS_PART(k) && kt && g_mime_content_type_is_type(kt, "text", "html"))
				return GMIME_PART(k);
		}
	}
	return NULL;
}

/* The length of TEXT without its leading and trailing blanks. */
static gsize
trimmed_len(const char *text, gsize len)
{
	const char *s = text, *e = text + len;

	while (s < e && g_ascii_isspace(*s))
		s++;
	while (e > s && g_ascii_isspace(e[-1]))
		e--;
	return (gsize)(e - s);
}

/* Is the text part's text P (PL bytes) only a stub of the HTML part's
 * text H (HL bytes): short, and either pointing the reader to the HTML
 * ("This message contains formatted content. Please view it in an
 * HTML-capable mail client", "open it in your browser") or much shorter
 * than the HTML's text?  Mailers and newsletter tools send such a part
 * when the writer composed in HTML only; the report is then in the HTML. */
static gboolean
plain_is_stub(const char *p, gsize pl, const char *h, gsize hl)
{
	static GRegex *points = NULL;

	if (pl > STUB_MAX_BYTES)
		return FALSE;
	pl = trimmed_len(p, pl);
	hl = trimmed_len(h, hl);
	if (hl <= pl)
		return FALSE;   /* the HTML says no more */
	if (g_once_init_enter(&points)) {
		GRegex *re = g_regex_new("\\b(?:html|browser|web\\s+version|mail\\s+(?:client|program|app)|"
					 "(?:rich|formatted)\\s+(?:text|content))\\b",
					 G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&points, re);
	}
	return (points && g_regex_match(points, p, 0, NULL)) || hl >= pl * STUB_RATIO;
}

/* Stale plain parts: both texts read up to this many bytes (longer ones
 * are not compared), the HTML's words the plain lacks at least this many,
 * and at least this share (percent) of the HTML's; of the plain's words
 * at most this share (percent) missing from the HTML. */
#define STALE_MAX_BYTES 16384
#define STALE_MIN_NEW 30
#define STALE_NEW_PERCENT 15
#define STALE_LOST_PERCENT 5

/* The words of TEXT (runs of letters, digits and non-ASCII bytes, two
 * bytes or more, folded to lower case), each with how often it occurs. */
static GHashTable *
word_counts(const char *text)
{
	GHashTable *words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	const char *p = text;

	while (*p) {
		while (*p && !g_ascii_isalnum(*p) && !((guchar)*p & 0x80))
			p++;
		const char *s = p;
		while (*p && (g_ascii_isalnum(*p) || ((guchar)*p & 0x80)))
			p++;
		if (p - s < 2)
			continue;
		char *w = g_ascii_strdown(s, p - s);
		gpointer n = g_hash_table_lookup(words, w);
		g_hash_table_replace(words, w, GUINT_TO_POINTER(GPOINTER_TO_UINT(n) + 1));
	}
	return words;
}

/* Of the words WORDS (word_counts), how many in all (*TOTAL) and how many
 * OTHER lacks (*MISSING). */
static void
words_against(GHashTable *words, GHashTable *other, guint *total, guint *missing)
{
	GHashTableIter it;
	gpointer w, n;

	*total = *missing = 0;
	g_hash_table_iter_init(&it, words);
	while (g_hash_table_iter_next(&it, &w, &n)) {
		*total += GPOINTER_TO_UINT(n);
		if (!g_hash_table_contains(other, w))
			*missing += GPOINTER_TO_UINT(n);
	}
}

/* Is the text part's text P (PL bytes) an older draft of the HTML part's
 * text H (HL bytes): the HTML holds nearly every word of the plain part
 * and many more (a section, a command's output, a sentence added when the
 * writer edited the HTML after a script or a mailer had made the plain
 * part from the draft)?  The HTML is then the writer's later, fuller
 * text, the one a mail client shows.  A plain part made from the HTML
 * says the same words. */
static gboolean
plain_is_stale(const char *p, gsize pl, const char *h, gsize hl)
{
	if (pl > STALE_MAX_BYTES || hl > STALE_MAX_BYTES || hl <= pl)
		return FALSE;
	g_autoptr(GHashTable) pw = word_counts(p);
	g_autoptr(GHashTable) hw = word_counts(h);
	guint htotal, added, ptotal, lost;
	words_against(hw, pw, &htotal, &added);
	words_against(pw, hw, &ptotal, &lost);
	return added >= STALE_MIN_NEW && added * 100 >= htotal * STALE_NEW_PERCENT &&
	       lost * 100 <= ptotal * STALE_LOST_PERCENT;
}

/* The flag that says why the HTML alternative HTML is read in place of
 * the text part PLAIN (plain_is_stub, plain_is_stale), or NULL.  Each
 * part's text is decoded once, up to the longer of the two bounds. */
static const char *
plain_gives_way(StPWalk *w, GMimePart *plain, GMimePart *html)
{
	g_autofree char *p = st_p_part_text(w, plain, STALE_MAX_BYTES + 1);
	gsize pl = strlen(p);

	if (pl > STALE_MAX_BYTES)
		return NULL;    /* neither a stub nor compared */
	g_autofree char *h = st_p_part_text(w, html, STALE_MAX_BYTES + 1);
	gsize hl = strlen(h);

	if (plain_is_stub(p, pl, h, hl))
		return "plain-stub";
	if (plain_is_stale(p, pl, h, hl))
		return "plain-stale";
	return NULL;
}

/* The child of an alternative to read as the body: the first text/plain
 * that is not an attachment, unless it gives way to an HTML alternative
 * (plain_gives_way: only a stub of it, or an older draft); else the last
 * (richest) one. */
static int
best_alternative(StPWalk *w, GMimeMultipart *mp)
{
	int n = g_mime_multipart_get_count(mp);
	int plain = -1;

	for (int i = 0; i < n && plain < 0; i++) {
		GMimeObject *c = g_mime_multipart_get_part(mp, i);
		GMimeContentType *ct = g_mime_object_get_content_type(c);
		GMimeContentDisposition *cd = g_mime_object_get_content_disposition(c);
		if (GMIME_IS_PART(c) && ct && g_mime_content_type_is_type(ct, "text", "plain") &&
		    !(cd && g_mime_content_disposition_is_attachment(cd)))
			plain = i;
	}
	if (plain < 0)
		return n - 1;
	for (int i = n - 1; i > plain; i--) {
		GMimePart *html = html_leaf(g_mime_multipart_get_part(mp, i));
		if (html == NULL)
			continue;
		const char *why = plain_gives_way(w, GMIME_PART(g_mime_multipart_get_part(mp, plain)),
						  html);
		if (why != NULL) {
			st_flag_add(w->msg->flags, why);
			return i;
		}
		break;
	}
	return plain;
}

static void
walk_multipart(StPWalk *w, GMimeMultipart *mp, int depth, StPMode mode)
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
			st_p_crypto_done(w, &res);
		}
	}
	if (ct && g_mime_content_type_is_type(ct, "multipart", "report") &&
	    w->msg->report_type == NULL) {
		const char *rt = g_mime_object_get_content_type_parameter(obj, "report-type");
		g_autofree char *safe = rt ? st_header_safe(rt, 255) : NULL;
		w->msg->report_type = safe ? g_ascii_strdown(safe, -1) : NULL;
	}
	if (mode == ST_P_BODY && n == 0) {
		/* No parts found (no or a broken boundary): GMime keeps the
		 * content as the prologue; do not let it vanish. */
		const char *pro = g_mime_multipart_get_prologue(mp);
		if (pro && *pro) {
			g_autoptr(GString) utf8 = g_string_new(NULL);
			st_hdecode_to_utf8(utf8, pro, strlen(pro), NULL);
			st_p_body_append(w, utf8->str, utf8->len);
			w->plain_parts++;
		}
	}
	if (mode == ST_P_BODY && ct && g_mime_content_type_is_type(ct, "multipart", "alternative"))
		best = best_alternative(w, mp);
	for (int i = 0; i < n && !w->stop; i++) {
		StPMode m = (best < 0 || i == best) ? mode : ST_P_ATTACH;
		st_p_walk(w, g_mime_multipart_get_part(mp, i), depth + 1, m);
	}
}

/* The clear entity's protected Subject (RFC 9788 "protected-headers"). */
static void
protected_subject(StPWalk *w, GMimeObject *clear)
{
	const char *raw = st_p_raw_header(clear, "Subject");

	if (raw && w->msg->protected_subject == NULL)
		w->msg->protected_subject = st_p_decode_field(raw, ST_P_MAX_SUBJECT);
}

static void
walk_encrypted(StPWalk *w, GMimeMultipart *mp, int depth, StPMode mode)
{
	StCryptoResult res = { 0 };
	GMimeObject *clear = NULL;

	w->msg->encrypted = TRUE;
	st_flag_add(w->msg->flags, "encrypted");
	if (w->cfg && st_crypto_enabled(w->cfg))
		clear = st_crypto_decrypt_multipart(w->cfg, GMIME_MULTIPART_ENCRYPTED(mp), &res);
	st_p_crypto_done(w, &res);
	if (clear) {
		w->msg->decrypted = TRUE;
		protected_subject(w, clear);
		w->in_plaintext++;
		st_p_walk(w, clear, depth + 1, mode);
		w->in_plaintext--;
		g_object_unref(clear);
		return;
	}
	for (int i = 0; i < g_mime_multipart_get_count(mp) && !w->stop; i++)
		st_p_walk(w, g_mime_multipart_get_part(mp, i), depth + 1, ST_P_ATTACH);
}

/* Is OBJ a part that may hold an opaque S/MIME signature: a pkcs7-mime part
 * whose smime-type does not say it is something else, or an octet-stream
 * named smime.p7m (the type lost by a gateway)? */
static gboolean
maybe_opaque_signed(GMimeObject *obj)
{
	static const char *const other[] = { "enveloped-data", "authenveloped-data",
					     "compressed-data", "certs-only" };
	GMimeContentType *ct = g_mime_object_get_content_type(obj);

	if (ct == NULL)
		return FALSE;
	if (g_mime_content_type_is_type(ct, "application", "pkcs7-mime") ||
	    g_mime_content_type_is_type(ct, "application", "x-pkcs7-mime")) {
		const char *t = g_mime_object_get_content_type_parameter(obj, "smime-type");
		for (gsize i = 0; t && i < G_N_ELEMENTS(other); i++)
			if (g_ascii_strcasecmp(t, other[i]) == 0)
				return FALSE;
		return TRUE;
	}
	/* only S/MIME's own name: a signed document (CAdES "contract.pdf.p7m")
	 * wraps a file, not a MIME entity, and stays an attachment */
	if (g_mime_content_type_is_type(ct, "application", "octet-stream")) {
		const char *fn = g_mime_part_get_filename(GMIME_PART(obj));
		return fn && g_ascii_strcasecmp(fn, "smime.p7m") == 0;
	}
	return FALSE;
}

/* The entity inside the opaque-signed PART walked in its place (TRUE), or
 * FALSE: PART is to be read as a leaf (flagged when it could not be read). */
static gboolean
walk_opaque_signed(StPWalk *w, GMimePart *part, int depth, StPMode mode)
{
	gboolean over = FALSE;
	StPkcs7Status status;
	g_autoptr(GByteArray) der = st_p_part_bytes(w, part, w->lim->max_attachment_bytes, &over);

	if (w->stop)
		return FALSE;
	if (over) {
		st_flag_add(w->msg->flags, "smime-unreadable");
		return FALSE;
	}
	g_autoptr(GBytes) inner = st_pkcs7_signed_content(der->data, der->len, &status);
	if (status == ST_PKCS7_NOT_SIGNED) {
		/* a ContentInfo, not SignedData: enveloped (or compressed) */
		w->msg->encrypted = TRUE;
		st_flag_add(w->msg->flags, "encrypted");
		return FALSE;
	}
	if (status == ST_PKCS7_NO_CONTENT)
		return FALSE;   /* detached or certificates only: nothing wrapped */
	if (inner == NULL) {
		st_flag_add(w->msg->flags, "smime-unreadable");
		return FALSE;
	}
	gsize len;
	const char *data = g_bytes_get_data(inner, &len);
	g_autoptr(GMimeStream) s = g_mime_stream_mem_new_with_buffer(data ? data : "", len);
	g_autoptr(GMimeParser) p = g_mime_parser_new_with_stream(s);
	g_autoptr(GMimeObject) clear = g_mime_parser_construct_part(p, NULL);
	/* a MIME entity has header fields; a signed file (a PDF, a CAdES
	 * document) has none and is kept as the attachment it was */
	if (clear == NULL || g_mime_header_list_get_count(g_mime_object_get_header_list(clear)) == 0) {
		st_flag_add(w->msg->flags, "smime-unreadable");
		return FALSE;
	}
	st_flag_add(w->msg->flags, "smime");
	st_flag_add(w->msg->flags, "signed");
	st_p_walk(w, clear, depth + 1, mode);
	return TRUE;
}

/* "From/Date/Subject" of a forwarded message, after a separator line. */
static void
forward_separator(StPWalk *w, GMimeMessage *inner)
{
	static const char *const fields[] = { "From", "Date", "Subject" };
	g_autoptr(GString) s = g_string_new("\n---------- Forwarded message ----------\n");

	for (gsize i = 0; i < G_N_ELEMENTS(fields); i++) {
		const char *raw = st_p_raw_header(GMIME_OBJECT(inner), fields[i]);
		if (raw == NULL)
			continue;
		g_autofree char *v = st_p_decode_field(raw, ST_P_MAX_SUBJECT);
		g_string_append_printf(s, "%s: %s\n", fields[i], v);
	}
	g_string_append_c(s, '\n');
	st_p_body_append(w, s->str, s->len);
}

void
st_p_walk(StPWalk *w, GMimeObject *obj, int depth, StPMode mode)
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
		/* SpamAssassin's report_safe: the spam itself, wrapped whole in
		 * a part of the top-level multipart with its own report above
		 * (depth 2: a part of the message's own part).  A forwarded
		 * sample sits deeper, in the forwarder's message. */
		const char *spam = g_mime_object_get_content_type_parameter(obj, "x-spam-type");
		if (depth == 2 && spam && g_ascii_strcasecmp(spam, "original") == 0)
			st_flag_add(msg->flags, "spam-wrapped");
		if (inner == NULL)
			return;
		if (mode == ST_P_BODY)
			forward_separator(w, inner);
		st_p_walk(w, g_mime_message_get_mime_part(inner), depth + 1, mode);
	} else if (GMIME_IS_MULTIPART_ENCRYPTED(obj)) {
		walk_encrypted(w, GMIME_MULTIPART(obj), depth, mode);
	} else if (GMIME_IS_MULTIPART(obj)) {
		walk_multipart(w, GMIME_MULTIPART(obj), depth, mode);
	} else if (GMIME_IS_PART(obj)) {
		if (maybe_opaque_signed(obj) && walk_opaque_signed(w, GMIME_PART(obj), depth, mode))
			return;
		st_p_leaf(w, GMIME_PART(obj), mode);
	}
}
