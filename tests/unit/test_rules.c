/* test_rules.c — the rules loader and the analysis facts (JSON, merge). */
#include <string.h>

#include "sectriage/analysis.h"
#include "sectriage/common.h"
#include "sectriage/config.h"
#include "sectriage/keyfile.h"
#include "sectriage/rules.h"
#include "../../milter/rules_int.h"
#include "testutil.h"

static const char rules_text[] =
	"# comment\n"
	"[version.msb]\n"
	"match = ^\\s*msb\\s+v?(\\d+\\.\\d+\\.\\d+)\n"
	"match.alt = microsandbox\\s+(\\d+\\.\\d+\\.\\d+)\n"
	"kind = msb\n"
	"weight = 30\n"
	"weight.alt = 7\n"
	"[class.x]\n"
	"match-cs = ^EXACT$\n"
	"[class.y]\n"
	"match = nothing-here\n";

static void
test_load_data(void)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(StRules) r = st_rules_load_data(rules_text, -1, &err);
	g_assert_no_error(err);
	g_assert_cmpuint(st_rules_n_groups(r), ==, 3);
	const StRuleGroup *g = st_rules_group(r, "version.msb");
	g_assert_nonnull(g);
	g_assert_cmpuint(g->patterns->len, ==, 2);
	g_assert_cmpstr(st_rule_get(g, "kind"), ==, "msb");
	g_assert_cmpint(st_rule_get_int(g, "weight", 0), ==, 30);
	g_assert_cmpint(st_rule_get_int(g, "absent", 7), ==, 7);
	g_assert_cmpint(st_rules_get_int(r, "version.msb", "weight", 0), ==, 30);
	/* a pattern's own weight.NAME, else the group's, else 1 */
	g_assert_cmpint(st_pattern_weight(g, g_ptr_array_index(g->patterns, 0)), ==, 30);
	g_assert_cmpint(st_pattern_weight(g, g_ptr_array_index(g->patterns, 1)), ==, 7);
	const StRuleGroup *y = st_rules_group(r, "class.y");
	g_assert_cmpint(st_pattern_weight(y, g_ptr_array_index(y->patterns, 0)), ==, 1);
	g_assert_null(st_rules_group(r, "nope"));

	g_autofree char *ev = NULL;
	const char *key = NULL;
	g_assert_true(st_rule_match(g, "Hello\n  MSB 0.6.14  \nbye", &ev, &key));
	g_assert_cmpstr(ev, ==, "MSB 0.6.14");
	g_assert_cmpstr(key, ==, "match");
	g_assert_cmpuint(st_rule_count(g, "msb 0.6.1\nmicrosandbox 0.6.1"), ==, 2);
	/* counting up to a limit stops there, and only there */
	g_assert_cmpuint(st_rule_count_upto(g, NULL, "msb 0.6.1\nmicrosandbox 0.6.1", 1), ==, 1);
	g_assert_cmpuint(st_rule_count_upto(g, NULL, "msb 0.6.1\nmicrosandbox 0.6.1", 2), ==, 2);
	g_assert_cmpuint(st_rule_count_upto(g, NULL, "msb 0.6.1\nmicrosandbox 0.6.1", 3), ==, 2);
	g_assert_cmpuint(st_rule_count_upto(g, NULL, "msb 0.6.1\nmicrosandbox 0.6.1", 0), ==, 2);
	g_assert_cmpuint(st_rule_count_upto(g, NULL, "microsandbox 0.6.1", 1), ==, 1);
	g_assert_false(st_rule_match(g, "kernel 6.8.0", NULL, NULL));

	const StRuleGroup *x = st_rules_group(r, "class.x");
	g_assert_true(st_rule_match(x, "a\nEXACT\nb", NULL, NULL));
	g_assert_false(st_rule_match(x, "exact", NULL, NULL));

	g_autoptr(GPtrArray) classes = st_rules_groups(r, "class.");
	g_assert_cmpuint(classes->len, ==, 2);
	g_assert_cmpstr(((StRuleGroup *)classes->pdata[0])->name, ==, "class.x");
}

