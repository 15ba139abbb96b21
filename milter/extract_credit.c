/*
 * extract_credit.c — whether and how the reporter wants to be credited.
 *
 * [credit.anonymous] (a wish not to be named) wins over a request, unless
 * its sentence speaks only for an organisation's individual people
 * ([credit.anonymous.individuals]: "Individual researchers prefer not to be
 * named"): a request that names someone (the organisation) then answers,
 * and the decline stands only when none does.  A
 * request ([credit.request], not vetoed by [credit.not]) is followed by the
 * name: what [credit.lead] says is filler around the request is skipped
 * ("yes please, as", "in the advisory as", "pls use"), then a quoted
 * string is taken whole, else the text up to the first [credit.name-end]
 * match; a link in parentheses after the name is the link, not the name.
 * A name of one word that the text after it gives in full ("please credit
 * Tobias; ...: Tobias Wennerström, URL") is taken in full.
 * The link is the first URL within [credit] link_window bytes after the
 * request, unless [credit.no-link] says the reporter wants none.  A
 * signature alone is never a request.
 *
 * A request pattern's answer passes what the general reading asks of its
 * own: its clause is none of [credit.general.trap] ("Do you give credit to
 * reporters?") and its name passes name_ok ("reporters", "the team" do
 * not).  An answer that fails lets the next candidate be tried, then the
 * general readings: a wish not to be named ([credit.general.anon]), a
 * request relayed in the third person whose name stands before it
 * ([credit.relay]: "The reporter, NAME, asked to be credited"), then a
 * request ([credit.general.*]); a request the writer made for themselves
 * whose name failed ("please credit me, I found it") stands, nameless, when
 * none of them answers; so does the writer's general request that gives
 * only a link ("for the credit, please link my profile: URL").
 *
 * st_extract_credit_answer reads, when nothing above answered, an answer
 * to someone else's credit question ([credit.answer]): our acknowledgment's
 * question quoted in a reply, a form's or a chat partner's, answered below
 * it by a line of the writer's own ("Yes please: NAME, URL", "No thanks").
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

static const char *const quote_pairs[][2] = {
	{ "\"", "\"" }, { "\xe2\x80\x9c", "\xe2\x80\x9d" }, { "\xe2\x80\x9e", "\xe2\x80\x9c" },
	{ "'", "'" }, { "\xe2\x80\x98", "\xe2\x80\x99" }, { "\xc2\xab", "\xc2\xbb" },
	{ "\xe3\x80\x8c", "\xe3\x80\x8d" },
};

/* The quoted name at the start of S, or NULL.  g_free(). */
static char *
quoted_name(const char *s)
{
	for (gsize i = 0; i < G_N_ELEMENTS(quote_pairs); i++) {
		const char *open = quote_pairs[i][0], *close = quote_pairs[i][1];
		gsize n = strlen(open);
		if (strncmp(s, open, n) != 0)
			continue;
		const char *e = strstr(s + n, close);
		if (e == NULL || e - (s + n) > 120)
			return NULL;
		return g_strndup(s + n, e - (s + n));
	}
	return NULL;
}

/* The quoted name whose opening quote ends at AT (a name's first word,
 * START the earliest the quote may begin), or NULL.  g_free(). */
char *
st_xc_quoted_at(const char *start, const char *at)
{
	for (gsize i = 0; i < G_N_ELEMENTS(quote_pairs); i++) {
		gsize n = strlen(quote_pairs[i][0]);
		if ((gsize)(at - start) >= n && strncmp(at - n, quote_pairs[i][0], n) == 0)
			return quoted_name(at - n);
	}
	return NULL;
}

/* Past a list item's marker at the start of NAME ("- ", "* ", "+ ", a
 * bullet, "1. ", "2) ", a task box "[x] "), as a name taken from a
 * credits section or list begins ("### Credits\n\n- NAME (URL)"); NAME
 * itself when none.  The marker is followed by a space: "-rafsec" is a
 * handle. */
static char *
list_marker_end(char *name)
{
	static const char *const bullets[] = { "-", "*", "+", "\xe2\x80\xa2" /* • */, "\xc2\xb7" /* · */,
					       "\xe2\x80\xa3" /* ‣ */, "\xe2\x96\xaa" /* ▪ */,
					       "\xe2\x97\xa6" /* ◦ */, "\xe2\x80\x93" /* – */ };
	char *p = name;
	while (*p == ' ')
		p++;
	char *after = NULL;
	for (gsize i = 0; i < G_N_ELEMENTS(bullets) && after == NULL; i++)
		if (g_str_has_prefix(p, bullets[i]))
			after = p + strlen(bullets[i]);
	if (after == NULL && g_ascii_isdigit(p[0])) {
		after = p + 1;
		if (g_ascii_isdigit(*after))
			after++;
		after = *after == '.' || *after == ')' ? after + 1 : NULL;
	}
	if (after == NULL || *after != ' ')
		return name;
	while (*after == ' ')
		after++;
	if (g_str_has_prefix(after, "[ ] ") || g_ascii_strncasecmp(after, "[x] ", 4) == 0)
		after += 4;
	return after;
}

/* Does the first N bytes of NAME end with an abbreviation whose closing
 * full stop belongs to the name ([credit.name-abbrev]: "VltavaHost s.r.o",
 * "Acme Inc", "B.V")?  Read on the name alone: it is short. */
static gboolean
abbrev_end(const StRules *rules, const char *name, gsize n)
{
	const StRuleGroup *abbrev = st_rules_group(rules, "credit.name-abbrev");
	if (abbrev == NULL || n == 0)
		return FALSE;
	g_autofree char *head = g_strndup(name, n);
	return st_x_any_in(abbrev, NULL, head);
}

