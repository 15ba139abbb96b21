/*
 * extract_credit_own.c — credit from the writer's own name, in any
 * language: read by st_extract_credit_own when the readings of
 * extract_credit.c found none.
 */
#include <string.h>

#include "sectriage/common.h"
#include "sectriage/extract.h"
#include "extract_int.h"

/* ------------------------------------------------------------------
 * The writer's own name, read last, when nothing above answered: a sentence
 * about credit or the advisory ([credit.general.topic], [credit.own.topic])
 * that, after that word, names the writer themselves is a request to be
 * credited under that name, in whatever language the rest of it is
 * written ("Ha a bejelentőket feltüntetitek az advisoryban, kérlek, NAME
 * néven", "אם אתם נותנים קרדיט ב-advisory, אפשר לכתוב NAME").  The writer
 * is known by the From header: a word of its display name or of its
 * address's local part (reza.tavakoli@ for a display name in another
 * script).  The name is two to four adjacent words, one of them the
 * writer's, the others capitalised (an unknown middle or family name) or
 * the writer's too; a name alone on its line (a sign-off) is none unless a
 * colon ends the line before.  None of [credit.general.trap] from the
 * sentence's start to the name.  The name is looked for first, with no
 * pattern run, and the words only before it: most mails give the writer's
 * name in a sign-off or nowhere, and the broad topic patterns ("name",
 * "list", "thank") would otherwise run over every mail that asks nothing
 * (callgrind, bench_analyze over the corpus: 197 M instructions a pass,
 * 1.7% of the analysis; now 111 M).
 * ------------------------------------------------------------------ */

/* The key a word is compared by: case-folded, and in ASCII when it has a
 * Latin spelling ("Kovács" and "kovacs" agree).  g_free(). */
static char *
ident_key(const char *word, gssize len)
{
	g_autofree char *norm = g_utf8_normalize(word, len, G_NORMALIZE_NFKC);
	if (norm == NULL)
		return NULL;
	char *folded = g_utf8_casefold(norm, -1);
	char *ascii = g_str_to_ascii(folded, "C");
	if (strchr(ascii, '?') == NULL) {
		g_free(folded);
		return ascii;
	}
	g_free(ascii);
	return folded;
}

/* A word: letters and marks of one script, with an apostrophe or a hyphen
 * between two letters ("O'Neil", "Jean-Luc").  The next word at or after P:
 * its start (*W) and end (*WE); FALSE at the end of the string or at LIMIT. */
static GUnicodeScript
script_of(gunichar c)
{
	return c < 0x80 ? G_UNICODE_SCRIPT_LATIN : g_unichar_get_script(c);
}

static gboolean
letter(gunichar c)
{
	return c < 0x80 ? g_ascii_isalpha((char)c) : g_unichar_isalpha(c);
}

/* Is [p, q) the break of a hard-wrapped line: spaces, one line end? */
static gboolean
wrapped_between(const char *p, const char *q)
{
	while (p < q && (*p == ' ' || *p == '\t'))
		p++;
	if (p < q && *p == '\r')
		p++;
	return p + 1 == q && *p == '\n';
}

static gboolean
next_word(const char *p, const char *limit, const char **w, const char **we)
{
	while (p < limit && *p) {
		gunichar c = g_utf8_get_char(p);
		if (letter(c))
			break;
		p = g_utf8_next_char(p);
	}
	if (p >= limit || *p == '\0')
		return FALSE;
	*w = p;
	GUnicodeScript script = script_of(g_utf8_get_char(p));
	while (p < limit && *p) {
		gunichar c = g_utf8_get_char(p);
		const char *n = g_utf8_next_char(p);
		if (g_unichar_ismark(c) || (letter(c) && script_of(c) == script)) {
			p = n;
			continue;
		}
		if ((c == '\'' || c == '-' || c == 0x2019) && n < limit && *n &&
		    script_of(g_utf8_get_char(n)) == script && letter(g_utf8_get_char(n))) {
			p = n;
			continue;
		}
		break;
	}
	*we = p;
	return TRUE;
}

/* The letter a word starts with, for a quick comparison: lower case and
 * without its accents ("Á", "á" and "a" agree). */
static gunichar
first_base(const char *w)
{
	gunichar c = g_unichar_tolower(g_utf8_get_char(w)), d[4];
	gsize n = c < 0x80 ? 0 : g_unichar_fully_decompose(c, FALSE, d, G_N_ELEMENTS(d));
	return n > 0 ? d[0] : c;
}

/* The key of W's initial in the writer's set: "\x01" and first_base's
 * letter (no word key starts with \x01).  BUF holds 8 bytes. */
static const char *
initial_key(char *buf, const char *w)
{
	buf[0] = '\x01';
	buf[1 + g_unichar_to_utf8(first_base(w), buf + 1)] = '\0';
	return buf;
}

