/*
 * extract.c — facts from the text and attachments of a report: the driver
 * (st_extract), the checklist items description / poc / logs, attachment
 * roles and "exploited in the wild".  The rule-matching helpers shared by
 * the extract*.c files are in extract_match.c (extract_int.h).
 *
 * Everything that decides what counts (patterns, keywords, thresholds) is in
 * rules/extract.rules; this file holds the mechanism.  Text is never
 * executed or written anywhere; all work is bounded by the size of the text
 * (which parse.c bounds) and the number of rule patterns.
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

static const StRuleGroup *
grp(const StRules *rules, const char *name)
{
	return st_rules_group(rules, name);
}

/* ------------------------------------------------------------ lines */

typedef enum {
	L_BLANK, L_PROSE, L_CMD, L_CONT, L_CODE, L_COMMENT, L_OUTPUT, L_FENCE
} LineType;

/* One line; bit fields keep a long log's lines small (32 bytes a line). */
typedef struct {
	char *s;             /* the line (points into the split array) */
	char *cmd;           /* command after a prompt, or NULL (owned) */
	guint segment;       /* block segment number (0: none) */
	gint pos;            /* byte offset in the text */
	guint type : 4;      /* LineType */
	guint block : 1;     /* fenced, indented, or following a prompt */
	guint in_item : 1;   /* continues a list item */
	guint fence_code : 1; /* inside a fence whose language is code or config */
	guint env_poc : 1;   /* command only shows the environment */
	guint env_log : 1;   /* its output is not a log */
	guint logline : 1;   /* matches [logs.line] */
} Line;

typedef struct {
	const StRules *rules;
	char *raw;           /* the text, cut in place: each line NUL-terminated
	                      * until lines_clear puts the line ends back */
	Line *l;
	guint n;
	GHashTable *any;     /* StRuleGroup* -> GroupLines*: line_any's memo */
	StScan *scan;        /* the literals of the whole text (prefilter) */
} Lines;

/* ------------------------------------------------------------ line matching
 *
 * Which lines a rule group matches.  Asked of a few lines, each line is
 * matched alone.  Asked of many, each pattern runs once over the whole text
 * instead: a line no match of it touches cannot match it alone (the text
 * gives a line's boundaries the same meaning: ^, $ and \b see a line end
 * as the line's own end), a match inside one line is a match of that line,
 * and only the lines a match crosses are matched alone.  Patterns that look
 * outside their match (lookarounds, \A \z \Z \G \K, option changes,
 * verbs) are always matched line by line. */

/* Calls of line_any for one group before its patterns run over the text. */
#define LINE_ANY_SCAN_AFTER 16

typedef struct {
	guint calls;
	guint8 *hit;         /* per line, once scanned */
} GroupLines;

static void
group_lines_free(gpointer p)
{
	GroupLines *gl = p;
	g_free(gl->hit);
	g_free(gl);
}

/* Can a whole-text match of P stand for its matches on single lines? */
static gboolean
line_safe(const StPattern *p)
{
	static const char *const outside[] = {
		"(?=", "(?!", "(?<=", "(?<!", "(*", "\\A", "\\z", "\\Z", "\\G", "\\K",
	};
	const char *src = p->source;

	for (guint i = 0; i < G_N_ELEMENTS(outside); i++)
		if (strstr(src, outside[i]) != NULL)
			return FALSE;
	/* inline options: (?m) / (?-m) change what ^ and $ mean */
	for (const char *q = strstr(src, "(?"); q != NULL; q = strstr(q + 2, "(?")) {
		for (const char *o = q + 2; *o && *o != ':' && *o != ')'; o++)
			if (*o == 'm' || *o == 'x' || *o == 'n')
				return FALSE;
	}
	return TRUE;
}

/* Byte offset of the end of line I (its '\n' or the text's end). */
static gint
line_end(const Lines *ls, guint i)
{
	return i + 1 < ls->n ? ls->l[i + 1].pos - 1 : ls->l[i].pos + (gint)strlen(ls->l[i].s);
}

/* Put the line ends of LS's text back ('\n') or cut it into lines ('\0'). */
static void
lines_join(const Lines *ls, char end)
{
	for (guint k = 1; k < ls->n; k++)
		ls->raw[ls->l[k].pos - 1] = end;
}

