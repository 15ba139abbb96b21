/*
 * extract_logs.c — the checklist's logs (extract_int.h): an attached log or
 * screenshot, an attachment that holds its own saved output, [logs.*]
 * lines in the text, or output under a command or an output heading (a
 * transcript); never a block the writer calls expected or example output
 * (Line.imagined).
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

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
	return oh != NULL && h > 0 && st_x_pair_any(ls, oh, &ls->l[h - 1], l);
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
		if (l->imagined)
			continue;  /* output nobody ran ([logs.imagined]) */
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
	}
	if (saved_output(ls->rules, msg, a))
		return;
	for (guint i = 0; i < ls->n; i++) {
		const Line *l = &ls->l[i];
		if (l->type == L_BLANK || l->type == L_FENCE || l->imagined)
			continue;
		if (st_x_line_any(ls, strong, l)) {
			st_x_set_check(a, ST_CHECK_LOGS, st_x_line_evidence(ls, i));
			return;
		}
		if (l->logline && l->type != L_CMD && l->type != L_CODE && n++ == 0)
			first = (gint)i;
	}
	if (n >= (guint)min && first >= 0) {
		st_x_set_check(a, ST_CHECK_LOGS, st_x_line_evidence(ls, first));
		return;
	}
	gint t = st_x_find_transcript(ls);
	if (t >= 0)
		st_x_set_check(a, ST_CHECK_LOGS, st_x_line_evidence(ls, t));
}
