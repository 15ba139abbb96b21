/*
 * scan.c — running the rules: the literal scan of a text (StScan) and its
 * per-thread memo, the conditions and branches it decides, and the
 * pattern and group matchers every reader of a text calls (rules.h).
 * rules.c loads the snapshot and compiles what runs here.
 */
#include <string.h>
#include <time.h>

#include "sectriage/acscan.h"
#include "sectriage/common.h"
#include "sectriage/rules.h"
#include "rules_int.h"

/* ------------------------------------------------------------ profile
 *
 * Built with -DST_RULE_PROFILE (build/bench/bench_analyze-profile only,
 * never the milter or the CLI), every regex run of a pattern or of one of
 * its branches is timed and counted against the pattern: which patterns
 * the prefilter lets run, how often they match, what they cost (#9: about
 * two fifths of the analysis is its patterns' matching, and callgrind
 * shows PCRE2's functions, not whose pattern ran).  CLOCK_MONOTONIC, not
 * g_get_monotonic_time: a run takes a few microseconds.  In other builds RX_MATCH is
 * g_regex_match and st_rule_profile_dump says it has nothing. */
#ifdef ST_RULE_PROFILE
typedef struct {
	const StPattern *p;
	guint64 runs, matches, ns, bytes;
} RuleProf;

static GHashTable *prof;      /* StPattern* -> RuleProf* */
static GMutex prof_lock;

static gboolean
prof_match(const StPattern *p, GRegex *re, const char *text, GMatchInfo **mi)
{
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	gboolean m = g_regex_match(re, text, 0, mi);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	g_mutex_lock(&prof_lock);
	if (prof == NULL)
		prof = g_hash_table_new_full(NULL, NULL, NULL, g_free);
	RuleProf *r = g_hash_table_lookup(prof, p);
	if (r == NULL) {
		r = g_new0(RuleProf, 1);
		r->p = p;
		g_hash_table_insert(prof, (gpointer)p, r);
	}
	r->runs++;
	r->matches += m != FALSE;
	r->ns += (guint64)(t1.tv_sec - t0.tv_sec) * 1000000000u + (guint64)t1.tv_nsec - (guint64)t0.tv_nsec;
	r->bytes += strlen(text);
	g_mutex_unlock(&prof_lock);
	return m;
}
#define RX_MATCH(p, re, text, mi) prof_match((p), (re), (text), (mi))

static gint
prof_by_time(gconstpointer a, gconstpointer b)
{
	const RuleProf *x = *(RuleProf *const *)a, *y = *(RuleProf *const *)b;
	return x->ns < y->ns ? 1 : x->ns > y->ns ? -1 : 0;
}

void
st_rule_profile_reset(void)
{
	g_mutex_lock(&prof_lock);
	if (prof != NULL)
		g_hash_table_remove_all(prof);
	g_mutex_unlock(&prof_lock);
}

gboolean
st_rule_profile_dump(const StRules *rules, FILE *out, guint top)
{
	g_autoptr(GHashTable) group_of = g_hash_table_new(NULL, NULL);
	g_autoptr(GPtrArray) all = g_ptr_array_new();
	guint64 total = 0, runs = 0;

	for (guint i = 0; rules && i < rules->groups->len; i++) {
		StRuleGroup *g = g_ptr_array_index(rules->groups, i);
		for (guint j = 0; j < g->patterns->len; j++)
			g_hash_table_insert(group_of, g_ptr_array_index(g->patterns, j), g->name);
	}
	g_mutex_lock(&prof_lock);
	if (prof != NULL) {
		GHashTableIter it;
		gpointer k, v;
		g_hash_table_iter_init(&it, prof);
		while (g_hash_table_iter_next(&it, &k, &v)) {
			RuleProf *r = v;
			g_ptr_array_add(all, r);
			total += r->ns;
			runs += r->runs;
		}
	}
	g_ptr_array_sort(all, prof_by_time);
	fprintf(out, "%u patterns ran, %" G_GUINT64_FORMAT " runs, %.1f ms in all\n",
		all->len, runs, total / 1e6);
	fprintf(out, "%6s %6s %9s %8s %9s %8s  %s\n", "share", "cum", "runs", "matched",
		"ms", "MB", "group / key");
	guint64 cum = 0;
	for (guint i = 0; i < all->len && i < top; i++) {
		const RuleProf *r = g_ptr_array_index(all, i);
		const char *group = g_hash_table_lookup(group_of, r->p);
		cum += r->ns;
		fprintf(out, "%5.1f%% %5.1f%% %9" G_GUINT64_FORMAT " %8" G_GUINT64_FORMAT " %9.2f %8.2f  %s / %s\n",
			total ? 100.0 * r->ns / total : 0.0, total ? 100.0 * cum / total : 0.0,
			r->runs, r->matches, r->ns / 1e6, r->bytes / 1e6,
			group ? group : "(a group's lines-any alternation)", r->p->key);
	}
	g_mutex_unlock(&prof_lock);
	return TRUE;
}
#else
#define RX_MATCH(p, re, text, mi) g_regex_match((re), (text), 0, (mi))

