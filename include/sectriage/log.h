/*
 * log.h — logging for the milter (module log.c).
 *
 * Lines go to syslog, facility mail, as Postfix writes them: a line about a
 * message starts with the MTA queue id ("4Xb2c1: filed SEC-2026-0001 ...",
 * "NOQUEUE: ..." when the MTA gave none); a line about the daemon has no
 * prefix.  Peer text (sender, client name, HELO) goes through st_log_peer()
 * first; log lines never carry report text.
 *
 * In the foreground (-f) the lines can also go to stderr (glibc's
 * LOG_PERROR), which is how tests read them.  GLib's own warnings are routed
 * to the same place.  The state lives in libc's syslog (openlog/setlogmask),
 * none in this module.
 */
#ifndef SECTRIAGE_LOG_H
#define SECTRIAGE_LOG_H

#include <stdarg.h>
#include <syslog.h>
#include <glib.h>

G_BEGIN_DECLS

/* Open the log as IDENT (a static string: syslog keeps the pointer), copying
 * lines to stderr when TO_STDERR, with debug lines when DEBUG.  Call once,
 * before any thread starts. */
void st_log_init(const char *ident, gboolean to_stderr, gboolean debug);

/* Show or hide LOG_DEBUG lines (config reload). */
void st_log_set_debug(gboolean debug);

/* Log one line at PRIORITY (LOG_ERR, LOG_WARNING, LOG_INFO, LOG_DEBUG).
 * QUEUE_ID: the message's queue id, "" for "NOQUEUE", NULL for a line about
 * the daemon (no prefix).  FMT must not carry report text. */
void st_log(int priority, const char *queue_id, const char *fmt, ...) G_GNUC_PRINTF(3, 4);
/* st_log with a va_list. */
void st_logv(int priority, const char *queue_id, const char *fmt, va_list ap) G_GNUC_PRINTF(3, 0);

/* Peer text made fit for a log line: printable, at most 200 bytes, "<>"
 * for NULL.  Returns a new string; g_free(). */
char *st_log_peer(const char *s);

G_END_DECLS
#endif
