/*
 * extract_credit_name.c — the name and link of a credit request: where a
 * name starts and ends after the request ([credit.lead],
 * [credit.name-end]), a quoted name taken whole, a name cleaned of list
 * markers, trailing punctuation (an abbreviation's closing dot kept) and
 * filler, whether it names a person or an organisation (name_ok) or only a
 * role ("reporters", "the team"), a one-word name given in full later in
 * the text, and the link that follows it.  Split from extract_credit.c,
 * which reads the requests and declines these serve (#3).
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* the quotes a name is written in, an opening quote with each closing one
 * its languages use (German „…“ and „…”, ‚…‘, »…«; French «…» and ‹…›;
 * Japanese 「…」 and 『…』; Chinese 《…》) */
static const char *const quote_pairs[][2] = {
	{ "\"", "\"" }, { "\xe2\x80\x9c", "\xe2\x80\x9d" }, { "\xe2\x80\x9e", "\xe2\x80\x9c" },
	{ "\xe2\x80\x9e", "\xe2\x80\x9d" }, { "'", "'" }, { "\xe2\x80\x98", "\xe2\x80\x99" },
	{ "\xe2\x80\x9a", "\xe2\x80\x98" }, { "\xe2\x80\x9a", "\xe2\x80\x99" },
	{ "\xc2\xab", "\xc2\xbb" }, { "\xc2\xbb", "\xc2\xab" }, { "\xe2\x80\xb9", "\xe2\x80\xba" },
	{ "\xe3\x80\x8c", "\xe3\x80\x8d" }, { "\xe3\x80\x8e", "\xe3\x80\x8f" },
	{ "\xe3\x80\x8a", "\xe3\x80\x8b" },
};

/* The quoted name at the start of S, or NULL: closed by the nearest of its
 * opening quote's closing ones.  g_free(). */
