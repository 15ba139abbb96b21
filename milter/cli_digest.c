/*
 * cli_digest.c — `sectriage digest [--since DURATION] [--format F] [--mail ADDR...]`.
 *
 * Prints the digest at --now (global option) in text, markdown, html or
 * json.  With --mail the digest is queued in the outbox as one
 * multipart/alternative mail per recipient (the addresses given, or
 * [digest] recipients from the config) and the time is recorded as the last
 * digest; plain printing changes nothing in the database except the
 * duplicate signature cache.
 */
#include <stdio.h>
#include <string.h>

#include "sectriage/cli.h"
#include "sectriage/digest.h"

/* "90m", "36h", "7d", "2w" or a bare number of days; seconds, or -1. */
static gint64
parse_duration(const char *s)
{
	char *end = NULL;
	gint64 n = g_ascii_strtoll(s, &end, 10);
	if (end == s || n < 0)
		return -1;
	switch (*end) {
	case 'm': n *= 60; break;
	case 'h': n *= 3600; break;
	case '\0':
	case 'd': n *= 86400; break;
	case 'w': n *= 7 * 86400; break;
	default: return -1;
	}
	if (*end && end[1] != '\0')
		return -1;
	return n;
}

/* Recipients: --mail values and the arguments after them, or [digest]
 * recipients for a bare --mail.  Empty when not mailing; NULL (message
 * printed) when --mail has nobody to go to.  Consumes ARGV's arguments. */
static GPtrArray *
recipients(StCli *cli, char **mail, gboolean mail_flag, int *argc, char **argv)
{
	GPtrArray *rcpt = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; mail && mail[i]; i++)
		g_ptr_array_add(rcpt, g_strdup(mail[i]));
	if (rcpt->len == 0 && !mail_flag)
		return rcpt;
	for (int i = 1; i < *argc; i++)
		g_ptr_array_add(rcpt, g_strdup(argv[i]));
	*argc = 1;
	if (rcpt->len == 0 && cli->cfg->digest_recipients)
		for (guint i = 0; cli->cfg->digest_recipients[i]; i++)
			g_ptr_array_add(rcpt, g_strdup(cli->cfg->digest_recipients[i]));
	if (rcpt->len == 0) {
		st_cli_error("digest", "--mail needs an address ([digest] recipients is empty)");
		g_ptr_array_unref(rcpt);
		return NULL;
	}
	return rcpt;
}

/* Take a "--mail" that has no address after it out of ARGV (GOptionContext
 * would want one); TRUE when there was one: mail the configured recipients. */
static gboolean
take_bare_mail(int *argc, char **argv)
{
	for (int i = 1; i < *argc; i++) {
		if (strcmp(argv[i], "--mail") == 0 && (i + 1 >= *argc || argv[i + 1][0] == '-')) {
			for (int k = i; k < *argc - 1; k++)
				argv[k] = argv[k + 1];
			(*argc)--;
			argv[*argc] = NULL;
			return TRUE;
		}
	}
	return FALSE;
}

/* The start of --since SINCE_S before --now: 0 without --since (since the
 * last digest mailed), -1 (message printed) when it does not parse. */
static gint64
since_time(StCli *cli, const char *since_s)
{
	if (since_s == NULL)
		return 0;
	gint64 span = parse_duration(since_s);
	if (span < 0) {
		st_cli_error("digest", "bad --since '%s' (like 36h, 7d, 2w)", since_s);
		return -1;
	}
	return MAX(1, g_date_time_to_unix(cli->now) - span);
}

/* Queue digest D to RCPT (consumed: NULL-terminated here); the exit status. */
static int
queue_mail(StCli *cli, StStore *store, const StDigest *d, GPtrArray *rcpt)
{
	g_autoptr(GError) err = NULL;

	g_ptr_array_add(rcpt, NULL);
	int n = st_digest_queue(store, cli->cfg, d, (char **)rcpt->pdata, &err);
	if (n < 0) {
		st_cli_error("digest", "%s", err->message);
		return 1;
	}
	printf("queued %d digest mail%s\n", n, n == 1 ? "" : "s");
	return 0;
}

int
st_cmd_digest(StCli *cli, int argc, char **argv)
{
	g_autofree char *since_s = NULL, *format_s = NULL;
	g_auto(GStrv) mail = NULL;
	int max = 50;
	GOptionEntry entries[] = {
		{ "since", 0, 0, G_OPTION_ARG_STRING, &since_s, "new reports of the last DURATION (90m, 36h, 7d, 2w; default: since the last digest mailed)", "DURATION" },
		{ "format", 0, 0, G_OPTION_ARG_STRING, &format_s, "text (default), markdown, html, json", "F" },
		{ "mail", 0, 0, G_OPTION_ARG_STRING_ARRAY, &mail, "queue the digest as mail to ADDR (repeatable; more addresses may follow)", "ADDR" },
		{ "max", 0, 0, G_OPTION_ARG_INT, &max, "at most N reports per section (default 50, 0: all)", "N" },
		{ NULL },
	};

	gboolean mail_flag = take_bare_mail(&argc, argv);
	if (!st_cli_parse_options("digest", "", "The triage digest: open reports ranked by urgency,"
				  " new reports, figures.", entries, &argc, &argv))
		return 2;
	g_autoptr(GError) err = NULL;
	StDigestFormat fmt = ST_DIGEST_TEXT;
	if (format_s && !st_digest_format_parse(format_s, &fmt)) {
		st_cli_error("digest", "unknown format '%s' (text, markdown, html, json)", format_s);
		return 2;
	}
	gint64 since = since_time(cli, since_s);
	if (since < 0)
		return 2;
	g_autoptr(GPtrArray) rcpt = recipients(cli, mail, mail_flag, &argc, argv);
	if (rcpt == NULL)
		return 2;
	if (argc > 1) {
		st_cli_error("digest", "unexpected argument '%s' (try --help)", argv[1]);
		return 2;
	}
	StRules *rules = st_cli_rules(cli);
	StStore *store = st_cli_store(cli);
	if (rules == NULL || store == NULL)
		return 1;
	g_autoptr(StDigest) d = st_digest_collect(store, cli->cfg, rules, cli->now, since,
						  max > 0 ? (guint)max : 0, &err);
	if (d == NULL) {
		st_cli_error("digest", "%s", err->message);
		return 1;
	}
	if (rcpt->len > 0)
		return queue_mail(cli, store, d, rcpt);
	g_autofree char *out = st_digest_render(d, fmt);
	fputs(out, stdout);
	return ferror(stdout) ? 1 : 0;
}
