/*
 * test_export.c — advisory drafts: OSV and GHSA JSON parsed back with
 * json-glib and checked field by field against the OSV schema's documented
 * fields and types; the RustSec draft's shape and its embargo refusal; TOML
 * string escaping.  (tests/e2e/test_maint.sh parses the same drafts with
 * Python's json and tomllib.)
 */
#include "testutil.h"
#include <json-glib/json-glib.h>
#include "sectriage/export.h"

/* The fixture: a temp database, the repository's rules, a config. */
typedef TuDb Fx;

static const struct {
	const char *tid, *state, *component, *klass, *severity, *cvss, *credit, *link;
	gboolean anonymous;
	gint64 published_at, embargo_until;
} reports[] = {
	{ "SEC-2026-0001", "published", "core", "sandbox_escape", "critical",
	  "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", "Ada \"The Countess\" Lovelace",
	  "https://github.com/ada-l", FALSE, 1775000000, 0 },
	{ "SEC-2026-0002", "fixed", "python_sdk", "secret_leakage", "high", NULL, "Anon", NULL,
	  TRUE, 0, 0 },
	{ "SEC-2026-0003", "fixing", "core", "isolation_bypass", "high",
	  "CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:N/VA:N/SC:H/SI:N/SA:N", "Bob", "https://bob.example",
	  FALSE, 0, 0 },
	{ "SEC-2026-0004", "fixed", "cloud", "control_plane_auth", "critical", NULL, NULL, NULL,
	  FALSE, 0, 0 },
	{ "SEC-2026-0005", "fixed", "node_sdk", "secret_leakage", "medium", NULL, NULL, NULL,
	  FALSE, 0, 1 },  /* embargo lifted by a maintainer */
};

#define CREATED 1772442000   /* 2026-03-02T09:00:00Z */

static void
fx_setup(Fx *fx, gconstpointer data)
{
	tu_db_open(fx);
	sqlite3 *db = st_store_db(fx->store);
	for (gsize i = 0; i < G_N_ELEMENTS(reports); i++) {
		sqlite3_stmt *st = NULL;
		g_assert_cmpint(sqlite3_prepare_v2(db, "INSERT INTO reports(tracking_id, created_at,"
						   " updated_at, subject, state, component, class, severity,"
						   " cvss_vector, credit_name, credit_link, credit_anonymous,"
						   " published_at, embargo_until, acked_at, version, facts_json)"
						   " VALUES (?,?,?,'<b>Escape</b> \"quoted\"',?,?,?,?,?,?,?,?,?,?,?,"
						   " '0.6.14','{}')", -1, &st, NULL), ==, SQLITE_OK);
		int k = 1;
		sqlite3_bind_text(st, k++, reports[i].tid, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, k++, CREATED);
		sqlite3_bind_int64(st, k++, CREATED + 86400);
		sqlite3_bind_text(st, k++, reports[i].state, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, k++, reports[i].component, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, k++, reports[i].klass, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, k++, reports[i].severity, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, k++, reports[i].cvss, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, k++, reports[i].credit, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, k++, reports[i].link, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, k++, reports[i].anonymous);
		if (reports[i].published_at)
			sqlite3_bind_int64(st, k++, reports[i].published_at);
		else
			sqlite3_bind_null(st, k++);
		if (reports[i].embargo_until)
			sqlite3_bind_int64(st, k++, reports[i].embargo_until);
		else
			sqlite3_bind_null(st, k++);
		sqlite3_bind_int64(st, k++, CREATED + 600);
		g_assert_cmpint(sqlite3_step(st), ==, SQLITE_DONE);
		sqlite3_finalize(st);
	}
}

static char *
export(Fx *fx, const char *id, const char *format, const char *fixed, const char *now_iso,
       GError **error)
{
	g_autoptr(GDateTime) now = g_date_time_new_from_iso8601(now_iso, NULL);
	StExportOptions opt = { .format = format, .fixed = fixed };
	return st_export(fx->store, fx->rules, id, &opt, now, error);
}

