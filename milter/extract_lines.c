/*
 * extract_lines.c — a report's text as typed lines for the extractors
 * (extract_int.h): prose, commands after a prompt, their output, code,
 * fences and indented blocks.  Which lines a rule group matches is
 * extract_lines_match.c's; the items of a list and a here-document's body
 * are told apart in extract_lines_items_heredocs.c.
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

static gboolean
is_blank(const char *s)
{
	for (; *s; s++)
		if (!g_ascii_isspace(*s))
			return FALSE;
	return TRUE;
}

static gboolean
is_fence(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return g_str_has_prefix(s, "```") || g_str_has_prefix(s, "~~~");
}

gboolean
st_x_is_indented(const char *s)
{
	return s[0] == '\t' || (s[0] == ' ' && s[1] == ' ');
}

/* Does S (maybe indented) start with a branch of a printed tree, as
 * `cargo tree`, `npm ls` and `tree` draw it ("└── msbd v0.12.3", "├──",
 * "│   ", "`-- ", "|-- ")? */
gboolean
st_x_tree_line(const char *s)
{
	s += strspn(s, " \t");
	return g_str_has_prefix(s, "\u2514\u2500") || g_str_has_prefix(s, "\u251c\u2500") ||
	       g_str_has_prefix(s, "\u2502 ") || g_str_has_prefix(s, "`-- ") || g_str_has_prefix(s, "|-- ");
}

/* Is line L of LS a tree's branch, or its root: a line of at most three
 * words right above a branch in the same segment ("tracing-subscriber
 * v0.3.19" over "└── msbd v0.12.3 (...)", round 245)? */
gboolean
st_x_tree_part(const Lines *ls, const Line *l)
{
	if (st_x_tree_line(l->s))
		return TRUE;
	const Line *next = l + 1;
	return next < ls->l + ls->n && next->segment == l->segment && st_x_tree_line(next->s) &&
	       st_x_count_words(l->s) <= 3;
}

guint
st_x_indent_width(const char *s)
{
	guint w = 0;
	for (; *s == ' ' || *s == '\t'; s++)
		w += *s == '\t' ? 4 : 1;
	return w;
}

/* Is S (a line, or a command after its prompt) only a placeholder
 * ([poc.placeholder]: "<command>", "TBD", "N/A", "...")?  A placeholder
 * is short and opens with one of a few characters: the pattern runs on
 * those only, as most lines of most mails are none. */
gboolean
st_x_placeholder(const StRules *rules, const char *s)
{
	const char *t = s + strspn(s, " \t");
	gsize n = strlen(t);

	if (n == 0 || n > 72 || strchr("<[{.TtNnXx\xe2", *t) == NULL)
		return FALSE;
	return st_x_any(st_x_grp(rules, "poc.placeholder"), t);
}

/* Command text of S when a prompt pattern of GROUP matches, else NULL.
 * SCAN: a scan of S or of the text S is a line of (or NULL). */
static char *
prompt_cmd(const StRules *rules, const StRuleGroup *group, const StScan *scan, const char *s)
{
	StXHit h;
	if (!st_x_find_in(group, NULL, scan, s, "cmd", &h))
		return NULL;
	char *cmd = st_x_named(&h, "cmd");
	st_x_hit_clear(&h);
	/* a prompt before a placeholder ("$ <command>", "$ ...", "$ TBD": a
	 * report template's blank) runs nothing ([poc.placeholder], 1463) */
	if (cmd != NULL && st_x_placeholder(rules, cmd))
		g_clear_pointer(&cmd, g_free);
	return cmd;
}

static gboolean
ends_continued(const char *s)
{
	gsize n = strlen(s);
	while (n > 0 && g_ascii_isspace(s[n - 1]))
		n--;
	if (n == 0)
		return FALSE;
	/* a redirection with its file on the next line ("printf '...' >" /
	 * ".microsandbox.toml", a mail client's hard wrap) */
	return s[n - 1] == '\\' || s[n - 1] == '|' || s[n - 1] == '`' ||
	       (n >= 2 && s[n - 1] == '&' && s[n - 2] == '&') ||
	       (n >= 2 && s[n - 1] == '>' && (s[n - 2] == ' ' || s[n - 2] == '>'));
}

/* The shell quote still open at the end of S when Q (0, '\'' or '"') was
 * open at its start: a command whose quoted argument spans lines (`sh -c '`
 * and the script below it) goes on until the quote closes.  A # comment
 * outside quotes ends the scan. */
