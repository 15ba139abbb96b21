/*
 * acscan.c — Aho-Corasick over literals (acscan.h).
 *
 * The trie is turned into a full transition table (a DFA) over an alphabet
 * of the bytes the literals use (every other byte is class 0, which leads
 * back to the root), so a scan costs one table look-up a byte.  ASCII
 * letters are one class with their capitals.
 *
 * Literals with non-ASCII bytes (literals.h: characters that match only
 * themselves, and the caseless keys of Latin, Greek and Cyrillic letters)
 * get a table of their own, over the bytes they use, run only on a text
 * the first table saw a non-ASCII byte in: one table for both would make
 * every text, most of them ASCII, walk a table of twice the classes and
 * three times the size.  That scan reads a Latin, Greek or Cyrillic
 * letter as the key of its caseless class, as the literals hold it
 * (st_literals_fold_char: "Ё" as "ё").  UTF-8 synchronises itself,
 * so bytes matched as bytes are characters matched as characters.  Each
 * state lists the literals that end there, its own and those of its
 * failure chain.
 *
 * A scan waits on one table look-up after another (issue #9), so the
 * states are numbered breadth first (the shallow states, where a scan
 * spends nearly all its time, share cache lines), and an entry holds the
 * offset of the next state's row (no multiplication between two
 * look-ups) with a bit that says whether literals end there (no second
 * array read a byte).  Scanning the corpus's raw messages went from 4.15
 * to 2.90 ns a byte.
 *
 * The full table is big (the rules' 33,000 ASCII states by 64 classes and
 * 20,000 others by 127: 19 MB) and a scan visits a small part of it, so
 * it is filled as scans reach its entries (ac_fill), from the trie and
 * the failure states, which are all st_ac_new builds.  Building the whole
 * table cost every `sectriage` process 130 ms of the 450 ms its start
 * took, and 8,000 page faults; an unfilled page is the system's zero page.
 */
#include <string.h>

#include "sectriage/acscan.h"
#include "sectriage/literals.h"

/* State 0 is no state, so that an entry of 0 in a table is one not yet
 * filled; the root is state 1. */
#define AC_ROOT 1

/* One automaton: the literals all ASCII, or the literals with a byte of
 * 0x80 or more.  States are numbered breadth first, so the children of
 * a state are consecutive states, and so are the children of the next. */
typedef struct {
	guint n_states;       /* the root included; 0: no literals of this kind */
	guint n_classes;
	guint8 cls[256];      /* byte -> class (0: in no literal) */
	guint32 *next;        /* (n_states + 1) x n_classes entries, each
	                       * (state * n_classes) << 1, plus 1 when literals
	                       * end in that state; 0 until a scan fills it */
	guint32 *fail;        /* per state: its failure state */
	guint32 *kids;        /* per state and one more: its first child (the
	                       * children of S are KIDS[S] to KIDS[S + 1] - 1) */
	guint8 *via;          /* per state: the class of the edge into it */
	guint32 *out_start;   /* per state: first index into out */
	guint32 *out_len;     /* per state: number of literals ending there */
	guint32 *out;         /* literal ids */
	guint max_len;        /* the longest literal's length, in bytes */
} AcTable;

struct StAc {
	guint n_lits;
	gint high_id;         /* the literal "\x80" (any non-ASCII byte), or -1 */
	AcTable ascii;        /* the literals that are all ASCII */
	AcTable high;         /* the literals with a non-ASCII byte */
	guint8 (*fold)[4];    /* for the high table, per character from 0x80 to
	                       * ST_FOLD_LIMIT: the UTF-8 of its caseless key
	                       * (byte 0 the length; 0: read the bytes as they are) */
};

/* Whether LIT belongs in the table of non-ASCII literals (HIGH) or in the
 * ASCII one; "\x80" belongs in neither. */
static gboolean
ac_wants(const char *lit, gboolean high)
{
	if (strcmp(lit, "\x80") == 0)
		return FALSE;
	for (const char *c = lit; *c; c++)
		if ((guchar)*c >= 0x80)
			return high;
	return !high;
}

