/*
 * session.c — connection and message contexts of the milter (see session.h).
 *
 * StSession (the connection) owns at most one StTx (the message, as
 * OpenSMTPD's smtp_session owns smtp_tx); tx_free() is the one place a
 * message's spool is removed and its in-flight count dropped, so abort,
 * a new MAIL FROM, eom and close all end a message the same way.
 *
 * What can go wrong: the spool directory or file cannot be written (disk
 * full), the database cannot be opened or is busy past the busy timeout.
 * Each is logged with the queue id and answered with cfg->on_failure
 * (tempfail unless configured to accept).  Nothing here rejects or discards,
 * and the body is never changed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sectriage/analyze.h"
#include "sectriage/common.h"
#include "sectriage/inbox.h"
#include "sectriage/log.h"
#include "sectriage/policy.h"
#include "sectriage/session.h"
#include "sectriage/triage.h"

#define POOL_MAX 16            /* database connections per snapshot */
#define SPOOL_BUFFER (64 * 1024)
#define HEADER_PREFIX "X-Sectriage-"
#define MAX_FORGED_NAMES 100     /* distinct X-Sectriage-* names removed at most */
/* WAL pages past which an intake checkpoints itself (the triage thread
 * does it at 1,000, SQLite's default, when it gets the CPU) */
#define CHECKPOINT_SAFETY_PAGES 16000

/* ---- snapshots ---- */

struct StSnapshot {
	gint refcount;
	StConfig *cfg;
	StRules *rules;
	StStorePool *pool;     /* connections to cfg->database, opened on demand */
};

StSnapshot *
st_snapshot_new(StConfig *cfg, StRules *rules)
{
	StSnapshot *snap = g_new0(StSnapshot, 1);

	snap->refcount = 1;
	snap->cfg = st_config_ref(cfg);
	snap->rules = st_rules_ref(rules);
	snap->pool = st_store_pool_new(cfg->database, cfg->busy_timeout_ms, POOL_MAX);
	/* deferred triage: the triage thread checkpoints, not the SMTP path */
	if (strcmp(cfg->triage, "inline") != 0)
		st_store_pool_defer_checkpoints(snap->pool, CHECKPOINT_SAFETY_PAGES);
	return snap;
}

StSnapshot *
st_snapshot_ref(StSnapshot *snap)
{
	g_atomic_int_inc(&snap->refcount);
	return snap;
}

void
st_snapshot_unref(StSnapshot *snap)
{
	if (snap == NULL || !g_atomic_int_dec_and_test(&snap->refcount))
		return;
	st_store_pool_free(snap->pool);
	st_rules_unref(snap->rules);
	st_config_unref(snap->cfg);
	g_free(snap);
}

const StConfig *
st_snapshot_config(const StSnapshot *snap)
{
	return snap->cfg;
}

const StRules *
st_snapshot_rules(const StSnapshot *snap)
{
	return snap->rules;
}

StStorePool *
st_snapshot_pool(const StSnapshot *snap)
{
	return snap->pool;
}

/* ---- the server ---- */

struct StServer {
	GMutex lock;           /* guards everything below */
	GCond idle;            /* signalled when in_flight drops to 0 */
	StSnapshot *current;
	StOutboxThread *outbox;
	StTriageThread *triage;
	guint in_flight;
	gint64 quiet_since;    /* monotonic time in_flight last dropped to 0 */
	gboolean stopping;
};

StServer *
st_server_new(StSnapshot *snap)
{
	StServer *srv = g_new0(StServer, 1);

	g_mutex_init(&srv->lock);
	g_cond_init(&srv->idle);
	srv->current = st_snapshot_ref(snap);
	return srv;
}

void
st_server_free(StServer *srv)
{
	if (srv == NULL)
		return;
	st_snapshot_unref(srv->current);
	g_cond_clear(&srv->idle);
	g_mutex_clear(&srv->lock);
	g_free(srv);
}

void
st_server_swap(StServer *srv, StSnapshot *snap)
{
	StSnapshot *old;

	st_snapshot_ref(snap);
	g_mutex_lock(&srv->lock);
	old = srv->current;
	srv->current = snap;
	g_mutex_unlock(&srv->lock);
	st_snapshot_unref(old);
}

