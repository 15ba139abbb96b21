/* STUB (lead): placeholder so the tree links; the owner replaces this file. */
#include "sectriage/extract.h"
void st_extract(const StRules *rules, const StMessage *msg, StAnalysis *a) {}
