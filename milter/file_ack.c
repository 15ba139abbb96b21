/*
 * file_ack.c — the acknowledgment and follow-up note a filing queues, in
 * the filing's transaction (file.c says when; file_int.h).
 */
#include <string.h>

#include <sqlite3.h>

#include "sectriage/ack.h"
#include "sectriage/common.h"
#include "sectriage/store.h"

#include "file_int.h"

/* ---- acknowledgments ---- */

/* Rows queued for RECIPIENT in the 24 h before now (suppressed ones not
 * counted) against cfg->ack_rate_per_day.  *WHY gets the reason when over. */
static gboolean
rate_allows(Filing *f, const char *recipient, char **why, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(f->store,
		"SELECT count(*) FROM outbox WHERE recipient = ?1 COLLATE NOCASE"
		" AND created_at > ?2 AND status <> 'suppressed'", error);
	gint64 n;

	if (st == NULL)
		return FALSE;
	sqlite3_bind_text(st, 1, recipient, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, f->now - DAY_S);
	if (!st_store_step_int(f->store, st, &n, "rate limit", error))
		return FALSE;
	if (n >= f->cfg->ack_rate_per_day)
		*why = g_strdup_printf("rate limit: %" G_GINT64_FORMAT
				       " messages to this sender in 24 h (limit %d)",
				       n, f->cfg->ack_rate_per_day);
	return TRUE;
}

/* A follow-up note queued for this report in the last 24 h? */
static gboolean
followup_noted_today(Filing *f, gboolean *noted, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(f->store,
		"SELECT count(*) FROM outbox WHERE report_id = ?1"
		" AND kind = 'followup' AND created_at > ?2"
		" AND status <> 'suppressed'", error);
	gint64 n;

	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, f->report_id);
	sqlite3_bind_int64(st, 2, f->now - DAY_S);
	if (!st_store_step_int(f->store, st, &n, "follow-up limit", error))
		return FALSE;
	*noted = n > 0;
	return TRUE;
}

static gboolean
insert_outbox(Filing *f, const char *kind, const char *recipient,
	      const char *message_id, const char *message, const char *status,
	      const char *reason, GError **error)
{
	sqlite3_stmt *st = st_store_prepare(f->store,
		"INSERT INTO outbox(report_id, kind, recipient, message_id, message,"
		" status, next_attempt_at, created_at, reason)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)", error);

	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, f->report_id);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, recipient ? recipient : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, message_id, -1, SQLITE_STATIC);
	sqlite3_bind_blob64(st, 5, message ? message : "",
			    message ? strlen(message) : 0, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, status, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 7, f->now);
	sqlite3_bind_text(st, 8, reason, -1, SQLITE_STATIC);
	return st_store_step_done(f->store, st, "insert outbox", error);
}

/* Why no message may go to the sender, or NULL when one may (the policy
 * decision, the sender, the rate limit); NULL with ERROR on a database
 * error is told apart by *FAILED. */
static char *
ack_refusal(Filing *f, gboolean *failed, GError **error)
{
	char *why = NULL;

	*failed = FALSE;
	if (!f->a->ack_send)
		return g_strdup_printf("policy: %s", f->a->ack_reason
				       ? f->a->ack_reason : "no acknowledgment");
	if (f->sender == NULL)
		return g_strdup("envelope sender unknown");
	if (*f->sender == '\0')
		return g_strdup("null envelope sender");
	if (!rate_allows(f, f->sender, &why, error))
		*failed = TRUE;
	return why;
}

/* Compose with ack.c; NULL with *WHY set when it cannot. */
static char *
compose(Filing *f, const StAnalysis *facts, gboolean followup, char **mid,
	char **why)
{
	g_autoptr(GDateTime) received = g_date_time_new_from_unix_utc(f->now);
	g_autoptr(GPtrArray) none = g_ptr_array_new();
	g_autoptr(GError) err = NULL;
	StAckInput in = {
		.tracking_id = f->tracking_id,
		.recipient = f->sender,
		/* the subject as sent: an encrypted report's protected subject
		 * is plaintext and never goes back in clear (issue #8) */
		.subject = f->a->msg ? f->a->msg->subject : st_filing_subject(f->a),
		.in_reply_to = st_filing_message_id(f->a),
		.received = received,
		.facts = facts,
		.attachments = f->a->msg ? f->a->msg->attachments : none,
		.followup = followup,
	};
	char *text = st_ack_compose(f->cfg, f->rules, &in, mid, &err);

	if (text == NULL) {
		*why = g_strdup_printf("compose failed: %s",
				       err ? err->message : "no message");
		g_clear_pointer(mid, g_free);
	}
	return text;
}

