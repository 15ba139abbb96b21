/*
 * test_session.c — the milter's session functions driven as libmilter
 * drives them, without libmilter: a feeder splits a fixture message into
 * (name, value) headers and body chunks of the sizes libmilter uses (65535,
 * MILTER_CHUNK_SIZE) and others down to one byte at a time, and the filed
 * result in a temporary database must be identical whatever the chunking —
 * and the spooled bytes identical to the message.  Also: mail for others
 * accepted at DATA with no spool, abort, duplicates, several messages per
 * connection, forged X-Sectriage-* headers, truncation, and tempfail (or
 * accept, when configured) on an unwritable database.
 *
 * Fixtures: the .eml files in tests/data/session, and ../shared/devset/mail when ST_SHARED
 * is set.
 */
#define _GNU_SOURCE     /* SCHED_IDLE */
#include <string.h>
#include <sched.h>
#include <unistd.h>
#include <sqlite3.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sectriage/common.h"
#include "sectriage/config.h"
#include "sectriage/rules.h"
#include "sectriage/session.h"
#include "sectriage/store.h"
#include "sectriage/triage.h"

#include "testutil.h"

static StRules *test_rules;   /* loaded once in main, read-only after */

/* ---- a message split as the MTA sends it ---- */

typedef struct {
	GPtrArray *names;   /* char* */
	GPtrArray *values;  /* char*, folded lines kept (CRLF) */
	GBytes *body;
	GBytes *wire;       /* the whole message with CRLF line ends */
} Msg;

static void
msg_free(Msg *m)
{
	g_ptr_array_unref(m->names);
	g_ptr_array_unref(m->values);
	g_bytes_unref(m->body);
	g_bytes_unref(m->wire);
	g_free(m);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Msg, msg_free)

/* TEXT with every line ending made CRLF, as SMTP carries it. */
static GString *
to_crlf(const char *text, gsize len)
{
	GString *out = g_string_sized_new(len + len / 20);

	for (gsize i = 0; i < len; i++) {
		if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
			g_string_append_c(out, '\r');
		g_string_append_c(out, text[i]);
	}
	return out;
}

static Msg *
msg_split(const char *text, gsize len)
{
	Msg *m = g_new0(Msg, 1);
	g_autoptr(GString) crlf = to_crlf(text, len);
	const char *p = crlf->str, *end = crlf->str + crlf->len;
	const char *sep = g_strstr_len(p, crlf->len, "\r\n\r\n");
	const char *hend = sep ? sep + 2 : end;

	m->names = g_ptr_array_new_with_free_func(g_free);
	m->values = g_ptr_array_new_with_free_func(g_free);
	while (p < hend) {
		const char *eol = g_strstr_len(p, hend - p, "\r\n");
		/* the header ends where a line does not start with a space/tab */
		while (eol && eol + 2 < hend && (eol[2] == ' ' || eol[2] == '\t'))
			eol = g_strstr_len(eol + 2, hend - (eol + 2), "\r\n");
		if (eol == NULL)
			eol = hend;
		const char *colon = memchr(p, ':', eol - p);
		g_assert_nonnull(colon);
		const char *v = colon + 1;
		while (v < eol && (*v == ' ' || *v == '\t'))
			v++;
		g_ptr_array_add(m->names, g_strndup(p, colon - p));
		g_ptr_array_add(m->values, g_strndup(v, eol - v));
		p = eol + 2;
	}
	m->body = sep ? g_bytes_new(sep + 4, end - (sep + 4)) : g_bytes_new(NULL, 0);
	m->wire = g_bytes_new(crlf->str, crlf->len);
	return m;
}

/* TRUE when the header block has exactly one space after every colon, so
 * that "Name: value" rebuilds it byte for byte. */
static gboolean
msg_canonical(const Msg *m)
{
	g_autoptr(GString) s = g_string_new(NULL);

	for (guint i = 0; i < m->names->len; i++)
		g_string_append_printf(s, "%s: %s\r\n", (char *)m->names->pdata[i],
				       (char *)m->values->pdata[i]);
	g_string_append(s, "\r\n");
	gsize wlen;
	const char *w = g_bytes_get_data(m->wire, &wlen);
	return s->len <= wlen && memcmp(s->str, w, s->len) == 0;
}

/* ---- a temporary filter ---- */

typedef struct {
	char *dir;
	char *db;
	StServer *srv;
	StSnapshot *snap;   /* the first snapshot: its database is e->db */
} Env;

