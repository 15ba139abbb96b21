/*
 * crypto.c — OpenPGP decryption and signature verification for reports
 * (issue #8), through GPGME with the configured GnuPG home.
 *
 * Why GPGME directly and not GMime's GMimeGpgContext: GMime's context takes
 * its GnuPG home from the process environment, which a threaded milter
 * cannot change per configuration snapshot (SIGHUP may name another home);
 * a GPGME context takes the home per call.  GMime still does all MIME work:
 * the PGP/MIME ciphertext is taken from the parsed part and the plaintext
 * is parsed back into a GMimeObject.
 *
 * Bounds: ciphertexts larger than max_attachment_bytes are not decrypted
 * (flagged by the caller), plaintexts are cut at max_message_size, GnuPG runs
 * offline (no key server) with pinentry in loopback mode (no prompt can
 * hang the filter).  A key with a passphrase cannot be used: the error says so.
 */
#include <gpgme.h>
#include <string.h>

#include "sectriage/common.h"
#include "sectriage/crypto.h"

static void
crypto_init(void)
{
	static gsize once = 0;
	if (g_once_init_enter(&once)) {
		gpgme_check_version(NULL);
		g_once_init_leave(&once, 1);
	}
}

void
st_crypto_result_clear(StCryptoResult *r)
{
	if (r == NULL)
		return;
	g_clear_pointer(&r->error, g_free);
	g_clear_pointer(&r->sig_status, g_free);
	g_clear_pointer(&r->sig_key_id, g_free);
	g_clear_pointer(&r->sig_signer, g_free);
	r->attempted = r->decrypted = FALSE;
}

gboolean
st_crypto_enabled(const StConfig *cfg)
{
	return cfg && cfg->gnupg_home && *cfg->gnupg_home;
}

static void
set_error(StCryptoResult *res, const char *what, gpgme_error_t e)
{
	g_free(res->error);
	res->error = g_strdup_printf("%s: %s", what, gpgme_strerror(e));
}

/* A GPGME context on CFG's home, or NULL with RES->error set. */
static gpgme_ctx_t
new_ctx(const StConfig *cfg, StCryptoResult *res)
{
	gpgme_ctx_t ctx = NULL;
	gpgme_error_t e;

	crypto_init();
	if ((e = gpgme_new(&ctx)) != 0) {
		set_error(res, "gpgme", e);
		return NULL;
	}
	gpgme_set_protocol(ctx, GPGME_PROTOCOL_OpenPGP);
	e = gpgme_ctx_set_engine_info(ctx, GPGME_PROTOCOL_OpenPGP, NULL, cfg->gnupg_home);
	if (e == 0)
		e = gpgme_set_pinentry_mode(ctx, GPGME_PINENTRY_MODE_LOOPBACK);
	if (e != 0) {
		set_error(res, "gpgme setup", e);
		gpgme_release(ctx);
		return NULL;
	}
	gpgme_set_offline(ctx, 1);
	gpgme_set_armor(ctx, 0);
	return ctx;
}

/* Record the first signature of the last verify operation in RES. */
static void
take_signature(gpgme_ctx_t ctx, StCryptoResult *res)
{
	gpgme_verify_result_t vr = gpgme_op_verify_result(ctx);
	if (vr == NULL || vr->signatures == NULL)
		return;
	gpgme_signature_t sig = vr->signatures;
	const char *status;
	switch (gpgme_err_code(sig->status)) {
	case GPG_ERR_NO_ERROR: status = "good"; break;
	case GPG_ERR_BAD_SIGNATURE: status = "bad"; break;
	case GPG_ERR_NO_PUBKEY: status = "unknown-key"; break;
	case GPG_ERR_SIG_EXPIRED:
	case GPG_ERR_KEY_EXPIRED: status = "expired"; break;
	case GPG_ERR_CERT_REVOKED: status = "revoked"; break;
	default: status = "error"; break;
	}
	g_free(res->sig_status);
	res->sig_status = g_strdup(status);
	g_free(res->sig_key_id);
	res->sig_key_id = sig->fpr ? st_printable(sig->fpr, -1, 80) : NULL;
	if (sig->fpr && gpgme_err_code(sig->status) != GPG_ERR_NO_PUBKEY) {
		gpgme_key_t key = NULL;
		if (gpgme_get_key(ctx, sig->fpr, &key, 0) == 0 && key) {
			if (key->uids && key->uids->uid) {
				g_free(res->sig_signer);
				res->sig_signer = st_printable(key->uids->uid, -1, 200);
			}
			gpgme_key_unref(key);
		}
	}
}