/* Trim whitespace, quotes and list punctuation around NAME, and a link
 * in parentheses after it ("Kim Minjun (https://minjun.example)"); a
 * closing full stop stays after an abbreviation (abbrev_end: "Radek
 * Novotný, VltavaHost s.r.o.", 1409).  NULL when nothing useful is left.
 * Takes ownership. */
static char *
clean_name(const StRules *rules, char *name, gint64 max)
{
	static const char *const junk[] = { "me", "us", "it", "this", "that", "them", "the", "as", "a" };
	st_x_squash(name);
	gsize n = strlen(name);
	char *paren = g_strrstr(name, " (");
	if (paren != NULL && n > 0 && name[n - 1] == ')' &&
	    (strstr(paren, "://") != NULL || paren[2] == '@'))
		*paren = '\0';
	n = strlen(name);
	while (n > 0 && strchr(",;:.-\"'`*(", name[n - 1])) {
		if (name[n - 1] == '.' && abbrev_end(rules, name, n - 1))
			break;
		name[--n] = '\0';
	}
	if (n > 0 && name[n - 1] == ')' && strchr(name, '(') == NULL)
		name[--n] = '\0';
	char *s = list_marker_end(name);
	while (*s && strchr("\"'`*:", *s))
		s++;
	if (g_str_has_prefix(s, "the "))
		s += 4;
	if (*s == '\0' || strlen(s) > (gsize)max) {
		g_free(name);
		return NULL;
	}
	for (gsize i = 0; i < G_N_ELEMENTS(junk); i++)
		if (g_ascii_strcasecmp(s, junk[i]) == 0) {
			g_free(name);
			return NULL;
		}
	gboolean letter = FALSE;
	for (const char *p = s; *p; p = g_utf8_next_char(p))
		if (g_unichar_isalpha(g_utf8_get_char(p)))
			letter = TRUE;
	if (!letter) {
		g_free(name);
		return NULL;
	}
	char *out = g_strdup(s);
	g_free(name);
	return out;
}

/* First link in S ([credit.link]: a URL, a bare github.com/... path made
 * https, or a fediverse handle "@user@host" kept as written), trailing
 * punctuation removed.  NULL when none.  g_free(). */
char *
st_xc_first_link(const StRuleGroup *group, const StScan *scan, const char *s)
{
	StXHit h;
	if (!st_x_find_in(group, NULL, scan, s, NULL, &h))
		return NULL;
	char *u = g_strndup(s + h.start, h.end - h.start);
	st_x_hit_clear(&h);
	gsize n = strlen(u);
	while (n > 0 && strchr(".,;:!?>", u[n - 1]))
		u[--n] = '\0';
	if (n > 0 && !g_str_has_prefix(u, "http") && u[0] != '@') {
		char *full = g_strconcat("https://", u, NULL);
		g_free(u);
		return full;
	}
	return u;
}

gint64
st_xc_name_max(const StRules *rules)
{
	return st_rules_get_int(rules, "credit", "name_max", 80);
}

/* The link a credit request gives in S: its first [credit.link] link,
 * unless [credit.no-link] says the writer wants none.  g_free(). */
char *
st_xc_request_link(const StRules *rules, const StScan *scan, const char *s)
{
	if (st_x_any_in(st_rules_group(rules, "credit.no-link"), scan, s))
		return NULL;
	return st_xc_first_link(st_rules_group(rules, "credit.link"), scan, s);
}

/* Where the name starts in SEG: past every [credit.lead] match at its
 * start (each pattern is anchored with \A), at most a few.  SCAN as for
 * name_end. */
static const char *
name_start(const StRuleGroup *lead, const StScan *scan, const char *seg)
{
	for (int round = 0; lead != NULL && round < 4; round++) {
		gsize skip = 0;
		for (guint i = 0; i < lead->patterns->len && skip == 0; i++) {
			StPattern *p = g_ptr_array_index(lead->patterns, i);
			g_autoptr(GMatchInfo) mi = NULL;
			gint s, e;
			if (st_pattern_match(p, scan, seg, &mi) &&
			    g_match_info_fetch_pos(mi, 0, &s, &e) && s == 0 && e > 0)
				skip = (gsize)e;
		}
		if (skip == 0)
			break;
		seg += skip;
	}
	while (*seg == ' ' || *seg == '\t')
		seg++;
	return seg;
}

/* Offset in SEG where the name ends: the earliest [credit.name-end] match.
 * SCAN is a scan of SEG or of a text it is a substring of (or NULL). */
static gsize
name_end(const StRuleGroup *ends, const StScan *scan, const char *seg)
{
	gsize best = strlen(seg);
	for (guint i = 0; ends && i < ends->patterns->len; i++) {
		StPattern *p = g_ptr_array_index(ends->patterns, i);
		g_autoptr(GMatchInfo) mi = NULL;
		gint s, e;
		if (st_pattern_match(p, scan, seg, &mi) && g_match_info_fetch_pos(mi, 0, &s, &e) &&
		    (gsize)s < best)
			best = s;
	}
	return best;
}

void
st_xc_set_credit(StAnalysis *a, gboolean anonymous, const char *name, const char *link,
	   char *evidence)
{
	a->credit_found = TRUE;
	a->credit_anonymous = anonymous;
	a->credit_conditional = FALSE;
	st_set(&a->credit_name, name);
	st_set(&a->credit_link, link);
	g_free(a->credit_evidence);
	a->credit_evidence = evidence;
}

/* ------------------------------------------------------------------
 * The general reading ([credit.general.*]), tried only when no
 * [credit.request] pattern fires: a sentence about crediting (topic) in a
 * request or permission mood, none of the traps, and a name after a frame
 * that follows the topic in that sentence or opens the next one.
 * ------------------------------------------------------------------ */

