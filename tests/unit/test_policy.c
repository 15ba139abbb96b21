/* test_policy.c — the acknowledgment decision table (RFC 3834, authentication,
 * not-a-report) and authserv-id matching.  Real parser, real rules/. */
#include <string.h>

#include "sectriage/common.h"
#include "sectriage/config.h"
#include "sectriage/message.h"
#include "sectriage/policy.h"
#include "sectriage/rules.h"

#include "testutil.h"

#define REPORT_BODY \
	"Hello,\n\nA guest can write files on the host through a symlink in a\n" \
	"bind mount (sandbox escape).  PoC:\n\n  msb run -v /tmp/x:/x alpine -- sh poc.sh\n\n" \
	"msb 0.6.14, Debian 12, kernel 6.1.0-26-amd64.\n"

typedef struct {
	const char *name;
	const char *envelope;  /* NULL: unknown */
	const char *headers;   /* extra header lines, each ending in \n */
	const char *body;      /* NULL: REPORT_BODY */
	gboolean send;
	const char *reason;
	gboolean is_report;
} AckCase;

static const AckCase ack_cases[] = {
	{ "plain report", "alice@example.org", "", NULL, TRUE, "ok", TRUE },
	{ "null sender", "", "", NULL, FALSE, "null-sender", FALSE },
	{ "null sender <>", "<>", "", NULL, FALSE, "null-sender", FALSE },
	{ "unknown envelope, Return-Path <>", NULL, "Return-Path: <>\n", NULL, FALSE, "null-sender", FALSE },
	/* a disclosure form relaying a person's report from <>: no ack, still a
	 * report; not when the mail is a bounce or carries machine marks */
	{ "null sender, form relay with Reply-To", "", "Reply-To: Akira <akira@example.org>\n", NULL,
	  FALSE, "null-sender", TRUE },
	{ "null sender, Reply-To but auto-replied", "",
	  "Reply-To: akira@example.org\nAuto-Submitted: auto-replied\n", NULL, FALSE, "null-sender", FALSE },
	{ "null sender, Reply-To postmaster", "", "Reply-To: postmaster@example.org\n", NULL,
	  FALSE, "null-sender", FALSE },
	{ "null sender, Reply-To, nothing reported", "", "Reply-To: akira@example.org\n", "",
	  FALSE, "null-sender", FALSE },
	{ "unknown envelope, normal Return-Path", NULL, "Return-Path: <alice@example.org>\n", NULL, TRUE, "ok", TRUE },
	{ "envelope MAILER-DAEMON", "MAILER-DAEMON@mx.example.net", "", NULL, FALSE, "mailer-daemon", FALSE },
	/* postmaster is a person's mailbox too (RFC 5321 4.5.1): with a real
	 * envelope sender, machine mail only with a bounce's marks or no report */
	{ "envelope postmaster mixed case, a person's report", "PostMaster@example.net", "", NULL,
	  TRUE, "ok", TRUE },
	{ "envelope postmaster, Exchange NDR header", "postmaster@example.net",
	  "X-MS-Exchange-Message-Is-Ndr: \n", NULL, FALSE, "mailer-daemon", FALSE },
	{ "envelope postmaster, nothing reported", "postmaster@example.net", "", "",
	  FALSE, "mailer-daemon", FALSE },
	{ "envelope postmaster, auto-replied", "postmaster@example.net",
	  "Auto-Submitted: auto-replied\n", NULL, FALSE, "auto-submitted", FALSE },
	{ "From mailer-daemon", "bounce@example.net",
	  "X-Dummy: 1\n", NULL, FALSE, "mailer-daemon", FALSE },  /* From set below */
	{ "Auto-Submitted auto-replied", "alice@example.org", "Auto-Submitted: auto-replied\n", NULL,
	  FALSE, "auto-submitted", FALSE },
	{ "Auto-Submitted auto-generated", "alice@example.org", "Auto-Submitted: auto-generated\n", NULL,
	  FALSE, "auto-submitted", FALSE },
	{ "Auto-Submitted no", "alice@example.org", "Auto-Submitted: no\n", NULL, TRUE, "ok", TRUE },
	/* a person's report relayed by a forwarder: not answered, still a report */
	{ "Auto-Submitted auto-forwarded", "alice@example.org", "Auto-Submitted: auto-forwarded\n", NULL,
	  FALSE, "auto-forwarded", TRUE },
	{ "AUTO-SUBMITTED No (comment)", "alice@example.org", "AUTO-SUBMITTED: No (a person wrote this)\n",
	  NULL, TRUE, "ok", TRUE },
	{ "auto-submitted: Auto-Replied mixed case", "alice@example.org",
	  "auto-submitted: Auto-Replied; owner-email=\"a@example.org\"\n", NULL, FALSE, "auto-submitted", FALSE },
	{ "X-Autoreply", "alice@example.org", "X-Autoreply: yes\n", NULL, FALSE, "auto-submitted", FALSE },
	{ "Outlook automatic reply without headers", "alice@example.org", "", NULL,
	  FALSE, "auto-submitted", FALSE },  /* Subject set below */
	{ "Precedence bulk", "alice@example.org", "Precedence: bulk\n", NULL, FALSE, "precedence-bulk", FALSE },
	{ "Precedence LIST", "alice@example.org", "PRECEDENCE: LIST\n", NULL, FALSE, "precedence-list", FALSE },
	{ "Precedence junk", "alice@example.org", "Precedence: junk\n", NULL, FALSE, "precedence-junk", FALSE },
	{ "Precedence first-class", "alice@example.org", "Precedence: first-class\n", NULL, TRUE, "ok", TRUE },
	{ "List-Id", "alice@example.org", "List-Id: <oss.lists.example.org>\n", NULL, FALSE, "list-headers", FALSE },
	{ "ezmlm Mailing-List", "alice@example.org",
	  "Mailing-List: contact oss-help@lists.example.org; run by ezmlm\n", NULL, FALSE, "list-headers", FALSE },
	{ "X-Mailing-List", "alice@example.org", "X-Mailing-List: oss@lists.example.org\n", NULL, FALSE,
	  "list-headers", FALSE },
	{ "List-Post only", "alice@example.org", "List-Post: <mailto:oss@lists.example.org>\n", NULL,
	  FALSE, "list-headers", FALSE },
	{ "list-unsubscribe lower case", "alice@example.org", "list-unsubscribe: <mailto:u@example.org>\n",
	  NULL, FALSE, "list-headers", FALSE },
	{ "Listing header is not List-*", "alice@example.org", "X-Listing: yes\n", NULL, TRUE, "ok", TRUE },
	{ "X-Spam-Flag YES", "alice@example.org", "X-Spam-Flag: YES\n", NULL, FALSE, "spam-flag", FALSE },
	{ "X-Spam-Flag NO", "alice@example.org", "X-Spam-Flag: NO\n", NULL, TRUE, "ok", TRUE },
	{ "rspamd X-Spam Yes", "alice@example.org", "X-Spam: Yes\n", NULL, FALSE, "spam-flag", FALSE },
	{ "rspamd X-Spam No", "alice@example.org", "X-Spam: No\n", NULL, TRUE, "ok", TRUE },
	{ "X-Spam-Score is not a verdict", "alice@example.org", "X-Spam-Score: 12.5\n", NULL, TRUE, "ok", TRUE },
	{ "rspamd action add header", "alice@example.org", "X-Rspamd-Action: add header\n", NULL, FALSE,
	  "spam-flag", FALSE },
	{ "rspamd action reject", "alice@example.org", "X-Rspamd-Action: Reject\n", NULL, FALSE, "spam-flag", FALSE },
	{ "rspamd no action", "alice@example.org", "X-Rspamd-Action: no action\n", NULL, TRUE, "ok", TRUE },
	{ "rspamd greylist is not spam", "alice@example.org", "X-Rspamd-Action: greylist\n", NULL, TRUE, "ok", TRUE },
	{ "M365 SCL 6", "alice@example.org", "X-MS-Exchange-Organization-SCL: 6\n", NULL, FALSE, "spam-flag", FALSE },
	{ "M365 SCL 1", "alice@example.org", "X-MS-Exchange-Organization-SCL: 1\n", NULL, TRUE, "ok", TRUE },
	{ "M365 SCL -1 (bypass)", "alice@example.org", "X-MS-Exchange-Organization-SCL: -1\n", NULL, TRUE, "ok", TRUE },
	{ "Barracuda Yes", "alice@example.org", "X-Barracuda-Spam-Status: Yes, SCORE=7.2\n", NULL, FALSE,
	  "spam-flag", FALSE },
	{ "X-Spam-Status Yes", "alice@example.org", "X-Spam-Status: Yes, score=9.1 required=5.0\n", NULL,
	  FALSE, "spam-flag", FALSE },
	{ "X-Spam-Status No", "alice@example.org", "X-Spam-Status: No, score=0.1 required=5.0\n", NULL,
	  TRUE, "ok", TRUE },
	{ "trusted dmarc=fail", "alice@example.org",
	  "Authentication-Results: mx.superrad.company; spf=pass smtp.mailfrom=example.org;\n"
	  "\tdmarc=fail (p=REJECT) header.from=example.org\n", NULL, FALSE, "dmarc-fail", TRUE },
	{ "trusted spf=fail", "alice@example.org",
	  "Authentication-Results: mx.superrad.company; spf=fail smtp.mailfrom=example.org\n", NULL,
	  FALSE, "spf-fail", TRUE },
	{ "Received-SPF Fail from a trusted receiver", "alice@example.org",
	  "Received-SPF: Fail (mailfrom) identity=mailfrom; client-ip=203.0.113.9; helo=mail.example.org;\n"
	  " envelope-from=alice@example.org; receiver=mx.superrad.company\n", NULL, FALSE, "spf-fail", TRUE },
	{ "Received-SPF Fail from an untrusted receiver", "alice@example.org",
	  "Received-SPF: fail (example.org: domain does not designate 203.0.113.9) receiver=mx.attacker.example;"
	  " client-ip=203.0.113.9\n", NULL, TRUE, "ok", TRUE },
	{ "Received-SPF Fail naming no receiver", "alice@example.org",
	  "Received-SPF: Fail (mailfrom) identity=mailfrom; client-ip=203.0.113.9\n", NULL, TRUE, "ok", TRUE },
	{ "Received-SPF Softfail is not fail", "alice@example.org",
	  "Received-SPF: Softfail (mailfrom) identity=mailfrom; receiver=mx.superrad.company\n", NULL, TRUE, "ok", TRUE },
	{ "Received-SPF Pass", "alice@example.org",
	  "Received-SPF: Pass (mailfrom) identity=mailfrom; receiver=mx.superrad.company\n", NULL, TRUE, "ok", TRUE },
	{ "trusted spf=softfail is not fail", "alice@example.org",
	  "Authentication-Results: mx.superrad.company; spf=softfail smtp.mailfrom=example.org\n", NULL,
	  TRUE, "ok", TRUE },
	{ "trusted apex id", "alice@example.org",
	  "Authentication-Results: superrad.company; dmarc=fail header.from=example.org\n", NULL,
	  FALSE, "dmarc-fail", TRUE },
	{ "mixed case id and result", "alice@example.org",
	  "authentication-results: MX.SuperRad.Company; DMARC=FAIL header.from=example.org\n", NULL,
	  FALSE, "dmarc-fail", TRUE },
	{ "id with version", "alice@example.org",
	  "Authentication-Results: mx.superrad.company 1; dmarc=fail header.from=example.org\n", NULL,
	  FALSE, "dmarc-fail", TRUE },
	{ "forged A-R from an untrusted id", "alice@example.org",
	  "Authentication-Results: mx.evil.example; dmarc=fail header.from=example.org\n", NULL,
	  TRUE, "ok", TRUE },
	{ "forged id with our domain as prefix", "alice@example.org",
	  "Authentication-Results: mx.superrad.company.evil.example; dmarc=fail\n", NULL, TRUE, "ok", TRUE },
	{ "forged id without the dot", "alice@example.org",
	  "Authentication-Results: evilsuperrad.company; dmarc=fail\n", NULL, TRUE, "ok", TRUE },
	{ "fail only in a comment", "alice@example.org",
	  "Authentication-Results: mx.superrad.company; dmarc=pass (was dmarc=fail; spf=fail before) header.from=example.org\n",
	  NULL, TRUE, "ok", TRUE },
	{ "fail only in a quoted reason", "alice@example.org",
	  "Authentication-Results: mx.superrad.company; dkim=pass reason=\"dmarc=fail; spf=fail\" header.d=example.org\n",
	  NULL, TRUE, "ok", TRUE },
	{ "fail in a method name suffix", "alice@example.org",
	  "Authentication-Results: mx.superrad.company; x-dmarc=fail header.from=example.org\n",
	  NULL, TRUE, "ok", TRUE },
	{ "none", "alice@example.org", "Authentication-Results: mx.superrad.company; none\n", NULL, TRUE, "ok", TRUE },
	{ "pass from trusted, fail from forged", "alice@example.org",
	  "Authentication-Results: mx.superrad.company; dmarc=pass header.from=example.org\n"
	  "Authentication-Results: mx.superrad.company.example.net; dmarc=fail header.from=example.org\n",
	  NULL, TRUE, "ok", TRUE },
	{ "own acknowledgment", "alice@example.org", "X-Sectriage-Auto: ack\n", NULL, FALSE, "own-mail", FALSE },
	{ "own notice mixed case", "alice@example.org", "x-sectriage-auto: notice\n", NULL, FALSE, "own-mail", FALSE },
	{ "empty body", "alice@example.org", "", "\n\n  \n", FALSE, "not-a-report", FALSE },
	{ "marketing", "news@shop.example", "",
	  "Big savings this week!\n\nGet 30% off all plans with promo code SAVE30.\n"
	  "Limited-time offer, book a demo today.\n\nView this email in your browser.\n"
	  "Unsubscribe | Manage your email preferences\n", FALSE, "not-a-report", FALSE },
	{ "machine notification", "noreply@ci.example", "",
	  "This is an automated message. Please do not reply to this email.\n"
	  "Your weekly usage summary is ready.\n", FALSE, "not-a-report", FALSE },
	{ "subscription digest", "digest@forum.example", "",
	  "Your weekly digest from Example Forum\n\nTop posts this week: gardening tips.\n\n"
	  "You are receiving this because you subscribed. Unsubscribe: https://forum.example/u\n",
	  FALSE, "not-a-report", FALSE },
	{ "out-of-office without headers", "bob@example.org", "",
	  "I am out of the office until Monday and will read mail then.\n", FALSE, "not-a-report", FALSE },
	{ "out-of-office mention in a real report", "bob@example.org", "",
	  "Before I went out of the office I found that a guest can escape to the host with this PoC.\n",
	  TRUE, "ok", TRUE },
	{ "DMARC aggregate report", "noreply-dmarc-support@mail.example", "",
	  "This is an aggregate report from mail.example.\n\n"
	  "Report domain: superrad.company\nSubmitter: mail.example\nReport-ID: 1234567890\n",
	  FALSE, "not-a-report", FALSE },
	{ "short real report", "k0r@example.org", "", "msb escape, poc attached later\n", TRUE, "ok", TRUE },
	{ "terse report, no keywords we know", "k0r@example.org", "",
	  "guest can read /etc/shadow of the host, see output:\n# cat /hostetc/shadow\nroot:*:19874\n",
	  TRUE, "ok", TRUE },
	{ "a question from a person", "bob@example.org", "",
	  "Hi, who should I talk to about a problem I found?\nBob\n", TRUE, "ok", TRUE },
	{ "marketing that mentions a vulnerability is still acked", "vendor@scan.example", "",
	  "Find every vulnerability in your code! Book a demo. Unsubscribe here.\n", TRUE, "ok", TRUE },
	{ "null sender beats dmarc", "",
	  "Authentication-Results: mx.superrad.company; dmarc=fail\n", NULL, FALSE, "null-sender", FALSE },
};

