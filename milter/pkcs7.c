/*
 * pkcs7.c — the content of an opaque S/MIME signature (see pkcs7.h), read
 * with GnuTLS's PKCS#7 API: gnutls_pkcs7_import parses the ContentInfo and
 * its SignedData (libtasn1 takes BER indefinite lengths), and
 * gnutls_pkcs7_get_embedded_data joins the pieces of a constructed OCTET
 * STRING.  A ContentInfo that is not SignedData fails the import with
 * GNUTLS_E_UNKNOWN_PKCS_CONTENT_TYPE: that is how an enveloped-data
 * (encrypted) part is told from garbage.
 */
#include <gnutls/gnutls.h>
#include <gnutls/pkcs7.h>

#include "sectriage/pkcs7.h"

GBytes *
st_pkcs7_signed_content(const guint8 *der, gsize len, StPkcs7Status *status)
{
	StPkcs7Status st = ST_PKCS7_MALFORMED;
	gnutls_pkcs7_t p7 = NULL;
	GBytes *out = NULL;

	if (der == NULL || len == 0 || len > G_MAXUINT32 || gnutls_pkcs7_init(&p7) < 0)
		goto done;
	gnutls_datum_t in = { (unsigned char *) der, (unsigned int) len };
	int r = gnutls_pkcs7_import(p7, &in, GNUTLS_X509_FMT_DER);
	if (r == GNUTLS_E_UNKNOWN_PKCS_CONTENT_TYPE) {
		st = ST_PKCS7_NOT_SIGNED;
		goto done;
	}
	if (r < 0)
		goto done;
	gnutls_datum_t data = { NULL, 0 };
	r = gnutls_pkcs7_get_embedded_data(p7, 0, &data);
	if (r == GNUTLS_E_NO_EMBEDDED_DATA) {
		st = ST_PKCS7_NO_CONTENT;
	} else if (r == 0) {
		out = g_bytes_new(data.data, data.size);
		st = ST_PKCS7_OK;
	}
	gnutls_free(data.data);
done:
	if (p7)
		gnutls_pkcs7_deinit(p7);
	if (status)
		*status = st;
	return out;
}

const char *
st_pkcs7_status_name(StPkcs7Status s)
{
	switch (s) {
	case ST_PKCS7_OK: return "ok";
	case ST_PKCS7_NOT_SIGNED: return "not signed-data";
	case ST_PKCS7_NO_CONTENT: return "no embedded content";
	case ST_PKCS7_MALFORMED: break;
	}
	return "malformed";
}
