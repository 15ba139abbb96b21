/*
 * cli_analyze.c — `sectriage analyze [--json] [--envelope-from ADDR |
 *                   --return-path] FILE...`
 *
 * Prints the facts the milter would file for each message: one JSON object
 * per file with --json (the interface of DESIGN.md), a short summary
 * otherwise, the words the word models read with --words.  Nothing is
 * written anywhere.
 *
 * --return-path: each message's envelope sender is the address of its
 * first Return-Path field, the one the delivery agent wrote when it put
 * the copy in a mailbox; so a whole Maildir is analysed in one process as
 * the milter saw each message, where --envelope-from gives every file the
 * same sender.  A message without the field has none (as without either
 * option).
 */
#include <stdio.h>
#include <string.h>

#include "sectriage/analyze.h"
#include "sectriage/classify.h"
#include "sectriage/words.h"
#include "sectriage/cli.h"
#include "sectriage/common.h"

static void
print_summary(const char *file, const StAnalysis *a)
{
	const StMessage *m = a->msg;
	g_autofree char *subject = st_printable(m->subject, -1, 120);

	printf("%s\n", file);
	printf("  subject:   %s\n", subject);
	printf("  version:   %s%s%s%s\n", a->version ? a->version : "-",
	       a->version_kind ? " (" : "", a->version_kind ? a->version_kind : "",
	       a->version_kind ? ")" : "");
	printf("  platform:  %s %s %s %s %s\n", a->os ? a->os : "-", a->distro ? a->distro : "",
	       a->kernel ? a->kernel : "", a->macos_version ? a->macos_version : "",
	       a->chip ? a->chip : "");
	printf("  checklist:");
	for (int i = 0; i < ST_CHECK_N; i++)
		printf(" %s=%s", st_check_names[i], a->check[i] ? "yes" : (a->check_na[i] ? "n/a" : "no"));
	printf("\n  score:     %d\n", a->score);
	for (guint i = 0; i < a->missing_detail->len; i++)
		printf("  missing:   %s\n", (char *)g_ptr_array_index(a->missing_detail, i));
	printf("  class:     %s / %s\n", a->klass ? a->klass : "-", a->component ? a->component : "-");
	for (guint i = 0; i < a->out_of_scope->len; i++)
		printf("  scope:     likely out of scope: %s\n", (char *)g_ptr_array_index(a->out_of_scope, i));
	if (a->suggested_severity)
		printf("  severity:  %s (suggested)\n", a->suggested_severity);
	if (a->exploited)
		printf("  EXPLOITED IN THE WILD\n");
	for (guint i = 0; i < m->attachments->len; i++) {
		const StAttachment *att = g_ptr_array_index(m->attachments, i);
		g_autofree char *name = st_printable(att->filename ? att->filename : "(unnamed)", -1, 80);
		printf("  attachment: %s %s %" G_GINT64_FORMAT " bytes %s\n", name,
		       att->content_type, att->size, st_role_name(att->role));
	}
	printf("  ack:       %s (%s)\n", a->ack_send ? "yes" : "no", a->ack_reason ? a->ack_reason : "");
	printf("  flags:    ");
	for (guint i = 0; i < a->flags->len; i++)
		printf(" %s", (char *)g_ptr_array_index(a->flags, i));
	printf("\n");
}

/* FILE, a tab and the words of A's message the word models read
 * (rules/class.model, rules/component.model), separated by spaces: what
 * tests/tools/train_class.py and train_component.py train on, so that
 * training and the filter read the same words. */
static void
print_words(const char *file, const StRules *rules, const StAnalysis *a)
{
	g_autofree char *text = st_classify_words_text(rules, a->msg);
	g_autoptr(GPtrArray) words = st_words_of(text, G_MAXUINT);
	g_ptr_array_add(words, NULL);
	g_autofree char *line = g_strjoinv(" ", (char **)words->pdata);
	printf("%s\t%s\n", file, line);
}

int
st_cmd_analyze(StCli *cli, int argc, char **argv)
{
	gboolean json = FALSE, pretty = FALSE, words = FALSE, return_path = FALSE;
	g_autofree char *envelope_from = NULL;
	g_auto(GStrv) files = NULL;
	GOptionEntry entries[] = {
		{ "json", 'j', 0, G_OPTION_ARG_NONE, &json, "Print one JSON object per message", NULL },
		{ "pretty", 0, 0, G_OPTION_ARG_NONE, &pretty, "Indent the JSON", NULL },
		{ "words", 0, 0, G_OPTION_ARG_NONE, &words,
		  "Print the words the word models read, one line per message (for training)", NULL },
		{ "envelope-from", 'f', 0, G_OPTION_ARG_STRING, &envelope_from,
		  "The SMTP envelope sender ('' is the null sender <>)", "ADDR" },
		{ "return-path", 0, 0, G_OPTION_ARG_NONE, &return_path,
		  "Each message's envelope sender is its Return-Path (a delivered copy)", NULL },
		{ G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE..." },
		{ NULL }
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("FILE... - analyse messages");
	g_autoptr(GError) err = NULL;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_summary(ctx, "Print the facts sectriage finds in each message: version, "
					  "platform, checklist, score, class,\ncomponent, scope, credit "
					  "and the acknowledgment decision.  Writes nothing.");
	if (!g_option_context_parse(ctx, &argc, &argv, &err)) {
		st_cli_error("analyze", "%s", err->message);
		return 2;
	}
	if (return_path && envelope_from != NULL) {
		st_cli_error("analyze", "--envelope-from and --return-path exclude each other");
		return 2;
	}
	if (files == NULL || files[0] == NULL) {
		st_cli_error("analyze", "no FILE given (see --help)");
		return 2;
	}
	StRules *rules = st_cli_rules(cli);
	if (rules == NULL)
		return 1;

	int rc = 0;
	for (char **f = files; *f; f++) {
		g_autoptr(GError) e = NULL;
		g_autoptr(StAnalysis) a = NULL;
		a = st_cli_analyze_file(cli, rules, *f, return_path, envelope_from, &e);
		if (a == NULL) {
			st_cli_error("analyze", "%s", e->message);
			rc = 1;
			continue;
		}
		if (words) {
			print_words(*f, rules, a);
		} else if (json) {
			g_autofree char *text = st_analysis_to_json_string(a, pretty);
			printf("%s\n", text);
		} else {
			print_summary(*f, a);
		}
	}
	return rc;
}
