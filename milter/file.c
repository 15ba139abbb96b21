/*
 * file.c — st_store_file(): one analysed message filed in one transaction.
 *
 *   hash      the raw file is read once before the transaction (SHA-256), so
 *             the write lock is held only for the database work;
 *   BEGIN IMMEDIATE
 *   inbox     deferred triage (inbox.h): the inbox row is deleted here, so a
 *             message is filed by one triage only (another gets
 *             ST_STORE_ERROR_TAKEN);
 *   dedupe    the same Message-ID and the same content filed before (an MTA
 *             retry after a tempfail): a 'duplicate' event and nothing else;
 *             without a Message-ID the content alone decides.  "The same
 *             content" is st_canon_hash (store.h): trace fields such as the
 *             MTA's new Received line and CRLF/LF differences do not count;
 *             messages.sha256 is still the SHA-256 of the raw bytes;
 *   thread    a known tracking id "[SEC-2026-0042]" in the subject, or an
 *             In-Reply-To/References naming a stored message, a report's
 *             ack_message_id or an outbox row's message_id -> follow-up;
 *   report    otherwise a new report, its tracking id allocated from
 *             counters (PREFIX-YEAR-NNNN, year of the received time, UTC),
 *             or the report intake created for it; when that report is not
 *             needed after all (a resend, or a thread found in a protected
 *             subject) it is closed as a duplicate of the right one;
 *   message   the row with the raw bytes streamed from the file into a
 *             zeroblob in 64 KiB chunks (memory stays flat), cut at
 *             max_message_size (raw_truncated = 1, flag "truncated");
 *             attachments (content kept up to max_attachment_bytes);
 *   facts     a follow-up re-merges the analysis of every message of the
 *             report (messages that are not reports — bounces, auto-replies
 *             threading on our ack — are filed but not merged, unless no
 *             message is a report; nor is a follow-up whose sender failed
 *             DMARC or SPF, which may be forged), rescores it (st_score) and updates the
 *             report's columns; a changed checklist is a 'rescored' event;
 *   ack       (file_ack.c) a new report gets one outbox row kind 'ack': 'pending' with
 *             the composed message (ack.c) when the policy decision, the
 *             per-sender rate limit (cfg->ack_rate_per_day rows in the last
 *             24 h, suppressed rows not counted; 0 means none) and composing
 *             allow, else 'suppressed' with the reason; a follow-up that
 *             changed what is missing gets at most one 'followup' note per
 *             report per 24 h under the same rules, and only when its
 *             envelope sender is the report's reporter (anyone knowing a
 *             tracking id can add to a report; a suppressed note is an event
 *             only);
 *   COMMIT    durable (synchronous=FULL) before TRUE is returned.
 *
 * Any error rolls everything back; SQLITE_BUSY, FULL and IOERR come back as
 * ST_STORE_ERROR_BUSY, _FULL and _IO so that the milter answers tempfail.
 *
 * Group commit (store_pool.c): file_locked() does all the work of one
 * filing inside an open transaction and is the unit a batch runs under a
 * SAVEPOINT, so concurrent filings share one COMMIT and one fsync.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "sectriage/classify.h"
#include "sectriage/common.h"
#include "sectriage/join.h"
#include "sectriage/log.h"
#include "sectriage/sha256.h"
#include "sectriage/score.h"
#include "sectriage/store.h"

#include "file_int.h"

#define CHUNK (64 * 1024)


void
st_file_result_clear(StFileResult *r)
{
	if (r == NULL)
		return;
	g_free(r->tracking_id);
	g_free(r->ack_reason);
	g_free(r->missing);
	memset(r, 0, sizeof(*r));
}

void
st_file_result_log(const StFileResult *r, const char *verb, const char *queue_id,
		   const char *envelope_from, const char *tail)
{
	g_autofree char *from = st_log_peer(envelope_from);
	g_autofree char *reason = st_printable(r->ack_reason ? r->ack_reason : "", -1, 80);
	gboolean why = !r->ack_queued && *reason;

	st_log(LOG_INFO, queue_id ? queue_id : "",
	       "%s %s %s score=%d missing=%s ack=%s%s%s%s from=<%s>%s", verb, r->tracking_id,
	       r->duplicate ? "duplicate" : r->followup ? "followup" : "new",
	       r->score, r->missing && *r->missing ? r->missing : "none",
	       r->ack_queued ? "queued" : "none", why ? " (" : "", why ? reason : "",
	       why ? ")" : "", from, tail ? tail : "");
}

/* ---- the analysis, with or without its parsed message ---- */

