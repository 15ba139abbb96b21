/*
 * parse_int.h — what the parse*.c files share (not a public API; the API is
 * message.h).
 *
 * parse.c        the entry points: one pass over the raw bytes, the GMime
 *                parser, the message GMime could not parse
 * parse_fields.c the top-level header fields (headers, Subject, From, ids)
 * parse_walk.c   the MIME part walk: multiparts, forwarded messages,
 *                encrypted and signed parts (opaque S/MIME through
 *                pkcs7.c), limits
 * parse_leaf.c   a leaf part: content decoded, body text or attachment
 * message.c      the StMessage object itself
 *
 * One StPWalk lives for one parse: the message being built, its body text
 * and the limits and flags of the walk.
 */
#ifndef SECTRIAGE_PARSE_INT_H
#define SECTRIAGE_PARSE_INT_H

#include <gmime/gmime.h>

#include "sectriage/common.h"
#include "sectriage/crypto.h"
#include "sectriage/message.h"

G_BEGIN_DECLS

#define ST_P_CHUNK        65536   /* bytes read and decoded at a time */
#define ST_P_MAX_SUBJECT  1000    /* bytes of a decoded one-line header field */
#define ST_P_MAX_FILENAME 255
#define ST_MAX_BLANK_RUN  16      /* blanks kept in a row in text for patterns */
#define ST_P_MAX_ALT      8192    /* bytes of image alt text kept (html_alt) */

/* What a part is read for: body text (and attachments), or attachments only
 * (the parts of an alternative not chosen, undecryptable content). */
typedef enum { ST_P_BODY, ST_P_ATTACH } StPMode;

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
	GPtrArray *named_text;  /* StAttachment* (owned by msg): inline named
				 * text/plain notes, the body when there is
				 * no other (st_p_named_text_body) */
	char *scratch;          /* 2 * ST_P_CHUNK bytes for decoding, owned */
} StPWalk;

/* parse_walk.c: walk OBJ (may be NULL) at nesting DEPTH, adding body text
 * and attachments to W->msg. */
void st_p_walk(StPWalk *w, GMimeObject *obj, int depth, StPMode mode);

/* parse_walk.c: record what crypto.c found in RES (the first signature, a
 * failed decryption) and clear RES. */
void st_p_crypto_done(StPWalk *w, StCryptoResult *res);

/* parse_leaf.c: the leaf part PART: body text (in ST_P_BODY mode) or an
 * attachment. */
void st_p_leaf(StPWalk *w, GMimePart *part, StPMode mode);

/* parse_leaf.c: the decoded content of PART, at most MAX bytes read
 * (*OVER set when it is longer: the bytes are then incomplete).
 * g_byte_array_unref(). */
GByteArray *st_p_part_bytes(StPWalk *w, GMimePart *part, gsize max, gboolean *over);

/* parse_leaf.c: the text of the inline text part PART as a reader sees
 * it, at most about MAX bytes: decoded, in UTF-8, HTML made text.  Only
 * looked at, never added to the body (see best_alternative).  g_free(). */
char *st_p_part_text(StPWalk *w, GMimePart *part, gsize max);

/* parse_leaf.c: when the walk found no body text, the inline text/plain
 * parts with a note's name (text_0.txt of an MMS gateway) are the body, as
 * a mail reader shows them, and no longer attachments. */
void st_p_named_text_body(StPWalk *w);

/* parse_leaf.c: append S (LEN bytes of UTF-8) to the body text on a line of
 * its own, within max_text_bytes (flag "text-limit" when cut). */
void st_p_body_append(StPWalk *w, const char *s, gsize len);

/* parse_fields.c: the top-level fields of M into W->msg (headers, Subject,
 * From, Message-ID, In-Reply-To, References, Date, Content-Type). */
void st_p_set_fields(StPWalk *w, GMimeMessage *m);

/* parse_fields.c: the raw value of the first header NAME of OBJ, or NULL;
 * owned by OBJ. */
const char *st_p_raw_header(GMimeObject *obj, const char *name);

/* parse_fields.c: the header value RAW decoded (RFC 2047) and made one
 * printable line of at most MAX bytes.  Never NULL; g_free(). */
char *st_p_decode_field(const char *raw, gsize max);

/* parse_fields.c: "type/subtype" of OBJ in lower case ("text/plain" when
 * it has none).  g_free(). */
char *st_p_mime_type(GMimeObject *obj);

/* message.c: an empty message (no fields, empty arrays, "" subject and
 * from, NULL body text).  st_message_free(). */
StMessage *st_p_message_new(void);

G_END_DECLS
#endif