/* Where the sentence starting at P ends: after ". ", "!", "?" (followed by
 * white space or the end) or at a blank line; the end of the text at the
 * latest. */
static const char *
sentence_end(const char *p)
{
	for (; *p; p++) {
		if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == '\0' || g_ascii_isspace(p[1])))
			return p + 1;
		if (*p == '\n' && p[1] == '\n')
			return p;
	}
	return p;
}

/* The next sentence of text from P that is not empty: [*S, *E) (leading
 * space skipped), and where the one after it starts (*NEXT).  FALSE at the
 * text's end. */
gboolean
st_xc_next_sentence(const char *p, const char **s, const char **e, const char **next)
{
	while (*p) {
		while (*p && g_ascii_isspace(*p))
			p++;
		const char *end = sentence_end(p);
		const char *after = *end ? end + 1 : end;
		if (end > p) {
			*s = p;
			*e = end;
			*next = after;
			return TRUE;
		}
		p = after;
	}
	return FALSE;
}

/* The earliest match of any pattern of GROUP in S: TRUE and *START, *END.
 * SCAN (NULL: none) is the literal scan of a text S is part of: a pattern
 * none of whose literals occur there is not run (#9: this runs on every
 * sentence). */
static gboolean
earliest(const StRuleGroup *group, const StScan *scan, const char *s, gint *start, gint *end)
{
	gboolean found = FALSE;

	for (guint i = 0; group != NULL && i < group->patterns->len; i++) {
		StPattern *p = g_ptr_array_index(group->patterns, i);
		g_autoptr(GMatchInfo) mi = NULL;
		gint ms, me;
		if (st_pattern_match(p, scan, s, &mi) && g_match_info_fetch_pos(mi, 0, &ms, &me) &&
		    (!found || ms < *start)) {
			*start = ms;
			*end = me;
			found = TRUE;
		}
	}
	return found;
}

/* Does NAME look like a name someone asks to be printed: it starts with a
 * capital, a quote or an @, or its first word has a digit or an underscore
 * (a handle: "kaito_r")? */
static gboolean
looks_like_name(const char *name)
{
	gunichar c = g_utf8_get_char(name);
	if (g_unichar_isupper(c) || g_unichar_istitle(c) || c == '@' ||
	    (c >= 0x0370 && !g_unichar_islower(c) && g_unichar_isalpha(c)))
		return TRUE;
	for (const char *p = name; *p && *p != ' '; p++)
		if (g_ascii_isdigit(*p) || *p == '_')
			return TRUE;
	return FALSE;
}

/* Words of NAME (a cleaned name: single spaces), not counting a short
 * affiliation in parentheses after the names: "Lena Okafor, Wei Zhang and
 * Rafael Quintero (Systems Security Group, Eastvale University)" is seven
 * words of names, which is what [credit.general] max_words limits.  A
 * parenthesis of more than AFFILIATION words ([credit.general]
 * affiliation_words) is a clause, not an affiliation, and counts in full.
 * The words after the last comma are read the same way when the first and
 * the last of them are not lower case. */
static gint64
words_in(const char *name, gint64 affiliation)
{
	gint64 words = 1, inside = 0, tail = -1;
	const char *tail_at = NULL, *last_at = name;
	int depth = 0;
	for (const char *p = name; *p; p++) {
		if (*p == '(')
			depth++;
		else if (*p == ')' && depth > 0)
			depth--;
		else if (*p == ' ' && depth > 0)
			inside++;
		else if (*p == ' ' && p[1] != '(') {
			words++;
			if (p > name && p[-1] == ',') {
				tail = 0;
				tail_at = p + 1;
			}
			if (tail >= 0)
				tail++;
			last_at = p + 1;
		}
	}
	if (inside + 1 > affiliation)
		words += inside + 1;
	/* so is one after the last comma that starts and ends as a name
	 * does: "Katrin Vogel and Jonas Feld, Brandt & Lindqvist Security
	 * GmbH" (1461) is five words of names; "If you credit reporters,
	 * please use \"NAME\" and" is a clause */
	else if (tail > 0 && tail <= affiliation && tail < words &&
		 !g_unichar_islower(g_utf8_get_char(tail_at)) && !g_unichar_islower(g_utf8_get_char(last_at)))
		words -= tail;
	return words;
}

/* Does a [credit.link] link start FROM, past the punctuation that ties a
 * link to the name before it ("NAME (https://...)", "NAME - URL")? */
static gboolean
link_follows(const StRules *rules, const StScan *scan, const char *from)
{
	while (*from && (g_ascii_isspace(*from) || strchr(",(<[", *from)))
		from++;
	if (g_str_has_prefix(from, "- "))
		from += 2;
	StXHit h;
	if (!st_x_find_in(st_rules_group(rules, "credit.link"), NULL, scan, from, NULL, &h))
		return FALSE;
	gboolean at_start = h.start == 0;
	st_x_hit_clear(&h);
	return at_start;
}

/* The name at the start of FROM (a quoted name whole, else up to the first
 * [credit.name-end]), cleaned, or NULL; *WRITTEN says whether the writer
 * marked it as a name: quoted, or with its link right after it.  g_free(). */
static char *
name_at(const StRules *rules, const StScan *scan, const char *from, gint64 max,
	gboolean *written)
{
	char *name = quoted_name(from);
	*written = name != NULL;
	if (name == NULL) {
		gsize n = name_end(st_rules_group(rules, "credit.name-end"), scan, from);
		/* the full stop that ends the sentence may close an abbreviation
		 * too: "please credit NAME, VltavaHost s.r.o. Thanks" */
		if (from[n] == '.' && abbrev_end(rules, from, n))
			n++;
		*written = link_follows(rules, scan, from + n);
		name = g_strndup(from, n);
	}
	return clean_name(rules, name, max);
}

