/*
 * rules.c — loads rules/NAME.rules (GKeyFile) and rules/templates/ into one
 * immutable, reference-counted snapshot.  See rules.h for the format.
 */
#include <string.h>

#include "sectriage/acscan.h"
#include "sectriage/common.h"
#include "sectriage/keyfile.h"
#include "sectriage/literals.h"
#include "sectriage/rules.h"
#include "sectriage/words.h"
#include "rules_int.h"

#define ST_RULES_ERROR_DOMAIN g_quark_from_static_string("st-rules")
#define MAX_TEMPLATE_BYTES (256 * 1024)

/* ------------------------------------------------------------ regexes */

static GMutex regex_lock;  /* taken only to compile */

static void
regex_clear(StRegex *rx)
{
	if (rx->fast)
		g_regex_unref(rx->fast);
	if (rx->plain)
		g_regex_unref(rx->plain);
	rx->fast = rx->plain = NULL;
}

/* Compile SOURCE for the interpreter into RX (under REGEX_LOCK, or before
 * RX is shared).  FALSE and ERROR when it does not compile. */
static gboolean
regex_compile_plain(StRegex *rx, const char *source, GError **error)
{
	GRegex *re = g_regex_new(source, rx->flags, 0, error);
	if (re == NULL) {
		g_atomic_int_set(&rx->broken, TRUE);
		return FALSE;
	}
	g_atomic_pointer_set(&rx->plain, re);
	return TRUE;
}

GRegex *
st_regex_get(StRegex *rx, const char *source, const char *text)
{
	GRegex *re = g_atomic_pointer_get(&rx->fast);
	if (re != NULL)
		return re;
	if (g_atomic_int_get(&rx->broken))
		return NULL;
	gint runs = g_atomic_int_add(&rx->runs, 1), bytes = g_atomic_int_get(&rx->bytes);
	if (text != NULL && bytes < ST_REGEX_JIT_BYTES) {
		gint len = (gint)strnlen(text, ST_REGEX_JIT_BYTES);
		bytes = g_atomic_int_add(&rx->bytes, len) + len;
	}
	gboolean jit = runs >= ST_REGEX_JIT_AFTER || bytes >= ST_REGEX_JIT_BYTES;
	re = g_atomic_pointer_get(&rx->plain);
	if (re != NULL && !jit)
		return re;

	g_mutex_lock(&regex_lock);
	if (rx->plain == NULL && !rx->broken)
		regex_compile_plain(rx, source, NULL);
	if (rx->plain != NULL && rx->fast == NULL && jit) {
		GRegex *j = g_regex_new(source, rx->flags | G_REGEX_OPTIMIZE, 0, NULL);
		g_atomic_pointer_set(&rx->fast, j ? j : g_regex_ref(rx->plain));
	}
	re = rx->fast ? rx->fast : rx->plain;
	g_mutex_unlock(&regex_lock);
	return re;
}

/* Give RX its JIT code now (compiling it first when it has not been), and
 * drop the interpreter's copy, which nothing runs once FAST is set: only
 * while no other thread can hold it (st_rules_jit's RULES are not shared
 * yet). */
static void
regex_jit(StRegex *rx, const char *source)
{
	g_atomic_int_set(&rx->runs, ST_REGEX_JIT_AFTER);
	if (st_regex_get(rx, source, NULL) != NULL)
		g_clear_pointer(&rx->plain, g_regex_unref);
}

void
st_rules_jit(StRules *rules)
{
	for (guint i = 0; rules && i < rules->groups->len; i++) {
		StRuleGroup *g = g_ptr_array_index(rules->groups, i);
		for (guint j = 0; j < g->patterns->len; j++) {
			StPattern *p = g_ptr_array_index(g->patterns, j);
			/* a pattern with branches runs them instead; its own
			 * regex runs only where one matched, for the captures,
			 * and is JIT-compiled once that has happened enough */
			if (p->n_branches == 0)
				regex_jit(&p->rx, p->source);
			for (guint k = 0; k < p->n_branches; k++)
				regex_jit(&p->branches[k].rx, p->branches[k].source);
		}
	}
}

GRegex *
st_pattern_regex(const StPattern *p, const char *text)
{
	return st_regex_get((StRegex *)&p->rx, p->source, text);
}

static void
pattern_free_branches(StPattern *p)
{
	for (guint i = 0; i < p->n_branches; i++) {
		regex_clear(&p->branches[i].rx);
		g_free(p->branches[i].source);
		g_free(p->branches[i].cond);
	}
	g_free(p->branches);
	p->branches = NULL;
	p->n_branches = 0;
}

