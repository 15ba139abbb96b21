/*
 * policy.c — whether to acknowledge a message (RFC 3834 and authentication).
 *
 *   st_policy_ack_decision()   sets a->ack_send, a->ack_reason, a->is_report
 *   st_policy_authserv_trusted()  matches an authserv-id against patterns
 *
 * The first rule that applies decides, in this order, each with a short,
 * stable reason:
 *
 *   own-mail          our own acknowledgment or notice (X-Sectriage-Auto)
 *   null-sender       envelope sender <> (or, when unknown, Return-Path: <>)
 *   mailer-daemon     sender MAILER-DAEMON, or postmaster with a bounce's
 *                     marks or no report (a person reads postmaster@)
 *   auto-submitted    Auto-Submitted other than "no" (also X-Autoreply,
 *                     X-Autorespond, Precedence: auto_reply, and subjects
 *                     auto-responders write: [auto.subject] in rules)
 *   auto-forwarded    Auto-Submitted: auto-forwarded: a person's mail that
 *                     a forwarder relayed; not answered (the reply would
 *                     go to a machine), but still a report
 *   multipart-report  a delivery or disposition report
 *   precedence-bulk, precedence-list, precedence-junk
 *   list-headers      List-Id, List-Post or any other List-* header,
 *                     Mailing-List (ezmlm) or X-Mailing-List
 *   spam-flag         X-Spam-Flag: YES, X-Spam: Yes (rspamd),
 *                     X-Spam-Status: Yes (SpamAssassin, and Barracuda's
 *                     X-Barracuda-Spam-Status), X-Rspamd-Action: reject,
 *                     add header or rewrite subject, or Microsoft 365's
 *                     X-MS-Exchange-Organization-SCL of 5 to 9, a
 *                     SpamAssassin report_safe wrapping (message/rfc822;
 *                     x-spam-type=original) or a spam tag before the
 *                     subject ([spam.subject] in rules)
 *   dmarc-fail, spf-fail   in an Authentication-Results header whose
 *                     authserv-id is trusted (cfg->trusted_authserv_ids),
 *                     or spf-fail in a Received-SPF header whose
 *                     receiver= is;
 *                     results under any other id are ignored (anyone can
 *                     write that header)
 *   not-a-report      no content at all, or marketing / machine traffic
 *                     with nothing that looks like a report ([report.*],
 *                     [notreport.*] in rules/classify.rules)
 *   ok                acknowledge
 *
 * a->is_report is FALSE for everything but ok, auto-forwarded, dmarc-fail
 * and spf-fail (a person wrote those; we only cannot trust or answer the
 * sender), and a null-sender message that a form relayed for a person
 * (a person's Reply-To, no mark of machine mail, report-like content).  Machine mail
 * (bounces, auto-replies, our own mail, not-a-report) also loses the class,
 * component, scope hints and severity classify.c may have guessed from it:
 * it is about nothing.  Not so a tool's mail that files a finding, or a
 * service's null-sender notice that passes one on (files_a_finding): no
 * ack, but judged on what it reports.  The per-sender rate limit and "one
 * per report" are the store's (filing time).
 */
#include <string.h>

#include "sectriage/common.h"
#include "sectriage/policy.h"

/* ------------------------------------------------------------ header text */

/* Copy of S with RFC 5322 comments removed (nested, quoted strings kept). */
static char *
strip_comments(const char *s)
{
	GString *out = g_string_new(NULL);
	int depth = 0;
	gboolean quoted = FALSE;

	for (const char *p = s; *p; p++) {
		if (*p == '\\' && p[1] != '\0' && (quoted || depth > 0)) {
			if (depth == 0)
				g_string_append_len(out, p, 2);
			p++;
			continue;
		}
		if (depth == 0 && *p == '"')
			quoted = !quoted;
		if (!quoted && *p == '(') {
			depth++;
			continue;
		}
		if (!quoted && *p == ')' && depth > 0) {
			depth--;
			if (depth == 0)
				g_string_append_c(out, ' ');
			continue;
		}
		if (depth == 0)
			g_string_append_c(out, *p);
	}
	return g_string_free(out, FALSE);
}

/* The first word of a header value, comments removed, lower case ("" when
 * none).  Words end at white space or ';'.  Newly allocated. */