void
st_rule_profile_reset(void)
{
}

gboolean
st_rule_profile_dump(const StRules *rules, FILE *out, guint top)
{
	(void)rules, (void)out, (void)top;
	return FALSE;
}
#endif

char *
st_line_at(const char *text, gsize pos, gsize max)
{
	const char *start = text + pos, *end = text + pos;
	while (start > text && start[-1] != '\n')
		start--;
	while (*end && *end != '\n')
		end++;
	g_autofree char *line = g_strndup(start, end - start);
	g_strstrip(line);
	return st_printable(line, -1, max);
}

/* ------------------------------------------------------------ scan memo
 *
 * One analysis scans the same text many times: the body for the version,
 * the platform, the credit, the policy and the line types; a pair of prose
 * lines for each check that reads across a line end; an attachment for its
 * role and again for its lines.  Over the corpus 57% of the bytes scanned in
 * a pass were a text that had been scanned before in that pass (#9).  So a
 * thread remembers its last few scans by content: a scan of a text equal to
 * a remembered one (the same rules, length and bytes) copies its bits.
 * Content, not the pointer, is the key: callers cut texts in place and make
 * copies, and comparing is some thirty times cheaper than scanning.  The
 * memo holds copies of the texts, so it is emptied after each analysis
 * (st_scan_memo_clear) and never takes a text longer than SCAN_MEMO_MAX. */
#define SCAN_MEMO_SLOTS 16
#define SCAN_MEMO_MAX (1 << 20)

typedef struct {
	guint64 serial;         /* the rules' (StRules serial): an address
	                         * may be reused by rules loaded later */
	gsize len;
	char *text;             /* a copy, LEN bytes */
	StScan *scan;
} ScanMemoSlot;

typedef struct {
	ScanMemoSlot slot[SCAN_MEMO_SLOTS];
	guint next;             /* the slot replaced next (round robin) */
} ScanMemo;

static void
scan_memo_empty(ScanMemo *m)
{
	for (guint i = 0; i < SCAN_MEMO_SLOTS; i++) {
		g_free(m->slot[i].text);
		g_free(m->slot[i].scan);
	}
	memset(m, 0, sizeof(*m));
}

static void
scan_memo_free(gpointer p)
{
	if (p == NULL)
		return;
	scan_memo_empty(p);
	g_free(p);
}

static GPrivate scan_memo_key = G_PRIVATE_INIT(scan_memo_free);

static gsize
scan_size(gsize words)
{
	return sizeof(StScan) + words * sizeof(guint64);
}

void
st_scan_memo_clear(void)
{
	ScanMemo *m = g_private_get(&scan_memo_key);
	if (m != NULL)
		scan_memo_empty(m);
}

/* Do RULES scan TEXT at all (the prefilter on, literals to look for)? */
static gboolean
scans(const StRules *rules, const char *text)
{
	return rules != NULL && rules->prefilter && rules->ac != NULL && text != NULL;
}

/* Scan the N bytes of TEXT for RULES' literals into SCAN (WORDS words of
 * bits, all clear). */
static void
scan_into(StScan *scan, const StRules *rules, gsize words, const char *text, gsize n)
{
	scan->check = rules->check;
	scan->n_words = words;
	st_ac_scan(rules->ac, text, (gssize)n, scan->bits);
}

StScan *
st_scan_new(const StRules *rules, const char *text, gssize len)
{
	if (!scans(rules, text))
		return NULL;
	gsize words = st_ac_n_words(rules->ac);
	gsize n = len < 0 ? strlen(text) : (gsize)len;
	ScanMemo *m = g_private_get(&scan_memo_key);
	if (m == NULL) {
		m = g_new0(ScanMemo, 1);
		g_private_set(&scan_memo_key, m);
	}
	for (guint i = 0; i < SCAN_MEMO_SLOTS; i++) {
		const ScanMemoSlot *sl = &m->slot[i];
		/* an empty text is kept as NULL (g_memdup2 of 0 bytes) */
		if (sl->scan != NULL && sl->serial == rules->serial && sl->len == n &&
		    (n == 0 || memcmp(sl->text, text, n) == 0))
			return g_memdup2(sl->scan, scan_size(words));
	}
	StScan *scan = g_malloc0(scan_size(words));
	scan_into(scan, rules, words, text, n);
	if (n <= SCAN_MEMO_MAX) {
		ScanMemoSlot *sl = &m->slot[m->next];
		m->next = (m->next + 1) % SCAN_MEMO_SLOTS;
		g_free(sl->text);
		g_free(sl->scan);
		sl->serial = rules->serial;
		sl->len = n;
		sl->text = g_memdup2(text, n);
		sl->scan = g_memdup2(scan, scan_size(words));
	}
	return scan;
}

