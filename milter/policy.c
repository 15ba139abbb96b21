/* STUB (lead): placeholder so the tree links; the owner replaces this file. */
#include "sectriage/policy.h"
void st_policy_ack_decision(const StConfig *cfg, const StRules *rules, const StMessage *msg, StAnalysis *a) { a->ack_send = TRUE; st_set(&a->ack_reason, "ok"); }