/* The writer's words: those of FROM_NAME and of the local part of
 * FROM_ADDR (split at anything but a letter), of at least two
 * characters, as ident_key gives them.  NULL when there are none. */
static GHashTable *
own_words(const char *from_name, const char *from_addr)
{
	GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autofree char *local = from_addr ? g_strdup(from_addr) : NULL;
	char *at = local ? strchr(local, '@') : NULL;
	if (at)
		*at = '\0';
	const char *texts[] = { from_name, local };
	for (gsize i = 0; i < G_N_ELEMENTS(texts); i++) {
		const char *t = texts[i];
		const char *w, *we;
		if (t == NULL || !g_utf8_validate(t, -1, NULL))
			continue;
		for (const char *p = t; next_word(p, t + strlen(t), &w, &we); p = we)
			if (g_utf8_strlen(w, we - w) >= 2) {
				char *k = ident_key(w, we - w);
				if (k) {
					g_hash_table_add(set, k);
					/* the initials, as written and in ASCII */
					char buf[8];
					g_hash_table_add(set, g_strdup(initial_key(buf, w)));
					g_hash_table_add(set, g_strdup(initial_key(buf, k)));
				}
			}
	}
	if (g_hash_table_size(set) == 0) {
		g_hash_table_destroy(set);
		return NULL;
	}
	return set;
}

/* Is the word [W, WE) written as a name's word: a capital, or a letter of
 * a script without case? */
static gboolean
name_cased(const char *w)
{
	gunichar c = g_utf8_get_char(w);
	return g_unichar_isupper(c) || g_unichar_istitle(c) || !g_unichar_islower(c);
}

/* How many of the N words a run holds are the writer's (IDS). */
static guint
count_own(const gboolean *ids, guint n)
{
	guint nid = 0;
	for (guint i = 0; i < n; i++)
		nid += ids[i];
	return nid;
}

/* The writer's name in [P, LIMIT) of TEXT as the reading above says: its
 * start and end, or FALSE. */
static gboolean
own_name_in(GHashTable *own, const char *text, const char *p, const char *limit, const char **ns,
	    const char **ne)
{
	const char *ws[5], *wes[5];
	gboolean ids[5];
	guint n = 0;
	const char *w, *we;

	for (; next_word(p, limit, &w, &we); p = we) {
		gboolean id = FALSE;
		if (name_cased(w)) {
			char buf[8];
			if (g_hash_table_contains(own, initial_key(buf, w))) {
				g_autofree char *k = ident_key(w, we - w);
				id = k != NULL && g_hash_table_contains(own, k);
			}
		}
		/* caseless scripts: only the writer's own words, else any word */
		gboolean cap = id || (name_cased(w) && g_unichar_isupper(g_utf8_get_char(w)));
		/* a hard-wrapped line may break the name: two of the writer's
		 * own words either side of one line end are adjacent too
		 * ("please put my name Bereket\nAlemu.") */
		gboolean adjacent = n > 0 && ((w - wes[n - 1] == 1 && wes[n - 1][0] == ' ') ||
					      (id && ids[n - 1] && wrapped_between(wes[n - 1], w)));
		if (!cap || (n > 0 && !adjacent) || n == G_N_ELEMENTS(ws)) {
			/* the run before ends here */
			if (n >= 2 && count_own(ids, n) > 0)
				break;
			n = 0;
			if (!cap)
				continue;
		}
		ws[n] = w;
		wes[n] = we;
		ids[n] = id;
		n++;
	}
	if (n < 2 || count_own(ids, n) == 0)
		return FALSE;
	/* the writer's words, with at most one other word beside them when
	 * the writer gave one only ("Noa Friedman" from noa@) */
	guint first = 0, last = n - 1;
	while (!ids[first])
		first++;
	while (!ids[last])
		last--;
	if (first == last) {
		if (last + 1 < n)
			last++;
		else
			first--;
	}
	*ns = ws[first];
	*ne = wes[last];
	/* a sign-off: the name alone on its line, no colon before it */
	const char *q = *ns;
	while (q > text && (q[-1] == ' ' || q[-1] == '\t'))
		q--;
	if (q == text || q[-1] == '\n') {
		const char *r = *ne;
		while (*r == ' ' || *r == '\t' || *r == ',' || *r == '.')
			r++;
		if (*r == '\n' || *r == '\0') {
			while (q > text && g_ascii_isspace(q[-1]))
				q--;
			if (q == text || q[-1] != ':')
				return FALSE;
		}
	}
	return TRUE;
}