static void
test_bad_regex(void)
{
	g_autoptr(GError) err = NULL;
	StRules *r = st_rules_load_data("[a]\nmatch = (unclosed\n", -1, &err);
	g_assert_null(r);
	g_assert_nonnull(err);
	g_assert_nonnull(strstr(err->message, "[a] match"));
}

/* A crash fuzz_rules found: invalid UTF-8 in a pattern reached PCRE2. */
static void
test_fuzz_fixtures(void)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *path = g_test_build_filename(G_TEST_DIST, "..", "data", "fuzz",
						      "rules-invalid-utf8.rules", NULL);
	g_autofree char *text = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &text, &len, NULL)) {
		/* run from the repository root */
		g_free(path);
		path = g_strdup("tests/data/fuzz/rules-invalid-utf8.rules");
		g_assert_true(g_file_get_contents(path, &text, &len, NULL));
	}
	StRules *r = st_rules_load_data(text, len, &err);
	g_assert_null(r);
	g_assert_nonnull(err);
	g_clear_error(&err);
	r = st_rules_load_data("[a]\nmatch = \xff(\n", -1, &err);
	g_assert_null(r);
}

/* A pattern "@GROUP [KEY]" is the source of KEY (its own key when none is
 * named) of a group above it, compiled by its own key (match-cs: case
 * kept); one that names nothing above, or more than a group and a key, is
 * a load error naming the file, group and key. */
static void
test_same_pattern(void)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(StRules) r = st_rules_load_data(
		"[a]\nmatch.x = guest\\s+kernel\nmatch.y = sandbox\n"
		"[b]\nmatch.x = @a\nmatch-cs.z = @a match.x\nmatch.after.w = @b  match-cs.z\n"
		"weight.z = 4\n", -1, &err);
	g_assert_no_error(err);
	const StRuleGroup *a = st_rules_group(r, "a"), *b = st_rules_group(r, "b");
	const StPattern *ax = g_ptr_array_index(a->patterns, 0);
	g_assert_cmpuint(b->patterns->len, ==, 3);
	const char *keys[] = { "match.x", "match-cs.z", "match.after.w" };
	for (guint i = 0; i < 3; i++) {
		const StPattern *p = g_ptr_array_index(b->patterns, i);
		g_assert_cmpstr(p->key, ==, keys[i]);
		g_assert_cmpstr(p->source, ==, ax->source);
	}
	g_assert_cmpstr(st_rule_get(b, "weight.z"), ==, "4");
	const StPattern *bx = g_ptr_array_index(b->patterns, 0), *bz = g_ptr_array_index(b->patterns, 1);
	g_assert_true(g_regex_match(st_pattern_regex(bx, "GUEST KERNEL"), "GUEST KERNEL", 0, NULL));
	g_assert_false(g_regex_match(st_pattern_regex(bz, "GUEST KERNEL"), "GUEST KERNEL", 0, NULL));
	g_assert_true(g_regex_match(st_pattern_regex(bz, "guest kernel"), "guest kernel", 0, NULL));

	static const struct {
		const char *text, *want;
	} bad[] = {
		{ "[b]\nmatch = @a\n[a]\nmatch = x\n", "[b] match: @a is no pattern" },
		{ "[a]\nmatch = x\n[b]\nmatch.q = @a\n", "[b] match.q: @a is no" },
		{ "[a]\nmatch = x\n[b]\nmatch = @a match.nope\n", "@a match.nope is no" },
		{ "[a]\nmatch = x\n[b]\nmatch = @a match extra\n", "@a match extra is no" },
		{ "[a]\nmatch = x\n[b]\nmatch = @\n", "[b] match: @ is no" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(bad); i++) {
		g_autoptr(GError) e = NULL;
		StRules *d = st_rules_load_data(bad[i].text, -1, &e);
		g_assert_null(d);
		g_assert_error(e, g_quark_from_static_string("st-rules"), 6);
		g_assert_nonnull(strstr(e->message, bad[i].want));
	}
	/* a literal "@" first is written "\@" */
	g_autoptr(StRules) lit = st_rules_load_data("[a]\nmatch = \\@home\n", -1, &err);
	g_assert_no_error(err);
	const StPattern *l = g_ptr_array_index(st_rules_group(lit, "a")->patterns, 0);
	g_assert_true(g_regex_match(st_pattern_regex(l, "@home"), "at @home", 0, NULL));
}

