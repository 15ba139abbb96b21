/*
 * extract_platform.c — the host platform a report names.
 *
 * Six fields, each searched on its own with a rule group of
 * rules/extract.rules ([platform.OS.FIELD]): Linux distro and kernel, macOS
 * version and chip, Windows edition and build.  [platform.not] vetoes
 * candidates (a host mentioned only as a negative test, a kernel string's
 * build line).  A candidate [platform.aside] marks (a colleague's machine)
 * is a second choice: a field takes it only when the field has no other.
 * The operating system with the most fields found that were no second
 * choice wins, then the one with the most fields (ties: the one named
 * first, unless [platform.inner] says one runs inside the other: msb in
 * WSL is on Linux; [platform.vm]: msb in a VM on the writer's computer
 * is on the VM's Linux); only its fields are set.  With no field at all, a host
 * named without one ([platform.host.OS]) gives "os" alone.  Linux on a
 * Mac ([platform.linux.chip]: Asahi, the device tree's model) gives the
 * Apple chip too; it does not count in choosing the system.
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

enum { F_DISTRO, F_KERNEL, F_MACOS, F_CHIP, F_EDITION, F_BUILD, F_LXCHIP, F_N };

static const struct {
	const char *group;
	const char *capture;     /* named group that must take part */
	int os;                  /* 0 linux, 1 macos, 2 windows */
	gboolean counts;         /* counts in choosing the system */
} fields[F_N] = {
	{ "platform.linux.distro", NULL, 0, TRUE },
	{ "platform.linux.kernel", "kernel", 0, TRUE },
	{ "platform.macos.version", "macos", 1, TRUE },
	{ "platform.macos.chip", "chip", 1, TRUE },
	{ "platform.windows.edition", "distro", 2, TRUE },
	{ "platform.windows.build", "kernel", 2, TRUE },
	{ "platform.linux.chip", "chip", 0, FALSE },
};

static const char *const os_names[] = { "linux", "macos", "windows" };
/* [platform.host.OS], in the order of os_names */
static const char *const host_groups[] = {
	"platform.host.linux", "platform.host.macos", "platform.host.windows",
};

typedef struct {
	char *value;
	gint pos;
	gboolean aside;   /* a second choice ([platform.aside]) */
} Found;

/* Trim trailing punctuation a sentence leaves on a value. */
static char *
tidy(char *v)
{
	gsize n;
	if (v == NULL)
		return NULL;
	n = strlen(v);
	while (n > 0 && (strchr(".,;:(\"'`", v[n - 1]) ||
			 (v[n - 1] == ')' && strchr(v, '(') == NULL)))
		v[--n] = '\0';
	if (n == 0) {
		g_free(v);
		return NULL;
	}
	return v;
}

/* A Windows release as Settings > About and winver write it after the
 * edition, with the word for "version" in the system's language:
 * "Windows 11 Pro, Version 23H2", "Windows 11 Home, version 23H2",
 * "Windows 11 Pro, versión 23H2", "Windows 11 Домашняя, версия 23H2",
 * "Windows 11 专业版 版本 24H2".  distro holds edition and release
 * ("Windows 11 Pro 23H2", the devset README's form), so the comma and the
 * word go (1385, 1585).  Only a release ends the value (a half-year
 * "23H2" or a four-digit "2004"); anything else is left as it is.
 * Rewrites E in place. */
