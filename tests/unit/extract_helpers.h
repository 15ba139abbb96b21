/*
 * extract_helpers.h — what the test_extract_*.c programs share (they were
 * one test_extract.c): the includes, FAIL, a prose paragraph that makes a
 * report's description, and a message built from a body and attachments,
 * parsed and extracted.  Header-only (static inline), as testutil.h, since
 * the Makefile builds each tests/unit/test_*.c alone into a program.
 */
#ifndef SECTRIAGE_TEST_EXTRACT_HELPERS_H
#define SECTRIAGE_TEST_EXTRACT_HELPERS_H

#include <string.h>

#include "sectriage/analysis.h"
#include "sectriage/config.h"
#include "sectriage/classify.h"
#include "sectriage/extract.h"

#include "testutil.h"
#include "../../milter/extract_int.h"

/* Report a failed case and go on with the others. */
#define FAIL(...) do { g_printerr(__VA_ARGS__); g_printerr("\n"); g_test_fail(); } while (0)

#define PROSE "The sandbox gateway does not apply the egress policy to DNS queries, " \
	"so an attacker who controls code inside a sandbox can exfiltrate data through " \
	"query names even when the sandbox is started without network access. This " \
	"defeats the isolation that users rely on for untrusted workloads.\n\n"

typedef struct {
	const char *filename, *type, *content;
	gsize len;               /* 0: strlen(content) */
} Att;

/* A message with BODY and up to three attachments, parsed by parse.c. */
static inline StMessage *
make_message(const char *subject, const char *body, const Att *atts)
{
	g_autoptr(GString) m = g_string_new(NULL);

	g_string_append_printf(m, "From: Rep Orter <rep@example.org>\nTo: security@superrad.company\n"
			       "Subject: %s\nMessage-ID: <t@example.org>\nMIME-Version: 1.0\n",
			       subject ? subject : "report");
	if (atts == NULL || atts[0].filename == NULL) {
		g_string_append_printf(m, "Content-Type: text/plain; charset=utf-8\n"
				       "Content-Transfer-Encoding: 8bit\n\n%s\n", body);
	} else {
		g_string_append(m, "Content-Type: multipart/mixed; boundary=\"BB\"\n\n--BB\n"
				"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n");
		g_string_append_printf(m, "%s\n", body);
		for (const Att *a = atts; a->filename; a++) {
			g_autofree char *b64 = g_base64_encode((const guchar *)a->content,
							       a->len ? a->len : strlen(a->content));
			g_string_append_printf(m, "--BB\nContent-Type: %s\nContent-Disposition: attachment; "
					       "filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n",
					       a->type, a->filename, b64);
		}
		g_string_append(m, "--BB--\n");
	}
	return tu_parse(m->str);
}

static inline StAnalysis *
analyse(const StRules *rules, const char *subject, const char *body, const Att *atts)
{
	StAnalysis *a = st_analysis_new();
	a->msg = make_message(subject, body, atts);
	st_extract(rules, a->msg, NULL, a);
	return a;
}

#endif