static const char *
extra_str(const StAnalysis *a, const char *name)
{
	if (a->extra == NULL || !json_object_has_member(a->extra, name))
		return NULL;
	JsonNode *n = json_object_get_member(a->extra, name);
	if (!JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_STRING)
		return NULL;
	return json_node_get_string(n);
}

const char *
st_filing_subject(const StAnalysis *a)
{
	if (a->msg == NULL)
		return extra_str(a, "subject");
	return a->msg->protected_subject ? a->msg->protected_subject : a->msg->subject;
}

const char *
st_filing_message_id(const StAnalysis *a)
{
	const char *mid = a->msg ? a->msg->message_id : extra_str(a, "message_id");
	return mid != NULL && *mid != '\0' ? mid : NULL;
}

static const char *
msg_in_reply_to(const StAnalysis *a)
{
	return a->msg ? a->msg->in_reply_to : extra_str(a, "in_reply_to");
}

static const char *
msg_from(const StAnalysis *a)
{
	return a->msg ? a->msg->from : extra_str(a, "from");
}

static const char *
msg_from_addr(const StAnalysis *a)
{
	return a->msg ? a->msg->from_addr : extra_str(a, "from_addr");
}

/* References, oldest first (new array of borrowed strings). */
static GPtrArray *
msg_references(const StAnalysis *a)
{
	GPtrArray *refs = g_ptr_array_new();

	if (a->msg != NULL && a->msg->references != NULL) {
		for (guint i = 0; i < a->msg->references->len; i++)
			g_ptr_array_add(refs, g_ptr_array_index(a->msg->references, i));
	} else if (a->extra != NULL && json_object_has_member(a->extra, "references")) {
		JsonNode *n = json_object_get_member(a->extra, "references");
		JsonArray *arr = JSON_NODE_HOLDS_ARRAY(n) ? json_node_get_array(n) : NULL;
		for (guint i = 0; arr != NULL && i < json_array_get_length(arr); i++) {
			JsonNode *e = json_array_get_element(arr, i);
			if (JSON_NODE_HOLDS_VALUE(e) &&
			    json_node_get_value_type(e) == G_TYPE_STRING)
				g_ptr_array_add(refs, (char *)json_node_get_string(e));
		}
	}
	return refs;
}

/* Comma-joined V (NULL or empty: ""), new string. */
static char *
join(const GPtrArray *v, const char *sep)
{
	GString *s = g_string_new(NULL);

	for (guint i = 0; v != NULL && i < v->len; i++) {
		const char *e = g_ptr_array_index(v, i);
		g_string_append_printf(s, "%s%s", i ? sep : "", e != NULL ? e : "");
	}
	return g_string_free(s, FALSE);
}

/* ---- the raw file ---- */

/* How much of SIZE raw bytes is kept. */
static void
raw_keep(Filing *f)
{
	gint64 max = f->cfg->limits.max_message_size;
	f->keep = max > 0 && f->size > max ? max : f->size;
}

/* Did the analysis hash the whole raw message of SIZE bytes already? */
static gboolean
analysis_hashed(const Filing *f, gint64 size)
{
	const StMessage *msg = f->a->msg;

	return msg != NULL && msg->raw_sha256[0] != '\0' && msg->raw_size == size &&
		!st_flag_has(msg->flags, "truncated");
}

/* The raw bytes DATA (LEN of them) in memory: their size, SHA-256 (the
 * analysis's when it hashed the same bytes) and canonical hash. */
static void
raw_memory(Filing *f, const char *data, gsize len)
{
	StCanonHash *canon = st_canon_hash_new();

	f->data = data;
	f->size = (gint64)len;
	if (analysis_hashed(f, f->size))
		g_strlcpy(f->sha256, f->a->msg->raw_sha256, sizeof(f->sha256));
	else
		st_sha256_hex(data, len, f->sha256);
	st_canon_hash_update(canon, (const guchar *)data, len);
	f->canon = st_canon_hash_finish(canon);
	raw_keep(f);
}