static char *
make_mail(const AckCase *c)
{
	const char *from = strcmp(c->name, "From mailer-daemon") == 0 ?
		"MAILER-DAEMON@mx.example.net (Mail Delivery System)" : "Alice <alice@example.org>";
	const char *subject = strcmp(c->name, "Outlook automatic reply without headers") == 0 ?
		"Automatic reply: [SEC-2026-0001] Received: sandbox escape" : "report";
	return g_strdup_printf("From: %s\nTo: security@superrad.company\nSubject: %s\n"
			       "Message-ID: <t1@example.org>\n%sMIME-Version: 1.0\n"
			       "Content-Type: text/plain; charset=utf-8\n\n%s",
			       from, subject, c->headers, c->body ? c->body : REPORT_BODY);
}

/* A plain report from SENDER (envelope and From) under SUBJECT, decided. */
static StAnalysis *
decide_subject(const StConfig *cfg, const StRules *rules, const char *sender,
	       const char *subject)
{
	g_autofree char *mail = g_strdup_printf(
		"From: <%s>\nTo: security@superrad.company\nSubject: %s\n"
		"Message-ID: <t2@example.org>\nMIME-Version: 1.0\n"
		"Content-Type: text/plain; charset=utf-8\n\n%s", sender, subject, REPORT_BODY);
	StAnalysis *a = tu_analysis_of(mail);
	st_set(&a->envelope_from, sender);
	st_policy_ack_decision(cfg, rules, a->msg, a);
	return a;
}

/* A plain report from a person under SUBJECT: is it acknowledged? */
static void
check_subject(const StConfig *cfg, const StRules *rules, const char *subject, gboolean send)
{
	g_autoptr(StAnalysis) a = decide_subject(cfg, rules, "alice@example.org", subject);
	if (a->ack_send != send)
		g_error("subject \"%s\": want send=%d, got %d (%s)", subject, send, a->ack_send,
			a->ack_reason);
}

/* Mail from postmaster with a real envelope sender under SUBJECT: a
 * non-delivery report's title makes it the mail system's, not a person's. */
static void
check_postmaster_subject(const StConfig *cfg, const StRules *rules, const char *subject,
			 gboolean send)
{
	g_autoptr(StAnalysis) a = decide_subject(cfg, rules, "postmaster@example.net", subject);
	if (a->ack_send != send)
		g_error("postmaster, subject \"%s\": want send=%d, got %d (%s)", subject, send,
			a->ack_send, a->ack_reason);
	if (!send)
		g_assert_cmpstr(a->ack_reason, ==, "mailer-daemon");
}

static void
test_postmaster_subjects(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char *const bounce[] = {
		"Undeliverable: [SEC-2026-0412] Re: guest reads host files",
		"Undelivered Mail Returned to Sender",
		"Delivery Status Notification (Failure)",
		"Mail delivery failed: returning message to sender",
		"Returned mail: see transcript for details",
		"failure notice",
		"Unzustellbar: [SEC-2026-0007] Eingangsbestätigung",
		"Non remis : [SEC-2026-0031] Accusé de réception",
		"Não entregue: [SEC-2026-0102] confirmação",
		"Onbestelbaar: [SEC-2026-0200] ontvangen",
		"Недоставлено: [SEC-2026-0311] получено",
		"配信不能: [SEC-2026-0420] 受領",
	};
	static const char *const person[] = {
		"allow-host learns names from guest DNS answers",
		"Re: Undeliverable: our reply bounced, here is the report again",
		"Fwd: Undelivered Mail Returned to Sender",
		"undeliverable mail queue fills /var on the host (msbd log spam)",
		"sandbox escape via virtio-fs",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(bounce); i++)
		check_postmaster_subject(cfg, rules, bounce[i], FALSE);
	for (gsize i = 0; i < G_N_ELEMENTS(person); i++)
		check_postmaster_subject(cfg, rules, person[i], TRUE);
}

