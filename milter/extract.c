/*
 * extract.c — facts from the text and attachments of a report: the driver
 * (st_extract), the checklist items description / poc / logs and "exploited
 * in the wild".  The text as typed lines is extract_lines.c, attachment
 * roles extract_roles.c, the rule-matching helpers shared by the extract*.c
 * files extract_match.c (all through extract_int.h).
 *
 * Everything that decides what counts (patterns, keywords, thresholds) is in
 * rules/extract.rules; this file holds the mechanism.  Text is never
 * executed or written anywhere; all work is bounded by the size of the text
 * (which parse.c bounds) and the number of rule patterns.
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* ------------------------------------------------------------ checklist */

static void
set_check(StAnalysis *a, StCheck c, char *evidence)
{
	a->check[c] = TRUE;
	g_free(a->check_evidence[c]);
	a->check_evidence[c] = evidence;
}

/* Numbered steps under a reproduction heading, or a list whose items
 * are mostly actions someone does at a keyboard ([poc.step-action]: "1.
 * Log in as a standard user", "2. Right-click the icon", "3. Type cmd and
 * press Enter") with no heading at all.  Returns the first step's line
 * index or -1. */
static gint
find_steps(const Lines *ls)
{
	const StRuleGroup *step = st_x_grp(ls->rules, "poc.step");
	const StRuleGroup *heading = st_x_grp(ls->rules, "poc.steps-heading");
	const StRuleGroup *action = st_x_grp(ls->rules, "poc.step-action");
	gint64 min = st_rules_get_int(ls->rules, "poc", "min_steps", 3);
	gint64 min_actions = st_rules_get_int(ls->rules, "poc", "min_step_actions", 0);

	for (guint i = 0; i < ls->n; i++) {
		if (!st_x_line_any(ls, step, &ls->l[i]))
			continue;
		/* the first item of a list: its heading is above */
		gint h = st_x_heading_above(ls, i, 4);
		gboolean headed = (h >= 0 && !st_x_line_any(ls, step, &ls->l[h]) &&
				   st_x_line_any(ls, heading, &ls->l[h])) ||
				  st_x_line_any(ls, heading, &ls->l[i]);
		if (!headed && (action == NULL || min_actions <= 0))
			continue;
		guint n = 0, acts = 0, j;
		for (j = i; j < ls->n && j < i + 60; j++) {
			const Line *l = &ls->l[j];
			if (st_x_line_any(ls, step, l)) {
				n++;
				if (action != NULL && st_x_line_any(ls, action, l))
					acts++;
			}
			else if (l->type == L_PROSE && !st_x_is_indented(l->s) &&
				 j + 1 < ls->n && ls->l[j + 1].type == L_BLANK &&
				 !st_x_line_any(ls, step, &ls->l[j + 1]) && n > 0 &&
				 j > 0 && ls->l[j - 1].type == L_BLANK)
				break;  /* a paragraph of its own ends the list */
		}
		if (n >= (guint)min && (headed || (min_actions > 0 && acts >= (guint)min_actions &&
						    2 * acts > n)))
			return (gint)i;
		if (headed)
			i = j;  /* an unheaded list may still hold a headed one below */
	}
	return -1;
}

/* The text of list item S after its marker ("1. ", "2) ", "- ", "* "),
 * or NULL when S does not start with one. */
static const char *
after_item_marker(const char *s)
{
	const char *p = s + strspn(s, " \t");
	if (g_ascii_isdigit(*p)) {
		while (g_ascii_isdigit(*p))
			p++;
		if (*p != '.' && *p != ')')
			return NULL;
		p++;
	} else if (*p == '-' || *p == '*') {
		p++;
	} else {
		return NULL;
	}
	if (*p != ' ' && *p != '\t')
		return NULL;
	return p + strspn(p, " \t");
}

/* Is S a reproduction command ([poc.command-line], not [poc.env])? */
static gboolean
is_command(const Lines *ls, const char *s)
{
	return st_x_any_in(st_x_grp(ls->rules, "poc.command-line"), ls->scan, s) &&
	       !st_x_any_in(st_x_grp(ls->rules, "poc.env"), ls->scan, s);
}

/* The text of S after a short label of at most four words ending in ": "
 * ("Run: ", "Rode no terminal: "), or NULL when S has none. */
static const char *
after_label(const char *s)
{
	guint words = 1;

	for (const char *p = s; *p && p - s < 40; p++) {
		if (*p == '`' || *p == '"' || *p == '\'' || *p == '/' || *p == '$')
			return NULL;
		if (*p == ' ' && ++words > 4)
			return NULL;
		if (*p == ':' && p > s && (p[1] == ' ' || p[1] == '\t'))
			return p + 1 + strspn(p + 1, " \t");
	}
	return NULL;
}

/* Is prose line L a list item with a command, in an inline code span
 * ("1. Run `msb run -v /:/host alpine`") or as the whole item
 * ("1. msb run --name a alpine -- sh")? */
static gboolean
step_command(const Lines *ls, const Line *l)
{
	const char *p = l->s;

	if (!st_x_line_any(ls, st_x_grp(ls->rules, "poc.step"), l) && !l->in_item)
		return FALSE;
	const char *item = after_item_marker(l->s);
	if (item && is_command(ls, item))
		return TRUE;
	/* "2. Run: curl -s ...", "3. Uruchom: wscat -c ...": a label first */
	const char *label = item ? after_label(item) : NULL;
	if (label && is_command(ls, label))
		return TRUE;
	while ((p = strchr(p, '`')) != NULL) {
		const char *e = strchr(p + 1, '`');
		if (e == NULL)
			break;
		g_autofree char *span = g_strndup(p + 1, e - p - 1);
		if (is_command(ls, span))
			return TRUE;
		p = e + 1;
	}
	return FALSE;
}

/* Is SPAN, a command written inside a sentence, one that was run rather
 * than one named in passing: a reproduction command (is_command) that
 * starts with a known command word ([poc.command]), with at least [poc]
 * min_inline_args shell words after its program (after the subcommand of
 * msb: "`msb run --no-net` still resolves names" names a flag).  BARE (set
 * apart only by a colon before it, not by backticks or quotes) must look
 * like a shell line too: a quoted argument, a "--", a pipe, a redirection
 * or "&&" ("the guest still gets out: msb exec web -- sh -c \"wget ...\"."),
 * so that a sentence that merely starts with a command is not one. */
