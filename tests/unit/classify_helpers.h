/*
 * classify_helpers.h — what the test_classify_*.c programs share (they were
 * one test_classify.c): the includes, classify() of a subject and a body,
 * and the ClassCase rows of the class tables.  Header-only (static inline),
 * as testutil.h, since the Makefile builds each tests/unit/test_*.c alone
 * into a program.
 */
#ifndef SECTRIAGE_TEST_CLASSIFY_HELPERS_H
#define SECTRIAGE_TEST_CLASSIFY_HELPERS_H

#include <string.h>

#include "sectriage/classify.h"
#include "sectriage/common.h"
#include "sectriage/config.h"
#include "sectriage/extract.h"
#include "sectriage/message.h"
#include "sectriage/rules.h"
#include "sectriage/words.h"

#include "testutil.h"

/* Parse SUBJECT + BODY (plain text) and classify it.  POC: check[POC]; the
 * reports written here describe their issue, so check[DESCRIPTION] is set
 * ([classify] class_needs). */
static inline StAnalysis *
classify(const StRules *rules, const char *subject, const char *body, gboolean poc)
{
	g_autofree char *mail = g_strdup_printf("From: r@example.org\nTo: security@superrad.company\n"
						"Subject: %s\nContent-Type: text/plain; charset=utf-8\n\n%s\n",
						subject, body);
	StAnalysis *a = tu_analysis_of(mail);
	a->check[ST_CHECK_POC] = poc;
	a->check[ST_CHECK_DESCRIPTION] = TRUE;
	st_classify(rules, a->msg, NULL, a);
	return a;
}

typedef struct {
	const char *subject;
	const char *body;
	const char *klass;      /* NULL: none */
	const char *component;
} ClassCase;

#endif
