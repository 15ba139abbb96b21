/*
 * join.h — which report a message belongs to, decided from its header
 * fields alone, and new tracking ids.
 *
 * Shared by filing (file.c, after the analysis) and intake (inbox.c, at end
 * of message, before any analysis): both must thread a message the same
 * way.  Every function runs inside the caller's open transaction on STORE.
 */
#ifndef SECTRIAGE_JOIN_H
#define SECTRIAGE_JOIN_H

#include <glib.h>

#include "config.h"
#include "store.h"

G_BEGIN_DECLS

/* The report whose tracking id "[PREFIX-YYYY-NNNN]" appears in SUBJECT (the
 * first known one), or 0.  FALSE with ERROR on a database error. */
gboolean st_join_by_subject(StStore *store, const StConfig *cfg, const char *subject,
			    gint64 *report_id, GError **error);

/* The report of a message id named in IN_REPLY_TO or REFS (borrowed
 * strings, oldest first; tried newest first): a filed message, a message
 * waiting in the inbox, our acknowledgment, or an outbox row.  0 when none.
 * Either may be NULL.  FALSE with ERROR on a database error. */
gboolean st_join_by_references(StStore *store, const char *in_reply_to,
			       const GPtrArray *refs, gint64 *report_id, GError **error);

/* The report of a message with MESSAGE_ID filed before or waiting in the
 * inbox (an MTA retry), or 0.  FALSE with ERROR on a database error. */
gboolean st_join_by_message_id(StStore *store, const char *message_id,
			       gint64 *report_id, GError **error);

/* The next free tracking id of NOW's year (UTC), "SEC-2026-0042" with the
 * configured prefix; the counter is advanced.  New string (g_free), NULL
 * with ERROR. */
char *st_join_new_tracking_id(StStore *store, const StConfig *cfg, gint64 now,
			      GError **error);

G_END_DECLS

#endif