static void
pattern_free(StPattern *p)
{
	g_free(p->key);
	g_free(p->source);
	g_free(p->lits);
	g_free(p->cond);
	pattern_free_branches(p);
	regex_clear(&p->rx);
	g_free(p);
}

static gboolean is_match_key(const char *key, gboolean *caseless);

/* How a pattern (and each of its branches) is compiled (StRegex adds
 * G_REGEX_OPTIMIZE, the JIT, once it has run enough). */
static GRegexCompileFlags
match_flags(gboolean caseless)
{
	return G_REGEX_MULTILINE | (caseless ? G_REGEX_CASELESS : 0);
}

static void pattern_free(StPattern *p);

static void
group_free(StRuleGroup *g)
{
	if (g->lines_any) {
		if (g->lines_any->pattern)
			pattern_free(g->lines_any->pattern);
		g_free(g->lines_any->member);
		g_free(g->lines_any);
	}
	g_free(g->name);
	g_free(g->file);
	g_ptr_array_unref(g->patterns);
	g_hash_table_unref(g->values);
	g_free(g);
}

static StRules *
rules_new(void)
{
	StRules *r = g_new0(StRules, 1);
	r->refcount = 1;
	r->groups = g_ptr_array_new_with_free_func((GDestroyNotify)group_free);
	r->by_name = g_hash_table_new(g_str_hash, g_str_equal);
	r->templates = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	r->models = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
					  (GDestroyNotify)st_word_model_free);
	r->by_prefix = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
					     (GDestroyNotify)g_ptr_array_unref);
	r->prefilter = g_strcmp0(g_getenv("ST_PREFILTER"), "0") != 0;
	r->check = g_strcmp0(g_getenv("ST_PREFILTER_CHECK"), "1") == 0;
	static guint64 serials;
	static GMutex serial_lock;
	g_mutex_lock(&serial_lock);
	r->serial = ++serials;
	g_mutex_unlock(&serial_lock);
	return r;
}

/* R's groups indexed by every prefix of their names that ends in a dot. */
static void
rules_index_prefixes(StRules *r)
{
	for (guint i = 0; i < r->groups->len; i++) {
		StRuleGroup *g = g_ptr_array_index(r->groups, i);
		for (const char *dot = strchr(g->name, '.'); dot; dot = strchr(dot + 1, '.')) {
			g_autofree char *prefix = g_strndup(g->name, dot + 1 - g->name);
			GPtrArray *list = g_hash_table_lookup(r->by_prefix, prefix);
			if (list == NULL) {
				list = g_ptr_array_new();
				g_hash_table_insert(r->by_prefix, g_steal_pointer(&prefix), list);
			}
			g_ptr_array_add(list, g);
		}
	}
}

/* The id of literal LIT in LITS (added when new), indexed by IDS. */
static guint32
literal_id(GHashTable *ids, GPtrArray *lits, const char *lit)
{
	gpointer id;
	if (!g_hash_table_lookup_extended(ids, lit, NULL, &id)) {
		id = GUINT_TO_POINTER(lits->len);
		g_ptr_array_add(lits, g_strdup(lit));
		g_hash_table_insert(ids, g_ptr_array_index(lits, lits->len - 1), id);
	}
	return GPOINTER_TO_UINT(id);
}

static gboolean
cond_has_and(const StLitCond *c)
{
	if (c->kind == ST_LIT_COND_AND)
		return TRUE;
	for (guint i = 0; c->kids && i < c->kids->len; i++)
		if (cond_has_and(g_ptr_array_index(c->kids, i)))
			return TRUE;
	return FALSE;
}

/* Append C to PROG (guint32 words, see COND_AND). */
static void
cond_compile(const StLitCond *c, GArray *prog, GHashTable *ids, GPtrArray *lits)
{
	if (c->kind == ST_LIT_COND_LIT) {
		guint32 id = literal_id(ids, lits, c->lit);
		g_assert(COND_KIND(id) == 0);
		g_array_append_val(prog, id);
		return;
	}
	guint at = prog->len;
	guint32 head = (c->kind == ST_LIT_COND_AND ? COND_AND : COND_OR) | c->kids->len, len = 0;
	g_array_append_val(prog, head);
	g_array_append_val(prog, len);
	for (guint i = 0; i < c->kids->len; i++)
		cond_compile(g_ptr_array_index(c->kids, i), prog, ids, lits);
	g_array_index(prog, guint32, at + 1) = prog->len - at;
}

