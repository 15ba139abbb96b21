/*
 * inbox.c — intake at end of message and the inbox queue (see inbox.h).
 *
 * Intake does no analysis and reads the raw bytes only to copy them into
 * the database: its cost inside the SMTP transaction is one small
 * transaction shared with the other intakes of the moment.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gmime/gmime.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "sectriage/common.h"
#include "sectriage/hdecode.h"
#include "sectriage/inbox.h"
#include "sectriage/join.h"
#include "sectriage/sqlutil.h"

#define MAX_FIELD 1000          /* bytes of a decoded one-line field (as parse.c) */
#define MAX_REFS 20             /* References kept: the root and the latest */

/* ---- header fields ---- */

void
st_intake_headers_init(StIntakeHeaders *h)
{
	memset(h, 0, sizeof(*h));
	h->references = g_ptr_array_new_with_free_func(g_free);
}

void
st_intake_headers_clear(StIntakeHeaders *h)
{
	g_free(h->subject);
	g_free(h->from);
	g_free(h->message_id);
	g_free(h->in_reply_to);
	if (h->references != NULL)
		g_ptr_array_unref(h->references);
	memset(h, 0, sizeof(*h));
}

/* A decoded header field as one printable line (new string). */
static char *
decode_field(const char *raw)
{
	g_autofree char *decoded = st_hdecode_header(raw, MAX_FIELD * 4);

	return g_strstrip(st_header_safe(decoded, MAX_FIELD));
}

/* The message ids named in RAW (new array of new strings). */
static GPtrArray *
parse_ids(const char *raw)
{
	GPtrArray *ids = g_ptr_array_new_with_free_func(g_free);
	GMimeReferences *refs = g_mime_references_parse(NULL, raw);
	int n = refs ? g_mime_references_length(refs) : 0;

	for (int i = 0; i < n; i++) {
		if (i > 0 && i < n - (MAX_REFS - 1))
			continue;
		g_ptr_array_add(ids, st_header_safe(g_mime_references_get_message_id(refs, i),
						     MAX_FIELD));
	}
	if (refs != NULL)
		g_mime_references_free(refs);
	return ids;
}

void
st_intake_headers_note(StIntakeHeaders *h, const char *name, const char *value)
{
	if (value == NULL)
		return;
	if (h->subject == NULL && g_ascii_strcasecmp(name, "Subject") == 0) {
		h->subject = decode_field(value);
	} else if (h->from == NULL && g_ascii_strcasecmp(name, "From") == 0) {
		h->from = decode_field(value);
	} else if (h->message_id == NULL && g_ascii_strcasecmp(name, "Message-ID") == 0) {
		g_autofree char *id = g_mime_utils_decode_message_id(value);
		if (id != NULL && *id != '\0')
			h->message_id = st_header_safe(id, MAX_FIELD);
	} else if (h->in_reply_to == NULL && g_ascii_strcasecmp(name, "In-Reply-To") == 0) {
		g_autoptr(GPtrArray) ids = parse_ids(value);
		if (ids->len > 0)
			h->in_reply_to = g_strdup(g_ptr_array_index(ids, 0));
	} else if (h->references->len == 0 && g_ascii_strcasecmp(name, "References") == 0) {
		g_autoptr(GPtrArray) ids = parse_ids(value);
		for (guint i = 0; i < ids->len; i++)
			g_ptr_array_add(h->references, g_strdup(g_ptr_array_index(ids, i)));
	}
}

void
st_intake_result_clear(StIntakeResult *r)
{
	g_free(r->tracking_id);
	memset(r, 0, sizeof(*r));
}

/* ---- intake ---- */

typedef struct Intake {
	const StConfig *cfg;
	const StEnvelope *env;
	const StIntakeHeaders *h;
	int fd;                 /* the raw file, or -1: DATA */
	const char *data;
	gint64 size, keep;
	gboolean truncated;
	gint64 now;
	StIntakeResult *out;
} Intake;