/* Decrypt (and verify) CIPHER.  Returns the plaintext (g_free; *LEN set) or NULL. */
static char *
decrypt_bytes(const StConfig *cfg, const char *cipher, gsize clen, gsize *len,
	      StCryptoResult *res)
{
	res->attempted = TRUE;
	if ((gint64)clen > cfg->limits.max_attachment_bytes) {
		g_free(res->error);
		res->error = g_strdup("ciphertext over max_attachment_bytes: not decrypted");
		return NULL;
	}
	gpgme_ctx_t ctx = new_ctx(cfg, res);
	if (ctx == NULL)
		return NULL;
	gpgme_data_t in = NULL, out = NULL;
	char *plain = NULL;
	gpgme_error_t e = gpgme_data_new_from_mem(&in, cipher, clen, 0);
	if (e == 0)
		e = gpgme_data_new(&out);
	if (e == 0)
		e = gpgme_op_decrypt_verify(ctx, in, out);
	if (e != 0) {
		set_error(res, "decrypt", e);
	} else {
		size_t n = 0;
		char *mem = gpgme_data_release_and_get_mem(out, &n);
		out = NULL;
		if ((gint64)n > cfg->limits.max_message_size)
			n = cfg->limits.max_message_size;
		plain = g_malloc(n + 1);
		memcpy(plain, mem ? mem : "", n);
		plain[n] = '\0';
		*len = n;
		gpgme_free(mem);
		res->decrypted = TRUE;
		take_signature(ctx, res);
	}
	if (in)
		gpgme_data_release(in);
	if (out)
		gpgme_data_release(out);
	gpgme_release(ctx);
	return plain;
}

/* Decoded content of a leaf part into a byte array (bounded by MAX+1). */
static GByteArray *
part_bytes(GMimeObject *obj, gint64 max)
{
	if (!GMIME_IS_PART(obj))
		return NULL;
	GMimeDataWrapper *dw = g_mime_part_get_content(GMIME_PART(obj));
	if (dw == NULL)
		return NULL;
	GMimeStream *mem = g_mime_stream_mem_new();
	g_mime_data_wrapper_write_to_stream(dw, mem);
	GByteArray *ba = g_byte_array_new();
	GByteArray *src = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
	g_byte_array_append(ba, src->data, MIN((gint64)src->len, max + 1));
	g_object_unref(mem);
	return ba;
}

GMimeObject *
st_crypto_decrypt_multipart(const StConfig *cfg, GMimeMultipartEncrypted *mpe, StCryptoResult *res)
{
	if (!st_crypto_enabled(cfg))
		return NULL;
	GMimeMultipart *mp = GMIME_MULTIPART(mpe);
	if (g_mime_multipart_get_count(mp) < 2) {
		res->attempted = TRUE;
		res->error = g_strdup("multipart/encrypted without its two parts");
		return NULL;
	}
	GByteArray *ct = part_bytes(g_mime_multipart_get_part(mp, GMIME_MULTIPART_ENCRYPTED_CONTENT),
				    cfg->limits.max_attachment_bytes);
	if (ct == NULL) {
		res->attempted = TRUE;
		res->error = g_strdup("no ciphertext part");
		return NULL;
	}
	gsize len = 0;
	char *plain = decrypt_bytes(cfg, (const char *)ct->data, ct->len, &len, res);
	g_byte_array_unref(ct);
	if (plain == NULL)
		return NULL;
	GMimeStream *s = g_mime_stream_mem_new_with_buffer(plain, len);
	GMimeParser *p = g_mime_parser_new_with_stream(s);
	g_object_unref(s);
	GMimeObject *clear = g_mime_parser_construct_part(p, NULL);
	g_object_unref(p);
	g_free(plain);
	if (clear == NULL) {
		res->error = g_strdup("the plaintext is not a MIME entity");
		res->decrypted = FALSE;
	}
	return clear;
}

/* Verify SIG into RES: a detached signature over TEXT (LEN bytes), or, with
 * TEXT NULL, a clear-signed block (its text is discarded). */
static void
verify(const StConfig *cfg, const char *sig, gsize sig_len, const char *text, gsize len,
       StCryptoResult *res)
{
	gpgme_ctx_t ctx = new_ctx(cfg, res);
	if (ctx == NULL)
		return;
	gpgme_data_t dsig = NULL, dtext = NULL;
	gpgme_error_t e = gpgme_data_new_from_mem(&dsig, sig, sig_len, 0);
	if (e == 0)
		e = text ? gpgme_data_new_from_mem(&dtext, text, len, 0) : gpgme_data_new(&dtext);
	if (e == 0)
		e = text ? gpgme_op_verify(ctx, dsig, dtext, NULL) : gpgme_op_verify(ctx, dsig, NULL, dtext);
	if (e != 0)
		set_error(res, "verify", e);
	take_signature(ctx, res);
	if (e != 0 && res->sig_status == NULL)
		res->sig_status = g_strdup("error");
	if (dsig)
		gpgme_data_release(dsig);
	if (dtext)
		gpgme_data_release(dtext);
	gpgme_release(ctx);
}

