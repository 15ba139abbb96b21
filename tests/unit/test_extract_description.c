/* test_extract_description.c — a report told in plain words, by phone, in
 * the Subject; mails that report nothing, imagined or denied output; an HTML
 * report's <pre> as a PoC.
 * Split from test_extract.c by area; what the programs share is in
 * extract_helpers.h. */
#include "extract_helpers.h"

/* Issue #3: an HTML-only report's <pre> after its prose is a block, as a
 * plain-text writer's indented or fenced lines are: the commands in it
 * are a reproduction; a <pre> quoting a sentence is none. */
static const struct {
	const char *html;
	int poc;
} html_pocs[] = {
	{ "<div>The published npm tarball ships a postinstall hook that fetches an unsigned binary over "
	  "plain HTTP, so anyone on the path can run code on every machine that installs it.</div>"
	  "<div><b>To verify</b></div>"
	  "<pre>mkdir -p /tmp/lab &amp;&amp; cd /tmp/lab\nnpm pack microsandbox@0.10.1\n"
	  "tar -xzf microsandbox-0.10.1.tgz\ngrep -rn postinstall package/</pre>"
	  "<div>Thanks</div>", 1 },
	{ "<div>The published npm tarball ships a postinstall hook that fetches an unsigned binary over "
	  "plain HTTP, so anyone on the path can run code on every machine that installs it.</div>"
	  "<div>The docs say:</div><pre>The installer always checks the signature of what it downloads.</pre>"
	  "<div>Thanks</div>", 0 },
	/* issue #3: steps laid out in a table (number | action | result),
	 * under a heading or under a header row naming the columns, are a
	 * reproduction; a numbered table of versions is none */
#define STEP_ROW(n, act, res) "<tr><td><p>" n "</p></td><td><p>" act "</p></td><td><p>" res "</p></td></tr>"
	{ "<p>The Node SDK copies the host's SSH agent socket into every sandbox, so guest code can sign "
	  "as the developer on any server they can reach.</p><p>How to reproduce:</p><table>"
	  STEP_ROW("1", "npm install microsandbox@0.9.2", "-")
	  STEP_ROW("2", "await Sandbox.create({image: 'alpine'})", "started")
	  STEP_ROW("3", "ls -l /run/host-ssh-agent.sock inside the guest", "the socket is there")
	  "</table><p>Thanks</p>", 1 },
	{ "<p>The Node SDK copies the host's SSH agent socket into every sandbox, so guest code can sign "
	  "as the developer on any server they can reach.</p><table>"
	  "<tr><th>Step</th><th>Action</th><th>Result</th></tr>"
	  STEP_ROW("1", "npm install microsandbox@0.9.2", "-")
	  STEP_ROW("2", "await Sandbox.create({image: 'alpine'})", "started")
	  STEP_ROW("3", "ls -l /run/host-ssh-agent.sock inside the guest", "the socket is there")
	  "</table><p>Thanks</p>", 1 },
	{ "<p>The Node SDK copies the host's SSH agent socket into every sandbox, so guest code can sign "
	  "as the developer on any server they can reach.</p><p>Versions we run:</p><table>"
	  "<tr><th>#</th><th>Version</th><th>Status</th></tr>"
	  STEP_ROW("1", "0.9.2", "affected") STEP_ROW("2", "0.9.1", "affected")
	  STEP_ROW("3", "0.8.7", "not tested") "</table><p>Thanks</p>", 0 },
};

static void
test_html_pre_poc(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(html_pocs); i++) {
		g_autofree char *raw = g_strdup_printf(
			"From: Rep Orter <rep@example.org>\nTo: security@superrad.company\n"
			"Subject: postinstall fetches over http\nMessage-ID: <h%zu@example.org>\n"
			"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"
			"Content-Transfer-Encoding: 8bit\n\n<html><body>%s</body></html>\n",
			i, html_pocs[i].html);
		g_autoptr(StAnalysis) a = st_analysis_new();
		a->msg = tu_parse(raw);
		st_extract(rules, a->msg, NULL, a);
		if (a->check[ST_CHECK_POC] != html_pocs[i].poc)
			FAIL("html pre case %zu: poc %d", i, a->check[ST_CHECK_POC]);
	}
}

/* A report told in plain words beside its evidence ([description]
 * evidence_sentences): what happened, in sentences no phrase list knows,
 * with the commands and what they printed.  One or two lines around a
 * script, questions, and prose without a PoC or logs are not. */
#define TOLD "Hi,\n\nWe run a small tutoring service and give every pupil a sandbox of " \
	"their own. Last week a pupil told me that her essay had turned up in the " \
	"sandbox of the boy who sits next to her. I tried it again with two test pupils " \
	"from our club and it happened again, even after the first sandbox was stopped " \
	"and removed. We told the parents that the work of each child stays with that " \
	"child and is not shared.\n\n"
#define TOLD_CMDS "  $ msb run --name p1 python -- sh -c 'echo essay > /work/essay.txt'\n" \
	"  $ msb rm p1\n  $ msb run --name p2 python -- cat /work/essay.txt\n  essay\n"

static const struct {
	const char *body;
	int description;
	gboolean by_structure;  /* the evidence must be this mechanism's */
} told[] = {
	/* (1837) a secret that lands in a log service many people read is what
	 * the flaw costs, in English and German; a retry counter landing there
	 * is no impact */
	{ "Hello,\n\nWhen the Python client retries a request it copies the full retry details to the "
	  "standard logger, and it does not mask anything. Our bearer token therefore lands in Sentry "
	  "with every retry, and forty people in support browse those events daily.\n", 1, FALSE },
	{ "Hello,\n\nWhen the Python client retries a request it copies the full retry details to the "
	  "standard logger, and it does not mask anything. Our retry counter therefore lands in Sentry "
	  "with every retry, and forty people in support browse those events daily.\n", 0, FALSE },
	{ "Hallo,\n\nwir haben ein Problem mit dem Node-Client gefunden: bei jedem fehlgeschlagenen "
	  "Aufruf schreibt er die kompletten Header in die Fehlermeldung. Der API-Schl\xc3\xbcssel landet "
	  "dadurch in Datadog, wo sechzig Leute aus dem Support mitlesen.\n", 1, FALSE },
	{ TOLD TOLD_CMDS, 1, TRUE },
	/* one line and the commands */
	{ "Hi,\n\nSee below, it happened again.\n\n" TOLD_CMDS, 0, FALSE },
	/* a script and its output with two sentences around it (devset 12) */
	{ "Run this on 0.8.4, it prints the file of the first pupil from the second.\n\n" TOLD_CMDS
	  "\nTested on Debian 12 with the latest release from the website.\n", 0, FALSE },
	/* questions, not a telling of what happened */
	{ "Hi,\n\nIs it normal that a file from one sandbox is still there in the next one? "
	  "Should I remove it by hand before every new pupil starts? Or is there an option "
	  "for that which I have missed somewhere? Would a new name for every sandbox help "
	  "with that at all?\n\n" TOLD_CMDS, 0, FALSE },
	/* prose without a PoC or logs: an invitation, not a report */
	{ "Hello,\n\nWe are organising a small workshop on running untrusted code in the "
	  "classroom next spring. Several teachers in our network use your tool with their pupils "
	  "every week. We would be glad if someone from your team could give a short talk there. "
	  "The workshop takes place at the town library and lasts one afternoon. Travel costs "
	  "would of course be covered by the school board.\n", 0, FALSE },
};

static void
test_description_told(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	g_assert_cmpint(st_rules_get_int(rules, "description", "evidence_sentences", 0), >, 0);
	for (gsize i = 0; i < G_N_ELEMENTS(told); i++) {
		g_autoptr(StAnalysis) a = analyse(rules, NULL, told[i].body, NULL);
		const char *ev = a->check_evidence[ST_CHECK_DESCRIPTION];
		if (a->check[ST_CHECK_DESCRIPTION] != told[i].description)
			FAIL("told case %zu: description %d (evidence %s)", i,
			     a->check[ST_CHECK_DESCRIPTION], ev ? ev : "none");
		if (told[i].by_structure && (ev == NULL || strstr(ev, "beside a PoC or logs") == NULL))
			FAIL("told case %zu: described by %s, not by its structure", i, ev ? ev : "nothing");
	}
}

/* Short but complete reports written on a phone ([description]
 * unwrap_short, issue #3): the mail app hard-wraps every sentence at 25-40
 * characters, and a line that goes on in lower case is the same sentence,
 * not a fragment ended at its line end.  What the flaw is and what it lets
 * an attacker do, in two or three short sentences, is a description; a
 * plea to call, "see attachment" and a few polite lines beside a command
 * are not. */