static void
edition_release_form(char *e)
{
	static const char *const words[] = {
		"version", "versión", "versão", "versione", "wersja",
		"verze", "versie", "verzió", "verzio", "sürüm", "versjon",
		"versio", "versiunea", "версия", "версія", "έκδοση", "版本",
		"バージョン", "버전",
	};
	if (e == NULL)
		return;
	gsize rn = 0, n = strlen(e);
	while (rn < n && !g_ascii_isspace(e[n - rn - 1]))
		rn++;
	if (rn == n)
		return;
	char *rel = e + n - rn;
	gboolean half = rn == 4 && g_ascii_isdigit(rel[0]) && g_ascii_isdigit(rel[1]) &&
			(rel[2] == 'H' || rel[2] == 'h') && (rel[3] == '1' || rel[3] == '2');
	gboolean year = rn == 4 && g_ascii_isdigit(rel[0]) && g_ascii_isdigit(rel[1]) &&
			g_ascii_isdigit(rel[2]) && g_ascii_isdigit(rel[3]);
	if (!half && !year)
		return;
	if (half)
		rel[2] = 'H';
	/* the word before the release */
	char *wend = rel - 1;            /* the blank before the release */
	char *w = wend;
	while (w > e && !g_ascii_isspace(w[-1]))
		w--;
	if (w == e)
		return;
	gboolean known = FALSE;
	g_autofree char *word = g_utf8_strdown(w, wend - w);
	for (gsize i = 0; i < G_N_ELEMENTS(words) && !known; i++)
		known = strcmp(word, words[i]) == 0;
	/* drop the word and the comma and blanks before it (a comma alone
	 * too: "Windows 11 Pro, 23H2") */
	char *cut = known ? w : wend;
	while (cut > e && (g_ascii_isspace(cut[-1]) || cut[-1] == ','))
		cut--;
	if (cut == e)
		return;
	*cut = ' ';
	memmove(cut + 1, rel, rn + 1);
}

/* The Windows edition of hit H (its "distro" group): chat's shorthand
 * ("win11", "win 10", "w11 home 23H2") as the edition it names, its words
 * capitalised as Windows writes them; else the edition and its release
 * (edition_release_form), the release on a line of its own below it
 * added (Get-ComputerInfo's "OsDisplayVersion : 24H2", 177, 4823:
 * "Windows 11 Pro 24H2") unless the edition already ends in one. */
static char *
edition_value(const StXHit *h)
{
	char *e = tidy(st_x_named(h, "distro"));
	if (e != NULL && (e[0] == 'w' || e[0] == 'W') && g_ascii_strncasecmp(e, "windows", 7) != 0) {
		const char *rest = e + 1 + (g_ascii_strncasecmp(e, "win", 3) == 0 ? 2 : 0);
		char *w = g_strdup_printf("Windows %s", rest + strspn(rest, " \t"));
		for (char *c = w + 8; *c; c++)
			if (c[-1] == ' ' && g_ascii_islower(*c))
				*c = g_ascii_toupper(*c);
		g_free(e);
		return w;
	}
	edition_release_form(e);
	g_autofree char *rel = st_x_named(h, "release");
	if (e != NULL && rel != NULL && !g_str_has_suffix(e, rel)) {
		char *both = g_strconcat(e, " ", rel, NULL);
		g_free(e);
		e = both;
	}
	return e;
}