/* A group header or a key within a group written twice in one file is a
 * load error naming the file, the line, the group, the key and the first
 * occurrence, not GKeyFile's silent merge or last value (#3); the same key
 * in two groups, or the same group in two files, is no repetition. */
static void
test_repeated_keys(void)
{
	static const struct {
		const char *name, *text;  /* x.rules beside a clean y.rules */
		gint code;                /* -1: loads */
		const char *want[3];
	} cases[] = {
		{ "clean", "# [a] in a comment\n[a]\nmatch = x\nmatch.b = y\n[b]\nmatch = x\n"
			   "weight = 3\n", -1, { NULL } },
		{ "key", "[a]\nmatch = x\n\n[b]\nmatch.one = y\n  match.one\t= z\n",
		  ST_KEYFILE_ERROR_DUP_KEY,
		  { "x.rules:6:", "[b] match.one:", "(first at line 5)" } },
		{ "key, same value, CRLF", "[a]\r\nweight = 1\r\nmatch = x\r\nweight = 1\r\n",
		  ST_KEYFILE_ERROR_DUP_KEY, { "x.rules:4:", "[a] weight:", "(first at line 2)" } },
		{ "group", "[a]\nmatch = x\n[b]\nmatch = y\n# again\n[a]\nweight = 2\n",
		  ST_KEYFILE_ERROR_DUP_GROUP, { "x.rules:6:", "[a]:", "(first at line 1)" } },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *dir = tu_tmpdir("st-rules-XXXXXX");
		g_autoptr(GError) err = NULL;
		g_test_message("case %s", cases[i].name);
		g_free(tu_write_file(dir, "x.rules", cases[i].text));
		g_free(tu_write_file(dir, "y.rules", "[a]\nmatch = other\n[c]\nmatch = x\n"));
		g_autoptr(StRules) r = st_rules_load(dir, &err);
		g_autoptr(StRules) d = st_rules_load_data(cases[i].text, -1, NULL);
		tu_rm_rf(dir);
		if (cases[i].code < 0) {
			g_assert_no_error(err);
			g_assert_cmpuint(st_rules_n_groups(r), ==, 4);
			g_assert_cmpuint(st_rules_group(r, "a")->patterns->len, ==, 2);
			g_assert_nonnull(d);
			continue;
		}
		g_assert_error(err, ST_KEYFILE_ERROR, cases[i].code);
		g_assert_null(r);
		g_assert_null(d);  /* st_rules_load_data checks the same */
		for (guint k = 0; k < G_N_ELEMENTS(cases[i].want) && cases[i].want[k]; k++)
			g_assert_nonnull(strstr(err->message, cases[i].want[k]));
	}
}

static void
test_shipped_rules_load(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autofree char *dir = st_config_rules_dir(cfg);
	g_autoptr(GError) err = NULL;
	g_autoptr(StRules) r = st_rules_load(dir, &err);
	g_assert_no_error(err);
	g_assert_cmpuint(st_rules_n_groups(r), >, 10);
}