/* Subjects auto-responders write, when no header says so: Lotus Notes'
 * "AUTO:", clients' "automatic reply" in more languages; and subjects of
 * reports that only start like one. */
static void
test_auto_subjects(void)
{
	static const struct { const char *subject; gboolean send; } cases[] = {
		{ "AUTO: Jane Roe is out of the office (returning 2 Dec)", FALSE },
		{ "Automatisch antwoord: Re: sandbox escape", FALSE },
		{ "Autosvar: sandbox escape", FALSE },
		{ "Odpowied\xc5\xba automatyczna: raport", FALSE },
		{ "\xd0\x90\xd0\xb2\xd1\x82\xd0\xbe\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82: report", FALSE },
		{ "Automobile telemetry key leaks through msb", TRUE },
		{ "auto-mount lets a sandbox escape", TRUE },
		{ "Autosave: a snapshot keeps deleted files", TRUE },
	};
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
		check_subject(cfg, rules, cases[i].subject, cases[i].send);
}

/* Spam marked without any X-Spam-* verdict header: a tag before the subject,
 * or SpamAssassin's report_safe wrapping (the spam whole in a message/rfc822
 * part with x-spam-type=original under its report).  A subject about spam,
 * and a spam sample a person forwards inside their own message, are not. */
static void
test_spam_marks(void)
{
	static const struct { const char *subject; gboolean send; } subjects[] = {
		{ "***SPAM*** Critical bug in your site", FALSE },
		{ "*****SPAM***** (12.6/5.0) bounty", FALSE },
		{ "*** SPAM *** urgent", FALSE },
		{ "[SPAM] your site is vulnerable", FALSE },
		{ "{Spam?} sandbox escape", FALSE },
		{ "Spam filter bypass in the cloud console", TRUE },
		{ "Re: [SEC-2026-0004] SPAM in the logs", TRUE },
	};
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(subjects); i++)
		check_subject(cfg, rules, subjects[i].subject, subjects[i].send);

	/* report_safe: the verdict is the structure alone */
	static const char wrapped[] =
		"From: \"Bounty Team\" <bounty@beg.example>\nTo: security@superrad.company\n"
		"Subject: Critical vulnerability on your website\nMessage-ID: <t4@beg.example>\n"
		"X-Spam-Checker-Version: SpamAssassin 4.0.1 on mx.superrad.company\n"
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"S\"\n\n"
		"--S\nContent-Type: text/plain; charset=us-ascii\n\n"
		"Spam detection software has identified this incoming email as possible spam.\n"
		"--S\nContent-Type: message/rfc822; x-spam-type=original\n"
		"Content-Description: original message before SpamAssassin\n\n"
		"From: bounty@beg.example\nTo: security@superrad.company\nSubject: vuln\n\n"
		"I found a critical vulnerability allowing an attacker full control. Pay a bounty.\n"
		"--S--\n";
	g_autoptr(StAnalysis) a = tu_analysis_of(wrapped);
	st_set(&a->envelope_from, "bounty@beg.example");
	st_policy_ack_decision(cfg, rules, a->msg, a);
	g_assert_true(st_flag_has(a->msg->flags, "spam-wrapped"));
	g_assert_false(a->ack_send);
	g_assert_cmpstr(a->ack_reason, ==, "spam-flag");

	/* a person forwards a wrapped spam sample: it is theirs to report */
	static const char forwarded[] =
		"From: Alice <alice@example.org>\nTo: security@superrad.company\n"
		"Subject: phishing that uses your name\nMessage-ID: <t5@example.org>\n"
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"F\"\n\n"
		"--F\nContent-Type: text/plain; charset=us-ascii\n\n"
		"Someone sends mail pretending to be microsandbox support; the sample is attached.\n"
		"--F\nContent-Type: message/rfc822\n\n"
		"From: spamfilter@example.org\nTo: alice@example.org\nSubject: ***SPAM*** support\n"
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"S\"\n\n"
		"--S\nContent-Type: text/plain\n\nSpam detection software report.\n"
		"--S\nContent-Type: message/rfc822; x-spam-type=original\n\n"
		"From: fake@phish.example\nSubject: support\n\nReset your sandbox password here.\n"
		"--S--\n"
		"--F--\n";
	g_autoptr(StAnalysis) f = tu_analysis_of(forwarded);
	st_set(&f->envelope_from, "alice@example.org");
	st_policy_ack_decision(cfg, rules, f->msg, f);
	g_assert_false(st_flag_has(f->msg->flags, "spam-wrapped"));
	g_assert_true(f->ack_send);
}

static void
test_ack_table(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(ack_cases); i++) {
		const AckCase *c = &ack_cases[i];
		g_autofree char *mail = make_mail(c);
		g_autoptr(StAnalysis) a = tu_analysis_of(mail);
		StMessage *msg = a->msg;
		st_set(&a->envelope_from, c->envelope);
		st_policy_ack_decision(cfg, rules, msg, a);
		if (a->ack_send != c->send || g_strcmp0(a->ack_reason, c->reason) != 0 ||
		    a->is_report != c->is_report)
			g_error("case \"%s\": want send=%d reason=%s is_report=%d, got send=%d reason=%s is_report=%d",
				c->name, c->send, c->reason, c->is_report, a->ack_send, a->ack_reason,
				a->is_report);
	}
}

static void
test_multipart_report(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char mail[] =
		"From: Mail Delivery System <bounces@mx.example.net>\n"
		"To: security@superrad.company\nSubject: Undelivered Mail Returned to Sender\n"
		"MIME-Version: 1.0\n"
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
		"--B\nContent-Type: text/plain\n\nYour message could not be delivered.\n"
		"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
		"Final-Recipient: rfc822; x@example.net\nAction: failed\nStatus: 5.1.1\n"
		"--B--\n";
	g_autoptr(StAnalysis) a = tu_analysis_of(mail);
	StMessage *msg = a->msg;
	st_set(&a->envelope_from, "bounces@mx.example.net");
	st_set(&a->component, "core");
	st_set(&a->klass, "sandbox_escape");
	st_policy_ack_decision(cfg, rules, msg, a);
	g_assert_false(a->ack_send);
	g_assert_cmpstr(a->ack_reason, ==, "multipart-report");
	g_assert_false(a->is_report);
	/* machine mail is about nothing: no class or component */
	g_assert_null(a->component);
	g_assert_null(a->klass);
}

/* A list post keeps what classify found (a person wrote it); only the ack goes. */
static void
test_list_keeps_classification(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char mail[] =
		"From: A <a@example.org>\nTo: security@superrad.company\nSubject: Re: [list] msb\n"
		"List-Id: <oss.lists.example.org>\nPrecedence: list\n\nmsb passes escape sequences through.\n";
	g_autoptr(StAnalysis) a = tu_analysis_of(mail);
	StMessage *msg = a->msg;
	st_set(&a->envelope_from, "oss-return-1@lists.example.org");
	st_set(&a->component, "core");
	st_policy_ack_decision(cfg, rules, msg, a);
	g_assert_false(a->ack_send);
	g_assert_cmpstr(a->ack_reason, ==, "precedence-list");
	g_assert_cmpstr(a->component, ==, "core");
}

/* A tool that files its finding by mail, or a tracker, helpdesk or form
 * service that relays a person's report, gets no ack but keeps what
 * classify found; an auto-reply to other mail, a job's failure or an
 * item's update does not (#3).  KEEPS: class and component stay. */
