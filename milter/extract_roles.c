/*
 * extract_roles.c — the role of each attachment (poc, log, screenshot,
 * other) from its name, type, archive members and text (extract_int.h).
 */
#include <string.h>

#include "sectriage/common.h"
#include "sectriage/hdecode.h"
#include "sectriage/html.h"
#include "extract_int.h"

/* ------------------------------------------------------------ roles */


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
		if (s && g_regex_match(st_pattern_regex(p, s), s, 0, NULL)) {
			if (why)
				*why = g_strdup_printf("%s %s matches [%s] %s",
						       on_type ? "type" : "name", s,
						       g->name, p->key);
			return TRUE;
		}
	}
	return FALSE;
}

/* Is member M of an archive named as logs (LOGS_NAMED, [role.archive.logs])
 * a text named like a reproduction only by its words ([role.poc.named-text]:
 * "test (a)/3_repro.txt")?  In a CI service's log archive a step's log is
 * named after the step. */
static gboolean
step_log_member(const StRules *rules, gboolean logs_named, const char *m)
{
	return logs_named && role_match(st_x_grp(rules, "role.poc.named-text"), m, NULL, NULL);
}

static StRole
archive_role(const StRules *rules, const StAttachment *att, char **why)
{
	const StRuleGroup *poc = st_x_grp(rules, "role.poc");
	const StRuleGroup *log = st_x_grp(rules, "role.log");
	gboolean logs_named = att->filename != NULL &&
		role_match(st_x_grp(rules, "role.archive.logs"), att->filename, NULL, NULL);
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
		if (role_match(poc, m, NULL, NULL) && !step_log_member(rules, logs_named, m)) {
			*why = g_strdup_printf("archive member %s is code", m);
			return ST_ROLE_POC;
		}
		if (role_match(log, m, NULL, NULL) ||
		    role_match(st_x_grp(rules, "role.screenshot"), m, NULL, NULL))
			nlog++;
	}
	if (nlog == att->members->len || logs_named) {
		*why = g_strdup(logs_named ? "archive named as logs" : "archive of logs");
		return ST_ROLE_LOG;
	}
	*why = g_strdup("archive without code members");
	return ST_ROLE_OTHER;
}

const char *
st_x_archive_log_member(const StRules *rules, const StAttachment *att)
{
	const StRuleGroup *log = st_x_grp(rules, "role.log");
	const StRuleGroup *shot = st_x_grp(rules, "role.screenshot");

	for (guint i = 0; att->members && i < att->members->len; i++) {
		const char *m = g_ptr_array_index(att->members, i);
		if (role_match(log, m, NULL, NULL) || role_match(shot, m, NULL, NULL))
			return m;
	}
	return NULL;
}

/* Is TEXT output of the kind GROUP knows (a crash report, a tool's result
 * file) and not a program that writes such lines, which starts like code
 * ([role.content]: a PoC forging a crash report, a script printing
 * findings)? */
static gboolean
output_text(const StRules *rules, const char *group, const StScan *scan, const char *text)
{
	if (text == NULL || !st_x_any_in(st_x_grp(rules, group), scan, text))
		return FALSE;
	return !st_x_any_in(st_x_grp(rules, "role.content"), scan, text);
}

gboolean
st_x_crash_report(const StRules *rules, const StScan *scan, const char *text)
{
	return output_text(rules, "logs.crash-report", scan, text);
}

gboolean
st_x_tool_report(const StRules *rules, const StScan *scan, const char *text)
{
	return output_text(rules, "logs.tool-report", scan, text);
}

char *
st_x_attachment_text(const StRules *rules, const StAttachment *att)
{
	const char *ctype = att->content_type ? att->content_type : "";

	if (att->text != NULL || att->members != NULL ||
	    !(*ctype == '\0' || g_ascii_strcasecmp(ctype, "application/octet-stream") == 0))
		return NULL;
	return st_x_utf8_head(att->content,
			      st_rules_get_int(rules, "role.content", "max_bytes", 131072));
}

