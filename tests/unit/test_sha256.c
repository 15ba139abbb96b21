/*
 * test_sha256.c — the product's SHA-256 (Nettle) against the published test
 * vectors and against GLib's GChecksum on data of every awkward length, fed
 * whole and in pieces.
 */
#include <string.h>

#include "sectriage/sha256.h"
#include "testutil.h"

static void
test_vectors(void)
{
	/* FIPS 180-2 appendix B and the empty string. */
	static const struct { const char *in, *hex; } v[] = {
		{ "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
		{ "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
	};
	char out[65];

	for (gsize i = 0; i < G_N_ELEMENTS(v); i++) {
		st_sha256_hex(v[i].in, strlen(v[i].in), out);
		g_assert_cmpstr(out, ==, v[i].hex);
	}
}

static void
test_million_a(void)
{
	StSha256 s;
	char block[1000], out[65];

	memset(block, 'a', sizeof block);
	st_sha256_init(&s);
	for (int i = 0; i < 1000; i++)
		st_sha256_update(&s, block, sizeof block);
	st_sha256_finish_hex(&s, out);
	g_assert_cmpstr(out, ==, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* Lengths around the 64-byte block and the 56-byte padding edge, and a
 * few larger ones; each fed whole, byte by byte and in uneven pieces. */
static void
test_against_gchecksum(void)
{
	static const gsize lens[] = { 0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129,
				      1000, 4095, 4096, 65537, 300000 };
	g_autoptr(GRand) rand = g_rand_new_with_seed(20261128);
	g_autofree guint8 *buf = g_malloc(300000);

	for (gsize i = 0; i < 300000; i++)
		buf[i] = (guint8) g_rand_int_range(rand, 0, 256);
	for (gsize k = 0; k < G_N_ELEMENTS(lens); k++) {
		gsize n = lens[k];
		char want[65], whole[65], pieces[65], bytes[65];
		StSha256 s;

		tu_sha256(buf, n, want);
		st_sha256_hex(buf, n, whole);
		g_assert_cmpstr(whole, ==, want);

		st_sha256_init(&s);
		for (gsize at = 0, step = 1; at < n; at += step, step = step * 3 + 1)
			st_sha256_update(&s, buf + at, MIN(step, n - at));
		st_sha256_finish_hex(&s, pieces);
		g_assert_cmpstr(pieces, ==, want);

		if (n <= 4096) {
			for (gsize at = 0; at < n; at++)
				st_sha256_update(&s, buf + at, 1);
			st_sha256_finish_hex(&s, bytes);    /* S started again by the finish */
			g_assert_cmpstr(bytes, ==, want);
		}
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/sha256/vectors", test_vectors);
	g_test_add_func("/sha256/million-a", test_million_a);
	g_test_add_func("/sha256/against-gchecksum", test_against_gchecksum);
	return g_test_run();
}
