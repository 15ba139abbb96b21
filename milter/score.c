/* STUB (lead): placeholder so the tree links; the owner replaces this file. */
#include "sectriage/score.h"
void st_score(const StRules *rules, StAnalysis *a) {}