static const struct {
	const char *mail;
	gboolean keeps;
} machine_findings[] = {
	{ "From: Scanbot <noreply@scanbot.example>\nTo: security@superrad.company\n"
	  "Subject: [Scanbot] finding 42 in microsandbox\nAuto-Submitted: auto-generated\n\n"
	  "Scanbot identified a possible vulnerability in your repository.\n", TRUE },
	{ "From: Desk <desk@example.org>\nTo: security@superrad.company\n"
	  "Subject: Re: your mail\nIn-Reply-To: <m1@example.org>\n"
	  "Auto-Submitted: auto-replied\n\n"
	  "We found a possible vulnerability in our queue and will answer later.\n", FALSE },
	/* a tracker's new item, in German, its line wrapped */
	{ "From: Tracker <tracker@example.net>\nTo: security@superrad.company\n"
	  "Subject: [Plattform - Fehler #311] msb leaks keys\nAuto-Submitted: auto-generated\n\n"
	  "Ticket #311 wurde von Jonas\nWeber erstellt.\n\nThe sandbox sees the host's keys.\n", TRUE },
	/* a helpdesk's new ticket and a project tracker's new issue */
	{ "From: Support <support@example.net>\nTo: security@superrad.company\n"
	  "Subject: msb leaks keys\nAuto-Submitted: auto-generated\n\n"
	  "A new ticket has been submitted via the portal.\n\nThe sandbox sees the host's keys.\n", TRUE },
	{ "From: Issues <jira@example.net>\nTo: security@superrad.company\n"
	  "Subject: [JIRA] (OPS-77) msb leaks keys\nAuto-Submitted: auto-generated\n\n"
	  "Ravi Menon created an issue\n\nThe sandbox sees the host's keys.\n", TRUE },
	/* (#3) a helpdesk rule that passes a customer's ticket on (round
	 * 232); a rule's notice that a ticket was closed is none */
	{ "From: Helpdesk <noreply@example.net>\nTo: security@superrad.company\n"
	  "Subject: [PH-1] Fwd: msb leaks keys\nAuto-Submitted: auto-generated\n\n"
	  "This ticket was forwarded automatically by the helpdesk rule \"Vendor escalation\".\n\n"
	  "The sandbox sees the host's keys.\n", TRUE },
	{ "From: Helpdesk <noreply@example.net>\nTo: security@superrad.company\n"
	  "Subject: [PH-1] closed\nAuto-Submitted: auto-generated\n\n"
	  "This ticket was closed automatically after 30 days without a reply.\n", FALSE },
	/* (#3, 3290) a service desk's notice that the requester's description
	 * goes to the vendor on its own */
	{ "From: Service Desk <sd@example.net>\nTo: security@superrad.company\n"
	  "Subject: [INC0088412] vendor security notification\nAuto-Submitted: auto-generated\n\n"
	  "As set out in our vendor security process, the requester's description is forwarded to you "
	  "automatically.\n\nThe sandbox sees the host's keys.\n", TRUE },
	/* (#3, 3549) an incident tool's notice that this address was put on
	 * the incident's watch list as the vendor's security contact */
	{ "From: Service Desk <sd@example.net>\nTo: security@superrad.company\n"
	  "Subject: Incident INC0048812 updated - msb leaks keys\nAuto-Submitted: auto-generated\n\n"
	  "You are receiving this message because security@superrad.company was added to the watch list of "
	  "incident INC0048812 as the vendor security contact.\n\nThe sandbox sees the host's keys.\n", TRUE },
	/* (#3, 3592) a vendor-risk portal's notice of a finding an assessor
	 * raised against the product; a finding closed is none */
	{ "From: Vendor Risk <noreply@example.net>\nTo: security@superrad.company\n"
	  "Subject: VSF0004417 assigned to your organisation: msb leaks keys\nAuto-Submitted: auto-generated\n\n"
	  "A security finding has been raised against your product during the bank's third-party risk "
	  "assessment and has been assigned to your organisation.\n\nThe sandbox sees the host's keys.\n", TRUE },
	{ "From: Vendor Risk <noreply@example.net>\nTo: security@superrad.company\n"
	  "Subject: VSF0004417 closed\nAuto-Submitted: auto-generated\n\n"
	  "The finding VSF0004417 was closed by the assessor.\n", FALSE },
	/* (#3, 3618) a disclosure relay's notice that a report was validated
	 * and shared with this address */
	{ "From: Relay <noreply@relay.example>\nTo: security@superrad.company\n"
	  "Subject: [Relay] Report #BF-48213 shared with Superrad: msb leaks keys\nAuto-Submitted: auto-generated\n\n"
	  "A report submitted through the Open Source Disclosure Relay has been validated by our triage team and "
	  "shared with you.\n\nThe sandbox sees the host's keys.\n", TRUE },
	/* (#3, 3326) a clearinghouse's notice that a report was submitted
	 * through its form, the reporter's submission below */
	{ "From: PkgWatch <noreply@example.net>\nTo: security@superrad.company\n"
	  "Subject: [PW-2026-08815] report for microsandbox\nAuto-Submitted: auto-generated\n\n"
	  "A report about a package for which this address is listed as the security contact was submitted "
	  "through the disclosure form.\n\nThe sandbox sees the host's keys.\n", TRUE },
	/* (#3) other trackers' new items by their layouts: Bugzilla's table,
	 * Launchpad, Mantis, Gitea; a comment on an item is none */
	{ "From: bugzilla@example.net\nTo: security@superrad.company\n"
	  "Subject: [Bug 5120] New: msb leaks keys\nAuto-Submitted: auto-generated\n\n"
	  "            Bug ID: 5120\n           Summary: msb leaks keys\n          Reporter: kim@example.net\n\n"
	  "The sandbox sees the host's keys.\n", TRUE },
	{ "From: Launchpad <noreply@example.net>\nTo: security@superrad.company\n"
	  "Subject: msb leaks keys\nAuto-Submitted: auto-generated\n\n"
	  "Private security bug reported:\n\nThe sandbox sees the host's keys.\n", TRUE },
	{ "From: Mantis <mantis@example.net>\nTo: security@superrad.company\n"
	  "Subject: [Ops 0000212]: msb leaks keys\nAuto-Submitted: auto-generated\n\n"
	  "The following issue has been SUBMITTED.\n\nThe sandbox sees the host's keys.\n", TRUE },
	{ "From: Gitea <gitea@example.net>\nTo: security@superrad.company\n"
	  "Subject: [ops/msb] msb leaks keys (#41)\nAuto-Submitted: auto-generated\n\n"
	  "kim opened issue #41\n\nThe sandbox sees the host's keys.\n", TRUE },
	{ "From: Gitea <gitea@example.net>\nTo: security@superrad.company\n"
	  "Subject: Re: [ops/msb] msb leaks keys (#41)\nAuto-Submitted: auto-generated\n\n"
	  "kim commented on issue #41: the sandbox sees the host's keys.\n", FALSE },
	/* a website form's relay */
	{ "From: Forms <forms@example.net>\nTo: security@superrad.company\n"
	  "Subject: Contact form\nAuto-Submitted: auto-generated\n\n"
	  "New form submission from the security page.\n\nThe sandbox sees the host's keys.\n", TRUE },
	/* (1395) a product's own "report a security issue" form relaying
	 * its fields, in English and German; a form's receipt to the
	 * reporter names no new report */
	{ "From: Console <notify@example.net>\nTo: security@superrad.company\n"
	  "Subject: [Security report] msb leaks keys\nAuto-Submitted: auto-generated\n\n"
	  "A vulnerability report has been submitted via the customer portal.\n\n"
	  "Description:\nThe sandbox sees the host's keys.\n", TRUE },
	{ "From: Konsole <notify@example.net>\nTo: security@superrad.company\n"
	  "Subject: Neue Meldung\nAuto-Submitted: auto-generated\n\n"
	  "Eine Sicherheitsmeldung wurde \u00fcber das Kundenportal eingereicht.\n\n"
	  "The sandbox sees the host's keys.\n", TRUE },
	{ "From: Console <notify@example.net>\nTo: security@superrad.company\n"
	  "Subject: Re: your security report\nAuto-Submitted: auto-replied\n\n"
	  "Thanks, we received the report you submitted through the portal.\n", FALSE },
	/* (1694) a form service's receipt repeating the submitted fields,
	 * in English and French; (1701) a phone system's voicemail with its
	 * transcription, in English and Spanish.  A receipt for a reset
	 * request and a voicemail reminder repeat nobody's words */
	{ "From: Forms <noreply@example.net>\nTo: reporter@example.org\nCc: security@superrad.company\n"
	  "Subject: Request 5521 received\nAuto-Submitted: auto-generated\n\n"
	  "We have your request. The following information was submitted:\n\n"
	  "Summary ...... The sandbox sees the host's keys.\n", TRUE },
	{ "From: Formulaire <noreply@example.net>\nTo: security@superrad.company\n"
	  "Subject: Demande enregistr\u00e9e\nAuto-Submitted: auto-generated\n\n"
	  "Donn\u00e9es soumises :\nR\u00e9sum\u00e9 : la sandbox voit les cl\u00e9s de l'h\u00f4te.\n", TRUE },
	{ "From: Phones <pbx@example.net>\nTo: security@superrad.company\n"
	  "Subject: Voicemail from 555-0100, 1:12\nAuto-Submitted: auto-generated\n\n"
	  "Caller: 555-0100\n\nVoicemail transcription:\n"
	  "\"Hello, the sandbox can read the host's keys, please call me back.\"\n", TRUE },
	{ "From: Centralita <pbx@example.net>\nTo: security@superrad.company\n"
	  "Subject: Nuevo mensaje de voz\nAuto-Submitted: auto-generated\n\n"
	  "Transcripci\u00f3n autom\u00e1tica: \"la sandbox lee las claves del host\".\n", TRUE },
	{ "From: Accounts <noreply@example.net>\nTo: security@superrad.company\n"
	  "Subject: Your request\nAuto-Submitted: auto-generated\n\n"
	  "Your password reset request has been received. Thanks for the information you provided.\n", FALSE },
	{ "From: Phones <pbx@example.net>\nTo: security@superrad.company\n"
	  "Subject: Mailbox almost full\nAuto-Submitted: auto-generated\n\n"
	  "Your voicemail box is 90% full. Delete old messages to keep receiving calls.\n", FALSE },
	/* (1719) a fax-to-email service's notice with the text recognised in
	 * the fax below it, in English and German: the letter is the report;
	 * a fax notice without the recognised text, or a scanner's OCR of a
	 * receipt, repeats nobody's report */
	{ "From: FaxHub <fax@example.net>\nTo: security@superrad.company\n"
	  "Subject: Fax received (1 page)\nAuto-Submitted: auto-generated\n\n"
	  "Pages: 1\n\nOCR text of the fax (may contain errors):\n"
	  "Dear team, the sandbox can read the host's keys through the shared folder.\n", TRUE },
	{ "From: Faxdienst <fax@example.net>\nTo: security@superrad.company\n"
	  "Subject: Neues Fax\nAuto-Submitted: auto-generated\n\n"
	  "Im Fax erkannter Text:\nDie Sandbox liest die Schl\u00fcssel des Hosts, the sandbox sees the host's keys.\n", TRUE },
	{ "From: FaxHub <fax@example.net>\nTo: security@superrad.company\n"
	  "Subject: Fax received (3 pages)\nAuto-Submitted: auto-generated\n\n"
	  "You have received a new fax. The fax is attached as a PDF.\n", FALSE },
	{ "From: Scanner <scan@example.net>\nTo: security@superrad.company\n"
	  "Subject: Scan complete\nAuto-Submitted: auto-generated\n\n"
	  "Your document was scanned; the OCR layer was added to the PDF.\n", FALSE },
	/* (#3) a code-review tool's notice of a new change relays its author's
	 * commit message (Gerrit, GitHub, GitLab); a new patch set, a vote or
	 * a merge of the change is no new change */
	{ "From: \"Ana Ruiz (Code Review)\" <review@example.net>\nTo: security@superrad.company\n"
	  "Subject: Change in vendor/msb[main]: msbd: stop logging the API key\nAuto-Submitted: auto-generated\n\n"
	  "Ana Ruiz has uploaded this change for review.\n\nmsbd writes the admin key to its log.\n", TRUE },
	{ "From: Forge <notifications@example.net>\nTo: security@superrad.company\n"
	  "Subject: [ops/msb-fork] Fix world-readable state (PR #12)\nAuto-Submitted: auto-generated\n\n"
	  "The state file is world-readable and holds the keys.\n\n"
	  "You can view, comment on, or merge this pull request online at:\n  https://forge.example.net/pull/12\n", TRUE },
	{ "From: Lab <gitlab@example.net>\nTo: security@superrad.company\n"
	  "Subject: msb-fork | Keep keys out of the log\nAuto-Submitted: auto-generated\n\n"
	  "Ana Ruiz created a merge request:\n\nThe sandbox sees the host's keys.\n", TRUE },
	{ "From: \"Ana Ruiz (Code Review)\" <review@example.net>\nTo: security@superrad.company\n"
	  "Subject: Change in vendor/msb[main]: msbd: stop logging the API key\nAuto-Submitted: auto-generated\n\n"
	  "Ana Ruiz has uploaded a new patch set (#3).\n\nmsbd writes the admin key to its log.\n", FALSE },
	{ "From: \"Ben Ode (Code Review)\" <review@example.net>\nTo: security@superrad.company\n"
	  "Subject: Change in vendor/msb[main]: msbd: stop logging the API key\nAuto-Submitted: auto-generated\n\n"
	  "Ben Ode has posted comments on this change and voted Code-Review+2.\n", FALSE },
	/* (2410) a disclosure tracker's notice sent on behalf of the
	 * researchers relays their report; one on behalf of a team is none */
	{ "From: Ostrava Labs Cases <cases@ostrava-labs.example>\nTo: security@superrad.company\n"
	  "Subject: [OL-2031-0042] Vulnerability notice: msbd socket\nAuto-Submitted: auto-generated\n\n"
	  "Our case system sends this notice on behalf of the\nresearcher credited below.\n\n"
	  "The msbd socket accepts commands from any local user.\n", TRUE },
	{ "From: Ostrava Labs <news@ostrava-labs.example>\nTo: security@superrad.company\n"
	  "Subject: Monthly update\nAuto-Submitted: auto-generated\n\n"
	  "Sent on behalf of the security team: three talks on sandbox escapes this month.\n", FALSE },
	/* (3202) a translation service's delivery of a person's report, its
	 * translated text below; an order's receipt relays nobody's words */
	{ "From: Lingua <noreply@translate.example>\nTo: security@superrad.company\n"
	  "Subject: Your translation is ready\nAuto-Submitted: auto-generated\n\n"
	  "A translation ordered on Lingua has been delivered. The translated text follows below.\n\n"
	  "The sandbox sees the host's keys.\n", TRUE },
	{ "From: Lingua <noreply@translate.example>\nTo: security@superrad.company\n"
	  "Subject: Order received\nAuto-Submitted: auto-generated\n\n"
	  "We received your translation order. You will get the translated text within two days.\n", FALSE },
	/* (3279) a chat service's notice of a person's direct messages; its
	 * digest of channel activity relays nobody's report */
	{ "From: Zulip <noreply@chat.example>\nTo: security@superrad.company\n"
	  "Subject: DMs with Aino\nAuto-Submitted: auto-generated\n\n"
	  "Aino:\n\nThe cloud API's cursor carries an org id it trusts.\n\n--\n"
	  "You are receiving this because you received direct messages from Aino on Example Zulip.\n", TRUE },
	{ "From: Zulip <noreply@chat.example>\nTo: security@superrad.company\n"
	  "Subject: Weekly summary\nAuto-Submitted: auto-generated\n\n"
	  "Here is what happened in #general this week: 12 new messages about sandbox escapes.\n", FALSE },
	/* a CI job's failure and an item's update are about nothing */
	{ "From: CI <ci@example.net>\nTo: security@superrad.company\n"
	  "Subject: Pipeline #8812 has failed for main\nAuto-Submitted: auto-generated\n\n"
	  "Job test-escape failed: the sandbox sees the host's keys.\n", FALSE },
	{ "From: Tracker <tracker@example.net>\nTo: security@superrad.company\n"
	  "Subject: [Plattform - Bug #311] msb leaks keys\nAuto-Submitted: auto-generated\n\n"
	  "Issue #311 has been closed by Jonas Weber.\n", FALSE },
};

