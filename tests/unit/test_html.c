/*
 * test_html.c — html.c: HTML to text, table-driven, plus bounds and
 * malformed markup.
 */
#include <string.h>

#include "sectriage/html.h"

static const struct {
	const char *html;
	const char *text;
} cases[] = {
	{ "plain words", "plain words\n" },
	{ "<p>one</p><p>two</p>", "one\n\ntwo\n" },
	/* a paragraph without margins is a line: Outlook's and Word's
	 * MsoNormal lines, an editor's margin:0; an empty one a blank line */
	{ "<p class=MsoNormal>one<o:p></o:p></p>\n<p class=MsoNormal>two<o:p></o:p></p>\n"
	  "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal>three<o:p></o:p></p>",
	  "one\ntwo\n\nthree\n" },
	{ "<p class=\"msoplaintext\">a</p><p class=\"MsoPlainText\">b</p>", "a\nb\n" },
	{ "<p style=\"margin:0\">a</p><p style=\"margin: 0cm\">b</p>", "a\nb\n" },
	{ "<p style=\"MARGIN-TOP:0px; margin-bottom:.0001pt\">a</p><p style=\"margin-top:0;margin-bottom:0\">b</p>",
	  "a\nb\n" },
	/* ...but one with a margin, or margins left to the browser, is a
	 * paragraph */
	{ "<p style=\"margin:1em\">a</p><p style=\"margin:0\">b</p>", "a\n\nb\n" },
	{ "<p style=\"margin-top:0\">a</p><p class=\"body\">b</p>", "a\n\nb\n" },
	{ "<p class=MsoNormal>a</p><p>b</p><p class=MsoNormal>c</p>", "a\n\nb\n\nc\n" },
	{ "a<br>b<br><br>c", "a\nb\n\nc\n" },
	{ "<div>x</div><div>y</div>", "x\ny\n" },
	/* (#3, 4397) the empty lines a webmail writes as "<div><br></div>"
	 * stay as many blank lines, three at most */
	{ "<div>lead:</div><div><br></div><div><br></div><div><br></div><div>next</div>",
	  "lead:\n\n\n\nnext\n" },
	{ "a<br><br><br><br><br><br>b", "a\n\n\n\nb\n" },
	{ "  lots   of \n\n  space  ", "lots of space\n" },
	{ "<ul><li>one</li><li>two</li></ul>", "- one\n- two\n" },
	/* an ordered list keeps its numbers, nested lists their own kind */
	{ "<ol><li>one</li><li>two</li></ol>", "1. one\n2. two\n" },
	{ "<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol><ul><li>d</li></ul>",
	  "1. a\n\n- b\n\n2. c\n\n- d\n" },
	{ "<pre>  keep\n    this\r\n</pre>after", "  keep\n    this\n\nafter\n" },
	/* (#3) a <pre> after other text goes out fenced, a block of its own;
	 * one the body opens with (the whole plain text) stays as it is */
	{ "<div>Run:</div><pre>msb run -v /:/h alpine\nid</pre><div>done</div>",
	  "Run:\n\n```\nmsb run -v /:/h alpine\nid\n```\n\ndone\n" },
	{ "<p>a</p><pre>x\n</pre>b", "a\n\n```\nx\n```\n\nb\n" },
	{ "<pre>whole\nmail</pre>", "whole\nmail\n" },
	/* (#3, 3592) sentences set in a <pre> after other text (a portal
	 * quoting a submitted finding as written) are not fenced as code */
	{ "<h3>Finding details</h3><pre>Summary\nThe release workflow of microsandbox at tag v0.12.8 runs a tool that "
	  "it installs from two package indexes at once:\n\n  pip install --extra-index-url https://x.example/simple t\n\n"
	  "With that option pip considers both indexes and installs the highest version it finds on either of "
	  "them.\n</pre>",
	  "Finding details\n\nSummary\nThe release workflow of microsandbox at tag v0.12.8 runs a tool that it installs "
	  "from two package indexes at once:\n\n  pip install --extra-index-url https://x.example/simple t\n\n"
	  "With that option pip considers both indexes and installs the highest version it finds on either of them.\n" },
	/* ... one long sentence is not enough: a comment above code */
	{ "<div>Run:</div><pre>This is the script I used on the host, it should print the token that the guest can "
	  "read from there:\ncat /proc/1/environ</pre>",
	  "Run:\n\n```\nThis is the script I used on the host, it should print the token that the guest can read "
	  "from there:\ncat /proc/1/environ\n```\n" },
	{ "&amp; &lt;b&gt; &quot;q&quot; &#39;s&#39; &#x20AC; &euro; &nbsp;x", "& <b> \"q\" 's' € € x\n" },
	/* (4136) the Latin-1 letters by name, and the signs the first
	 * table had */
	{ "N&uacute;ria, Fran&ccedil;ois, M&uuml;ller &copy; &deg; &frac12; &yuml;", "Núria, François, Müller © ° ½ ÿ\n" },
	/* a no-break space does not collapse: a block of only one is the blank
	 * line a webmail writes so, runs of them indent; spaces that end a line
	 * go */
	{ "<div>Hi,</div><div>&nbsp;</div><div>text</div>", "Hi,\n\ntext\n" },
	{ "<div>Hi,</div>\n<div>\xc2\xa0</div>\n<div>text</div>", "Hi,\n\ntext\n" },
	{ "<div>Hi,</div><div>&#160;</div><div>&nbsp;&nbsp;$ ls</div>", "Hi,\n\n  $ ls\n" },
	{ "<p>end&nbsp; </p>x", "end\n\nx\n" },
	{ "&unknown; &amp &#0; &#xD800;", "&unknown; &amp \xef\xbf\xbd \xef\xbf\xbd\n" },
	{ "<script>alert('x')</script>shown<style>p{}</style>", "shown\n" },
	{ "<SCRIPT type=x>a<b</SCRIPT >ok", "ok\n" },
	{ "<title>T</title><body>B</body>", "B\n" },
	{ "a<!-- hidden -->b", "ab\n" },
	{ "<!DOCTYPE html><?xml x?>t", "t\n" },
	{ "<a href=\"https://example.org/x?a=1&amp;b=2\">site</a>",
	  "site <https://example.org/x?a=1&b=2>\n" },
	{ "<a href='https://example.org'>https://example.org</a>", "https://example.org\n" },
	{ "<a href=\"mailto:bob@example.org\">Bob</a>", "Bob <bob@example.org>\n" },
	{ "<a href=\"#top\">top</a>", "top\n" },
	/* (#3) an image's alt text is shown, as to a reader without images;
	 * an empty or blank one (a spacer, a tracking pixel) is not */
	{ "<p>See:</p><p><img src=\"cid:x\" alt=\"msb 0.12.0 &amp; node &quot;22&quot;\"></p><p>Bye</p>",
	  "See:\n\n[msb 0.12.0 & node \"22\"]\n\nBye\n" },
	{ "a<img alt='logo' src=x.png>b <img src=p.gif alt=\"\"><img alt=\" \" data-alt=\"no\">c",
	  "a [logo] b c\n" },
	{ "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc\n" },
	{ "<table><tr><td>a</td><td>b</td><td>c</td></tr></table>", "a | b | c\n" },
	{ "<table><tr><td><p>macOS</p></td><td><p>15.2</p></td></tr></table>", "macOS 15.2\n" },
	/* issue #3: a row is one line, its cells apart, also when each cell
	 * holds a paragraph (Outlook); a cell's second paragraph still breaks,
	 * and a one-cell layout table keeps its paragraphs */
	{ "<p>Steps:</p><table><tr><td><p>1</p></td><td><p>run it</p></td></tr>"
	  "<tr><td><p>2</p></td><td><p>look</p></td></tr></table><p>Bye</p>",
	  "Steps:\n\n1 | run it\n2 | look\n\nBye\n" },
	{ "<table><tr><td><p>one</p><p>two</p></td></tr></table>", "one\n\ntwo\n" },
	{ "<table><tr><td><div>Hi,</div><div>the text.</div></td></tr></table>", "Hi,\nthe text.\n" },
	{ "1 < 2 and 3 > 2", "1 < 2 and 3 > 2\n" },
	{ "<p title=\"a>b\">quoted</p>", "quoted\n" },
	{ "text<unterminated", "text\n" },
	{ "<script>never closed", "" },
	{ "<h1>Title</h1>Body", "Title\n\nBody\n" },
	{ "caf\xc3\xa9", "café\n" },
	/* a tab as Gmail and Apple Mail write it, in a span styled
	 * white-space:pre: the line keeps its indent (a ticket system's
	 * tab-indented quote of a subject, 5038); another span collapses */
	{ "<div>regarding:</div><div><span style=\"white-space:pre\">\t</span>\"Report received\"</div>",
	  "regarding:\n\t\"Report received\"\n" },
	{ "<div><span class=\"Apple-tab-span\" style=\"white-space: pre-wrap;\">\t</span>x</div>", "\tx\n" },
	{ "<div><span style=\"color:red\">\t</span>x</div>", "x\n" },
	{ "", "" },
};

