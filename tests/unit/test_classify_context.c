/* test_classify_context.c — the message around the claim: a follow-up to our
 * acknowledgment, a word in the Subject, in a quote or on a wrapped line,
 * and who is speaking (an impostor, staff persuaded, a flaw reported
 * elsewhere).
 * Split from test_classify.c by area; what the programs share is in
 * classify_helpers.h. */
#include "classify_helpers.h"

/* [followup]: a reply to our acknowledgment (our tracking id in the
 * subject) that only adds a version takes class and component from the
 * subject we echoed; the same text without the tracking id gets neither. */
static void
test_followup_subject(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *body = "Sorry, I left the version out of my first mail: it's msb 0.6.14.";
	g_autoptr(StAnalysis) a = classify(rules, "Re: [SEC-2026-0142] Received: Guest can overwrite "
					   "host files through the virtiofs share", body, FALSE);
	g_autoptr(StAnalysis) b = classify(rules, "Re: Guest can overwrite host files through the "
					   "virtiofs share", body, FALSE);

	a->check[ST_CHECK_DESCRIPTION] = b->check[ST_CHECK_DESCRIPTION] = FALSE;
	st_classify(rules, a->msg, NULL, a);
	st_classify(rules, b->msg, NULL, b);
	g_assert_cmpstr(a->klass, ==, "sandbox_escape");
	g_assert_cmpstr(a->component, ==, "core");
	g_assert_null(b->klass);
	g_assert_null(b->component);
}

/* [followup.bare] (1706): a reply whose subject is only our tracking id
 * and our acknowledgment's words echoes no report: a change of contact
 * under it gets no component; one whose subject still carries a title
 * ("Received: msb cp follows a symlink ...") takes it from there. */
static void
test_followup_bare_subject(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *body = "Please write to our incident team's address from now on; Ms Okafor has "
			   "moved to another department. We have nothing to add for now.";
	static const char *const bare[] = {
		"AW: [SEC-2027-0733] We received your report",
		"RE: [SEC-2027-0733] Received: your security report",
		"Re: [SEC-2027-0733]",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(bare); i++) {
		g_autoptr(StAnalysis) a = classify(rules, bare[i], body, FALSE);
		a->check[ST_CHECK_DESCRIPTION] = FALSE;
		st_classify(rules, a->msg, NULL, a);
		if (a->component != NULL)
			g_error("bare subject %zu (%s): component %s", i, bare[i], a->component);
	}
	g_autoptr(StAnalysis) b = classify(rules, "Re: [SEC-2027-0733] Received: msb cp follows a "
					   "symlink the guest plants and writes outside the target", body, FALSE);
	b->check[ST_CHECK_DESCRIPTION] = FALSE;
	st_classify(rules, b->msg, NULL, b);
	g_assert_cmpstr(b->component, ==, "core");
}

/* [impostor]: phishing in the project's name from a look-alike domain is
 * no flaw of any component (no class, no component, no platform to ask
 * for); a maintainer phished into a malicious release is supply chain. */
static void
test_impostor(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) a = classify(rules, "Phishing mail impersonating microsandbox",
					   "A mail that pretends to come from the maintainers links to a\n"
					   "look-alike domain (not your domain) whose install script fetches a\n"
					   "backdoored msb binary instead of the release binary.", TRUE);
	g_assert_null(a->klass);
	g_assert_null(a->component);
	g_assert_true(a->check_na[ST_CHECK_PLATFORM]);

	g_autoptr(StAnalysis) s = classify(rules, "Maintainer phished, malicious release on PyPI",
					   "A phishing mail impersonating PyPI support stole a maintainer's\n"
					   "token; the compromised account published a malicious microsandbox\n"
					   "wheel on PyPI.", TRUE);
	g_assert_cmpstr(s->klass, ==, "supply_chain");
	g_assert_cmpstr(s->component, ==, "release_infra");
}