StSnapshot *
st_server_snapshot(StServer *srv)
{
	StSnapshot *snap;

	g_mutex_lock(&srv->lock);
	snap = st_snapshot_ref(srv->current);
	g_mutex_unlock(&srv->lock);
	return snap;
}

void
st_server_set_outbox(StServer *srv, StOutboxThread *outbox)
{
	g_mutex_lock(&srv->lock);
	srv->outbox = outbox;
	g_mutex_unlock(&srv->lock);
}

void
st_server_set_triage(StServer *srv, StTriageThread *triage)
{
	g_mutex_lock(&srv->lock);
	srv->triage = triage;
	g_mutex_unlock(&srv->lock);
}

void
st_server_begin_shutdown(StServer *srv)
{
	g_mutex_lock(&srv->lock);
	srv->stopping = TRUE;
	g_mutex_unlock(&srv->lock);
}

gboolean
st_server_wait_idle(StServer *srv, int timeout_ms)
{
	gint64 end = g_get_monotonic_time() + (gint64)timeout_ms * G_TIME_SPAN_MILLISECOND;
	gboolean idle;

	g_mutex_lock(&srv->lock);
	while (srv->in_flight > 0)
		if (!g_cond_wait_until(&srv->idle, &srv->lock, end))
			break;
	idle = srv->in_flight == 0;
	g_mutex_unlock(&srv->lock);
	return idle;
}

guint
st_server_in_flight(StServer *srv)
{
	guint n;

	g_mutex_lock(&srv->lock);
	n = srv->in_flight;
	g_mutex_unlock(&srv->lock);
	return n;
}

gint64
st_server_quiet_us(StServer *srv)
{
	gint64 quiet;

	g_mutex_lock(&srv->lock);
	quiet = srv->in_flight > 0 ? 0 : g_get_monotonic_time() - srv->quiet_since;
	g_mutex_unlock(&srv->lock);
	return quiet;
}

/* Count a message in flight; FALSE (nothing counted) when shutting down. */
static gboolean
server_enter(StServer *srv)
{
	gboolean ok;

	g_mutex_lock(&srv->lock);
	ok = !srv->stopping;
	if (ok)
		srv->in_flight++;
	g_mutex_unlock(&srv->lock);
	return ok;
}

static void
server_leave(StServer *srv)
{
	g_mutex_lock(&srv->lock);
	g_assert(srv->in_flight > 0);
	if (--srv->in_flight == 0) {
		srv->quiet_since = g_get_monotonic_time();
		g_cond_broadcast(&srv->idle);
	}
	g_mutex_unlock(&srv->lock);
}

void
st_server_kick_outbox(StServer *srv)
{
	g_mutex_lock(&srv->lock);
	if (srv->outbox != NULL)
		st_outbox_thread_kick(srv->outbox);
	g_mutex_unlock(&srv->lock);
}

static void
server_kick_triage(StServer *srv)
{
	g_mutex_lock(&srv->lock);
	if (srv->triage != NULL)
		st_triage_thread_kick(srv->triage);
	g_mutex_unlock(&srv->lock);
}

/* ---- the message (transaction) ---- */

typedef struct StTx {
	char *queue_id;
	char *envelope_from;     /* <> stripped; "" the null sender */
	GPtrArray *recipients;   /* char*, <> stripped */
	gboolean decided;        /* data (or the first header) has been seen */
	gboolean ours;           /* a recipient is a security address */
	gboolean counted;        /* in the server's in_flight */
	GString *mem;            /* the message while it is at most
	                            ST_INBOX_MEMORY_MAX bytes; NULL once it
	                            went to the spool file */
	char *spool_path;        /* NULL until the spool file exists */
	FILE *spool;
	int spool_errno;         /* first write error, 0 when none */
	gint64 received;         /* bytes the MTA sent (headers + body) */
	gint64 spooled;          /* bytes written to the spool */
	gboolean truncated;
	gboolean eoh_written;
	GHashTable *xst;         /* lower-case X-Sectriage-* name -> count */
	char *subject;           /* first Subject value as received */
	int n_subject;
	StIntakeHeaders hdrs;    /* what deferred triage's intake needs */
} StTx;