static const struct {
	const char *subject, *body;
	gboolean description;
} phone_desc[] = {
	/* (#3, 4068) one lower-case sentence beside a scanner's output:
	 * credentials that can end up at whatever host say what is wrong and
	 * what leaks */
	{ "fyi: cargo audit @ v0.13.1",
	  "fyi, cargo audit on the v0.13.1 tag flags the oci client msb pull uses: registry credentials can end up at "
	  "whatever host a registry redirects a blob request to. fixed upstream in 0.9.4.\n\n$ cargo audit\n"
	  "Crate:     ocidist-lite\nVersion:   0.9.3\nSolution:  Upgrade to >=0.9.4\n", TRUE },
	/* (#3, 3965) someone else's snapshot reached, in plain English words:
	 * "whoever's", "anyone's" */
	{ "msb snapshot restore bug",
	  "Short version: on our shared build server every dev has their own linux user and their own sandboxes. "
	  "`msb snapshot restore` accepts a short id prefix (like git does) but it looks the prefix up across ALL "
	  "users' snapshots, not just yours. So if you type a few hex chars you get whoever's snapshot matches "
	  "first, with their files and env inside. Kat restored one of Rhea's snapshots by accident and it had "
	  "Rhea's .env with our staging DB password and an AWS key in it.\n", TRUE },
	/* (#3, 4279) one sentence with the command in a code span inside
	 * it, going on after it: the writer's sentence, which describes,
	 * and its command still the reproduction */
	{ "--net-default deny lets UDP through",
	  "0.13.9 on fedora 42: `msb run --net-default deny alpine -- nc -u -w1 198.51.100.7 53` reaches the "
	  "listener on 198.51.100.7 and tcpdump shows the datagrams, so UDP ignores the egress policy and any "
	  "sandbox can tunnel data out through it.\nno credit needed.\n", TRUE },
	/* one sandbox reaches another's files, wrapped across five lines */
	{ "Guest reaches other sandbox", "hey\n\ntried this on our lab\nbox. a program in one\n"
	  "sandbox can open the\nshared files of another\nsandbox next to it.\nso one customer reads\n"
	  "the uploads of the next.\n\n$ msb exec s1 -- cat /mnt/peer/upload.csv\nname,iban\n"
	  "bob,NL00TEST0000000000\n\nSent from my Pixel\n", TRUE },
	/* "any local account ... can copy our keys", a sentence over three lines */
	{ "tokens in cache", "hi\n\nmsb keeps the api key\nof each sandbox in a\ncache file that is 0644.\n"
	  "any local account on\nthe same machine can\ncopy our keys from it.\n\n"
	  "$ ls -l ~/.cache/msb/keys.db\n-rw-r--r-- 1 ana ana 812 keys.db\n\nSent from my iPhone\n", TRUE },
	/* French, wrapped the same way */
	{ "Fuite", "salut\n\nle sandbox peut lire\nles fichiers de l'h\xc3\xb4te\nvia le montage partag\xc3\xa9.\n"
	  "un attaquant obtient\nainsi acc\xc3\xa8s \xc3\xa0 ~/.ssh.\n\n"
	  "$ msb exec a -- cat /host/.ssh/id_ed25519\n-----BEGIN OPENSSH PRIVATE KEY-----\n\n"
	  "Envoy\xc3\xa9 de mon iPhone\n", TRUE },
	/* (#3) chat's unpunctuated paragraphs, a line that opens with "msb
	 * run" as its subject ("msb run puts the host's login ..."), a
	 * paragraph holding a command in a code span, and what someone's code
	 * then runs as (round 217) */
	{ "msb run hands my registry login to every guest",
	  "msb run puts the host's registry login into the guest env as MSB_REGISTRY_AUTH. every guest, every image. "
	  "so any code in any sandbox can read my ghcr token\n\n"
	  "pat@mba ~ % msb run --rm alpine:3.20 -- printenv MSB_REGISTRY_AUTH\neyJnaGNyLmlvIjoicGF0In0=\n\nno credit thx\n", TRUE },
	{ "deleted sandbox's snapshot comes back",
	  "system mode: `msb rm` leaves the auto snapshot behind and the next `msb run --name <same name>` restores it, "
	  "no matter who runs it. so if i delete \"ci\" and theo later makes his own \"ci\" he gets my old disk. "
	  "we literally all call our sandboxes ci lol\n\n[rosa@nixbox:~]$ sudo -u theo msb run --rm --name ci alpine -- cat /root/.token\n"
	  "tok_rosa_dummy0000\n", TRUE },
	{ "windows: plugins dir writable by Users",
	  "msb on windows: the plugins dir is Modify for BUILTIN\\Users and msb-hostd loads every dll in there when it "
	  "starts. so any local user drops a dll and after the next reboot its code runs as SYSTEM.\n\n"
	  "PS C:\\> icacls C:\\ProgramData\\microsandbox\\plugins\nBUILTIN\\Users:(OI)(CI)(M)\n", TRUE },
	/* (round 303) the key sent to a URL a planted file names, texted
	 * from a phone */
	{ NULL, "the microsandbox python sdk reads a .msbrc from whatever folder you run your script in, and if that "
	  "file has a server_url line it sends our MSB_API_KEY as the bearer header to that url instead of your cloud "
	  "api. no warning.\n\nscreenshot of the audit log is attached.\n", TRUE },
	{ "sdk config", "the python sdk sends the api key as the bearer header to the server url from the config. "
	  "it is what the docs say and it works fine here.\n", FALSE },
	{ "msb run question", "msb run takes the image's entrypoint. it's what the docs say and it works fine here\n\n"
	  "$ msb run alpine -- id\nuid=0(root) gid=0(root)\n", FALSE },
	/* what must not change: no flaw told, however it is wrapped */
	{ "security", "hi\n\nthere is a security bug\nin msb, please call me\nat your earliest\n"
	  "convenience.\n\nSent from my iPhone\n", FALSE },
	{ "report", "see attachment\n\nSent from my Galaxy\n", FALSE },
	{ "Details", "Hello team\nPlease find the steps\nbelow and let me know\nwhat you think about\n"
	  "this when you have\ntime to look.\n\n$ msb run alpine -- id\nuid=0(root) gid=0(root)\n\n"
	  "Sent from my iPhone\n", FALSE },
};

/* ... and the prose they are read from: a short line that goes on in lower
 * case is joined to the next; a heading, a line ended by a full stop or a
 * colon, and a line followed by a capital or a list item are not. */
static const struct {
	const char *body, *prose;
} phone_prose[] = {
	{ "from one sandbox I can\nrun commands in\nanother one.\n",
	  "from one sandbox I can run commands in another one.\n" },
	{ "Summary\nThe guest can write\nhost files.\n", "Summary\nThe guest can write host files.\n" },
	{ "It happened twice.\nthen it stopped.\n", "It happened twice.\nthen it stopped.\n" },
	{ "Steps:\nrun the script\n", "Steps:\nrun the script\n" },
	{ "the guest can\n\nwrite files\n", "the guest can\nwrite files\n" },
};

static void
test_description_phone(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	g_assert_cmpint(st_rules_get_int(rules, "description", "unwrap_short", 0), >, 0);
	for (gsize i = 0; i < G_N_ELEMENTS(phone_desc); i++) {
		g_autoptr(StAnalysis) a = analyse(rules, phone_desc[i].subject, phone_desc[i].body, NULL);
		const char *ev = a->check_evidence[ST_CHECK_DESCRIPTION];
		if (a->check[ST_CHECK_DESCRIPTION] != phone_desc[i].description)
			FAIL("phone case %zu: description %d (evidence %s)", i,
			     a->check[ST_CHECK_DESCRIPTION], ev ? ev : "none");
	}
	for (gsize i = 0; i < G_N_ELEMENTS(phone_prose); i++) {
		g_autofree char *text = g_strdup(phone_prose[i].body);
		Lines ls;
		gsize body_at = 0;
		st_x_lines_init(&ls, rules, text);
		g_autofree char *prose = st_x_description_prose(&ls, "", &body_at, NULL);
		st_x_lines_clear(&ls);
		if (strcmp(prose + body_at, phone_prose[i].prose) != 0)
			FAIL("phone prose case %zu: got \"%s\"", i, prose + body_at);
	}
}

/* [description] subject_with_evidence: a body that is only a link to the
 * reproduction under a subject saying what is wrong and what it exposes is
 * described by its subject; a subject of only a version, a subject over no
 * PoC or logs, a body with prose of its own and a reply's subject are not. */
static const struct {
	const char *subject;
	const char *body;
	const char *in_reply_to;   /* NULL: a new mail */
	gboolean description;
} subject_desc[] = {
	/* (4579) "any msb group user": who can do it, in a few words */
	{ "msbd opens `msb run --log-file` as root: any msb group user -> root",
	  "https://gist.example/kw/5d7e21c0\n(repro script in there)\n", NULL, TRUE },
	{ "node sdk leaks the API key to code running in the sandbox",
	  "https://gist.example/kw/5d7e21c0\n(repro script in there, run it with your key set)\n", NULL, TRUE },
	{ "msb 0.8.4",
	  "https://gist.example/kw/5d7e21c0\n(repro script in there, run it with your key set)\n", NULL, FALSE },
	{ "node sdk leaks the API key to code running in the sandbox", "see the subject, thanks\n", NULL, FALSE },
	{ "Re: node sdk leaks the API key to code running in the sandbox",
	  "https://gist.example/kw/5d7e21c0\n(repro script in there, run it with your key set)\n",
	  "ack-1@superrad.company", FALSE },
};

static void
test_description_subject(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(subject_desc); i++) {
		g_autofree char *mail = g_strdup_printf(
			"From: r@example.org\nTo: security@superrad.company\nSubject: %s\n%s%s%s"
			"Content-Type: text/plain; charset=utf-8\n\n%s", subject_desc[i].subject,
			subject_desc[i].in_reply_to ? "In-Reply-To: <" : "",
			subject_desc[i].in_reply_to ? subject_desc[i].in_reply_to : "",
			subject_desc[i].in_reply_to ? ">\n" : "", subject_desc[i].body);
		g_autoptr(StAnalysis) a = tu_analysis_of(mail);
		st_extract(rules, a->msg, NULL, a);
		if (a->check[ST_CHECK_DESCRIPTION] != subject_desc[i].description)
			FAIL("subject case %zu (%s): description %d (evidence %s)", i,
			     subject_desc[i].subject, a->check[ST_CHECK_DESCRIPTION],
			     a->check_evidence[ST_CHECK_DESCRIPTION] ? a->check_evidence[ST_CHECK_DESCRIPTION] : "none");
	}
}

/* A mail that reports nothing of the writer's own (extract_nonreport.c
 * reports_nothing, [nonreport.*]): a question about safety, an invitation,
 * a stranger's claim retold.  It has no description, and classify.c gives
 * it no component; a short report in plain words without a PoC keeps both,
 * as does a concern the writer works out in their own words. */
