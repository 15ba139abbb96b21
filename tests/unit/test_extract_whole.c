/* test_extract_whole.c — st_extract on whole messages: attachments, quotes
 * and the subject together, exploitation, hostile input.  With ST_SHARED
 * set, the devset messages are checked field by field too.
 * Split from test_extract.c by area; what the programs share is in
 * extract_helpers.h. */
#include "extract_helpers.h"

/* The whole of st_extract on one message: attachments fill gaps, quoted
 * text counts for facts but not for credit, the subject for exploitation. */
static void
test_extract_whole(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	Att atts[] = {
		{ "env.txt", "text/plain", "$ uname -a\nLinux h 6.8.0-48-generic #48-Ubuntu SMP x86_64 GNU/Linux\n"
					  "PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\n" },
		{ NULL, NULL, NULL, 0 },
	};
	g_autoptr(StAnalysis) a = analyse(rules, "Sandbox escape (exploited in the wild)",
		"Sorry, forgot the version:\n\n  $ msb --version\n  msb 0.6.14\n\n"
		"On Mon, someone wrote:\n> Please credit me as Someone Else.\n> CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n", atts);
	g_assert_cmpstr(a->version, ==, "0.6.14");
	g_assert_true(a->check[ST_CHECK_VERSION]);
	g_assert_cmpstr(a->distro, ==, "Ubuntu 24.04.1 LTS");
	g_assert_cmpstr(a->kernel, ==, "6.8.0-48-generic");
	g_assert_true(a->check[ST_CHECK_PLATFORM]);
	g_assert_false(a->credit_found);
	g_assert_cmpstr(a->cvss_vector, ==, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
	/* (3023) a relayer's pasted words, quoted as they came: the finder's
	 * credit request in them is read */
	g_autoptr(StAnalysis) p = analyse(rules, "security thing",
		"One of our users asked me to pass this on.\n\nPasted as they sent it (three posts):\n\n"
		"> msb exec NAME resolves a prefix over all sandboxes on the box.\n"
		"> if they credit: tomtit (https://toot.example/@tomtit) 3/3\n\nKasimir\n", NULL);
	g_assert_true(p->credit_found);
	g_assert_cmpstr(p->credit_name, ==, "tomtit");
	/* (3136) a moderator who pasted a user's posts unchanged */
	g_autoptr(StAnalysis) m = analyse(rules, "helper runs as root",
		"@ravenpass posted this in #help. I've unlisted that topic and pasted both of their posts here "
		"unchanged.\n\n> the helper is owned by my user and launchd runs it as root.\n>\n"
		"> If this is a real bug and there's a credit list, \"ravenpass\" is fine, no link.\n\nKofi\n", NULL);
	g_assert_true(m->credit_found);
	g_assert_cmpstr(m->credit_name, ==, "ravenpass");
	/* (3411) a forum moderator's mailing-list copy: "Her original post,
	 * in full:" over the quoted post */
	g_autoptr(StAnalysis) o = analyse(rules, "Kernels can see each other's traffic",
		"@msb-security - moving this here from #help. Her original post, in full:\n\n"
		"> All sandboxes on a node sit on the same bridge with no ARP protection.\n>\n"
		"> If this becomes an advisory, please credit Roc\u00edo Ben\u00edtez, https://github.com/rbenitez-dev\n\n"
		"No need to mention Kiln or me anywhere.\n", NULL);
	g_assert_true(o->credit_found);
	g_assert_cmpstr(o->credit_name, ==, "Roc\u00edo Ben\u00edtez");
	/* (3555) a packager quoting a user's mail whole under "mailed me the
	 * report below", his own decline beside it */
	g_autoptr(StAnalysis) pk = analyse(rules, "release run uploads the signing key",
		"One of our users, Ilse Marquardt (Cc'd), mailed me the report below, so I am passing it on.\n\n"
		"No credit for me please, it's her find.\n\nHauke\n\n"
		"Ilse Marquardt <imarquardt@posteo.example> writes:\n\n"
		"> The release run uploads the signing home as an artifact.\n>\n"
		"> If this goes into an advisory, please credit me as Ilse Marquardt,\n"
		"> https://codeberg.org/imarquardt\n", NULL);
	g_assert_true(pk->credit_found);
	g_assert_false(pk->credit_anonymous);
	g_assert_cmpstr(pk->credit_name, ==, "Ilse Marquardt");
	/* (#3, 3508) a colleague's name asked for, then the writer's own
	 * decline in Japanese: the colleague is credited */
	g_autoptr(StAnalysis) ja = analyse(rules, "Re: msb cp follows guest symlinks",
		"\u30af\u30ec\u30b8\u30c3\u30c8\u306b\u3064\u3044\u3066: \u898b\u3064\u3051\u305f\u306e\u306f"
		"\u677e\u5c3e\u306a\u306e\u3067\u3001advisory \u306b\u306f\u300c\u677e\u5c3e \u5065\u592a (Kenta Matsuo)  "
		"https://github.com/kenta-matsuo\u300d\u3068\u8f09\u305b\u3066\u3044\u305f\u3060\u3051\u308b\u3068"
		"\u5b09\u3057\u3044\u3067\u3059\u3002\u79c1\u306e\u540d\u524d\u306f\u8f09\u305b\u306a\u304f\u3066"
		"\u5927\u4e08\u592b\u3067\u3059\u3002\n", NULL);
	g_assert_true(ja->credit_found);
	g_assert_false(ja->credit_anonymous);
	g_assert_cmpstr(ja->credit_name, ==, "\u677e\u5c3e \u5065\u592a (Kenta Matsuo)");
	/* (#3, 3667) a colleague's reply-all: her own decline, and the credit
	 * "as he wrote" in the quoted mail below, his request taken; (3668) a
	 * reporter's "as in the first report" over our quoted answer, which
	 * quotes that report */
	g_autoptr(StAnalysis) dr = analyse(rules, "Re: msb cp checks only the source owner",
		"I reran his steps and attach the journal.\n\nNo need to mention me anywhere, the credit should go "
		"to Marcus as he wrote.\n\nSofia\n\n"
		"On Thu, 28 Jan 2027 at 10:41, Marcus Lindqvist <marcus@nordvik.example> wrote:\n"
		"> msb cp between sandboxes checks only the source owner.\n>\n"
		"> If you publish an advisory, please credit Marcus Lindqvist\n> (https://github.com/mlindqvist).\n", NULL);
	g_assert_true(dr->credit_found);
	g_assert_false(dr->credit_anonymous);
	g_assert_cmpstr(dr->credit_name, ==, "Marcus Lindqvist");
	g_assert_cmpstr(dr->credit_link, ==, "https://github.com/mlindqvist");
	g_autoptr(StAnalysis) df = analyse(rules, "Re: [SEC-2027-0094] Triage: msb-fsd RENAME",
		"Beim Nachtesten ist mir noch etwas aufgefallen: die Metrik zeigt --secret im Klartext.\n\n"
		"Nennung bitte wie beim ersten Bericht.\n\nTobias\n\n"
		"Am 05.02.27 um 11:12 schrieb microsandbox security:\n> Hello Tobias,\n>\n"
		"> We have triaged [SEC-2027-0094] and confirmed it on 0.12.8.\n>\n"
		"> Am 26.01.27 um 14:58 schrieb Rep Orter:\n>> msb-fsd folgt beim RENAME einem Symlink.\n>>\n"
		">> Credit gern als \"Rep Orter\" mit Link https://orter.example\n", NULL);
	g_assert_true(df->credit_found);
	g_assert_cmpstr(df->credit_name, ==, "Rep Orter");
	g_assert_cmpstr(df->credit_link, ==, "https://orter.example");
	/* (3251) a server admin copying a user's direct messages */
	g_autoptr(StAnalysis) d = analyse(rules, "netd learns IPs from any resolver",
		"One of our users asked me to pass this on. I'm copying their direct messages to me as they are.\n\n"
		"> netd adds the IPs of any DNS answer to the sandbox's allow set.\n>\n"
		"> credit: \"nullroute\" with a link to my profile, https://social.example/@nullroute, is fine.\n\n"
		"Hazel\n", NULL);
	g_assert_true(d->credit_found);
	g_assert_cmpstr(d->credit_name, ==, "nullroute");
	/* (3336) a bounty platform's triager: the report quoted as submitted
	 * under its numbered heading, the researcher's wish in it read */
	g_autoptr(StAnalysis) q = analyse(rules, "cloud API key grants itself admin scopes",
		"If you publish an advisory we'd appreciate \"reported via Bountyforge\", but please follow the "
		"researcher's wishes for credit below. Her report is quoted as submitted.\n\n"
		"---- Bountyforge report BF-2026-11873, submitted 2 Dec 2026 by h4rrow ----\n\n"
		"> Title: Any cloud API key can grant itself admin scopes\n>\n> Credit\n"
		"> If the vendor credits reporters: Ilse Marquardt (h4rrow), https://github.com/h4rrow\n\nDara\n", NULL);
	g_assert_true(q->credit_found);
	g_assert_cmpstr(q->credit_name, ==, "Ilse Marquardt (h4rrow)");
	g_assert_true(a->exploited);

	/* (round 304) the sender's own decline beside a colleague's name, in
	 * Russian below the pasted report and in Turkish after it: the
	 * colleague's credit stands */
	g_autoptr(StAnalysis) ru = analyse(rules, "node sdk snapshot cache",
		"\u0415\u0441\u043b\u0438 \u0431\u0443\u0434\u0435\u0442\u0435 \u0443\u043f\u043e\u043c\u0438\u043d"
		"\u0430\u0442\u044c, \u0443\u043a\u0430\u0436\u0438\u0442\u0435 \u043c\u0435\u043d\u044f \u043a\u0430"
		"\u043a \u00ab\u0410\u043b\u0438\u043d\u0430 \u0413\u0443\u0441\u0435\u0432\u0430 (Alina Guseva)\u00bb,\n"
		"https://github.com/aguseva-dev.\n\n----- \u043a\u043e\u043d\u0435\u0446 \u043e\u0442\u0447\u0451\u0442"
		"\u0430 -----\n\n\u041c\u0435\u043d\u044f \u0443\u043f\u043e\u043c\u0438\u043d\u0430\u0442\u044c "
		"\u043d\u0435 \u043d\u0443\u0436\u043d\u043e.\n", NULL);
	g_assert_true(ru->credit_found);
	g_assert_false(ru->credit_anonymous);
	g_assert_cmpstr(ru->credit_name, ==, "\u0410\u043b\u0438\u043d\u0430 \u0413\u0443\u0441\u0435\u0432\u0430 (Alina Guseva)");
	g_autoptr(StAnalysis) tr = analyse(rules, "msbd TCP fallback",
		"Kredi: bulgu Elif Kaya'ya ait. Advisory'de l\u00fctfen Elif Kaya olarak an\u0131n, ba\u011flant\u0131: "
		"https://elifkaya.example. Benim ad\u0131m\u0131n ge\u00e7mesine gerek yok.\n", NULL);
	g_assert_true(tr->credit_found);
	g_assert_false(tr->credit_anonymous);
	g_assert_cmpstr(tr->credit_name, ==, "Elif Kaya");
	/* (3763) "the merit is Marta Iglesias's, who found it; no need to
	 * name me", in Spanish */
	g_autoptr(StAnalysis) es = analyse(rules, "node sdk stream crosses users",
		"Cr\u00e9dito: si public\u00e1is un aviso, el m\u00e9rito es de Marta Iglesias "
		"(https://github.com/marta-iglesias-dev), que fue quien lo encontr\u00f3. A m\u00ed no hace falta "
		"nombrarme.\n", NULL);
	g_assert_true(es->credit_found);
	g_assert_false(es->credit_anonymous);
	g_assert_cmpstr(es->credit_name, ==, "Marta Iglesias");
	g_assert_cmpstr(es->credit_link, ==, "https://github.com/marta-iglesias-dev");

	/* half a platform is reported but does not count */
	g_autoptr(StAnalysis) b = analyse(rules, NULL, "Kernel 6.8.0-48-generic, that is all.\nPlease credit me.", NULL);
	g_assert_cmpstr(b->kernel, ==, "6.8.0-48-generic");
	g_assert_false(b->check[ST_CHECK_PLATFORM]);
	g_assert_true(b->credit_found);
	g_assert_cmpstr(b->credit_name, ==, "Rep Orter");  /* from the From header */
}

/* (#3) A request that gives no name takes the From header's display name
 * only when it names someone: a single letter or an initial is none, and
 * the closing under the request is no name either ("Best regards"; nor
 * "Cheers Noor", its line joined to the next) */
static void
test_extract_display_name(void)
{
	static const struct {
		const char *from, *body, *name;
	} cases[] = {
		{ "N", "The agent leaks the token.\n\nPlease credit me.\n\nThanks,\nNoor\n", NULL },
		{ "N.", "The agent leaks the token.\n\nPlease credit me.\n", NULL },
		{ "Noor Haddad", "The agent leaks the token.\n\nPlease credit me.\n", "Noor Haddad" },
		{ "Li", "The agent leaks the token.\n\nPlease credit me.\n", "Li" },
		{ "N", "The agent leaks the token. If this gets an advisory, credit me\nKind regards,\nNoor\n", "Noor" },
		{ "N", "The agent leaks the token. If this gets an advisory, credit me\nCheers\nNoor\n", NULL },
	};
	g_autoptr(StRules) rules = tu_repo_rules();
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *text = g_strdup_printf("From: %s <nh@example.org>\nTo: security@superrad.company\n"
							"Subject: token\nMessage-ID: <d%zu@example.org>\n"
							"Content-Type: text/plain; charset=utf-8\n\n%s",
							cases[i].from, i, cases[i].body);
		g_autoptr(StAnalysis) a = tu_analysis_of(text);
		st_extract(rules, a->msg, NULL, a);
		if (!a->credit_found || g_strcmp0(a->credit_name, cases[i].name) != 0)
			g_test_message("case %zu: found %d name %s", i, a->credit_found, a->credit_name);
		g_assert_true(a->credit_found);
		g_assert_cmpstr(a->credit_name, ==, cases[i].name);
	}
}

