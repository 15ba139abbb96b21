/*
 * extract_poc.c — the checklist's proof of concept (extract_int.h): an
 * attached PoC, an inline reproduction (commands that were run, enough
 * code, a list of steps) or one hosted elsewhere and pointed at, or told
 * in a sentence ([poc.*] in rules/extract.rules).
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* Does heading line L, which G matches, say it in the words that lead
 * into the list: L is short (a heading: HEADING_WORDS_MAX words at most),
 * or G matches its last sentence?  "We are about to adopt it for running
 * untrusted build steps, and our team reviewed the defaults first. We
 * would like to pass on a few suggestions:" introduces suggestions; the
 * steps are another sentence's. */
#define HEADING_WORDS_MAX 12

static gboolean
heading_text_in_tail(const StRuleGroup *g, const StScan *scan, const char *text)
{
	const char *s = text + strspn(text, " \t"), *tail = s;
	guint words = 1;

	for (const char *p = s; *p; p++) {
		if (g_ascii_isspace(*p) && p[1] != '\0' && !g_ascii_isspace(p[1]))
			words++;
		/* a sentence ends: ". ", "! ", "? " before more text */
		if ((*p == '.' || *p == '!' || *p == '?') && g_ascii_isspace(p[1]) &&
		    p[1 + strspn(p + 1, " \t")] != '\0')
			tail = p + 1;
	}
	if (words <= HEADING_WORDS_MAX || tail == s)
		return TRUE;
	return st_x_any_in(g, scan, tail);
}

static gboolean
heading_in_tail(const Lines *ls, const StRuleGroup *g, const Line *l)
{
	return heading_text_in_tail(g, ls->scan, l->s);
}

/* Is line H of LS, the line right above a list, the second line of a
 * two-line paragraph that G matches read whole ("Steps to confirm (with a
 * placeholder package in a" / "private registry, not the public one):"):
 * a heading hard-wrapped keeps its word on the first line.  The paragraph
 * is only those two lines (a blank line or nothing above), and G matches
 * its last sentence as heading_in_tail asks, and its first clause is no
 * advice (advice_clause: "Steps toward a fix, in order of effort, all" /
 * "of them small:"). */
static gboolean advice_clause(const Lines *ls, const char *s);

static gboolean
wrapped_heading(const Lines *ls, const StRuleGroup *g, gint h)
{
	const Line *l = &ls->l[h], *up = h > 0 ? &ls->l[h - 1] : NULL;

	if (g == NULL || up == NULL || l->type != L_PROSE || l->segment != 0 ||
	    up->type != L_PROSE || up->segment != 0 || up->in_item ||
	    (h > 1 && ls->l[h - 2].type != L_BLANK))
		return FALSE;
	if (!st_x_pair_any(ls, g, up, l) || advice_clause(ls, up->s))
		return FALSE;
	g_autofree char *joined = g_strconcat(up->s, " ", l->s + strspn(l->s, " \t"), NULL);
	g_autoptr(StScan) scan = st_scan_new(ls->rules, joined, -1);
	return heading_text_in_tail(g, scan, joined);
}

/* Is line H of LS, the line right above a list, one line of prose that
 * opens a section under a short heading G matches on the line above it
 * ("Reproduction:" / "I only tried this on a copy of the repository." /
 * "" / "1. ...")?  The heading, of a few words (HEADING_WORDS_MAX) and
 * ending in a colon, names the section the list is in; the sentence
 * between says where the steps were run.  The heading starts its
 * paragraph (a blank line or nothing above).  A heading by its form
 * (st_x_formal_heading: "## Reproduction", "■ 確認手順", underlined) may
 * stand a blank line above the sentence, its paragraph of one line. */
static gboolean
section_heading(const Lines *ls, const StRuleGroup *g, gint h)
{
	const Line *l = &ls->l[h];
	gint u = h - 1;

	if (g == NULL || h < 1 || l->type != L_PROSE || l->in_item)
		return FALSE;
	gboolean apart = ls->l[u].type == L_BLANK && u > 0;
	if (apart)
		u--;
	const Line *up = &ls->l[u];
	if (up->type != L_PROSE || up->segment != 0 || up->in_item ||
	    (u > 0 && ls->l[u - 1].type != L_BLANK))
		return FALSE;
	g_autofree char *t = g_strstrip(g_strdup(up->s));
	gsize n = strlen(t);
	if (n == 0 || st_x_count_words(t) > HEADING_WORDS_MAX)
		return FALSE;
	if (apart)
		return st_x_formal_heading(ls, (guint)u) && st_x_heading_any(ls, g, (guint)u);
	return t[n - 1] == ':' && st_x_line_any(ls, g, up);
}