static StAnalysis *
sample(void)
{
	StAnalysis *a = st_analysis_new();
	st_set(&a->version, "0.6.14");
	st_set(&a->version_kind, "msb");
	st_set(&a->version_evidence, "msb 0.6.14");
	st_set(&a->os, "linux");
	st_set(&a->kernel, "6.8.0");
	a->check[ST_CHECK_POC] = TRUE;
	a->check[ST_CHECK_VERSION] = TRUE;
	st_set(&a->check_evidence[ST_CHECK_POC], "```sh");
	st_set(&a->klass, "sandbox_escape");
	g_ptr_array_add(a->out_of_scope, g_strdup("theoretical"));
	g_ptr_array_add(a->out_of_scope_evidence, g_strdup("no PoC"));
	a->credit_found = TRUE;
	a->credit_anonymous = TRUE;
	st_set(&a->cvss_vector, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
	a->cvss_score = 9.8;
	a->ack_send = TRUE;
	st_set(&a->ack_reason, "ok");
	return a;
}

static void
test_json_roundtrip(void)
{
	g_autoptr(StAnalysis) a = sample();
	g_autoptr(JsonNode) n = st_analysis_to_json(a);
	JsonObject *o = json_node_get_object(n);
	/* the DESIGN.md interface */
	const char *fields[] = { "version", "platform", "checklist", "score", "missing",
				 "attachments", "class", "component", "out_of_scope", "credit",
				 "ack", "encrypted", "suggested_severity" };
	for (gsize i = 0; i < G_N_ELEMENTS(fields); i++)
		g_assert_true(json_object_has_member(o, fields[i]));
	g_assert_true(json_object_get_boolean_member(json_object_get_object_member(o, "credit"), "anonymous"));

	g_autoptr(StAnalysis) b = st_analysis_from_json(n);
	g_assert_nonnull(b);
	g_autofree char *s1 = st_analysis_to_json_string(a, FALSE);
	g_autofree char *s2 = st_analysis_to_json_string(b, FALSE);
	g_assert_cmpstr(s1, ==, s2);
}

static void
test_merge(void)
{
	g_autoptr(StAnalysis) first = st_analysis_new();
	first->check[ST_CHECK_DESCRIPTION] = TRUE;
	st_set(&first->klass, "control_plane_auth");
	g_autoptr(StAnalysis) reply = sample();
	st_set(&reply->distro, "Ubuntu 22.04.5 LTS");
	reply->credit_anonymous = FALSE;
	st_set(&reply->credit_name, "Jane Doe");

	st_analysis_merge(first, reply);
	g_assert_true(first->check[ST_CHECK_DESCRIPTION]);
	g_assert_true(first->check[ST_CHECK_POC]);
	g_assert_cmpstr(first->version, ==, "0.6.14");
	g_assert_cmpstr(first->distro, ==, "Ubuntu 22.04.5 LTS");
	g_assert_cmpstr(first->klass, ==, "control_plane_auth");
	g_assert_cmpstr(first->credit_name, ==, "Jane Doe");
	g_assert_cmpuint(first->out_of_scope->len, ==, 1);
	st_analysis_merge(first, reply); /* idempotent for sets */
	g_assert_cmpuint(first->out_of_scope->len, ==, 1);
	g_assert_true(first->cvss_score > 9.7);
}

/* A platform whose halves come in different messages of a thread (the
 * distro in the report, the kernel in the reply) is given for the report;
 * one half alone in each is not. */
static void
test_merge_platform_halves(void)
{
	g_autoptr(StAnalysis) first = st_analysis_new();
	st_set(&first->os, "linux");
	st_set(&first->distro, "Debian 12");
	g_autoptr(StAnalysis) reply = st_analysis_new();
	st_set(&reply->kernel, "6.1.0-27-amd64");
	st_analysis_merge(first, reply);
	g_assert_true(first->check[ST_CHECK_PLATFORM]);
	g_assert_cmpstr(first->kernel, ==, "6.1.0-27-amd64");

	g_autoptr(StAnalysis) mac = st_analysis_new();
	st_set(&mac->macos_version, "14.5");
	g_autoptr(StAnalysis) other = st_analysis_new();
	st_set(&other->distro, "Ubuntu 24.04");
	st_analysis_merge(mac, other);
	g_assert_false(mac->check[ST_CHECK_PLATFORM]); /* macOS version without a chip */
	g_autoptr(StAnalysis) chip = st_analysis_new();
	st_set(&chip->chip, "Apple M1");
	st_analysis_merge(mac, chip);
	g_assert_true(mac->check[ST_CHECK_PLATFORM]);
}

/* Revisions survive the JSON a follow-up is stored as (the thread is
 * re-merged from it): a correction replaces the version, a retraction
 * drops the earlier evidence, and the report's credit request stands when
 * the follow-up asks none (a team's follow-up under the quoted report). */
static void
test_merge_revisions(void)
{
	g_autoptr(StAnalysis) first = st_analysis_new();
	first->check[ST_CHECK_POC] = first->check[ST_CHECK_LOGS] = TRUE;
	st_set(&first->version, "0.7.1");
	st_set(&first->os, "linux");
	st_set(&first->distro, "Fedora Linux 41");
	st_set(&first->kernel, "6.11.4-301.fc41.x86_64");
	first->check[ST_CHECK_VERSION] = first->check[ST_CHECK_PLATFORM] = TRUE;
	first->credit_found = TRUE;
	st_set(&first->credit_name, "Mira Osei");

	g_autoptr(StAnalysis) fix = st_analysis_new();
	st_set(&fix->version, "0.7.3");
	fix->corrects[ST_CHECK_VERSION] = TRUE;
	st_set(&fix->corrects_evidence, "Correction: it is 0.7.3");
	g_autoptr(JsonNode) n = st_analysis_to_json(fix);
	g_autoptr(StAnalysis) fix2 = st_analysis_from_json(n);
	g_assert_true(fix2->corrects[ST_CHECK_VERSION]);
	g_assert_false(fix2->corrects[ST_CHECK_PLATFORM]);
	g_assert_cmpstr(fix2->corrects_evidence, ==, "Correction: it is 0.7.3");
	st_analysis_merge(first, fix2);
	g_assert_cmpstr(first->version, ==, "0.7.3");
	g_assert_cmpstr(first->distro, ==, "Fedora Linux 41");

	g_autoptr(StAnalysis) back = st_analysis_new();
	back->retracts[ST_CHECK_LOGS] = back->retracts[ST_CHECK_PLATFORM] = TRUE;
	st_set(&back->retracts_evidence, "the output was made up");
	g_autoptr(JsonNode) m = st_analysis_to_json(back);
	JsonObject *o = json_node_get_object(m);
	g_assert_true(json_object_has_member(o, "retracts"));
	g_assert_true(json_node_is_null(json_object_get_member(o, "corrects")));
	g_autoptr(StAnalysis) back2 = st_analysis_from_json(m);
	st_analysis_merge(first, back2);
	g_assert_true(first->check[ST_CHECK_POC]);
	g_assert_false(first->check[ST_CHECK_LOGS]);
	g_assert_false(first->check[ST_CHECK_PLATFORM]);
	g_assert_null(first->os);
	g_assert_null(first->kernel);
	g_assert_cmpstr(first->version, ==, "0.7.3");
	g_assert_true(first->retracts[ST_CHECK_LOGS]);
	g_assert_true(first->credit_found);
	g_assert_cmpstr(first->credit_name, ==, "Mira Osei");
}

static void
test_from_json_garbage(void)
{
	g_autoptr(JsonParser) p = json_parser_new();
	g_assert_true(json_parser_load_from_data(p, "{\"version\": 3, \"checklist\": [1], \"missing\": {}}", -1, NULL));
	g_autoptr(StAnalysis) a = st_analysis_from_json(json_parser_get_root(p));
	g_assert_nonnull(a);
	g_assert_null(a->version);
	g_assert_null(st_analysis_from_json(NULL));
}

/* st_rules_groups answers a prefix ending in a dot from an index made at
 * load: the same groups in the same order as a walk over every group, for
 * each such prefix of every group's name, one no group has and one that
 * does not end in a dot. */
static void
test_groups_prefix(void)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(StRules) r = st_rules_load_data(
		"[a.x]\nk = 1\n[b]\nk = 1\n[a.y.z]\nk = 1\n[a.]\nk = 1\n[ab.c]\nk = 1\n"
		"[a.y.w]\nk = 1\n[a..q]\nk = 1\n", -1, &err);
	g_assert_no_error(err);
	g_autoptr(GPtrArray) all = st_rules_groups(r, NULL);
	g_assert_cmpuint(all->len, ==, 7);
	g_autoptr(GPtrArray) prefixes = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < all->len; i++) {
		const char *name = ((const StRuleGroup *)g_ptr_array_index(all, i))->name;
		for (const char *d = strchr(name, '.'); d; d = strchr(d + 1, '.'))
			g_ptr_array_add(prefixes, g_strndup(name, d + 1 - name));
	}
	g_ptr_array_add(prefixes, g_strdup("zz."));
	g_ptr_array_add(prefixes, g_strdup("a"));
	for (guint p = 0; p < prefixes->len; p++) {
		const char *prefix = g_ptr_array_index(prefixes, p);
		g_autoptr(GPtrArray) got = st_rules_groups(r, prefix);
		guint n = 0;
		for (guint i = 0; i < all->len; i++) {
			const StRuleGroup *g = g_ptr_array_index(all, i);
			if (!g_str_has_prefix(g->name, prefix))
				continue;
			g_assert_cmpuint(n, <, got->len);
			g_assert_true(g_ptr_array_index(got, n) == g);
			n++;
		}
		g_assert_cmpuint(n, ==, got->len);
	}
	g_autoptr(GPtrArray) a = st_rules_groups(r, "a.");
	g_assert_cmpuint(a->len, ==, 5);
	g_autoptr(GPtrArray) ay = st_rules_groups(r, "a.y.");
	g_assert_cmpuint(ay->len, ==, 2);
}