static char *
quoted_name(const char *s)
{
	const char *body = NULL, *e = NULL;
	for (gsize i = 0; i < G_N_ELEMENTS(quote_pairs); i++) {
		const char *open = quote_pairs[i][0], *close = quote_pairs[i][1];
		gsize n = strlen(open);
		if (strncmp(s, open, n) != 0)
			continue;
		const char *c = strstr(s + n, close);
		body = s + n;
		if (c != NULL && (e == NULL || c < e))
			e = c;
	}
	if (e == NULL || e - body > 120)
		return NULL;
	return g_strndup(body, e - body);
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

/* Is the full stop at NAME[N] a title's ("Dr. Ifeoma Chukwu", "Prof. Dr.
 * Hans Weber", "Dipl.-Ing. Petra Kos", 1822) rather than the sentence's end:
 * the first N bytes end with a title ([credit.name-title]) and a
 * capitalised word follows the stop? */
static gboolean
title_end(const StRules *rules, const char *name, gsize n)
{
	const StRuleGroup *titles = st_rules_group(rules, "credit.name-title");
	if (titles == NULL || n == 0 || name[n] != '.' || (name[n + 1] != ' ' && name[n + 1] != '\t'))
		return FALSE;
	const char *next = name + n + 1;
	while (*next == ' ' || *next == '\t')
		next++;
	if (!g_unichar_isupper(g_utf8_get_char_validated(next, -1)))
		return FALSE;
	g_autofree char *head = g_strndup(name, n);
	return st_x_any_in(titles, NULL, head);
}

/* The length of the typographic closing quote (a quote_pairs closing one
 * other than ASCII's) that ends the first N bytes of NAME, or 0: a name
 * read up to its end in running text stops after it ("Just \u201cNAME\u201d
 * please"), as after an ASCII quote. */
static gsize
close_quote_len(const char *name, gsize n)
{
	for (gsize i = 0; i < G_N_ELEMENTS(quote_pairs); i++) {
		const char *c = quote_pairs[i][1];
		gsize k = strlen(c);
		if (k > 1 && n >= k && memcmp(name + n - k, c, k) == 0)
			return k;
	}
	return 0;
}

/* The length of the typographic opening quote that starts S, or 0. */
static gsize
open_quote_len(const char *s)
{
	for (gsize i = 0; i < G_N_ELEMENTS(quote_pairs); i++) {
		const char *o = quote_pairs[i][0];
		gsize k = strlen(o);
		if (k > 1 && strncmp(s, o, k) == 0)
			return k;
	}
	return 0;
}

/* Cut the emoji and other pictographs, with their joiners, variation
 * selectors and skin tones, and the blanks before them, off the end of
 * NAME (N bytes), as a phone's writer ends a line ("put me in the
 * advisory as Tom\u00e1s Quiroga \U0001FAE1", round 224): no name ends
 * in one.  The new length. */
static gsize
trim_symbols(char *name, gsize n)
{
	while (n > 0) {
		const char *p = g_utf8_find_prev_char(name, name + n);
		if (p == NULL)
			break;
		gunichar c = g_utf8_get_char(p);
		GUnicodeType k = g_unichar_type(c);
		if (!(k == G_UNICODE_OTHER_SYMBOL || c == 0xfe0f || c == 0x200d ||
		      (c >= 0x1f3fb && c <= 0x1f3ff) || (g_unichar_isspace(c) && p > name)))
			break;
		n = (gsize)(p - name);
		name[n] = '\0';
	}
	return n;
}

/* Trim whitespace, quotes (typographic ones too) and list punctuation
 * around NAME, and a link in parentheses or after a space after it ("Kim
 * Minjun (https://minjun.example)"); a
 * closing full stop stays after an abbreviation (abbrev_end: "Radek
 * Novotný, VltavaHost s.r.o.", 1409).  NULL when nothing useful is left.
 * Takes ownership. */
char *
st_xc_clean_name(const StRules *rules, char *name, gint64 max)
{
	static const char *const junk[] = { "me", "us", "it", "this", "that", "them", "the", "as", "a" };
	st_x_squash(name);
	gsize n = strlen(name);
	char *paren = g_strrstr(name, " (");
	if (paren != NULL && n > 0 && name[n - 1] == ')' &&
	    (strstr(paren, "://") != NULL || paren[2] == '@'))
		*paren = '\0';
	/* or a link after a space, quoted with the name ("「NAME (Romaji)
	 * https://github.com/x」と載せて", 3508): no part of a name */
	char *sp = strrchr(name, ' ');
	if (sp != NULL && sp > name && strstr(sp, "://") != NULL)
		*sp = '\0';
	n = strlen(name);
	for (;;) {
		gsize q = close_quote_len(name, n);
		if (q > 0) {
			n -= q;
			name[n] = '\0';
			continue;
		}
		if (n == 0 || strchr(",;:.-\"'`*(", name[n - 1]) == NULL ||
		    (name[n - 1] == '.' && abbrev_end(rules, name, n - 1)))
			break;
		name[--n] = '\0';
	}
	n = trim_symbols(name, n);
	if (n > 0 && name[n - 1] == ')' && strchr(name, '(') == NULL)
		name[--n] = '\0';
	/* the same for the full-width parenthesis of Chinese and Japanese
	 * ("（如需致谢：王磊）") */
	if (g_str_has_suffix(name, "\xef\xbc\x89") && strstr(name, "\xef\xbc\x88") == NULL) {
		n -= 3;
		name[n] = '\0';
	}
	char *s = list_marker_end(name);
	for (gsize q = 1; q > 0;) {
		q = open_quote_len(s);
		s += q;
		while (*s && strchr("\"'`*:", *s))
			s++;
		/* a parenthesis the name does not close: "credited (NAME, URL)"
		 * read up to the comma (#3) */
		if (*s == '(' && strchr(s, ')') == NULL) {
			s++;
			q = 1;
		}
	}
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

/* LINK (taken) as it was before a gateway or its writer defanged it
 * ("hxxps://github[.]com/x": https://github.com/x).  g_free(). */
static char *
refanged(char *link)
{
	if (g_ascii_strncasecmp(link, "hxxp", 4) != 0)
		return link;
	GString *s = g_string_new(link);
	g_free(link);
	memcpy(s->str, "http", 4);
	g_string_replace(s, "[.]", ".", 0);
	g_string_replace(s, "[:]", ":", 0);
	return g_string_free(s, FALSE);
}

/* First link in S ([credit.link]: a URL, a bare github.com/... path made
 * https, or a fediverse handle "@user@host" kept as written, a defanged
 * URL refanged), trailing punctuation removed.  NULL when none.  g_free(). */
char *
st_xc_first_link(const StRuleGroup *group, const StScan *scan, const char *s)
{
	StXHit h;
	if (!st_x_find_in(group, NULL, scan, s, NULL, &h))
		return NULL;
	/* a handle with the site it is on ("@kai_builds on x", [credit.link]
	 * handle-on-site): the profile's address, the site's host named by
	 * the group's "host.SITE" value */
	g_autofree char *handle = st_x_named(&h, "handle");
	g_autofree char *site = st_x_named(&h, "site");
	g_autofree char *low = site ? g_ascii_strdown(site, -1) : NULL;
	g_autofree char *key = low ? g_strconcat("host.", low, NULL) : NULL;
	const char *host = key ? st_rule_get(group, key) : NULL;
	char *u = handle && host ? g_strconcat("https://", host, "/", handle, NULL) :
		g_strndup(s + h.start, h.end - h.start);
	st_x_hit_clear(&h);
	u = refanged(u);
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
const char *
st_xc_name_start(const StRuleGroup *lead, const StScan *scan, const char *seg)
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

/* Is S (a name read from a request) a piece of a sentence rather than a
 * name: two words or more, one of them opening in lower case that is no
 * particle of a name ("van", "de", "von"), or in a script without
 * capitals three words or more?  "Frau Brandstätter möchte gern",
 * "Pokud uvádíte jména, prosím \"Vojtěch Novák\", odkaz", "이 문제를 처음
 * 발견한 사람은 인프라팀 박지훈 님입니다" (3383). */
static gboolean
sentence_piece(const char *s)
{
	static const char *const particles[] = {
		"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das",
		"du", "la", "le", "bin", "ibn", "al", "el", "ten", "ter", "zu", "y", NULL
	};
	g_auto(GStrv) w = g_strsplit_set(s, " \t\n,;:", -1);
	guint n = 0;
	gboolean lower = FALSE, cased = FALSE;

	for (guint i = 0; w[i] != NULL; i++) {
		if (*w[i] == '\0')
			continue;
		n++;
		gunichar c = g_utf8_get_char(w[i]);
		if (g_unichar_islower(c) && !g_strv_contains(particles, w[i]))
			lower = TRUE;
		for (const char *q = w[i]; *q; q = g_utf8_next_char(q)) {
			gunichar u = g_utf8_get_char(q);
			cased |= g_unichar_isupper(u) || g_unichar_islower(u);
		}
	}
	return (n >= 2 && lower) || (n >= 3 && !cased);
}

/* A name in quotation marks in S ("...", curly, low-high, guillemets,
 * corner brackets): one to four words, the first opening in upper case,
 * no piece of a sentence (sentence_piece), or NULL. */
static char *
quoted_name_in(const char *s)
{
	static GRegex *rx;
	if (g_once_init_enter(&rx)) {
		GRegex *r = g_regex_new("[\"\u201c\u201e\u00ab\u300c]([^\"\u201c\u201d\u201e\u00ab\u00bb"
					"\u300c\u300d\\d\n]{1,60})[\"\u201d\u201c\u00bb\u300d]",
					G_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&rx, r);
	}
	g_autoptr(GMatchInfo) mi = NULL;
	if (s == NULL || !g_regex_match(rx, s, 0, &mi))
		return NULL;
	char *name = g_match_info_fetch(mi, 1);
	g_auto(GStrv) words = g_strsplit_set(g_strstrip(name), " \t", 5);
	if (!g_unichar_isupper(g_utf8_get_char(name)) || g_strv_length(words) > 4 || sentence_piece(name)) {
		g_free(name);
		return NULL;
	}
	return name;
}

/* A request's name that is a piece of its sentence (sentence_piece) gives
 * way to a name in quotation marks in it, or in the request's EVIDENCE
 * (the sentence: "Frau Brandstätter möchte gern im Advisory genannt
 * werden, und zwar als \"Lea Brandstätter\" mit dem Link ..."; 3376, 3373). */
static void
quoted_instead(char **name, const char *evidence)
{
	if (*name == NULL || !sentence_piece(*name))
		return;
	char *q = quoted_name_in(*name);
	if (q == NULL)
		q = quoted_name_in(evidence);
	if (q != NULL) {
		g_free(*name);
		*name = q;
	}
}

/* The address a mail gateway's rewritten link stands for: Microsoft Safe
 * Links' and Google's redirect carry it in a query parameter ("url", "q"),
 * Proofpoint's URL Defense v3 between "__" marks in its path ("https://
 * urldefense.com/v3/__https://github.com/x__;!!...").  A credit link is
 * the reporter's page, not the gateway's (3696).  NULL when LINK is no
 * such wrapper.  g_free(). */
static char *
gateway_unwrapped(const char *link)
{
	g_autoptr(GUri) uri = link ? g_uri_parse(link, G_URI_FLAGS_ENCODED, NULL) : NULL;
	const char *host = uri ? g_uri_get_host(uri) : NULL;
	if (host == NULL)
		return NULL;
	if (g_ascii_strcasecmp(host, "urldefense.com") == 0) {
		const char *path = g_uri_get_path(uri), *start = strstr(path, "/v3/__");
		const char *end = start ? strstr(start + 6, "__;") : NULL;
		if (end == NULL)
			end = start ? strstr(start + 6, "__") : NULL;
		return end ? g_strndup(start + 6, end - (start + 6)) : NULL;
	}
	const char *key = g_str_has_suffix(host, ".safelinks.protection.outlook.com") ? "url" :
			  (g_ascii_strcasecmp(host, "www.google.com") == 0 &&
			   g_strcmp0(g_uri_get_path(uri), "/url") == 0) ? "q" : NULL;
	const char *query = g_uri_get_query(uri);
	if (key == NULL || query == NULL)
		return NULL;
	g_autoptr(GHashTable) params = g_uri_parse_params(query, -1, "&", G_URI_PARAMS_NONE, NULL);
	const char *inner = params ? g_hash_table_lookup(params, key) : NULL;
	return inner && g_str_has_prefix(inner, "http") ? g_strdup(inner) : NULL;
}

void
st_xc_set_credit(StAnalysis *a, gboolean anonymous, const char *name, const char *link,
	   char *evidence)
{
	a->credit_found = TRUE;
	a->credit_anonymous = anonymous;
	a->credit_conditional = FALSE;
	st_set(&a->credit_name, name);
	/* a name a hard-wrapped line broke is one name: "Noa\nPeretz" */
	st_x_squash(a->credit_name);
	quoted_instead(&a->credit_name, evidence);
	g_autofree char *inner = gateway_unwrapped(link);
	st_set(&a->credit_link, inner ? inner : link);
	g_free(a->credit_evidence);
	a->credit_evidence = evidence;
}

/* ------------------------------------------------------------------
 * The general reading ([credit.general.*]), tried only when no
 * [credit.request] pattern fires: a sentence about crediting (topic) in a
 * request or permission mood, none of the traps, and a name after a frame
 * that follows the topic in that sentence or opens the next one.
 * ------------------------------------------------------------------ */

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

/* Words of the affiliation at the end of NAME (a cleaned name with no
 * parenthesis): the comma-separated parts after the names, each starting
 * and ending with a word that is not lower case, at most AFFILIATION words
 * in all, the first part (the names) left out: "NAME and NAME, Networked
 * Systems Security Group, Harbourside University" has six words of
 * affiliation; "NAME, and please cc me" none. */
static gint64
affiliation_tail(const char *name, gint64 affiliation)
{
	g_auto(GStrv) parts = g_strsplit(name, ", ", -1);
	gint64 tail = 0;

	for (guint i = g_strv_length(parts); i-- > 1;) {
		g_auto(GStrv) w = g_strsplit(parts[i], " ", -1);
		guint k = g_strv_length(w);
		if (k == 0 || *w[0] == '\0' || *w[k - 1] == '\0' || tail + k > affiliation ||
		    g_unichar_islower(g_utf8_get_char(w[0])) || g_unichar_islower(g_utf8_get_char(w[k - 1])))
			break;
		tail += k;
	}
	return tail;
}

/* Words of the affiliation NAME ends with after " of ", " from " or " at "
 * (the last one), when they start and end with a word that is not lower
 * case and are at most AFFILIATION: "NAME, NAME and NAME of Kestrelgate
 * Security" has two; "NAME of the team that found it" none. */
static gint64
preposition_tail(const char *name, gint64 affiliation)
{
	static const char *const preps[] = { " of ", " from ", " at " };
	const char *at = NULL;

	for (gsize i = 0; i < G_N_ELEMENTS(preps); i++) {
		const char *p = g_strrstr(name, preps[i]);
		if (p != NULL && (at == NULL || p > at))
			at = p + strlen(preps[i]);
	}
	if (at == NULL || strchr(at, ',') != NULL)
		return 0;
	/* "of the Systems Security Lab": the article before a group's name */
	if (g_str_has_prefix(at, "the ") && at[4] != '\0')
		at += 4;
	g_auto(GStrv) w = g_strsplit(at, " ", -1);
	guint k = g_strv_length(w);
	if (k == 0 || k > affiliation || *w[0] == '\0' || *w[k - 1] == '\0' ||
	    g_unichar_islower(g_utf8_get_char(w[0])) ||
	    g_unichar_islower(g_utf8_get_char(w[k - 1])))
		return 0;
	return k;
}

/* Words of a group named after the people in NAME, less the one word it
 * stands for as a name: "the", then at most AFFILIATION words that start
 * and end with a word that is not lower case, after the last " and the "
 * and up to the next comma or the end.  "NAME, NAME and the Systems
 * Security Lab, University of X" names three; "NAME and the team" and
 * "NAME and the rest of the team" none (a role, not a group's name). */
static gint64
group_tail(const char *name, gint64 affiliation)
{
	const char *at = g_strrstr(name, " and the ");
	if (at == NULL)
		return 0;
	at += strlen(" and the ");
	const char *end = strchr(at, ',');
	g_autofree char *group = g_strndup(at, end != NULL ? (gsize)(end - at) : strlen(at));
	g_auto(GStrv) w = g_strsplit(group, " ", -1);
	guint k = g_strv_length(w);
	if (k == 0 || k > affiliation || *w[0] == '\0' || *w[k - 1] == '\0' ||
	    g_unichar_islower(g_utf8_get_char(w[0])) || g_unichar_islower(g_utf8_get_char(w[k - 1])))
		return 0;
	return k;
}

/* Words of NAME (a cleaned name: single spaces), not counting a short
 * affiliation in parentheses after the names: "Lena Okafor, Wei Zhang and
 * Rafael Quintero (Systems Security Group, Eastvale University)" is seven
 * words of names, which is what [credit.general] max_words limits.  A
 * parenthesis of more than AFFILIATION words ([credit.general]
 * affiliation_words) is a clause, not an affiliation, and counts in full.
 * The words after the last comma are read the same way when the first and
 * the last of them are not lower case, and so are those after a last
 * "of", "from" or "at" (preposition_tail). */
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
	else if (strchr(name, '(') == NULL) {
		gint64 aff = affiliation_tail(name, affiliation);
		/* and a group named after the people: "NAME, NAME and the
		 * Systems Security Lab, University of X" (after "of" too:
		 * one of the two, they may overlap) */
		gint64 group = group_tail(name, affiliation);
		words -= aff > 0 ? aff + group : MAX(group, preposition_tail(name, affiliation));
	}
	else if (tail > 0 && tail <= affiliation && tail < words &&
		 !g_unichar_islower(g_utf8_get_char(tail_at)) && !g_unichar_islower(g_utf8_get_char(last_at)))
		words -= tail;
	return words;
}

/* Does a [credit.link] link start FROM, past the punctuation that ties a
 * link to the name before it ("NAME (https://...)", "NAME - URL")?  The
 * links are looked for from FROM itself, so that one known by the comma
 * before it ("jordan pike, hachyderm.example/@jpike", [credit.link]
 * bare-domain; 2953) is seen. */
gboolean
st_xc_link_follows(const StRules *rules, const StScan *scan, const char *from)
{
	const char *p = from;
	while (*p && (g_ascii_isspace(*p) || strchr(",(<[", *p)))
		p++;
	if (g_str_has_prefix(p, "- "))
		p += 2;
	StXHit h;
	if (!st_x_find_in(st_rules_group(rules, "credit.link"), NULL, scan, from, NULL, &h))
		return FALSE;
	gboolean at_start = h.start == (gint)(p - from);
	st_x_hit_clear(&h);
	return at_start;
}

/* The name at the start of FROM (a quoted name whole, else up to the first
 * [credit.name-end]), cleaned, or NULL; *WRITTEN says whether the writer
 * marked it as a name: quoted, or with its link right after it.  g_free(). */
char *
st_xc_name_at(const StRules *rules, const StScan *scan, const char *from, gint64 max,
	      gboolean *written)
{
	char *name = quoted_name(from);
	*written = name != NULL;
	if (name == NULL) {
		const StRuleGroup *ends = st_rules_group(rules, "credit.name-end");
		gsize n = name_end(ends, scan, from);
		/* a title's full stop does not end the name: read on past it */
		for (int round = 0; round < 4 && title_end(rules, from, n); round++)
			n += 1 + name_end(ends, scan, from + n + 1);
		/* the full stop that ends the sentence may close an abbreviation
		 * too: "please credit NAME, VltavaHost s.r.o. Thanks" */
		if (from[n] == '.' && abbrev_end(rules, from, n))
			n++;
		*written = st_xc_link_follows(rules, scan, from + n);
		name = g_strndup(from, n);
	}
	return st_xc_clean_name(rules, name, max);
}

/* Is NAME one to print, whichever reading found it: it looks like a name
 * (looks_like_name) or the writer marked it as one (WRITTEN: see name_at;
 * then at most [credit.general] written_words words: "zoe kr"), it has at
 * most max_words words, and [credit.general.not-name] does not say it is a
 * new clause, an answer word or a word for people in general ("reporters",
 * "the team")? */
gboolean
st_xc_name_ok(const StRules *rules, const StScan *scan, const char *name, gboolean written)
{
	gint64 max_words = st_rules_get_int(rules, "credit.general", "max_words", 8);
	gint64 written_words = st_rules_get_int(rules, "credit.general", "written_words", 3);
	gint64 words = words_in(name, st_rules_get_int(rules, "credit.general", "affiliation_words", 6));
	return (looks_like_name(name) || (written && words <= written_words)) && words <= max_words &&
	       !st_x_any_in(st_rules_group(rules, "credit.general.not-name"), scan, name);
}

/* An affiliation in parentheses right after a name, part of the credit
 * string the writer asks for ("NAME (Tensorbud)", "NAME (Nordhafen Energie
 * GmbH) als Finderin"): at most [credit.general] affiliation_words words on
 * one line, no link, handle or label (no "://", "@", ":"), passing name_ok
 * as a name would (capitalised, no clause or answer word), and no
 * [credit.name-end] at the parenthesis (a pronoun, "(she/her)", or a
 * remark about the link, "(no link needed)").  Its length from P, or 0. */
gsize
st_xc_affiliation_len(const StRules *rules, const StScan *scan, const char *p)
{
	const char *q = p;
	while (*q == ' ' || *q == '\t')
		q++;
	if (*q != '(' || q == p)
		return 0;
	const char *close = strchr(q, ')');
	gsize inner = close ? (gsize)(close - q - 1) : 0;
	if (close == NULL || inner == 0 || inner > 60)
		return 0;
	g_autofree char *aff = g_strndup(q + 1, inner);
	if (strpbrk(aff, "\n:@") != NULL || name_end(st_rules_group(rules, "credit.name-end"), scan, p) == 0)
		return 0;
	gint64 most = st_rules_get_int(rules, "credit.general", "affiliation_words", 6);
	if (words_in(aff, most) > most || !st_xc_name_ok(rules, scan, aff, FALSE))
		return 0;
	return (gsize)(close + 1 - p);
}

static const char *const particles[] = { "de", "da", "di", "du", "van", "von", "der", "den", "del",
					 "le", "la", "bin", "al", "ten", "ter" };

/* Is W (N bytes) a lower-case particle of a name ("de", "van")? */
static gboolean
is_particle(const char *w, gsize n)
{
	for (gsize i = 0; i < G_N_ELEMENTS(particles); i++)
		if (strlen(particles[i]) == n && strncmp(w, particles[i], n) == 0)
			return TRUE;
	return FALSE;
}

/* Does a capitalised word follow at P, after a space and any lower-case
 * particles of a name ("Ilse de Vries", "Ludwig van Beethoven")? */
static gboolean
capital_follows(const char *p)
{
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
char *
st_xc_fuller_name(const StRules *rules, const StScan *scan, char *name, const char *rest)
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
		char *full = st_xc_name_at(rules, scan, p, max, &written);
		if (full != NULL && g_str_has_prefix(full, name) && full[n] == ' ' &&
		    st_xc_name_ok(rules, scan, full, written)) {
			g_free(name);
			return full;
		}
		g_free(full);
	}
	return name;
}

/* The name that starts at P in running text: its words up to the first
 * that is neither capitalised nor a particle, or the first character that
 * is neither a letter nor ' - . ("Sigrid Nygaard, who found it", "Ilse de
 * Vries wrote"), at most four words.  g_free(). */
static char *
name_words(const char *p)
{
	GString *out = g_string_new(NULL);
	guint words = 0;

	while (words < 4) {
		const char *e = p;
		while (*e != '\0' && (g_unichar_isalpha(g_utf8_get_char(e)) || strchr("'-.", *e) != NULL))
			e = g_utf8_next_char(e);
		if (e == p || (words > 0 && !g_unichar_isupper(g_utf8_get_char(p)) &&
			       !is_particle(p, (gsize)(e - p))))
			break;
		if (words++ > 0)
			g_string_append_c(out, ' ');
		g_string_append_len(out, p, e - p);
		if (*e != ' ')
			break;
		p = e + 1;
	}
	while (out->len > 0 && strchr(" .", out->str[out->len - 1]) != NULL)
		g_string_truncate(out, out->len - 1);
	/* a particle is no last name */
	const char *last = strrchr(out->str, ' ');
	if (last != NULL && is_particle(last + 1, strlen(last + 1)))
		g_string_truncate(out, (gsize)(last - out->str));
	return g_string_free(out, FALSE);
}

char *
st_xc_fuller_before(const StRules *rules, const StScan *scan, char *name, const char *text, gint at)
{
	gsize n = name ? strlen(name) : 0;

	if (n == 0 || strchr(name, ' ') != NULL || text == NULL || at <= 0)
		return name;
	const char *end = text + at;
	for (const char *p = g_strstr_len(text, at, name); p != NULL && p + n <= end;
	     p = g_strstr_len(p + n, end - (p + n), name)) {
		if ((p > text && g_unichar_isalnum(g_utf8_get_char(g_utf8_prev_char(p)))) ||
		    !capital_follows(p + n))
			continue;
		char *full = name_words(p);
		if (full[n] == ' ' && st_xc_name_ok(rules, scan, full, FALSE)) {
			g_free(name);
			return full;
		}
		g_free(full);
	}
	return name;
}

/* Does LINK's last path segment (a profile's handle: "github.com/mkovac",
 * "https://x.com/mkovac/", a Mastodon profile's "fedi.example/@kestrel")
 * spell NAME, an "@" before either or not? */
gboolean
st_xc_link_ends_with(const char *link, const char *name)
{
	gsize n = strlen(link);

	while (n > 0 && link[n - 1] == '/')
		n--;
	const char *seg = g_strrstr_len(link, (gssize)n, "/");
	if (seg == NULL)
		return FALSE;
	seg++;
	if (*seg == '@')
		seg++;
	if (*name == '@')
		name++;
	gsize len = (gsize)(link + n - seg);
	return len > 0 && strlen(name) == len && g_ascii_strncasecmp(seg, name, len) == 0;
}

/* The first [credit.link] link in TEXT whose last path segment spells
 * NAME, or NULL.  g_free(). */
static char *
link_spelling(const StRuleGroup *links, const char *text, const char *name)
{
	for (const char *q = text; (q = strstr(q, "http")) != NULL; q++) {
		char *l = st_xc_first_link(links, NULL, q);
		if (l != NULL && st_xc_link_ends_with(l, name))
			return l;
		g_free(l);
	}
	return NULL;
}

char *
st_xc_named_link(const StRules *rules, const StScan *scan, const char *text, gint start,
		 const char *seg, const char *name)
{
	const StRuleGroup *named = st_rules_group(rules, "credit.link-named");
	const StRuleGroup *links = st_rules_group(rules, "credit.link");

	if (name == NULL || named == NULL || links == NULL || !st_x_any_in(named, scan, seg))
		return NULL;
	g_autofree char *above = g_strndup(text, start);
	char *l = link_spelling(links, above, name);
	return l != NULL ? l : link_spelling(links, text + start, name);
}

/* A request asked as a question and answered after a sentence of the
 * writer's own ("could you put my name in the credits? It would look great
 * on my CV :) NAME, URL"): the first [credit.link] link in SEG (the text
 * after the question, cut at its paragraph) and the capitalised words
 * straight before it, two to four of them, with a comma, a dash or a
 * parenthesis before the link, or the one lower-case handle the link ends
 * with.  The name (*LINK the link), or NULL; g_free() both. */
char *
st_xc_name_before_link(const StRules *rules, const StScan *scan, const char *seg, char **link)
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
	*link = st_xc_first_link(st_rules_group(rules, "credit.link"), scan, seg + at);
	/* a lower-case handle the link ends with, the site named after it or
	 * not ("kazmiro on github (https://github.com/kazmiro)"; round 219) */
	if (len - first < 2 && len >= 1) {
		guint last = len;
		if (len >= 3 && g_ascii_strcasecmp(words[len - 2], "on") == 0)
			last = len - 2;
		if (*link != NULL && words[last - 1][0] != '\0' && st_xc_link_ends_with(*link, words[last - 1]))
			return g_strdup(words[last - 1]);
	}
	if (len - first < 2) {
		g_clear_pointer(link, g_free);
		return NULL;
	}
	char *name = g_strjoinv(" ", words + first);
	if (!st_xc_name_ok(rules, scan, name, TRUE)) {
		g_free(name);
		g_clear_pointer(link, g_free);
		return NULL;
	}
	return name;
}