/* Is NAME one to print, whichever reading found it: it looks like a name
 * (looks_like_name) or the writer marked it as one (WRITTEN: see name_at;
 * then at most [credit.general] written_words words: "zoe kr"), it has at
 * most max_words words, and [credit.general.not-name] does not say it is a
 * new clause, an answer word or a word for people in general ("reporters",
 * "the team")? */
static gboolean
name_ok(const StRules *rules, const StScan *scan, const char *name, gboolean written)
{
	gint64 max_words = st_rules_get_int(rules, "credit.general", "max_words", 8);
	gint64 written_words = st_rules_get_int(rules, "credit.general", "written_words", 3);
	gint64 words = words_in(name, st_rules_get_int(rules, "credit.general", "affiliation_words", 6));
	return (looks_like_name(name) || (written && words <= written_words)) && words <= max_words &&
	       !st_x_any_in(st_rules_group(rules, "credit.general.not-name"), scan, name);
}

/* Does a capitalised word follow at P, after a space and any lower-case
 * particles of a name ("Ilse de Vries", "Ludwig van Beethoven")? */
static gboolean
capital_follows(const char *p)
{
	static const char *const particles[] = { "de", "da", "di", "du", "van", "von", "der", "den", "del",
						 "le", "la", "bin", "al", "ten", "ter" };
	for (int round = 0; round < 3; round++) {
		if (*p != ' ' && *p != '\t')
			return FALSE;
		while (*p == ' ' || *p == '\t')
			p++;
		if (g_unichar_isupper(g_utf8_get_char(p)))
			return TRUE;
		gsize i;
		for (i = 0; i < G_N_ELEMENTS(particles); i++) {
			gsize n = strlen(particles[i]);
			if (strncmp(p, particles[i], n) == 0 && (p[n] == ' ' || p[n] == '\t')) {
				p += n;
				break;
			}
		}
		if (i == G_N_ELEMENTS(particles))
			return FALSE;
	}
	return FALSE;
}

/* NAME (owned) or, when it is one word and REST, the text that follows it,
 * gives it again in full ("please credit Tobias; he is too modest to ask:
 * Tobias Wennerström, URL"), that fuller name.  Returns the name to keep
 * (owned; g_free()). */
static char *
fuller_name(const StRules *rules, const StScan *scan, char *name, const char *rest)
{
	gsize n = name ? strlen(name) : 0;
	if (n == 0 || strchr(name, ' ') != NULL || rest == NULL)
		return name;
	gint64 max = st_xc_name_max(rules);
	for (const char *p = strstr(rest, name); p != NULL; p = strstr(p + n, name)) {
		const char *q = p + n;
		if ((p > rest && g_unichar_isalnum(g_utf8_get_char(g_utf8_prev_char(p)))) || !capital_follows(q))
			continue;
		gboolean written;
		char *full = name_at(rules, scan, p, max, &written);
		if (full != NULL && g_str_has_prefix(full, name) && full[n] == ' ' &&
		    name_ok(rules, scan, full, written)) {
			g_free(name);
			return full;
		}
		g_free(full);
	}
	return name;
}

/* A request asked as a question and answered after a sentence of the
 * writer's own ("could you put my name in the credits? It would look great
 * on my CV :) NAME, URL"): the first [credit.link] link in SEG (the text
 * after the question, cut at its paragraph) and the capitalised words
 * straight before it, two to four of them, with a comma, a dash or a
 * parenthesis before the link.  The name (*LINK the link), or NULL;
 * g_free() both. */
static char *
name_before_link(const StRules *rules, const StScan *scan, const char *seg, char **link)
{
	StXHit h;
	*link = NULL;
	if (!st_x_find_in(st_rules_group(rules, "credit.link"), NULL, scan, seg, NULL, &h))
		return NULL;
	gint at = h.start;
	st_x_hit_clear(&h);
	g_autofree char *before = g_strstrip(g_strndup(seg, at));
	gsize n = strlen(before);
	gboolean tied = n > 0 && strchr(",(<-", before[n - 1]) != NULL;
	while (n > 0 && (strchr(",(<-", before[n - 1]) || g_ascii_isspace(before[n - 1])))
		before[--n] = '\0';
	if (!tied || n == 0)
		return NULL;
	g_auto(GStrv) words = g_strsplit_set(before, " \t\n", -1);
	guint len = g_strv_length(words), first = len;
	while (first > 0 && len - first < 4 && words[first - 1][0] != '\0' &&
	       g_unichar_isupper(g_utf8_get_char(words[first - 1])))
		first--;
	if (len - first < 2)
		return NULL;
	char *name = g_strjoinv(" ", words + first);
	if (!name_ok(rules, scan, name, TRUE)) {
		g_free(name);
		return NULL;
	}
	*link = st_xc_first_link(st_rules_group(rules, "credit.link"), scan, seg + at);
	return name;
}