/* StPattern's line_safe: a lookaround that can neither match nor see a
 * line end keeps a pattern line-safe; one that could (\s, \W, a negated
 * class without \n, '.', \P, a back reference), an unclear source and
 * the anchors and verbs that see the subject do not (#9). */
static void
test_line_safe(void)
{
	static const struct {
		const char *re;
		gboolean safe;
	} cases[] = {
		{ "^\\s*\\d+:", TRUE },
		{ "a\\s+b", TRUE },
		{ "x(?=[^\\n]*y)", TRUE },
		{ "(?<![\\w.-])v\\d(?![\\w-])", TRUE },
		{ "(?<![\\p{L}])ok(?![\\p{L}])", TRUE },
		{ "msb(?=[ \\t]+[-\\w])", TRUE },
		{ "-\\s*(?=\\S)\\S", TRUE },
		{ "(?<=x)y", TRUE },
		{ "a(?=(?:b|c\\d){1,3}$)", TRUE },
		{ "a(?=[^\\s])", TRUE },
		{ "a(?=\\bx)", TRUE },
		{ "^>>>\\s+(?<cmd>(?=[^\\n]*[(=\\[.])\\S.*)$", TRUE },
		{ "\\(?=x", FALSE },        /* an escaped parenthesis: unclear, unsafe */
		{ "[(?=]x", FALSE },        /* in a class: unclear, unsafe */
		{ "\\d(?=\\s)", FALSE },
		{ "a(?=\\W)", FALSE },
		{ "a(?=\\D)", FALSE },
		{ "a(?=[^x])", FALSE },
		{ "a(?=[^\\S])", FALSE },
		{ "a(?=[\\s,])", FALSE },
		{ "a(?=.)", FALSE },
		{ "a(?=\\P{L})", FALSE },
		{ "a(?=\\p{Cc})", FALSE },
		{ "a(?=[\\x00-\\x7f])", FALSE },
		{ "(a)(?=\\1)", FALSE },
		{ "a(?=(?i)b)", FALSE },
		{ "a(?=[[:space:]])", FALSE },
		{ "a(?=[^\\n", FALSE },
		{ "\\Ax", FALSE },
		{ "x\\z", FALSE },
		{ "(*UCP)x", FALSE },
		{ "(?m)^x", FALSE },
	};

	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GError) err = NULL;
		g_autofree char *text = g_strdup_printf("[g]\nmatch = %s\n", cases[i].re);
		g_autoptr(StRules) r = st_rules_load_data(text, -1, &err);
		if (r == NULL) {
			/* an unterminated class does not compile: nothing to decide */
			g_assert_false(cases[i].safe);
			continue;
		}
		const StRuleGroup *g = st_rules_group(r, "g");
		const StPattern *p = g_ptr_array_index(g->patterns, 0);
		if (p->line_safe != cases[i].safe)
			g_error("%s: line_safe %d, want %d", cases[i].re, p->line_safe, cases[i].safe);
	}
}

