/*
 * extract_lines_match.c — which lines of a report's text a rule group
 * matches (extract_int.h): the text cut into lines, each group's matches
 * memoised per line, and two lines read as one.  The lines' types are
 * extract_lines.c's.
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* ------------------------------------------------------------ line matching
 *
 * Which lines a rule group matches.  Asked of a few lines, each line is
 * matched alone.  Asked of many, each pattern runs once over the whole text
 * instead: a line no match of it touches cannot match it alone (the text
 * gives a line's boundaries the same meaning: ^, $ and \b see a line end
 * as the line's own end), a match inside one line is a match of that line,
 * and only the lines a match crosses are matched alone.  Patterns that look
 * outside their match (\A \z \Z \G \K, option changes, verbs, and
 * lookarounds that could match or see a line end: "(?=\s)" but not
 * "(?=[^\n]*x)") are always matched line by line: StPattern's line_safe,
 * decided when the rules load (rules.c). */

/* Calls of line_any for one group before its patterns run over the text,
 * at most.  A call matches each pattern once, which costs about what a
 * pattern's run over LINE_ANY_CALL_BYTES of text does (GRegex allocates
 * its match data every time), so over a short text the patterns run over
 * it at once: for a message of a few lines, at the first call (#9). */
#define LINE_ANY_SCAN_AFTER 16
#define LINE_ANY_CALL_BYTES 2048

typedef struct {
	guint calls;
	guint8 *hit;         /* per line, once scanned */
	gsize len;           /* the length of the text */
} GroupLines;

static void
group_lines_free(gpointer p)
{
	GroupLines *gl = p;
	g_free(gl->hit);
	g_free(gl);
}

/* Byte offset of the end of line I (its '\n' or the text's end). */
static gint
line_end(const Lines *ls, guint i)
{
	return i + 1 < ls->n ? ls->l[i + 1].pos - 1 : ls->l[i].pos + (gint)strlen(ls->l[i].s);
}

void
st_x_lines_join(const Lines *ls, char end)
{
	for (guint k = 1; k < ls->n; k++)
		ls->raw[ls->l[k].pos - 1] = end;
}

void
st_x_lines_cut(Lines *ls, char *text)
{
	ls->raw = text;
	ls->n = 1;
	for (const char *c = strchr(text, '\n'); c; c = strchr(c + 1, '\n'))
		ls->n++;
	ls->l = g_new0(Line, ls->n + 1);
	char *s = text;
	for (guint i = 0; i < ls->n; i++) {
		char *eol = strchr(s, '\n');
		if (eol)
			*eol = '\0';
		ls->l[i].s = s;
		ls->l[i].pos = (gint)(s - text);
		s = eol ? eol + 1 : s + strlen(s);
	}
}

/* Mark in HIT the lines P matches; lines already marked are not tried. */
static void
scan_pattern(const Lines *ls, const StPattern *p, guint8 *hit)
{
	GMatchInfo *mi = NULL;
	guint li = 0;

	/* the scan stands for every line: a pattern it rules out matches
	 * none of them (in check mode each line is still tried, and checked) */
	if (!st_scan_checking(ls->scan) && !st_scan_may_match(ls->scan, p))
		return;
	if (!p->line_safe) {
		for (guint i = 0; i < ls->n; i++)
			if (!hit[i] && st_pattern_match(p, ls->scan, ls->l[i].s, NULL))
				hit[i] = 1;
		return;
	}
	/* the matches over the whole text, then the lines they touch */
	g_autoptr(GArray) found = g_array_new(FALSE, FALSE, sizeof(gint) * 2);
	st_x_lines_join(ls, '\n');
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
	st_x_lines_join(ls, '\0');
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
	/* PCRE2's multiline ^ does not match after a newline that ends the
	 * text: the empty line after it is matched alone */
	if (ls->n > 1 && !hit[ls->n - 1] && ls->l[ls->n - 1].s[0] == '\0' &&
	    st_pattern_match(p, ls->scan, ls->l[ls->n - 1].s, NULL))
		hit[ls->n - 1] = 1;
}

/* Mark in HIT the lines a pattern of G matches.  With a scan (the
 * prefilter on), the patterns that always run take one run together
 * (st_rule_group_lines_any): each of them would look at every line start
 * of the text.  In check mode the lines they mark are compared with the
 * lines each marks alone. */
