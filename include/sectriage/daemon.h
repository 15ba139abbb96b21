/*
 * daemon.h — running sectriage-milter as a Debian mail daemon (module
 * daemon.c) and the libmilter adapter (module milter.c).
 *
 * Order in main: load config and rules; open the socket (st_milter_open) and
 * give it its owner and mode; prepare the spool and database directories for
 * the run user; detach (without -f); write the pid file; drop privileges
 * (st_daemon_drop_privileges) — only then start threads.  Root without a
 * user to become is refused.
 *
 * Errors are returned in a GError (domain G_FILE_ERROR or G_IO_ERROR with
 * the system's words); nothing here exits but st_daemon_detach's parent.
 */
#ifndef SECTRIAGE_DAEMON_H
#define SECTRIAGE_DAEMON_H

#include <sys/types.h>
#include <glib.h>
#include "config.h"
#include "session.h"

G_BEGIN_DECLS

/* The user to run as.  uid/gid are the process's own when NAME is NULL. */
typedef struct StRunUser {
	char *name;     /* NULL: stay who we are */
	uid_t uid;
	gid_t gid;      /* primary group */
} StRunUser;

/* Resolve who to run as: USER (from -u or [milter] user; NULL or "" for
 * none).  Fails when running as root without a user, when USER is unknown or
 * is root, and when not root but USER is somebody else.  OUT's name is
 * g_free'd by st_run_user_clear. */
gboolean st_daemon_resolve_user(const char *user, StRunUser *out, GError **error);
/* Free U's name (U itself is the caller's). */
void st_run_user_clear(StRunUser *u);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(StRunUser, st_run_user_clear)

/* Create DIR (and parents) 0700 when missing; when created here, or when
 * CHOWN_EXISTING, give it to U.  FALSE with ERROR. */
gboolean st_daemon_prepare_dir(const char *dir, const StRunUser *u,
			       gboolean chown_existing, GError **error);

/* Remove stale spool files (msg-*) a crash left in DIR.  Returns how many. */
guint st_daemon_clean_spool(const char *dir);

/* For a unix: socket CONN (libmilter syntax), give the socket file to U's
 * uid and group with MODE (0660: the run user's group may connect).  Inet
 * sockets: set TCP_NODELAY on the listening socket (libmilter does not, and
 * every end of message then waits ~40 ms for a delayed ACK; accepted
 * sockets inherit it).  FALSE with ERROR. */
gboolean st_daemon_socket_setup(const char *conn, const StRunUser *u, guint mode,
				GError **error);

/* Connect to our own socket CONN and hang up, so that libmilter's listener,
 * which polls for ~5 s, notices smfi_stop at once.  TRUE when connected. */
gboolean st_daemon_poke(const char *conn);

/* The path of a unix: socket CONN ("unix:/p", "local:/p" or "/p"), or NULL
 * for an inet socket.  g_free(). */
char *st_daemon_socket_path(const char *conn);

/* Fork into the background: the parent _exit(0)s once the child is set up,
 * the child becomes a session leader with stdio on /dev/null and cwd /.
 * Returns TRUE in the child, FALSE with ERROR when fork fails. */
gboolean st_daemon_detach(GError **error);

/* FALSE with ERROR when PATH holds the pid of a running process (another
 * instance): checked before the socket is taken. */
gboolean st_daemon_pidfile_check(const char *path, GError **error);
/* Write our pid to PATH (0644), refusing when PATH names a running process.
 * FALSE with ERROR. */
gboolean st_daemon_pidfile_write(const char *path, GError **error);
/* Remove PATH when it still holds our pid. */
void st_daemon_pidfile_remove(const char *path);

/* Become U (initgroups, setgid, setuid), then make sure root cannot be
 * regained.  A no-op when U has no name.  FALSE with ERROR. */
gboolean st_daemon_drop_privileges(const StRunUser *u, GError **error);

/* ---- milter.c: the libmilter callback table ---- */

/* Register the filter for SRV and open the socket CONN (removing a stale
 * socket file).  libmilter keeps SRV for the callbacks (one write-once
 * pointer: its callback table carries no user data).  FALSE with ERROR. */
gboolean st_milter_open(StServer *srv, const char *conn, GError **error);
/* Run libmilter's loop (smfi_main) until st_milter_stop.  Returns 0 on a
 * clean stop. */
int st_milter_run(void);
/* Ask libmilter's loop to stop (safe from any thread). */
void st_milter_stop(void);

G_END_DECLS
#endif