/* P's branches (StPattern's) from READ (its literals' reading), each to
 * be compiled as P is on its first run, with its condition, when P has a
 * top-level alternation and a branch has a condition. */
static void
pattern_branches(StPattern *p, const StLitReading *read, GHashTable *ids, GPtrArray *lits)
{
	gboolean caseless = TRUE, any = FALSE;

	if (read->branches == NULL || !is_match_key(p->key, &caseless))
		return;
	StBranch *b = g_new0(StBranch, read->branches->len);
	for (guint i = 0; i < read->branches->len; i++) {
		const StLitCond *cond = g_ptr_array_index(read->branch_conds, i);
		b[i].source = g_strdup(g_ptr_array_index(read->branches, i));
		b[i].rx.flags = match_flags(caseless);
		if (cond == NULL)
			continue;
		GArray *prog = g_array_new(FALSE, FALSE, sizeof(guint32));
		cond_compile(cond, prog, ids, lits);
		b[i].cond = (guint32 *)(void *)g_array_free(prog, FALSE);
		any = TRUE;
	}
	p->branches = b;
	p->n_branches = read->branches->len;
	if (!any)  /* every branch would run: the whole pattern is one run */
		pattern_free_branches(p);
}

static int
cmp_u32(gconstpointer a, gconstpointer b)
{
	guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;
	return (x > y) - (x < y);
}

/* The N literal IDS (sorted here) as bits of the scan's 64-bit words, one
 * StLitWord a word, in the words' order: *N_WORDS of them.  A pattern's
 * own literals get consecutive ids, so most patterns need a few words
 * where they have dozens of literals. */
static StLitWord *
lit_words(guint32 *ids, guint n, guint *n_words)
{
	StLitWord *w = g_new(StLitWord, MAX(n, 1));
	guint k = 0;

	qsort(ids, n, sizeof(*ids), cmp_u32);
	for (guint i = 0; i < n; i++) {
		if (k == 0 || w[k - 1].word != ids[i] >> 6)
			w[k++] = (StLitWord){ .word = ids[i] >> 6, .bits = 0 };
		w[k - 1].bits |= G_GUINT64_CONSTANT(1) << (ids[i] & 63);
	}
	*n_words = k;
	return g_renew(StLitWord, w, MAX(k, 1));
}

/* The prefilter of R: each pattern's required literals (ids into one
 * table of distinct literals), its whole condition when that says more
 * (StPattern's cond), its branches and the automaton over that table. */
static void
rules_prefilter(StRules *r)
{
	g_autoptr(GHashTable) ids = g_hash_table_new(g_str_hash, g_str_equal);
	g_autoptr(GPtrArray) lits = g_ptr_array_new_with_free_func(g_free);

	for (guint i = 0; i < r->groups->len; i++) {
		StRuleGroup *g = g_ptr_array_index(r->groups, i);
		for (guint j = 0; j < g->patterns->len; j++) {
			StPattern *p = g_ptr_array_index(g->patterns, j);
			g_auto(StLitReading) read = { 0 };
			st_literals_read(p->source, &read);
			const GPtrArray *req = read.required;
			r->n_patterns++;
			pattern_branches(p, &read, ids, lits);
			if (req == NULL)
				continue;
			r->n_literal++;
			p->n_lits = req->len;
			g_autofree guint32 *lit_ids = g_new(guint32, req->len);
			for (guint k = 0; k < req->len; k++)
				lit_ids[k] = literal_id(ids, lits, g_ptr_array_index(req, k));
			p->lits = lit_words(lit_ids, req->len, &p->n_lit_words);
			const StLitCond *cond = read.cond;
			if (cond == NULL || !cond_has_and(cond))
				continue;  /* one factor: LITS says it all */
			GArray *prog = g_array_new(FALSE, FALSE, sizeof(guint32));
			cond_compile(cond, prog, ids, lits);
			p->n_cond = prog->len;
			p->cond = (guint32 *)(void *)g_array_free(prog, FALSE);
		}
	}
	r->ac = st_ac_new((const char *const *)lits->pdata, lits->len);
}

static gboolean
is_match_key(const char *key, gboolean *caseless)
{
	if (g_str_has_prefix(key, "match-cs")) {
		*caseless = FALSE;
		return key[8] == '\0' || key[8] == '.';
	}
	if (g_str_has_prefix(key, "match")) {
		*caseless = TRUE;
		return key[5] == '\0' || key[5] == '.';
	}
	return FALSE;
}

static int pattern_weight(const StRuleGroup *group, const StPattern *p);

