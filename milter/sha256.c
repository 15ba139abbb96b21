/*
 * sha256.c — SHA-256 through Nettle (see sha256.h for why not GChecksum).
 */
#include "sectriage/sha256.h"

void
st_sha256_init(StSha256 *s)
{
	sha256_init(&s->ctx);
}

void
st_sha256_update(StSha256 *s, const void *data, gsize len)
{
	if (len > 0)
		sha256_update(&s->ctx, len, data);
}

void
st_sha256_finish_hex(StSha256 *s, char out[65])
{
	static const char hex[] = "0123456789abcdef";
	guint8 d[SHA256_DIGEST_SIZE];

	sha256_digest(&s->ctx, sizeof d, d);    /* also starts it again */
	for (gsize i = 0; i < sizeof d; i++) {
		out[2 * i] = hex[d[i] >> 4];
		out[2 * i + 1] = hex[d[i] & 0xf];
	}
	out[2 * SHA256_DIGEST_SIZE] = '\0';
}

void
st_sha256_hex(const void *data, gsize len, char out[65])
{
	StSha256 s;

	st_sha256_init(&s);
	st_sha256_update(&s, data, len);
	st_sha256_finish_hex(&s, out);
}