static gboolean
inline_run(const Lines *ls, const char *span, gboolean bare)
{
	gint64 min = st_rules_get_int(ls->rules, "poc", "min_inline_args", 3);
	g_auto(GStrv) argv = NULL;
	gint argc = 0, k = 0;

	/* cheap refusals first: this runs on every quote and colon of the
	 * prose, and most have too few words or nothing of a shell line */
	guint words = 1;
	for (const char *p = span; *p; p++)
		words += g_ascii_isspace(*p) && p[1] != '\0' && !g_ascii_isspace(p[1]);
	if (words < (guint)min + 1 || (bare && strpbrk(span, "\"'|>&") == NULL &&
					strstr(span, "--") == NULL))
		return FALSE;
	/* it starts with a known command word ([poc.command]): a package
	 * tree tool named with its options ("`deptool --reverse --for
	 * urllib3` shows who pulls it in") reproduces nothing */
	if (!st_x_any_in(st_x_grp(ls->rules, "poc.command"), ls->scan, span) ||
	    !is_command(ls, span) || !g_shell_parse_argv(span, &argc, &argv, NULL))
		return FALSE;
	/* sudo and VAR=value before the program */
	while (k < argc && (strcmp(argv[k], "sudo") == 0 ||
			    (g_ascii_isupper(argv[k][0]) && strchr(argv[k], '=') != NULL)))
		k++;
	if (k < argc && (strcmp(argv[k], "msb") == 0 || strcmp(argv[k], "microsandbox") == 0 ||
			 strcmp(argv[k], "msb.exe") == 0 || strcmp(argv[k], "microsandbox.exe") == 0))
		k++;  /* the subcommand */
	if (argc - (k + 1) < min)
		return FALSE;
	if (!bare)
		return TRUE;
	for (gint i = k + 1; i < argc; i++)
		if (strcmp(argv[i], "--") == 0 || strcmp(argv[i], "|") == 0 ||
		    strcmp(argv[i], "&&") == 0 || argv[i][0] == '>')
			return TRUE;
	for (const char *p = span; *p && p[1]; p++)
		if ((p[1] == '"' || p[1] == '\'') && (g_ascii_isspace(*p) || *p == '='))
			return TRUE;  /* an argument that starts with a quote */
	return FALSE;
}

/* The end of the sentence of S that starts at P: the first '.', '!' or '?'
 * followed by white space or the line's end outside shell quotes, or the
 * line's end. */
static const char *
sentence_end(const char *p)
{
	char q = 0;

	for (; *p; p++) {
		if (q != 0) {
			if (*p == q)
				q = 0;
			continue;
		}
		if (*p == '"' || (*p == '\'' && (p[-1] == ' ' || p[-1] == '=')))
			q = *p;
		else if ((*p == '.' || *p == '!' || *p == '?') &&
			 (p[1] == '\0' || g_ascii_isspace(p[1])))
			return p;
	}
	return p;
}

/* Does prose line L of LS hold a command that was run, written inside a
 * sentence of a long unwrapped line: in an inline code span ("I ran `msb
 * run ... -- python3 -c \"...\"` and it still printed"), in double quotes
 * (straight or curly), or after a colon to the sentence's end ("the guest
 * still gets out: msb exec ...")?  The line stays prose (its sentences
 * still describe); see inline_run for what makes one a command rather
 * than a mention. */
static gboolean
inline_command(const Lines *ls, const Line *l)
{
	static const char *const pairs[][2] = {
		{ "`", "`" }, { "\"", "\"" }, { "\xe2\x80\x9c", "\xe2\x80\x9d" },
	};

	for (guint k = 0; k < G_N_ELEMENTS(pairs); k++) {
		const char *p = l->s;
		gsize ol = strlen(pairs[k][0]);
		while ((p = strstr(p, pairs[k][0])) != NULL) {
			const char *e = strstr(p + ol, pairs[k][1]);
			if (e == NULL)
				break;
			g_autofree char *span = g_strndup(p + ol, e - p - ol);
			if (inline_run(ls, span, FALSE))
				return TRUE;
			p = e + strlen(pairs[k][1]);
		}
	}
	if (l->logline)
		return FALSE;  /* a log line's "key: value" is no sentence */
	for (const char *c = strstr(l->s, ": "); c != NULL; c = strstr(c + 1, ": ")) {
		const char *b = c + 2 + strspn(c + 2, " \t");
		g_autofree char *clause = g_strndup(b, sentence_end(b) - b);
		if (inline_run(ls, clause, TRUE))
			return TRUE;
	}
	return FALSE;
}

/* Does G match prose line UP of LS read with line DN below it in the same
 * segment (UP, a space, DN without its indentation)?  A sentence or a
 * heading hard-wrapped over two lines says what neither line says alone.
 * The literal prefilter goes first: most pairs of lines hold none of the
 * group's words, and every pattern over every pair cost a tenth of the
 * analysis. */
static gboolean
pair_any(const Lines *ls, const StRuleGroup *g, const Line *up, const Line *dn)
{
	if (up->type != L_PROSE || up->logline || up->segment != dn->segment)
		return FALSE;
	g_autofree char *joined = g_strconcat(up->s, " ", dn->s + strspn(dn->s, " \t"), NULL);
	g_autoptr(StScan) scan = st_scan_new(ls->rules, joined, -1);
	return st_x_any_in(g, scan, joined);
}

/* Does prose line I of LS say what G says, alone or read with the next
 * line when that continues the same paragraph?  A sentence hard-wrapped
 * over two lines ("I have a small script that shows it end to end; I" /
 * "will send it once you confirm") keeps its subject on the first line
 * and its verb on the second; each line alone says neither. */
static gboolean
prose_wrapped_any(const Lines *ls, const StRuleGroup *g, guint i)
{
	const Line *l = &ls->l[i];

	if (g == NULL || l->type != L_PROSE)
		return FALSE;
	if (st_x_line_any(ls, g, l))
		return TRUE;
	if (i + 1 >= ls->n)
		return FALSE;
	const Line *dn = &ls->l[i + 1];
	return dn->type == L_PROSE && !dn->logline && pair_any(ls, g, l, dn);
}