char
st_x_open_quote(const char *s, char q)
{
	for (const char *p = s; *p; p++) {
		if (q == '\'') {
			if (*p == '\'')
				q = 0;
			continue;
		}
		if (*p == '\\' && p[1] != '\0') {
			p++;
			continue;
		}
		if (q == '"') {
			if (*p == '"')
				q = 0;
			continue;
		}
		if (*p == '\'' || *p == '"')
			q = *p;
		else if (*p == '#' && (p == s || g_ascii_isspace(p[-1])))
			break;
	}
	return q;
}

/* CMD, a copy of the end of line L (a prompt's command, or the line
 * stripped), as the cut text itself where it is its end.  PCRE2's JIT code
 * reads words past a subject's end: in the cut text those are the next
 * line's bytes, past a copy of exact size memcheck calls them
 * uninitialised, a (suppressed) error a line whose backtrace is new every
 * time, each compared with all before it: a message of 100,000 prompted
 * lines took six minutes of an analyze chunk's ten in test_valgrind. */
static const char *
in_line(const Line *l, const char *cmd)
{
	gsize n = strlen(l->s), m = strlen(cmd);
	return m <= n && memcmp(l->s + n - m, cmd, m) == 0 ? l->s + n - m : cmd;
}

static void
classify_cmd(Lines *ls, Line *l, const char *cmd)
{
	l->type = L_CMD;
	/* CMD is a line's text or a part of it: the text's scan skips every
	 * pattern whose literals the text lacks (100,000 prompted lines ran
	 * each pattern of both groups once a line) */
	cmd = in_line(l, cmd);
	l->env_poc = st_x_any_in(st_x_grp(ls->rules, "poc.env"), ls->scan, cmd);
	l->env_log = st_x_any_in(st_x_grp(ls->rules, "logs.env"), ls->scan, cmd);
}

/* Does line L, below a blank one under a prompt, look like a command's
 * output rather than a sentence: a [logs.line] line, columns set apart by
 * two spaces or more ("Algorithm       Hash      Path"), or a single
 * token with a digit or a sign in it ("---------", "SHA256SUMS:7:4E2A...",
 * not "Thanks,")? */
static gboolean
output_below_blank(const Lines *ls, const Line *l)
{
	const char *t = l->s + strspn(l->s, " \t");
	gsize n = strlen(t);

	while (n > 0 && g_ascii_isspace(t[n - 1]))
		n--;
	if (n == 0)
		return FALSE;
	if (st_x_line_any(ls, st_x_grp(ls->rules, "logs.line"), l))
		return TRUE;
	g_autofree char *u = g_strndup(t, n);
	if (strstr(u, "  ") != NULL || strchr(u, '\t') != NULL)
		return TRUE;
	return strchr(u, ' ') == NULL && strpbrk(u, "0123456789-=:\\/_") != NULL;
}

/* Is line I of LS a reStructuredText section underline of '~' rather
 * than a Markdown fence: only tildes, at least as many as the characters
 * of the non-blank line right above it, which is no fence ("Description"
 * / "~~~~~~~~~~~", 1466)?  A fence under a lead-in ("Here is the code:" /
 * "~~~") is shorter than it, and one ending in a colon ("PoC:" /
 * "~~~~") announces the block. */
static gboolean
rst_underline(const Lines *ls, guint i)
{
	const char *t = ls->l[i].s + strspn(ls->l[i].s, " ");
	gsize run = strspn(t, "~");

	if (i == 0 || run < 3 || t[run + strspn(t + run, " \t\r")] != '\0')
		return FALSE;
	const char *up = ls->l[i - 1].s;
	if (is_blank(up) || is_fence(up))
		return FALSE;
	g_autofree char *h = g_strstrip(g_strdup(up));
	gsize n = strlen(h);
	return n > 0 && h[n - 1] != ':' && g_utf8_strlen(h, -1) <= (glong)run;
}

/* Is S, a line outside any block, a paragraph of prose that holds a
 * command rather than a command: at least PARA_WORDS words and two
 * sentences ended outside quotes and code spans ("system mode: `msb rm`
 * leaves the snapshot behind and the next `msb run --name <same name>`
 * restores it, no matter who runs it. so if i delete \"ci\" ... he gets my
 * old disk. we literally all ...", an unwrapped line of a phone's mail;
 * round 217).  Its command still counts as a reproduction, read inside
 * the sentence (extract_poc_inline.c st_x_inline_command); its sentences describe. */
#define PARA_WORDS 25

