/*
 * outbox.c — delivering the outbox table: acknowledgments, follow-up notes,
 * notices and digests (issue #4).
 *
 * Functions:
 *   st_outbox_submit()  hand one message to the MTA
 *   st_outbox_flush()   send every row that is due, with claims and backoff
 *   st_outbox_thread_*  the milter's sender thread
 *
 * Submission (cfg->submit):
 *   - a command, split with g_shell_parse_argv (no shell), that reads the
 *     message on stdin.  Every "%r" in an argument is replaced by the
 *     recipient; a command without "%r" gets "--" and the recipient appended
 *     and any "-t" removed, so the recipient always comes from the outbox
 *     row, never from headers.  The command must itself ask for the null
 *     envelope sender (sendmail: -f '').  It is killed after
 *     ST_SUBMIT_TIMEOUT_S; a non-zero exit is a failed attempt whose error is
 *     its stderr (printable, bounded).
 *   - "smtp:HOST:PORT": a minimal SMTP client (GSocketClient): EHLO (HELO
 *     when refused), MAIL FROM:<>, RCPT TO, DATA with CRLF line ends and
 *     dot-stuffing, QUIT.  A 4xx/5xx reply is a failed attempt with the
 *     server's words as the error.
 *
 * Delivery of the table: a due row (status 'pending' and next_attempt_at <=
 * now, or 'sending' claimed more than ST_CLAIM_STALE_S ago by a sender that
 * died) is claimed with one UPDATE ... WHERE status = ... (SQLite serialises
 * writers, so exactly one of two concurrent senders wins), submitted outside
 * any transaction, then marked in one transaction: 'sent' (sent_at; for an
 * ack also reports.acked_at and reports.embargo_until unless already set;
 * event KIND-sent) or a failed attempt (attempts + 1, next_attempt_at = now
 * + retry_base_s * 2^(attempts), at most an hour, last_error; event
 * KIND-retry, or 'failed' and KIND-failed after retry_max attempts).
 * Only a sender that dies between the MTA's acceptance and the mark can
 * send a row twice (after ST_CLAIM_STALE_S).
 *
 * The sender thread flushes at start (rows left from before a restart), when
 * kicked (the milter kicks it after each filing), when the next retry is due
 * (at most once a second) and at least every INTERVAL_MS.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <sqlite3.h>

#include "sectriage/common.h"
#include "sectriage/outbox.h"
#include "sectriage/rules.h"
#include "sectriage/sla.h"
#include "sectriage/sqlutil.h"
#include "sectriage/wake.h"

#define ST_SUBMIT_TIMEOUT_S 60
#define ST_CLAIM_STALE_S 600
#define ST_BACKOFF_MAX_S 3600
#define ST_ERROR_MAX 500

G_DEFINE_QUARK(st-outbox-error-quark, st_outbox_error)


/* ---- submission by command ---------------------------------------------- */

/* The argv to run for RECIPIENT (g_strfreev), or NULL with ERROR. */
static char **
submit_argv(const char *command, const char *recipient, GError **error)
{
	g_auto(GStrv) argv = NULL;
	gboolean subst = FALSE;

	if (!g_shell_parse_argv(command, NULL, &argv, error))
		return NULL;
	GPtrArray *out = g_ptr_array_new();
	for (char **a = argv; *a; a++)
		if (strstr(*a, "%r") != NULL)
			subst = TRUE;
	for (char **a = argv; *a; a++) {
		if (subst) {
			g_auto(GStrv) parts = g_strsplit(*a, "%r", -1);
			g_ptr_array_add(out, g_strjoinv(recipient, parts));
		} else if (strcmp(*a, "-t") != 0 || a == argv) {
			g_ptr_array_add(out, g_strdup(*a));
		}
	}
	if (!subst) {
		g_ptr_array_add(out, g_strdup("--"));
		g_ptr_array_add(out, g_strdup(recipient));
	}
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(out, FALSE);
}

typedef struct {
	gboolean done;
	gboolean timed_out;
	GBytes *err;
	GError *error;
	GSubprocess *proc;
	GCancellable *cancel;
} RunState;

static void
communicate_done(GObject *src, GAsyncResult *res, gpointer data)
{
	RunState *s = data;

	g_subprocess_communicate_finish(G_SUBPROCESS(src), res, NULL, &s->err, &s->error);
	s->done = TRUE;
}

