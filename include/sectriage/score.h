/*
 * score.h — the policy checklist as a weighted score.
 *
 * st_score() reads a->check[] and a->check_na[] and sets a->score (0..100,
 * weights from rules/checklist.rules [score] weight.NAME) and a->missing /
 * a->missing_detail (hint text from rules: [hint.NAME] text = ...).
 * Items that do not apply count as present.
 */
#ifndef SECTRIAGE_SCORE_H
#define SECTRIAGE_SCORE_H

#include "analysis.h"
#include "rules.h"

G_BEGIN_DECLS

void st_score(const StRules *rules, StAnalysis *a);

G_END_DECLS
#endif