/* Prose of TEXT, in one pass and no pattern: the lines that read as
 * sentences, at least MIN_WORDS words of which letters are MIN_LETTERS
 * percent or more of what is not space, neither in a fence (``` or ~~~)
 * nor indented as code or output (a tab, four spaces), nor a prompt, a
 * table row or markup ($, |, {, [, <), nor a [logs.line] line (HITS, one
 * per line as st_x_count_lines_hits cuts them, N_HITS of them; NULL: none
 * known).  A list item's or a Markdown heading's marker is no word.  Their
 * number in *N, their bytes in *BYTES; the lines not blank in *NONBLANK. */
static void
prose_lines(const char *text, const guint8 *hits, guint n_hits, guint min_words,
	    guint min_letters, guint *n, gsize *bytes, guint *nonblank)
{
	gboolean fence = FALSE;
	guint i = 0;

	*n = 0;
	*bytes = 0;
	*nonblank = 0;
	for (const char *p = text; p && *p; i++) {
		const char *end = strchr(p, '\n');
		if (end == NULL)
			end = p + strlen(p);
		const char *q = p;
		guint indent = 0;
		for (; q < end && (*q == ' ' || *q == '\t'); q++)
			indent += *q == '\t' ? 4 : 1;
		if (q < end && *q != '\r') {
			(*nonblank)++;
			if ((end - q >= 3 && (strncmp(q, "```", 3) == 0 || strncmp(q, "~~~", 3) == 0))) {
				fence = !fence;
			} else if (!fence && indent < 4 && !(hits && i < n_hits && hits[i]) &&
				   strchr("$|{[<>", *q) == NULL) {
				/* a list item's or a heading's marker */
				const char *w = q;
				while (w < end && (*w == '#' || g_ascii_isdigit(*w)))
					w++;
				if (w < end && w > q && (*w == '.' || *w == ')'))
					w++;
				else if (w == q && w + 1 < end && strchr("-*+", *w) && w[1] == ' ')
					w++;
				guint words = 0, letters = 0, other = 0;
				gboolean in_word = FALSE;
				for (const char *c = w, *nx; c < end; c = nx) {
					gunichar u = st_x_char_at(c, &nx);
					if (g_unichar_isspace(u)) {
						in_word = FALSE;
						continue;
					}
					if (!in_word)
						words++;
					in_word = TRUE;
					if (g_unichar_isalpha(u))
						letters++;
					else
						other++;
				}
				if (words >= min_words && letters * 100 >= (letters + other) * min_letters) {
					(*n)++;
					*bytes += (gsize)(end - q);
				}
			}
		}
		p = *end ? end + 1 : end;
	}
}

/* Is TEXT mostly prose ([checklist.document.content]: at least min_lines
 * prose lines, min_percent of the lines not blank), a write-up with its
 * sentences, headings, steps and code blocks rather than a log or a
 * script?  *BYTES: the prose's bytes. */
static gboolean
mostly_prose(const StRules *rules, const char *text, const guint8 *hits, guint n_hits,
	     gsize *bytes)
{
	const char *g = "checklist.document.content";
	gint64 min = st_rules_get_int(rules, g, "min_lines", 0);
	guint n, nonblank;

	*bytes = 0;
	if (min <= 0 || text == NULL)
		return FALSE;
	prose_lines(text, hits, n_hits, (guint)st_rules_get_int(rules, g, "min_words", 5),
		    (guint)st_rules_get_int(rules, g, "min_letters", 70), &n, bytes, &nonblank);
	return (gint64)n >= min &&
	       (gint64)n * 100 >= (gint64)nonblank * st_rules_get_int(rules, g, "min_percent", 25);
}

/* Is TEXT a blank report template ([role.template], 1463): a form whose
 * fields are all still placeholders ("| Version | <x.y.z> |", "1. <step>",
 * "$ <command>", "Impact: TBD")?  At least min_lines of its content lines
 * (not blank, not a heading, a code fence or a table's rule) hold a
 * placeholder, and min_percent of them do; a text of max_bytes or more,
 * or with closing tags (HTML, XML: "<div>" is markup), is never one.  A
 * blank form shows nothing: no log, no PoC, whatever its name. */