/* The line that shows an inline reproduction in LS (a command that is not
 * an environment query, enough code, or a step list), or -1. */
gint
st_x_poc_line(const Lines *ls)
{
	gint64 min_cmd = st_rules_get_int(ls->rules, "poc", "min_commands", 1);
	gint64 min_code = st_rules_get_int(ls->rules, "poc", "min_code", 3);
	const StRuleGroup *withheld = st_x_grp(ls->rules, "poc.withheld");
	guint ncmd = 0, ncode = 0;
	gint first_cmd = -1, first_code = -1;

	/* the decisive step kept back: the rest reproduces nothing */
	for (guint i = 0; withheld != NULL && i < ls->n; i++)
		if (prose_wrapped_any(ls, withheld, i))
			return -1;
	for (guint i = 0; i < ls->n; i++) {
		const Line *l = &ls->l[i];
		if ((l->type == L_CMD && !l->env_poc) ||
		    (l->type == L_PROSE && (step_command(ls, l) || inline_command(ls, l)))) {
			if (ncmd++ == 0)
				first_cmd = (gint)i;
		} else if (l->type == L_CODE) {
			if (ncode++ == 0)
				first_code = (gint)i;
		}
	}
	if (ncmd >= (guint)min_cmd && first_cmd >= 0)
		return first_cmd;
	/* code or steps alone do not outweigh "I have not written a PoC": the
	 * code is then likely the vulnerable source, quoted */
	for (guint i = 0; i < ls->n; i++)
		if (prose_wrapped_any(ls, st_x_grp(ls->rules, "poc.denied"), i))
			return -1;
	if (ncode >= (guint)min_code && first_code >= 0)
		return first_code;
	return find_steps(ls);
}

/* The prose line that points at a reproduction hosted elsewhere
 * ([poc.link]: "the repro script is in this gist: https://gist..."), with
 * the link on it or on the next line, or that tells one in a sentence
 * ([poc.prose]: "change the org id in the address bar"), or -1.  GROUP
 * names the rule group; each pattern sees the line and the next one. */
static gint
poc_link_line(const Lines *ls, const char *group)
{
	const StRuleGroup *link = st_x_grp(ls->rules, group);

	for (guint i = 0; link != NULL && i < ls->n; i++) {
		if (ls->l[i].type != L_PROSE)
			continue;
		g_autofree char *two = g_strconcat(ls->l[i].s, "\n",
						   i + 1 < ls->n ? ls->l[i + 1].s : "", NULL);
		/* the two lines' own scan: a link pattern runs only on the lines
		 * that have its words, not on every line of a text that has
		 * them somewhere (#9) */
		g_autoptr(StScan) scan = st_scan_new(ls->rules, two, -1);
		if (st_x_any_in(link, scan, two))
			return (gint)i;
	}
	return -1;
}

static void
check_poc(const Lines *ls, const StMessage *msg, StAnalysis *a)
{
	for (guint i = 0; msg && msg->attachments && i < msg->attachments->len; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (att->role == ST_ROLE_POC) {
			set_check(a, ST_CHECK_POC, g_strdup_printf("attachment %s (%s)",
				  att->filename ? att->filename : att->content_type,
				  att->role_evidence ? att->role_evidence : "poc"));
			return;
		}
	}
	gint l = st_x_poc_line(ls);
	if (l < 0)
		l = poc_link_line(ls, "poc.link");
	if (l < 0)
		l = poc_link_line(ls, "poc.prose");
	if (l >= 0)
		set_check(a, ST_CHECK_POC, st_x_line_evidence(ls, l));
}

/* Does line L of LS look like program output rather than a sentence: a
 * [logs.line] line, a single token ("msb_live_0000", "uid=0(root)"), or
 * one that opens a JSON object or array or a markup tag? */
static gboolean
output_like(const Lines *ls, const Line *l)
{
	const char *t = l->s + strspn(l->s, " \t");

	if (l->logline)
		return TRUE;
	if (*t == '{' || *t == '[' || *t == '<')
		return TRUE;
	gsize n = strcspn(t, " \t");
	return n > 0 && t[n + strspn(t + n, " \t")] == '\0';
}

/* Is line H of LS an output heading of OH ("Output:")?  A heading
 * hard-wrapped over two lines ("Here is what the script printed on my" /
 * "computer:") is read whole: the prose line above it in the same segment,
 * a space, then it, so the word that makes it a heading and a negation
 * ("I did not save what it printed on my" / "screen:") count though they
 * sit on the line above. */
static gboolean
output_heading(const Lines *ls, guint h, const StRuleGroup *oh)
{
	const Line *l = &ls->l[h];

	if (st_x_line_any(ls, oh, l))
		return TRUE;
	return oh != NULL && h > 0 && pair_any(ls, oh, &ls->l[h - 1], l);
}

/* Is P, line I - 1 just above an unindented line I, something whose next
 * line is output: a command that is not an environment query ("msb exec x
 * -- id" then "Error: timed out") or an output heading of OH ("Output:")? */
static gboolean
output_after(const Lines *ls, guint i, const StRuleGroup *oh)
{
	const Line *p = &ls->l[i - 1];

	if (p->type == L_CMD && p->segment == 0)
		return !p->env_log;
	return p->type == L_PROSE && p->segment == 0 && output_heading(ls, i - 1, oh);
}

/* Output under an output heading, or after a non-environment command,
 * in a block or directly on the next line. */