/* [elsewhere]: another project's flaw sent to us by mistake (a name like
 * ours written otherwise, our address found by a search or the mail said
 * to be meant for someone else) gets no class, no component and none of
 * our versions (1041); the same finding told without the mistake, a
 * misspelling of our name alone, or a report that names the look-alike in
 * passing beside msb keeps them. */
static const struct {
	const char *subject, *body;
	gboolean ours;
} elsewhere_cases[] = {
	{ "Template sandbox escape in micro_sandbox",
	  "I found an escape in micro_sandbox, the PHP template sandbox (release 1.4.0).\n"
	  "Your address came up when I searched for its maintainers. Any template can reach\n"
	  "the host filesystem through the include filter and read /etc/shadow on the server.", FALSE },
	{ "Escape del sandbox en micro-sandbox",
	  "Hola. Su dirección apareció al buscar el paquete micro-sandbox (npm, 3.0.2).\n"
	  "Any widget can escape the sandbox and read the host page's cookies and session\n"
	  "token through the bridge.", FALSE },
	{ "micro-sandbox: escape to the host page",
	  "Bonjour, je crois vous avoir envoyé ce rapport par erreur : micro-sandbox 0.3.0\n"
	  "lets any sandboxed frame escape the sandbox and read the host page's session token.", FALSE },
	/* the finding without the mistake */
	{ "Template sandbox escape",
	  "I found an escape in the sandbox (release 1.4.0). Any template can reach\n"
	  "the host filesystem through the include filter and read /etc/shadow on the server.", TRUE },
	/* our name misspelt: our product */
	{ "micro-sandbox --isolated does not isolate",
	  "With micro-sandbox the guest can escape the sandbox and read the host's /etc/shadow\n"
	  "through the shared mount.", TRUE },
	/* the look-alike named in passing beside our own version */
	{ "Guest reads host files",
	  "Your address came up when I searched for a contact. Like the micro-sandbox iframe\n"
	  "library's bug, msb 0.9.2 lets the guest escape the sandbox and read the host's\n"
	  "/etc/shadow through the shared mount.", TRUE },
};

static void
test_elsewhere(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();

	for (gsize i = 0; i < G_N_ELEMENTS(elsewhere_cases); i++) {
		g_autofree char *mail = g_strdup_printf("From: r@example.org\nTo: security@superrad.company\n"
							"Subject: %s\nContent-Type: text/plain; charset=utf-8\n\n%s\n",
							elsewhere_cases[i].subject, elsewhere_cases[i].body);
		g_autoptr(StAnalysis) a = tu_analysis_of(mail);
		st_extract(rules, a->msg, NULL, a);
		a->check[ST_CHECK_DESCRIPTION] = TRUE;
		st_set(&a->version, "1.4.0");
		a->check[ST_CHECK_VERSION] = TRUE;
		st_classify(rules, a->msg, NULL, a);
		g_test_message("elsewhere %" G_GSIZE_FORMAT, i);
		if (elsewhere_cases[i].ours) {
			g_assert_nonnull(a->klass);
			g_assert_nonnull(a->component);
			g_assert_cmpstr(a->version, ==, "1.4.0");
		} else {
			g_assert_null(a->klass);
			g_assert_null(a->component);
			g_assert_null(a->version);
			g_assert_false(a->check[ST_CHECK_VERSION]);
		}
	}
}

/* [persuaded]: support staff talked into making an impostor an admin
 * is social engineering, no software bug of any class; the component
 * whose accounts it reached stays (1750).  Social engineering as the first
 * step of a software bug keeps its class. */