/* The general reading over TEXT (SCAN its scan); TRUE when it set the credit. */
static gboolean
general_request(const StRules *rules, const StScan *scan, const char *text, StAnalysis *a)
{
	const StRuleGroup *topic = st_rules_group(rules, "credit.general.topic");
	const StRuleGroup *mood = st_rules_group(rules, "credit.general.mood");
	const StRuleGroup *trap = st_rules_group(rules, "credit.general.trap");
	const StRuleGroup *frame = st_rules_group(rules, "credit.general.frame");
	const StRuleGroup *lead = st_rules_group(rules, "credit.lead");
	const StRuleGroup *named = st_rules_group(rules, "credit.general.named");
	const StRuleGroup *publish = st_rules_group(rules, "credit.general.publish");

	if (topic == NULL || mood == NULL || frame == NULL)
		return FALSE;
	gint64 window = st_rules_get_int(rules, "credit.general", "window", 160);
	gint64 max = st_xc_name_max(rules);
	gint64 link_window = st_rules_get_int(rules, "credit", "link_window", 200);

	/* the writer's own request that gives only a link ("for the credit,
	 * please link my GitHub profile: URL"): kept for when no sentence
	 * gives a name; the From name fills the name in */
	g_autofree char *bare_link = NULL;
	const char *bare_at = NULL;
	const char *s, *e, *next;
	for (const char *p = text; st_xc_next_sentence(p, &s, &e, &next); p = next) {
		g_autofree char *sent = g_strndup(s, e - s);
		gint ts, te;
		/* a naming verb straight before a name is about crediting when
		 * the sentence speaks of what is published ("happy for you to
		 * mention NAME if you write this up") */
		if ((!earliest(topic, scan, sent, &ts, &te) &&
		     (!earliest(named, scan, sent, &ts, &te) || !st_x_any_in(publish, scan, sent))) ||
		    !st_x_any_in(mood, scan, sent) || st_x_any_in(trap, scan, sent)) {
			continue;
		}
		/* the frame: in the rest of this sentence, or opening the next */
		const char *after = s + te;
		gsize n = MIN(strlen(after), (gsize)(window + max + link_window));
		while (n > 0 && ((guchar)after[n] & 0xC0) == 0x80)
			n--;
		g_autofree char *win = g_strndup(after, n);
		char *para = strstr(win, "\n\n");
		if (para)
			*para = '\0';
		gsize in_sentence = (gsize)(e - after);
		gint fs = -1, fe = -1;
		if (!earliest(frame, scan, win, &fs, &fe) || (gsize)fs > (gsize)window ||
		    ((gsize)fs >= in_sentence && strspn(win + in_sentence, " \t\n") + in_sentence < (gsize)fs)) {
			/* asked as a question, the name and link given after a
			 * sentence of the writer's own */
			g_autofree char *qlink = NULL;
			g_autofree char *qname = e[-1] == '?' && in_sentence <= strlen(win) ?
				name_before_link(rules, scan, win + in_sentence, &qlink) : NULL;
			if (qname != NULL) {
				st_xc_set_credit(a, FALSE, qname, qlink, st_x_evidence(text, (gint)(s - text)));
				return TRUE;
			}
			continue;
		}
		const char *from = name_start(lead, scan, win + fe);
		gboolean written;
		g_autofree char *name = name_at(rules, scan, from, max, &written);
		if (name != NULL && name_ok(rules, scan, name, written))
			name = fuller_name(rules, scan, name, from + strlen(name));
		if (name == NULL || !name_ok(rules, scan, name, written)) {
			if (bare_at == NULL && link_follows(rules, scan, from) &&
			    st_x_any_in(st_rules_group(rules, "credit.general.anon.who"), scan, sent)) {
				bare_link = st_xc_first_link(st_rules_group(rules, "credit.link"), scan, from);
				bare_at = s;
			}
			continue;
		}
		g_autofree char *link = st_xc_request_link(rules, scan, win + fe);
		st_xc_set_credit(a, FALSE, name, link, st_x_evidence(text, (gint)(s - text)));
		return TRUE;
	}
	if (bare_at != NULL) {
		st_xc_set_credit(a, FALSE, NULL, bare_link, st_x_evidence(text, (gint)(bare_at - text)));
		return TRUE;
	}
	return FALSE;
}

/* A wish not to be named that speaks only for the individual people of an
 * organisation ([credit.anonymous.individuals]: "Individual researchers
 * prefer not to be named") gives way to a request that names someone (the
 * organisation); kept here for when none does. */
typedef struct {
	const StRules *rules;
	const StScan *scan;
	gboolean seen;          /* one was found */
	gint at;                /* where the first one starts */
} Anon;

/* Is SENT, a sentence starting at AT of the text, such a wish (noted in AN)? */
static gboolean
anon_individuals(Anon *an, gint at, const char *sent)
{
	if (!st_x_any_in(st_rules_group(an->rules, "credit.anonymous.individuals"), an->scan, sent))
		return FALSE;
	if (!an->seen) {
		an->seen = TRUE;
		an->at = at;
	}
	return TRUE;
}

/* The general reading of a wish not to be named ([credit.general.anon]):
 * a sentence that ties a negation to naming the writer or their company, in
 * a request mood ([credit.general.mood] or [credit.general.anon.mood]),
 * with the writer speaking ([credit.general.anon.who]) or someone whose
 * wish the writer passes on ([credit.general.anon.others]) and none of
 * [credit.general.anon.trap]; TRUE when it set the credit anonymous. */
static gboolean
general_anonymous(const StRules *rules, const StScan *scan, const char *text, Anon *an, StAnalysis *a)
{
	const StRuleGroup *topic = st_rules_group(rules, "credit.general.anon");
	const StRuleGroup *who = st_rules_group(rules, "credit.general.anon.who");
	const StRuleGroup *others = st_rules_group(rules, "credit.general.anon.others");
	const StRuleGroup *mood = st_rules_group(rules, "credit.general.mood");
	const StRuleGroup *mood2 = st_rules_group(rules, "credit.general.anon.mood");
	const StRuleGroup *trap = st_rules_group(rules, "credit.general.anon.trap");

	if (topic == NULL || who == NULL)
		return FALSE;
	const char *s, *e, *next;
	for (const char *p = text; st_xc_next_sentence(p, &s, &e, &next); p = next) {
		g_autofree char *sent = g_strndup(s, e - s);
		if (st_x_any_in(topic, scan, sent) &&
		    (st_x_any_in(who, scan, sent) || st_x_any_in(others, scan, sent)) &&
		    (st_x_any_in(mood, scan, sent) || st_x_any_in(mood2, scan, sent)) &&
		    !st_x_any_in(trap, scan, sent)) {
			if (anon_individuals(an, (gint)(s - text), sent))
				continue;
			st_xc_set_credit(a, TRUE, NULL, NULL, st_x_evidence(text, (gint)(s - text)));
			return TRUE;
		}
	}
	return FALSE;
}