static char *
first_word(const char *value)
{
	g_autofree char *clean = strip_comments(value ? value : "");
	const char *p = clean;
	while (g_ascii_isspace(*p))
		p++;
	const char *e = p;
	while (*e && !g_ascii_isspace(*e) && *e != ';')
		e++;
	return g_ascii_strdown(p, e - p);
}

/* Local part of ADDR (with or without <> and display name), lower case. */
static char *
local_part(const char *addr)
{
	if (addr == NULL)
		return NULL;
	const char *lt = strrchr(addr, '<');
	const char *p = lt ? lt + 1 : addr;
	while (g_ascii_isspace(*p))
		p++;
	const char *at = strrchr(p, '@');
	const char *e = at ? at : p + strcspn(p, ">");
	return g_ascii_strdown(p, e - p);
}

/* -------------------------------------------------- Authentication-Results */

gboolean
st_policy_authserv_trusted(char **patterns, const char *authserv_id)
{
	if (patterns == NULL || authserv_id == NULL || *authserv_id == '\0')
		return FALSE;
	g_autofree char *id = g_ascii_strdown(authserv_id, -1);
	gsize n = strlen(id);
	if (n > 0 && id[n - 1] == '.')
		id[--n] = '\0';
	for (char **p = patterns; *p; p++) {
		g_autofree char *pat = g_ascii_strdown(*p, -1);
		g_strstrip(pat);
		gsize m = strlen(pat);
		if (m == 0)
			continue;
		if (pat[0] == '.') {
			if (m > 1 && n > m && strcmp(id + n - m, pat) == 0)
				return TRUE;
		} else if (strcmp(id, pat) == 0) {
			return TRUE;
		}
	}
	return FALSE;
}

/* Split S at ';' outside quoted strings.  Returns a NULL-terminated vector. */
static char **
split_resinfo(const char *s)
{
	GPtrArray *parts = g_ptr_array_new();
	gboolean quoted = FALSE;
	const char *start = s;

	for (const char *p = s;; p++) {
		if (*p == '\\' && quoted && p[1]) {
			p++;
			continue;
		}
		if (*p == '"')
			quoted = !quoted;
		if (*p == '\0' || (*p == ';' && !quoted)) {
			g_ptr_array_add(parts, g_strstrip(g_strndup(start, p - start)));
			if (*p == '\0')
				break;
			start = p + 1;
		}
	}
	g_ptr_array_add(parts, NULL);
	return (char **)g_ptr_array_free(parts, FALSE);
}

/* From one resinfo "method[/version] = result props...", the method and
 * result (lower case).  FALSE when it is not of that form. */
static gboolean
parse_resinfo(const char *s, char **method, char **result)
{
	const char *p = s;
	while (g_ascii_isspace(*p))
		p++;
	const char *m = p;
	while (*p && (g_ascii_isalnum(*p) || *p == '-' || *p == '_' || *p == '.'))
		p++;
	const char *me = p;
	if (me == m)
		return FALSE;
	if (*p == '/') {  /* method version */
		p++;
		while (g_ascii_isspace(*p))
			p++;
		while (g_ascii_isdigit(*p))
			p++;
	}
	while (g_ascii_isspace(*p))
		p++;
	if (*p != '=')
		return FALSE;
	p++;
	while (g_ascii_isspace(*p))
		p++;
	const char *r = p;
	while (*p && (g_ascii_isalnum(*p) || *p == '-' || *p == '_'))
		p++;
	if (p == r)
		return FALSE;
	*method = g_ascii_strdown(m, me - m);
	*result = g_ascii_strdown(r, p - r);
	return TRUE;
}

/* Is ID (an authserv-id or a Received-SPF receiver, maybe a quoted
 * string, which is unquoted in place) one of TRUSTED? */
static gboolean
authserv_trusted(char **trusted, char *id)
{
	gsize n = strlen(id);
	if (n >= 2 && id[0] == '"' && id[n - 1] == '"') {
		id[n - 1] = '\0';
		id++;
	}
	return st_policy_authserv_trusted(trusted, id);
}

/* Look at one Authentication-Results VALUE.  Sets *DMARC_FAIL / *SPF_FAIL
 * when its authserv-id is trusted and it says so. */
