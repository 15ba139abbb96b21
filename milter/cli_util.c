/*
 * cli_util.c — what the `sectriage` subcommands share: option parsing with
 * one usage message, JSON output, and reading a message file with its
 * envelope sender (see cli.h).
 */
#include <stdio.h>
#include <string.h>

#include "sectriage/analyze.h"
#include "sectriage/cli.h"
#include "sectriage/common.h"
#include "sectriage/message.h"

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

/* The address of MSG's first Return-Path field ("" for the null sender
 * <>, a source route "<@a,@b:user@host>" dropped), or NULL without one. */
static char *
return_path_of(const StMessage *msg)
{
	const char *v = st_message_header(msg, "Return-Path");

	if (v == NULL)
		return NULL;
	g_autofree char *path = st_strip_address(v);
	const char *colon = path[0] == '@' ? strchr(path, ':') : NULL;
	return g_strdup(colon ? colon + 1 : path);
}

StAnalysis *
st_cli_analyze_file(StCli *cli, const StRules *rules, const char *path,
		    gboolean return_path, const char *envelope_from, GError **error)
{
	if (!return_path)
		return st_analyze_file(cli->cfg, rules, path, envelope_from, error);
	st_init();
	StMessage *msg = st_message_parse_file(path, cli->cfg, error);
	if (msg == NULL)
		return NULL;
	g_autofree char *env = return_path_of(msg);
	return st_analyze_message(cli->cfg, rules, msg, env);
}