static const struct {
	const char *subject;
	const char *body;
	gboolean nothing;       /* flagged "reports-nothing" */
	int description;        /* -1: do not care */
} nothing_cases[] = {
	/* (#3) the writer forwards their own untested report: the forwarded
	 * mail's Subject: ends in "?" but asks us nothing (fwd variant, 101);
	 * a question of the writer's own above it still asks */
	{ "Fwd: --net none and ipv6 link-local?",
	  "Forwarding my report, I sent it to the wrong address first.\n\n---------- Forwarded message ---------\n"
	  "From: t.k. <tk@example.org>\nDate: Mon, 2 Feb 2026 at 09:14\nSubject: --net none and ipv6 link-local?\n"
	  "To: <secteam@other.example>\n\nhey,\n\nreading the netd code on 0.7.0-rc.2 it looks like --net none only "
	  "removes the ipv4 route but leaves the guest's fe80:: address up, so a guest could probably still talk to "
	  "anything on the host that listens on :: over link-local. didn't try it, might be wrong.\n", FALSE, 1 },
	/* (#3) a flaw read in the source on a flight, every claim hedged
	 * and the last one a question: a report all the same; "from
	 * reading the code of conduct" reads no code (round 237) */
	{ "msb-fsd setxattr",
	  "Hi, this is from reading code in the GitHub app on my iPad on a flight, I haven't run anything, so it "
	  "may be nothing.\n\nIn msb-fsd do_setxattr() only refuses names starting with \"trusted.\". If that's "
	  "right, root in a guest could put cap_setuid+ep on a binary in a shared volume, i.e. a way out of the "
	  "VM to host root?\n", FALSE, 1 },
	{ "a question",
	  "Hi, from reading the code of conduct I wonder: is it safe to run msb on the lab machines?\n", TRUE, 0 },
	/* (round 251) "i was reading msb-vmm", and an attack worked out
	 * under a doubled question mark: a report */
	{ "balloon inflate pfn unchecked?",
	  "hi, this is prob nothing but i was reading msb-vmm on the github app on the bus and the balloon inflate "
	  "handler does madvise on guest_mem_base + (pfn << 12) with no check that the pfn is inside guest ram. so a "
	  "malicious guest kernel could maybe zap pages of the vmm's own heap?? havent tried anything\n", FALSE, 1 },
	/* (#3) a pasted chat that works out what it would mean (round 241) */
	{ "cloud api keys",
	  "[22:41] quarkfox: ok this might be nothing but your cloud api keys are ULIDs, the first 10 chars are "
	  "the creation time\n[22:43] quarkfox: which would mean you could take over other orgs' keys = full "
	  "control of their sandboxes\n[22:44] quarkfox: I haven't tried guessing any. is that expected?\n", FALSE, 1 },
	{ "Fwd: is msb safe for students?",
	  "Is it safe to give students msb on the lab machines?\n\n---------- Forwarded message ---------\n"
	  "From: Dean <dean@example.org>\nSubject: msb for the lab?\n\nCan we use microsandbox in the lab?\n",
	  TRUE, 0 },
	/* (#3) the PoC only promised for when we answer the writer's
	 * questions shows nothing yet; a PoC named as sent shows one */
	{ "A question before I send my finding",
	  "Hello,\n\nI am a student and I think there is a problem in the volume feature, maybe "
	  "serious. Before sending details I have two questions: do you pay a bounty, and may I "
	  "publish it in my thesis?\n\nPlease reply first, then we will send the full write-up "
	  "and our PoC.\n\nThanks,\nJi-ho\n", TRUE, 0 },
	{ "A question about my finding",
	  "Hello,\n\nI am a student and I think there is a problem in the volume feature, maybe "
	  "serious. The PoC is in the gist I shared with your team last week. Do you pay a "
	  "bounty?\n\nThanks,\nJi-ho\n", FALSE, -1 },
	/* the writer says in Japanese that it is no vulnerability report, in
	 * the honorific form too ("脆弱性のご報告ではございません", 1453); a
	 * Japanese report that says it is more than a bug report is one */
	{ "【ご相談】導入前の確認事項について",
	  "microsandbox ご担当者様\n\n弊社では社内の開発環境への導入を検討しております。"
	  "なお、本メールは脆弱性のご報告ではございません。"
	  "ISO 27001 の取得状況とサポート窓口をご教示いただけますでしょうか。\n\nよろしくお願いいたします。\n", TRUE, 0 },
	{ "【確認】SDK の利用規約について",
	  "お世話になっております。セキュリティ上の問題のご連絡ではありませんが、"
	  "クラウド版の利用規約についてお伺いしたく、こちらにご連絡いたしました。\n", TRUE, 0 },
	{ "ゲストからホストのファイルが読めます",
	  "お世話になっております。本件は単なる不具合の報告ではなく、脆弱性のご報告です。"
	  "ゲスト内の root から共有ディレクトリ経由でホストの /etc/shadow を読めました。\n", FALSE, -1 },
	{ "Question about using your sandbox at our school",
	  "Hello,\n\nI teach an after-school robotics group for teenagers, and another teacher told "
	  "me that microsandbox lets untrusted programs run without touching the host machine. "
	  "Is it suitable for pupils of that age, and is there any setting we must change so "
	  "nobody can damage the school computers?\n\nBest regards,\nMara\n", TRUE, 0 },
	{ "Invitation: security evening in Lisbon",
	  "Dear team,\n\nWe would like to invite someone from your project to speak at our next "
	  "security evening about sandboxes, virtual machines and running untrusted code safely. "
	  "The talk would be thirty minutes and we cover travel costs for the speaker.\n\n"
	  "Kind regards,\nJoana\n", TRUE, 0 },
	{ "Is this person with you?",
	  "Hi,\n\nSomeone wrote to our office on a chat app claiming he found a critical bug in "
	  "microsandbox that lets anyone take over our servers, and says he will only explain it "
	  "once we send him money. We run msb for a couple of small tools.\n\nDoes he work for "
	  "you? Should we take this seriously?\n\nTom\n", TRUE, 0 },
	/* three plain sentences, no PoC, no logs, no version */
	{ "Sandbox files visible to other users",
	  "Hello,\n\nWhen I start two sandboxes as different users on the same machine, the second "
	  "one can read the files the first one wrote to /tmp. This means any user on a shared host "
	  "can read another user's sandbox data, including their API keys. Is this expected?\n\n"
	  "Thanks,\nRui\n", FALSE, 1 },
	/* the evidence named only in questions, bullets as a mail client
	 * writes them, a question wrapped over an indented line (#3) */
	{ "Before we start testing",
	  "Hello,\n\nOur team plans a review of microsandbox next month and has two questions:\n\n"
	  "\xe2\x80\xa2 Should each report come with a PoC and steps to reproduce, or is a\n"
	  "  careful reading of the code enough?\n"
	  "\xe2\x80\xa2 Is the hosted cloud part of the program, or only the open-source\n"
	  "  runtime?\n\nWe have found nothing so far.\n\nThanks,\nLea\n", TRUE, 0 },
	/* worked out in the writer's own words (a theoretical report) */
	{ "Worried about shared folders",
	  "Hello,\n\nI read your documentation about shared folders. Couldn't a program inside the "
	  "sandbox replace a file in the shared folder with a link to something private on my "
	  "computer and then read it? If so, the sandbox would not be keeping anything in. "
	  "Have I misunderstood something?\n\nEva\n", FALSE, -1 },
	/* (#3) a flaw the writer found by reading the code, and the attacker's
	 * ability stated, not asked, in a mail that closes with a question */
	{ "Possible code execution in the Go SDK",
	  "Hi,\n\nI have been going through the implementation of the Go SDK and the exec helper "
	  "passes the command string to sh -c on the host. Would quoting it be enough?\n\nLin\n",
	  FALSE, -1 },
	{ "Result decoding in the SDK",
	  "Hello,\n\nLooking at result.rs I saw that the reply length from the guest is trusted "
	  "as is. Is that on purpose?\n\nMo\n", FALSE, -1 },
	{ "Unsafe eval in the TypeScript SDK",
	  "Hi,\n\nFrom the source it looks like the TypeScript SDK evals the value the guest sends "
	  "back. Is there a reason it does not parse it as JSON?\n\nSam\n", FALSE, -1 },
	{ "Guest controls the reply",
	  "Hello,\n\nThe SDK builds a shell command out of the file name the guest reports. A rogue "
	  "guest can pick a name with a semicolon in it and run commands as the host user. "
	  "Could you check?\n\nDee\n", FALSE, -1 },
	/* ... not a question whether it is safe, nor docs read before asking,
	 * nor a press question, nor the code of conduct read */
	{ "Running student code",
	  "Hello,\n\nIs it safe to run untrusted code in msb? Is it possible that a malicious "
	  "program can harm the laptop it runs on?\n\nBest,\nAnn\n",
	  TRUE, 0 },
	{ "A question about the docs",
	  "Hi,\n\nI was reading the docs and have a question: is the cloud version covered by your "
	  "security policy too?\n\nThanks,\nBo\n", TRUE, 0 },
	{ "Press enquiry: sandbox security",
	  "Dear team,\n\nI am writing a piece for a tech magazine about AI agents running code in "
	  "sandboxes. Would you be available to answer a few questions about how microsandbox keeps "
	  "the host safe?\n\nRegards,\nPia\n", TRUE, 0 },
	/* (round 258) a journalist who passes on a source's finding below
	 * relays a report */
	{ "Homebrew tap workflow runs fork code with a push token",
	  "Hello,\n\nI'm working on a piece about CI workflows in developer tool projects. A source shared "
	  "the finding below with me and agreed that I pass it to you.\n\n-----\n\n"
	  "The tap's workflow runs on pull_request_target and checks out the pull request's head with "
	  "TAP_PUSH_TOKEN, so anyone who opens a pull request from a fork runs their own code with a "
	  "token that can push to the tap, and every brew upgrade of msb after that would install the "
	  "attacker's binary.\n\n-----\n\nNoor\n", FALSE, 1 },
	{ "Conference talk",
	  "Hi,\n\nI read the code of conduct of your project. May we quote it in the handbook of "
	  "our student club?\n\nCheers,\nTim\n", TRUE, 0 },
	/* the version and host the writer runs are no finding: a question
	 * whether an advisory or a talk applies to them reports nothing (#3) */
	{ "Do we need to act on the snapshot advisory?",
	  "Hello,\n\nOur platform team runs microsandbox 0.8.5 on Debian 12 hosts (kernel "
	  "6.1.0-28-amd64) for customer build jobs. Your latest release notes mention a fix for "
	  "snapshots leaking data between sandboxes. Does that affect 0.8.5 as well, and do we "
	  "have to delete the snapshots we already took?\n\nRegards,\nIlse\n", TRUE, 0 },
	{ "Podcast episode on microVM escapes",
	  "Hi,\n\nI listened to a podcast where a researcher claimed that every agent-based "
	  "microVM runtime can be escaped through its vsock channel, and microsandbox was named "
	  "among them. We have msb 0.8.7 on macOS 15.2 laptops with Apple M3 chips for our "
	  "interns. Is there anything to this, and should we stop using it until you know "
	  "more?\n\nBest,\nKofi\n", TRUE, 0 },
	/* ... while a report with a version that says what an attacker gains
	 * and asks whether it is intended stays a report */
	{ "Gateway forwards to the host's loopback",
	  "Hi,\n\nWith msb 0.8.6 on Fedora 41 the gateway address of a sandbox started with "
	  "--network none still answers on the ports the host listens on locally. Anyone who "
	  "can run code in the sandbox can talk to the host's database and admin services that "
	  "way. Is that intended?\n\nNils\n", FALSE, 1 },
	/* a notice that the message is elsewhere (a secure-mail portal, a file
	 * share): its Subject names a finding, its footer confidential data,
	 * the mail reports nothing (#3) */
	{ "Vulnerability in microsandbox sandboxes - secure message",
	  "You have received a secure message from Omar Haddad <omar@clinic.example>.\n\n"
	  "Click the button below to view the message. The link expires in 14 days.\n\n"
	  "This e-mail and any attachments are confidential and may contain personal "
	  "information. If you received it in error, delete it and notify the sender.\n", TRUE, 0 },
	{ "Sandbox escape write-up",
	  "Jana Novak (jana@studio.example) shared a document with you: \"msb escape notes\".\n\n"
	  "Open https://docs.example/d/8f2kq1 to see the document. You are receiving this "
	  "email because someone shared a file with you from the docs service.\n", TRUE, 0 },
	{ "[Encrypted] Host files readable from the guest",
	  "Lars Berg has sent you an encrypted email.\n\nTo open this email, sign in with "
	  "your address at the portal below; a one-time code will be sent to you.\n\n"
	  "https://portal.example/m/5TQx\n\nThe sender's organisation protects sensitive "
	  "data with encrypted mail.\n", TRUE, 0 },
	/* a mail client's confidential mode: the message is held back
	 * behind a passcode (1431) */
	{ "Sandbox escape findings",
	  "Priya Nair has sent you a message in confidential mode.\n\nOpen message\n\n"
	  "You will have to enter a code sent to your phone before you can read this message. "
	  "The sender can remove access at any time.\n", TRUE, 0 },
	/* the report locked behind the reader's own sign-in, the PoC named as
	 * inside it (a "secure document" lure, 1438) */
	{ "Critical: cloud API key takeover",
	  "Hello team,\n\nI have identified a critical flaw in the microsandbox cloud API that gives "
	  "full control of any organisation. The write-up, PoC and affected endpoints are in the "
	  "protected file attached. To unlock it, open the file in a browser and sign in with your "
	  "company account; only your domain can open it.\n\nRegards,\nDr. M. Stone\n", TRUE, 0 },
	{ "Vulnerability report (encrypted)",
	  "Dear security,\n\nThe details of the issue and my exploit are in the attached report. To "
	  "read the report, please verify with your Google Workspace login on the page it opens. "
	  "The link is valid for 24 hours.\n\nBest,\nK. Lund\n", TRUE, 0 },
	/* ... not a reproduction step that signs in to view what leaks (no
	 * question, no "I": only [nonreport.locked] could flag it) */
	{ "Usage page lists other organisations' sandboxes",
	  "Hi,\n\nThe Usage page of the cloud console lists the sandbox names and image tags of "
	  "other organisations, not only ours. To view it, log in with your own account and open "
	  "Settings > Usage; the names are enough to tell whom the other customers build for.\n\nSam\n", FALSE, 1 },
	/* ... while a report that also shares its write-up stays a report */
	{ "Guest can read host files through the share",
	  "Hello,\n\nI found that the file broker follows a symlink the guest places in a "
	  "shared folder, so code in the sandbox can read any file the host user can read, "
	  "including SSH keys. I have shared a document with you that has my notes. Could you "
	  "confirm you received it?\n\nAda\n", FALSE, 1 },
	/* the writer's own evidence named only in a question is asked about;
	 * named in a statement it is told (#3) */
	{ "Research on microsandbox: what may we test?",
	  "Dear security team,\n\nOur group studies microVM isolation for a thesis and would "
	  "like to include microsandbox. May we run our experiments against the hosted cloud "
	  "with our own accounts, or only on our lab machines? And would you want to see our "
	  "findings before the thesis is published?\n\nKind regards,\nAnouk\n", TRUE, 0 },
	{ "Guest reaches the host's loopback",
	  "Hello,\n\nIn our tests a sandbox started without network access still reached a "
	  "service listening on the host's loopback address through the gateway. Is this a "
	  "known limitation?\n\nPiet\n", FALSE, -1 },
	/* the reading is English: a report in another language that ends in a
	 * question is not read as one that reports nothing (French, German,
	 * Spanish), and neither is a question in another language */
	{ "Fichiers des sandboxes visibles par d'autres utilisateurs",
	  "Bonjour,\n\nQuand je lance deux sandboxes sous des utilisateurs diff\u00e9rents sur la m\u00eame "
	  "machine, la deuxi\u00e8me peut lire les fichiers que la premi\u00e8re a \u00e9crits dans /tmp. "
	  "Cela veut dire que n'importe quel utilisateur d'un h\u00f4te partag\u00e9 peut lire les donn\u00e9es "
	  "de la sandbox d'un autre, y compris ses cl\u00e9s d'API. Est-ce normal ?\n\nMerci,\nRui\n", FALSE, 1 },
	{ "Sandbox-Dateien f\u00fcr andere Benutzer sichtbar",
	  "Hallo,\n\nWenn ich zwei Sandboxen als verschiedene Benutzer auf demselben Rechner starte, kann "
	  "die zweite die Dateien lesen, die die erste nach /tmp geschrieben hat. Damit kann jeder Benutzer "
	  "eines gemeinsam genutzten Hosts die Sandbox-Daten eines anderen lesen, auch dessen "
	  "API-Schl\u00fcssel. Ist das so gewollt?\n\nDanke,\nRui\n", FALSE, 1 },
	{ "Archivos de sandbox visibles para otros usuarios",
	  "Hola:\n\nCuando inicio dos sandboxes con usuarios distintos en la misma m\u00e1quina, la segunda "
	  "puede leer los archivos que la primera escribi\u00f3 en /tmp. Esto significa que cualquier usuario "
	  "de un host compartido puede leer los datos de la sandbox de otro, incluidas sus claves de API. "
	  "\u00bfEs esto lo esperado?\n\nGracias,\nRui\n", FALSE, 1 },
	{ "Question sur votre sandbox \u00e0 l'\u00e9cole",
	  "Bonjour,\n\nJ'anime un club de robotique pour des adolescents, et un coll\u00e8gue m'a dit que "
	  "microsandbox permet d'ex\u00e9cuter des programmes sans toucher \u00e0 l'ordinateur h\u00f4te. "
	  "Est-ce adapt\u00e9 \u00e0 des \u00e9l\u00e8ves de cet \u00e2ge ?\n\nCordialement,\nMara\n", FALSE, -1 },
	/* said with the German verb last (1622) and in Norwegian, Swedish
	 * and Danish (1630); a German report that only holds back publishing
	 * and a Danish aside about another platform stay reports */
	{ "Frage zur Lizenz",
	  "Hallo,\n\neine Schwachstelle will ich hiermit nicht melden. Darf man microsandbox in "
	  "einem kommerziellen Kurs einsetzen?\n\nGruß\nTobias\n", TRUE, 0 },
	{ "Gast liest Host-Dateien",
	  "Hallo,\n\nmit msb 0.10.2 kann der Gast \u00fcber einen Symlink im Freigabeordner die "
	  "Datei /etc/shadow des Hosts lesen. Die L\u00fccke m\u00f6chte ich noch nicht "
	  "\u00f6ffentlich melden, bevor es einen Fix gibt.\n\nGru\u00df\nTobias\n", FALSE, 1 },
	{ "Sp\u00f8rsm\u00e5l om st\u00f8ttetid",
	  "Hei,\n\ndette er ikke en sikkerhetsrapport. Hvor lenge f\u00e5r 0.9.x "
	  "sikkerhetsrettelser?\n\nHilsen\nKnut\n", TRUE, 0 },
	{ "Fr\u00e5ga om namnrymder",
	  "Hej,\n\ndetta \u00e4r inte en s\u00e5rbarhetsrapport, vi har inget att rapportera. "
	  "\u00c4r namnrymder i msb server t\u00e4nkta som en gr\u00e4ns mellan kunder?\n\n"
	  "Mvh\nAnna\n", TRUE, 0 },
	{ "G\u00e6st kan l\u00e6se v\u00e6rtens filer",
	  "Hej,\n\nmed msb 0.10.2 p\u00e5 Linux kan g\u00e6sten l\u00e6se /etc/shadow p\u00e5 "
	  "v\u00e6rten via et symlink i den delte mappe. Intet at rapportere om macOS, der "
	  "virker det.\n\nHilsen\nMads\n", FALSE, -1 },
	/* a job application to the security address, in any language
	 * ([nonreport.application], 1622); a report that also mentions the
	 * writer's CV, or asks to apply for a CVE, stays a report */
	{ "Bewerbung als Praktikant Cloud-Sicherheit",
	  "Guten Tag,\n\nhiermit bewerbe ich mich um ein Praktikum in Ihrem Sicherheitsteam. Ich "
	  "kenne Rust, KVM und Linux-Namespaces. Meinen Lebenslauf und meine Zeugnisse finden Sie "
	  "anbei.\n\nViele Gr\u00fc\u00dfe\nJonas Brandt\n", TRUE, 0 },
	{ "Internship in sandbox security",
	  "Dear team,\n\nI would like to apply for a remote internship position in security "
	  "engineering. I have two years of Rust and some KVM experience from university "
	  "projects. My CV is attached.\n\nKind regards,\nPriya\n", TRUE, 0 },
	{ "Candidature spontan\u00e9e - stage s\u00e9curit\u00e9",
	  "Bonjour,\n\nje vous adresse ma candidature spontan\u00e9e pour un stage de six mois en "
	  "s\u00e9curit\u00e9 des syst\u00e8mes. Mon CV est ci-joint.\n\nCordialement,\nLouis\n", TRUE, 0 },
	{ "Guest can read the host's shadow file via the shared folder",
	  "Hi,\n\nI ran msb 0.10.2 with a shared folder and the guest read the host's /etc/shadow "
	  "through a symlink it placed there. I would like to apply for a CVE for this. PS: I am "
	  "also looking for an internship position, my CV is attached.\n\nRegards,\nIda\n", FALSE, 1 },
	/* the writer says it reports nothing ([nonreport.none]): that settles
	 * it over what they tried, in any language, in a reply to our ack */
	/* (#3) ... but not when the writer only hedges what kind of report it
	 * is ("not a vulnerability report in the strict sense", "isn't a
	 * security report per se"): a request for safer defaults with its
	 * reasons is a report (hardening); a plain "this is not a security
	 * report" before a question still settles it */
	{ "Risky defaults for untrusted code",
	  "Hello,\n\nWe run homework uploads in msb sandboxes. To be honest this is not a vulnerability "
	  "report in the strict sense, since nothing got out of the VM. But the guest user is root and "
	  "the image is writable by default, so one upload can swap the grader's tools for the uploads "
	  "that run after it in the same sandbox. A read-only image by default would be safer.\n", FALSE, 1 },
	{ "Egress open by default",
	  "Hi,\n\nThis isn't a security report per se. Sandboxes started without a policy can reach any "
	  "host on the internet, so a tenant's job can scan other networks from our addresses. I think "
	  "default-deny egress would protect operators who forget the flag.\n", FALSE, 1 },
	{ "SOC 2 question",
	  "Hello,\n\nThis is not a security report. Could you tell us whether the hosted cloud has a "
	  "SOC 2 Type II report and how we can request it under NDA?\n\nThanks,\nMaja\n", TRUE, 0 },
	/* the writer says they have found no vulnerability at all, yet
	 * ([nonreport.unfound], 1729), in any language and with any
	 * apostrophe: the escapes they name are what someone will try */
	{ "Amaliy mashg'ulotlar uchun ruxsat",
	  "Salom!\n\nKursimizda talabalar o'z sandbox'laridan chiqishga (sandbox escape) va tarmoq filtrini chetlab o'tishga harakat qiladi. Hozircha zaifliklarni aniqlaganimiz yo`q. Bu mashqlarni cloud'da bajarish mumkinmi?\n\nRahmat,\nNodira\n", TRUE, 0 },
	{ "\u0422\u0430\u043b\u0430\u0431\u0430\u043b\u0430\u0440 \u0443\u0447\u0443\u043d \u043c\u0430\u0448\u0493\u0443\u043b\u043e\u0442",
	  "\u0410\u0441\u0441\u0430\u043b\u043e\u043c\u0443 \u0430\u043b\u0430\u0439\u043a\u0443\u043c!\n\n\u041a\u0435\u043b\u0430\u0441\u0438 \u043e\u0439\u0434\u0430 \u0442\u0430\u043b\u0430\u0431\u0430\u043b\u0430\u0440 sandbox escape \u043c\u0430\u0448\u049b\u0438\u043d\u0438 \u0431\u0430\u0436\u0430\u0440\u0430\u0434\u0438. \u04b2\u043e\u0437\u0438\u0440\u0447\u0430 \u04b3\u0435\u0447 \u049b\u0430\u043d\u0434\u0430\u0439 \u0437\u0430\u0438\u0444\u043b\u0438\u043a \u0442\u043e\u043f\u043c\u0430\u0434\u0438\u043a. \u0411\u0443\u043d\u0433\u0430 \u0440\u0443\u0445\u0441\u0430\u0442 \u0431\u043e\u0440\u043c\u0438?\n", TRUE, 0 },
	{ "\u0421\u0442\u0443\u0434\u0435\u043d\u0442\u0442\u0435\u0440\u0433\u0435 \u0430\u0440\u043d\u0430\u043b\u0493\u0430\u043d \u0436\u0430\u0440\u044b\u0441",
	  "\u0421\u04d9\u043b\u0435\u043c\u0435\u0442\u0441\u0456\u0437 \u0431\u0435!\n\n\u0421\u0442\u0443\u0434\u0435\u043d\u0442\u0442\u0435\u0440 \u04e9\u0437 \u049b\u04b1\u043c\u0441\u0430\u043b\u0493\u044b\u0448\u0442\u0430\u0440\u044b\u043d\u0430\u043d \u0448\u044b\u0493\u0443\u0493\u0430 (sandbox escape) \u0442\u044b\u0440\u044b\u0441\u0430\u0434\u044b. \u0411\u0456\u0437 \u04d9\u0437\u0456\u0440\u0433\u0435 \u0435\u0448\u049b\u0430\u043d\u0434\u0430\u0439 \u043e\u0441\u0430\u043b\u0434\u044b\u049b \u0442\u0430\u043f\u049b\u0430\u043d \u0436\u043e\u049b\u043f\u044b\u0437. \u0411\u04b1\u043b\u0442\u0442\u0430 \u0441\u044b\u043d\u0430\u0443\u0493\u0430 \u0440\u04b1\u049b\u0441\u0430\u0442 \u043f\u0430?\n", TRUE, 0 },
	{ "\u00d6\u011frenci yar\u0131\u015fmas\u0131 hakk\u0131nda",
	  "Merhaba,\n\n\u00d6\u011frencilerimiz a\u011f k\u0131s\u0131tlamalar\u0131n\u0131 a\u015fmay\u0131 ve sandbox escape denemeyi planl\u0131yor. Hen\u00fcz herhangi bir g\u00fcvenlik a\u00e7\u0131\u011f\u0131 bulamad\u0131k; bulursak CVE'yi kim talep eder?\n\nSayg\u0131lar\u0131mla,\nEmre\n", TRUE, 0 },
	{ "T\u0259l\u0259b\u0259 yar\u0131\u015f\u0131",
	  "Salam,\n\nT\u0259l\u0259b\u0259l\u0259r \u00f6z sandbox-lar\u0131ndan \u00e7\u0131xma\u011fa (sandbox escape) \u00e7al\u0131\u015facaqlar. H\u0259l\u0259 he\u00e7 bir z\u0259iflik tapmam\u0131\u015f\u0131q. Buluddak\u0131 pulsuz tarifd\u0259 buna icaz\u0259 varm\u0131?\n", TRUE, 0 },
	{ "Hackathon op jullie cloud",
	  "Hallo,\n\nTijdens onze hackathon proberen teams een sandbox escape. We hebben nog geen enkele kwetsbaarheid gevonden. Mag dat op de gratis laag?\n", TRUE, 0 },
	{ "Projet \u00e9tudiant",
	  "Bonjour,\n\nNos \u00e9tudiants tenteront un contournement du r\u00e9seau et une sandbox escape. Nous n\u2019avons pas encore trouv\u00e9 de vuln\u00e9rabilit\u00e9. Est-ce autoris\u00e9 sur l'offre gratuite ?\n", TRUE, 0 },
	{ "Red team exercise on the free tier",
	  "Hello,\n\nNext month our red team will attempt a sandbox escape and a network policy bypass against our own account. To be clear, we haven't found any vulnerability yet. Is this allowed on the free tier, and who should request a CVE if we do find one?\n\nThanks,\nIgor\n", TRUE, 0 },
	/* a report that says it found no other vulnerability, or no fix, is one;
	 * so is a report in Uzbek or Turkish that tells the escape it found */
	{ "Shared folder symlink lets the guest read host files",
	  "Hi,\n\nWhen I mount a shared folder and create a symlink to /etc inside the guest, I can read the host's /etc/shadow from the sandbox. Any tenant on a shared host can read the host's secrets this way. We have not found any other vulnerability.\n", FALSE, 1 },
	{ "Snapshot restore keeps the previous tenant's env",
	  "Hello,\n\nWhen I restore a snapshot made by another user, the guest still sees that user's environment variables, including their API keys. We have not found a fix or a workaround yet.\n", FALSE, 1 },
	{ "Umumiy papka orqali host fayllari",
	  "Salom,\n\nGuest ichida umumiy papkaga symlink yaratib, hostdagi /etc/shadow faylini o'qidim: sandbox'dan chiqish (sandbox escape) ishlaydi. Boshqa zaiflik topmadik.\n", FALSE, -1 },
	{ "Payla\u015f\u0131lan klas\u00f6rden host dosyalar\u0131",
	  "Merhaba,\n\nPayla\u015f\u0131lan klas\u00f6rde sembolik ba\u011flant\u0131 olu\u015fturarak sandbox'tan ka\u00e7t\u0131m ve host \u00fczerindeki /etc/shadow dosyas\u0131n\u0131 okudum. Ba\u015fka bir a\u00e7\u0131k bulamad\u0131k.\n", FALSE, -1 },
	/* a mail client's recall notice for a report sent before, in
	 * Outlook's languages ([nonreport.recall], 1594): the quoted subject
	 * is the recalled report's.  A writer who says in their own words
	 * that they want to recall a message and then reports is no notice */
	{ "Recall: Guest can rewrite the host's vsock socket permissions",
	  "Priya Raman would like to recall the message, \"Guest can rewrite the host's vsock "
	  "socket permissions\".\n", TRUE, 0 },
	{ "R\u00fcckruf: Gast liest Host-Dateien \u00fcber den Freigabeordner",
	  "Jonas Weber m\u00f6chte die Nachricht \"Gast liest Host-Dateien \u00fcber den "
	  "Freigabeordner\" zur\u00fcckrufen.\n", TRUE, 0 },
	{ "Rappel : \u00e9vasion du bac \u00e0 sable via le dossier partag\u00e9",
	  "Claire Dubois souhaite rappeler le message \u00ab \u00c9vasion du bac \u00e0 sable via le "
	  "dossier partag\u00e9 \u00bb.\n", TRUE, 0 },
	{ "Recuperar: fuga de credenciales en los registros de msbd",
	  "Luc\u00eda Torres desea recuperar el mensaje \"Fuga de credenciales en los registros "
	  "de msbd\".\n", TRUE, 0 },
	{ "Guest escapes through the shared folder (corrected)",
	  "Hi,\n\nI would like to recall the message I sent an hour ago, it had the wrong version. "
	  "I ran msb 0.9.4 with a shared folder and the guest could read the host's /etc/shadow "
	  "through a symlink it placed there.\n\nRegards,\nIda\n", FALSE, 1 },
	/* written "not to report a vulnerability", in any language (1334);
	 * "not only to report" still reports */
	{ "Articolo sulle sandbox microVM",
	  "Salve,\n\nvi scrivo non per segnalare una vulnerabilit\u00e0, ma per avvisarvi che a "
	  "ottobre pubblicheremo un articolo che mette a confronto microsandbox e altre sandbox. "
	  "Vi andrebbe di rileggere il paragrafo che vi riguarda?\n\nCiao,\nGiulia\n", TRUE, 0 },
	{ "Heads-up: workshop paper",
	  "Hi all,\n\nJust a heads-up from our group, not to report a bug: our workshop paper "
	  "compares start-up times of several microVM sandboxes, yours among them. Would you like "
	  "to see the draft before the camera-ready deadline?\n\nBest,\nTheo\n", TRUE, 0 },
	{ "Guest reads host files through the shared folder",
	  "Hi,\n\nI am writing not only to report a vulnerability but also to offer a fix later. "
	  "I ran msb 0.9.4 with a shared folder and the guest can read the host's /etc/shadow "
	  "through a symlink placed in the folder.\n\nRegards,\nIda\n", FALSE, 1 },
	/* an intermediary announcing a report to come: our own policy read
	 * ("I saw that your policy ...") is no observation (1347); a sentence
	 * that tells what the writer saw still is */
	{ "A hunter wants to reach you (case 5521)",
	  "Hello,\n\nI handle researcher support at a disclosure platform. One of our hunters says "
	  "he has a guest-to-host escape in msb but has not shared any details with us. I saw that "
	  "your policy lists this address; is it the right place for him to write, or do you "
	  "prefer GitHub advisories?\n\nThanks,\nPetra\n", TRUE, 0 },
	{ "Shared folder symlink reaches host files",
	  "Hello,\n\nI saw that the guest can follow a symlink in a shared folder and read "
	  "the host's ~/.ssh/id_ed25519 with msb 0.9.4. Is this expected?\n\nPetra\n", FALSE, 1 },
	{ "Draft article on microVM isolation",
	  "Hello,\n\nI am finishing an article for our engineering blog about how microsandbox keeps "
	  "guests apart from the host. We tested msb 0.9.1 against a handful of well-known breakout "
	  "tricks and none of them got anywhere, so honestly there's nothing to report. Before it goes "
	  "out, would you mind glancing at the paragraphs about the virtio layer? Feedback of any kind "
	  "is appreciated.\n\nCheers,\nOwen\n", TRUE, 0 },
	{ "AW: [SEC-2026-0099] Ihr Bericht",
	  "Hallo,\n\nich verstehe diese Nachricht nicht. Ich habe Ihnen nie eine Meldung geschrieben "
	  "und kenne Ihr Produkt nicht. Bitte entfernen Sie meine Adresse aus Ihrer Liste.\n\n"
	  "Gru\u00df\nJens\n", TRUE, 0 },
	{ "Re: [SEC-2026-0123] Accus\u00e9 de r\u00e9ception",
	  "Bonjour,\n\nJe ne vous ai jamais \u00e9crit : quelqu'un a usurp\u00e9 mon adresse. Merci "
	  "de supprimer mes donn\u00e9es.\n\nMarc\n", TRUE, 0 },
	{ "Consulta para mi tesis",
	  "Hola:\n\nEstoy escribiendo mi tesis sobre aislamiento de m\u00e1quinas virtuales ligeras y "
	  "prob\u00e9 microsandbox 0.9.2 con varias t\u00e9cnicas conocidas de escape. No encontr\u00e9 nada "
	  "que reportar; solo quer\u00eda saber si puedo citar su documentaci\u00f3n.\n\nSaludos,\nIn\u00e9s\n",
	  TRUE, 0 },
	{ "Revisione di una relazione",
	  "Buongiorno,\n\nsto preparando una relazione universitaria sull'isolamento di microsandbox. "
	  "Non ho niente da segnalare, ma vi sarei grata per qualche commento sul testo allegato.\n\n"
	  "Grazie,\nChiara\n", TRUE, 0 },
	/* (4119) a feature request that says it is no flaw, in Portuguese */
	{ "Pedido de funcionalidade: passthrough de GPU nas sandboxes",
	  "Ol\u00e1,\n\nGostar\u00edamos de usar GPUs dentro das sandboxes para treinar modelos. N\u00e3o \u00e9 um "
	  "problema de seguran\u00e7a, \u00e9 s\u00f3 um pedido de funcionalidade. Se houver um canal melhor, "
	  "avisem.\n\nObrigado,\nRui\n", TRUE, 0 },
	{ "Pedido de SBOM",
	  "Ol\u00e1,\n\nA nossa equipa est\u00e1 a avaliar o microsandbox para uso interno. N\u00e3o temos "
	  "nada a relatar; gostar\u00edamos apenas de receber a lista de componentes da vers\u00e3o 0.9.2.\n\n"
	  "Obrigado,\nRui\n", TRUE, 0 },
	{ "Vraag over jullie beveiligingsbeleid",
	  "Hallo,\n\nWe gebruiken microsandbox in een pilot. Er is niets te melden, maar onze auditor "
	  "vraagt om jullie SBOM en de sleutel waarmee jullie releases ondertekenen.\n\nGroet,\nDaan\n",
	  TRUE, 0 },
	{ "Pytanie o cytowanie dokumentacji",
	  "Dzie\u0144 dobry,\n\npisz\u0119 prac\u0119 in\u017cyniersk\u0105 o izolacji maszyn wirtualnych. "
	  "Nie mam nic do zg\u0142oszenia, chcia\u0142bym tylko zapyta\u0107 o zgod\u0119 na cytowanie "
	  "dokumentacji.\n\nPozdrawiam,\nPiotr\n", TRUE, 0 },
	{ "\u5352\u696d\u8ad6\u6587\u306b\u3064\u3044\u3066\u306e\u304a\u9858\u3044",
	  "\u306f\u3058\u3081\u307e\u3057\u3066\u3002\n\n\u5927\u5b66\u3067microsandbox\u306e\u9694\u96e2"
	  "\u6027\u80fd\u3092\u8a55\u4fa1\u3057\u307e\u3057\u305f\u3002\u7279\u306b\u5831\u544a\u3059"
	  "\u308b\u3053\u3068\u306f\u3042\u308a\u307e\u305b\u3093\u3002\u8ad6\u6587\u306e\u8a72\u5f53"
	  "\u7ae0\u306b\u3064\u3044\u3066\u3054\u610f\u898b\u3092\u3044\u305f\u3060\u3051\u308c\u3070"
	  "\u5e78\u3044\u3067\u3059\u3002\n\n\u7530\u4e2d\n", TRUE, 0 },
	{ "\u5173\u4e8e\u4f9b\u5e94\u5546\u5ba1\u67e5",
	  "\u60a8\u597d\uff0c\n\n\u6211\u4eec\u516c\u53f8\u6b63\u5728\u5bf9 microsandbox \u8fdb\u884c"
	  "\u4f9b\u5e94\u5546\u5b89\u5168\u5ba1\u67e5\u3002\u6211\u4eec\u6ca1\u6709\u4ec0\u4e48\u9700"
	  "\u8981\u62a5\u544a\u7684\u6f0f\u6d1e\uff0c\u53ea\u662f\u60f3\u7d22\u53d6 0.9.2 \u7248\u672c"
	  "\u7684 SBOM\u3002\n\n\u8c22\u8c22\n", TRUE, 0 },
	/* said in a fragment at the head of a sentence or beside the question
	 * it is instead, with the output the question is about (1419); the
	 * Croatian "nemam ništa za prijaviti" (1372) */
	{ "Signed checksums for the 0.10 tarballs?",
	  "Hi,\n\nNot a security report, just a packaging question from a Gentoo overlay maintainer.\n\n"
	  "Our mirror job logs this every night:\n\n"
	  "2026-11-30T02:00:01Z mirror[811]: fetched msb-0.10.2-x86_64.tar.gz (41.2 MiB)\n"
	  "2026-11-30T02:00:02Z mirror[811]: no detached signature found, skipping verification\n\n"
	  "The checksum file itself is not signed. Is a signed SHA256SUMS planned for 0.11?\n\nThanks,\nKai\n",
	  TRUE, 0 },
	{ "Vraag over jullie releaseproces",
	  "Goedemiddag,\n\nGeen beveiligingsmelding, maar een procesvraag: publiceren jullie CVE's ook "
	  "als OSV-feed? Onze scanner leest alleen die bron.\n\nGroet,\nSanne\n", TRUE, 0 },
	{ "Kurze Frage zu Ihren Advisories",
	  "Guten Tag,\n\nkeine Schwachstellenmeldung, sondern eine Frage: gibt es eine Mailingliste "
	  "f\u00fcr Sicherheitshinweise zu msb?\n\nViele Gr\u00fc\u00dfe\nLena\n", TRUE, 0 },
	{ "Une question sur vos versions LTS",
	  "Bonjour,\n\nPas un signalement de vuln\u00e9rabilit\u00e9, juste une question : combien de "
	  "temps la branche 0.9 re\u00e7oit-elle des correctifs de s\u00e9curit\u00e9 ?\n\nMerci,\nAnne\n",
	  TRUE, 0 },
	{ "Pitanje o potpisima paketa",
	  "Pozdrav,\n\nodr\u017eavam pakete za openSUSE. Nemamo ni\u0161ta za prijaviti, samo nas zanima "
	  "postoji li lista za sigurnosne obavijesti?\n\nHvala,\nMarko\n", TRUE, 0 },
	/* ... not hedged, not another kind of report, nor "not sure" with a
	 * finding after it: those stay reports */
	{ "CLI token file could use the keyring",
	  "Hello,\n\nNot a vulnerability report exactly, more of a request. I noticed that msb 0.10.1 writes the cloud "
	  "token to ~/.config/msb/token in plain text; anything that runs as me can read it and use "
	  "the token against every sandbox of our org. Could it use the system keyring?\n\nJo\n", FALSE, 1 },
	{ "Guest reads host files through the shared folder (not a duplicate)",
	  "Hello,\n\nThis is not a duplicate report, the symlink fix in 0.10.2 missed a case. With msb "
	  "0.10.2 the guest can still read the host's ~/.ssh/id_ed25519 through a symlink in the shared "
	  "folder.\n\nRegards,\nTom\n", FALSE, 1 },
	{ "Snapshot restore leaks another user's env",
	  "Hi,\n\nI'm not sure this is a vulnerability, but when I restore a snapshot taken by another "
	  "user with msb 0.10.0, I can read their environment secrets in /proc/1/environ.\n\nAli\n",
	  FALSE, 1 },
	{ "Nemam dokaz, ali guest \u010dita datoteke hosta",
	  "Pozdrav,\n\nnemam ni\u0161ta za prijaviti na macOS-u, ali na Linuxu s msb 0.10.2 guest "
	  "\u010dita datoteke hosta kroz simboli\u010dku vezu u dijeljenoj mapi. I ran it twice.\n\nIvo\n",
	  FALSE, -1 },
	/* a request to review the writer's own text, a supplier questionnaire */
	{ "Feedback on my conference slides",
	  "Hi all,\n\nI am giving a short talk on sandboxing AI agents next month, and one section "
	  "explains microsandbox's design as I understand it from the docs. Could one of you look over "
	  "the attached slides. Any corrections would be appreciated.\n\nThanks,\nNoor\n", TRUE, 0 },
	{ "Supplier security assessment",
	  "Good morning,\n\nOur procurement team is adding microsandbox to the approved tools list, "
	  "and for our supplier risk assessment we would like a short description of how release "
	  "artifacts are signed and the name of a security contact. Please fill in the attached "
	  "questionnaire, or send us your SBOM if that is easier.\n\nRegards,\nPriya\n", TRUE, 0 },
	/* reports that stay reports: one that doubts itself and asks, a
	 * student's, a vendor reviewer's, one with a fix for review, one
	 * with nothing to report on another platform */
	{ "Snapshot directory readable by other users",
	  "Hello,\n\nI noticed that msb 0.9.2 creates /var/lib/msb/snapshots with mode 0755, so any local "
	  "user on the host can list and copy another user's snapshot files, including the environment "
	  "secrets stored inside. Not sure this is a vulnerability or intended, could you let me know?"
	  "\n\nThanks,\nAda\n", FALSE, 1 },
	{ "Student project: guest reaches the metadata service",
	  "Hi,\n\nI'm a second-year student and for a class project I ran msb 0.9.1 on Ubuntu 24.04. "
	  "From inside the sandbox I was able to reach 169.254.169.254 even with networking off, which "
	  "hands out the cloud credentials of the host VM. I don't have anything to report beyond this "
	  "one finding; my teacher asked me to send it.\n\nBest,\nSam\n", FALSE, 1 },
	{ "Vendor review finding: upload token in CI logs",
	  "Hello,\n\nDuring our third-party risk review of microsandbox we found that the public CI logs "
	  "of the 0.9.2 release print the PyPI upload token in clear text. Anyone who reads the logs can "
	  "publish packages under your name. For our vendor file we need to know when this will be "
	  "fixed.\n\nRegards,\nHelga\n", FALSE, 1 },
	/* (#3, 3305) a colleague's finding relayed, a question in the chat
	 * pasted under it */
	{ "Named volumes not separated between users",
	  "Hi,\n\nYesterday evening my colleague Jonas found that on our shared CI runner named volumes are not "
	  "separated between users. If team-a has a volume called \"cache\" and a job of team-b mounts a volume "
	  "with the same name, team-b's sandbox gets team-a's volume, read-write. So one Unix user's sandboxes "
	  "can read, and also poison, another user's volume data.\n\nJonas's exact commands are "
	  "in a Slack snippet I can't copy. I'll send them as soon as I'm at my desk.\n\n"
	  "Lena Hofbauer  6:58 PM\nwait, different unix users? I thought volumes were per user\n\nLena\n", FALSE, 1 },
	{ "msb cp follows guest symlinks",
	  "Hello,\n\n`msb cp` follows a symlink placed by the guest in the target directory, so a guest "
	  "overwrites any file the host user can write. Could you review my patch below? It opens the "
	  "target with O_NOFOLLOW. Any feedback is welcome.\n\nLin\n", FALSE, 1 },
	{ "Guest writes outside the shared folder on Linux",
	  "Hello,\n\nOn Linux hosts msb 0.9.2 resolves a symlink the guest places in the shared folder "
	  "on the host side, so the guest writes to the host user's .bashrc. On a Mac there is nothing "
	  "to report for macOS, the shared folder is read through another path.\n\nYuki\n", FALSE, 1 },
	/* (#3) a question whether what the writer saw is a bug or just how it
	 * works, or a request for their own account back, reports nothing in
	 * any language, the commands shown too (1203, 1250, 1238) ... */
	{ "Stopped sandboxes still listed",
	  "Hi,\n\nI use msb for a hobby project. After a reboot, this still lists three sandboxes "
	  "I stopped yesterday:\n\n    msb ls\n\nI started a new one with\n\n"
	  "    msb run -it alpine sh\n\nand the old ones stay there. Is this a bug, or is it normal "
	  "and I should remove them myself?\n\n"
	  "Thanks,\nKai\n", TRUE, 0 },
	{ "\u00bfEs un error?",
	  "Hola:\n\nCuando ejecuto `msb run python:3.12` la primera vez tarda casi un minuto, y las "
	  "siguientes veces solo unos segundos. Mi compa\u00f1ero dice que es un fallo de la cach\u00e9. "
	  "\u00bfEs un bug o es normal?\n\nGracias,\nLuc\u00eda\n", TRUE, 0 },
	{ "Frage zu msb",
	  "Hallo,\n\nin der Sandbox zeigt `df -h` nur 8 GB Speicher, obwohl mein Laptop viel mehr frei "
	  "hat. Ist das ein Fehler oder so gewollt?\n\nViele Gr\u00fc\u00dfe\nJonas\n", TRUE, 0 },
	{ "\u8cea\u554f\u3067\u3059",
	  "\u3053\u3093\u306b\u3061\u306f\u3002\n\nmsb stop \u306e\u5f8c\u3082\u30ed\u30b0"
	  "\u30d5\u30a1\u30a4\u30eb\u304c\u6b8b\u3063\u3066\u3044\u307e\u3059\u3002\u3053\u308c"
	  "\u306f\u30d0\u30b0\u3067\u3059\u304b\u3001\u305d\u308c\u3068\u3082\u4ed5\u69d8"
	  "\u3067\u3059\u304b\uff1f\n\n\u5c71\u672c\n", TRUE, 0 },
	{ "Locked out of the cloud console",
	  "Hello,\n\nMy laptop and phone were stolen at a conference, and the authenticator app was on "
	  "the phone. I am the only owner of our organisation in the microsandbox cloud. Can you reset "
	  "the two-factor authentication on my account? I can prove who I am with our invoices.\n\n"
	  "Regards,\nFemi\n", TRUE, 0 },
	{ "Compte bloqu\u00e9",
	  "Bonjour,\n\nJ'ai chang\u00e9 de t\u00e9l\u00e9phone et je ne peux plus me connecter \u00e0 "
	  "mon compte sur la console cloud. Pourriez-vous r\u00e9initialiser la double authentification ? "
	  "\n\nMerci,\nClaire\n", TRUE, 0 },
	/* (1682) the same request told as what the writer cannot do or has
	 * lost, in Afrikaans, Dutch, German and English; a stolen phone is the
	 * reason, not a finding */
	{ "Rekening gesluit na nuwe foon",
	  "Middag,\n\nOns kan nie meer by ons span-rekening op die cloud-konsole aanmeld nie, want die "
	  "foon met die magtigingsapp is in die see geval. Kan julle asseblief die 2FA vir ons "
	  "terugstel? Ek stuur graag die laaste faktuur as bewys.\n\nDankie\nAnnelie\n", TRUE, 0 },
	{ "Kan niet meer inloggen",
	  "Goedemiddag,\n\nMijn telefoon is gestolen en sindsdien kan ik niet meer inloggen op mijn "
	  "cloud account, de codes stonden in de authenticator-app. Kunnen jullie de "
	  "tweestapsverificatie uitschakelen zodat ik er weer in kan?\n\nGroet,\nDaan\n", TRUE, 0 },
	{ "Zugang verloren",
	  "Hallo,\n\nnach einem Handywechsel kann ich mich nicht mehr in meinem Cloud-Konto anmelden, "
	  "die Wiederherstellungscodes habe ich leider nicht aufgehoben. K\u00f6nnen Sie mir helfen, "
	  "den Zugang zu meinem Konto wiederherzustellen?\n\nGr\u00fc\u00dfe\nMarlene\n", TRUE, 0 },
	{ "Can't get in after phone upgrade",
	  "Hi there,\n\nI traded in my old phone last week and forgot to move the authenticator, so now "
	  "I cannot sign in to my cloud account. I also lost my recovery codes when I cleaned up my "
	  "desktop. What do you need from me to prove it's my account?\n\nCheers,\nRowan\n", TRUE, 0 },
	/* ... while a report stays one: one that ends with "is this a bug?",
	 * one that asks about the fix and its date, one that asks whether it
	 * is expected but shows a boundary crossed, one that resets another
	 * user's 2FA */
	{ "Network none still resolves names",
	  "Hello,\n\nWhen I start a sandbox with --network none, code inside can still resolve "
	  "names and send data out through the DNS forwarder, so an untrusted script can exfiltrate "
	  "files it reads. Is this a bug?\n\nOla\n", FALSE, 1 },
	{ "Snapshots readable by every local user",
	  "Hi,\n\nI noticed that snapshots are written with mode 0644, so any local user can copy "
	  "another user's snapshot, secrets included. When do you plan to ship a fix, and is there a "
	  "workaround until then?\n\nTeo\n", FALSE, 1 },
	{ "Guest reads the host's ssh keys",
	  "Hello,\n\nI tested a shared folder mounted read-only: a process in the guest can still read the "
	  "host's ~/.ssh keys through a symlink it creates. Is this a bug or expected behaviour?\n\n"
	  "Mina\n", FALSE, 1 },
	/* what was shared read-only changed from inside anyway, asked about as
	 * bug or expected: a boundary crossed (1316); a write that is refused
	 * is the read-only share working */
	{ "ro share question",
	  "hello,\n\nwe tested the build cache we share into each sandbox with the read-only flag: "
	  "writes fail as they should, but a job inside can still rename and remove entries in the read-only share, "
	  "and then they are missing for every other job on the host. is this a bug or expected?\n\n"
	  "tomas\n", FALSE, 1 },
	{ "Carpeta de solo lectura",
	  "Hola,\n\nmont\u00e9 una carpeta de solo lectura en la sandbox y desde dentro se pueden "
	  "borrar sus ficheros, que desaparecen tambi\u00e9n en mi port\u00e1til. Me parece un fallo: "
	  "un proceso de la sandbox puede eliminar archivos del host. \u00bfEs un bug o es "
	  "normal?\n\nIn\u00e9s\n", FALSE, 1 },
	{ "read-only volume question",
	  "hi,\n\ni mounted a folder into the sandbox as read only and tried to delete a file in it "
	  "from inside. i get \"read-only file system\" and the file stays. is this a bug or expected "
	  "that i can't even remove my own test file?\n\nkim\n", TRUE, 0 },
	/* (#3, 3698) the host's keys read by the untrusted code the sandbox
	 * holds, asked about on a list as "a bug or intended" */
	{ "Node SDK passes the whole host environment into sandboxes by default?",
	  "Hi all,\n\nNot sure whether this is a bug or intended, so I'm asking here first.\n\n"
	  "With the Node SDK, Sandbox.create() without an env option copies the entire process.env of the host "
	  "process into the sandbox. Our job worker runs with AWS keys in its environment, and the untrusted user "
	  "code we run inside the sandbox can simply read them.\n\nOutput:\n\n    $ AWS_ACCESS_KEY_ID=AKIAEXAMPLE0 node "
	  "repro.mjs\n    AWS_ACCESS_KEY_ID=AKIAEXAMPLE0\n    CANARY_SECRET=dummy-canary-5521\n\n"
	  "Is this expected?\n\nKeira\n", FALSE, 1 },
	{ "Roommate reaches my sandbox",
	  "hi, not sure if this is a bug or just how it works\n\nmy roommate and i each have an "
	  "account on the same linux box. i ran a small api in a sandbox and he could call it from "
	  "his own sandbox by its name and got my test data back. so anyone sharing a machine could "
	  "do the same\n\nthanks\n", FALSE, 1 },
	{ "\u00c9 um bug?",
	  "Ol\u00e1,\n\nQuando monto uma pasta partilhada, um processo dentro da sandbox consegue ler "
	  "os ficheiros do host fora da pasta, sem nenhuma verifica\u00e7\u00e3o do caminho. Isso \u00e9 "
	  "um bug ou \u00e9 normal?\n\nNuno\n", FALSE, 1 },
	{ "2FA reset without any check",
	  "Hello,\n\nI was able to reset the 2FA of another user's account through the support form "
	  "without any verification: it asked only for her e-mail address (she is a colleague and "
	  "agreed). Anyone can take over an account that way.\n\nAbe\n", FALSE, 1 },
	/* (1682) a report that mentions a lost phone or 2FA stays one: the
	 * recovery flow itself lets anyone past, told in Afrikaans and
	 * English */
	{ "Recovery flow skips 2FA",
	  "Hello,\n\nAfter I lost my 2FA device I used the account recovery page, and it let me in "
	  "without any verification beyond my e-mail address. I then tried it on a colleague's account "
	  "(with her consent): anyone who knows an address can take over an account.\n\nJo\n", FALSE, 1 },
	/* (1264) a buyer's compliance or procurement questions before using
	 * the cloud, in any language, report nothing; a report that names a
	 * certification, or that was found while answering a questionnaire,
	 * stays a report */
	{ "Demande d'informations avant achat",
	  "Bonjour,\n\nNotre h\u00f4pital envisage d'utiliser microsandbox cloud pour des traitements "
	  "internes. Pourriez-vous remplir notre questionnaire fournisseur (onglet s\u00e9curit\u00e9) et nous "
	  "dire si vous disposez d\u00e9j\u00e0 de la certification HDS ?\n\nCordialement,\nLuc\n", TRUE, 0 },
	{ "Sicherheitsfragen vor der Beauftragung",
	  "Guten Tag,\n\nvor einer Beauftragung m\u00fcssen wir unseren Lieferanten-Sicherheitsfragebogen "
	  "ausf\u00fcllen lassen. Verf\u00fcgen Sie \u00fcber ein C5-Testat oder ISO 27001 f\u00fcr die Cloud? "
	  "Wo werden die Sandboxen betrieben?\n\nMit freundlichen Gr\u00fc\u00dfen\nJonas\n", TRUE, 0 },
	{ "Consulta de seguridad para proveedores",
	  "Hola:\n\nAntes de contratar el servicio cloud, \u00bfpodr\u00edan rellenar nuestro cuestionario de "
	  "seguridad para proveedores? Tambi\u00e9n quer\u00edamos saber si disponen de certificaci\u00f3n ENS "
	  "y d\u00f3nde se alojan los datos.\n\nUn saludo,\nMarta\n", TRUE, 0 },
	{ "Vendor onboarding: security documents",
	  "Hi team,\n\nWe are onboarding microsandbox cloud as a vendor. Do you have SOC 2 Type II, and "
	  "could you fill out our attached vendor risk questionnaire by the end of the month?\n\n"
	  "Thanks,\nPriya\n", TRUE, 0 },
	{ "ISO 27001 or not, the guest reads host files",
	  "Hello,\n\nWe chose your cloud because it is ISO 27001 certified, but I ran msb 0.10.2 "
	  "today and a process in a sandbox can read the host's files under /var/lib/msb through the shared "
	  "volume mount, including other customers' config.\n\nDo you have SOC 2 as well?\n\nKen\n", FALSE, 1 },
	{ "Trouv\u00e9 en remplissant notre questionnaire",
	  "Bonjour,\n\nPour remplir notre questionnaire de s\u00e9curit\u00e9 interne, j'ai test\u00e9 msb 0.10.2 : "
	  "un processus dans la sandbox peut lire les fichiers de l'h\u00f4te hors du dossier partag\u00e9, "
	  "sans aucune v\u00e9rification du chemin.\n\nAlice\n", FALSE, 1 },
	/* (1393) a vendor review's questions with the output they ask about
	 * (a registry's answer) and (1381) a report held back until an NDA is
	 * signed report nothing; a vendor reviewer who shows a boundary
	 * crossed, and a report whose write-up is promised but that tells
	 * what the writer saw, stay reports */
	{ "Third-party review: signing and SBOM",
	  "Hello,\n\nWe are conducting our yearly third-party risk assessment and microsandbox is in "
	  "scope. Three fields in our supplier register are still empty. Are the npm packages "
	  "published with provenance? What I get today:\n\n$ npm view microsandbox@0.10.4 dist.attestations\n"
	  "undefined\n\nAnd do you publish an SBOM for the CLI binaries?\n\nBest,\nMarek\n", TRUE, 0 },
	{ "Before we share our finding",
	  "Dear security team,\n\nduring an internal audit our red team came across a weakness in "
	  "microsandbox. Our legal department asks that the details are shared only after a mutual NDA "
	  "is in place; the signed copy can go to legal@example.com. Our lead researcher will then "
	  "send you the full write-up.\n\nKind regards,\nIngrid Solberg\nGeneral Counsel\n", TRUE, 0 },
	{ "Vendor review: snapshots of other tenants",
	  "Hello,\n\nWhile doing our annual vendor risk review of microsandbox I ran msb 0.10.4 on "
	  "a test host, and a process in a sandbox could read another user's snapshots under "
	  "/var/lib/msb without any check:\n\n$ ls /var/lib/msb/snapshots/bob\nweb-1.img\n\n"
	  "Do you publish an SBOM as well?\n\nMarek\n", FALSE, -1 },
	{ "Env secrets readable through msb logs",
	  "Hi,\n\nI found that msb 0.10.4 writes the values of --env into a world-readable log file, so "
	  "an attacker with any local account can steal the API keys of other users. I will send you "
	  "the full write-up tomorrow once I have cleaned it up.\n\nLi\n", FALSE, 1 },
};