static gboolean
blank_template(const StRules *rules, const char *text)
{
	const StRuleGroup *g = st_x_grp(rules, "role.template");
	gint64 min = g ? st_rule_get_int(g, "min_lines", 0) : 0;
	guint content = 0, blank = 0;

	if (min <= 0 || text == NULL || strstr(text, "</") != NULL ||
	    strlen(text) >= (gsize)st_rule_get_int(g, "max_bytes", 8192))
		return FALSE;
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	for (guint i = 0; lines[i] != NULL; i++) {
		const char *l = lines[i];
		while (g_ascii_isspace(*l))
			l++;
		if (*l == '\0' || *l == '#' || g_str_has_prefix(l, "```") || g_str_has_prefix(l, "~~~") ||
		    l[strspn(l, "|-:+= \t\r")] == '\0')
			continue;
		content++;
		if (st_rule_match(g, l, NULL, NULL))
			blank++;
	}
	return (gint64)blank >= min &&
	       (gint64)blank * 100 >= (gint64)content * st_rule_get_int(g, "min_percent", 60);
}

/* Do ATT's name and type decide its role before its text is judged?  A
 * small decoration ([role.decoration]) is no evidence, a screenshot
 * ([role.screenshot]) is one, a blank template (blank_template, when
 * READ_TEXT) and a document's source ([role.document]) show nothing, a
 * log's name ([role.log]) makes a log and an archive ([role.archive]) is
 * judged by its members (archive_role), a compressed file
 * (att->compressed) as the file it holds: NAME and CTYPE are the ones to
 * judge.  The role in *ROLE when they do. */
static gboolean
named_role(const StRules *rules, const StAttachment *att, const char *name, const char *ctype,
	   gboolean read_text, char **why, StRole *role)
{
	const StRuleGroup *deco = st_x_grp(rules, "role.decoration");
	if (att->size <= st_rule_get_int(deco, "max_bytes", 0) &&
	    role_match(deco, name, NULL, why)) {
		*role = ST_ROLE_OTHER;
	} else if (role_match(st_x_grp(rules, "role.screenshot"), name, ctype, why)) {
		*role = ST_ROLE_SCREENSHOT;
	} else if (read_text && blank_template(rules, att->text)) {
		*why = g_strdup("text is a blank template");
		*role = ST_ROLE_OTHER;
	} else if (role_match(st_x_grp(rules, "role.document"), name, ctype, why)) {
		*role = ST_ROLE_OTHER;
	} else if (role_match(st_x_grp(rules, "role.log"), name, NULL, why)) {
		*role = ST_ROLE_LOG;
	} else if (!att->compressed && (att->members ||
		   role_match(st_x_grp(rules, "role.archive"), name, ctype, NULL))) {
		*role = archive_role(rules, att, why);
	} else {
		return FALSE;
	}
	return TRUE;
}

/* Does the head of TEXT hold a reproduction (st_x_poc_line)?  A
 * reproduction is short: only the first [role.content] max_bytes are
 * read, LOGHITS (NLOG of them, the [logs.line] lines LOGLINE matches in
 * the whole TEXT) reused when the head is the whole.  ST_ROLE_POC when it
 * does, ST_ROLE_LOG when it is a terminal session that shows the
 * command's output, else ST_ROLE_OTHER. */
static StRole
reproduction_role(const StRules *rules, const char *text, const StRuleGroup *logline,
		  const guint8 *loghits, guint nlog, char **why)
{
	gint64 max = st_rules_get_int(rules, "role.content", "max_bytes", 131072);

	/* a reproduction is short: look at the head of a long text only */
	gsize n = strlen(text);
	if (n > (gsize)max) {
		const char *cut = g_utf8_find_prev_char(text, text + max);
		n = cut ? (gsize)(cut - text) : 0;
	}
	g_autofree char *head = g_strndup(text, n);
	Lines ls;
	/* the whole text: its [logs.line] lines are counted already */
	st_x_lines_init_known(&ls, rules, head, logline, text[n] == '\0' ? loghits : NULL,
			      nlog);
	gint l = st_x_poc_line(&ls);
	/* a terminal session saved as text (a command after its prompt,
	 * what it printed below: "PS C:\dev> node .\poc.mjs" and its
	 * output) records a run, like a screenshot of the terminal: a
	 * log, though the command reproduces */
	gint t = l >= 0 && ls.l[l].cmd != NULL ? st_x_find_transcript(&ls) : -1;
	if (t >= 0) {
		g_autofree char *ev = st_x_line_evidence(&ls, (guint)t);
		*why = g_strdup_printf("text is a terminal session with output: %s", ev);
	} else if (l >= 0) {
		g_autofree char *ev = st_x_line_evidence(&ls, l);
		*why = g_strdup_printf("text holds a reproduction: %s", ev);
	}
	st_x_lines_clear(&ls);
	if (t >= 0)
		return ST_ROLE_LOG;
	if (l >= 0)
		return ST_ROLE_POC;
	return ST_ROLE_OTHER;
}