/* ------------------------------------------------------------ line safety
 *
 * A lookaround looks outside its match, but one that can neither match
 * nor see a line end sees the same at a line's end in the whole text
 * (a '\n' it cannot consume) as in the line alone (the subject's end):
 * "(?=[ \t]+[-\w])", "(?<![\p{L}])", "(?=[^\n]*y)".  Decided by a
 * conservative reading of the source: anything not understood is unsafe. */

/* Does the \p / \P property at E (just after the backslash) name letters
 * or numbers only (\pL, \p{Lu}, \p{N})?  *END: the character after it. */
static gboolean
property_word(const char *e, const char **end)
{
	const char *name = e + 1, *stop;
	*end = e + 1;
	if (*name == '{') {
		name++;
		stop = strchr(name, '}');
		if (stop == NULL)
			return FALSE;
		*end = stop + 1;
	} else {
		stop = name + (*name ? 1 : 0);
		*end = stop;
	}
	return e[0] == 'p' && stop > name && (name[0] == 'L' || name[0] == 'N') &&
	       (stop - name == 1 || (stop - name == 2 && g_ascii_islower(name[1])));
}

/* The bracket class at P ('['): its end (after ']') or NULL when unclear;
 * *NO_NL: it cannot match '\n' (a negated class must list \n, \s or \v;
 * any other class only members that exclude it). */
static const char *
class_end(const char *p, gboolean *no_nl)
{
	const char *q = p + 1;
	gboolean neg = FALSE, has_nl = FALSE, unsure = FALSE;

	if (*q == '^') {
		neg = TRUE;
		q++;
	}
	if (*q == ']')
		q++;
	while (*q != ']') {
		if (*q == '\0')
			return NULL;
		if (q[0] == '[' && q[1] == ':') {
			const char *e = strstr(q + 2, ":]");
			if (e == NULL)
				return NULL;
			unsure |= !(strncmp(q, "[:alpha:]", 9) == 0 || strncmp(q, "[:alnum:]", 9) == 0 ||
				    strncmp(q, "[:digit:]", 9) == 0 || strncmp(q, "[:word:]", 8) == 0);
			q = e + 2;
			continue;
		}
		if (*q == '\\') {
			char e = q[1];
			if (e == '\0')
				return NULL;
			if (e == 'n' || e == 's' || e == 'v')
				has_nl = TRUE;
			if (e == 'p' || e == 'P') {
				if (!property_word(q + 1, &q))
					return NULL;
				continue;
			}
			unsure |= g_ascii_isalnum(e) && !strchr("wdSht", e);
			q += 2;
			if (*q == '-' && q[1] != ']')
				unsure = TRUE; /* a range from an escape */
			continue;
		}
		unsure |= (guchar)*q < 0x20;
		q++;
	}
	*no_nl = neg ? has_nl : !unsure && !has_nl;
	return q + 1;
}

/* Is the lookaround body at P (after "(?=", "(?!", "(?<=" or "(?<!") one
 * that can neither match nor look at a '\n'?  *END: after its ')'. */
static gboolean
lookaround_in_line(const char *p, const char **end)
{
	guint depth = 1;
	const char *q = p;

	while (depth > 0) {
		gboolean ok = TRUE;
		switch (*q) {
		case '\0':
		case '.':
			return FALSE;
		case '\\':
			if (q[1] == 'p' || q[1] == 'P') {
				if (!property_word(q + 1, &q))
					return FALSE;
				continue;
			}
			if (g_ascii_isalnum(q[1]) && !strchr("wdSbBt", q[1]))
				return FALSE;
			if (q[1] == '\0')
				return FALSE;
			q += 2;
			continue;
		case '[':
			q = class_end(q, &ok);
			if (q == NULL || !ok)
				return FALSE;
			continue;
		case '(':
			depth++;
			if (q[1] == '?' && !(q[2] == ':' || q[2] == '>' || q[2] == '=' || q[2] == '!' ||
					     (q[2] == '<' && (q[3] == '=' || q[3] == '!' || g_ascii_isalpha(q[3])))))
				return FALSE;
			break;
		case ')':
			depth--;
			break;
		default:
			if ((guchar)*q < 0x20)
				return FALSE;
		}
		q++;
	}
	*end = q;
	return TRUE;
}