static JsonObject *
parse(JsonParser *p, const char *text)
{
	g_autoptr(GError) err = NULL;
	g_assert_true(json_parser_load_from_data(p, text, -1, &err));
	g_assert_no_error(err);
	g_assert_true(JSON_NODE_HOLDS_OBJECT(json_parser_get_root(p)));
	return json_node_get_object(json_parser_get_root(p));
}

/* RFC 3339 UTC as OSV requires ("2026-03-03T09:00:00Z"). */
static void
assert_rfc3339(const char *s)
{
	g_assert_nonnull(s);
	g_assert_true(g_regex_match_simple("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", s, 0, 0));
}

static const struct {
	int report;
	const char *ecosystem;   /* NULL: no affected package */
	const char *sev_type;    /* NULL: no severity */
	gboolean credits;
	const char *fixed;
} osv_cases[] = {
	{ 0, "crates.io", "CVSS_V3", TRUE, "0.6.15" },
	{ 1, "PyPI", NULL, FALSE, "0.2.1" },
	{ 2, "crates.io", "CVSS_V4", TRUE, NULL },
	{ 3, NULL, NULL, FALSE, NULL },
	{ 4, "npm", NULL, FALSE, "0.6.16" },
};

static void
test_osv(Fx *fx, gconstpointer data)
{
	static const char *const known[] = { "schema_version", "id", "modified", "published",
		"withdrawn", "aliases", "related", "summary", "details", "severity", "affected",
		"references", "credits", "database_specific", "upstream", NULL };
	for (gsize i = 0; i < G_N_ELEMENTS(osv_cases); i++) {
		const char *tid = reports[osv_cases[i].report].tid;
		g_autoptr(GError) err = NULL;
		g_autofree char *out = export(fx, tid, "osv", osv_cases[i].fixed, "2026-04-01T00:00:00Z", &err);
		g_assert_no_error(err);
		g_autoptr(JsonParser) p = json_parser_new();
		JsonObject *o = parse(p, out);
		g_test_message("%s", out);
		/* Only documented top-level fields, with their types. */
		GList *members = json_object_get_members(o);
		for (GList *l = members; l; l = l->next)
			g_assert_true(g_strv_contains(known, l->data));
		g_list_free(members);
		g_assert_cmpstr(json_object_get_string_member(o, "id"), ==, tid);
		g_assert_cmpstr(json_object_get_string_member(o, "schema_version"), ==, "1.6.0");
		assert_rfc3339(json_object_get_string_member(o, "modified"));
		g_assert_cmpstr(json_object_get_string_member(o, "modified"), ==, "2026-03-03T09:00:00Z");
		if (reports[osv_cases[i].report].published_at)
			assert_rfc3339(json_object_get_string_member(o, "published"));
		else
			g_assert_false(json_object_has_member(o, "published"));
		const char *summary = json_object_get_string_member(o, "summary");
		g_assert_nonnull(summary);
		g_assert_null(strchr(summary, '\n'));
		g_assert_null(strstr(summary, "<b>"));   /* not the reporter's subject */
		g_assert_nonnull(json_object_get_string_member(o, "details"));
		JsonArray *aff = json_object_get_array_member(o, "affected");
		if (osv_cases[i].ecosystem == NULL) {
			g_assert_cmpuint(json_array_get_length(aff), ==, 0);
		} else {
			g_assert_cmpuint(json_array_get_length(aff), ==, 1);
			JsonObject *a = json_array_get_object_element(aff, 0);
			JsonObject *pkg = json_object_get_object_member(a, "package");
			g_assert_cmpstr(json_object_get_string_member(pkg, "ecosystem"), ==, osv_cases[i].ecosystem);
			g_assert_cmpstr(json_object_get_string_member(pkg, "name"), ==, "microsandbox");
			g_assert_true(g_str_has_prefix(json_object_get_string_member(pkg, "purl"), "pkg:"));
			JsonArray *ranges = json_object_get_array_member(a, "ranges");
			JsonObject *r = json_array_get_object_element(ranges, 0);
			g_assert_cmpstr(json_object_get_string_member(r, "type"), ==, "SEMVER");
			JsonArray *ev = json_object_get_array_member(r, "events");
			g_assert_cmpstr(json_object_get_string_member(json_array_get_object_element(ev, 0),
								      "introduced"), ==, "0");
			if (osv_cases[i].fixed) {
				g_assert_cmpuint(json_array_get_length(ev), ==, 2);
				g_assert_cmpstr(json_object_get_string_member(json_array_get_object_element(ev, 1),
									      "fixed"), ==, osv_cases[i].fixed);
			} else {
				g_assert_cmpuint(json_array_get_length(ev), ==, 1);
			}
		}
		if (osv_cases[i].sev_type) {
			JsonArray *sev = json_object_get_array_member(o, "severity");
			JsonObject *s = json_array_get_object_element(sev, 0);
			g_assert_cmpstr(json_object_get_string_member(s, "type"), ==, osv_cases[i].sev_type);
			g_assert_cmpstr(json_object_get_string_member(s, "score"), ==,
					reports[osv_cases[i].report].cvss);
		} else {
			g_assert_false(json_object_has_member(o, "severity"));
		}
		if (osv_cases[i].credits) {
			JsonArray *cr = json_object_get_array_member(o, "credits");
			JsonObject *c = json_array_get_object_element(cr, 0);
			g_assert_cmpstr(json_object_get_string_member(c, "name"), ==,
					reports[osv_cases[i].report].credit);
			g_assert_cmpstr(json_object_get_string_member(c, "type"), ==, "FINDER");
			JsonArray *contact = json_object_get_array_member(c, "contact");
			g_assert_cmpstr(json_array_get_string_element(contact, 0), ==,
					reports[osv_cases[i].report].link);
		} else {
			g_assert_false(json_object_has_member(o, "credits"));
			g_assert_null(strstr(out, "Anon"));
		}
		JsonArray *refs = json_object_get_array_member(o, "references");
		g_assert_cmpuint(json_array_get_length(refs), >=, 1);
		for (guint k = 0; k < json_array_get_length(refs); k++) {
			JsonObject *ref = json_array_get_object_element(refs, k);
			g_assert_true(g_str_has_prefix(json_object_get_string_member(ref, "url"), "https://"));
			g_assert_nonnull(json_object_get_string_member(ref, "type"));
		}
	}
}

