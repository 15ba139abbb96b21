/*
 * extract_roles.c — the role of each attachment (poc, log, screenshot,
 * other) from its name, type, archive members and text (extract_int.h).
 */
#include <string.h>

#include "sectriage/common.h"
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

static StRole
archive_role(const StRules *rules, const StAttachment *att, char **why)
{
	const StRuleGroup *poc = st_x_grp(rules, "role.poc");
	const StRuleGroup *log = st_x_grp(rules, "role.log");
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
		    role_match(st_x_grp(rules, "role.screenshot"), m, NULL, NULL))
			nlog++;
	}
	if (nlog == att->members->len) {
		*why = g_strdup("archive of logs");
		return ST_ROLE_LOG;
	}
	*why = g_strdup("archive without code members");
	return ST_ROLE_OTHER;
}

gboolean
st_x_crash_report(const StRules *rules, const StScan *scan, const char *text)
{
	if (text == NULL || !st_x_any_in(st_x_grp(rules, "logs.crash-report"), scan, text))
		return FALSE;
	/* a program that writes such lines (a PoC forging a crash report)
	 * starts like code */
	return !st_x_any_in(st_x_grp(rules, "role.content"), scan, text);
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

static StRole
attachment_role(const StRules *rules, const StAttachment *att, gboolean read_text, char **why)
{
	const char *name = att->filename ? att->filename : "";
	const char *ctype = att->content_type ? att->content_type : "";

	const StRuleGroup *deco = st_x_grp(rules, "role.decoration");
	if (att->size <= st_rule_get_int(deco, "max_bytes", 0) &&
	    role_match(deco, name, NULL, why))
		return ST_ROLE_OTHER;
	if (role_match(st_x_grp(rules, "role.screenshot"), name, ctype, why))
		return ST_ROLE_SCREENSHOT;
	if (role_match(st_x_grp(rules, "role.log"), name, NULL, why))
		return ST_ROLE_LOG;
	if (att->members || role_match(st_x_grp(rules, "role.archive"), name, ctype, NULL))
		return archive_role(rules, att, why);
	/* a file sent as application/octet-stream (the type a mailer gives
	 * what it does not know: "vmnethelper_pidrace.m") is judged by its
	 * text when its bytes are UTF-8 text */
	gint64 max = st_rules_get_int(rules, "role.content", "max_bytes", 131072);
	g_autofree char *own = read_text ? st_x_attachment_text(rules, att) : NULL;
	const char *text = read_text && att->text ? att->text : own;
	g_autoptr(StScan) scan = text ? st_scan_new(rules, text, -1) : NULL;
	/* a crash or diagnostics report the system wrote (an .ips is JSON, a
	 * Sentry event too) is a log whatever its name says */
	if (st_x_crash_report(rules, scan, text)) {
		*why = g_strdup("text is a crash report");
		return ST_ROLE_LOG;
	}
	if (role_match(st_x_grp(rules, "role.poc"), name, ctype, why))
		return ST_ROLE_POC;
	if (text) {
		gint64 min = st_rules_get_int(rules, "role.content", "min_lines", 3);
		const StRuleGroup *logline = st_x_grp(rules, "logs.line");
		g_autofree guint8 *loghits = NULL;
		guint nlog = 0;
		if (st_x_any_in(st_x_grp(rules, "logs.strong"), scan, text) ||
		    st_x_count_lines_hits(logline, scan, text, 2000, &loghits, &nlog) >=
		    (guint)min) {
			*why = g_strdup("text looks like a log");
			return ST_ROLE_LOG;
		}
		if (st_x_any_in(st_x_grp(rules, "role.content"), scan, text)) {
			*why = g_strdup("text starts like code");
			return ST_ROLE_POC;
		}
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
	}
	return ST_ROLE_OTHER;
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

/* Does the reporter say in BODY that the attachment NAME does not work
 * ([role.not-working], in the stretch after the name up to its list item's
 * or paragraph's end)?  "poc1.sh: my first attempt.  This one does NOT
 * work" is what was tried, not a reproduction. */
static gboolean
said_not_working(const StRules *rules, const char *body, const char *name)
{
	const StRuleGroup *g = st_x_grp(rules, "role.not-working");

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

void
st_x_set_roles(const StRules *rules, const StMessage *msg)
{
	/* the content of only the first few is read (bounded work) */
	gint64 max = st_rules_get_int(rules, "role.content", "max_attachments", 64);

	for (guint i = 0; msg->attachments && i < msg->attachments->len; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		char *why = NULL;
		att->role = attachment_role(rules, att, i < (guint)max, &why);
		if (att->role == ST_ROLE_POC && said_not_working(rules, msg->body_text, att->filename)) {
			att->role = ST_ROLE_OTHER;
			g_free(why);
			why = g_strdup("the reporter says it does not work");
		}
		g_free(att->role_evidence);
		att->role_evidence = why;
	}
}
