/*
 * literals.c — the required literals of a PCRE pattern (literals.h).
 *
 * A recursive-descent reading of the pattern that keeps, per sequence, the
 * runs of literal characters every match must contain and the factors its
 * groups give, and returns the best one.  Every construct not known to be
 * harmless makes the whole pattern "no condition": being wrong here means
 * a rule silently stops matching, being timid only costs time.
 */
#include <string.h>

#include "sectriage/literals.h"

/* Nesting deeper than this is not looked into (no condition). */
#define MAX_DEPTH 64
/* A class of at most this many characters (up to case) stays a literal
 * choice ("40[13]": "401" or "403"); a run keeps at most RUN_MAX variants. */
#define SET_MAX 4
#define RUN_MAX 16

typedef struct {
	const char *s;     /* the cursor */
	gboolean fail;     /* a construct not understood: no condition */
	gboolean quote;    /* inside \Q...\E */
	gboolean joined;   /* a back reference, a subroutine call or an option
	                    * setting: its branches are not patterns of their own */
	const char *src;   /* the pattern, for BARS */
	GArray *bars;      /* gsize: offsets of the top level's '|' (or NULL) */
	GPtrArray *tops;   /* StLitCond* or NULL: each top-level branch's
	                    * condition, as its own parse would give it */
	GPtrArray *spare;  /* runs (run_new) no sequence uses now, for the
	                    * next: a pattern has thousands of sequences */
} Parser;

/* What one atom is. */
typedef enum {
	A_NONE,    /* nothing (an option setting, a comment, \E) */
	A_CHAR,    /* one ASCII character, lowered */
	A_SET,     /* one of a few ASCII characters, lowered ("[13]") */
	A_GROUP,   /* a group: its best factor (may be NULL) */
	A_OTHER,   /* matches something, no literal known (., \d, a class) */
	A_HIGH,    /* one non-ASCII character that matches no ASCII one */
	A_EXACT,   /* one non-ASCII character that matches only itself (UTF8) */
	A_ASSERT,  /* matches no text (^, \b, lookarounds) */
} AtomKind;

typedef struct {
	AtomKind kind;
	char c;
	char set[SET_MAX + 1];  /* A_SET: the characters, NUL-terminated */
	char utf8[8];           /* A_EXACT: the character, NUL-terminated */
	GPtrArray *factor;      /* owned, A_GROUP only */
	StLitCond *cond;        /* owned, A_GROUP only: its condition (NULL: none) */
} Atom;

/* A literal's worth: its length; "a non-ASCII byte" counts as the
 * shortest useful literal (it rules out every ASCII text, none other), and
 * so does at least a literal with a non-ASCII character in it, which
 * rules out as much and more ("ё" is two bytes). */
static gsize
literal_score(const char *l)
{
	gsize n = strlen(l);

	for (const char *c = l; *c; c++)
		if ((guchar)*c >= 0x80)
			return MAX(n, ST_LITERALS_MIN);
	return n;
}

/* A factor's worth: the worth of its weakest literal (0: none). */
static gsize
factor_score(const GPtrArray *f)
{
	gsize min = G_MAXSIZE;
	if (f == NULL || f->len == 0)
		return 0;
	for (guint i = 0; i < f->len; i++)
		min = MIN(min, literal_score(g_ptr_array_index(f, i)));
	return min;
}

/* Keep in *BEST the better of *BEST and F (F is taken). */
static void
factor_offer(GPtrArray **best, GPtrArray *f)
{
	gsize sf = factor_score(f), sb = factor_score(*best);
	if (f != NULL && (sf > sb || (sf == sb && sf > 0 && f->len < (*best)->len))) {
		if (*best)
			g_ptr_array_unref(*best);
		*best = f;
	} else if (f != NULL) {
		g_ptr_array_unref(f);
	}
}

/* ------------------------------------------------------------ conditions */

