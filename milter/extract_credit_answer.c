/*
 * extract_credit_answer.c — an answer to someone else's question about
 * credit ([credit.answer]), read by st_extract_credit_answer when the
 * readings of extract_credit.c found no request: our acknowledgment's
 * question quoted in a reply, a form's or a chat partner's ("want
 * credit?"), answered below it by a line of the writer's own ("Yes please:
 * NAME, URL", "No thanks").
 */
#include <string.h>

#include "sectriage/common.h"
#include "sectriage/extract.h"
#include "extract_int.h"

/* Is LINE (LEN bytes) a whole line of OWN? */
static gboolean
own_line(const char *own, const char *line, gsize len)
{
	for (const char *p = own; len > 0 && (p = strstr(p, line)) != NULL; p++)
		if ((p == own || p[-1] == '\n') && (p[len] == '\0' || p[len] == '\n'))
			return TRUE;
	return FALSE;
}

/* The answer LINE (a copy of the line of TEXT at AT, the writer's own) to a
 * credit question: TRUE when it set the credit. */
static gboolean
credit_reply(const StRules *rules, const StScan *scan, const char *text, const char *at, const char *line,
	     StAnalysis *a)
{
	gint s, e;

	if (st_xc_earliest(st_rules_group(rules, "credit.answer.no"), scan, line, &s, &e) && s == 0) {
		st_xc_set_credit(a, TRUE, NULL, NULL, st_x_evidence(text, (gint)(at - text)));
		return TRUE;
	}
	if (!st_xc_earliest(st_rules_group(rules, "credit.answer.yes"), scan, line, &s, &e) || s != 0)
		return FALSE;
	gint64 max = st_xc_name_max(rules);
	const char *from = st_xc_name_start(st_rules_group(rules, "credit.lead"), scan, line + e);
	gboolean written;
	g_autofree char *name = st_xc_name_at(rules, scan, from, G_MAXINT32, &written);
	/* an answer that goes on about something else is no answer */
	if (name != NULL && (strlen(name) > (gsize)max || !st_xc_name_ok(rules, scan, name, written)))
		return FALSE;
	g_autofree char *link = st_xc_request_link(rules, scan, line + e);
	st_xc_set_credit(a, FALSE, name, link, st_x_evidence(text, (gint)(at - text)));
	return TRUE;
}

void
st_extract_credit_answer(const StRules *rules, const char *text, const char *own, StAnalysis *a)
{
	if (rules == NULL || text == NULL || own == NULL || a == NULL)
		return;
	const StRuleGroup *topic = st_rules_group(rules, "credit.general.topic");
	const StRuleGroup *ask = st_rules_group(rules, "credit.ask");
	if (topic == NULL || ask == NULL || st_rules_group(rules, "credit.answer.yes") == NULL)
		return;
	g_autoptr(StScan) scan = st_scan_new(rules, text, -1);
	if (!st_x_any_in(topic, scan, text))
		return;
	gint64 lines = st_rules_get_int(rules, "credit.answer", "lines", 3);
	gint64 left = 0;
	const char *prev = NULL;        /* the non-blank line before, for a question over two lines */
	gsize prev_len = 0;
	for (const char *p = text; *p;) {
		const char *eol = strchr(p, '\n');
		gsize len = eol ? (gsize)(eol - p) : strlen(p);
		const char *q = p;
		while (q < p + len && g_ascii_isspace(*q))
			q++;
		if (q < p + len) {
			g_autofree char *line = g_strndup(q, len - (q - p));
			if (left > 0) {
				left--;
				if (own_line(own, line, strlen(line)) && credit_reply(rules, scan, text, q, line, a))
					return;
			}
			g_autofree char *two = prev ? g_strdup_printf("%.*s %s", (int)prev_len, prev, line)
						    : g_strdup(line);
			if (st_x_any_in(ask, NULL, two) && st_x_any_in(topic, NULL, two))
				left = lines;
			prev = q;
			prev_len = len - (q - p);
		}
		p = eol ? eol + 1 : p + len;
	}
}

