/*
 * cli_workflow.c — `sectriage set` (state, severity, embargo, notes) and
 * `sectriage attachment` (one stored attachment written out for a
 * maintainer).
 *
 *   set ID --state S [--severity SEV] [--resolution R] [--duplicate-of ID]
 *          [--embargo-until DATE] [--note TEXT] [--by NAME] [--quiet]
 *          [--acknowledged]
 *   attachment ID N --output FILE
 *
 * The attachment is written to the path the maintainer names, created new
 * (O_EXCL: never overwrites, never follows a symlink), mode 0600, and never
 * executed; the sender's filename is not used as a path.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "sectriage/cli.h"
#include "sectriage/workflow.h"
#include "sectriage/sqlutil.h"

int
st_cmd_set(StCli *cli, int argc, char **argv)
{
	StChange c = { 0 };
	g_autofree char *state = NULL, *sev = NULL, *res = NULL, *dup = NULL;
	g_autofree char *emb = NULL, *note = NULL, *by = NULL;
	gboolean quiet = FALSE, acked = FALSE;
	GOptionEntry entries[] = {
		{ "state", 0, 0, G_OPTION_ARG_STRING, &state, "new, needs-info, triaged, fixing, fixed, published, closed", "S" },
		{ "severity", 0, 0, G_OPTION_ARG_STRING, &sev, "critical, high, medium, low", "SEV" },
		{ "resolution", 0, 0, G_OPTION_ARG_STRING, &res, "when closing: duplicate, informative, out-of-scope, not-applicable, spam, withdrawn", "R" },
		{ "duplicate-of", 0, 0, G_OPTION_ARG_STRING, &dup, "the report this one duplicates (closes it as duplicate)", "ID" },
		{ "embargo-until", 0, 0, G_OPTION_ARG_STRING, &emb, "move the embargo end (needs --note)", "DATE" },
		{ "note", 0, 0, G_OPTION_ARG_STRING, &note, "a note for the history", "TEXT" },
		{ "by", 0, 0, G_OPTION_ARG_STRING, &by, "who makes the change (default: login name)", "NAME" },
		{ "quiet", 0, 0, G_OPTION_ARG_NONE, &quiet, "do not notify the reporter of this change", NULL },
		{ "acknowledged", 0, 0, G_OPTION_ARG_NONE, &acked, "you answered the reporter yourself: the acknowledgment clock is met now", NULL },
		{ NULL },
	};

	if (!st_cli_parse_options("set", "ID", "Change a report's state, severity or embargo, or add a note.",
				  entries, &argc, &argv))
		return 2;
	if (argc != 2) {
		st_cli_error("set", "expected one report ID (try --help)");
		return 2;
	}
	StRules *rules = st_cli_rules(cli);
	StStore *store = st_cli_store(cli);
	if (rules == NULL || store == NULL)
		return 1;
	g_autofree char *actor = g_strdup_printf("cli:%s", by ? by : g_get_user_name());
	c.state = state;
	c.severity = sev;
	c.resolution = res;
	c.duplicate_of = dup;
	c.embargo_until = emb;
	c.note = note;
	c.actor = actor;
	c.quiet = quiet;
	c.acknowledged = acked;

	StChangeResult r = { 0 };
	g_autoptr(GError) err = NULL;
	if (!st_workflow_apply(store, cli->cfg, rules, argv[1], &c, cli->now, &r, &err)) {
		st_cli_error("set", "%s", err->message);
		return g_error_matches(err, ST_STORE_ERROR, ST_STORE_ERROR_INVALID) ? 2 : 1;
	}
	printf("%s: %s -> %s", r.tracking_id, r.from_state, r.to_state);
	if (r.notice_reason && strcmp(r.notice_reason, "state without notice") != 0)
		printf(" (reporter notice: %s)", r.notice_reason);
	printf("\n");
	st_change_result_clear(&r);
	return 0;
}

/* Attachment N of the report: the attachment whose number `show` prints
 * (its row id) when it belongs to this report, else the Nth (1-based, in
 * filing order).  Its content (kept or not) and the name as sent.  FALSE
 * with a message. */