static gboolean
prose_paragraph(const char *s)
{
	guint ends = 0;
	char q = 0;

	if (st_x_count_words(s) < PARA_WORDS)
		return FALSE;
	for (const char *p = s; *p; p++) {
		if (q != 0) {
			if (*p == q)
				q = 0;
			continue;
		}
		if (*p == '`' || *p == '"' || (*p == '\'' && (p == s || p[-1] == ' ' || p[-1] == '=')))
			q = *p;
		else if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ' && g_ascii_isalpha(p[2]) &&
			 p > s && g_ascii_isalpha(p[-1]))
			ends++;
	}
	return ends >= 2;
}

/* Is S, a line outside any block, a sentence with a command in a code
 * span inside it: words before the span's opening backtick and
 * SPAN_WORDS_AFTER or more after its closing one ("msb 0.14.0 on arch:
 * `msb run --net-default deny alpine -- ping ...` gets an echo reply and
 * the pattern shows up in tcpdump, so ICMP ignores the egress policy ...";
 * 4279)?  Like a prose paragraph, the line is the writer's sentence, which
 * describes; its command still counts as a reproduction, read inside the
 * sentence (st_x_inline_command). */
#define SPAN_WORDS_AFTER 8

static gboolean
span_in_sentence(const char *s)
{
	const char *at = strchr(s, '`');
	const char *end = at != NULL ? strchr(at + 1, '`') : NULL;

	if (end == NULL || at == s)
		return FALSE;
	g_autofree char *before = g_strndup(s, (gsize)(at - s));
	return st_x_count_words(before) >= 1 && st_x_count_words(end + 1) >= SPAN_WORDS_AFTER;
}

/* The last line of a passage quoted in prose that starts at line I of LS,
 * or -1: indented lines up to a blank line, the first opening a quotation
 * mark ("\u201c", '"', "\u00ab", "\u201e") and the last closing one, that
 * read as sentences ("What the source told me, in their words:", then
 * "  \u201cCustomer sandboxes on the managed cloud are ... I just think
 * customers should know.\u201d"; 3200).  A passage quoted so is the
 * quoted person's prose, not a block of output or code. */
static gint
quoted_passage(const Lines *ls, guint i)
{
	static const char *const open[] = { "\u201c", "\"", "\u00ab", "\u201e" };
	static const char *const close[] = { "\u201d", "\"", "\u00bb", "\u201c" };
	const char *t = ls->l[i].s + strspn(ls->l[i].s, " \t");
	gsize k = 0;

	while (k < G_N_ELEMENTS(open) && !g_str_has_prefix(t, open[k]))
		k++;
	if (k == G_N_ELEMENTS(open))
		return -1;
	g_autoptr(GString) para = g_string_new(t + strlen(open[k]));
	guint j = i;
	while (j + 1 < ls->n && st_x_is_indented(ls->l[j + 1].s) && !is_blank(ls->l[j + 1].s) &&
	       !is_fence(ls->l[j + 1].s)) {
		j++;
		g_string_append_c(para, ' ');
		g_string_append(para, ls->l[j].s + strspn(ls->l[j].s, " \t"));
	}
	while (para->len > 0 && strchr(" \t.,;!?)", para->str[para->len - 1]))
		g_string_truncate(para, para->len - 1);
	if (!g_str_has_suffix(para->str, close[k]))
		return -1;
	g_string_truncate(para, para->len - strlen(close[k]));
	return prose_paragraph(para->str) ? (gint)j : -1;
}

