/*
 * acscan.c — Aho-Corasick over ASCII literals (acscan.h).
 *
 * The trie is turned into a full transition table (a DFA) over an alphabet
 * of the characters the literals use (every other byte is class 0, which
 * leads back to the root), so a scan costs one table look-up a byte.  Each
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

struct StAc {
	guint n_lits;
	guint n_states;
	gint high_id;         /* the literal "\x80" (any non-ASCII byte), or -1 */
	guint n_classes;
	guint8 cls[256];      /* byte -> character class (0: in no literal) */
	guint32 *next;        /* n_states x n_classes: while building, states;
	                       * then each entry is (state * n_classes) << 1,
	                       * plus 1 when literals end in that state */
	guint32 *out_start;   /* per state: first index into out */
	guint32 *out_len;     /* per state: number of literals ending there */
	guint32 *out;         /* literal ids */
};

static void
ends_free(gpointer a)
{
	if (a != NULL)
		g_array_unref(a);
}

/* Character classes: one per character (lowered) the literals use. */
static void
ac_classes(StAc *ac, const char *const *lits, guint n)
{
	memset(ac->cls, 0, sizeof(ac->cls));
	ac->n_classes = 1;
	for (guint i = 0; i < n; i++)
		for (const char *c = lits[i]; *c && (guchar)*c < 0x80; c++) {
			guchar b = (guchar)g_ascii_tolower(*c);
			if (b < 0x80 && ac->cls[b] == 0)
				ac->cls[b] = (guint8)ac->n_classes++;
		}
	for (guint b = 'A'; b <= 'Z'; b++)
		ac->cls[b] = ac->cls[b - 'A' + 'a'];
}

/* The trie of LITS: TRIE (state x class, 0 = no edge but from the root)
 * and the literal ending at each state (ENDS: GArray of guint per state). */
static guint
ac_trie(StAc *ac, const char *const *lits, guint n, GArray *trie, GPtrArray *ends)
{
	guint states = 1;

	g_array_set_size(trie, ac->n_classes);  /* TRIE clears what it adds */
	g_ptr_array_add(ends, NULL);
	for (guint i = 0; i < n; i++) {
		guint s = 0;
		if (strcmp(lits[i], "\x80") == 0) {
			ac->high_id = (gint)i;
			continue;
		}
		for (const char *c = lits[i]; *c; c++) {
			guint k = ac->cls[(guchar)*c];
			guint32 *t = &g_array_index(trie, guint32, s * ac->n_classes + k);
			if (*t == 0) {
				*t = states++;
				g_array_set_size(trie, trie->len + ac->n_classes);
				g_ptr_array_add(ends, NULL);
				t = &g_array_index(trie, guint32, s * ac->n_classes + k);
			}
			s = *t;
		}
		if (g_ptr_array_index(ends, s) == NULL)
			g_ptr_array_index(ends, s) = g_array_new(FALSE, FALSE, sizeof(guint32));
		guint32 id = i;
		g_array_append_val((GArray *)g_ptr_array_index(ends, s), id);
	}
	return states;
}

/* Number the states of AC in the order of ORDER (the breadth-first queue:
 * ORDER[i] is the old number of new state i; the root stays 0) and make
 * each entry of the table the offset of its state's row, shifted left by
 * one, with the low bit set when literals end in that state: a scan then
 * follows an entry with a shift and an add, not a multiplication, and
 * tests the bit instead of reading another array. */
static void
ac_renumber(StAc *ac, const guint32 *order)
{
	guint C = ac->n_classes, S = ac->n_states;
	/* an entry is a row offset shifted left by one: it must fit */
	g_assert((gsize)S * C <= G_MAXUINT32 / 2);
	g_autofree guint32 *new_of = g_new(guint32, S);
	guint32 *next = g_new(guint32, (gsize)S * C);
	guint32 *start = g_new(guint32, S), *len = g_new(guint32, S);

	for (guint i = 0; i < S; i++)
		new_of[order[i]] = i;
	for (guint i = 0; i < S; i++) {
		const guint32 *row = ac->next + (gsize)order[i] * C;
		for (guint k = 0; k < C; k++)
			next[(gsize)i * C + k] = (new_of[row[k]] * C) << 1 |
						 (ac->out_len[row[k]] != 0);
		start[i] = ac->out_start[order[i]];
		len[i] = ac->out_len[order[i]];
	}
	g_free(ac->next);
	g_free(ac->out_start);
	g_free(ac->out_len);
	ac->next = next;
	ac->out_start = start;
	ac->out_len = len;
}