static gboolean
run_timeout(gpointer data)
{
	RunState *s = data;

	s->timed_out = TRUE;
	g_subprocess_force_exit(s->proc);
	g_cancellable_cancel(s->cancel);
	return G_SOURCE_REMOVE;
}

/* The error text of a failed command: its stderr, else how it ended. */
static char *
command_error(RunState *s)
{
	gsize n = 0;
	const char *e = s->err ? g_bytes_get_data(s->err, &n) : NULL;

	if (s->timed_out)
		return g_strdup_printf("timed out after %d s", ST_SUBMIT_TIMEOUT_S);
	if (e && n > 0) {
		g_autofree char *raw = g_strstrip(g_strndup(e, n));
		g_auto(GStrv) lines = g_strsplit(raw, "\n", -1);
		g_autofree char *one = g_strjoinv(" | ", lines);
		if (*one != '\0')
			return st_printable(one, -1, ST_ERROR_MAX);
	}
	if (g_subprocess_get_if_exited(s->proc))
		return g_strdup_printf("exit status %d", g_subprocess_get_exit_status(s->proc));
	if (g_subprocess_get_if_signaled(s->proc))
		return g_strdup_printf("killed by signal %d", g_subprocess_get_term_sig(s->proc));
	return g_strdup("failed");
}

static gboolean
submit_command(const char *command, const char *recipient, const char *message,
	       gsize len, GError **error)
{
	g_auto(GStrv) argv = submit_argv(command, recipient, error);
	if (argv == NULL)
		return FALSE;

	g_autoptr(GMainContext) ctx = g_main_context_new();
	g_main_context_push_thread_default(ctx);
	RunState s = { 0 };
	gboolean ok = FALSE;
	s.proc = g_subprocess_newv((const char *const *)argv,
				   G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
				   G_SUBPROCESS_FLAGS_STDERR_PIPE, error);
	if (s.proc != NULL) {
		g_autoptr(GBytes) in = g_bytes_new_static(message, len);
		s.cancel = g_cancellable_new();
		GSource *timer = g_timeout_source_new_seconds(ST_SUBMIT_TIMEOUT_S);
		g_source_set_callback(timer, run_timeout, &s, NULL);
		g_source_attach(timer, ctx);
		g_subprocess_communicate_async(s.proc, in, s.cancel, communicate_done, &s);
		while (!s.done)
			g_main_context_iteration(ctx, TRUE);
		g_source_destroy(timer);
		g_source_unref(timer);
		g_subprocess_wait(s.proc, NULL, NULL);
		ok = !s.timed_out && g_subprocess_get_successful(s.proc);
		if (!ok) {
			g_autofree char *why = command_error(&s);
			g_set_error(error, ST_OUTBOX_ERROR, 1, "%s: %s", argv[0], why);
		}
		g_clear_error(&s.error);
		g_clear_pointer(&s.err, g_bytes_unref);
		g_object_unref(s.cancel);
		g_object_unref(s.proc);
	}
	g_main_context_pop_thread_default(ctx);
	return ok;
}

/* ---- submission by SMTP ------------------------------------------------- */

typedef struct {
	GDataInputStream *in;
	GOutputStream *out;
} Smtp;

/* Read one reply; TRUE when its code is in the class of EXPECT (2xx, 3xx). */
static gboolean
smtp_reply(Smtp *c, int expect, const char *step, GError **error)
{
	g_autoptr(GString) text = g_string_new(NULL);
	int code = 0;

	for (int lines = 0; lines < 100; lines++) {
		gsize n = 0;
		g_autofree char *line = g_data_input_stream_read_line(c->in, &n, NULL, error);
		if (line == NULL) {
			if (error && *error == NULL)
				g_set_error(error, ST_OUTBOX_ERROR, 2, "%s: connection closed", step);
			return FALSE;
		}
		g_strchomp(line);
		if (text->len)
			g_string_append_c(text, ' ');
		g_string_append(text, line);
		code = n >= 3 ? atoi(line) : 0;
		if (n < 4 || line[3] != '-')
			break;
	}
	if (code / 100 == expect / 100)
		return TRUE;
	g_autofree char *p = st_printable(text->str, text->len, ST_ERROR_MAX);
	g_set_error(error, ST_OUTBOX_ERROR, code >= 400 && code < 500 ? 4 : 5,
		    "%s: %s", step, p);
	return FALSE;
}