/* A new report for this message, tagged pending until triage fills it. */
static gboolean
reserve_report(StStore *store, Intake *in, GError **error)
{
	sqlite3_stmt *st;

	in->out->tracking_id = st_join_new_tracking_id(store, in->cfg, in->now, error);
	if (in->out->tracking_id == NULL)
		return FALSE;
	st = st_store_prepare(store,
		"INSERT INTO reports(tracking_id, created_at, updated_at, reporter,"
		" reporter_from, subject, facts_json, flags)"
		" VALUES (?1, ?2, ?2, ?3, ?4, ?5, '{}', 'triage-pending')", error);
	if (st == NULL)
		return FALSE;
	sqlite3_bind_text(st, 1, in->out->tracking_id, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, in->now);
	sqlite3_bind_text(st, 3, in->env->envelope_from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, in->h->from ? in->h->from : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, in->h->subject ? in->h->subject : "", -1, SQLITE_STATIC);
	if (!st_store_step_done(store, st, "reserve report", error))
		return FALSE;
	in->out->report_id = sqlite3_last_insert_rowid(st_store_db(store));
	in->out->reserved = TRUE;
	return TRUE;
}

/* Which report: one named by the headers, or a new one. */
static gboolean
choose_report(StStore *store, Intake *in, GError **error)
{
	const StIntakeHeaders *h = in->h;
	gint64 id = 0;
	sqlite3_stmt *st;

	if (!st_join_by_subject(store, in->cfg, h->subject, &id, error))
		return FALSE;
	if (id == 0 && !st_join_by_references(store, h->in_reply_to, h->references, &id, error))
		return FALSE;
	if (id == 0) {
		if (!st_join_by_message_id(store, h->message_id, &id, error))
			return FALSE;
		in->out->retry = id > 0;
	}
	if (id == 0)
		return reserve_report(store, in, error);
	st = st_store_prepare(store, "SELECT tracking_id FROM reports WHERE id = ?1", error);
	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		in->out->tracking_id = st_sql_column_dup(st, 0);
	sqlite3_reset(st);
	if (in->out->tracking_id == NULL)
		return st_store_fail(store, SQLITE_CORRUPT, "report of a thread", error);
	in->out->report_id = id;
	return TRUE;
}

static gboolean
intake_work(StStore *store, gpointer data, GError **error)
{
	Intake *in = data;
	const StEnvelope *env = in->env;
	g_autofree char *rcpts = env->recipients
		? g_strjoinv(",", (char **)env->recipients) : NULL;
	sqlite3_stmt *st;

	st_intake_result_clear(in->out);
	if (!choose_report(store, in, error))
		return FALSE;
	st = st_store_prepare(store,
		"INSERT INTO inbox(received_at, report_id, reserved, queue_id,"
		" envelope_from, recipients, client_addr, client_name, helo,"
		" message_id, truncated, size, raw)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", error);
	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, in->now);
	sqlite3_bind_int64(st, 2, in->out->report_id);
	sqlite3_bind_int(st, 3, in->out->reserved);
	sqlite3_bind_text(st, 4, env->queue_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, env->envelope_from, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, rcpts, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, env->client_addr, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, env->client_name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, env->helo, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, in->h->message_id, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 11, in->truncated || in->keep < in->size);
	sqlite3_bind_int64(st, 12, in->size);
	if (in->fd < 0)
		sqlite3_bind_blob64(st, 13, in->data, in->keep, SQLITE_STATIC);
	else
		sqlite3_bind_zeroblob64(st, 13, in->keep);
	if (!st_store_step_done(store, st, "insert inbox row", error))
		return FALSE;
	in->out->inbox_id = sqlite3_last_insert_rowid(st_store_db(store));
	return in->fd < 0 ||
		st_store_blob_from_fd(store, "inbox", "raw", in->out->inbox_id, in->fd,
				      in->keep, error);
}

gboolean
st_inbox_add(StStorePool *pool, const StConfig *cfg, const StEnvelope *env,
	     const StIntakeHeaders *h, const StRaw *raw, gboolean truncated,
	     StIntakeResult *out, GError **error)
{
	g_return_val_if_fail(pool != NULL && cfg != NULL && env != NULL, FALSE);
	g_return_val_if_fail(h != NULL && raw != NULL && out != NULL, FALSE);
	Intake in = { .cfg = cfg, .env = env, .h = h, .truncated = truncated, .out = out,
		      .fd = -1, .data = raw->data ? raw->data : "" };
	const char *raw_path = raw->path;
	struct stat sb;
	gboolean ok;

	memset(out, 0, sizeof(*out));
	in.now = env->received_at;
	if (in.now <= 0) {
		g_autoptr(GDateTime) now = st_now();
		in.now = g_date_time_to_unix(now);
	}
	if (raw_path == NULL) {
		in.size = raw->len;
	} else {
		in.fd = open(raw_path, O_RDONLY | O_CLOEXEC);
		if (in.fd < 0 || fstat(in.fd, &sb) != 0) {
			int e = errno;
			if (in.fd >= 0)
				close(in.fd);
			g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
				    "%s: %s", raw_path, g_strerror(e));
			return FALSE;
		}
		in.size = sb.st_size;
	}
	in.keep = MIN(in.size, cfg->limits.max_message_size);
	ok = st_store_pool_run_batched(pool, intake_work, &in, error);
	if (in.fd >= 0)
		close(in.fd);
	if (!ok)
		st_intake_result_clear(out);
	return ok;
}

