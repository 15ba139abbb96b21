/*
 * extract_nonreport.c — a mail that reports nothing of the writer's own
 * (extract_int.h, [nonreport.*] in rules/extract.rules): a question, an
 * invitation, a claim someone else made retold.  It loses its description
 * and gets the "reports-nothing" flag, which classify.c reads.
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* How many sentences of PROSE end in a question mark (or a full-width
 * one), the Subject: lines of the mails it forwards or quotes left out
 * ([nonreport.subject-line], each a match up to its question mark, read in
 * prose whose wrapped lines were joined): a forwarded report's title asks
 * nothing of us ("Subject: --net none and ipv6 link-local?" under the
 * writer's own "Forwarding my report"). */
static guint
count_questions(const StRules *rules, const StScan *scan, const char *prose)
{
	guint n = 0;
	const char *next;

	for (const char *p = prose; *p; p = next) {
		gunichar c = st_x_char_at(p, &next);
		if ((c == '?' && !g_ascii_isalnum(*next) && *next != '?') || c == 0xFF1F)
			n++;  /* "??" ends one sentence */
	}
	if (n == 0)
		return 0;
	guint titles = st_rule_count_upto(st_x_grp(rules, "nonreport.subject-line"), scan, prose, n);
	return n > titles ? n - titles : 0;
}

/* Can the [nonreport.*] groups read PROSE?  They are written in English:
 * at least [nonreport] language_share percent of its words must be the
 * common English words of [nonreport.language] ("the", "that", "with"),
 * which prose in another language hardly has (under 4% of the body in
 * every non-English devset and held-out mail of rounds 1-47, 14% or more
 * in each English letter among them that reports nothing; a weekly digest
 * of links and titles has less).  A mail the reading cannot read is never
 * said to report nothing. */
static gboolean
reads_language(const StRules *rules, const StScan *scan, const char *prose)
{
	const StRuleGroup *lang = st_x_grp(rules, "nonreport.language");
	gint64 share = st_rules_get_int(rules, "nonreport", "language_share", 0);
	guint words = st_x_count_words(prose), hits = 0;

	if (lang == NULL || share <= 0)
		return TRUE;
	for (guint i = 0; i < lang->patterns->len; i++) {
		const StPattern *p = g_ptr_array_index(lang->patterns, i);
		g_autoptr(GMatchInfo) mi = NULL;
		for (st_pattern_match(p, scan, prose, &mi); mi && g_match_info_matches(mi);
		     g_match_info_next(mi, NULL))
			hits++;
	}
	return words > 0 && (gint64)hits * 100 >= share * (gint64)words;
}

/* The first report document ([checklist.document]) among MSG's attachments
 * from *I on, within the max_attachments the extraction reads; *I moves
 * past it.  NULL when there is none (#9). */
static const StAttachment *
next_document(const StRules *rules, const StMessage *msg, guint *i)
{
	const StRuleGroup *doc = st_x_grp(rules, "checklist.document");
	guint max = (guint)st_rules_get_int(rules, "extract", "max_attachments", 32);
	guint from = i ? *i : 0;

	for (guint k = from; doc != NULL && msg->attachments && k < msg->attachments->len && k < max; k++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, k);
		if (st_x_report_document(doc, att)) {
			if (i)
				*i = k + 1;
			return att;
		}
	}
	return NULL;
}

/* May a pattern of EXPECTED ([nonreport.expected]) or NONE
 * ([nonreport.none]) match what reports_nothing reads of MSG (its subject
 * and TEXT, hard wraps joined)?  FALSE only when the literal scan rules
 * every pattern out and MSG has no report document (those are read too).
 * With logs, only those groups can still make a mail report nothing, and
 * reading them needs the body's lines typed and its prose gathered: most
 * mails with logs can skip it (#9). */
static gboolean
expected_may(const StRules *rules, const StRuleGroup *expected, const StRuleGroup *none,
	     const StMessage *msg, const char *text)
{
	if (expected == NULL && none == NULL)
		return FALSE;
	if (next_document(rules, msg, NULL) != NULL)
		return TRUE;
	g_autofree char *pre = g_strconcat(msg->subject ? msg->subject : "", "\n",
					   text ? text : "", NULL);
	st_join_wrapped(pre);
	g_autoptr(StScan) scan = st_scan_new(rules, pre, -1);
	if (scan == NULL)
		return TRUE;
	for (guint g = 0; g < 2; g++) {
		const StRuleGroup *grp = g == 0 ? expected : none;
		for (guint i = 0; grp != NULL && i < grp->patterns->len; i++)
			if (st_scan_may_match(scan, g_ptr_array_index(grp->patterns, i)))
				return TRUE;
	}
	return FALSE;
}