/* Pass 1: fences, blank lines, blocks and their segments, prompts. */
static void
lines_blocks(Lines *ls, gboolean *seg_prompt, guint max_seg)
{
	const StRuleGroup *prompt = st_x_grp(ls->rules, "poc.prompt");
	const StRuleGroup *step = st_x_grp(ls->rules, "poc.step");
	const StRuleGroup *lang = st_x_grp(ls->rules, "poc.fence-code");
	const StRuleGroup *blank_prompt = st_x_grp(ls->rules, "poc.prompt-blank");
	const StRuleGroup *chat_turn = st_x_grp(ls->rules, "poc.chat-turn");
	gboolean fenced = FALSE, after_prompt = FALSE, in_item = FALSE, code = FALSE;
	guint seg = 0;
	gint quoted = -1;  /* the last line of a quoted passage (quoted_passage) */

	for (guint i = 0; i < ls->n; i++) {
		Line *l = &ls->l[i];

		if (is_fence(l->s) && (fenced || !rst_underline(ls, i))) {
			l->type = L_FENCE;
			fenced = !fenced;
			if (fenced && seg + 1 < max_seg)
				seg++;
			/* ```yaml, ~~~python: the info string names the language */
			g_autofree char *info = g_strstrip(g_strdup(l->s + strspn(l->s, " \t") + 3));
			code = fenced && *info && st_x_any(lang, info);
			after_prompt = FALSE;
			continue;
		}
		if (!fenced && is_blank(l->s)) {
			l->type = L_BLANK;
			/* PowerShell and cmd.exe print a blank line between
			 * the command and its output: the block goes on */
			if (after_prompt && i > 0 && ls->l[i - 1].cmd != NULL &&
			    i + 1 < ls->n && !is_fence(ls->l[i + 1].s) &&
			    st_x_line_any(ls, blank_prompt, &ls->l[i - 1]) &&
			    output_below_blank(ls, &ls->l[i + 1])) {
				l->segment = seg;
				in_item = FALSE;
				continue;
			}
			after_prompt = in_item = FALSE;
			continue;
		}
		l->type = L_PROSE;
		l->fence_code = fenced && code;
		/* a chat's next turn ends a prompt's block as a blank line
		 * does, and a list item the last turn was ("1) msbd.service
		 * ships with no sandboxing", then "Priya Raman  9:15 AM" over
		 * a command and what it printed; 3428) */
		if ((after_prompt || in_item) && !fenced && st_x_line_any(ls, chat_turn, l))
			after_prompt = in_item = FALSE;
		/* a list item's indented continuation lines are prose; an
		 * indented list is a list too */
		gboolean item = !fenced && (st_x_is_indented(l->s)
					    ? st_x_indented_item(ls, i, step, after_prompt)
					    : st_x_line_item(ls, i, step, after_prompt));
		if (item)
			in_item = TRUE;
		l->in_item = in_item && !fenced;
		l->cmd = st_x_line_any(ls, prompt, l) ? prompt_cmd(ls->rules, prompt, ls->scan, l->s) : NULL;
		if (!fenced && !after_prompt && (gint)i > quoted && st_x_is_indented(l->s) &&
		    (i == 0 || is_blank(ls->l[i - 1].s)))
			quoted = quoted_passage(ls, i);
		gboolean block = fenced || (st_x_is_indented(l->s) && !item && (gint)i > quoted) ||
				 after_prompt;
		if (block && !fenced && (i == 0 || ls->l[i - 1].segment == 0) &&
		    seg + 1 < max_seg)
			seg++;
		if (!block && l->cmd) {
			/* a prompt outside a block opens one until a blank line */
			block = after_prompt = TRUE;
			if (seg + 1 < max_seg)
				seg++;
		}
		l->block = block;
		l->segment = block ? seg : 0;
		if (l->cmd && block)
			seg_prompt[seg] = TRUE;
	}
}

/* Does T (a block line without its indent) start a // comment?  A single
 * token after the slashes ("//registry.example/:_authToken=...", a .npmrc
 * line or a network path that a command printed) is output, not a comment:
 * comments are words. */
static gboolean
slash_comment(const char *t)
{
	if (!g_str_has_prefix(t, "//"))
		return FALSE;
	return t[2] == '\0' || t[2] == '/' || t[2] == '!' || strpbrk(t + 2, " \t") != NULL;
}

/* The rule groups pass 2 reads every line with, looked up once. */
typedef struct {
	const StRuleGroup *prompt_block;
	const StRuleGroup *command;
	const StRuleGroup *command_typed;
	const StRuleGroup *command_line;
	const StRuleGroup *code;
	const StRuleGroup *code_block;
	const StRuleGroup *logline;
	const StRuleGroup *typed_note;
} KindGroups;

/* Each segment's first prompted line (G_MAXUINT: none), for MAX_SEG
 * segments; the caller frees it. */
static guint *
first_prompts(const Lines *ls, guint max_seg)
{
	guint *first = g_new(guint, max_seg);

	for (guint s = 0; s < max_seg; s++)
		first[s] = G_MAXUINT;
	for (guint i = 0; i < ls->n; i++) {
		const Line *l = &ls->l[i];
		if (l->cmd && l->block && first[l->segment] == G_MAXUINT)
			first[l->segment] = i;
	}
	return first;
}

/* The column where the code of a notebook cell starts, when line L is a
 * cell's prompt ([poc.prompt-cell]: "In [2]: async with ..."), else -1.
 * Jupyter and IPython print the cell's further lines indented under that
 * code, with no prompt of their own. */
static gint
cell_column(const Lines *ls, const StRuleGroup *cell, const Line *l)
{
	if (cell == NULL || !st_x_line_any(ls, cell, l))
		return -1;
	const char *p = strstr(l->s, "]:");
	if (p == NULL)
		return -1;
	p += 2;
	p += strspn(p, " \t");
	return (gint)(p - l->s);
}

/* Does line I of LS read as a command by its first word: in a block (but
 * for a list item's wrapped text) a command word of [poc.command] or one
 * read only so ([poc.command-typed]), elsewhere a whole command line
 * ([poc.command-line])? */