/* Do SRC's lookarounds, all of them, stay inside their line? */
static gboolean
lookarounds_in_line(const char *src)
{
	static const char *const open[] = { "(?=", "(?!", "(?<=", "(?<!" };
	guint written = 0, safe = 0;

	for (guint i = 0; i < G_N_ELEMENTS(open); i++)
		for (const char *q = strstr(src, open[i]); q; q = strstr(q + 1, open[i]))
			written++;
	for (const char *q = src; *q;) {
		gboolean ok;
		if (*q == '\\') {
			q += q[1] ? 2 : 1;
		} else if (*q == '[') {
			q = class_end(q, &ok);
			if (q == NULL)
				return FALSE;
		} else if (q[0] == '(' && q[1] == '?' &&
			   (q[2] == '=' || q[2] == '!' || (q[2] == '<' && (q[3] == '=' || q[3] == '!')))) {
			const char *body = q + (q[2] == '<' ? 4 : 3), *end;
			if (!lookaround_in_line(body, &end))
				return FALSE;
			safe++;
			/* a lookaround inside this one is checked (and counted) too */
			q = body;
		} else {
			q++;
		}
	}
	/* every "(?=" written is one read here (none escaped, none in a class) */
	return safe == written;
}

/* Does the regex SRC look at nothing outside its match but what stays in
 * its line (StPattern's line_safe)?  Decided once here rather than by extract_lines.c on every
 * whole-text run (ten strstr calls each, 40 M instructions a pass over the
 * corpus, #9). */
static gboolean
pattern_line_safe(const char *src)
{
	static const char *const outside[] = {
		"(*", "\\A", "\\z", "\\Z", "\\G", "\\K",
	};

	for (guint i = 0; i < G_N_ELEMENTS(outside); i++)
		if (strstr(src, outside[i]) != NULL)
			return FALSE;
	if (!lookarounds_in_line(src))
		return FALSE;
	/* inline options: (?m) / (?-m) change what ^ and $ mean.  Only a run
	 * of option letters closed by ':' or ')' sets options: a named group
	 * ("(?<cmd>", whose name has an m) does not. */
	for (const char *q = strstr(src, "(?"); q != NULL; q = strstr(q + 2, "(?")) {
		gsize n = strspn(q + 2, "imnsxJU-^");
		if (q[2 + n] != ':' && q[2 + n] != ')')
			continue;
		for (const char *o = q + 2; o < q + 2 + n; o++)
			if (*o == 'm' || *o == 'x' || *o == 'n')
				return FALSE;
	}
	return TRUE;
}

/* The source of the pattern that REF ("GROUP" or "GROUP KEY") names: KEY
 * (KEY_HERE when it is not given) of a group loaded before this one.  One
 * reading written once for two groups, so the copies cannot drift apart
 * ([platform.not] takes [version.others]' test-said-nothing readings).
 * NULL: no such pattern. */
static char *
same_pattern(const StRules *r, const char *ref, const char *key_here)
{
	g_auto(GStrv) words = g_strsplit_set(ref, " \t", -1);
	const char *group = NULL, *key = NULL;

	for (char **w = words; *w; w++) {
		if (**w == '\0')
			continue;
		if (group == NULL)
			group = *w;
		else if (key == NULL)
			key = *w;
		else
			return NULL;
	}
	const StRuleGroup *g = group ? g_hash_table_lookup(r->by_name, group) : NULL;
	if (g == NULL)
		return NULL;
	for (guint i = 0; i < g->patterns->len; i++) {
		const StPattern *p = g_ptr_array_index(g->patterns, i);
		if (strcmp(p->key, key ? key : key_here) == 0)
			return g_strdup(p->source);
	}
	return NULL;
}

