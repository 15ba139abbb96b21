/* test_extract_threads.c — replies and revisions: quoted acknowledgments,
 * reply headers and subjects, quoted text shared, corrections, retractions
 * and withdrawals, a credit made conditional or withdrawn.
 * Split from test_extract.c by area; what the programs share is in
 * extract_helpers.h. */
#include "extract_helpers.h"

/* A reply that quotes our acknowledgment: the quoted hints are not facts. */
static void
test_quoted_ack(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) a = analyse(rules, "Re: [SEC-2026-0007] sandbox escape",
		"Here you go, msb 0.6.14 on Fedora 41.\n\n"
		"On Mon, 2 Nov 2026, security@superrad.company wrote:\n"
		"> Thank you for your report to the microsandbox security team. It is filed\n"
		"> under the tracking id SEC-2026-0007\n>\n"
		"> Our policy asks every report for five things:\n"
		">   [x] A description of the issue and its impact\n"
		">   [ ] Host platform\n>   [-] Any logs, traces, or screenshots\n>\n"
		">   * Host platform\n>     macOS: the output of `sw_vers` and the chip (e.g. Apple M2).\n"
		"> Tell us what an attacker can do, from where, and what it affects.\n"
		"> If a vulnerability is being actively exploited in the wild, we prioritize it.\n"
		"> Include your preferred name and a link if you'd like to be credited.\n", NULL);
	g_assert_cmpstr(a->version, ==, "0.6.14");
	g_assert_cmpstr(a->os, ==, "linux");
	g_assert_cmpstr(a->distro, ==, "Fedora 41");
	g_assert_null(a->chip);
	g_assert_false(a->check[ST_CHECK_LOGS]);
	g_assert_false(a->check[ST_CHECK_DESCRIPTION]);
	g_assert_false(a->credit_found);
	g_assert_false(a->exploited);

	/* new text beats quoted text */
	g_autoptr(StAnalysis) c = analyse(rules, "Re: x", "Upgraded: microsandbox 0.6.14 now, same result.\n\n"
		"> $ msb --version\n> msb 0.6.13\n> Host: Fedora 40, kernel 6.8\n", NULL);
	g_assert_cmpstr(c->version, ==, "0.6.14");
	g_assert_cmpstr(c->distro, ==, "Fedora 40");

	/* (#3) the half of the host the writer gives, the other half from the
	 * report they quote, the same distribution (2504, 2527); a quoted
	 * host of another distribution is another machine */
	g_autoptr(StAnalysis) h = analyse(rules, "Report relayed", "We reproduced it on a Debian 12 VM.\n\n"
		"-------- Report as received --------\n\n> $ grep PRETTY /etc/os-release\n"
		"> PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n> $ uname -r\n> 6.1.0-28-amd64\n", NULL);
	g_assert_cmpstr(h->kernel, ==, "6.1.0-28-amd64");
	g_autoptr(StAnalysis) o = analyse(rules, "Report relayed", "We reproduced it on Ubuntu 24.04.\n\n"
		"-------- Report as received --------\n\n> $ grep PRETTY /etc/os-release\n"
		"> PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n> $ uname -r\n> 6.1.0-28-amd64\n", NULL);
	g_assert_null(o->kernel);

	/* a Python prompt is not a quote */
	g_autoptr(StAnalysis) b = analyse(rules, NULL, PROSE ">>> import os\n>>> os.system('id')\nuid=0(root)\n", NULL);
	g_assert_true(b->check[ST_CHECK_POC]);
}

/* Mail quoted under a reply header instead of "> " marks (Outlook's
 * separator and From:/Sent: block, "On ... wrote:" in other languages) is
 * quoted history, and our own mail quoted back (named as the sender, or
 * signed by the team) gives no facts at all.  VERSION is the version
 * expected (NULL: none), CREDIT whether a credit request is found. */