static const struct {
	const char *subject, *body;
	gboolean exploited;
} exploits[] = {
	{ "Sandbox escape (exploited in the wild)", "details below", TRUE },
	{ NULL, "This is being actively exploited against our customers.", TRUE },
	{ NULL, "Because we found it being used against us, please treat this as exploited in the wild.", TRUE },
	{ NULL, "We have seen active exploitation since Monday.", TRUE },
	{ NULL, "Attackers are actively exploiting this against CI hosts.", TRUE },
	{ NULL, "Our SOC observed this in the wild last week.", TRUE },
	{ NULL, "I am not aware of any exploitation in the wild.", FALSE },
	{ NULL, "There is no evidence this has been exploited in the wild.", FALSE },
	{ NULL, "If a vulnerability is being actively exploited in the wild, we'll prioritize the fix.", FALSE },
	{ NULL, "I don't think it is exploited in the wild yet.", FALSE },
	{ NULL, "The bug could be exploited by any guest.", FALSE },
	/* round 36: the writer's organisation under attack now */
	{ NULL, "We believe someone is actively abusing a flaw in the cloud against our organisation right now.", TRUE },
	{ "URGENT: revoked key still accepted, being used against us", "details below", TRUE },
	{ NULL, "A guest could be using it against us if the key leaked.", FALSE },
	/* (round 303) someone using it now, in plain words */
	{ NULL, "now our audit log shows sandboxes we never made. so somebody is actively using this, its not just me "
	  "theorizing.", TRUE },
	{ NULL, "Nobody is actively using this yet as far as I know.", FALSE },
	{ NULL, "Could this key be used against us if it leaked?", FALSE },
	/* a question is no claim; a claim next to a question still counts */
	{ NULL, "2. Are you aware of any vulnerabilities in agent sandboxes being exploited\n   in the wild?", FALSE },
	{ NULL, "Is this being exploited anywhere that you know of?", FALSE },
	{ NULL, "This is being actively exploited against our customers. Can you patch it today?", TRUE },
};