static gboolean
smtp_send(Smtp *c, const char *line, GError **error)
{
	return g_output_stream_write_all(c->out, line, strlen(line), NULL, NULL, error);
}

/* The message with CRLF line ends, dot-stuffed, ending "\r\n.\r\n". */
static GString *
smtp_data(const char *message, gsize len)
{
	GString *d = g_string_sized_new(len + len / 40 + 8);
	gboolean bol = TRUE;

	for (gsize i = 0; i < len; i++) {
		char ch = message[i];
		if (bol && ch == '.')
			g_string_append_c(d, '.');
		if (ch == '\n') {
			g_string_append(d, "\r\n");
			bol = TRUE;
			continue;
		}
		if (ch == '\r' && i + 1 < len && message[i + 1] == '\n')
			continue;
		g_string_append_c(d, ch);
		bol = FALSE;
	}
	if (!bol)
		g_string_append(d, "\r\n");
	g_string_append(d, ".\r\n");
	return d;
}

static gboolean
submit_smtp(const char *hostport, const char *recipient, const char *message,
	    gsize len, GError **error)
{
	g_autoptr(GSocketClient) client = g_socket_client_new();
	g_socket_client_set_timeout(client, ST_SUBMIT_TIMEOUT_S);
	g_autoptr(GSocketConnection) conn =
		g_socket_client_connect_to_host(client, hostport, 25, NULL, error);
	if (conn == NULL)
		return FALSE;

	g_autoptr(GDataInputStream) in =
		g_data_input_stream_new(g_io_stream_get_input_stream(G_IO_STREAM(conn)));
	g_data_input_stream_set_newline_type(in, G_DATA_STREAM_NEWLINE_TYPE_ANY);
	Smtp c = { in, g_io_stream_get_output_stream(G_IO_STREAM(conn)) };
	g_autofree char *rcpt = g_strdup_printf("RCPT TO:<%s>\r\n", recipient);
	g_autoptr(GString) data = smtp_data(message, len);
	g_autofree char *ehlo = g_strdup_printf("EHLO %s\r\n", "localhost");
	GError *e = NULL;

	gboolean ok = smtp_reply(&c, 220, "greeting", error)
		&& smtp_send(&c, ehlo, error);
	if (ok && !smtp_reply(&c, 250, "EHLO", &e)) {
		g_clear_error(&e);
		ok = smtp_send(&c, "HELO localhost\r\n", error) && smtp_reply(&c, 250, "HELO", error);
	}
	ok = ok && smtp_send(&c, "MAIL FROM:<>\r\n", error)
		&& smtp_reply(&c, 250, "MAIL FROM", error)
		&& smtp_send(&c, rcpt, error)
		&& smtp_reply(&c, 250, "RCPT TO", error)
		&& smtp_send(&c, "DATA\r\n", error)
		&& smtp_reply(&c, 354, "DATA", error)
		&& g_output_stream_write_all(c.out, data->str, data->len, NULL, NULL, error)
		&& smtp_reply(&c, 250, "end of data", error);
	/* QUIT is a courtesy: the message is accepted once "end of data" said
	 * 250.  Not waiting for its reply shortens the window in which a sender
	 * killed before recording 'sent' would send the message again. */
	smtp_send(&c, "QUIT\r\n", NULL);
	g_io_stream_close(G_IO_STREAM(conn), NULL, NULL);
	return ok;
}

/* An address we are willing to put in a command line or RCPT TO. */
static gboolean
recipient_ok(const char *r)
{
	if (r == NULL || *r == '\0' || *r == '-' || strchr(r, '@') == NULL || strlen(r) > 254)
		return FALSE;
	for (const char *p = r; *p; p++)
		if ((guchar)*p <= ' ' || *p == '<' || *p == '>' || *p == 0x7f)
			return FALSE;
	return TRUE;
}

