/*
 * sha256.h — SHA-256 of raw messages, attachments and canonical forms.
 *
 * Nettle's SHA-256 rather than GLib's GChecksum: the process already links
 * Nettle (libarchive does), and Nettle picks the CPU's SHA instructions at
 * run time where they exist, which hashes about six times faster than
 * GChecksum's portable C on the machines measured in BENCHMARKS.md.  The
 * hash is on every message's path twice (the raw message and each
 * attachment), so it was a third of the whole analysis.
 */
#ifndef SECTRIAGE_SHA256_H
#define SECTRIAGE_SHA256_H

#include <glib.h>
#include <nettle/sha2.h>

typedef struct {
	struct sha256_ctx ctx;
} StSha256;

/* Start a hash in S (no allocation; S lives where the caller puts it). */
void st_sha256_init(StSha256 *s);

/* Add LEN bytes of DATA. */
void st_sha256_update(StSha256 *s, const void *data, gsize len);

/* Write the lower-case hex digest and a NUL into OUT (65 bytes) and start
 * S again, so it can hash the next thing. */
void st_sha256_finish_hex(StSha256 *s, char out[65]);

/* Lower-case hex SHA-256 of DATA (65 bytes with NUL written into OUT). */
void st_sha256_hex(const void *data, gsize len, char out[65]);

#endif
