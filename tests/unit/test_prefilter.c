/* test_prefilter.c — the rules engine's literal prefilter (issue #9): the
 * literals derived from a pattern, the Aho-Corasick scan, and that a
 * pattern the prefilter skips never matches. */
#include <string.h>

#include "sectriage/acscan.h"
#include "sectriage/literals.h"
#include "sectriage/rules.h"
#include "testutil.h"

#define KELVIN "\xe2\x84\xaa"
#define LONG_S "\xc5\xbf"

static gint
cmp_str(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The literals of ST_LITERALS_REQUIRED(SRC), sorted, joined by '|'; NULL
 * for no condition. */
static char *
literals_of(const char *src)
{
	g_autoptr(GPtrArray) l = st_literals_required(src);
	if (l == NULL)
		return NULL;
	g_ptr_array_sort(l, cmp_str);
	g_ptr_array_add(l, NULL);
	return g_strjoinv("|", (char **)l->pdata);
}

static const struct {
	const char *src;
	const char *want;  /* sorted, '|'-joined; NULL: no condition */
} derive_cases[] = {
	{ "sandbox escape", "sandbox escape" },
	{ "foo|barbaz", "barbaz|foo" },
	{ "colou?r", "colo" },
	{ "ab|c", NULL },                          /* a branch without a literal */
	{ "abcd|x+", NULL },
	{ "(heap|stack)[- ]overflow", " overflow|-overflow" },
	{ "(heap|stack)[- ]ov", "heap|stack" },
	{ "\\bsandbox\\w*\\b", "sandbox" },
	{ "(?:a|b)cdef", "cdef" },
	{ "(?i)SECRET", "secret" },
	{ "(?-i)Secret(?i)", "secret" },
	{ "[Kk]ernel", "kernel" },
	{ "[Kk][Ee]rnel[s]", "kernels" },
	{ "[^x]ernel", "ernel" },
	{ "[a-c]xyz", "xyz" },
	{ "[---]xyz", "xyz" },                    /* a range: no literal */
	{ "[a-]xyz", "-xyz|axyz" },
	{ "\\b40[13]\\b", "401|403" },           /* a few characters: a choice */
	{ "[Ab][cD]xy", "acxy|adxy|bcxy|bdxy" },
	{ "[abcde]xyz", "xyz" },
	{ "[ab][cd][ef][gh][ij]xyz", "ixyz|jxyz" }, /* at most 16 variants */
	{ "x[ab]?yzw", "yzw" },
	{ "[ab]+xyz", "xyz" },
	{ "\\.bashrc", ".bashrc" },
	{ "a\\x41bc", "aabc" },
	{ "a\\x{42}c", "abc" },
	{ "\\Qa.b*c\\E+", "a.b*c" },
	{ "\\Qa|b)\\E", "a|b)" },
	{ "(?!secret)abcd", "abcd" },              /* a lookahead contributes nothing */
	{ "(?<!not )exploit", "exploit" },
	{ "(?<=host )file", "file" },
	{ "abc(?=defgh)", "abc" },
	{ "(?=defgh)", NULL },
	{ "a{0,3}bcd", "bcd" },
	{ "xa{2}bcd", "bcd" },
	{ "abc{0}de", NULL },
	{ "ab+cde", "cde" },
	{ "abc+?de", "abc" },
	{ "(?<v>\\d+)\\.x(?P<w>yzw)", "yzw" },
	{ "(?:foo)?barz", "barz" },
	{ "(?:foox)*bar", "bar" },
	{ "(?:foox)+bar", "foox" },
	{ "(?:foox){1,3}ba", "foox" },
	{ "(?:abc|de)fgh", "fgh" },
	{ "(?:abc|(?:def|ghi)x)", "abc|def|ghi" },
	{ "(?:abc|(?:def|g)x)", NULL },
	{ "ab(?#comment)cdef", "abcdef" },
	{ "(?x) s e c r e t", NULL },             /* extended mode: not handled */
	{ "(?x:sec ret)", NULL },
	{ "(?-x:secret)", "secret" },
	{ "(?(1)abc|def)", NULL },                /* conditional */
	{ "(*UTF)secret", NULL },                 /* verb */
	{ "sécurité", "sécurité" },               /* a cased letter is its key */
	{ "(выход|побег) из", "выход|побег" },
	{ "abc|沙箱逃逸", "abc|沙箱逃逸" },       /* a character with no case is itself */
	{ "エスケープ|escape", "escape|エスケー" },
	{ "(?:に|へ)更新", "更新" },
	{ "更(?:新)?", "更" },
	{ "v?\\d+に更新", "に更新" },
	{ "업데이트|update", "update|업데이트" },
	{ "ثغرة أمنية", "ثغرة أ" },
	{ "सुरक्षा", "सुरक" },
	{ "(?:漏洞|bug)報告", "報告" },
	{ "沙箱逃逸沙箱逃逸沙箱逃逸", "沙箱逃逸" },  /* cut to ST_LITERALS_MAX_HIGH bytes */
	{ "абвгдеёжзий", "абвгде" },              /* ... where a character starts */
	{ "STRAßE", "straße" },
	{ "µs|abc", "abc|μs" },                   /* the micro sign is Greek mu */
	{ "ı|abc", "abc|\x80" },                  /* a key in ASCII: not a literal */
	{ "ɫ|abc", "abc|\x80" },                  /* Ɫ is above ST_FOLD_LIMIT */
	{ "ΣΟΦΊΑ|abc", "abc|σοφία" },
	{ "(?:abc|é)", "abc|é" },                 /* one non-ASCII letter is enough */
	{ "ж", "ж" },
	{ "ασφάλεια", "ασφάλε" },
	{ "abc|[а-я]+", NULL },                   /* a class is no such character */
	{ "abc|ж?xy", NULL },
	{ "\\x{44b}xyz|abc", "abc|xyz" },
	{ LONG_S "ecret", "ecret" },              /* U+017F folds to s */
	{ "abc|" KELVIN, NULL },                  /* U+212A folds to k */
	{ "^\\s*msb\\s+v?(\\d+)", "msb" },
	{ "\\bdns\\b|\\bnameserver\\b", "dns|nameserver" },
	{ "x\\d\\d\\d", NULL },
	{ "abc\\1def", "abc" },
	{ "a\\tbcd", "bcd" },
	{ "[\\]]abc", "]abc" },
	{ "[]a]bcd", "]bcd|abcd" },
	{ "[[:alpha:]]bcd", "bcd" },
	{ "abcdefghijklmnopqrstuvwxyz0123456789",
	  "abcdefghijklmnopqrstuvwxyz012345" },   /* cut to ST_LITERALS_MAX */
};

static void
test_derive(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(derive_cases); i++) {
		g_autofree char *got = literals_of(derive_cases[i].src);
		if (g_strcmp0(got, derive_cases[i].want) != 0)
			g_error("literals of %s: want %s, got %s", derive_cases[i].src,
				derive_cases[i].want ? derive_cases[i].want : "(none)",
				got ? got : "(none)");
	}
}

