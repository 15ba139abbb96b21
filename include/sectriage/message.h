/*
 * message.h — a mail message as the analysis sees it (modules parse.c,
 * parse_fields.c, parse_walk.c, parse_leaf.c and message.c; what they share
 * is in milter/parse_int.h).
 *
 * Parsing never fails on bad mail: a message GMime cannot parse at all is
 * returned with the flag "unparseable" and its bytes (bounded) as body text.
 * Every limit in StLimits that is hit becomes a flag, never an error.
 * Only I/O errors (an unreadable file) return NULL.
 *
 * Ownership: an StMessage owns everything it points to; st_message_free().
 */
#ifndef SECTRIAGE_MESSAGE_H
#define SECTRIAGE_MESSAGE_H

#include <glib.h>
#include "config.h"

G_BEGIN_DECLS

typedef enum {
	ST_ROLE_OTHER = 0,
	ST_ROLE_POC,
	ST_ROLE_LOG,
	ST_ROLE_SCREENSHOT,
} StRole;

/* "poc", "log", "screenshot", "other". */
const char *st_role_name(StRole role);

typedef struct StAttachment {
	char *filename;       /* as sent (RFC 2231/2047 decoded), UTF-8, controls
	                         replaced by '?'; NULL when the part names none.
	                         Never used as a path. */
	char *content_type;   /* lower-case "type/subtype" */
	gint64 size;          /* decoded size in bytes (whole part, even when not kept) */
	char sha256[65];      /* hex SHA-256 of the whole decoded content */
	GBytes *content;      /* decoded content when size <= max_attachment_bytes, else NULL */
	char *text;           /* UTF-8 text (LF) of a textual attachment, bounded by
	                         max_text_bytes, format=flowed unwrapped (flowed.h);
	                         NULL for binary content */
	GPtrArray *members;   /* archive member names (char*), NULL when not an archive */
	gboolean compressed;  /* one compressed file (ci-run.log.gz): members holds
	                         its name (st_archive_inner_name), text its text
	                         when it is text; judged as that file */
	GPtrArray *flags;     /* char*: "not-kept", "archive-limit", "archive-error",
	                         "unsafe-name", "encrypted-member" */
	gboolean inline_part; /* Content-Disposition inline without a filename */
	StRole role;          /* set by extract.c */
	char *role_evidence;  /* why, set by extract.c */
	gboolean document;    /* the report itself written as a text file (mostly
	                         prose under a short body), set by extract.c */
} StAttachment;

typedef struct StHeader {
	char *name;           /* as written */
	char *value;          /* raw, unfolded, not decoded (ASCII; 8-bit kept) */
} StHeader;

typedef struct StMessage {
	GPtrArray *headers;       /* StHeader*, top level, in order (bounded) */
	char *subject;            /* decoded, one line, printable; "" when none */
	char *from;               /* decoded "Name <addr>" or ""; printable */
	char *from_addr;          /* lower-case addr-spec, NULL when none */
	char *from_name;          /* decoded display name, NULL when none */
	char *message_id;         /* without <>, NULL when absent */
	char *in_reply_to;        /* without <>, NULL when absent */
	GPtrArray *references;    /* char*, without <>, oldest first */
	char *date;               /* raw Date header, NULL when absent */
	char *content_type;       /* top-level lower-case "type/subtype" */
	char *report_type;        /* multipart/report's report-type, lower-case, or NULL */
	char *body_text;          /* UTF-8, LF line ends: what the reporter wrote.
	                             text/plain preferred over text/html in an
	                             alternative; HTML converted to text;
	                             format=flowed unwrapped (flowed.h); every text
	                             body part in order; forwarded message/rfc822
	                             parts' text appended.  Bounded. Never NULL. */
	gboolean body_from_html;  /* only HTML was there */
	char *html_alt;           /* the alt texts of the images of an HTML
	                             alternative the body was not read from (the
	                             plain one was), one a line, bounded; NULL
	                             when there is none */
	GPtrArray *attachments;   /* StAttachment*: every non-body leaf part, and
	                             text parts with a filename */
	GPtrArray *flags;         /* char*: "unparseable", "truncated",
	                             "header-limit", "depth-limit", "parts-limit",
	                             "text-limit", "nul-bytes", "bad-charset",
	                             "gmime:<warning>", "encrypted", "signed", "smime",
	                             "decrypt-failed", "html-only",
	                             "spam-wrapped" (SpamAssassin report_safe) */
	guint n_parts;            /* MIME parts seen */
	guint depth;              /* deepest nesting seen */
	gint64 raw_size;          /* bytes of the raw message analysed */
	char raw_sha256[65];      /* of those bytes */
	/* Cryptography (issue 8); all NULL/FALSE for clear mail. */
	gboolean encrypted;       /* some part was encrypted */
	gboolean decrypted;       /* and we decrypted it */
	char *sig_status;         /* "good", "bad", "unknown-key", "error"; NULL unsigned */
	char *sig_key_id;
	char *sig_signer;
	char *protected_subject;  /* from an encrypted part's protected headers */
	GPtrArray *plaintext_parts; /* reserved for store_plaintext */
} StMessage;

/* Parse the message in the file PATH.  CFG gives the limits (and the GnuPG
 * home).  Returns NULL only when PATH cannot be read (ERROR set). */
StMessage *st_message_parse_file(const char *path, const StConfig *cfg, GError **error);
/* Same from memory (the bytes are not kept beyond the call). */
StMessage *st_message_parse_data(const char *data, gsize len, const StConfig *cfg);

/* Value of the first header NAME (any case), raw; NULL when absent.  Owned by MSG. */
const char *st_message_header(const StMessage *msg, const char *name);
/* Every value of header NAME; array owned by caller, strings by MSG. */
GPtrArray *st_message_headers(const StMessage *msg, const char *name);

void st_message_free(StMessage *msg);
void st_attachment_free(StAttachment *att);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(StMessage, st_message_free)

G_END_DECLS
#endif