/* T's classes: one per byte (ASCII lowered) its literals use. */
static void
ac_classes(AcTable *t, const char *const *lits, guint n, gboolean high)
{
	memset(t->cls, 0, sizeof(t->cls));
	t->n_classes = 1;
	for (guint i = 0; i < n; i++) {
		if (!ac_wants(lits[i], high))
			continue;
		for (const char *c = lits[i]; *c; c++) {
			guchar b = (guchar)g_ascii_tolower(*c);
			if (t->cls[b] == 0) {
				g_assert(t->n_classes < 256);
				t->cls[b] = (guint8)t->n_classes++;
			}
		}
	}
	for (guint b = 'A'; b <= 'Z'; b++)
		t->cls[b] = t->cls[b - 'A' + 'a'];
	t->max_len = 0;
	for (guint i = 0; i < n; i++)
		if (ac_wants(lits[i], high))
			t->max_len = MAX(t->max_len, (guint)strlen(lits[i]));
}

/* The literals as T's classes, for sorting: LITS and the table. */
typedef struct {
	const char *const *lits;
	const AcTable *t;
} AcSort;

/* Order literal ids A and B by their classes, a prefix first. */
static gint
ac_cmp(gconstpointer a, gconstpointer b, gpointer data)
{
	const AcSort *s = data;
	const guchar *p = (const guchar *)s->lits[*(const guint32 *)a];
	const guchar *q = (const guchar *)s->lits[*(const guint32 *)b];

	for (;; p++, q++) {
		guint x = *p ? s->t->cls[*p] : 0, y = *q ? s->t->cls[*q] : 0;
		if (*p == 0 || *q == 0 || x != y)
			return *p == 0 && *q == 0 ? 0 : *p == 0 ? -1 : *q == 0 ? 1 :
			       (gint)x - (gint)y;
	}
}

/* The trie, built from the literals in their order by class (literals
 * that share a prefix are neighbours there, so a literal's new states
 * are those past what it shares with the one before).  Per state (the
 * root 0): PARENT, VIA (the class of the edge from it) and, per literal
 * id, END: the state it ends in.  Returns the number of states. */
static guint
ac_trie(const AcTable *t, const char *const *lits, const GArray *sorted,
	GArray *parent, GArray *via, guint32 *end)
{
	g_autofree guint32 *path = g_new(guint32, t->max_len + 1);
	const char *prev = "";
	guint32 zero = 0;
	guint8 none = 0;

	g_array_append_val(parent, zero);
	g_array_append_val(via, none);
	path[0] = 0;
	for (guint i = 0; i < sorted->len; i++) {
		guint32 id = g_array_index(sorted, guint32, i);
		const guchar *l = (const guchar *)lits[id];
		guint d = 0;
		while (l[d] && prev[d] && t->cls[l[d]] == t->cls[(guchar)prev[d]])
			d++;
		for (; l[d]; d++) {
			guint32 s = parent->len;
			guint8 k = t->cls[l[d]];
			g_array_append_val(parent, path[d]);
			g_array_append_val(via, k);
			path[d + 1] = s;
		}
		end[id] = path[d];
		prev = (const char *)l;
	}
	return parent->len;
}

/* The entry of the table that leads to state S of T. */
static inline guint32
ac_entry(const AcTable *t, guint32 s)
{
	return (s * t->n_classes) << 1 | (t->out_len[s] != 0);
}

/* The child of state S of T by class K, or 0. */
static guint32
ac_child(const AcTable *t, guint32 s, guint k)
{
	for (guint32 c = t->kids[s]; c < t->kids[s + 1]; c++)
		if (t->via[c] == k)
			return c;
	return 0;
}

/* The state T goes to from state S on class K: the child by K of the
 * first state on S's failure chain that has one, else where the root's
 * row leads (filled while T is built, only read once scans start).  No
 * other row is read: while T is built they are all unfilled, and their
 * pages stay the system's zero pages. */
