/*
 * milter.c — the libmilter callback table.  Each callback forwards to one
 * session function (session.h) and turns its StVerdict into an sfsistat;
 * the protocol itself (what to negotiate away, which replies to omit) is
 * decided here and nowhere else.
 *
 * libmilter's callback table carries no user data, so the server the
 * callbacks share is one pointer written once by st_milter_open before
 * smfi_main starts any thread, and only read after.  The connection's
 * private pointer is a Conn: the session plus what was negotiated.
 *
 * Contract kept (libmilter): negotiate comes before connect (protocol 6)
 * or not at all (older MTAs); abort may come between any two callbacks;
 * close may come with a NULL private pointer; a connection may carry many
 * messages.
 */
#include <arpa/inet.h>
#include <malloc.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#include <libmilter/mfapi.h>

#include "sectriage/daemon.h"
#include "sectriage/log.h"
#include "sectriage/session.h"

static StServer *milter_server;   /* written once before smfi_main */

typedef struct {
	StSession *session;
	unsigned long actions;   /* SMFIF_* granted */
	unsigned long steps;     /* SMFIP_* agreed */
	gboolean negotiated;
} Conn;

/* Steps and reply omissions we ask for when the MTA offers them (issue #9:
 * every round trip saved is latency removed from the SMTP transaction).
 * No reply to body chunks (NR_BODY) rather than SKIP: the two exclude each
 * other (a chunk without a reply cannot answer SKIP), and a reply per
 * chunk of at most 64 KB costs every message a round trip, a 50 MB one
 * 800, while SKIP would only spare sending the part of a message beyond
 * [limits] max_message_size (64M by default, over Postfix's own
 * message_size_limit of 10 MB), which the spool drops anyway. */
#define WANT_STEPS (SMFIP_NOUNKNOWN | SMFIP_NOEOH | SMFIP_NR_CONN | SMFIP_NR_HELO | \
		    SMFIP_NR_MAIL | SMFIP_NR_RCPT | SMFIP_NR_HDR | SMFIP_NR_BODY)
#define WANT_ACTIONS (SMFIF_ADDHDRS | SMFIF_CHGHDRS)

static Conn *
conn_get(SMFICTX *ctx)
{
	Conn *c = smfi_getpriv(ctx);

	if (c == NULL) {
		c = g_new0(Conn, 1);
		/* no negotiation (an MTA before protocol 6): all it offers */
		c->actions = WANT_ACTIONS;
		smfi_setpriv(ctx, c);
	}
	return c;
}

/* The session, made here when connect was skipped. */
static StSession *
session_get(SMFICTX *ctx)
{
	Conn *c = conn_get(ctx);

	if (c->session == NULL)
		c->session = st_session_new(milter_server, NULL, NULL);
	return c->session;
}

static void
note_queue_id(SMFICTX *ctx)
{
	st_session_set_queue_id(session_get(ctx), smfi_getsymval(ctx, "i"));
}

/* A reply, or none when the MTA agreed not to wait for one (NR_FLAG). */
static sfsistat
reply(SMFICTX *ctx, StVerdict v, unsigned long nr_flag)
{
	Conn *c = conn_get(ctx);

	if (c->steps & nr_flag)
		return SMFIS_NOREPLY;
	switch (v) {
	case ST_VERDICT_ACCEPT:
		return SMFIS_ACCEPT;
	case ST_VERDICT_TEMPFAIL:
		return SMFIS_TEMPFAIL;
	case ST_VERDICT_SKIP:
		return (c->steps & SMFIP_SKIP) ? SMFIS_SKIP : SMFIS_CONTINUE;
	case ST_VERDICT_CONTINUE:
	default:
		return SMFIS_CONTINUE;
	}
}

static sfsistat
cb_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1, unsigned long f2,
	     unsigned long f3, unsigned long *pf0, unsigned long *pf1,
	     unsigned long *pf2, unsigned long *pf3)
{
	Conn *c = conn_get(ctx);

	c->negotiated = TRUE;
	c->actions = f0 & WANT_ACTIONS;
	c->steps = f1 & WANT_STEPS;
	*pf0 = c->actions;
	*pf1 = c->steps;
	*pf2 = 0;
	*pf3 = 0;
	st_log(LOG_DEBUG, NULL, "negotiated: MTA offers actions 0x%lx steps 0x%lx; we take 0x%lx 0x%lx",
	       f0, f1, c->actions, c->steps);
	return SMFIS_CONTINUE;
}

static sfsistat
cb_connect(SMFICTX *ctx, char *hostname, _SOCK_ADDR *addr)
{
	Conn *c = conn_get(ctx);
	char buf[INET6_ADDRSTRLEN] = "";

	if (addr != NULL && addr->sa_family == AF_INET)
		inet_ntop(AF_INET, &((struct sockaddr_in *)addr)->sin_addr, buf, sizeof(buf));
	else if (addr != NULL && addr->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((struct sockaddr_in6 *)addr)->sin6_addr, buf, sizeof(buf));
	st_session_free(c->session);
	c->session = st_session_new(milter_server, hostname, *buf ? buf : NULL);
	return reply(ctx, ST_VERDICT_CONTINUE, SMFIP_NR_CONN);
}

static sfsistat
cb_helo(SMFICTX *ctx, char *helo)
{
	st_session_helo(session_get(ctx), helo);
	return reply(ctx, ST_VERDICT_CONTINUE, SMFIP_NR_HELO);
}

