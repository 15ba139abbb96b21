/*
 * noop_milter.c — the baseline of the Postfix benchmark (issue #9): a
 * libmilter filter that does nothing and accepts everything.  It negotiates
 * away every protocol step it can (as sectriage does for what it does not
 * need), so it measures the cost of the milter protocol itself.
 *
 *   build/bench/noop_milter SOCKET        e.g. unix:/tmp/noop.sock
 *   build/bench/noop_milter --content SOCKET
 *
 * With --content it takes what any filter that files and tags a message
 * must take, and nothing more: every header (no reply to each) and the
 * body, and at end of message it makes sectriage's two edits (adds a
 * header, changes the Subject).  The gap between the two modes is the
 * protocol's price for seeing the message, which no filing filter avoids.
 */
#include <libmilter/mfapi.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int content;    /* --content: set once in main, before any thread */

static sfsistat
noop_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1, unsigned long f2,
	       unsigned long f3, unsigned long *pf0, unsigned long *pf1,
	       unsigned long *pf2, unsigned long *pf3)
{
	*pf0 = content ? f0 & (SMFIF_ADDHDRS | SMFIF_CHGHDRS) : 0;
	if (content)    /* sectriage's steps exactly (milter/milter.c WANT_STEPS):
			   the envelope, headers and body without replies, DATA */
		*pf1 = f1 & (SMFIP_NOUNKNOWN | SMFIP_NOEOH | SMFIP_NR_CONN | SMFIP_NR_HELO |
			     SMFIP_NR_MAIL | SMFIP_NR_RCPT | SMFIP_NR_HDR | SMFIP_NR_BODY);
	else
		*pf1 = f1 & (SMFIP_NOCONNECT | SMFIP_NOHELO | SMFIP_NOMAIL | SMFIP_NORCPT |
			     SMFIP_NOBODY | SMFIP_NOHDRS | SMFIP_NOEOH | SMFIP_NOUNKNOWN |
			     SMFIP_NODATA | SMFIP_NR_CONN | SMFIP_NR_HELO | SMFIP_NR_MAIL |
			     SMFIP_NR_RCPT | SMFIP_NR_DATA | SMFIP_NR_UNKN | SMFIP_NR_HDR |
			     SMFIP_NR_EOH | SMFIP_NR_BODY);
	*pf2 = *pf3 = 0;
	return SMFIS_CONTINUE;
}

/* No reply: the steps were negotiated without one (libmilter would log an
 * error for each CONTINUE, a syslog call a header, as it did here before). */
static sfsistat
noop_header(SMFICTX *ctx, char *name, char *value)
{
	return SMFIS_NOREPLY;
}

static sfsistat
noop_body(SMFICTX *ctx, unsigned char *data, size_t len)
{
	return SMFIS_NOREPLY;
}

static sfsistat
noop_eom(SMFICTX *ctx)
{
	if (content) {
		smfi_addheader(ctx, "X-Noop-Id", "NOOP-2026-0001");
		smfi_chgheader(ctx, "Subject", 1, "[NOOP-2026-0001] tagged");
	}
	return SMFIS_ACCEPT;
}

int
main(int argc, char **argv)
{
	struct smfiDesc desc = {
		.xxfi_name = "noop",
		.xxfi_version = SMFI_VERSION,
		.xxfi_flags = 0,
		.xxfi_header = noop_header,
		.xxfi_body = noop_body,
		.xxfi_eom = noop_eom,
		.xxfi_negotiate = noop_negotiate,
	};
	if (argc == 3 && strcmp(argv[1], "--content") == 0) {
		content = 1;
		argv++;
		argc--;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: noop_milter [--content] SOCKET\n");
		return 2;
	}
	if (strncmp(argv[1], "unix:", 5) == 0)
		unlink(argv[1] + 5);
	if (smfi_setconn(argv[1]) == MI_FAILURE || smfi_register(desc) == MI_FAILURE) {
		fprintf(stderr, "noop_milter: cannot register on %s\n", argv[1]);
		return 1;
	}
	umask(0);
	if (smfi_opensocket(1) == MI_FAILURE) {
		fprintf(stderr, "noop_milter: cannot open %s\n", argv[1]);
		return 1;
	}
	if (strncmp(argv[1], "unix:", 5) == 0)
		chmod(argv[1] + 5, 0666);
	return smfi_main() == MI_SUCCESS ? 0 : 1;
}
