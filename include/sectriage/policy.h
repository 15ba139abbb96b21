/*
 * policy.h — whether to acknowledge (RFC 3834 and authentication).
 * The policy's clocks are in sla.h.
 *
 * st_policy_ack_decision(): sets a->ack_send, a->ack_reason and a->is_report.
 * No ack for: the null envelope sender, MAILER-DAEMON (postmaster only with a
 * bounce's marks or no report: a person reads that mailbox), Auto-Submitted
 * other than "no", Precedence bulk/list/junk, List-Id/List-Post/List-*,
 * multipart/report, X-Spam-Flag: YES, DMARC or SPF fail in an
 * Authentication-Results header from a trusted authserv-id
 * (cfg->trusted_authserv_ids, a leading dot matching any host of the domain),
 * our own acknowledgments and notices (X-Sectriage-Auto header), and mail that
 * is plainly not a report.  The per-sender rate limit and "one per report" are
 * enforced at filing time (store), not here.
 */
#ifndef SECTRIAGE_POLICY_H
#define SECTRIAGE_POLICY_H

#include "analysis.h"
#include "config.h"
#include "rules.h"

G_BEGIN_DECLS

/* Header our own outgoing mail carries, so it is never acknowledged. */
#define ST_AUTO_HEADER "X-Sectriage-Auto"

void st_policy_ack_decision(const StConfig *cfg, const StRules *rules,
			    const StMessage *msg, StAnalysis *a);

/* TRUE when AUTHSERV_ID is trusted by PATTERNS (exact, or ".domain" suffix). */
gboolean st_policy_authserv_trusted(char **patterns, const char *authserv_id);

G_END_DECLS
#endif