static void
test_exploited(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(exploits); i++) {
		g_autoptr(StAnalysis) a = analyse(rules, exploits[i].subject, exploits[i].body, NULL);
		if (a->exploited != exploits[i].exploited)
			FAIL("exploited case %zu: got %d", i, a->exploited);
		if (a->exploited)
			g_assert_nonnull(a->exploited_evidence);
	}
}

/* Hostile text: long lines, many lines, NUL-free binary-ish noise: bounded
 * time, no crash. */
static void
test_hostile(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(GString) big = g_string_new(NULL);

	for (int i = 0; i < 20000; i++)
		g_string_append(big, "  $ msb run x -- sh -c 'a' \\\n");
	g_string_append_c(big, '\n');
	for (int i = 0; i < 200000; i++)
		g_string_append_c(big, "ab 1.2.3 msb\t"[i % 13]);
	g_string_append_c(big, '\n');
	for (int i = 0; i < 10000; i++)  /* thousands of vetoed candidates */
		g_string_append(big, "We could not reproduce on Fedora 40, kernel 6.8. ");
	g_string_append_c(big, '\n');
	for (int i = 0; i < 50000; i++)
		g_string_append(big, "msb ");
	gint64 t0 = g_get_monotonic_time();
	g_autoptr(StAnalysis) a = analyse(rules, NULL, big->str, NULL);
	g_assert_cmpint(g_get_monotonic_time() - t0, <, 10 * G_USEC_PER_SEC);
	g_assert_true(a->check[ST_CHECK_POC]);
}