/* Open RAW_PATH, take its size and SHA-256, decide how much is kept. */
static gboolean
raw_open(Filing *f, const char *raw_path, GError **error)
{
	StSha256 sum;
	g_autofree guchar *buf = NULL;
	struct stat sb;
	gssize n;

	st_sha256_init(&sum);
	f->fd = -1;
	if (raw_path == NULL) {
		if (f->a->msg != NULL && f->a->msg->raw_sha256[0] != '\0') {
			memcpy(f->sha256, f->a->msg->raw_sha256, sizeof(f->sha256));
			f->size = f->a->msg->raw_size;
		} else {
			st_sha256_hex("", 0, f->sha256);
		}
		return TRUE;
	}
	f->fd = open(raw_path, O_RDONLY | O_CLOEXEC);
	if (f->fd < 0 || fstat(f->fd, &sb) != 0) {
		int e = errno;
		g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
			    "%s: %s", raw_path, g_strerror(e));
		return FALSE;
	}
	/* the analysis read the same file whole and hashed it already */
	const StMessage *msg = f->a->msg;
	gboolean hashed = analysis_hashed(f, (gint64)sb.st_size);
	buf = g_malloc(CHUNK);
	f->size = 0;
	StCanonHash *canon = st_canon_hash_new();
	while ((n = read(f->fd, buf, CHUNK)) > 0) {
		if (!hashed)
			st_sha256_update(&sum, buf, n);
		st_canon_hash_update(canon, buf, n);
		f->size += n;
	}
	int e = n < 0 ? errno : 0;
	f->canon = st_canon_hash_finish(canon);
	if (n < 0) {
		g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
			    "%s: %s", raw_path, g_strerror(e));
		return FALSE;
	}
	if (hashed && f->size != msg->raw_size) {
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_IO,
			    "%s changed while it was filed", raw_path);
		return FALSE;
	}
	if (hashed)
		g_strlcpy(f->sha256, msg->raw_sha256, sizeof(f->sha256));
	else
		st_sha256_finish_hex(&sum, f->sha256);
	raw_keep(f);
	return TRUE;
}

/* Stream the kept bytes of the raw file into messages.raw of the row. */
static gboolean
raw_write(Filing *f, GError **error)
{
	if (f->fd < 0 || f->keep == 0)
		return TRUE;
	return st_store_blob_from_fd(f->store, "messages", "raw", f->message_row,
				     f->fd, f->keep, error);
}

/* ---- lookups ---- */

/* Tracking id, score and missing of report ID into OUT-ish fields. */
static gboolean
report_summary(Filing *f, gint64 id, char **tracking_id, int *score,
	       char **missing, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(f->store,
		"SELECT tracking_id, score, missing FROM reports WHERE id = ?1", error);
	int rc;

	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		if (tracking_id)
			*tracking_id = g_strdup((const char *)sqlite3_column_text(st, 0));
		if (score)
			*score = sqlite3_column_int(st, 1);
		if (missing)
			*missing = g_strdup(sqlite3_column_type(st, 2) == SQLITE_NULL ? ""
					    : (const char *)sqlite3_column_text(st, 2));
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE)
			g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND,
				    "report %" G_GINT64_FORMAT " vanished", id);
		else
			st_store_fail(f->store, rc, "read report", error);
		return FALSE;
	}
	return TRUE;
}

/* The message filed before under the same dedupe key: its report, or 0. */
static gboolean
find_duplicate(Filing *f, gint64 *report_id, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(f->store,
		"SELECT report_id FROM messages WHERE dedupe_key = ?1", error);

	if (st == NULL)
		return FALSE;
	sqlite3_bind_text(st, 1, f->dedupe_key, -1, SQLITE_STATIC);
	return st_store_step_int(f->store, st, report_id, "dedupe", error);
}

/* ---- writing ---- */

static gboolean
insert_report(Filing *f, GError **error)
{
	sqlite3_stmt *st;

	f->tracking_id = st_join_new_tracking_id(f->store, f->cfg, f->now, error);
	if (f->tracking_id == NULL)
		return FALSE;
	st = st_store_prepare(f->store,
		"INSERT INTO reports(tracking_id, created_at, updated_at, reporter,"
		" reporter_from, subject, facts_json)"
		" VALUES (?1, ?2, ?2, ?3, ?4, ?5, '{}')", error);
	if (st == NULL)
		return FALSE;
	sqlite3_bind_text(st, 1, f->tracking_id, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, f->now);
	sqlite3_bind_text(st, 3, f->sender, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, msg_from(f->a), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, st_filing_subject(f->a), -1, SQLITE_STATIC);
	if (!st_store_step_done(f->store, st, "insert report", error))
		return FALSE;
	f->report_id = sqlite3_last_insert_rowid(st_store_db(f->store));
	return TRUE;
}