/* ------------------------------------------------------------------
 * The request patterns ([credit.request]): each answer must pass what the
 * general reading asks of its own (the traps, the name), else the next
 * candidate is tried, then the general readings.
 * ------------------------------------------------------------------ */

/* The sentences around [START, END) of TEXT: [*S, *E) from the start of the
 * sentence START is in to the end of the one END - 1 is in (where
 * sentence_end cuts them), looking at most [credit] sentence_max bytes
 * before START and after END - 1 (a text without full stops is not walked
 * whole for every candidate). */
static void
sentences_around(const StRules *rules, const char *text, gint start, gint end,
		 const char **s, const char **e)
{
	gsize bound = (gsize)st_rules_get_int(rules, "credit", "sentence_max", 600);
	const char *p = text + start;
	const char *floor = p - MIN((gsize)start, bound);
	while (p > floor) {
		const char *q = p - 1;
		if ((*q == '.' || *q == '!' || *q == '?') && g_ascii_isspace(*p))
			break;
		if (*q == '\n' && q > text && q[-1] == '\n')
			break;
		p = q;
	}
	while (((guchar)*p & 0xC0) == 0x80)
		p++;
	while (*p && g_ascii_isspace(*p))
		p++;
	*s = p;
	const char *last = text + MAX(end - 1, start);
	const char *stop = last + strnlen(last, bound);
	for (p = last; p < stop; p++) {
		if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == '\0' || g_ascii_isspace(p[1]))) {
			p++;
			break;
		}
		if (*p == '\n' && p[1] == '\n')
			break;
	}
	while (p > last && ((guchar)*p & 0xC0) == 0x80)
		p--;
	*e = MAX(p, *s);
}

/* A [credit.anonymous] match at [START, END) of TEXT (an StXAccept, DATA
 * an Anon): FALSE when its sentence speaks only for individuals
 * (anon_individuals). */
static gboolean
anon_answer(const char *text, gint start, gint end, gpointer data)
{
	Anon *an = data;
	const char *s, *e;
	sentences_around(an->rules, text, start, end, &s, &e);
	g_autofree char *sent = g_strndup(s, e - s);
	return !anon_individuals(an, (gint)(s - text), sent);
}

/* What follows a request at AFTER, where its name and link are: at most
 * WINDOW bytes (whole characters), up to a blank line.  g_free(). */
static char *
request_rest(const char *after, gint64 window)
{
	gsize n = strnlen(after, (gsize)window);
	while (n > 0 && ((guchar)after[n] & 0xC0) == 0x80)
		n--;
	char *seg = g_strndup(after, n);
	/* a paragraph ends the request */
	char *para = strstr(seg, "\n\n");
	if (para)
		*para = '\0';
	return seg;
}

/* ------------------------------------------------------------------
 * A request relayed in the third person ([credit.relay]): the name
 * stands before the request, as the subject of "asked to be credited"
 * ("The reporter, NAME, asked to be credited; his page is URL").
 * ------------------------------------------------------------------ */

typedef struct {
	const StRules *rules;
	const StScan *scan;
	char *name, *link;      /* the answer taken (owned) */
} Relay;

/* The relayed request whose subject, the name, is [START, END) of TEXT (an
 * StXAccept): TRUE when the name passes name_ok and the sentence is no
 * question nor a [credit.general.trap]; the name and the link after it go
 * into the Relay DATA. */
static gboolean
relay_answer(const char *text, gint start, gint end, gpointer data)
{
	Relay *r = data;
	const char *s, *e;
	sentences_around(r->rules, text, start, end, &s, &e);
	g_autofree char *sent = g_strndup(s, e - s);
	g_strchomp(sent);
	gsize n = strlen(sent);
	if (n > 0 && sent[n - 1] == '?')
		return FALSE;
	if (st_x_any_in(st_rules_group(r->rules, "credit.general.trap"), r->scan, sent))
		return FALSE;
	gint64 max = st_xc_name_max(r->rules);
	g_autofree char *raw = g_strndup(text + start, end - start);
	gboolean written;
	char *name = name_at(r->rules, r->scan, raw, max, &written);
	if (name == NULL || !name_ok(r->rules, r->scan, name, written)) {
		g_free(name);
		return FALSE;
	}
	g_autofree char *seg = request_rest(text + end, st_rules_get_int(r->rules, "credit", "link_window", 200));
	r->name = fuller_name(r->rules, r->scan, name, seg);
	r->link = st_xc_request_link(r->rules, r->scan, seg);
	return TRUE;
}

/* The first relayed request in TEXT read into R (relay_answer); TRUE and
 * *H (st_x_hit_clear after) when there is one. */
static gboolean
relay_find(const StScan *scan, const char *text, Relay *r, StXHit *h)
{
	return st_x_find_if(st_rules_group(r->rules, "credit.relay"), NULL, scan, text, "name", relay_answer, r, h);
}