static guint32
ac_goto(const AcTable *t, guint32 s, guint k)
{
	for (guint32 u = s; u != AC_ROOT; u = t->fail[u]) {
		guint32 c = ac_child(t, u, k);
		if (c != 0)
			return c;
	}
	return (t->next[AC_ROOT * t->n_classes + k] >> 1) / t->n_classes;
}

/* Counting sort: FIRST (N + 1 entries, zeroed) and ITEMS (M) list, per
 * key below N, the items I below M whose KEY[I] it is, in order of I. */
static void
ac_group(const guint32 *key, guint m, guint n, guint32 *first, guint32 *items)
{
	g_autofree guint32 *at = g_new(guint32, n + 1);

	for (guint i = 0; i < m; i++)
		first[key[i] + 1]++;
	for (guint s = 0; s < n; s++)
		first[s + 1] += first[s];
	memcpy(at, first, (n + 1) * sizeof(guint32));
	for (guint i = 0; i < m; i++)
		items[at[key[i]]++] = i;
}

/* T's states numbered breadth first from the trie's (old) ones, whose
 * children are CHILD[FIRST[O]] to CHILD[FIRST[O + 1] - 1] (made in order
 * of class, so listed so) and whose edges' classes are VIA: T's VIA and
 * KIDS; returns the old number of each new state (new state AC_ROOT + i
 * is old state QUEUE[i]; g_free()).  Breadth first, the children of one
 * state are consecutive, then the next state's. */
static guint32 *
ac_breadth_first(AcTable *t, const guint32 *first, const guint32 *child, const guint8 *via)
{
	guint S = t->n_states;
	guint32 *queue = g_new(guint32, S);
	guint head = 0, tail = 0;

	queue[tail++] = 0;
	while (head < tail)
		for (guint32 o = queue[head++], j = first[o]; j < first[o + 1]; j++)
			queue[tail++] = child[j];
	t->via = g_new0(guint8, S + 1);
	t->kids = g_new0(guint32, S + 2);
	guint32 kid = AC_ROOT + 1;
	for (guint i = 0; i < S; i++) {
		guint32 o = queue[i];
		t->via[AC_ROOT + i] = via[o];
		t->kids[AC_ROOT + i] = kid;
		kid += first[o + 1] - first[o];
	}
	t->kids[S + 1] = kid;
	return queue;
}

/* T's failure states, its outputs (the literals ending in each state,
 * its own, END_IDS[END_FIRST[O]] up to END_FIRST[O + 1] for its old
 * number O = QUEUE[s - AC_ROOT], and those of its failure chain) and the
 * root's row of its table, in breadth-first order: a state's failure
 * state is done before it.  Until the outputs are known, the root's row
 * holds its children without the bit that says literals end there. */
static void
ac_failures(AcTable *t, const guint32 *queue, const guint32 *end_first, const guint32 *end_ids)
{
	guint S = t->n_states, C = t->n_classes;
	g_autoptr(GArray) out = g_array_new(FALSE, FALSE, sizeof(guint32));

	/* an entry is a row offset shifted left by one: it must fit; the
	 * table's pages are the system's zero pages until a scan writes them */
	g_assert((gsize)(S + 1) * C <= G_MAXUINT32 / 2);
	t->next = g_new0(guint32, (gsize)(S + 1) * C);
	for (guint k = 0; k < C; k++) {
		guint32 c = ac_child(t, AC_ROOT, k);
		t->next[AC_ROOT * C + k] = ((c != 0 ? c : AC_ROOT) * C) << 1;
	}
	t->fail = g_new0(guint32, S + 1);
	t->out_start = g_new0(guint32, S + 1);
	t->out_len = g_new0(guint32, S + 1);
	t->fail[AC_ROOT] = AC_ROOT;
	for (guint32 s = AC_ROOT; s <= S; s++) {
		for (guint32 c = t->kids[s]; c < t->kids[s + 1]; c++)
			t->fail[c] = s == AC_ROOT ? AC_ROOT : ac_goto(t, t->fail[s], t->via[c]);
		guint32 o = queue[s - AC_ROOT];
		t->out_start[s] = out->len;
		g_array_append_vals(out, end_ids + end_first[o], end_first[o + 1] - end_first[o]);
		if (s != AC_ROOT)
			/* copy from the array itself: fetch the range first */
			for (guint j = 0, from = t->out_start[t->fail[s]]; j < t->out_len[t->fail[s]]; j++) {
				guint32 id = g_array_index(out, guint32, from + j);
				g_array_append_val(out, id);
			}
		t->out_len[s] = out->len - t->out_start[s];
	}
	t->out = g_array_steal(out, NULL);
	for (guint k = 0; k < C; k++)
		t->next[AC_ROOT * C + k] |= t->out_len[(t->next[AC_ROOT * C + k] >> 1) / C] != 0;
}

