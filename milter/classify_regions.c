/*
 * classify_regions.c — the readings that hand st_classify a changed copy of
 * its regions (classify_int.h): a sentence a negated finding takes back, a
 * reason the writer names only to reject it, the consequences told apart
 * from the flaw.  Each copy keeps its text's length (blanked bytes become
 * spaces), so evidence offsets hold; each is read once, linearly.
 */
#include <string.h>

#include "sectriage/common.h"
#include "classify_int.h"

/* REG with its flat text replaced by FLAT (a copy of the same length, so
 * evidence offsets hold) counting PERCENT: FLAT and its new scan are kept
 * in TEXTS and SCANS, which free them. */
static Region
region_copy(const StRules *rules, const Region *reg, char *flat, int percent,
	    GPtrArray *texts, GPtrArray *scans)
{
	StScan *scan = st_scan_new(rules, flat, -1);
	g_ptr_array_add(texts, flat);
	g_ptr_array_add(scans, scan);
	return (Region) { reg->text, flat, scan, percent };
}

/* Is pattern P of G named in G's value KEY (names after "match.", split at
 * spaces, commas or semicolons)? */
static gboolean
pattern_listed(const StRuleGroup *g, const StPattern *p, const char *key)
{
	const char *dot = strchr(p->key, '.');
	const char *list = st_rule_get(g, key);
	if (dot == NULL || list == NULL)
		return FALSE;
	g_auto(GStrv) names = g_strsplit_set(list, " ,;", -1);
	return g_strv_contains((const char *const *)names, dot + 1);
}

/* Does a sentence end at P of the flat text TEXT: a line end, or '.', '!'
 * or '?' before white space or the text's end?  Not the last dot of an
 * abbreviation spelt with dots between single letters ("i.e.", "e.g.":
 * "..., i.e. a supply-chain compromise" goes on with the same sentence). */
static gboolean
sentence_stop(const char *text, const char *p)
{
	if (*p == '.' && p - text >= 3 && g_ascii_isalpha(p[-1]) && p[-2] == '.' &&
	    g_ascii_isalpha(p[-3]) && (p - text == 3 || !g_ascii_isalnum(p[-4])))
		return FALSE;
	return *p == '\n' ||
	       ((*p == '.' || *p == '!' || *p == '?') && (p[1] == '\0' || g_ascii_isspace(p[1])));
}

/* REGIONS as OUT (an array of Region) with every sentence in which a
 * pattern of G listed in its "sentence" value matches blanked out (spaces:
 * the same length, so evidence offsets hold): the copies and their scans
 * are kept in TEXTS and SCANS.  Such a pattern (a negated finding: "we
 * haven't found any other problem") takes back its own sentence, not a
 * finding told in another sentence of the mail.  FALSE when G lists none. */
gboolean
st_c_regions_sentences_dropped(const StRules *rules, const StRuleGroup *g, const GArray *regions,
			       GArray *out, GPtrArray *texts, GPtrArray *scans)
{
	if (st_rule_get(g, "sentence") == NULL)
		return FALSE;
	for (guint r = 0; r < regions->len; r++) {
		Region reg = g_array_index(regions, Region, r);
		char *flat = g_strdup(reg.flat);
		for (guint i = 0; i < g->patterns->len; i++) {
			const StPattern *p = g_ptr_array_index(g->patterns, i);
			GMatchInfo *mi = NULL;
			if (!pattern_listed(g, p, "sentence"))
				continue;
			st_pattern_match(p, reg.scan, reg.flat, &mi);
			while (mi != NULL && g_match_info_matches(mi)) {
				gint s = -1, e = -1;
				g_match_info_fetch_pos(mi, 0, &s, &e);
				while (s > 0 && !sentence_stop(reg.flat, reg.flat + s - 1))
					s--;
				while (reg.flat[e] != '\0' && !sentence_stop(reg.flat, reg.flat + e))
					e++;
				memset(flat + s, ' ', (gsize)(e - s));
				if (!g_match_info_next(mi, NULL))
					break;
			}
			if (mi != NULL)
				g_match_info_unref(mi);
		}
		Region copy = region_copy(rules, &reg, flat, reg.percent, texts, scans);
		g_array_append_val(out, copy);
	}
	return TRUE;
}

