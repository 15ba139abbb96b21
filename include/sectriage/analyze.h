/*
 * analyze.h — the whole analysis of one message: parse -> extract -> score
 * -> classify -> ack decision.  The milter and the CLI share this path.
 */
#ifndef SECTRIAGE_ANALYZE_H
#define SECTRIAGE_ANALYZE_H

#include "analysis.h"
#include "config.h"
#include "rules.h"

G_BEGIN_DECLS

/* Analyse MSG (ownership passes to the result).  ENVELOPE_FROM: NULL when
 * unknown, "" for the null sender.  Never NULL. */
StAnalysis *st_analyze_message(const StConfig *cfg, const StRules *rules,
			       StMessage *msg, const char *envelope_from);
/* Parse and analyse the file PATH; NULL with ERROR when it cannot be read. */
StAnalysis *st_analyze_file(const StConfig *cfg, const StRules *rules,
			    const char *path, const char *envelope_from, GError **error);
StAnalysis *st_analyze_data(const StConfig *cfg, const StRules *rules,
			    const char *data, gsize len, const char *envelope_from);

G_END_DECLS
#endif
