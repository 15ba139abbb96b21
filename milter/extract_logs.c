/*
 * extract_logs.c — the checklist's logs (extract_int.h): an attached log or
 * screenshot, an attachment that holds its own saved output, [logs.*] lines
 * in the text, or output under a command or an output heading (a transcript);
 * never a block the writer calls expected or example output (Line.imagined).
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

static gboolean bracketed_note(const Line *l);

/* The number of words of S (white space apart) and the characters of S
 * that are neither letters, digits nor white space, in order, in *PUNCT
 * (at most 32 of them; a longer run is cut). */
static guint
shape_of(const char *s, char punct[33])
{
	guint words = 0, np = 0;

	for (const char *c = s; *c; c++) {
		if (!g_ascii_isspace(*c) && (c == s || g_ascii_isspace(c[-1])))
			words++;
		if (!g_ascii_isalnum(*c) && !g_ascii_isspace(*c) && (guchar)*c < 0x80 && np < 32)
			punct[np++] = *c;
	}
	punct[np] = '\0';
	return words;
}

/* Do S and T, lines of one shape (shape_of: as many words, the same
 * punctuation in the same order), agree on at least half of their words,
 * a run of digits standing for any other ("w3 -> port 53111 -> w6" and
 * "w4 -> port 53109 -> w4": "->", "port", "->" agree)? */
static gboolean
words_agree(const char *s, const char *t, guint words)
{
	guint same = 0;

	for (guint w = 0; w < words; w++) {
		s += strspn(s, " \t");
		t += strspn(t, " \t");
		gboolean eq = TRUE;
		while (*s && !g_ascii_isspace(*s) && *t && !g_ascii_isspace(*t)) {
			if (g_ascii_isdigit(*s) && g_ascii_isdigit(*t)) {
				while (g_ascii_isdigit(*s))
					s++;
				while (g_ascii_isdigit(*t))
					t++;
				continue;
			}
			if (*s++ != *t++)
				eq = FALSE;
		}
		if ((*s && !g_ascii_isspace(*s)) || (*t && !g_ascii_isspace(*t)))
			eq = FALSE;
		s += strcspn(s, " \t");
		t += strcspn(t, " \t");
		same += eq;
	}
	return same * 2 >= words;
}

/* Does line I of LS open a run of at least three lines, one under the
 * other, of one shape (shape_of) that agree on half of their words
 * (words_agree), none of them prose or a list item: what a loop prints,
 * one line a pass ("w1 -> port 53104 -> w1", "run 2: ok")?  A writer's
 * sentences never repeat one shape so; a list is marked as one ("- ",
 * "1. "). */
static gboolean
repeated_shape(const Lines *ls, guint i)
{
	char first[33], punct[33];
	guint words = 0;

	if (i + 2 >= ls->n)
		return FALSE;
	for (guint k = i; k <= i + 2; k++) {
		const Line *l = &ls->l[k];
		const char *t = l->s + strspn(l->s, " \t");
		if (l->type != L_PROSE || l->segment != 0 || st_x_prose_line(l) ||
		    (*t != '\0' && strchr("-*+", *t) != NULL) ||
		    (g_ascii_isdigit(*t) && strchr(".)", t[strspn(t, "0123456789")]) != NULL))
			return FALSE;
		guint w = shape_of(t, k == i ? first : punct);
		if (k == i) {
			words = w;
			if (words < 2 || first[0] == '\0')
				return FALSE;
			continue;
		}
		if (w != words || strcmp(first, punct) != 0 ||
		    !words_agree(ls->l[k - 1].s + strspn(ls->l[k - 1].s, " \t"), t, words))
			return FALSE;
	}
	return TRUE;
}

/* Is line L of LS a template's blank ("N/A", "TBD", "<output>" under "##
 * Logs", [poc.placeholder], 1463) or a chat's turn ("Felix Brandt  1:52
 * PM", [poc.chat-turn], 3059): nothing a command printed? */
static gboolean
blank_line(const Lines *ls, const Line *l)
{
	return st_x_placeholder(ls->rules, l->s) || st_x_line_any(ls, st_x_grp(ls->rules, "poc.chat-turn"), l);
}

/* Does line L of LS look like program output rather than a sentence: a
 * [logs.line] line, a single token ("uid=0(root)"), one that opens a JSON
 * object or array (not a note in brackets: "[Figures removed.]", 3070) or a
 * markup tag, the first of lines that repeat one shape, a printed tree? */
static gboolean
output_like(const Lines *ls, const Line *l)
{
	const char *t = l->s + strspn(l->s, " \t");

	if (l->logline)
		return TRUE;
	if (blank_line(ls, l))
		return FALSE;
	if (*t == '{' || (*t == '[' && !bracketed_note(l)) || *t == '<' || st_x_tree_part(ls, l))
		return TRUE;
	/* a printed object's member, its braces above or cut off by the
	 * grep that printed it ("\"secrets\": {", round 234) */
	const char *q = *t == '"' ? strchr(t + 1, '"') : NULL;
	if (q != NULL && q > t + 1 && q - t <= 80 && q[1 + strspn(q + 1, " \t")] == ':') {
		q += 1 + strspn(q + 1, " \t");  /* the colon, then the value */
		q += 1 + strspn(q + 1, " \t");
		if (*q != '\0' && strchr("{[\"-0123456789tfn", *q) != NULL)
			return TRUE;
	}
	gsize n = strcspn(t, " \t");
	if (n > 0 && t[n + strspn(t + n, " \t")] == '\0')
		return TRUE;
	return repeated_shape(ls, (guint)(l - ls->l));
}

