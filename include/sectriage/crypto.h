/*
 * crypto.h — OpenPGP for reports (module crypto.c, issue #8), through GPGME
 * with the GnuPG home of the configuration (cfg->gnupg_home; empty: no
 * decryption, signatures still verified against the default keyring is NOT
 * attempted either — without a home nothing is run).
 *
 * Every function is bounded: ciphertexts over cfg->limits.max_attachment_bytes
 * are not handed to GnuPG; plaintexts are cut at max_message_size.  Nothing
 * here throws: failures are reported in the StCryptoResult.
 */
#ifndef SECTRIAGE_CRYPTO_H
#define SECTRIAGE_CRYPTO_H

#include <gmime/gmime.h>
#include "config.h"

G_BEGIN_DECLS

typedef struct StCryptoResult {
	gboolean attempted;   /* a GnuPG home was configured and the input was in bounds */
	gboolean decrypted;
	char *error;          /* why decryption/verification failed, or NULL */
	char *sig_status;     /* "good", "bad", "unknown-key", "expired", "error"; NULL when unsigned */
	char *sig_key_id;     /* fingerprint or key id */
	char *sig_signer;     /* user id of the signing key, when known */
} StCryptoResult;

/* Free R's strings and zero them (R itself is the caller's).  NULL is fine. */
void st_crypto_result_clear(StCryptoResult *r);

/* TRUE when CFG names a GnuPG home (decryption may be attempted). */
gboolean st_crypto_enabled(const StConfig *cfg);

/* Decrypt a PGP/MIME multipart/encrypted part (RFC 3156) and verify any
 * signature inside.  Returns the clear MIME entity (new reference) or NULL;
 * RES says why. */
GMimeObject *st_crypto_decrypt_multipart(const StConfig *cfg, GMimeMultipartEncrypted *mpe,
					 StCryptoResult *res);

/* Verify a PGP/MIME multipart/signed part.  Sets RES's sig_* fields. */
void st_crypto_verify_multipart(const StConfig *cfg, GMimeMultipartSigned *mps,
				StCryptoResult *res);

/* Decrypt an inline "-----BEGIN PGP MESSAGE-----" block found in TEXT.
 * Returns the plaintext (UTF-8 made valid, g_free) or NULL. */
char *st_crypto_decrypt_inline(const StConfig *cfg, const char *text, gsize len,
			       StCryptoResult *res);

/* Verify an inline "-----BEGIN PGP SIGNED MESSAGE-----" block found in TEXT.
 * Sets RES's sig_* fields; returns TRUE when a block was found. */
gboolean st_crypto_verify_inline(const StConfig *cfg, const char *text, gsize len,
				 StCryptoResult *res);

G_END_DECLS
#endif