static void
test_persuaded(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) a = classify(rules, "Help desk made a stranger admin of our cloud org",
					   "Our pentest was social engineering only: I phoned your help desk as\n"
					   "our IT lead, and the agent added my address as org admin of the cloud\n"
					   "console without any verification. Then I could create API keys.\n"
					   "This isn't a software vulnerability, just a process gap.", TRUE);
	g_assert_null(a->klass);
	g_assert_cmpstr(a->component, ==, "cloud");

	g_autoptr(StAnalysis) d = classify(rules, "Support reset an account for a pretexting caller",
					   "In a pretexting test the support desk reset the MFA of a cloud org admin\n"
					   "for me; nobody called the admin back. No code bug involved.", TRUE);
	g_assert_null(d->klass);

	g_autoptr(StAnalysis) s = classify(rules, "Cloud API authorization bypass",
					   "With a little social engineering the victim shares an org invite link;\n"
					   "the cloud API then accepts a viewer token for admin endpoints, an\n"
					   "authorization bypass. This is not a software bug in the SDK.", TRUE);
	g_assert_nonnull(s->klass);
}

/* The subject counts more than a passing mention in the body. */
static void
test_subject_weighs_more(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) a = classify(rules, "Secret leak in environment of the guest",
					   "The credentials end up in printenv output.  (Our network policy\n"
					   "is the default one; egress was not involved.)", TRUE);
	g_assert_cmpstr(a->klass, ==, "secret_leakage");
	g_assert_cmpstr(a->class_evidence, ==, "Secret leak in environment of the guest");
}

/* Hard-wrapped text: a phrase broken over two lines still counts, and the
 * evidence is the line as written. */
static void
test_wrapped_lines(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) a = classify(rules, "Disk contents readable",
					   "An attacker with physical\naccess to the laptop can read the images.\n", FALSE);
	g_assert_cmpuint(a->out_of_scope->len, ==, 1);
	g_assert_cmpstr(g_ptr_array_index(a->out_of_scope, 0), ==, "physical_access");
	g_assert_cmpstr(g_ptr_array_index(a->out_of_scope_evidence, 0), ==, "An attacker with physical");

	/* a long line (an HTML paragraph): the evidence is a window around the match */
	g_autoptr(GString) para = g_string_new(NULL);
	for (int i = 0; i < 40; i++)
		g_string_append(para, "Some long introduction about our setup and history. ");
	g_string_append(para, "An attacker with physical access to the laptop can read the images.");
	g_autoptr(StAnalysis) c = classify(rules, "Disk contents readable", para->str, FALSE);
	g_assert_cmpuint(c->out_of_scope->len, ==, 1);
	const char *ev = g_ptr_array_index(c->out_of_scope_evidence, 0);
	g_assert_nonnull(strstr(ev, "physical access"));
	g_assert_cmpuint(strlen(ev), <=, 200);

	/* a paragraph break is not joined */
	g_autoptr(StAnalysis) b = classify(rules, "Notes",
					   "1. physical\n\naccess to the logs would help\n", FALSE);
	g_assert_cmpuint(b->out_of_scope->len, ==, 0);
}

/* Quoted earlier mail counts less than what the reporter writes now. */
static void
test_quoted_weighs_less(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StAnalysis) a = classify(rules, "Re: question",
					   "Actually it is worse: the credentials leak into the guest and\n"
					   "the secret values show up in printenv.\n\n"
					   "> egress filter bypass?\n> network policy bypass\n", TRUE);
	g_assert_cmpstr(a->klass, ==, "secret_leakage");
}


int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add_func("/classify/followup-subject", test_followup_subject);
	g_test_add_func("/classify/followup-bare-subject", test_followup_bare_subject);
	g_test_add_func("/classify/impostor", test_impostor);
	g_test_add_func("/classify/persuaded", test_persuaded);
	g_test_add_func("/classify/elsewhere", test_elsewhere);
	g_test_add_func("/classify/subject-weighs-more", test_subject_weighs_more);
	g_test_add_func("/classify/quoted-weighs-less", test_quoted_weighs_less);
	g_test_add_func("/classify/wrapped-lines", test_wrapped_lines);
	return g_test_run();
}