gboolean
st_outbox_submit(const StConfig *cfg, const char *recipient, const char *message,
		 gsize len, GError **error)
{
	g_return_val_if_fail(cfg != NULL && message != NULL, FALSE);
	if (!recipient_ok(recipient)) {
		g_set_error(error, ST_OUTBOX_ERROR, 5, "refusing recipient address");
		return FALSE;
	}
	if (cfg->submit == NULL || *cfg->submit == '\0') {
		g_set_error(error, ST_OUTBOX_ERROR, 5, "outbox.submit is empty");
		return FALSE;
	}
	if (g_str_has_prefix(cfg->submit, "smtp:"))
		return submit_smtp(cfg->submit + 5, recipient, message, len, error);
	return submit_command(cfg->submit, recipient, message, len, error);
}

/* ---- the outbox table ------------------------------------------------- */

typedef struct {
	gint64 id;
	gint64 report_id;      /* 0: none (a digest) */
	gint64 attempts;
	gint64 created_at;
	char *kind;
	char *recipient;
	GBytes *message;
} Row;

static void
row_clear(Row *r)
{
	g_free(r->kind);
	g_free(r->recipient);
	if (r->message)
		g_bytes_unref(r->message);
	memset(r, 0, sizeof *r);
}

/* Run one statement SQL binding the int64 arguments (N of them).  The
 * number of rows changed in *CHANGES when non-NULL. */
static gboolean
exec_ints(sqlite3 *db, const char *sql, int *changes, GError **error, int n, ...)
{
	sqlite3_stmt *st = NULL;
	va_list ap;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return st_sql_fail(db, "outbox: prepare", error);
	va_start(ap, n);
	for (int i = 1; i <= n; i++)
		sqlite3_bind_int64(st, i, va_arg(ap, gint64));
	va_end(ap);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return st_sql_fail(db, "outbox: step", error);
	if (changes)
		*changes = sqlite3_changes(db);
	return TRUE;
}

static gboolean
add_event(sqlite3 *db, gint64 report_id, gint64 at, const char *kind, const char *detail,
	  GError **error)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db, "INSERT INTO events(report_id, at, actor, kind, detail)"
			       " VALUES (?1, ?2, 'outbox', ?3, ?4)", -1, &st, NULL) != SQLITE_OK)
		return st_sql_fail(db, "outbox: prepare event", error);
	if (report_id > 0)
		sqlite3_bind_int64(st, 1, report_id);
	sqlite3_bind_int64(st, 2, at);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, detail, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? TRUE : st_sql_fail(db, "outbox: insert event", error);
}

/* This process as a claimer: "HOST PID START" (START: its start time in
 * clock ticks since boot, /proc/PID/stat field 22, so a reused pid is not
 * mistaken for us).  Static string. */
static const char *
claimer_self(void)
{
	static gsize once = 0;
	static char id[300];
	if (g_once_init_enter(&once)) {
		g_autofree char *stat = NULL;
		unsigned long long start = 0;
		if (g_file_get_contents("/proc/self/stat", &stat, NULL, NULL)) {
			const char *p = strrchr(stat, ')');
			/* fields after the command: state is field 3, start time 22 */
			for (int f = 2; p && f < 22; f++)
				p = strchr(p + 1, ' ');
			if (p)
				start = g_ascii_strtoull(p + 1, NULL, 10);
		}
		g_snprintf(id, sizeof id, "%s %d %llu", g_get_host_name(), (int)getpid(), start);
		g_once_init_leave(&once, 1);
	}
	return id;
}

/* TRUE when CLAIMER names a process of this host that no longer runs (or
 * whose pid now belongs to another process). */
static gboolean
claimer_dead(const char *claimer)
{
	char host[256];
	int pid = 0;
	unsigned long long start = 0;
	if (claimer == NULL || sscanf(claimer, "%255s %d %llu", host, &pid, &start) != 3 ||
	    strcmp(host, g_get_host_name()) != 0 || pid <= 0)
		return FALSE;
	g_autofree char *path = g_strdup_printf("/proc/%d/stat", pid);
	g_autofree char *stat = NULL;
	if (!g_file_get_contents(path, &stat, NULL, NULL))
		return TRUE;
	const char *p = strrchr(stat, ')');
	for (int f = 2; p && f < 22; f++)
		p = strchr(p + 1, ' ');
	return p != NULL && g_ascii_strtoull(p + 1, NULL, 10) != start;
}