/* The role of an attachment NAME that [role.poc] names a PoC (*WHY says
 * so), of text TEXT (may be NULL).  A document only named as one
 * ([role.poc.named-text]: "shm-repro.txt", "poc-steps.md") whose text is
 * a terminal session with the commands' output (reproduction_role) records
 * a run of the reproduction, like a screenshot of the terminal: a log.  A
 * script ("repro.sh") is the reproduction whatever it holds. */
static StRole
named_poc_role(const StRules *rules, const char *name, const char *text, char **why)
{
	g_autofree char *was = NULL;

	if (text == NULL || !role_match(st_x_grp(rules, "role.poc.named-text"), name, NULL, NULL))
		return ST_ROLE_POC;
	if (reproduction_role(rules, text, st_x_grp(rules, "logs.line"), NULL, 0, &was) !=
	    ST_ROLE_LOG)
		return ST_ROLE_POC;
	g_free(*why);
	*why = g_strdup_printf("named as a reproduction, but %s", was);
	return ST_ROLE_LOG;
}

/* The role TEXT (SCAN a scan of it) gives an attachment whose name and
 * type told none: a log when it reads like one ([logs.strong], or
 * [role.content] min_lines [logs.line] lines), a PoC when it starts like
 * code ([role.content]) or holds a reproduction (reproduction_role).
 * *PROSE as attachment_role gives it; OWN, the text read from
 * application/octet-stream bytes or NULL, copied to *OWN_TEXT then. */
static StRole
text_role(const StRules *rules, const StScan *scan, const char *text, const char *own,
	  char **why, gboolean *prose, gsize *prose_bytes, char **own_text)
{
	gint64 min = st_rules_get_int(rules, "role.content", "min_lines", 3);
	const StRuleGroup *logline = st_x_grp(rules, "logs.line");
	g_autofree guint8 *loghits = NULL;
	guint nlog = 0;
	gboolean strong = st_x_any_in(st_x_grp(rules, "logs.strong"), scan, text);
	guint nlines = st_x_count_lines_hits(logline, scan, text, 2000, &loghits, &nlog);

	/* a write-up quotes log lines among its sentences: whether it
	 * is one is told apart from its role (st_x_set_roles) */
	*prose = mostly_prose(rules, text, loghits, nlog, prose_bytes);
	if (*prose && own != NULL)
		*own_text = g_strdup(own);
	if (strong || nlines >= (guint)min) {
		*why = g_strdup("text looks like a log");
		return ST_ROLE_LOG;
	}
	if (st_x_any_in(st_x_grp(rules, "role.content"), scan, text)) {
		*why = g_strdup("text starts like code");
		return ST_ROLE_POC;
	}
	return reproduction_role(rules, text, logline, loghits, nlog, why);
}

/* The role of a patch ([role.patch]: a .patch, a .diff, text/x-diff) named
 * NAME whose text is TEXT (SCAN a scan of it; may be NULL): a PoC when it
 * is named as the attack it carries ([role.patch.poc]) or adds a test
 * ([role.patch.test]: a failing test shows the bug), else a proposed fix,
 * "other", however much code its hunks hold. */
static StRole
patch_role(const StRules *rules, const char *name, const StScan *scan, const char *text, char **why)
{
	if (st_x_any_in(st_x_grp(rules, "role.patch.poc"), NULL, name)) {
		*why = g_strdup("a patch named as the attack it carries");
		return ST_ROLE_POC;
	}
	if (text && st_x_any_in(st_x_grp(rules, "role.patch.test"), scan, text)) {
		*why = g_strdup("a patch that adds a test");
		return ST_ROLE_POC;
	}
	*why = g_strdup("a patch: a proposed fix, not a reproduction");
	return ST_ROLE_OTHER;
}