static const struct {
	const char *subject, *body, *version;
	gboolean credit;
} reply_headers[] = {
	/* Outlook, English: our notice under the separator */
	{ "RE: [SEC-2026-0100] guest reads host files", "Thanks, good to hear.\n\n"
	  "-----Original Message-----\nFrom: microsandbox security team <security@superrad.company>\n"
	  "Sent: Thursday, November 26, 2026 4:40 PM\nTo: Ann Example <ann@example.org>\n"
	  "Subject: [SEC-2026-0100] guest reads host files\n\nThe fix shipped in msb 0.9.1.\n"
	  "Tell us the name to credit, or whether you prefer to remain anonymous.\n", NULL, FALSE },
	/* Outlook, French, no separator line: the From:/Sent: block alone */
	{ "RE: [SEC-2026-0101] x", "Merci !\n\nDe : microsandbox security team <security@superrad.company>\n"
	  "Envoyé : jeudi 26 novembre 2026 16:40\nÀ : Ann Example\n\n"
	  "Fixed in msb 0.9.1; say if you would prefer to remain anonymous.\n", NULL, FALSE },
	/* the reporter's own earlier mail under a German separator: its facts
	 * count, its credit request does not (quoted) */
	{ "AW: escape", "Hier noch einmal mein Bericht.\n\n-----Ursprüngliche Nachricht-----\n"
	  "Von: Ann Example <ann@example.org>\nGesendet: Montag, 23. November 2026 09:12\n"
	  "An: security@superrad.company\n\n  $ msb --version\n  msb 0.8.2\n\n"
	  "Please credit me as Ann Example.\n", "0.8.2", FALSE },
	/* an attribution over unmarked text (an HTML quote read as text), wrapped */
	{ "Re: [SEC-2026-0102] y", "Thank you!\n\nOn Thu, Nov 26, 2026 at 4:40 PM microsandbox security team <\n"
	  "security@superrad.company> wrote:\nThe fix shipped in msb 0.8.7.\n"
	  "We credited you as \"Ann Example\" as you asked.\n", NULL, FALSE },
	/* German attribution over "> " lines, ours by the team's signature */
	{ "Re: z", "Danke!\n\nAm 26.11.2026 um 16:40 schrieb Team:\n> Der Fix ist in msb 0.8.7.\n>\n"
	  "> -- \n> microsandbox security team\n", NULL, FALSE },
	/* answers between the quoted lines of an inline reply stay the writer's */
	{ "Re: [SEC-2026-0103] w", "On 26/11/2026 15:25, microsandbox security team wrote:\n"
	  "> Which version do you run?\n\n  $ msb --version\n  msb 0.8.6\n\n> Anything else?\n\n"
	  "Please credit me as Ann Example.\n", "0.8.6", TRUE },
	/* "On ... wrote:" with neither a date nor an address is prose */
	{ NULL, "On the host the script wrote:\n\n  msb 0.8.4\n\nPlease credit me as Ann Example.\n",
	  "0.8.4", TRUE },
	/* webmail's block with the date first (Spanish), over our notice */
	{ "RE: [SEC-2026-0105] v", "Gracias.\n\nEnviado: martes, 1 de diciembre de 2026, 10:02\n"
	  "De: \"microsandbox\" <security@superrad.company>\nPara: ana@example.org\n"
	  "Asunto: v\nThe fix shipped in msb 0.9.2; say if you would prefer to remain anonymous.\n",
	  NULL, FALSE },
	/* "From:" over "Date:" (Outlook for Mac), a third party's mail: facts
	 * kept, its credit request quoted */
	{ "Re: u", "See the thread below.\n\nFrom: Bob Example <bob@example.org>\n"
	  "Date: Tuesday, 1 December 2026 at 10:02\nTo: Ann <ann@example.org>\n\n"
	  "  $ msb --version\n  msb 0.8.5\n\nPlease credit me as Bob Example.\n", "0.8.5", FALSE },
	/* our note pasted back with neither a header nor marks */
	{ "t", "Still waiting.\n\nHello,\n\nWe received your message about SEC-2026-0106 and added "
	  "it to the report.\nThe fix shipped in msb 0.9.3; or you prefer to remain anonymous.\n", NULL, FALSE },
	/* a forwarded report (Portuguese separator) stays the writer's own */
	{ "s", "Segue o relato de um colega.\n\n---------- Mensagem encaminhada ---------\n"
	  "De: Ann Example <ann@example.org>\nData: 1 dez 2026 10:02\n\n  $ msb --version\n"
	  "  msb 0.8.3\n\nPlease credit me as Ann Example.\n", "0.8.3", TRUE },
	/* ... unless it is our own mail forwarded back (German Apple Mail) */
	{ "r", "Zur Info.\n\nAnfang der weitergeleiteten Nachricht:\n\n"
	  "Von: microsandbox security team <security@superrad.company>\nBetreff: r\n\n"
	  "The fix shipped in msb 0.9.4; say if you would prefer to remain anonymous.\n", NULL, FALSE },
	/* a client's forward (its Subject prefix) over Outlook's header
	 * block in the client's language: the block opens the forwarded
	 * report, which is the forwarder's to pass on, credit request and all
	 * (German "WG:", Spanish "RV:" with "Enviado el:", French "TR:") */
	{ "WG: Cache-Volume", "Zur Info, der Bericht meiner Kollegin steht unten.\n\n"
	  "Von: Lena Brandt <lena@example.org>\nGesendet: Dienstag, 3. August 2027 10:15\n"
	  "An: Jan Ott <jan@example.org>\nBetreff: Cache-Volume\n\n  $ msb --version\n  msb 0.8.9\n\n"
	  "Please credit me as Lena Brandt.\n", "0.8.9", TRUE },
	{ "RV: hallazgo", "Os reenvío lo que encontró Marta.\n\nDe: Marta Gil <marta@example.org>\n"
	  "Enviado el: martes, 3 de agosto de 2027 10:15\nPara: Luis <luis@example.org>\n"
	  "Asunto: hallazgo\n\nmsb 0.8.8 here.  Please credit me as Marta Gil.\n", "0.8.8", TRUE },
	{ "TR: faille", "Transmis pour information.\n\nDe : Paul Roy <paul@example.org>\n"
	  "Envoyé : mardi 3 août 2027 10:15\nÀ : Anne <anne@example.org>\nObjet : faille\n\n"
	  "msb 0.8.7 ici.  Please credit me as Paul Roy.\n", "0.8.7", TRUE },
	/* ... but the same block under a reply ("RE:") is quoted history */
	{ "RE: faille", "Vu, merci.\n\nDe : Paul Roy <paul@example.org>\n"
	  "Envoyé : mardi 3 août 2027 10:15\nÀ : Anne <anne@example.org>\nObjet : faille\n\n"
	  "msb 0.8.7 ici.  Please credit me as Paul Roy.\n", "0.8.7", FALSE },
	{ "RE: hallazgo", "Gracias.\n\nDe: Marta Gil <marta@example.org>\n"
	  "Enviado el: martes, 3 de agosto de 2027 10:15\nPara: Luis <luis@example.org>\n"
	  "Asunto: hallazgo\n\nmsb 0.8.8 here.  Please credit me as Marta Gil.\n", "0.8.8", FALSE },
	/* ... and our own mail forwarded under it is not the writer's text */
	{ "FW: [SEC-2026-0107] q", "See below.\n\nFrom: microsandbox security team <security@superrad.company>\n"
	  "Sent: Tuesday, August 3, 2027 10:15 AM\nTo: Ann Example <ann@example.org>\nSubject: q\n\n"
	  "The fix shipped in msb 0.9.5; say if you would prefer to remain anonymous.\n", NULL, FALSE },
	/* (#3) the writer's own earlier mail quoted under a reply that adds
	 * to it: its credit request is still the writer's (an attribution
	 * naming the From address, wrapped or not, or Outlook's block) */
	{ "Re: agent socket", "Forgot the version: msb 0.8.1\n\nOn Mon, 1 Mar 2027 at 09:10, Rep Orter "
	  "<rep@example.org> wrote:\n> The agent socket is world-writable.\n>\n"
	  "> If you publish something, you may credit me as Rep Orter.\n", "0.8.1", TRUE },
	{ "Re: agent socket", "Version is msb 0.8.2.\n\nOn Mon, 1 Mar 2027 at 09:10, Rep Orter <\n"
	  "rep@example.org> wrote:\n> The agent socket is world-writable.\n> Please credit me as Rep Orter.\n",
	  "0.8.2", TRUE },
	{ "AW: Agent-Socket", "Nachtrag: msb 0.8.3\n\n-----Ursprüngliche Nachricht-----\n"
	  "Von: Rep Orter <rep@example.org>\nGesendet: Montag, 1. März 2027 09:12\n"
	  "An: security@superrad.company\n\nThe agent socket is world-writable. Please credit me as Rep Orter.\n",
	  "0.8.3", TRUE },
	/* ... but a signature in it asks for nothing, and the writer's
	 * address in prose does not make a third party's quoted mail theirs */
	{ "Re: agent socket", "Forgot the version: msb 0.8.4\n\nOn Mon, 1 Mar 2027 at 09:10, Rep Orter "
	  "<rep@example.org> wrote:\n> The agent socket is world-writable.\n>\n> Regards,\n> Rep Orter\n",
	  "0.8.4", FALSE },
	{ "Re: agent socket", "Write to rep@example.org for details.\n\nOn Mon, 1 Mar 2027 at 09:10, Bob Example "
	  "<bob@example.org> wrote:\n> msb 0.8.5 here. Please credit me as Bob Example.\n", "0.8.5", FALSE },
	/* (1596) ... or an attribution naming the writer by the From display
	 * name alone, in any language, without ASCII case */
	{ "Re: socket dell'agente", "Ci sono novità? Sono passate due settimane.\n\n"
	  "Il 12/03/27 10:05, Rep Orter ha scritto:\n> The agent socket is world-writable, msb 0.8.6.\n"
	  "> For the advisory, please credit me as Rep Orter.\n", "0.8.6", TRUE },
	{ "Re: socket de l'agent", "Une relance : avez-vous pu reproduire ?\n\n"
	  "Le ven. 12 mars 2027 à 10:05, Rep Orter a écrit :\n> msb 0.8.7: the agent socket is open to all.\n"
	  "> If you publish an advisory, credit: Rep Orter\n", "0.8.7", TRUE },
	{ "Re: Agent-Socket", "Gibt es schon einen Stand?\n\n"
	  "Am Fr., 12. März 2027 um 10:05 Uhr schrieb rep orter:\n> Seen on msb 0.8.8.\n"
	  "> Please credit me as Rep Orter.\n", "0.8.8", TRUE },
	/* ... but not a longer name that starts with it, nor the name over
	 * someone else's address, nor the name in prose above a third party's
	 * attribution */
	{ "Re: socket dell'agente", "Novità?\n\nIl 12/03/27 10:05, Rep Orter Bianchi ha scritto:\n"
	  "> msb 0.8.6 here. Please credit me as Rep Bianchi.\n", "0.8.6", FALSE },
	{ "Re: socket dell'agente", "Novità?\n\nIl 12/03/27 10:05, Rep Orterson ha scritto:\n"
	  "> msb 0.8.6 here. Please credit me as Rep Orterson.\n", "0.8.6", FALSE },
	{ "Re: agent socket", "Any news?\n\nOn Fri, 12 Mar 2027 at 10:05, Rep Orter <bob@example.org> wrote:\n"
	  "> msb 0.8.5 here. Please credit me as Bob Example.\n", "0.8.5", FALSE },
	{ "Re: agent socket", "Rep Orter again, passing this on.\n\nOn Fri, 12 Mar 2027 at 10:05, Bob Example wrote:\n"
	  "> msb 0.8.5 here. Please credit me as Bob Example.\n", "0.8.5", FALSE },
	/* a response's "Date:" over another field is no reply header */
	{ NULL, "HTTP/1.1 200 OK\nDate: Tue, 01 Dec 2026 10:00:00 GMT\nServer: msb-api\n\n"
	  "Seen with msb 0.8.4.  Please credit me as Ann Example.\n", "0.8.4", TRUE },
};

/* (#3, 4292) a platform that relays a researcher's report "quoted as
 * submitted" and asks a mention of itself: the researcher's own request
 * in the quoted report is the credit; without it, the platform's stands. */
