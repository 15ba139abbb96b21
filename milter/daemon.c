/*
 * daemon.c — what makes sectriage-milter a well-behaved Debian mail daemon
 * (see daemon.h): who it runs as, its directories, its socket's owner and
 * mode, TCP_NODELAY for inet sockets, detaching, the pid file, and dropping
 * root for good.
 *
 * What can go wrong is reported in a GError with the system's words; only
 * st_daemon_detach's parent process exits.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sectriage/common.h"
#include "sectriage/daemon.h"
#include "sectriage/log.h"

static gboolean set_errno_error(GError **error, int e, const char *fmt, ...) G_GNUC_PRINTF(3, 4);

static gboolean
set_errno_error(GError **error, int e, const char *fmt, ...)
{
	g_autofree char *what = NULL;
	va_list ap;

	va_start(ap, fmt);
	what = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", what, g_strerror(e));
	return FALSE;
}

void
st_run_user_clear(StRunUser *u)
{
	g_clear_pointer(&u->name, g_free);
}

gboolean
st_daemon_resolve_user(const char *user, StRunUser *out, GError **error)
{
	struct passwd pw, *res = NULL;
	char buf[4096];
	int rc;

	memset(out, 0, sizeof(*out));
	out->uid = geteuid();
	out->gid = getegid();
	if (user == NULL || *user == '\0') {
		if (geteuid() == 0) {
			g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_PERM,
				    "refusing to run as root: name an unprivileged user "
				    "with -u USER or [milter] user");
			return FALSE;
		}
		return TRUE;
	}
	rc = getpwnam_r(user, &pw, buf, sizeof(buf), &res);
	if (res == NULL) {
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "unknown user \"%s\"%s%s",
			    user, rc ? ": " : "", rc ? g_strerror(rc) : "");
		return FALSE;
	}
	if (pw.pw_uid == 0) {
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_PERM,
			    "user \"%s\" is root: name an unprivileged user", user);
		return FALSE;
	}
	if (geteuid() != 0 && pw.pw_uid != geteuid()) {
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_PERM,
			    "cannot become \"%s\": not started as root", user);
		return FALSE;
	}
	out->uid = pw.pw_uid;
	out->gid = pw.pw_gid;
	if (geteuid() == 0)
		out->name = g_strdup(user);
	return TRUE;
}

gboolean
st_daemon_prepare_dir(const char *dir, const StRunUser *u, gboolean chown_existing,
		      GError **error)
{
	gboolean created = FALSE;

	if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
		if (g_mkdir_with_parents(dir, 0700) != 0)
			return set_errno_error(error, errno, "cannot create %s", dir);
		created = TRUE;
	}
	if ((created || chown_existing) && geteuid() == 0 && u->name != NULL &&
	    chown(dir, u->uid, u->gid) != 0)
		return set_errno_error(error, errno, "cannot give %s to the run user", dir);
	if (created || chown_existing) {
		if (g_chmod(dir, 0700) != 0)
			return set_errno_error(error, errno, "cannot chmod %s", dir);
	}
	return TRUE;
}

guint
st_daemon_clean_spool(const char *dir)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	const char *name;
	guint n = 0;

	if (d == NULL)
		return 0;
	while ((name = g_dir_read_name(d)) != NULL) {
		if (!g_str_has_prefix(name, "msg-") || strlen(name) != 10)
			continue;
		g_autofree char *path = g_build_filename(dir, name, NULL);
		if (g_unlink(path) == 0)
			n++;
	}
	return n;
}

char *
st_daemon_socket_path(const char *conn)
{
	if (conn == NULL)
		return NULL;
	if (g_str_has_prefix(conn, "unix:"))
		return g_strdup(conn + 5);
	if (g_str_has_prefix(conn, "local:"))
		return g_strdup(conn + 6);
	if (conn[0] == '/')
		return g_strdup(conn);
	return NULL;
}

/* Set TCP_NODELAY on every listening TCP socket of this process: libmilter
 * hides its descriptor, so look at each one. */
static void
set_nodelay_on_listeners(void)
{
	g_autoptr(GDir) d = g_dir_open("/proc/self/fd", 0, NULL);
	const char *name;
	int one = 1;

	if (d == NULL)
		return;
	while ((name = g_dir_read_name(d)) != NULL) {
		int fd = atoi(name), acc = 0, dom = 0;
		socklen_t len = sizeof(acc);
		if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &acc, &len) != 0 || !acc)
			continue;
		len = sizeof(dom);
		if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &dom, &len) != 0 ||
		    (dom != AF_INET && dom != AF_INET6))
			continue;
		if (setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)) != 0)
			st_log(LOG_WARNING, NULL, "TCP_NODELAY on the listening socket: %s",
			       g_strerror(errno));
	}
}

gboolean
st_daemon_socket_setup(const char *conn, const StRunUser *u, guint mode, GError **error)
{
	g_autofree char *path = st_daemon_socket_path(conn);

	if (path == NULL) {
		set_nodelay_on_listeners();
		return TRUE;
	}
	if (geteuid() == 0 && chown(path, u->uid, u->gid) != 0)
		return set_errno_error(error, errno, "cannot give socket %s to the run user", path);
	if (g_chmod(path, mode) != 0)
		return set_errno_error(error, errno, "cannot chmod socket %s", path);
	return TRUE;
}