/* The role of ATT; *PROSE when its text is mostly prose (mostly_prose;
 * its bytes in *PROSE_BYTES), and then a text read from bytes sent as
 * application/octet-stream handed over in *OWN_TEXT (g_free).  Its name
 * and type first (named_role), then what its text is (text_role). */
static StRole
attachment_role(const StRules *rules, const StAttachment *att, gboolean read_text, char **why,
		gboolean *prose, gsize *prose_bytes, char **own_text)
{
	const char *name = att->filename ? att->filename : "";
	const char *ctype = att->content_type ? att->content_type : "";
	StRole role;

	if (att->compressed && att->members && att->members->len == 1) {
		/* one compressed file: judged as the file it holds, of a
		 * type its name tells (ci-run.log.gz is ci-run.log) */
		name = g_ptr_array_index(att->members, 0);
		ctype = "";
	}
	if (named_role(rules, att, name, ctype, read_text, why, &role))
		return role;
	/* a file sent as application/octet-stream (the type a mailer gives
	 * what it does not know: "vmnethelper_pidrace.m") is judged by its
	 * text when its bytes are UTF-8 text */
	g_autofree char *own = read_text ? st_x_attachment_text(rules, att) : NULL;
	const char *text = read_text && att->text ? att->text : own;
	g_autoptr(StScan) scan = text ? st_scan_new(rules, text, -1) : NULL;
	/* a crash or diagnostics report the system wrote (an .ips is JSON, a
	 * Sentry event too) is a log whatever its name says */
	if (st_x_crash_report(rules, scan, text)) {
		*why = g_strdup("text is a crash report");
		return ST_ROLE_LOG;
	}
	/* so is a scanner's or tool's result file (SARIF, a findings list):
	 * what the tool found is output, not a reproduction */
	if (st_x_tool_report(rules, scan, text)) {
		*why = g_strdup("text is a scanner's or tool's result");
		return ST_ROLE_LOG;
	}
	/* and an advisory or an inventory in its machine format (CSAF, OSV,
	 * a CVE record, VEX, an SBOM) is a document that describes the
	 * finding, whatever its extension: neither the reproduction nor the
	 * output (3654, 3662) */
	if (output_text(rules, "role.document.text", scan, text)) {
		*why = g_strdup("text is an advisory or inventory document");
		return ST_ROLE_OTHER;
	}
	if (role_match(st_x_grp(rules, "role.patch"), name, ctype, NULL))
		return patch_role(rules, name, scan, text, why);
	if (role_match(st_x_grp(rules, "role.poc"), name, ctype, why))
		return named_poc_role(rules, name, text, why);
	if (text == NULL)
		return ST_ROLE_OTHER;
	StRole role_of_text = text_role(rules, scan, text, own, why, prose, prose_bytes, own_text);
	/* a write-up named as one ("IR-2027-003-technical-summary.md",
	 * [checklist.document]) that shows its reproduction among its prose
	 * is the report, read for what the body lacks, not a PoC file (3024) */
	if (role_of_text == ST_ROLE_POC && st_x_any(st_x_grp(rules, "checklist.document"), name)) {
		g_free(*why);
		*why = g_strdup("named as a write-up");
		return ST_ROLE_OTHER;
	}
	return role_of_text;
}

/* End of the stretch of BODY that speaks of the attachment named just
 * before P: the next blank line or list item, at most WINDOW bytes on (cut
 * back to a character boundary). */
static const char *
stretch_end(const char *p, gint64 window)
{
	const char *q = p;

	for (; *q && q - p < window; q++) {
		if (*q != '\n')
			continue;
		const char *r = q + 1;
		while (*r == ' ' || *r == '\t')
			r++;
		if (*r == '\n' || *r == '\0' ||
		    ((*r == '-' || *r == '*') && r[1] == ' '))
			break;
		while (g_ascii_isdigit(*r))
			r++;
		if (r > q + 1 && g_ascii_isdigit(r[-1]) && (*r == '.' || *r == ')'))
			break;
	}
	if (*q && q - p >= window) {
		const char *start = g_utf8_find_prev_char(p, q + 1);
		q = start ? start : p;
	}
	return q;
}