gint
st_x_find_transcript(const Lines *ls)
{
	const StRuleGroup *oh = st_x_grp(ls->rules, "logs.output-heading");
	const StRuleGroup *inline_out = st_x_grp(ls->rules, "logs.inline-output");
	gboolean live = FALSE;     /* last command of this segment is not env */
	guint seg = 0;

	for (guint i = 0; i < ls->n; i++) {
		const Line *l = &ls->l[i];
		if (l->segment != seg) {
			seg = l->segment;
			live = FALSE;
			if (seg != 0) {
				/* the heading is prose, or a bullet of an indented
				 * list ("  * Response (trimmed):") above a deeper block */
				gint h = st_x_heading_above(ls, i, 3);
				live = h >= 0 && (ls->l[h].segment == 0 || ls->l[h].type == L_COMMENT) &&
				       output_heading(ls, (guint)h, oh);
			}
		}
		if (l->type == L_CMD)
			live = !l->env_log;
		else if (l->type == L_OUTPUT && live && l->segment != 0)
			return (gint)i;
		else if (l->type == L_PROSE && st_x_line_any(ls, inline_out, l))
			return (gint)i;
		else if (l->type == L_PROSE && l->segment == 0 && i > 0 &&
			 output_like(ls, l) && output_after(ls, i, oh))
			return (gint)i;
		/* or after one blank line, when the line is a [logs.line] one
		 * ("curl -i ..." / "" / "HTTP/1.1 204 No Content"), or when it
		 * looks like output and the line before the blank is an output
		 * heading ("Response (trimmed):" / "" / "{") */
		else if (l->type == L_PROSE && l->segment == 0 && i > 1 &&
			 ls->l[i - 1].type == L_BLANK &&
			 ((l->logline && output_after(ls, i - 1, oh)) ||
			  (output_like(ls, l) && ls->l[i - 2].type == L_PROSE &&
			   ls->l[i - 2].segment == 0 && output_heading(ls, i - 2, oh))))
			return (gint)i;
	}
	return -1;
}

/* The first MAX bytes of CONTENT as a string when they are UTF-8 text
 * without NUL bytes (an attachment sent with a type the parser does not
 * take for text, application/x-ipynb+json), else NULL.  g_free(). */
static char *
utf8_head(GBytes *content, gint64 max)
{
	gsize n = 0;
	const char *d = content ? g_bytes_get_data(content, &n) : NULL;

	if (d == NULL || n == 0)
		return NULL;
	if (n > (gsize)max)
		n = (gsize)max;
	if (memchr(d, '\0', n) != NULL)
		return NULL;
	const char *end = NULL;
	if (!g_utf8_validate(d, (gssize)n, &end) && (gsize)(end - d) + 4 < n)
		return NULL;  /* not text (a cut multi-byte character at the end is) */
	return g_strndup(d, (gsize)(end - d));
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
		g_autofree char *own = att->text ? NULL : utf8_head(att->content, max_bytes);
		const char *text = att->text ? att->text : own;
		if (text == NULL)
			continue;
		g_autoptr(StScan) scan = st_scan_new(rules, text, -1);
		if (st_x_any_in(g, scan, text)) {
			set_check(a, ST_CHECK_LOGS, g_strdup_printf("attachment %s holds saved output",
				  att->filename ? att->filename : att->content_type));
			return TRUE;
		}
	}
	return FALSE;
}

static void
check_logs(const Lines *ls, const StMessage *msg, StAnalysis *a)
{
	gint64 min = st_rules_get_int(ls->rules, "logs", "min_lines", 2);
	const StRuleGroup *strong = st_x_grp(ls->rules, "logs.strong");
	guint n = 0;
	gint first = -1;

	for (guint i = 0; msg && msg->attachments && i < msg->attachments->len; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (att->role == ST_ROLE_LOG || att->role == ST_ROLE_SCREENSHOT) {
			set_check(a, ST_CHECK_LOGS, g_strdup_printf("attachment %s (%s)",
				  att->filename ? att->filename : att->content_type,
				  st_role_name(att->role)));
			return;
		}
	}
	if (saved_output(ls->rules, msg, a))
		return;
	for (guint i = 0; i < ls->n; i++) {
		const Line *l = &ls->l[i];
		if (l->type == L_BLANK || l->type == L_FENCE)
			continue;
		if (st_x_line_any(ls, strong, l)) {
			set_check(a, ST_CHECK_LOGS, st_x_line_evidence(ls, i));
			return;
		}
		if (l->logline && l->type != L_CMD && l->type != L_CODE && n++ == 0)
			first = (gint)i;
	}
	if (n >= (guint)min && first >= 0) {
		set_check(a, ST_CHECK_LOGS, st_x_line_evidence(ls, first));
		return;
	}
	gint t = st_x_find_transcript(ls);
	if (t >= 0)
		set_check(a, ST_CHECK_LOGS, st_x_line_evidence(ls, t));
}

/* The character at P, and in *NEXT where the next one starts: ASCII
 * without a call (prose is mostly ASCII; these loops ran g_utf8_get_char
 * on every byte of the description, #9). */
static inline gunichar
char_at(const char *p, const char **next)
{
	if ((guchar)*p < 0x80) {
		*next = p + 1;
		return (guchar)*p;
	}
	*next = g_utf8_next_char(p);
	return g_utf8_get_char(p);
}

/* g_unichar_isspace(C), ASCII without a call (\v is not a space there). */
static inline gboolean
char_isspace(gunichar c)
{
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	return g_unichar_isspace(c);
}

/* Words of S: whitespace-separated tokens; CJK characters count half. */
static guint
count_words(const char *s)
{
	guint words = 0, cjk = 0;
	gboolean in = FALSE;
	const char *next;

	for (const char *p = s; *p; p = next) {
		gunichar c = char_at(p, &next);
		if (char_isspace(c)) {
			in = FALSE;
		} else if (c >= 0x80 && g_unichar_iswide(c)) {
			cjk++;
			in = FALSE;
		} else if (!in) {
			words++;
			in = TRUE;
		}
	}
	return words + cjk / 2;
}

/* Do patterns of G match S at two places or more? */
static gboolean
two_matches(const StRuleGroup *g, const StScan *scan, const char *s)
{
	guint n = 0;

	for (guint i = 0; g && i < g->patterns->len && n < 2; i++) {
		const StPattern *p = g_ptr_array_index(g->patterns, i);
		g_autoptr(GMatchInfo) mi = NULL;
		for (st_pattern_match(p, scan, s, &mi); n < 2 && mi && g_match_info_matches(mi);
		     g_match_info_next(mi, NULL))
			n++;
	}
	return n >= 2;
}

/* Does SENTENCE name both sides of a trust boundary: where the attacker is
 * ([description.inside]: the sandbox, the guest, another tenant's key) and
 * what it reaches ([description.outside]: the host, other sandboxes, the
 * network, secrets)?  "code in the sandbox can write files on the host"
 * says what is wrong and why it matters in any language, since these nouns
 * are mostly borrowed technical words. */