static gboolean
attachment_load(StStore *store, gint64 report, gint64 n, GBytes **content,
		char **filename, gboolean *kept, GError **error)
{
	sqlite3 *db = st_store_db(store);
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db, "SELECT content, filename, kept FROM attachments"
			       " WHERE report_id = ?1 AND id = ?2"
			       " UNION ALL SELECT * FROM (SELECT content, filename, kept FROM attachments"
			       " WHERE report_id = ?1 ORDER BY message_row, idx, id LIMIT 1 OFFSET ?2 - 1)"
			       " LIMIT 1", -1, &st, NULL) != SQLITE_OK) {
		return st_sql_fail(db, NULL, error);
	}
	sqlite3_bind_int64(st, 1, report);
	sqlite3_bind_int64(st, 2, n);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE)
			g_set_error(error, ST_STORE_ERROR, ST_STORE_ERROR_NOT_FOUND,
				    "the report has no attachment %" G_GINT64_FORMAT, n);
		else
			st_sql_fail(db, NULL, error);
		sqlite3_finalize(st);
		return FALSE;
	}
	const void *blob = sqlite3_column_blob(st, 0);
	int len = sqlite3_column_bytes(st, 0);
	*kept = sqlite3_column_type(st, 0) != SQLITE_NULL;
	*content = *kept ? g_bytes_new(blob ? blob : "", len) : NULL;
	const unsigned char *fn = sqlite3_column_text(st, 1);
	*filename = fn ? g_strdup((const char *)fn) : NULL;
	sqlite3_finalize(st);
	return TRUE;
}

/* Write DATA to a new file PATH (never an existing one, never through a
 * symlink), mode 0600.  FALSE with ERROR. */
static gboolean
write_new_file(const char *path, GBytes *data, GError **error)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		int e = errno;
		g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s%s", path,
			    g_strerror(e), e == EEXIST ? " (not overwritten)" : "");
		return FALSE;
	}
	gsize len = 0;
	const char *p = g_bytes_get_data(data, &len);
	while (len > 0) {
		ssize_t w = write(fd, p, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			int e = errno;
			close(fd);
			unlink(path);
			g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s",
				    path, g_strerror(e));
			return FALSE;
		}
		p += w;
		len -= w;
	}
	if (fsync(fd) != 0 || close(fd) != 0) {
		int e = errno;
		unlink(path);
		g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", path,
			    g_strerror(e));
		return FALSE;
	}
	return TRUE;
}

int
st_cmd_attachment(StCli *cli, int argc, char **argv)
{
	g_autofree char *output = NULL;
	GOptionEntry entries[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "write to FILE (created new; never overwritten)", "FILE" },
		{ NULL },
	};

	if (!st_cli_parse_options("attachment", "ID N", "Write attachment N of report ID (the number `show`"
				  " prints, or its position counting from 1) to a new file of your choice.",
				  entries, &argc, &argv))
		return 2;
	char *end = NULL;
	gint64 n = argc == 3 ? g_ascii_strtoll(argv[2], &end, 10) : 0;
	if (argc != 3 || n < 1 || end == NULL || *end != '\0' || output == NULL) {
		st_cli_error("attachment", "usage: attachment ID N --output FILE");
		return 2;
	}
	StStore *store = st_cli_store(cli);
	if (store == NULL)
		return 1;
	g_autoptr(GError) err = NULL;
	gint64 report = st_workflow_find(store, argv[1], &err);
	g_autoptr(GBytes) content = NULL;
	g_autofree char *filename = NULL;
	gboolean kept = FALSE;
	if (report == 0 || !attachment_load(store, report, n, &content, &filename, &kept, &err)) {
		st_cli_error("attachment", "%s", err->message);
		return 1;
	}
	if (!kept) {
		st_cli_error("attachment", "attachment %" G_GINT64_FORMAT " was not kept"
			     " (larger than max_attachment_bytes); only its sha256 is stored", n);
		return 1;
	}
	if (!write_new_file(output, content, &err)) {
		st_cli_error("attachment", "%s", err->message);
		return 1;
	}
	g_autofree char *name = filename ? g_strescape(filename, NULL) : g_strdup("(unnamed)");
	printf("wrote %" G_GSIZE_FORMAT " bytes of \"%s\" to %s\n", g_bytes_get_size(content),
	       name, output);
	return 0;
}
