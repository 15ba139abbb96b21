/*
 * seed.h — a deterministic generator of triage databases for test_digest and
 * for the digest benchmark (tests/tools/seed_db.c).  Header-only (static
 * functions) so that each program stays one file.  Fixtures (rules, temp
 * stores, times) are testutil.h's: this file only generates rows.
 *
 * seed_db() inserts N reports spread over the 200 days before NOW across
 * every state, with clocks consistent with the state (acked_at, triaged_at,
 * fixing_at, fixed_at, published_at, closed_at), severities, exploited
 * flags, embargoes, reporters whose subjects carry HTML and Markdown
 * metacharacters, and, WITH_MESSAGES, one stored message per report whose
 * text comes from a few topics (so that similar reports exist) and PoC
 * attachments shared by some reports.  The same SEED gives the same rows.
 */
#ifndef SECTRIAGE_TEST_SEED_H
#define SECTRIAGE_TEST_SEED_H

#include <string.h>
#include <sqlite3.h>
#include <glib.h>
#include "sectriage/store.h"
#include "sectriage/common.h"
#include "testutil.h"

#define SEED_DAY 86400

static const char *const seed_topics[] = {
	"A guest process can swap the parent directory of a virtiofs share between the "
	"check and the open, and the host follows the symlink out of the shared folder. "
	"With a tight loop this wins the race in a few seconds and reads /etc/shadow.",
	"Two sandboxes cloned from the same image share the block cache, and a write in one "
	"becomes visible in the other after a flat clone. Secrets written by one tenant leak "
	"to the next sandbox created from that image.",
	"The network policy blocks outbound connections but DNS queries still leave the "
	"sandbox, so data can be exfiltrated through TXT lookups to an attacker's domain.",
	"A bind mount of a setuid binary keeps the setuid bit on the host side and a guest "
	"can create a root-owned setuid shell visible to host users.",
	"The Node SDK replaces secret placeholders in request bodies but not in headers, so "
	"the real API key is sent to any host the sandboxed code talks to.",
	"Restoring a snapshot leaves stale blocks from a previous sandbox in unallocated "
	"regions of the disk image, readable with dd from inside the new sandbox.",
};

static const char *const seed_subjects[] = {
	"Sandbox escape through virtiofs rename race",
	"Isolation bypass: <script>alert('x')</script> in shared cache",
	"DNS exfiltration despite --no-network & \"deny all\" policy",
	"Host root via bind-mounted setuid binary",
	"Secret placeholder leak in *Node* SDK [headers] _bypass_",
	"Snapshot restore leaks <b>stale</b> blocks & data",
	"Question about hardening",
	"Crash when guest runs out of memory",
};

static const char *const seed_states[] = {
	"new", "needs-info", "triaged", "fixing", "fixed", "published", "closed",
};
static const char *const seed_sev[] = { "critical", "high", "medium", "low" };
static const char *const seed_res[] = {
	"duplicate", "informative", "out-of-scope", "not-applicable", "spam", "withdrawn",
};

/* State index for report I: a fixed spread over all states. */
static G_GNUC_UNUSED int
seed_state_of(GRand *r)
{
	/* new 15, needs-info 10, triaged 15, fixing 10, fixed 10, published 15, closed 25 */
	static const int cum[] = { 15, 25, 40, 50, 60, 75, 100 };
	int x = g_rand_int_range(r, 0, 100);
	for (int i = 0; i < 7; i++)
		if (x < cum[i])
			return i;
	return 6;
}

static G_GNUC_UNUSED gboolean
seed_exec(sqlite3 *db, sqlite3_stmt *st, GError **error)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE) {
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_SQL, "seed: %s",
			    sqlite3_errmsg(db));
		return FALSE;
	}
	return TRUE;
}

static G_GNUC_UNUSED void
seed_bind_time(sqlite3_stmt *st, int i, gint64 t)
{
	if (t > 0)
		sqlite3_bind_int64(st, i, t);
	else
		sqlite3_bind_null(st, i);
}