static gboolean
sentence_crosses(const StRules *rules, const StScan *scan, const char *sentence)
{
	const StRuleGroup *in = st_x_grp(rules, "description.inside");

	if (!st_x_any_in(in, scan, sentence))
		return FALSE;
	/* two sandboxes in one sentence ("sandbox A ... sandbox B", "sandbox
	 * mới ... sandbox cũ") is a boundary between them, in any language */
	return st_x_any_in(st_x_grp(rules, "description.outside"), scan, sentence) ||
	       two_matches(in, scan, sentence);
}

/* Whether C is a full stop that needs no space after it: the ideographic
 * one (。), the danda of Hindi, Bengali and other Indic scripts (। ॥)
 * and the Urdu full stop (۔). */
static gboolean
is_script_stop(gunichar c)
{
	return c == 0x3002 || c == 0x0964 || c == 0x0965 || c == 0x06D4;
}

/* Sentences of PROSE, at most the first "max_sentences" ([description]).
 * A sentence ends at . ! ? before white space, at 。 or a danda, at the end of a short
 * line, or at the end; only one ended by its punctuation with
 * "sentence_words" words or more is prose.  Sets *CROSSING to the prose
 * sentences that cross a boundary (sentence_crosses) and *TECHNICAL to
 * those that speak of the system ([description.anchor]): a report's
 * sentences, in whatever language, name sandboxes, hosts, flags and paths.
 * Sets *STATEMENTS to all the prose sentences (the questions are already
 * blanked out of the description's prose) and *FIRST_PERSON to those in
 * which the writer speaks of themselves ([description.writer]).
 * SCAN is a scan of PROSE (or NULL). */
static void
scan_sentences(const StRules *rules, const StScan *scan, const char *prose, guint *crossing,
	       guint *technical, guint *statements, guint *first_person)
{
	const StRuleGroup *writer = st_x_grp(rules, "description.writer");
	guint max = (guint)st_rules_get_int(rules, "description", "max_sentences", 200);
	guint min_words = (guint)st_rules_get_int(rules, "description", "sentence_words", 6);
	const StRuleGroup *anchor = st_x_grp(rules, "description.anchor");
	guint seen = 0;
	const char *start = prose, *line = prose, *next;

	*crossing = *technical = *statements = *first_person = 0;
	for (const char *p = prose; *p && seen < max; p = next) {
		gunichar c = char_at(p, &next);
		/* a short line (a subject, a heading, a list item) ends one too */
		gboolean end = is_script_stop(c) ||
			       ((c == '.' || c == '!' || c == '?') &&
				(*next == '\0' || g_ascii_isspace(*next))) ||
			       (c == '\n' && p - line < 50);
		if (c == '\n')
			line = next;
		if (!end && *next != '\0')
			continue;
		g_autofree char *s = g_strndup(start, next - start);
		seen++;
		start = next;
		/* a sentence of prose: ended by its punctuation, not a fragment
		 * ("inside the guest as root, any host dir mounted with -v") */
		if (c == '\n' || *next == '\0' || count_words(s) < min_words)
			continue;
		(*statements)++;
		/* the sentence's own scan: a group's patterns run only on the
		 * sentences that have their words (#9) */
		g_autoptr(StScan) own = scan ? st_scan_new(rules, s, -1) : NULL;
		if (sentence_crosses(rules, own, s))
			(*crossing)++;
		if (st_x_any_in(anchor, own, s))
			(*technical)++;
		if (st_x_any_in(writer, own, s))
			(*first_person)++;
	}
}

/* Blank out the questions of PROSE from byte FROM on: sentences ended by
 * '?' (or a full-width one) ask rather than report ("Has microsandbox ever
 * had a sandbox escape?").  Sentences end as in scan_sentences. */
static void
drop_questions(GString *prose, gsize from)
{
	char *start = prose->str + from, *line = start;
	const char *cnext;

	for (char *p = start; *p; p = (char *)cnext) {
		gunichar c = char_at(p, &cnext);
		char *next = (char *)cnext;
		gboolean question = c == '?' || c == 0xFF1F;
		gboolean end = is_script_stop(c) || (question && !g_ascii_isalnum(*next)) ||
			       ((c == '.' || c == '!') && (*next == '\0' || g_ascii_isspace(*next))) ||
			       (c == '\n' && p - line < 50);
		if (c == '\n')
			line = next;
		if (!end)
			continue;
		if (question)
			for (char *q = start; q < next; q++)
				if (*q != '\n')
					*q = ' ';
		start = next;
	}
}

/* Blank out the short double-quoted terms of PROSE from byte FROM on
 * ("keywords like \"AI code execution\""), at most MAX bytes between the
 * quotes on one line: a term named, not a claim made.  Straight and curly
 * quotes. */
static void
drop_quoted_terms(GString *prose, gsize from, gsize max)
{
	char *p = prose->str + from;

	while ((p = strpbrk(p, "\"\xe2")) != NULL) {
		gsize open = 1;
		if ((guchar)*p == 0xe2) {
			if (strncmp(p, "\u201c", 3) != 0) {
				p++;
				continue;
			}
			open = 3;
		}
		char *q = p + open;
		char *close = NULL;
		gsize close_len = 0;
		for (; *q && *q != '\n' && (gsize)(q - p) <= max + open; q++) {
			if (*q == '"') {
				close = q;
				close_len = 1;
				break;
			}
			if (strncmp(q, "\u201d", 3) == 0) {
				close = q;
				close_len = 3;
				break;
			}
		}
		if (close == NULL) {
			p += open;
			continue;
		}
		memset(p, ' ', (gsize)(close - p) + close_len);
		p = close + close_len;
	}
}

/* The reporter's own prose: SUBJECT and the prose lines of LS up to a
 * signature, without logs, about [description] max_bytes of it (the lines
 * that start before that), questions left out ([description]
 * drop_questions).  *BODY_AT is where the body's lines start.  When
 * WHOLE is not NULL, *WHOLE gets the same prose with its questions kept
 * (a new string, free it): what tells its language.  Returns a new
 * string (free it). */