/* ST_LITERALS_CONDITION(SRC) written out: "lit", (a & b), (a | b). */
static void
cond_render(const StLitCond *c, GString *out)
{
	if (c->kind == ST_LIT_COND_LIT) {
		g_string_append_printf(out, "\"%s\"", c->lit);
		return;
	}
	g_string_append_c(out, '(');
	for (guint i = 0; i < c->kids->len; i++) {
		if (i > 0)
			g_string_append(out, c->kind == ST_LIT_COND_AND ? " & " : " | ");
		cond_render(g_ptr_array_index(c->kids, i), out);
	}
	g_string_append_c(out, ')');
}

static const struct {
	const char *src;
	const char *want;  /* NULL: no condition */
} cond_cases[] = {
	{ "sandbox escape", "\"sandbox escape\"" },
	{ "session (fixation|hijack)", "(\"session \" & (\"fixation\" | \"hijack\"))" },
	{ "(different|other) users'? (vm|sandbox)", "((\"different\" | \"other\") & \" users\")" },
	{ "foo|ab", NULL },                           /* a branch without a literal */
	{ "abc(?=defgh)xyz", "(\"abc\" & \"xyz\")" },  /* a lookahead: nothing */
	{ "(?:foox)?bar|qux", "(\"bar\" | \"qux\")" },
	{ "x+yzw(abc|de)", "\"yzw\"" },
	{ "a(bcd|efg)+hij", "((\"bcd\" | \"efg\") & \"hij\")" },
	{ "a(bcd|efg){0,2}hij", "\"hij\"" },
	{ "(abc (def|ghi)|jkl)mno",
	  "(((\"abc \" & (\"def\" | \"ghi\")) | \"jkl\") & \"mno\")" },
	{ "\\b40[13]\\b and", "((\"401\" | \"403\") & \" and\")" },
	{ "побег из песочниц|sandbox", "(\"побег \" | \"sandbox\")" },
	{ "(?(1)a|b)abc", NULL },                    /* not understood: none */
	{ "abc(", NULL },
};

/* A pattern, a text it does not match but that holds one of its required
 * literals, and whether the whole condition skips it. */
static const struct {
	const char *src;
	const char *text;
	gboolean skip;
} cond_skip_cases[] = {
	{ "session (fixation|hijack)", "the session only", TRUE },
	{ "session (fixation|hijack)", "a session ends in a hijack", FALSE },
	{ "(different|other) users'? (vm|sandbox)", "other users", FALSE },
	{ "(different|other) users'? (vm|sandbox)", "other people; users", FALSE },
	{ "(different|other) users'? (vm|sandbox)", "all users and admins", TRUE },
	{ "(abc (def|ghi)|jkl)mno", "abc mno", TRUE },
	{ "(abc (def|ghi)|jkl)mno", "ABC GHI MNO", FALSE },
	{ "(abc (def|ghi)|jkl)mno", "jkl? mno", FALSE },
};

static void
test_condition(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(cond_cases); i++) {
		g_autoptr(StLitCond) c = st_literals_condition(cond_cases[i].src);
		g_autoptr(GString) got = g_string_new(NULL);
		if (c != NULL)
			cond_render(c, got);
		if (g_strcmp0(c ? got->str : NULL, cond_cases[i].want) != 0)
			g_error("condition of %s: want %s, got %s", cond_cases[i].src,
				cond_cases[i].want ? cond_cases[i].want : "(none)",
				c ? got->str : "(none)");
	}
	for (guint i = 0; i < G_N_ELEMENTS(cond_skip_cases); i++) {
		g_autofree char *text = g_strdup_printf("[t]\nmatch = %s\n", cond_skip_cases[i].src);
		g_autoptr(StRules) r = tu_rules_text(text);
		const StPattern *p = g_ptr_array_index(st_rules_group(r, "t")->patterns, 0);
		g_autoptr(StScan) scan = st_scan_new(r, cond_skip_cases[i].text, -1);
		const char *t = cond_skip_cases[i].text;
		gboolean re = g_regex_match(st_pattern_regex(p, t), t, 0, NULL);
		gboolean lit = FALSE;

		/* the rows are what they say */
		g_assert_false(re);
		g_assert_nonnull(p->cond);
		g_autoptr(GPtrArray) req = st_literals_required(cond_skip_cases[i].src);
		g_autofree char *lower = g_ascii_strdown(cond_skip_cases[i].text, -1);
		for (guint k = 0; req && k < req->len; k++)
			lit |= strstr(lower, g_ptr_array_index(req, k)) != NULL;
		if (!lit)
			g_error("%s on \"%s\": no required literal", cond_skip_cases[i].src,
				cond_skip_cases[i].text);
		if (st_scan_may_match(scan, p) == cond_skip_cases[i].skip)
			g_error("%s on \"%s\": want %s", cond_skip_cases[i].src,
				cond_skip_cases[i].text, cond_skip_cases[i].skip ? "skipped" : "run");
	}
}

static const struct {
	const char *src;
	const char *want;  /* the branches joined by " ; "; NULL: none */
} branch_cases[] = {
	{ "a|b(c|d)|e", "a ; b(c|d) ; e" },
	{ "abc", NULL },                        /* no alternation */
	{ "(a|b)c", NULL },                     /* none at the top level */
	{ "[|]x|y\\|z|\\Qp|q\\E|r", "[|]x ; y\\|z ; \\Qp|q\\E ; r" },
	{ "abc|", "abc ; " },
	{ "(a)x|\\1y", NULL },                  /* a back reference ties them */
	{ "(?<n>a)x|\\k<n>y", NULL },
	{ "(?i)abc|def", NULL },                /* an option reaches the next ones */
	{ "(?i:abc)|def", "(?i:abc) ; def" },   /* a group keeps its options in */
	{ "to (?-i:SYSTEM)|root", "to (?-i:SYSTEM) ; root" },
	{ "(?i:a(?-i)b)|c", NULL },             /* but not one set inside it */
	{ "(a)|(?1)b", NULL },                  /* a subroutine call */
	{ "(?(1)a|b)|c", NULL },                /* not understood */
	{ "(?#x|y)ab|cd", "(?#x|y)ab ; cd" },
};