/* Is line H of LS an output heading of OH ("Output:"), not one that
 * names a query of the environment ([logs.output-heading.env])?  A heading
 * hard-wrapped over two lines ("Here is what the script printed on my" /
 * "computer:") is read whole: the prose line above it in the same segment,
 * a space, then it, so the word that makes it a heading and a negation
 * ("I did not save what it printed on my" / "screen:") count though they
 * sit on the line above. */
static gboolean
output_heading(const Lines *ls, guint h, const StRuleGroup *oh)
{
	const Line *l = &ls->l[h];

	/* "Version from pip show:": the environment's answer, no log */
	if (st_x_line_any(ls, st_x_grp(ls->rules, "logs.output-heading.env"), l))
		return FALSE;
	/* a heading underlined ("Output" / "------"): read as "Output:" */
	if (st_x_heading_any(ls, oh, h))
		return TRUE;
	return oh != NULL && h > 0 && st_x_pair_any(ls, oh, &ls->l[h - 1], l);
}

/* Is line I of LS prose read with the line it wraps onto: prose_line,
 * or, when the next line of its block goes on with the sentence (output
 * of the same kind, no log line), the two read as one ("/home/ci/.bashrc
 * now holds one line and /tmp/poc" / "is created.", 1702).  A sentence
 * hard-wrapped in an indented block is still the writer's. */
static gboolean
prose_wrapped(const Lines *ls, guint i)
{
	const Line *l = &ls->l[i];

	if (st_x_prose_line(l))
		return TRUE;
	if (l->logline || i + 1 >= ls->n)
		return FALSE;
	const Line *m = &ls->l[i + 1];
	if (m->type != l->type || m->segment != l->segment || m->logline)
		return FALSE;
	gsize n1, n2, words, plain, letters;
	const char *t1 = st_x_line_trimmed(l, &n1), *t2 = st_x_line_trimmed(m, &n2);
	if (n1 == 0 || n2 == 0)
		return FALSE;
	g_autofree char *both = g_strdup_printf("%.*s %.*s", (int)n1, t1, (int)n2, t2);
	gsize n = strlen(both);
	st_x_log_words(both, n, &words, &plain, &letters);
	return st_x_prose_counts(both, n, words, plain, letters);
}

/* Is line L, right under an output heading ("Output:"), machine-made
 * rather than written: not prose, and fewer than half of its words plain
 * words ("INFO:microsandbox.client:sandbox t1 started in 1.84s", "a: [
 * 'A-secret-1' ]"), where "root on the host" is a writer's words. */
static gboolean
machine_line(const Line *l)
{
	gsize n, letters, words, plain;
	const char *t = st_x_line_trimmed(l, &n);

	if (n == 0)
		return FALSE;
	st_x_log_words(t, n, &words, &plain, &letters);
	if (!l->logline && st_x_prose_counts(t, n, words, plain, letters))
		return FALSE;  /* prose_line */
	return plain * 2 < words;
}

/* Is line I of LS, a machine-made line right under an output heading,
 * the head of code rather than output: the line below it, in the same
 * paragraph, is code or a command ("# poc_retry.py" over "import os,
 * sys")?  A script's first comment names it; a run's output does not go
 * on with the script. */
static gboolean
heads_code(const Lines *ls, guint i)
{
	if (i + 1 >= ls->n)
		return FALSE;
	const Line *d = &ls->l[i + 1];

	return d->segment == ls->l[i].segment && (d->type == L_CODE || d->type == L_CMD);
}

/* The last clause of the N bytes of S, a lead-in's line, when the line is
 * a paragraph a phone or a chat client sent as one line, longer than
 * [logs] lead_in_line_bytes: the text after its last sentence end or
 * comma, a copy; NULL for a shorter line or one with no such break.  The
 * words that say what a lead-in announces stand near its colon: in "...
 * everything but pypi is blocked like it should be, BUT if the guest runs
 * reboot the allow list is gone, curl -sI https://x from the same box
 * right after:" the "should" of an earlier clause is about something else
 * (round 224). */
static char *
last_clause(const Lines *ls, const char *s, gsize n)
{
	gint64 min = st_rules_get_int(ls->rules, "logs", "lead_in_line_bytes", 0);

	if (min <= 0 || (gint64)n <= min)
		return NULL;
	for (gsize i = n - 1; i > 0; i--) {
		if ((s[i] == ' ' || s[i] == '\t') && strchr(".!?;,", s[i - 1]) != NULL &&
		    !(i >= 2 && g_ascii_isdigit(s[i - 2]) && s[i - 1] != ','))
			return g_strndup(s + i + 1, n - i - 1);
	}
	return NULL;
}

