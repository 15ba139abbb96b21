/*
 * classify_int.h — what the files of the classification share (classify.c,
 * classify_severity.c): private, not an API.
 */
#ifndef SECTRIAGE_CLASSIFY_INT_H
#define SECTRIAGE_CLASSIFY_INT_H

#include "sectriage/classify.h"

G_BEGIN_DECLS

/* Set A's suggested severity and its evidence (NULL both when RULES give
 * no level) from A's CVSS score, out-of-scope hints, class and
 * exploitation, as classify.c left them. */
void st_classify_severity(const StRules *rules, StAnalysis *a);

G_END_DECLS
#endif
