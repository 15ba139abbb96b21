/*
 * export.h — advisory drafts from a report (module export.c).
 *
 *   osv      an OSV record (https://ossf.github.io/osv-schema/): schema_version,
 *            id, modified, published, summary, details, affected (package
 *            ecosystem/name/purl from rules/export.rules, SEMVER ranges),
 *            severity [{type CVSS_V3|CVSS_V4, score: vector}], credits
 *            [{name, contact, type FINDER}] unless anonymous, references,
 *            database_specific
 *   ghsa     the body of GitHub's "create a repository security advisory"
 *            API: summary, description, severity, cvss_vector_string,
 *            vulnerabilities, credits
 *   rustsec  a RustSec advisory draft: ```toml front matter ([advisory],
 *            [versions]) and Markdown; crates.io packages only, refused while
 *            the report is under embargo and not published
 *
 * Package versions come from the maintainer (StExportOptions), never from
 * the report.  Text that came from the reporter (the subject) is made
 * printable and bounded; JSON and TOML are escaped by their writers.
 */
#ifndef SECTRIAGE_EXPORT_H
#define SECTRIAGE_EXPORT_H

#include <glib.h>
#include "rules.h"
#include "store.h"

G_BEGIN_DECLS

/* The error domain of st_export. */
#define ST_EXPORT_ERROR (st_export_error_quark())
GQuark st_export_error_quark(void);
typedef enum {
	ST_EXPORT_ERROR_EMBARGO,    /* under embargo and not published */
	ST_EXPORT_ERROR_NOT_APPLICABLE, /* e.g. RustSec for a non-crates.io component */
	ST_EXPORT_ERROR_FORMAT,     /* unknown format */
} StExportError;

typedef struct StExportOptions {
	const char *format;         /* "osv", "ghsa", "rustsec" */
	const char *introduced;     /* first affected version, NULL: "0" */
	const char *fixed;          /* first fixed version, NULL: not fixed yet */
	const char *summary;        /* overrides the subject-derived summary */
} StExportOptions;

/* The draft of report ID (tracking id or row id) at NOW.  Returns a new
 * string (g_free), or NULL with ERROR (ST_EXPORT_ERROR_*, ST_STORE_ERROR_*). */
char *st_export(StStore *store, const StRules *rules, const char *id,
		const StExportOptions *opt, GDateTime *now, GError **error);

/* S as a TOML basic string, quotes included.  g_free(). */
char *st_toml_string(const char *s);

G_END_DECLS
#endif
