/*
 * cli_util.c — what the `sectriage` subcommands share: option parsing with
 * one usage message, and JSON output (see cli.h).
 */
#include <stdio.h>

#include "sectriage/cli.h"

gboolean
st_cli_parse_options(const char *cmd, const char *params, const char *summary,
		     GOptionEntry *entries, int *argc, char ***argv)
{
	g_autoptr(GOptionContext) ctx = g_option_context_new(params);
	g_autoptr(GError) err = NULL;

	if (summary != NULL)
		g_option_context_set_summary(ctx, summary);
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!g_option_context_parse(ctx, argc, argv, &err)) {
		st_cli_error(cmd, "%s (try --help)", err->message);
		return FALSE;
	}
	return TRUE;
}

void
st_cli_print_json(JsonNode *node)
{
	g_autofree char *text = json_to_string(node, TRUE);
	printf("%s\n", text);
}