static void
test_credit_relayer_pasted(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char head[] =
		"A researcher has submitted a report about microsandbox through Relaybox.\n\n"
		"----- Researcher's report (quoted as submitted) -----\n\n"
		"> The installer page is cached by the CDN with the X-Forwarded-Host value.\n";
	static const char tail[] =
		"\n----- End of researcher's report -----\n\n"
		"If you publish an advisory, Relaybox would appreciate a mention of Relaybox Disclosure.\n";
	g_autofree char *with = g_strconcat(head, "> Credit: please credit me as Noor Haddad "
					    "(https://noorhaddad.example).\n", tail, NULL);
	g_autoptr(StAnalysis) a = analyse(rules, "[RB-1] New report", with, NULL);
	g_assert_cmpstr(a->credit_name, ==, "Noor Haddad");
	g_assert_cmpstr(a->credit_link, ==, "https://noorhaddad.example");
	g_autofree char *without = g_strconcat(head, tail, NULL);
	g_autoptr(StAnalysis) b = analyse(rules, "[RB-1] New report", without, NULL);
	g_assert_cmpstr(b->credit_name, ==, "Relaybox Disclosure");
}

/* A credit name the mail gives without its link takes the link an
 * attached text gives after the same name (1376); not a longer name's,
 * not a link further down the line, not when the writer wants none. */
static void
test_credit_link_attached(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const struct {
		const char *body, *att, *link;
	} cases[] = {
		{ "Our auditors found this, write-up attached.\nPlease credit Heronsgate Labs as in the report.\n",
		  "FINDING HG-7\n\nmsb 0.9.1 leaks the token.\n\nAcknowledgements\n"
		  "Heronsgate Labs - https://heronsgate.example/team\n", "https://heronsgate.example/team" },
		{ "Bitte nennt Heronsgate Labs wie in der Datei angegeben.\n",
		  "Credit: Heronsgate Labs (https://heronsgate.example)\n", "https://heronsgate.example" },
		/* a longer name that starts with it is someone else */
		{ "Please credit Heronsgate Labs as in the file.\n",
		  "Heronsgate Labs Berlin, https://berlin.example\n", NULL },
		/* the name in prose, a link later on the line */
		{ "Please credit Heronsgate Labs as in the file.\n",
		  "Heronsgate Labs tested against https://console.example/login\n", NULL },
		/* the writer wants no link */
		{ "Please credit Heronsgate Labs, no link please.\n",
		  "Heronsgate Labs, https://heronsgate.example\n", NULL },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		const Att atts[] = { { "finding.txt", "text/plain", cases[i].att, 0 }, { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, "finding", cases[i].body, atts);
		g_test_message("case %" G_GSIZE_FORMAT, i);
		g_assert_true(a->credit_found);
		g_assert_cmpstr(a->credit_name, ==, "Heronsgate Labs");
		g_assert_cmpstr(a->credit_link, ==, cases[i].link);
	}

	/* (#3) the link asked to be taken from the attached business card:
	 * its URL; a card nobody points to gives none (round 220) */
	static const struct {
		const char *body, *link;
	} cards[] = {
		{ "Please credit Heronsgate Labs. For the link use the website on my business card (attached).\n",
		  "https://heronsgate.example" },
		{ "Please credit Heronsgate Labs.\n", NULL },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cards); i++) {
		const Att atts[] = { { "Ana Ruiz.vcf", "text/x-vcard",
				       "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ana Ruiz\r\nTEL;WORK:+48 22 555 01 37\r\n"
				       "URL;HOME:https://heronsgate.example\r\nEND:VCARD\r\n", 0 },
				     { NULL, NULL, NULL, 0 } };
		g_autoptr(StAnalysis) a = analyse(rules, "finding", cards[i].body, atts);
		g_test_message("card case %" G_GSIZE_FORMAT, i);
		g_assert_cmpstr(a->credit_name, ==, "Heronsgate Labs");
		g_assert_cmpstr(a->credit_link, ==, cards[i].link);
	}
}

/* One StXQuote asked every question, in any order, answers as a fresh
 * st_x_prepare or st_x_quoted each time, and the per-window literal scans
 * of its reply headers skip no header that running every pattern (rules
 * loaded with ST_PREFILTER=0) finds (#9). */
static void
test_quote_shared(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const StRuleGroup *header = st_rules_group(rules, "quote.header");
	const StRuleGroup *ours = st_rules_group(rules, "quote.ours");
	/* the same rules without the prefilter: every pattern runs, and the
	 * groups found through the rules ([quote.forward]) are there */
	g_setenv("ST_PREFILTER", "0", TRUE);
	g_autoptr(StRules) plain = tu_repo_rules();
	g_unsetenv("ST_PREFILTER");
	const StRuleGroup *pheader = st_rules_group(plain, "quote.header");
	const StRuleGroup *pours = st_rules_group(plain, "quote.ours");
	const char *extra[] = {
		"Plain text, no quote.\nmsb 0.8.1 on Fedora 41.\n",
		"Inline answers.\n> first quoted\n\nmine\n> second quoted\n",
		("Top.\n\nOn Thu, 26 Nov 2026 16:40, Ann <ann@example.org> wrote:\n> a\n> b\n\n"
		 "26.11.2026 16:40, Bob <bob@example.org> \u043f\u0438\u0448\u0435\u0442:\n> c\n"),
		"",
	};
	g_assert_nonnull(header);
	for (gsize i = 0; i < G_N_ELEMENTS(reply_headers) + G_N_ELEMENTS(extra); i++) {
		const char *body = i < G_N_ELEMENTS(reply_headers) ? reply_headers[i].body
			: extra[i - G_N_ELEMENTS(reply_headers)];
		g_autofree char *keep = st_x_prepare(rules, body, TRUE, ours, header);
		g_autofree char *own = st_x_prepare(rules, body, FALSE, NULL, header);
		g_autofree char *all = st_x_prepare(rules, body, TRUE, NULL, header);
		gboolean quoted = st_x_quoted(rules, body, header);
		g_autofree char *keep_all = st_x_prepare(plain, body, TRUE, pours, pheader);
		g_autofree char *own_all = st_x_prepare(plain, body, FALSE, NULL, pheader);

		g_test_message("case %" G_GSIZE_FORMAT, i);
		g_assert_cmpstr(keep, ==, keep_all);
		g_assert_cmpstr(own, ==, own_all);
		g_assert_cmpint(quoted, ==, st_x_quoted(plain, body, pheader));
		for (int order = 0; order < 2; order++) {
			g_autoptr(StXQuote) q = st_x_quote_new(rules, body, header);
			g_autofree char *a = NULL, *b = NULL, *c = NULL;
			gboolean any;
			if (order == 0) {
				a = st_x_quote_prepare(q, TRUE, ours, FALSE);
				any = st_x_quote_any(q);
				b = st_x_quote_prepare(q, FALSE, NULL, FALSE);
				c = st_x_quote_prepare(q, TRUE, NULL, FALSE);
			} else {
				c = st_x_quote_prepare(q, TRUE, NULL, FALSE);
				b = st_x_quote_prepare(q, FALSE, NULL, FALSE);
				any = st_x_quote_any(q);
				a = st_x_quote_prepare(q, TRUE, ours, FALSE);
			}
			g_assert_cmpstr(a, ==, keep);
			g_assert_cmpstr(b, ==, own);
			g_assert_cmpstr(c, ==, all);
			g_assert_cmpint(any, ==, quoted);
		}
	}
}

static void
test_reply_headers(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(reply_headers); i++) {
		g_autoptr(StAnalysis) a = analyse(rules, reply_headers[i].subject, reply_headers[i].body, NULL);
		g_test_message("case %" G_GSIZE_FORMAT, i);
		g_assert_cmpstr(a->version, ==, reply_headers[i].version);
		g_assert_cmpint(a->credit_found, ==, reply_headers[i].credit);
		g_assert_false(a->credit_anonymous);
	}
}

/* A reply to our mail (our tracking id in the subject) has the subject we
 * sent: a thanks under it describes nothing, though the subject would. */
