/*
 * noop_milter.c — the baseline of the Postfix benchmark (issue #9): a
 * libmilter filter that does nothing and accepts everything.  It negotiates
 * away every protocol step it can (as sectriage does for what it does not
 * need), so it measures the cost of the milter protocol itself.
 *
 *   build/bench/noop_milter SOCKET        e.g. unix:/tmp/noop.sock
 *   build/bench/noop_milter --content SOCKET
 *   build/bench/noop_milter --durable FILE SOCKET
 *   build/bench/noop_milter --accept SOCKET
 *   build/bench/noop_milter --envelope SOCKET
 *
 * With --content it takes what any filter that files and tags a message
 * must take, and nothing more: every header (no reply to each) and the
 * body, and at end of message it makes sectriage's two edits (adds a
 * header, changes the Subject).  The gap between the two modes is the
 * protocol's price for seeing the message, which no filing filter avoids.
 *
 * With --durable FILE it does what --content does and, before it answers
 * end of message, makes the message durable the cheapest way there is:
 * the header fields and the body, kept in memory, appended to FILE with one
 * write and an fdatasync, shared by the writers of the moment as
 * sectriage's group commit shares its commits (no database, no index).  The gap between it and --content is
 * what making a message survive power loss before the 250 costs on this
 * machine: the floor under any filter that files durably in the SMTP
 * transaction, as sectriage does.
 *
 * With --accept it takes only the connect step and answers it ACCEPT, so
 * the MTA sends it nothing more for the whole SMTP session: what remains
 * is the price of having any libmilter filter installed (the MTA's
 * connection to the filter's socket, the negotiation, one reply, and
 * libmilter's thread for the session).  No filter that must see the
 * envelope to decide can cost less.
 *
 * With --envelope it takes sectriage's steps exactly and answers DATA
 * ACCEPT, as sectriage does for mail to no security address: the
 * envelope without a reply to each step, and the one reply at DATA.  It
 * is the floor under row 5 for a filter that decides by the recipients
 * (at the end of the envelope), as the issue asks sectriage to.
 */
#include <errno.h>
#include <fcntl.h>
#include <libmilter/mfapi.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int content;    /* --content: set once in main, before any thread */
static int durable_fd = -1;     /* --durable: the append-only file */
static int accept_at_connect;   /* --accept */
static int accept_at_data;      /* --envelope */

#define DURABLE_ROTATE (256L << 20)     /* start the file again past this */

/* --durable: the message so far, one per SMTP session */
typedef struct {
	char *buf;
	size_t len, cap;
} Spool;

static int
spool_add(SMFICTX *ctx, const void *data, size_t len)
{
	Spool *sp = smfi_getpriv(ctx);

	if (sp == NULL) {
		sp = calloc(1, sizeof(*sp));
		if (sp == NULL || smfi_setpriv(ctx, sp) != MI_SUCCESS) {
			free(sp);
			return -1;
		}
	}
	if (sp->len + len > sp->cap) {
		size_t cap = sp->cap ? sp->cap : 32768;
		char *n;
		while (cap < sp->len + len)
			cap *= 2;
		n = realloc(sp->buf, cap);
		if (n == NULL)
			return -1;
		sp->buf = n;
		sp->cap = cap;
	}
	memcpy(sp->buf + sp->len, data, len);
	sp->len += len;
	return 0;
}

/* Group commit (as sectriage's store does): a writer whose bytes are not
 * yet synced either waits for the fdatasync under way or, when none is,
 * leads one that covers every write made so far. */
static pthread_mutex_t sync_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t sync_done = PTHREAD_COND_INITIALIZER;
static unsigned long written, synced;   /* write sequence numbers */
static int syncing, sync_failed;

/* Append the message with one write and make it durable; 0 on success. */
static int
spool_commit(SMFICTX *ctx)
{
	Spool *sp = smfi_getpriv(ctx);
	unsigned long mine, target;
	int rc = 0;

	if (sp == NULL)
		return 0;
	pthread_mutex_lock(&sync_lock);
	if (write(durable_fd, sp->buf, sp->len) != (ssize_t)sp->len) {
		pthread_mutex_unlock(&sync_lock);
		return -1;
	}
	mine = ++written;
	sp->len = 0;
	while (synced < mine && rc == 0) {
		if (syncing) {
			pthread_cond_wait(&sync_done, &sync_lock);
			continue;
		}
		syncing = 1;
		target = written;
		pthread_mutex_unlock(&sync_lock);
		rc = fdatasync(durable_fd);
		if (rc == 0 && lseek(durable_fd, 0, SEEK_END) > DURABLE_ROTATE)
			rc = ftruncate(durable_fd, 0);
		pthread_mutex_lock(&sync_lock);
		syncing = 0;
		if (rc == 0)
			synced = target;
		else
			sync_failed = 1;
		pthread_cond_broadcast(&sync_done);
	}
	if (sync_failed)
		rc = -1;
	pthread_mutex_unlock(&sync_lock);
	return rc;
}