/* Mark in HIT the lines P matches; lines already marked are not tried. */
static void
scan_pattern(const Lines *ls, const StPattern *p, guint8 *hit)
{
	g_autoptr(GArray) found = g_array_new(FALSE, FALSE, sizeof(gint) * 2);
	GMatchInfo *mi = NULL;
	guint li = 0;

	if (!line_safe(p)) {
		for (guint i = 0; i < ls->n; i++)
			if (!hit[i] && st_pattern_match(p, ls->scan, ls->l[i].s, NULL))
				hit[i] = 1;
		return;
	}
	/* the matches over the whole text, then the lines they touch */
	lines_join(ls, '\n');
	st_pattern_match(p, ls->scan, ls->raw, &mi);
	while (mi && g_match_info_matches(mi)) {
		gint se[2] = { -1, -1 };
		g_match_info_fetch_pos(mi, 0, &se[0], &se[1]);
		g_array_append_val(found, se);
		if (!g_match_info_next(mi, NULL))
			break;
	}
	if (mi)
		g_match_info_unref(mi);
	lines_join(ls, '\0');
	for (guint m = 0; m < found->len; m++) {
		const gint *se = &g_array_index(found, gint, 2 * m);
		gint s = se[0], e = se[1], stop = MAX(e, s + 1);
		while (li + 1 < ls->n && ls->l[li + 1].pos <= s)
			li++;
		for (guint k = li; k < ls->n && ls->l[k].pos < stop; k++) {
			if (hit[k])
				continue;
			if ((s >= ls->l[k].pos && e <= line_end(ls, k)) ||
			    st_pattern_match(p, ls->scan, ls->l[k].s, NULL))
				hit[k] = 1;
		}
	}
}

/* st_x_any(G, L->s) for line L of LS, memoised per group. */
static gboolean
line_any(const Lines *ls, const StRuleGroup *g, const Line *l)
{
	GroupLines *gl;

	if (g == NULL)
		return FALSE;
	gl = g_hash_table_lookup(ls->any, g);
	if (gl == NULL) {
		gl = g_new0(GroupLines, 1);
		g_hash_table_insert(ls->any, (gpointer) g, gl);
	}
	if (gl->hit == NULL && ++gl->calls < LINE_ANY_SCAN_AFTER)
		return st_x_any_in(g, ls->scan, l->s);
	if (gl->hit == NULL) {
		gl->hit = g_new0(guint8, ls->n);
		for (guint i = 0; i < g->patterns->len; i++)
			scan_pattern(ls, g_ptr_array_index(g->patterns, i), gl->hit);
	}
	return gl->hit[l - ls->l] != 0;
}

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

static gboolean
is_indented(const char *s)
{
	return s[0] == '\t' || (s[0] == ' ' && s[1] == ' ');
}

/* Command text of S when a prompt pattern of GROUP matches, else NULL.
 * SCAN: a scan of S or of the text S is a line of (or NULL). */
static char *
prompt_cmd(const StRuleGroup *group, const StScan *scan, const char *s)
{
	StXHit h;
	if (!st_x_find_in(group, NULL, scan, s, "cmd", &h))
		return NULL;
	char *cmd = st_x_named(&h, "cmd");
	st_x_hit_clear(&h);
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
	return s[n - 1] == '\\' || s[n - 1] == '|' || s[n - 1] == '`' ||
	       (n >= 2 && s[n - 1] == '&' && s[n - 2] == '&');
}

static void
classify_cmd(Lines *ls, Line *l, const char *cmd)
{
	l->type = L_CMD;
	l->env_poc = st_x_any(grp(ls->rules, "poc.env"), cmd);
	l->env_log = st_x_any(grp(ls->rules, "logs.env"), cmd);
}

