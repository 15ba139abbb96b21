/*
 * classify.h — class, component, out-of-scope hints, suggested severity.
 *
 * Rules: [class.NAME], [component.NAME], [oos.NAME] groups in
 * rules/classify.rules, each with match patterns and a weight; the best
 * scoring class/component wins, every out-of-scope group that matches is
 * reported, each with the evidence line.  Severity from the CVSS score when
 * there is one, else from class, exploitation and out-of-scope hints
 * ([severity] values in rules).  When no pattern names a class, a naive
 * Bayes word model (rules/class.model, words.h) may, when it is sure.
 */
#ifndef SECTRIAGE_CLASSIFY_H
#define SECTRIAGE_CLASSIFY_H

#include "analysis.h"
#include "extract.h"
#include "rules.h"

G_BEGIN_DECLS

/* Sets A's class (with its evidence and class_source: "patterns", or
 * "words" when rules/class.model named it, words.h), component,
 * out-of-scope hints and suggested severity from MSG.  BODY: MSG's, from
 * st_x_quote_body (extract.h; borrowed); NULL to read it here. */
void st_classify(const StRules *rules, const StMessage *msg, StXQuote *body, StAnalysis *a);
/* The text of MSG the class word model reads (the subject, the reporter's
 * own lines, a report written as an attached document).  Newly allocated
 * (g_free). */
char *st_classify_words_text(const StRules *rules, const StMessage *msg);
/* A's out-of-scope hints after a thread's facts were merged into it
 * (st_analysis_merge): a hint whose group's "unless_check" item the thread
 * now has ("theoretical" once a reply brings a working PoC, 4944) or whose
 * "unless_exploited" the thread now says goes, with its evidence. */
void st_classify_oos_settle(const StRules *rules, StAnalysis *a);

G_END_DECLS
#endif
