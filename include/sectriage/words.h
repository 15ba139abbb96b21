/*
 * words.h — naive Bayes word models: the fallback when the patterns of
 * rules/classify.rules do not decide a field (issue #3).
 *
 * A model is a file rules/NAME.model, one per field it speaks for
 * (class.model: the class when no pattern names one, and which of the
 * classes the patterns found it is when they find several; component.model: the
 * component when the patterns fall back to the default), a GKeyFile written
 * by tests/tools/train_class.py (train_component.py) from the labelled
 * devset and held-out set:
 *
 *   [wordmodel]
 *   classes = none;sandbox_escape;...   the labels; "none" gives no answer
 *   docs = 40;31;...                    training messages per class
 *   tokens = 5210;4400;...              word occurrences per class
 *   vocabulary = 2345                   the number of words (for smoothing)
 *   alpha = 1                           Laplace smoothing
 *   min_margin = 4                      log-odds the winner needs over the
 *                                       runner-up before it is believed
 *   bigrams = true                      adjacent word pairs count too
 *   [wordmodel.words]
 *   host = 3;12;0;...                   occurrences of the word per class
 *   host_directory = 0;4;0;...          a pair (bigrams = true)
 *
 * Each word counts once per message (binary naive Bayes).  A word the model
 * does not know says nothing.  Words: runs of letters or digits, lower-cased,
 * two to thirty characters, none with a digit (versions, addresses and ids
 * say which report, not which kind).
 *
 * A StWordModel is immutable after loading; it is part of a StRules
 * snapshot and shared by threads like it.
 */
#ifndef SECTRIAGE_WORDS_H
#define SECTRIAGE_WORDS_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct StWordModel StWordModel;

/* Load the model file PATH (its base name names it in errors).  Returns a
 * new model, or NULL with ERROR set (G_FILE_ERROR_NOENT when there is no
 * such file). */
StWordModel *st_word_model_load(const char *path, GError **error);
/* Build a model from KF's [wordmodel] and [wordmodel.words] groups.  FILE
 * names it in errors.  Returns a new model (st_word_model_free), or NULL
 * with ERROR set when a group is missing or a count list does not have one
 * number per class. */
StWordModel *st_word_model_from_keyfile(GKeyFile *kf, const char *file, GError **error);
/* Free M.  NULL is fine. */
void st_word_model_free(StWordModel *m);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(StWordModel, st_word_model_free)

/* The words of TEXT in order, as the model reads them (see above), at most
 * MAX of them.  Returns a new array of strings (g_ptr_array_unref). */
GPtrArray *st_words_of(const char *text, guint max);

/* What the model says of a text. */
typedef struct {
	const char *klass;  /* the winning label (owned by the model); NULL when
	                     * the model knows none of the words */
	double margin;      /* its log-odds over the runner-up */
	gboolean confident; /* margin >= the model's min_margin and the winner
	                     * is not "none" */
	char *evidence;     /* "words: a, b, c (margin 7.2)": the words that
	                     * favour the winner most (g_free) */
} StWordGuess;

/* Score TEXT with M into GUESS (its evidence newly allocated, or NULL).
 * Returns GUESS->confident. */
gboolean st_word_model_guess(const StWordModel *m, const char *text, StWordGuess *guess);

/* The index of LABEL among M's labels (as [wordmodel] classes lists them),
 * or -1 when M does not have it (or M is NULL). */
int st_word_model_label_index(const StWordModel *m, const char *label);
/* The number of M's labels (0 for NULL). */
guint st_word_model_n_labels(const StWordModel *m);
/* How far each of M's labels trails the most likely one for TEXT, in
 * log-odds: 0 for the winner, negative for the others, in the order of
 * M's labels.  Returns a new array of st_word_model_n_labels(M) doubles
 * (g_free), or NULL when M knows none of TEXT's words. */
double *st_word_model_behind(const StWordModel *m, const char *text);

G_END_DECLS
#endif