/* Add the groups of one key file to R.  FILE names it in errors. */
static gboolean
load_keyfile(StRules *r, GKeyFile *kf, const char *file, GError **error)
{
	g_auto(GStrv) groups = g_key_file_get_groups(kf, NULL);

	for (char **gname = groups; *gname; gname++) {
		StRuleGroup *g = g_new0(StRuleGroup, 1);
		g->name = g_strdup(*gname);
		g->file = g_strdup(file);
		g->patterns = g_ptr_array_new_with_free_func((GDestroyNotify)pattern_free);
		g->values = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
		g_ptr_array_add(r->groups, g);
		if (!g_hash_table_contains(r->by_name, g->name))
			g_hash_table_insert(r->by_name, g->name, g);

		g_auto(GStrv) keys = g_key_file_get_keys(kf, *gname, NULL, NULL);
		for (char **k = keys; k && *k; k++) {
			g_autofree char *v = g_key_file_get_value(kf, *gname, *k, NULL);
			gboolean caseless = TRUE;
			if (v == NULL)
				continue;
			if (!is_match_key(*k, &caseless)) {
				g_hash_table_replace(g->values, g_strdup(*k), g_steal_pointer(&v));
				continue;
			}
			if (v[0] == '@') {
				char *same = same_pattern(r, v + 1, *k);
				if (same == NULL) {
					g_set_error(error, ST_RULES_ERROR_DOMAIN, 6,
						    "%s: [%s] %s: %s is no pattern of a group above",
						    file, *gname, *k, v);
					return FALSE;
				}
				g_free(v);
				v = same;
			}
			GError *e = NULL;
			/* GLib 2.74 hands patterns to PCRE2 without a UTF-8 check:
			 * invalid UTF-8 crashes pcre2_compile (found by fuzz_rules). */
			if (!g_utf8_validate(v, -1, NULL)) {
				g_set_error(error, ST_RULES_ERROR_DOMAIN, 5, "%s: [%s] %s: not UTF-8",
					    file, *gname, *k);
				return FALSE;
			}
			StPattern *p = g_new0(StPattern, 1);
			p->rx.flags = match_flags(caseless);
			if (!regex_compile_plain(&p->rx, v, &e)) {
				g_set_error(error, ST_RULES_ERROR_DOMAIN, 1, "%s: [%s] %s: %s",
					    file, *gname, *k, e->message);
				g_error_free(e);
				g_free(p);
				return FALSE;
			}
			p->key = g_strdup(*k);
			p->source = g_steal_pointer(&v);
			p->line_safe = pattern_line_safe(p->source);
			g_ptr_array_add(g->patterns, p);
		}
		for (guint i = 0; i < g->patterns->len; i++) {
			StPattern *p = g_ptr_array_index(g->patterns, i);
			p->weight = pattern_weight(g, p);
		}
	}
	return TRUE;
}

static gint
cmp_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted base names of DIR's entries ending in SUFFIX (NULL: all files). */
static GPtrArray *
list_dir(const char *dir, const char *suffix, GError **error)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, error);
	if (d == NULL)
		return NULL;
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	const char *n;
	while ((n = g_dir_read_name(d)) != NULL) {
		if (n[0] == '.')
			continue;
		if (suffix && !g_str_has_suffix(n, suffix))
			continue;
		g_ptr_array_add(names, g_strdup(n));
	}
	g_ptr_array_sort(names, cmp_names);
	return names;
}

static gboolean
load_templates(StRules *r, const char *dir, GError **error)
{
	g_autofree char *tdir = g_build_filename(dir, "templates", NULL);
	if (!g_file_test(tdir, G_FILE_TEST_IS_DIR))
		return TRUE;
	g_autoptr(GPtrArray) names = list_dir(tdir, NULL, error);
	if (names == NULL)
		return FALSE;
	for (guint i = 0; i < names->len; i++) {
		const char *n = g_ptr_array_index(names, i);
		g_autofree char *path = g_build_filename(tdir, n, NULL);
		char *text = NULL;
		gsize len = 0;
		if (!g_file_test(path, G_FILE_TEST_IS_REGULAR))
			continue;
		if (!g_file_get_contents(path, &text, &len, error))
			return FALSE;
		if (len > MAX_TEMPLATE_BYTES || !g_utf8_validate(text, len, NULL)) {
			g_set_error(error, ST_RULES_ERROR_DOMAIN, 2,
				    "%s: not UTF-8 text or over %d bytes", path, MAX_TEMPLATE_BYTES);
			g_free(text);
			return FALSE;
		}
		g_hash_table_replace(r->templates, g_strdup(n), text);
	}
	return TRUE;
}

/* The word models DIR/NAME.model (words.h), one per field, under NAME. */
static gboolean
load_word_models(StRules *r, const char *dir, GError **error)
{
	g_autoptr(GPtrArray) names = list_dir(dir, ".model", error);

	if (names == NULL)
		return FALSE;
	for (guint i = 0; i < names->len; i++) {
		const char *n = g_ptr_array_index(names, i);
		g_autofree char *path = g_build_filename(dir, n, NULL);
		GError *e = NULL;
		StWordModel *m = st_word_model_load(path, &e);
		if (m == NULL) {
			g_set_error(error, ST_RULES_ERROR_DOMAIN, 4, "%s: %s", path, e->message);
			g_error_free(e);
			return FALSE;
		}
		g_hash_table_replace(r->models, g_strndup(n, strlen(n) - strlen(".model")), m);
	}
	return TRUE;
}