/* Is prose line H of LS a lead-in to what a reproduction printed, whatever
 * its words: a reproduction came shortly before it, at most [logs]
 * lead_in_gap lines above (SEEN, the last line above that is a command
 * that is not an environment query, or code, -1 for none; else *POC, the
 * command in a sentence st_x_poc_line finds, -2 until asked), it ends in a colon, and it introduces nothing of another
 * kind ([logs.lead-in.not]: the environment, expected behaviour, a fix, the
 * docs, more commands, a file's content; nor a step of a list,
 * [poc.step-action]).  A block under it is output only when its first
 * line is (not prose, prose_line; not code, not a command).  "The guest saw this:", "Here's what happened:",
 * "Na konsoli:" after the commands announce their output as surely as
 * "Output:" does; a list of output verbs per language never ends. */
static gboolean
lead_in(const Lines *ls, guint h, gint seen, gint *poc)
{
	const Line *l = &ls->l[h];
	gsize n = strlen(l->s);
	gint64 gap = st_rules_get_int(ls->rules, "logs", "lead_in_gap", 8);

	if (l->type != L_PROSE || l->segment != 0 || l->logline)
		return FALSE;
	while (n > 0 && g_ascii_isspace(l->s[n - 1]))
		n--;
	if (n == 0 || l->s[n - 1] != ':' || (n > 1 && l->s[n - 2] == ':'))
		return FALSE;
	if (seen < 0 || (gint64)h - seen > gap) {
		/* a command inside a sentence above it (st_x_poc_line), looked
		 * for once, only when a line like this one comes */
		if (*poc == -2)
			*poc = st_x_poc_line(ls);
		if (*poc < 0 || (guint)*poc > h || (gint64)h - *poc > gap)
			return FALSE;
	}
	/* a step of a list ("3. Put this in ~/msb.yaml:") shows what to do;
	 * a sentence wrapped onto it keeps its verb on the line above ("He
	 * typed these two lines" / "into Python inside his sandbox:") */
	const StRuleGroup *nots = st_x_grp(ls->rules, "logs.lead-in.not");
	if (st_x_line_any(ls, st_x_grp(ls->rules, "poc.step-action"), l))
		return FALSE;
	/* what came instead of the expected, said at the colon ("should be
	 * 404/403 and instead:", "expected a 403 but got:"): what it printed,
	 * however the sentence names what it should have done */
	if (st_x_line_any(ls, st_x_grp(ls->rules, "logs.lead-in.actual"), l))
		return TRUE;
	g_autofree char *clause = last_clause(ls, l->s, n);
	if (clause != NULL)
		return nots == NULL || !st_x_any(nots, clause);
	if (st_x_line_any(ls, nots, l))
		return FALSE;
	return !(h > 0 && nots != NULL && st_x_pair_any(ls, nots, &ls->l[h - 1], l));
}

/* Is line H of LS an output heading of OH, or a lead-in (lead_in; SEEN
 * and POC as there)? */
static gboolean
announces_output(const Lines *ls, guint h, const StRuleGroup *oh, gint seen, gint *poc)
{
	return output_heading(ls, h, oh) || lead_in(ls, h, seen, poc);
}

/* Is line H of LS a line of prose outside a block that is an output
 * heading of OH ("Output:", "Response (trimmed):")? */
static gboolean
heading_line(const Lines *ls, guint h, const StRuleGroup *oh)
{
	const Line *l = &ls->l[h];

	return l->type == L_PROSE && l->segment == 0 && output_heading(ls, h, oh);
}

/* Is line L a note the writer put between commands, wholly in
 * parentheses or square brackets, with words of theirs in it ("(inside
 * it: touch /root/x, then exit)", "[then I waited a minute]")?  A printed
 * tuple or list ("(0, 'root')", "['a', 'b']") has no plain words.
 * bracketed_words reads the N bytes of T so, trailing space left off. */
static gboolean
bracketed_words(const char *t, gsize n)
{
	gsize words, plain, letters;

	if (n < 2 || !((t[0] == '(' && t[n - 1] == ')') || (t[0] == '[' && t[n - 1] == ']')))
		return FALSE;
	st_x_log_words(t + 1, n - 2, &words, &plain, &letters);
	return words >= 3 && plain >= 2;
}

static gboolean
bracketed_note(const Line *l)
{
	gsize n;
	const char *t = st_x_line_trimmed(l, &n);

	return bracketed_words(t, n);
}

/* Is line L the writer's words in parentheses under a command, saying
 * what it prints ("(prints the viewer link https://... and the stream
 * URL)", 3384)?  A description of the output, not the output. */
static gboolean
describes_output(const Line *l)
{
	gsize n;
	const char *t = st_x_line_trimmed(l, &n);

	return n > 0 && t[0] == '(' && bracketed_words(t, n);
}

/* Is line L only the bracket that opens a printed object or list ("{",
 * "[", "[{"), as JSON and Node's util.inspect print one? */