/* Ids of the rows due at NOW, oldest due first: pending rows whose time
 * has come, and claims that are stale or whose sender died. */
static GArray *
due_rows(sqlite3 *db, gint64 now, GError **error)
{
	sqlite3_stmt *st = NULL;
	GArray *ids = g_array_new(FALSE, FALSE, sizeof(gint64));

	if (sqlite3_prepare_v2(db, "SELECT id, status, COALESCE(claimed_at, 0), claimed_by"
			       " FROM outbox WHERE (status = 'pending' AND next_attempt_at <= ?1)"
			       " OR status = 'sending' ORDER BY next_attempt_at, id",
			       -1, &st, NULL) != SQLITE_OK) {
		st_sql_fail(db, "outbox: prepare due", error);
		g_array_unref(ids);
		return NULL;
	}
	sqlite3_bind_int64(st, 1, now);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		gint64 id = sqlite3_column_int64(st, 0);
		gboolean sending = strcmp((const char *)sqlite3_column_text(st, 1), "sending") == 0;
		if (sending && sqlite3_column_int64(st, 2) > now - ST_CLAIM_STALE_S &&
		    !claimer_dead((const char *)sqlite3_column_text(st, 3)))
			continue;
		g_array_append_val(ids, id);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		st_sql_fail(db, "outbox: select due", error);
		g_array_unref(ids);
		return NULL;
	}
	return ids;
}

/* Who holds row ID now (its claimed_by), or NULL; g_free. */
static char *
claim_holder(sqlite3 *db, gint64 id)
{
	sqlite3_stmt *q = NULL;
	char *holder = NULL;

	if (sqlite3_prepare_v2(db, "SELECT claimed_by FROM outbox WHERE id = ?1", -1, &q,
			       NULL) == SQLITE_OK) {
		sqlite3_bind_int64(q, 1, id);
		if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0))
			holder = g_strdup((const char *)sqlite3_column_text(q, 0));
	}
	sqlite3_finalize(q);
	return holder;
}

/* Mark row ID 'sending' by us when it is due, stale, or orphaned by HOLDER.
 * 1 taken, 0 someone else has it, -1 error. */
static int
take_row(sqlite3 *db, gint64 id, gint64 now, const char *holder, GError **error)
{
	sqlite3_stmt *up = NULL;

	if (sqlite3_prepare_v2(db, "UPDATE outbox SET status = 'sending', claimed_at = ?2,"
			       " claimed_by = ?4 WHERE id = ?1 AND ((status = 'pending' AND"
			       " next_attempt_at <= ?2) OR (status = 'sending' AND"
			       " (COALESCE(claimed_at, 0) <= ?3 OR (?5 AND claimed_by IS ?6))))",
			       -1, &up, NULL) != SQLITE_OK) {
		st_sql_fail(db, "outbox: prepare claim", error);
		return -1;
	}
	sqlite3_bind_int64(up, 1, id);
	sqlite3_bind_int64(up, 2, now);
	sqlite3_bind_int64(up, 3, now - ST_CLAIM_STALE_S);
	sqlite3_bind_text(up, 4, claimer_self(), -1, SQLITE_STATIC);
	sqlite3_bind_int(up, 5, claimer_dead(holder));
	if (holder)
		sqlite3_bind_text(up, 6, holder, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(up, 6);
	gboolean rc_ok = sqlite3_step(up) == SQLITE_DONE;
	int changes = sqlite3_changes(db);
	sqlite3_finalize(up);
	if (!rc_ok) {
		st_sql_fail(db, "outbox: claim", error);
		return -1;
	}
	return changes > 0 ? 1 : 0;
}

/* Read row ID into R.  FALSE with ERROR. */
static gboolean
read_row(sqlite3 *db, gint64 id, Row *r, GError **error)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db, "SELECT COALESCE(report_id, 0), kind, recipient, message,"
			       " attempts, created_at FROM outbox WHERE id = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return st_sql_fail(db, "outbox: prepare row", error);
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return st_sql_fail(db, "outbox: read row", error);
	}
	r->id = id;
	r->report_id = sqlite3_column_int64(st, 0);
	r->kind = g_strdup((const char *)sqlite3_column_text(st, 1));
	r->recipient = g_strdup((const char *)sqlite3_column_text(st, 2));
	const void *blob = sqlite3_column_blob(st, 3);
	r->message = g_bytes_new(blob, sqlite3_column_bytes(st, 3));
	r->attempts = sqlite3_column_int64(st, 4);
	r->created_at = sqlite3_column_int64(st, 5);
	sqlite3_finalize(st);
	return TRUE;
}