static void
auth_results_scan(char **trusted, const char *value, gboolean *dmarc_fail, gboolean *spf_fail)
{
	g_autofree char *clean = strip_comments(value);
	g_auto(GStrv) parts = split_resinfo(clean);

	if (parts[0] == NULL)
		return;
	/* authserv-id [version]: the first token, maybe a quoted string */
	g_auto(GStrv) words = g_strsplit_set(g_strstrip(parts[0]), " \t\r\n", 2);
	if (words[0] == NULL)
		return;
	if (!authserv_trusted(trusted, words[0]))
		return;
	for (char **r = parts + 1; *r; r++) {
		g_autofree char *method = NULL, *result = NULL;
		if (!parse_resinfo(*r, &method, &result))
			continue;
		if (strcmp(method, "dmarc") == 0 && strcmp(result, "fail") == 0)
			*dmarc_fail = TRUE;
		if (strcmp(method, "spf") == 0 && strcmp(result, "fail") == 0)
			*spf_fail = TRUE;
	}
}

/* Does one Received-SPF VALUE (RFC 7208 9.1, as postfix-policyd-spf and
 * other SPF checkers that write no Authentication-Results prepend it) say
 * fail, with a receiver= key that is a trusted authserv-id?  The result is
 * its first word; the receiver names the host that checked, and anyone
 * can write the header, so without a trusted receiver it says nothing. */
static gboolean
received_spf_fail(char **trusted, const char *value)
{
	g_autofree char *result = first_word(value);
	if (strcmp(result, "fail") != 0)
		return FALSE;
	g_autofree char *clean = strip_comments(value);
	g_auto(GStrv) keys = g_strsplit_set(clean, ";", -1);
	for (char **k = keys; *k; k++) {
		char *kv = g_strstrip(*k);
		/* the first key follows the result on the same line */
		char *sp = strrchr(kv, ' ');
		if (sp != NULL && strchr(sp, '=') != NULL)
			kv = sp + 1;
		if (g_ascii_strncasecmp(kv, "receiver=", 9) != 0)
			continue;
		if (authserv_trusted(trusted, g_strstrip(kv + 9)))
			return TRUE;
	}
	return FALSE;
}

static const char *
auth_reason(const StConfig *cfg, const StMessage *msg)
{
	g_autoptr(GPtrArray) values = st_message_headers(msg, "Authentication-Results");
	g_autoptr(GPtrArray) rspf = st_message_headers(msg, "Received-SPF");
	char **trusted = cfg ? cfg->trusted_authserv_ids : NULL;
	gboolean dmarc = FALSE, spf = FALSE;

	for (guint i = 0; values && i < values->len; i++)
		auth_results_scan(trusted, g_ptr_array_index(values, i), &dmarc, &spf);
	for (guint i = 0; rspf && i < rspf->len && !spf; i++)
		spf = received_spf_fail(trusted, g_ptr_array_index(rspf, i));
	return dmarc ? "dmarc-fail" : spf ? "spf-fail" : NULL;
}

/* -------------------------------------------------------- RFC 3834 rules */

static gboolean
is_null_sender(const StAnalysis *a, const StMessage *msg)
{
	const char *env = a->envelope_from;
	if (env == NULL) {  /* unknown: trust the delivery's Return-Path */
		env = st_message_header(msg, "Return-Path");
		if (env == NULL)
			return FALSE;
	}
	g_autofree char *s = g_strstrip(g_strdup(env));
	return *s == '\0' || strcmp(s, "<>") == 0;
}

static gboolean
local_part_is(const char *addr, const char *name)
{
	g_autofree char *lp = local_part(addr);
	return lp != NULL && strcmp(lp, name) == 0;
}

static gboolean
is_daemon(const char *addr)
{
	return local_part_is(addr, "mailer-daemon") || local_part_is(addr, "postmaster");
}

static gboolean is_not_a_report(const StRules *rules, const StMessage *msg);

/* MAILER-DAEMON is the mail system itself.  postmaster is also the
 * mailbox a person at the site reads (RFC 5321 4.5.1): bounces come from
 * it with the null sender (caught before this) or, from some servers
 * (Exchange), with postmaster as the envelope sender too, then marked as
 * a non-delivery report or titled as one ([bounce.subject] in rules).  So
 * mail from postmaster with a real envelope sender is machine mail when it
 * carries those marks or no report; otherwise a person wrote it (1803: a
 * hosting company's abuse desk writing from postmaster@) and the later
 * rules decide. */