/* Does the clause of a rejected reading end at P of a flat text: where
 * its sentence ends, or at ';' or ':' before white space? */
static gboolean
clause_stop(const char *text, const char *p)
{
	return sentence_stop(text, p) || ((*p == ';' || *p == ':') && (p[1] == '\0' || g_ascii_isspace(p[1])));
}

/* Where the rejected reading a [rejected] pattern matched at S..E of REG's
 * flat text ends: the clause's end (clause_stop), at most MAX bytes from
 * S and on a character, or the first match of TURN after E before that. */
static gint
rejected_end(const Region *reg, const StRuleGroup *turn, gint s, gint e, gint max)
{
	gint end = s;
	while (reg->flat[end] != '\0' && end - s < max && !clause_stop(reg->flat, reg->flat + end))
		end++;
	while (end > s && (reg->flat[end] & 0xC0) == 0x80)
		end--;
	if (turn == NULL || end <= e)
		return end;
	g_autofree char *rest = g_strndup(reg->flat + e, (gsize)(end - e));
	for (guint k = 0; k < turn->patterns->len; k++) {
		gint t = -1;
		const StPattern *tp = g_ptr_array_index(turn->patterns, k);
		if (st_pattern_first(tp, reg->scan, rest, &t) && t >= 0 && e + t < end)
			end = e + t;
	}
	return end;
}

/* Blanks, in FLAT (REG's flat text copied), the span that the match at
 * [S, E) of REG opens; DATA is the caller's. */
typedef void (*SpanBlank)(const Region *reg, char *flat, gint s, gint e, gconstpointer data);

/* REGIONS as OUT with the span each match of G's patterns opens blanked
 * out by BLANK (with DATA): a region where something matched is copied
 * (region_copy, the copy and its scan kept in TEXTS and SCANS as for
 * regions_sentences_dropped), the others are kept as they are.  FALSE
 * when nothing matched anywhere. */
static gboolean
regions_blanked(const StRules *rules, const StRuleGroup *g, const GArray *regions, SpanBlank blank,
		gconstpointer data, GArray *out, GPtrArray *texts, GPtrArray *scans)
{
	gboolean any = FALSE;

	for (guint r = 0; r < regions->len; r++) {
		Region reg = g_array_index(regions, Region, r);
		char *flat = NULL;
		for (guint i = 0; i < g->patterns->len; i++) {
			const StPattern *p = g_ptr_array_index(g->patterns, i);
			GMatchInfo *mi = NULL;
			st_pattern_match(p, reg.scan, reg.flat, &mi);
			while (mi != NULL && g_match_info_matches(mi)) {
				gint s = -1, e = -1;
				g_match_info_fetch_pos(mi, 0, &s, &e);
				if (flat == NULL)
					flat = g_strdup(reg.flat);
				blank(&reg, flat, s, e, data);
				if (!g_match_info_next(mi, NULL))
					break;
			}
			if (mi != NULL)
				g_match_info_unref(mi);
		}
		if (flat != NULL) {
			any = TRUE;
			reg = region_copy(rules, &reg, flat, reg.percent, texts, scans);
		}
		g_array_append_val(out, reg);
	}
	return any;
}

typedef struct {
	const StRuleGroup *turn;  /* [rejected.turn] */
	gint max;                 /* [rejected] max_bytes */
} RejectedSpan;

/* SpanBlank for [rejected]: the clause to rejected_end, unless its start
 * lies in a clause already blanked. */
static void
rejected_blank(const Region *reg, char *flat, gint s, gint e, gconstpointer data)
{
	const RejectedSpan *span = data;

	if (flat[s] != ' ' || reg->flat[s] == ' ') {
		gint end = rejected_end(reg, span->turn, s, e, span->max);
		memset(flat + s, ' ', (gsize)(end - s));
	}
}

/* REGIONS as OUT with every clause that a [rejected] pattern opens ("at
 * first this looked like", "I assumed", "pensavo che") blanked out from
 * the pattern's match to the clause's end (clause_stop) or to the first
 * match of [rejected.turn] in it ("but", "in realtà"), whichever comes
 * first, and at most [rejected] max_bytes: the writer's first reading or
 * the one a reader might take, named to be ruled out; the claim that
 * follows decides.  Copies and scans are kept in TEXTS and SCANS as for
 * regions_sentences_dropped.  Clauses do not overlap (a match inside one
 * already blanked is skipped), so the turn patterns read each byte at
 * most once.  FALSE when no [rejected] pattern matches anywhere. */