static void
env_free(Env *e)
{
	st_server_free(e->srv);
	st_snapshot_unref(e->snap);
	tu_rm_rf(e->dir);
	g_free(e->dir);
	g_free(e->db);
	g_free(e);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Env, env_free)

/* Is the running test one of the inline-triage copies? */
static gboolean
is_inline(void)
{
	return strstr(g_test_get_path(), "/inline/") != NULL;
}

/* Deferred triage: analyse and file what E's server took in (the milter's
 * triage thread does this; here the test decides when). */
static void
env_drain(Env *e)
{
	StSnapshot *snap = e->snap;
	StTriageCounts n = { 0 };
	g_autoptr(GError) error = NULL;

	g_assert_true(st_triage_drain(st_snapshot_pool(snap), st_snapshot_config(snap),
				      st_snapshot_rules(snap), G_MAXINT64 / 2, NULL,
				      &n, &error));
	g_assert_no_error(error);
	g_assert_cmpuint(n.deferred, ==, 0);
}

/* A config in a new temp dir; EXTRA is appended to the key file. */
static Env *
env_new(const char *db_override, const char *milter_extra, const char *extra)
{
	Env *e = g_new0(Env, 1);
	g_autoptr(GError) error = NULL;

	e->dir = tu_tmpdir("st-session-XXXXXX");
	e->db = db_override ? g_strdup(db_override) : g_build_filename(e->dir, "triage.db", NULL);
	g_autofree char *conf = g_build_filename(e->dir, "sectriage.conf", NULL);
	/* every test runs twice: /session/inline/... and /session/deferred/... */
	const char *mode = is_inline() ? "inline" : "deferred";
	g_autofree char *text = g_strdup_printf(
		"[milter]\nspool_dir = %s/spool\ntriage = %s\n%s\n[store]\ndatabase = %s\n"
		"busy_timeout_ms = 200\n[outbox]\nsubmit = /bin/true\n%s\n", e->dir, mode,
		milter_extra ? milter_extra : "", e->db, extra ? extra : "");
	g_file_set_contents(conf, text, -1, &error);
	g_assert_no_error(error);
	g_autoptr(StConfig) cfg = st_config_load(conf, &error);
	g_assert_no_error(error);
	StSnapshot *snap = st_snapshot_new(cfg, test_rules);
	e->srv = st_server_new(snap);
	e->snap = snap;
	return e;
}

static guint
spool_files(const Env *e)
{
	g_autofree char *dir = g_build_filename(e->dir, "spool", NULL);
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	guint n = 0;

	while (d && g_dir_read_name(d))
		n++;
	return n;
}

/* Feed M through S with body chunks of CHUNK bytes (0: sizes from RAND). */
static StVerdict
feed(StSession *s, const Msg *m, const char *qid, const char *rcpt, gsize chunk,
     GRand *rand, GPtrArray **ops)
{
	StVerdict v;
	gsize len;
	const guint8 *body = g_bytes_get_data(m->body, &len);

	st_session_envfrom(s, "<ada@reporter.example>");
	st_session_set_queue_id(s, qid);
	st_session_envrcpt(s, "<other@superrad.company>");
	st_session_envrcpt(s, rcpt);
	v = st_session_data(s);
	if (v != ST_VERDICT_CONTINUE)
		return v;
	for (guint i = 0; i < m->names->len; i++) {
		v = st_session_header(s, m->names->pdata[i], m->values->pdata[i]);
		g_assert_cmpint(v, ==, ST_VERDICT_CONTINUE);
	}
	st_session_eoh(s);
	for (gsize off = 0; off < len;) {
		gsize n = chunk ? chunk : (gsize)g_rand_int_range(rand, 1, 70000);
		n = MIN(n, len - off);
		v = st_session_body(s, body + off, n);
		if (v == ST_VERDICT_SKIP)
			break;
		g_assert_cmpint(v, ==, ST_VERDICT_CONTINUE);
		off += n;
	}
	return st_session_eom(s, ops);
}

/* analysis_json without what depends on the clock. */
static char *
stable_json(const char *text)
{
	g_autoptr(JsonParser) p = json_parser_new();

	if (text == NULL || !json_parser_load_from_data(p, text, -1, NULL))
		return g_strdup(text);
	JsonNode *root = json_parser_get_root(p);
	if (JSON_NODE_HOLDS_OBJECT(root)) {
		JsonObject *o = json_node_get_object(root);
		g_autoptr(GList) names = json_object_get_members(o);
		for (GList *l = names; l; l = l->next)
			if (strstr(l->data, "elapsed") || strstr(l->data, "received"))
				json_object_remove_member(o, l->data);
	}
	return json_to_string(root, FALSE);
}