struct StSession {
	StServer *srv;
	StSnapshot *snap;
	char *client_name;
	char *client_addr;
	char *helo;
	StTx *tx;
	StFileResult last;
	guint n_messages;
};

static void
tx_free(StSession *s)
{
	StTx *tx = s->tx;

	if (tx == NULL)
		return;
	s->tx = NULL;
	if (tx->mem != NULL)
		g_string_free(tx->mem, TRUE);
	if (tx->spool != NULL)
		fclose(tx->spool);
	if (tx->spool_path != NULL && g_unlink(tx->spool_path) != 0 && errno != ENOENT)
		st_log(LOG_WARNING, tx->queue_id ? tx->queue_id : "",
		       "cannot remove spool file %s: %s", tx->spool_path, g_strerror(errno));
	if (tx->counted)
		server_leave(s->srv);
	g_free(tx->queue_id);
	g_free(tx->envelope_from);
	g_ptr_array_unref(tx->recipients);
	g_free(tx->spool_path);
	if (tx->xst != NULL)
		g_hash_table_unref(tx->xst);
	g_free(tx->subject);
	st_intake_headers_clear(&tx->hdrs);
	g_free(tx);
}

static StTx *
tx_new(void)
{
	StTx *tx = g_new0(StTx, 1);

	tx->recipients = g_ptr_array_new_with_free_func(g_free);
	tx->xst = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	st_intake_headers_init(&tx->hdrs);
	return tx;
}

/* The transaction, made when the MTA skipped MAIL FROM (it should not). */
static StTx *
tx_get(StSession *s)
{
	if (s->tx == NULL)
		s->tx = tx_new();
	return s->tx;
}

static const char *
tx_qid(const StTx *tx)
{
	return tx && tx->queue_id ? tx->queue_id : "";
}

/* ---- the connection ---- */

StSession *
st_session_new(StServer *srv, const char *client_name, const char *client_addr)
{
	StSession *s = g_new0(StSession, 1);

	s->srv = srv;
	s->snap = st_server_snapshot(srv);
	s->client_name = g_strdup(client_name);
	s->client_addr = g_strdup(client_addr);
	return s;
}

void
st_session_free(StSession *s)
{
	if (s == NULL)
		return;
	tx_free(s);
	st_file_result_clear(&s->last);
	g_clear_pointer(&s->snap, st_snapshot_unref);
	g_clear_pointer(&s->client_name, g_free);
	g_clear_pointer(&s->client_addr, g_free);
	g_clear_pointer(&s->helo, g_free);
	g_free(s);
}

void
st_session_helo(StSession *s, const char *helo)
{
	g_free(s->helo);
	s->helo = g_strdup(helo);
}

void
st_session_set_queue_id(StSession *s, const char *queue_id)
{
	if (s->tx == NULL || queue_id == NULL || *queue_id == '\0')
		return;
	if (s->tx->queue_id == NULL || strcmp(s->tx->queue_id, queue_id) != 0) {
		g_free(s->tx->queue_id);
		s->tx->queue_id = g_strdup(queue_id);
	}
}

const char *
st_session_queue_id(const StSession *s)
{
	return s->tx ? s->tx->queue_id : NULL;
}

const StFileResult *
st_session_last_result(const StSession *s)
{
	return &s->last;
}

StVerdict
st_session_envfrom(StSession *s, const char *from)
{
	tx_free(s);
	s->tx = tx_new();
	/* NULL: the MTA did not say (unknown); "<>": the null sender ("") */
	s->tx->envelope_from = from ? st_strip_address(from) : NULL;
	return ST_VERDICT_CONTINUE;
}

StVerdict
st_session_envrcpt(StSession *s, const char *rcpt)
{
	g_ptr_array_add(tx_get(s)->recipients, st_strip_address(rcpt));
	return ST_VERDICT_CONTINUE;
}

void
st_session_abort(StSession *s)
{
	tx_free(s);
}