/* Patterns are compiled for the interpreter at load and JIT-compiled only
 * once they have run enough (st_regex_get, #9): a pattern that has not
 * run has no JIT code; ST_REGEX_JIT_AFTER short runs or one long text give
 * it, and the answers stay the same throughout. */
static void
test_lazy_jit(void)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(StRules) r = st_rules_load_data("[g]\nmatch.a = sandbox (?:escape|breakout)\n"
						  "match.b = guest\\s+kernel\n", -1, &err);
	g_assert_no_error(err);
	const StRuleGroup *g = st_rules_group(r, "g");
	StPattern *a = g_ptr_array_index(g->patterns, 0), *b = g_ptr_array_index(g->patterns, 1);

	g_assert_nonnull(a->rx.plain);
	g_assert_null(a->rx.fast);
	for (guint i = 0; i < ST_REGEX_JIT_AFTER; i++) {
		g_assert_true(g_regex_match(st_pattern_regex(a, "a Sandbox  Escape"),
					    "a Sandbox escape", 0, NULL));
		g_assert_false(g_regex_match(st_pattern_regex(a, "sandbox"), "sandbox", 0, NULL));
	}
	g_assert_nonnull(a->rx.fast);
	g_assert_true(g_regex_get_compile_flags(a->rx.fast) & G_REGEX_OPTIMIZE);
	g_assert_false(g_regex_get_compile_flags(a->rx.plain) & G_REGEX_OPTIMIZE);
	g_assert_true(g_regex_match(st_pattern_regex(a, "x"), "SANDBOX BREAKOUT", 0, NULL));

	/* one run over a long text pays for the JIT at once */
	g_autoptr(GString) big = g_string_new(NULL);
	while (big->len < ST_REGEX_JIT_BYTES)
		g_string_append(big, "the guest kernel panicked\n");
	g_assert_null(b->rx.fast);
	g_assert_true(g_regex_match(st_pattern_regex(b, big->str), big->str, 0, NULL));
	g_assert_nonnull(b->rx.fast);

	/* a branch compiles on its first run; one that cannot is "broken" and
	 * gives NULL (the caller then runs the whole pattern) */
	StRegex rx = { .flags = G_REGEX_CASELESS };
	g_assert_null(st_regex_get(&rx, "a(b", NULL));
	g_assert_true(rx.broken);
	g_assert_null(st_regex_get(&rx, "a(b", NULL));
	StRegex ok = { .flags = G_REGEX_CASELESS };
	GRegex *re = st_regex_get(&ok, "a+b", NULL);
	g_assert_nonnull(re);
	g_assert_true(g_regex_match(re, "xAAB", 0, NULL));
	g_clear_pointer(&ok.plain, g_regex_unref);
}

