/*
 * cli.h — the `sectriage` command: one function per subcommand.
 *
 * main_cli.c parses the global options (--config FILE, --db PATH, --rules DIR,
 * --now ISO8601) which may stand before or after the subcommand name, loads
 * the config and fills an StCli; each subcommand parses its own options with
 * GOptionContext (so --help works everywhere) and returns the exit status:
 * 0 success, 1 input that could not be read / operation failed, 2 usage.
 * Subcommands print results on stdout and errors on stderr as
 * "sectriage NAME: message".
 */
#ifndef SECTRIAGE_CLI_H
#define SECTRIAGE_CLI_H

#include <glib.h>
#include <json-glib/json-glib.h>
#include "analysis.h"
#include "config.h"
#include "rules.h"
#include "store.h"

G_BEGIN_DECLS

typedef struct StCli {
	StConfig *cfg;          /* loaded config (with --db/--rules applied) */
	const char *db_path;    /* cfg->database after --db */
	GDateTime *now;         /* --now, or the current time */
} StCli;

/* Rules for the command (loaded on first use; NULL + message on error).
 * Owned by the command for its whole run: do not unref. */
StRules *st_cli_rules(StCli *cli);
/* Open the database (NULL + message printed on error).  Owned by the
 * command for its whole run: do not close. */
StStore *st_cli_store(StCli *cli);

/* Subcommands.  ARGV[0] is the subcommand name.  Each returns the exit
 * status (0 success, 1 failure, 2 usage). */
int st_cmd_analyze(StCli *cli, int argc, char **argv);   /* cli_analyze.c */
int st_cmd_file(StCli *cli, int argc, char **argv);      /* cli_store.c */
int st_cmd_list(StCli *cli, int argc, char **argv);      /* cli_store.c */
int st_cmd_show(StCli *cli, int argc, char **argv);      /* cli_store.c */
int st_cmd_db(StCli *cli, int argc, char **argv);        /* cli_store.c: db check|migrate|path */
int st_cmd_outbox(StCli *cli, int argc, char **argv);    /* cli_outbox.c */
int st_cmd_inbox(StCli *cli, int argc, char **argv);     /* cli_inbox.c */
int st_cmd_set(StCli *cli, int argc, char **argv);       /* cli_workflow.c */
int st_cmd_attachment(StCli *cli, int argc, char **argv);/* cli_workflow.c */
int st_cmd_digest(StCli *cli, int argc, char **argv);    /* cli_digest.c */
int st_cmd_export(StCli *cli, int argc, char **argv);    /* cli_export.c */

/* Print "sectriage CMD: message" to stderr (printf-style). */
void st_cli_error(const char *cmd, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

/* Parse the options of subcommand CMD with ENTRIES (GOptionContext: PARAMS
 * after the program name in --help, SUMMARY under it, may be NULL); leaves
 * the positional arguments in ARGC and ARGV.  Returns FALSE after printing
 * "sectriage CMD: problem (try --help)" on a bad option.  cli_util.c */
gboolean st_cli_parse_options(const char *cmd, const char *params, const char *summary,
			      GOptionEntry *entries, int *argc, char ***argv);
/* Print NODE as indented JSON and a newline on stdout.  NODE is not taken.
 * cli_util.c */
void st_cli_print_json(JsonNode *node);
/* Parse and analyse the message file PATH.  Its envelope sender is
 * ENVELOPE_FROM (NULL unknown, "" the null sender), or with RETURN_PATH the
 * address of its own Return-Path field, as a delivered copy carries it
 * (unknown without one).  NULL with ERROR when the file cannot be read.
 * cli_util.c */
StAnalysis *st_cli_analyze_file(StCli *cli, const StRules *rules, const char *path,
				gboolean return_path, const char *envelope_from,
				GError **error);

G_END_DECLS
#endif