static gboolean
is_daemon_mail(const StRules *rules, const StMessage *msg, const StAnalysis *a)
{
	if (local_part_is(a->envelope_from, "mailer-daemon") ||
	    local_part_is(msg->from_addr, "mailer-daemon"))
		return TRUE;
	if (!local_part_is(a->envelope_from, "postmaster") &&
	    !local_part_is(msg->from_addr, "postmaster"))
		return FALSE;
	if (st_message_header(msg, "X-MS-Exchange-Message-Is-Ndr") != NULL)
		return TRUE;
	if (msg->subject && st_rule_match(st_rules_group(rules, "bounce.subject"), msg->subject, NULL, NULL))
		return TRUE;
	return is_not_a_report(rules, msg);
}

/* Auto-Submitted other than "no", the older X-Autoreply / X-Autorespond,
 * or a subject an auto-responder writes ([auto.subject] in rules). */
static const char *
auto_reason(const StRules *rules, const StMessage *msg)
{
	g_autoptr(GPtrArray) values = st_message_headers(msg, "Auto-Submitted");
	for (guint i = 0; values && i < values->len; i++) {
		g_autofree char *w = first_word(g_ptr_array_index(values, i));
		if (strcmp(w, "auto-forwarded") == 0)
			return "auto-forwarded";
		if (*w != '\0' && strcmp(w, "no") != 0)
			return "auto-submitted";
	}
	const char *x = st_message_header(msg, "X-Autoreply");
	if (x != NULL) {
		g_autofree char *w = first_word(x);
		if (strcmp(w, "no") != 0)
			return "auto-submitted";
	}
	if (st_message_header(msg, "X-Autorespond") != NULL)
		return "auto-submitted";
	if (msg->subject && st_rule_match(st_rules_group(rules, "auto.subject"), msg->subject, NULL, NULL))
		return "auto-submitted";
	return NULL;
}

static const char *
precedence_reason(const StMessage *msg)
{
	g_autoptr(GPtrArray) values = st_message_headers(msg, "Precedence");
	for (guint i = 0; values && i < values->len; i++) {
		g_autofree char *w = first_word(g_ptr_array_index(values, i));
		if (strcmp(w, "bulk") == 0)
			return "precedence-bulk";
		if (strcmp(w, "list") == 0)
			return "precedence-list";
		if (strcmp(w, "junk") == 0)
			return "precedence-junk";
		if (strcmp(w, "auto_reply") == 0)
			return "auto-submitted";
	}
	return NULL;
}

static gboolean
has_list_header(const StMessage *msg)
{
	for (guint i = 0; msg->headers && i < msg->headers->len; i++) {
		const StHeader *h = g_ptr_array_index(msg->headers, i);
		/* RFC 2369/2919 List-*, and what list managers wrote before
		 * them and still do: ezmlm's Mailing-List, X-Mailing-List */
		if (h->name && (g_ascii_strncasecmp(h->name, "List-", 5) == 0 ||
				g_ascii_strcasecmp(h->name, "Mailing-List") == 0 ||
				g_ascii_strcasecmp(h->name, "X-Mailing-List") == 0))
			return TRUE;
	}
	return FALSE;
}