/* MAIL, sent with envelope sender ENVELOPE and a class and component
 * already guessed, gets no ack for REASON and keeps them when KEEPS. */
static void
check_keeps_finding(const StConfig *cfg, const StRules *rules, const char *mail, const char *envelope,
		    const char *reason, gboolean keeps)
{
	g_autoptr(StAnalysis) a = tu_analysis_of(mail);
	st_set(&a->envelope_from, envelope);
	st_set(&a->klass, "sandbox_escape");
	st_set(&a->component, "python_sdk");
	a->check[ST_CHECK_DESCRIPTION] = TRUE;
	st_policy_ack_decision(cfg, rules, a->msg, a);
	g_assert_false(a->ack_send);
	g_assert_cmpstr(a->ack_reason, ==, reason);
	if (keeps) {
		g_assert_cmpstr(a->klass, ==, "sandbox_escape");
		g_assert_cmpstr(a->component, ==, "python_sdk");
	} else {
		g_assert_null(a->klass);
		g_assert_null(a->component);
	}
}

static void
test_machine_finding(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(machine_findings); i++) {
		g_test_message("case %" G_GSIZE_FORMAT, i);
		check_keeps_finding(cfg, rules, machine_findings[i].mail, "bounce-1@scanbot.example",
				    "auto-submitted", machine_findings[i].keeps);
	}
}

/* (3097, 3171) a service's own mail with a null sender that passes on a
 * person's report (a fax gateway's OCR text, a Sieve notify rule's
 * excerpt) keeps its class; a delivery report or an auto-reply with a null
 * sender, or a notice that relays nobody's words, keeps nothing */
static const struct {
	const char *mail;
	gboolean keeps;
} null_sender_findings[] = {
	{ "From: FaxLine <noreply@fax.example>\nTo: security@superrad.company\n"
	  "Subject: Fax received (2 pages)\nAuto-Submitted: auto-generated\n\n"
	  "The fax is attached as a PDF. Text recognised by OCR is below.\n\n"
	  "Dear team, the sandbox can read the host's keys through the shared folder.\n", TRUE },
	{ "From: Inbox <notify@ci.example>\nTo: security@superrad.company\n"
	  "Subject: [notify] msb leaks keys\nAuto-Submitted: auto-notified; owner-email=\"sec@ci.example\"\n\n"
	  "A message that mentions microsandbox arrived at sec@ci.example. Only the first 1500\n"
	  "characters of the message are included.\n\nThe sandbox sees the host's keys.\n", TRUE },
	{ "From: Inbox <notify@ci.example>\nTo: security@superrad.company\n"
	  "Subject: Re: msb leaks keys\nAuto-Submitted: auto-replied\n\n"
	  "A message that mentions microsandbox arrived at sec@ci.example.\n", FALSE },
	{ "From: MAILER-DAEMON <postmaster@ci.example>\nTo: security@superrad.company\n"
	  "Subject: Undelivered Mail\nAuto-Submitted: auto-generated\n"
	  "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\n"
	  "Content-Type: text/plain\n\nThe first 1500 characters of the message are included.\n--b--\n", FALSE },
	{ "From: FaxLine <noreply@fax.example>\nTo: security@superrad.company\n"
	  "Subject: Fax received (3 pages)\nAuto-Submitted: auto-generated\n\n"
	  "You have received a new fax. The fax is attached as a PDF.\n", FALSE },
};

static void
test_null_sender_finding(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(null_sender_findings); i++) {
		g_test_message("case %" G_GSIZE_FORMAT, i);
		check_keeps_finding(cfg, rules, null_sender_findings[i].mail, "", "null-sender",
				    null_sender_findings[i].keeps);
	}
}

/* A tracker's, helpdesk's or forge's notification in an item's own thread
 * that relays a person's comment showing the finding (its PoC below the
 * service's comment line) keeps class and component, with no ack (1504,
 * 1742); a status change whose PoC is in the item's fields above a
 * comment that only says what was done, an auto-reply quoting a report,
 * and a comment without a PoC keep nothing (638, 170).  POC: the PoC's
 * evidence line. */
