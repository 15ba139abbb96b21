/*
 * main_cli.c — `sectriage`, the maintainers' command.
 *
 * Global options may stand before or after the subcommand:
 *   --config FILE  --db PATH  --rules DIR  --now ISO8601
 * Each subcommand lives in milter/cli_*.c and parses its own options.
 * Exit status: 0 success, 1 input could not be read / operation failed,
 * 2 usage.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sectriage/cli.h"
#include "sectriage/common.h"

typedef struct {
	const char *name;
	int (*fn)(StCli *, int, char **);
	const char *summary;
} Command;

static const Command commands[] = {
	{ "analyze", st_cmd_analyze, "analyse a message and print its facts (--json)" },
	{ "file", st_cmd_file, "file messages into the database as the milter does" },
	{ "list", st_cmd_list, "list open reports" },
	{ "show", st_cmd_show, "show one report: facts, thread, attachments, history" },
	{ "set", st_cmd_set, "change a report's state, severity, embargo; add a note" },
	{ "attachment", st_cmd_attachment, "write one stored attachment to a file" },
	{ "digest", st_cmd_digest, "the triage digest (text, markdown, html, json; --mail)" },
	{ "export", st_cmd_export, "an advisory draft (osv, ghsa, rustsec)" },
	{ "outbox", st_cmd_outbox, "list queued mail; --flush sends what is due" },
	{ "inbox", st_cmd_inbox, "messages not yet triaged; --flush triages them now" },
	{ "db", st_cmd_db, "database check, path, migrate" },
};

/* Per-process state for st_cli_rules / st_cli_store. */
static StRules *cli_rules;
static StStore *cli_store;

void
st_cli_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	g_autofree char *msg = NULL;

	va_start(ap, fmt);
	msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	fprintf(stderr, "sectriage %s: %s\n", cmd, msg);
}

StRules *
st_cli_rules(StCli *cli)
{
	if (cli_rules == NULL) {
		g_autofree char *dir = st_config_rules_dir(cli->cfg);
		g_autoptr(GError) err = NULL;
		cli_rules = st_rules_load(dir, &err);
		if (cli_rules == NULL)
			fprintf(stderr, "sectriage: rules: %s\n", err->message);
	}
	return cli_rules;
}

StStore *
st_cli_store(StCli *cli)
{
	if (cli_store == NULL) {
		g_autoptr(GError) err = NULL;
		cli_store = st_store_open(cli->db_path, cli->cfg->busy_timeout_ms, &err);
		if (cli_store == NULL)
			fprintf(stderr, "sectriage: database %s: %s\n", cli->db_path, err->message);
	}
	return cli_store;
}

static void
usage(FILE *out)
{
	fprintf(out, "Usage: sectriage [--config FILE] [--db PATH] [--rules DIR] [--now TIME] COMMAND [ARGS]\n\n"
		     "Commands:\n");
	for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
		fprintf(out, "  %-11s %s\n", commands[i].name, commands[i].summary);
	fprintf(out, "\n`sectriage COMMAND --help` describes each command.\n"
		     "Exit status: 0 success, 1 failure, 2 usage.\n");
}

/* Take the global options out of ARGV wherever they stand (before or after
 * the command).  Returns FALSE on a global option without its value. */
static gboolean
take_globals(int *argc, char **argv, char **config, char **db, char **rules, char **now)
{
	int out = 1;
	for (int i = 1; i < *argc; i++) {
		const char *names[] = { "--config", "--db", "--rules", "--now" };
		char **dest[] = { config, db, rules, now };
		gboolean taken = FALSE;
		if (!strcmp(argv[i], "--")) {
			while (i < *argc)
				argv[out++] = argv[i++];
			break;
		}
		for (gsize k = 0; k < G_N_ELEMENTS(names); k++) {
			size_t n = strlen(names[k]);
			if (!strncmp(argv[i], names[k], n) && argv[i][n] == '=') {
				g_free(*dest[k]);
				*dest[k] = g_strdup(argv[i] + n + 1);
				taken = TRUE;
			} else if (!strcmp(argv[i], names[k])) {
				if (i + 1 >= *argc)
					return FALSE;
				g_free(*dest[k]);
				*dest[k] = g_strdup(argv[++i]);
				taken = TRUE;
			}
		}
		if (!taken)
			argv[out++] = argv[i];
	}
	*argc = out;
	argv[out] = NULL;
	return TRUE;
}

static GDateTime *
parse_now(const char *s)
{
	g_autoptr(GTimeZone) utc = g_time_zone_new_utc();
	GDateTime *dt = g_date_time_new_from_iso8601(s, utc);
	if (dt == NULL) {
		/* a bare date: midnight UTC */
		g_autofree char *full = g_strconcat(s, "T00:00:00Z", NULL);
		dt = g_date_time_new_from_iso8601(full, utc);
	}
	return dt;
}

int
main(int argc, char **argv)
{
	g_autofree char *config = NULL, *db = NULL, *rules = NULL, *now = NULL;
	g_autoptr(GError) err = NULL;

	setlocale(LC_ALL, "");
	st_init();
	if (!take_globals(&argc, argv, &config, &db, &rules, &now)) {
		usage(stderr);
		return 2;
	}
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("sectriage %s\n", ST_VERSION);
		return 0;
	}
	const Command *cmd = NULL;
	for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
		if (!strcmp(argv[1], commands[i].name))
			cmd = &commands[i];
	if (cmd == NULL) {
		fprintf(stderr, "sectriage: unknown command \"%s\"\n\n", argv[1]);
		usage(stderr);
		return 2;
	}

	StCli cli = { 0 };
	cli.cfg = st_config_load(config, &err);
	if (cli.cfg == NULL) {
		fprintf(stderr, "sectriage: config: %s\n", err->message);
		return 1;
	}
	if (db) {
		g_free(cli.cfg->database);
		cli.cfg->database = g_strdup(db);
	}
	if (rules) {
		g_free(cli.cfg->rules_dir);
		cli.cfg->rules_dir = g_strdup(rules);
	}
	cli.db_path = cli.cfg->database;
	if (now) {
		cli.now = parse_now(now);
		if (cli.now == NULL) {
			fprintf(stderr, "sectriage: --now: \"%s\" is not an ISO 8601 time\n", now);
			st_config_unref(cli.cfg);
			return 2;
		}
	} else {
		cli.now = st_now();
	}

	int rc = cmd->fn(&cli, argc - 1, argv + 1);

	if (cli_store)
		st_store_close(cli_store);
	if (cli_rules)
		st_rules_unref(cli_rules);
	g_date_time_unref(cli.now);
	st_config_unref(cli.cfg);
	return rc;
}