void
st_extract_credit_own(const StRules *rules, const char *text, const char *from_name, const char *from_addr,
		      StAnalysis *a)
{
	if (rules == NULL || text == NULL || a == NULL || a->credit_found)
		return;
	const StRuleGroup *topic = st_rules_group(rules, "credit.general.topic");
	const StRuleGroup *topic2 = st_rules_group(rules, "credit.own.topic");
	const StRuleGroup *trap = st_rules_group(rules, "credit.general.trap");
	if (topic == NULL && topic2 == NULL)
		return;
	g_autoptr(GHashTable) own = own_words(from_name, from_addr);
	if (own == NULL)
		return;
	/* the name first, with no pattern run (most mails give it only in a
	 * sign-off, or nowhere), then the word before it in its sentence */
	g_autoptr(StScan) scan = NULL;
	const char *s, *e, *next, *ns = NULL, *ne = NULL;
	for (const char *p = text; st_xc_next_sentence(p, &s, &e, &next); p = next) {
		gboolean asks = FALSE;
		for (const char *q = s; !asks && own_name_in(own, text, q, e, &ns, &ne); q = ne) {
			if (scan == NULL)
				scan = st_scan_new(rules, text, -1);
			g_autofree char *before = g_strndup(s, ns - s);
			/* the traps up to the name: "..., NAME, thank you" asks */
			g_autofree char *asked = g_strndup(s, ne - s);
			asks = (st_x_any_in(topic2, scan, before) || st_x_any_in(topic, scan, before)) &&
			       !st_x_any_in(trap, scan, asked);
		}
		if (!asks)
			continue;
		/* an affiliation in parentheses after it is part of the
		 * credit string asked for ("NAME (Company)") */
		gsize aff = st_xc_affiliation_len(rules, scan, ne);
		if (ne + aff <= e)
			ne += aff;
		g_autofree char *name = g_strndup(ns, ne - ns);
		/* the name the writer quoted, whole ("Please credit \"NAME and
		 * NAME, TEAM\""), as long as a name may be */
		g_autofree char *quoted = st_xc_quoted_at(s, ns);
		if (quoted != NULL && strlen(quoted) <= (gsize)st_xc_name_max(rules)) {
			g_free(name);
			name = st_x_squash(g_steal_pointer(&quoted));
		}
		g_autofree char *rest = g_strndup(ne, e - ne);
		g_autofree char *link = st_xc_request_link(rules, scan, rest);
		st_xc_set_credit(a, FALSE, name, link, st_x_evidence(text, (gint)(s - text)));
		return;
	}
}

/* ------------------------------------------------------------------
 * A name asked for that is not the sender's (extract_int.h).
 * ------------------------------------------------------------------ */

/* Runs of two letters or more of a case-folded name: its words for
 * st_xc_not_the_sender (split on anything that is no letter). */
static GHashTable *
folded_words(const char *name)
{
	static GRegex *nonletters;
	if (g_once_init_enter(&nonletters))
		g_once_init_leave(&nonletters, g_regex_new("[^\\p{L}]+", G_REGEX_OPTIMIZE, 0, NULL));
	GHashTable *w = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autofree char *folded = g_utf8_casefold(name, -1);
	g_auto(GStrv) parts = g_regex_split(nonletters, folded, 0);
	for (guint i = 0; parts[i] != NULL; i++)
		if (g_utf8_strlen(parts[i], -1) >= 2)
			g_hash_table_add(w, g_strdup(parts[i]));
	return w;
}

gboolean
st_xc_not_the_sender(const char *name, const char *from_name)
{
	if (name == NULL || from_name == NULL)
		return FALSE;
	g_autoptr(GHashTable) a = folded_words(name);
	g_autoptr(GHashTable) b = folded_words(from_name);
	if (g_hash_table_size(a) == 0 || g_hash_table_size(b) == 0)
		return FALSE;
	GHashTable *small = g_hash_table_size(a) <= g_hash_table_size(b) ? a : b;
	GHashTable *big = small == a ? b : a;
	GHashTableIter it;
	gpointer w;
	g_hash_table_iter_init(&it, small);
	while (g_hash_table_iter_next(&it, &w, NULL))
		if (!g_hash_table_contains(big, w))
			return TRUE;
	return FALSE;
}

char *
st_xc_sender_spelling(const char *name, const char *from_name)
{
	if (name == NULL || from_name == NULL)
		return NULL;
	for (const char *p = name; *p; p = g_utf8_next_char(p))
		if (!g_unichar_islower(g_utf8_get_char(p)) && !g_unichar_isspace(g_utf8_get_char(p)))
			return NULL;
	g_autofree char *a = g_utf8_casefold(name, -1);
	g_autofree char *b = g_utf8_casefold(from_name, -1);
	g_autofree char *sa = st_x_squash(g_steal_pointer(&a));
	g_autofree char *sb = st_x_squash(g_steal_pointer(&b));
	return g_strcmp0(sa, sb) == 0 ? st_x_squash(g_strdup(from_name)) : NULL;
}
