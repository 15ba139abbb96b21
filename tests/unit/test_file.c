/* test_file.c — st_store_file on a real temporary SQLite file with the real
 * rules, scoring and acknowledgment composer: tracking ids, dedupe,
 * threading (subject id, In-Reply-To, References, our ack's Message-ID),
 * follow-up merge and rescore, acks and their limits, raw streaming and
 * truncation, rollback on a full disk or a read-only database, concurrent
 * filing.  Analyses are built from the JSON of `analyze --json` (the
 * reloaded form); the devset thread is filed from its mail when ST_SHARED
 * is set. */
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sectriage/analyze.h"
#include "sectriage/common.h"
#include "sectriage/score.h"
#include "sectriage/sha256.h"
#include "sectriage/store.h"

#include "testutil.h"

typedef struct {
	char *dir;
	char *path;
	StConfig *cfg;
	StRules *rules;
	StStore *store;
	int n_raw;
} Fixture;

static void
fixture_set_up(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	fx->dir = tu_tmpdir("st-file-XXXXXX");
	fx->path = g_build_filename(fx->dir, "triage.db", NULL);
	fx->cfg = st_config_default();
	fx->rules = tu_repo_rules();
	fx->store = st_store_open(fx->path, 2000, &err);
	g_assert_no_error(err);
}

static void
fixture_tear_down(Fixture *fx, gconstpointer data)
{
	st_store_close(fx->store);
	st_rules_unref(fx->rules);
	st_config_unref(fx->cfg);
	tu_rm_rf(fx->dir);
	g_free(fx->dir);
	g_free(fx->path);
}

/* A raw message file of SIZE bytes (or the text BODY) unique to this call. */
static char *
write_raw(Fixture *fx, const char *body, gsize size)
{
	g_autofree char *name = g_strdup_printf("raw-%d.eml", fx->n_raw++);
	char *path = g_build_filename(fx->dir, name, NULL);
	GString *s = g_string_new(NULL);
	g_string_append_printf(s, "X-Test: %d\n\n%s\n", fx->n_raw, body ? body : "");
	while (s->len < size)
		g_string_append_c(s, 'a' + (char)(s->len % 26));
	g_assert_true(g_file_set_contents(path, s->str, s->len, NULL));
	g_string_free(s, TRUE);
	return path;
}

/* The facts of one message as reloaded from `analyze --json`: CHECKS is
 * five characters (description poc version platform logs), 'y' present. */
typedef struct {
	const char *subject;
	const char *message_id;     /* NULL: none */
	const char *in_reply_to;
	const char *references;     /* space-separated, NULL none */
	const char *checks;         /* "yynny" */
	const char *version;
	const char *klass;
	gboolean ack;
	gboolean is_report;
	const char *reason;         /* the ack decision's; NULL: by ACK */
} Msg;

static StAnalysis *
analysis(Fixture *fx, const Msg *m)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	static const char *const names[] = { "description", "poc", "version", "platform", "logs" };

	json_builder_begin_object(b);
	json_builder_set_member_name(b, "checklist");
	json_builder_begin_object(b);
	for (int i = 0; i < 5; i++) {
		json_builder_set_member_name(b, names[i]);
		json_builder_add_boolean_value(b, m->checks && m->checks[i] == 'y');
	}
	json_builder_end_object(b);
	json_builder_set_member_name(b, "version");
	if (m->version) {
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "value");
		json_builder_add_string_value(b, m->version);
		json_builder_end_object(b);
	} else {
		json_builder_add_null_value(b);
	}
	json_builder_set_member_name(b, "class");
	json_builder_add_string_value(b, m->klass);
	json_builder_set_member_name(b, "component");
	json_builder_add_string_value(b, "core");
	json_builder_set_member_name(b, "ack");
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "send");
	json_builder_add_boolean_value(b, m->ack);
	json_builder_set_member_name(b, "reason");
	json_builder_add_string_value(b, m->reason ? m->reason : m->ack ? "report" : "auto-submitted");
	json_builder_end_object(b);
	json_builder_set_member_name(b, "is_report");
	json_builder_add_boolean_value(b, m->is_report);
	json_builder_set_member_name(b, "subject");
	json_builder_add_string_value(b, m->subject ? m->subject : "a report");
	json_builder_set_member_name(b, "message_id");
	json_builder_add_string_value(b, m->message_id);
	json_builder_set_member_name(b, "in_reply_to");
	json_builder_add_string_value(b, m->in_reply_to);
	json_builder_set_member_name(b, "references");
	json_builder_begin_array(b);
	g_auto(GStrv) refs = g_strsplit(m->references ? m->references : "", " ", -1);
	for (char **p = refs; *p; p++)
		if (**p)
			json_builder_add_string_value(b, *p);
	json_builder_end_array(b);
	json_builder_set_member_name(b, "attachments");
	json_builder_begin_array(b);
	json_builder_end_array(b);
	json_builder_end_object(b);
	g_autoptr(JsonNode) root = json_builder_get_root(b);
	StAnalysis *a = st_analysis_from_json(root);
	g_assert_nonnull(a);
	st_score(fx->rules, a);
	return a;
}

/* File M with envelope sender FROM at time AT; asserts success. */
static void
file_ok(Fixture *fx, const Msg *m, const char *from, gint64 at, StFileResult *r)
{
	GError *err = NULL;
	g_autoptr(StAnalysis) a = analysis(fx, m);
	g_autofree char *raw = write_raw(fx, m->message_id ? m->message_id : "no id", 0);
	StEnvelope env = { .envelope_from = from, .received_at = at, .queue_id = "Q1" };

	g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, raw, r, &err));
	g_assert_no_error(err);
	g_assert_nonnull(r->tracking_id);
}

#define T2026 1772000000   /* 2026-02-25 */
#define T2025 1740000000   /* 2025-02-19 */

static const Msg report = {
	.subject = "Sandbox escape through virtiofs", .message_id = "r1@example.org",
	.checks = "yynny", .klass = "sandbox_escape", .ack = TRUE, .is_report = TRUE,
};

