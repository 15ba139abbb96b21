/*
 * digest.h — the maintainers' triage digest (module digest.c).
 *
 * st_digest_collect() reads the database once at NOW and ranks the open
 * reports by urgency into sections:
 *   action    overdue or due within due_soon_days (ack, triage, fix clocks),
 *             or exploited in the wild; exploited first, then by due date
 *   fresh     new since SINCE (the meta key "last_digest" when SINCE <= 0):
 *             score, missing, suggested class/severity, out-of-scope hints,
 *             possible duplicates
 *   waiting   needs-info: waiting on the reporter, oldest first
 *   fixes     triaged/fixing reports with a fix clock, by fix due date
 *   embargoes embargo ending within embargo_warning_days (not yet published)
 * and figures: open reports by state, median time to acknowledgment, to
 * triage, to fix, and the share of each that met its SLA.
 * Overdue and due-soon are computed here, never stored.
 *
 * st_digest_render() turns it into text, Markdown, HTML (everything that came
 * from a reporter escaped with g_markup_escape_text) or JSON.
 */
#ifndef SECTRIAGE_DIGEST_H
#define SECTRIAGE_DIGEST_H

#include <glib.h>
#include "config.h"
#include "rules.h"
#include "store.h"

G_BEGIN_DECLS

typedef enum {
	ST_DIGEST_TEXT = 0,
	ST_DIGEST_MARKDOWN,
	ST_DIGEST_HTML,
	ST_DIGEST_JSON,
} StDigestFormat;

/* "text", "markdown" (or "md"), "html", "json".  FALSE when unknown. */
gboolean st_digest_format_parse(const char *name, StDigestFormat *out);

typedef struct StDigestItem {
	gint64 id;
	char *tracking_id;
	char *subject;             /* reporter text: escape before HTML */
	char *reporter;            /* reporter text */
	char *state;
	char *severity;            /* maintainer's, or NULL */
	char *suggested_severity;
	char *klass;
	char *component;
	char *out_of_scope;        /* comma list or NULL */
	char *missing;             /* comma list or NULL */
	int score;
	gboolean exploited;
	gboolean encrypted;        /* arrived encrypted */
	gboolean plaintext_stored; /* and its plaintext is in the database */
	gint64 created_at;
	gint64 due;                /* the due date this item is listed for; 0 none */
	char *clock;               /* "ack", "triage", "fix", "embargo", or NULL */
	gboolean overdue;
	GPtrArray *dupes;          /* char*: "SEC-2026-0003 (same PoC)", may be empty */
} StDigestItem;

typedef struct StDigestFigures {
	gint64 open_by_state[7];   /* indexed by StState (workflow.h) */
	gint64 open_total;
	gint64 median_ack_s;       /* -1 when no sample */
	gint64 median_triage_s;
	gint64 median_fix_s;
	gint64 n_ack, n_ack_met;   /* samples and how many met the SLA */
	gint64 n_triage, n_triage_met;
	gint64 n_fix;              /* fixes measured (median) */
	gint64 n_fix_sla, n_fix_met; /* fixes with a clock (critical, high), met */
	gint64 inbox_waiting;      /* messages taken in, not yet triaged */
	gint64 inbox_failing;      /* of those, how many failed at least once */
	gint64 inbox_oldest_s;     /* how long the oldest has waited (-1: none) */
} StDigestFigures;

typedef struct StDigest {
	gint64 now;                /* unix seconds */
	gint64 since;              /* "new since" bound used */
	char *tz_name;             /* time zone of NOW, for display */
	GTimeZone *tz;
	int due_soon_days;
	int embargo_warning_days;
	GPtrArray *action;         /* StDigestItem*, ranked */
	GPtrArray *fresh;
	GPtrArray *waiting;
	GPtrArray *fixes;
	GPtrArray *embargoes;
	StDigestFigures figures;
} StDigest;

/* Collect the digest at NOW.  SINCE (unix seconds) bounds "new since"; when
 * <= 0 the meta key last_digest is used, or 7 days before NOW when absent.
 * MAX_ITEMS bounds each section (0: no bound).  Returns a new StDigest
 * (st_digest_free) or NULL with ERROR. */
StDigest *st_digest_collect(StStore *store, const StConfig *cfg, const StRules *rules,
			    GDateTime *now, gint64 since, guint max_items,
			    GError **error);
/* Free D and its items.  NULL is fine. */
void st_digest_free(StDigest *d);

/* The digest as text in FORMAT.  Never NULL; g_free(). */
char *st_digest_render(const StDigest *d, StDigestFormat format);

/* One multipart/alternative mail (text and HTML) for RECIPIENT, as RFC 5322
 * text; *MESSAGE_ID gets its Message-ID (without <>, g_free).  NULL with
 * ERROR on failure. */
char *st_digest_compose_mail(const StConfig *cfg, const StDigest *d,
			     const char *recipient, char **message_id, GError **error);

/* Queue one digest mail per recipient in the outbox (kind "digest") and set
 * meta last_digest to D->now, in one transaction.  Returns the number of
 * rows queued, -1 with ERROR. */
int st_digest_queue(StStore *store, const StConfig *cfg, const StDigest *d,
		    char **recipients, GError **error);

/* Record NOW as the time of the last digest (meta last_digest).  FALSE
 * with ERROR on a database error. */
gboolean st_digest_mark(StStore *store, gint64 now, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(StDigest, st_digest_free)

G_END_DECLS
#endif