static void
test_branches(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(branch_cases); i++) {
		g_autoptr(GPtrArray) b = st_literals_branches(branch_cases[i].src);
		g_autofree char *got = NULL;
		if (b != NULL) {
			g_ptr_array_add(b, NULL);
			got = g_strjoinv(" ; ", (char **)b->pdata);
		}
		if (g_strcmp0(got, branch_cases[i].want) != 0)
			g_error("branches of %s: want %s, got %s", branch_cases[i].src,
				branch_cases[i].want ? branch_cases[i].want : "(none)",
				got ? got : "(none)");
	}
}

/* st_pattern_first and st_pattern_match run a pattern as its branches
 * (and itself for captures): they find what the pattern does, and where, on random
 * texts over the patterns' words (a later branch that matches earlier, a
 * branch that only matches later, none). */
static void
test_first(void)
{
	static const char *const patterns[] = {
		"zzz yy|abc def|\\bq(?:rs|tu)v\\b",
		"(different|other) users'? (vm|sandbox)|isolation bypass|cross[- ]tenant",
		"session (fixation|hijack)|\\blog ?out\\b|not invalidated",
		"x(?=yzw)|(?<!a)bcd|efg\\b",
		"^\\s*(?:curl|wget)\\s+-|^\\s*\\d{1,2}[.)]\\s",
	};
	static const char *const words[] = {
		"zzz", "yy", "abc", "def", "qrsv", "qtuv", "different", "other", "users",
		"users'", "vm", "sandbox", "isolation", "bypass", "cross-tenant", "session",
		"fixation", "hijack", "logout", "log", "out", "not", "invalidated", "xyzw",
		"abcd", "bcd", "efg", "efgh", "curl", "wget", "-s", "1.", "12)", "\n", "  ",
	};
	g_autoptr(GString) src = g_string_new(NULL);
	for (guint i = 0; i < G_N_ELEMENTS(patterns); i++)
		g_string_append_printf(src, "[p%u]\nmatch = %s\n", i, patterns[i]);
	g_autoptr(StRules) r = tu_rules_text(src->str);
	GRand *rand = g_rand_new_with_seed(11);
	guint found = 0;

	for (guint i = 0; i < G_N_ELEMENTS(patterns); i++) {
		g_autofree char *name = g_strdup_printf("p%u", i);
		const StPattern *p = g_ptr_array_index(st_rules_group(r, name)->patterns, 0);
		g_assert_cmpuint(p->n_branches, >, 1);
		for (guint round = 0; round < 300; round++) {
			g_autoptr(GString) text = g_string_new(NULL);
			guint n = g_rand_int_range(rand, 0, 9);
			for (guint k = 0; k < n; k++) {
				g_string_append(text, words[g_rand_int_range(rand, 0, G_N_ELEMENTS(words))]);
				g_string_append_c(text, g_rand_boolean(rand) ? ' ' : '\n');
			}
			g_autoptr(StScan) scan = st_scan_new(r, text->str, -1);
			g_autoptr(GMatchInfo) mi = NULL;
			gint ws = -1, we = -1, s = -2;
			gboolean want = g_regex_match(st_pattern_regex(p, text->str), text->str, 0, &mi);
			if (want)
				g_match_info_fetch_pos(mi, 0, &ws, &we);
			gboolean got = st_pattern_first(p, scan, text->str, &s);
			if (got != want || s != ws)
				g_error("%s on \"%s\": want %d at %d, got %d at %d", patterns[i],
					text->str, want, ws, got, s);
			g_assert_cmpint(st_pattern_match(p, scan, text->str, NULL), ==, want);
			/* with captures: P itself, when its branches say it matches */
			g_autoptr(GMatchInfo) mi2 = NULL;
			gint s2 = -1, e2 = -1;
			g_assert_cmpint(st_pattern_match(p, scan, text->str, &mi2), ==, want);
			g_assert_true(want || mi2 == NULL);
			if (want)
				g_assert_true(g_match_info_fetch_pos(mi2, 0, &s2, &e2) && s2 == ws && e2 == we);
			found += want;
		}
	}
	g_assert_cmpuint(found, >, 100);
	g_rand_free(rand);
}