gboolean
st_c_regions_rejected_dropped(const StRules *rules, const GArray *regions, GArray *out,
			      GPtrArray *texts, GPtrArray *scans)
{
	const StRuleGroup *g = st_rules_group(rules, "rejected");
	if (g == NULL)
		return FALSE;
	const RejectedSpan span = {
		.turn = st_rules_group(rules, "rejected.turn"),
		.max = (gint)st_rule_get_int(g, "max_bytes", 400),
	};
	return regions_blanked(rules, g, regions, rejected_blank, &span, out, texts, scans);
}

/* Does the clause that runs on from a match end at P of FLAT?  At a
 * sentence's stop, or (ACROSS_LINES: a clause a line break of a wrapped
 * paragraph does not end) only at '.', '!' or '?' before white space or
 * at a blank line. */
static gboolean
clause_end(const char *flat, const char *p, gboolean across_lines)
{
	if (!across_lines || *p != '\n')
		return sentence_stop(flat, p);
	const char *q = p + 1;
	while (*q == ' ' || *q == '\t' || *q == '\r')
		q++;
	return *q == '\n' || *q == '\0';
}

/* REGIONS as OUT with the clauses a pattern of GROUP opens told apart
 * (their share [classify] PERCENT_KEY; FALSE, OUT unread, when there is no
 * such group or the share is 100): in each region where one matches, the
 * clause from the match to the end of its sentence (the whole sentence for
 * a pattern listed in the group's "sentence" value; ACROSS_LINES as
 * clause_end) is blanked out of the region, and the blanked clauses form
 * a region of their own that counts that share of it.  Copies keep their
 * lengths, so evidence offsets hold; they and their scans are kept in
 * TEXTS and SCANS.  A region without such a clause is passed on as it is. */
static gboolean
clauses_apart(const StRules *rules, const char *group, const char *percent_key, gboolean across_lines,
	      const GArray *regions, GArray *out, GPtrArray *texts, GPtrArray *scans)
{
	const StRuleGroup *g = st_rules_group(rules, group);
	int percent = (int)st_rules_get_int(rules, "classify", percent_key, 100);
	if (g == NULL || percent == 100)
		return FALSE;
	for (guint r = 0; r < regions->len; r++) {
		Region reg = g_array_index(regions, Region, r);
		char *cause = NULL, *effect = NULL;
		for (guint i = 0; i < g->patterns->len; i++) {
			const StPattern *p = g_ptr_array_index(g->patterns, i);
			gboolean whole = pattern_listed(g, p, "sentence");
			GMatchInfo *mi = NULL;
			st_pattern_match(p, reg.scan, reg.flat, &mi);
			while (mi != NULL && g_match_info_matches(mi)) {
				gint s = -1, e = -1;
				g_match_info_fetch_pos(mi, 0, &s, &e);
				if (cause == NULL) {
					gsize n = strlen(reg.flat);
					cause = g_strdup(reg.flat);
					effect = g_malloc(n + 1);
					for (gsize k = 0; k < n; k++)
						effect[k] = reg.flat[k] == '\n' ? '\n' : ' ';
					effect[n] = '\0';
				}
				while (whole && s > 0 && !sentence_stop(reg.flat, reg.flat + s - 1))
					s--;
				while (reg.flat[e] != '\0' &&
				       !clause_end(reg.flat, reg.flat + e, across_lines))
					e++;
				memcpy(effect + s, reg.flat + s, (gsize)(e - s));
				memset(cause + s, ' ', (gsize)(e - s));
				if (!g_match_info_next(mi, NULL))
					break;
			}
			if (mi != NULL)
				g_match_info_unref(mi);
		}
		if (cause == NULL) {
			g_array_append_val(out, reg);
			continue;
		}
		Region c = region_copy(rules, &reg, cause, reg.percent, texts, scans);
		g_array_append_val(out, c);
		if (reg.percent * percent / 100 > 0) {
			Region e = region_copy(rules, &reg, effect, reg.percent * percent / 100,
					       texts, scans);
			g_array_append_val(out, e);
		} else {
			g_free(effect);
		}
	}
	return TRUE;
}

