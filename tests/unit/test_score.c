/* test_score.c — the checklist score, what is missing and the hints. */
#include <string.h>

#include "sectriage/common.h"
#include "sectriage/rules.h"
#include "sectriage/score.h"

#include "testutil.h"

/* "dpvPl": upper case = present, lower = missing, '-' = does not apply;
 * positions: description, poc, version, platform, logs. */
static StAnalysis *
analysis_from(const char *spec)
{
	StAnalysis *a = st_analysis_new();
	for (int i = 0; i < ST_CHECK_N; i++) {
		a->check[i] = g_ascii_isupper(spec[i]);
		a->check_na[i] = spec[i] == '-';
	}
	return a;
}

static char *
join(const GPtrArray *arr)
{
	g_autoptr(GString) s = g_string_new(NULL);
	for (guint i = 0; i < arr->len; i++)
		g_string_append_printf(s, "%s%s", i ? "," : "", (char *)g_ptr_array_index(arr, i));
	return g_string_free(g_steal_pointer(&s), FALSE);
}

typedef struct {
	const char *spec;
	int score;
	const char *missing;
} ScoreCase;

static void
test_score_table(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const ScoreCase cases[] = {
		{ "DPVPL", 100, "" },
		{ "dpvpl", 0, "description,poc,version,platform,logs" },
		{ "DPvpl", 60, "version,platform,logs" },
		{ "dPVPL", 70, "description" },
		{ "DPVpL", 85, "platform" },
		{ "DPV-l", 90, "logs" },        /* cloud: platform does not apply */
		{ "dpv-l", 15, "description,poc,version,logs" },
		{ "DPVPl", 90, "logs" },
		{ "-----", 100, "" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(StAnalysis) a = analysis_from(cases[i].spec);
		st_score(rules, a);
		g_autofree char *missing = join(a->missing);
		if (a->score != cases[i].score || strcmp(missing, cases[i].missing) != 0)
			g_error("%s: want %d [%s], got %d [%s]", cases[i].spec, cases[i].score,
				cases[i].missing, a->score, missing);
		g_assert_cmpuint(a->missing_detail->len, ==, a->missing->len);
		/* rescoring does not pile up */
		st_score(rules, a);
		g_assert_cmpuint(a->missing->len, ==, a->missing_detail->len);
		g_autofree char *again = join(a->missing);
		g_assert_cmpstr(again, ==, missing);
	}
}

typedef struct {
	const char *os, *distro, *kernel, *macos, *chip;
	const char *want;   /* substring of the platform line */
} HintCase;

static void
test_platform_hints(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const HintCase cases[] = {
		{ "linux", NULL, "6.1.0-26-amd64", NULL, NULL, "kernel given, distro missing" },
		{ NULL, NULL, "6.8", NULL, NULL, "kernel given, distro missing" },
		{ "linux", "Fedora 40", NULL, NULL, NULL, "distro given, kernel missing" },
		{ "macos", NULL, NULL, "15.1", NULL, "macOS version given, chip missing" },
		{ "macos", NULL, NULL, NULL, "Apple M2", "chip given, macOS version missing" },
		{ NULL, NULL, NULL, "14.7.1", NULL, "chip missing" },
		{ "windows", "Windows 11 Pro 23H2", NULL, NULL, NULL, "build missing" },
		{ "windows", NULL, "10.0.22631.4460", NULL, NULL, "edition missing" },
		{ NULL, NULL, NULL, NULL, NULL, "uname -a" },
		{ "linux", NULL, NULL, NULL, NULL, "/etc/os-release" },
		{ "macos", NULL, NULL, NULL, NULL, "sw_vers" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		const HintCase *c = &cases[i];
		g_autoptr(StAnalysis) a = analysis_from("DPVpL");
		st_set(&a->os, c->os);
		st_set(&a->distro, c->distro);
		st_set(&a->kernel, c->kernel);
		st_set(&a->macos_version, c->macos);
		st_set(&a->chip, c->chip);
		st_score(rules, a);
		g_assert_cmpuint(a->missing_detail->len, ==, 1);
		const char *line = g_ptr_array_index(a->missing_detail, 0);
		if (strstr(line, c->want) == NULL)
			g_error("case %zu: want \"%s\" in \"%s\"", i, c->want, line);
	}
}

static void
test_hints_say_how(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) a = analysis_from("dpvpl");
	static const char *const how[] = { "impact", "reproduction", "msb --version", "uname -a", "logs" };

	st_score(rules, a);
	g_assert_cmpuint(a->missing_detail->len, ==, ST_CHECK_N);
	for (int i = 0; i < ST_CHECK_N; i++) {
		const char *line = g_ptr_array_index(a->missing_detail, i);
		g_assert_true(g_str_has_prefix(line, st_check_names[i]));
		g_assert_nonnull(strstr(line, how[i]));
	}
}

/* Weights come from rules; an item without a hint is named plainly. */
static void
test_rules_weights(void)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(StRules) rules = st_rules_load_data(
		"[score]\nweight.description = 1\nweight.poc = 1\nweight.version = 1\n"
		"weight.platform = 0\nweight.logs = 0\n"
		"[hint.poc]\ntext = send a PoC\n", -1, &err);
	g_assert_no_error(err);
	g_autoptr(StAnalysis) a = analysis_from("Dpvpl");
	st_score(rules, a);
	g_assert_cmpint(a->score, ==, 33);
	g_autofree char *m = join(a->missing);
	g_assert_cmpstr(m, ==, "poc,version,platform,logs");
	g_assert_cmpstr(g_ptr_array_index(a->missing_detail, 0), ==, "send a PoC");
	g_assert_cmpstr(g_ptr_array_index(a->missing_detail, 1), ==, "version");

	/* all weights zero: score 0, no division by zero */
	g_autoptr(StRules) zero = st_rules_load_data(
		"[score]\nweight.description = 0\nweight.poc = 0\nweight.version = 0\n"
		"weight.platform = 0\nweight.logs = 0\n", -1, &err);
	g_assert_no_error(err);
	g_autoptr(StAnalysis) b = analysis_from("DPVPL");
	st_score(zero, b);
	g_assert_cmpint(b->score, ==, 0);

	/* no rules: the built-in weights */
	g_autoptr(StAnalysis) c = analysis_from("DPvpl");
	st_score(NULL, c);
	g_assert_cmpint(c->score, ==, 60);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add_func("/score/table", test_score_table);
	g_test_add_func("/score/platform-hints", test_platform_hints);
	g_test_add_func("/score/hints-say-how", test_hints_say_how);
	g_test_add_func("/score/rules-weights", test_rules_weights);
	return g_test_run();
}
