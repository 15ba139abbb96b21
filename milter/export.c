/*
 * export.c — OSV, GHSA and RustSec advisory drafts from a report.
 *
 * The facts come from the reports row (class, component, version, CVSS
 * vector, credit) and rules/export.rules (which package a component ships
 * as, RustSec categories and keywords, class labels).  JSON is written with
 * json-glib; TOML strings by st_toml_string().  The summary is built from
 * the class, not copied from the reporter's subject, unless the maintainer
 * gives one.
 */
#include <string.h>
#include <sqlite3.h>
#include <json-glib/json-glib.h>

#include "sectriage/export.h"
#include "sectriage/common.h"
#include "sectriage/jsonutil.h"
#include "sectriage/workflow.h"
#include "sectriage/sqlutil.h"

G_DEFINE_QUARK(st-export-error-quark, st_export_error)

typedef struct Rep {
	char *tracking_id, *subject, *state, *severity, *suggested_severity, *klass;
	char *component, *version, *platform, *cvss_vector, *credit_name, *credit_link;
	double cvss_score;
	gboolean credit_anonymous, exploited;
	gint64 created_at, updated_at, published_at, acked_at, embargo_until, fixed_at;
} Rep;

static void
rep_clear(Rep *r)
{
	g_free(r->tracking_id); g_free(r->subject); g_free(r->state); g_free(r->severity);
	g_free(r->suggested_severity); g_free(r->klass); g_free(r->component);
	g_free(r->version); g_free(r->platform); g_free(r->cvss_vector);
	g_free(r->credit_name); g_free(r->credit_link);
	memset(r, 0, sizeof *r);
}

static char *
col(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t && *t ? g_strdup((const char *)t) : NULL;
}

static gboolean
rep_load(StStore *store, gint64 id, Rep *r, GError **error)
{
	sqlite3 *db = st_store_db(store);
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT tracking_id, subject, state, severity,"
			       " suggested_severity, class, component, version, platform,"
			       " cvss_vector, cvss_score, credit_name, credit_link, credit_anonymous,"
			       " exploited, created_at, updated_at, published_at, acked_at,"
			       " embargo_until, fixed_at FROM reports WHERE id = ?",
			       -1, &st, NULL) != SQLITE_OK) {
		return st_sql_fail(db, NULL, error);
	}
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND, "no report %"
			    G_GINT64_FORMAT, id);
		sqlite3_finalize(st);
		return FALSE;
	}
	int i = 0;
	r->tracking_id = col(st, i++); r->subject = col(st, i++); r->state = col(st, i++);
	r->severity = col(st, i++); r->suggested_severity = col(st, i++); r->klass = col(st, i++);
	r->component = col(st, i++); r->version = col(st, i++); r->platform = col(st, i++);
	r->cvss_vector = col(st, i++);
	r->cvss_score = sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_double(st, i);
	i++;
	r->credit_name = col(st, i++); r->credit_link = col(st, i++);
	r->credit_anonymous = sqlite3_column_int(st, i++) != 0;
	r->exploited = sqlite3_column_int(st, i++) != 0;
	r->created_at = sqlite3_column_int64(st, i++);
	r->updated_at = sqlite3_column_int64(st, i++);
	r->published_at = sqlite3_column_int64(st, i++);
	r->acked_at = sqlite3_column_int64(st, i++);
	r->embargo_until = sqlite3_column_int64(st, i++);
	r->fixed_at = sqlite3_column_int64(st, i++);
	sqlite3_finalize(st);
	return TRUE;
}

/* ---- shared pieces ---- */