static gboolean
opening_bracket(const Line *l)
{
	gsize n;
	const char *t = st_x_line_trimmed(l, &n);

	return n > 0 && n <= 2 && strspn(t, "{[") >= n;
}

/* Does prose line P end with a command the writer ran inside its last
 * sentence, the command running to the line's end with nothing after it
 * ("... checked from a second free account w msb cloud run tpl_x -- env |
 * grep -i key" over the KEY=value lines it printed; "... and its
 * basically my whole config. unzip -l msb-diag.zip" over the listing;
 * rounds 229, 231)?  What follows on the next line is its output, as under
 * a command line: from a word of the line's last sentence on, the rest of
 * the line is a reproduction command (st_x_poc_command), or a known
 * command word ([poc.command]) with a shell argument after it
 * (st_x_shell_args), no environment query ([poc.env]). */
static gboolean
ends_in_command(const Lines *ls, const Line *p)
{
	gsize n = strlen(p->s);

	while (n > 0 && g_ascii_isspace(p->s[n - 1]))
		n--;
	if (n == 0 || strchr(".!?:;,)", p->s[n - 1]) != NULL)
		return FALSE;
	/* a key given a quoted value ("post_up = \"cp ... && chmod ...\"" in a
	 * here-document) is configuration */
	const char *k = p->s + strspn(p->s, " \t");
	const char *v = k + strspn(k, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");
	v += strspn(v, " \t");
	if (v > k && (*v == '=' || *v == ':') && strchr("\"'", v[1 + strspn(v + 1, " \t")]) != NULL)
		return FALSE;
	g_autofree char *line = g_strndup(p->s, n);
	const StRuleGroup *cmd = st_x_grp(ls->rules, "poc.command");
	const StRuleGroup *env = st_x_grp(ls->rules, "poc.env");
	const char *from = line;
	for (const char *q = line; q[0] && q[1]; q++)
		if (strchr(".!?", q[0]) != NULL && q[1] == ' ')
			from = q + 2;
	/* the line's own words come first (three at least): a line that is
	 * all command is no sentence, nor is a value in quotes ("post_up =
	 * \"cp /bin/bash ...\"" in a here-document) */
	guint before = 0;
	for (const char *w = line; *w; w++) {
		if (w > line && w[-1] == ' ' && *w != ' ')
			before++;
		if (w < from || before < 3)
			continue;
		if (w[-1] == ' ' && g_ascii_islower(*w) && st_x_count_words(w) >= 2 &&
		    (w < line + 2 || strchr("\"'`=", w[-2]) == NULL) &&
		    (st_x_poc_command(ls, w) ||
		     (st_x_any_in(cmd, ls->scan, w) && st_x_shell_args(w) && !st_x_any_in(env, ls->scan, w)))) {
			/* not when the line is all an environment query ("pip
			 * freeze | grep -i microsandbox" under "Version:", 3386) */
			g_autofree char *whole = g_strstrip(g_strdup(line));
			/* nor when the command leaves a quote open: it goes on
			 * below ("curl -s -H \"Authorization: Bearer" /
			 * "msb_live_x\"", a mail client's hard wrap) */
			return !st_x_any(st_x_grp(ls->rules, "logs.env"), whole) &&
			       st_x_open_quote(w, 0) == 0;
		}
	}
	return FALSE;
}

/* Is P, line I - 1 just above an unindented line I, something whose next
 * line is output: a command that is not an environment query ("msb exec x
 * -- id" then "Error: timed out") or an output heading of OH ("Output:")
 * or a lead-in after a reproduction (lead_in, SEEN and POC as there)? */
static gboolean
output_after(const Lines *ls, guint i, const StRuleGroup *oh, gint seen, gint *poc)
{
	const Line *p = &ls->l[i - 1 - (i > 1 && blank_line(ls, &ls->l[i - 1]))];  /* past a "…" */

	if (p->type == L_CMD && p->segment == 0)
		return !p->env_log;
	return p->type == L_PROSE && p->segment == 0 &&
	       (announces_output(ls, i - 1, oh, seen, poc) || ends_in_command(ls, p));
}

/* Is L a command that is not an environment query and feeds no
 * here-document ("cat > x.sh <<'EOF'")? */
static gboolean
output_command(const Line *l)
{
	return l->type == L_CMD && !l->env_log && strstr(l->s, "<<") == NULL;
}

/* Is line I - 1 of LS, right above line I, such a command outside a block
 * (output_command), or a step of a list that is one (st_x_step_command)?
 * Or is the nearest line above I across blank lines and fences, a few at
 * most, such a command or the last line of one continued over lines
 * ("   curl -s -H '...' \\" / "        https://x/members/me" / "" /
 * "   {\"role\":\"developer\"}"): the block under it, set apart by a
 * blank line, is what it printed as surely as one right under it (*APART
 * set: such a block may open with the writer's label for the next
 * command instead, "  terminal 2:"). */
static gboolean
command_above(const Lines *ls, guint i, gboolean *apart)
{
	const Line *p = i > 0 ? &ls->l[i - 1] : NULL;

	*apart = FALSE;

	if (p != NULL && st_x_step_command(ls, p))
		return TRUE;  /* "2. curl -s https://x" and its output indented */
	if (p != NULL && p->segment == 0 && output_command(p))
		return TRUE;
	gint k = st_x_heading_above(ls, i, 3);
	if (k < 0 || (guint)k + 1 == i ||
	    (ls->l[k].type != L_CMD && ls->l[k].type != L_CONT))
		return FALSE;
	while (k > 0 && ls->l[k].type == L_CONT && ls->l[k - 1].segment == ls->l[k].segment)
		k--;
	*apart = TRUE;
	return output_command(&ls->l[k]);
}

/* Is the line two above line I of LS, across one blank line, the last
 * line of a notebook cell ([poc.prompt-cell]: "In [2]: r = await
 * sb.run(...)" and the code indented under it) that is no environment
 * query?  Jupyter prints what the cell printed below it. */
static gboolean
cell_above(const Lines *ls, guint i)
{
	if (i < 2 || ls->l[i - 1].type != L_BLANK)
		return FALSE;
	gint k = (gint)i - 2;
	const Line *p = &ls->l[k];
	if ((p->type != L_CMD && p->type != L_CONT) || p->segment == 0)
		return FALSE;
	while (k > 0 && ls->l[k].type == L_CONT && ls->l[k - 1].segment == ls->l[k].segment)
		k--;
	return output_command(&ls->l[k]) &&
	       st_x_line_any(ls, st_x_grp(ls->rules, "poc.prompt-cell"), &ls->l[k]);
}

/* The indentation of line L. */
static gsize
indent_of(const Line *l)
{
	return strspn(l->s, " \t");
}

/* Is line I of LS, a line of prose outside any block, what a command in a
 * block right above it printed: the line above is that command, or the
 * last line of one continued over lines ("   $ curl -s -X POST ... \\" /
 * "       https://x/v1/orgs" / "   {\"org\": \"o_1\"}"), no environment
 * query; line I is indented no less than the command (a list item's
 * step, a report whose text lost its indentation) and is machine-made
 * output ("{\"error\":...}", "403", a [logs.line] line), never a word of
 * the writer's ("Thanks,") back at the margin. */
static gboolean
printed_under_block(const Lines *ls, guint i)
{
	const Line *l = &ls->l[i];

	if (i == 0 || l->segment != 0)
		return FALSE;
	gint k = (gint)i - 1;
	if (ls->l[k].segment == 0 || (ls->l[k].type != L_CMD && ls->l[k].type != L_CONT))
		return FALSE;
	while (k > 0 && ls->l[k].type == L_CONT && ls->l[k - 1].segment == ls->l[k].segment)
		k--;
	if (!output_command(&ls->l[k]) || indent_of(l) < indent_of(&ls->l[k]))
		return FALSE;
	return (l->logline || machine_line(l)) && output_like(ls, l);
}

/* Is line L a label the writer puts over a block, ending in a colon
 * ("terminal 2:", "on the host:"), not a [logs.line] line? */
static gboolean
label_line(const Line *l)
{
	gsize n;
	const char *t = st_x_line_trimmed(l, &n);

	return !l->logline && n > 0 && t[n - 1] == ':';
}

/* Does R open with an HTTP status code, a word of its own? */
static gboolean
status_code(const char *r)
{
	return r[0] >= '1' && r[0] <= '5' && g_ascii_isdigit(r[1]) && g_ascii_isdigit(r[2]) &&
	       (r[3] == '\0' || r[3] == ' ' || r[3] == '\t');
}

/* Is R a status code the writer glosses in brackets, in words of their
 * own ("200 (through the proxy)"): the result told, not pasted?  "403
 * (Forbidden)" is the reason phrase. */
static gboolean
glossed_status(const char *r)
{
	if (!status_code(r))
		return FALSE;
	r += 3 + strspn(r + 3, " \t");
	gsize n = strlen(r);
	while (n > 0 && g_ascii_isspace(r[n - 1]))
		n--;
	return bracketed_words(r, n);
}

/* Does line L open with the arrow a writer puts before what came back
 * ("-> {\"url\": ...}", "=> 403 {\"error\": ...}", "\u2192 [1, 2]", "<-
 * HTTP/1.1 200 OK", websocat's "< {\"stream\": ...}"), and what follows it
 * is what a program printed: a JSON object or array, a quoted string, an
 * HTTP status line or a bare status code?  "-> then the guest retries" is
 * the writer's words, and so is a status code glossed in brackets
 * (glossed_status). */
static gboolean
arrow_response(const Line *l)
{
	static const char *const arrows[] = {
		"->", "=>", "<-", "\u2192", "\u21d2", "\u27f6", "<", NULL
	};
	const char *t = l->s + strspn(l->s, " \t"), *r = NULL;

	for (guint k = 0; arrows[k] != NULL && r == NULL; k++)
		if (g_str_has_prefix(t, arrows[k]))
			r = t + strlen(arrows[k]);
	if (r == NULL)
		return FALSE;
	r += strspn(r, " \t");
	if (*r == '{' || *r == '[' || *r == '"' || g_str_has_prefix(r, "HTTP/"))
		return TRUE;
	return status_code(r) && !glossed_status(r);
}

/* Is line L the writer's note on what a command did, an arrow and their
 * own words ("-> blocked, curl times out as it should", "=> I get the
 * router's login page", 1679), not what it printed: no response after
 * the arrow (arrow_response), nothing of [logs.line] or [logs.strong]
 * ("-> curl: (7) Failed to connect"), and three words or more, three in
 * four of them plain, or a status code glossed so (glossed_status).
 * "-> Connection refused" may be pasted and stays output. */
static gboolean
arrow_note(const Lines *ls, const Line *l)
{
	static const char *const arrows[] = {
		"->", "=>", "\u2192", "\u21d2", "\u27f6", NULL
	};
	gsize n, words, plain, letters;
	const char *t = st_x_line_trimmed(l, &n), *r = NULL;

	for (guint k = 0; arrows[k] != NULL && r == NULL; k++)
		if (g_str_has_prefix(t, arrows[k]))
			r = t + strlen(arrows[k]);
	if (r == NULL || l->logline || arrow_response(l))
		return FALSE;
	r += strspn(r, " \t");
	if (st_x_any(st_x_grp(ls->rules, "logs.line"), r) ||
	    st_x_any(st_x_grp(ls->rules, "logs.strong"), r))
		return FALSE;
	if (glossed_status(r))
		return TRUE;
	st_x_log_words(r, n - (gsize)(r - t), &words, &plain, &letters);
	return words >= 3 && plain * 4 >= words * 3;
}

/* Is line I of LS an arrow and a response (arrow_response) outside a
 * block, right under a command of the kind output_command takes, or the
 * last line of one continued over lines ("curl -s -X POST https://x \" /
 * "  -d '{...}'"), in a block or not, or under a step of a list that is
 * one? */
static gboolean
arrow_output_at(const Lines *ls, guint i)
{
	const Line *l = &ls->l[i];

	if (i == 0 || l->type != L_PROSE || l->segment != 0 || !arrow_response(l))
		return FALSE;
	if (st_x_step_command(ls, &ls->l[i - 1]))
		return TRUE;
	guint k = i - 1;
	while (k > 0 && ls->l[k].type == L_CONT && ls->l[k - 1].segment == ls->l[k].segment)
		k--;
	return output_command(&ls->l[k]);
}

/* Is line I of LS a raw HTTP request a listener printed ([logs.received.request]):
 * a request line right under a prose line that says what arrived or was
 * received ([logs.received]; a marked heading read with its colon,
 * st_x_heading_any) or under an output
 * heading of OH ("nc に届いたリクエスト:" / "" / "POST /v1/x HTTP/1.1")?
 * The same request typed into nc or piped into it has no such line above:
 * it stays the command it is. */
static gboolean
received_request(const Lines *ls, guint i, const StRuleGroup *recv, const StRuleGroup *oh)
{
	const Line *l = &ls->l[i];

	/* (the request line with its version is a command, one without it
	 * prose: "POST https://api.example/v1/x", as a proxy shows a flow) */
	if (recv == NULL || (l->type != L_CMD && (l->type != L_PROSE || l->segment != 0)) ||
	    !st_x_line_any(ls, st_x_grp(ls->rules, "logs.received.request"), l))
		return FALSE;
	gint h = st_x_heading_above(ls, i, 2);
	if (h < 0 || ls->l[h].type != L_PROSE || ls->l[h].segment != 0)
		return FALSE;
	/* (the sentence may start on the line above, wrapped at 76 columns:
	 * "on the cafe wifi sudo tcpdump -A -i en0 port 80 while running" /
	 * "a plain Sandbox.create():") */
	return st_x_heading_any(ls, recv, (guint)h) || output_heading(ls, (guint)h, oh) ||
	       (h > 0 && ls->l[h - 1].type == L_PROSE && ls->l[h - 1].segment == 0 &&
		st_x_pair_any(ls, recv, &ls->l[h - 1], &ls->l[h]));
}

/* Is line H of LS the last line of a short paragraph ending in a colon
 * that opens a section under an output heading of OH ("3. Tool output" /
 * "" / "cargo kani 0.63.0 on the harness ..., with ... under the" /
 * "constraints the allocator guarantees:")?  The heading names what the
 * section holds; the sentence says how it was made. */
static gboolean
lead_under_heading(const Lines *ls, guint h, const StRuleGroup *oh)
{
	const Line *l = &ls->l[h];
	gsize n = strlen(l->s);

	while (n > 0 && g_ascii_isspace(l->s[n - 1]))
		n--;
	if (l->type != L_PROSE || l->segment != 0 || l->logline || n < 2 ||
	    l->s[n - 1] != ':' || l->s[n - 2] == ':')
		return FALSE;
	guint top = h;
	while (top > 0 && h - top < 4 && ls->l[top - 1].type == L_PROSE &&
	       ls->l[top - 1].segment == 0 && !blank_line(ls, &ls->l[top - 1]))
		top--;
	gint head = st_x_heading_above(ls, top, 2);
	return head >= 0 && (guint)head + 1 < top && ls->l[head + 1].type == L_BLANK &&
	       ls->l[head].type == L_PROSE && ls->l[head].segment == 0 &&
	       output_heading(ls, (guint)head, oh);
}

/* A block opens at line I of LS: is it output from its first line on,
 * under an output heading (OH)?  Else *LEAD: it is when its first line
 * is output, under a lead-in (SEEN, *POC as lead_in takes them) or a
 * command above it (*APART: that command a blank line up). */
static gboolean
block_opens(const Lines *ls, guint i, const StRuleGroup *oh, gint seen, gint *poc,
	    gboolean *lead, gboolean *apart)
{
	/* the heading is prose, or a bullet of an indented list ("  *
	 * Response (trimmed):") above a deeper block */
	gint h = st_x_heading_above(ls, i, 3);

	*lead = *apart = FALSE;
	if (h >= 0 && (ls->l[h].segment == 0 || ls->l[h].type == L_COMMENT) &&
	    output_heading(ls, (guint)h, oh))
		return TRUE;
	/* or a command written without a prompt, the block right under it
	 * ("msb exec b -- wget -qO- ..." and "  wget: download timed out"
	 * indented below): its output, when the block opens with output (as
	 * under a lead-in); not a here-document it feeds */
	/* or a sentence that says how the output was made, between the
	 * output heading and the block: output from its first line on when
	 * that line is output, be it worded as a tool words its progress
	 * ("Checking harness ...") */
	if (h >= 0 && ls->l[i].type == L_OUTPUT && lead_under_heading(ls, (guint)h, oh))
		return TRUE;
	/* or a sentence that ends in the command it ran ("... box: msb
	 * inspect x | grep -A3 secrets" over the JSON; round 234) */
	*lead = (h >= 0 && lead_in(ls, (guint)h, seen, poc)) || command_above(ls, i, apart) ||
		(h >= 0 && ls->l[h].type == L_PROSE && ls->l[h].segment == 0 &&
		 ends_in_command(ls, &ls->l[h]));
	return *lead;
}

/* Output under an output heading, or after a non-environment command,
 * in a block or directly on the next line. */
gint
st_x_find_transcript(const Lines *ls)
{
	const StRuleGroup *oh = st_x_grp(ls->rules, "logs.output-heading");
	const StRuleGroup *inline_out = st_x_grp(ls->rules, "logs.inline-output");
	const StRuleGroup *cited = st_x_grp(ls->rules, "logs.env-cited");
	gboolean live = FALSE;     /* last command of this segment is not env */
	gboolean lead = FALSE;     /* this segment is under a lead-in only */
	gboolean apart = FALSE;    /* ... or under a command a blank line up */
	gint seen = -1;            /* the last line of a reproduction before i */
	gint poc = -2;             /* st_x_poc_line, once asked */
	guint seg = 0;

	for (guint i = 0; i < ls->n; i++) {
		const Line *l = &ls->l[i];
		if (l->imagined)
			continue;  /* output nobody ran ([logs.imagined]) */
		if (l->segment == 0 && st_x_setext_underline(ls, i))
			continue;  /* a heading's underline is no output */
		if (l->segment != seg) {
			seg = l->segment;
			live = lead = apart = FALSE;
			if (seg != 0)
				live = block_opens(ls, i, oh, seen, &poc, &lead, &apart);
		}
		if (lead && opening_bracket(l))
			continue;  /* a printed object or list opens ("{", "["):
				    * the line below it decides */
		if (lead && (l->type != L_OUTPUT || prose_wrapped(ls, i) || bracketed_note(l) ||
			     arrow_note(ls, l) ||
			     (apart && label_line(l)) || st_x_line_any(ls, cited, l)))
			live = FALSE;  /* the lead-in's block opens with prose,
					* code, a command, the writer's note in
					* brackets, or a value and the command
					* that gives it ("msb 0.9.4 (msb
					* --version)", [logs.env-cited]), or, a
					* blank line under the command, a label
					* ("terminal 2:"): not with output */
		lead = apart = FALSE;
		if (l->type == L_CMD)
			live = !l->env_log;
		else if (l->type == L_OUTPUT && live && l->segment != 0 && !arrow_note(ls, l) &&
			 !describes_output(l))
			return (gint)i;
		else if (l->type == L_PROSE && st_x_line_any(ls, inline_out, l))
			return (gint)i;
		else if (l->type == L_PROSE && l->segment == 0 && !blank_line(ls, l) && i > 0 &&
			 ((output_like(ls, l) && output_after(ls, i, oh, seen, &poc)) ||
			  (machine_line(l) && heading_line(ls, i - 1, oh) && !heads_code(ls, i)) ||
			  printed_under_block(ls, i)))
			return (gint)i;
		/* an arrow and a response right under the command that got
		 * it, in a list step's block or not ("   curl -s -X POST ..." /
		 * "   -> 403 {\"error\": ...}"): what it printed */
		else if (arrow_output_at(ls, i))
			return (gint)i;
		/* or after one blank line, when the line is a [logs.line] one
		 * ("curl -i ..." / "" / "HTTP/1.1 204 No Content"), or when it
		 * looks like output and the line before the blank is an output
		 * heading ("Response (trimmed):" / "" / "{") or a lead-in; under
		 * an output heading a machine-made line is output, whatever its
		 * format ("Output:" / "" / "INFO:app.client:sandbox t1 started") */
		else if (l->type == L_PROSE && l->segment == 0 && !blank_line(ls, l) && i > 1 &&
			 ls->l[i - 1].type == L_BLANK &&
			 ((l->logline && output_after(ls, i - 1, oh, seen, &poc)) ||
			  (output_like(ls, l) && ls->l[i - 2].type == L_PROSE &&
			   ls->l[i - 2].segment == 0 && announces_output(ls, i - 2, oh, seen, &poc)) ||
			  (machine_line(l) && heading_line(ls, i - 2, oh) && !heads_code(ls, i)) ||
			  (cell_above(ls, i) && (output_like(ls, l) || machine_line(l)) && !prose_wrapped(ls, i))))
			return (gint)i;
		if ((l->type == L_CMD && !l->env_log) || l->type == L_CODE)
			seen = (gint)i;
	}
	return -1;
}

/* A textual attachment of any role that carries the output of its own run
 * ([logs.saved-output]: a Jupyter notebook's saved cell outputs) shows
 * logs, though it is the PoC.  Attachments the parser kept no text of are
 * read from their decoded content when it is UTF-8.  Sets the logs item of A and returns TRUE
 * when one does. */
static gboolean
saved_output(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	const StRuleGroup *g = st_x_grp(rules, "logs.saved-output");
	gint64 max = st_rules_get_int(rules, "role.content", "max_attachments", 64);
	gint64 max_bytes = st_rules_get_int(rules, "role.content", "max_bytes", 131072);

	for (guint i = 0; g && msg && msg->attachments && i < msg->attachments->len &&
	     i < (guint)max; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		g_autofree char *own = att->text ? NULL : st_x_utf8_head(att->content, max_bytes);
		const char *text = att->text ? att->text : own;
		if (text == NULL)
			continue;
		g_autoptr(StScan) scan = st_scan_new(rules, text, -1);
		if (st_x_any_in(g, scan, text)) {
			st_x_set_check(a, ST_CHECK_LOGS, g_strdup_printf("attachment %s holds saved output",
				  att->filename ? att->filename : att->content_type));
			return TRUE;
		}
	}
	return FALSE;
}

void
st_x_check_logs(const Lines *ls, const StMessage *msg, StAnalysis *a)
{
	gint64 min = st_rules_get_int(ls->rules, "logs", "min_lines", 2);
	const StRuleGroup *strong = st_x_grp(ls->rules, "logs.strong");
	const StRuleGroup *recv = st_x_grp(ls->rules, "logs.received");
	const StRuleGroup *oh = st_x_grp(ls->rules, "logs.output-heading");
	guint n = 0;
	gint first = -1;

	for (guint i = 0; msg && msg->attachments && i < msg->attachments->len; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (att->role == ST_ROLE_LOG || att->role == ST_ROLE_SCREENSHOT) {
			st_x_set_check(a, ST_CHECK_LOGS, g_strdup_printf("attachment %s (%s)",
				  att->filename ? att->filename : att->content_type,
				  st_role_name(att->role)));
			return;
		}
		/* an archive of a script and the output of its run */
		const char *member = st_x_archive_log_member(ls->rules, att);
		if (member != NULL) {
			st_x_set_check(a, ST_CHECK_LOGS, g_strdup_printf("attachment %s holds %s (log)",
				  att->filename ? att->filename : att->content_type, member));
			return;
		}
	}
	if (saved_output(ls->rules, msg, a))
		return;
	for (guint i = 0; i < ls->n; i++) {
		const Line *l = &ls->l[i];
		if (l->type == L_BLANK || l->type == L_FENCE || l->imagined || l->heredoc)
			continue;  /* (a here-document's lines are typed input) */
		if (st_x_line_any(ls, strong, l)) {
			st_x_set_check(a, ST_CHECK_LOGS, st_x_line_evidence(ls, i));
			return;
		}
		if (l->logline && l->type != L_CMD && l->type != L_CODE && n++ == 0)
			first = (gint)i;
		if (received_request(ls, i, recv, oh)) {
			st_x_set_check(a, ST_CHECK_LOGS, st_x_line_evidence(ls, i));
			return;
		}
	}
	if (n >= (guint)min && first >= 0) {
		st_x_set_check(a, ST_CHECK_LOGS, st_x_line_evidence(ls, first));
		return;
	}
	gint t = st_x_find_transcript(ls);
	if (t >= 0)
		st_x_set_check(a, ST_CHECK_LOGS, st_x_line_evidence(ls, t));
}