/* Build T from the literals of LITS that belong in it (ac_wants): the
 * trie, numbered breadth first, its failure states and its outputs.  The
 * full transition table is filled only where scans go (ac_fill). */
static void
ac_table(AcTable *t, const char *const *lits, guint n, gboolean high)
{
	g_autoptr(GArray) sorted = g_array_new(FALSE, FALSE, sizeof(guint32));
	g_autoptr(GArray) parent = g_array_new(FALSE, FALSE, sizeof(guint32));
	g_autoptr(GArray) via = g_array_new(FALSE, FALSE, sizeof(guint8));
	g_autofree guint32 *end = g_new0(guint32, n + 1);
	AcSort sort = { lits, t };

	ac_classes(t, lits, n, high);
	for (guint32 i = 0; i < n; i++)
		if (ac_wants(lits[i], high))
			g_array_append_val(sorted, i);
	g_array_sort_with_data(sorted, ac_cmp, &sort);
	guint S = t->n_states = ac_trie(t, lits, sorted, parent, via, end);

	/* per old state: its children and the literals that end in it */
	g_autofree guint32 *first = g_new0(guint32, S + 1), *child = g_new(guint32, S);
	g_autofree guint32 *end_first = g_new0(guint32, S + 1);
	g_autofree guint32 *end_ids = g_new(guint32, n + 1);
	g_autofree guint32 *ends = g_new0(guint32, sorted->len + 1);
	ac_group(&g_array_index(parent, guint32, 1), S - 1, S, first, child);
	for (guint i = 0; i < S - 1; i++)
		child[i]++;  /* ac_group numbered them from state 1 */
	for (guint i = 0; i < sorted->len; i++)
		ends[i] = end[g_array_index(sorted, guint32, i)];
	ac_group(ends, sorted->len, S, end_first, end_ids);
	for (guint i = 0; i < sorted->len; i++)
		end_ids[i] = g_array_index(sorted, guint32, end_ids[i]);

	g_autofree guint32 *queue = ac_breadth_first(t, first, child, &g_array_index(via, guint8, 0));
	ac_failures(t, queue, end_first, end_ids);
}

static void
ac_table_clear(AcTable *t)
{
	g_free(t->next);
	g_free(t->fail);
	g_free(t->kids);
	g_free(t->via);
	g_free(t->out_start);
	g_free(t->out_len);
	g_free(t->out);
}

StAc *
st_ac_new(const char *const *lits, guint n)
{
	StAc *ac = g_new0(StAc, 1);
	gboolean any_high = FALSE;

	ac->n_lits = n;
	ac->high_id = -1;
	for (guint i = 0; i < n; i++) {
		if (strcmp(lits[i], "\x80") == 0)
			ac->high_id = (gint)i;
		any_high |= ac_wants(lits[i], TRUE);
	}
	ac_table(&ac->ascii, lits, n, FALSE);
	if (any_high) {
		ac_table(&ac->high, lits, n, TRUE);
		ac->fold = g_malloc0(sizeof(*ac->fold) * (ST_FOLD_LIMIT - 0x80));
		for (gunichar c = 0x80; c < ST_FOLD_LIMIT; c++) {
			gunichar k = st_literals_fold_char(c);
			char buf[6];
			if (k == 0 || k == c)
				continue;
			gint len = g_unichar_to_utf8(k, buf);
			g_assert(len >= 2 && len <= 3);
			ac->fold[c - 0x80][0] = (guint8)len;
			memcpy(&ac->fold[c - 0x80][1], buf, len);
		}
	}
	return ac;
}