static gboolean
is_spam(const StRules *rules, const StMessage *msg)
{
	/* SpamAssassin's report_safe wrapping (parse.c's "spam-wrapped") and
	 * the tag a spam filter puts before the subject ([spam.subject]):
	 * verdicts without any X-Spam-* header of theirs (an MX may strip or
	 * rename those) */
	if (st_flag_has(msg->flags, "spam-wrapped"))
		return TRUE;
	if (msg->subject && st_rule_match(st_rules_group(rules, "spam.subject"), msg->subject, NULL, NULL))
		return TRUE;
	/* SpamAssassin's X-Spam-Flag and rspamd's X-Spam (its milter_headers
	 * "spam-header") carry the verdict as their first word. */
	static const char *const flags[] = { "X-Spam-Flag", "X-Spam" };
	for (gsize i = 0; i < G_N_ELEMENTS(flags); i++) {
		g_autofree char *flag = first_word(st_message_header(msg, flags[i]));
		if (strcmp(flag, "yes") == 0)
			return TRUE;
	}
	/* rspamd's action: what it would have the MTA do with spam */
	const char *rspamd = st_message_header(msg, "X-Rspamd-Action");
	g_autofree char *action = g_strstrip(g_ascii_strdown(rspamd ? rspamd : "", -1));
	if (strcmp(action, "reject") == 0 || strcmp(action, "add header") == 0 ||
	    strcmp(action, "rewrite subject") == 0)
		return TRUE;
	/* Microsoft 365's spam confidence level: 5 and up is spam, 9 high
	 * confidence (-1 is a bypass, 0-1 clean) */
	const char *scl = st_message_header(msg, "X-MS-Exchange-Organization-SCL");
	if (scl != NULL) {
		char *end = NULL;
		gint64 level = g_ascii_strtoll(scl, &end, 10);
		if (end != scl && level >= 5 && level <= 9)
			return TRUE;
	}
	/* SpamAssassin's and Barracuda's status: "Yes, score=..." */
	static const char *const statuses[] = { "X-Spam-Status", "X-Barracuda-Spam-Status" };
	for (gsize i = 0; i < G_N_ELEMENTS(statuses); i++) {
		const char *status = st_message_header(msg, statuses[i]);
		if (status == NULL)
			continue;
		while (g_ascii_isspace(*status))
			status++;
		if (g_ascii_strncasecmp(status, "yes", 3) == 0 &&
		    (status[3] == '\0' || status[3] == ',' || g_ascii_isspace(status[3])))
			return TRUE;
	}
	return FALSE;
}

/* ------------------------------------------------------- not a report */


/* Sum of the weights of GROUP's patterns that match TEXT (SCAN: its
 * literals, or NULL). */
static int
group_score(const StRuleGroup *g, const StScan *scan, const char *text)
{
	int score = 0;
	for (guint i = 0; g && i < g->patterns->len; i++) {
		const StPattern *p = g_ptr_array_index(g->patterns, i);
		if (st_pattern_match(p, scan, text, NULL))
			score += st_pattern_weight(g, p);
	}
	return score;
}

static gsize
count_nonblank(const char *s)
{
	gsize n = 0;
	for (; s && *s; s++)
		n += !g_ascii_isspace(*s);
	return n;
}

/* Attachment text looked at for report signals (the body is bounded by parse). */
#define NOTREPORT_MAX_TEXT (256 * 1024)

/* TRUE when MSG is plainly not a report: empty, or marketing or machine
 * traffic with nothing in it that looks like a report. */
static gboolean
is_not_a_report(const StRules *rules, const StMessage *msg)
{
	g_autoptr(GString) text = g_string_new(msg->subject);
	guint n_att = msg->attachments ? msg->attachments->len : 0;

	g_string_append_c(text, '\n');
	g_string_append(text, msg->body_text);
	for (guint i = 0; i < n_att && text->len < NOTREPORT_MAX_TEXT; i++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, i);
		g_string_append_printf(text, "\n%s\n", att->filename ? att->filename : "");
		if (att->text)
			g_string_append_len(text, att->text,
					    MIN(strlen(att->text), NOTREPORT_MAX_TEXT - MIN(text->len, NOTREPORT_MAX_TEXT)));
	}
	if (msg->encrypted || st_flag_has(msg->flags, "encrypted"))
		return FALSE;  /* an encrypted message to security@ is a report */
	if (n_att == 0 && count_nonblank(msg->body_text) <
	    (gsize)st_rules_get_int(rules, "notreport", "min_chars", 3) &&
	    group_score(st_rules_group(rules, "report.signal"), NULL,
			msg->subject ? msg->subject : "") == 0)
		return TRUE;
	st_join_wrapped(text->str);  /* a phrase broken over two lines still matches */
	g_autoptr(StScan) scan = st_scan_new(rules, text->str, text->len);
	g_autoptr(GPtrArray) signals = st_rules_groups(rules, "report.");
	for (guint i = 0; i < signals->len; i++)
		if (group_score(g_ptr_array_index(signals, i), scan, text->str) > 0)
			return FALSE;
	int score = 0;
	g_autoptr(GPtrArray) noise = st_rules_groups(rules, "notreport.");
	for (guint i = 0; i < noise->len; i++)
		score += group_score(g_ptr_array_index(noise, i), scan, text->str);
	return score > 0 && score >= st_rules_get_int(rules, "notreport", "min", 8);
}

/* ---------------------------------------------------------- the decision */

