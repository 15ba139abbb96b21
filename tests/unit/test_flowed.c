/*
 * test_flowed.c — flowed.c: RFC 3676 format=flowed decoding, rule by rule,
 * against a line-by-line reference on random text, in linear time, and in
 * parsed messages (body text, alternatives, attachments, other parts left
 * alone).
 */
#include <string.h>

#include "sectriage/common.h"
#include "sectriage/flowed.h"
#include "sectriage/message.h"

static const struct {
	const char *in;
	gboolean delsp;
	const char *out;
} cases[] = {
	/* a soft break (trailing space) is joined, the space kept */
	{ "one two \nthree\n", FALSE, "one two three\n" },
	{ "a \nb \nc\nd\n", FALSE, "a b c\nd\n" },
	/* a fixed line (no trailing space) is not */
	{ "one\ntwo\n", FALSE, "one\ntwo\n" },
	/* DelSp=yes: the trailing space is deleted before joining */
	{ "abc \ndef\n", TRUE, "abcdef\n" },
	{ "one two \nthree\n", TRUE, "one twothree\n" },
	/* a fixed line keeps a space that is not its last byte */
	{ "x  y\n", TRUE, "x  y\n" },
	/* quoted lines join only at the same depth, keep their marks */
	{ "> a \n> b\n", FALSE, "> a b\n" },
	{ ">> a \n>> b\n", FALSE, ">> a b\n" },
	{ ">a \n>b\n", FALSE, ">a b\n" },
	{ "> a \n>> b\n", FALSE, "> a \n>> b\n" },
	{ ">> a \n> b\n", FALSE, ">> a \n> b\n" },
	{ "> a \nb\n", FALSE, "> a \nb\n" },
	{ "a \n> b\n", FALSE, "a \n> b\n" },
	/* "> > x" is depth 1 (marks are contiguous): stuffing, then "> x" */
	{ "> > a \n> > b\n", FALSE, "> > a > b\n" },
	/* space-stuffing is removed (depth 0); an indent of two or more
	 * spaces is kept as written when the text's indents are even (a
	 * writer's two or four, sent by a client that does not stuff) */
	{ " From here\n", FALSE, "From here\n" },
	{ " >not quoted\n", FALSE, ">not quoted\n" },
	{ "a \n b\n", FALSE, "a b\n" },
	{ "  $ msb --version\n  msb 0.8.4\n", FALSE, "  $ msb --version\n  msb 0.8.4\n" },
	{ "Run:\n\n  msb up\n\n    nested\n", FALSE, "Run:\n\n  msb up\n\n    nested\n" },
	/* ...and loses the stuffing space when they are odd: the writer's
	 * two and four, sent stuffed as three and five (Thunderbird) */
	{ "   $ msb --version\n   msb 0.8.4\n", FALSE, "  $ msb --version\n  msb 0.8.4\n" },
	{ "   a\n\n  b\n\n     c\n", FALSE, "  a\n\n b\n\n    c\n" },
	/* a block counts by its least indent (a right-aligned column) */
	{ "   PID CMD\n     1 init\n    41 node\n    57 node\n", FALSE,
	  "  PID CMD\n    1 init\n   41 node\n   57 node\n" },
	/* " >" or " From" proves a stuffing client, one space before other
	 * content one that does not stuff */
	{ " >x\n    a\n", FALSE, ">x\n   a\n" },
	{ " x\n   a\n   b\n", FALSE, "x\n   a\n   b\n" },
	/* quoted lines keep the indent after their marks' space */
	{ ">    a\n>    b\n", FALSE, ">    a\n>    b\n" },
	{ "> a \n> b\n", TRUE, "> ab\n" },
	{ ">  indented \n>  more\n", FALSE, ">  indented   more\n" },
	/* the signature separator is fixed, and never a continuation */
	{ "-- \nBob\n", FALSE, "-- \nBob\n" },
	{ "text \n-- \nBob\n", FALSE, "text \n-- \nBob\n" },
	{ "-- \nBob\n", TRUE, "-- \nBob\n" },
	{ "> -- \n> Bob\n", FALSE, "> -- \n> Bob\n" },
	/* a flowed line before a blank line or the end ends its paragraph;
	 * the blank line stays */
	{ "a \n\nb\n", FALSE, "a \n\nb\n" },
	{ "a \n\nb\n", TRUE, "a\n\nb\n" },
	{ "> a \n>\n> b\n", FALSE, "> a \n>\n> b\n" },
	{ "a \n", FALSE, "a \n" },
	{ "a ", FALSE, "a " },
	{ "a \nb", FALSE, "a b" },
	/* CR LF and lone CR line ends; the output has LF */
	{ "one \r\ntwo\r\nthree\r\n", FALSE, "one two\nthree\n" },
	{ "one \rtwo\r", FALSE, "one two\n" },
	{ "a\r\n\r\nb", FALSE, "a\n\nb" },
	/* a line of spaces only is blank: it ends a paragraph, never opens one */
	{ "a \n \nb\n", FALSE, "a \n \nb\n" },
	{ "a\n   \nb\n", FALSE, "a\n   \nb\n" },
	{ "> a \n>  \n> b\n", FALSE, "> a \n>  \n> b\n" },
	/* UTF-8 and NUL bytes pass as they are */
	{ "caf\xc3\xa9 \nau lait\n", FALSE, "caf\xc3\xa9 au lait\n" },
	{ "", FALSE, "" },
	{ "\n\n", FALSE, "\n\n" },
};

