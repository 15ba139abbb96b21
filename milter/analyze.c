/*
 * analyze.c — one message through the whole analysis:
 *
 *   parse (parse.c) -> extract (extract.c) -> classify (classify.c)
 *   -> score (score.c) -> ack decision (policy.c)
 *
 * Classification runs before scoring because it decides which checklist
 * items apply (a bug in the managed cloud needs no host platform).
 * The milter (at end of message) and the CLI (`analyze`, `file`) both come
 * through here, so what a maintainer sees offline is what the milter filed.
 */
#include "sectriage/analyze.h"
#include "sectriage/classify.h"
#include "sectriage/common.h"
#include "sectriage/extract.h"
#include "sectriage/policy.h"
#include "sectriage/score.h"

/* A CI runner's own banner ([platform.ci-banner]) as the platform of a
 * report whose component needs none (the project's release workflows, whose
 * job log the writer attaches): the runner is the project's, not a host the
 * writer runs msb on, so the platform is cleared (heldout 2148).  So is
 * the system alone read from our SDK's User-Agent in such a report. */
static void
drop_runner_platform(const StRules *rules, StAnalysis *a)
{
	const StRuleGroup *g = st_rules_group(rules, "platform.ci-banner");
	const StRuleGroup *agent = st_rules_group(rules, "platform.client-agent");

	if (!a->check_na[ST_CHECK_PLATFORM] || a->platform_evidence == NULL)
		return;
	if (g != NULL && st_rule_match(g, a->platform_evidence, NULL, NULL)) {
		st_analysis_drop_platform(a);
		return;
	}
	/* the system alone, read from our SDK's User-Agent: where a client
	 * ran, not a host of the report ([platform.client-agent]; 2288) */
	if (agent != NULL && a->distro == NULL && a->kernel == NULL &&
	    a->macos_version == NULL && a->chip == NULL &&
	    st_rule_match(agent, a->platform_evidence, NULL, NULL))
		st_analysis_drop_platform(a);
}

StAnalysis *
st_analyze_message(const StConfig *cfg, const StRules *rules, StMessage *msg,
		   const char *envelope_from)
{
	gint64 start = g_get_monotonic_time();
	StAnalysis *a = st_analysis_new();

	a->msg = msg;
	st_set(&a->envelope_from, envelope_from);
	for (guint i = 0; i < msg->flags->len; i++)
		st_flag_add(a->flags, g_ptr_array_index(msg->flags, i));

	/* the body's quoted lines, read once for both (#9): they live for
	 * the two calls that read them */
	StXQuote *body = st_x_quote_body(rules, msg);
	st_extract(rules, msg, body, a);
	st_classify(rules, msg, body, a);
	drop_runner_platform(rules, a);
	/* an SDK's own version beside msb's, now that the component is known */
	st_extract_version_sdk(rules, a);
	st_x_quote_free(body);
	st_score(rules, a);
	st_policy_ack_decision(cfg, rules, msg, a);
	st_scan_memo_clear();

	a->elapsed_us = g_get_monotonic_time() - start;
	if (a->elapsed_us > (gint64)cfg->limits.analysis_timeout_ms * 1000)
		st_flag_add(a->flags, "analysis-slow");
	return a;
}

StAnalysis *
st_analyze_file(const StConfig *cfg, const StRules *rules, const char *path,
		const char *envelope_from, GError **error)
{
	st_init();
	StMessage *msg = st_message_parse_file(path, cfg, error);
	if (msg == NULL)
		return NULL;
	return st_analyze_message(cfg, rules, msg, envelope_from);
}

StAnalysis *
st_analyze_data(const StConfig *cfg, const StRules *rules, const char *data,
		gsize len, const char *envelope_from)
{
	st_init();
	StMessage *msg = st_message_parse_data(data, len, cfg);
	return st_analyze_message(cfg, rules, msg, envelope_from);
}