static const char *
decide(const StConfig *cfg, const StRules *rules, const StMessage *msg, const StAnalysis *a)
{
	const char *r;

	if (st_message_header(msg, ST_AUTO_HEADER) != NULL)
		return "own-mail";
	if (is_null_sender(a, msg))
		return "null-sender";
	if (is_daemon_mail(rules, msg, a))
		return "mailer-daemon";
	if ((r = auto_reason(rules, msg)) != NULL)
		return r;
	if (msg->content_type && g_ascii_strcasecmp(msg->content_type, "multipart/report") == 0)
		return "multipart-report";
	if ((r = precedence_reason(msg)) != NULL)
		return r;
	if (has_list_header(msg))
		return "list-headers";
	if (is_spam(rules, msg))
		return "spam-flag";
	if ((r = auth_reason(cfg, msg)) != NULL)
		return r;
	if (is_not_a_report(rules, msg))
		return "not-a-report";
	return "ok";
}

/* A person's report that a disclosure form or relay sent from the null
 * sender (RFC 3834 still says not to answer it): it names the person to
 * answer in Reply-To, and carries none of the marks of machine mail (a
 * daemon's From or Reply-To, Auto-Submitted, a delivery report, list or
 * bulk headers, a spam verdict) and something that looks like a report.
 * Bounces and receipts never set a person's Reply-To. */
static gboolean
is_relayed_report(const StRules *rules, const StMessage *msg)
{
	const char *reply_to = st_message_header(msg, "Reply-To");
	if (reply_to == NULL || strchr(reply_to, '@') == NULL)
		return FALSE;
	if (is_daemon(reply_to) || is_daemon(msg->from_addr) || auto_reason(rules, msg) != NULL)
		return FALSE;
	if (msg->content_type && g_ascii_strcasecmp(msg->content_type, "multipart/report") == 0)
		return FALSE;
	if (precedence_reason(msg) != NULL || has_list_header(msg) || is_spam(rules, msg))
		return FALSE;
	return !is_not_a_report(rules, msg);
}

/* A null-sender MSG that a service sent on its own (Auto-Submitted:
 * auto-generated or auto-notified), no delivery report: a fax gateway's
 * or a Sieve notify rule's mail may carry a person's report (3097, 3171). */
static gboolean
notifies(const StMessage *msg)
{
	const char *auto_submitted = st_message_header(msg, "Auto-Submitted");
	if (auto_submitted == NULL ||
	    (msg->content_type && g_ascii_strcasecmp(msg->content_type, "multipart/report") == 0))
		return FALSE;
	g_autofree char *kind = first_word(auto_submitted);
	return strcmp(kind, "auto-generated") == 0 || strcmp(kind, "auto-notified") == 0;
}

/* A tool's own finding, filed by mail: an automatic submitter (a scanner
 * that files what it found, a disclosure platform that forwards a
 * researcher's report) gets no acknowledgment, but a mail that is no reply
 * to other mail, tells a finding in its own description (or shows it: a
 * fuzzing bot's sanitizer report with its reproducer, a PoC and logs
 * without a word of prose; 1490) and says it reports one
 * ([machine.finding] in rules/classify.rules: "found a potential
 * vulnerability", "the vulnerability report below", "found the following
 * crash") is about that finding: it keeps its class, component and scope
 * hints.  So is a service's own null-sender notice that passes on a
 * person's report (notifies(): a fax gateway's OCR text, a Sieve notify
 * rule's excerpt).  An auto-reply, a notice about a message or a job's
 * output is about nothing. */
static gboolean
files_a_finding(const StRules *rules, const StMessage *msg, const StAnalysis *a,
		const char *reason)
{
	const StRuleGroup *g = st_rules_group(rules, "machine.finding");

	if (g == NULL || a->klass == NULL ||
	    !(a->check[ST_CHECK_DESCRIPTION] || (a->check[ST_CHECK_POC] && a->check[ST_CHECK_LOGS])))
		return FALSE;
	if (strcmp(reason, "auto-submitted") != 0 && !(strcmp(reason, "null-sender") == 0 && notifies(msg)))
		return FALSE;
	if (msg->in_reply_to != NULL || (msg->references != NULL && msg->references->len > 0))
		return FALSE;
	g_autofree char *text = g_strconcat(msg->subject ? msg->subject : "", "\n",
					    msg->body_text ? msg->body_text : "", NULL);
	st_join_wrapped(text);  /* a phrase broken over two lines still matches */
	return group_score(g, NULL, text) > 0;
}