void
st_scan_fill(const StRules *rules, StScan **scan, const char *text, gssize len)
{
	if (!scans(rules, text)) {
		g_clear_pointer(scan, st_scan_free);
		return;
	}
	gsize words = st_ac_n_words(rules->ac);
	if (*scan == NULL || (*scan)->n_words != words) {
		g_free(*scan);
		*scan = g_malloc0(scan_size(words));
	} else {
		memset((*scan)->bits, 0, words * sizeof(guint64));
	}
	scan_into(*scan, rules, words, text, len < 0 ? strlen(text) : (gsize)len);
}

void
st_scan_free(StScan *scan)
{
	g_free(scan);
}

StScan *
st_scan_union(const StScan *const *scans, guint n)
{
	if (n == 0 || scans[0] == NULL || scans[0]->check)
		return NULL;
	gsize words = scans[0]->n_words;
	for (guint i = 1; i < n; i++)
		if (scans[i] == NULL || scans[i]->n_words != words)
			return NULL;
	StScan *u = g_memdup2(scans[0], scan_size(words));
	for (guint i = 1; i < n; i++)
		for (gsize w = 0; w < words; w++)
			u->bits[w] |= scans[i]->bits[w];
	return u;
}

static gboolean
scan_has(const StScan *scan, guint32 id)
{
	if (id >> 6 >= scan->n_words)  /* a pattern of other rules */
		return TRUE;
	return (scan->bits[id >> 6] & (G_GUINT64_CONSTANT(1) << (id & 63))) != 0;
}

/* Does the condition at PROG[AT] (see COND_AND) hold in SCAN? */
static gboolean
cond_holds(const guint32 *prog, guint at, const StScan *scan)
{
	guint32 w = prog[at];
	if (COND_KIND(w) == 0)
		return scan_has(scan, w);
	gboolean and = COND_KIND(w) == COND_AND;
	guint k = at + 2;
	for (guint i = 0; i < COND_ARG(w); i++) {
		if (cond_holds(prog, k, scan) != and)
			return !and;
		k += COND_KIND(prog[k]) == 0 ? 1 : prog[k + 1];
	}
	return and;
}

gboolean
st_scan_may_match(const StScan *scan, const StPattern *p)
{
	if (scan == NULL || p->n_lits == 0)
		return TRUE;
	for (guint i = 0; i < p->n_lit_words; i++) {
		const StLitWord *w = &p->lits[i];
		/* a word beyond SCAN's: a pattern of other rules */
		if (w->word >= scan->n_words || (scan->bits[w->word] & w->bits) != 0)
			return p->n_cond == 0 || cond_holds(p->cond, 0, scan);
	}
	return FALSE;
}

/* Does P match TEXT, running only the branches whose condition SCAN
 * holds?  *START (when not NULL): where the first match starts, the
 * leftmost of the branches' first matches (the first branch on a tie).
 * -1 when a branch to run does not compile (not expected: a branch of a
 * pattern that does), and then P itself must run. */
static gint
branches_match(const StPattern *p, const StScan *scan, const char *text, gint *start)
{
	gint best = -1;

	for (guint i = 0; i < p->n_branches && best != 0; i++) {
		StBranch *b = &p->branches[i];
		GMatchInfo *mi = NULL;
		gint s = -1, e = -1;
		if (b->cond && !cond_holds(b->cond, 0, scan))
			continue;
		GRegex *re = st_regex_get(&b->rx, b->source, text);
		if (re == NULL)
			return -1;
		if (start == NULL) {
			if (RX_MATCH(p, re, text, NULL))
				return 1;
			continue;
		}
		if (RX_MATCH(p, re, text, &mi) && g_match_info_fetch_pos(mi, 0, &s, &e) &&
		    (best < 0 || s < best))
			best = s;
		g_match_info_free(mi);
	}
	if (start)
		*start = best;
	return best >= 0;
}