void
st_x_body_prose_clear(StXBodyProse *bp)
{
	g_clear_pointer(&bp->prose, g_free);
	g_clear_pointer(&bp->whole, g_free);
	bp->body_at = 0;
}

/* What reports_nothing reads of MSG: its subject and the body as the
 * description reads them (BP, st_x_description_prose), then the text of
 * each of its report documents, hard wraps joined.  The description's
 * prose in *PROSE (a copy, g_free), where the body starts in both in
 * *BODY_AT. */
static GString *
read_with_documents(const StRules *rules, const StMessage *msg, const StXBodyProse *bp,
		    char **prose, gsize *body_at)
{
	*prose = g_strdup(bp->prose);
	*body_at = bp->body_at;
	GString *all = g_string_new(bp->whole);
	guint at = 0;
	for (const StAttachment *att; (att = next_document(rules, msg, &at)) != NULL; ) {
		g_autofree char *t = st_x_prepare(rules, att->text, TRUE, NULL, NULL);
		g_string_append_c(all, '\n');
		g_string_append(all, t);
	}
	st_join_wrapped(all->str);
	return all;
}

/* Does BODY (SCAN a scan of the text it ends) show a boundary crossed
 * ([nonreport.crossed]) other than by naming a crossing in a word
 * (match.en-named: "escape", "bypass"), which a plan of what someone will
 * try names too (1729)? */
static gboolean
crosses_shown(const StRuleGroup *crossed, const StScan *scan, const char *body)
{
	for (guint i = 0; crossed != NULL && i < crossed->patterns->len; i++) {
		StPattern *p = g_ptr_array_index(crossed->patterns, i);
		if (g_strcmp0(p->key, "match.en-named") != 0 && st_pattern_match(p, scan, body, NULL))
			return TRUE;
	}
	return FALSE;
}

/* Does the writer of BODY (SCAN a scan of the text it ends) say that the
 * mail reports nothing, whatever else it shows: in so many words
 * ([nonreport.none]), with the mail client's recall notice
 * ([nonreport.recall]), by saying they have found no vulnerability
 * ([nonreport.unfound]), or by asking whether what they saw is expected
 * ([nonreport.expected], then *ASKED)?  REPLY: a reply to our
 * acknowledgment ([followup]); A's PoC and logs outweigh some of them. */
static gboolean
says_nothing(const StRules *rules, const StScan *scan, const char *body, gboolean reply,
	     const StAnalysis *a, gboolean *asked)
{
	const StRuleGroup *none = st_x_grp(rules, "nonreport.none");
	const StRuleGroup *expected = st_x_grp(rules, "nonreport.expected");

	/* the writer says so ([nonreport.none]: "there is nothing to report",
	 * "I never wrote to you", "Not a vulnerability report, a process
	 * question"), in any language and in a reply to our acknowledgment
	 * too: what they did with the product ("we measured start-up time")
	 * and the output they show with the question ("dnf updateinfo" empty,
	 * 1419) are then no finding; only a PoC outweighs it */
	if (!a->check[ST_CHECK_POC] && none != NULL && st_x_any_in(none, scan, body))
		return TRUE;
	/* the mail client's notice recalling a message sent before
	 * ([nonreport.recall], 1594): the subject it quotes is the recalled
	 * report's, in any language */
	const StRuleGroup *recall = st_x_grp(rules, "nonreport.recall");
	if (!a->check[ST_CHECK_POC] && !a->check[ST_CHECK_LOGS] && recall != NULL &&
	    st_x_any_in(recall, scan, body))
		return TRUE;
	/* the writer says they have found no vulnerability at all, yet
	 * ([nonreport.unfound], in any language, 1729: "we have not found any
	 * vulnerability yet"): the escapes they name are what someone will
	 * try.  Not in a reply, and only with no PoC, no logs, no sentence of
	 * [nonreport.observed] and no boundary crossed */
	const StRuleGroup *unfound = st_x_grp(rules, "nonreport.unfound");
	const StRuleGroup *observed = st_x_grp(rules, "nonreport.observed");
	const StRuleGroup *crossed = st_x_grp(rules, "nonreport.crossed");
	if (!reply && !a->check[ST_CHECK_POC] && !a->check[ST_CHECK_LOGS] && unfound != NULL &&
	    st_x_any_in(unfound, scan, body) &&
	    (observed == NULL || !st_x_any_in(observed, scan, body)) &&
	    !crosses_shown(crossed, scan, body))
		return TRUE;
	/* the writer asks whether what they saw is a bug or just how it works,
	 * or asks for their own account back ([nonreport.expected], in any
	 * language): the commands they show are the behaviour asked about, no
	 * PoC, unless the mail shows a boundary crossed ([nonreport.crossed]) */
	if (!reply && expected != NULL && st_x_any_in(expected, scan, body) &&
	    (crossed == NULL || !st_x_any_in(crossed, scan, body))) {
		*asked = TRUE;
		return TRUE;
	}
	return FALSE;
}