void
st_lit_cond_free(StLitCond *c)
{
	if (c == NULL)
		return;
	g_free(c->lit);
	if (c->kids)
		g_ptr_array_unref(c->kids);
	g_free(c);
}

/* KIDS (StLitCond*, taken with the array) joined by KIND: NULL when there
 * are none, the only one alone. */
static StLitCond *
cond_join(StLitCondKind kind, GPtrArray *kids)
{
	if (kids->len == 0) {
		g_ptr_array_unref(kids);
		return NULL;
	}
	if (kids->len == 1) {
		StLitCond *c = g_ptr_array_steal_index(kids, 0);
		g_ptr_array_unref(kids);
		return c;
	}
	StLitCond *c = g_new0(StLitCond, 1);
	c->kind = kind;
	c->kids = kids;
	return c;
}

static GPtrArray *
cond_list(void)
{
	return g_ptr_array_new_with_free_func((GDestroyNotify)st_lit_cond_free);
}

static StLitCond *
cond_lit(const char *l)
{
	StLitCond *c = g_new0(StLitCond, 1);
	c->kind = ST_LIT_COND_LIT;
	c->lit = g_strdup(l);
	return c;
}

static StLitCond *
cond_copy(const StLitCond *c)
{
	if (c == NULL)
		return NULL;
	StLitCond *d = g_new0(StLitCond, 1);
	d->kind = c->kind;
	d->lit = g_strdup(c->lit);
	if (c->kids) {
		d->kids = g_ptr_array_new_full(c->kids->len, (GDestroyNotify)st_lit_cond_free);
		for (guint i = 0; i < c->kids->len; i++)
			g_ptr_array_add(d->kids, cond_copy(g_ptr_array_index(c->kids, i)));
	}
	return d;
}

/* Add to CONDS "one of F's literals" (F is not taken) when all of them are
 * long enough to tell. */
static void
cond_add_factor(GPtrArray *conds, const GPtrArray *f)
{
	if (factor_score(f) < ST_LITERALS_MIN)
		return;
	GPtrArray *any = cond_list();
	for (guint i = 0; i < f->len; i++)
		g_ptr_array_add(any, cond_lit(g_ptr_array_index(f, i)));
	g_ptr_array_add(conds, cond_join(ST_LIT_COND_OR, any));
}

/* A run of literal characters: the strings (GString*, all of one length)
 * one of which the text holds there, one per choice of its classes. */
static void
gstring_free(gpointer s)
{
	g_string_free(s, TRUE);
}

static GPtrArray *
run_new(void)
{
	GPtrArray *run = g_ptr_array_new_with_free_func(gstring_free);
	g_ptr_array_add(run, g_string_new(NULL));
	return run;
}

/* How much of the LEN bytes of S a literal keeps: ST_LITERALS_MAX bytes,
 * or ST_LITERALS_MAX_HIGH when S has a non-ASCII byte, cut where a
 * character starts. */