/* What to answer when a message cannot be filed: tempfail, or accept
 * when the admin prefers delivery without filing. */
static StVerdict
failure_verdict(StSession *s, const char *what, const char *why)
{
	const StConfig *cfg = s->snap->cfg;
	gboolean accept = strcmp(cfg->on_failure, "accept") == 0;
	g_autofree char *reason = st_printable(why, -1, 300);

	st_log(LOG_ERR, tx_qid(s->tx), "%s: %s; %s", what, reason,
	       accept ? "accepted without filing (on_failure = accept)" : "answered tempfail");
	tx_free(s);
	return accept ? ST_VERDICT_ACCEPT : ST_VERDICT_TEMPFAIL;
}

/* Create the spool file for the current transaction. */
/* Move the message from memory to a new spool file (a message grew past
 * ST_INBOX_MEMORY_MAX, or inline triage needs a file).  TRUE when it is
 * in a file; FALSE with tx->spool_errno set. */
static gboolean
spool_spill(StSession *s)
{
	const StConfig *cfg = s->snap->cfg;
	StTx *tx = s->tx;
	int fd;

	if (tx->spool != NULL || tx->spool_errno != 0)
		return tx->spool != NULL;
	if (g_mkdir_with_parents(cfg->spool_dir, 0700) != 0) {
		tx->spool_errno = errno ? errno : EIO;
		return FALSE;
	}
	tx->spool_path = g_build_filename(cfg->spool_dir, "msg-XXXXXX", NULL);
	fd = g_mkstemp_full(tx->spool_path, O_RDWR | O_CLOEXEC, 0600);
	if (fd < 0) {
		tx->spool_errno = errno ? errno : EIO;
		g_clear_pointer(&tx->spool_path, g_free);
		return FALSE;
	}
	tx->spool = fdopen(fd, "wb");
	if (tx->spool == NULL) {
		tx->spool_errno = errno ? errno : EIO;
		close(fd);
		return FALSE;
	}
	setvbuf(tx->spool, NULL, _IOFBF, SPOOL_BUFFER);
	if (tx->mem != NULL) {
		if (tx->mem->len > 0 && fwrite(tx->mem->str, 1, tx->mem->len, tx->spool) != tx->mem->len)
			tx->spool_errno = errno ? errno : EIO;
		g_string_free(tx->mem, TRUE);
		tx->mem = NULL;
	}
	return tx->spool_errno == 0;
}

static StVerdict
tx_decide(StSession *s)
{
	StTx *tx = tx_get(s);

	if (tx->decided)
		return tx->ours ? ST_VERDICT_CONTINUE : ST_VERDICT_ACCEPT;
	tx->decided = TRUE;
	for (guint i = 0; i < tx->recipients->len && !tx->ours; i++)
		tx->ours = st_config_is_recipient(s->snap->cfg, g_ptr_array_index(tx->recipients, i));
	if (!tx->ours)
		return ST_VERDICT_ACCEPT;
	if (!server_enter(s->srv)) {
		st_log(LOG_INFO, tx_qid(tx), "shutting down: answered tempfail");
		tx_free(s);
		return ST_VERDICT_TEMPFAIL;
	}
	tx->counted = TRUE;
	tx->mem = g_string_sized_new(16 * 1024);
	return ST_VERDICT_CONTINUE;
}

StVerdict
st_session_data(StSession *s)
{
	return tx_decide(s);
}

/* Append LEN bytes to the spool, up to max_message_size.  When CRLF, bare
 * LF become CRLF (folded header values come with LF alone). */