static gboolean
block_command(const Lines *ls, const KindGroups *g, guint i)
{
	const Line *l = &ls->l[i];

	if (!l->block || st_x_item_wrap(ls, i))
		return st_x_line_any(ls, g->command_line, l);
	return st_x_line_any(ls, g->command, l) || st_x_line_any(ls, g->command_typed, l);
}

/* Is line I of LS, in a block, the source line a Python traceback shows
 * under a frame ('File "/srv/app/x.py", line 88, in run', then "result =
 * await sb.exec(...)"; 3203)?  What the program printed, not code the
 * writer gives. */
static gboolean
traceback_source(const Lines *ls, guint i)
{
	if (i == 0 || !ls->l[i].block || ls->l[i - 1].segment != ls->l[i].segment)
		return FALSE;
	const char *up = ls->l[i - 1].s + strspn(ls->l[i - 1].s, " \t");
	return g_str_has_prefix(up, "File \"") && strstr(up, "\", line ") != NULL;
}

/* Is line I of LS, in a block, a note in parentheses over the next
 * command ("(user B, another account in the msb group)" between "$ msb
 * run ..." and "$ msb inspect a-test", in full-width parentheses too;
 * 3355)?  The writer's words about the next step, not what the command
 * above printed.  A count in parentheses ("(1 row)") is output. */
static gboolean
paren_note(const Lines *ls, guint i)
{
	static const char *const open[] = { "(", "\uff08" }, *const close[] = { ")", "\uff09" };

	if (i + 1 >= ls->n || ls->l[i + 1].cmd == NULL || ls->l[i + 1].segment != ls->l[i].segment)
		return FALSE;
	g_autofree char *t = g_strstrip(g_strdup(ls->l[i].s));
	gsize n = strlen(t);
	if (n > 0 && t[n - 1] == ':')
		t[--n] = '\0';
	for (guint k = 0; k < G_N_ELEMENTS(open); k++) {
		gsize o = strlen(open[k]), c = strlen(close[k]);
		if (n <= o + c || !g_str_has_prefix(t, open[k]) || !g_str_has_suffix(t, close[k]))
			continue;
		const char *in = t + o;
		if (g_ascii_isdigit(*in))
			return FALSE;
		for (const char *q = in; q < t + n - c; q++)
			if (*q == ' ' || (guchar)*q >= 0x80)
				return TRUE;
		return FALSE;
	}
	return FALSE;
}

/* Does the line under line I of LS, in its segment, close the quote Q
 * that line I left open?  Outside a block a command's quote goes on only
 * so: a mail client hard-wraps a command line inside its quoted argument
 * ("msb exec t -- sh -c 'curl -s" / "http://10.0.0.1/x'"), while the
 * apostrophe of a sentence that starts like a command ("msb run ...
 * prints the host's") closes nowhere below. */
static gboolean
quote_closes_below(const Lines *ls, guint i, char q)
{
	if (i + 1 >= ls->n)
		return FALSE;
	const Line *m = &ls->l[i + 1];
	return m->type != L_BLANK && m->type != L_FENCE && m->segment == ls->l[i].segment &&
	       st_x_open_quote(m->s, q) == 0;
}

/* Does line I of LS, just typed, go on onto the next line?  A command
 * (or its continuation) that ends continued (a backslash, a trailing ">") or
 * leaves a quote open (*QUOTE, carried from the line above and updated):
 * in a block always; outside one only onto a line below that closes the
 * quote (quote_closes_below).  Any other line ends it. */
static gboolean
line_continues(const Lines *ls, guint i, char *quote)
{
	const Line *l = &ls->l[i];

	if (l->type != L_CMD && l->type != L_CONT) {
		*quote = 0;
		return FALSE;
	}
	*quote = st_x_open_quote(l->s, *quote);
	if (*quote != 0 && !l->block && !quote_closes_below(ls, i, *quote))
		*quote = 0;
	return *quote != 0 || ends_continued(l->s);
}

/* Line I of LS, not blank, a fence nor inside a here-document: what it
 * is.  CONT: the line above left a command continued; PROMPTED: it sits
 * below its block's first prompt, where an unprompted line is output;
 * OUT_SEG carries output_block's answer across a segment's lines.  An
 * unprompted line that [logs.line] reads as a program's own log line
 * ("npm error 404 Not Found - GET https://...") is what it printed, not a
 * command typed, though it starts with the program's name. */