/* Is the mail a job application sent to the security address
 * ([nonreport.application], in any language, 1622)?  The CV attached and
 * the skills named in BODY are no finding, unless the writer also tells
 * what they did with the product ([nonreport.observed]) or shows a
 * boundary crossed ([nonreport.crossed]). */
static gboolean
job_application(const StRules *rules, const StScan *scan, const char *body)
{
	const StRuleGroup *application = st_x_grp(rules, "nonreport.application");
	const StRuleGroup *observed = st_x_grp(rules, "nonreport.observed");
	const StRuleGroup *crossed = st_x_grp(rules, "nonreport.crossed");

	return application != NULL && st_x_any_in(application, scan, body) &&
	       !st_x_any_in(observed, scan, body) &&
	       (crossed == NULL || !st_x_any_in(crossed, scan, body));
}

/* Blank out of PROSE what the writer only promises to send later
 * ([nonreport.promised]: "then I will send the full report with the
 * PoC"): evidence promised is not shown. */
static void
blank_promised(const StRules *rules, char *prose)
{
	const StRuleGroup *promised = st_x_grp(rules, "nonreport.promised");
	g_autoptr(GArray) at = g_array_new(FALSE, FALSE, sizeof(gint));

	for (guint i = 0; promised != NULL && i < promised->patterns->len; i++) {
		const StPattern *p = g_ptr_array_index(promised->patterns, i);
		g_autoptr(GMatchInfo) mi = NULL;
		for (st_pattern_match(p, NULL, prose, &mi); mi && g_match_info_matches(mi);
		     g_match_info_next(mi, NULL)) {
			gint s, e;
			if (g_match_info_fetch_pos(mi, 0, &s, &e)) {
				g_array_append_val(at, s);
				g_array_append_val(at, e);
			}
		}
	}
	for (guint k = 0; k + 1 < at->len; k += 2) {
		gint s = g_array_index(at, gint, k), e = g_array_index(at, gint, k + 1);
		memset(prose + s, ' ', (gsize)(e - s));
	}
}

/* Does the writer of BODY, who tells nothing they saw, only ask: a
 * question, or a request, offer or invitation ([nonreport.ask]), or a
 * report locked behind the reader's own sign-in ([nonreport.locked]), and
 * no evidence of a finding named outside a question ([nonreport.shown],
 * read in PROSE from BODY_AT on, hard wraps joined and promises blanked
 * in place, blank_promised)? */
static gboolean
only_asks(const StRules *rules, const StScan *scan, const char *body, char *prose,
	  gsize body_at)
{
	/* the report is locked where only the reader's sign-in opens it
	 * ([nonreport.locked], 1438): the PoC it names is behind the lock */
	const StRuleGroup *locked = st_x_grp(rules, "nonreport.locked");
	if (locked != NULL && st_x_any_in(locked, scan, body))
		return TRUE;
	/* the evidence a finding is shown with ("PoC"), named outside a
	 * question: the question "do you want a PoC?" shows none */
	const StRuleGroup *shown = st_x_grp(rules, "nonreport.shown");
	if (shown != NULL && prose != NULL) {
		st_join_wrapped(prose);
		blank_promised(rules, prose);
		if (st_x_any(shown, prose + MIN(body_at, strlen(prose))))
			return FALSE;
	}
	return count_questions(rules, scan, body) > 0 ||
	       st_x_any_in(st_x_grp(rules, "nonreport.ask"), scan, body);
}

