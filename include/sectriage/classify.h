/*
 * classify.h — class, component, out-of-scope hints, suggested severity.
 *
 * Rules: [class.NAME], [component.NAME], [oos.NAME] groups in
 * rules/classify.rules, each with match patterns and a weight; the best
 * scoring class/component wins, every out-of-scope group that matches is
 * reported, each with the evidence line.  Severity from the CVSS score when
 * there is one, else from class, exploitation and out-of-scope hints
 * ([severity] values in rules).
 */
#ifndef SECTRIAGE_CLASSIFY_H
#define SECTRIAGE_CLASSIFY_H

#include "analysis.h"
#include "rules.h"

G_BEGIN_DECLS

void st_classify(const StRules *rules, const StMessage *msg, StAnalysis *a);

G_END_DECLS
#endif