/* Output the writer calls expected or example output is no log, and a
 * script the writer says was never run is no PoC (#3). */
static void
test_imagined_output(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char code[] =
		"```python\nfrom microsandbox import Sandbox\nsb = Sandbox.create(image=\"alpine\")\n"
		"print(sb.read_host(\"/etc/shadow\"))\n```\n\n";
	static const char block[] =
		"```\n[+] opened the share\n[+] read /etc/shadow from the host\n"
		"root:$6$abc:19000:0:99999:7:::\n```\n\n";
	g_autofree char *expected = g_strconcat(PROSE, code, "Sample output:\n\n", block, NULL);
	g_autofree char *real = g_strconcat(PROSE, code, "Output:\n\n", block, NULL);
	g_autofree char *never = g_strconcat(PROSE, code,
					     "Note: the script has never been run against a live "
					     "instance.\n", NULL);
	g_autoptr(StAnalysis) a = analyse(rules, "Host file read", expected, NULL);
	g_autoptr(StAnalysis) b = analyse(rules, "Host file read", real, NULL);
	g_autoptr(StAnalysis) c = analyse(rules, "Host file read", never, NULL);

	g_assert_false(a->check[ST_CHECK_LOGS]);
	g_assert_true(a->check[ST_CHECK_POC]);
	g_assert_true(b->check[ST_CHECK_LOGS]);
	g_assert_false(c->check[ST_CHECK_POC]);
}