static void
classify_line(Lines *ls, guint i, const KindGroups *g, gboolean cont, gboolean prompted,
	      gint *out_seg)
{
	Line *l = &ls->l[i];
	g_autofree char *cmd = NULL;

	l->logline = st_x_line_any(ls, g->logline, l);
	if (cont) {
		l->type = L_CONT;
	} else if (!l->cmd && traceback_source(ls, i)) {
		l->type = L_OUTPUT;
	} else if (l->cmd) {
		classify_cmd(ls, l, l->cmd);
	} else if (l->block && st_x_line_any(ls, g->prompt_block, l) &&
		   (cmd = prompt_cmd(ls->rules, g->prompt_block, ls->scan, l->s)) != NULL) {
		classify_cmd(ls, l, cmd);
	} else if (!prompted && !l->logline &&
		   block_command(ls, g, i) &&
		   (l->block || (!prose_paragraph(l->s) && !span_in_sentence(l->s)))) {
		g_autofree char *t = g_strstrip(g_strdup(l->s));
		classify_cmd(ls, l, t);
	} else if (!prompted && (l->fence_code || st_x_line_any(ls, g->code, l) ||
				 (l->block && st_x_line_any(ls, g->code_block, l)))) {
		l->type = L_CODE;
	} else if (l->block && l->in_item && !st_x_output_block(ls, i, out_seg)) {
		l->type = L_PROSE;
		l->block = FALSE;
		l->segment = 0;
	} else if (l->block) {
		const char *t = l->s + strspn(l->s, " \t");
		const Line *up = i > 0 ? &ls->l[i - 1] : NULL;
		if (g_str_has_prefix(t, "#") || slash_comment(t) ||
		    g_str_has_prefix(t, "/*") || g_str_has_prefix(t, "* ") ||
		    paren_note(ls, i) || st_x_line_any(ls, g->typed_note, l))
			l->type = L_COMMENT;
		/* under the writer's note that says what to type next ("then
		 * send this frame:", [poc.typed-note]; 3384): what they typed
		 * into the program, not what it printed */
		else if (up != NULL && up->type == L_COMMENT && up->segment == l->segment &&
			 st_x_line_any(ls, g->typed_note, up))
			l->type = L_CODE;
		else
			l->type = L_OUTPUT;
	} else {
		l->type = L_PROSE;
	}
}

/* A block a shebang opens ("#!/bin/sh" over "mknod /workspace/hd b 259
 * 0" and "debugfs -R ..."; 3281) is a script: none of its lines is what a
 * command printed, whatever they look like.  L, classified, in the order
 * of the lines; SCRIPT[0] the segment a shebang opened (0: none),
 * SCRIPT[1] the last segment whose first line was seen. */
static void
script_line(Line *l, guint script[2])
{
	if (l->segment != 0 && l->segment != script[1]) {
		const char *t = l->s + strspn(l->s, " \t");
		script[1] = l->segment;
		script[0] = g_str_has_prefix(t, "#!/") ? l->segment : 0;
	}
	if (script[0] != 0 && l->segment == script[0] && l->type == L_OUTPUT)
		l->type = L_CODE;
}

/* Pass 2: what each line is.  In a block that uses prompts, only prompted
 * lines are commands (the rest is output: "msb 0.6.14" printed by
 * `msb --version` is not a command).  Above the block's first prompt
 * nothing was printed yet: a line there is read as in a block without
 * prompts, so the host's command that opens a shell in the guest, whose
 * prompt follows ("msb run -it alpine sh", then "/ # ls /h"), is one. */