static gboolean
insert_message(Filing *f, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(f->store,
		"INSERT INTO messages(report_id, received_at, message_id, sha256,"
		" dedupe_key, envelope_from, recipients, queue_id, client_addr, helo,"
		" subject, from_addr, in_reply_to, refs, size, raw, raw_truncated,"
		" analysis_json, flags, is_followup)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
		" ?14, ?15, ?16, ?17, ?18, ?19, ?20)", error);
	const StEnvelope *env = f->env;
	gboolean truncated = f->keep < f->size;
	g_autoptr(GPtrArray) refs = msg_references(f->a);
	g_autofree char *refs_s = join(refs, " ");
	g_autofree char *rcpts = env->recipients
		? g_strjoinv(",", (char **)env->recipients) : NULL;
	g_autofree char *json = NULL;
	g_autofree char *flags = NULL;

	if (st == NULL)
		return FALSE;
	if (truncated)
		st_flag_add(f->a->flags, "truncated");
	json = st_analysis_to_json_string(f->a, FALSE);
	flags = join(f->a->flags, ",");
	sqlite3_bind_int64(st, 1, f->report_id);
	sqlite3_bind_int64(st, 2, f->now);
	sqlite3_bind_text(st, 3, st_filing_message_id(f->a), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, f->sha256, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, f->dedupe_key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, f->sender, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, rcpts, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, env->queue_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, env->client_addr, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, env->helo, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 11, st_filing_subject(f->a), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 12, msg_from_addr(f->a), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 13, msg_in_reply_to(f->a), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 14, refs_s, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 15, f->size);
	if (f->fd >= 0)
		sqlite3_bind_zeroblob64(st, 16, f->keep);
	else if (f->data != NULL)
		sqlite3_bind_blob64(st, 16, f->data, f->keep, SQLITE_STATIC);
	sqlite3_bind_int(st, 17, truncated);
	sqlite3_bind_text(st, 18, json, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 19, flags, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 20, f->followup);
	if (!st_store_step_done(f->store, st, "insert message", error))
		return FALSE;
	f->message_row = sqlite3_last_insert_rowid(st_store_db(f->store));
	return raw_write(f, error);
}

static gboolean
insert_attachments(Filing *f, GError **error)
{
	GPtrArray *atts = f->a->msg ? f->a->msg->attachments : NULL;
	gint64 max = f->cfg->limits.max_attachment_bytes;

	for (guint i = 0; atts != NULL && i < atts->len; i++) {
		const StAttachment *att = g_ptr_array_index(atts, i);
		sqlite3_stmt *st = st_store_prepare(f->store,
			"INSERT INTO attachments(message_row, report_id, idx, filename,"
			" content_type, size, sha256, role, content, kept, members, flags)"
			" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
			error);
		gboolean kept = att->content != NULL && att->size <= max &&
			(gint64)g_bytes_get_size(att->content) <= max;
		g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func(g_free);
		g_autofree char *members = NULL;
		g_autofree char *flags_s = NULL;

		if (st == NULL)
			return FALSE;
		for (guint j = 0; att->flags != NULL && j < att->flags->len; j++)
			st_flag_add(flags, g_ptr_array_index(att->flags, j));
		if (!kept)
			st_flag_add(flags, "not-kept");
		flags_s = join(flags, ",");
		members = att->members ? join(att->members, "\n") : NULL;
		sqlite3_bind_int64(st, 1, f->message_row);
		sqlite3_bind_int64(st, 2, f->report_id);
		sqlite3_bind_int(st, 3, (int)i);
		sqlite3_bind_text(st, 4, att->filename, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, att->content_type, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 6, att->size);
		sqlite3_bind_text(st, 7, att->sha256, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 8, st_role_name(att->role), -1, SQLITE_STATIC);
		if (kept) {
			gsize len;
			const void *data = g_bytes_get_data(att->content, &len);
			sqlite3_bind_blob64(st, 9, len ? data : "", len, SQLITE_STATIC);
		}
		sqlite3_bind_int(st, 10, kept);
		sqlite3_bind_text(st, 11, members, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 12, flags_s[0] ? flags_s : NULL, -1, SQLITE_STATIC);
		if (!st_store_step_done(f->store, st, "insert attachment", error))
			return FALSE;
	}
	return TRUE;
}