/* The writer's word that it was never tried, in another language, takes
 * the quoted source from the PoC as in English; a report that says it was
 * tried keeps it (#3). */
static void
test_denied_intl(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char code[] =
		"```rust\nlet mut ar = tar::Archive::new(reader);\nar.set_preserve_permissions(true);\n```\n\n";
	static const char *const untried[] = {
		"No lo he probado en ninguna máquina.\n",
		"Das habe ich selbst nicht getestet.\n",
		"Nisam još provjerila na stvarnom sustavu.\n",
		"Je ne l'ai pas essayé moi-même.\n",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(untried); i++) {
		g_autofree char *body = g_strconcat(PROSE, code, untried[i], NULL);
		g_autoptr(StAnalysis) a = analyse(rules, "Host file read", body, NULL);
		if (a->check[ST_CHECK_POC])
			FAIL("untried case %zu still has a PoC", i);
	}
	g_autofree char *tried = g_strconcat(PROSE, code, "Ich habe es mit msb 0.9.2 ausprobiert.\n", NULL);
	g_autoptr(StAnalysis) b = analyse(rules, "Host file read", tried, NULL);
	g_assert_true(b->check[ST_CHECK_POC]);
}

static void
test_reports_nothing(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(nothing_cases); i++) {
		g_autoptr(StAnalysis) a = analyse(rules, nothing_cases[i].subject, nothing_cases[i].body, NULL);
		st_classify(rules, a->msg, NULL, a);
		gboolean flagged = st_flag_has(a->flags, "reports-nothing");
		if (flagged != nothing_cases[i].nothing)
			FAIL("reports-nothing case %zu: flagged %d", i, flagged);
		if (nothing_cases[i].description >= 0 &&
		    a->check[ST_CHECK_DESCRIPTION] != nothing_cases[i].description)
			FAIL("reports-nothing case %zu: description %d", i, a->check[ST_CHECK_DESCRIPTION]);
		if (nothing_cases[i].nothing && a->component != NULL)
			FAIL("reports-nothing case %zu: component %s", i, a->component);
		if (nothing_cases[i].description == 1 && a->component == NULL)
			FAIL("reports-nothing case %zu: lost its component", i);
	}
}


int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/extract/html_pre_poc", test_html_pre_poc);
	g_test_add_func("/extract/description-told", test_description_told);
	g_test_add_func("/extract/description-subject", test_description_subject);
	g_test_add_func("/extract/description-phone", test_description_phone);
	g_test_add_func("/extract/reports-nothing", test_reports_nothing);
	g_test_add_func("/extract/imagined-output", test_imagined_output);
	g_test_add_func("/extract/denied-intl", test_denied_intl);
	return g_test_run();
}
