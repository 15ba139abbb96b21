/*
 * dupes.h — possible duplicates of a report (module dupes.c).
 *
 * Three signals, strongest first: the same PoC (an attachment of role poc
 * with the same sha256, or the same PoC evidence text), the same attachment
 * (any role), and similar description text (MinHash over character
 * trigrams of the first message's text, estimated Jaccard similarity at
 * least [dupes] similarity in rules/, default 0.5).  Duplicates are only
 * ever shown (digest, show); nothing is merged.
 *
 * Text signatures are cached in the table dupe_signatures (created by this
 * module; derived data, safe to drop).
 */
#ifndef SECTRIAGE_DUPES_H
#define SECTRIAGE_DUPES_H

#include <glib.h>
#include "config.h"
#include "rules.h"
#include "store.h"

G_BEGIN_DECLS

#define ST_MINHASH_K 64

typedef struct StDupe {
	gint64 report_id;
	char *tracking_id;
	char *reason;        /* "same PoC (exploit.sh)", "same attachment (log.txt)",
	                        "similar text (0.82)" */
	double similarity;   /* 1.0 for identical content */
} StDupe;
/* Free D and its strings.  NULL is fine. */
void st_dupe_free(StDupe *d);

/* Possible duplicates of REPORT_ID, strongest first, at most MAX (0: 20).
 * CFG and RULES may be NULL (defaults).  Returns a GPtrArray of StDupe*
 * (g_ptr_array_unref frees them), empty when none; NULL with ERROR. */
GPtrArray *st_dupes_for_report(StStore *store, const StConfig *cfg, const StRules *rules,
			       gint64 report_id, guint max, GError **error);

/* MinHash signature of TEXT's character trigrams (lower-cased, whitespace
 * collapsed) into SIG.  FALSE when TEXT has fewer than 3 characters. */
gboolean st_minhash(const char *text, guint32 sig[ST_MINHASH_K]);
/* Returns the estimated Jaccard similarity of two signatures, 0..1. */
double st_minhash_similarity(const guint32 a[ST_MINHASH_K], const guint32 b[ST_MINHASH_K]);

/* Returns the exact Jaccard similarity of the trigram sets of A and B, 0..1
 * (for tests). */
double st_trigram_jaccard(const char *a, const char *b);

G_END_DECLS
#endif