static sfsistat
cb_envfrom(SMFICTX *ctx, char **argv)
{
	StVerdict v = st_session_envfrom(session_get(ctx), argv ? argv[0] : NULL);

	note_queue_id(ctx);
	return reply(ctx, v, SMFIP_NR_MAIL);
}

static sfsistat
cb_envrcpt(SMFICTX *ctx, char **argv)
{
	return reply(ctx, st_session_envrcpt(session_get(ctx), argv ? argv[0] : NULL),
		     SMFIP_NR_RCPT);
}

static sfsistat
cb_data(SMFICTX *ctx)
{
	note_queue_id(ctx);
	return reply(ctx, st_session_data(session_get(ctx)), 0);
}

static sfsistat
cb_header(SMFICTX *ctx, char *name, char *value)
{
	return reply(ctx, st_session_header(session_get(ctx), name, value), SMFIP_NR_HDR);
}

static sfsistat
cb_body(SMFICTX *ctx, unsigned char *data, size_t len)
{
	return reply(ctx, st_session_body(session_get(ctx), data, len), SMFIP_NR_BODY);
}

/* Make the header changes; a failure is logged (the report is filed).  An
 * MTA that grants no CHGHDRS gets the added headers only. */
static void
apply_ops(SMFICTX *ctx, GPtrArray *ops, const char *qid)
{
	Conn *c = conn_get(ctx);

	for (guint i = 0; ops != NULL && i < ops->len; i++) {
		StHeaderOp *op = g_ptr_array_index(ops, i);
		unsigned long need = op->change ? SMFIF_CHGHDRS : SMFIF_ADDHDRS;
		int rc;
		if (!(c->actions & need)) {
			st_log(LOG_DEBUG, qid ? qid : "", "header %s left as is: the MTA grants no %s",
			       op->name, op->change ? "CHGHDRS" : "ADDHDRS");
			continue;
		}
		rc = op->change ? smfi_chgheader(ctx, op->name, op->index, op->value)
				: smfi_addheader(ctx, op->name, op->value);
		if (rc != MI_SUCCESS)
			st_log(LOG_WARNING, qid ? qid : "", "could not %s header %s",
			       op->change ? (op->value ? "change" : "delete") : "add", op->name);
	}
}

static sfsistat
cb_eom(SMFICTX *ctx)
{
	StSession *s = session_get(ctx);
	g_autoptr(GPtrArray) ops = NULL;
	g_autofree char *qid = NULL;
	StVerdict v;

	note_queue_id(ctx);
	qid = g_strdup(st_session_queue_id(s));
	v = st_session_eom(s, &ops);
	if (ops != NULL)
		apply_ops(ctx, ops, qid);
	return reply(ctx, v, 0);
}

static sfsistat
cb_abort(SMFICTX *ctx)
{
	Conn *c = smfi_getpriv(ctx);

	if (c != NULL && c->session != NULL)
		st_session_abort(c->session);
	return SMFIS_CONTINUE;
}

static sfsistat
cb_close(SMFICTX *ctx)
{
	Conn *c = smfi_getpriv(ctx);

	if (c != NULL) {
		smfi_setpriv(ctx, NULL);
		st_session_free(c->session);
		c->session = NULL;
		g_free(c);
	}
	return SMFIS_CONTINUE;
}

static struct smfiDesc filter = {
	.xxfi_name = "sectriage",
	.xxfi_version = SMFI_VERSION,
	.xxfi_flags = WANT_ACTIONS,
	.xxfi_connect = cb_connect,
	.xxfi_helo = cb_helo,
	.xxfi_envfrom = cb_envfrom,
	.xxfi_envrcpt = cb_envrcpt,
	.xxfi_header = cb_header,
	.xxfi_eoh = NULL,
	.xxfi_body = cb_body,
	.xxfi_eom = cb_eom,
	.xxfi_abort = cb_abort,
	.xxfi_close = cb_close,
	.xxfi_unknown = NULL,
	.xxfi_data = cb_data,
	.xxfi_negotiate = cb_negotiate,
};

gboolean
st_milter_open(StServer *srv, const char *conn, GError **error)
{
	g_autofree char *c = g_strdup(conn);

	milter_server = srv;
	/* Buffers of 128 KiB and more (a message's text, up to max_text_bytes,
	 * and its copies) are mapped and unmapped, never kept in a thread's
	 * heap: glibc's default raises this threshold to the largest block
	 * freed, so one large message left megabytes resident for good
	 * (issue #9: peak memory flat from 1 to 50 MiB messages). */
	mallopt(M_MMAP_THRESHOLD, 128 * 1024);
	if (smfi_setconn(c) != MI_SUCCESS) {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
			    "bad socket \"%s\" (unix:/path or inet:PORT@HOST)", conn);
		return FALSE;
	}
	if (smfi_register(filter) != MI_SUCCESS) {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "smfi_register failed");
		return FALSE;
	}
	if (smfi_opensocket(true) != MI_SUCCESS) {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED,
			    "cannot listen on %s (in use, or its directory missing?)", conn);
		return FALSE;
	}
	return TRUE;
}

int
st_milter_run(void)
{
	return smfi_main() == MI_SUCCESS ? 0 : 1;
}

void
st_milter_stop(void)
{
	smfi_stop();
}