static void
test_ghsa(Fx *fx, gconstpointer data)
{
	g_autofree char *out = export(fx, reports[0].tid, "ghsa", "0.6.15", "2026-04-01T00:00:00Z", NULL);
	g_autoptr(JsonParser) p = json_parser_new();
	JsonObject *o = parse(p, out);
	g_assert_nonnull(json_object_get_string_member(o, "summary"));
	g_assert_nonnull(json_object_get_string_member(o, "description"));
	g_assert_cmpstr(json_object_get_string_member(o, "cvss_vector_string"), ==, reports[0].cvss);
	JsonObject *v = json_array_get_object_element(json_object_get_array_member(o, "vulnerabilities"), 0);
	JsonObject *pkg = json_object_get_object_member(v, "package");
	g_assert_cmpstr(json_object_get_string_member(pkg, "ecosystem"), ==, "rust");
	g_assert_cmpstr(json_object_get_string_member(pkg, "name"), ==, "microsandbox");
	g_assert_cmpstr(json_object_get_string_member(v, "vulnerable_version_range"), ==, "< 0.6.15");
	g_assert_cmpstr(json_object_get_string_member(v, "patched_versions"), ==, "0.6.15");
	JsonObject *c = json_array_get_object_element(json_object_get_array_member(o, "credits"), 0);
	g_assert_cmpstr(json_object_get_string_member(c, "login"), ==, "ada-l");
	/* Without a vector: the severity word; anonymous: no credits. */
	g_autofree char *out2 = export(fx, reports[1].tid, "ghsa", NULL, "2026-04-01T00:00:00Z", NULL);
	g_autoptr(JsonParser) p2 = json_parser_new();
	JsonObject *o2 = parse(p2, out2);
	g_assert_cmpstr(json_object_get_string_member(o2, "severity"), ==, "high");
	g_assert_cmpuint(json_array_get_length(json_object_get_array_member(o2, "credits")), ==, 0);
	JsonObject *v2 = json_array_get_object_element(json_object_get_array_member(o2, "vulnerabilities"), 0);
	g_assert_cmpstr(json_object_get_string_member(json_object_get_object_member(v2, "package"),
						      "ecosystem"), ==, "pip");
}