/* Does the reporter say in BODY what G says of the attachment NAME, in the
 * stretch after the name up to its list item's or paragraph's end?  That
 * it does not work ([role.not-working]: "poc1.sh: my first attempt.  This
 * one does NOT work" is what was tried, not a reproduction), or that a
 * patch is the attacker's change ([role.patch.said-attack]). */
static gboolean
said_of(const StRuleGroup *g, const char *body, const char *name)
{

	if (g == NULL || body == NULL || name == NULL || strlen(name) < 3)
		return FALSE;
	gint64 window = st_rule_get_int(g, "window", 200);
	for (const char *p = strstr(body, name); p; p = strstr(p + 1, name)) {
		const char *from = p + strlen(name);
		g_autofree char *s = g_strndup(from, stretch_end(from, window) - from);
		if (st_x_any_in(g, NULL, s))
			return TRUE;
	}
	return FALSE;
}

/* The characters of what the writer of BODY wrote, spaces not counted:
 * '>' quoted lines and what follows a signature separator ("-- ") are
 * not theirs.  One pass. */
static gsize
own_body_chars(const char *body)
{
	gsize n = 0;

	for (const char *p = body; p && *p;) {
		const char *end = strchr(p, '\n');
		if (end == NULL)
			end = p + strlen(p);
		if ((end - p == 3 || (end - p == 4 && p[3] == '\r')) && strncmp(p, "-- ", 3) == 0)
			break;
		if (*p != '>')
			for (const char *c = p; c < end; c++)
				n += !g_ascii_isspace(*c);
		p = *end ? end + 1 : end;
	}
	return n;
}

/* Is a mostly prose attachment (PROSE_BYTES of prose) of MSG the report
 * written as a file?  When the writer's own body (BODY characters) is
 * short ([checklist.document.content] max_body_chars: "write-up
 * attached", a greeting and a name), or points to an attached document
 * as the report ([checklist.document.pointer]) and says less than the
 * file's prose does.  A long body with its own write-up keeps its attachments in
 * their roles. */
static gboolean
is_write_up(const StRules *rules, const StMessage *msg, gint64 body, gsize prose_bytes)
{
	if (body <= st_rules_get_int(rules, "checklist.document.content", "max_body_chars", 0))
		return TRUE;
	return (gsize)body < prose_bytes &&
	       st_x_any(st_x_grp(rules, "checklist.document.pointer"), msg->body_text);
}

/* Is ATT a web page (sent as text/html or XHTML, or named .html, .htm,
 * .xhtml)?  Its text is markup: a report exported from a reporting tool
 * shows its prose, steps and responses only once rendered. */
static gboolean
html_attachment(const StAttachment *att)
{
	const char *ctype = att->content_type ? att->content_type : "";

	if (g_ascii_strcasecmp(ctype, "text/html") == 0 ||
	    g_ascii_strcasecmp(ctype, "application/xhtml+xml") == 0)
		return TRUE;
	if (att->filename == NULL)
		return FALSE;
	g_autofree char *lower = g_ascii_strdown(att->filename, -1);
	return g_str_has_suffix(lower, ".html") || g_str_has_suffix(lower, ".htm") ||
	       g_str_has_suffix(lower, ".xhtml");
}

/* The rendered text of an HTML attachment ATT whose role its name and text
 * left open (not a screenshot, a log, an archive or a PoC by name), when
 * that text is mostly prose (mostly_prose, its bytes in *PROSE_BYTES): a
 * write-up exported as a web page (1734).  NULL otherwise; g_free(). */
static char *
html_prose(const StRules *rules, const StAttachment *att, gsize *prose_bytes)
{
	if (att->text == NULL || !html_attachment(att) ||
	    att->role == ST_ROLE_SCREENSHOT || att->role == ST_ROLE_LOG)
		return NULL;
	if (att->role == ST_ROLE_POC && att->filename &&
	    role_match(st_x_grp(rules, "role.poc"), att->filename, NULL, NULL))
		return NULL;   /* "exploit.html": the attacker's page */
	gsize n = strlen(att->text);
	char *text = st_html_to_text(att->text, (gssize)n, n + 4096, NULL);
	if (!mostly_prose(rules, text, NULL, 0, prose_bytes)) {
		g_free(text);
		return NULL;
	}
	return text;
}

