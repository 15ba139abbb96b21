/*
 * words.c — naive Bayes word models (words.h): loading one (rules/class.model,
 * rules/component.model, ...), the words of a text, and the guess.
 *
 * The counts are turned into smoothed log probabilities once, at load:
 * log((n + alpha) / (tokens + alpha * vocabulary)) per word and class.  A
 * guess is one pass over the text and one hash lookup per distinct word.
 */
#include <math.h>
#include <string.h>

#include "sectriage/common.h"
#include "sectriage/keyfile.h"
#include "sectriage/words.h"

#define ST_WORDS_ERROR_DOMAIN g_quark_from_static_string("st-words")
#define WORD_MIN_CHARS 2
#define WORD_MAX_CHARS 30
#define EVIDENCE_WORDS 6

struct StWordModel {
	guint n;             /* classes */
	char **classes;      /* n labels */
	double *log_prior;   /* n */
	GHashTable *words;   /* word -> double[n], log P(word | class) */
	double min_margin;
	gboolean bigrams;
};

void
st_word_model_free(StWordModel *m)
{
	if (m == NULL)
		return;
	g_strfreev(m->classes);
	g_free(m->log_prior);
	if (m->words)
		g_hash_table_unref(m->words);
	g_free(m);
}

/* The integer list KEY of GROUP, which must have N entries ("3;0;12").
 * Read from the raw value with g_ascii_strtoll: the models hold tens of
 * thousands of these, and g_key_file_get_integer_list's string list and
 * per-item copies made it most of a model's load. */
static gint *
counts(GKeyFile *kf, const char *group, const char *key, guint n, const char *file, GError **error)
{
	GError *e = NULL;
	g_autofree char *raw = g_key_file_get_value(kf, group, key, &e);
	g_autofree gint *v = g_new(gint, n);
	const char *p = raw, *why = "not one count per class";
	guint len = 0;

	while (p != NULL) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		char *end = NULL;
		gint64 x = g_ascii_strtoll(p, &end, 10);
		if (end == p || x < G_MININT || x > G_MAXINT) {
			why = "not a count";
			len = 0;
			break;
		}
		if (len < n)
			v[len] = (gint)x;
		len++;
		for (p = end; *p == ' ' || *p == '\t'; p++)
			;
		if (*p == ';')
			p++;
		else if (*p != '\0') {
			why = "not a count";
			len = 0;
			break;
		}
	}
	if (raw == NULL || len != n) {
		g_set_error(error, ST_WORDS_ERROR_DOMAIN, 1, "%s: [%s] %s: %s", file, group, key,
			    e ? e->message : why);
		g_clear_error(&e);
		return NULL;
	}
	return g_steal_pointer(&v);
}

StWordModel *
st_word_model_from_keyfile(GKeyFile *kf, const char *file, GError **error)
{
	g_autoptr(StWordModel) m = g_new0(StWordModel, 1);
	gsize n = 0;

	m->classes = g_key_file_get_string_list(kf, "wordmodel", "classes", &n, error);
	if (m->classes == NULL)
		return NULL;
	if (n < 2) {
		g_set_error(error, ST_WORDS_ERROR_DOMAIN, 2, "%s: [wordmodel] classes: fewer than two",
			    file);
		return NULL;
	}
	m->n = (guint)n;
	g_autofree gint *docs = counts(kf, "wordmodel", "docs", m->n, file, error);
	g_autofree gint *tokens = docs ? counts(kf, "wordmodel", "tokens", m->n, file, error) : NULL;
	if (tokens == NULL)
		return NULL;
	gint64 vocabulary = g_key_file_get_int64(kf, "wordmodel", "vocabulary", NULL);
	double alpha = g_key_file_get_double(kf, "wordmodel", "alpha", NULL);
	m->min_margin = g_key_file_get_double(kf, "wordmodel", "min_margin", NULL);
	m->bigrams = g_key_file_get_boolean(kf, "wordmodel", "bigrams", NULL);
	if (alpha <= 0)
		alpha = 1;

	double all_docs = 0;
	for (guint c = 0; c < m->n; c++)
		all_docs += MAX(docs[c], 0);
	m->log_prior = g_new0(double, m->n);
	for (guint c = 0; c < m->n; c++)
		m->log_prior[c] = log((MAX(docs[c], 0) + alpha) / (all_docs + alpha * m->n));

	m->words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	g_auto(GStrv) keys = g_key_file_get_keys(kf, "wordmodel.words", NULL, error);
	if (keys == NULL)
		return NULL;
	if (vocabulary <= 0)
		vocabulary = g_strv_length(keys);
	for (char **k = keys; *k; k++) {
		g_autofree gint *v = counts(kf, "wordmodel.words", *k, m->n, file, error);
		if (v == NULL)
			return NULL;
		double *lp = g_new(double, m->n);
		for (guint c = 0; c < m->n; c++)
			lp[c] = log((MAX(v[c], 0) + alpha) / (MAX(tokens[c], 0) + alpha * vocabulary));
		g_hash_table_replace(m->words, g_strdup(*k), lp);
	}
	return g_steal_pointer(&m);
}