#define PARA_LINES_MAX 5
#define PARA_HEAD_WORDS_MAX 4

/* The first clause of line S, cut off by a comma, colon, semicolon,
 * parenthesis or dash, when S goes on after it and it has at most
 * PARA_HEAD_WORDS_MAX words; else NULL.  g_free(). */
static char *
first_clause(const char *s)
{
	const char *t = s + strspn(s, " \t");
	gsize cut = strcspn(t, ",:;(");
	static const char *const dashes[] = { " - ", "\342\200\224", "\342\200\223" };
	for (guint k = 0; k < G_N_ELEMENTS(dashes); k++) {
		const char *dash = strstr(t, dashes[k]);
		if (dash != NULL && (gsize)(dash - t) < cut)
			cut = (gsize)(dash - t);
	}
	if (cut == 0 || t[cut] == '\0')
		return NULL;
	char *head = g_strndup(t, cut);
	if (st_x_count_words(head) > PARA_HEAD_WORDS_MAX) {
		g_free(head);
		return NULL;
	}
	return head;
}

/* Is the first clause of line S advice ([poc.lone-command.not]: "Steps
 * toward a fix, in order of effort")? */
static gboolean
advice_clause(const Lines *ls, const char *s)
{
	g_autofree char *head = first_clause(s);
	if (head == NULL)
		return FALSE;
	g_autoptr(StScan) scan = st_scan_new(ls->rules, head, -1);
	return st_x_any_in(st_x_grp(ls->rules, "poc.lone-command.not"), scan, head);
}

/* Is line H of LS, the line right above a list, the end of a short
 * paragraph (PARA_LINES_MAX lines) that opens with a heading G matches,
 * cut off by a comma, colon, semicolon or dash, of a few words
 * ("Reproduction, done in my fork against my own TestPyPI project,
 * configured as ... Nothing was run against your repository.", "Steps -
 * all in a scratch org:")?  The word names the section; the rest of the
 * paragraph says where the steps were run.  Not a heading of advice
 * ([poc.lone-command.not]: "Steps toward a fix, in order of effort:"). */
static gboolean
paragraph_heading(const Lines *ls, const StRuleGroup *g, gint h)
{
	gint top = h;

	if (g == NULL || ls->l[h].type != L_PROSE || ls->l[h].segment != 0 || ls->l[h].in_item)
		return FALSE;
	while (top > 0 && h - top + 1 < PARA_LINES_MAX && ls->l[top - 1].type == L_PROSE &&
	       ls->l[top - 1].segment == 0 && !ls->l[top - 1].in_item)
		top--;
	if (top > 0 && ls->l[top - 1].type != L_BLANK)
		return FALSE;
	g_autofree char *head = first_clause(ls->l[top].s);
	if (head == NULL)
		return FALSE;
	g_autoptr(StScan) scan = st_scan_new(ls->rules, head, -1);
	return st_x_any_in(g, scan, head) &&
	       !st_x_any_in(st_x_grp(ls->rules, "poc.lone-command.not"), scan, head);
}

static const char *after_item_marker(const char *s);

/* Is list item L a shell command the writer typed, told as the step
 * itself ("2. sudo mount /dev/sda3 /mnt", "3. cat /mnt/home/x/.config/
 * app.toml"): a command word of a block ([poc.command]) with shell
 * arguments after it, no environment query ([poc.env]), and no sentence
 * that starts with a command word ("3. Cat the file /etc/motd."). */
static gboolean
step_shell(const Lines *ls, const Line *l)
{
	const char *item = after_item_marker(l->s);

	if (item == NULL)
		return FALSE;
	g_autofree char *t = g_strstrip(g_strdup(item));
	gsize n = strlen(t);
	return n > 0 && t[n - 1] != '.' && st_x_shell_args(t) &&
	       st_x_any_in(st_x_grp(ls->rules, "poc.command"), ls->scan, t) &&
	       !st_x_any_in(st_x_grp(ls->rules, "poc.env"), ls->scan, t);
}