/* P's own first match in TEXT: whether there is one, *START where. */
static gboolean
whole_first(const StPattern *p, const char *text, gint *start)
{
	GMatchInfo *mi = NULL;
	gint e = -1;
	gboolean m = RX_MATCH(p, st_pattern_regex(p, text), text, &mi);

	*start = -1;
	if (m)
		g_match_info_fetch_pos(mi, 0, start, &e);
	g_match_info_free(mi);
	return m;
}

/* P's first match in TEXT by its branches, checked against P's own regex
 * when SCAN is in check mode. */
static gboolean
branches_first(const StPattern *p, const StScan *scan, const char *text, gint *start)
{
	gint s = -1, ws = -1;
	gint m = branches_match(p, scan, text, start ? &s : NULL);

	if (m < 0)
		m = whole_first(p, text, &s);
	if (scan->check) {
		gboolean want = whole_first(p, text, &ws);
		if (want != m || (start && m && ws != s))
			g_error("prefilter check: the branches of pattern %s (%s) disagree with it "
				"(%d at %d, the pattern %d at %d)", p->key, p->source, m, s, want, ws);
	}
	if (start)
		*start = s;
	return m;
}

/* st_pattern_match, with MAY: st_scan_may_match(SCAN, P), which the
 * callers ask once (a pattern with branches needs it twice). */
static gboolean
pattern_match(const StPattern *p, const StScan *scan, gboolean may, const char *text,
	      GMatchInfo **mi)
{
	if (scan != NULL && p->n_branches > 0 && may) {
		/* the branches say whether P matches; P itself runs for the
		 * captures and the later matches only when it does (rarely) */
		if (!branches_first(p, scan, text, NULL)) {
			if (mi)
				*mi = NULL;
			return FALSE;
		}
		return mi == NULL || RX_MATCH(p, st_pattern_regex(p, text), text, mi);
	}
	if (may)
		return RX_MATCH(p, st_pattern_regex(p, text), text, mi);
	if (mi)
		*mi = NULL;
	if (scan->check && g_regex_match(st_pattern_regex(p, text), text, 0, NULL))
		g_error("prefilter check: pattern %s (%s) was skipped but matches",
			p->key, p->source);
	return FALSE;
}

gboolean
st_pattern_first(const StPattern *p, const StScan *scan, const char *text, gint *start)
{
	g_autoptr(GMatchInfo) mi = NULL;
	gboolean may = st_scan_may_match(scan, p);
	gint e = -1;

	*start = -1;
	if (scan != NULL && p->n_branches > 0 && may)
		return branches_first(p, scan, text, start);
	if (!pattern_match(p, scan, may, text, &mi))
		return FALSE;  /* MI, when set, is freed all the same */
	g_match_info_fetch_pos(mi, 0, start, &e);
	return TRUE;
}

gboolean
st_pattern_match(const StPattern *p, const StScan *scan, const char *text, GMatchInfo **mi)
{
	return pattern_match(p, scan, st_scan_may_match(scan, p), text, mi);
}

gboolean
st_scan_checking(const StScan *scan)
{
	return scan != NULL && scan->check;
}

gboolean
st_rule_match(const StRuleGroup *group, const char *text, char **evidence, const char **key)
{
	return st_rule_match_in(group, NULL, text, evidence, key);
}

gboolean
st_rule_match_in(const StRuleGroup *group, const StScan *scan, const char *text,
		 char **evidence, const char **key)
{
	if (group == NULL || text == NULL)
		return FALSE;
	for (guint i = 0; i < group->patterns->len; i++) {
		StPattern *p = g_ptr_array_index(group->patterns, i);
		g_autoptr(GMatchInfo) mi = NULL;
		if (!st_pattern_match(p, scan, text, &mi))
			continue;
		if (evidence) {
			gint s = 0, e = 0;
			g_match_info_fetch_pos(mi, 0, &s, &e);
			*evidence = st_line_at(text, s, 200);
		}
		if (key)
			*key = p->key;
		return TRUE;
	}
	return FALSE;
}

int
st_pattern_weight(const StRuleGroup *group, const StPattern *p)
{
	return p->weight;
}

guint
st_rule_count(const StRuleGroup *group, const char *text)
{
	return st_rule_count_in(group, NULL, text);
}

guint
st_rule_count_in(const StRuleGroup *group, const StScan *scan, const char *text)
{
	return st_rule_count_upto(group, scan, text, 0);
}

guint
st_rule_count_upto(const StRuleGroup *group, const StScan *scan, const char *text, gint64 max)
{
	guint n = 0;
	if (group == NULL || text == NULL)
		return 0;
	for (guint i = 0; i < group->patterns->len && (max <= 0 || n < max); i++) {
		StPattern *p = g_ptr_array_index(group->patterns, i);
		if (st_pattern_match(p, scan, text, NULL))
			n++;
	}
	return n;
}