/* One line for reports.platform: "Ubuntu 22.04, kernel 6.8, ...". */
static char *
platform_summary(const StAnalysis *a)
{
	g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func(g_free);

	if (a->distro)
		g_ptr_array_add(parts, g_strdup(a->distro));
	else if (a->os)
		g_ptr_array_add(parts, g_strdup(a->os));
	if (a->kernel)
		g_ptr_array_add(parts, g_strdup_printf("kernel %s", a->kernel));
	if (a->macos_version)
		g_ptr_array_add(parts, g_strdup_printf("macOS %s", a->macos_version));
	if (a->chip)
		g_ptr_array_add(parts, g_strdup(a->chip));
	return parts->len ? join(parts, ", ") : NULL;
}

/* Write the report's columns from FACTS. */
static gboolean
update_report(Filing *f, const StAnalysis *facts, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(f->store,
		"UPDATE reports SET updated_at = ?2, suggested_severity = ?3,"
		" class = ?4, component = ?5, out_of_scope = ?6, score = ?7,"
		" missing = ?8, version = ?9, platform = ?10, exploited = ?11,"
		" cvss_vector = ?12, cvss_score = ?13, encrypted = encrypted OR ?14,"
		" credit_name = ?15, credit_link = ?16, credit_anonymous = ?17,"
		" is_report = ?18, facts_json = ?19, flags = ?20"
		" WHERE id = ?1", error);
	g_autofree char *oos = join(facts->out_of_scope, ",");
	g_autofree char *missing = join(facts->missing, ",");
	g_autofree char *platform = platform_summary(facts);
	g_autofree char *json = st_analysis_to_json_string(facts, FALSE);
	g_autofree char *flags = join(facts->flags, ",");
	gboolean encrypted = st_flag_has(facts->flags, "encrypted") ||
		(facts->msg != NULL && facts->msg->encrypted);

	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, f->report_id);
	sqlite3_bind_int64(st, 2, f->now);
	sqlite3_bind_text(st, 3, facts->suggested_severity, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, facts->klass, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, facts->component, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, oos, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 7, facts->score);
	sqlite3_bind_text(st, 8, missing, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, facts->version, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, platform, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 11, facts->exploited);
	sqlite3_bind_text(st, 12, facts->cvss_vector, -1, SQLITE_STATIC);
	if (facts->cvss_score >= 0)
		sqlite3_bind_double(st, 13, facts->cvss_score);
	sqlite3_bind_int(st, 14, encrypted);
	sqlite3_bind_text(st, 15, facts->credit_found ? facts->credit_name : NULL, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 16, facts->credit_found ? facts->credit_link : NULL, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 17, facts->credit_found && facts->credit_anonymous);
	sqlite3_bind_int(st, 18, facts->is_report);
	sqlite3_bind_text(st, 19, json, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 20, flags, -1, SQLITE_STATIC);
	return st_store_step_done(f->store, st, "update report", error);
}

/* Did A's sender fail authentication: DMARC or SPF failed under a trusted
 * authserv-id (policy.c)?  Such a message may be a forgery. */
static gboolean
unauthenticated(const StAnalysis *a)
{
	return g_strcmp0(a->ack_reason, "dmarc-fail") == 0 ||
	       g_strcmp0(a->ack_reason, "spf-fail") == 0;
}

/* Re-merge the analyses of every message of the report into f->merged.
 * The report's first message stands whoever sent it; a later message whose
 * sender failed authentication is filed and shown in the thread but does
 * not change the facts: anyone can make a reply thread on a report (the
 * tracking id is in our ack's subject, a Message-ID in every reply's
 * References), and a forged one must not correct, retract or re-credit
 * it. */