StRules *
st_rules_load(const char *dir, GError **error)
{
	g_autoptr(StRules) r = rules_new();
	g_autoptr(GPtrArray) names = list_dir(dir, ".rules", error);

	if (names == NULL)
		return NULL;
	if (names->len == 0) {
		g_set_error(error, ST_RULES_ERROR_DOMAIN, 3, "%s: no *.rules files", dir);
		return NULL;
	}
	for (guint i = 0; i < names->len; i++) {
		const char *n = g_ptr_array_index(names, i);
		g_autofree char *path = g_build_filename(dir, n, NULL);
		g_autoptr(GKeyFile) kf = g_key_file_new();
		g_autofree char *text = NULL;
		gsize len = 0;
		/* a group or key written twice is an error, not GKeyFile's
		 * silent merge or last value (#3) */
		if (!g_file_get_contents(path, &text, &len, error) ||
		    !st_keyfile_load_unique(kf, text, (gssize)len, path, error))
			return NULL;
		if (!load_keyfile(r, kf, n, error))
			return NULL;
	}
	if (!load_templates(r, dir, error))
		return NULL;
	if (!load_word_models(r, dir, error))
		return NULL;
	rules_prefilter(r);
	rules_index_prefixes(r);
	return g_steal_pointer(&r);
}

StRules *
st_rules_load_data(const char *text, gssize len, GError **error)
{
	g_autoptr(StRules) r = rules_new();
	g_autoptr(GKeyFile) kf = g_key_file_new();

	if (!st_keyfile_load_unique(kf, text, len, "(data)", error))
		return NULL;
	if (!load_keyfile(r, kf, "(data)", error))
		return NULL;
	/* a text with the model's groups carries a model too (tests), the
	 * one its [wordmodel] "field" names (default "class") */
	if (g_key_file_has_group(kf, "wordmodel")) {
		StWordModel *m = st_word_model_from_keyfile(kf, "(data)", error);
		if (m == NULL)
			return NULL;
		g_autofree char *field = g_key_file_get_string(kf, "wordmodel", "field", NULL);
		g_hash_table_replace(r->models, g_strdup(field ? field : "class"), m);
	}
	rules_prefilter(r);
	rules_index_prefixes(r);
	return g_steal_pointer(&r);
}

StRules *
st_rules_ref(StRules *rules)
{
	g_return_val_if_fail(rules != NULL, NULL);
	g_atomic_int_inc(&rules->refcount);
	return rules;
}

void
st_rules_unref(StRules *rules)
{
	if (rules == NULL || !g_atomic_int_dec_and_test(&rules->refcount))
		return;
	g_hash_table_unref(rules->by_name);
	g_ptr_array_unref(rules->groups);
	g_hash_table_unref(rules->templates);
	g_hash_table_unref(rules->by_prefix);
	st_ac_free(rules->ac);
	g_hash_table_unref(rules->models);
	g_free(rules);
}

const StWordModel *
st_rules_word_model(const StRules *rules, const char *field)
{
	return rules && field ? g_hash_table_lookup(rules->models, field) : NULL;
}

const StRuleGroup *
st_rules_group(const StRules *rules, const char *name)
{
	if (rules == NULL || name == NULL)
		return NULL;
	return g_hash_table_lookup(rules->by_name, name);
}

GPtrArray *
st_rules_groups(const StRules *rules, const char *prefix)
{
	GPtrArray *out;
	if (rules == NULL)
		return g_ptr_array_new();
	gsize n = prefix ? strlen(prefix) : 0;
	if (n > 0 && prefix[n - 1] == '.') {
		const GPtrArray *list = g_hash_table_lookup(rules->by_prefix, prefix);
		return list ? g_ptr_array_copy((GPtrArray *)list, NULL, NULL) : g_ptr_array_new();
	}
	out = g_ptr_array_new();
	for (guint i = 0; i < rules->groups->len; i++) {
		StRuleGroup *g = g_ptr_array_index(rules->groups, i);
		if (prefix == NULL || g_str_has_prefix(g->name, prefix))
			g_ptr_array_add(out, g);
	}
	return out;
}

const char *
st_rule_get(const StRuleGroup *group, const char *key)
{
	if (group == NULL || key == NULL)
		return NULL;
	return g_hash_table_lookup(group->values, key);
}

gint64
st_rule_get_int(const StRuleGroup *group, const char *key, gint64 def)
{
	const char *v = st_rule_get(group, key);
	char *end = NULL;
	if (v == NULL)
		return def;
	gint64 n = g_ascii_strtoll(v, &end, 10);
	if (end == v)
		return def;
	return n;
}

const char *
st_rules_get(const StRules *rules, const char *group, const char *key)
{
	return st_rule_get(st_rules_group(rules, group), key);
}

gint64
st_rules_get_int(const StRules *rules, const char *group, const char *key, gint64 def)
{
	return st_rule_get_int(st_rules_group(rules, group), key, def);
}