static void
spool_write(StSession *s, const char *data, gsize len, gboolean crlf)
{
	StTx *tx = s->tx;
	gint64 max = s->snap->cfg->limits.max_message_size;
	g_autoptr(GString) conv = NULL;

	if (crlf && memchr(data, '\n', len) != NULL) {
		conv = g_string_sized_new(len + 16);
		for (gsize i = 0; i < len; i++) {
			if (data[i] == '\n' && (i == 0 || data[i - 1] != '\r'))
				g_string_append_c(conv, '\r');
			g_string_append_c(conv, data[i]);
		}
		data = conv->str;
		len = conv->len;
	}
	tx->received += len;
	if (tx->spool_errno != 0 || (tx->spool == NULL && tx->mem == NULL))
		return;
	if (tx->spooled + (gint64)len > max) {
		len = (gsize)(max - tx->spooled);
		tx->truncated = TRUE;
	}
	if (tx->mem != NULL && tx->mem->len + len > ST_INBOX_MEMORY_MAX && !spool_spill(s))
		return;
	if (tx->mem != NULL)
		g_string_append_len(tx->mem, data, len);
	else if (len > 0 && fwrite(data, 1, len, tx->spool) != len)
		tx->spool_errno = errno ? errno : EIO;
	tx->spooled += len;
}

/* Remember the headers eom may have to change. */
static void
tx_note_header(StTx *tx, const char *name, const char *value)
{
	if (g_ascii_strncasecmp(name, HEADER_PREFIX, strlen(HEADER_PREFIX)) == 0) {
		char *key = g_ascii_strdown(name, -1);
		guint n = GPOINTER_TO_UINT(g_hash_table_lookup(tx->xst, key));
		/* a flood of made-up names must not become a flood of edits */
		if (n == 0 && g_hash_table_size(tx->xst) >= MAX_FORGED_NAMES &&
		    strcmp(key, "x-sectriage-id") != 0 && strcmp(key, "x-sectriage-score") != 0 &&
		    strcmp(key, "x-sectriage-missing") != 0) {
			g_free(key);
			return;
		}
		g_hash_table_replace(tx->xst, key, GUINT_TO_POINTER(n + 1));
	} else {
		if (g_ascii_strcasecmp(name, "Subject") == 0 && tx->n_subject++ == 0)
			tx->subject = g_strdup(value);
		st_intake_headers_note(&tx->hdrs, name, value);
	}
}

StVerdict
st_session_header(StSession *s, const char *name, const char *value)
{
	StVerdict v = tx_decide(s);

	if (v != ST_VERDICT_CONTINUE)
		return v;
	if (name == NULL)
		return ST_VERDICT_CONTINUE;
	if (value == NULL)
		value = "";
	tx_note_header(s->tx, name, value);
	spool_write(s, name, strlen(name), TRUE);
	spool_write(s, ": ", 2, FALSE);
	spool_write(s, value, strlen(value), TRUE);
	spool_write(s, "\r\n", 2, FALSE);
	return ST_VERDICT_CONTINUE;
}

StVerdict
st_session_eoh(StSession *s)
{
	StVerdict v = tx_decide(s);

	if (v != ST_VERDICT_CONTINUE)
		return v;
	if (!s->tx->eoh_written) {
		s->tx->eoh_written = TRUE;
		spool_write(s, "\r\n", 2, FALSE);
	}
	return ST_VERDICT_CONTINUE;
}

StVerdict
st_session_body(StSession *s, const void *data, gsize len)
{
	StVerdict v = st_session_eoh(s);

	if (v != ST_VERDICT_CONTINUE)
		return v;
	spool_write(s, data, len, FALSE);
	return s->tx->truncated ? ST_VERDICT_SKIP : ST_VERDICT_CONTINUE;
}

/* ---- end of message ---- */

static StHeaderOp *
header_op(gboolean change, const char *name, int index, const char *value)
{
	StHeaderOp *op = g_new0(StHeaderOp, 1);

	op->change = change;
	op->name = g_strdup(name);
	op->index = index;
	op->value = g_strdup(value);
	return op;
}

void
st_header_op_free(StHeaderOp *op)
{
	if (op == NULL)
		return;
	g_free(op->name);
	g_free(op->value);
	g_free(op);
}

/* Set NAME to VALUE: change the first incoming copy (a forgery) and delete
 * the others, or add it. */