static gboolean
remerge(Filing *f, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(f->store,
		"SELECT analysis_json FROM messages WHERE report_id = ?1"
		" ORDER BY received_at, id", error);
	g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func(
		(GDestroyNotify)st_analysis_free);
	gboolean any_report = FALSE;
	int rc;

	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, f->report_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *text = (const char *)sqlite3_column_text(st, 0);
		g_autoptr(JsonNode) node = text ? json_from_string(text, NULL) : NULL;
		StAnalysis *one = node ? st_analysis_from_json(node) : NULL;
		if (one == NULL)
			continue;
		any_report = any_report || one->is_report;
		g_ptr_array_add(all, one);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return st_store_fail(f->store, rc, "read thread", error);
	for (guint i = 0; i < all->len; i++) {
		StAnalysis *one = g_ptr_array_index(all, i);
		if (any_report && !one->is_report)
			continue;
		if (f->merged != NULL && unauthenticated(one))
			continue;
		if (f->merged == NULL)
			f->merged = g_ptr_array_steal_index(all, i--);
		else
			st_analysis_merge(f->merged, one);
	}
	if (f->merged == NULL) {
		g_autoptr(JsonNode) node = st_analysis_to_json(f->a);
		f->merged = st_analysis_from_json(node);
	} else {
		/* a reason the thread now answers (a reply's working PoC
		 * against "theoretical") no longer holds */
		st_classify_oos_settle(f->rules, f->merged);
	}
	st_score(f->rules, f->merged);
	return TRUE;
}

/* ---- the filing ---- */

static gboolean
file_followup_facts(Filing *f, StFileResult *out, GError **error)
{
	int old_score = 0;

	if (!report_summary(f, f->report_id, NULL, &old_score, &f->old_missing, error) ||
	    !remerge(f, error) || !update_report(f, f->merged, error))
		return FALSE;
	if (unauthenticated(f->a)) {
		g_autofree char *why = g_strdup_printf("a follow-up whose sender failed %s was "
			"filed; its facts were not merged (it may be forged)",
			strcmp(f->a->ack_reason, "dmarc-fail") == 0 ? "DMARC" : "SPF");
		out->ack_reason = g_strdup("follow-up: sender failed authentication, facts not merged");
		return st_store_add_event(f->store, f->report_id, f->now, f->actor,
					  "note", why, error) > 0;
	}
	g_autofree char *missing = join(f->merged->missing, ",");
	if (strcmp(missing, f->old_missing) == 0 && old_score == f->merged->score) {
		out->ack_reason = g_strdup("follow-up: nothing new for the checklist");
		return TRUE;
	}
	g_autofree char *detail = g_strdup_printf("score %d -> %d, missing %s -> %s",
		old_score, f->merged->score,
		*f->old_missing ? f->old_missing : "none", *missing ? missing : "none");
	if (st_store_add_event(f->store, f->report_id, f->now, f->actor,
			       "rescored", detail, error) == 0)
		return FALSE;
	if (strcmp(missing, f->old_missing) == 0 || !f->a->is_report) {
		out->ack_reason = g_strdup("follow-up: missing items unchanged");
		return TRUE;
	}
	return st_filing_ack_followup(f, out, error);
}

/* Deferred triage: take the inbox row (another triage may have). */
static gboolean
inbox_take(Filing *f, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(f->store, "DELETE FROM inbox WHERE id = ?1", error);

	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, f->env->inbox_id);
	if (!st_store_step_done(f->store, st, "take inbox row", error))
		return FALSE;
	if (sqlite3_changes(st_store_db(f->store)) == 0) {
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_TAKEN,
			    "inbox row %" G_GINT64_FORMAT " was triaged already",
			    f->env->inbox_id);
		return FALSE;
	}
	return TRUE;
}

/* Deferred triage: the report created at intake for this message is not
 * needed after all (the message is a copy of one filed before, or joins
 * TARGET through a protected subject): close it as a duplicate of TARGET,
 * so the tracking id the delivered copy carries still leads somewhere. */
static gboolean
retire_reserved(Filing *f, gint64 target, GError **error)
{
	gint64 reserved = f->env->report_id;
	g_autofree char *target_id = NULL, *reserved_id = NULL;
	sqlite3_stmt *st;

	if (!report_summary(f, target, &target_id, NULL, NULL, error) ||
	    !report_summary(f, reserved, &reserved_id, NULL, NULL, error))
		return FALSE;
	st = st_store_prepare(f->store,
		"UPDATE reports SET state = 'closed', resolution = 'duplicate',"
		" duplicate_of = ?2, closed_at = ?3, updated_at = ?3, is_report = 0,"
		" flags = 'duplicate' WHERE id = ?1", error);
	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, reserved);
	sqlite3_bind_int64(st, 2, target);
	sqlite3_bind_int64(st, 3, f->now);
	if (!st_store_step_done(f->store, st, "retire reserved report", error))
		return FALSE;
	g_autofree char *to = g_strdup_printf("closed: its message belongs to %s", target_id);
	g_autofree char *from = g_strdup_printf("%s was delivered tagged %s", f->env->queue_id
						? f->env->queue_id : "a message", reserved_id);
	return st_store_add_event(f->store, reserved, f->now, f->actor, "state", to, error) > 0 &&
		st_store_add_event(f->store, target, f->now, f->actor, "note", from, error) > 0;
}