static void
test_new_report(Fixture *fx, gconstpointer data)
{
	StFileResult r = { 0 };
	file_ok(fx, &report, "alice@example.org", T2026, &r);

	g_assert_cmpstr(r.tracking_id, ==, "SEC-2026-0001");
	g_assert_false(r.duplicate);
	g_assert_false(r.followup);
	g_assert_cmpint(r.report_id, >, 0);
	g_assert_cmpint(r.message_row, >, 0);
	g_assert_cmpstr(r.missing, ==, "version,platform");
	g_assert_cmpint(r.score, ==, 70);
	g_assert_true(r.ack_queued);

	g_autofree char *cls = tu_sql_text(fx->store, "SELECT class FROM reports WHERE id = %" G_GINT64_FORMAT, r.report_id);
	g_assert_cmpstr(cls, ==, "sandbox_escape");
	g_autofree char *rep = tu_sql_text(fx->store, "SELECT reporter FROM reports");
	g_assert_cmpstr(rep, ==, "alice@example.org");
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT score FROM reports"), ==, 70);
	g_autofree char *facts = tu_sql_text(fx->store, "SELECT json_extract(facts_json, '$.checklist.poc') FROM reports");
	g_assert_cmpstr(facts, ==, "1");
	g_autofree char *dedupe = tu_sql_text(fx->store, "SELECT dedupe_key FROM messages");
	g_assert_true(g_str_has_prefix(dedupe, "r1@example.org "));
	g_autofree char *q = tu_sql_text(fx->store, "SELECT queue_id FROM messages");
	g_assert_cmpstr(q, ==, "Q1");

	/* the raw bytes are the file's, their sha256 too */
	g_autofree char *path = g_build_filename(fx->dir, "raw-0.eml", NULL);
	g_autofree char *bytes = NULL;
	gsize len;
	g_assert_true(g_file_get_contents(path, &bytes, &len, NULL));
	char sha[65];
	tu_sha256(bytes, len, sha);
	g_autofree char *stored_sha = tu_sql_text(fx->store, "SELECT sha256 FROM messages");
	g_assert_cmpstr(stored_sha, ==, sha);
	g_autofree char *raw = tu_sql_text(fx->store, "SELECT CAST(raw AS TEXT) FROM messages");
	g_assert_cmpstr(raw, ==, bytes);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT size FROM messages"), ==, (gint64)len);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT raw_truncated FROM messages"), ==, 0);

	/* the ack: one pending outbox row, its Message-ID on the report */
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM outbox WHERE kind = 'ack' AND status = 'pending'"), ==, 1);
	g_autofree char *mid = tu_sql_text(fx->store, "SELECT message_id FROM outbox");
	g_autofree char *ack_mid = tu_sql_text(fx->store, "SELECT ack_message_id FROM reports");
	g_assert_nonnull(mid);
	g_assert_cmpstr(mid, ==, ack_mid);
	g_autofree char *to = tu_sql_text(fx->store, "SELECT recipient FROM outbox");
	g_assert_cmpstr(to, ==, "alice@example.org");
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT next_attempt_at FROM outbox"), ==, T2026);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT acked_at IS NULL FROM reports"), ==, 1);
	g_autofree char *text = tu_sql_text(fx->store, "SELECT CAST(message AS TEXT) FROM outbox");
	g_assert_nonnull(strstr(text, "SEC-2026-0001"));

	/* events: filed, ack-queued */
	g_autofree char *kinds = tu_sql_text(fx->store, "SELECT group_concat(kind, ' ') FROM"
				       " (SELECT kind FROM events ORDER BY id)");
	g_assert_cmpstr(kinds, ==, "filed ack-queued");
	st_file_result_clear(&r);
}

static void
test_tracking_ids_years(Fixture *fx, gconstpointer data)
{
	static const struct {
		gint64 at;
		const char *prefix;
		const char *id;
	} cases[] = {
		{ T2025, "SEC", "SEC-2025-0001" },
		{ T2026, "SEC", "SEC-2026-0001" },
		{ T2025, "SEC", "SEC-2025-0002" },
		{ T2026, "SEC", "SEC-2026-0002" },
		{ T2026, "MSB", "MSB-2026-0003" },   /* one counter per year */
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		StFileResult r = { 0 };
		g_autofree char *mid = g_strdup_printf("year-%zu@example.org", i);
		Msg m = report;
		m.message_id = mid;
		g_free(fx->cfg->id_prefix);
		fx->cfg->id_prefix = g_strdup(cases[i].prefix);
		file_ok(fx, &m, "bob@example.org", cases[i].at, &r);
		g_assert_cmpstr(r.tracking_id, ==, cases[i].id);
		st_file_result_clear(&r);
	}
	/* a counter that fell behind (restored backup) skips ids in use */
	tu_sql_exec(fx->store, "UPDATE counters SET next = 1 WHERE year = 2025");
	StFileResult r = { 0 };
	Msg m = report;
	m.message_id = "behind@example.org";
	g_free(fx->cfg->id_prefix);
	fx->cfg->id_prefix = g_strdup("SEC");
	file_ok(fx, &m, "bob@example.org", T2025, &r);
	g_assert_cmpstr(r.tracking_id, ==, "SEC-2025-0003");
	st_file_result_clear(&r);
	/* five digits once 9999 is passed */
	tu_sql_exec(fx->store, "UPDATE counters SET next = 10000 WHERE year = 2025");
	m.message_id = "big@example.org";
	file_ok(fx, &m, "bob@example.org", T2025, &r);
	g_assert_cmpstr(r.tracking_id, ==, "SEC-2025-10000");
	st_file_result_clear(&r);
}

