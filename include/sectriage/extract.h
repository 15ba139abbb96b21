/*
 * extract.h — facts from the text and attachments of a report.
 *
 * st_extract() fills in A: version (+kind, evidence), platform (os, distro,
 * kernel, macos_version, chip, evidence), the checklist flags for
 * description, poc and logs with their evidence, attachment roles, credit,
 * CVSS (vector, version, base score, severity) and "exploited in the wild".
 * Patterns and keywords come from RULES (the rules directory); C holds the mechanism.
 */
#ifndef SECTRIAGE_EXTRACT_H
#define SECTRIAGE_EXTRACT_H

#include "analysis.h"
#include "rules.h"

G_BEGIN_DECLS

/* The reading of a message body's quoted lines and reply headers
 * ([quote.header], [quote.forward]) that extraction and classification
 * share, so that the body is read once per analysis (#9): analyze.c makes
 * one with st_x_quote_body and passes it to st_extract and st_classify.
 * It points into RULES and MSG (body_text, subject), which must outlive it,
 * and remembers the answers it is asked for (not to be used by two threads
 * at once).  Whether MSG's Subject marks a forward ([quote.forward-subject]:
 * "Fwd:", Outlook's "FW:") is read here, once; each reader says whether it
 * heeds it.  Never NULL; st_x_quote_free() (g_autoptr). */
typedef struct StXQuote StXQuote;
StXQuote *st_x_quote_body(const StRules *rules, const StMessage *msg);
void st_x_quote_free(StXQuote *q);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(StXQuote, st_x_quote_free)

/* BODY: MSG's, from st_x_quote_body (borrowed); NULL to read it here. */
void st_extract(const StRules *rules, const StMessage *msg, StXQuote *body, StAnalysis *a);

/* Individual extractors, exposed for unit tests.  TEXT is UTF-8 with LF. */
void st_extract_version(const StRules *rules, const char *text, StAnalysis *a);
/* After classification: when A's component is an SDK whose version
 * st_extract_version kept aside beside msb's (A's sdk_version, read by a
 * group [version_sdk] lists for that component; the Rust library when
 * the text names it and the component is core), that version becomes
 * A's version, kind and evidence. */
void st_extract_version_sdk(const StRules *rules, StAnalysis *a);
void st_extract_platform(const StRules *rules, const char *text, StAnalysis *a);
void st_extract_credit(const StRules *rules, const char *text, StAnalysis *a);
/* An answer in OWN (the writer's own text) to a credit question in TEXT
 * (the same body with its quoted lines kept): sets the credit when one
 * answers; call it only when st_extract_credit found none. */
void st_extract_credit_answer(const StRules *rules, const char *text, const char *own, StAnalysis *a);
/* The writer's own name (the From header's display name or address)
 * given in a sentence about credit or the advisory: a request in any
 * language.  Call it only when the readings above found none. */
void st_extract_credit_own(const StRules *rules, const char *text, const char *from_name,
			   const char *from_addr, StAnalysis *a);
void st_extract_checklist(const StRules *rules, const StMessage *msg, StAnalysis *a);

/* CVSS v3.x base score of VECTOR ("CVSS:3.1/AV:N/..."), per FIRST's
 * specification (Roundup included).  Returns -1 when the vector is not a
 * complete valid v3 vector.  *SEVERITY (if non-NULL) gets a static string. */
double st_cvss3_base_score(const char *vector, const char **severity);

G_END_DECLS
#endif