void
st_crypto_verify_multipart(const StConfig *cfg, GMimeMultipartSigned *mps, StCryptoResult *res)
{
	if (!st_crypto_enabled(cfg))
		return;
	GMimeMultipart *mp = GMIME_MULTIPART(mps);
	if (g_mime_multipart_get_count(mp) < 2)
		return;
	GMimeObject *content = g_mime_multipart_get_part(mp, GMIME_MULTIPART_SIGNED_CONTENT);
	GByteArray *sig = part_bytes(g_mime_multipart_get_part(mp, GMIME_MULTIPART_SIGNED_SIGNATURE), 1 << 20);
	if (sig == NULL)
		return;

	/* The signed bytes: the content entity as sent, in canonical CRLF form
	 * (what GMime's own verify hashes). */
	GMimeStream *mem = g_mime_stream_mem_new();
	GMimeStream *filt = g_mime_stream_filter_new(mem);
	GMimeFilter *crlf = g_mime_filter_unix2dos_new(FALSE);
	g_mime_stream_filter_add(GMIME_STREAM_FILTER(filt), crlf);
	g_object_unref(crlf);
	g_mime_object_write_to_stream(content, NULL, filt);
	g_mime_stream_flush(filt);
	g_object_unref(filt);
	GByteArray *signed_bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));

	res->attempted = TRUE;
	verify(cfg, (const char *)sig->data, sig->len, (const char *)signed_bytes->data,
	       signed_bytes->len, res);
	/* GMime writes a multipart entity with a CRLF after its closing
	 * delimiter; a signer whose entity ends at "--b--" (the CRLF before the
	 * outer boundary belongs to the boundary, RFC 3156 5.) signed one CRLF
	 * less.  Both are the same entity: try the other form before saying bad. */
	if (g_strcmp0(res->sig_status, "bad") == 0 && signed_bytes->len >= 2 &&
	    memcmp(signed_bytes->data + signed_bytes->len - 2, "\r\n", 2) == 0) {
		StCryptoResult again = { 0 };
		verify(cfg, (const char *)sig->data, sig->len, (const char *)signed_bytes->data,
		       signed_bytes->len - 2, &again);
		if (g_strcmp0(again.sig_status, "bad") != 0 && again.sig_status != NULL) {
			st_crypto_result_clear(res);
			*res = again;
			res->attempted = TRUE;
		} else {
			st_crypto_result_clear(&again);
		}
	}
	g_object_unref(mem);
	g_byte_array_unref(sig);
}

/* The armored block of TEXT from BEGIN to END (inclusive), or NULL. */
static const char *
find_block(const char *text, gsize len, const char *begin, const char *end, gsize *blen)
{
	const char *b = g_strstr_len(text, len, begin);
	if (b == NULL)
		return NULL;
	const char *e = g_strstr_len(b, len - (b - text), end);
	if (e == NULL)
		return NULL;
	e += strlen(end);
	*blen = e - b;
	return b;
}

char *
st_crypto_decrypt_inline(const StConfig *cfg, const char *text, gsize len, StCryptoResult *res)
{
	gsize blen = 0;
	if (!st_crypto_enabled(cfg))
		return NULL;
	const char *b = find_block(text, len, "-----BEGIN PGP MESSAGE-----",
				   "-----END PGP MESSAGE-----", &blen);
	if (b == NULL)
		return NULL;
	gsize plen = 0;
	char *plain = decrypt_bytes(cfg, b, blen, &plen, res);
	if (plain == NULL)
		return NULL;
	/* text for the analysis: valid UTF-8, LF line ends */
	char *valid = g_utf8_make_valid(plain, plen);
	g_free(plain);
	GString *s = g_string_new(NULL);
	for (const char *p = valid; *p; p++)
		if (!(*p == '\r' && p[1] == '\n'))
			g_string_append_c(s, *p);
	g_free(valid);
	return g_string_free(s, FALSE);
}

gboolean
st_crypto_verify_inline(const StConfig *cfg, const char *text, gsize len, StCryptoResult *res)
{
	gsize blen = 0;
	if (!st_crypto_enabled(cfg))
		return FALSE;
	const char *b = find_block(text, len, "-----BEGIN PGP SIGNED MESSAGE-----",
				   "-----END PGP SIGNATURE-----", &blen);
	if (b == NULL)
		return FALSE;
	res->attempted = TRUE;
	verify(cfg, b, blen, NULL, 0, res);
	return TRUE;
}