StAc *
st_ac_new(const char *const *lits, guint n)
{
	StAc *ac = g_new0(StAc, 1);
	g_autoptr(GArray) trie = g_array_new(FALSE, TRUE, sizeof(guint32));
	g_autoptr(GPtrArray) ends = g_ptr_array_new_with_free_func(ends_free);

	ac->n_lits = n;
	ac->high_id = -1;
	ac_classes(ac, lits, n);
	ac->n_states = ac_trie(ac, lits, n, trie, ends);

	guint C = ac->n_classes, S = ac->n_states;
	g_autofree guint32 *fail = g_new0(guint32, S);
	g_autofree guint32 *queue = g_new(guint32, S);
	g_autoptr(GArray) out = g_array_new(FALSE, FALSE, sizeof(guint32));
	guint head = 0, tail = 0;

	ac->next = g_array_steal(trie, NULL);
	ac->out_start = g_new0(guint32, S);
	ac->out_len = g_new0(guint32, S);
	/* breadth first: a state's failure state is done before it */
	queue[tail++] = 0;
	while (head < tail) {
		guint s = queue[head++];
		GArray *own = g_ptr_array_index(ends, s);
		ac->out_start[s] = out->len;
		if (own)
			g_array_append_vals(out, own->data, own->len);
		if (s != 0 && ac->out_len[fail[s]] > 0) {
			/* copy from the array itself: fetch the range first */
			guint from = ac->out_start[fail[s]], len = ac->out_len[fail[s]];
			for (guint j = 0; j < len; j++) {
				guint32 id = g_array_index(out, guint32, from + j);
				g_array_append_val(out, id);
			}
		}
		ac->out_len[s] = out->len - ac->out_start[s];
		for (guint k = 1; k < C; k++) {
			guint32 *t = &ac->next[s * C + k];
			if (*t != 0) {
				fail[*t] = s == 0 ? 0 : ac->next[fail[s] * C + k];
				queue[tail++] = *t;
			} else {
				*t = s == 0 ? 0 : ac->next[fail[s] * C + k];
			}
		}
		ac->next[s * C] = 0;
	}
	ac->out = g_array_steal(out, NULL);
	ac_renumber(ac, queue);
	return ac;
}

void
st_ac_free(StAc *ac)
{
	if (ac == NULL)
		return;
	g_free(ac->next);
	g_free(ac->out_start);
	g_free(ac->out_len);
	g_free(ac->out);
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

/* The class of the character at *P (advanced past it); sets *HIGH for a
 * byte of 0x80 or more. */
static inline guint
ac_class(const StAc *ac, const guchar **pp, const guchar *end, gboolean *high)
{
	const guchar *p = *pp;

	if (*p < 0x80) {
		*pp = p + 1;
		return ac->cls[*p];
	}
	*high = TRUE;
	if (p[0] == 0xE2 && end - p >= 3 && p[1] == 0x84 && p[2] == 0xAA) {
		*pp = p + 3;
		return ac->cls['k'];  /* U+212A KELVIN SIGN */
	}
	if (p[0] == 0xC5 && end - p >= 2 && p[1] == 0xBF) {
		*pp = p + 2;
		return ac->cls['s'];  /* U+017F LATIN SMALL LETTER LONG S */
	}
	*pp = p + 1;
	return 0;
}

/* Set the bits of the literals that end in state S. */
static inline void
ac_out(const StAc *ac, guint32 s, guint64 *bits)
{
	const guint32 *o = ac->out + ac->out_start[s];

	for (guint32 j = 0; j < ac->out_len[s]; j++)
		bits[o[j] >> 6] |= G_GUINT64_CONSTANT(1) << (o[j] & 63);
}

void
st_ac_scan(const StAc *ac, const char *text, gssize len, guint64 *bits)
{
	const guchar *p = (const guchar *)text, *end;
	const guint32 *next = ac->next;
	guint32 e = 0;
	gboolean high = FALSE;

	if (text == NULL)
		return;
	end = p + (len < 0 ? strlen(text) : (gsize)len);
	while (p < end) {
		e = next[(e >> 1) + ac_class(ac, &p, end, &high)];
		if (G_UNLIKELY(e & 1))
			ac_out(ac, (e >> 1) / ac->n_classes, bits);
	}
	if (high && ac->high_id >= 0)
		bits[ac->high_id >> 6] |= G_GUINT64_CONSTANT(1) << (ac->high_id & 63);
}