void
st_ac_free(StAc *ac)
{
	if (ac == NULL)
		return;
	ac_table_clear(&ac->ascii);
	ac_table_clear(&ac->high);
	g_free(ac->fold);
	g_free(ac);
}

guint
st_ac_n_literals(const StAc *ac)
{
	return ac ? ac->n_lits : 0;
}

gsize
st_ac_n_words(const StAc *ac)
{
	return ac ? (ac->n_lits + 63) / 64 : 0;
}

/* The class in T of the byte at *P (advanced past it); sets *HIGH for a
 * byte of 0x80 or more.  U+212A KELVIN SIGN and U+017F LATIN SMALL LETTER
 * LONG S are read whole, as 'k' and 's' (no literal holds their bytes:
 * their caseless keys are ASCII). */
static inline guint
ac_class(const AcTable *t, const guchar **pp, const guchar *end, gboolean *high)
{
	const guchar *p = *pp;

	if (*p < 0x80) {
		*pp = p + 1;
		return t->cls[*p];
	}
	*high = TRUE;
	if (p[0] == 0xE2 && end - p >= 3 && p[1] == 0x84 && p[2] == 0xAA) {
		*pp = p + 3;
		return t->cls['k'];  /* U+212A KELVIN SIGN */
	}
	if (p[0] == 0xC5 && end - p >= 2 && p[1] == 0xBF) {
		*pp = p + 2;
		return t->cls['s'];  /* U+017F LATIN SMALL LETTER LONG S */
	}
	*pp = p + 1;
	return t->cls[*p];
}

/* Set the bits of the literals that end in state S of T. */
static inline void
ac_out(const AcTable *t, guint32 s, guint64 *bits)
{
	const guint32 *o = t->out + t->out_start[s];

	for (guint32 j = 0; j < t->out_len[s]; j++)
		bits[o[j] >> 6] |= G_GUINT64_CONSTANT(1) << (o[j] & 63);
}

/* Fill the entry of T for state S and class K, and return it
 * (ac_goto).  Threads that scan at once may fill the same entry, always
 * with the same value, so the table's words are read and written whole
 * (atomically, with no ordering: nothing else depends on them). */
static G_GNUC_NO_INLINE guint32
ac_fill(const AcTable *t, guint32 s, guint k)
{
	guint32 e = ac_entry(t, ac_goto(t, s, k));

	__atomic_store_n(&t->next[(gsize)s * t->n_classes + k], e, __ATOMIC_RELAXED);
	return e;
}

/* One byte of class K from entry E of T: the next entry, with the bits of
 * the literals that end there set. */
static inline guint32
ac_step(const AcTable *t, guint32 e, guint k, guint64 *bits)
{
	guint32 n = __atomic_load_n(&t->next[(e >> 1) + k], __ATOMIC_RELAXED);

	if (G_UNLIKELY(n == 0))
		n = ac_fill(t, (e >> 1) / t->n_classes, k);
	if (G_UNLIKELY(n & 1))
		ac_out(t, (n >> 1) / t->n_classes, bits);
	return n;
}

/* Walk T from entry E over *P..END (*P advanced to END); returns the
 * entry reached.  Sets *HIGH for a byte of 0x80 or more. */
static guint32
ac_walk(const AcTable *t, const guchar **pp, const guchar *end, guint32 e,
	guint64 *bits, gboolean *high)
{
	while (*pp < end)
		e = ac_step(t, e, ac_class(t, pp, end, high), bits);
	return e;
}