static const struct {
	const char *mail;
	const char *poc;
	gboolean keeps;
} commented_findings[] = {
	{ "From: Forge <forge@example.org>\nTo: security@superrad.company\n"
	  "Subject: Re: [ops/msb-pkg] sandbox reads host keys (#7)\n"
	  "In-Reply-To: <ops/msb-pkg/issues/7@example.org>\nReferences: <ops/msb-pkg/issues/7@example.org>\n"
	  "Auto-Submitted: auto-generated\nList-Id: ops/msb-pkg <msb-pkg.example.org>\n\n"
	  "Tomas Berg commented on issue ops/msb-pkg#7:\n\n"
	  "The guest can read the host's key directory:\n\n    msb run alpine -- cat /mnt/host-keys/id_ed25519\n\n"
	  "---\nView it on the forge.\n",
	  "msb run alpine -- cat /mnt/host-keys/id_ed25519", TRUE },
	{ "From: Help <help@desk.example.net>\nTo: a@example.net\nCc: security@superrad.company\n"
	  "Subject: [Help] Re: sandboxes share a volume\nIn-Reply-To: <T991@desk.example.net>\n"
	  "References: <T991@desk.example.net>\nAuto-Submitted: auto-generated\n\n"
	  "##- Please type your reply above this line -##\n\nYour request (#991) has been updated.\n\n"
	  "Agent, Jan 3\n\nWe added the vendor to this ticket.\n\n"
	  "Reporter, Jan 2\n\nOne tenant's sandbox writes into another's:\n"
	  "1. msb run --project a alpine -- touch /shared/x\n2. the file shows up in project b.\n",
	  "1. msb run --project a alpine -- touch /shared/x", TRUE },
	/* (3880) the helpdesk's "type your reply above this line" in Vietnamese */
	{ "From: Jira <jira@desk.example.net>\nTo: security@superrad.company\n"
	  "Subject: SECV-37 download_dir\nIn-Reply-To: <JIRA.37@desk.example.net>\n"
	  "References: <JIRA.37@desk.example.net>\nAuto-Submitted: auto-generated\n\n"
	  "\u2014\u2014 Vui l\u00f2ng nh\u1eadp n\u1ed9i dung tr\u1ea3 l\u1eddi ph\u00eda tr\u00ean "
	  "d\u00f2ng n\u00e0y \u2014\u2014\n\nHa:\n\nThe guest can read the host's keys:\n"
	  "    msb run alpine -- cat /mnt/host-keys/id_ed25519\n",
	  "msb run alpine -- cat /mnt/host-keys/id_ed25519", TRUE },
	/* (3808, 3904) a helpdesk's rule that forwards the ticket whole */
	{ "From: Servicedesk <sd@fh.example>\nTo: security@superrad.company\n"
	  "Subject: [Ticket#2027] WG: Logs\nAuto-Submitted: auto-generated\n\n"
	  "dieses Ticket wurde gem\u00e4\u00df der Regel \u201eSicherheitsmeldung\u201c automatisch an die "
	  "Sicherheitskontaktadresse des Herstellers weitergeleitet.\n\n--- Urspr\u00fcngliche Nachricht ---\n"
	  "Die Sandbox liest die Schl\u00fcssel des Hosts:\nmsb run debian -- ls /hostkeys\n",
	  "msb run debian -- ls /hostkeys", TRUE },
	{ "From: Soporte <soporte@aprendia.example>\nTo: security@superrad.company\n"
	  "Subject: Ticket #48213\nAuto-Submitted: auto-generated\n\n"
	  "Este mensaje fue enviado autom\u00e1ticamente porque el ticket #48213 recibi\u00f3 la etiqueta "
	  "\"proveedor\".\n\nEl sandbox lee las claves del host:\nmsb run debian -- ls /hostkeys\n",
	  "msb run debian -- ls /hostkeys", TRUE },
	/* (3651) Nextcloud Talk's German mention notice over the message */
	{ "From: Nextcloud <cloud@talk.example>\nTo: security@superrad.company\n"
	  "Subject: Lena Hoffmann hat dich in \u201emsb-Partner\u201c erw\u00e4hnt\nAuto-Submitted: auto-generated\n\n"
	  "Lena Hoffmann hat dich in der Unterhaltung \u201emsb-Partner\u201c erw\u00e4hnt:\n\n"
	  "Mandant B bekommt den Handle von Mandant A:\n$ node repro.mjs\n",
	  "$ node repro.mjs", TRUE },
	/* (3212) GitLab's "NAME commented: URL" over the comment */
	{ "From: GitLab <gitlab@git.example>\nTo: security@superrad.company\n"
	  "Subject: plattform / msb-drift | symlinks in allowed paths (#41)\n"
	  "Auto-Submitted: auto-generated\n\n"
	  "Anna Lindqvist commented: https://git.example/plattform/msb-drift/-/issues/41#note_190233\n\n"
	  "En symlänk under projektkatalogen ger gästen värdens rot:\n"
	  "$ msb run --rm -v /srv/projekt/anna/rot:/host alpine -- true\n",
	  "$ msb run --rm -v /srv/projekt/anna/rot:/host alpine -- true", TRUE },
	/* a French and a German tracker's comment notice */
	{ "From: Suivi <suivi@example.fr>\nTo: security@superrad.company\n"
	  "Subject: Re: [Anomalie #58] fuite de clés\nIn-Reply-To: <anomalie-58@example.fr>\n"
	  "Auto-Submitted: auto-generated\n\n"
	  "Claire Martin a commenté :\n\nLe bac à sable lit les clés de l'hôte :\n"
	  "msb run debian -- ls /hostkeys\n",
	  "msb run debian -- ls /hostkeys", TRUE },
	{ "From: Tracker <tracker@example.de>\nTo: security@superrad.company\n"
	  "Subject: Re: [Fehler #58] Schlüssel sichtbar\nReferences: <fehler-58@example.de>\n"
	  "Auto-Submitted: auto-generated\n\n"
	  "Neuer Kommentar von Jonas Weber:\n\nDie Sandbox liest die Schlüssel des Hosts:\n"
	  "msb run debian -- ls /hostkeys\n",
	  "msb run debian -- ls /hostkeys", TRUE },
	/* a status change: the steps are in the item's fields above the
	 * agent's comment, which only says what was done */
	{ "From: Jira <jira@example.net>\nTo: security@superrad.company\n"
	  "Subject: [JIRA] (OPS-12) msb leaks keys\nIn-Reply-To: <JIRA.12@example.net>\n"
	  "Auto-Submitted: auto-generated\n\n"
	  "Pat Lee changed the status of OPS-12 to Waiting for vendor\n\n"
	  "Steps: msb run alpine -- cat /hostkeys/id\n\n"
	  "Pat Lee commented:\n\n  Mailed the vendor today, nothing else to do until they answer.\n",
	  "Steps: msb run alpine -- cat /hostkeys/id", FALSE },
	/* a helpdesk's auto-reply quoting the report it answers */
	{ "From: Help <help@desk.example.net>\nTo: security@superrad.company\n"
	  "Subject: [Help] Re: msb leaks keys\nIn-Reply-To: <r1@example.net>\n"
	  "Auto-Submitted: auto-replied\n\n"
	  "##- Please type your reply above this line -##\n\nYour request (#77) has been received.\n\n"
	  "Kim, Jan 2\n\nmsb run alpine -- cat /hostkeys/id shows the host's key.\n",
	  "msb run alpine -- cat /hostkeys/id shows the host's key.", FALSE },
	/* no comment line: an item's update with its description */
	{ "From: Tracker <tracker@example.net>\nTo: security@superrad.company\n"
	  "Subject: Re: [Bug #90] msb leaks keys\nIn-Reply-To: <bug-90@example.net>\n"
	  "Auto-Submitted: auto-generated\n\n"
	  "Issue #90 has been updated by Kim (status: Resolved).\n\n"
	  "msb run alpine -- cat /hostkeys/id\n",
	  "msb run alpine -- cat /hostkeys/id", FALSE },
	/* Spanish, wrapped */
	{ "From: Incidencias <inc@example.es>\nTo: security@superrad.company\n"
	  "Subject: Re: [Incidencia #58] claves\nIn-Reply-To: <inc-58@example.es>\n"
	  "Auto-Submitted: auto-generated\n\n"
	  "Lucía Gómez\ncomentó:\n\nEl sandbox lee las claves del host:\n"
	  "msb run debian -- ls /hostkeys\n",
	  "msb run debian -- ls /hostkeys", TRUE },
	/* a comment without a PoC */
	{ "From: Forge <forge@example.org>\nTo: security@superrad.company\n"
	  "Subject: Re: [ops/msb-pkg] sandbox reads host keys (#7)\nIn-Reply-To: <ops/msb-pkg/issues/7@example.org>\n"
	  "Auto-Submitted: auto-generated\n\n"
	  "Tomas Berg commented on issue ops/msb-pkg#7:\n\nThe guest can read the host's keys, I think.\n",
	  NULL, FALSE },
	/* (#3) Jira's and YouTrack's comment line names the item by its key
	 * alone: on a line of its own over the service's rule, or with a
	 * colon; a key named inside a sentence is no comment line */
	{ "From: Ada Roe <jira@tickets.example.com>\nTo: security@superrad.company\n"
	  "Subject: VULN-77 msb: guest reads the host keys\nIn-Reply-To: <JIRA.77@Atlassian.JIRA>\n"
	  "Auto-Submitted: auto-generated\n\n"
	  "Ada Roe commented on VULN-77\n-----------------------------\n\n"
	  "On our lab host we saw the guest read the key directory:\n"
	  "msb run alpine -- ls /mnt/host-keys\n",
	  "msb run alpine -- ls /mnt/host-keys", TRUE },
	{ "From: Issues <yt@issues.example.org>\nTo: security@superrad.company\n"
	  "Subject: Re: SB-9 shared volume\nReferences: <SB-9@issues.example.org>\n"
	  "Auto-Submitted: auto-generated\n\n"
	  "Ola Nord commented on SB-9:\n\nTwo projects share one volume:\n"
	  "msb run --project a alpine -- touch /shared/y\n",
	  "msb run --project a alpine -- touch /shared/y", TRUE },
	{ "From: Ada Roe <jira@tickets.example.com>\nTo: security@superrad.company\n"
	  "Subject: VULN-77 msb: guest reads the host keys\nIn-Reply-To: <JIRA.77@Atlassian.JIRA>\n"
	  "Auto-Submitted: auto-generated\n\n"
	  "Pat Lee changed the status of VULN-77 to Done. Ada commented on VULN-77 earlier today.\n\n"
	  "msb run alpine -- ls /mnt/host-keys\n",
	  "msb run alpine -- ls /mnt/host-keys", FALSE },
	/* (#3) a helpdesk's escalation sends the ticket whole, the
	 * customer's message under the service's line; a ticket's update
	 * that says nothing of an escalation keeps nothing */
	{ "From: Desk <desk@help.example.net>\nTo: security@superrad.company\n"
	  "Subject: [Desk] Escalated #5120: deleted user's token still valid\n"
	  "Auto-Submitted: auto-generated\n\n"
	  "Ticket #5120 was escalated to security@superrad.company by the rule \"keywords\".\n\n"
	  "Lena Moss, 2 Mar 2030\n\nThe token of a user we deleted still lists our sandboxes:\n"
	  "    $ MSB_API_KEY=msbk_old msb cloud sandbox list\n",
	  "$ MSB_API_KEY=msbk_old msb cloud sandbox list", TRUE },
	{ "From: Vendor desk <vd@help.example.net>\nTo: security@superrad.company\n"
	  "Subject: [Vendor desk] ticket #88\nAuto-Submitted: auto-generated\n\n"
	  "Acme Support has escalated the following ticket to a vendor.\n\n"
	  "Ticket #88: exec hangs on large output\n\nOur engineer's note:\n"
	  "    msb exec box -- sh -c 'head -c 2G /dev/zero'\n",
	  "msb exec box -- sh -c 'head -c 2G /dev/zero'", TRUE },
	/* (#3) a helpdesk trigger that sends a web form's ticket on
	 * (round 246); a trigger that only tagged a ticket keeps nothing */
	{ "From: Deskwise <notify@desk.example.net>\nTo: security@superrad.company\n"
	  "Subject: [Support] #58213 download_dir wrote outside my folder\nAuto-Submitted: auto-generated\n\n"
	  "Trigger \"Security keywords -> security@\" matched ticket #58213 in the help center.\n\n"
	  "  Requester:  Oskar Brandvold <ob@fjell.example>\n\n-----\n\nThe SDK unpacks the guest's tar as is:\n"
	  "    sb.fs.download_dir(\"/out\", \"./results\")\n",
	  "sb.fs.download_dir(\"/out\", \"./results\")", TRUE },
	{ "From: Deskwise <notify@desk.example.net>\nTo: security@superrad.company\n"
	  "Subject: [Support] #58213 updated\nAuto-Submitted: auto-generated\n\n"
	  "    sb.fs.download_dir(\"/out\", \"./results\")\n\n"
	  "Trigger \"Tag security\" matched ticket #58213 and added the tag.\n",
	  "sb.fs.download_dir(\"/out\", \"./results\")", FALSE },
	/* (#3) a forum's post in mailing-list mode, the user's report
	 * pasted below the moderator's note; a post with no finding in it
	 * keeps nothing (round 238) */
	{ "From: Hal via Community <notifications@forum.example.org>\nTo: security@superrad.company\n"
	  "Subject: [Community] [Security reports] key in the error message\n"
	  "In-Reply-To: <topic/44/18@forum.example.org>\nAuto-Submitted: auto-generated\nPrecedence: list\n\n"
	  "Hal Brody (hal_mod) - Moderator\nDecember 16\n\nPasting his text below.\n\n"
	  "> The SDK puts the key in the poll URL:\n>\n>     $ HTTPS_PROXY=http://proxy.example:3128 node repro.mjs\n",
	  "$ HTTPS_PROXY=http://proxy.example:3128 node repro.mjs", TRUE },
	{ "From: Hal via Community <notifications@forum.example.org>\nTo: security@superrad.company\n"
	  "Subject: [Community] Welcome to the forum\nAuto-Submitted: auto-generated\nPrecedence: list\n\n"
	  "Hal Brody (hal_mod) - Moderator\nDecember 16\n\nWelcome! Read the FAQ first.\n",
	  "$ HTTPS_PROXY=http://proxy.example:3128 node repro.mjs", FALSE },
	/* (3579) the post's date written day first, in French */
	{ "From: Camille via Community <notifications@forum.example.org>\nTo: security@superrad.company\n"
	  "Subject: [Community] [Security] contournement du filtre de sortie\n"
	  "Auto-Submitted: auto-generated\nPrecedence: list\n\n"
	  "Camille Roux (camroux)\n2 janvier\n\nNous avons trouv\u00e9 un contournement :\n\n"
	  "$ HTTPS_PROXY=http://proxy.example:3128 node repro.mjs\n",
	  "$ HTTPS_PROXY=http://proxy.example:3128 node repro.mjs", TRUE },
	/* (3615) a chat server's mention mail: "NAME mentioned you in #room" */
	{ "From: Rocket.Chat <noreply@chat.example.net>\nTo: security@superrad.company\n"
	  "Subject: [Chat] mention in #msb-partners\nAuto-Submitted: auto-generated\nPrecedence: bulk\n\n"
	  "Tunde Adeyemi (@tunde.adeyemi) mentioned you in #msb-partners\n\n"
	  "@security heads up, the SDK puts the key in the poll URL:\n\n"
	  "$ HTTPS_PROXY=http://proxy.example:3128 node repro.mjs\n",
	  "$ HTTPS_PROXY=http://proxy.example:3128 node repro.mjs", TRUE },
	/* (3013) a support chat's transcript its widget mails on the
	 * visitor's request, the visitor's finding in the chat */
	{ "From: Chatwell <noreply@chat.example.net>\nTo: security@superrad.company\n"
	  "Subject: Chat transcript: microsandbox cloud support\nAuto-Submitted: auto-generated\n\n"
	  "Chat transcript\n\nA visitor asked us to send a copy of this conversation to security@superrad.company.\n\n"
	  "[09:14] Bao Tran: cloud sandboxes created with --net none can still reach the internet thru the proxy\n"
	  "[09:15] Bao Tran: curl -sS -x http://pkgcache.internal:3128 https://203.0.113.9/ping\n"
	  "[09:15] Bao Tran: pong from my server\n",
	  "[09:15] Bao Tran: curl -sS -x http://pkgcache.internal:3128 https://203.0.113.9/ping", TRUE },
	/* (3364) a chat server's missed-messages mail quoting the room
	 * the security address was invited to; the same mail with the
	 * command above the service's line keeps nothing */
	{ "From: Chat <notify@chat.example.net>\nTo: security@superrad.company\n"
	  "Subject: [Chat] You have messages on Chat\nAuto-Submitted: auto-generated\n\n"
	  "You have messages on Chat from Ida Berg in the disclosure room.\n\n"
	  "Ida Berg (10:02)\nThe Node SDK drops the allow list when it is empty:\n"
	  "$ node repro.mjs\nREACHED\n",
	  "$ node repro.mjs", TRUE },
	{ "From: Chat <notify@chat.example.net>\nTo: security@superrad.company\n"
	  "Subject: [Chat] digest\nAuto-Submitted: auto-generated\n\n"
	  "$ node repro.mjs\n\nYou have 3 unread messages in #general.\n",
	  "$ node repro.mjs", FALSE },
	/* (3436) Zulip's missed-message mail: the sender's name and a colon
	 * over a message that mentions the reader as "@**name**" */
	{ "From: Orbit Zulip <noreply@zulip.example.net>\nTo: security@superrad.company\n"
	  "Subject: #ext-superrad > msb read-only mounts\nAuto-Submitted: auto-generated\n\n"
	  "Maria Ionescu:\n\n@**superrad security** hi! posting here since you're in this channel.\n\n"
	  "$ msb run --rm -it -v $HOME:/home-ro:ro debian:13 -- bash\n",
	  "$ msb run --rm -it -v $HOME:/home-ro:ro debian:13 -- bash", TRUE },
	/* (3507) the same with the mention on the name's line */
	{ "From: Orbit Zulip <noreply@zulip.example.net>\nTo: security@superrad.company\n"
	  "Subject: #security-questions > network none ignored\nAuto-Submitted: auto-generated\n\n"
	  "Sanjay Iyer: @**security-team** not sure if this is a bug, but network=\"none\" is ignored.\n\n"
	  "$ python3 offline_check.py\n",
	  "$ python3 offline_check.py", TRUE },
	/* (3470) Mattermost's mention mail over the poster's message */
	{ "From: Tidepool Chat <noreply@chat.example.net>\nTo: security@superrad.company\n"
	  "Subject: [Tidepool Chat] New Mention from @miguel in ext-security\nAuto-Submitted: auto-generated\n\n"
	  "@security-superrad, you have a new mention.\n\nMiguel Santos (@miguel)\nChannel: ext-security\n\n"
	  "$ python3 pool_reuse.py\n",
	  "$ python3 pool_reuse.py", TRUE },
	{ "From: Desk <desk@help.example.net>\nTo: security@superrad.company\n"
	  "Subject: [Desk] #5120 updated\nAuto-Submitted: auto-generated\n\n"
	  "Ticket #5120 was updated; the priority escalated to high.\n\n"
	  "    $ MSB_API_KEY=msbk_old msb cloud sandbox list\n",
	  "$ MSB_API_KEY=msbk_old msb cloud sandbox list", FALSE },
};