static char *
field_value(const StRules *rules, int f, const StXHit *h)
{
	switch (f) {
	case F_DISTRO: {
		char *d = st_x_named(h, "distro");
		if (d)
			return tidy(d);
		g_autofree char *name = st_x_named(h, "name");
		g_autofree char *ver = st_x_named(h, "ver");
		if (name == NULL) {
			/* a name ending in -a, declined: its stem ("Fedoru 42") */
			g_autofree char *stem = st_x_named(h, "name_a");
			if (stem == NULL)
				return NULL;
			name = g_strconcat(stem, "a", NULL);
		}
		/* a writer's shorthand for the name ("deb12", "u24.04",
		 * [platform.distro-abbrev]): the name it stands for */
		g_autofree char *low = g_ascii_strdown(name, -1);
		const char *full = st_rules_get(rules, "platform.distro-abbrev", low);
		if (full != NULL) {
			g_free(name);
			name = g_strdup(full);
		}
		/* a name taken from an identifier ("ubuntu-24_04-lts", a
		 * cloud image) is all lower case and writes the release's dot
		 * as an underscore: "Ubuntu 24.04" */
		if (strpbrk(name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == NULL)
			name[0] = g_ascii_toupper(name[0]);
		if (ver == NULL)
			return g_strdup(name);
		for (char *p = ver; *p; p++)
			if (*p == '_' && p > ver && g_ascii_isdigit(p[-1]) && g_ascii_isdigit(p[1]))
				*p = '.';
		/* a release's "LTS" written apart from it (a runner's banner
		 * puts it on a line of its own, 1529) */
		g_autofree char *lts = st_x_named(h, "lts");
		return g_strdup_printf("%s %s%s", name, ver, lts && *lts ? " LTS" : "");
	}
	case F_KERNEL:
	case F_BUILD:
		return tidy(st_x_named(h, "kernel"));
	case F_MACOS:
		return tidy(st_x_named(h, "macos"));
	case F_CHIP:
	case F_LXCHIP: {
		char *c = tidy(st_x_named(h, "chip"));
		if (c && (c[0] == 'M' || c[0] == 'm') && g_ascii_isdigit(c[1])) {
			c[0] = 'M';   /* "a macbook air m1" */
			char *apple = g_strconcat("Apple ", c, NULL);
			g_free(c);
			return apple;
		}
		/* an Intel Mac's processor: no Apple chip, and the field
		 * stays empty (1417) */
		if (c && g_ascii_strncasecmp(c, "Apple M", 7) != 0) {
			g_free(c);
			return NULL;
		}
		return c;
	}
	case F_EDITION:
		return edition_value(h);
	default:
		return NULL;
	}
}

/* A distribution named on the line that gives the kernel ("Host: Ubuntu
 * 22.04.4 LTS, kernel 6.5.0-45-generic") describes that host; one named
 * earlier elsewhere may be another machine (a digest's other message, a
 * colleague's laptop).  Replaces FOUND's distro with it when there is one. */
static void
prefer_kernel_line(const StRules *rules, const StRuleGroup *reject, const StScan *scan,
		   const char *text, Found *found)
{
	if (found[F_KERNEL].value == NULL || found[F_DISTRO].value == NULL)
		return;
	const char *k = text + found[F_KERNEL].pos;
	const char *bol = k, *eol = strchr(k, '\n');
	while (bol > text && bol[-1] != '\n')
		bol--;
	const char *d = text + found[F_DISTRO].pos;
	if (d >= bol && (eol == NULL || d < eol))
		return;
	g_autofree char *line = eol ? g_strndup(bol, eol - bol) : g_strdup(bol);
	StXHit h;
	if (!st_x_find_in(st_rules_group(rules, fields[F_DISTRO].group), reject, scan, line,
			  fields[F_DISTRO].capture, &h))
		return;
	char *v = field_value(rules, F_DISTRO, &h);
	if (v != NULL) {
		g_free(found[F_DISTRO].value);
		found[F_DISTRO].value = v;
		found[F_DISTRO].pos = (gint)(bol - text) + h.start;
	}
	st_x_hit_clear(&h);
}

/* The NT build number in a Windows build string ("10.0.26100.2518",
 * "26100.2518", "22631"), or 0. */
static guint64
nt_build(const char *kernel)
{
	if (kernel == NULL)
		return 0;
	if (g_str_has_prefix(kernel, "10.0."))
		kernel += 5;
	return g_ascii_strtoull(kernel, NULL, 10);
}

/* Windows 11 still calls itself "Windows 10" in the registry's ProductName
 * and in Get-ComputerInfo's WindowsProductName; its NT builds start at
 * 22000.  An edition of "Windows 10 ..." found with a build of 22000 or
 * more is Windows 11 ("Windows 10 Pro" with 10.0.26100.2518: "Windows 11
 * Pro").  Rewrites FOUND's edition in place. */
static void
edition_from_build(Found *found)
{
	char *e = found[F_EDITION].value;
	if (e == NULL || !g_str_has_prefix(e, "Windows 10") || g_ascii_isdigit(e[10]))
		return;
	if (nt_build(found[F_BUILD].value) < 22000)
		return;
	e[9] = '1';
}

/* Index of the operating system NAME in os_names, or -1. */
static int
os_index(const char *name)
{
	for (int os = 0; os < (int)G_N_ELEMENTS(os_names); os++)
		if (name != NULL && strcmp(name, os_names[os]) == 0)
			return os;
	return -1;
}

/* No field found: the system of the host named first without one ("It's
 * my MacBook", "on my Windows laptop"), [platform.host.OS], gives "os"
 * alone, unless the writer says he tested nothing. */
static void
host_named(const StRules *rules, const StRuleGroup *reject, const StScan *scan,
	   const char *text, const char *orig, const gint *map, StAnalysis *a)
{
	int best = -1;
	gint best_pos = G_MAXINT;

	/* the writer ran nothing: the machine he names is where he read the
	 * code or wrote the mail ([platform.host.untested]) */
	if (st_x_any_in(st_rules_group(rules, "platform.host.untested"), scan, text))
		return;
	for (int os = 0; os < (int)G_N_ELEMENTS(host_groups); os++) {
		StXHit h;
		if (!st_x_find_in(st_rules_group(rules, host_groups[os]), reject, scan, text, NULL, &h))
			continue;
		if (h.start < best_pos) {
			best = os;
			best_pos = h.start;
		}
		st_x_hit_clear(&h);
	}
	if (best < 0)
		return;
	g_autofree char *line = st_x_evidence(orig, map ? map[best_pos] : best_pos);
	st_set(&a->os, os_names[best]);
	st_set(&a->platform_evidence, line);
}

/* Each field of TEXT ([platform.OS.FIELD], REJECT vetoing, ASIDE marking
 * a second choice) into FOUND; per operating system, the fields found in
 * COUNT, those that are no second choice in OWN, the first one's offset
 * in FIRST. */
static void
find_fields(const StRules *rules, const StRuleGroup *reject, const StRuleGroup *aside,
	    const StScan *scan, const char *text, Found *found, int *count, int *own, int *first)
{
	for (int f = 0; f < F_N; f++) {
		const StRuleGroup *g = st_rules_group(rules, fields[f].group);
		StXHit h;
		if (!st_x_find_preferring(g, reject, aside, scan, text, fields[f].capture, &h,
					  &found[f].aside))
			continue;
		found[f].value = field_value(rules, f, &h);
		found[f].pos = h.start;
		st_x_hit_clear(&h);
		if (found[f].value == NULL || !fields[f].counts)
			continue;
		int os = fields[f].os;
		count[os]++;
		if (!found[f].aside)
			own[os]++;
		first[os] = MIN(first[os], found[f].pos);
	}
}

/* The operating system of TEXT's host, or -1 when no field was found
 * (COUNT, OWN, FIRST as find_fields gives them): the one with the most
 * fields that are no second choice, then the most fields, then the one
 * named first; but the one [platform.inner] says runs inside the other
 * at a tie, and the VM's ([platform.vm]) whenever it has a field of its
 * own, or the writer says msb does not run outside it
 * ([platform.vm.sole]; where he says so in *SOLE_AT, else -1). */
static int
best_os(const StRules *rules, const StScan *scan, const char *text, const int *count,
	const int *own, const int *first, gint *sole_at)
{
	int best = -1;

	for (int os = 0; os < 3; os++) {
		if (count[os] == 0)
			continue;
		if (best < 0 || own[os] > own[best] ||
		    (own[os] == own[best] && count[os] > count[best]) ||
		    (own[os] == own[best] && count[os] == count[best] && first[os] < first[best]))
			best = os;
	}
	const StRuleGroup *inner = st_rules_group(rules, "platform.inner");
	int in_os = os_index(st_rule_get(inner, "os"));
	if (best >= 0 && in_os >= 0 && in_os != best && count[in_os] == count[best] &&
	    own[in_os] == own[best] && st_x_any_in(inner, scan, text))
		best = in_os;
	/* msb run in a VM on the writer's computer ([platform.vm]: "I run
	 * Ubuntu 24.04 in VirtualBox for microsandbox", 1576): the VM's system
	 * is the platform whenever it has a field of its own, even when the
	 * computer around it is told in more fields */
	const StRuleGroup *vm = st_rules_group(rules, "platform.vm");
	int vm_os = os_index(st_rule_get(vm, "os"));
	if (best >= 0 && vm_os >= 0 && vm_os != best && own[vm_os] > 0 &&
	    st_x_any_in(vm, scan, text))
		best = vm_os;
	/* ... and even with no field, when the writer says msb does not run
	 * on the computer around it ([platform.vm.sole], 3833) */
	const StRuleGroup *sole = st_rules_group(rules, "platform.vm.sole");
	int sole_os = os_index(st_rule_get(sole, "os"));
	StXHit h;
	*sole_at = -1;
	if (best >= 0 && sole_os >= 0 && sole_os != best &&
	    st_x_find_in(sole, NULL, scan, text, NULL, &h)) {
		best = sole_os;
		*sole_at = h.start;
		st_x_hit_clear(&h);
	}
	return best;
}

/* Sets A's "os" to BEST and its fields to FOUND's of that system, with the
 * writer's lines that give them (ORIG, at MAP's offsets) as the evidence. */
static void
set_fields(const StRules *rules, const Found *found, int best, const char *orig,
	   const gint *map, StAnalysis *a)
{
	g_autoptr(GString) ev = g_string_new(NULL);
	/* a host the schema has no name for (FreeBSD quoting an
	 * os-release file) keeps its fields but no "os" */
	const StRuleGroup *other = st_rules_group(rules, "platform.other");
	gboolean named = !(best == 0 && found[F_DISTRO].value != NULL && other != NULL &&
			   st_rule_match(other, found[F_DISTRO].value, NULL, NULL));
	st_set(&a->os, named ? os_names[best] : NULL);
	for (int f = 0; f < F_N; f++) {
		if (fields[f].os != best || found[f].value == NULL)
			continue;
		switch (f) {
		case F_DISTRO: case F_EDITION: st_set(&a->distro, found[f].value); break;
		case F_KERNEL: case F_BUILD: st_set(&a->kernel, found[f].value); break;
		case F_MACOS: st_set(&a->macos_version, found[f].value); break;
		case F_CHIP: case F_LXCHIP: st_set(&a->chip, found[f].value); break;
		}
		g_autofree char *line = st_x_evidence(orig, map ? map[found[f].pos]
							      : found[f].pos);
		if (strstr(ev->str, line) == NULL) {
			if (ev->len)
				g_string_append(ev, " | ");
			g_string_append(ev, line);
		}
	}
	st_set(&a->platform_evidence, ev->str);
}

/* The platform of TEXT (ORIG as the writer wrote it, MAP from TEXT's
 * offsets to ORIG's, NULL when they are the same) into A: the fields
 * found (find_fields), the kernel line's distribution preferred
 * (prefer_kernel_line), Windows 11 told by its build (edition_from_build),
 * then the system best_os chooses; with none, a host named without a
 * field (host_named). */
static void
extract_platform(const StRules *rules, const char *text, const char *orig, const gint *map,
		 StAnalysis *a)
{
	Found found[F_N] = { { NULL, -1, FALSE } };
	const StRuleGroup *reject, *aside;
	int count[3] = { 0, 0, 0 }, first[3] = { G_MAXINT, G_MAXINT, G_MAXINT };
	int own[3] = { 0, 0, 0 };   /* fields that are no second choice */

	reject = st_rules_group(rules, "platform.not");
	aside = st_rules_group(rules, "platform.aside");
	g_autoptr(StScan) scan = st_scan_new(rules, text, -1);  /* the prefilter */
	find_fields(rules, reject, aside, scan, text, found, count, own, first);
	prefer_kernel_line(rules, reject, scan, text, found);
	edition_from_build(found);
	gint sole_at;
	int best = best_os(rules, scan, text, count, own, first, &sole_at);
	if (best >= 0) {
		set_fields(rules, found, best, orig, map, a);
		/* a system chosen with no field of its own ("I run it inside
		 * the Linux VM that Colima manages", 3833): the writer's line
		 * that says so is the evidence */
		if (sole_at >= 0 && (a->platform_evidence == NULL || *a->platform_evidence == '\0')) {
			g_free(a->platform_evidence);
			a->platform_evidence = st_x_evidence(orig, map ? map[sole_at] : sole_at);
		}
	} else
		host_named(rules, reject, scan, text, orig, map, a);
	for (int f = 0; f < F_N; f++)
		g_free(found[f].value);
}

/* The ASCII form of the full-width or ideographic character at P, or 0,
 * its length in *LEN: the full-width forms U+FF01..U+FF5E ("（", "）",
 * "，", "：", "Ｍ３") and the ideographic space U+3000 as NFKC folds them,
 * the ideographic commas "、" (U+3001) and "､" (U+FF64) as a comma, and a
 * decimal digit of another script (Unicode Nd: Bengali "১৫.২", Devanagari,
 * Arabic-Indic) as its ASCII digit, as extract_version.c reads them. */
static char
ascii_fold(const char *p, gsize *len)
{
	if ((guchar)p[0] < 0xC0)
		return 0;               /* ASCII, or not a character's start */
	gunichar c = g_utf8_get_char_validated(p, 4);
	if (c == (gunichar)-1 || c == (gunichar)-2)
		return 0;
	*len = (gsize)(g_utf8_next_char(p) - p);
	if (c >= 0xFF01 && c <= 0xFF5E)
		return (char)(c - 0xFEE0);
	if (c == 0x3000)
		return ' ';
	if (c == 0x3001 || c == 0xFF64)
		return ',';
	int d = g_unichar_digit_value(c);
	return d >= 0 ? (char)('0' + d) : 0;
}

/* The platform is read from TEXT with its full-width and ideographic
 * punctuation and its digits of other scripts folded to ASCII (ascii_fold:
 * "macOS 15.1.1、MacBook Air（M3）" reads as "macOS 15.1.1,MacBook
 * Air(M3)", "macOS ১৫.২" as "macOS 15.2"), so the patterns written for
 * ASCII punctuation see the same facts in text typed with a CJK input
 * method.  The evidence is the writer's own line, unfolded. */
void
st_extract_platform(const StRules *rules, const char *text, StAnalysis *a)
{
	if (rules == NULL || text == NULL || a == NULL)
		return;
	g_autoptr(GString) folded = NULL;   /* made at the first such character */
	g_autofree gint *map = NULL;        /* folded offset -> TEXT offset */
	gsize n = strlen(text);

	for (gsize i = 0; i < n;) {
		gsize len = 1;
		char c = ascii_fold(text + i, &len);
		if (c != 0 && folded == NULL) {
			folded = g_string_sized_new(n);
			g_string_append_len(folded, text, (gssize)i);
			map = g_new(gint, n + 1);
			for (gsize k = 0; k < i; k++)
				map[k] = (gint)k;
		}
		if (folded != NULL) {
			map[folded->len] = (gint)i;
			g_string_append_c(folded, c != 0 ? c : text[i]);
		}
		i += c != 0 ? len : 1;
	}
	if (folded == NULL) {
		extract_platform(rules, text, text, NULL, a);
		return;
	}
	map[folded->len] = (gint)n;
	extract_platform(rules, folded->str, text, map, a);
}
