/*
 * log.c — syslog, facility mail, with the queue id first (see log.h).
 *
 * The only state is libc's: openlog() remembers the ident and options,
 * setlogmask() the level.  Both are thread-safe in glibc.
 */
#include <stdio.h>
#include <syslog.h>

#include "sectriage/common.h"
#include "sectriage/log.h"

static int
glib_priority(GLogLevelFlags level)
{
	if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL))
		return LOG_ERR;
	if (level & G_LOG_LEVEL_WARNING)
		return LOG_WARNING;
	if (level & (G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO))
		return LOG_INFO;
	return LOG_DEBUG;
}

static void
glib_handler(const char *domain, GLogLevelFlags level, const char *message, gpointer data)
{
	g_autofree char *text = st_printable(message, -1, 400);
	syslog(glib_priority(level), "%s%s%s", domain ? domain : "", domain ? ": " : "", text);
}

void
st_log_init(const char *ident, gboolean to_stderr, gboolean debug)
{
	openlog(ident, LOG_PID | LOG_NDELAY | (to_stderr ? LOG_PERROR : 0), LOG_MAIL);
	st_log_set_debug(debug);
	g_log_set_default_handler(glib_handler, NULL);
}

void
st_log_set_debug(gboolean debug)
{
	setlogmask(LOG_UPTO(debug ? LOG_DEBUG : LOG_INFO));
}

void
st_logv(int priority, const char *queue_id, const char *fmt, va_list ap)
{
	g_autofree char *msg = g_strdup_vprintf(fmt, ap);

	if (queue_id == NULL)
		syslog(priority, "%s", msg);
	else
		syslog(priority, "%s: %s", *queue_id ? queue_id : "NOQUEUE", msg);
}

void
st_log(int priority, const char *queue_id, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	st_logv(priority, queue_id, fmt, ap);
	va_end(ap);
}

char *
st_log_peer(const char *s)
{
	if (s == NULL)
		return g_strdup("<>");
	return st_printable(s, -1, 200);
}
