/*
 * cli_export.c — `sectriage export ID --format osv|ghsa|rustsec
 *                 [--fixed VERSION] [--introduced VERSION] [--summary TEXT]`.
 *
 * Prints the advisory draft on stdout.  A RustSec draft is refused (exit 1)
 * while the report is under embargo and not published.
 */
#include <stdio.h>

#include "sectriage/cli.h"
#include "sectriage/export.h"

int
st_cmd_export(StCli *cli, int argc, char **argv)
{
	g_autofree char *format = NULL, *fixed = NULL, *introduced = NULL, *summary = NULL;
	GOptionEntry entries[] = {
		{ "format", 0, 0, G_OPTION_ARG_STRING, &format, "osv (default), ghsa, rustsec", "F" },
		{ "fixed", 0, 0, G_OPTION_ARG_STRING, &fixed, "first version with the fix", "VERSION" },
		{ "introduced", 0, 0, G_OPTION_ARG_STRING, &introduced, "first affected version (default 0)", "VERSION" },
		{ "summary", 0, 0, G_OPTION_ARG_STRING, &summary, "one-line summary (default: from the class)", "TEXT" },
		{ NULL },
	};
	if (!st_cli_parse_options("export", "ID", "An advisory draft for report ID: OSV JSON, GitHub"
				  " advisory JSON, or a RustSec draft (TOML + Markdown).",
				  entries, &argc, &argv))
		return 2;
	if (argc != 2) {
		st_cli_error("export", "expected one report ID (try --help)");
		return 2;
	}
	const char *f = format ? format : "osv";
	if (g_strcmp0(f, "osv") && g_strcmp0(f, "ghsa") && g_strcmp0(f, "rustsec")) {
		st_cli_error("export", "unknown format '%s' (osv, ghsa, rustsec)", f);
		return 2;
	}
	StRules *rules = st_cli_rules(cli);
	StStore *store = st_cli_store(cli);
	if (rules == NULL || store == NULL)
		return 1;
	g_autoptr(GError) err = NULL;
	StExportOptions opt = { .format = f, .fixed = fixed, .introduced = introduced,
				.summary = summary };
	g_autofree char *out = st_export(store, rules, argv[1], &opt, cli->now, &err);
	if (out == NULL) {
		st_cli_error("export", "%s", err->message);
		return 1;
	}
	fputs(out, stdout);
	return ferror(stdout) ? 1 : 0;
}