/* Pass 1: fences, blank lines, blocks and their segments, prompts. */
static void
lines_blocks(Lines *ls, gboolean *seg_prompt, guint max_seg)
{
	const StRuleGroup *prompt = grp(ls->rules, "poc.prompt");
	const StRuleGroup *step = grp(ls->rules, "poc.step");
	const StRuleGroup *lang = grp(ls->rules, "poc.fence-code");
	gboolean fenced = FALSE, after_prompt = FALSE, in_item = FALSE, code = FALSE;
	guint seg = 0;

	for (guint i = 0; i < ls->n; i++) {
		Line *l = &ls->l[i];

		if (is_fence(l->s)) {
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
			after_prompt = in_item = FALSE;
			continue;
		}
		l->type = L_PROSE;
		l->fence_code = fenced && code;
		/* a list item's indented continuation lines are prose */
		if (!fenced && !is_indented(l->s) && line_any(ls, step, l))
			in_item = TRUE;
		l->in_item = in_item && !fenced;
		l->cmd = line_any(ls, prompt, l) ? prompt_cmd(prompt, ls->scan, l->s) : NULL;
		gboolean block = fenced || is_indented(l->s) || after_prompt;
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

/* Pass 2: what each line is.  In a block that uses prompts, only prompted
 * lines are commands (the rest is output: "msb 0.6.14" printed by
 * `msb --version` is not a command). */
static void
lines_classify(Lines *ls)
{
	const StRuleGroup *prompt_block = grp(ls->rules, "poc.prompt-block");
	const StRuleGroup *command = grp(ls->rules, "poc.command");
	const StRuleGroup *command_line = grp(ls->rules, "poc.command-line");
	const StRuleGroup *code = grp(ls->rules, "poc.code");
	const StRuleGroup *code_block = grp(ls->rules, "poc.code-block");
	const StRuleGroup *logline = grp(ls->rules, "logs.line");
	guint max_seg = ls->n + 2;
	g_autofree gboolean *seg_prompt = g_new0(gboolean, max_seg);
	gboolean cont = FALSE;

	lines_blocks(ls, seg_prompt, max_seg);
	for (guint i = 0; i < ls->n; i++) {
		Line *l = &ls->l[i];
		g_autofree char *cmd = NULL;

		if (l->type == L_FENCE || l->type == L_BLANK) {
			cont = FALSE;
			continue;
		}
		l->logline = line_any(ls, logline, l);
		gboolean prompted = l->segment && seg_prompt[l->segment];
		if (cont) {
			l->type = L_CONT;
		} else if (l->cmd) {
			classify_cmd(ls, l, l->cmd);
		} else if (l->block && line_any(ls, prompt_block, l) &&
			   (cmd = prompt_cmd(prompt_block, ls->scan, l->s)) != NULL) {
			classify_cmd(ls, l, cmd);
		} else if (!prompted && line_any(ls, l->block ? command : command_line, l)) {
			g_autofree char *t = g_strstrip(g_strdup(l->s));
			classify_cmd(ls, l, t);
		} else if (!prompted && (l->fence_code || line_any(ls, code, l) ||
					 (l->block && line_any(ls, code_block, l)))) {
			l->type = L_CODE;
		} else if (l->block && l->in_item) {
			l->type = L_PROSE;
			l->block = FALSE;
			l->segment = 0;
		} else if (l->block) {
			const char *t = l->s + strspn(l->s, " \t");
			if (g_str_has_prefix(t, "#") || g_str_has_prefix(t, "//") ||
			    g_str_has_prefix(t, "/*") || g_str_has_prefix(t, "* "))
				l->type = L_COMMENT;
			else
				l->type = L_OUTPUT;
		} else {
			l->type = L_PROSE;
		}
		cont = (l->type == L_CMD || l->type == L_CONT) && ends_continued(l->s);
	}
}

/* Cut TEXT (owned by the caller, left as it was by lines_clear) into lines
 * in place: no copy of a long log is made. */
static void
lines_init(Lines *ls, const StRules *rules, char *text)
{
	memset(ls, 0, sizeof(*ls));
	ls->rules = rules;
	ls->raw = text;
	ls->n = 1;
	for (const char *c = strchr(text, '\n'); c; c = strchr(c + 1, '\n'))
		ls->n++;
	ls->l = g_new0(Line, ls->n + 1);
	ls->any = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, group_lines_free);
	ls->scan = st_scan_new(rules, text, -1);  /* before the text is cut */
	char *s = ls->raw;
	for (guint i = 0; i < ls->n; i++) {
		char *eol = strchr(s, '\n');
		if (eol)
			*eol = '\0';
		ls->l[i].s = s;
		ls->l[i].pos = (gint)(s - ls->raw);
		s = eol ? eol + 1 : s + strlen(s);
	}
	lines_classify(ls);
}

static void
lines_clear(Lines *ls)
{
	for (guint i = 0; i < ls->n; i++)
		g_free(ls->l[i].cmd);
	lines_join(ls, '\n');
	g_free(ls->l);
	if (ls->any)
		g_hash_table_unref(ls->any);
	st_scan_free(ls->scan);
	memset(ls, 0, sizeof(*ls));
}

/* st_x_evidence(text, start of line I) on the cut text: white space is
 * skipped, line ends included, and the evidence is the line reached. */
static char *
line_evidence(const Lines *ls, guint i)
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

/* A line that looks like a heading: short, or ending in ':', or underlined,
 * or a Markdown heading.  Its index, searching up from I, or -1. */
static gint
heading_above(const Lines *ls, guint i, guint max_up)
{
	for (guint k = 1; k <= max_up && k <= i; k++) {
		const Line *l = &ls->l[i - k];
		if (l->type == L_BLANK || l->type == L_FENCE || is_underline(l->s))
			continue;
		return (gint)(i - k);
	}
	return -1;
}

/* ------------------------------------------------------------ roles */

static gint poc_line(const Lines *ls);

/* Role group of attachment ATT: name patterns on the filename, keys
 * "match.type*" on the content type. */
static gboolean
role_match(const StRuleGroup *g, const char *filename, const char *ctype, char **why)
{
	if (g == NULL)
		return FALSE;
	for (guint i = 0; i < g->patterns->len; i++) {
		StPattern *p = g_ptr_array_index(g->patterns, i);
		gboolean on_type = g_str_has_prefix(p->key, "match.type");
		const char *s = on_type ? ctype : filename;
		if (s && g_regex_match(p->re, s, 0, NULL)) {
			if (why)
				*why = g_strdup_printf("%s %s matches [%s] %s",
						       on_type ? "type" : "name", s,
						       g->name, p->key);
			return TRUE;
		}
	}
	return FALSE;
}

/* Lines of TEXT a pattern of G matches; SCAN: a scan of TEXT or NULL. */
static guint
count_lines(const StRuleGroup *g, const StScan *scan, const char *text)
{
	guint n = 0;
	if (g == NULL || text == NULL)
		return 0;
	g_auto(GStrv) lines = g_strsplit(text, "\n", 2000);
	for (char **l = lines; *l; l++)
		if (st_x_any_in(g, scan, *l))
			n++;
	return n;
}

static StRole
archive_role(const StRules *rules, const StAttachment *att, char **why)
{
	const StRuleGroup *poc = grp(rules, "role.poc");
	const StRuleGroup *log = grp(rules, "role.log");
	guint nlog = 0;

	if (att->members == NULL || att->members->len == 0) {
		const char *def = st_rules_get(rules, "role.archive", "default");
		const char *name = att->filename ? att->filename : "";
		const char *dot = strrchr(name, '.');
		g_autofree char *inner = dot ? g_strndup(name, dot - name) : NULL;
		if (inner && role_match(poc, inner, NULL, NULL)) {
			*why = g_strdup_printf("compressed %s", inner);
			return ST_ROLE_POC;
		}
		*why = g_strdup("archive without readable members");
		if (def && strcmp(def, "poc") == 0)
			return ST_ROLE_POC;
		if (def && strcmp(def, "log") == 0)
			return ST_ROLE_LOG;
		return ST_ROLE_OTHER;
	}
	for (guint i = 0; i < att->members->len; i++) {
		const char *m = g_ptr_array_index(att->members, i);
		if (role_match(poc, m, NULL, NULL)) {
			*why = g_strdup_printf("archive member %s is code", m);
			return ST_ROLE_POC;
		}
		if (role_match(log, m, NULL, NULL) ||
		    role_match(grp(rules, "role.screenshot"), m, NULL, NULL))
			nlog++;
	}
	if (nlog == att->members->len) {
		*why = g_strdup("archive of logs");
		return ST_ROLE_LOG;
	}
	*why = g_strdup("archive without code members");
	return ST_ROLE_OTHER;
}

static StRole
attachment_role(const StRules *rules, const StAttachment *att, gboolean read_text, char **why)
{
	const char *name = att->filename ? att->filename : "";
	const char *ctype = att->content_type ? att->content_type : "";

	const StRuleGroup *deco = grp(rules, "role.decoration");
	if (att->size <= st_rule_get_int(deco, "max_bytes", 0) &&
	    role_match(deco, name, NULL, why))
		return ST_ROLE_OTHER;
	if (role_match(grp(rules, "role.screenshot"), name, ctype, why))
		return ST_ROLE_SCREENSHOT;
	if (role_match(grp(rules, "role.log"), name, NULL, why))
		return ST_ROLE_LOG;
	if (att->members || role_match(grp(rules, "role.archive"), name, ctype, NULL))
		return archive_role(rules, att, why);
	if (role_match(grp(rules, "role.poc"), name, ctype, why))
		return ST_ROLE_POC;
	if (att->text && read_text) {
		gint64 min = st_rules_get_int(rules, "role.content", "min_lines", 3);
		g_autoptr(StScan) scan = st_scan_new(rules, att->text, -1);
		if (st_x_any_in(grp(rules, "logs.strong"), scan, att->text) ||
		    count_lines(grp(rules, "logs.line"), scan, att->text) >= (guint)min) {
			*why = g_strdup("text looks like a log");
			return ST_ROLE_LOG;
		}
		if (st_x_any_in(grp(rules, "role.content"), scan, att->text)) {
			*why = g_strdup("text starts like code");
			return ST_ROLE_POC;
		}
		/* a reproduction is short: look at the head of a long text only */
		gint64 max = st_rules_get_int(rules, "role.content", "max_bytes", 131072);
		gsize n = strlen(att->text);
		if (n > (gsize)max) {
			const char *cut = g_utf8_find_prev_char(att->text, att->text + max);
			n = cut ? (gsize)(cut - att->text) : 0;
		}
		g_autofree char *head = g_strndup(att->text, n);
		Lines ls;
		lines_init(&ls, rules, head);
		gint l = poc_line(&ls);
		if (l >= 0) {
			g_autofree char *ev = line_evidence(&ls, l);
			*why = g_strdup_printf("text holds a reproduction: %s", ev);
		}
		lines_clear(&ls);
		if (l >= 0)
			return ST_ROLE_POC;
	}
	return ST_ROLE_OTHER;
}

static void
set_roles(const StRules *rules, const StMessage *msg)
{
	/* the content of only the first few is read (bounded work) */
	gint64 max = st_rules_get_int(rules, "role.content", "max_attachments", 64);

	for (guint i = 0; msg->attachments && i < msg->attachments->len; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		char *why = NULL;
		att->role = attachment_role(rules, att, i < (guint)max, &why);
		g_free(att->role_evidence);
		att->role_evidence = why;
	}
}

/* ------------------------------------------------------------ checklist */

static void
set_check(StAnalysis *a, StCheck c, char *evidence)
{
	a->check[c] = TRUE;
	g_free(a->check_evidence[c]);
	a->check_evidence[c] = evidence;
}

/* Numbered steps under a reproduction heading.  Returns the first step's
 * line index or -1. */
static gint
find_steps(const Lines *ls)
{
	const StRuleGroup *step = grp(ls->rules, "poc.step");
	const StRuleGroup *heading = grp(ls->rules, "poc.steps-heading");
	gint64 min = st_rules_get_int(ls->rules, "poc", "min_steps", 3);

	for (guint i = 0; i < ls->n; i++) {
		if (!line_any(ls, step, &ls->l[i]))
			continue;
		/* the first item of a list: its heading is above */
		gint h = heading_above(ls, i, 4);
		gboolean headed = (h >= 0 && !line_any(ls, step, &ls->l[h]) &&
				   line_any(ls, heading, &ls->l[h])) ||
				  line_any(ls, heading, &ls->l[i]);
		if (!headed)
			continue;
		guint n = 0, j;
		for (j = i; j < ls->n && j < i + 60; j++) {
			const Line *l = &ls->l[j];
			if (line_any(ls, step, l))
				n++;
			else if (l->type == L_PROSE && !is_indented(l->s) &&
				 j + 1 < ls->n && ls->l[j + 1].type == L_BLANK &&
				 !line_any(ls, step, &ls->l[j + 1]) && n > 0 &&
				 j > 0 && ls->l[j - 1].type == L_BLANK)
				break;  /* a paragraph of its own ends the list */
		}
		if (n >= (guint)min)
			return (gint)i;
		i = j;
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
	return st_x_any_in(grp(ls->rules, "poc.command-line"), ls->scan, s) &&
	       !st_x_any_in(grp(ls->rules, "poc.env"), ls->scan, s);
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

	if (!line_any(ls, grp(ls->rules, "poc.step"), l) && !l->in_item)
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

/* The line that shows an inline reproduction in LS (a command that is not
 * an environment query, enough code, or a step list), or -1. */
static gint
poc_line(const Lines *ls)
{
	gint64 min_cmd = st_rules_get_int(ls->rules, "poc", "min_commands", 1);
	gint64 min_code = st_rules_get_int(ls->rules, "poc", "min_code", 3);
	guint ncmd = 0, ncode = 0;
	gint first_cmd = -1, first_code = -1;

	for (guint i = 0; i < ls->n; i++) {
		const Line *l = &ls->l[i];
		if ((l->type == L_CMD && !l->env_poc) || (l->type == L_PROSE && step_command(ls, l))) {
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
		if (ls->l[i].type == L_PROSE && line_any(ls, grp(ls->rules, "poc.denied"), &ls->l[i]))
			return -1;
	if (ncode >= (guint)min_code && first_code >= 0)
		return first_code;
	return find_steps(ls);
}

/* The prose line that points at a reproduction hosted elsewhere
 * ([poc.link]: "the repro script is in this gist: https://gist..."), with
 * the link on it or on the next line, or -1. */
static gint
poc_link_line(const Lines *ls)
{
	const StRuleGroup *link = grp(ls->rules, "poc.link");

	for (guint i = 0; link != NULL && i < ls->n; i++) {
		if (ls->l[i].type != L_PROSE)
			continue;
		g_autofree char *two = g_strconcat(ls->l[i].s, "\n",
						   i + 1 < ls->n ? ls->l[i + 1].s : "", NULL);
		if (st_x_any(link, two))
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
	gint l = poc_line(ls);
	if (l < 0)
		l = poc_link_line(ls);
	if (l >= 0)
		set_check(a, ST_CHECK_POC, line_evidence(ls, l));
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

/* Is P, the line just above an unindented line, something whose next line
 * is output: a command that is not an environment query ("msb exec x --
 * id" then "Error: timed out") or an output heading of OH ("Output:")? */
static gboolean
output_after(const Lines *ls, const Line *p, const StRuleGroup *oh)
{
	if (p->type == L_CMD && p->segment == 0)
		return !p->env_log;
	return p->type == L_PROSE && p->segment == 0 && line_any(ls, oh, p);
}

/* Output under an output heading, or after a non-environment command,
 * in a block or directly on the next line. */
static gint
find_transcript(const Lines *ls)
{
	const StRuleGroup *oh = grp(ls->rules, "logs.output-heading");
	const StRuleGroup *inline_out = grp(ls->rules, "logs.inline-output");
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
				gint h = heading_above(ls, i, 3);
				live = h >= 0 && (ls->l[h].segment == 0 || ls->l[h].type == L_COMMENT) &&
				       line_any(ls, oh, &ls->l[h]);
			}
		}
		if (l->type == L_CMD)
			live = !l->env_log;
		else if (l->type == L_OUTPUT && live && l->segment != 0)
			return (gint)i;
		else if (l->type == L_PROSE && line_any(ls, inline_out, l))
			return (gint)i;
		else if (l->type == L_PROSE && l->segment == 0 && i > 0 &&
			 output_like(ls, l) && output_after(ls, &ls->l[i - 1], oh))
			return (gint)i;
		/* or after one blank line, when the line is a [logs.line] one
		 * ("curl -i ..." / "" / "HTTP/1.1 204 No Content") */
		else if (l->type == L_PROSE && l->segment == 0 && l->logline && i > 1 &&
			 ls->l[i - 1].type == L_BLANK && output_after(ls, &ls->l[i - 2], oh))
			return (gint)i;
	}
	return -1;
}

static void
check_logs(const Lines *ls, const StMessage *msg, StAnalysis *a)
{
	gint64 min = st_rules_get_int(ls->rules, "logs", "min_lines", 2);
	const StRuleGroup *strong = grp(ls->rules, "logs.strong");
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
	for (guint i = 0; i < ls->n; i++) {
		const Line *l = &ls->l[i];
		if (l->type == L_BLANK || l->type == L_FENCE)
			continue;
		if (line_any(ls, strong, l)) {
			set_check(a, ST_CHECK_LOGS, line_evidence(ls, i));
			return;
		}
		if (l->logline && l->type != L_CMD && l->type != L_CODE && n++ == 0)
			first = (gint)i;
	}
	if (n >= (guint)min && first >= 0) {
		set_check(a, ST_CHECK_LOGS, line_evidence(ls, first));
		return;
	}
	gint t = find_transcript(ls);
	if (t >= 0)
		set_check(a, ST_CHECK_LOGS, line_evidence(ls, t));
}

/* Words of S: whitespace-separated tokens; CJK characters count half. */
static guint
count_words(const char *s)
{
	guint words = 0, cjk = 0;
	gboolean in = FALSE;

	for (const char *p = s; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_isspace(c)) {
			in = FALSE;
		} else if (g_unichar_iswide(c)) {
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
	const StRuleGroup *in = grp(rules, "description.inside");

	if (!st_x_any_in(in, scan, sentence))
		return FALSE;
	/* two sandboxes in one sentence ("sandbox A ... sandbox B", "sandbox
	 * mới ... sandbox cũ") is a boundary between them, in any language */
	return st_x_any_in(grp(rules, "description.outside"), scan, sentence) ||
	       two_matches(in, scan, sentence);
}

/* Sentences of PROSE, at most the first "max_sentences" ([description]).
 * A sentence ends at . ! ? or 。 before white space, at the end of a short
 * line, or at the end; only one ended by its punctuation with
 * "sentence_words" words or more is prose.  Sets *CROSSING to the prose
 * sentences that cross a boundary (sentence_crosses) and *TECHNICAL to
 * those that speak of the system ([description.anchor]): a report's
 * sentences, in whatever language, name sandboxes, hosts, flags and paths.
 * SCAN is a scan of PROSE (or NULL). */
static void
scan_sentences(const StRules *rules, const StScan *scan, const char *prose, guint *crossing,
	       guint *technical)
{
	guint max = (guint)st_rules_get_int(rules, "description", "max_sentences", 200);
	guint min_words = (guint)st_rules_get_int(rules, "description", "sentence_words", 6);
	const StRuleGroup *anchor = grp(rules, "description.anchor");
	guint seen = 0;
	const char *start = prose, *line = prose;

	*crossing = *technical = 0;
	for (const char *p = prose; *p && seen < max; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		const char *next = g_utf8_next_char(p);
		/* a short line (a subject, a heading, a list item) ends one too */
		gboolean end = c == 0x3002 ||
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
		if (sentence_crosses(rules, scan, s))
			(*crossing)++;
		if (st_x_any_in(anchor, scan, s))
			(*technical)++;
	}
}

/* Blank out the questions of PROSE from byte FROM on: sentences ended by
 * '?' (or a full-width one) ask rather than report ("Has microsandbox ever
 * had a sandbox escape?").  Sentences end as in scan_sentences. */
static void
drop_questions(GString *prose, gsize from)
{
	char *start = prose->str + from, *line = start;

	for (char *p = start; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		char *next = g_utf8_next_char(p);
		gboolean question = c == '?' || c == 0xFF1F;
		gboolean end = c == 0x3002 || (question && !g_ascii_isalnum(*next)) ||
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

/* The reporter's own prose: SUBJECT and the prose lines of LS up to a
 * signature, without logs, about [description] max_bytes of it (the lines
 * that start before that), questions left out ([description]
 * drop_questions).  *BODY_AT is where the body's lines start.  Returns a
 * new string (free it). */
static char *
description_prose(const Lines *ls, const char *subject, gsize *body_at)
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
	if (st_rules_get_int(ls->rules, "description", "drop_questions", 0))
		drop_questions(prose, *body_at);
	return g_string_free(prose, FALSE);
}

/* Description and impact: enough prose of the reporter's own that says what
 * is wrong ([description.problem]) and what it gives an attacker
 * ([description.impact]); a sentence that crosses a trust boundary
 * (scan_sentences) stands for either, and "min_technical" prose sentences
 * about the system stand for both (a language the lists do not know). */
static void
check_description(const Lines *ls, const char *subject, StAnalysis *a)
{
	gsize body_at = 0;
	g_autofree char *prose = description_prose(ls, subject, &body_at);
	gint64 min_words = st_rules_get_int(ls->rules, "description", "min_words", 40);
	gint64 min_impact = st_rules_get_int(ls->rules, "description", "min_impact", 1);
	gint64 min_problem = st_rules_get_int(ls->rules, "description", "min_problem", 1);
	const StRuleGroup *impact = grp(ls->rules, "description.impact");

	if (count_words(prose) < (guint)min_words)
		return;
	g_autoptr(StScan) scan = st_scan_new(ls->rules, prose, -1);
	guint ni = st_rule_count_in(impact, scan, prose);
	/* what is wrong is said in the body: a subject names the topic only
	 * ("Press inquiry: sandbox escapes"), [description] problem_in_body */
	gboolean body_only = st_rules_get_int(ls->rules, "description", "problem_in_body", 0) != 0;
	guint np = st_rule_count_in(grp(ls->rules, "description.problem"), scan,
				    body_only ? prose + body_at : prose);
	if (ni < (guint)min_impact || np < (guint)min_problem) {
		guint nc, nt;
		gint64 min_tech = st_rules_get_int(ls->rules, "description", "min_technical", 2);
		scan_sentences(ls->rules, scan, prose, &nc, &nt);
		/* English prose is a language the lists know: sentences that
		 * merely name the system ("microsandbox comes up a lot") are
		 * no description there ([description.english] known_min) */
		const StRuleGroup *en = grp(ls->rules, "description.english");
		if (en != NULL &&
		    st_rule_count_in(en, scan, prose) >= (guint)st_rule_get_int(en, "known_min", 1000))
			nt = 0;
		if (nt >= (guint)min_tech && nt > 0) {
			/* a language no list knows: sentences about the system */
			set_check(a, ST_CHECK_DESCRIPTION, g_strdup_printf(
				  "%u sentences of prose about the system", nt));
			return;
		}
		if (ni + nc < (guint)min_impact || np + nc < (guint)min_problem)
			return;
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

/* The checklist over TEXT, MSG's body as st_x_prepare(keep quoted, drop
 * quote.ours) gives it. */
/* A report written in an attached document ("full report attached:
 * report.md"): an attachment named like one ([checklist.document], not a
 * PoC or a screenshot) is read like the body for the items the body lacks.
 * At most [extract] max_attachments attachments are looked at. */
static void
checklist_documents(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	const StRuleGroup *doc = grp(rules, "checklist.document");
	guint max = (guint)st_rules_get_int(rules, "extract", "max_attachments", 32);

	for (guint i = 0; doc && msg->attachments && i < msg->attachments->len && i < max; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (a->check[ST_CHECK_DESCRIPTION] && a->check[ST_CHECK_POC] && a->check[ST_CHECK_LOGS])
			return;
		if (att->text == NULL || att->filename == NULL ||
		    (att->role != ST_ROLE_OTHER && att->role != ST_ROLE_LOG) ||
		    !st_x_any(doc, att->filename))
			continue;
		g_autofree char *t = st_x_prepare(att->text, TRUE, NULL);
		Lines dl;
		lines_init(&dl, rules, t);
		if (!a->check[ST_CHECK_POC])
			check_poc(&dl, NULL, a);
		if (!a->check[ST_CHECK_LOGS])
			check_logs(&dl, NULL, a);
		if (!a->check[ST_CHECK_DESCRIPTION])
			check_description(&dl, NULL, a);
		lines_clear(&dl);
	}
}

static void
checklist_on(const StRules *rules, const StMessage *msg, char *text, StAnalysis *a)
{
	Lines ls;

	set_roles(rules, msg);
	lines_init(&ls, rules, text);
	check_poc(&ls, msg, a);
	check_logs(&ls, msg, a);
	check_description(&ls, msg->subject, a);
	lines_clear(&ls);
	checklist_documents(rules, msg, a);
}

void
st_extract_checklist(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	if (rules == NULL || msg == NULL || a == NULL)
		return;
	g_autofree char *text = st_x_prepare(msg->body_text, TRUE, grp(rules, "quote.ours"));
	checklist_on(rules, msg, text, a);
}

/* ------------------------------------------------------------ driver */

static void
extract_exploited(const StRules *rules, const char *text, StAnalysis *a)
{
	StXHit h;
	g_autoptr(StScan) scan = st_scan_new(rules, text, -1);
	if (!st_x_find_in(grp(rules, "exploited"), grp(rules, "exploited.not"), scan, text, NULL, &h))
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
	g_autofree char *text = st_x_prepare(msg->body_text, TRUE, grp(rules, "quote.ours"));
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
	gboolean platform = (a->distro && a->kernel) || (a->macos_version && a->chip);
	a->check[ST_CHECK_PLATFORM] = platform;
	if (platform && a->check_evidence[ST_CHECK_PLATFORM] == NULL)
		a->check_evidence[ST_CHECK_PLATFORM] = g_strdup(a->platform_evidence);
}