/* Pattern, case-sensitive key or not, a text, and whether it matches. */
static const struct {
	const char *src;
	gboolean cs;
	const char *text;
	gboolean matches;
} safety_cases[] = {
	{ "foo|barbaz", FALSE, "xx BarBaz yy", TRUE },
	{ "foo|barbaz", FALSE, "bar baz", FALSE },
	{ "colou?r", FALSE, "the color", TRUE },
	{ "abc(def)?ghi", FALSE, "abcghi", TRUE },
	{ "abc(def)?ghi", FALSE, "abcdefghi", TRUE },
	{ "(?!secret)\\w+word", FALSE, "xword", TRUE },
	{ "(?<!not )exploit", FALSE, "an exploit", TRUE },
	{ "(?<!not )exploit", FALSE, "not exploit", FALSE },
	{ "foo(?=barbar)", FALSE, "foobarbar", TRUE },
	{ "[Kk]ernel", TRUE, "KERNEL", FALSE },
	{ "[Kk]ernel", TRUE, "Kernel", TRUE },
	{ "[Kk]ernel", FALSE, "KERNEL", TRUE },
	{ "kernel", FALSE, KELVIN "ernel", TRUE },       /* PCRE2 folds U+212A to k */
	{ "kernel", FALSE, "x" KELVIN "ERNEL", TRUE },
	{ "secret", FALSE, LONG_S "ecret", TRUE },       /* and U+017F to s */
	{ "password", FALSE, "pa" LONG_S LONG_S "word", TRUE },
	{ "[k]ey", FALSE, KELVIN "ey", TRUE },
	{ "(?i)secret", TRUE, "SECRET", TRUE },
	{ "(?-i)Secret", FALSE, "Secret", TRUE },
	{ "(?-i)Secret", FALSE, "secret", FALSE },
	{ "Secret", TRUE, "SECRET", FALSE },
	{ "Secret", TRUE, "a Secret b", TRUE },
	{ "\\.bashrc", FALSE, "~/.BASHRC", TRUE },
	{ "a\\x41b", FALSE, "AAB", TRUE },
	{ "\\Qa.b*c\\E", FALSE, "x a.b*c", TRUE },
	{ "\\bword\\b", FALSE, "a WORD.", TRUE },
	{ "ab{0,2}cde", FALSE, "acde", TRUE },
	{ "ab{2}cde", FALSE, "abbcde", TRUE },
	{ "^foo bar$", FALSE, "x\nfoo bar\ny", TRUE },
	{ "(?P<n>foo)bar", FALSE, "FOOBAR", TRUE },
	{ "(?:a|b)cde|xyz(?:123|456)", FALSE, "XYZ456", TRUE },
	{ "(?x) s e c r e t", FALSE, "secret", TRUE },
	{ "ab(?#xx)cdef", FALSE, "abcdef", TRUE },
	{ "abc+?def", FALSE, "abcccdef", TRUE },
	{ "colou?r", FALSE, "colr", FALSE },
	{ "sécurité", FALSE, "SÉCURITÉ", TRUE },
	{ "host\\s+file", FALSE, "host \t file", TRUE },
	{ "sandbox[ -]escape", FALSE, "Sandbox-Escape", TRUE },
	{ "sandbox[ -]escape", FALSE, "sandbox_escape", FALSE },
	{ "kernel", FALSE, "kerne1 " KELVIN "erne", FALSE },
	{ "\\b40[13]\\b", FALSE, "HTTP 403 Forbidden", TRUE },
	{ "\\b40[13]\\b", FALSE, "HTTP 402", FALSE },
	{ "[ks]ey[Ss]", FALSE, KELVIN "EY" LONG_S, TRUE },
	{ "x[a-c]yz", FALSE, "xbyz", TRUE },
	{ "x[a\\-c]yz", FALSE, "x-yz", TRUE },
	{ "(выход|побег) из песочниц|sandbox escape", FALSE, "ВЫХОД ИЗ ПЕСОЧНИЦЫ", TRUE },
	{ "(выход|побег) из песочниц|sandbox escape", FALSE, "sandbox: no escape", FALSE },
	{ "沙箱逃逸|sandbox escape", FALSE, "the 沙箱逃逸", TRUE },
	{ "沙箱逃逸|sandbox escape", FALSE, "plain ascii", FALSE },
	{ "沙箱逃逸|sandbox escape", FALSE, "沙箱 逃逸", FALSE },
	{ "(?:に|へ)更新", FALSE, "v1.2.3 に更新した", TRUE },
	{ "(?:に|へ)更新", FALSE, "更に新しい", FALSE },
	{ "업데이트", FALSE, "1.2로 업데이트", TRUE },
	{ "업데이트", FALSE, "업 데이트", FALSE },
	{ "ثغرة", FALSE, "هذه ثغرة خطيرة", TRUE },
	{ "ثغرة", FALSE, "هذه مشكلة", FALSE },
	{ "エスケープ", TRUE, "サンドボックスエスケープ", TRUE },
	{ "µs", FALSE, "3 ΜS", TRUE },
	{ "вход", FALSE, "\u1c80ХОД", TRUE },            /* U+1C80 is a rounded в */
	{ "вход", FALSE, "вход", TRUE },
	{ "вход", FALSE, "выход", FALSE },
	{ "σοφία", FALSE, "ΣΟΦΊΑ", TRUE },
	{ "ἀλήθεια", FALSE, "ἈΛΉΘΕΙΑ", TRUE },
	{ "Ärger", TRUE, "ÄRGER", FALSE },
	{ "ǆ", FALSE, "ǅ", TRUE },                         /* three cases */
	{ "å", FALSE, "\u212b", TRUE },                    /* ANGSTROM SIGN */
	{ "straße", FALSE, "STRAẞE", TRUE },
	{ "ſecret", FALSE, "SECRET", TRUE },
	{ KELVIN "ey|abc", FALSE, "a key", TRUE },
	{ "straße|abc", FALSE, "STRASSE", FALSE },
	{ "secret|password", FALSE, "s3cret, passw0rd", FALSE },
	{ "session (fixation|hijack)", FALSE, "SESSION HIJACK", TRUE },
	{ "session (fixation|hijack)", FALSE, "the session only", FALSE },
	{ "(abc (def|ghi)|jkl)mno", FALSE, "jklmno", TRUE },
	{ "(abc (def|ghi)|jkl)mno", FALSE, "abc ghimno", TRUE },
	{ "(different|other) users'? (vm|sandbox)", FALSE, "other users' vm", TRUE },
};

static void
test_safety(void)
{
	guint matched = 0, skipped = 0;

	for (guint i = 0; i < G_N_ELEMENTS(safety_cases); i++) {
		g_autofree char *text = g_strdup_printf("[t]\n%s = %s\n",
							safety_cases[i].cs ? "match-cs" : "match",
							safety_cases[i].src);
		g_autoptr(StRules) r = tu_rules_text(text);
		const StRuleGroup *g = st_rules_group(r, "t");
		const StPattern *p = g_ptr_array_index(g->patterns, 0);
		g_autoptr(StScan) scan = st_scan_new(r, safety_cases[i].text, -1);
		const char *t = safety_cases[i].text;
		gboolean re = g_regex_match(st_pattern_regex(p, t), t, 0, NULL);

		g_assert_nonnull(scan);
		/* the table says what PCRE does: a row that is wrong tests nothing */
		if (re != safety_cases[i].matches)
			g_error("%s on \"%s\": the regex %s", safety_cases[i].src,
				safety_cases[i].text, re ? "matches" : "does not match");
		if (re && !st_scan_may_match(scan, p))
			g_error("%s on \"%s\": the prefilter skips a match", safety_cases[i].src,
				safety_cases[i].text);
		g_assert_cmpint(st_pattern_match(p, scan, safety_cases[i].text, NULL), ==, re);
		matched += re;
		skipped += !st_scan_may_match(scan, p);
	}
	/* the prefilter does skip: the non-matching rows are not all run */
	g_assert_cmpuint(matched, >, 0);
	g_assert_cmpuint(skipped, >=, 3);
}

/* Scan TEXT for LITS and check every literal's bit against strstr on
 * what the scan must see: the text lowered, Kelvin as k, long s as s, the
 * capitals as their keys. */
/* TEXT lowered and folded as a scan reads it, for strstr.  Returns a new
 * string. */
static char *
scan_lowered(const char *text)
{
	g_autoptr(GString) low = g_string_new(text);
	g_string_replace(low, KELVIN, "k", 0);
	g_string_replace(low, LONG_S, "s", 0);
	g_string_replace(low, "Ё", "ё", 0);
	g_string_replace(low, "É", "é", 0);
	return g_ascii_strdown(low->str, -1);
}