static void
test_table(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		gboolean cut = TRUE;
		g_autofree char *t = st_html_to_text(cases[i].html, -1, 4096, &cut);
		if (g_strcmp0(t, cases[i].text) != 0)
			g_error("case %zu: \"%s\" gave \"%s\", want \"%s\"", i, cases[i].html,
				t, cases[i].text);
		g_assert_false(cut);
	}
}

static void
test_bounded(void)
{
	GString *big = g_string_new(NULL);
	gboolean cut = FALSE;

	for (int i = 0; i < 10000; i++)
		g_string_append(big, "<p>é&euro;word</p>");
	g_autofree char *t = st_html_to_text(big->str, big->len, 1001, &cut);
	g_assert_true(cut);
	g_assert_cmpuint(strlen(t), <=, 1001);
	g_assert_true(g_utf8_validate(t, -1, NULL));
	g_string_free(big, TRUE);
}

/* Cuts at MAX bytes fall where they fall, whether the words around went
 * out one by one or joined by their single spaces: inside a word, on a
 * space, never inside a character. */
static void
test_cut_table(void)
{
	static const struct {
		const char *html;
		gsize max;
		const char *text;
		gboolean cut;
	} cuts[] = {
		{ "ab cd ef", 5, "ab cd", TRUE },
		{ "ab cd ef", 4, "ab c", TRUE },
		{ "ab cd ef", 3, "ab ", TRUE },
		{ "ab cd\xc3\xa9" "f", 6, "ab cd", TRUE },
		{ "ab  cd", 5, "ab cd", TRUE },
		{ "<p>ab cd</p>ef gh", 9, "ab cd\n\nef", TRUE },
		{ "ab cd", 6, "ab cd\n", FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cuts); i++) {
		gboolean cut = !cuts[i].cut;
		g_autofree char *t = st_html_to_text(cuts[i].html, -1, cuts[i].max, &cut);
		g_assert_cmpstr(t, ==, cuts[i].text);
		g_assert_cmpint(cut, ==, cuts[i].cut);
	}
}