static char *
description_prose(const Lines *ls, const char *subject, gsize *body_at, char **whole)
{
	GString *prose = g_string_new(subject);
	gsize max = (gsize)st_rules_get_int(ls->rules, "description", "max_bytes", 65536);

	g_string_append_c(prose, '\n');
	*body_at = prose->len;
	for (guint i = 0; i < ls->n && prose->len < max; i++) {
		const Line *l = &ls->l[i];
		if (strcmp(l->s, "--") == 0 || strcmp(l->s, "-- ") == 0)
			break;  /* the signature */
		if (l->type != L_PROSE || l->logline)
			continue;
		g_string_append(prose, l->s);
		g_string_append_c(prose, '\n');
	}
	if (whole != NULL)
		*whole = g_strdup(prose->str);
	if (st_rules_get_int(ls->rules, "description", "drop_questions", 0))
		drop_questions(prose, *body_at);
	gint64 quoted = st_rules_get_int(ls->rules, "description", "drop_quoted_terms", 0);
	if (quoted > 0)
		drop_quoted_terms(prose, *body_at, (gsize)quoted);
	return g_string_free(prose, FALSE);
}

/* Is a report told in the writer's own words beside its evidence?  A mail
 * with a PoC or logs (found before the description) and "evidence_sentences"
 * prose sentences or more ([description]; 0 = never; NS of them), one of
 * which says something is wrong ([description.problem], NP of them) and
 * "evidence_first_person" of which speak of the writer or theirs
 * ([description.writer], NW of them), tells what happened and why it
 * matters even when no phrase of the lists says so: people who are not
 * security specialists describe a flaw through what they saw ("a file
 * saved in /tmp in one sandbox can be opened from another one"), in words
 * no list can foresee.  A script and its output with a line or two around
 * them is no description (devset 12); nor is a question, which is left
 * out of the prose, nor a bounce or a pasted error page, which nobody
 * tells in the first person. */
static gboolean
told_beside_evidence(const StRules *rules, const StMessage *msg, const StAnalysis *a, guint np,
		     guint ns, guint nw)
{
	gint64 min = st_rules_get_int(rules, "description", "evidence_sentences", 0);
	gint64 min_own = st_rules_get_int(rules, "description", "evidence_first_person", 1);

	if (min <= 0 || np == 0 || ns < (guint)min || nw < (guint)MAX(min_own, 0))
		return FALSE;
	if (a->check[ST_CHECK_POC])
		return TRUE;
	if (!a->check[ST_CHECK_LOGS])
		return FALSE;
	/* logs read from the text, or from an attached log: an attached image
	 * alone shows nothing the prose could be about (check_logs takes the
	 * first log or screenshot attachment) */
	for (guint i = 0; msg && msg->attachments && i < msg->attachments->len; i++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (att->role == ST_ROLE_LOG)
			return TRUE;
		if (att->role == ST_ROLE_SCREENSHOT)
			return FALSE;
	}
	return TRUE;
}

/* Description and impact: enough prose of the reporter's own that says what
 * is wrong ([description.problem]) and what it gives an attacker
 * ([description.impact]); a sentence that crosses a trust boundary
 * (scan_sentences) stands for either, and "min_technical" prose sentences
 * about the system stand for both (a language the lists do not know). */
static void
check_description(const Lines *ls, const StMessage *msg, const char *subject, StAnalysis *a)
{
	gsize body_at = 0;
	g_autofree char *whole = NULL;
	g_autofree char *prose = description_prose(ls, subject, &body_at, &whole);
	gint64 min_words = st_rules_get_int(ls->rules, "description", "min_words", 40);
	gint64 min_impact = st_rules_get_int(ls->rules, "description", "min_impact", 1);
	gint64 min_problem = st_rules_get_int(ls->rules, "description", "min_problem", 1);
	const StRuleGroup *impact = st_x_grp(ls->rules, "description.impact");

	if (count_words(prose) < (guint)min_words)
		return;
	g_autoptr(StScan) scan = st_scan_new(ls->rules, prose, -1);
	/* the writer says the mail asks rather than reports ("I am not
	 * reporting a problem, just asking"): its words about escapes and
	 * leaks are the question's topic, not a description ([description.not]).
	 * Read in the body as written, questions included: the request that
	 * says so is often one ("Could we be added to your pre-notification
	 * list?"), and questions are dropped from the prose above. */
	if (st_x_any_in(st_x_grp(ls->rules, "description.not"), scan, prose + body_at))
		return;
	if (whole != NULL && whole[body_at] != '\0') {
		g_autoptr(StScan) wscan = st_scan_new(ls->rules, whole, -1);
		if (st_x_any_in(st_x_grp(ls->rules, "description.not"), wscan, whole + body_at))
			return;
	}
	/* counted up to what is compared below (ni + nc < min_impact, ni == 0
	 * hold for the count up to min_impact as for the whole count) */
	guint ni = st_rule_count_upto(impact, scan, prose, min_impact);
	/* what is wrong is said in the body: a subject names the topic only
	 * ("Press inquiry: sandbox escapes"), [description] problem_in_body */
	gboolean body_only = st_rules_get_int(ls->rules, "description", "problem_in_body", 0) != 0;
	guint np = st_rule_count_upto(st_x_grp(ls->rules, "description.problem"), scan,
				      body_only ? prose + body_at : prose, min_problem);
	if (ni < (guint)min_impact || np < (guint)min_problem) {
		guint nc, nt, ns, nw;
		gint64 min_tech = st_rules_get_int(ls->rules, "description", "min_technical", 2);
		scan_sentences(ls->rules, scan, prose, &nc, &nt, &ns, &nw);
		/* English prose is a language the lists know: sentences that
		 * merely name the system ("microsandbox comes up a lot") are
		 * no description there ([description.english] known_min).  The
		 * questions left out of the description still show the
		 * language ("Could you tell me whether that is fine with you?") */
		const StRuleGroup *en = st_x_grp(ls->rules, "description.english");
		gint64 known_min = en ? st_rule_get_int(en, "known_min", 1000) : 0;
		if (en != NULL) {
			g_autoptr(StScan) wscan = st_scan_new(ls->rules, whole, -1);
			if (st_rule_count_upto(en, wscan, whole, known_min) >= (guint)known_min)
				nt = 0;
		}
		if (nt >= (guint)min_tech && nt > 0) {
			/* a language no list knows: sentences about the system */
			set_check(a, ST_CHECK_DESCRIPTION, g_strdup_printf(
				  "%u sentences of prose about the system", nt));
			return;
		}
		if (ni + nc < (guint)min_impact || np + nc < (guint)min_problem) {
			if (told_beside_evidence(ls->rules, msg, a, np, ns, nw))
				set_check(a, ST_CHECK_DESCRIPTION, g_strdup_printf(
					  "%u sentences of the reporter's own beside a PoC or logs", ns));
			return;
		}
		if (ni == 0) {
			set_check(a, ST_CHECK_DESCRIPTION,
				  g_strdup("a sentence crosses a trust boundary"));
			return;
		}
	}
	char *ev = NULL;
	st_rule_match_in(impact, scan, prose, &ev, NULL);
	set_check(a, ST_CHECK_DESCRIPTION, ev);
}