/* The consequences told apart from the flaw: each [consequence] clause
 * ("so an attacker gets ...", "which exposes ...", "could lead to ...")
 * counts [classify] consequence_percent.  What a flaw reaches or exposes
 * (the secrets an attacker then gets, the code he then runs) names the
 * class of the things around the flaw; the sentences that say what goes
 * wrong (a key accepted where it should be refused, one cache shared by
 * every sandbox) name its class.  FALSE when there is no such group. */
gboolean
st_c_regions_consequences_apart(const StRules *rules, const GArray *regions, GArray *out,
				GPtrArray *texts, GPtrArray *scans)
{
	return clauses_apart(rules, "consequence", "consequence_percent", FALSE, regions, out, texts, scans);
}

/* The writer's own filing told apart: each [filed] clause ("I'd file this
 * under 'secret or credential leakage'", "je classerais ça dans « fuite de
 * secrets »") counts [classify] filed_percent, to the end of its sentence
 * however the paragraph is wrapped.  The class a reporter files a report
 * under is the one a triager records unless the report shows otherwise
 * (3260, 3264).  FALSE when there is no such group. */
gboolean
st_c_regions_filed_apart(const StRules *rules, const GArray *regions, GArray *out,
			 GPtrArray *texts, GPtrArray *scans)
{
	return clauses_apart(rules, "filed", "filed_percent", TRUE, regions, out, texts, scans);
}

/* Where the paragraph around P of FLAT ends: at a blank line (two line
 * ends with only white space between) or the text's end. */
static gint
paragraph_end(const char *flat, gint p)
{
	while (flat[p] != '\0') {
		if (flat[p] == '\n') {
			gint q = p + 1;
			while (flat[q] == ' ' || flat[q] == '\t' || flat[q] == '\r')
				q++;
			if (flat[q] == '\n' || flat[q] == '\0')
				return p;
		}
		p++;
	}
	return p;
}

/* SpanBlank for [aside.minor]: the aside from its match to the end of
 * its paragraph, and when the match stands on a paragraph of one line (a
 * heading), the paragraph after it too; line ends stay. */
static void
aside_blank(const Region *reg, char *flat, gint s, gint e, gconstpointer data)
{
	gint end = paragraph_end(reg->flat, e);
	gint start = s;
	while (start > 0 && reg->flat[start - 1] != '\n')
		start--;
	/* the line opens its paragraph: the text's start or a
	 * blank line before it */
	gint k = start - 2;
	while (k >= 0 && (reg->flat[k] == ' ' || reg->flat[k] == '\t' || reg->flat[k] == '\r'))
		k--;
	gboolean opens = start == 0 || k < 0 || reg->flat[k] == '\n';
	/* a heading of one line: its section is the next paragraph */
	if (opens && memchr(reg->flat + start, '\n', (gsize)(end - start)) == NULL &&
	    reg->flat[end] != '\0') {
		gint next = end;
		while (g_ascii_isspace(reg->flat[next]))
			next++;
		if (reg->flat[next] != '\0')
			end = paragraph_end(reg->flat, next);
	}
	for (gint b = s; b < end; b++)
		if (flat[b] != '\n')
			flat[b] = ' ';
}

/* REGIONS as OUT with every aside blanked out: from the match of an
 * [aside.minor] pattern (the writer sets a second, lesser matter apart:
 * "Something smaller I noticed", "Issue 2 (minor):", "Separately,", "as
 * an aside", "P.S.") to the end of its paragraph, and when the match
 * stands on a paragraph of one line (a heading, "Issue 2 (minor): DNS
 * ignores --dns"), the paragraph after it too.  What the writer says of
 * the aside ("probably just hardening", "not a vulnerability") is said of
 * it, not of the finding the rest reports.  Copies and scans are kept in
 * TEXTS and SCANS as for regions_sentences_dropped.  FALSE when no
 * [aside.minor] pattern matches anywhere. */
gboolean
st_c_regions_asides_dropped(const StRules *rules, const GArray *regions, GArray *out,
			    GPtrArray *texts, GPtrArray *scans)
{
	const StRuleGroup *g = st_rules_group(rules, "aside.minor");
	if (g == NULL)
		return FALSE;
	return regions_blanked(rules, g, regions, aside_blank, NULL, out, texts, scans);
}