/* Is L a line of a block that is no prose: a config's or a workflow's
 * key ("steps:" over a GitHub Actions job's "- uses: ...", "- run: ..."
 * entries, 1534), printed output or code?  Such a line is data, no
 * heading of the writer's over a list. */
static gboolean
data_line(const Line *l)
{
	return l->block && l->type != L_PROSE;
}

/* Numbered steps under a reproduction heading, or a list whose items
 * are mostly actions someone does at a keyboard ([poc.step-action]: "1.
 * Log in as a standard user", "2. Right-click the icon", "3. Type cmd and
 * press Enter"; or shell commands typed as the steps themselves,
 * step_shell) with no heading at all.  Commands listed under advice
 * ("Suggested fix:", "The docs say:", [poc.lone-command.not]) are no run
 * of the writer's.  Returns the first step's line index or -1. */
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
		gboolean headed = (h >= 0 && !data_line(&ls->l[h]) &&
				   !st_x_line_any(ls, step, &ls->l[h]) &&
				   ((st_x_line_any(ls, heading, &ls->l[h]) &&
				     heading_in_tail(ls, heading, &ls->l[h])) ||
				    wrapped_heading(ls, heading, h) || section_heading(ls, heading, h) ||
				    paragraph_heading(ls, heading, h))) ||
				  st_x_line_any(ls, heading, &ls->l[i]);
		if (!headed && (action == NULL || min_actions <= 0))
			continue;
		guint n = 0, acts = 0, j;
		gboolean advice = h >= 0 && st_x_line_any(ls, st_x_grp(ls->rules, "poc.lone-command.not"),
											   &ls->l[h]);
		for (j = i; j < ls->n && j < i + 60; j++) {
			const Line *l = &ls->l[j];
			if (st_x_line_any(ls, step, l)) {
				n++;
				if ((action != NULL && st_x_line_any(ls, action, l)) ||
				    (!advice && step_shell(ls, l)))
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

/* Is the list of steps starting at line I of LS (find_steps, -1: none)
 * headed by the writer saying he did it himself ([poc.steps-heading]'s
 * "own-..." patterns: "I tried it:", "Nachgestellt habe ich das in
 * eigenen Repositories:")?  Such steps are his reproduction, whatever he
 * says he left untried elsewhere ([poc.denied] of an aside). */
static gboolean
own_steps(const Lines *ls, gint i)
{
	const StRuleGroup *heading = st_x_grp(ls->rules, "poc.steps-heading");
	const char *key = NULL;

	if (i < 0 || heading == NULL)
		return FALSE;
	gint h = st_x_heading_above(ls, (guint)i, 4);
	if (h < 0 || ls->l[h].type != L_PROSE ||
	    !st_rule_match(heading, ls->l[h].s, NULL, &key))
		return FALSE;
	return key != NULL && (g_str_has_prefix(key, "match.own-") ||
			       g_str_has_prefix(key, "match-cs.own-"));
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
gboolean
st_x_poc_command(const Lines *ls, const char *s)
{
	return st_x_any_in(st_x_grp(ls->rules, "poc.command-line"), ls->scan, s) &&
	       !st_x_any_in(st_x_grp(ls->rules, "poc.env"), ls->scan, s);
}

/* The text of S after a short label of at most four words ending in ": "
 * ("Run: ", "Rode no terminal: ", "In the tenant's VM: "), or NULL when S
 * has none.  An apostrophe between two letters is a possessive or a
 * contraction, no quote. */
static const char *
after_label(const char *s)
{
	guint words = 1;

	for (const char *p = s; *p && p - s < 40; p++) {
		if (*p == '\'' && p > s && g_ascii_isalnum(p[-1]) && g_ascii_isalpha(p[1]))
			continue;
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
	if (item && st_x_poc_command(ls, item))
		return TRUE;
	/* "2. Run: curl -s ...", "3. Uruchom: wscat -c ...": a label first */
	const char *label = item ? after_label(item) : NULL;
	if (label && st_x_poc_command(ls, label))
		return TRUE;
	while ((p = strchr(p, '`')) != NULL) {
		const char *e = strchr(p + 1, '`');
		if (e == NULL)
			break;
		g_autofree char *span = g_strndup(p + 1, e - p - 1);
		if (st_x_poc_command(ls, span))
			return TRUE;
		p = e + 1;
	}
	return FALSE;
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
	return dn->type == L_PROSE && !dn->logline && st_x_pair_any(ls, g, l, dn);
}

/* Does LS leave its reproduction section blank: a reproduction heading
 * ([poc.steps-heading], a line of a few words, "## Steps to reproduce",
 * "PoC:") whose text after the colon, or the first line below it, opens
 * with a placeholder ([poc.steps-blank]: "TBD", "N/A", "to follow",
 * "à compléter"; 1468)?  The code such a report shows is then the source
 * it discusses, quoted, not a reproduction (as with [poc.denied]). */
static gboolean
steps_blank(const Lines *ls)
{
	const StRuleGroup *heading = st_x_grp(ls->rules, "poc.steps-heading");
	const StRuleGroup *blank = st_x_grp(ls->rules, "poc.steps-blank");

	for (guint i = 0; heading != NULL && blank != NULL && i < ls->n; i++) {
		const Line *l = &ls->l[i];
		const char *t = l->s + strspn(l->s, " \t#");
		if (l->type != L_PROSE || st_x_count_words(t) > 6 || !st_x_line_any(ls, heading, l))
			continue;
		const char *colon = strchr(t, ':');
		if (colon != NULL && colon[1 + strspn(colon + 1, " \t")] != '\0') {
			if (st_x_any(blank, colon + 1))
				return TRUE;
			continue;
		}
		guint j = i + 1;
		while (j < ls->n && j <= i + 2 && ls->l[j].type == L_BLANK)
			j++;
		if (j < ls->n && ls->l[j].type == L_PROSE && st_x_any(blank, ls->l[j].s))
			return TRUE;
	}
	return FALSE;
}

/* Does prose line H of LS, alone or read with the prose line above it
 * (a sentence wrapped), say what follows is not the writer's run: a third
 * party hands it out ([poc.others-run]: "the fake page tells people to
 * run"), or it only fetched the evidence attached ([poc.fetched-evidence]:
 * "Adjunto el SARIF completo ..., descargado con la API de code
 * scanning:" over `gh api ...`, 4294)? */
gboolean
st_x_others_run_heading(const Lines *ls, gint h)
{
	static const char *const groups[] = { "poc.others-run", "poc.fetched-evidence" };

	if (h < 0 || ls->l[h].type != L_PROSE || ls->l[h].segment != 0)
		return FALSE;
	for (gsize k = 0; k < G_N_ELEMENTS(groups); k++) {
		const StRuleGroup *g = st_x_grp(ls->rules, groups[k]);
		if (g != NULL && (st_x_line_any(ls, g, &ls->l[h]) ||
				  (h > 0 && st_x_pair_any(ls, g, &ls->l[h - 1], &ls->l[h]))))
			return TRUE;
	}
	return FALSE;
}

/* Is line I of LS in a block of commands (or a command line of its own)
 * that the sentence over it says someone else tells people to run
 * (st_x_others_run_heading: a phishing mail's "curl ... | sh", 153)?  The command is evidence of what is handed
 * out, not the writer's run.  *SEG and *ANSWER keep the last block's
 * answer: a block's lines are asked one after another. */
static gboolean
others_block(const Lines *ls, guint i, guint *seg, gboolean *answer)
{
	guint s = ls->l[i].segment, k = i;

	if (s == 0)  /* a command on a line of its own, outside a block */
		return st_x_others_run_heading(ls, st_x_heading_above(ls, i, 2));
	if (s == *seg)
		return *answer;
	while (k > 0 && ls->l[k - 1].segment == s)
		k--;
	*seg = s;
	*answer = st_x_others_run_heading(ls, st_x_heading_above(ls, k, 2));
	return *answer;
}

/* The line that shows an inline reproduction in LS (a command that is not
 * an environment query, enough code, or a step list), or -1. */
gint
st_x_poc_line(const Lines *ls)
{
	gint64 min_cmd = st_rules_get_int(ls->rules, "poc", "min_commands", 1);
	gint64 min_code = st_rules_get_int(ls->rules, "poc", "min_code", 3);
	const StRuleGroup *withheld = st_x_grp(ls->rules, "poc.withheld");
	guint ncmd = 0, ncode = 0, others_seg = 0;
	gint first_cmd = -1, first_code = -1;
	gboolean others = FALSE;

	/* the decisive step kept back: the rest reproduces nothing */
	for (guint i = 0; withheld != NULL && i < ls->n; i++)
		if (prose_wrapped_any(ls, withheld, i))
			return -1;
	for (guint i = 0; i < ls->n; i++) {
		const Line *l = &ls->l[i];
		if ((l->type == L_CMD && !l->env_poc && !others_block(ls, i, &others_seg, &others)) ||
		    (l->type == L_PROSE && (step_command(ls, l) || st_x_inline_command(ls, l) ||
					    st_x_lone_command(ls, i)))) {
			if (ncmd++ == 0)
				first_cmd = (gint)i;
		} else if (l->type == L_CODE) {
			if (ncode++ == 0)
				first_code = (gint)i;
		}
	}
	if (ncmd >= (guint)min_cmd && first_cmd >= 0)
		return first_cmd;
	gint steps = find_steps(ls);
	if (own_steps(ls, steps))
		return steps;
	/* code or steps alone do not outweigh "I have not written a PoC": the
	 * code is then likely the vulnerable source, quoted */
	if (ls->denied)
		return -1;
	for (guint i = 0; i < ls->n; i++)
		if (prose_wrapped_any(ls, st_x_grp(ls->rules, "poc.denied"), i))
			return -1;
	if (steps_blank(ls))
		return -1;
	if (ncode >= (guint)min_code && first_code >= 0)
		return first_code;
	return steps;
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

/* Does a prose line of LS match GROUP (read with the next prose line, a
 * sentence being wrapped), with no reproduction heading of the writer's
 * on another prose line ([poc.steps-heading]: "To reproduce:")? */
static gboolean
said_without_heading(const Lines *ls, const char *group)
{
	const StRuleGroup *un = st_x_grp(ls->rules, group);
	const StRuleGroup *heading = st_x_grp(ls->rules, "poc.steps-heading");
	gboolean said = FALSE;

	if (un == NULL)
		return FALSE;
	for (guint i = 0; i < ls->n; i++) {
		const Line *l = &ls->l[i];
		if (l->type != L_PROSE)
			continue;
		if (prose_wrapped_any(ls, un, i))
			said = TRUE;
		else if (heading != NULL && st_x_line_any(ls, heading, l) &&
			 !(i > 0 && prose_wrapped_any(ls, un, i - 1)))
			return FALSE;
	}
	return said;
}

/* Does the writer of LS say he could not make it happen again, or does
 * not know how ([poc.unreproduced]), with no reproduction heading of his
 * on another prose line ([poc.steps-heading]: "To reproduce:")?  Then what
 * he ran in the story (the install, the ls that showed the result) and
 * the events he tells are what happened once, no reproduction. */
static gboolean
unreproduced(const Lines *ls)
{
	return said_without_heading(ls, "poc.unreproduced");
}

/* Does the writer of LS put the reproduction in an attachment ("steps to
 * reproduce are in the attached script", "see the attached PoC",
 * [poc.in-attachment]) that MSG does not have (no attachment at all;
 * 1593), with no reproduction heading of his on another prose line?  The
 * reproduction is then missing: the commands shown inline (the ls and cat
 * that look at the result) are its output, not it. */
static gboolean
attachment_missing(const Lines *ls, const StMessage *msg)
{
	if (msg == NULL || (msg->attachments != NULL && msg->attachments->len > 0))
		return FALSE;
	return said_without_heading(ls, "poc.in-attachment");
}

void
st_x_check_poc(const Lines *ls, const StMessage *msg, StAnalysis *a)
{
	for (guint i = 0; msg && msg->attachments && i < msg->attachments->len; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (att->role == ST_ROLE_POC) {
			st_x_set_check(a, ST_CHECK_POC, g_strdup_printf("attachment %s (%s)",
				  att->filename ? att->filename : att->content_type,
				  att->role_evidence ? att->role_evidence : "poc"));
			return;
		}
	}
	gboolean once = unreproduced(ls) || attachment_missing(ls, msg);
	gint l = once ? -1 : st_x_poc_line(ls);
	if (l < 0)
		l = poc_link_line(ls, "poc.link");
	if (l < 0 && !once)
		l = poc_link_line(ls, "poc.prose");
	if (l >= 0)
		st_x_set_check(a, ST_CHECK_POC, st_x_line_evidence(ls, l));
}
