/*
 * ack.h — composing acknowledgments and notices with GMime (module ack.c).
 *
 * Every message we compose carries ST_AUTO_HEADER, Auto-Submitted:
 * auto-replied, In-Reply-To/References to the report, one recipient (the
 * envelope sender), From the security address, and a Subject
 * "[ID] Re: <original subject>" made safe (no CR/LF/controls, re-encoded as
 * RFC 2047 when not ASCII, bounded length).  The body comes from a template
 * in rules/templates/ and never quotes the report's text or attachment
 * contents (the envelope sender may be forged) nor internal scores.
 */
#ifndef SECTRIAGE_ACK_H
#define SECTRIAGE_ACK_H

#include <glib.h>
#include "analysis.h"
#include "config.h"
#include "rules.h"

G_BEGIN_DECLS

/* The error domain of composing (a missing or bad template). */
#define ST_ACK_ERROR (st_ack_error_quark())
GQuark st_ack_error_quark(void);

typedef struct StAckInput {
	const char *tracking_id;
	const char *recipient;        /* envelope sender of the report */
	const char *subject;          /* original subject (decoded) */
	const char *in_reply_to;      /* Message-ID of the report, without <> */
	GDateTime *received;          /* when the report arrived */
	const StAnalysis *facts;      /* the report's merged facts */
	GPtrArray *attachments;       /* StAttachment* of this message (names, sizes, sha256) */
	gboolean followup;            /* a short "received, now complete / still missing" note */
} StAckInput;

/* Compose the acknowledgment.  Returns the whole RFC 5322 message as text
 * (CRLF-free, LF line ends) and sets *MESSAGE_ID (without <>, g_free); NULL
 * with ERROR when a template is missing. */
char *st_ack_compose(const StConfig *cfg, const StRules *rules,
		     const StAckInput *in, char **message_id, GError **error);

/* Compose a state-change notice (triaged, fixing, fixed, published, closed)
 * from template notice-STATE.txt.  Same contract as st_ack_compose: returns
 * the message text (g_free) and *MESSAGE_ID (g_free); NULL with ERROR. */
char *st_notice_compose(const StConfig *cfg, const StRules *rules,
			const char *state, const char *tracking_id,
			const char *recipient, const char *subject,
			const char *in_reply_to, GHashTable *vars,
			char **message_id, GError **error);

/* Render template TMPL (the language of rules/templates/README) with VARS
 * (strings, numbers, booleans, arrays of objects or strings; NULL: none):
 * {{name}}, {{#if name}}..{{else}}..{{/if}}, {{#unless name}}..{{/unless}},
 * {{#each list}}..{{/each}} (members of the element, or {{.}}, in scope),
 * {{! comment}}.  A block tag alone on its line takes the line with it.
 * Returns the text (g_free), or NULL with ERROR for an unbalanced template. */
char *st_template_render(const char *tmpl, JsonObject *vars, GError **error);

G_END_DECLS
#endif