/* A small RFC 5322 message for report I on TOPIC. */
static G_GNUC_UNUSED char *
seed_message(int i, const char *subject, const char *reporter, const char *topic,
	     gboolean with_poc, const char *poc)
{
	if (!with_poc)
		return g_strdup_printf("From: Reporter %d <%s>\nTo: security@superrad.company\n"
				       "Subject: %s\nMessage-ID: <seed-%d@example.net>\n"
				       "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
				       "Hello,\n\n%s\n\nVersion: msb 0.6.%d\n", i, reporter, subject, i,
				       topic, 10 + i % 5);
	return g_strdup_printf("From: Reporter %d <%s>\nTo: security@superrad.company\n"
			       "Subject: %s\nMessage-ID: <seed-%d@example.net>\nMIME-Version: 1.0\n"
			       "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
			       "Content-Type: text/plain; charset=utf-8\n\nHello,\n\n%s\n\n"
			       "Version: msb 0.6.%d\n--b\nContent-Type: text/x-shellscript\n"
			       "Content-Disposition: attachment; filename=\"poc.sh\"\n\n%s\n--b--\n",
			       i, reporter, subject, i, topic, 10 + i % 5, poc);
}

typedef struct SeedStmts {
	sqlite3_stmt *report, *message, *attachment;
} SeedStmts;

static G_GNUC_UNUSED gboolean
seed_one(sqlite3 *db, SeedStmts *s, GRand *r, int i, gint64 now, gboolean with_messages,
	 GError **error)
{
	int state = seed_state_of(r);
	/* Open reports are mostly recent, as on a team that keeps up. */
	int age_days = state <= 1 ? 20 : state <= 4 ? 90 : 200;
	gint64 created = now - g_rand_int_range(r, 3600, age_days * SEED_DAY);
	gboolean acked = state > 0 ? g_rand_int_range(r, 0, 100) < 95 : g_rand_int_range(r, 0, 100) < 80;
	gint64 acked_at = acked ? MIN(now, created + g_rand_int_range(r, 30, 5 * SEED_DAY)) : 0;
	gint64 triaged = 0, fixing = 0, fixed = 0, published = 0, closed = 0, embargo = 0;
	const char *sev = NULL, *res = NULL;
	gint64 t = created;
	if (state >= 2 && state <= 6 && !(state == 6 && g_rand_boolean(r))) {
		triaged = t = MIN(now, t + g_rand_int_range(r, 3600, 10 * SEED_DAY));
		sev = seed_sev[g_rand_int_range(r, 0, 4)];
	}
	if (state >= 3 && state <= 5)
		fixing = t = MIN(now, t + g_rand_int_range(r, 3600, 5 * SEED_DAY));
	if (state >= 4 && state <= 5)
		fixed = t = MIN(now, t + g_rand_int_range(r, SEED_DAY, 70 * SEED_DAY));
	if (state == 5)
		published = t = MIN(now, t + g_rand_int_range(r, 3600, 20 * SEED_DAY));
	if (state == 6) {
		closed = MIN(now, t + g_rand_int_range(r, 3600, 10 * SEED_DAY));
		res = seed_res[g_rand_int_range(r, 1, 6)];
	}
	if (g_rand_int_range(r, 0, 10) == 0)
		embargo = now + g_rand_int_range(r, -3 * SEED_DAY, 30 * SEED_DAY);
	gboolean exploited = g_rand_int_range(r, 0, 40) == 0;
	int topic = g_rand_int_range(r, 0, G_N_ELEMENTS(seed_topics));
	const char *subject = seed_subjects[g_rand_int_range(r, 0, G_N_ELEMENTS(seed_subjects))];
	g_autofree char *tid = g_strdup_printf("SEC-SEED-%05d", i);
	g_autofree char *reporter = g_strdup_printf("reporter%d@example.net", i % 37);
	g_autofree char *ackid = acked ? g_strdup_printf("ack-%d@superrad.company", i) : NULL;
	static const char *const missing[] = { "", "version", "platform,logs", "poc", "" };
	static const char *const classes[] = { "sandbox_escape", "isolation_bypass",
		"network_bypass", "privilege_escalation", "secret_leakage", "snapshot_leak" };
	sqlite3_stmt *st = s->report;
	int k = 1;
	sqlite3_bind_text(st, k++, tid, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, k++, created);
	sqlite3_bind_int64(st, k++, MAX(created, t));
	sqlite3_bind_text(st, k++, reporter, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, k++, subject, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, k++, seed_states[state], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, k++, res, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, k++, sev, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, k++, seed_sev[topic % 4], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, k++, classes[topic], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, k++, topic == 4 ? "node_sdk" : "core", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, k++, subject[0] == 'Q' ? "hardening" : NULL, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, k++, g_rand_int_range(r, 20, 101));
	sqlite3_bind_text(st, k++, missing[i % 5], -1, SQLITE_STATIC);
	sqlite3_bind_int(st, k++, exploited);
	sqlite3_bind_text(st, k++, "{}", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, k++, ackid, -1, SQLITE_TRANSIENT);
	seed_bind_time(st, k++, acked_at);
	seed_bind_time(st, k++, triaged);
	seed_bind_time(st, k++, fixing);
	seed_bind_time(st, k++, fixed);
	seed_bind_time(st, k++, published);
	seed_bind_time(st, k++, closed);
	seed_bind_time(st, k++, embargo);
	if (!seed_exec(db, st, error))
		return FALSE;
	if (!with_messages)
		return TRUE;
	gint64 report = sqlite3_last_insert_rowid(db);
	gboolean with_poc = i % 3 == 0;
	g_autofree char *poc = g_strdup_printf("#!/bin/sh\n# PoC for topic %d\nwhile :; do mv a b; done\n",
					       topic);
	g_autofree char *raw = seed_message(i, subject, reporter, seed_topics[topic], with_poc, poc);
	char sha[65];
	tu_sha256(raw, strlen(raw), sha);
	g_autofree char *mid = g_strdup_printf("seed-%d@example.net", i);
	g_autofree char *dkey = g_strdup_printf("%s %s", mid, sha);
	st = s->message;
	sqlite3_bind_int64(st, 1, report);
	sqlite3_bind_int64(st, 2, created);
	sqlite3_bind_text(st, 3, mid, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, sha, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, dkey, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, reporter, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 7, subject, -1, SQLITE_STATIC);
	sqlite3_bind_blob(st, 8, raw, strlen(raw), SQLITE_TRANSIENT);
	if (!seed_exec(db, st, error))
		return FALSE;
	if (!with_poc)
		return TRUE;
	gint64 msg = sqlite3_last_insert_rowid(db);
	char psha[65];
	tu_sha256(poc, strlen(poc), psha);
	st = s->attachment;
	sqlite3_bind_int64(st, 1, msg);
	sqlite3_bind_int64(st, 2, report);
	sqlite3_bind_int64(st, 3, (gint64)strlen(poc));
	sqlite3_bind_text(st, 4, psha, -1, SQLITE_TRANSIENT);
	sqlite3_bind_blob(st, 5, poc, strlen(poc), SQLITE_TRANSIENT);
	return seed_exec(db, st, error);
}