static void
test_dedupe(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	g_autoptr(StAnalysis) a = analysis(fx, &report);
	g_autofree char *raw = write_raw(fx, "same bytes", 0);
	StEnvelope env = { .envelope_from = "alice@example.org", .received_at = T2026 };
	StFileResult r1 = { 0 }, r2 = { 0 };

	g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, raw, &r1, &err));
	env.queue_id = "RETRY";
	g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, raw, &r2, &err));
	g_assert_no_error(err);
	g_assert_true(r2.duplicate);
	g_assert_false(r2.ack_queued);
	g_assert_cmpstr(r2.tracking_id, ==, r1.tracking_id);
	g_assert_cmpint(r2.report_id, ==, r1.report_id);
	g_assert_cmpint(r2.score, ==, r1.score);
	g_assert_cmpstr(r2.missing, ==, r1.missing);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM reports"), ==, 1);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM messages"), ==, 1);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM outbox"), ==, 1);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM events WHERE kind = 'duplicate'"), ==, 1);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT next FROM counters"), ==, 2);
	st_file_result_clear(&r2);

	/* an MTA retry: a new Received field on top, CRLF line ends */
	g_autofree char *bytes = NULL;
	gsize len;
	g_assert_true(g_file_get_contents(raw, &bytes, &len, NULL));
	GString *retry = g_string_new("Received: from client.example ([192.0.2.1])\r\n"
				      "\tby mx.example (Postfix) with ESMTP id RETRY2;\r\n");
	for (const char *p = bytes; *p; p++) {
		if (*p == '\n')
			g_string_append_c(retry, '\r');
		g_string_append_c(retry, *p);
	}
	g_autofree char *retry_path = g_build_filename(fx->dir, "retry.eml", NULL);
	g_assert_true(g_file_set_contents(retry_path, retry->str, retry->len, NULL));
	g_string_free(retry, TRUE);
	g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, retry_path, &r2, &err));
	g_assert_true(r2.duplicate);
	g_assert_cmpstr(r2.tracking_id, ==, r1.tracking_id);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM messages"), ==, 1);
	st_file_result_clear(&r1);
	st_file_result_clear(&r2);

	/* the same Message-ID with other bytes (a resend with changes) is new */
	g_autofree char *other = write_raw(fx, "other bytes", 0);
	g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, other, &r1, &err));
	g_assert_false(r1.duplicate);
	st_file_result_clear(&r1);

	/* without a Message-ID the bytes alone decide */
	Msg noid = report;
	noid.message_id = NULL;
	noid.subject = "no id here";
	g_autoptr(StAnalysis) b = analysis(fx, &noid);
	g_autofree char *raw3 = write_raw(fx, "no message id", 0);
	g_autofree char *raw4 = write_raw(fx, "no message id, other", 0);
	g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, b, &env, raw3, &r1, &err));
	g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, b, &env, raw3, &r2, &err));
	g_assert_false(r1.duplicate);
	g_assert_true(r2.duplicate);
	g_assert_cmpstr(r1.tracking_id, ==, r2.tracking_id);
	st_file_result_clear(&r2);
	g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, b, &env, raw4, &r2, &err));
	g_assert_false(r2.duplicate);
	g_assert_cmpstr(r1.tracking_id, !=, r2.tracking_id);
	st_file_result_clear(&r1);
	st_file_result_clear(&r2);
}

static void
test_threading(Fixture *fx, gconstpointer data)
{
	StFileResult first = { 0 };
	file_ok(fx, &report, "alice@example.org", T2026, &first);
	g_autofree char *ack_mid = tu_sql_text(fx->store, "SELECT ack_message_id FROM reports");
	g_assert_nonnull(ack_mid);
	g_autofree char *refs_ack = g_strdup_printf("unknown@x.example %s", ack_mid);

	const struct {
		const char *name;
		const char *subject;
		const char *irt;
		const char *refs;
		gboolean followup;
	} cases[] = {
		{ "subject id", "Re: [SEC-2026-0001] more details", NULL, NULL, TRUE },
		{ "subject id, other case", "[sec-2026-0001] and more", NULL, NULL, TRUE },
		{ "subject id among others", "[SEC-2026-0999] [SEC-2026-0001]", NULL, NULL, TRUE },
		{ "in-reply-to a message", "Re: hello", "r1@example.org", NULL, TRUE },
		{ "references a message", "Re: hello", NULL, "a@x.example r1@example.org", TRUE },
		{ "in-reply-to our ack", "Re: ack", ack_mid, NULL, TRUE },
		{ "references our ack", "Re: ack", NULL, refs_ack, TRUE },
		{ "unknown id", "[SEC-2026-0999] hello", NULL, NULL, FALSE },
		{ "id without brackets", "about SEC-2026-0001", NULL, NULL, FALSE },
		{ "other prefix", "[CVE-2026-0001]", NULL, NULL, FALSE },
		{ "unknown references", "Re: x", "nobody@x.example", "a@b.example", FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		StFileResult r = { 0 };
		g_autofree char *mid = g_strdup_printf("thread-%zu@example.org", i);
		Msg m = {
			.subject = cases[i].subject, .message_id = mid,
			.in_reply_to = cases[i].irt, .references = cases[i].refs,
			.checks = "yynny", .klass = "sandbox_escape", .ack = TRUE, .is_report = TRUE,
		};
		file_ok(fx, &m, "carol@example.org", T2026 + (gint64)i, &r);
		if (r.followup != cases[i].followup)
			g_error("%s: followup %d, expected %d (%s)", cases[i].name,
				r.followup, cases[i].followup, r.tracking_id);
		if (cases[i].followup) {
			g_assert_cmpstr(r.tracking_id, ==, "SEC-2026-0001");
			g_assert_cmpint(r.report_id, ==, first.report_id);
			g_assert_cmpint(tu_sql_int(fx->store, "SELECT is_followup FROM messages WHERE id = %"
					      G_GINT64_FORMAT, r.message_row), ==, 1);
		} else {
			g_assert_cmpstr(r.tracking_id, !=, "SEC-2026-0001");
		}
		st_file_result_clear(&r);
	}
	/* follow-ups get no second acknowledgment */
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM outbox WHERE report_id = %"
			      G_GINT64_FORMAT " AND kind = 'ack'", first.report_id), ==, 1);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM events WHERE kind = 'followup'"), ==, 7);
	st_file_result_clear(&first);
}