/* Is ATT a report written as a document ("full report attached:
 * report.md")?  It has text, is named as DOC ([checklist.document]) says,
 * and is neither a PoC nor a screenshot. */
static gboolean
report_document(const StRuleGroup *doc, const StAttachment *att)
{
	return att->text != NULL && att->filename != NULL &&
	       (att->role == ST_ROLE_OTHER || att->role == ST_ROLE_LOG) &&
	       st_x_any(doc, att->filename);
}

/* report_document, or a document of a [checklist.document.pointed] name
 * when MSG's body points to an attached document as the report
 * ([checklist.document.pointer]: "write-up attached as a Word document"). */
static gboolean
pointed_document(const StRules *rules, const StMessage *msg, const StRuleGroup *doc,
		 const StAttachment *att)
{
	if (report_document(doc, att))
		return TRUE;
	if (att->text == NULL || att->filename == NULL ||
	    !(att->role == ST_ROLE_OTHER || att->role == ST_ROLE_LOG) ||
	    !st_x_any(st_x_grp(rules, "checklist.document.pointed"), att->filename))
		return FALSE;
	return st_x_any(st_x_grp(rules, "checklist.document.pointer"), msg->body_text);
}

/* A report written in an attached document (report_document) is read like
 * the body for the items the body lacks.  At most [extract]
 * max_attachments attachments are looked at. */
static void
checklist_documents(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	const StRuleGroup *doc = st_x_grp(rules, "checklist.document");
	guint max = (guint)st_rules_get_int(rules, "extract", "max_attachments", 32);

	for (guint i = 0; doc && msg->attachments && i < msg->attachments->len && i < max; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (a->check[ST_CHECK_DESCRIPTION] && a->check[ST_CHECK_POC] && a->check[ST_CHECK_LOGS])
			return;
		if (!pointed_document(rules, msg, doc, att))
			continue;
		g_autofree char *t = st_x_prepare(att->text, TRUE, NULL);
		Lines dl;
		st_x_lines_init(&dl, rules, t);
		if (!a->check[ST_CHECK_POC])
			check_poc(&dl, NULL, a);
		if (!a->check[ST_CHECK_LOGS])
			check_logs(&dl, NULL, a);
		if (!a->check[ST_CHECK_DESCRIPTION])
			check_description(&dl, msg, NULL, a);
		st_x_lines_clear(&dl);
	}
}

/* A report written in an attached document (report_document) asks for
 * credit there when the body does not: the first document that holds a
 * request or a wish to stay anonymous gives it. */
static void
credit_documents(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	const StRuleGroup *doc = st_x_grp(rules, "checklist.document");
	guint max = (guint)st_rules_get_int(rules, "extract", "max_attachments", 32);

	for (guint i = 0; doc && msg->attachments && i < msg->attachments->len && i < max; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (!pointed_document(rules, msg, doc, att))
			continue;
		g_autofree char *t = st_x_prepare(att->text, FALSE, NULL);
		st_extract_credit(rules, t, a);
		if (a->credit_found)
			return;
	}
}

/* The checklist over TEXT, MSG's body as st_x_prepare(keep quoted, drop
 * quote.ours) gives it. */
static void
checklist_on(const StRules *rules, const StMessage *msg, char *text, StAnalysis *a)
{
	Lines ls;

	st_x_set_roles(rules, msg);
	/* after the roles: a PDF or a .docx is a document, not a script or a log */
	st_x_pdf_attachments(rules, msg);
	st_x_docx_attachments(rules, msg);
	st_x_lines_init(&ls, rules, text);
	check_poc(&ls, msg, a);
	check_logs(&ls, msg, a);
	check_description(&ls, msg, msg->subject, a);
	st_x_lines_clear(&ls);
	checklist_documents(rules, msg, a);
}

void
st_extract_checklist(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	if (rules == NULL || msg == NULL || a == NULL)
		return;
	g_autofree char *text = st_x_prepare(msg->body_text, TRUE, st_x_grp(rules, "quote.ours"));
	checklist_on(rules, msg, text, a);
}

/* ------------------------------------------------------ reports nothing */

/* How many sentences of PROSE (from byte FROM on) end in a question mark
 * (or a full-width one). */
static guint
count_questions(const char *prose)
{
	guint n = 0;
	const char *next;

	for (const char *p = prose; *p; p = next) {
		gunichar c = char_at(p, &next);
		if ((c == '?' && !g_ascii_isalnum(*next)) || c == 0xFF1F)
			n++;
	}
	return n;
}

/* Does MSG report nothing of the writer's own?  A person's mail that asks
 * (a question about safety, a request for permission, an invitation) or
 * retells what someone else claims ("a man phoned us and said our
 * sandboxes had been hacked") names the product and its dangers as the
 * topic, not as something seen: no PoC, no logs, no version or complete
 * platform of the writer's own setup, no sentence in which the writer
 * tells what they did with the product and saw ([nonreport.observed]),
 * and the writer asks: a question, or a request, offer or invitation
 * ([nonreport.ask]).  A reply to our acknowledgment ([followup]) continues
 * a report and is never one.  TEXT is the body as checklist_on read it;
 * report documents are read with it. */