/* May SOURCE refer to a group by number or name, or recurse?  Such a
 * pattern means something else inside a larger alternation. */
static gboolean
refers_to_groups(const char *source)
{
	static const char *const refs[] = { "\\g", "\\k", "(?P=", "(?P>", "(?&", "(?R", "(?+",
					     "(?-1", "(?0", "(?1", "(?2", "(?3", "(?4", "(?5",
					     "(?6", "(?7", "(?8", "(?9", NULL };
	for (const char *const *r = refs; *r; r++)
		if (strstr(source, *r))
			return TRUE;
	for (const char *c = strchr(source, '\\'); c; c = strchr(c + 2, '\\')) {
		if (c[1] >= '1' && c[1] <= '9')
			return TRUE;
		if (c[1] == '\0')
			break;
	}
	return FALSE;
}

static StLinesAny *
lines_any_new(const StRuleGroup *g)
{
	StLinesAny *la = g_new0(StLinesAny, 1);
	g_autoptr(GString) src = g_string_new(NULL);
	guint n = 0;

	g_autoptr(GString) spaced = g_string_new(NULL);
	guint n_spaced = 0;

	la->member = g_new0(guint8, MAX(g->patterns->len, 1));
	for (guint i = 0; i < g->patterns->len; i++) {
		const StPattern *p = g_ptr_array_index(g->patterns, i);
		gboolean caseless = TRUE;
		if (!p->line_safe || p->n_lits > 0 || p->source[0] != '^' ||
		    refers_to_groups(p->source) || !is_match_key(p->key, &caseless))
			continue;
		/* most start "^\s*": that is done once a line, then the rest of
		 * each is tried where the line's text starts */
		if (g_str_has_prefix(p->source, "^\\s*") && !strchr("?+{", p->source[4]))
			g_string_append_printf(spaced, "%s(?%s:%s)", n_spaced++ ? "|" : "",
					       caseless ? "i" : "-i", p->source + 4);
		else
			g_string_append_printf(src, "%s(?%s:%s)", src->len ? "|" : "",
					       caseless ? "i" : "-i", p->source);
		la->member[i] = 1;
		n++;
	}
	if (n_spaced > 0)
		g_string_append_printf(src, "%s^\\s*(?:%s)", src->len ? "|" : "", spaced->str);
	StPattern *any = g_new0(StPattern, 1);
	any->rx.flags = match_flags(FALSE) | G_REGEX_DUPNAMES;
	if (n < 2 || !regex_compile_plain(&any->rx, src->str, NULL)) {
		/* too few, or too large for PCRE2: each runs alone */
		g_free(any);
		memset(la->member, 0, MAX(g->patterns->len, 1));
		return la;
	}
	any->key = g_strdup_printf("%s (lines)", g->name);
	any->source = g_string_free(g_steal_pointer(&src), FALSE);
	any->line_safe = TRUE;
	la->pattern = any;
	return la;
}

const StPattern *
st_rule_group_lines_any(const StRuleGroup *group, const guint8 **member)
{
	StRuleGroup *g = (StRuleGroup *)group;

	if (g_once_init_enter(&g->lines_once)) {
		g->lines_any = lines_any_new(g);
		g_once_init_leave(&g->lines_once, 1);
	}
	if (member)
		*member = g->lines_any->member;
	return g->lines_any->pattern;
}

void
st_rules_prefilter_stats(const StRules *rules, guint *n_patterns, guint *n_literal,
			 guint *n_literals)
{
	*n_patterns = rules ? rules->n_patterns : 0;
	*n_literal = rules ? rules->n_literal : 0;
	*n_literals = rules ? st_ac_n_literals(rules->ac) : 0;
}
/* The weight of pattern P of GROUP (st_pattern_weight), from its values. */
static int
pattern_weight(const StRuleGroup *group, const StPattern *p)
{
	const char *dot = strchr(p->key, '.');
	if (dot != NULL) {
		g_autofree char *k = g_strconcat("weight", dot, NULL);
		const char *v = st_rule_get(group, k);
		if (v != NULL)
			return (int)g_ascii_strtoll(v, NULL, 10);
	}
	return (int)st_rule_get_int(group, "weight", 1);
}

const char *
st_rules_template(const StRules *rules, const char *name)
{
	if (rules == NULL || name == NULL)
		return NULL;
	return g_hash_table_lookup(rules->templates, name);
}

guint
st_rules_n_groups(const StRules *rules)
{
	return rules ? rules->groups->len : 0;
}