/* Every devset message: the extract fields agree with its label. */
static void
test_devset(void)
{
	const char *shared = g_getenv("ST_SHARED");
	if (shared == NULL) {
		g_test_skip("ST_SHARED not set");
		return;
	}
	g_autofree char *ldir = g_build_filename(shared, "devset", "labels", NULL);
	g_autoptr(GDir) d = g_dir_open(ldir, 0, NULL);
	if (d == NULL) {
		g_test_skip("no devset");
		return;
	}
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = st_config_default();
	const char *n;
	guint files = 0, bad = 0;

	while ((n = g_dir_read_name(d)) != NULL) {
		if (!g_str_has_suffix(n, ".json"))
			continue;
		g_autofree char *lpath = g_build_filename(ldir, n, NULL);
		g_autoptr(JsonParser) jp = json_parser_new();
		g_assert_true(json_parser_load_from_file(jp, lpath, NULL));
		JsonObject *lab = json_node_get_object(json_parser_get_root(jp));
		if (!json_object_get_boolean_member(lab, "should_ack"))
			continue;
		g_autofree char *base = g_strndup(n, strlen(n) - 5);
		g_autofree char *mname = g_strconcat(base, ".eml", NULL);
		g_autofree char *mpath = g_build_filename(shared, "devset", "mail", mname, NULL);
		StMessage *msg = st_message_parse_file(mpath, cfg, NULL);
		g_assert_nonnull(msg);
		g_autoptr(StAnalysis) a = st_analysis_new();
		a->msg = msg;
		st_extract(rules, msg, NULL, a);
		files++;

		const char *want_v = json_object_get_null_member(lab, "version") ? NULL
			: json_object_get_string_member(lab, "version");
		if (g_strcmp0(want_v, a->version)) {
			g_test_message("%s: version %s want %s", base, a->version, want_v);
			bad++;
		}
		JsonObject *p = json_object_get_object_member(lab, "platform");
		const char *keys[] = { "os", "distro", "kernel", "macos_version", "chip" };
		const char *got[] = { a->os, a->distro, a->kernel, a->macos_version, a->chip };
		for (int k = 0; k < 5; k++) {
			const char *w = json_object_get_null_member(p, keys[k]) ? NULL
				: json_object_get_string_member(p, keys[k]);
			if ((w == NULL) != (got[k] == NULL) ||
			    (w && g_ascii_strcasecmp(w, got[k]) != 0)) {
				g_test_message("%s: %s %s want %s", base, keys[k], got[k], w);
				bad++;
			}
		}
		const char *items[] = { "has_description_impact", "has_poc", "has_logs" };
		StCheck c[] = { ST_CHECK_DESCRIPTION, ST_CHECK_POC, ST_CHECK_LOGS };
		for (int k = 0; k < 3; k++)
			if (json_object_get_boolean_member(lab, items[k]) != a->check[c[k]]) {
				g_test_message("%s: %s wrong", base, items[k]);
				bad++;
			}
		if (json_object_get_boolean_member(lab, "exploited_in_wild") != a->exploited) {
			g_test_message("%s: exploited wrong", base);
			bad++;
		}
		JsonNode *cr = json_object_get_member(lab, "credit");
		gboolean want_found = !JSON_NODE_HOLDS_NULL(cr);
		gboolean want_anon = JSON_NODE_HOLDS_VALUE(cr);
		if (want_found != a->credit_found || want_anon != a->credit_anonymous) {
			g_test_message("%s: credit found/anonymous wrong", base);
			bad++;
		} else if (JSON_NODE_HOLDS_OBJECT(cr)) {
			JsonObject *co = json_node_get_object(cr);
			const char *wl = json_object_get_null_member(co, "link") ? NULL
				: json_object_get_string_member(co, "link");
			if (g_strcmp0(json_object_get_string_member(co, "name"), a->credit_name) ||
			    g_strcmp0(wl, a->credit_link)) {
				g_test_message("%s: credit %s %s", base, a->credit_name, a->credit_link);
				bad++;
			}
		}
	}
	g_test_message("%u devset messages, %u wrong fields", files, bad);
	g_assert_cmpuint(files, >, 0);
	g_assert_cmpuint(bad, ==, 0);
}


int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/extract/whole", test_extract_whole);
	g_test_add_func("/extract/display-name", test_extract_display_name);
	g_test_add_func("/extract/exploited", test_exploited);
	g_test_add_func("/extract/hostile", test_hostile);
	g_test_add_func("/extract/devset", test_devset);
	return g_test_run();
}