/* A tracker's, helpdesk's or forge's notification that relays a person's
 * comment on an item in the item's own thread (a forge's "NAME commented
 * on issue #42:" when the security account is mentioned, 1504; a
 * helpdesk's ticket update to the ticket's CCs with its comment history,
 * 1742): no ack, but when the comment shows the finding it is judged on
 * it.  It keeps its class and component (or the component alone, a
 * finding that fits no class: a self-DoS) when the mail is a notification
 * (Auto-Submitted: auto-generated, not an auto-reply: a reply's text is
 * the mail it answers, 170), has a description and a PoC, and the PoC
 * stands below the service's comment line ([machine.comment] in
 * rules/classify.rules): the person's comment carries the steps, not
 * the item's title or field block.  A status change with a comment that
 * only says what was done keeps nothing (638). */
static gboolean
relays_commented_finding(const StRules *rules, const StMessage *msg, const StAnalysis *a,
			 const char *reason)
{
	const StRuleGroup *g = st_rules_group(rules, "machine.comment");
	const char *poc = a->check_evidence[ST_CHECK_POC];

	if (g == NULL || strcmp(reason, "auto-submitted") != 0 ||
	    (a->klass == NULL && a->component == NULL) ||
	    !a->check[ST_CHECK_DESCRIPTION] || !a->check[ST_CHECK_POC] || poc == NULL ||
	    msg->body_text == NULL)
		return FALSE;
	const char *auto_submitted = st_message_header(msg, "Auto-Submitted");
	if (auto_submitted == NULL)
		return FALSE;
	g_autofree char *kind = first_word(auto_submitted);
	if (strcmp(kind, "auto-generated") != 0)
		return FALSE;
	g_autofree char *text = g_strdup(msg->body_text);
	st_join_wrapped(text);   /* the same length: offsets stay */
	gint first = -1;
	for (guint i = 0; i < g->patterns->len; i++) {
		gint start = -1;
		if (st_pattern_first(g_ptr_array_index(g->patterns, i), NULL, text, &start) &&
		    start >= 0 && (first < 0 || start < first))
			first = start;
	}
	if (first < 0)
		return FALSE;
	/* the PoC's evidence line (cut, and maybe wrapped): its first words */
	g_autofree char *needle = g_strndup(poc, MIN(strlen(poc), 32));
	g_strdelimit(needle, "\n", ' ');
	g_strstrip(needle);
	return *needle != '\0' && strstr(text + first, needle) != NULL;
}

/* Machine mail: about nothing, so no classification either. */
static gboolean
is_machine_reason(const char *reason)
{
	static const char *const machine[] = {
		"own-mail", "null-sender", "mailer-daemon", "auto-submitted",
		"multipart-report", "not-a-report",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(machine); i++)
		if (strcmp(reason, machine[i]) == 0)
			return TRUE;
	return FALSE;
}

void
st_policy_ack_decision(const StConfig *cfg, const StRules *rules,
		       const StMessage *msg, StAnalysis *a)
{
	g_return_if_fail(a != NULL);
	if (msg == NULL)
		msg = a->msg;
	if (msg == NULL) {  /* nothing to judge: a reloaded analysis */
		a->ack_send = FALSE;
		st_set(&a->ack_reason, "not-a-report");
		a->is_report = FALSE;
		return;
	}
	const char *reason = decide(cfg, rules, msg, a);
	a->ack_send = strcmp(reason, "ok") == 0;
	a->is_report = a->ack_send || strcmp(reason, "dmarc-fail") == 0 ||
		       strcmp(reason, "auto-forwarded") == 0 ||
		       strcmp(reason, "spf-fail") == 0 ||
		       (strcmp(reason, "null-sender") == 0 && is_relayed_report(rules, msg));
	st_set(&a->ack_reason, reason);
	if (is_machine_reason(reason) && !a->is_report &&
	    !files_a_finding(rules, msg, a, reason) &&
	    !relays_commented_finding(rules, msg, a, reason)) {
		st_analysis_drop_class(a);
		st_analysis_drop_component(a);
		st_set(&a->suggested_severity, NULL);
		st_set(&a->severity_evidence, NULL);
		g_ptr_array_set_size(a->out_of_scope, 0);
		g_ptr_array_set_size(a->out_of_scope_evidence, 0);
	}
}