gboolean
st_filing_ack_new(Filing *f, StFileResult *out, GError **error)
{
	gboolean failed;
	g_autofree char *mid = NULL;
	g_autofree char *text = NULL;
	char *why = ack_refusal(f, &failed, error);

	if (failed)
		return FALSE;
	if (why == NULL)
		text = compose(f, f->a, FALSE, &mid, &why);
	out->ack_reason = why;
	if (why != NULL)
		return insert_outbox(f, "ack", f->sender, NULL, NULL, "suppressed",
				     why, error) &&
			st_store_add_event(f->store, f->report_id, f->now, f->actor,
					   "ack-suppressed", why, error) > 0;

	sqlite3_stmt *st = st_store_prepare(f->store,
		"UPDATE reports SET ack_message_id = ?2 WHERE id = ?1", error);
	if (st == NULL)
		return FALSE;
	sqlite3_bind_int64(st, 1, f->report_id);
	sqlite3_bind_text(st, 2, mid, -1, SQLITE_STATIC);
	g_autofree char *detail = g_strdup_printf("ack to %s, Message-ID <%s>",
						  f->sender, mid ? mid : "");
	if (!st_store_step_done(f->store, st, "set ack message id", error) ||
	    !insert_outbox(f, "ack", f->sender, mid, text, "pending",
			   f->a->ack_reason, error) ||
	    st_store_add_event(f->store, f->report_id, f->now, f->actor,
			       "ack-queued", detail, error) == 0)
		return FALSE;
	out->ack_queued = TRUE;
	out->ack_reason = g_strdup(f->a->ack_reason ? f->a->ack_reason : "queued");
	return TRUE;
}

gboolean
st_filing_ack_followup(Filing *f, StFileResult *out, GError **error)
{
	gboolean failed, noted = FALSE;
	g_autofree char *mid = NULL;
	g_autofree char *text = NULL;
	char *why = ack_refusal(f, &failed, error);

	if (failed)
		return FALSE;
	if (why == NULL) {
		/* anyone who knows a tracking id can add to a report; only its
		 * reporter hears back about it */
		sqlite3_stmt *st = st_store_prepare(f->store,
			"SELECT 1 FROM reports WHERE id = ?1"
			" AND reporter = ?2 COLLATE NOCASE", error);
		gint64 same;
		if (st == NULL)
			return FALSE;
		sqlite3_bind_int64(st, 1, f->report_id);
		sqlite3_bind_text(st, 2, f->sender, -1, SQLITE_STATIC);
		if (!st_store_step_int(f->store, st, &same, "reporter", error))
			return FALSE;
		if (!same)
			why = g_strdup("the sender is not the report's reporter");
	}
	if (why == NULL) {
		if (!followup_noted_today(f, &noted, error))
			return FALSE;
		if (noted)
			why = g_strdup("a follow-up note was queued for this report in the last 24 h");
	}
	if (why == NULL)
		text = compose(f, f->merged, TRUE, &mid, &why);
	if (why != NULL) {
		out->ack_reason = g_strdup_printf("follow-up note: %s", why);
		g_free(why);
		return st_store_add_event(f->store, f->report_id, f->now, f->actor,
					  "ack-suppressed", out->ack_reason, error) > 0;
	}
	g_autofree char *detail = g_strdup_printf("follow-up note to %s, Message-ID <%s>",
						  f->sender, mid ? mid : "");
	if (!insert_outbox(f, "followup", f->sender, mid, text, "pending",
			   "follow-up filled checklist gaps", error) ||
	    st_store_add_event(f->store, f->report_id, f->now, f->actor,
			       "ack-queued", detail, error) == 0)
		return FALSE;
	out->ack_queued = TRUE;
	out->ack_reason = g_strdup("follow-up note queued");
	return TRUE;
}

