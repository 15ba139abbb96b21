/*
 * analysis.h — the facts the filter finds in a report (module analysis.c).
 *
 * An StAnalysis is built by analyze.c: parse -> extract -> score -> classify
 * -> policy (ack decision).  It is serialised to the JSON of
 * `sectriage analyze --json` (the interface in DESIGN.md) and stored per
 * message; the facts of a whole report (a thread) are the merge of its
 * messages' facts (st_analysis_merge).
 *
 * Every string field is owned by the StAnalysis (g_free'd by
 * st_analysis_free); NULL means "not found".
 */
#ifndef SECTRIAGE_ANALYSIS_H
#define SECTRIAGE_ANALYSIS_H

#include <glib.h>
#include <json-glib/json-glib.h>
#include "message.h"

G_BEGIN_DECLS

typedef enum {
	ST_CHECK_DESCRIPTION = 0,
	ST_CHECK_POC,
	ST_CHECK_VERSION,
	ST_CHECK_PLATFORM,
	ST_CHECK_LOGS,
	ST_CHECK_N
} StCheck;

/* "description", "poc", "version", "platform", "logs" */
extern const char *const st_check_names[ST_CHECK_N];

typedef struct StAnalysis {
	StMessage *msg;              /* owned; NULL for a merged or reloaded analysis */
	char *envelope_from;         /* NULL unknown, "" the null sender */

	/* version: value normalised ("0.6.14" or a SHA as written) */
	char *version;
	char *version_kind;          /* "msb", "tag", "commit", "git-describe", "pip",
	                                "npm", "lockfile", "prose" */
	char *version_evidence;
	/* an SDK's or library's own version the same text gives beside a
	 * version of a kind [version_sdk] over lists (msb's): its value,
	 * the [version.GROUP] that read it and the evidence; taken after
	 * classification when the component is that SDK's
	 * (st_extract_version_sdk).  SDK_RUST: the text names the Rust
	 * library ([version_sdk.rust]) */
	char *sdk_version;
	char *sdk_version_group;
	char *sdk_version_evidence;
	gboolean sdk_rust;

	/* platform */
	char *os;                    /* "linux", "macos", "windows" */
	char *distro;
	char *kernel;
	char *macos_version;
	char *chip;
	char *platform_evidence;

	/* checklist */
	gboolean check[ST_CHECK_N];
	gboolean check_na[ST_CHECK_N];   /* does not apply (cloud: no host platform) */
	char *check_evidence[ST_CHECK_N];
	int score;                       /* 0..100 */
	GPtrArray *missing;              /* char*, checklist order */
	GPtrArray *missing_detail;       /* char*, one human line per missing item */

	/* classification */
	char *klass;                     /* policy class or NULL */
	char *class_evidence;
	char *class_source;              /* "patterns", "words" (rules/class.model)
	                                    or NULL with no class */
	char *component;                 /* core, python_sdk, node_sdk, cloud, release_infra */
	char *component_evidence;
	char *component_source;          /* "patterns" (a pattern or the default),
	                                    "words" (rules/component.model) or
	                                    NULL with no component */
	GPtrArray *out_of_scope;         /* char*: physical_access, self_dos,
	                                    theoretical, upstream, hardening */
	GPtrArray *out_of_scope_evidence;/* char*, parallel to out_of_scope */
	char *suggested_severity;        /* critical, high, medium, low, or NULL */
	char *severity_evidence;

	/* credit */
	gboolean credit_found;
	gboolean credit_anonymous;
	char *credit_name;
	char *credit_link;
	char *credit_evidence;
	gboolean credit_conditional;    /* asked for only if the report is
	                                    confirmed ([credit.conditional]):
	                                    a withdrawal of the report takes it
	                                    back (st_analysis_merge) */

	/* CVSS */
	char *cvss_vector;               /* as written */
	char *cvss_version;              /* "3.1", "3.0", "4.0" */
	double cvss_score;               /* base score, < 0 when not computed */
	char *cvss_severity;             /* none, low, medium, high, critical */

	gboolean exploited;              /* "exploited in the wild" */
	char *exploited_evidence;

	/* What this message revises of what earlier messages of the same
	 * report said (extract_revise.c, [revise.*] in extract.rules): items
	 * whose value it corrects ("I wrote 0.8.3 below, but ... msb 0.8.5":
	 * version), and items whose evidence it takes back ("the output was
	 * produced by the assistant, I have not run any of the commands": poc,
	 * logs).  The merge lets a correction replace the earlier value and a
	 * retraction drop the earlier evidence.  Merged facts: every item any
	 * message of the thread revised, the latest evidence. */
	gboolean corrects[ST_CHECK_N];
	char *corrects_evidence;
	gboolean retracts[ST_CHECK_N];
	char *retracts_evidence;

	/* acknowledgment decision */
	gboolean ack_send;
	char *ack_reason;
	gboolean is_report;              /* FALSE: bounce, auto-reply, list, spam, empty */

	GPtrArray *flags;                /* char*: message flags + analysis flags
	                                    ("analysis-timeout", ...) */
	gint64 elapsed_us;               /* time analysis took */

	/* Message-level fields (subject, from, message_id, attachments, signature,
	 * ...) of a reloaded or merged analysis, whose msg is NULL; to_json
	 * writes them back.  Owned; NULL when msg is set. */
	JsonObject *extra;
} StAnalysis;