/* The report this filing joins: *THREAD > 0 for a follow-up, 0 for a new
 * report (f->report_id set when intake reserved it). */
static gboolean
choose_report(Filing *f, gint64 *thread, GError **error)
{
	const StEnvelope *env = f->env;
	g_autoptr(GPtrArray) refs = msg_references(f->a);

	if (!st_join_by_subject(f->store, f->cfg, st_filing_subject(f->a), thread, error))
		return FALSE;
	if (*thread == 0 && !st_join_by_references(f->store, msg_in_reply_to(f->a), refs,
						   thread, error))
		return FALSE;
	if (env->report_id <= 0)
		return TRUE;
	if (!env->report_reserved) {
		if (*thread == 0)
			*thread = env->report_id;   /* intake's choice stands */
		return TRUE;
	}
	if (*thread > 0 && *thread != env->report_id)
		return retire_reserved(f, *thread, error);
	*thread = 0;
	f->report_id = env->report_id;
	/* intake saw the header fields only: the analysis's From and Subject
	 * (a protected subject of an encrypted report) are what inline
	 * filing would have stored */
	sqlite3_stmt *st = st_store_prepare(f->store,
		"UPDATE reports SET reporter_from = ?2, subject = ?3 WHERE id = ?1", error);
	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, f->report_id);
	sqlite3_bind_text(st, 2, msg_from(f->a), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, st_filing_subject(f->a), -1, SQLITE_STATIC);
	return st_store_step_done(f->store, st, "update reserved report", error) &&
		report_summary(f, f->report_id, &f->tracking_id, NULL, NULL, error);
}

/* Everything of one filing inside the open transaction. */
static gboolean
file_locked(Filing *f, StFileResult *out, GError **error)
{
	gint64 dup = 0, thread = 0;

	if (f->env->inbox_id > 0 && !inbox_take(f, error))
		return FALSE;
	if (!find_duplicate(f, &dup, error))
		return FALSE;
	if (dup > 0) {
		g_autofree char *detail = g_strdup_printf(
			"same message filed again (sha256 %.16s, queue id %s)",
			f->sha256, f->env->queue_id ? f->env->queue_id : "-");
		f->report_id = dup;
		out->duplicate = TRUE;
		out->followup = FALSE;
		out->ack_reason = g_strdup("duplicate: already filed");
		if (f->env->report_reserved && f->env->report_id != dup &&
		    !retire_reserved(f, dup, error))
			return FALSE;
		return report_summary(f, dup, &f->tracking_id, &out->score,
				      &out->missing, error) &&
			st_store_add_event(f->store, dup, f->now, f->actor,
					   "duplicate", detail, error) > 0;
	}
	if (!choose_report(f, &thread, error))
		return FALSE;
	if (thread > 0) {
		f->report_id = thread;
		f->followup = TRUE;
		if (!report_summary(f, thread, &f->tracking_id, NULL, NULL, error))
			return FALSE;
	} else if (f->report_id == 0 && !insert_report(f, error)) {
		return FALSE;
	}
	if (!insert_message(f, error) || !insert_attachments(f, error))
		return FALSE;

	g_autofree char *detail = g_strdup_printf("message %" G_GINT64_FORMAT
		", %" G_GINT64_FORMAT " bytes%s, sha256 %.16s, queue id %s%s",
		f->message_row, f->size, f->keep < f->size ? " (truncated)" : "",
		f->sha256, f->env->queue_id ? f->env->queue_id : "-",
		f->a->is_report ? "" : ", not a report");
	if (st_store_add_event(f->store, f->report_id, f->now, f->actor,
			       f->followup ? "followup" : "filed", detail, error) == 0)
		return FALSE;

	if (f->followup) {
		if (!file_followup_facts(f, out, error))
			return FALSE;
	} else if (!update_report(f, f->a, error) || !st_filing_ack_new(f, out, error)) {
		return FALSE;
	}
	const StAnalysis *facts = f->merged ? f->merged : f->a;
	out->score = facts->score;
	out->missing = join(facts->missing, ",");
	out->followup = f->followup;
	return TRUE;
}