/* What was filed, as one comparable string, plus the raw message's sha256. */
static char *
filed_summary(Env *e, char **sha)
{
	const char *db_path = e->db;
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	GString *out = g_string_new(NULL);

	env_drain(e);
	g_assert_cmpint(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
	g_assert_cmpint(sqlite3_prepare_v2(db,
		"SELECT m.sha256, m.size, m.raw_truncated, m.flags, m.subject, m.message_id,"
		" m.envelope_from, m.recipients, m.queue_id, m.analysis_json, length(m.raw),"
		" r.tracking_id FROM messages m JOIN reports r ON r.id = m.report_id ORDER BY m.id",
		-1, &st, NULL), ==, SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		for (int c = 0; c < sqlite3_column_count(st); c++) {
			const char *v = (const char *)sqlite3_column_text(st, c);
			g_autofree char *j = c == 9 ? stable_json(v) : g_strdup(v);
			g_string_append_printf(out, "%s|", j ? j : "NULL");
		}
		g_string_append_c(out, '\n');
		if (sha && *sha == NULL)
			*sha = g_strdup((const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	return g_string_free(out, FALSE);
}

/* ---- tests ---- */

static const gsize chunk_sizes[] = { 65535, 1, 2, 3, 7, 64, 1000, 4096, 65534, 65536, 1 << 20, 0 };

static void
check_chunking(const char *path)
{
	g_autofree char *text = NULL;
	gsize len;
	g_autofree char *first = NULL;
	g_autoptr(GError) error = NULL;

	g_file_get_contents(path, &text, &len, &error);
	g_assert_no_error(error);
	g_autoptr(Msg) m = msg_split(text, len);
	for (gsize i = 0; i < G_N_ELEMENTS(chunk_sizes); i++) {
		gsize chunk = chunk_sizes[i];
		/* one byte at a time over a big body is slow and proves nothing more */
		if (chunk == 1 && g_bytes_get_size(m->body) > 300000)
			continue;
		g_autoptr(Env) e = env_new(NULL, NULL, NULL);
		g_autoptr(GRand) rand = g_rand_new_with_seed(42 + i);
		g_autoptr(GPtrArray) ops = NULL;
		StSession *s = st_session_new(e->srv, "client.example", "192.0.2.10");
		st_session_helo(s, "client.example");
		StVerdict v = feed(s, m, "Q1", "<security@superrad.company>", chunk, rand, &ops);
		g_assert_cmpint(v, ==, ST_VERDICT_ACCEPT);
		g_assert_nonnull(ops);
		g_assert_nonnull(st_session_last_result(s)->tracking_id);
		st_session_free(s);
		g_assert_cmpuint(spool_files(e), ==, 0);

		g_autofree char *sha = NULL;
		g_autofree char *summary = filed_summary(e, &sha);
		g_assert_cmpstr(summary, !=, "");
		if (first == NULL) {
			first = g_steal_pointer(&summary);
			if (msg_canonical(m)) {
				/* the spool rebuilt the message byte for byte */
				gsize wlen;
				const char *w = g_bytes_get_data(m->wire, &wlen);
				char want[65];
				tu_sha256(w, wlen, want);
				g_assert_cmpstr(sha, ==, want);
			}
		} else {
			if (g_strcmp0(first, summary) != 0)
				g_test_message("chunk %" G_GSIZE_FORMAT ":\n%s\nvs\n%s", chunk, first, summary);
			g_assert_cmpstr(first, ==, summary);
		}
	}
}

static void
test_chunking_fixture(gconstpointer data)
{
	g_autofree char *path = tu_repo_path("tests", "data", "session", data, NULL);
	check_chunking(path);
}

static void
test_chunking_devset(void)
{
	const char *shared = g_getenv("ST_SHARED");
	g_autofree char *dir = shared ? g_build_filename(shared, "devset", "mail", NULL) : NULL;
	g_autoptr(GDir) d = dir ? g_dir_open(dir, 0, NULL) : NULL;
	const char *name;
	guint n = 0;

	if (d == NULL) {
		g_test_skip("ST_SHARED not set: no devset");
		return;
	}
	while ((name = g_dir_read_name(d)) != NULL) {
		if (!g_str_has_suffix(name, ".eml") || n++ >= 6)
			continue;
		g_autofree char *path = g_build_filename(dir, name, NULL);
		g_test_message("%s", name);
		check_chunking(path);
	}
	g_assert_cmpuint(n, >, 0);
}

static const char report_text[] =
	"From: Ada <ada@reporter.example>\nTo: security@superrad.company\n"
	"Subject: sandbox escape\nMessage-ID: <%s@reporter.example>\n"
	"X-Sectriage-Score: 100\nx-sectriage-id: SEC-1999-0001\nX-SECTRIAGE-ID: SEC-1999-0002\n"
	"X-Sectriage-Auto: yes\nX-Sectriage-Note: forged\n\n"
	"msb 0.6.14 on Linux: a guest reads host files.\n";

static Msg *
report_msg(const char *mid)
{
	g_autofree char *text = g_strdup_printf(report_text, mid);
	return msg_split(text, strlen(text));
}

static void
test_other_recipient(void)
{
	g_autoptr(Env) e = env_new(NULL, NULL, NULL);
	StSession *s = st_session_new(e->srv, NULL, NULL);

	st_session_envfrom(s, "<>");
	st_session_envrcpt(s, "<alice@superrad.company>");
	g_assert_cmpint(st_session_data(s), ==, ST_VERDICT_ACCEPT);
	g_assert_cmpuint(spool_files(e), ==, 0);
	g_assert_cmpuint(st_server_in_flight(e->srv), ==, 0);
	/* an MTA without the DATA step: decided at the first header */
	st_session_envfrom(s, "<a@b.example>");
	st_session_envrcpt(s, "bob@elsewhere.example");
	g_assert_cmpint(st_session_header(s, "Subject", "hi"), ==, ST_VERDICT_ACCEPT);
	st_session_envfrom(s, "<a@b.example>");
	st_session_envrcpt(s, "SECURITY@superrad.company");
	g_assert_cmpint(st_session_header(s, "Subject", "hi"), ==, ST_VERDICT_CONTINUE);
	g_assert_cmpuint(st_server_in_flight(e->srv), ==, 1);
	g_assert_cmpint(st_server_quiet_us(e->srv), ==, 0);
	g_assert_cmpuint(spool_files(e), ==, 0);   /* small: held in memory */
	st_session_free(s);
	g_assert_cmpuint(spool_files(e), ==, 0);
	g_assert_cmpuint(st_server_in_flight(e->srv), ==, 0);
	/* quiet since the message ended (the triage thread waits for that) */
	g_usleep(30 * 1000);
	g_assert_cmpint(st_server_quiet_us(e->srv), >=, 30 * 1000);
	g_assert_cmpint(st_server_quiet_us(e->srv), <, 10 * G_USEC_PER_SEC);
	st_session_free(NULL);
}

/* Abort after each step: nothing filed, no spool left, connection reusable. */
static void
test_abort(void)
{
	g_autoptr(Env) e = env_new(NULL, NULL, NULL);
	g_autoptr(Msg) m = report_msg("abort");
	StSession *s = st_session_new(e->srv, NULL, NULL);

	for (int step = 0; step < 5; step++) {
		st_session_envfrom(s, "<ada@reporter.example>");
		if (step >= 1)
			st_session_envrcpt(s, "<security@superrad.company>");
		if (step >= 2)
			g_assert_cmpint(st_session_data(s), ==, ST_VERDICT_CONTINUE);
		if (step >= 3)
			st_session_header(s, "Subject", "half");
		if (step >= 4)
			st_session_body(s, "half a body\r\n", 13);
		st_session_abort(s);
		st_session_abort(s);
		g_assert_cmpuint(spool_files(e), ==, 0);
		g_assert_cmpuint(st_server_in_flight(e->srv), ==, 0);
	}
	/* eom after abort: nothing to file, accepted */
	g_assert_cmpint(st_session_eom(s, NULL), ==, ST_VERDICT_ACCEPT);
	g_assert_null(st_session_last_result(s)->tracking_id);
	/* and the connection still files a message */
	g_assert_cmpint(feed(s, m, "Q2", "security@superrad.company", 65535, NULL, NULL), ==,
			ST_VERDICT_ACCEPT);
	g_assert_nonnull(st_session_last_result(s)->tracking_id);
	st_session_free(s);
	g_autofree char *summary = filed_summary(e, NULL);
	g_auto(GStrv) rows = g_strsplit(summary, "\n", -1);
	g_assert_cmpuint(g_strv_length(rows), ==, 2);   /* one row and the empty tail */
}

static const StHeaderOp *
find_op(GPtrArray *ops, gboolean change, const char *name, int index)
{
	for (guint i = 0; i < ops->len; i++) {
		const StHeaderOp *op = ops->pdata[i];
		if (op->change == change && g_ascii_strcasecmp(op->name, name) == 0 &&
		    (index < 0 || op->index == index))
			return op;
	}
	return NULL;
}

/* Duplicates, several messages per connection, the header changes. */
static void
test_messages_and_headers(void)
{
	g_autoptr(Env) e = env_new(NULL, NULL, NULL);
	g_autoptr(Msg) m1 = report_msg("one");
	g_autoptr(Msg) m2 = report_msg("two");
	StSession *s = st_session_new(e->srv, "client.example", "192.0.2.1");
	g_autoptr(GPtrArray) ops = NULL;
	g_autofree char *id1 = NULL;

	g_assert_cmpint(feed(s, m1, "Q1", "security@superrad.company", 10, NULL, &ops), ==, ST_VERDICT_ACCEPT);
	const StFileResult *r = st_session_last_result(s);
	id1 = g_strdup(r->tracking_id);
	g_assert_false(r->duplicate);
	/* forged headers: the first copy changed, the others deleted */
	const StHeaderOp *op = find_op(ops, TRUE, "X-Sectriage-Id", 1);
	g_assert_nonnull(op);
	g_assert_cmpstr(op->value, ==, id1);
	op = find_op(ops, TRUE, "X-Sectriage-Id", 2);
	g_assert_nonnull(op);
	g_assert_null(op->value);
	op = find_op(ops, TRUE, "X-Sectriage-Score", 1);
	g_assert_nonnull(op);
	if (is_inline()) {
		/* analysed before the answer: the score and what is missing */
		g_assert_nonnull(op->value);
		g_assert_nonnull(find_op(ops, FALSE, "X-Sectriage-Missing", -1));
	} else {
		/* analysed afterwards: the forged score is removed, none added */
		g_assert_null(op->value);
		g_assert_null(find_op(ops, FALSE, "X-Sectriage-Missing", -1));
		g_assert_null(find_op(ops, FALSE, "X-Sectriage-Score", -1));
	}
	op = find_op(ops, TRUE, "x-sectriage-note", 1);
	g_assert_nonnull(op);
	g_assert_null(op->value);
	g_assert_null(find_op(ops, TRUE, "X-Sectriage-Auto", -1));
	op = find_op(ops, TRUE, "Subject", 1);
	g_assert_nonnull(op);
	g_autofree char *want = g_strdup_printf("[%s] sandbox escape", id1);
	g_assert_cmpstr(op->value, ==, want);
	g_clear_pointer(&ops, g_ptr_array_unref);

	/* the same message again (an MTA retry): same id, marked duplicate */
	g_assert_cmpint(feed(s, m1, "Q2", "security@superrad.company", 65535, NULL, &ops), ==, ST_VERDICT_ACCEPT);
	g_assert_cmpstr(st_session_last_result(s)->tracking_id, ==, id1);
	g_assert_true(st_session_last_result(s)->duplicate);
	g_clear_pointer(&ops, g_ptr_array_unref);

	/* another message on the same connection: a new id */
	g_assert_cmpint(feed(s, m2, "Q3", "security@superrad.company", 65535, NULL, &ops), ==, ST_VERDICT_ACCEPT);
	g_assert_cmpstr(st_session_last_result(s)->tracking_id, !=, id1);
	st_session_free(s);
	g_assert_cmpuint(spool_files(e), ==, 0);
}

/* A flood of made-up X-Sectriage-* names: at most 100 are removed, and a
 * forged X-Sectriage-Id after them is still replaced. */
static void
test_forged_flood(void)
{
	g_autoptr(Env) e = env_new(NULL, NULL, NULL);
	g_autoptr(GString) text = g_string_new("From: a@b.example\nTo: security@superrad.company\n"
					       "Subject: flood\nMessage-ID: <flood@b.example>\n");
	for (int i = 0; i < 1000; i++)
		g_string_append_printf(text, "X-Sectriage-Fake%d: x\n", i);
	g_string_append(text, "X-Sectriage-Id: SEC-1999-0009\n\nbody\n");
	g_autoptr(Msg) m = msg_split(text->str, text->len);
	g_autoptr(GPtrArray) ops = NULL;
	StSession *s = st_session_new(e->srv, NULL, NULL);

	g_assert_cmpint(feed(s, m, "QF", "security@superrad.company", 65535, NULL, &ops), ==, ST_VERDICT_ACCEPT);
	g_assert_nonnull(ops);
	g_assert_cmpuint(ops->len, <=, 110);
	const StHeaderOp *op = find_op(ops, TRUE, "X-Sectriage-Id", 1);
	g_assert_nonnull(op);
	g_assert_cmpstr(op->value, ==, st_session_last_result(s)->tracking_id);
	st_session_free(s);
}

static void
test_truncated(void)
{
	g_autoptr(Env) e = env_new(NULL, NULL, "[limits]\nmax_message_size = 2048\n");
	g_autoptr(GString) text = g_string_new(
		"From: a@b.example\nTo: security@superrad.company\nSubject: big\n"
		"Message-ID: <big@b.example>\n\n");
	for (int i = 0; i < 500; i++)
		g_string_append(text, "line of a long report body\n");
	g_autoptr(Msg) m = msg_split(text->str, text->len);
	StSession *s = st_session_new(e->srv, NULL, NULL);

	g_assert_cmpint(feed(s, m, "QB", "security@superrad.company", 1000, NULL, NULL), ==, ST_VERDICT_ACCEPT);
	g_assert_nonnull(st_session_last_result(s)->tracking_id);
	st_session_free(s);
	g_autofree char *summary = filed_summary(e, NULL);
	g_assert_nonnull(strstr(summary, "truncated"));
	g_assert_nonnull(strstr(summary, "|2048|"));   /* length(raw) */
}

/* The database cannot be opened: tempfail, or accept when configured. */
static void
test_unwritable(gconstpointer data)
{
	const char *policy = data;
	g_autofree char *dir = g_dir_make_tmp("st-session-ro-XXXXXX", NULL);
	g_autofree char *file = g_build_filename(dir, "not-a-dir", NULL);
	g_autofree char *db = g_build_filename(file, "triage.db", NULL);
	g_autofree char *milter = g_strdup_printf("on_failure = %s", policy);
	g_file_set_contents(file, "", 0, NULL);
	g_autoptr(Env) e = env_new(db, milter, NULL);
	g_autoptr(Msg) m = report_msg("ro");
	StSession *s = st_session_new(e->srv, NULL, NULL);
	StVerdict want = g_strcmp0(policy, "accept") == 0 ? ST_VERDICT_ACCEPT : ST_VERDICT_TEMPFAIL;
	g_autoptr(GPtrArray) ops = NULL;

	g_assert_cmpint(feed(s, m, "QR", "security@superrad.company", 65535, NULL, &ops), ==, want);
	g_assert_null(ops);
	g_assert_null(st_session_last_result(s)->tracking_id);
	g_assert_cmpuint(spool_files(e), ==, 0);
	g_assert_cmpuint(st_server_in_flight(e->srv), ==, 0);
	st_session_free(s);
	g_unlink(file);
	g_rmdir(dir);
}

/* A connection keeps the snapshot it took; shutdown tempfails new mail. */
static void
test_snapshot_and_shutdown(void)
{
	g_autoptr(Env) e = env_new(NULL, NULL, NULL);
	g_autoptr(Msg) m = report_msg("snap");
	StSession *old = st_session_new(e->srv, NULL, NULL);
	g_autoptr(Env) other = env_new(NULL, NULL, NULL);
	StSnapshot *snap = st_server_snapshot(other->srv);

	st_server_swap(e->srv, snap);
	st_snapshot_unref(snap);
	/* the old connection files into the old database */
	g_assert_cmpint(feed(old, m, "QS", "security@superrad.company", 65535, NULL, NULL), ==, ST_VERDICT_ACCEPT);
	g_autofree char *in_old = filed_summary(e, NULL);
	g_assert_cmpstr(in_old, !=, "");
	st_session_free(old);

	StSession *s = st_session_new(e->srv, NULL, NULL);
	st_session_envfrom(s, "<a@b.example>");
	st_session_envrcpt(s, "security@superrad.company");
	g_assert_cmpint(st_session_data(s), ==, ST_VERDICT_CONTINUE);
	g_assert_cmpuint(st_server_in_flight(e->srv), ==, 1);
	st_server_begin_shutdown(e->srv);
	g_assert_false(st_server_wait_idle(e->srv, 10));
	/* the message in flight still finishes; the next one is refused */
	st_session_header(s, "Subject", "in flight");
	g_assert_cmpint(st_session_eom(s, NULL), ==, ST_VERDICT_ACCEPT);
	g_assert_true(st_server_wait_idle(e->srv, 10));
	st_session_envfrom(s, "<a@b.example>");
	st_session_envrcpt(s, "security@superrad.company");
	g_assert_cmpint(st_session_data(s), ==, ST_VERDICT_TEMPFAIL);
	st_session_envfrom(s, "<a@b.example>");
	st_session_envrcpt(s, "other@b.example");
	g_assert_cmpint(st_session_data(s), ==, ST_VERDICT_ACCEPT);
	st_session_free(s);
	g_autofree char *in_new = filed_summary(other, NULL);
	g_assert_nonnull(strstr(in_new, "in flight"));
}

/* Many connections filing at once (libmilter runs one thread per
 * connection): every message filed once, ids distinct, nothing left over. */
typedef struct {
	StServer *srv;
	int thread;
	GPtrArray *ids;     /* char*, this thread's tracking ids */
	const char *tag;    /* of the Message-IDs */
	int n;              /* messages to send */
	gboolean gaps;      /* pause every 8 messages */
} Worker;

#define N_THREADS 8
#define N_PER_THREAD 5

static gpointer
worker(gpointer data)
{
	Worker *w = data;
	StSession *s = st_session_new(w->srv, NULL, NULL);

	for (int i = 0; i < w->n; i++) {
		g_autofree char *mid = g_strdup_printf("%s-%d-%d", w->tag, w->thread, i);
		g_autoptr(Msg) m = report_msg(mid);
		g_autofree char *qid = g_strdup_printf("QC%d%d", w->thread, i);
		StVerdict v = feed(s, m, qid, "security@superrad.company", 4096, NULL, NULL);
		if (v == ST_VERDICT_ACCEPT && st_session_last_result(s)->tracking_id)
			g_ptr_array_add(w->ids, g_strdup(st_session_last_result(s)->tracking_id));
		if (w->gaps && i % 8 == 0)
			g_usleep(2000);     /* gaps: the triage thread runs between bursts */
	}
	st_session_free(s);
	return NULL;
}

static void
test_concurrent(void)
{
	g_autoptr(Env) e = env_new(NULL, NULL, NULL);
	Worker w[N_THREADS];
	GThread *t[N_THREADS];
	g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);

	for (int i = 0; i < N_THREADS; i++) {
		w[i] = (Worker){ e->srv, i, g_ptr_array_new_with_free_func(g_free), "conc",
				 N_PER_THREAD, FALSE };
		t[i] = g_thread_new("worker", worker, &w[i]);
	}
	for (int i = 0; i < N_THREADS; i++) {
		g_thread_join(t[i]);
		g_assert_cmpuint(w[i].ids->len, ==, N_PER_THREAD);
		for (guint j = 0; j < w[i].ids->len; j++)
			g_assert_true(g_hash_table_add(seen, w[i].ids->pdata[j]));
	}
	g_assert_cmpuint(g_hash_table_size(seen), ==, N_THREADS * N_PER_THREAD);
	g_assert_cmpuint(st_server_in_flight(e->srv), ==, 0);
	g_assert_cmpuint(spool_files(e), ==, 0);
	g_autofree char *summary = filed_summary(e, NULL);
	g_auto(GStrv) rows = g_strsplit(summary, "\n", -1);
	g_assert_cmpuint(g_strv_length(rows), ==, N_THREADS * N_PER_THREAD + 1);
	for (int i = 0; i < N_THREADS; i++)
		g_ptr_array_unref(w[i].ids);
}

/* The scheduling policy of this process's thread named NAME (SCHED_*);
 * -1 when there is none. */
static int
thread_policy(const char *name)
{
	g_autoptr(GDir) dir = g_dir_open("/proc/self/task", 0, NULL);
	const char *tid;

	while (dir != NULL && (tid = g_dir_read_name(dir)) != NULL) {
		g_autofree char *path = g_strdup_printf("/proc/self/task/%s/comm", tid);
		g_autofree char *comm = NULL;
		if (g_file_get_contents(path, &comm, NULL, NULL) && g_strcmp0(g_strchomp(comm), name) == 0)
			return sched_getscheduler((pid_t)g_ascii_strtoll(tid, NULL, 10));
	}
	return -1;
}

/* The milter's triage thread running while many connections take mail in
 * (it waits while mail is in flight; sessions kick it): everything is
 * triaged once, and nobody deadlocks (alarm: a hang fails the test).  At
 * niceness 19 the analysis runs on a worker under SCHED_IDLE and the
 * filing, which takes the database's write lock, stays at the normal
 * policy (a writer at SCHED_IDLE would hold every intake up). */
static void
test_triage_thread(gconstpointer data)
{
	int nice = GPOINTER_TO_INT(data);
	g_autoptr(Env) e = env_new(NULL, NULL, NULL);
	Worker w[N_THREADS];
	GThread *t[N_THREADS];
	guint n = 0;

	alarm(120);
	StTriageThread *tt = st_triage_thread_start(e->srv, nice, 50);
	st_server_set_triage(e->srv, tt);
	int want = nice > 0 ? SCHED_IDLE : -1, analyze = -2, triage = -1;
	/* each thread names itself and the worker lowers its own priority */
	for (int tries = 0; tries < 200 && (analyze != want || triage != SCHED_OTHER); tries++) {
		g_usleep(10000);
		analyze = thread_policy("st-analyze");
		triage = thread_policy("st-triage");
	}
	g_assert_cmpint(analyze, ==, want);
	g_assert_cmpint(triage, ==, SCHED_OTHER);
	for (int i = 0; i < N_THREADS; i++) {
		w[i] = (Worker){ e->srv, i, g_ptr_array_new_with_free_func(g_free), "tt", 40, TRUE };
		t[i] = g_thread_new("worker", worker, &w[i]);
	}
	for (int i = 0; i < N_THREADS; i++) {
		g_thread_join(t[i]);
		n += w[i].ids->len;
		g_ptr_array_unref(w[i].ids);
	}
	g_assert_cmpuint(n, ==, N_THREADS * 40);
	g_autofree char *db = g_strdup(e->db);
	gint64 left = -1;
	for (int tries = 0; tries < 600 && left != 0; tries++) {
		g_usleep(100000);
		sqlite3 *h = NULL;
		sqlite3_stmt *st = NULL;
		sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL);
		sqlite3_busy_timeout(h, 1000);
		if (sqlite3_prepare_v2(h, "SELECT count(*) FROM inbox", -1, &st, NULL) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW)
			left = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		sqlite3_close(h);
	}
	st_server_set_triage(e->srv, NULL);
	st_triage_thread_stop(tt);
	alarm(0);
	g_assert_cmpint(left, ==, 0);
	g_autofree char *summary = filed_summary(e, NULL);
	g_auto(GStrv) rows = g_strsplit(summary, "\n", -1);
	g_assert_cmpuint(g_strv_length(rows), ==, N_THREADS * 40 + 1);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
	test_rules = tu_repo_rules();
	for (int i = 0; i < 2; i++) {
		const char *mode = i == 0 ? "inline" : "deferred";
#define ADD(name, fn) do { g_autofree char *p_ = g_strdup_printf("/session/%s/%s", mode, name); \
		g_test_add_func(p_, fn); } while (0)
#define ADD_DATA(name, data, fn) do { g_autofree char *p_ = g_strdup_printf("/session/%s/%s", mode, name); \
		g_test_add_data_func(p_, data, fn); } while (0)
		ADD_DATA("chunking/report", "report.eml", test_chunking_fixture);
		ADD_DATA("chunking/big-log", "big-log.eml", test_chunking_fixture);
		ADD("chunking/devset", test_chunking_devset);
		ADD("other-recipient", test_other_recipient);
		ADD("abort", test_abort);
		ADD("messages-and-headers", test_messages_and_headers);
		ADD("truncated", test_truncated);
		ADD("forged-flood", test_forged_flood);
		ADD_DATA("unwritable/tempfail", "tempfail", test_unwritable);
		ADD_DATA("unwritable/accept", "accept", test_unwritable);
		ADD("snapshot-and-shutdown", test_snapshot_and_shutdown);
		ADD("concurrent", test_concurrent);
#undef ADD
#undef ADD_DATA
	}
	g_test_add_data_func("/session/deferred/triage-thread", GINT_TO_POINTER(0),
			     test_triage_thread);
	g_test_add_data_func("/session/deferred/triage-thread-idle", GINT_TO_POINTER(19),
			     test_triage_thread);
	int rc = g_test_run();
	st_rules_unref(test_rules);
	return rc;
}