static void
test_table(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GString) out = g_string_new("pre:");
		st_flowed_decode(out, cases[i].in, strlen(cases[i].in), cases[i].delsp);
		g_autofree char *want = g_strconcat("pre:", cases[i].out, NULL);
		if (strcmp(out->str, want) != 0)
			g_error("case %zu: \"%s\" gave \"%s\", want \"%s\"", i, cases[i].in,
				out->str + 4, cases[i].out);
	}
	g_autoptr(GString) nul = g_string_new(NULL);
	st_flowed_decode(nul, "a\0b \nc\n", 7, FALSE);
	g_assert_cmpmem(nul->str, nul->len, "a\0b c\n", 6);
}

/* The decoder by the RFC's words, on lines split first: each line's depth,
 * stuffing, flowed-ness, then paragraphs joined. */
static GString *
reference(const char *s, gsize len, gboolean delsp)
{
	GString *out = g_string_new(NULL);
	g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func(g_free);
	gsize start = 0;
	gboolean last_eol = FALSE;

	for (gsize i = 0; i <= len; i++) {
		if (i == len || s[i] == '\n' || s[i] == '\r') {
			if (i == len && i == start)
				break;
			g_ptr_array_add(lines, g_strndup(s + start, i - start));
			last_eol = i < len;
			if (i < len && s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
				i++;
			start = i + 1;
		}
	}
	/* stuffed: a line " >" or " From " says so, a line " x" says not;
	 * else the least indents of the blocks of indented lines vote, odd
	 * for stuffed, even against */
	int vote = 0, decided = -1;
	gsize least = 0;
	for (guint n = 0; n <= lines->len && decided < 0; n++) {
		const char *l = n < lines->len ? g_ptr_array_index(lines, n) : "";
		gsize sp = strspn(l, " ");
		if (sp == 1 && l[1] != '\0')
			decided = l[1] == '>' || g_str_has_prefix(l + 1, "From ");
		else if (sp > 0 && l[sp] != '\0')
			least = least ? MIN(least, sp) : sp;
		else if (least)
			vote += least % 2 ? 1 : -1, least = 0;
	}
	gboolean stuffed = decided >= 0 ? decided : vote > 0;

	gboolean open = FALSE;
	gsize open_depth = 0;
	for (guint n = 0; n < lines->len; n++) {
		const char *l = g_ptr_array_index(lines, n);
		gsize depth = strspn(l, ">");
		const char *c = l + depth;
		if (c[0] == ' ' && c[1] != '\0' && (c[1] != ' ' || (stuffed && depth == 0)))
			c++;
		gboolean blank = c[strspn(c, " ")] == '\0';
		gboolean sig = strcmp(c, "-- ") == 0;
		gboolean flowed = !blank && c[strlen(c) - 1] == ' ' && !sig;
		gboolean joins = open && depth == open_depth && !blank && !sig;
		if (open && !joins)
			g_string_append_c(out, '\n');
		if (!joins && depth > 0)
			g_string_append_len(out, l, c - l);
		g_string_append_len(out, c, strlen(c) - (flowed && delsp));
		open = flowed;
		open_depth = depth;
		if (!open && (n + 1 < lines->len || last_eol))
			g_string_append_c(out, '\n');
	}
	if (open && last_eol)
		g_string_append_c(out, '\n');
	return out;
}

static void
test_reference(void)
{
	static const char *const pieces[] = { " ", "\n", "\r\n", "\r", ">", "a", "-- ", "From",
					      "\xc3\xa9" };
	g_autoptr(GRand) rnd = g_rand_new_with_seed(3676);

	for (int n = 0; n < 5000; n++) {
		g_autoptr(GString) in = g_string_new(NULL);
		int k = g_rand_int_range(rnd, 0, 40);
		for (int i = 0; i < k; i++)
			g_string_append(in, pieces[g_rand_int_range(rnd, 0, G_N_ELEMENTS(pieces))]);
		gboolean delsp = n % 2;
		g_autoptr(GString) got = g_string_new(NULL);
		st_flowed_decode(got, in->str, in->len, delsp);
		GString *want = reference(in->str, in->len, delsp);
		if (strcmp(got->str, want->str) != 0)
			g_error("\"%s\" (delsp %d) gave \"%s\", want \"%s\"",
				g_strescape(in->str, NULL), delsp, g_strescape(got->str, NULL),
				g_strescape(want->str, NULL));
		g_assert_cmpuint(got->len, <=, in->len);
		g_string_free(want, TRUE);
	}
}

/* One pass: megabytes of any line shape decode in well under a second. */
static void
test_linear(void)
{
	static const char *const units[] = { "a \n", "\r", ">", "> x \n", "a", " \n" };

	for (gsize u = 0; u < G_N_ELEMENTS(units); u++) {
		g_autoptr(GString) s = g_string_new(NULL);
		while (s->len < (4 << 20))
			g_string_append(s, units[u]);
		g_autoptr(GString) out = g_string_new(NULL);
		gint64 t0 = g_get_monotonic_time();
		st_flowed_decode(out, s->str, s->len, FALSE);
		g_assert_cmpint(g_get_monotonic_time() - t0, <, 2 * G_USEC_PER_SEC);
		g_assert_cmpuint(out->len, <=, s->len);
	}
}

static void
test_params(void)
{
	gboolean del = TRUE;

	g_assert_true(st_flowed_params("flowed", NULL, &del));
	g_assert_false(del);
	g_assert_true(st_flowed_params("Flowed", "Yes", &del));
	g_assert_true(del);
	g_assert_true(st_flowed_params("FLOWED", "no", &del));
	g_assert_false(del);
	g_assert_false(st_flowed_params("fixed", "yes", &del));
	g_assert_false(del);
	g_assert_false(st_flowed_params(NULL, NULL, NULL));
}

static StMessage *
parse(const char *text)
{
	return st_message_parse_data(text, strlen(text), NULL);
}

#define LINK_LINE "Please credit Jane Roe (Example Lab), https://github.com/jane-roe-example"

/* In a message: the body of a flowed text/plain part, any case of the
 * parameters, CR LF, inside an alternative; other parts as they are. */
static void
test_messages(void)
{
	g_autoptr(StMessage) top = parse(
		"From: a@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
		"Content-Type: text/plain; charset=utf-8; Format=\"Flowed\"; DelSp=No\r\n\r\n"
		"Please credit Jane Roe (Example Lab), \r\n"
		"https://github.com/jane-roe-example\r\n\r\n"
		"-- \r\nJane\r\n");
	g_assert_nonnull(strstr(top->body_text, LINK_LINE "\n\n-- \nJane"));

	g_autoptr(StMessage) del = parse(
		"From: a@example.org\nSubject: s\nMIME-Version: 1.0\n"
		"Content-Type: text/plain; format=flowed; delsp=yes\n\n"
		"msb run --volume /srv/data:/data --net-allow 10.0.0.1 \ndebian\n");
	g_assert_nonnull(strstr(del->body_text, "--net-allow 10.0.0.1debian"));

	/* not flowed: the trailing space and the break stay */
	g_autoptr(StMessage) fixed = parse(
		"From: a@example.org\nSubject: s\nMIME-Version: 1.0\n"
		"Content-Type: text/plain; charset=us-ascii\n\n"
		"Please credit Jane Roe (Example Lab), \n https://github.com/jane-roe-example\n");
	g_assert_nonnull(strstr(fixed->body_text, "(Example Lab), \n https://github.com/"));
	g_assert_null(strstr(fixed->body_text, LINK_LINE));

	/* format=flowed on HTML means nothing */
	g_autoptr(StMessage) html = parse(
		"From: a@example.org\nSubject: s\nMIME-Version: 1.0\n"
		"Content-Type: text/html; format=flowed\n\n<pre>one \ntwo</pre>\n");
	g_assert_null(strstr(html->body_text, "one two"));

	/* the flowed text/plain of an alternative is the body; a flowed text
	 * attachment is unwrapped too, its content kept as sent; a second
	 * text part that is not flowed stays as it is */
	g_autoptr(StMessage) alt = parse(
		"From: a@example.org\nSubject: s\nMIME-Version: 1.0\n"
		"Content-Type: multipart/mixed; boundary=\"m\"\n\n"
		"--m\nContent-Type: multipart/alternative; boundary=\"a\"\n\n"
		"--a\nContent-Type: text/plain; charset=utf-8; format=flowed\n"
		"Content-Transfer-Encoding: quoted-printable\n\n"
		"Please credit Jane Roe (Example Lab),=20\n"
		"https://github.com/jane-roe-example\n\n"
		"> quoted from our=20\n> ack\n"
		"--a\nContent-Type: text/html\n\n<p>Please credit Jane</p>\n"
		"--a--\n"
		"--m\nContent-Type: text/plain; format=flowed\n"
		"Content-Disposition: attachment; filename=\"notes.txt\"\n\n"
		"$ msb run --name a-very-long-name \n--volume /a:/b\n"
		"--m\nContent-Type: text/plain\nContent-Disposition: inline\n\n"
		"tail line \nnot joined\n"
		"--m--\n");
	g_assert_nonnull(strstr(alt->body_text, LINK_LINE "\n\n> quoted from our ack"));
	g_assert_null(strstr(alt->body_text, "<p>"));
	g_assert_nonnull(strstr(alt->body_text, "tail line \nnot joined"));
	g_assert_cmpuint(alt->attachments->len, ==, 1);
	const StAttachment *att = g_ptr_array_index(alt->attachments, 0);
	g_assert_cmpstr(att->filename, ==, "notes.txt");
	g_assert_nonnull(strstr(att->text, "$ msb run --name a-very-long-name --volume /a:/b"));
	gsize n;
	const char *raw = g_bytes_get_data(att->content, &n);
	g_assert_nonnull(g_strstr_len(raw, n, "a-very-long-name \n--volume"));
}

/* The text limit holds on the unwrapped text. */
static void
test_limit(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	cfg->limits.max_text_bytes = 1024;
	g_autoptr(GString) m = g_string_new("From: a@example.org\nSubject: s\nMIME-Version: 1.0\n"
					    "Content-Type: text/plain; format=flowed\n\n");
	for (int i = 0; i < 1000; i++)
		g_string_append(m, "word \n");
	g_autoptr(StMessage) msg = st_message_parse_data(m->str, m->len, cfg);
	g_assert_true(st_flag_has(msg->flags, "text-limit"));
	g_assert_cmpuint(strlen(msg->body_text), <=, 1024);
	g_assert_null(strchr(msg->body_text, '\n'));
	g_assert_true(g_str_has_prefix(msg->body_text, "word word word"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/flowed/table", test_table);
	g_test_add_func("/flowed/reference", test_reference);
	g_test_add_func("/flowed/linear", test_linear);
	g_test_add_func("/flowed/params", test_params);
	g_test_add_func("/flowed/messages", test_messages);
	g_test_add_func("/flowed/limit", test_limit);
	return g_test_run();
}