/* A new, empty StAnalysis (empty arrays, no strings, no msg).  Never NULL;
 * st_analysis_free. */
StAnalysis *st_analysis_new(void);
/* Free A and everything it owns (msg included).  NULL is fine. */
void st_analysis_free(StAnalysis *a);

/* Forget A's class (its name, evidence and source), or its component
 * likewise: a reading that decides the message has none. */
void st_analysis_drop_class(StAnalysis *a);
void st_analysis_drop_component(StAnalysis *a);
/* Forget the credit A asks for (found, anonymous, conditional, name, link
 * and evidence): a withdrawal says there is nothing to credit. */
void st_analysis_drop_credit(StAnalysis *a);
/* Forget A's host platform (every field, its evidence and the checklist
 * item it met): what was read is no host the writer runs msb on. */
void st_analysis_drop_platform(StAnalysis *a);

/* Did A's report arrive encrypted and stay unread (not decrypted, or the
 * decryption failed)?  Its readable text is then a cover note at most.
 * From A's message, or from the flags of a filed analysis. */
gboolean st_analysis_unread_encrypted(const StAnalysis *a);

/* The JSON object of `analyze --json` (DESIGN.md), plus the extra fields
 * (subject, from, message_id, flags, evidence, cvss, exploited, ...).
 * Returns a new JsonNode (json_node_unref). */
JsonNode *st_analysis_to_json(const StAnalysis *a);
/* Reload what st_analysis_to_json wrote (msg stays NULL).  NULL on bad input. */
StAnalysis *st_analysis_from_json(JsonNode *node);
/* JSON text of A, pretty or compact.  g_free(). */
char *st_analysis_to_json_string(const StAnalysis *a, gboolean pretty);

/* Merge a later message's facts FROM into the report facts INTO: first
 * the items FROM retracts lose INTO's evidence and the version or platform
 * FROM corrects replaces INTO's; then checklist items OR'd, first non-NULL
 * version/platform fields kept (later ones fill gaps), class/component
 * kept unless NULL, out-of-scope union, credit from the latest message
 * that states one.  Score and missing must be recomputed after
 * (st_score). */
void st_analysis_merge(StAnalysis *into, const StAnalysis *from);

/* Both halves of the host platform the policy asks for are known: distro
 * and kernel (Windows: edition and build), or macOS version and chip. */
gboolean st_platform_complete(const StAnalysis *a);

/* Set a string field: frees the old value, copies VALUE (NULL allowed). */
void st_set(char **field, const char *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(StAnalysis, st_analysis_free)

G_END_DECLS
#endif
