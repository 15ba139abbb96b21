/*
 * extract_version.c — the microsandbox version a report names.
 *
 * Groups [version.KIND] of rules/extract.rules are tried in file order; the
 * first pattern whose named group (?<v>...) matches, and that [version.not]
 * does not veto (versions of other software), gives the version; a group
 * whose "pick" is "newest" ([version.matrix], the rows of releases
 * tested) gives the highest release of all its candidates instead.
 * A candidate that [version.aside] marks (a version the writer rules out,
 * "msb 0.8.4 is not affected"; a dependency range's bound, "^0.8.0"; the
 * release the writer first saw it on before moving to another; one asked
 * about in a question) is a second choice: it is taken only when no group
 * has a candidate it does not mark.  The first group, [version.upgraded],
 * reads the release the writer moved to ("I upgraded to 0.8.9 and it still
 * happens"): the newest they ran.  The value is normalised: the prefixes
 * of [version] strip ("msb ", "v") are removed, and so is punctuation a
 * sentence puts after it ("microsandbox==0.8.4.", "0.8.5-,"): a version
 * never ends in '.', '-' or '+', and patterns that allow those inside a
 * version run on into the full stop; a commit SHA is kept as written.
 * The patterns read a copy of the text whose digits of other scripts
 * (Persian "۰.۱۰.۴", Arabic-Indic "٠٫١٠٫٤", full-width "０．１０．４") are
 * ASCII, their full stops too: the version is the same number (1371).
 * Beside msb's own version the SDK's ([version_sdk]: `pip show`, `npm ls`,
 * the crate in Cargo.lock) is kept, and st_extract_version_sdk takes it
 * after classification when the component is that SDK (1934, 2057-2059).
 * A number the text gives as the name of a branch someone creates ("push
 * a branch named v9.9.9", [version.chosen]) is a name, not a release:
 * no group takes it, wherever else it stands ("to release v9.9.9").  So
 * is one the text says is a fake or not the version ("the 0.12.2 on his
 * laptop ... is not the version you're looking for", 3271).
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* hostile text: at most this many matches of a [version.chosen] pattern */
#define MAX_CHOSEN 16

/* VALUE without the prefixes listed in [version] strip (comma separated),
 * a "v" only when a digit follows, and without trailing '.', '-' or '+'.
 * g_free(). */
static char *
normalise(const StRules *rules, const char *kind, const char *value)
{
	const char *strip = st_rules_get(rules, "version", "strip");
	const char *v = value;

	if (strcmp(kind, "commit") == 0)
		return g_strdup(value);
	if (strip) {
		g_auto(GStrv) prefixes = g_strsplit(strip, ",", -1);
		gboolean again = TRUE;
		while (again) {
			again = FALSE;
			for (char **p = prefixes; *p; p++) {
				gsize n = strlen(*p);
				if (n == 0 || strncmp(v, *p, n) != 0)
					continue;
				if (n == 1 && !g_ascii_isdigit(v[1]))
					continue;
				v += n;
				again = TRUE;
			}
		}
	}
	char *out = g_strdup(v);
	gsize n = strlen(out);
	while (n > 0 && strchr(".-+", out[n - 1]) != NULL)
		out[--n] = '\0';
	return out;
}

/* What a candidate must pass besides [version.not]: not be someone else's
 * run ([version.others]), nor a name the text gives a ref
 * ([version.chosen]) and, in the first pass, not be set aside
 * ([version.aside]). */
typedef struct {
	const StRules *rules;
	GHashTable *chosen;     /* normalised names, or NULL */
	StXAside *as;           /* NULL in the second pass */
} VersionFilter;

static gboolean
version_accept(const char *text, gint start, gint end, gpointer data)
{
	VersionFilter *f = data;

	if (st_x_rejected(st_rules_group(f->rules, "version.others"), text, start, end))
		return FALSE;
	if (f->chosen) {
		g_autofree char *raw = g_strndup(text + start, end - start);
		g_autofree char *v = normalise(f->rules, "tag", raw);
		if (g_hash_table_contains(f->chosen, v))
			return FALSE;
	}
	return f->as == NULL || st_x_not_aside(text, start, end, f->as);
}