/* A long text is scanned as AC_STREAMS walks interleaved, each over its
 * own stretch (#9): one walk waits on one table look-up after another,
 * the next state depending on the last, while independent walks keep
 * several look-ups in flight.  Each stretch after the first starts early
 * by as many bytes as the longest literal can span in the text (three a
 * character: U+212A is read as 'k'), back at a character's first byte, so
 * a literal that ends in it is seen whole; the bits are a set, so one seen
 * twice costs nothing.  Below AC_STREAM_MIN bytes a stretch, one walk. */
#define AC_STREAMS 4
#define AC_STREAM_MIN 256

/* Scan P..END with T; returns whether a byte of 0x80 or more was seen. */
static gboolean
ac_run(const AcTable *t, const guchar *p, const guchar *end, guint64 *bits)
{
	gsize n = (gsize)(end - p), span = 3 * (gsize)t->max_len;
	gboolean high = FALSE;

	if (n < AC_STREAMS * MAX(AC_STREAM_MIN, 2 * span)) {
		ac_walk(t, &p, end, ac_entry(t, AC_ROOT), bits, &high);
		return high;
	}
	const guchar *at[AC_STREAMS], *stop[AC_STREAMS];
	guint32 e[AC_STREAMS];
	for (guint i = 0; i < AC_STREAMS; i++) {
		e[i] = ac_entry(t, AC_ROOT);
		const guchar *from = p + n / AC_STREAMS * i;
		if (i > 0)
			for (from -= span; from > p && (*from & 0xC0) == 0x80; from--)
				;
		at[i] = from;
		stop[i] = i + 1 < AC_STREAMS ? p + n / AC_STREAMS * (i + 1) : end;
	}
	for (;;) {
		gboolean go = TRUE;
		for (guint i = 0; i < AC_STREAMS; i++)
			go &= at[i] < stop[i];
		if (!go)
			break;
		for (guint i = 0; i < AC_STREAMS; i++)
			e[i] = ac_step(t, e[i], ac_class(t, &at[i], stop[i], &high), bits);
	}
	for (guint i = 0; i < AC_STREAMS; i++)
		ac_walk(t, &at[i], stop[i], e[i], bits, &high);
	return high;
}

/* Scan P..END with AC's table of non-ASCII literals, each character below
 * ST_FOLD_LIMIT read as its caseless key where it has one. */
static void
ac_run_high(const StAc *ac, const guchar *p, const guchar *end, guint64 *bits)
{
	const AcTable *t = &ac->high;
	guint32 e = ac_entry(t, AC_ROOT);
	gboolean high = FALSE;

	while (p < end) {
		/* the lead bytes of U+0080 to U+2FFF */
		if (*p >= 0xC2 && *p <= 0xE2) {
			gunichar c = g_utf8_get_char_validated((const char *)p, end - p);
			if (c < ST_FOLD_LIMIT && c >= 0x80 && ac->fold[c - 0x80][0] != 0) {
				const guint8 *k = ac->fold[c - 0x80];
				for (guint j = 1; j <= k[0]; j++)
					e = ac_step(t, e, t->cls[k[j]], bits);
				p = (const guchar *)g_utf8_next_char(p);
				continue;
			}
		}
		e = ac_step(t, e, ac_class(t, &p, end, &high), bits);
	}
}

void
st_ac_scan(const StAc *ac, const char *text, gssize len, guint64 *bits)
{
	const guchar *p = (const guchar *)text, *end;

	if (text == NULL)
		return;
	end = p + (len < 0 ? strlen(text) : (gsize)len);
	if (!ac_run(&ac->ascii, p, end, bits))
		return;
	if (ac->high_id >= 0)
		bits[ac->high_id >> 6] |= G_GUINT64_CONSTANT(1) << (ac->high_id & 63);
	if (ac->high.n_states > 0)
		ac_run_high(ac, p, end, bits);
}