static void
test_followup_merge_rescore(Fixture *fx, gconstpointer data)
{
	StFileResult r1 = { 0 }, r2 = { 0 }, r3 = { 0 }, r4 = { 0 };
	file_ok(fx, &report, "alice@example.org", T2026, &r1);
	g_assert_cmpint(r1.score, ==, 70);

	/* a bounce threading on the report adds nothing to its facts */
	Msg bounce = {
		.subject = "Undelivered Mail", .message_id = "bounce@mx.example",
		.in_reply_to = "r1@example.org", .checks = "yyyyy", .version = "9.9.9",
		.ack = FALSE, .is_report = FALSE,
	};
	file_ok(fx, &bounce, "", T2026 + 10, &r2);
	g_assert_true(r2.followup);
	g_assert_cmpint(r2.score, ==, 70);
	g_assert_cmpstr(r2.missing, ==, "version,platform");
	g_assert_false(r2.ack_queued);

	/* the reporter's reply supplies the version: score up, one note */
	Msg reply = {
		.subject = "Re: [SEC-2026-0001] Sandbox escape", .message_id = "r2@example.org",
		.in_reply_to = "r1@example.org", .checks = "nnynn", .version = "0.6.14",
		.ack = TRUE, .is_report = TRUE,
	};
	file_ok(fx, &reply, "alice@example.org", T2026 + 20, &r3);
	g_assert_true(r3.followup);
	g_assert_cmpint(r3.score, ==, 85);
	g_assert_cmpstr(r3.missing, ==, "platform");
	g_assert_true(r3.ack_queued);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT score FROM reports"), ==, 85);
	g_autofree char *version = tu_sql_text(fx->store, "SELECT version FROM reports");
	g_assert_cmpstr(version, ==, "0.6.14");
	g_autofree char *cls = tu_sql_text(fx->store, "SELECT class FROM reports");
	g_assert_cmpstr(cls, ==, "sandbox_escape");
	g_autofree char *fj = tu_sql_text(fx->store, "SELECT json_extract(facts_json, '$.checklist.version')"
				     " || json_extract(facts_json, '$.checklist.poc') FROM reports");
	g_assert_cmpstr(fj, ==, "11");
	g_autofree char *detail = tu_sql_text(fx->store, "SELECT detail FROM events WHERE kind = 'rescored'");
	g_assert_cmpstr(detail, ==, "score 70 -> 85, missing version,platform -> platform");
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM outbox WHERE kind = 'followup'"
			      " AND status = 'pending'"), ==, 1);

	/* the next gap filled the same day: no second note, an event says why */
	Msg reply2 = reply;
	reply2.message_id = "r3@example.org";
	reply2.checks = "nnnyn";
	reply2.version = NULL;
	file_ok(fx, &reply2, "alice@example.org", T2026 + 30, &r4);
	g_assert_cmpint(r4.score, ==, 100);
	g_assert_cmpstr(r4.missing, ==, "");
	g_assert_false(r4.ack_queued);
	g_assert_nonnull(strstr(r4.ack_reason, "24 h"));
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM outbox WHERE kind = 'followup'"), ==, 1);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM events WHERE kind = 'ack-suppressed'"), ==, 1);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM reports"), ==, 1);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM messages"), ==, 4);
	st_file_result_clear(&r1);
	st_file_result_clear(&r2);
	st_file_result_clear(&r3);
	st_file_result_clear(&r4);
}

static void
test_followup_from_stranger(Fixture *fx, gconstpointer data)
{
	StFileResult r1 = { 0 }, r2 = { 0 };
	file_ok(fx, &report, "alice@example.org", T2026, &r1);
	/* someone else adds the version under the tracking id: joined and
	 * rescored, but no note to a sender who is not the reporter */
	Msg other = {
		.subject = "[SEC-2026-0001] me too", .message_id = "m1@mallory.example",
		.checks = "nnynn", .version = "0.6.13", .ack = TRUE, .is_report = TRUE,
	};
	file_ok(fx, &other, "mallory@example.net", T2026 + 15, &r2);
	g_assert_true(r2.followup);
	g_assert_cmpstr(r2.tracking_id, ==, r1.tracking_id);
	g_assert_cmpint(r2.score, ==, 85);
	g_assert_false(r2.ack_queued);
	g_assert_nonnull(strstr(r2.ack_reason, "not the report's reporter"));
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM outbox WHERE recipient LIKE 'mallory%%'"), ==, 0);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM events WHERE kind = 'ack-suppressed'"), ==, 1);
	st_file_result_clear(&r1);
	st_file_result_clear(&r2);
}

static void
test_followup_forged(Fixture *fx, gconstpointer data)
{
	StFileResult r1 = { 0 }, r2 = { 0 }, r3 = { 0 };
	file_ok(fx, &report, "alice@example.org", T2026, &r1);
	/* a reply in the thread whose sender failed DMARC: filed in the
	 * report, but it changes none of its facts */
	Msg forged = {
		.subject = "Re: [SEC-2026-0001] Sandbox escape", .message_id = "f1@example.org",
		.in_reply_to = "r1@example.org", .checks = "yyyyy", .version = "9.9.9",
		.klass = "supply_chain", .ack = FALSE, .is_report = TRUE, .reason = "dmarc-fail",
	};
	file_ok(fx, &forged, "alice@example.org", T2026 + 10, &r2);
	g_assert_true(r2.followup);
	g_assert_cmpstr(r2.tracking_id, ==, r1.tracking_id);
	g_assert_cmpint(r2.score, ==, r1.score);
	g_assert_cmpstr(r2.missing, ==, "version,platform");
	g_assert_false(r2.ack_queued);
	g_assert_nonnull(strstr(r2.ack_reason, "not merged"));
	g_autofree char *version = tu_sql_text(fx->store, "SELECT coalesce(version, '') FROM reports");
	g_assert_cmpstr(version, ==, "");
	g_autofree char *cls = tu_sql_text(fx->store, "SELECT class FROM reports");
	g_assert_cmpstr(cls, ==, "sandbox_escape");
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM messages"), ==, 2);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM events WHERE kind = 'note'"
			      " AND detail LIKE '%%failed DMARC%%'"), ==, 1);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM events WHERE kind = 'rescored'"), ==, 0);

	/* the same reply from a sender that passes: merged */
	Msg genuine = forged;
	genuine.message_id = "g1@example.org";
	genuine.reason = NULL;
	genuine.ack = TRUE;
	genuine.checks = "nnynn";
	genuine.klass = NULL;
	file_ok(fx, &genuine, "alice@example.org", T2026 + 20, &r3);
	g_assert_cmpstr(r3.missing, ==, "platform");
	g_autofree char *v2 = tu_sql_text(fx->store, "SELECT version FROM reports");
	g_assert_cmpstr(v2, ==, "9.9.9");
	st_file_result_clear(&r1);
	st_file_result_clear(&r2);
	st_file_result_clear(&r3);
}

