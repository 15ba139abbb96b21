/*
 * fuzz_documents.c — libFuzzer target for the readers of attachments that
 * neither GMime nor a text decoder reads: the PDF reader (extract_pdf.c),
 * the .docx reader (extract_docx.c: libarchive, then GMarkup) and the
 * archive lister (archive.c).  The same bytes go to all three; whatever
 * comes back must be valid UTF-8 within its bound.  The whole-message
 * target reaches these readers only through a MIME attachment the fuzzer
 * must keep valid; this one hands them the bytes directly, seeded with the
 * PDFs, zips and .docx files that the test messages carry (run.sh).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sectriage/archive.h"
#include "sectriage/common.h"
#include "sectriage/rules.h"
#include "../../milter/extract_int.h"

static StRules *rules;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	GError *err = NULL;

	(void)argc; (void)argv;
	st_init();
	rules = st_rules_load("rules", &err);
	if (rules == NULL) {
		fprintf(stderr, "fuzz_documents: rules: %s\n", err->message);
		abort();
	}
	return 0;
}

/* TEXT (may be NULL) is valid UTF-8 of at most MAX bytes, or abort. */
static void
check_text(char *text, gint64 max)
{
	if (text != NULL && (!g_utf8_validate(text, -1, NULL) || (gint64)strlen(text) > max))
		abort();
	g_free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	GBytes *b = g_bytes_new_static(data, size);

	check_text(st_x_pdf_text(rules, b), st_rules_get_int(rules, "extract.pdf", "max_text_bytes", 65536));
	check_text(st_x_docx_text(rules, b), st_rules_get_int(rules, "extract.docx", "max_text_bytes", 65536));
	g_bytes_unref(b);

	GPtrArray *flags = g_ptr_array_new_with_free_func(g_free);
	GPtrArray *names = st_archive_list(data, size, 16, 1 << 20, 0, flags);
	for (guint i = 0; i < names->len; i++)
		if (!g_utf8_validate(g_ptr_array_index(names, i), -1, NULL))
			abort();
	g_ptr_array_unref(names);
	g_ptr_array_unref(flags);
	return 0;
}