/* Scan TEXT with AC, made from LITS, and check every literal's bit
 * against strstr on the lowered text. */
static void
check_bits(const StAc *ac, GPtrArray *lits, const char *text)
{
	g_autofree char *lowered = scan_lowered(text);
	g_autofree guint64 *bits = g_new0(guint64, st_ac_n_words(ac));

	st_ac_scan(ac, text, (gssize)strlen(text), bits);
	for (guint i = 0; i < lits->len; i++) {
		const char *lit = g_ptr_array_index(lits, i);
		gboolean want = strcmp(lit, "\x80") == 0 ? !g_str_is_ascii(text) :
			        strstr(lowered, lit) != NULL;
		gboolean got = (bits[i >> 6] >> (i & 63)) & 1;
		if (want != got)
			g_error("literal \"%s\" in \"%s\": want %d, got %d", lit, text, want, got);
	}
}

static void
check_scan(GPtrArray *lits, const char *text)
{
	g_autoptr(StAc) ac = st_ac_new((const char *const *)lits->pdata, lits->len);

	check_bits(ac, lits, text);
}

/* The automaton against strstr on the lowered text, on random literals
 * and texts over a small alphabet (many overlaps). */
static void
test_automaton(void)
{
	/* lower-case tokens a literal is made of: ASCII and characters that
	 * match only themselves (several share UTF-8 bytes: 沙 e6 b2 99,
	 * 法 e6 b3 95, 箱 e7 ae b1) */
	static const char *const lit_tokens[] = {
		"a", "b", "-", ".", " ", "k", "沙", "法", "箱", "\xe6", "ё", "é",
	};
	/* and what texts are made of besides: capitals, the two characters
	 * read as ASCII letters, and non-ASCII ones in no literal */
	static const char *const text_tokens[] = {
		"a", "b", "A", "B", "-", ".", " ", "k", "z", "沙", "法", "箱",
		KELVIN, LONG_S, "é", "沙箱", "ё", "Ё", "É", "ü",
	};
	GRand *rand = g_rand_new_with_seed(9);

	for (guint round = 0; round < 300; round++) {
		guint n = g_rand_int_range(rand, 1, 40);
		g_autoptr(GPtrArray) lits = g_ptr_array_new_with_free_func(g_free);
		for (guint i = 0; i < n; i++) {
			guint len = g_rand_int_range(rand, 1, 6);
			GString *l = g_string_new(NULL);
			for (guint j = 0; j < len; j++)
				g_string_append(l, lit_tokens[g_rand_int_range(rand, 0, G_N_ELEMENTS(lit_tokens))]);
			g_ptr_array_add(lits, g_string_free(l, FALSE));
		}
		g_autoptr(GString) text = g_string_new(NULL);
		guint tlen = g_rand_int_range(rand, 0, 200);
		for (guint j = 0; j < tlen; j++)
			g_string_append(text, text_tokens[g_rand_int_range(rand, 0, G_N_ELEMENTS(text_tokens))]);
		/* "\x80": any non-ASCII byte */
		if (round % 3 == 0)
			g_ptr_array_add(lits, g_strdup("\x80"));
		check_scan(lits, text->str);
	}
	g_rand_free(rand);
}

/* Long texts, which the scan cuts into stretches walked side by side
 * (acscan.c): literals taken from the text across every point where a
 * stretch may start, Kelvin signs and long s among them, long literals
 * beside short ones, and absent ones, each found as a single walk would. */
static void
test_automaton_long(void)
{
	static const char *const tokens[] = {
		"a", "b", "A", "B", " ", "k", "s", "沙", "é", "ü", KELVIN, LONG_S,
	};
	GRand *rand = g_rand_new_with_seed(36);

	for (guint round = 0; round < 120; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		guint tlen = g_rand_int_range(rand, 600, 9000);
		for (guint j = 0; j < tlen; j++)
			g_string_append(text, tokens[g_rand_int_range(rand, 0, G_N_ELEMENTS(tokens))]);
		g_autofree char *lowered = scan_lowered(text->str);
		gsize n = strlen(lowered);
		g_autoptr(GPtrArray) lits = g_ptr_array_new_with_free_func(g_free);
		for (guint i = 0; i < 48; i++) {
			/* around a quarter, a half, three quarters of the text,
			 * or anywhere; 1 to 32 bytes, cut back to whole
			 * characters */
			gsize at = i % 4 == 3 ? (gsize)g_rand_int_range(rand, 0, (gint32)n) :
				   n / 4 * (i % 4 + 1) - MIN(n / 4 * (i % 4 + 1),
							     (gsize)g_rand_int_range(rand, 0, 140));
			gsize len = g_rand_int_range(rand, 1, 33);
			while (at > 0 && ((guchar)lowered[at] & 0xC0) == 0x80)
				at--;
			len = MIN(len, n - at);
			while (len > 0 && at + len < n && ((guchar)lowered[at + len] & 0xC0) == 0x80)
				len--;
			if (len > 0)
				g_ptr_array_add(lits, g_strndup(lowered + at, len));
		}
		/* and some the text most likely lacks */
		for (guint i = 0; i < 8; i++)
			g_ptr_array_add(lits, g_strdup_printf("ab kb%ss ba%c", i % 2 ? "é" : "", 'a' + i));
		check_scan(lits, text->str);
	}
	g_rand_free(rand);
}

/* One automaton scanned by several threads at once from its first scan
 * (acscan.c fills its table as scans go, and threads may fill the same
 * entries): each thread takes the texts in its own order and finds what
 * a lone scan would.  Run under a thread checker, this is where a race
 * in the filling would show. */
typedef struct {
	const StAc *ac;
	GPtrArray *lits;
	GPtrArray *texts;
	guint first;
} ScanJob;

static gpointer
scan_job(gpointer data)
{
	ScanJob *job = data;

	for (guint i = 0; i < job->texts->len; i++)
		check_bits(job->ac, job->lits,
			   g_ptr_array_index(job->texts, (job->first + i * 7) % job->texts->len));
	return NULL;
}