/* The names [version.chosen] finds in TEXT, normalised; NULL when none.
 * g_hash_table_unref(). */
static GHashTable *
chosen_names(const StRules *rules, const StScan *scan, const char *text)
{
	const StRuleGroup *g = st_rules_group(rules, "version.chosen");
	GHashTable *names = NULL;

	for (guint i = 0; g && i < g->patterns->len; i++) {
		g_autoptr(GMatchInfo) mi = NULL;
		guint n = 0;

		if (!st_pattern_match(g_ptr_array_index(g->patterns, i), scan, text, &mi))
			continue;
		for (; g_match_info_matches(mi) && n++ < MAX_CHOSEN;
		     g_match_info_next(mi, NULL)) {
			g_autofree char *raw = g_match_info_fetch_named(mi, "v");
			if (raw == NULL || *raw == '\0')
				continue;
			if (names == NULL)
				names = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
			g_hash_table_add(names, normalise(rules, "tag", raw));
		}
	}
	return names;
}

/* A group whose "pick" is "newest" (the rows of a matrix of versions
 * tested, 3809) looks at every candidate F lets through and keeps the
 * highest release, not the first. */
typedef struct {
	VersionFilter *f;
	char *best;             /* raw text of the newest so far */
	gint start;
} NewestPick;

/* <0, 0, >0 as release A is older than, the same as or newer than B
 * ("0.12.10" is newer than "0.12.9"): the dotted numbers compared in turn */
static int
release_cmp(const char *a, const char *b)
{
	while (*a || *b) {
		char *ea, *eb;
		guint64 x = g_ascii_strtoull(a, &ea, 10), y = g_ascii_strtoull(b, &eb, 10);
		if (x != y)
			return x < y ? -1 : 1;
		if (ea == a || eb == b || *ea != '.' || *eb != '.')
			return (*ea == '\0') - (*eb == '\0');  /* "0.12.8-rc1" is older than "0.12.8" */
		a = ea + 1;
		b = eb + 1;
	}
	return 0;
}

static gboolean
newest_accept(const char *text, gint start, gint end, gpointer data)
{
	NewestPick *n = data;

	if (!version_accept(text, start, end, n->f))
		return FALSE;
	g_autofree char *raw = g_strndup(text + start, end - start);
	if (n->best == NULL || release_cmp(raw, n->best) > 0) {
		g_free(n->best);
		n->best = g_steal_pointer(&raw);
		n->start = start;
	}
	return FALSE;  /* go on: every candidate is looked at */
}

/* Set A's version to RAW (of the group G) found at START of TEXT.  TRUE
 * when it is not empty. */
static gboolean
version_set(const StRules *rules, const StRuleGroup *g, const char *text, const char *raw, gint start,
	    StAnalysis *a)
{
	const char *kind = st_rule_get(g, "kind");
	if (kind == NULL)
		kind = g->name + strlen("version.");
	g_autofree char *v = normalise(rules, kind, raw ? raw : "");
	if (*v) {
		st_set(&a->version, v);
		st_set(&a->version_kind, kind);
		g_free(a->version_evidence);
		a->version_evidence = st_x_evidence(text, start);
	}
	return *v != '\0';
}

/* The first candidate of G that REJECT and F let through (the newest, when
 * G's pick is "newest") becomes A's version.  TRUE when it did. */