static void
filing_clear(Filing *f)
{
	if (f->fd >= 0)
		close(f->fd);
	g_free(f->dedupe_key);
	g_free(f->canon);
	g_free(f->tracking_id);
	g_free(f->old_missing);
	if (f->merged)
		st_analysis_free(f->merged);
}

/* Fill F for one filing and read the raw file (outside any transaction). */
static gboolean
filing_prepare(Filing *f, const StConfig *cfg, const StRules *rules,
	       StAnalysis *a, const StEnvelope *env, const char *raw_path,
	       GBytes *raw, StFileResult *out, GError **error)
{
	const char *mid = st_filing_message_id(a);

	*f = (Filing){
		.cfg = cfg, .rules = rules, .a = a, .env = env, .out = out,
		.actor = env->actor ? env->actor : "milter",
		.sender = env->envelope_from ? env->envelope_from : a->envelope_from,
		.now = env->received_at,
		.fd = -1,
	};
	memset(out, 0, sizeof(*out));
	if (f->now <= 0) {
		g_autoptr(GDateTime) now = st_now();
		f->now = g_date_time_to_unix(now);
	}
	if (raw != NULL) {
		gsize len;
		const char *data = g_bytes_get_data(raw, &len);
		raw_memory(f, data != NULL ? data : "", len);
	} else if (!raw_open(f, raw_path, error)) {
		return FALSE;
	}
	f->dedupe_key = g_strdup_printf("%s %s", mid ? mid : "",
					f->canon ? f->canon : f->sha256);
	return TRUE;
}

/* Hand the result to OUT (or clear it) and free F's resources. */
static gboolean
filing_finish(Filing *f, gboolean ok, StFileResult *out)
{
	if (ok) {
		out->tracking_id = g_steal_pointer(&f->tracking_id);
		out->report_id = f->report_id;
		out->message_row = f->message_row;
	} else {
		st_file_result_clear(out);
	}
	filing_clear(f);
	return ok;
}

gboolean
st_store_file(StStore *store, const StConfig *cfg, const StRules *rules,
	      StAnalysis *a, const StEnvelope *env, const char *raw_path,
	      StFileResult *out, GError **error)
{
	g_return_val_if_fail(store != NULL && cfg != NULL && rules != NULL, FALSE);
	g_return_val_if_fail(a != NULL && env != NULL && out != NULL, FALSE);
	Filing f;
	gboolean ok = FALSE;

	if (filing_prepare(&f, cfg, rules, a, env, raw_path, NULL, out, error) &&
	    st_store_begin(store, error)) {
		f.store = store;
		ok = file_locked(&f, out, error) && st_store_commit(store, error);
		if (!ok)
			st_store_rollback(store);
	}
	return filing_finish(&f, ok, out);
}

/* One filing as a unit of a group commit. */
static gboolean
file_work(StStore *store, gpointer data, GError **error)
{
	Filing *f = data;

	f->store = store;
	return file_locked(f, f->out, error);
}

/* st_store_pool_file and st_store_pool_file_bytes: the raw message at
 * RAW_PATH, or RAW in memory when it is not NULL. */
static gboolean
pool_file(StStorePool *pool, const StConfig *cfg, const StRules *rules,
	  StAnalysis *a, const StEnvelope *env, const char *raw_path,
	  GBytes *raw, StFileResult *out, GError **error)
{
	g_return_val_if_fail(pool != NULL && cfg != NULL && rules != NULL, FALSE);
	g_return_val_if_fail(a != NULL && env != NULL && out != NULL, FALSE);
	Filing f;
	gboolean ok = FALSE;

	if (filing_prepare(&f, cfg, rules, a, env, raw_path, raw, out, error))
		ok = st_store_pool_run_batched(pool, file_work, &f, error);
	return filing_finish(&f, ok, out);
}

gboolean
st_store_pool_file(StStorePool *pool, const StConfig *cfg, const StRules *rules,
		   StAnalysis *a, const StEnvelope *env, const char *raw_path,
		   StFileResult *out, GError **error)
{
	return pool_file(pool, cfg, rules, a, env, raw_path, NULL, out, error);
}

gboolean
st_store_pool_file_bytes(StStorePool *pool, const StConfig *cfg, const StRules *rules,
			 StAnalysis *a, const StEnvelope *env, GBytes *raw,
			 StFileResult *out, GError **error)
{
	g_return_val_if_fail(raw != NULL, FALSE);
	return pool_file(pool, cfg, rules, a, env, NULL, raw, out, error);
}