static void
test_ack_limits(Fixture *fx, gconstpointer data)
{
	fx->cfg->ack_rate_per_day = 2;
	const struct {
		const char *from;
		gint64 at;
		gboolean ack;
		gboolean queued;
		const char *reason_part;
	} cases[] = {
		{ "alice@example.org", T2026, TRUE, TRUE, NULL },
		{ "Alice@Example.ORG", T2026 + 60, TRUE, TRUE, NULL },
		{ "alice@example.org", T2026 + 120, TRUE, FALSE, "rate limit" },
		{ "dave@example.org", T2026 + 130, TRUE, TRUE, NULL },
		{ "alice@example.org", T2026 + 86400 + 1, TRUE, TRUE, NULL }, /* a day later */
		{ "", T2026 + 200, TRUE, FALSE, "null envelope sender" },
		{ NULL, T2026 + 210, TRUE, FALSE, "unknown" },
		{ "erin@example.org", T2026 + 220, FALSE, FALSE, "policy: auto-submitted" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		StFileResult r = { 0 };
		g_autofree char *mid = g_strdup_printf("rate-%zu@example.org", i);
		Msg m = report;
		m.message_id = mid;
		m.ack = cases[i].ack;
		file_ok(fx, &m, cases[i].from, cases[i].at, &r);
		if (r.ack_queued != cases[i].queued)
			g_error("case %zu: queued %d (%s)", i, r.ack_queued, r.ack_reason);
		if (cases[i].reason_part && !strstr(r.ack_reason, cases[i].reason_part))
			g_error("case %zu: reason \"%s\"", i, r.ack_reason);
		/* every new report has exactly one ack row, pending or suppressed */
		g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM outbox WHERE report_id = %"
				      G_GINT64_FORMAT " AND kind = 'ack' AND status = '%s'",
				      r.report_id, cases[i].queued ? "pending" : "suppressed"), ==, 1);
		g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM events WHERE report_id = %"
				      G_GINT64_FORMAT " AND kind = '%s'", r.report_id,
				      cases[i].queued ? "ack-queued" : "ack-suppressed"), ==, 1);
		g_assert_cmpint(tu_sql_int(fx->store, "SELECT ack_message_id IS NOT NULL FROM reports WHERE id = %"
				      G_GINT64_FORMAT, r.report_id), ==, cases[i].queued);
		st_file_result_clear(&r);
	}
	g_autofree char *reporter = tu_sql_text(fx->store, "SELECT quote(reporter) FROM reports WHERE tracking_id = 'SEC-2026-0006'");
	g_assert_cmpstr(reporter, ==, "''");   /* the null sender is stored as "" */
}

static void
test_truncation_and_attachments(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	fx->cfg->limits.max_message_size = 1000;
	fx->cfg->limits.max_attachment_bytes = 10;
	const char *eml =
		"From: Alice <alice@example.org>\n"
		"To: security@superrad.company\n"
		"Subject: attachments\n"
		"Message-ID: <att@example.org>\n"
		"MIME-Version: 1.0\n"
		"Content-Type: multipart/mixed; boundary=\"b\"\n"
		"\n"
		"--b\n"
		"Content-Type: text/plain\n"
		"\n"
		"See the attached PoC.\n"
		"--b\n"
		"Content-Type: text/x-python; name=\"poc.py\"\n"
		"Content-Disposition: attachment; filename=\"poc.py\"\n"
		"\n"
		"print(1)\n"
		"--b\n"
		"Content-Type: application/octet-stream; name=\"big.bin\"\n"
		"Content-Disposition: attachment; filename=\"big.bin\"\n"
		"\n"
		"0123456789012345678901234567890123456789\n"
		"--b--\n";
	GString *big = g_string_new(eml);
	while (big->len < 5000)
		g_string_append(big, "padding padding padding padding\n");
	g_autofree char *raw = g_build_filename(fx->dir, "att.eml", NULL);
	g_assert_true(g_file_set_contents(raw, big->str, big->len, NULL));
	g_autoptr(StAnalysis) a = st_analyze_data(fx->cfg, fx->rules, big->str, big->len,
						  "alice@example.org");
	StEnvelope env = { .envelope_from = "alice@example.org", .received_at = T2026 };
	StFileResult r = { 0 };
	g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, raw, &r, &err));
	g_assert_no_error(err);

	g_assert_cmpint(tu_sql_int(fx->store, "SELECT raw_truncated FROM messages"), ==, 1);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT length(raw) FROM messages"), ==, 1000);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT size FROM messages"), ==, (gint64)big->len);
	g_autofree char *flags = tu_sql_text(fx->store, "SELECT flags FROM messages");
	g_assert_nonnull(strstr(flags, "truncated"));
	g_autofree char *prefix = tu_sql_text(fx->store, "SELECT CAST(substr(raw, 1, 30) AS TEXT) FROM messages");
	g_assert_cmpstr(prefix, ==, "From: Alice <alice@example.org");

	/* attachments as the parser found them: content kept up to the limit */
	gint64 n = a->msg->attachments->len;
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM attachments"), ==, n);
	for (guint i = 0; i < a->msg->attachments->len; i++) {
		StAttachment *att = g_ptr_array_index(a->msg->attachments, i);
		gboolean kept = att->content && att->size <= 10;
		g_assert_cmpint(tu_sql_int(fx->store, "SELECT kept FROM attachments WHERE idx = %u", i), ==, kept);
		g_assert_cmpint(tu_sql_int(fx->store, "SELECT content IS NOT NULL FROM attachments WHERE idx = %u", i),
				==, kept);
		g_autofree char *sha = tu_sql_text(fx->store, "SELECT sha256 FROM attachments WHERE idx = %u", i);
		g_assert_cmpstr(sha, ==, att->sha256);
	}
	g_string_free(big, TRUE);
	st_file_result_clear(&r);
}