static void
ops_set(GPtrArray *ops, GHashTable *xst, const char *name, const char *value)
{
	g_autofree char *key = g_ascii_strdown(name, -1);
	guint n = GPOINTER_TO_UINT(g_hash_table_lookup(xst, key));

	if (n == 0) {
		g_ptr_array_add(ops, header_op(FALSE, name, 0, value));
		return;
	}
	g_ptr_array_add(ops, header_op(TRUE, name, 1, value));
	for (guint i = n; i >= 2; i--)
		g_ptr_array_add(ops, header_op(TRUE, name, (int)i, NULL));
	g_hash_table_remove(xst, key);
}

/* The header changes for a filed message. */
static GPtrArray *
build_ops(StTx *tx, const char *tracking_id, const StFileResult *res)
{
	GPtrArray *ops = g_ptr_array_new_with_free_func((GDestroyNotify)st_header_op_free);
	g_autofree char *auto_key = g_ascii_strdown(ST_AUTO_HEADER, -1);
	GHashTableIter it;
	gpointer key, value;

	ops_set(ops, tx->xst, "X-Sectriage-Id", tracking_id);
	if (res != NULL) {     /* analysed before the answer (triage = inline) */
		g_autofree char *score = g_strdup_printf("%d", res->score);
		ops_set(ops, tx->xst, "X-Sectriage-Score", score);
		ops_set(ops, tx->xst, "X-Sectriage-Missing",
			res->missing && *res->missing ? res->missing : "none");
	}
	/* Any other X-Sectriage-* header came from outside: remove it (our
	 * own outgoing mail's marker stays: it stops acknowledgment loops). */
	g_hash_table_iter_init(&it, tx->xst);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		if (strcmp(key, auto_key) == 0)
			continue;
		for (guint i = GPOINTER_TO_UINT(value); i >= 1; i--)
			g_ptr_array_add(ops, header_op(TRUE, key, (int)i, NULL));
	}

	g_autofree char *subj = g_ascii_strdown(tx->subject ? tx->subject : "", -1);
	g_autofree char *id = g_ascii_strdown(tracking_id, -1);
	if (strstr(subj, id) == NULL) {
		g_autofree char *v = NULL;
		if (tx->n_subject == 0) {
			v = g_strdup_printf("[%s]", tracking_id);
			g_ptr_array_add(ops, header_op(FALSE, "Subject", 0, v));
		} else {
			g_autofree char *orig = g_strchug(g_strdup(tx->subject));
			g_auto(GStrv) lines = g_strsplit(orig, "\r\n", -1);
			g_autofree char *lf = g_strjoinv("\n", lines);
			v = g_strdup_printf("[%s] %s", tracking_id, lf);
			g_ptr_array_add(ops, header_op(TRUE, "Subject", 1, v));
		}
	}
	return ops;
}

/* Finish the spool: in memory still, or (NEED_FILE, or it grew) a closed
 * file at tx->spool_path.  FALSE with the reason when it was not written
 * whole. */
static gboolean
spool_close(StSession *s, gboolean need_file, GError **error)
{
	StTx *tx = s->tx;
	int e;

	if (!tx->eoh_written) {
		/* a message with no body: still a header block and its end */
		tx->eoh_written = TRUE;
		if (tx->mem != NULL)
			g_string_append_len(tx->mem, "\r\n", 2);
		else if (tx->spool && fwrite("\r\n", 1, 2, tx->spool) != 2 && tx->spool_errno == 0)
			tx->spool_errno = errno ? errno : EIO;
	}
	if (need_file && tx->mem != NULL)
		spool_spill(s);
	e = tx->spool_errno;
	if (tx->spool != NULL) {
		if (fclose(tx->spool) != 0 && e == 0)
			e = errno ? errno : EIO;
		tx->spool = NULL;
	}
	if (e != 0) {
		g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e),
			    "writing spool file %s: %s",
			    tx->spool_path ? tx->spool_path : s->snap->cfg->spool_dir, g_strerror(e));
		return FALSE;
	}
	return TRUE;
}

/* The envelope of the current transaction; recipients NULL-terminated
 * until tx_envelope_done. */
static StEnvelope
tx_envelope(StSession *s)
{
	StTx *tx = s->tx;

	g_ptr_array_add(tx->recipients, NULL);
	return (StEnvelope){
		.queue_id = tx->queue_id,
		.envelope_from = tx->envelope_from,
		.recipients = (const char *const *)tx->recipients->pdata,
		.client_addr = s->client_addr,
		.client_name = s->client_name,
		.helo = s->helo,
	};
}