/* A message given up: its bytes are not the next one's. */
static sfsistat
noop_abort(SMFICTX *ctx)
{
	Spool *sp = smfi_getpriv(ctx);

	if (sp != NULL)
		sp->len = 0;
	return SMFIS_CONTINUE;
}

static sfsistat
noop_close(SMFICTX *ctx)
{
	Spool *sp = smfi_getpriv(ctx);

	if (sp != NULL) {
		free(sp->buf);
		free(sp);
		smfi_setpriv(ctx, NULL);
	}
	return SMFIS_CONTINUE;
}

static sfsistat
noop_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1, unsigned long f2,
	       unsigned long f3, unsigned long *pf0, unsigned long *pf1,
	       unsigned long *pf2, unsigned long *pf3)
{
	*pf0 = content || accept_at_data ? f0 & (SMFIF_ADDHDRS | SMFIF_CHGHDRS) : 0;
	if (accept_at_connect)  /* the connect step, with its reply, and no other */
		*pf1 = f1 & (SMFIP_NOHELO | SMFIP_NOMAIL | SMFIP_NORCPT | SMFIP_NOBODY |
			     SMFIP_NOHDRS | SMFIP_NOEOH | SMFIP_NOUNKNOWN | SMFIP_NODATA);
	else if (content || accept_at_data)    /* sectriage's steps exactly (milter/milter.c WANT_STEPS):
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
 * error for each CONTINUE, a syslog call a header, as it did here before;
 * a step without a callback is answered CONTINUE, so the envelope's steps,
 * negotiated without replies in --content, have callbacks that say so). */
static sfsistat
noop_connect(SMFICTX *ctx, char *host, _SOCK_ADDR *addr)
{
	return accept_at_connect ? SMFIS_ACCEPT : SMFIS_NOREPLY;
}

static sfsistat
noop_helo(SMFICTX *ctx, char *name)
{
	return SMFIS_NOREPLY;
}

static sfsistat
noop_envelope(SMFICTX *ctx, char **argv)
{
	return SMFIS_NOREPLY;
}

/* DATA: the end of the envelope, where sectriage decides by the
 * recipients; --envelope accepts there, the others go on. */
static sfsistat
noop_data(SMFICTX *ctx)
{
	return accept_at_data ? SMFIS_ACCEPT : SMFIS_CONTINUE;
}

static sfsistat
noop_header(SMFICTX *ctx, char *name, char *value)
{
	if (durable_fd >= 0 && (spool_add(ctx, name, strlen(name)) != 0 || spool_add(ctx, ": ", 2) != 0 ||
				spool_add(ctx, value, strlen(value)) != 0 || spool_add(ctx, "\r\n", 2) != 0))
		return SMFIS_TEMPFAIL;
	return SMFIS_NOREPLY;
}

static sfsistat
noop_body(SMFICTX *ctx, unsigned char *data, size_t len)
{
	if (durable_fd >= 0 && spool_add(ctx, data, len) != 0)
		return SMFIS_TEMPFAIL;
	return SMFIS_NOREPLY;
}

static sfsistat
noop_eom(SMFICTX *ctx)
{
	if (durable_fd >= 0 && spool_commit(ctx) != 0)
		return SMFIS_TEMPFAIL;
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
		.xxfi_connect = noop_connect,
		.xxfi_helo = noop_helo,
		.xxfi_envfrom = noop_envelope,
		.xxfi_envrcpt = noop_envelope,
		.xxfi_data = noop_data,
		.xxfi_header = noop_header,
		.xxfi_body = noop_body,
		.xxfi_eom = noop_eom,
		.xxfi_negotiate = noop_negotiate,
		.xxfi_abort = noop_abort,
		.xxfi_close = noop_close,
	};
	if (argc == 3 && strcmp(argv[1], "--content") == 0) {
		content = 1;
		argv++;
		argc--;
	}
	else if (argc == 3 && strcmp(argv[1], "--accept") == 0) {
		accept_at_connect = 1;
		argv++;
		argc--;
	}
	else if (argc == 3 && strcmp(argv[1], "--envelope") == 0) {
		accept_at_data = 1;
		argv++;
		argc--;
	}
	else if (argc == 4 && strcmp(argv[1], "--durable") == 0) {
		content = 1;
		durable_fd = open(argv[2], O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
		if (durable_fd < 0) {
			fprintf(stderr, "noop_milter: %s: %s\n", argv[2], strerror(errno));
			return 1;
		}
		argv += 2;
		argc -= 2;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: noop_milter [--content | --durable FILE | --accept | --envelope] SOCKET\n");
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
