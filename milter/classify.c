/* STUB (lead): placeholder so the tree links; the owner replaces this file. */
#include "sectriage/classify.h"
void st_classify(const StRules *rules, const StMessage *msg, StAnalysis *a) {}