StWordModel *
st_word_model_load(const char *path, GError **error)
{
	g_autoptr(GKeyFile) kf = g_key_file_new();
	g_autofree char *base = g_path_get_basename(path);
	g_autofree char *text = NULL;
	gsize len = 0;

	/* a word written twice in a class would keep only its last count */
	if (!g_file_get_contents(path, &text, &len, error) ||
	    !st_keyfile_load_unique(kf, text, (gssize)len, path, error))
		return NULL;
	return st_word_model_from_keyfile(kf, base, error);
}

/* Add WORD (its CHARS characters, HAS_DIGIT) to WORDS when it is a word. */
static void
word_end(GPtrArray *words, GString *word, guint chars, gboolean has_digit)
{
	if (chars >= WORD_MIN_CHARS && chars <= WORD_MAX_CHARS && !has_digit)
		g_ptr_array_add(words, g_strndup(word->str, word->len));
	g_string_truncate(word, 0);
}

GPtrArray *
st_words_of(const char *text, guint max)
{
	GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GString) word = g_string_new(NULL);
	g_autofree char *valid = NULL;
	guint chars = 0;
	gboolean has_digit = FALSE;

	if (text == NULL)
		return words;
	if (!g_utf8_validate(text, -1, NULL))
		text = valid = g_utf8_make_valid(text, -1);
	for (const char *p = text; *p && words->len < max; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_isalnum(c)) {
			g_string_append_unichar(word, g_unichar_tolower(c));
			chars++;
			has_digit |= g_unichar_isdigit(c);
			continue;
		}
		if (chars > 0)
			word_end(words, word, chars, has_digit);
		chars = 0;
		has_digit = FALSE;
	}
	if (chars > 0 && words->len < max)
		word_end(words, word, chars, has_digit);
	return words;
}

/* A word of the text the model knows, and how much it favours the winner. */
typedef struct {
	const char *word;
	double lean;
} Lean;

static gint
cmp_lean(gconstpointer a, gconstpointer b)
{
	const Lean *x = a, *y = b;
	if (x->lean != y->lean)
		return x->lean < y->lean ? 1 : -1;
	return strcmp(x->word, y->word);
}

/* The known words of TEXT, each once (bigrams too when the model has them):
 * word -> its log probabilities (owned by M).  The keys are owned by the
 * table. */