static void
lines_classify(Lines *ls)
{
	const KindGroups g = {
		.prompt_block = st_x_grp(ls->rules, "poc.prompt-block"),
		.command = st_x_grp(ls->rules, "poc.command"),
		.command_typed = st_x_grp(ls->rules, "poc.command-typed"),
		.command_line = st_x_grp(ls->rules, "poc.command-line"),
		.code = st_x_grp(ls->rules, "poc.code"),
		.code_block = st_x_grp(ls->rules, "poc.code-block"),
		.logline = st_x_grp(ls->rules, "logs.line"),
		.typed_note = st_x_grp(ls->rules, "poc.typed-note"),
	};
	guint max_seg = ls->n + 2;
	g_autofree gboolean *seg_prompt = g_new0(gboolean, max_seg);
	/* cell_column() of each segment's first prompt, read once; -2: not yet */
	g_autofree gint *seg_cell = g_new(gint, max_seg);
	for (guint k = 0; k < max_seg; k++)
		seg_cell[k] = -2;
	const StRuleGroup *cell = st_x_grp(ls->rules, "poc.prompt-cell");
	gboolean cont = FALSE;
	char quote = 0;  /* a quote a command line left open */
	gint out_seg = -1;  /* output_block's answer, for this segment */
	guint doc_end = 0;  /* the line that closes an open here-document */
	guint doc_misses = 0;  /* here-documents found never closed */
	guint script[2] = { 0, 0 };  /* script_line's */

	lines_blocks(ls, seg_prompt, max_seg);
	g_autofree guint *first_prompt = first_prompts(ls, max_seg);
	for (guint i = 0; i < ls->n; i++) {
		Line *l = &ls->l[i];

		/* a here-document's lines, up to its delimiter line, are the
		 * script or text typed to the command ("cat > h.sh <<'EOF'"),
		 * not commands run nor what one printed, whatever they look
		 * like ("uid=0(root)", "Permission denied") */
		if (doc_end > 0 && i <= doc_end) {
			if (l->type != L_BLANK) {
				l->type = L_CODE;
				l->heredoc = TRUE;
				g_clear_pointer(&l->cmd, g_free);
			}
			continue;
		}
		if (l->type == L_FENCE || l->type == L_BLANK) {
			cont = FALSE;
			quote = 0;
			continue;
		}
		gboolean prompted = l->segment && seg_prompt[l->segment] &&
				    i > first_prompt[l->segment];
		/* a notebook cell's further lines, indented under the code
		 * after its prompt ("In [1]: import os" / "        from x
		 * import y"), go on with its code; what the cell printed
		 * starts further left */
		if (prompted && !cont) {
			gint *col = &seg_cell[l->segment];
			if (*col == -2)
				*col = cell_column(ls, cell, &ls->l[first_prompt[l->segment]]);
			if (*col > 0 && (gint)strspn(l->s, " \t") >= *col)
				cont = TRUE;
		}
		classify_line(ls, i, &g, cont, prompted, &out_seg);
		script_line(l, script);
		if (st_x_heredoc_opens(ls, i, &doc_end, &doc_misses)) {
			cont = FALSE;
			quote = 0;
		} else {
			cont = line_continues(ls, i, &quote);
		}
	}
}

/* Pass 3: a block under a heading that calls what it shows expected,
 * example or illustrative output ([logs.imagined]: "Expected Output",
 * "Sample response:") shows what the writer thinks a run would print, not
 * what one printed: its lines are marked imagined, and are no log. */
static void
lines_imagined(Lines *ls)
{
	const StRuleGroup *imagined = st_x_grp(ls->rules, "logs.imagined");
	gboolean mark = FALSE;

	for (guint i = 0; imagined != NULL && i < ls->n; i++) {
		Line *l = &ls->l[i];
		if (l->segment == 0) {
			mark = FALSE;
			continue;
		}
		if (i == 0 || ls->l[i - 1].segment != l->segment) {
			gint h = st_x_heading_above(ls, i, 3);
			mark = h >= 0 && ls->l[h].segment == 0 && ls->l[h].type == L_PROSE &&
			       st_x_line_any(ls, imagined, &ls->l[h]);
		}
		l->imagined = mark;
	}
}

/* Cut TEXT (owned by the caller, left as it was by lines_clear) into lines
 * in place: no copy of a long log is made. */
void
st_x_lines_init(Lines *ls, const StRules *rules, char *text)
{
	st_x_lines_init_known(ls, rules, text, NULL, NULL, 0);
}

void
st_x_lines_init_known(Lines *ls, const StRules *rules, char *text, const StRuleGroup *g,
		      const guint8 *hits, guint n_hits)
{
	memset(ls, 0, sizeof(*ls));
	ls->rules = rules;
	ls->scan = st_scan_new(rules, text, -1);  /* before the text is cut */
	st_x_lines_cut(ls, text);
	st_x_line_memo_init(ls, g, hits, n_hits);
	lines_classify(ls);
	lines_imagined(ls);
}

void
st_x_lines_clear(Lines *ls)
{
	for (guint i = 0; i < ls->n; i++)
		g_free(ls->l[i].cmd);
	st_x_lines_join(ls, '\n');
	g_free(ls->l);
	if (ls->any)
		g_hash_table_unref(ls->any);
	st_scan_free(ls->scan);
	memset(ls, 0, sizeof(*ls));
}

/* st_x_evidence(text, start of line I) on the cut text: white space is
 * skipped, line ends included, and the evidence is the line reached. */
char *
st_x_line_evidence(const Lines *ls, guint i)
{
	guint k = i;
	const char *c = ls->l[k].s;

	for (;;) {
		while (*c && g_ascii_isspace(*c))
			c++;
		if (*c != '\0' || k + 1 >= ls->n)
			break;
		c = ls->l[++k].s;
	}
	return st_line_at(ls->l[k].s, c - ls->l[k].s, 200);
}