/* Does TEXT hold a relayed request (relay_find)? */
static gboolean
relay_in(const StRules *rules, const StScan *scan, const char *text)
{
	Relay r = { rules, scan, NULL, NULL };
	StXHit h;
	gboolean found = relay_find(scan, text, &r, &h);

	if (found)
		st_x_hit_clear(&h);
	g_free(r.name);
	g_free(r.link);
	return found;
}

/* The relayed request over TEXT; TRUE when it set the credit. */
static gboolean
relayed_request(const StRules *rules, const StScan *scan, const char *text, StAnalysis *a)
{
	Relay r = { rules, scan, NULL, NULL };
	StXHit h;
	if (!relay_find(scan, text, &r, &h))
		return FALSE;
	st_xc_set_credit(a, FALSE, r.name, r.link, st_x_evidence(text, h.start));
	st_x_hit_clear(&h);
	g_free(r.name);
	g_free(r.link);
	return TRUE;
}

typedef struct {
	const StRules *rules;
	const StScan *scan;
	char *name, *link;      /* the answer taken (owned) */
	gboolean nameless;      /* a request of the writer's own whose name failed */
	gint nameless_at;       /* where it starts */
	char *nameless_link;    /* its link (owned) */
} Request;

/* The link a request at START of TEXT points back to ([credit.link-above]
 * in SEG, what follows it: "NAME, profile link above"): the last one in
 * the link_window bytes before it, or NULL.  g_free(). */
static char *
link_above(const StRules *rules, const StScan *scan, const char *text, gint start, const char *seg)
{
	const StRuleGroup *above = st_rules_group(rules, "credit.link-above");
	const StRuleGroup *links = st_rules_group(rules, "credit.link");

	if (above == NULL || links == NULL || !st_x_any_in(above, scan, seg))
		return NULL;
	gint64 window = st_rules_get_int(rules, "credit", "link_window", 200);
	const char *p = text + start - MIN((gint64)start, window);
	while (((guchar)*p & 0xC0) == 0x80)
		p++;
	g_autofree char *before = g_strndup(p, text + start - p);
	char *last = NULL;
	for (const char *q = before; (q = strstr(q, "http")) != NULL; q++) {
		char *l = st_xc_first_link(links, NULL, q);
		if (l != NULL) {
			g_free(last);
			last = l;
		}
	}
	return last;
}

/* The request at [START, END) of TEXT read through: the name and link that
 * follow it into R (st_x_find_if's ACCEPT); one that nothing follows in a
 * sentence that relays someone else's request (relay_find) is theirs, not
 * the writer's: FALSE, the relayed reading takes it.  FALSE when its clause is a
 * [credit.general.trap] ("Do you give credit to reporters?") or when the
 * name is no name (name_ok: "reporters", "the team"); a request the writer
 * made for themselves ([credit.general.anon.who] up to the name: "credit
 * me, I found it", "please credit our team") is then kept in R as
 * nameless, for when no other reading finds a name. */
static gboolean
request_answer(const char *text, gint start, gint end, gpointer data)
{
	Request *r = data;
	const StRules *rules = r->rules;
	const StScan *scan = r->scan;

	/* a pattern may start with the full stop of the sentence before */
	while (start < end && (text[start] == '.' || g_ascii_isspace(text[start])))
		start++;
	const char *s, *e;
	sentences_around(rules, text, start, end, &s, &e);
	/* the traps are read in the request's clause: "Thanks for the quick
	 * reply, please credit me as NAME, thanks again" is a request */
	const char *cs = text + start, *ce = text + end;
	while (cs > s && cs[-1] != ',' && cs[-1] != ';')
		cs--;
	while (ce < e && *ce != ',' && *ce != ';')
		ce++;
	g_autofree char *clause = g_strndup(cs, ce - cs);
	if (st_x_any_in(st_rules_group(rules, "credit.general.trap"), scan, clause))
		return FALSE;

	gint64 max = st_xc_name_max(rules);
	g_autofree char *seg = request_rest(text + end, st_rules_get_int(rules, "credit", "link_window", 200));
	const char *from = name_start(st_rules_group(rules, "credit.lead"), scan, seg);
	gboolean written = TRUE;
	/* too long a name is one that fails, not one left unsaid; a request
	 * that ends with the opening quote ("이름을 \"NAME\" 와 GitHub URL 로
	 * 표기해 주세요") is followed by the quoted name, taken whole */
	char *quoted = from == seg ? st_xc_quoted_at(text + start, text + end) : NULL;
	char *name = quoted != NULL ? clean_name(rules, quoted, G_MAXINT32) :
		     name_at(rules, scan, from, G_MAXINT32, &written);
	/* a label's answer of one word is a handle as written: "Credit: rafsec" */
	gsize n = (gsize)(end - start);
	while (n > 0 && strchr(" \t\n*_", text[start + n - 1]))
		n--;
	if (name && n > 0 && text[start + n - 1] == ':' && strchr(name, ' ') == NULL)
		written = TRUE;
	/* so is one word the writer calls their handle, nickname or alias
	 * ([credit.handle] at the end of the request and its lead-in): "credit
	 * me under my handle mintjw", "제 핸들 mintjw 로 표기해 주세요" */
	if (name && !written && strchr(name, ' ') == NULL) {
		g_autofree char *asked = g_strdup_printf("%.*s%.*s", (int)(end - start), text + start,
							 (int)(from - seg), seg);
		written = st_x_any_in(st_rules_group(rules, "credit.handle"), NULL, asked);
	}
	char *link = st_xc_request_link(rules, scan, seg);
	if (link == NULL)
		link = link_above(rules, scan, text, start, seg);
	if (name != NULL && (strlen(name) > (gsize)max || !name_ok(rules, scan, name, written))) {
		g_autofree char *asked = g_strndup(s, ce - s);
		g_free(name);
		if (!r->nameless &&
		    st_x_any_in(st_rules_group(rules, "credit.general.anon.who"), scan, asked)) {
			r->nameless = TRUE;
			r->nameless_at = start;
			r->nameless_link = link;
		} else {
			g_free(link);
		}
		return FALSE;
	}
	if (name == NULL) {
		/* nothing follows it: "The finder, NAME, would like to be
		 * credited." asks for NAME, not for the writer */
		g_autofree char *sent = g_strndup(s, e - s);
		if (relay_in(rules, scan, sent)) {
			g_free(link);
			return FALSE;
		}
	}
	r->name = name ? fuller_name(rules, scan, name, from + strlen(name)) : NULL;
	r->link = link;
	return TRUE;
}