static void
test_automaton_threads(void)
{
	static const char *const tokens[] = {
		"a", "b", "c", "-", " ", "k", "沙", "é", "ё",
	};
	static const char *const text_tokens[] = {
		"a", "b", "c", "A", "C", "-", " ", "k", KELVIN, "沙", "é", "É", "Ё", "z",
	};
	GRand *rand = g_rand_new_with_seed(50);
	g_autoptr(GPtrArray) lits = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);

	for (guint i = 0; i < 600; i++) {
		GString *l = g_string_new(NULL);
		for (guint j = g_rand_int_range(rand, 1, 9); j > 0; j--)
			g_string_append(l, tokens[g_rand_int_range(rand, 0, G_N_ELEMENTS(tokens))]);
		g_ptr_array_add(lits, g_string_free(l, FALSE));
	}
	g_ptr_array_add(lits, g_strdup("\x80"));
	for (guint i = 0; i < 56; i++) {
		GString *t = g_string_new(NULL);
		for (guint j = g_rand_int_range(rand, 0, 3000); j > 0; j--)
			g_string_append(t, text_tokens[g_rand_int_range(rand, 0, G_N_ELEMENTS(text_tokens))]);
		g_ptr_array_add(texts, g_string_free(t, FALSE));
	}
	g_autoptr(StAc) ac = st_ac_new((const char *const *)lits->pdata, lits->len);
	ScanJob jobs[4];
	GThread *threads[G_N_ELEMENTS(jobs)];
	for (guint i = 0; i < G_N_ELEMENTS(jobs); i++) {
		jobs[i] = (ScanJob){ ac, lits, texts, i * 13 };
		threads[i] = g_thread_new("scan", scan_job, &jobs[i]);
	}
	for (guint i = 0; i < G_N_ELEMENTS(jobs); i++)
		g_thread_join(threads[i]);
	g_rand_free(rand);
}

/* The first character of each match of the caseless pattern SRC in
 * TEXT.  Returns a new array of gunichar. */
static GArray *
caseless_hits(const char *src, const char *text)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GRegex) re = g_regex_new(src, G_REGEX_CASELESS, 0, &err);
	g_autoptr(GMatchInfo) mi = NULL;
	GArray *hits = g_array_new(FALSE, FALSE, sizeof(gunichar));

	g_assert_no_error(err);
	for (g_regex_match(re, text, 0, &mi); g_match_info_matches(mi);
	     g_match_info_next(mi, NULL)) {
		gint s = 0, e = 0;
		g_match_info_fetch_pos(mi, 0, &s, &e);
		gunichar u = g_utf8_get_char(text + s);
		g_array_append_val(hits, u);
	}
	return hits;
}

/* What the scan and the non-ASCII pseudo-literal rest on: in the PCRE2
 * that GRegex uses, a caseless ASCII character matches no non-ASCII one
 * but U+212A (k, K) and U+017F (s, S).  Caseless sets are equivalence
 * classes, so no other non-ASCII character matches an ASCII one either.
 * A PCRE2 that folds more fails here first. */
static void
test_pcre2_folds(void)
{
	g_autoptr(GString) all = g_string_new(NULL);
	guint known_folds = 0;

	for (gunichar c = 0x80; c <= 0x10FFFF; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		g_string_append_unichar(all, c);
	}
	for (int c = 0x21; c < 0x7f; c++) {
		g_autofree char *src = g_strdup_printf("\\x%02x", c);
		g_autoptr(GArray) hits = caseless_hits(src, all->str);
		for (guint i = 0; i < hits->len; i++) {
			gunichar u = g_array_index(hits, gunichar, i);
			gboolean known = (u == 0x212A && g_ascii_tolower(c) == 'k') ||
					 (u == 0x017F && g_ascii_tolower(c) == 's');
			if (!known)
				g_error("caseless '%c' matches U+%04X", c, u);
			known_folds++;
		}
	}
	g_assert_cmpuint(known_folds, ==, 4);  /* k K s S: the search works */
}

/* What the literals of non-ASCII characters rest on: a character that
 * st_literals_exact_char takes matches only itself in the PCRE2 that
 * GRegex uses, caseless.  One caseless class of all of them (as ranges),
 * run over every other character, must match none. */
static void
test_pcre2_exact(void)
{
	g_autoptr(GString) cls = g_string_new("[");
	g_autoptr(GString) rest = g_string_new(NULL);
	g_autoptr(GError) err = NULL;
	g_autoptr(GMatchInfo) mi = NULL;
	guint exact = 0;

	for (gunichar c = 0x20; c <= 0x10FFFF; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		if (c < 0x80 || !st_literals_exact_char(c)) {
			if (c != 0x7F)
				g_string_append_unichar(rest, c);
			continue;
		}
		gunichar e = c;
		while (e < 0x10FFFF && st_literals_exact_char(e + 1))
			e++;
		g_string_append_printf(cls, "\\x{%x}-\\x{%x}", c, e);
		exact += e - c + 1;
		c = e;
	}
	g_string_append_c(cls, ']');
	g_autoptr(GRegex) re = g_regex_new(cls->str, G_REGEX_CASELESS, 0, &err);
	g_assert_no_error(err);
	if (g_regex_match(re, rest->str, 0, &mi)) {
		g_autofree char *w = g_match_info_fetch(mi, 0);
		g_error("a character taken as exact matches \"%s\" caseless", w);
	}
	g_assert_cmpuint(exact, >, 90000);  /* the Han ideographs alone */
	g_assert_false(st_literals_exact_char(0x00DF));  /* ß, ẞ */
	g_assert_false(st_literals_exact_char(0x00B5));  /* µ, μ, Μ */
	g_assert_false(st_literals_exact_char(0x212A));  /* KELVIN SIGN, k */
	g_assert_true(st_literals_exact_char(0x6C99));   /* 沙 */
}

/* What the scan reads a character as (acscan.c). */
static gunichar
scan_fold(gunichar u)
{
	gunichar k = u >= 0x80 && u < ST_FOLD_LIMIT ? st_literals_fold_char(u) : 0;
	return k ? k : u;
}

static gboolean
has_case(gunichar u)
{
	return g_unichar_tolower(u) != u || g_unichar_toupper(u) != u || g_unichar_totitle(u) != u;
}

/* What the keys of cased letters rest on: every character PCRE2 (as
 * GRegex uses it) matches caseless with a letter st_literals_fold_char
 * gives a key is read by the scan as that key.  First a caseless class of
 * all such letters, run over every character that has no case mapping, is
 * no mapping's target and is no such letter, must match none; then each
 * letter alone, run over all the others, may match only its key's. */