static gboolean
version_in(const StRules *rules, const StRuleGroup *g, const StRuleGroup *reject, VersionFilter *f,
	   const StScan *scan, const char *text, StAnalysis *a)
{
	StXHit h;

	if (g_strcmp0(st_rule_get(g, "pick"), "newest") == 0) {
		NewestPick n = { f, NULL, 0 };
		st_x_find_if(g, reject, scan, text, "v", newest_accept, &n, &h);
		g_autofree char *best = n.best;
		return best != NULL && version_set(rules, g, text, best, n.start, a);
	}
	if (!st_x_find_if(g, reject, scan, text, "v", version_accept, f, &h))
		return FALSE;
	g_autofree char *raw = st_x_named(&h, "v");
	gboolean set = version_set(rules, g, text, raw, h.start, a);
	st_x_hit_clear(&h);
	return set;
}

/* TRUE when LIST (may be NULL; names split at spaces, commas or
 * semicolons, as the rules' other lists) holds WORD. */
static gboolean
listed(const char *list, const char *word)
{
	if (list == NULL || word == NULL)
		return FALSE;
	g_auto(GStrv) words = g_strsplit_set(list, " ,;", -1);
	return g_strv_contains((const char *const *)words, word);
}

/* The SDK's own version beside msb's (1934, 2057-2059): when A's version
 * is of a kind [version_sdk] over lists, the first candidate in TEXT of
 * the groups its component keys name (python_sdk, node_sdk, rust: pip,
 * npm, runtime, lockfile) that REJECT and AS let through is kept in A's
 * sdk_version for st_extract_version_sdk, with whether TEXT names the
 * Rust library.  The component is not known yet: classification comes
 * after extraction. */
static void
sdk_candidate(const StRules *rules, const StRuleGroup *reject, StXAside *as,
	      const StScan *scan, const char *text, StAnalysis *a)
{
	static const char *const comps[] = { "python_sdk", "node_sdk", "rust" };

	if (!listed(st_rules_get(rules, "version_sdk", "over"), a->version_kind))
		return;
	for (gsize c = 0; c < G_N_ELEMENTS(comps) && a->sdk_version == NULL; c++) {
		const char *list = st_rules_get(rules, "version_sdk", comps[c]);
		g_auto(GStrv) names = g_strsplit_set(list ? list : "", " ,;", -1);
		for (char **n = names; *n && a->sdk_version == NULL; n++) {
			g_autofree char *gname = g_strconcat("version.", *n, NULL);
			const StRuleGroup *g = **n ? st_rules_group(rules, gname) : NULL;
			StXHit h;
			if (g == NULL || !st_x_find_if(g, reject, scan, text, "v", st_x_not_aside, as, &h))
				continue;
			g_autofree char *raw = st_x_named(&h, "v");
			char *v = normalise(rules, *n, raw ? raw : "");
			if (*v) {
				st_set(&a->sdk_version_group, *n);
				g_free(a->sdk_version_evidence);
				a->sdk_version_evidence = st_x_evidence(text, h.start);
				a->sdk_version = v;
			} else {
				g_free(v);
			}
			st_x_hit_clear(&h);
		}
	}
	const StRuleGroup *rust = st_rules_group(rules, "version_sdk.rust");
	a->sdk_rust = a->sdk_version && rust && st_rule_match_in(rust, scan, text, NULL, NULL);
}

/* TEXT with every decimal digit of another script (Unicode Nd: Arabic-Indic,
 * Persian, full-width, Devanagari, ...) written as its ASCII digit, and the
 * full stops those scripts write between a version's numbers (full-width
 * "．", the Arabic decimal separator "٫") as '.'; NULL when TEXT has none,
 * so a text in ASCII or in another script costs one pass over its bytes.
 * g_free(). */
static char *
ascii_digits(const char *text)
{
	GString *out = NULL;
	const char *done = text;

	for (const char *p = text; *p; ) {
		if ((guchar)*p < 0x80) {
			p++;
			continue;
		}
		gunichar c = g_utf8_get_char_validated(p, -1);
		if (c == (gunichar)-1 || c == (gunichar)-2) {
			p++;
			continue;
		}
		const char *next = g_utf8_next_char(p);
		int d = g_unichar_digit_value(c);
		char to = d >= 0 ? (char)('0' + d) : (c == 0xFF0E || c == 0x066B) ? '.' : '\0';
		if (to) {
			if (out == NULL)
				out = g_string_sized_new(strlen(text));
			g_string_append_len(out, done, p - done);
			g_string_append_c(out, to);
			done = next;
		}
		p = next;
	}
	if (out == NULL)
		return NULL;
	g_string_append(out, done);
	return g_string_free(out, FALSE);
}