/* Pathological markup stays linear: 1 MiB of '<' or "<a" or "&" or quotes. */
static void
test_linear(void)
{
	static const char *const units[] = { "<", "<a ", "&", "<p \"", "<!--", "<script>" };

	for (gsize u = 0; u < G_N_ELEMENTS(units); u++) {
		GString *s = g_string_new(NULL);
		while (s->len < (1 << 20))
			g_string_append(s, units[u]);
		gint64 t0 = g_get_monotonic_time();
		g_autofree char *t = st_html_to_text(s->str, s->len, 1 << 20, NULL);
		g_assert_cmpint(g_get_monotonic_time() - t0, <, 2 * G_USEC_PER_SEC);
		g_assert_true(g_utf8_validate(t, -1, NULL));
		g_string_free(s, TRUE);
	}
}

static void
test_length_and_nul(void)
{
	g_autofree char *t = st_html_to_text("<b>ab</b>cd", 6, 100, NULL);

	g_assert_cmpstr(t, ==, "ab\n");   /* only "<b>ab<" is read */
	g_autofree char *n = st_html_to_text(NULL, 0, 100, NULL);
	g_assert_cmpstr(n, ==, "");
}

/* (#3) st_html_alt_text: the images' alt texts, one a line, as for a
 * reader of the plain alternative; none of a quoted mail's (inside a
 * <blockquote>), of a comment, nor an empty one; NULL when none */
static const struct {
	const char *html;
	const char *alt;
} alts[] = {
	{ "<p>Run:</p><IMG SRC=\"cid:a\" ALT=\"Terminal &amp; &quot;id&quot;\"><p>x</p><img alt='second'>",
	  "Terminal & \"id\"\nsecond\n" },
	{ "<img alt=\"one\nline\"><img alt=\"\"><img alt=\"  \"><img src=x>", "one line\n" },
	{ "<blockquote type=cite><p>old</p><img alt=\"theirs\"><blockquote><img alt=\"deeper\">"
	  "</blockquote></blockquote><img alt=\"mine\">", "mine\n" },
	{ "<!-- <img alt=\"commented\"> --><imgx alt=\"no\"><p alt=\"para\">text</p>", NULL },
	{ "no markup at all", NULL },
};

static void
test_alt_text(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(alts); i++) {
		g_autofree char *t = st_html_alt_text(alts[i].html, -1, 4096);
		g_assert_cmpstr(t, ==, alts[i].alt);
	}
	/* bounded: cut at MAX bytes, on a character boundary */
	g_autofree char *cut = st_html_alt_text("<img alt=\"caf\xc3\xa9 au lait\">", -1, 4);
	g_assert_cmpstr(cut, ==, "caf");
	g_assert_null(st_html_alt_text(NULL, 0, 100));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/html/table", test_table);
	g_test_add_func("/html/bounded", test_bounded);
	g_test_add_func("/html/cut-table", test_cut_table);
	g_test_add_func("/html/linear", test_linear);
	g_test_add_func("/html/length", test_length_and_nul);
	g_test_add_func("/html/alt-text", test_alt_text);
	return g_test_run();
}