static void
scan_group(const Lines *ls, const StRuleGroup *g, guint8 *hit)
{
	const guint8 *member = NULL;
	const StPattern *all = ls->scan ? st_rule_group_lines_any(g, &member) : NULL;

	if (all != NULL)
		scan_pattern(ls, all, hit);
	for (guint i = 0; i < g->patterns->len; i++)
		if (all == NULL || !member[i])
			scan_pattern(ls, g_ptr_array_index(g->patterns, i), hit);
	if (all != NULL && st_scan_checking(ls->scan)) {
		g_autofree guint8 *each = g_new0(guint8, ls->n);
		for (guint i = 0; i < g->patterns->len; i++)
			scan_pattern(ls, g_ptr_array_index(g->patterns, i), each);
		for (guint i = 0; i < ls->n; i++)
			if (!each[i] != !hit[i])
				g_error("prefilter check: group %s marks line %u (%s) %d alone, "
					"%d with its patterns joined", g->name, i, ls->l[i].s,
					each[i], hit[i]);
	}
}

void
st_x_line_memo_init(Lines *ls, const StRuleGroup *g, const guint8 *hits, guint n_hits)
{
	ls->any = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, group_lines_free);
	if (g != NULL && hits != NULL && n_hits == ls->n) {
		GroupLines *gl = g_new0(GroupLines, 1);
		gl->len = (gsize)line_end(ls, ls->n - 1);
		gl->hit = g_memdup2(hits, n_hits);
		g_hash_table_insert(ls->any, (gpointer) g, gl);
	}
}

/* st_x_any(G, L->s) for line L of LS, memoised per group. */
gboolean
st_x_line_any(const Lines *ls, const StRuleGroup *g, const Line *l)
{
	GroupLines *gl;

	if (g == NULL)
		return FALSE;
	gl = g_hash_table_lookup(ls->any, g);
	if (gl == NULL) {
		gl = g_new0(GroupLines, 1);
		gl->len = (gsize)line_end(ls, ls->n - 1);
		g_hash_table_insert(ls->any, (gpointer) g, gl);
	}
	if (gl->hit == NULL && ++gl->calls < LINE_ANY_SCAN_AFTER &&
	    gl->calls * LINE_ANY_CALL_BYTES < gl->len)
		return st_x_any_in(g, ls->scan, l->s);
	if (gl->hit == NULL) {
		gl->hit = g_new0(guint8, ls->n);
		scan_group(ls, g, gl->hit);
	}
	return gl->hit[l - ls->l] != 0;
}

guint
st_x_count_lines(const StRuleGroup *g, const StScan *scan, const char *text, guint max)
{
	return st_x_count_lines_hits(g, scan, text, max, NULL, NULL);
}

guint
st_x_count_lines_hits(const StRuleGroup *g, const StScan *scan, const char *text, guint max,
		      guint8 **hits, guint *n_hits)
{
	Lines ls = { 0 };
	guint n = 0;

	if (hits)
		*hits = NULL;
	if (g == NULL || text == NULL || *text == '\0')
		return 0;
	if (max == 1)
		return st_x_any_in(g, scan, text) ? 1 : 0;
	/* g_strsplit's pieces: the first MAX - 1 lines, then the rest whole
	 * (MAX 0: every line) */
	const char *rest = text;
	for (guint k = 0; (max == 0 || k + 1 < max) && rest != NULL; k++) {
		rest = strchr(rest, '\n');
		if (rest != NULL)
			rest++;
	}
	g_autofree char *head = rest ? g_strndup(text, rest - 1 - text) : g_strdup(text);
	ls.scan = (StScan *)scan;
	st_x_lines_cut(&ls, head);
	g_autofree guint8 *hit = g_new0(guint8, ls.n);
	scan_group(&ls, g, hit);
	for (guint i = 0; i < ls.n; i++)
		n += hit[i];
	g_free(ls.l);
	if (rest != NULL && st_x_any_in(g, scan, rest))
		n++;
	if (hits && rest == NULL) {  /* every line of TEXT was matched alone */
		*hits = g_steal_pointer(&hit);
		*n_hits = ls.n;
	}
	return n;
}

/* Does G match prose line UP of LS read with line DN below it in the same
 * segment (UP, a space, DN without its indentation)?  A sentence or a
 * heading hard-wrapped over two lines says what neither line says alone.
 * The literal prefilter goes first: most pairs of lines hold none of the
 * group's words, and every pattern over every pair cost a tenth of the
 * analysis. */
gboolean
st_x_pair_any(const Lines *ls, const StRuleGroup *g, const Line *up, const Line *dn)
{
	if (up->type != L_PROSE || up->logline || up->segment != dn->segment)
		return FALSE;
	g_autofree char *joined = g_strconcat(up->s, " ", dn->s + strspn(dn->s, " \t"), NULL);
	g_autoptr(StScan) scan = st_scan_new(ls->rules, joined, -1);
	return st_x_any_in(g, scan, joined);
}