/* st_extract_version, and with FIRM only from a candidate [version.aside]
 * does not mark (no second choice). */
static void
extract_version(const StRules *rules, const char *text, StAnalysis *a, gboolean firm)
{
	if (rules == NULL || text == NULL || a == NULL)
		return;
	g_autofree char *folded = ascii_digits(text);
	if (folded)
		text = folded;
	g_autoptr(GPtrArray) groups = st_rules_groups(rules, "version.");
	const StRuleGroup *reject = st_rules_group(rules, "version.not");
	const StRuleGroup *chosen = st_rules_group(rules, "version.chosen");
	StXAside as = { st_rules_group(rules, "version.aside"), NULL, FALSE };
	g_autoptr(StScan) scan = st_scan_new(rules, text, -1);  /* the prefilter */
	g_autoptr(GHashTable) names = chosen_names(rules, scan, text);
	VersionFilter f = { rules, names, NULL };

	as.scan = scan;
	/* first every group's candidates that [version.aside] does not mark;
	 * then, only when one was set aside, every group's first candidate */
	for (int pass = as.aside ? 0 : 1; pass < 2; pass++) {
		if (pass == 1 && as.aside && (!as.seen || firm))
			return;
		f.as = pass == 0 ? &as : NULL;
		for (guint i = 0; i < groups->len; i++) {
			const StRuleGroup *g = g_ptr_array_index(groups, i);
			if (g == reject || g == as.aside || g == chosen || g->patterns->len == 0)
				continue;
			if (version_in(rules, g, reject, &f, scan, text, a)) {
				sdk_candidate(rules, reject, &as, scan, text, a);
				return;
			}
		}
	}
}

void
st_extract_version(const StRules *rules, const char *text, StAnalysis *a)
{
	extract_version(rules, text, a, FALSE);
}

void
st_x_version_firm(const StRules *rules, const char *text, StAnalysis *a)
{
	extract_version(rules, text, a, TRUE);
}

void
st_x_version_file_name(const StRules *rules, const char *name, StAnalysis *a)
{
	if (rules == NULL || name == NULL || a == NULL || a->version != NULL)
		return;
	const StRuleGroup *g = st_rules_group(rules, "version_file");
	VersionFilter f = { rules, NULL, NULL };

	if (g != NULL && g->patterns->len > 0)
		version_in(rules, g, st_rules_group(rules, "version.not"), &f, NULL, name, a);
}

void
st_extract_version_sdk(const StRules *rules, StAnalysis *a)
{
	if (rules == NULL || a == NULL || a->sdk_version == NULL || a->component == NULL)
		return;
	/* the Rust library is core's component (the policy names two SDKs) */
	const char *comp = a->component;
	if (strcmp(comp, "core") == 0)
		comp = a->sdk_rust ? "rust" : NULL;
	if (comp == NULL || !listed(st_rules_get(rules, "version_sdk", comp), a->sdk_version_group))
		return;
	g_autofree char *gname = g_strconcat("version.", a->sdk_version_group, NULL);
	const char *kind = st_rules_get(rules, gname, "kind");
	/* the checklist's evidence follows when it was msb's version */
	gboolean cited = g_strcmp0(a->check_evidence[ST_CHECK_VERSION], a->version_evidence) == 0;
	st_set(&a->version, a->sdk_version);
	st_set(&a->version_kind, kind ? kind : a->sdk_version_group);
	st_set(&a->version_evidence, a->sdk_version_evidence);
	if (cited)
		st_set(&a->check_evidence[ST_CHECK_VERSION], a->version_evidence);
}
