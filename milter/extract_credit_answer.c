/*
 * extract_credit_answer.c — an answer to someone else's question about
 * credit ([credit.answer]), read by st_extract_credit_answer when the
 * readings of extract_credit.c found no request: our acknowledgment's
 * question quoted in a reply, a form's or a chat partner's ("want
 * credit?"), answered below it by a line of the writer's own ("Yes please:
 * NAME, URL", "No thanks"); and a credit wish's footnotes written back
 * where their markers stand (st_xc_footnotes_inlined).
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

/* Footnotes (#3): a credit wish that points to a footnote for the name
 * ("We would like to be credited¹ if you publish", "nos gustaría aparecer
 * como (*).", "credit: [2]") over the footnote's own line below ("¹ NAME,
 * URL", "(*) «NAME», con el enlace URL", "[2] NAME"); st_extract_credit
 * reads them first.  Returns TEXT with each marker in running text that
 * has a footnote replaced by the footnote's words (after a colon where the
 * marker was set on a word), so the request reads the name where it stood;
 * NULL when no marker has one.  Markers: superscript digits, [N], (*),
 * dagger and double dagger; not a bare "*" or "(1)", which start list
 * items as often. */
#define FOOTNOTE_MARK "(?:[\\x{b9}\\x{b2}\\x{b3}\\x{2070}\\x{2074}-\\x{2079}]{1,2}|\\[\\d{1,2}\\]|\\(\\*{1,3}\\)|\\x{2020}|\\x{2021})"

char *
st_xc_footnotes_inlined(const char *text)
{
	static GRegex *note_re, *mark_re;
	static gsize once;

	if (g_once_init_enter(&once)) {
		note_re = g_regex_new("^[ \\t]*(" FOOTNOTE_MARK ")[ \\t]+(\\S[^\\n]*?)[ \\t]*$",
				      G_REGEX_MULTILINE | G_REGEX_OPTIMIZE, 0, NULL);
		mark_re = g_regex_new("(?<=[^\\s])([ \\t]?)" FOOTNOTE_MARK, G_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&once, 1);
	}
	if (note_re == NULL || mark_re == NULL || !g_regex_match(note_re, text, 0, NULL))
		return NULL;
	g_autoptr(GHashTable) notes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	g_autoptr(GMatchInfo) mi = NULL;
	for (g_regex_match(note_re, text, 0, &mi); g_match_info_matches(mi); g_match_info_next(mi, NULL)) {
		char *m = g_match_info_fetch(mi, 1);
		if (g_hash_table_contains(notes, m))
			g_free(m);
		else
			g_hash_table_insert(notes, m, g_match_info_fetch(mi, 2));
	}
	g_autoptr(GString) out = g_string_new(NULL);
	g_autoptr(GMatchInfo) mm = NULL;
	gint last = 0;
	gboolean any = FALSE;
	for (g_regex_match(mark_re, text, 0, &mm); g_match_info_matches(mm); g_match_info_next(mm, NULL)) {
		gint s, e, gs, ge;
		g_match_info_fetch_pos(mm, 0, &s, &e);
		g_match_info_fetch_pos(mm, 1, &gs, &ge);
		g_autofree char *mark = g_strndup(text + ge, e - ge);
		const char *note = g_hash_table_lookup(notes, mark);
		if (note == NULL)
			continue;
		g_string_append_len(out, text + last, s - last);
		g_string_append(out, ge > gs ? " " : ": ");
		g_string_append(out, note);
		last = e;
		any = TRUE;
	}
	if (!any)
		return NULL;
	g_string_append(out, text + last);
	return g_string_free(g_steal_pointer(&out), FALSE);
}
