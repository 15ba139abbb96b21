/*
 * inbox.h — deferred triage (issue #9): what the milter does inside the
 * SMTP transaction, and the queue the triage thread drains.
 *
 * At end of message the milter takes the message in: from the header
 * fields alone it decides which report the message belongs to (a tracking
 * id in the Subject, In-Reply-To/References, an MTA retry of a message
 * already taken in) or creates a new report for it, and stores the raw
 * bytes in an inbox row — one SQLite transaction, shared with concurrent
 * intakes (group commit) and durable before the MTA hears 250.  The
 * delivered copy is tagged with the tracking id at once.  triage.h then
 * analyses each inbox row and files it (file.c) in the transaction that
 * deletes the row, so every message is filed exactly once even across
 * crashes.  Nothing is acknowledged before it is filed.
 */
#ifndef SECTRIAGE_INBOX_H
#define SECTRIAGE_INBOX_H

#include <glib.h>

#include "config.h"
#include "store.h"

G_BEGIN_DECLS

/* The header fields intake needs, collected as the MTA sends them. */
typedef struct StIntakeHeaders {
	char *subject;          /* decoded, one printable line; NULL: none */
	char *from;             /* decoded From, one printable line; NULL: none */
	char *message_id;       /* without <>; NULL: none */
	char *in_reply_to;      /* the first id named; NULL: none */
	GPtrArray *references;  /* char*, oldest first (the root and the latest) */
} StIntakeHeaders;

/* Empty H (st_intake_headers_clear frees what it holds). */
void st_intake_headers_init(StIntakeHeaders *h);
void st_intake_headers_clear(StIntakeHeaders *h);
/* Note one header field NAME with its raw VALUE; the first Subject, From,
 * Message-ID, In-Reply-To and References count, the rest is ignored. */
void st_intake_headers_note(StIntakeHeaders *h, const char *name, const char *value);

typedef struct StIntakeResult {
	char *tracking_id;      /* the report the delivered copy names */
	gint64 report_id;
	gint64 inbox_id;
	gboolean reserved;      /* a new report was created for this message */
	gboolean retry;         /* a message with this Message-ID was seen before */
} StIntakeResult;
void st_intake_result_clear(StIntakeResult *r);

/* A message of up to this many bytes is held in memory, not written to a
 * spool file: at intake, in the SMTP transaction (session.c), and at
 * triage, read whole from its inbox row (triage.c).  Larger ones go
 * through a file, so the milter's memory stays flat whatever the size. */
#define ST_INBOX_MEMORY_MAX (256 * 1024)

/* The raw message: the file PATH, or (PATH NULL) LEN bytes at DATA. */
typedef struct StRaw {
	const char *path;
	const char *data;
	gsize len;
} StRaw;

/* Take in the message RAW (at most
 * cfg->limits.max_message_size of them are kept; TRUNCATED: the MTA sent
 * more than the spool kept) with envelope ENV and header fields H: one
 * group-committed transaction through POOL.  TRUE with OUT filled (clear
 * it with st_intake_result_clear); FALSE with ERROR and nothing written
 * (ST_STORE_ERROR_BUSY/FULL/IO: answer tempfail). */
gboolean st_inbox_add(StStorePool *pool, const StConfig *cfg, const StEnvelope *env,
		      const StIntakeHeaders *h, const StRaw *raw, gboolean truncated,
		      StIntakeResult *out, GError **error);

/* One inbox row, as triage reads it. */
typedef struct StInboxItem {
	gint64 id;
	gint64 received_at;
	gint64 report_id;
	gboolean reserved;
	gboolean truncated;
	gint64 attempts;
	char *queue_id, *envelope_from, *client_addr, *client_name, *helo;
	char **recipients;      /* NULL-terminated */
} StInboxItem;
void st_inbox_item_clear(StInboxItem *item);

/* The oldest row due at NOW with an id above AFTER into ITEM: TRUE with
 * *FOUND; FALSE with ERROR. */
gboolean st_inbox_next(StStore *store, gint64 now, gint64 after, StInboxItem *item,
		       gboolean *found, GError **error);
/* Write row ID's raw bytes to FD.  FALSE with ERROR. */
gboolean st_inbox_raw_to_fd(StStore *store, gint64 id, int fd, GError **error);
/* Row ID's raw bytes in memory when there are at most MAX of them: TRUE
 * with *OUT (NULL when there are more: use st_inbox_raw_to_fd).  FALSE
 * with ERROR. */
gboolean st_inbox_raw_bytes(StStore *store, gint64 id, gsize max, GBytes **out,
			    GError **error);
/* Row ID could not be triaged: count the attempt, keep WHY, and retry it
 * no sooner than NOW plus a backoff (1 min doubling to 1 h).  The row is
 * never dropped: a report is never lost.  FALSE with ERROR. */
gboolean st_inbox_defer(StStore *store, gint64 id, gint64 now, const char *why,
			GError **error);
/* The inbox as JSON rows for `sectriage inbox --json` (no raw bytes):
 * a new JsonNode array, NULL with ERROR. */
struct _JsonNode *st_inbox_list_json(StStore *store, GError **error);

G_END_DECLS

#endif