/* Claim row ID and read it into R.  1 claimed, 0 someone else has it, -1 error. */
static int
claim(sqlite3 *db, gint64 id, gint64 now, Row *r, GError **error)
{
	/* A 'sending' row was found stale or orphaned by due_rows; the
	 * claimed_by comparison makes the take-over atomic against a rival. */
	g_autofree char *holder = claim_holder(db, id);
	int taken = take_row(db, id, now, holder, error);

	if (taken <= 0)
		return taken;
	return read_row(db, id, r, error) ? 1 : -1;
}

/* The embargo end counted from AT (the acknowledgment), or 0 without rules. */
static gint64
embargo_end(const StConfig *cfg, StRules **rules, gint64 at)
{
	if (*rules == NULL) {
		g_autofree char *dir = st_config_rules_dir(cfg);
		GError *e = NULL;
		*rules = st_rules_load(dir, &e);
		if (*rules == NULL) {
			g_message("outbox: rules not loaded, embargo left unset: %s", e->message);
			g_error_free(e);
			return 0;
		}
	}
	g_autoptr(GDateTime) ack = g_date_time_new_from_unix_utc(at);
	g_autoptr(GDateTime) end = st_sla_embargo_end(*rules, ack);
	return end ? g_date_time_to_unix(end) : 0;
}

