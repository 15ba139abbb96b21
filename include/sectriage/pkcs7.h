/*
 * pkcs7.h — the content of an opaque S/MIME signature (module pkcs7.c):
 * an application/pkcs7-mime; smime-type=signed-data part (smime.p7m) holds
 * the signed MIME entity inside its PKCS#7 SignedData (RFC 8551 3.5.2).
 *
 * Reading it needs no key and no crypto configuration: the content is not
 * secret, only wrapped.  The DER/BER is read by GnuTLS (libtasn1), never by
 * hand; signatures are not verified here.
 */
#ifndef SECTRIAGE_PKCS7_H
#define SECTRIAGE_PKCS7_H

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
	ST_PKCS7_OK,            /* the embedded content was returned */
	ST_PKCS7_NOT_SIGNED,    /* a well-formed ContentInfo of another type:
				 * enveloped (encrypted), compressed, ... */
	ST_PKCS7_NO_CONTENT,    /* SignedData without content: detached, certs-only */
	ST_PKCS7_MALFORMED,     /* not PKCS#7 at all, truncated, hostile */
} StPkcs7Status;

/* The encapsulated content of the PKCS#7 SignedData in DER (LEN bytes, BER
 * with indefinite lengths and constructed OCTET STRINGs accepted: Outlook
 * and openssl -stream write them).  Returns the content (new GBytes) or
 * NULL; *STATUS (may be NULL) says which.  The caller bounds LEN. */
GBytes *st_pkcs7_signed_content(const guint8 *der, gsize len, StPkcs7Status *status);

/* A short English name of S ("malformed", ...).  Static. */
const char *st_pkcs7_status_name(StPkcs7Status s);

G_END_DECLS
#endif