void
st_x_set_roles(const StRules *rules, const StMessage *msg)
{
	/* the content of only the first few is read (bounded work) */
	gint64 max = st_rules_get_int(rules, "role.content", "max_attachments", 64);

	gint64 body = -1;

	for (guint i = 0; msg->attachments && i < msg->attachments->len; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		char *why = NULL;
		gboolean prose = FALSE;
		gsize prose_bytes = 0;
		g_autofree char *own = NULL;
		att->role = attachment_role(rules, att, i < (guint)max, &why, &prose, &prose_bytes,
					    &own);
		att->document = FALSE;
		/* a web page's prose is read from its rendered text */
		g_autofree char *page = i < (guint)max ?
			html_prose(rules, att, &prose_bytes) : NULL;
		if (page != NULL)
			prose = TRUE;
		/* a write-up whose code and output outweigh its sentences ("What
		 * is wrong", "Reproduction", the script and what it printed)
		 * the body points to as the details: prose enough to be one
		 * ([checklist.document.content] pointed_min_bytes; 2559) */
		if (!prose && att->text != NULL &&
		    (gint64)prose_bytes >= st_rules_get_int(rules, "checklist.document.content",
							    "pointed_min_bytes", G_MAXINT32) &&
		    st_x_any(st_x_grp(rules, "checklist.document.pointer"), msg->body_text))
			prose = TRUE;
		if (prose) {
			if (body < 0)
				body = (gint64)own_body_chars(msg->body_text);
			att->document = is_write_up(rules, msg, body, prose_bytes);
		}
		if (att->document) {
			/* the report itself: its steps are the body's, the
			 * file no script to run */
			if (page != NULL) {
				g_free(att->text);
				att->text = g_steal_pointer(&page);
			} else if (att->text == NULL) {
				att->text = g_steal_pointer(&own);
			}
			if (att->role == ST_ROLE_POC)
				att->role = ST_ROLE_OTHER;
			char *was = why;
			why = g_strdup_printf("text is the report written as a document%s%s",
					      was ? "; " : "", was ? was : "");
			g_free(was);
		}
		if (att->role == ST_ROLE_POC &&
		    said_of(st_x_grp(rules, "role.not-working"), msg->body_text, att->filename)) {
			att->role = ST_ROLE_OTHER;
			g_free(why);
			why = g_strdup("the reporter says it does not work");
		} else if (att->role == ST_ROLE_OTHER && att->filename != NULL &&
			   role_match(st_x_grp(rules, "role.patch"), att->filename, "", NULL) &&
			   said_of(st_x_grp(rules, "role.patch.said-attack"), msg->body_text, att->filename)) {
			att->role = ST_ROLE_POC;
			g_free(why);
			why = g_strdup("the reporter says the patch is the attacker's change");
		}
		g_free(att->role_evidence);
		att->role_evidence = why;
	}
}

/* The first MAX bytes of CONTENT as a string when they are UTF-8 text
 * without NUL bytes (an attachment sent with a type the parser does not
 * take for text, application/x-ipynb+json), else NULL.  g_free(). */
char *
st_x_utf8_head(GBytes *content, gint64 max)
{
	gsize n = 0;
	const char *d = content ? g_bytes_get_data(content, &n) : NULL;

	if (d == NULL || n == 0)
		return NULL;
	gboolean cut = n > (gsize)max;
	if (cut)
		n = (gsize)max;
	if (st_hdecode_wide(d, n, NULL)) {
		/* a Windows report in UTF-16 (Windows Error Reporting's .wer),
		 * cut on a character */
		g_autoptr(GString) out = g_string_sized_new(n / 2 + 16);
		if (!st_hdecode_to_utf8(out, d, cut ? n & ~(gsize) 3 : n, NULL) ||
		    memchr(out->str, '\0', out->len) != NULL)
			return NULL;   /* not text */
		return g_string_free(g_steal_pointer(&out), FALSE);
	}
	if (memchr(d, '\0', n) != NULL)
		return NULL;
	const char *end = NULL;
	if (!g_utf8_validate(d, (gssize)n, &end) && (gsize)(end - d) + 4 < n)
		return NULL;  /* not text (a cut multi-byte character at the end is) */
	return g_strndup(d, (gsize)(end - d));
}