static GHashTable *
known_words(const StWordModel *m, const char *text)
{
	g_autoptr(GPtrArray) words = st_words_of(text, 65536);
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	for (guint i = 0; i < words->len; i++) {
		const char *w = g_ptr_array_index(words, i);
		const double *lp = g_hash_table_lookup(m->words, w);
		if (lp != NULL && !g_hash_table_contains(seen, w))
			g_hash_table_insert(seen, g_strdup(w), (gpointer)lp);
		if (!m->bigrams || i + 1 == words->len)
			continue;
		g_autofree char *pair = g_strconcat(w, "_", (char *)g_ptr_array_index(words, i + 1), NULL);
		lp = g_hash_table_lookup(m->words, pair);
		if (lp != NULL && !g_hash_table_contains(seen, pair))
			g_hash_table_insert(seen, g_steal_pointer(&pair), (gpointer)lp);
	}
	return seen;
}

/* The log score of each of M's labels for the words SEEN (known_words):
 * the prior plus each word's log probability.  Newly allocated, M->n. */
static double *
scores_of(const StWordModel *m, GHashTable *seen)
{
	double *score = g_memdup2(m->log_prior, m->n * sizeof(double));
	GHashTableIter it;
	gpointer key, value;
	g_hash_table_iter_init(&it, seen);
	while (g_hash_table_iter_next(&it, &key, &value))
		for (guint c = 0; c < m->n; c++)
			score[c] += ((const double *)value)[c];
	return score;
}

int
st_word_model_label_index(const StWordModel *m, const char *label)
{
	for (guint c = 0; m != NULL && label != NULL && c < m->n; c++)
		if (strcmp(m->classes[c], label) == 0)
			return (int)c;
	return -1;
}

guint
st_word_model_n_labels(const StWordModel *m)
{
	return m ? m->n : 0;
}

double *
st_word_model_behind(const StWordModel *m, const char *text)
{
	if (m == NULL || text == NULL)
		return NULL;
	g_autoptr(GHashTable) seen = known_words(m, text);
	if (g_hash_table_size(seen) == 0)
		return NULL;
	double *score = scores_of(m, seen);
	double top = score[0];
	for (guint c = 1; c < m->n; c++)
		top = MAX(top, score[c]);
	for (guint c = 0; c < m->n; c++)
		score[c] -= top;
	return score;
}

gboolean
st_word_model_guess(const StWordModel *m, const char *text, StWordGuess *guess)
{
	g_return_val_if_fail(guess != NULL, FALSE);
	memset(guess, 0, sizeof *guess);
	if (m == NULL || text == NULL)
		return FALSE;

	g_autoptr(GHashTable) seen = known_words(m, text);
	if (g_hash_table_size(seen) == 0)
		return FALSE;
	g_autofree double *score = scores_of(m, seen);
	GHashTableIter it;
	gpointer key, value;

	guint win = 0, second = 0;
	for (guint c = 1; c < m->n; c++)
		if (score[c] > score[win])
			win = c;
	second = win == 0 ? 1 : 0;
	for (guint c = 0; c < m->n; c++)
		if (c != win && score[c] > score[second])
			second = c;
	guess->klass = m->classes[win];
	guess->margin = score[win] - score[second];
	guess->confident = guess->margin >= m->min_margin && strcmp(guess->klass, "none") != 0;

	/* the evidence: the words that lean most to the winner over the
	 * runner-up, in a stable order */
	g_autoptr(GArray) leans = g_array_new(FALSE, FALSE, sizeof(Lean));
	g_hash_table_iter_init(&it, seen);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		const double *lp = value;
		Lean l = { key, lp[win] - lp[second] };
		if (l.lean > 0)
			g_array_append_val(leans, l);
	}
	g_array_sort(leans, cmp_lean);
	g_autoptr(GString) ev = g_string_new("words: ");
	for (guint i = 0; i < leans->len && i < EVIDENCE_WORDS; i++)
		g_string_append_printf(ev, "%s%s", i ? ", " : "", g_array_index(leans, Lean, i).word);
	char margin[G_ASCII_DTOSTR_BUF_SIZE];
	g_ascii_formatd(margin, sizeof margin, "%.1f", guess->margin);
	g_string_append_printf(ev, " (margin %s over %s)", margin, m->classes[second]);
	guess->evidence = g_string_free(g_steal_pointer(&ev), FALSE);
	return guess->confident;
}