static gsize
literal_cut(const char *s, gsize len)
{
	gsize max = ST_LITERALS_MAX;

	for (gsize i = 0; i < len; i++)
		if ((guchar)s[i] >= 0x80) {
			max = ST_LITERALS_MAX_HIGH;
			break;
		}
	if (len <= max)
		return len;
	while (max > 0 && ((guchar)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

/* RUN as a factor of its own (its variants, each cut to ST_LITERALS_MAX),
 * offered as *BEST and added to CONDS (the sequence's); RUN emptied. */
static void
run_flush(GPtrArray *run, GPtrArray **best, GPtrArray *conds)
{
	if (((GString *)g_ptr_array_index(run, 0))->len == 0)
		return;
	GPtrArray *f = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < run->len; i++) {
		GString *v = g_ptr_array_index(run, i);
		char *l = g_strndup(v->str, literal_cut(v->str, v->len));
		gboolean dup = FALSE;
		for (guint j = 0; j < f->len && !dup; j++)
			dup = strcmp(g_ptr_array_index(f, j), l) == 0;
		if (dup)
			g_free(l);
		else
			g_ptr_array_add(f, l);
	}
	g_ptr_array_set_size(run, 1);
	g_string_truncate(g_ptr_array_index(run, 0), 0);
	cond_add_factor(conds, f);
	factor_offer(best, f);
}

/* Append one of the characters SET to every variant of RUN (a new run when
 * the variants would be too many). */
static void
run_append(GPtrArray *run, const char *set, GPtrArray **best, GPtrArray *conds)
{
	guint n = strlen(set), len = run->len;

	if (len * n > RUN_MAX)
		run_flush(run, best, conds);
	len = run->len;
	for (guint k = 1; k < n; k++)
		for (guint i = 0; i < len; i++) {
			GString *v = g_ptr_array_index(run, i);
			GString *w = g_string_new_len(v->str, v->len);
			g_string_append_c(w, set[k]);
			g_ptr_array_add(run, w);
		}
	for (guint i = 0; i < len; i++)
		g_string_append_c(g_ptr_array_index(run, i), set[0]);
}

/* Append the bytes of S to every variant of RUN. */
static void
run_append_str(GPtrArray *run, const char *s)
{
	for (guint i = 0; i < run->len; i++)
		g_string_append(g_ptr_array_index(run, i), s);
}

static gboolean
is_hex(char c)
{
	return g_ascii_isxdigit(c);
}

/* The atom for the non-ASCII character at P->s, which it skips: A_EXACT
 * for a character that may stand in a literal (st_literals_fold_char:
 * itself, or its caseless key),
 * A_OTHER for the two that PCRE2's caseless matching folds to ASCII
 * letters (U+212A KELVIN SIGN, U+017F LATIN SMALL LETTER LONG S) and for
 * bytes that are not UTF-8, A_HIGH for the rest. */
static Atom
high_char(Parser *p)
{
	Atom a = { .kind = A_HIGH };
	gunichar c = g_utf8_get_char_validated(p->s, -1);
	if (c == 0x212A || c == 0x017F || c == (gunichar)-1 || c == (gunichar)-2) {
		a.kind = A_OTHER;
	} else if ((c = st_literals_fold_char(c)) != 0) {
		a.kind = A_EXACT;
		a.utf8[g_unichar_to_utf8(c, a.utf8)] = '\0';
	}
	p->s = g_utf8_next_char(p->s);
	return a;
}

/* Skip a UTF-8 character at P (a lead byte or a stray continuation). */
static const char *
skip_utf8(const char *p)
{
	p++;
	while (((guchar)*p & 0xC0) == 0x80)
		p++;
	return p;
}

/* Skip "{...}" at P->s when there is one (\x{..}, \p{..}, \N{U+..}). */
static gboolean
skip_braces(Parser *p)
{
	if (*p->s != '{')
		return FALSE;
	const char *e = strchr(p->s, '}');
	if (e == NULL) {
		p->fail = TRUE;
		return FALSE;
	}
	p->s = e + 1;
	return TRUE;
}

/* \x escapes: \xhh or \x{hhh}.  The character as A_CHAR when it is
 * printable ASCII, else A_OTHER.  P->s is after the 'x'. */
static Atom
escape_hex(Parser *p)
{
	Atom a = { .kind = A_OTHER };
	guint v = 0, n = 0;

	if (*p->s == '{') {
		const char *q = p->s + 1;
		while (is_hex(*q) && n < 8) {
			v = v * 16 + g_ascii_xdigit_value(*q++);
			n++;
		}
		if (*q != '}' || n == 0) {
			p->fail = TRUE;
			return a;
		}
		p->s = q + 1;
	} else {
		while (is_hex(*p->s) && n < 2) {
			v = v * 16 + g_ascii_xdigit_value(*p->s++);
			n++;
		}
	}
	if (v >= 0x20 && v < 0x7f) {
		a.kind = A_CHAR;
		a.c = g_ascii_tolower((char)v);
	}
	return a;
}

/* A back reference after \g or \k (E): \g{..} \g<..> \g'..' \gN \g-N
 * \g+N \k<..> \k'..' \k{..}; P->s is after the letter. */
static void
skip_reference(Parser *p, char e)
{
	char open = *p->s, close = open == '{' ? '}' : open == '<' ? '>' : open;

	if (open == '{' || open == '<' || open == '\'') {
		const char *end = strchr(p->s + 1, close);
		if (end == NULL)
			p->fail = TRUE;
		else
			p->s = end + 1;
	} else if (e == 'g') {
		if (*p->s == '-' || *p->s == '+')
			p->s++;
		while (g_ascii_isdigit(*p->s))
			p->s++;
	} else {
		p->fail = TRUE;
	}
}

/* An escape outside a class; P->s is after the backslash. */
static Atom
parse_escape(Parser *p)
{
	Atom a = { .kind = A_OTHER };
	char e = *p->s;

	if (e == '\0') {
		p->fail = TRUE;
		return a;
	}
	if ((guchar)e >= 0x80) {
		p->s = skip_utf8(p->s);
		return a;
	}
	p->s++;
	switch (e) {
	case 'Q':
		p->quote = TRUE;
		a.kind = A_NONE;
		return a;
	case 'E':
		a.kind = A_NONE;
		return a;
	case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G': case 'K':
		a.kind = A_ASSERT;
		return a;
	case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
	case 'h': case 'H': case 'v': case 'V': case 'R': case 'X': case 'C':
	case 'n': case 't': case 'r': case 'f': case 'e': case 'a':
		return a;
	case 'N':
		skip_braces(p);
		return a;
	case 'p': case 'P':
		if (!skip_braces(p) && !p->fail && *p->s)
			p->s++;
		return a;
	case 'o':
		if (!skip_braces(p))
			p->fail = TRUE;
		return a;
	case 'c':
		if (*p->s == '\0')
			p->fail = TRUE;
		else
			p->s++;
		return a;
	case 'x':
		return escape_hex(p);
	case 'g': case 'k':
		p->joined = TRUE;
		skip_reference(p, e);
		return a;
	default:
		break;
	}
	if (g_ascii_isdigit(e)) {  /* a back reference or an octal character */
		p->joined = TRUE;
		while (g_ascii_isdigit(*p->s))
			p->s++;
		return a;
	}
	if (g_ascii_isalpha(e)) {  /* an escape this reading does not know */
		p->fail = TRUE;
		return a;
	}
	a.kind = A_CHAR;
	a.c = e;
	return a;
}

/* Add C (lowered) to the SET_MAX members of a class; *COMPLEX once there
 * would be more. */
static void
class_member(char c, char *members, gboolean *complex)
{
	gsize n = strlen(members);
	c = g_ascii_tolower(c);
	if (strchr(members, c) != NULL)
		return;
	if (n >= SET_MAX)
		*complex = TRUE;
	else
		members[n] = c;
}

/* An escape inside a class; P->s is at the backslash.  Adds what it
 * stands for to MEMBERS, or sets *COMPLEX; P->fail when malformed. */
static void
class_escape(Parser *p, char *members, gboolean *complex)
{
	char e = p->s[1];

	p->s += 2;
	if (e == '\0') {
		p->fail = TRUE;
	} else if (e == 'Q') {
		const char *end = strstr(p->s, "\\E");
		const char *stop = end ? end : p->s + strlen(p->s);
		for (const char *q = p->s; q < stop; q++) {
			if ((guchar)*q >= 0x80 || *q == '-')
				*complex = TRUE;  /* or a range's end */
			else
				class_member(*q, members, complex);
		}
		p->s = end ? end + 2 : stop;
	} else if (e == 'E') {
		/* nothing */
	} else if ((guchar)e >= 0x80 || g_ascii_isalnum(e)) {
		*complex = TRUE;
		if ((guchar)e >= 0x80)
			p->s = skip_utf8(p->s - 1);
		else if (e == 'x' || e == 'o' || e == 'p' || e == 'P' || e == 'N')
			skip_braces(p);
	} else {
		class_member(e, members, complex);
	}
}

/* A character class; P->s is after the '['.  A_CHAR when it can only match
 * one ASCII character up to case ("[Kk]", "[.]"), A_SET when one of at
 * most SET_MAX ("[13]"), else A_OTHER (ranges, \d, [:alpha:], non-ASCII,
 * negation). */
static Atom
parse_class(Parser *p)
{
	Atom a = { .kind = A_OTHER };
	gboolean negated = FALSE, complex = FALSE, first = TRUE;
	char members[SET_MAX + 1] = { 0 };

	if (*p->s == '^') {
		negated = TRUE;
		p->s++;
	}
	for (;; first = FALSE) {
		char c = *p->s;
		if (c == '\0') {
			p->fail = TRUE;
			return a;
		}
		if (c == ']' && !first) {
			p->s++;
			break;
		}
		if (c == '[' && (p->s[1] == ':' || p->s[1] == '.' || p->s[1] == '=')) {
			char close[3] = { p->s[1], ']', '\0' };
			const char *end = strstr(p->s + 2, close);
			if (end != NULL) {  /* [:alpha:] and the like */
				complex = TRUE;
				p->s = end + 2;
				continue;
			}
		}
		if ((guchar)c >= 0x80) {
			complex = TRUE;
			p->s = skip_utf8(p->s);
			continue;
		}
		if (c == '-' && !first && p->s[1] != ']') {
			complex = TRUE;  /* a range */
			p->s++;
			continue;
		}
		if (c != '\\') {
			class_member(c, members, &complex);
			p->s++;
			continue;
		}
		class_escape(p, members, &complex);
		if (p->fail)
			return a;
	}
	if (negated || complex || members[0] == '\0')
		return a;
	if (members[1] == '\0') {
		a.kind = A_CHAR;
		a.c = members[0];
	} else {
		a.kind = A_SET;
		memcpy(a.set, members, sizeof(a.set));
	}
	return a;
}

static GPtrArray *parse_alt(Parser *p, guint depth, StLitCond **cond);

/* Inline options after "(?" up to ':' or ')'.  FALSE (and P->fail) when
 * they turn on extended mode, which this reading does not handle. */
static gboolean
parse_options(Parser *p)
{
	gboolean on = TRUE;
	for (; *p->s && *p->s != ':' && *p->s != ')'; p->s++) {
		char c = *p->s;
		if (c == '-')
			on = FALSE;
		else if (c == '^')
			on = TRUE;
		else if (c == 'x' && on)
			p->fail = TRUE;
		else if (!strchr("imnsJU", c) && c != 'x')
			p->fail = TRUE;
		if (p->fail)
			return FALSE;
	}
	if (*p->s == '\0') {
		p->fail = TRUE;
		return FALSE;
	}
	return TRUE;
}

/* Skip to and past the ')' of a group with no sub-pattern ((?R), (?1),
 * (?&name), (?P>name), (?P=name), (?#...)). */
static void
skip_to_close(Parser *p)
{
	const char *e = strchr(p->s, ')');
	if (e == NULL)
		p->fail = TRUE;
	else
		p->s = e + 1;
}

/* The sub-pattern of a group up to its ')'; P->s is at its start.  Its
 * best factor; *COND its condition. */
static GPtrArray *
group_body(Parser *p, guint depth, StLitCond **cond)
{
	GPtrArray *f = parse_alt(p, depth + 1, cond);
	if (*p->s != ')') {
		p->fail = TRUE;
		if (f)
			g_ptr_array_unref(f);
		st_lit_cond_free(*cond);
		*cond = NULL;
		return NULL;
	}
	p->s++;
	return f;
}

/* A group; P->s is after the '('. */
static Atom
parse_group(Parser *p, guint depth)
{
	Atom a = { .kind = A_GROUP };
	const char *s = p->s;

	if (depth >= MAX_DEPTH || *s == '*') {  /* verbs, (*pla:...) */
		p->fail = TRUE;
		return a;
	}
	if (*s != '?') {
		a.factor = group_body(p, depth, &a.cond);
		return a;
	}
	s++;
	if (*s == ':' || *s == '>' || *s == '|') {
		p->s = s + 1;
		a.factor = group_body(p, depth, &a.cond);
		return a;
	}
	if (*s == '=' || *s == '!' || (*s == '<' && (s[1] == '=' || s[1] == '!'))) {
		/* a lookaround: its literals are not required */
		p->s = s + (*s == '<' ? 2 : 1);
		StLitCond *c = NULL;
		GPtrArray *f = group_body(p, depth, &c);
		if (f)
			g_ptr_array_unref(f);
		st_lit_cond_free(c);
		a.kind = A_ASSERT;
		return a;
	}
	if (*s == '<' || *s == '\'' || (*s == 'P' && s[1] == '<')) {
		char close = *s == '\'' ? '\'' : '>';
		const char *end = strchr(s + (*s == 'P' ? 2 : 1), close);
		if (end == NULL) {
			p->fail = TRUE;
			return a;
		}
		p->s = end + 1;
		a.factor = group_body(p, depth, &a.cond);
		return a;
	}
	if (*s == '#' || *s == 'R' || *s == '&' || g_ascii_isdigit(*s) ||
	    *s == '+' || (*s == '-' && g_ascii_isdigit(s[1])) ||
	    (*s == 'P' && (s[1] == '>' || s[1] == '='))) {
		p->s = s;
		skip_to_close(p);
		p->joined |= *s != '#';
		a.kind = *s == '#' ? A_NONE : A_OTHER;
		return a;
	}
	if (*s == '(' || *s == 'C') {  /* conditionals, callouts */
		p->fail = TRUE;
		return a;
	}
	/* options: (?i) (?-i) (?i:...).  A setting alone, "(?i)", holds to
	 * the end of its group, over the '|' after it, so the top level's
	 * branches are no longer patterns of their own; a group with options,
	 * "(?-i:SYSTEM)", keeps them inside and a branch holding it stays one
	 * (its literals are read without case, which is weaker: safe). */
	p->s = s;
	if (!parse_options(p))
		return a;
	if (*p->s == ')') {
		p->joined = TRUE;
		p->s++;
		a.kind = A_NONE;
		return a;
	}
	p->s++;  /* ':' */
	a.factor = group_body(p, depth, &a.cond);
	return a;
}

/* The minimum count of a quantifier at P->s, consumed; -1 when there is
 * none.  "{" that is not a quantifier is a literal for PCRE, but anything
 * that might be one ("{,3}", "{ 2 }") is read as one (the safe side). */
static gint
parse_quantifier(Parser *p)
{
	gint min = -1;
	char c = *p->s;

	if (c == '?' || c == '*') {
		min = 0;
		p->s++;
	} else if (c == '+') {
		min = 1;
		p->s++;
	} else if (c == '{') {
		const char *q = p->s + 1;
		gint n = 0;
		gboolean digits = FALSE;
		while (*q == ' ')
			q++;
		while (g_ascii_isdigit(*q)) {
			n = MIN(n * 10 + (*q - '0'), 100000);
			digits = TRUE;
			q++;
		}
		q += strspn(q, " ,0123456789");
		if (*q != '}')
			return -1;
		min = digits ? n : 0;
		p->s = q + 1;
	} else {
		return -1;
	}
	if (*p->s == '?' || *p->s == '+')  /* lazy, possessive */
		p->s++;
	return min;
}

/* One atom at P->s. */
static Atom
parse_atom(Parser *p, guint depth)
{
	Atom a = { .kind = A_OTHER };
	char c = *p->s;

	if (p->quote) {
		if (c == '\\' && p->s[1] == 'E') {
			p->s += 2;
			p->quote = FALSE;
			a.kind = A_NONE;
			return a;
		}
		if ((guchar)c >= 0x80)
			return high_char(p);
		p->s++;
		a.kind = A_CHAR;
		a.c = g_ascii_tolower(c);
		return a;
	}
	if ((guchar)c >= 0x80)
		return high_char(p);
	p->s++;
	switch (c) {
	case '\\':
		return parse_escape(p);
	case '[':
		return parse_class(p);
	case '(':
		return parse_group(p, depth);
	case '.':
		return a;
	case '^': case '$':
		a.kind = A_ASSERT;
		return a;
	case '*': case '+': case '?':
		p->fail = TRUE;  /* a quantifier with nothing before it */
		return a;
	default:
		a.kind = A_CHAR;
		a.c = g_ascii_tolower(c);
		return a;
	}
}

/* Free what atom A owns (a group's factor and condition). */
static void
atom_clear(Atom *a)
{
	g_clear_pointer(&a->factor, g_ptr_array_unref);
	g_clear_pointer(&a->cond, st_lit_cond_free);
}

/* One branch of an alternation, up to '|', ')' or the end.  Returns its
 * best factor, or NULL; *COND: all its factors (NULL: none). */
static GPtrArray *
parse_seq(Parser *p, guint depth, StLitCond **cond)
{
	GPtrArray *run = p->spare->len ? g_ptr_array_steal_index_fast(p->spare, p->spare->len - 1)
				       : run_new();
	GPtrArray *best = NULL, *conds = cond_list();
	gboolean high = FALSE;

	while (!p->fail && *p->s && (p->quote || (*p->s != '|' && *p->s != ')'))) {
		Atom a = parse_atom(p, depth);
		gint min = -1;
		if (p->fail) {
			atom_clear(&a);
			break;
		}
		/* inside \Q...\E nothing is a quantifier until \E */
		if (p->quote && strncmp(p->s, "\\E", 2) == 0) {
			p->s += 2;
			p->quote = FALSE;
		}
		if (!p->quote && a.kind != A_NONE)
			min = parse_quantifier(p);
		switch (a.kind) {
		case A_NONE:
			break;
		case A_CHAR:
		case A_SET:
		case A_EXACT:
			if (min == 0) {
				run_flush(run, &best, conds);
				break;
			}
			if (a.kind == A_EXACT) {
				run_append_str(run, a.utf8);
			} else {
				if (a.kind == A_CHAR) {
					a.set[0] = a.c;
					a.set[1] = '\0';
				}
				run_append(run, a.set, &best, conds);
			}
			if (min > 0)
				run_flush(run, &best, conds);
			break;
		case A_GROUP:
			run_flush(run, &best, conds);
			if (min == 0) {
				atom_clear(&a);
				break;
			}
			factor_offer(&best, a.factor);
			if (a.cond)
				g_ptr_array_add(conds, a.cond);
			break;
		case A_HIGH:
			run_flush(run, &best, conds);
			if (min != 0) {
				GPtrArray *f = g_ptr_array_new_with_free_func(g_free);
				g_ptr_array_add(f, g_strdup(ST_LITERALS_HIGH));
				if (!high)  /* once is enough */
					g_ptr_array_add(conds, cond_lit(ST_LITERALS_HIGH));
				high = TRUE;
				factor_offer(&best, f);
			}
			break;
		case A_OTHER:
		case A_ASSERT:
			run_flush(run, &best, conds);
			break;
		}
	}
	run_flush(run, &best, conds);  /* leaves it one empty variant */
	g_ptr_array_add(p->spare, run);
	if (p->fail && best) {
		g_ptr_array_unref(best);
		best = NULL;
	}
	if (p->fail)
		g_ptr_array_set_size(conds, 0);
	*cond = cond_join(ST_LIT_COND_AND, conds);
	return best;
}

/* Branches separated by '|' up to ')' or the end: the union of their best
 * factors, or NULL when one has none; *COND: one of their conditions
 * (NULL: one has none). */
static GPtrArray *
parse_alt(Parser *p, guint depth, StLitCond **cond)
{
	GPtrArray *all = g_ptr_array_new_with_free_func(g_free);
	GPtrArray *branches = cond_list();
	gboolean none = FALSE, free_branch = FALSE;

	for (;;) {
		StLitCond *c = NULL;
		GPtrArray *f = parse_seq(p, depth, &c);
		if (depth == 0 && p->tops)
			g_ptr_array_add(p->tops, cond_copy(c));
		if (c == NULL)
			free_branch = TRUE;
		else
			g_ptr_array_add(branches, c);
		if (f == NULL || factor_score(f) < ST_LITERALS_MIN)
			none = TRUE;
		for (guint i = 0; f && !none && i < f->len; i++) {
			char *l = g_ptr_array_index(f, i);
			if (!g_ptr_array_find_with_equal_func(all, l, g_str_equal, NULL)) {
				g_ptr_array_add(all, l);  /* taken from F */
				f->pdata[i] = NULL;
			}
		}
		if (f)
			g_ptr_array_unref(f);
		if (p->fail || *p->s != '|')
			break;
		if (depth == 0 && p->bars) {
			gsize at = p->s - p->src;
			g_array_append_val(p->bars, at);
		}
		p->s++;
	}
	if (free_branch || p->fail)
		g_ptr_array_set_size(branches, 0);
	*cond = cond_join(ST_LIT_COND_OR, branches);
	if (none || p->fail || all->len == 0) {
		g_ptr_array_unref(all);
		return NULL;
	}
	return all;
}

void
st_lit_reading_clear(StLitReading *r)
{
	g_clear_pointer(&r->required, g_ptr_array_unref);
	g_clear_pointer(&r->cond, st_lit_cond_free);
	g_clear_pointer(&r->branches, g_ptr_array_unref);
	g_clear_pointer(&r->branch_conds, g_ptr_array_unref);
}

gboolean
st_literals_read(const char *source, StLitReading *r)
{
	g_autoptr(GArray) bars = g_array_new(FALSE, FALSE, sizeof(gsize));
	g_autoptr(GPtrArray) tops = g_ptr_array_new_with_free_func((GDestroyNotify)st_lit_cond_free);
	g_autoptr(GPtrArray) spare = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
	Parser p = { .s = source, .src = source, .bars = bars, .tops = tops, .spare = spare };

	memset(r, 0, sizeof(*r));
	if (source == NULL)
		return FALSE;
	r->required = parse_alt(&p, 0, &r->cond);
	if (p.fail || *p.s != '\0') {
		st_lit_reading_clear(r);
		return FALSE;
	}
	if (factor_score(r->required) < ST_LITERALS_MIN)
		g_clear_pointer(&r->required, g_ptr_array_unref);
	if (p.joined || bars->len == 0)
		return TRUE;
	r->branches = g_ptr_array_new_with_free_func(g_free);
	gsize from = 0;
	for (guint i = 0; i <= bars->len; i++) {
		gsize to = i < bars->len ? g_array_index(bars, gsize, i) : strlen(source);
		g_ptr_array_add(r->branches, g_strndup(source + from, to - from));
		from = to + 1;
	}
	g_assert(tops->len == r->branches->len);
	r->branch_conds = g_steal_pointer(&tops);
	return TRUE;
}

GPtrArray *
st_literals_required(const char *source)
{
	g_auto(StLitReading) r = { 0 };
	st_literals_read(source, &r);
	return g_steal_pointer(&r.required);
}

StLitCond *
st_literals_condition(const char *source)
{
	g_auto(StLitReading) r = { 0 };
	st_literals_read(source, &r);
	return g_steal_pointer(&r.cond);
}

GPtrArray *
st_literals_branches(const char *source)
{
	g_auto(StLitReading) r = { 0 };
	st_literals_read(source, &r);
	return g_steal_pointer(&r.branches);
}