static gboolean
mark_sent(sqlite3 *db, const StConfig *cfg, StRules **rules, const Row *r, gint64 now,
	  GError **error)
{
	gboolean ack = !strcmp(r->kind, "ack") && r->report_id > 0;
	/* The embargo counts from the acknowledgment as composed (its text says so). */
	gint64 embargo = ack ? embargo_end(cfg, rules, r->created_at > 0 ? r->created_at : now) : 0;
	g_autofree char *kind = g_strconcat(r->kind, "-sent", NULL);
	g_autofree char *who = st_printable(r->recipient, -1, 200);
	g_autofree char *detail = g_strdup_printf("outbox %" G_GINT64_FORMAT " to %s", r->id, who);

	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return st_sql_fail(db, "outbox: begin", error);
	gboolean ok = exec_ints(db, "UPDATE outbox SET status = 'sent', sent_at = ?2,"
				" last_error = NULL WHERE id = ?1", NULL, error, 2, r->id, now)
		&& (!ack || exec_ints(db, "UPDATE reports SET acked_at = COALESCE(acked_at, ?2),"
				      " embargo_until = COALESCE(embargo_until, NULLIF(?3, 0))"
				      " WHERE id = ?1", NULL, error, 3, r->report_id, now, embargo))
		&& add_event(db, r->report_id, now, kind, detail, error);
	if (ok && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		ok = st_sql_fail(db, "outbox: commit", error);
	if (!ok && !sqlite3_get_autocommit(db))
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return ok;
}

/* The MTA has the message: its 'sent' must be recorded, or a later claim
 * would send it again.  A database locked past the busy timeout (another
 * writer, a backup), a full disk or a passing I/O error is waited out, up
 * to two minutes, before giving up. */
static gboolean
mark_sent_patiently(sqlite3 *db, const StConfig *cfg, StRules **rules, const Row *r,
		    gint64 now, GError **error)
{
	gulong pause_us = 100000;
	gint64 give_up = g_get_monotonic_time() + G_GINT64_CONSTANT(120) * G_USEC_PER_SEC;

	for (;;) {
		GError *e = NULL;
		if (mark_sent(db, cfg, rules, r, now, &e))
			return TRUE;
		/* locked, full or a passing I/O error: the space or the lock
		 * comes back; a broken database does not, and SQL errors are ours */
		gboolean transient = e->domain == ST_STORE_ERROR &&
			(e->code == ST_STORE_ERROR_BUSY || e->code == ST_STORE_ERROR_FULL ||
			 e->code == ST_STORE_ERROR_IO);
		if (!transient || g_get_monotonic_time() > give_up) {
			g_propagate_error(error, e);
			return FALSE;
		}
		g_info("outbox: %s %" G_GINT64_FORMAT " sent, recording it: %s (retrying)",
		       r->kind, r->id, e->message);
		g_error_free(e);
		g_usleep(pause_us);
		pause_us = MIN(pause_us * 2, 5 * G_USEC_PER_SEC);
	}
}

/* Record a failed attempt: retry with backoff, or 'failed' after retry_max. */
static gboolean
mark_failed(sqlite3 *db, const StConfig *cfg, const Row *r, gint64 now, const char *why,
	    GError **error)
{
	gint64 attempts = r->attempts + 1;
	gboolean final = attempts >= cfg->retry_max;
	gint64 delay = MAX(cfg->retry_base_s, 1);
	for (gint64 i = 0; i < r->attempts && delay < ST_BACKOFF_MAX_S; i++)
		delay *= 2;
	delay = MIN(delay, ST_BACKOFF_MAX_S);
	g_autofree char *kind = g_strconcat(r->kind, final ? "-failed" : "-retry", NULL);
	g_autofree char *detail = g_strdup_printf("outbox %" G_GINT64_FORMAT " attempt %" G_GINT64_FORMAT
						  "%s: %s", r->id, attempts,
						  final ? " (giving up)" : "", why);
	sqlite3_stmt *st = NULL;

	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return st_sql_fail(db, "outbox: begin", error);
	gboolean ok = sqlite3_prepare_v2(db, "UPDATE outbox SET status = ?2, attempts = ?3,"
					 " next_attempt_at = ?4, claimed_at = NULL, last_error = ?5"
					 " WHERE id = ?1", -1, &st, NULL) == SQLITE_OK;
	if (ok) {
		sqlite3_bind_int64(st, 1, r->id);
		sqlite3_bind_text(st, 2, final ? "failed" : "pending", -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, attempts);
		sqlite3_bind_int64(st, 4, final ? now : now + delay);
		sqlite3_bind_text(st, 5, why, -1, SQLITE_TRANSIENT);
		ok = sqlite3_step(st) == SQLITE_DONE;
	}
	sqlite3_finalize(st);
	if (!ok)
		st_sql_fail(db, "outbox: update attempt", error);
	ok = ok && add_event(db, r->report_id, now, kind, detail, error);
	if (ok && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		ok = st_sql_fail(db, "outbox: commit", error);
	if (!ok && !sqlite3_get_autocommit(db))
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return ok;
}

int
st_outbox_flush(StStore *store, const StConfig *cfg, gint64 now, int *failed, GError **error)
{
	g_return_val_if_fail(store != NULL && cfg != NULL, -1);
	sqlite3 *db = st_store_db(store);
	g_autoptr(GArray) ids = due_rows(db, now, error);
	g_autoptr(StRules) rules = NULL;
	int sent = 0, bad = 0;

	if (failed)
		*failed = 0;
	if (ids == NULL)
		return -1;
	for (guint i = 0; i < ids->len; i++) {
		Row r = { 0 };
		int c = claim(db, g_array_index(ids, gint64, i), now, &r, error);
		if (c < 0)
			return -1;
		if (c == 0)
			continue;
		gsize len = 0;
		const char *msg = g_bytes_get_data(r.message, &len);
		GError *e = NULL;
		g_autofree char *who = st_printable(r.recipient, -1, 200);
		gboolean ok;
		/* everything mark_sent needs is ready before the message goes
		 * out (the rules for the embargo date): between the MTA's 250
		 * and the recorded 'sent' there is only the UPDATE */
		if (!strcmp(r.kind, "ack"))
			(void)embargo_end(cfg, &rules, r.created_at > 0 ? r.created_at : now);
		if (st_outbox_submit(cfg, r.recipient, msg ? msg : "", len, &e)) {
			ok = mark_sent_patiently(db, cfg, &rules, &r, now, error);
			g_info("outbox: %s %" G_GINT64_FORMAT " to <%s> sent", r.kind, r.id, who);
			sent++;
		} else {
			g_info("outbox: %s %" G_GINT64_FORMAT " to <%s> not sent: %s",
				  r.kind, r.id, who, e->message);
			ok = mark_failed(db, cfg, &r, now, e->message, error);
			g_error_free(e);
			bad++;
		}
		row_clear(&r);
		if (!ok)
			return -1;
	}
	if (failed)
		*failed = bad;
	return sent;
}

/* ---- the sender thread ------------------------------------------------ */

struct StOutboxThread {
	GThread *thread;
	StWake wake;
	GMutex lock;
	StConfig *cfg;          /* under lock */
	int interval_ms;
};

/* Seconds from NOW until the next pending row is due (0: due now), or -1
 * when nothing is pending. */
static gint64
next_due_in(StStore *store, gint64 now)
{
	sqlite3 *db = st_store_db(store);
	sqlite3_stmt *st = NULL;
	gint64 in = -1;

	if (sqlite3_prepare_v2(db, "SELECT min(next_attempt_at) FROM outbox WHERE status = 'pending'",
			       -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		in = MAX(sqlite3_column_int64(st, 0) - now, 0);
	sqlite3_finalize(st);
	return in;
}

/* Wait for a kick, WAIT_MS or stop; the config to use, or NULL to stop. */
static StConfig *
thread_wait(StOutboxThread *t, gint64 wait_ms)
{
	StConfig *cfg;

	if (!st_wake_wait(&t->wake, wait_ms))
		return NULL;
	g_mutex_lock(&t->lock);
	cfg = st_config_ref(t->cfg);
	g_mutex_unlock(&t->lock);
	return cfg;
}

static gpointer
thread_main(gpointer data)
{
	StOutboxThread *t = data;
	StStore *store = NULL;
	char *path = NULL;
	StConfig *cfg;
	gint64 wait_ms = t->interval_ms;

	while ((cfg = thread_wait(t, wait_ms)) != NULL) {
		GError *e = NULL;
		if (store != NULL && g_strcmp0(path, cfg->database) != 0)
			g_clear_pointer(&store, st_store_close);
		if (store == NULL) {
			store = st_store_open(cfg->database, cfg->busy_timeout_ms, &e);
			g_free(path);
			path = g_strdup(cfg->database);
		}
		if (store != NULL) {
			g_autoptr(GDateTime) now = st_now();
			int failed = 0;
			gint64 t_now = g_date_time_to_unix(now);
			wait_ms = t->interval_ms;
			if (st_outbox_flush(store, cfg, t_now, &failed, &e) < 0) {
				g_clear_pointer(&store, st_store_close);  /* reopen next time */
			} else {
				/* Wake for the next retry rather than the next interval
				 * (at most once a second). */
				gint64 due = next_due_in(store, t_now);
				if (due >= 0)
					wait_ms = CLAMP(due * 1000, 1000, (gint64)t->interval_ms);
			}
		}
		if (e != NULL) {
			g_warning("outbox: %s", e->message);
			g_error_free(e);
		}
		st_config_unref(cfg);
	}
	if (store)
		st_store_close(store);
	g_free(path);
	return NULL;
}

StOutboxThread *
st_outbox_thread_start(StConfig *cfg, int interval_ms)
{
	g_return_val_if_fail(cfg != NULL, NULL);
	StOutboxThread *t = g_new0(StOutboxThread, 1);

	g_mutex_init(&t->lock);
	st_wake_init(&t->wake, TRUE);   /* first flush at once: rows from before a restart */
	t->cfg = st_config_ref(cfg);
	t->interval_ms = interval_ms > 0 ? interval_ms : 60000;
	t->thread = g_thread_new("st-outbox", thread_main, t);
	return t;
}

void
st_outbox_thread_kick(StOutboxThread *t)
{
	if (t != NULL)
		st_wake_kick(&t->wake);
}

void
st_outbox_thread_set_config(StOutboxThread *t, StConfig *cfg)
{
	if (t == NULL || cfg == NULL)
		return;
	StConfig *old;
	g_mutex_lock(&t->lock);
	old = t->cfg;
	t->cfg = st_config_ref(cfg);
	g_mutex_unlock(&t->lock);
	st_config_unref(old);
}

void
st_outbox_thread_stop(StOutboxThread *t)
{
	if (t == NULL)
		return;
	st_wake_stop(&t->wake);
	g_thread_join(t->thread);
	st_config_unref(t->cfg);
	g_mutex_clear(&t->lock);
	st_wake_clear(&t->wake);
	g_free(t);
}