/* ---- the queue ---- */

void
st_inbox_item_clear(StInboxItem *item)
{
	g_free(item->queue_id);
	g_free(item->envelope_from);
	g_free(item->client_addr);
	g_free(item->client_name);
	g_free(item->helo);
	g_strfreev(item->recipients);
	memset(item, 0, sizeof(*item));
}

gboolean
st_inbox_next(StStore *store, gint64 now, gint64 after, StInboxItem *item,
	      gboolean *found, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(store,
		"SELECT id, received_at, report_id, reserved, truncated, attempts,"
		" queue_id, envelope_from, client_addr, client_name, helo, recipients"
		" FROM inbox WHERE next_attempt_at <= ?1 AND id > ?2"
		" ORDER BY id LIMIT 1", error);
	int rc;

	st_inbox_item_clear(item);
	*found = FALSE;
	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, now);
	sqlite3_bind_int64(st, 2, after);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		g_autofree char *rcpts = st_sql_column_dup(st, 11);
		item->id = sqlite3_column_int64(st, 0);
		item->received_at = sqlite3_column_int64(st, 1);
		item->report_id = sqlite3_column_int64(st, 2);
		item->reserved = sqlite3_column_int(st, 3) != 0;
		item->truncated = sqlite3_column_int(st, 4) != 0;
		item->attempts = sqlite3_column_int64(st, 5);
		item->queue_id = st_sql_column_dup(st, 6);
		item->envelope_from = st_sql_column_dup(st, 7);
		item->client_addr = st_sql_column_dup(st, 8);
		item->client_name = st_sql_column_dup(st, 9);
		item->helo = st_sql_column_dup(st, 10);
		item->recipients = rcpts ? g_strsplit(rcpts, ",", -1) : g_new0(char *, 1);
		*found = TRUE;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return st_store_fail(store, rc, "read inbox", error);
	return TRUE;
}

gboolean
st_inbox_raw_to_fd(StStore *store, gint64 id, int fd, GError **error)
{
	return st_store_blob_to_fd(store, "inbox", "raw", id, fd, error);
}

gboolean
st_inbox_raw_bytes(StStore *store, gint64 id, gsize max, GBytes **out, GError **error)
{
	return st_store_blob_bytes(store, "inbox", "raw", id, max, out, error);
}

gboolean
st_inbox_defer(StStore *store, gint64 id, gint64 now, const char *why, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(store,
		"UPDATE inbox SET attempts = attempts + 1, last_error = ?3,"
		" next_attempt_at = ?2 + min(3600, 60 << min(attempts, 6))"
		" WHERE id = ?1", error);
	g_autofree char *safe = st_printable(why ? why : "", -1, 500);

	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, now);
	sqlite3_bind_text(st, 3, safe, -1, SQLITE_STATIC);
	return st_store_step_done(store, st, "defer inbox row", error);
}

JsonNode *
st_inbox_list_json(StStore *store, GError **error)
{
	JsonArray *rows = st_store_rows_json(store,
		"SELECT i.id, r.tracking_id, i.received_at, i.queue_id, i.envelope_from,"
		" i.message_id, i.size, i.truncated, i.attempts, i.next_attempt_at,"
		" i.last_error FROM inbox i JOIN reports r ON r.id = i.report_id"
		" WHERE i.id > ?1 ORDER BY i.id", 0, error);
	JsonNode *node;

	if (rows == NULL)
		return NULL;
	node = json_node_new(JSON_NODE_ARRAY);
	json_node_take_array(node, rows);
	return node;
}