static void
test_pcre2_fold(void)
{
	g_autoptr(GHashTable) target = g_hash_table_new(NULL, NULL);
	g_autoptr(GString) cls = g_string_new("[");
	g_autoptr(GString) rest = g_string_new(NULL), cand = g_string_new(NULL);
	g_autoptr(GArray) letters = g_array_new(FALSE, FALSE, sizeof(gunichar));

	for (gunichar c = 0x80; c <= 0x10FFFF; c++) {
		if (has_case(c)) {
			g_hash_table_add(target, GUINT_TO_POINTER(g_unichar_tolower(c)));
			g_hash_table_add(target, GUINT_TO_POINTER(g_unichar_toupper(c)));
			g_hash_table_add(target, GUINT_TO_POINTER(g_unichar_totitle(c)));
		}
	}
	for (gunichar c = 0x20; c <= 0x10FFFF; c++) {
		if ((c >= 0xD800 && c <= 0xDFFF) || c == 0x7F)
			continue;
		gboolean letter = c >= 0x80 && st_literals_fold_char(c) != 0 &&
				  !st_literals_exact_char(c);
		if (letter) {
			g_array_append_val(letters, c);
			g_string_append_printf(cls, "\\x{%x}", c);
		}
		if (letter || has_case(c) || g_hash_table_contains(target, GUINT_TO_POINTER(c)))
			g_string_append_unichar(cand, c);
		else
			g_string_append_unichar(rest, c);
	}
	g_string_append_c(cls, ']');
	g_assert_cmpuint(letters->len, >, 1000);

	g_autoptr(GError) err = NULL;
	g_autoptr(GRegex) all = g_regex_new(cls->str, G_REGEX_CASELESS, 0, &err);
	g_autoptr(GMatchInfo) mi = NULL;
	g_assert_no_error(err);
	if (g_regex_match(all, rest->str, 0, &mi)) {
		g_autofree char *w = g_match_info_fetch(mi, 0);
		g_error("a letter read as its key matches \"%s\" caseless", w);
	}

	for (guint i = 0; i < letters->len; i++) {
		gunichar c = g_array_index(letters, gunichar, i);
		g_autofree char *src = g_strdup_printf("\\x{%x}", c);
		g_autoptr(GArray) hits = caseless_hits(src, cand->str);
		guint self = 0;
		for (guint j = 0; j < hits->len; j++) {
			gunichar u = g_array_index(hits, gunichar, j);
			if (scan_fold(u) != st_literals_fold_char(c))
				g_error("U+%04X matches U+%04X caseless, but the scan reads it "
					"as U+%04X, not U+%04X", c, u, scan_fold(u),
					st_literals_fold_char(c));
			self += u == c;
		}
		g_assert_cmpuint(self, ==, 1);
	}
	g_assert_cmphex(st_literals_fold_char(0x0401), ==, 0x0451);  /* Ё ё */
	g_assert_cmphex(st_literals_fold_char(0x03C2), ==, 0x03C3);  /* ς σ */
	g_assert_cmphex(st_literals_fold_char(0x1E9E), ==, 0x00DF);  /* ẞ ß */
	g_assert_cmphex(st_literals_fold_char(0x0131), ==, 0);       /* ı: I */
	g_assert_cmphex(st_literals_fold_char(0x212A), ==, 0);       /* KELVIN: k */
}

/* The repository's rules: most patterns get a condition, and the hot
 * groups are among them (the prefilter is not silently "none"). */
static void
test_repo_rules(void)
{
	g_autoptr(StRules) r = tu_repo_rules();
	guint n = 0, with = 0, lits = 0;

	st_rules_prefilter_stats(r, &n, &with, &lits);
	g_assert_cmpuint(n, >, 100);
	g_assert_cmpuint(with * 100, >=, n * 70);
	g_assert_cmpuint(lits, >=, with);
	static const char *const groups[] = {
		"class.sandbox_escape", "class.network_bypass", "credit.request", "exploited",
	};
	for (guint i = 0; i < G_N_ELEMENTS(groups); i++) {
		const StRuleGroup *g = st_rules_group(r, groups[i]);
		guint k = 0;
		g_assert_nonnull(g);
		for (guint j = 0; j < g->patterns->len; j++)
			k += ((StPattern *)g_ptr_array_index(g->patterns, j))->n_lits > 0;
		if (k * 2 < g->patterns->len)
			g_error("[%s]: %u of %u patterns have a literal", groups[i], k,
				g->patterns->len);
	}
	/* a text without the literals runs nothing of a group */
	g_autoptr(StScan) scan = st_scan_new(r, "hello, world", -1);
	const StRuleGroup *g = st_rules_group(r, "class.sandbox_escape");
	guint run = 0;
	for (guint j = 0; j < g->patterns->len; j++)
		run += st_scan_may_match(scan, g_ptr_array_index(g->patterns, j));
	g_assert_cmpuint(run, <, g->patterns->len / 2);
}

static const char two_patterns[] =
	"[t]\n"
	"match.a = zzqqx\n"
	"match.b = foobar\n";

/* Rules whose pattern b has pattern a's condition: a wrong prefilter. */
static StRules *
wrong_rules(const StPattern **b)
{
	StRules *r = tu_rules_text(two_patterns);
	const StRuleGroup *g = st_rules_group(r, "t");
	StPattern *pa = g_ptr_array_index(g->patterns, 0);
	StPattern *pb = g_ptr_array_index(g->patterns, 1);
	g_assert_cmpuint(pa->n_lits, ==, 1);
	g_assert_cmpuint(pb->n_lits, ==, 1);
	g_assert_cmpuint(pb->n_lit_words, ==, 1);
	pb->lits[0] = pa->lits[0];
	*b = pb;
	return r;
}

/* Check mode runs what the prefilter skips and aborts on a match. */
static void
test_check_mode(void)
{
	if (g_test_subprocess()) {
		g_setenv("ST_PREFILTER_CHECK", "1", TRUE);
		const StPattern *b = NULL;
		g_autoptr(StRules) r = wrong_rules(&b);
		g_autoptr(StScan) scan = st_scan_new(r, "a foobar", -1);
		st_pattern_match(b, scan, "a foobar", NULL);
		return;  /* not reached */
	}
	g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
	g_test_trap_assert_failed();
	g_test_trap_assert_stderr("*prefilter check*match.b*");

	/* without check mode the wrong condition skips the match silently,
	 * with the prefilter off it is not used */
	g_unsetenv("ST_PREFILTER_CHECK");
	const StPattern *b = NULL;
	g_autoptr(StRules) r = wrong_rules(&b);
	g_autoptr(StScan) scan = st_scan_new(r, "a foobar", -1);
	g_assert_false(st_pattern_match(b, scan, "a foobar", NULL));
	g_assert_true(st_pattern_match(b, NULL, "a foobar", NULL));

	g_setenv("ST_PREFILTER", "0", TRUE);
	g_autoptr(StRules) off = tu_rules_text(two_patterns);
	g_unsetenv("ST_PREFILTER");
	g_assert_null(st_scan_new(off, "a foobar", -1));
}

