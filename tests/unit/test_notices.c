/*
 * test_notices.c — analyze.c strip_notices: a legal notice or a mail
 * gateway's banner is read by nothing ([notice.legal]); the report around
 * it is read as before, and the body is given back as it was.
 */
#include <string.h>

#include "sectriage/analyze.h"
#include "testutil.h"

#define REPORT "The sandbox gateway does not apply the egress policy to DNS queries, " \
	"so code inside a sandbox can exfiltrate data through query names even when " \
	"the sandbox is started without network access.\n\nmsb 0.12.1 on Debian 12.\n"

static const char *const notices[] = {
	"CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,\n"
	"is for the sole use of the intended recipient(s) and may contain\n"
	"confidential and privileged information. Any unauthorized review, use,\n"
	"disclosure or distribution is prohibited.\n",
	"This message is intended solely for the use of the addressee. If you have\n"
	"received this email in error, please notify the sender and delete it.\n",
	"Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige\n"
	"Adressat sind, informieren Sie bitte sofort den Absender.\n",
	"Ce message est confidentiel. Si vous n'êtes pas le destinataire, merci de\n"
	"le détruire.\n",
	"> Este mensaje es confidencial. Si usted no es el destinatario, bórrelo.\n",
};

static StAnalysis *
analyze(StConfig *cfg, StRules *rules, const char *body, char **body_after)
{
	g_autofree char *m = g_strconcat("From: Rep Orter <rep@example.org>\nTo: security@superrad.company\n"
					 "Subject: DNS egress\nMIME-Version: 1.0\n"
					 "Content-Type: text/plain; charset=utf-8\n"
					 "Content-Transfer-Encoding: 8bit\n\n", body, NULL);
	g_autoptr(StMessage) msg = st_message_parse_data(m, strlen(m), cfg);
	g_autofree char *before = g_strdup(msg->body_text);
	StAnalysis *a = st_analyze_message(cfg, rules, msg, "rep@example.org");
	/* the message keeps its body as it came */
	g_assert_cmpstr(msg->body_text, ==, before);
	*body_after = g_steal_pointer(&before);
	a->msg = NULL;
	return a;
}

static void
test_notice_read_by_nothing(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = tu_config();
	g_autofree char *b0 = NULL;
	g_autoptr(StAnalysis) plain = analyze(cfg, rules, REPORT, &b0);

	for (gsize i = 0; i < G_N_ELEMENTS(notices); i++) {
		/* under the report, and over it as a gateway's banner */
		g_autofree char *under = g_strconcat(REPORT, "\nThanks,\nRep\n\n", notices[i], NULL);
		g_autofree char *b1 = NULL;
		g_autoptr(StAnalysis) a = analyze(cfg, rules, under, &b1);
		g_assert_cmpstr(a->klass, ==, plain->klass);
		g_assert_cmpstr(a->check_evidence[ST_CHECK_DESCRIPTION], ==, plain->check_evidence[ST_CHECK_DESCRIPTION]);
		g_assert_cmpstr(a->version, ==, "0.12.1");
	}
	/* a notice alone makes no description */
	g_autofree char *b2 = NULL;
	g_autoptr(StAnalysis) alone = analyze(cfg, rules, notices[0], &b2);
	g_assert_false(alone->check[ST_CHECK_DESCRIPTION]);
	g_assert_null(alone->klass);
	/* the banner over a report */
	g_autofree char *banner = g_strconcat("CAUTION: This email originated from outside of the organization. "
					      "Do not\nclick links or open attachments unless you recognize the sender.\n\n",
					      REPORT, NULL);
	g_autofree char *b3 = NULL;
	g_autoptr(StAnalysis) over = analyze(cfg, rules, banner, &b3);
	g_assert_cmpstr(over->check_evidence[ST_CHECK_DESCRIPTION], ==, plain->check_evidence[ST_CHECK_DESCRIPTION]);
	/* a report that speaks of recipients in its own words keeps them */
	g_autofree char *b4 = NULL;
	g_autoptr(StAnalysis) own = analyze(cfg, rules,
		"The recipient list of a sandbox's mail hook is read from the guest, so the\n"
		"guest decides who gets the host's notifications.\n\nmsb 0.12.1 on Debian 12.\n", &b4);
	g_assert_true(own->check[ST_CHECK_DESCRIPTION]);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/notices/read-by-nothing", test_notice_read_by_nothing);
	return g_test_run();
}
