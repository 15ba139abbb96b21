/*
 * test_dictation.c — dictation.c: a dictated text's spoken punctuation
 * written back, the texts it leaves alone, in a parsed message (plain and
 * HTML) and what the checklist then reads in it (issue #3, round 271).
 */
#include <string.h>

#include "sectriage/analysis.h"
#include "sectriage/dictation.h"
#include "sectriage/extract.h"
#include "sectriage/message.h"
#include "testutil.h"

/* A voice-typed report: sentences ended by "period", steps numbered so. */
#define SAID "Hello security team period\n\n" \
	"I found that terminal share links keep working after you revoked them period\n\n" \
	"What I did colon\n" \
	"1 period I created a sandbox and ran msb cloud share sb1 which printed a link\n" \
	"2 period I opened the link in a private window and got a root terminal comma as expected\n" \
	"3 period I clicked revoke period the dashboard now says revoked\n" \
	"4 period I refreshed the window and could still type commands period\n\n" \
	"Is that expected question mark Thanks\n"

#define WRITTEN "Hello security team.\n\n" \
	"I found that terminal share links keep working after you revoked them.\n\n" \
	"What I did:\n" \
	"1. I created a sandbox and ran msb cloud share sb1 which printed a link\n" \
	"2. I opened the link in a private window and got a root terminal, as expected\n" \
	"3. I clicked revoke. the dashboard now says revoked\n" \
	"4. I refreshed the window and could still type commands.\n\n" \
	"Is that expected? Thanks\n"

static const struct {
	const char *in;
	const char *out;   /* NULL: not dictated, left alone */
} cases[] = {
	{ SAID, WRITTEN },
	{ "Full stop at the end full stop\nAnother one full stop\nAnd the last full stop",
	  "Full stop at the end.\nAnother one.\nAnd the last." },
	/* a release said with "point", in any text; a number in prose that
	 * is no release, and a release already written, stay */
	{ "Version is 0.12 point 2 on Debian 12\n", "Version is 0.12.2 on Debian 12\n" },
	{ "it's 0 point 12 point 3 from brew, not 0.12.1\n", "it's 0.12.3 from brew, not 0.12.1\n" },
	{ "we scored it 7 point 5 and msb 0.12.2 was fine\n", NULL },
	{ "build 10.0.26100 point of no return\n", NULL },
	/* the word in prose: a grace period, a retention period, a comma in
	 * a sentence about commas */
	{ "The grace period is 30 days. The retention period is set by the org. After the trial period\n"
	  "the key stays valid. A comma in the name breaks the parser period\n", NULL },
	/* two sentence ends are not enough */
	{ "it breaks period\nno idea why period\n", NULL },
	{ "", NULL },
	{ "no punctuation spoken here at all", NULL },
};

static void
test_table(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		GString *out = NULL;
		gboolean said = st_dictation_punctuate(cases[i].in, strlen(cases[i].in), &out);
		if (cases[i].out == NULL) {
			if (said)
				g_error("case %zu: punctuated \"%s\"", i, out->str);
			continue;
		}
		if (!said || strcmp(out->str, cases[i].out) != 0)
			g_error("case %zu: gave \"%s\", want \"%s\"", i, said ? out->str : "(nothing)",
				cases[i].out);
		g_string_free(out, TRUE);
	}
}

/* In a message, plain or HTML: the body text is punctuated, and its
 * numbered steps are the reproduction the checklist asks for. */
static void
test_message(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	const char *heads[] = {
		"From: a@example.org\nSubject: share links\nMIME-Version: 1.0\n"
		"Content-Type: text/plain; charset=utf-8\n\n" SAID,
		"From: a@example.org\nSubject: share links\nMIME-Version: 1.0\n"
		"Content-Type: text/html; charset=utf-8\n\n<div>" SAID "</div>",
	};

	for (gsize i = 0; i < G_N_ELEMENTS(heads); i++) {
		g_autoptr(StAnalysis) a = st_analysis_new();
		a->msg = tu_parse(heads[i]);
		g_assert_nonnull(strstr(a->msg->body_text, "1. I created a sandbox"));
		g_assert_null(strstr(a->msg->body_text, " period"));
		st_extract(rules, a->msg, NULL, a);
		if (!a->check[ST_CHECK_POC])
			g_error("message %zu: the numbered steps are no reproduction", i);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/dictation/table", test_table);
	g_test_add_func("/dictation/message", test_message);
	return g_test_run();
}
