/*
 * extract_lines_items_heredocs.c — for the line typing of extract_lines.c
 * (extract_int.h), the lines that belong to what opened above them: the
 * items of a numbered or bulleted list (an indented item is still the
 * list, a step that is a command, the output indented under one, an item's
 * sentence wrapped onto the next line) and a shell here-document's body
 * up to its delimiter line (script typed to a command, not commands run).
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* ------------------------------------------------------------ list items */

/* Is indented line I of LS an item of a list ([poc.step]: "  1. msb run
 * --rm alpine", "\t- start a sandbox", a list nested under a bullet)
 * rather than a line of an indented block?  Writers and mail clients
 * indent a numbered or bulleted list by two or four spaces or a tab; it
 * is still the list.  An indented block (code, output, a log) goes on,
 * though: a marker line right under a block line is the block's own
 * ("- sbx1 running" printed by a command) unless it steps back out of
 * the block an item holds ("  1. Start a sandbox:" / "       msb run" /
 * "  2. ..."), and a prompt's block goes on until a blank line.  A '#'
 * line is a root prompt or a comment, "- name: web" a YAML sequence and
 * a [logs.line] line a log's, not a step. */
gboolean
st_x_indented_item(Lines *ls, guint i, const StRuleGroup *step, gboolean after_prompt)
{
	const Line *l = &ls->l[i];
	if (after_prompt || !st_x_is_indented(l->s))
		return FALSE;
	const char *t = l->s + strspn(l->s, " \t");
	if (*t == '#' || !st_x_line_any(ls, step, l) ||
	    st_x_line_any(ls, st_x_grp(ls->rules, "logs.line"), l))
		return FALSE;
	/* a log's line behind a number ("  1. [  12.345] virtiofs: ...") */
	gsize d = strspn(t, "0123456789");
	if (d >= 1 && (t[d] == '.' || t[d] == ')') &&
	    st_x_any(st_x_grp(ls->rules, "logs.line"), t + d + 1 + strspn(t + d + 1, " \t")))
		return FALSE;
	if (strchr("-*+", *t) != NULL) {
		/* "- key: value", "- key:": YAML */
		const char *k = t + 1 + strspn(t + 1, " \t");
		gsize n = strspn(k, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-\"'");
		if (n > 0 && k[n] == ':' && (k[n + 1] == '\0' || k[n + 1] == ' ' || k[n + 1] == '\t'))
			return FALSE;
	}
	if (i == 0)
		return TRUE;
	const Line *p = &ls->l[i - 1];
	if (p->type == L_BLANK || p->segment == 0)
		return TRUE;
	return p->block && p->in_item && p->type != L_FENCE &&
	       st_x_indent_width(l->s) < st_x_indent_width(p->s);
}

/* Is line I of LS, not indented, a list item ([poc.step])?  Not when it
 * follows a command's prompt in the same block (AFTER_PROMPT) and its text
 * is set in columns, a run of three spaces or a tab after the marker: a
 * table the command printed ("$ LANG=C systemd-analyze security
 * msbd.service" over "- PrivateTmp=     Service has access to other
 * software's temporary files   0.2", 3350). */
gboolean
st_x_line_item(Lines *ls, guint i, const StRuleGroup *step, gboolean after_prompt)
{
	const Line *l = &ls->l[i];

	if (!st_x_line_any(ls, step, l))
		return FALSE;
	if (!after_prompt || i == 0 || !ls->l[i - 1].block)
		return TRUE;
	const char *t = l->s + 1;
	return strstr(t, "   ") == NULL && strchr(t, '\t') == NULL;
}

/* Is line P a numbered or bulleted step of a list whose text is a
 * command ([poc.command-line] or [poc.command] after the step's marker: "2. curl -s
 * https://x/a | grep -n key"), not an environment query ([logs.env]) and
 * feeding no here-document?  Plain words ("1. Create a sandbox") are not. */