/* st_rules_jit (the milter's load) leaves every pattern of the shipped
 * rules that has no branches JIT-compiled, and every branch; a pattern
 * with branches keeps only the interpreter's copy until it has run enough
 * (rules.h); and the answers are the same. */
static void
test_rules_jit(void)
{
	g_autoptr(StRules) r = tu_repo_rules();
	g_autoptr(GPtrArray) groups = st_rules_groups(r, "");
	guint branched = 0;

	st_rules_jit(r);
	for (guint i = 0; i < groups->len; i++) {
		const StRuleGroup *g = g_ptr_array_index(groups, i);
		for (guint j = 0; j < g->patterns->len; j++) {
			const StPattern *p = g_ptr_array_index(g->patterns, j);
			gboolean jit = p->n_branches == 0;
			if ((p->rx.fast != NULL) != jit || (p->rx.plain != NULL) == jit)
				g_error("[%s] %s: %s after st_rules_jit", g->name, p->key,
					jit ? "no JIT code, or the interpreter's kept"
					    : "JIT-compiled, or no interpreter's copy");
			for (guint k = 0; k < p->n_branches; k++)
				if (p->branches[k].rx.fast == NULL || p->branches[k].rx.plain != NULL)
					g_error("[%s] %s: branch %u not JIT-compiled", g->name, p->key, k);
			branched += p->n_branches > 0;
		}
	}
	g_assert_cmpuint(branched, >, 100);
	const StRuleGroup *g = st_rules_group(r, "class.sandbox_escape");
	g_assert_nonnull(g);
	g_autofree char *why = NULL;
	g_assert_true(st_rule_match(g, "a guest can write to the host filesystem through a symlink",
				    &why, NULL));
}