#define THANKS "Thanks a lot for the quick fix, much appreciated by the whole team here!\n\nSent from my phone\n"

static void
test_reply_subject(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *topic = "Python SDK: a failed sandbox.run() prints the API key in its traceback";
	g_autofree char *reply = g_strdup_printf("Re: [SEC-2026-0104] %s", topic);
	g_autoptr(StAnalysis) a = analyse(rules, reply, THANKS, NULL);
	g_autoptr(StAnalysis) b = analyse(rules, topic, THANKS, NULL);

	g_assert_false(a->check[ST_CHECK_DESCRIPTION]);
	g_assert_true(b->check[ST_CHECK_DESCRIPTION]);
}

/* Issue #3: a reply that gives the report's distribution more exactly
 * (its release file beside the name and number the report wrote) is kept
 * in the merged facts; another release, or another system, is not. */
static void
test_merge_host_finer(void)
{
	static const struct {
		const char *had, *reply, *want;
	} cases[] = {
		{ "Rocky Linux 9.4", "Rocky Linux release 9.4 (Blue Onyx)", "Rocky Linux release 9.4 (Blue Onyx)" },
		{ "Debian 12", "Debian GNU/Linux 12 (bookworm)", "Debian GNU/Linux 12 (bookworm)" },
		{ "Ubuntu 22.04", "Ubuntu 22.04.5 LTS", "Ubuntu 22.04" },
		{ "Fedora 40", "Fedora Linux 41 (Workstation Edition)", "Fedora 40" },
		{ "Debian GNU/Linux 12 (bookworm)", "Debian 12", "Debian GNU/Linux 12 (bookworm)" },
		{ "Arch Linux", "Arch Linux", "Arch Linux" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(StAnalysis) into = st_analysis_new();
		g_autoptr(StAnalysis) from = st_analysis_new();
		st_set(&into->os, "linux");
		st_set(&into->distro, cases[i].had);
		st_set(&from->os, "linux");
		st_set(&from->distro, cases[i].reply);
		st_set(&from->kernel, "6.1.0-28-amd64");
		st_analysis_merge(into, from);
		if (g_strcmp0(into->distro, cases[i].want) != 0)
			FAIL("finer host %zu: %s", i, into->distro);
		g_assert_cmpstr(into->kernel, ==, "6.1.0-28-amd64");
	}
	/* (4295) the point release beside the same kernel is the same machine
	 * told more exactly; beside another kernel it may be another one */
	static const char *const kernels[] = { "6.8.0-106-generic", "6.8.0-110-generic" };
	for (gsize i = 0; i < G_N_ELEMENTS(kernels); i++) {
		g_autoptr(StAnalysis) into = st_analysis_new();
		g_autoptr(StAnalysis) from = st_analysis_new();
		st_set(&into->os, "linux");
		st_set(&into->distro, "Ubuntu 24.04 LTS");
		st_set(&into->kernel, "6.8.0-106-generic");
		st_set(&from->os, "linux");
		st_set(&from->distro, "Ubuntu 24.04.4 LTS");
		st_set(&from->kernel, kernels[i]);
		st_analysis_merge(into, from);
		g_assert_cmpstr(into->distro, ==, i == 0 ? "Ubuntu 24.04.4 LTS" : "Ubuntu 24.04 LTS");
	}
}

/* Issue #3: a reply that ran it again on a later release than the
 * report's (flag "rerun": the writer upgraded and ran it again, 4787,
 * 4799, 4811; a release after a commit, 4919) gives the version; an
 * earlier release or a commit does not replace the first one stated. */
static void
test_merge_later_release(void)
{
	static const struct {
		const char *had, *reply, *want;
	} cases[] = {
		{ "0.17.1", "0.17.2", "0.17.2" },
		{ "0.17.10", "0.18.0", "0.18.0" },
		{ "0.17.2", "0.17.1", "0.17.2" },
		{ "0.12.9", "0.12.9", "0.12.9" },
		{ "0.17.2", "0.17.10", "0.17.10" },
		/* (4919) the release run again after a build from main */
		{ "7c41e2b9d0", "0.18.1", "0.18.1" },
		{ "0.18.1", "7c41e2b9d0", "0.18.1" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(StAnalysis) into = st_analysis_new();
		g_autoptr(StAnalysis) from = st_analysis_new();
		st_set(&into->version, cases[i].had);
		st_set(&from->version, cases[i].reply);
		st_flag_add(from->flags, "rerun");
		st_analysis_merge(into, from);
		if (g_strcmp0(into->version, cases[i].want) != 0)
			FAIL("later release %zu: %s", i, into->version);
	}
	/* a later release the reply only names (no run again, not msb's own
	 * output line) leaves the first; msb's line alone gives it */
	g_autoptr(StAnalysis) into = st_analysis_new();
	g_autoptr(StAnalysis) named = st_analysis_new();
	st_set(&into->version, "0.17.1");
	st_set(&named->version, "0.17.2");
	st_set(&named->version_evidence, "the fix should land in 0.17.2");
	st_analysis_merge(into, named);
	g_assert_cmpstr(into->version, ==, "0.17.1");
	g_autoptr(StAnalysis) printed = st_analysis_new();
	st_set(&printed->version, "0.17.2");
	st_set(&printed->version_evidence, "msb 0.17.2");
	st_analysis_merge(into, printed);
	g_assert_cmpstr(into->version, ==, "0.17.2");
}

/* Issue #3: a follow-up that names the right host beside the one first
 * written ("..., not the Ubuntu desktop I first wrote") or says an
 * earlier mail corrected it is a correction: its host, on the same
 * system, replaces the report's; a host merely repeated is none. */
static void
test_revise_host_restated(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *report =
		PROSE "Restore the snapshot twice and the second copy shows the first one's files.\n\n"
		"$ msb --version\nmsb 0.8.2\nThe box is Ubuntu 24.04, kernel 6.8.0-51-generic.\n";
	const char *fixed[] = {
		"The tests ran on the lab server with Fedora 41 (kernel 6.12.5-200.fc41.x86_64),\n"
		"not the Ubuntu laptop I originally mentioned.\n",
		"My second mail, which also corrected the host: Fedora 41, kernel 6.12.5-200.fc41.x86_64.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(fixed); i++) {
		g_autoptr(StAnalysis) base = analyse(rules, "Snapshot restore shares files", report, NULL);
		g_autoptr(StAnalysis) r = analyse(rules, "Re: Snapshot restore shares files", fixed[i], NULL);
		if (!r->corrects[ST_CHECK_PLATFORM])
			FAIL("host restated %zu: not read as a correction (%s)", i, r->distro);
		st_analysis_merge(base, r);
		if (g_strcmp0(base->distro, "Fedora 41") || g_strcmp0(base->kernel, "6.12.5-200.fc41.x86_64"))
			FAIL("host restated %zu: %s %s", i, base->distro, base->kernel);
	}
	const char *plain[] = {
		"Same on the lab server with Fedora 41 (kernel 6.12.5-200.fc41.x86_64), as I first wrote.\n",
		"The release notes corrected the version check bug; Fedora 41, kernel 6.12.5-200.fc41.x86_64 here.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(plain); i++) {
		g_autoptr(StAnalysis) base = analyse(rules, "Snapshot restore shares files", report, NULL);
		g_autoptr(StAnalysis) r = analyse(rules, "Re: Snapshot restore shares files", plain[i], NULL);
		if (r->corrects[ST_CHECK_PLATFORM])
			FAIL("host plain %zu: read as a correction (%s)", i, r->corrects_evidence);
		st_analysis_merge(base, r);
		if (g_strcmp0(base->distro, "Ubuntu 24.04") != 0)
			FAIL("host plain %zu: distro %s", i, base->distro);
	}
}

/* A follow-up that corrects what the report said: the version (or the
 * host) the writer's own text gives replaces the report's in the merged
 * facts; a reply that only adds or repeats corrects nothing. */
static void
test_revise_correction(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *report =
		PROSE "Restore the snapshot twice and the second copy shows the first one's files.\n\n"
		"$ msb --version\nmsb 0.8.2\nHost: Debian 12, kernel 6.1.0-27-amd64\n";
	g_autoptr(StAnalysis) first = analyse(rules, "Snapshot restore shares files", report, NULL);
	g_assert_cmpstr(first->version, ==, "0.8.2");

	g_autoptr(StAnalysis) fix = analyse(rules, "Re: Snapshot restore shares files",
		"One correction to my report: I said msb 0.8.2 in my first mail, but the box I\n"
		"tested on runs\n\n  $ msb --version\n  msb 0.8.4\n\nEverything else is as written.\n\n"
		"On Mon, 2 Nov 2026 Rep Orter wrote:\n"
		"> Restore the snapshot twice and the second copy shows the first one's files.\n>\n"
		"> $ msb --version\n> msb 0.8.2\n> Host: Debian 12, kernel 6.1.0-27-amd64\n", NULL);
	g_assert_cmpstr(fix->version, ==, "0.8.4");
	g_assert_true(fix->corrects[ST_CHECK_VERSION]);
	g_assert_false(fix->corrects[ST_CHECK_PLATFORM]);   /* its own text names no host */
	g_assert_nonnull(fix->corrects_evidence);
	st_analysis_merge(first, fix);
	/* (4884) "One more correction, sorry.": the version now given */
	{
		g_autoptr(StAnalysis) base = analyse(rules, "Snapshot restore shares files", report, NULL);
		g_autoptr(StAnalysis) more = analyse(rules, "Re: Snapshot restore shares files",
			"One more correction, sorry. The msb --version line in my mail on Tuesday came from our jump "
			"host. On the runner itself:\n\n    $ msb --version\n    msb 0.8.4\n", NULL);
		g_assert_true(more->corrects[ST_CHECK_VERSION]);
		st_analysis_merge(base, more);
		g_assert_cmpstr(base->version, ==, "0.8.4");
	}
	g_assert_cmpstr(first->version, ==, "0.8.4");
	g_assert_cmpstr(first->distro, ==, "Debian 12");
	g_assert_true(first->check[ST_CHECK_VERSION]);

	/* the host corrected: another operating system replaces the old one whole */
	g_autoptr(StAnalysis) again = analyse(rules, "Snapshot restore shares files", report, NULL);
	g_autoptr(StAnalysis) host = analyse(rules, "Re: Snapshot restore shares files",
		"Correction: wrong machine in my report, sorry. This was on macOS 15.2 on an M4 Pro.\n\n"
		"> $ msb --version\n> msb 0.8.2\n> Host: Debian 12, kernel 6.1.0-27-amd64\n", NULL);
	g_assert_true(host->corrects[ST_CHECK_PLATFORM]);
	st_analysis_merge(again, host);
	g_assert_cmpstr(again->os, ==, "macos");
	g_assert_null(again->distro);
	g_assert_null(again->kernel);
	g_assert_cmpstr(again->macos_version, ==, "15.2");
	g_assert_cmpstr(again->chip, ==, "Apple M4 Pro");
	g_assert_true(again->check[ST_CHECK_PLATFORM]);
	g_assert_cmpstr(again->version, ==, "0.8.2");

	/* a correction after an apology, the host it names replaces the report's */
	g_autoptr(StAnalysis) third = analyse(rules, "Snapshot restore shares files", report, NULL);
	g_autoptr(StAnalysis) sorry = analyse(rules, "Re: Snapshot restore shares files",
		"Sorry, a correction to the report below: it was not my laptop but the build box,\n"
		"which is a Mac mini with M4, macOS 15.1.1.\n\n"
		"> $ msb --version\n> msb 0.8.2\n> Host: Debian 12, kernel 6.1.0-27-amd64\n", NULL);
	g_assert_true(sorry->corrects[ST_CHECK_PLATFORM]);
	st_analysis_merge(third, sorry);
	g_assert_cmpstr(third->os, ==, "macos");
	g_assert_cmpstr(third->macos_version, ==, "15.1.1");
	g_assert_cmpstr(third->chip, ==, "Apple M4");

	/* (1340) the writer says they were wrong about the version, in
	 * English and other languages: the version the message gives replaces
	 * the report's */
	const char *wrong[] = {
		"I was wrong about the version, sorry: that was the SDK. The CLI is\n\n  $ msb --version\n  msb 0.8.4\n",
		"Turns out I got the version wrong. msb --version on the box says 0.8.4.\n",
		"Me equivoqu\xc3\xa9 con la versi\xc3\xb3n: msb --version dice 0.8.4.\n",
		"Ich habe mich bei der Version geirrt, msb --version zeigt 0.8.4.\n",
		"Je me suis tromp\xc3\xa9 de version : msb --version affiche 0.8.4.\n",
		/* (1811) the label in Polish, or saying what it corrects */
		"Poprawka do mojego poprzedniego maila: to nie by\xc5\x82\x61 wersja z maina,\nmsb --version pokazuje 0.8.4.\n",
		"Sprostowanie: msb --version na tym serwerze to 0.8.4.\n",
		"Pomyli\xc5\x82\x61m si\xc4\x99 co do wersji, msb --version daje 0.8.4.\n",
		"Korrektur zu meiner Mail von gestern: msb --version zeigt 0.8.4.\n",
		"Correzione alla mia mail di ieri: msb --version dice 0.8.4.\n",
		"Correction to yesterday's mail: the box runs msb 0.8.4.\n",
		/* (#3) the writer corrects an item, or says what they wrote was wrong */
		"Let me correct a detail from my report: msb --version on the test box prints 0.8.4.\n",
		"I must correct one small thing I sent before. It was msb 0.8.4 all along.\n",
		"Under Version I wrote msb 0.8.2 (from the laptop), but that was wrong;\nthe server has msb 0.8.4.\n",
		/* (#3) the label naming the fact it corrects */
		"Correction to the version, apologies: the box runs\n\n  $ msb --version\n  msb 0.8.4\n",
		"A quick correction on the msb version: it is 0.8.4 on the CI host.\n",
		/* (#3) the number first given said to be wrong */
		"Output below, run with SDK 0.8.4 (the 0.8.2 in my first mail was the wrong environment).\n",
		/* (#3) a numbered item of the reply, naming what of the mail it
		 * corrects */
		"1. Gracias.\n2. Una correcci\xc3\xb3n a la lista de versiones de mi primer correo: el servidor tiene msb 0.8.4.\n",
		"Eine kleine Korrektur zur Versionsliste in meiner Mail: msb --version zeigt 0.8.4.\n",
		/* (#3) the value anew over the one it replaces (round 223) */
		"Sorry, the version was actually 0.8.4, not 0.8.2. I ran msb --version in the wrong terminal.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(wrong); i++) {
		g_autoptr(StAnalysis) base = analyse(rules, "Snapshot restore shares files", report, NULL);
		g_autoptr(StAnalysis) r = analyse(rules, "Re: Snapshot restore shares files", wrong[i], NULL);
		if (!r->corrects[ST_CHECK_VERSION])
			FAIL("revise wrong %zu: not read as a correction (version %s)", i, r->version);
		st_analysis_merge(base, r);
		if (g_strcmp0(base->version, "0.8.4") != 0)
			FAIL("revise wrong %zu: version %s", i, base->version);
	}

	/* no correction: the first version stated stays, unless the reply
	 * ran it again on a later release */
	const char *plain[] = {
		"Thanks! Still reproduces with msb 0.8.5 after the upgrade.\n\n> $ msb --version\n> msb 0.8.2\n",
		"Correction of the socket mode alone would fix it.  We run msb 0.8.5 here.\n",
		"I said it might affect the SDK too, and I was right: msb 0.8.5 shows it.\n",
		/* (1340) no correction of a fact: a condition, another matter */
		"If I was wrong about the version, say so; msb 0.8.5 is what CI runs.\n",
		"I was wrong about the impact: msb 0.8.5 shows it only for root.\n",
		/* (1811) the Polish word for a fix, not a correction of the mail */
		"Poprawka do obs\xc5\x82ugi gniazda by to naprawi\xc5\x82\x61. U nas msb 0.8.5.\n",
		"Poprawka w 0.8.6 nic nie zmienia, nadal widz\xc4\x99 to na msb 0.8.5.\n",
		"Korrektur der Rechte allein reicht nicht; msb 0.8.5 zeigt es.\n",
		/* (#3) a fix of the code, a script that failed: no fact of the mail */
		"A patch to correct an error in the mount code would help. We run msb 0.8.5.\n",
		"I wrote a small patch for msb 0.8.5, but it is not correct yet.\n",
		"I said the socket is 0666 and that is right, msb 0.8.5 still shows it.\n",
		/* (#3) a correction the code makes to a version, not the mail's */
		"The correction to the version string lands in msb 0.8.5.\n",
		"I ran it with SDK 0.8.5 too; the 0.8.2 in my first mail is what the box runs.\n",
		/* (#3) a fix of the code in a numbered item: no fact of the mail */
		"2. Una correcci\xc3\xb3n a la funci\xc3\xb3n de montaje lo arreglar\303\255a; aqu\xc3\xad msb 0.8.5.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(plain); i++) {
		g_autoptr(StAnalysis) base = analyse(rules, "Snapshot restore shares files", report, NULL);
		g_autoptr(StAnalysis) r = analyse(rules, "Re: Snapshot restore shares files", plain[i], NULL);
		if (r->corrects[ST_CHECK_VERSION] || r->corrects[ST_CHECK_PLATFORM])
			FAIL("revise plain %zu: read as a correction (%s)", i, r->corrects_evidence);
		st_analysis_merge(base, r);
		/* (#3, 4787) "still" after a later release: the newest one
		 * tested, though no correction */
		const char *want = i == 0 || i == 6 || i == 10 ? "0.8.5" : "0.8.2";
		if (g_strcmp0(base->version, want) != 0)
			FAIL("revise plain %zu: version %s", i, base->version);
	}
}

/* A Mac report's host over a thread: a reply that adds the chip completes
 * the macOS version of the first mail; a reply that says the run was on
 * another Mac ("I mixed up my machines", a correction to both mails)
 * replaces the version and the chip; a reply that names another Mac in
 * passing replaces nothing. */
static void
test_revise_mac_host(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *report =
		PROSE "The exported archive keeps the guest's symlink and the next export follows it.\n\n"
		"$ msb --version\nmsb 0.9.4\nI am on macOS Ventura 13.7 on my MacBook Air.\n";
	const char *quote =
		"\n\nOn Tue, 3 Nov 2026 Rep Orter wrote:\n"
		"> The exported archive keeps the guest's symlink and the next export follows it.\n>\n"
		"> $ msb --version\n> msb 0.9.4\n> I am on macOS Ventura 13.7 on my MacBook Air.\n";
	const char *subject = "Re: Export follows guest symlinks";

	/* the chip alone, added later: the thread's platform is complete */
	g_autoptr(StAnalysis) first = analyse(rules, "Export follows guest symlinks", report, NULL);
	g_assert_false(first->check[ST_CHECK_PLATFORM]);
	g_autofree char *add = g_strconcat("Should have said: the chip is an M2.\n", quote, NULL);
	g_autoptr(StAnalysis) chip = analyse(rules, subject, add, NULL);
	g_assert_cmpstr(chip->chip, ==, "Apple M2");
	st_analysis_merge(first, chip);
	g_assert_cmpstr(first->macos_version, ==, "13.7");
	g_assert_cmpstr(first->chip, ==, "Apple M2");
	g_assert_true(first->check[ST_CHECK_PLATFORM]);

	/* the run was on another Mac: its version and chip replace the first */
	const char *moved[] = {
		"Sorry, I mixed up my machines: the export ran on the office iMac.\n\n"
		"$ sw_vers -productVersion\n15.4\n$ sysctl -n machdep.cpu.brand_string\nApple M3\n",
		"Correction to both mails below: the transcript is from the build Mac mini,\n"
		"macOS 15.4 on an M3, not from the Air.\n",
		"I got the two laptops confused. The one that ran it is on macOS 15.4 with the M3 chip.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(moved); i++) {
		g_autoptr(StAnalysis) base = analyse(rules, "Export follows guest symlinks", report, NULL);
		st_analysis_merge(base, chip);
		g_autofree char *body = g_strconcat(moved[i], quote, NULL);
		g_autoptr(StAnalysis) r = analyse(rules, subject, body, NULL);
		if (!r->corrects[ST_CHECK_PLATFORM])
			FAIL("mac host %zu: not read as a correction (%s %s)", i, r->macos_version, r->chip);
		st_analysis_merge(base, r);
		if (g_strcmp0(base->macos_version, "15.4") != 0 || g_strcmp0(base->chip, "Apple M3") != 0)
			FAIL("mac host %zu: %s %s", i, base->macos_version, base->chip);
	}

	/* another Mac named in passing, a mix-up only supposed: the host stays */
	const char *aside[] = {
		"My colleague's Mac mini (macOS 15.4, M3) shows the same, for what it is worth.\n",
		"If I mixed up my machines I will tell you; the iMac has macOS 15.4 and an M3.\n",
		"Don't mix up the hosts: CI is a Mac mini on macOS 15.4 with an M3, not mine.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(aside); i++) {
		g_autoptr(StAnalysis) base = analyse(rules, "Export follows guest symlinks", report, NULL);
		st_analysis_merge(base, chip);
		g_autofree char *body = g_strconcat(aside[i], quote, NULL);
		g_autoptr(StAnalysis) r = analyse(rules, subject, body, NULL);
		if (r->corrects[ST_CHECK_PLATFORM])
			FAIL("mac aside %zu: read as a correction (%s)", i, r->corrects_evidence);
		st_analysis_merge(base, r);
		if (g_strcmp0(base->macos_version, "13.7") != 0 || g_strcmp0(base->chip, "Apple M2") != 0)
			FAIL("mac aside %zu: %s %s", i, base->macos_version, base->chip);
	}
}

/* A follow-up that takes back the report's evidence (the output made by an
 * assistant, the steps never run, the version made up): those items count
 * only where a message shows them anew. */
static void
test_revise_retraction(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *report =
		PROSE "$ msb run --name a -v /:/host alpine -- id\nuid=0(root) gid=0(root)\n\n"
		"$ msb --version\nmsb 0.8.3\nHost: Fedora Linux 41, kernel 6.11.4-301.fc41.x86_64\n";
	g_autoptr(StAnalysis) first = analyse(rules, "Local root through the volume flag", report, NULL);
	g_assert_true(first->check[ST_CHECK_POC]);
	g_assert_true(first->check[ST_CHECK_LOGS]);
	g_assert_true(first->check[ST_CHECK_PLATFORM]);

	/* quoting the whole report: the quote is what it takes back */
	g_autoptr(StAnalysis) back = analyse(rules, "Re: Local root through the volume flag",
		"Please hold off. The transcript below was written by ChatGPT, and the version and\n"
		"kernel lines were made up too. I never ran the exploit.\n\n"
		"> $ msb run --name a -v /:/host alpine -- id\n> uid=0(root) gid=0(root)\n>\n"
		"> $ msb --version\n> msb 0.8.3\n> Host: Fedora Linux 41, kernel 6.11.4-301.fc41.x86_64\n", NULL);
	for (int c = ST_CHECK_POC; c < ST_CHECK_N; c++) {
		g_assert_true(back->retracts[c]);
		g_assert_false(back->check[c]);
	}
	g_assert_null(back->version);
	g_assert_null(back->os);
	g_assert_nonnull(back->retracts_evidence);
	st_analysis_merge(first, back);
	g_assert_true(first->check[ST_CHECK_DESCRIPTION]);
	for (int c = ST_CHECK_POC; c < ST_CHECK_N; c++)
		g_assert_false(first->check[c]);
	g_assert_null(first->version);
	g_assert_null(first->distro);

	/* the output taken back, new output shown: logs again, from the reply */
	g_autoptr(StAnalysis) again = analyse(rules, "Local root through the volume flag", report, NULL);
	g_autoptr(StAnalysis) fresh = analyse(rules, "Re: Local root through the volume flag",
		"Sorry, the output in my first mail was generated by the assistant. Here is what\n"
		"I really get:\n\n$ msb run --name a -v /:/host alpine -- id\nuid=1000(me) gid=1000(me)\n", NULL);
	g_assert_true(fresh->retracts[ST_CHECK_LOGS]);
	g_assert_false(fresh->retracts[ST_CHECK_VERSION]);
	g_assert_true(fresh->check[ST_CHECK_LOGS]);
	st_analysis_merge(again, fresh);
	g_assert_true(again->check[ST_CHECK_LOGS]);
	g_assert_cmpstr(again->version, ==, "0.8.3");

	/* statements that take nothing back */
	const char *plain[] = {
		"None of the output was generated by an AI; I ran every command myself.\n",
		"I haven't run it on 0.8.7 yet, I will tomorrow.\n",
		"I never ran it as root, only as my normal user.\n",
		"I attach the log file from my test (the key inside is fake).\n",
		"The results were what I expected to see: uid=0.\n",
		/* (3239) a relayer who ran none of it, the finder having */
		"I have not run any of it myself (none of us here has had the time), so the details are his.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(plain); i++) {
		g_autoptr(StAnalysis) r = analyse(rules, "Re: Local root through the volume flag", plain[i], NULL);
		for (int c = 0; c < ST_CHECK_N; c++)
			if (r->retracts[c])
				FAIL("retract plain %zu: %s taken back (%s)", i, st_check_names[c],
				     r->retracts_evidence);
	}
}

/* A follow-up that withdraws the report as a whole ("I withdraw my
 * report: it was my mistake"), in the wordings and languages reporters
 * use: it takes back the description with the PoC and logs, describes
 * nothing and gets no class or component though our subject names the
 * finding, and the merged report keeps nothing reported (no class,
 * component or out-of-scope reason, no item "not applicable") but the
 * version and host.  Corrections of a part, questions, refusals and
 * requests to close a report that stands withdraw nothing. */
#define WD_SUBJECT "Re: [SEC-2026-0311] Received: Release tarball on the mirror is not the signed one"
#define WD_QUOTE "\nOn Tue, 3 Nov 2026 security@superrad.company wrote:\n" \
	"> Thank you for your report. We have filed it as SEC-2026-0311.\n"

/* A credit asked for only if the report holds ([credit.conditional]) is
 * taken back by a later withdrawal of the report (1474); an unconditional
 * one, or a condition on publishing, stays, unless the withdrawal says
 * there is nothing to credit ([revise.retract.credit], 2656). */
static const struct {
	const char *request, *withdrawal;
	gboolean kept;
} conditional_credits[] = {
	{ "If this is confirmed, you can credit me as Oskar Lind.", "So it's not a bug after all. Thanks for looking.\n",
	  FALSE },
	{ "Falls sich das bestätigt, nennen Sie mich bitte als Greta Sommer.",
	  "Please disregard my report. It was my mistake: the proxy cached an old file.\n", FALSE },
	{ "Si se confirma, pueden acreditarme como Lucía Pardo.", "Sorry for the noise, this was a false alarm.\n",
	  FALSE },
	{ "Please credit me as Oskar Lind.", "So it's not a bug after all. Thanks for looking.\n", TRUE },
	{ "If you write an advisory, please credit me as Oskar Lind.",
	  "So it's not a bug after all. Thanks for looking.\n", TRUE },
	{ "I confirmed it on two hosts; please credit me as Oskar Lind.",
	  "So it's not a bug after all. Thanks for looking.\n", TRUE },
	/* (#3) a withdrawal that says there is nothing to credit takes an
	 * unconditional request back too (round 223) */
	{ "Please credit me as Oskar Lind.",
	  "Please disregard SEC-2026-0547, it was my config. There is nothing to fix on your side and nothing to credit.\n",
	  FALSE },
};

static void
test_credit_conditional_withdrawn(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(conditional_credits); i++) {
		g_autofree char *body = g_strconcat(PROSE, "\n", conditional_credits[i].request, "\n", NULL);
		g_autoptr(StAnalysis) first = analyse(rules, "Egress policy skips DNS", body, NULL);
		if (!first->credit_found || first->credit_anonymous || first->credit_name == NULL) {
			FAIL("conditional credit %zu: request not read (%s)", i, conditional_credits[i].request);
			continue;
		}
		g_autoptr(StAnalysis) back = analyse(rules, "Re: Egress policy skips DNS",
						     conditional_credits[i].withdrawal, NULL);
		if (!back->retracts[ST_CHECK_DESCRIPTION]) {
			FAIL("conditional credit %zu: withdrawal not read", i);
			continue;
		}
		st_analysis_merge(first, back);
		if (first->credit_found != conditional_credits[i].kept)
			FAIL("conditional credit %zu (%s): credit %s after the withdrawal", i,
			     conditional_credits[i].request, first->credit_found ? "kept" : "dropped");
	}
}

static const char *const withdrawals[] = {
	("Hello,\n\nI have to withdraw my report, sorry. I had downloaded the tarball from a\n"
	 "look-alike mirror and not from your release page.\n"),
	"Hi, I'm retracting the report: my own script rewrote the URL.\n",
	/* (4275) the Dutch imperative, the report's day and a "please" between */
	"Trek mijn melding van donderdagavond (hieronder) alsjeblieft in. Het is geen bug in microsandbox.\n",
	"Please consider my report withdrawn. The checksums match when I fetch it again.\n",
	"I would like to take back my submission, the difference came from my proxy.\n",
	"Please disregard my report. It was my mistake: the proxy cached an old file.\n",
	"Turns out it was user error on my side, please close the ticket.\n",
	"Sorry for the noise, this was a false alarm.\n",
	"So it's not a bug after all. Thanks for looking.\n",
	"Buongiorno, vorrei ritirare la mia segnalazione: avevo scaricato il file sbagliato.\n",
	"Hola, retiro mi reporte, fue culpa mía.\n",
	"Olá, preciso retirar o relatório, foi um erro meu.\n",
	/* (#3, 3960) the report called a "comunicação", with its tracking id */
	"Bom dia,\n\nEscrevo para retirar a comunica\u00e7\u00e3o SEC-2027-0716, que enviei na ter\u00e7a-feira.\n",
	"Bonjour, je retire mon signalement, c'était une fausse alerte.\n",
	"Hallo, ich ziehe meine Meldung hiermit zurück, es war ein Bedienfehler.\n",
	"Hoi, ik trek mijn melding in, het was vals alarm.\n",
	"Dzień dobry, muszę wycofać zgłoszenie, to był mój błąd.\n",
	"Здравствуйте, отзываю свой отчёт, это была моя ошибка.\n",
	"お世話になっております。先日の報告を取り下げます。誤報でした。\n",
	"您好，我想撤回我的报告，是误报。\n",
	"안녕하세요. 제보를 철회합니다. 제 실수였습니다.\n",
	"Merhaba, raporumu geri çekiyorum, yanlış alarmmış.\n",
	/* "not a bug after all" in the Romance languages and German (1474) */
	"Bonjour,\n\nJ'ai revérifié : ce n'était finalement pas une faille, le miroir\n"
	"de notre entreprise servait une vieille archive. Vous pouvez classer l'affaire.\n",
	"Finalement, ce n'est pas un bug : notre proxy réécrivait l'URL.\n",
	"Hola de nuevo: al final no era un fallo, nuestro proxy servía una copia vieja.\n",
	"Ciao, alla fine non è un bug: il proxy aziendale cambiava il file.\n",
	"Oi, afinal não é uma vulnerabilidade, era o cache do nosso proxy.\n",
	"Hallo, es ist also doch kein Bug, unser Proxy hat die Datei ausgetauscht.\n",
	/* a request to close the case because it was no flaw of ours, in
	 * either order (1875) */
	("Bonjour,\n\nVous pouvez fermer mon signalement : ce n'est pas un bug de msb,\n"
	 "c'est le miroir interne de notre société qui servait une vieille archive.\n"),
	"Ce n'était pas une vulnérabilité de microsandbox. Merci de classer le dossier.\n",
	"Hola, pueden cerrar el caso: no era un fallo de microsandbox, sino de nuestro proxy.\n",
	"Ciao, potete chiudere la segnalazione, non era un bug di msb ma del nostro mirror.\n",
	"Olá, podem encerrar o chamado: não era uma falha do microsandbox, era o nosso cache.\n",
	"Hallo, bitte schließen Sie die Meldung, es war keine Lücke in msb, sondern unser Spiegel.\n",
	"Hoi, de melding mag u sluiten: het was geen lek in microsandbox maar onze proxy.\n",
};

static const char *const not_withdrawals[] = {
	/* a correction of a part: the report stands */
	"I retract the part about the signature, the rest of the report holds: the\n"
	"tarball still differs from the one on the release page.\n",
	"I withdraw my second point; the checksum mismatch itself still reproduces.\n",
	/* a question, a refusal */
	"Should I withdraw my report and send it to the mirror operator instead?\n",
	"Please don't close this, the mirror still serves the altered tarball today.\n",
	"I am not withdrawing the report: it still reproduces on a clean machine.\n",
	"I don't think it was a false alarm, the hash differs on three machines.\n",
	"Non ritiro la segnalazione, il problema c'è ancora.\n",
	/* closing a report that stands */
	"The fix works on my side, you can close the ticket. Thanks!\n",
	/* our question, quoted: the reply keeps the report */
	"No, it is real, I checked again with a fresh download.\n\n"
	"On Wed, 4 Nov 2026 security@superrad.company wrote:\n"
	"> Could this have been a false alarm? Should we close the report?\n",
	/* a wrong attachment, not a wrong report */
	"Please ignore my last mail, the right attachment is here. My mistake.\n",
	/* "not a bug" arguing the report, no "after all" (1474's negatives) */
	"Ce n'est pas un bug de configuration : l'archive diffère aussi sur une machine neuve.\n",
	"No es un fallo del proxy, la suma difiere también sin él.\n",
	"Non è un bug del mirror: anche il sito ufficiale serve lo stesso file.\n",
	"Das ist kein Fehler meiner Konfiguration, es passiert auch auf einem frischen System.\n",
	"Je ne dirais pas que ce n'est finalement pas une faille : le hash diffère toujours.\n",
	/* a condition: "if it turns out not to be a bug" (908) */
	"Si al final no es un fallo de seguridad, avisadme y lo abro como issue normal.\n",
	"Se alla fine non è un bug, ditemelo e apro una issue pubblica.\n",
	"Wenn es doch kein Bug ist, sagen Sie Bescheid, dann melde ich es öffentlich.\n",
	/* "not a flaw of msb" without a request to close, or with "do not
	 * close", or about a third party's code or one of two claims (1875's
	 * negatives) */
	"Ce n'est pas une faille de msb lui-même : le greffon tiers monte tout le dossier personnel.\n",
	"Merci de ne pas clore le dossier : ce n'était pas un bug de msb-jupyter mais de msb.\n",
	"No cerrar el caso, por favor: no era un fallo del proxy, la suma difiere sin él.\n",
	("Vous pouvez clore le dossier pour le port : ce n'était pas une faille de msb.\n"
	 "L'autre problème reste valable, l'archive du miroir diffère toujours.\n"),
	"Bitte die Meldung nicht schließen, es war keine Lücke in unserem Proxy.\n",
	/* a correction that keeps the report */
	"Petite correction : ce n'était pas la version 0.8.5 mais 0.8.6, le dossier reste ouvert.\n",
};

static void
test_revise_withdrawal(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *report =
		PROSE "$ curl -sO https://mirror.example/msb-0.8.6.tar.gz\n$ sha256sum msb-0.8.6.tar.gz\n"
		"4b1d0c0ffee  msb-0.8.6.tar.gz\n\nmsb 0.8.6 on Debian 12.\n";

	for (gsize i = 0; i < G_N_ELEMENTS(withdrawals); i++) {
		g_autofree char *body = g_strconcat(withdrawals[i], WD_QUOTE, NULL);
		g_autoptr(StAnalysis) first = analyse(rules, "Release tarball on the mirror is not the signed one",
						      report, NULL);
		st_classify(rules, first->msg, NULL, first);
		g_autoptr(StAnalysis) r = analyse(rules, WD_SUBJECT, body, NULL);
		st_classify(rules, r->msg, NULL, r);
		g_test_message("withdrawal %" G_GSIZE_FORMAT, i);
		if (!r->retracts[ST_CHECK_DESCRIPTION]) {
			FAIL("withdrawal %zu: not read as one", i);
			continue;
		}
		g_assert_false(r->check[ST_CHECK_DESCRIPTION]);
		g_assert_null(r->klass);
		g_assert_null(r->component);
		g_assert_nonnull(first->klass);
		g_assert_nonnull(first->component);
		st_analysis_merge(first, r);
		g_assert_false(first->check[ST_CHECK_DESCRIPTION]);
		g_assert_false(first->check[ST_CHECK_POC]);
		g_assert_false(first->check[ST_CHECK_LOGS]);
		g_assert_null(first->klass);
		g_assert_null(first->component);
		g_assert_cmpuint(first->out_of_scope->len, ==, 0);
		for (int c = 0; c < ST_CHECK_N; c++)
			g_assert_false(first->check_na[c]);
		g_assert_cmpstr(first->version, ==, "0.8.6");
		g_assert_cmpstr(first->distro, ==, "Debian 12");
	}
	for (gsize i = 0; i < G_N_ELEMENTS(not_withdrawals); i++) {
		g_autoptr(StAnalysis) r = analyse(rules, WD_SUBJECT, not_withdrawals[i], NULL);
		if (r->retracts[ST_CHECK_DESCRIPTION])
			FAIL("not a withdrawal %zu: read as one (%s)", i, r->retracts_evidence);
	}
}


/* A withdrawal that says there is nothing to credit, quoting the report
 * with its credit line, asks for no credit itself (4275) */
static void
test_withdrawal_quoting_credit(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *body =
		"Hoi,\n\nTrek mijn melding van donderdagavond (hieronder) alsjeblieft in. Het is geen bug in "
		"microsandbox, het is mijn eigen configuratie.\n\nEen vermelding in een advisory is dus ook niet meer "
		"aan de orde.\n\nGroet,\nJoost\n\nOp do 9 mrt 2028, om 21:40, schreef Joost van der Meulen:\n"
		"> Ik denk dat ik een sandbox-escape heb gevonden.\n>\n"
		"> Voor de credits graag: Joost van der Meulen, https://joostvdm.example\n";
	g_autoptr(StAnalysis) r = analyse(rules, "Re: Sandbox-escape (graag intrekken)", body, NULL);
	g_assert_true(r->retracts[ST_CHECK_DESCRIPTION]);
	g_assert_false(r->credit_found);
	g_assert_null(r->credit_name);
}


int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/extract/quoted-ack", test_quoted_ack);
	g_test_add_func("/extract/reply-headers", test_reply_headers);
	g_test_add_func("/extract/credit-link-attached", test_credit_link_attached);
	g_test_add_func("/extract/credit-relayer-pasted", test_credit_relayer_pasted);
	g_test_add_func("/extract/quote-shared", test_quote_shared);
	g_test_add_func("/extract/reply-subject", test_reply_subject);
	g_test_add_func("/extract/revise-correction", test_revise_correction);
	g_test_add_func("/extract/revise-host-restated", test_revise_host_restated);
	g_test_add_func("/extract/merge-host-finer", test_merge_host_finer);
	g_test_add_func("/extract/merge-later-release", test_merge_later_release);
	g_test_add_func("/extract/revise-mac-host", test_revise_mac_host);
	g_test_add_func("/extract/revise-retraction", test_revise_retraction);
	g_test_add_func("/extract/credit-conditional-withdrawn", test_credit_conditional_withdrawn);
	g_test_add_func("/extract/revise-withdrawal", test_revise_withdrawal);
	g_test_add_func("/extract/withdrawal-quoting-credit", test_withdrawal_quoting_credit);
	return g_test_run();
}