static const struct {
	int report;
	const char *now;
	gboolean ok;
	GQuark domain;
	int code;
} rustsec_cases[] = {
	{ 0, "2026-04-01T00:00:00Z", TRUE, 0, 0 },                      /* published */
	{ 2, "2026-04-01T00:00:00Z", FALSE, 0, ST_EXPORT_ERROR_EMBARGO }, /* embargoed */
	{ 2, "2026-06-01T00:00:00Z", TRUE, 0, 0 },                      /* 90 days passed */
	{ 1, "2026-09-01T00:00:00Z", FALSE, 0, ST_EXPORT_ERROR_NOT_APPLICABLE }, /* PyPI */
	{ 3, "2026-09-01T00:00:00Z", FALSE, 0, ST_EXPORT_ERROR_NOT_APPLICABLE }, /* cloud */
};

static void
test_rustsec(Fx *fx, gconstpointer data)
{
	for (gsize i = 0; i < G_N_ELEMENTS(rustsec_cases); i++) {
		g_autoptr(GError) err = NULL;
		g_autofree char *out = export(fx, reports[rustsec_cases[i].report].tid, "rustsec",
					      "0.6.15", rustsec_cases[i].now, &err);
		g_test_message("case %zu", i);
		if (!rustsec_cases[i].ok) {
			g_assert_null(out);
			g_assert_error(err, ST_EXPORT_ERROR, rustsec_cases[i].code);
			continue;
		}
		g_assert_no_error(err);
		g_assert_true(g_str_has_prefix(out, "```toml\n[advisory]\n"));
		g_assert_nonnull(strstr(out, "\nid = \"RUSTSEC-0000-0000\"\n"));
		g_assert_nonnull(strstr(out, "\npackage = \"microsandbox\"\n"));
		g_assert_true(g_regex_match_simple("\\ndate = \"\\d{4}-\\d\\d-\\d\\d\"\\n", out, 0, 0));
		g_assert_nonnull(strstr(out, "\n[versions]\npatched = [\">= 0.6.15\"]\n"));
		g_assert_nonnull(strstr(out, "\n```\n\n# "));
	}
	g_autoptr(GError) err = NULL;
	g_assert_null(export(fx, "SEC-404", "osv", NULL, "2026-04-01T00:00:00Z", &err));
	g_assert_error(err, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND);
	g_clear_error(&err);
	g_assert_null(export(fx, reports[0].tid, "csaf", NULL, "2026-04-01T00:00:00Z", &err));
	g_assert_error(err, ST_EXPORT_ERROR, ST_EXPORT_ERROR_FORMAT);
}

static const struct {
	const char *in, *out;
} toml_cases[] = {
	{ "plain", "\"plain\"" },
	{ "a \"quote\"", "\"a \\\"quote\\\"\"" },
	{ "back\\slash", "\"back\\\\slash\"" },
	{ "line\nbreak", "\"line?break\"" },   /* controls made printable first */
	{ "", "\"\"" },
};

static void
test_toml_string(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(toml_cases); i++) {
		g_autofree char *s = st_toml_string(toml_cases[i].in);
		g_assert_cmpstr(s, ==, toml_cases[i].out);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/export/toml-string", test_toml_string);
	g_test_add("/export/osv", Fx, NULL, fx_setup, test_osv, tu_db_teardown);
	g_test_add("/export/ghsa", Fx, NULL, fx_setup, test_ghsa, tu_db_teardown);
	g_test_add("/export/rustsec", Fx, NULL, fx_setup, test_rustsec, tu_db_teardown);
	return g_test_run();
}