/* Is line I an underline ("-----", "=====")? */
static gboolean
is_underline(const char *s)
{
	const char *t = s + strspn(s, " \t");
	return strlen(t) >= 3 && strspn(t, "-=~*_ ") == strlen(t);
}

/* Is line I of LS a setext underline: a line of only '-', only '=' or
 * only '~' (three or more, at most three spaces before them) right under a line
 * of prose outside a block that is no underline itself ("Responses
 * (trimmed)" / "-------------------"), as Markdown and plain-text writers
 * underline a heading? */
gboolean
st_x_setext_underline(const Lines *ls, guint i)
{
	if (i == 0 || i >= ls->n)
		return FALSE;
	const char *t = ls->l[i].s, *h = ls->l[i - 1].s;
	gsize lead = strspn(t, " ");
	if (lead > 3 || (t[lead] != '-' && t[lead] != '=' && t[lead] != '~'))
		return FALSE;
	/* (reStructuredText underlines with '~' too: "Reproduction" /
	 * "~~~~~~~~~~~~", 1466) */
	char mark[2] = { t[lead], '\0' };
	gsize run = strspn(t + lead, mark);
	if (run < 3 || t[lead + run + strspn(t + lead + run, " \t")] != '\0')
		return FALSE;
	const Line *up = &ls->l[i - 1];
	return up->type == L_PROSE && up->segment == 0 && !is_blank(h) && !is_underline(h);
}

/* Does S open with a mark that makes its line a heading: a Markdown
 * "#" to "######" and a space, or a square, a diamond or a triangle
 * that Japanese, Chinese and Korean writers put before their section
 * titles ("■ 再現手順", "◆ 結果", "▼ 출력"), or a title in lenticular
 * brackets ("【出力】")?  Not a round bullet or a star ("●", "★"): those
 * open list items as often as titles. */
static gboolean
marked_heading(const char *s)
{
	static const char *const marks[] = {
		"\u25a0", "\u25a1", "\u25c6", "\u25c7", "\u25bc", "\u25bd",
		"\u25b6", "\u25ba", "\u3010", NULL
	};
	const char *t = s + strspn(s, " \t");
	gsize hashes = strspn(t, "#");

	if (hashes >= 1 && hashes <= 6 && (t[hashes] == ' ' || t[hashes] == '\t'))
		return TRUE;
	for (guint k = 0; marks[k] != NULL; k++)
		if (g_str_has_prefix(t, marks[k]))
			return TRUE;
	return FALSE;
}

/* Does G match heading line H of LS: the line itself, or, when a setext
 * underline is under it (st_x_setext_underline) or a heading mark opens it
 * (marked_heading), the line read with a colon at its end ("Responses
 * (trimmed)" underlined reads as "Responses (trimmed):", "■ 出力" as "■
 * 出力:"), since the underline or the mark says what the colon says.  H being
 * the underline itself, its heading above is read. */
gboolean
st_x_heading_any(const Lines *ls, const StRuleGroup *g, guint h)
{
	if (g == NULL || h >= ls->n)
		return FALSE;
	if (st_x_setext_underline(ls, h))
		h--;
	if (st_x_line_any(ls, g, &ls->l[h]))
		return TRUE;
	if (!st_x_setext_underline(ls, h + 1) &&
	    !(ls->l[h].type == L_PROSE && marked_heading(ls->l[h].s)))
		return FALSE;
	g_autofree char *t = g_strstrip(g_strdup(ls->l[h].s));
	gsize n = strlen(t);
	if (n == 0 || t[n - 1] == ':')
		return FALSE;
	g_autofree char *colon = g_strconcat(t, ":", NULL);
	g_autoptr(StScan) scan = st_scan_new(ls->rules, colon, -1);
	return st_x_any_in(g, scan, colon);
}

gboolean
st_x_formal_heading(const Lines *ls, guint h)
{
	if (h >= ls->n)
		return FALSE;
	return st_x_setext_underline(ls, h + 1) ||
	       (ls->l[h].type == L_PROSE && marked_heading(ls->l[h].s));
}

/* A line that looks like a heading: short, or ending in ':', or underlined,
 * or a Markdown heading.  Its index, searching up from I, or -1. */
gint
st_x_heading_above(const Lines *ls, guint i, guint max_up)
{
	for (guint k = 1; k <= max_up && k <= i; k++) {
		const Line *l = &ls->l[i - k];
		if (l->type == L_BLANK || l->type == L_FENCE || is_underline(l->s))
			continue;
		return (gint)(i - k);
	}
	return -1;
}