static char *
rfc3339(gint64 t)
{
	g_autoptr(GDateTime) d = g_date_time_new_from_unix_utc(t);
	return g_date_time_format(d, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
day_of(gint64 t)
{
	g_autoptr(GDateTime) d = g_date_time_new_from_unix_utc(t);
	return g_date_time_format(d, "%Y-%m-%d");
}

/* The rules group of the component's package, or NULL. */
static const StRuleGroup *
package_of(const StRules *rules, const Rep *r)
{
	if (r->component == NULL)
		return NULL;
	g_autofree char *name = g_strconcat("package.", r->component, NULL);
	return st_rules_group(rules, name);
}

static const char *
class_label(const StRules *rules, const Rep *r)
{
	const char *l = r->klass ? st_rules_get(rules, "export.labels", r->klass) : NULL;
	return l ? l : "Security issue";
}

static char *
summary_of(const StRules *rules, const Rep *r, const StExportOptions *opt)
{
	if (opt->summary && *opt->summary)
		return st_header_safe(opt->summary, 200);
	const StRuleGroup *pkg = package_of(rules, r);
	const char *what = pkg && st_rule_get(pkg, "name") ? st_rule_get(pkg, "name")
		: r->component ? r->component : "microsandbox";
	if (pkg && r->component && strcmp(r->component, "core") != 0)
		return g_strdup_printf("%s in the %s %s package", class_label(rules, r),
				       st_rule_get(pkg, "ecosystem"), what);
	return g_strdup_printf("%s in %s", class_label(rules, r), what);
}

static const char *
severity_of(const Rep *r)
{
	return r->severity ? r->severity : r->suggested_severity;
}

/* Markdown details: facts, not the reporter's prose. */
static char *
details_of(const StRules *rules, const Rep *r, const StExportOptions *opt)
{
	GString *s = g_string_new(NULL);
	g_autofree char *sum = summary_of(rules, r, opt);
	g_string_append_printf(s, "%s.\n\n", sum);
	if (r->version) {
		g_autofree char *v = st_printable(r->version, -1, 80);
		g_string_append_printf(s, "Reported against version %s", v);
		if (r->platform) {
			g_autofree char *p = st_printable(r->platform, -1, 120);
			g_string_append_printf(s, " on %s", p);
		}
		g_string_append(s, ".\n\n");
	}
	if (severity_of(r))
		g_string_append_printf(s, "Severity: %s%s%s%s.\n\n", severity_of(r),
				       r->cvss_vector ? " (" : "", r->cvss_vector ? r->cvss_vector : "",
				       r->cvss_vector ? ")" : "");
	if (r->exploited)
		g_string_append(s, "This issue was reported as exploited in the wild.\n\n");
	if (opt->fixed)
		g_string_append_printf(s, "Fixed in %s; upgrade to %s or later.\n\n", opt->fixed,
				       opt->fixed);
	else
		g_string_append(s, "No fixed version has been released yet.\n\n");
	if (!r->credit_anonymous && r->credit_name) {
		g_autofree char *n = st_printable(r->credit_name, -1, 120);
		g_string_append_printf(s, "Reported by %s.\n", n);
	} else {
		g_string_append(s, "Reported privately to the microsandbox security team.\n");
	}
	return g_string_free(s, FALSE);
}

static const char *
cvss_type(const char *vector)
{
	if (vector == NULL)
		return NULL;
	if (g_str_has_prefix(vector, "CVSS:3."))
		return "CVSS_V3";
	if (g_str_has_prefix(vector, "CVSS:4."))
		return "CVSS_V4";
	return NULL;
}

static char *
to_json(JsonBuilder *b)
{
	g_autoptr(JsonNode) root = json_builder_get_root(b);
	g_autofree char *s = json_to_string(root, TRUE);
	return g_strconcat(s, "\n", NULL);
}

/* ---- OSV ---- */

/* OSV "ranges": one SEMVER range from OPT's introduced (default 0) to its
 * fixed version (open when none). */
static void
osv_ranges(JsonBuilder *b, const StExportOptions *opt)
{
	json_builder_set_member_name(b, "ranges");
	json_builder_begin_array(b);
	json_builder_begin_object(b);
	st_json_add_string(b, "type", "SEMVER");
	json_builder_set_member_name(b, "events");
	json_builder_begin_array(b);
	json_builder_begin_object(b);
	st_json_add_string(b, "introduced", opt->introduced ? opt->introduced : "0");
	json_builder_end_object(b);
	if (opt->fixed) {
		json_builder_begin_object(b);
		st_json_add_string(b, "fixed", opt->fixed);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	json_builder_end_object(b);
	json_builder_end_array(b);
}

static void
osv_affected(JsonBuilder *b, const StRules *rules, const Rep *r, const StExportOptions *opt)
{
	const StRuleGroup *pkg = package_of(rules, r);
	json_builder_set_member_name(b, "affected");
	json_builder_begin_array(b);
	if (pkg) {
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "package");
		json_builder_begin_object(b);
		st_json_add_string(b, "ecosystem", st_rule_get(pkg, "ecosystem"));
		st_json_add_string(b, "name", st_rule_get(pkg, "name"));
		if (st_rule_get(pkg, "purl"))
			st_json_add_string(b, "purl", st_rule_get(pkg, "purl"));
		json_builder_end_object(b);
		osv_ranges(b, opt);
		if (r->version) {
			json_builder_set_member_name(b, "database_specific");
			json_builder_begin_object(b);
			g_autofree char *v = st_printable(r->version, -1, 80);
			st_json_add_string(b, "reported_version", v);
			json_builder_end_object(b);
		}
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
}

static void
osv_credits(JsonBuilder *b, const Rep *r)
{
	if (r->credit_anonymous || r->credit_name == NULL)
		return;
	json_builder_set_member_name(b, "credits");
	json_builder_begin_array(b);
	json_builder_begin_object(b);
	g_autofree char *n = st_printable(r->credit_name, -1, 120);
	st_json_add_string(b, "name", n);
	if (r->credit_link) {
		g_autofree char *l = st_printable(r->credit_link, -1, 300);
		json_builder_set_member_name(b, "contact");
		json_builder_begin_array(b);
		json_builder_add_string_value(b, l);
		json_builder_end_array(b);
	}
	st_json_add_string(b, "type", "FINDER");
	json_builder_end_object(b);
	json_builder_end_array(b);
}

static void
reference(JsonBuilder *b, const char *type, const char *url)
{
	if (url == NULL)
		return;
	json_builder_begin_object(b);
	st_json_add_string(b, "type", type);
	st_json_add_string(b, "url", url);
	json_builder_end_object(b);
}

static char *
export_osv(const StRules *rules, const Rep *r, const StExportOptions *opt, gint64 now)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	const char *schema = st_rules_get(rules, "advisory", "osv_schema_version");
	g_autofree char *modified = rfc3339(r->updated_at > 0 ? r->updated_at : now);
	g_autofree char *published = r->published_at > 0 ? rfc3339(r->published_at) : NULL;
	g_autofree char *summary = summary_of(rules, r, opt);
	g_autofree char *details = details_of(rules, r, opt);

	json_builder_begin_object(b);
	st_json_add_string(b, "schema_version", schema ? schema : "1.6.0");
	st_json_add_string(b, "id", r->tracking_id);
	st_json_add_string(b, "modified", modified);
	if (published)
		st_json_add_string(b, "published", published);
	st_json_add_string(b, "summary", summary);
	st_json_add_string(b, "details", details);
	osv_affected(b, rules, r, opt);
	if (cvss_type(r->cvss_vector)) {
		json_builder_set_member_name(b, "severity");
		json_builder_begin_array(b);
		json_builder_begin_object(b);
		st_json_add_string(b, "type", cvss_type(r->cvss_vector));
		st_json_add_string(b, "score", r->cvss_vector);
		json_builder_end_object(b);
		json_builder_end_array(b);
	}
	osv_credits(b, r);
	json_builder_set_member_name(b, "references");
	json_builder_begin_array(b);
	reference(b, "ADVISORY", st_rules_get(rules, "advisory", "advisories"));
	const StRuleGroup *pkg = package_of(rules, r);
	reference(b, "PACKAGE", pkg ? st_rule_get(pkg, "url") : NULL);
	reference(b, "WEB", st_rules_get(rules, "advisory", "repository"));
	json_builder_end_array(b);
	json_builder_set_member_name(b, "database_specific");
	json_builder_begin_object(b);
	st_json_add_string(b, "severity", severity_of(r));
	st_json_add_string(b, "class", r->klass);
	st_json_add_string(b, "component", r->component);
	st_json_add_string(b, "state", r->state);
	json_builder_end_object(b);
	json_builder_end_object(b);
	return to_json(b);
}

/* ---- GHSA ---- */

/* "octocat" from https://github.com/octocat, else NULL. */
static char *
github_login(const char *link)
{
	if (link == NULL)
		return NULL;
	g_autoptr(GRegex) re = g_regex_new("^(?:https?://)?(?:www\\.)?github\\.com/"
					   "([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/?$",
					   G_REGEX_CASELESS, 0, NULL);
	g_autoptr(GMatchInfo) mi = NULL;
	if (re && g_regex_match(re, link, 0, &mi))
		return g_match_info_fetch(mi, 1);
	return NULL;
}

/* GHSA "vulnerabilities": the package PKG (none when NULL) and the version
 * ranges of OPT. */
static void
ghsa_vulnerabilities(JsonBuilder *b, const StRuleGroup *pkg, const StExportOptions *opt)
{
	json_builder_set_member_name(b, "vulnerabilities");
	json_builder_begin_array(b);
	if (pkg) {
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "package");
		json_builder_begin_object(b);
		st_json_add_string(b, "ecosystem", st_rule_get(pkg, "ghsa_ecosystem"));
		st_json_add_string(b, "name", st_rule_get(pkg, "name"));
		json_builder_end_object(b);
		g_autofree char *range = opt->fixed ? g_strdup_printf("< %s", opt->fixed)
			: g_strdup(">= 0");
		if (opt->fixed && opt->introduced && strcmp(opt->introduced, "0") != 0) {
			g_free(range);
			range = g_strdup_printf(">= %s, < %s", opt->introduced, opt->fixed);
		}
		st_json_add_string(b, "vulnerable_version_range", range);
		st_json_add_string(b, "patched_versions", opt->fixed);
		json_builder_set_member_name(b, "vulnerable_functions");
		json_builder_begin_array(b);
		json_builder_end_array(b);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
}

/* GHSA "credits": the finder's GitHub login when the credit link has one. */
static void
ghsa_credits(JsonBuilder *b, const Rep *r)
{
	json_builder_set_member_name(b, "credits");
	json_builder_begin_array(b);
	g_autofree char *login = r->credit_anonymous ? NULL : github_login(r->credit_link);
	if (login) {
		json_builder_begin_object(b);
		st_json_add_string(b, "login", login);
		st_json_add_string(b, "type", "finder");
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
}

static char *
export_ghsa(const StRules *rules, const Rep *r, const StExportOptions *opt)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	g_autofree char *summary = summary_of(rules, r, opt);
	g_autofree char *details = details_of(rules, r, opt);

	json_builder_begin_object(b);
	st_json_add_string(b, "summary", summary);
	st_json_add_string(b, "description", details);
	if (r->cvss_vector && g_str_has_prefix(r->cvss_vector, "CVSS:3.")) {
		st_json_add_string(b, "cvss_vector_string", r->cvss_vector);
	} else {
		st_json_add_string(b, "severity", severity_of(r) ? severity_of(r) : "medium");
	}
	st_json_add_string(b, "cve_id", NULL);
	ghsa_vulnerabilities(b, package_of(rules, r), opt);
	ghsa_credits(b, r);
	json_builder_end_object(b);
	return to_json(b);
}

/* ---- RustSec ---- */

char *
st_toml_string(const char *s)
{
	GString *o = g_string_new("\"");
	g_autofree char *p = st_printable(s ? s : "", -1, 4096);
	for (const char *c = p; *c; c++) {
		switch (*c) {
		case '"': g_string_append(o, "\\\""); break;
		case '\\': g_string_append(o, "\\\\"); break;
		default:
			if ((guchar)*c < 0x20 || *c == 0x7f)
				g_string_append_printf(o, "\\u%04X", (guchar)*c);
			else
				g_string_append_c(o, *c);
		}
	}
	g_string_append_c(o, '"');
	return g_string_free(o, FALSE);
}

static void
toml_list(GString *o, const char *key, char **items)
{
	g_string_append_printf(o, "%s = [", key);
	for (guint i = 0; items && items[i]; i++) {
		if (*items[i] == '\0')
			continue;
		g_autofree char *q = st_toml_string(items[i]);
		g_string_append_printf(o, "%s%s", o->str[o->len - 1] == '[' ? "" : ", ", q);
	}
	g_string_append(o, "]\n");
}

static char *
export_rustsec(const StRules *rules, const Rep *r, const StExportOptions *opt, gint64 now,
	       GError **error)
{
	const StRuleGroup *pkg = package_of(rules, r);
	if (pkg == NULL || g_strcmp0(st_rule_get(pkg, "ecosystem"), "crates.io") != 0) {
		g_set_error(error, ST_EXPORT_ERROR, ST_EXPORT_ERROR_NOT_APPLICABLE,
			    "RustSec covers crates.io packages; %s is component %s", r->tracking_id,
			    r->component ? r->component : "unknown");
		return NULL;
	}
	gint64 emb = st_workflow_embargo_end(rules, r->created_at, r->acked_at, r->embargo_until);
	gboolean published = g_strcmp0(r->state, "published") == 0 || r->published_at > 0;
	if (!published && (emb == 0 || now < emb)) {
		g_autofree char *end = emb ? day_of(emb) : g_strdup("unknown");
		g_set_error(error, ST_EXPORT_ERROR, ST_EXPORT_ERROR_EMBARGO,
			    "%s is under embargo until %s and not published: no RustSec draft",
			    r->tracking_id, end);
		return NULL;
	}
	GString *o = g_string_new("```toml\n[advisory]\n");
	g_autofree char *pkg_name = st_toml_string(st_rule_get(pkg, "name"));
	g_autofree char *date = day_of(r->published_at > 0 ? r->published_at : now);
	g_autofree char *url = st_toml_string(st_rules_get(rules, "advisory", "advisories"));
	g_string_append(o, "id = \"RUSTSEC-0000-0000\"\n");
	g_string_append_printf(o, "package = %s\ndate = \"%s\"\nurl = %s\n", pkg_name, date, url);
	const char *cat = r->klass ? st_rules_get(rules, "rustsec.categories", r->klass) : NULL;
	char *cats[] = { (char *)cat, NULL };
	toml_list(o, "categories", cat ? cats : NULL);
	const char *kw = r->klass ? st_rules_get(rules, "rustsec.keywords", r->klass) : NULL;
	g_auto(GStrv) kws = g_strsplit(kw ? kw : "", ";", -1);
	toml_list(o, "keywords", kws);
	if (r->cvss_vector && g_str_has_prefix(r->cvss_vector, "CVSS:3.")) {
		g_autofree char *v = st_toml_string(r->cvss_vector);
		g_string_append_printf(o, "cvss = %s\n", v);
	}
	g_string_append(o, "\n[versions]\n");
	g_autofree char *patched = opt->fixed ? g_strdup_printf(">= %s", opt->fixed) : NULL;
	char *p[] = { patched, NULL };
	toml_list(o, "patched", patched ? p : NULL);
	g_autofree char *unaff = opt->introduced && strcmp(opt->introduced, "0") != 0
		? g_strdup_printf("< %s", opt->introduced) : NULL;
	char *u[] = { unaff, NULL };
	toml_list(o, "unaffected", unaff ? u : NULL);
	g_string_append(o, "```\n\n");
	g_autofree char *summary = summary_of(rules, r, opt);
	g_autofree char *details = details_of(rules, r, opt);
	g_string_append_printf(o, "# %s\n\n%s", summary, details);
	return g_string_free(o, FALSE);
}

char *
st_export(StStore *store, const StRules *rules, const char *id, const StExportOptions *opt,
	  GDateTime *now, GError **error)
{
	g_return_val_if_fail(store && rules && opt && now, NULL);
	gint64 row = st_workflow_find(store, id, error);
	if (row == 0)
		return NULL;
	Rep r = { 0 };
	if (!rep_load(store, row, &r, error))
		return NULL;
	gint64 t = g_date_time_to_unix(now);
	char *out = NULL;
	const char *f = opt->format ? opt->format : "osv";
	if (strcmp(f, "osv") == 0)
		out = export_osv(rules, &r, opt, t);
	else if (strcmp(f, "ghsa") == 0)
		out = export_ghsa(rules, &r, opt);
	else if (strcmp(f, "rustsec") == 0)
		out = export_rustsec(rules, &r, opt, t, error);
	else
		g_set_error(error, ST_EXPORT_ERROR, ST_EXPORT_ERROR_FORMAT,
			    "unknown format '%s' (osv, ghsa, rustsec)", f);
	rep_clear(&r);
	return out;
}