static void
tx_envelope_done(StTx *tx)
{
	g_ptr_array_remove_index(tx->recipients, tx->recipients->len - 1);
}

/* Analyse and file the spool.  TRUE with RES filled; FALSE with ERROR. */
static gboolean
tx_file(StSession *s, StFileResult *res, GError **error)
{
	StTx *tx = s->tx;
	const StConfig *cfg = s->snap->cfg;
	g_autoptr(StAnalysis) a = NULL;
	gboolean ok;

	if (!spool_close(s, TRUE, error))
		return FALSE;
	a = st_analyze_file(cfg, s->snap->rules, tx->spool_path, tx->envelope_from, error);
	if (a == NULL)
		return FALSE;
	if (tx->truncated)
		st_flag_add(a->flags, "truncated");
	StEnvelope env = tx_envelope(s);
	/* group commit: concurrent filings share one transaction and fsync */
	ok = st_store_pool_file(s->snap->pool, cfg, s->snap->rules, a, &env, tx->spool_path,
				res, error);
	tx_envelope_done(tx);
	return ok;
}

/* Deferred triage: take the spool in (inbox.h); RES gets the tracking id
 * and report.  FALSE with ERROR. */
static gboolean
tx_intake(StSession *s, StFileResult *res, GError **error)
{
	StTx *tx = s->tx;
	StIntakeResult in = { 0 };
	gboolean ok;

	if (!spool_close(s, FALSE, error))
		return FALSE;
	StEnvelope env = tx_envelope(s);
	StRaw raw = { .path = tx->spool_path, .data = tx->mem ? tx->mem->str : NULL,
		      .len = tx->mem ? tx->mem->len : 0 };
	ok = st_inbox_add(s->snap->pool, s->snap->cfg, &env, &tx->hdrs, &raw,
			  tx->truncated, &in, error);
	tx_envelope_done(tx);
	if (!ok)
		return FALSE;
	res->tracking_id = g_steal_pointer(&in.tracking_id);
	res->report_id = in.report_id;
	res->followup = !in.reserved && !in.retry;
	res->duplicate = in.retry;
	g_autofree char *from = st_log_peer(tx->envelope_from);
	st_log(LOG_INFO, tx_qid(tx), "queued %s %s for triage from=<%s> size=%" G_GINT64_FORMAT "%s",
	       res->tracking_id, in.reserved ? "new" : in.retry ? "retry" : "followup",
	       from, tx->received, tx->truncated ? " truncated" : "");
	st_intake_result_clear(&in);
	return TRUE;
}

StVerdict
st_session_eom(StSession *s, GPtrArray **ops)
{
	g_autoptr(GError) error = NULL;
	StTx *tx;

	StVerdict v;

	if (ops != NULL)
		*ops = NULL;
	v = tx_decide(s);
	if (v != ST_VERDICT_CONTINUE) {
		tx_free(s);
		return v;
	}
	tx = s->tx;
	st_file_result_clear(&s->last);
	gboolean deferred = strcmp(s->snap->cfg->triage, "inline") != 0;
	if (!(deferred ? tx_intake(s, &s->last, &error) : tx_file(s, &s->last, &error))) {
		st_file_result_clear(&s->last);
		return failure_verdict(s, "filing failed", error ? error->message : "unknown error");
	}
	s->n_messages++;
	if (!deferred) {
		g_autofree char *tail = g_strdup_printf(" size=%" G_GINT64_FORMAT "%s",
							tx->received, tx->truncated ? " truncated" : "");
		st_file_result_log(&s->last, "filed", tx->queue_id, tx->envelope_from, tail);
	}
	if (ops != NULL)
		*ops = build_ops(tx, s->last.tracking_id, deferred ? NULL : &s->last);
	if (deferred)
		server_kick_triage(s->srv);
	else if (s->last.ack_queued)
		st_server_kick_outbox(s->srv);
	tx_free(s);
	return ST_VERDICT_ACCEPT;
}