/* st_scan_new remembers a thread's last scans by content: a text scanned
 * again gets the same bits, an equal text at another address too, a
 * different text of the same length its own, and the empty text (kept as
 * NULL) is compared without reading it (the fuzzer's first input). */
static void
test_scan_memo(void)
{
	g_autoptr(StRules) r = tu_rules_text(two_patterns);
	const StRuleGroup *g = st_rules_group(r, "t");
	const StPattern *a = g_ptr_array_index(g->patterns, 0);
	const StPattern *b = g_ptr_array_index(g->patterns, 1);
	g_autofree char *copy = g_strdup("xx zzqqx yy");

	for (int round = 0; round < 2; round++) {
		g_autoptr(StScan) e1 = st_scan_new(r, "", -1);
		g_autoptr(StScan) e2 = st_scan_new(r, "", 0);
		g_autoptr(StScan) s1 = st_scan_new(r, "xx zzqqx yy", -1);
		g_autoptr(StScan) s2 = st_scan_new(r, copy, -1);
		g_autoptr(StScan) s3 = st_scan_new(r, "xx foobar y", -1);
		g_assert_false(st_scan_may_match(e1, a));
		g_assert_false(st_scan_may_match(e2, b));
		g_assert_true(st_scan_may_match(s1, a));
		g_assert_false(st_scan_may_match(s1, b));
		g_assert_true(st_scan_may_match(s2, a));
		g_assert_false(st_scan_may_match(s3, a));
		g_assert_true(st_scan_may_match(s3, b));
	}
	st_scan_memo_clear();
}

/* The union of scans may match what one of them may, and nothing else; a
 * NULL scan among them gives no union. */
static void
test_scan_union(void)
{
	g_autoptr(StRules) r = tu_rules_text(two_patterns);
	const StRuleGroup *g = st_rules_group(r, "t");
	const StPattern *a = g_ptr_array_index(g->patterns, 0);
	const StPattern *b = g_ptr_array_index(g->patterns, 1);
	g_autoptr(StScan) sa = st_scan_new(r, "xx zzqqx yy", -1);
	g_autoptr(StScan) sb = st_scan_new(r, "xx foobar y", -1);
	g_autoptr(StScan) none = st_scan_new(r, "nothing here", -1);
	const StScan *both[] = { none, sa, sb }, *neither[] = { none, none };
	const StScan *with_null[] = { sa, NULL };
	g_autoptr(StScan) u = st_scan_union(both, G_N_ELEMENTS(both));
	g_autoptr(StScan) n = st_scan_union(neither, G_N_ELEMENTS(neither));

	g_assert_nonnull(u);
	g_assert_true(st_scan_may_match(u, a));
	g_assert_true(st_scan_may_match(u, b));
	g_assert_false(st_scan_may_match(n, a));
	g_assert_false(st_scan_may_match(n, b));
	g_assert_null(st_scan_union(with_null, G_N_ELEMENTS(with_null)));
	g_assert_null(st_scan_union(both, 0));
	st_scan_memo_clear();
}

/* A condition as text, to compare two of them. */
static void
cond_text(const StLitCond *c, GString *out)
{
	if (c == NULL) {
		g_string_append(out, "-");
		return;
	}
	if (c->kind == ST_LIT_COND_LIT) {
		g_string_append_printf(out, "'%s'", c->lit);
		return;
	}
	g_string_append(out, c->kind == ST_LIT_COND_AND ? "and(" : "or(");
	for (guint i = 0; i < c->kids->len; i++) {
		if (i)
			g_string_append_c(out, ',');
		cond_text(g_ptr_array_index(c->kids, i), out);
	}
	g_string_append_c(out, ')');
}

/* st_literals_read reads a pattern once for loading (#9): each branch's
 * condition it gives is the one a reading of that branch alone gives, for
 * every pattern of the repository's rules. */
static void
test_reading(void)
{
	g_autoptr(StRules) r = tu_repo_rules();
	g_autoptr(GPtrArray) groups = st_rules_groups(r, "");
	guint with_branches = 0;

	g_assert_cmpuint(groups->len, ==, st_rules_n_groups(r));
	for (guint i = 0; i < groups->len; i++) {
		const StRuleGroup *g = g_ptr_array_index(groups, i);
		for (guint j = 0; j < g->patterns->len; j++) {
			const StPattern *p = g_ptr_array_index(g->patterns, j);
			g_auto(StLitReading) read = { 0 };
			st_literals_read(p->source, &read);
			if (read.branches == NULL) {
				g_assert_null(read.branch_conds);
				continue;
			}
			with_branches++;
			g_assert_cmpuint(read.branches->len, >=, 2);
			g_assert_cmpuint(read.branch_conds->len, ==, read.branches->len);
			for (guint k = 0; k < read.branches->len; k++) {
				g_autoptr(StLitCond) alone =
					st_literals_condition(g_ptr_array_index(read.branches, k));
				g_autoptr(GString) a = g_string_new(NULL), b = g_string_new(NULL);
				cond_text(g_ptr_array_index(read.branch_conds, k), a);
				cond_text(alone, b);
				if (strcmp(a->str, b->str) != 0)
					g_error("[%s] %s, branch %u: %s read with the pattern, %s alone",
						g->name, p->key, k, a->str, b->str);
			}
		}
	}
	g_assert_cmpuint(with_branches, >, 100);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/prefilter/scan-memo", test_scan_memo);
	g_test_add_func("/prefilter/scan-union", test_scan_union);
	g_test_add_func("/prefilter/derive", test_derive);
	g_test_add_func("/prefilter/condition", test_condition);
	g_test_add_func("/prefilter/branches", test_branches);
	g_test_add_func("/prefilter/reading", test_reading);
	g_test_add_func("/prefilter/first", test_first);
	g_test_add_func("/prefilter/safety", test_safety);
	g_test_add_func("/prefilter/automaton", test_automaton);
	g_test_add_func("/prefilter/automaton-long", test_automaton_long);
	g_test_add_func("/prefilter/automaton-threads", test_automaton_threads);
	g_test_add_func("/prefilter/pcre2-folds", test_pcre2_folds);
	g_test_add_func("/prefilter/pcre2-exact", test_pcre2_exact);
	g_test_add_func("/prefilter/pcre2-fold", test_pcre2_fold);
	g_test_add_func("/prefilter/repo-rules", test_repo_rules);
	g_test_add_func("/prefilter/check-mode", test_check_mode);
	return g_test_run();
}