/* Counts of every table, to prove that a failed filing wrote nothing. */
static char *
table_counts(Fixture *fx)
{
	return tu_sql_text(fx->store, "SELECT (SELECT count(*) FROM reports) || ' ' ||"
		      " (SELECT count(*) FROM messages) || ' ' ||"
		      " (SELECT count(*) FROM attachments) || ' ' ||"
		      " (SELECT count(*) FROM events) || ' ' ||"
		      " (SELECT count(*) FROM outbox) || ' ' ||"
		      " (SELECT coalesce(sum(next), 0) FROM counters)");
}

static void
test_rollback_full_disk(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	StFileResult r = { 0 };
	file_ok(fx, &report, "alice@example.org", T2026, &r);
	st_file_result_clear(&r);
	g_autofree char *before = table_counts(fx);

	/* a disk with room for a few pages only: the 2 MiB message fails */
	gint64 pages = tu_sql_int(fx->store, "PRAGMA page_count");
	g_autofree char *limit = g_strdup_printf("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 8);
	tu_sql_exec(fx->store, limit);
	Msg m = report;
	m.message_id = "full@example.org";
	g_autoptr(StAnalysis) a = analysis(fx, &m);
	g_autofree char *raw = write_raw(fx, "a big one", 2 * 1024 * 1024);
	StEnvelope env = { .envelope_from = "alice@example.org", .received_at = T2026 };
	g_assert_false(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, raw, &r, &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_FULL);
	g_clear_error(&err);
	g_assert_null(r.tracking_id);
	g_autofree char *after = table_counts(fx);
	g_assert_cmpstr(after, ==, before);

	/* room again: the retry files it, with the next id (none was used up) */
	tu_sql_exec(fx->store, "PRAGMA max_page_count = 1073741823");
	g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, raw, &r, &err));
	g_assert_no_error(err);
	g_assert_cmpstr(r.tracking_id, ==, "SEC-2026-0002");
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT length(raw) FROM messages WHERE id = %" G_GINT64_FORMAT,
			      r.message_row), ==, 2 * 1024 * 1024);
	st_file_result_clear(&r);

	/* the same through the pool's group commit */
	StStorePool *pool = st_store_pool_new(fx->path, 2000, 1);
	StStore *conn = st_store_pool_acquire(pool, &err);
	g_assert_no_error(err);
	pages = tu_sql_int(fx->store, "PRAGMA page_count");
	g_autofree char *limit2 = g_strdup_printf("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 8);
	g_assert_cmpint(sqlite3_exec(st_store_db(conn), limit2, NULL, NULL, NULL), ==, SQLITE_OK);
	st_store_pool_release(pool, conn);
	g_autofree char *before2 = table_counts(fx);
	Msg m2 = report;
	m2.message_id = "full2@example.org";
	g_autoptr(StAnalysis) a2 = analysis(fx, &m2);
	g_autofree char *raw2 = write_raw(fx, "another big one", 2 * 1024 * 1024);
	g_assert_false(st_store_pool_file(pool, fx->cfg, fx->rules, a2, &env, raw2, &r, &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_FULL);
	g_clear_error(&err);
	g_assert_null(r.tracking_id);
	g_autofree char *after2 = table_counts(fx);
	g_assert_cmpstr(after2, ==, before2);
	conn = st_store_pool_acquire(pool, &err);
	g_assert_cmpint(sqlite3_exec(st_store_db(conn), "PRAGMA max_page_count = 1073741823",
				     NULL, NULL, NULL), ==, SQLITE_OK);
	st_store_pool_release(pool, conn);
	g_assert_true(st_store_pool_file(pool, fx->cfg, fx->rules, a2, &env, raw2, &r, &err));
	g_assert_no_error(err);
	g_assert_cmpstr(r.tracking_id, ==, "SEC-2026-0003");
	st_file_result_clear(&r);
	st_store_pool_free(pool);
}

static void
test_rollback_read_only_and_unreadable(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	StFileResult r = { 0 };
	g_autofree char *before = table_counts(fx);
	g_autoptr(StAnalysis) a = analysis(fx, &report);
	g_autofree char *raw = write_raw(fx, "read only", 0);
	StEnvelope env = { .envelope_from = "alice@example.org", .received_at = T2026 };

	tu_sql_exec(fx->store, "PRAGMA query_only = 1");
	g_assert_false(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, raw, &r, &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_IO);
	g_clear_error(&err);
	tu_sql_exec(fx->store, "PRAGMA query_only = 0");

	/* locked by another writer past the busy timeout */
	g_autoptr(StStore) other = st_store_open(fx->path, 100, &err);
	g_assert_true(st_store_begin(other, &err));
	st_store_close(fx->store);
	fx->store = st_store_open(fx->path, 100, &err);
	g_assert_no_error(err);
	g_assert_false(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, raw, &r, &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_BUSY);
	g_clear_error(&err);
	st_store_rollback(other);

	/* a raw file that cannot be read */
	g_autofree char *gone = g_build_filename(fx->dir, "nonexistent.eml", NULL);
	g_assert_false(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, gone, &r, &err));
	g_assert_error(err, G_FILE_ERROR, G_FILE_ERROR_NOENT);
	g_clear_error(&err);

	g_autofree char *after = table_counts(fx);
	g_assert_cmpstr(after, ==, before);
	/* and the connection still files */
	g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, raw, &r, &err));
	g_assert_cmpstr(r.tracking_id, ==, "SEC-2026-0001");
	st_file_result_clear(&r);
}

/* Peak resident memory (VmHWM) in KiB. */
static gint64
peak_kib(void)
{
	g_autofree char *status = NULL;
	g_assert_true(g_file_get_contents("/proc/self/status", &status, NULL, NULL));
	const char *p = strstr(status, "VmHWM:");
	g_assert_nonnull(p);
	return g_ascii_strtoll(p + 6, NULL, 10);
}

