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
#include "extract_int.h"

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

/* Is [s, e) a line of nothing but blanks and quote marks? */
static gboolean
blank_line(const char *s, const char *e)
{
	for (; s < e; s++)
		if (*s != ' ' && *s != '\t' && *s != '>' && *s != '\r')
			return FALSE;
	return TRUE;
}

/* Does [s, e) start like a header field ("From: ", "Subject: ")?  An
 * attached or quoted mail's headers may follow a notice with no blank
 * line between (a bounce's text part, then the returned message). */
static gboolean
header_line(const char *s, const char *e)
{
	const char *p = s;
	if (p >= e || !g_ascii_isalpha(*p))
		return FALSE;
	while (p < e && p - s < 40 && (g_ascii_isalnum(*p) || *p == '-'))
		p++;
	return p + 1 < e && p[0] == ':' && p[1] == ' ';
}

/* TEXT without its legal notices and gateway banners ([notice.legal]): each
 * paragraph (its lines between blank ones, quoted or not, up to a header
 * field's line after the notice) that holds one is left out, up to [notice] max_paragraph bytes (longer, it is the mail
 * itself, written without blank lines).  A confidentiality notice under a
 * report is no part of it: read as the writer's words, its "privileged
 * information ... unauthorized review ... disclosure" named a class and
 * made a description of a mail that had none (tests/tools/variants.py
 * disclaimer: 348 of 2,453 reports changed).  NULL when there is none. */
static char *
strip_notices(const StRules *rules, const char *text)
{
	const StRuleGroup *g = st_rules_group(rules, "notice.legal");
	if (g == NULL || text == NULL || *text == '\0')
		return NULL;
	gint64 max = st_rules_get_int(rules, "notice", "max_paragraph", 3000);
	StScan *scan = st_scan_new(rules, text, -1);
	GString *out = NULL;
	const char *copied = text, *p = text;
	gint ms, me;

	while (*p && st_xc_earliest(g, scan, p, &ms, &me)) {
		const char *m = p + ms;
		/* the paragraph around M: back to a blank line, on to one */
		const char *ps = m;
		while (ps > text && ps[-1] != '\n')
			ps--;
		while (ps > text) {
			const char *ls = ps - 1;
			while (ls > text && ls[-1] != '\n')
				ls--;
			if (blank_line(ls, ps - 1))
				break;
			ps = ls;
		}
		const char *pe = m;
		for (;;) {
			const char *le = strchr(pe, '\n');
			if (le == NULL) {
				pe += strlen(pe);
				break;
			}
			if (pe > m && (blank_line(pe, le) || header_line(pe, le)))
				break;
			pe = le + 1;
		}
		p = MAX(pe, m + MAX(me - ms, 1));
		if (pe - ps > max || ps < copied)
			continue;
		if (out == NULL)
			out = g_string_sized_new(strlen(text));
		g_string_append_len(out, copied, ps - copied);
		copied = pe;
	}
	st_scan_free(scan);
	if (out == NULL)
		return NULL;
	g_string_append(out, copied);
	return g_string_free(out, FALSE);
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

	/* the body is read without its legal notices, for this analysis */
	char *own_body = msg->body_text;
	char *clean = strip_notices(rules, own_body);
	if (clean != NULL)
		msg->body_text = clean;

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
	if (clean != NULL) {
		msg->body_text = own_body;
		g_free(clean);
	}

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