static void
test_commented_finding(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(commented_findings); i++) {
		g_autoptr(StAnalysis) a = tu_analysis_of(commented_findings[i].mail);
		g_test_message("case %" G_GSIZE_FORMAT, i);
		st_set(&a->envelope_from, "bounce-7@example.net");
		st_set(&a->klass, "isolation_bypass");
		st_set(&a->component, "core");
		a->check[ST_CHECK_DESCRIPTION] = TRUE;
		a->check[ST_CHECK_POC] = commented_findings[i].poc != NULL;
		st_set(&a->check_evidence[ST_CHECK_POC], commented_findings[i].poc);
		st_policy_ack_decision(cfg, rules, a->msg, a);
		g_assert_false(a->ack_send);
		g_assert_cmpstr(a->ack_reason, ==, "auto-submitted");
		if (commented_findings[i].keeps) {
			g_assert_cmpstr(a->klass, ==, "isolation_bypass");
			g_assert_cmpstr(a->component, ==, "core");
		} else {
			g_assert_null(a->klass);
			g_assert_null(a->component);
		}
	}
}

/* (#3) a relayed finding that fits no class (a self-DoS told in a
 * helpdesk ticket) keeps its component; a status change keeps nothing */
static void
test_commented_finding_no_class(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();
	static const gsize cases[] = { 1, 4 };

	for (gsize k = 0; k < G_N_ELEMENTS(cases); k++) {
		gsize i = cases[k];
		g_autoptr(StAnalysis) a = tu_analysis_of(commented_findings[i].mail);
		st_set(&a->envelope_from, "bounce-7@example.net");
		st_set(&a->klass, NULL);
		st_set(&a->component, "core");
		a->check[ST_CHECK_DESCRIPTION] = TRUE;
		a->check[ST_CHECK_POC] = TRUE;
		st_set(&a->check_evidence[ST_CHECK_POC], commented_findings[i].poc);
		st_policy_ack_decision(cfg, rules, a->msg, a);
		g_assert_null(a->klass);
		if (commented_findings[i].keeps)
			g_assert_cmpstr(a->component, ==, "core");
		else
			g_assert_null(a->component);
	}
}