static void
test_large_message_memory_flat(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	StFileResult r = { 0 };
	g_autoptr(StAnalysis) a = analysis(fx, &report);
	g_autofree char *path = g_build_filename(fx->dir, "large.eml", NULL);
	FILE *fp = fopen(path, "w");
	g_assert_nonnull(fp);
	g_autofree char *line = g_strnfill(1023, 'x');
	for (int i = 0; i < 48 * 1024; i++)   /* 48 MiB */
		fprintf(fp, "%s\n", line);
	fclose(fp);
	StEnvelope env = { .envelope_from = "alice@example.org", .received_at = T2026 };

	gint64 before = peak_kib();
	g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, path, &r, &err));
	g_assert_no_error(err);
	gint64 growth = peak_kib() - before;
	g_test_message("peak memory growth filing 48 MiB: %" G_GINT64_FORMAT " KiB", growth);
	g_assert_cmpint(growth, <, 8 * 1024);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT length(raw) FROM messages"), ==, 48 * 1024 * 1024);
	st_file_result_clear(&r);
}

typedef struct {
	Fixture *fx;
	StStorePool *pool;
	int thread;
	GPtrArray *ids;
	GMutex *lock;
	int failures;
} Job;

static gpointer
filer(gpointer p)
{
	Job *job = p;
	for (int i = 0; i < 10; i++) {
		GError *err = NULL;
		StFileResult r = { 0 };
		StStore *store = job->thread % 2 ? NULL : st_store_pool_acquire(job->pool, &err);
		g_autofree char *mid = g_strdup_printf("conc-%d-%d@example.org", job->thread, i);
		Msg m = report;
		m.message_id = mid;
		m.subject = mid;
		StAnalysis *a = analysis(job->fx, &m);
		g_autofree char *name = g_strdup_printf("conc-%d-%d.eml", job->thread, i);
		g_autofree char *raw = g_build_filename(job->fx->dir, name, NULL);
		g_file_set_contents(raw, mid, -1, NULL);
		StEnvelope env = { .envelope_from = mid, .received_at = T2026 };
		gboolean ok;
		/* odd threads file with group commit, even ones on their own */
		if (job->thread % 2)
			ok = st_store_pool_file(job->pool, job->fx->cfg, job->fx->rules, a,
						&env, raw, &r, &err);
		else
			ok = store != NULL && st_store_file(store, job->fx->cfg, job->fx->rules,
							    a, &env, raw, &r, &err);
		if (!ok) {
			g_printerr("filer: %s\n", err ? err->message : "?");
			g_clear_error(&err);
			job->failures++;
		} else {
			g_mutex_lock(job->lock);
			g_ptr_array_add(job->ids, g_steal_pointer(&r.tracking_id));
			g_mutex_unlock(job->lock);
		}
		st_file_result_clear(&r);
		st_analysis_free(a);
		if (store != NULL)
			st_store_pool_release(job->pool, store);
	}
	return NULL;
}

static void
test_concurrent_filing(Fixture *fx, gconstpointer data)
{
	StStorePool *pool = st_store_pool_new(fx->path, 10000, 4);
	g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func(g_free);
	GMutex lock;
	Job jobs[6];
	GThread *threads[6];

	g_mutex_init(&lock);
	for (int i = 0; i < 6; i++) {
		jobs[i] = (Job){ fx, pool, i, ids, &lock, 0 };
		threads[i] = g_thread_new("filer", filer, &jobs[i]);
	}
	for (int i = 0; i < 6; i++) {
		g_thread_join(threads[i]);
		g_assert_cmpint(jobs[i].failures, ==, 0);
	}
	g_assert_cmpint(ids->len, ==, 60);
	g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint i = 0; i < ids->len; i++)
		g_assert_true(g_hash_table_add(seen, g_ptr_array_index(ids, i)));
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM reports"), ==, 60);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT next FROM counters"), ==, 61);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM outbox WHERE kind = 'ack'"), ==, 60);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM events WHERE kind = 'filed'"), ==, 60);
	st_store_pool_free(pool);
	g_mutex_clear(&lock);
}

static void
test_devset_thread(Fixture *fx, gconstpointer data)
{
	const char *shared = g_getenv("ST_SHARED");
	if (shared == NULL) {
		g_test_skip("ST_SHARED not set");
		return;
	}
	g_autofree char *first = g_build_filename(shared, "devset", "mail",
						  "17-server-mcp-noauth.eml", NULL);
	g_autofree char *reply = g_build_filename(shared, "devset", "mail",
						  "18-server-mcp-noauth-reply.eml", NULL);
	if (!g_file_test(first, G_FILE_TEST_EXISTS)) {
		g_test_skip("devset not found");
		return;
	}
	GError *err = NULL;
	StFileResult r1 = { 0 }, r2 = { 0 };
	const char *paths[] = { first, reply };
	StFileResult *rs[] = { &r1, &r2 };
	for (int i = 0; i < 2; i++) {
		g_autoptr(StAnalysis) a = st_analyze_file(fx->cfg, fx->rules, paths[i],
							  "reporter@example.org", &err);
		g_assert_no_error(err);
		StEnvelope env = { .envelope_from = "reporter@example.org",
				   .received_at = T2026 + i * 3600 };
		g_assert_true(st_store_file(fx->store, fx->cfg, fx->rules, a, &env, paths[i],
					    rs[i], &err));
		g_assert_no_error(err);
	}
	g_assert_false(r1.followup);
	g_assert_true(r2.followup);
	g_assert_cmpstr(r2.tracking_id, ==, r1.tracking_id);
	g_assert_cmpint(r2.score, >=, r1.score);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM reports"), ==, 1);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT count(*) FROM messages"), ==, 2);
	st_file_result_clear(&r1);
	st_file_result_clear(&r2);
}

/* (2148) a CI runner's banner in the job log of the project's own release
 * workflow is the project's runner, no host of the writer's: no platform;
 * the same banner over msb run in the writer's own CI job is the host */