gboolean
st_x_step_command(const Lines *ls, const Line *p)
{
	if (p->type != L_PROSE || p->segment != 0 || !p->in_item)
		return FALSE;
	const char *t = p->s + strspn(p->s, " \t");
	gsize d = strspn(t, "0123456789");
	if (d >= 1 && d <= 2 && (t[d] == '.' || t[d] == ')'))
		t += d + 1;
	else if (*t == '-' || *t == '*' || *t == '+')
		t++;
	else
		return FALSE;
	if (*t != ' ' && *t != '\t')
		return FALSE;
	t += strspn(t, " \t");
	return strstr(t, "<<") == NULL &&
	       (st_x_any(st_x_grp(ls->rules, "poc.command-line"), t) ||
		st_x_any(st_x_grp(ls->rules, "poc.command"), t)) &&
	       !st_x_any(st_x_grp(ls->rules, "logs.env"), t);
}

/* Is the indented block that line I belongs to, inside a list item,
 * announced as output by the prose line above it ([logs.output-heading]:
 * "4. Observed output", "Host side (python http.server log):")?  A list
 * item's indented lines are its text as a rule, but a report whose
 * sections are numbered ("1. Summary" ... "4. Observed output", as a PDF or
 * a Word document shows them, with no blank line to end the item) indents
 * what the commands printed under such a heading.  *OUT_SEG remembers the
 * answer for the block (its segment number when it is output, else minus
 * it, or -1 before the first block). */
gboolean
st_x_output_block(const Lines *ls, guint i, gint *out_seg)
{
	const Line *l = &ls->l[i];
	gint seg = (gint)l->segment;

	if (*out_seg == seg || *out_seg == -seg)
		return *out_seg == seg;
	gboolean out = FALSE;
	if (i > 0 && ls->l[i - 1].segment != l->segment) {
		gint h = st_x_heading_above(ls, i, 2);
		out = h >= 0 && ls->l[h].segment == 0 && ls->l[h].type == L_PROSE &&
		      st_x_heading_any(ls, st_x_grp(ls->rules, "logs.output-heading"), (guint)h);
		/* a step that is itself a command ("1. curl -s https://x/a |
		 * grep -n key" and "   88:key = 1" indented under it): the
		 * block is what it printed */
		out = out || st_x_step_command(ls, &ls->l[i - 1]);
	}
	*out_seg = out ? seg : -seg;
	return out;
}

/* Is line I of LS, indented inside a list item, the item's sentence
 * wrapped onto it rather than a command shown under the item: the line
 * above is the item's prose and does not end in a colon, and this one ends
 * the sentence (a word or a closing bracket, then ".", "!" or "?").  "3.
 * Send us a vendor statement (affected and fixed" over "   microsandbox
 * versions)." is one sentence; "2. Then run:" over "   msb run ..." is a
 * command.  Such a line is judged as prose is ([poc.command-line]), not
 * by a block's first word ([poc.command]). */
gboolean
st_x_item_wrap(const Lines *ls, guint i)
{
	const Line *l = &ls->l[i], *up = i > 0 ? &ls->l[i - 1] : NULL;

	if (!l->block || !l->in_item || up == NULL || up->type != L_PROSE || !up->in_item)
		return FALSE;
	gsize n = strlen(up->s);
	while (n > 0 && g_ascii_isspace(up->s[n - 1]))
		n--;
	if (n == 0 || up->s[n - 1] == ':')
		return FALSE;
	const char *t = l->s;
	n = strlen(t);
	while (n > 0 && g_ascii_isspace(t[n - 1]))
		n--;
	if (n < 2 || (t[n - 1] != '.' && t[n - 1] != '!' && t[n - 1] != '?'))
		return FALSE;
	/* "...)." and "word." end a sentence; " ." (docker build .) and
	 * "../" do not */
	guchar c = (guchar)t[n - 2];
	return c == ')' || c == '"' || c == '\'' || g_ascii_isalpha(c) || c >= 0x80;
}