/* A fuzzing bot's crash report shows its finding with a reproducer and a
 * sanitizer log and no prose: it keeps its class with a PoC and logs and
 * no description (1490); logs alone (a job's output) do not. */
static void
test_fuzz_bot_finding(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char mail[] =
		"From: fuzzbot <bot@fuzz.example>\nTo: security@superrad.company\n"
		"Subject: [fuzzbot] KASAN: slab-out-of-bounds in virtio_blk_handle\n"
		"Auto-Submitted: auto-generated\n\n"
		"fuzzbot hit the following crash on:\n\nmsb version: 0.10.7\n\n"
		"==1==ERROR: AddressSanitizer: heap-buffer-overflow\n";

	for (int poc = 0; poc <= 1; poc++) {
		g_autoptr(StAnalysis) a = tu_analysis_of(mail);
		st_set(&a->envelope_from, "bounce-7@fuzz.example");
		st_set(&a->klass, "sandbox_escape");
		st_set(&a->component, "core");
		a->check[ST_CHECK_DESCRIPTION] = FALSE;
		a->check[ST_CHECK_POC] = poc;
		a->check[ST_CHECK_LOGS] = TRUE;
		st_policy_ack_decision(cfg, rules, a->msg, a);
		g_assert_false(a->ack_send);
		g_assert_cmpstr(a->ack_reason, ==, "auto-submitted");
		if (poc)
			g_assert_cmpstr(a->klass, ==, "sandbox_escape");
		else
			g_assert_null(a->klass);
	}
}

/* (#3) a fuzzing service's notice of a new crash found in the project
 * keeps its class with a PoC and logs; a build notice of the writer's own
 * tool that hit a crash says no finding and keeps none. */
static void
test_fuzz_new_crash(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();
	static const struct {
		const char *mail;
		gboolean keeps;
	} cases[] = {
		{ "From: fuzzfarm <crashes@fuzzfarm.example>\nTo: security@superrad.company\n"
		  "Subject: [fuzzfarm] Heap-buffer-overflow in virtio_net rx (crash 88)\n"
		  "Auto-Submitted: auto-generated\n\n"
		  "fuzzfarm detected 2 new crashes in microsandbox.\n\nTarget: virtio_net_rx\n\n"
		  "==1==ERROR: AddressSanitizer: heap-buffer-overflow\n", TRUE },
		{ "From: ci <ci@build.example>\nTo: security@superrad.company\n"
		  "Subject: Build 88 failed\nAuto-Submitted: auto-generated\n\n"
		  "The linker hit a crash in stage 2.\n\n"
		  "==1==ERROR: AddressSanitizer: heap-buffer-overflow\n", FALSE },
	};

	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(StAnalysis) a = tu_analysis_of(cases[i].mail);
		st_set(&a->envelope_from, "bounce-8@fuzz.example");
		st_set(&a->klass, "sandbox_escape");
		st_set(&a->component, "core");
		a->check[ST_CHECK_DESCRIPTION] = FALSE;
		a->check[ST_CHECK_POC] = TRUE;
		a->check[ST_CHECK_LOGS] = TRUE;
		st_policy_ack_decision(cfg, rules, a->msg, a);
		g_assert_false(a->ack_send);
		if (cases[i].keeps)
			g_assert_cmpstr(a->klass, ==, "sandbox_escape");
		else
			g_assert_null(a->klass);
	}
}

/* (#3) a code scanning service's notice that a person shared its
 * findings with this address: no ack, but judged on what it reports; the
 * service's weekly digest that nobody shared is about nothing. */
static void
test_shared_findings(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char *const mails[] = {
		"From: Scanhub <notify@scanhub.example>\nTo: security@superrad.company\n"
		"Subject: Ana Ruiz shared 2 findings with you\nAuto-Submitted: auto-generated\n\n"
		"Ana Ruiz shared 2 findings in acme/msb-fork with security@superrad.company\n\n"
		"[HIGH] rust.lang.security.tainted-path in crates/msb-fsd/src/open.rs:88\n",
		"From: Scanhub <notify@scanhub.example>\nTo: security@superrad.company\n"
		"Subject: Your weekly scan summary\nAuto-Submitted: auto-generated\n\n"
		"Your weekly summary: 2 findings in acme/msb-fork, none of them new.\n"
		"[HIGH] rust.lang.security.tainted-path in crates/msb-fsd/src/open.rs:88\n",
	};

	for (gsize i = 0; i < G_N_ELEMENTS(mails); i++) {
		g_autoptr(StAnalysis) a = tu_analysis_of(mails[i]);
		st_set(&a->envelope_from, "bounce-1@scanhub.example");
		st_set(&a->klass, "sandbox_escape");
		a->check[ST_CHECK_DESCRIPTION] = TRUE;
		st_policy_ack_decision(cfg, rules, a->msg, a);
		g_assert_false(a->ack_send);
		if (i == 0)
			g_assert_cmpstr(a->klass, ==, "sandbox_escape");
		else
			g_assert_null(a->klass);
	}
}

/* Configured trusted ids replace the default. */
static void
test_configured_trust(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(StRules) rules = tu_repo_rules();
	char *ids[] = { "mx1.example.net", ".relay.example.net", NULL };
	char **saved = cfg->trusted_authserv_ids;
	static const char *const headers[][2] = {
		{ "Authentication-Results: mx1.example.net; dmarc=fail\n", "dmarc-fail" },
		{ "Authentication-Results: a.relay.example.net; spf=fail\n", "spf-fail" },
		{ "Authentication-Results: mx.superrad.company; dmarc=fail\n", "ok" },
		{ "Authentication-Results: mx2.example.net; dmarc=fail\n", "ok" },
	};

	cfg->trusted_authserv_ids = ids;
	for (gsize i = 0; i < G_N_ELEMENTS(headers); i++) {
		g_autofree char *mail = g_strdup_printf("From: a@example.org\nSubject: s\n%s\n%s",
							headers[i][0], REPORT_BODY);
		g_autoptr(StAnalysis) a = tu_analysis_of(mail);
		StMessage *msg = a->msg;
		st_set(&a->envelope_from, "a@example.org");
		st_policy_ack_decision(cfg, rules, msg, a);
		g_assert_cmpstr(a->ack_reason, ==, headers[i][1]);
	}
	cfg->trusted_authserv_ids = saved;
}

typedef struct {
	const char *id;
	gboolean trusted;
} TrustCase;

static void
test_authserv_trusted(void)
{
	char *patterns[] = { ".superrad.company", "mx.other.example", " MX3.Third.Example ", NULL };
	static const TrustCase cases[] = {
		{ "mx.superrad.company", TRUE },
		{ "MX.SuperRad.Company", TRUE },
		{ "a.b.superrad.company", TRUE },
		{ "mx.superrad.company.", TRUE },
		{ "superrad.company", FALSE },      /* ".domain" is the hosts below it */
		{ "evilsuperrad.company", FALSE },
		{ "superrad.company.evil.example", FALSE },
		{ "mx.other.example", TRUE },
		{ "mx.other.example.", TRUE },
		{ "other.example", FALSE },
		{ "x.mx.other.example", FALSE },    /* no dot: exact only */
		{ "mx3.third.example", TRUE },
		{ "", FALSE },
		{ NULL, FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
		if (st_policy_authserv_trusted(patterns, cases[i].id) != cases[i].trusted)
			g_error("authserv-id \"%s\": want %d", cases[i].id ? cases[i].id : "(null)",
				cases[i].trusted);
	g_assert_false(st_policy_authserv_trusted(NULL, "mx.superrad.company"));
	char *dot_only[] = { ".", "", NULL };
	g_assert_false(st_policy_authserv_trusted(dot_only, "mx.superrad.company"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add_func("/policy/ack-table", test_ack_table);
	g_test_add_func("/policy/auto-subjects", test_auto_subjects);
	g_test_add_func("/policy/spam-marks", test_spam_marks);
	g_test_add_func("/policy/multipart-report", test_multipart_report);
	g_test_add_func("/policy/postmaster-subjects", test_postmaster_subjects);
	g_test_add_func("/policy/list-keeps-classification", test_list_keeps_classification);
	g_test_add_func("/policy/null-sender-finding", test_null_sender_finding);
	g_test_add_func("/policy/machine-finding", test_machine_finding);
	g_test_add_func("/policy/commented-finding", test_commented_finding);
	g_test_add_func("/policy/commented-finding-no-class", test_commented_finding_no_class);
	g_test_add_func("/policy/fuzz-bot-finding", test_fuzz_bot_finding);
	g_test_add_func("/policy/fuzz-new-crash", test_fuzz_new_crash);
	g_test_add_func("/policy/shared-findings", test_shared_findings);
	g_test_add_func("/policy/configured-trust", test_configured_trust);
	g_test_add_func("/policy/authserv-trusted", test_authserv_trusted);
	return g_test_run();
}