static void
test_runner_platform(Fixture *fx, gconstpointer data)
{
	(void)data;
	static const char *const banner =
		"2031-04-02T09:00:01.0000001Z ##[group]Operating System\n"
		"2031-04-02T09:00:01.0000002Z Ubuntu\n"
		"2031-04-02T09:00:01.0000003Z 22.04.5\n"
		"2031-04-02T09:00:01.0000004Z LTS\n"
		"2031-04-02T09:00:01.0000005Z ##[endgroup]\n";
	g_autofree char *release = g_strconcat(
		"From: Ines <ines@example.org>\nTo: security@example.org\n"
		"Subject: release.yml publishes with a token any fork can reach\n\n"
		"Your release.yml workflow runs on pull_request_target and checks out the fork's\n"
		"head, so a pull request's build script runs with the publishing token of v0.11.2.\n"
		"From my test pull request's run log:\n\n", banner, NULL);
	g_autofree char *own = g_strconcat(
		"From: Ines <ines@example.org>\nTo: security@example.org\n"
		"Subject: msb run in our CI job reaches the host's docker socket\n\n"
		"In our own GitHub Actions job, msb 0.11.2 runs the test image and the guest can\n"
		"open /var/run/docker.sock of the runner host. The job log:\n\n", banner,
		"$ msb run --volume /var/run:/host-run alpine -- ls /host-run\ndocker.sock\n", NULL);
	g_autoptr(StAnalysis) a = st_analyze_data(fx->cfg, fx->rules, release, strlen(release), NULL);
	g_autoptr(StAnalysis) b = st_analyze_data(fx->cfg, fx->rules, own, strlen(own), NULL);

	g_assert_true(a->check_na[ST_CHECK_PLATFORM]);
	g_assert_null(a->os);
	g_assert_null(a->distro);
	g_assert_cmpstr(b->os, ==, "linux");
	g_assert_cmpstr(b->distro, ==, "Ubuntu 22.04.5 LTS");
}

/* A raw message filed from memory (triage of an inbox row) keeps the same
 * bytes, hash and dedupe key as the same message filed from a file, and
 * is cut at max_message_size the same way. */
static void
test_raw_in_memory(Fixture *fx, gconstpointer data)
{
	GError *err = NULL;
	g_autoptr(StAnalysis) a = analysis(fx, &report);
	g_autofree char *path = write_raw(fx, "bytes held in memory", 3000);
	g_autofree char *bytes = NULL;
	gsize len;
	StEnvelope env = { .envelope_from = "alice@example.org", .received_at = T2026 };
	StFileResult r1 = { 0 }, r2 = { 0 };
	StStorePool *pool = st_store_pool_new(fx->path, 2000, 1);

	g_assert_true(g_file_get_contents(path, &bytes, &len, NULL));
	g_autoptr(GBytes) raw = g_bytes_new(bytes, len);
	g_assert_true(st_store_pool_file_bytes(pool, fx->cfg, fx->rules, a, &env, raw, &r1, &err));
	g_assert_no_error(err);
	g_assert_false(r1.duplicate);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT length(raw) FROM messages"), ==, (int)len);
	g_autofree char *sum = tu_sql_text(fx->store, "SELECT sha256 FROM messages");
	char want[65];
	st_sha256_hex(bytes, len, want);
	g_assert_cmpstr(sum, ==, want);
	g_autofree char *kept = tu_sql_text(fx->store, "SELECT CAST(raw AS TEXT) FROM messages");
	g_assert_cmpstr(kept, ==, bytes);

	/* the same message again, from its file: a duplicate of the first */
	env.queue_id = "RETRY";
	g_assert_true(st_store_pool_file(pool, fx->cfg, fx->rules, a, &env, path, &r2, &err));
	g_assert_no_error(err);
	g_assert_true(r2.duplicate);
	g_assert_cmpstr(r2.tracking_id, ==, r1.tracking_id);
	st_file_result_clear(&r1);
	st_file_result_clear(&r2);

	/* more than max_message_size: the head kept, flagged truncated */
	fx->cfg->limits.max_message_size = 1000;
	g_autoptr(StAnalysis) b = analysis(fx, &report);
	g_autofree char *path2 = write_raw(fx, "a long one, cut", 5000);
	g_autofree char *bytes2 = NULL;
	g_assert_true(g_file_get_contents(path2, &bytes2, &len, NULL));
	g_autoptr(GBytes) raw2 = g_bytes_new(bytes2, len);
	env.queue_id = "LONG";
	g_assert_true(st_store_pool_file_bytes(pool, fx->cfg, fx->rules, b, &env, raw2, &r1, &err));
	g_assert_no_error(err);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT length(raw) FROM messages WHERE queue_id = 'LONG'"), ==, 1000);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT raw_truncated FROM messages WHERE queue_id = 'LONG'"), ==, 1);
	g_assert_cmpint(tu_sql_int(fx->store, "SELECT size FROM messages WHERE queue_id = 'LONG'"), ==, (int)len);
	st_file_result_clear(&r1);
	st_store_pool_free(pool);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
#define ADD(name, fn) g_test_add("/file/" name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
	ADD("runner-platform", test_runner_platform);
	ADD("new-report", test_new_report);
	ADD("tracking-ids-years", test_tracking_ids_years);
	ADD("dedupe", test_dedupe);
	ADD("threading", test_threading);
	ADD("followup-merge-rescore", test_followup_merge_rescore);
	ADD("followup-from-stranger", test_followup_from_stranger);
	ADD("followup-forged", test_followup_forged);
	ADD("ack-limits", test_ack_limits);
	ADD("truncation-attachments", test_truncation_and_attachments);
	ADD("rollback-full-disk", test_rollback_full_disk);
	ADD("rollback-read-only-unreadable", test_rollback_read_only_and_unreadable);
	ADD("large-message-memory-flat", test_large_message_memory_flat);
	ADD("concurrent-filing", test_concurrent_filing);
	ADD("raw-in-memory", test_raw_in_memory);
	ADD("devset-thread", test_devset_thread);
	return g_test_run();
}
