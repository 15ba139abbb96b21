/*
 * fuzz_analyze.c — libFuzzer target for the whole analysis path:
 * raw message bytes -> parse -> extract -> classify -> score -> ack decision
 * -> JSON.  Built by tests/fuzz/run.sh with clang -fsanitize=fuzzer,address.
 * The rules' literal prefilter runs in check mode: a pattern it skips that
 * would have matched aborts.
 */
#include <stdint.h>
#include <stdlib.h>

#include "sectriage/analyze.h"
#include "sectriage/common.h"

static StConfig *cfg;
static StRules *rules;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	GError *err = NULL;

	st_init();
	g_setenv("ST_PREFILTER_CHECK", "1", TRUE);  /* read when rules load */
	cfg = st_config_default();
	/* small limits so that the fuzzer explores them */
	cfg->limits.max_depth = 8;
	cfg->limits.max_parts = 64;
	cfg->limits.max_text_bytes = 64 * 1024;
	cfg->limits.max_attachment_bytes = 64 * 1024;
	cfg->limits.max_archive_members = 16;
	cfg->limits.max_archive_bytes = 1024 * 1024;
	char *dir = st_config_rules_dir(cfg);
	rules = st_rules_load(dir, &err);
	if (rules == NULL) {
		fprintf(stderr, "fuzz_analyze: rules %s: %s\n", dir, err->message);
		abort();
	}
	g_free(dir);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	StAnalysis *a = st_analyze_data(cfg, rules, (const char *)data, size,
					size % 2 ? "" : "reporter@example.org");
	char *json = st_analysis_to_json_string(a, FALSE);
	if (json == NULL || !g_utf8_validate(json, -1, NULL))
		abort();
	g_free(json);
	st_analysis_free(a);
	return 0;
}