/* Insert N generated reports (see above).  FALSE with ERROR. */
static G_GNUC_UNUSED gboolean
seed_db(StStore *store, int n, gint64 now, guint32 seed, gboolean with_messages,
	GError **error)
{
	sqlite3 *db = st_store_db(store);
	SeedStmts s = { 0 };
	gboolean ok = TRUE;
	g_autoptr(GRand) r = g_rand_new_with_seed(seed);

	if (sqlite3_prepare_v2(db,
			       "INSERT INTO reports(tracking_id, created_at, updated_at, reporter,"
			       " subject, state, resolution, severity, suggested_severity, class,"
			       " component, out_of_scope, score, missing, exploited, facts_json,"
			       " ack_message_id, acked_at, triaged_at, fixing_at, fixed_at,"
			       " published_at, closed_at, embargo_until)"
			       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
			       -1, &s.report, NULL) != SQLITE_OK
	    || sqlite3_prepare_v2(db,
				  "INSERT INTO messages(report_id, received_at, message_id, sha256,"
				  " dedupe_key, envelope_from, subject, raw) VALUES (?,?,?,?,?,?,?,?)",
				  -1, &s.message, NULL) != SQLITE_OK
	    || sqlite3_prepare_v2(db,
				  "INSERT INTO attachments(message_row, report_id, idx, filename,"
				  " content_type, size, sha256, role, content, kept)"
				  " VALUES (?, ?, 0, 'poc.sh', 'text/x-shellscript', ?, ?, 'poc', ?, 1)",
				  -1, &s.attachment, NULL) != SQLITE_OK) {
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_SQL, "seed: %s", sqlite3_errmsg(db));
		ok = FALSE;
	}
	if (ok)
		sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
	for (int i = 1; ok && i <= n; i++)
		ok = seed_one(db, &s, r, i, now, with_messages, error);
	if (ok)
		ok = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
	else
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_finalize(s.report);
	sqlite3_finalize(s.message);
	sqlite3_finalize(s.attachment);
	return ok;
}

#endif