static gboolean
reports_nothing(const StRules *rules, const StMessage *msg, char *text, const StAnalysis *a)
{
	const StRuleGroup *observed = st_x_grp(rules, "nonreport.observed");
	const StRuleGroup *ask = st_x_grp(rules, "nonreport.ask");
	const StRuleGroup *doc = st_x_grp(rules, "checklist.document");

	if (observed == NULL || !st_rules_get_int(rules, "nonreport", "enabled", 0))
		return FALSE;
	if (a->check[ST_CHECK_POC] || a->check[ST_CHECK_LOGS] || a->check[ST_CHECK_VERSION] ||
	    a->check[ST_CHECK_PLATFORM] || a->exploited)
		return FALSE;
	const StRuleGroup *followup = st_x_grp(rules, "followup");
	if (followup != NULL && msg->subject != NULL && st_rule_match(followup, msg->subject, NULL, NULL))
		return FALSE;

	Lines ls;
	gsize body_at = 0;
	g_autofree char *whole = NULL;
	st_x_lines_init(&ls, rules, text);
	g_autofree char *prose = description_prose(&ls, msg->subject, &body_at, &whole);
	st_x_lines_clear(&ls);
	g_autoptr(GString) all = g_string_new(whole);
	guint max = (guint)st_rules_get_int(rules, "extract", "max_attachments", 32);
	for (guint i = 0; msg->attachments && i < msg->attachments->len && i < max; i++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (doc != NULL && report_document(doc, att)) {
			g_autofree char *t = st_x_prepare(att->text, TRUE, NULL);
			g_string_append_c(all, '\n');
			g_string_append(all, t);
		}
	}
	/* join hard-wrapped lines: a phrase broken over two lines still matches */
	for (gsize i = 1; i + 1 < all->len; i++)
		if (all->str[i] == '\n' && all->str[i - 1] != '\n' && all->str[i + 1] != '\n')
			all->str[i] = ' ';
	gsize from = MIN(body_at, all->len);
	g_autoptr(StScan) scan = st_scan_new(rules, all->str, all->len);
	if (st_x_any_in(observed, scan, all->str + from))
		return FALSE;
	return count_questions(all->str + from) > 0 || st_x_any_in(ask, scan, all->str + from);
}

/* A mail that reports nothing (reports_nothing) has no description: its
 * words about escapes and hacks are the question's topic.  The flag tells
 * classify.c that it concerns no component either; the acknowledgment is
 * the policy's as for any person's mail. */
static void
check_reports_nothing(const StRules *rules, const StMessage *msg, char *text, StAnalysis *a)
{
	if (!reports_nothing(rules, msg, text, a))
		return;
	a->check[ST_CHECK_DESCRIPTION] = FALSE;
	g_clear_pointer(&a->check_evidence[ST_CHECK_DESCRIPTION], g_free);
	st_flag_add(a->flags, "reports-nothing");
}

/* ------------------------------------------------------------ driver */

static void
extract_exploited(const StRules *rules, const char *text, StAnalysis *a)
{
	StXHit h;
	g_autoptr(StScan) scan = st_scan_new(rules, text, -1);
	if (!st_x_find_in(st_x_grp(rules, "exploited"), st_x_grp(rules, "exploited.not"), scan, text, NULL, &h))
		return;
	a->exploited = TRUE;
	g_free(a->exploited_evidence);
	a->exploited_evidence = st_x_evidence(text, h.start);
	st_x_hit_clear(&h);
}

void
st_extract(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	if (rules == NULL || msg == NULL || a == NULL)
		return;
	g_autofree char *text = st_x_prepare(msg->body_text, TRUE, st_x_grp(rules, "quote.ours"));
	/* without quoted lines the reporter's own text is TEXT: no second copy */
	g_autofree char *own_copy = st_x_quoted(msg->body_text) ?
		st_x_prepare(msg->body_text, FALSE, NULL) : NULL;
	const char *own = own_copy ? own_copy : text;

	checklist_on(rules, msg, text, a);

	/* the reporter's new text first, then what it quotes */
	gboolean quotes = strcmp(own, text) != 0;
	st_extract_version(rules, own, a);
	if (a->version == NULL && quotes)
		st_extract_version(rules, text, a);
	st_extract_platform(rules, own, a);
	if (a->os == NULL && quotes)
		st_extract_platform(rules, text, a);
	/* Textual attachments fill what the body lacks (a PoC script's
	 * contents say nothing about the reporter's host); only the first few. */
	guint max_att = (guint)st_rules_get_int(rules, "extract", "max_attachments", 32);
	for (guint i = 0; msg->attachments && i < msg->attachments->len && i < max_att; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (att->text == NULL)
			continue;
		g_autofree char *t = st_x_prepare(att->text, TRUE, NULL);
		if (a->version == NULL)
			st_extract_version(rules, t, a);
		if (att->role != ST_ROLE_POC && a->os == NULL)
			st_extract_platform(rules, t, a);
	}

	if (a->version == NULL && msg->subject)
		st_extract_version(rules, msg->subject, a);

	st_extract_credit(rules, own, a);
	if (!a->credit_found)
		credit_documents(rules, msg, a);
	if (a->credit_found && !a->credit_anonymous && a->credit_name == NULL &&
	    msg->from_name && *msg->from_name)
		st_set(&a->credit_name, msg->from_name);

	if (!st_x_cvss(rules, text, a))
		for (guint i = 0; msg->attachments && i < msg->attachments->len && i < max_att; i++) {
			StAttachment *att = g_ptr_array_index(msg->attachments, i);
			if (att->text && st_x_cvss(rules, att->text, a))
				break;
		}

	g_autofree char *subj_own = g_strconcat(msg->subject ? msg->subject : "", "\n\n", own, NULL);
	extract_exploited(rules, subj_own, a);

	a->check[ST_CHECK_VERSION] = a->version != NULL;
	if (a->version && a->check_evidence[ST_CHECK_VERSION] == NULL)
		a->check_evidence[ST_CHECK_VERSION] = g_strdup(a->version_evidence);
	gboolean platform = st_platform_complete(a);
	a->check[ST_CHECK_PLATFORM] = platform;
	if (platform && a->check_evidence[ST_CHECK_PLATFORM] == NULL)
		a->check_evidence[ST_CHECK_PLATFORM] = g_strdup(a->platform_evidence);
	check_reports_nothing(rules, msg, text, a);
}