/* Parse "inet:PORT@HOST" / "inet6:PORT@HOST" into an address. */
static gboolean
inet_address(const char *conn, struct sockaddr_storage *ss, socklen_t *len)
{
	gboolean v6 = g_str_has_prefix(conn, "inet6:");
	const char *spec = strchr(conn, ':');
	g_autofree char *port = NULL;
	const char *host;

	if (spec == NULL || (!v6 && !g_str_has_prefix(conn, "inet:")))
		return FALSE;
	spec++;
	host = strchr(spec, '@');
	port = host ? g_strndup(spec, host - spec) : g_strdup(spec);
	host = host ? host + 1 : (v6 ? "::1" : "127.0.0.1");
	memset(ss, 0, sizeof(*ss));
	if (v6) {
		struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
		a->sin6_family = AF_INET6;
		a->sin6_port = htons((guint16)atoi(port));
		if (inet_pton(AF_INET6, host, &a->sin6_addr) != 1)
			a->sin6_addr = in6addr_loopback;
		*len = sizeof(*a);
	} else {
		struct sockaddr_in *a = (struct sockaddr_in *)ss;
		a->sin_family = AF_INET;
		a->sin_port = htons((guint16)atoi(port));
		if (strcmp(host, "localhost") == 0 || inet_pton(AF_INET, host, &a->sin_addr) != 1 ||
		    a->sin_addr.s_addr == htonl(INADDR_ANY))
			a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		*len = sizeof(*a);
	}
	return TRUE;
}

gboolean
st_daemon_poke(const char *conn)
{
	g_autofree char *path = st_daemon_socket_path(conn);
	struct sockaddr_storage ss;
	socklen_t len;
	int fd;
	gboolean ok;

	if (path != NULL) {
		struct sockaddr_un *a = (struct sockaddr_un *)&ss;
		if (strlen(path) >= sizeof(a->sun_path))
			return FALSE;
		memset(a, 0, sizeof(*a));
		a->sun_family = AF_UNIX;
		strcpy(a->sun_path, path);
		len = sizeof(*a);
	} else if (!inet_address(conn, &ss, &len)) {
		return FALSE;
	}
	fd = socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return FALSE;
	ok = connect(fd, (struct sockaddr *)&ss, len) == 0;
	close(fd);
	return ok;
}

gboolean
st_daemon_detach(GError **error)
{
	int fds[2];
	pid_t pid;
	char c;

	if (pipe(fds) != 0)
		return set_errno_error(error, errno, "%s", "pipe");
	pid = fork();
	if (pid < 0)
		return set_errno_error(error, errno, "%s", "fork");
	if (pid > 0) {
		/* The parent waits until the child is a session leader. */
		close(fds[1]);
		_exit(read(fds[0], &c, 1) == 1 ? 0 : 1);
	}
	close(fds[0]);
	if (setsid() < 0)
		return set_errno_error(error, errno, "%s", "setsid");
	if (chdir("/") != 0)
		return set_errno_error(error, errno, "%s", "chdir /");
	int null = open("/dev/null", O_RDWR);
	if (null >= 0) {
		dup2(null, 0);
		dup2(null, 1);
		dup2(null, 2);
		if (null > 2)
			close(null);
	}
	if (write(fds[1], "1", 1) != 1) {
		/* the parent is gone already; nothing to tell it */
	}
	close(fds[1]);
	return TRUE;
}

gboolean
st_daemon_pidfile_check(const char *path, GError **error)
{
	g_autofree char *old = NULL;

	if (g_file_get_contents(path, &old, NULL, NULL)) {
		long pid = strtol(old, NULL, 10);
		if (pid > 0 && pid != getpid() && (kill((pid_t)pid, 0) == 0 || errno == EPERM)) {
			g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
				    "%s: process %ld is running", path, pid);
			return FALSE;
		}
	}
	return TRUE;
}

gboolean
st_daemon_pidfile_write(const char *path, GError **error)
{
	g_autofree char *text = g_strdup_printf("%ld\n", (long)getpid());

	if (!st_daemon_pidfile_check(path, error))
		return FALSE;
	return g_file_set_contents_full(path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT,
					0644, error);
}

void
st_daemon_pidfile_remove(const char *path)
{
	g_autofree char *text = NULL;

	if (path == NULL || *path == '\0' || !g_file_get_contents(path, &text, NULL, NULL))
		return;
	if (strtol(text, NULL, 10) == (long)getpid() && g_unlink(path) != 0)
		st_log(LOG_DEBUG, NULL, "cannot remove pid file %s: %s", path, g_strerror(errno));
}

gboolean
st_daemon_drop_privileges(const StRunUser *u, GError **error)
{
	if (u->name == NULL || geteuid() != 0)
		return TRUE;
	if (initgroups(u->name, u->gid) != 0)
		return set_errno_error(error, errno, "initgroups %s", u->name);
	if (setgid(u->gid) != 0)
		return set_errno_error(error, errno, "setgid %s", u->name);
	if (setuid(u->uid) != 0)
		return set_errno_error(error, errno, "setuid %s", u->name);
	if (setuid(0) == 0 || geteuid() == 0 || getegid() == 0) {
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_PERM,
			    "root privileges could be regained after becoming %s", u->name);
		return FALSE;
	}
	return TRUE;
}