/* Does MSG report nothing of the writer's own?  A person's mail that asks
 * (a question about safety, a request for permission, an invitation) or
 * retells what someone else claims ("a man phoned us and said our
 * sandboxes had been hacked") names the product and its dangers as the
 * topic, not as something seen: no PoC, no logs, no sentence in which the
 * writer tells what they did with the product and saw or works out what
 * an attacker could do ([nonreport.observed]),
 * nor one outside a question that names the evidence of a finding
 * ([nonreport.shown]: "steps to reproduce", "PoC"),
 * and the writer asks: a question, or a request, offer or invitation, or
 * a notice that the message is elsewhere ([nonreport.ask]), or is
 * locked behind the reader's own sign-in ([nonreport.locked]).  A reply to
 * our acknowledgment ([followup]) continues a report and is never one, nor
 * is a mail in a language the reading cannot read (reads_language), unless
 * the writer says in so many words that it reports nothing
 * ([nonreport.none], in several languages; only a PoC or an
 * exploitation outweigh that), or the mail is a job application
 * ([nonreport.application], in any language), or a client's recall notice
 * ([nonreport.recall]; a PoC or logs outweigh that).  TEXT is the body as checklist_on
 * (extract.c) read it; report documents are read with it
 * (read_with_documents). */
static gboolean
reports_nothing(const StRules *rules, const StMessage *msg, char *text,
		const StXBodyProse *bp, const StAnalysis *a, gboolean *asked)
{
	const StRuleGroup *observed = st_x_grp(rules, "nonreport.observed");

	if (observed == NULL || !st_rules_get_int(rules, "nonreport", "enabled", 0))
		return FALSE;
	/* the version and host the writer runs do not make a report: "we run
	 * msb 0.8.6 on Ubuntu 24.04, are we affected?" gives both and asks.
	 * Logs outweigh every reading below but [nonreport.expected] and
	 * [nonreport.none]: a vendor review's question shows the output it
	 * asks about (1393), a change board's "Not a vulnerability report, a
	 * process question" the empty errata listing it asks about (1419) */
	if (a->exploited)
		return FALSE;
	const StRuleGroup *expected = st_x_grp(rules, "nonreport.expected");
	const StRuleGroup *none = st_x_grp(rules, "nonreport.none");
	if (a->check[ST_CHECK_LOGS] && !expected_may(rules, expected, none, msg, text))
		return FALSE;
	const StRuleGroup *followup = st_x_grp(rules, "followup");
	gboolean reply = followup != NULL && msg->subject != NULL &&
			 st_rule_match(followup, msg->subject, NULL, NULL);

	gsize body_at = 0;
	g_autofree char *prose = NULL;
	g_autoptr(GString) all = read_with_documents(rules, msg, bp, &prose, &body_at);
	const char *body = all->str + MIN(body_at, all->len);
	g_autoptr(StScan) scan = st_scan_new(rules, all->str, all->len);
	if (says_nothing(rules, scan, body, reply, a, asked))
		return TRUE;
	if (a->check[ST_CHECK_POC] || a->check[ST_CHECK_LOGS])
		return FALSE;
	if (!reply && job_application(rules, scan, body))
		return TRUE;
	if (reply || !reads_language(rules, scan, body) || st_x_any_in(observed, scan, body))
		return FALSE;
	return only_asks(rules, scan, body, prose, body_at);
}

/* A mail that reports nothing (reports_nothing) has no description: its
 * words about escapes and hacks are the question's topic.  The flag tells
 * classify.c that it concerns no component either; the acknowledgment is
 * the policy's as for any person's mail. */
void
st_x_check_reports_nothing(const StRules *rules, const StMessage *msg, char *text,
			   const StXBodyProse *bp, StAnalysis *a)
{
	gboolean asked = FALSE;

	if (!reports_nothing(rules, msg, text, bp, a, &asked))
		return;
	a->check[ST_CHECK_DESCRIPTION] = FALSE;
	g_clear_pointer(&a->check_evidence[ST_CHECK_DESCRIPTION], g_free);
	/* the commands of a question about expected behaviour show what it
	 * asks about: no PoC */
	if (asked) {
		a->check[ST_CHECK_POC] = FALSE;
		g_clear_pointer(&a->check_evidence[ST_CHECK_POC], g_free);
	}
	st_flag_add(a->flags, "reports-nothing");
}
