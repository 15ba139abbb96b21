/*
 * fuzz_rules.c — libFuzzer target for the rules loader: any bytes as a
 * rules file must load or fail with an error, never crash; a loaded
 * snapshot is matched against a sample text.
 */
#include <stdint.h>
#include <stdlib.h>

#include "sectriage/common.h"
#include "sectriage/rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char sample[] =
	"msb 0.6.14\nLinux host 6.8.0-45-generic #45-Ubuntu SMP x86_64 GNU/Linux\n"
	"```sh\nmsb run --image alpine\n```\nCredit: Jane Doe (https://github.com/jdoe)\n";

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
	for (guint i = 0; i < groups->len; i++) {
		char *ev = NULL;
		const StRuleGroup *g = g_ptr_array_index(groups, i);
		if (st_rule_match(g, sample, &ev, NULL))
			g_free(ev);
		(void)st_rule_count(g, sample);
		(void)st_rule_get(g, "weight");
	}
	g_ptr_array_unref(groups);
	st_rules_unref(r);
	return 0;
}