typedef struct {
	StPattern *p;
	gint wrong;
} LazyRun;

static gpointer
lazy_thread(gpointer data)
{
	LazyRun *run = data;
	for (guint i = 0; i < 4 * ST_REGEX_JIT_AFTER; i++) {
		if (!g_regex_match(st_pattern_regex(run->p, "guest  kernel"), "guest  kernel", 0, NULL))
			g_atomic_int_inc(&run->wrong);
		if (g_regex_match(st_pattern_regex(run->p, "guest"), "guest", 0, NULL))
			g_atomic_int_inc(&run->wrong);
	}
	return NULL;
}

/* Threads that run one pattern while it is JIT-compiled get the same
 * answers (the milter's SMTP threads share the rules). */
static void
test_lazy_jit_threads(void)
{
	g_autoptr(StRules) r = st_rules_load_data("[g]\nmatch = guest\\s+kernel\n", -1, NULL);
	const StRuleGroup *g = st_rules_group(r, "g");
	LazyRun run = { .p = g_ptr_array_index(g->patterns, 0) };
	GThread *t[4];

	for (guint i = 0; i < G_N_ELEMENTS(t); i++)
		t[i] = g_thread_new("lazy", lazy_thread, &run);
	for (guint i = 0; i < G_N_ELEMENTS(t); i++)
		g_thread_join(t[i]);
	g_assert_cmpint(run.wrong, ==, 0);
	g_assert_nonnull(run.p->rx.fast);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/rules/load-data", test_load_data);
	g_test_add_func("/rules/merge-platform-halves", test_merge_platform_halves);
	g_test_add_func("/rules/bad-regex", test_bad_regex);
	g_test_add_func("/rules/shipped", test_shipped_rules_load);
	g_test_add_func("/rules/repeated-keys", test_repeated_keys);
	g_test_add_func("/rules/same-pattern", test_same_pattern);
	g_test_add_func("/rules/groups-prefix", test_groups_prefix);
	g_test_add_func("/rules/line-safe", test_line_safe);
	g_test_add_func("/rules/lazy-jit", test_lazy_jit);
	g_test_add_func("/rules/lazy-jit-threads", test_lazy_jit_threads);
	g_test_add_func("/rules/jit-all", test_rules_jit);
	g_test_add_func("/rules/fuzz-fixtures", test_fuzz_fixtures);
	g_test_add_func("/analysis/json-roundtrip", test_json_roundtrip);
	g_test_add_func("/analysis/merge", test_merge);
	g_test_add_func("/analysis/merge-revisions", test_merge_revisions);
	g_test_add_func("/analysis/from-json-garbage", test_from_json_garbage);
	return g_test_run();
}
