/*
 * fuzz_rules.c — libFuzzer target for the rules loader: any bytes as a
 * rules file must load or fail with an error, never crash; a loaded
 * snapshot is matched against a sample text and against the input itself,
 * with the literal prefilter in check mode (a pattern it skips that would
 * have matched aborts: the derived literals must be right for any pattern).
 */
#include <stdint.h>
#include <stdlib.h>

#include "sectriage/common.h"
#include "sectriage/rules.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char sample[] =
	"msb 0.6.14\nLinux host 6.8.0-45-generic #45-Ubuntu SMP x86_64 GNU/Linux\n"
	"```sh\nmsb run --image alpine\n```\nCredit: Jane Doe (https://github.com/jdoe)\n";

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	/* read when rules are loaded */
	g_setenv("ST_PREFILTER_CHECK", "1", TRUE);
	return 0;
}

/* Every group of R over TEXT, with a scan of it (check mode) and without;
 * the two must agree. */
static void
match_all(const StRules *r, const GPtrArray *groups, const char *text)
{
	StScan *scan = st_scan_new(r, text, -1);
	for (guint i = 0; i < groups->len; i++) {
		char *ev = NULL;
		const StRuleGroup *g = g_ptr_array_index(groups, i);
		gboolean m = st_rule_match_in(g, scan, text, &ev, NULL);
		g_free(ev);
		if (m != st_rule_match(g, text, NULL, NULL) ||
		    st_rule_count_in(g, scan, text) != st_rule_count(g, text))
			abort();
	}
	st_scan_free(scan);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	GError *err = NULL;
	StRules *r = st_rules_load_data((const char *)data, size, &err);
	if (r == NULL) {
		if (err == NULL)
			abort();
		g_error_free(err);
		return 0;
	}
	GPtrArray *groups = st_rules_groups(r, NULL);
	for (guint i = 0; i < groups->len; i++)
		(void)st_rule_get(g_ptr_array_index(groups, i), "weight");
	match_all(r, groups, sample);
	/* the input as the text: it holds the patterns' own literals */
	char *text = g_strndup((const char *)data, size);
	if (g_utf8_validate(text, -1, NULL))
		match_all(r, groups, text);
	g_free(text);
	g_ptr_array_unref(groups);
	st_rules_unref(r);
	return 0;
}