/* A [credit.request] answer (request_answer) in a sentence of
 * [credit.anonymous.relayed] that gives a name (an StXAccept, DATA a
 * Request). */
static gboolean
relayed_answer(const char *text, gint start, gint end, gpointer data)
{
	Request *r = data;
	const char *s, *e;
	sentences_around(r->rules, text, start, end, &s, &e);
	g_autofree char *sent = g_strndup(s, e - s);
	if (!st_x_any_in(st_rules_group(r->rules, "credit.anonymous.relayed"), r->scan, sent))
		return FALSE;
	if (!request_answer(text, start, end, data))
		return FALSE;
	if (r->name != NULL)
		return TRUE;
	g_clear_pointer(&r->link, g_free);
	return FALSE;
}

/* A [credit.anonymous] match at [START, END) of TEXT that declines a
 * mention for the writer alone ([credit.anonymous.self], none of
 * [credit.anonymous.self.not]: "No need to mention me") in a text that
 * passes on someone else's named request (relayed_answer, or a
 * [credit.relay] one): TRUE when that request set the credit (1478). */
static gboolean
writer_declines_for_self(const StRules *rules, const StScan *scan, const char *text, gint start, gint end,
			 StAnalysis *a)
{
	g_autofree char *decline = g_strndup(text + start, end - start);
	if (!st_x_any_in(st_rules_group(rules, "credit.anonymous.self"), scan, decline) ||
	    st_x_any_in(st_rules_group(rules, "credit.anonymous.self.not"), scan, decline))
		return FALSE;
	StXHit h;
	Request r = { rules, scan, NULL, NULL, FALSE, 0, NULL };
	gboolean found = st_x_find_if(st_rules_group(rules, "credit.request"), st_rules_group(rules, "credit.not"),
				      scan, text, NULL, relayed_answer, &r, &h);
	if (found) {
		st_xc_set_credit(a, FALSE, r.name, r.link, st_x_evidence(text, h.start));
		st_x_hit_clear(&h);
	}
	g_free(r.name);
	g_free(r.link);
	g_free(r.nameless_link);
	return found || relayed_request(rules, scan, text, a);
}

void
st_extract_credit(const StRules *rules, const char *text, StAnalysis *a)
{
	StXHit h;

	if (rules == NULL || text == NULL || a == NULL)
		return;
	/* every text matched below is TEXT or a piece of it */
	g_autoptr(StScan) scan = st_scan_new(rules, text, -1);
	Anon an = { rules, scan, FALSE, 0 };
	if (st_x_find_if(st_rules_group(rules, "credit.anonymous"), NULL, scan, text, NULL, anon_answer, &an, &h)) {
		if (!writer_declines_for_self(rules, scan, text, h.start, h.end, a))
			st_xc_set_credit(a, TRUE, NULL, NULL, st_x_evidence(text, h.start));
		st_x_hit_clear(&h);
		return;
	}
	Request r = { rules, scan, NULL, NULL, FALSE, 0, NULL };
	if (st_x_find_if(st_rules_group(rules, "credit.request"), st_rules_group(rules, "credit.not"),
			 scan, text, NULL, request_answer, &r, &h)) {
		st_xc_set_credit(a, FALSE, r.name, r.link, st_x_evidence(text, h.start));
		st_x_hit_clear(&h);
	} else if (!general_anonymous(rules, scan, text, &an, a) && !relayed_request(rules, scan, text, a) &&
		   !general_request(rules, scan, text, a) && r.nameless && !an.seen) {
		st_xc_set_credit(a, FALSE, NULL, r.nameless_link, st_x_evidence(text, r.nameless_at));
	}
	/* the individuals' wish not to be named, no organisation named */
	if (!a->credit_found && an.seen)
		st_xc_set_credit(a, TRUE, NULL, NULL, st_x_evidence(text, an.at));
	g_free(r.name);
	g_free(r.link);
	g_free(r.nameless_link);
}

/* ------------------------------------------------------------------
 * An answer to someone else's question about credit ([credit.answer]):
 * our acknowledgment's question quoted in a reply, a form's, a chat
 * partner's ("want credit?"), answered below it in the writer's own words.
 * ------------------------------------------------------------------ */

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

	if (earliest(st_rules_group(rules, "credit.answer.no"), scan, line, &s, &e) && s == 0) {
		st_xc_set_credit(a, TRUE, NULL, NULL, st_x_evidence(text, (gint)(at - text)));
		return TRUE;
	}
	if (!earliest(st_rules_group(rules, "credit.answer.yes"), scan, line, &s, &e) || s != 0)
		return FALSE;
	gint64 max = st_xc_name_max(rules);
	const char *from = name_start(st_rules_group(rules, "credit.lead"), scan, line + e);
	gboolean written;
	g_autofree char *name = name_at(rules, scan, from, G_MAXINT32, &written);
	/* an answer that goes on about something else is no answer */
	if (name != NULL && (strlen(name) > (gsize)max || !name_ok(rules, scan, name, written)))
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

