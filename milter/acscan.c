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
 * A scan waits on one table look-up after another (issue #9): with the
 * rules' ~7,900 states and ~50 classes the table is 1.6 MB.  So the states
 * are numbered breadth first (the shallow states, where a scan spends
 * nearly all its time, share cache lines), and an entry holds the offset
 * of the next state's row (no multiplication between two look-ups) with a
 * bit that says whether literals end there (no second array read a byte).
 * Scanning the corpus's raw messages went from 4.15 to 2.90 ns a byte.
 */
#include <string.h>

#include "sectriage/acscan.h"
#include "sectriage/literals.h"

/* One automaton: the literals all ASCII, or the literals with a byte of
 * 0x80 or more. */
typedef struct {
	guint n_states;       /* 0: no literals of this kind */
	guint n_classes;
	guint8 cls[256];      /* byte -> class (0: in no literal) */
	guint32 *next;        /* n_states x n_classes: while building, states;
	                       * then each entry is (state * n_classes) << 1,
	                       * plus 1 when literals end in that state */
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

static void
ends_free(gpointer a)
{
	if (a != NULL)
		g_array_unref(a);
}

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

/* The trie of T's literals: TRIE (state x class, 0 = no edge but from the
 * root) and the literals ending at each state (ENDS: GArray of guint32 per
 * state).  Returns the number of states, 1 when there are no literals. */
static guint
ac_trie(AcTable *t, const char *const *lits, guint n, gboolean high,
	GArray *trie, GPtrArray *ends)
{
	guint states = 1;

	g_array_set_size(trie, t->n_classes);  /* TRIE clears what it adds */
	g_ptr_array_add(ends, NULL);
	for (guint i = 0; i < n; i++) {
		guint s = 0;
		if (!ac_wants(lits[i], high))
			continue;
		for (const char *c = lits[i]; *c; c++) {
			guint k = t->cls[(guchar)*c];
			guint32 *e = &g_array_index(trie, guint32, s * t->n_classes + k);
			if (*e == 0) {
				*e = states++;
				g_array_set_size(trie, trie->len + t->n_classes);
				g_ptr_array_add(ends, NULL);
				e = &g_array_index(trie, guint32, s * t->n_classes + k);
			}
			s = *e;
		}
		if (g_ptr_array_index(ends, s) == NULL)
			g_ptr_array_index(ends, s) = g_array_new(FALSE, FALSE, sizeof(guint32));
		guint32 id = i;
		g_array_append_val((GArray *)g_ptr_array_index(ends, s), id);
	}
	return states;
}

/* Number the states of T in the order of ORDER (the breadth-first queue:
 * ORDER[i] is the old number of new state i; the root stays 0) and make
 * each entry of the table the offset of its state's row, shifted left by
 * one, with the low bit set when literals end in that state: a scan then
 * follows an entry with a shift and an add, not a multiplication, and
 * tests the bit instead of reading another array. */
static void
ac_renumber(AcTable *t, const guint32 *order)
{
	guint C = t->n_classes, S = t->n_states;
	/* an entry is a row offset shifted left by one: it must fit */
	g_assert((gsize)S * C <= G_MAXUINT32 / 2);
	g_autofree guint32 *new_of = g_new(guint32, S);
	guint32 *next = g_new(guint32, (gsize)S * C);
	guint32 *start = g_new(guint32, S), *len = g_new(guint32, S);

	for (guint i = 0; i < S; i++)
		new_of[order[i]] = i;
	for (guint i = 0; i < S; i++) {
		const guint32 *row = t->next + (gsize)order[i] * C;
		for (guint k = 0; k < C; k++)
			next[(gsize)i * C + k] = (new_of[row[k]] * C) << 1 |
						 (t->out_len[row[k]] != 0);
		start[i] = t->out_start[order[i]];
		len[i] = t->out_len[order[i]];
	}
	g_free(t->next);
	g_free(t->out_start);
	g_free(t->out_len);
	t->next = next;
	t->out_start = start;
	t->out_len = len;
}

/* Build T from the literals of LITS that belong in it (ac_wants). */
static void
ac_table(AcTable *t, const char *const *lits, guint n, gboolean high)
{
	g_autoptr(GArray) trie = g_array_new(FALSE, TRUE, sizeof(guint32));
	g_autoptr(GPtrArray) ends = g_ptr_array_new_with_free_func(ends_free);

	ac_classes(t, lits, n, high);
	t->n_states = ac_trie(t, lits, n, high, trie, ends);

	guint C = t->n_classes, S = t->n_states;
	g_autofree guint32 *fail = g_new0(guint32, S);
	g_autofree guint32 *queue = g_new(guint32, S);
	g_autoptr(GArray) out = g_array_new(FALSE, FALSE, sizeof(guint32));
	guint head = 0, tail = 0;

	t->next = g_array_steal(trie, NULL);
	t->out_start = g_new0(guint32, S);
	t->out_len = g_new0(guint32, S);
	/* breadth first: a state's failure state is done before it */
	queue[tail++] = 0;
	while (head < tail) {
		guint s = queue[head++];
		GArray *own = g_ptr_array_index(ends, s);
		t->out_start[s] = out->len;
		if (own)
			g_array_append_vals(out, own->data, own->len);
		if (s != 0 && t->out_len[fail[s]] > 0) {
			/* copy from the array itself: fetch the range first */
			guint from = t->out_start[fail[s]], len = t->out_len[fail[s]];
			for (guint j = 0; j < len; j++) {
				guint32 id = g_array_index(out, guint32, from + j);
				g_array_append_val(out, id);
			}
		}
		t->out_len[s] = out->len - t->out_start[s];
		for (guint k = 1; k < C; k++) {
			guint32 *e = &t->next[s * C + k];
			if (*e != 0) {
				fail[*e] = s == 0 ? 0 : t->next[fail[s] * C + k];
				queue[tail++] = *e;
			} else {
				*e = s == 0 ? 0 : t->next[fail[s] * C + k];
			}
		}
		t->next[s * C] = 0;
	}
	t->out = g_array_steal(out, NULL);
	ac_renumber(t, queue);
}

static void
ac_table_clear(AcTable *t)
{
	g_free(t->next);
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

/* Walk T from entry E over *P..END (*P advanced to END); returns the
 * entry reached.  Sets *HIGH for a byte of 0x80 or more. */
static guint32
ac_walk(const AcTable *t, const guchar **pp, const guchar *end, guint32 e,
	guint64 *bits, gboolean *high)
{
	const guint32 *next = t->next;

	while (*pp < end) {
		e = next[(e >> 1) + ac_class(t, pp, end, high)];
		if (G_UNLIKELY(e & 1))
			ac_out(t, (e >> 1) / t->n_classes, bits);
	}
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
		ac_walk(t, &p, end, 0, bits, &high);
		return high;
	}
	const guint32 *next = t->next;
	const guchar *at[AC_STREAMS], *stop[AC_STREAMS];
	guint32 e[AC_STREAMS] = { 0 };
	for (guint i = 0; i < AC_STREAMS; i++) {
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
		for (guint i = 0; i < AC_STREAMS; i++) {
			e[i] = next[(e[i] >> 1) + ac_class(t, &at[i], stop[i], &high)];
			if (G_UNLIKELY(e[i] & 1))
				ac_out(t, (e[i] >> 1) / t->n_classes, bits);
		}
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
	const guint32 *next = t->next;
	guint32 e = 0;
	gboolean high = FALSE;

	while (p < end) {
		/* the lead bytes of U+0080 to U+2FFF */
		if (*p >= 0xC2 && *p <= 0xE2) {
			gunichar c = g_utf8_get_char_validated((const char *)p, end - p);
			if (c < ST_FOLD_LIMIT && c >= 0x80 && ac->fold[c - 0x80][0] != 0) {
				const guint8 *k = ac->fold[c - 0x80];
				for (guint j = 1; j <= k[0]; j++) {
					e = next[(e >> 1) + t->cls[k[j]]];
					if (G_UNLIKELY(e & 1))
						ac_out(t, (e >> 1) / t->n_classes, bits);
				}
				p = (const guchar *)g_utf8_next_char(p);
				continue;
			}
		}
		e = next[(e >> 1) + ac_class(t, &p, end, &high)];
		if (G_UNLIKELY(e & 1))
			ac_out(t, (e >> 1) / t->n_classes, bits);
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
