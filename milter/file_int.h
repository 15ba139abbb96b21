/*
 * file_int.h — what file.c and file_ack.c share (not a public API): one
 * filing in progress, and the analysis fields both read.
 */
#ifndef SECTRIAGE_FILE_INT_H
#define SECTRIAGE_FILE_INT_H

#include "sectriage/store.h"

G_BEGIN_DECLS

#define DAY_S (24 * 60 * 60)

/* One filing in progress. */
typedef struct Filing {
	StStore *store;
	const StConfig *cfg;
	const StRules *rules;
	StAnalysis *a;
	const StEnvelope *env;
	StFileResult *out;
	const char *actor;
	const char *sender;     /* envelope sender: NULL unknown, "" null */
	gint64 now;

	/* the raw message */
	int fd;                 /* -1: none */
	const char *data;       /* or the raw bytes in memory (NULL: none) */
	gint64 size;            /* bytes received */
	gint64 keep;            /* bytes stored */
	char sha256[65];        /* of the raw bytes */
	char *canon;            /* st_canon_hash of them */
	char *dedupe_key;

	/* the report */
	gint64 report_id;
	char *tracking_id;
	gboolean followup;
	gint64 message_row;
	char *old_missing;      /* follow-up: the report's before */
	StAnalysis *merged;     /* follow-up: the re-merged facts (owned) */
} Filing;

/* The message's subject (the protected one of an encrypted report) and
 * Message-ID, from the parsed message or the stored analysis; owned by A,
 * NULL when absent. */
const char *st_filing_subject(const StAnalysis *a);
const char *st_filing_message_id(const StAnalysis *a);

/* Inside the filing's transaction: the acknowledgment of a new report, or
 * the follow-up note of a report whose missing items changed (file_ack.c:
 * the policy decision, the per-sender and per-report limits, the outbox
 * row or the suppression event).  FALSE with ERROR. */
gboolean st_filing_ack_new(Filing *f, StFileResult *out, GError **error);
gboolean st_filing_ack_followup(Filing *f, StFileResult *out, GError **error);

G_END_DECLS

#endif