/* ------------------------------------------------------------ here-documents */

/* How many here-documents left open (no delimiter line before the block
 * ends) lines_classify looks for the close of: the scans of those that
 * close are disjoint, each of these goes to the end of its block. */
#define HEREDOC_MISSES 8

/* The delimiter word of a here-document that command line S opens
 * ("cat > x.sh <<'EOF'", "<<EOF", <<"END", "<<-EOT", "<< PY", "<<\\EOF"),
 * copied into WORD (of SIZE bytes), or FALSE.  A "<<" inside quotes, a
 * here-string ("<<< $x") and a shift ("$((1 << 3))": no word after it)
 * open none. */
static gboolean
heredoc_word(const char *s, char *word, gsize size)
{
	char q = 0;

	for (const char *p = s; *p; p++) {
		if (q != 0) {
			if (*p == q)
				q = 0;
			else if (q == '"' && *p == '\\' && p[1] != '\0')
				p++;
			continue;
		}
		if (*p == '\'' || *p == '"') {
			q = *p;
			continue;
		}
		if (p[0] != '<' || p[1] != '<' || p[2] == '<' || (p > s && p[-1] == '<'))
			continue;
		const char *w = p + 2;
		if (*w == '-')
			w++;
		w += strspn(w, " \t");
		char wq = 0;
		if (*w == '\'' || *w == '"')
			wq = *w++;
		else if (*w == '\\')
			w++;
		gsize n = 0;
		if (!g_ascii_isalpha(*w) && *w != '_')
			continue;
		while (g_ascii_isalnum(w[n]) || w[n] == '_' || w[n] == '-' || w[n] == '.')
			n++;
		if (wq != 0 && w[n] != wq)
			continue;
		if (n + 1 > size)
			continue;
		memcpy(word, w, n);
		word[n] = '\0';
		return TRUE;
	}
	return FALSE;
}

/* Is S the line that closes a here-document on WORD: the word alone, in
 * the block's indent or after the "> " prompt a shell shows for the
 * lines it still reads ("> EOF")? */
static gboolean
heredoc_end(const char *s, const char *word)
{
	const char *t = s + strspn(s, " \t");
	if (t[0] == '>' && (t[1] == ' ' || t[1] == '\t' || t[1] == '\0'))
		t += 1 + strspn(t + 1, " \t");
	gsize n = strlen(word);
	if (strncmp(t, word, n) != 0)
		return FALSE;
	t += n;
	return t[strspn(t, " \t\r")] == '\0';
}

/* The line that closes the here-document that command line I of LS opens
 * on WORD, before the fence that closes its block, or 0 (none: the writer
 * left it out, and the lines below are read as they are). */
static guint
heredoc_close(const Lines *ls, guint i, const char *word)
{
	for (guint j = i + 1; j < ls->n; j++) {
		if (ls->l[j].type == L_FENCE)
			return 0;
		if (heredoc_end(ls->l[j].s, word))
			return j;
	}
	return 0;
}

/* Does command line I of LS open a here-document?  Then *DOC_END is the
 * line that closes it (0: none before its block ends, counted in
 * *DOC_MISSES).  Each here-document left open costs a scan to its
 * block's end: after HEREDOC_MISSES of them "<<" opens none, as before
 * here-documents were read (a mail of 100,000 "$ cat <<B1" lines must not
 * take time squared). */
gboolean
st_x_heredoc_opens(const Lines *ls, guint i, guint *doc_end, guint *doc_misses)
{
	const Line *l = &ls->l[i];
	char word[64];

	if (*doc_misses >= HEREDOC_MISSES || (l->type != L_CMD && l->type != L_CONT) ||
	    !heredoc_word(l->s, word, sizeof(word)))
		return FALSE;
	*doc_end = heredoc_close(ls, i, word);
	if (*doc_end == 0)
		(*doc_misses)++;
	return TRUE;
}
