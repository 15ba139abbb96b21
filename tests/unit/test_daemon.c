/*
 * test_daemon.c — daemon.c: socket names, the run user (root refused
 * without one), directories for the run user, stale spool files, pid files,
 * socket mode and TCP_NODELAY, waking our own listener, and dropping root
 * for good (in a subprocess).  Tests that need root skip without it.
 */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pwd.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sectriage/daemon.h"

#include "testutil.h"

static void
test_socket_path(void)
{
	static const struct { const char *conn, *path; } cases[] = {
		{ "unix:/run/sectriage/milter.sock", "/run/sectriage/milter.sock" },
		{ "local:/tmp/m.sock", "/tmp/m.sock" },
		{ "/var/run/m.sock", "/var/run/m.sock" },
		{ "inet:8891@127.0.0.1", NULL },
		{ "inet6:8891@::1", NULL },
		{ NULL, NULL },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *p = st_daemon_socket_path(cases[i].conn);
		g_assert_cmpstr(p, ==, cases[i].path);
	}
}

static void
test_resolve_user(void)
{
	static const struct { const char *user; gboolean as_root_ok, as_user_ok; } cases[] = {
		{ NULL, FALSE, TRUE },
		{ "", FALSE, TRUE },
		{ "nobody", TRUE, FALSE },
		{ "root", FALSE, FALSE },
		{ "no-such-user-sectriage", FALSE, FALSE },
	};
	gboolean root = geteuid() == 0;

	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		StRunUser u;
		g_autoptr(GError) error = NULL;
		gboolean want = root ? cases[i].as_root_ok : cases[i].as_user_ok;
		struct passwd *me = cases[i].user ? getpwnam(cases[i].user) : NULL;
		/* not root: naming oneself is fine */
		if (!root && me != NULL && me->pw_uid == geteuid() && me->pw_uid != 0)
			want = TRUE;
		gboolean ok = st_daemon_resolve_user(cases[i].user, &u, &error);
		g_test_message("user %s: %s", cases[i].user ? cases[i].user : "(none)",
			       error ? error->message : "ok");
		g_assert_cmpint(ok, ==, want);
		if (ok && root) {
			struct passwd *pw = getpwnam(cases[i].user);
			g_assert_cmpstr(u.name, ==, cases[i].user);
			g_assert_cmpuint(u.uid, ==, pw->pw_uid);
			g_assert_cmpuint(u.gid, ==, pw->pw_gid);
		} else if (ok) {
			g_assert_null(u.name);
			g_assert_cmpuint(u.uid, ==, geteuid());
		} else {
			g_assert_nonnull(error);
		}
		st_run_user_clear(&u);
	}
}

static void
test_prepare_dir(void)
{
	g_autofree char *base = tu_tmpdir("st-daemon-XXXXXX");
	g_autofree char *dir = g_build_filename(base, "a", "b", "spool", NULL);
	StRunUser u = { 0 };
	g_autoptr(GError) error = NULL;
	struct stat st;
	gboolean root = geteuid() == 0;

	if (root)
		g_assert_true(st_daemon_resolve_user("nobody", &u, NULL));
	else
		g_assert_true(st_daemon_resolve_user(NULL, &u, NULL));
	g_assert_true(st_daemon_prepare_dir(dir, &u, FALSE, &error));
	g_assert_no_error(error);
	g_assert_cmpint(g_stat(dir, &st), ==, 0);
	g_assert_cmpint(st.st_mode & 07777, ==, 0700);
	g_assert_cmpuint(st.st_uid, ==, u.uid);
	/* an existing directory is left alone unless asked */
	g_assert_true(st_daemon_prepare_dir(base, &u, FALSE, &error));
	g_assert_cmpint(g_stat(base, &st), ==, 0);
	g_assert_cmpuint(st.st_uid, ==, geteuid());
	/* a path through a regular file cannot be made */
	g_autofree char *file = g_build_filename(base, "f", NULL);
	g_file_set_contents(file, "", 0, NULL);
	g_autofree char *bad = g_build_filename(file, "spool", NULL);
	g_assert_false(st_daemon_prepare_dir(bad, &u, FALSE, &error));
	g_assert_nonnull(error);
	st_run_user_clear(&u);
	tu_rm_rf(base);
}

static void
test_clean_spool(void)
{
	g_autofree char *dir = tu_tmpdir("st-daemon-XXXXXX");
	static const struct { const char *name; gboolean stale; } files[] = {
		{ "msg-abc123", TRUE }, { "msg-XYZ789", TRUE }, { "msg-short", FALSE },
		{ "triage.db", FALSE }, { "msg-abc123.keep", FALSE },
	};

	for (gsize i = 0; i < G_N_ELEMENTS(files); i++) {
		g_autofree char *p = g_build_filename(dir, files[i].name, NULL);
		g_file_set_contents(p, "x", 1, NULL);
	}
	g_assert_cmpuint(st_daemon_clean_spool(dir), ==, 2);
	for (gsize i = 0; i < G_N_ELEMENTS(files); i++) {
		g_autofree char *p = g_build_filename(dir, files[i].name, NULL);
		g_assert_cmpint(g_file_test(p, G_FILE_TEST_EXISTS), ==, !files[i].stale);
	}
	g_assert_cmpuint(st_daemon_clean_spool("/nonexistent-sectriage"), ==, 0);
	tu_rm_rf(dir);
}

static void
test_pidfile(void)
{
	g_autofree char *dir = tu_tmpdir("st-daemon-XXXXXX");
	g_autofree char *path = g_build_filename(dir, "m.pid", NULL);
	g_autoptr(GError) error = NULL;
	g_autofree char *text = NULL;

	g_assert_true(st_daemon_pidfile_write(path, &error));
	g_assert_no_error(error);
	g_file_get_contents(path, &text, NULL, NULL);
	g_assert_cmpint(atol(text), ==, getpid());
	/* our own pid does not block us */
	g_assert_true(st_daemon_pidfile_check(path, NULL));
	/* a live process (our parent) does */
	if (getppid() == 1) {
		g_test_skip("no live parent to point at");
		tu_rm_rf(dir);
		return;
	}
	g_autofree char *live = g_strdup_printf("%ld\n", (long)getppid());
	g_file_set_contents(path, live, -1, NULL);
	g_assert_false(st_daemon_pidfile_check(path, &error));
	g_assert_error(error, G_FILE_ERROR, G_FILE_ERROR_EXIST);
	g_clear_error(&error);
	g_assert_false(st_daemon_pidfile_write(path, NULL));
	/* it is not ours: not removed */
	st_daemon_pidfile_remove(path);
	g_assert_true(g_file_test(path, G_FILE_TEST_EXISTS));
	/* a dead process's pid is stale */
	pid_t child = fork();
	if (child == 0)
		_exit(0);
	waitpid(child, NULL, 0);
	g_autofree char *dead = g_strdup_printf("%ld\n", (long)child);
	g_file_set_contents(path, dead, -1, NULL);
	g_assert_true(st_daemon_pidfile_write(path, &error));
	st_daemon_pidfile_remove(path);
	g_assert_false(g_file_test(path, G_FILE_TEST_EXISTS));
	tu_rm_rf(dir);
}

static int
listen_unix(const char *path)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	g_assert_cmpint(fd, >=, 0);
	g_strlcpy(a.sun_path, path, sizeof(a.sun_path));
	g_assert_cmpint(bind(fd, (struct sockaddr *)&a, sizeof(a)), ==, 0);
	g_assert_cmpint(listen(fd, 4), ==, 0);
	return fd;
}

static void
test_unix_socket(void)
{
	g_autofree char *dir = tu_tmpdir("st-daemon-XXXXXX");
	g_autofree char *path = g_build_filename(dir, "m.sock", NULL);
	g_autofree char *conn = g_strdup_printf("unix:%s", path);
	g_autoptr(GError) error = NULL;
	StRunUser u = { 0 };
	struct stat st;
	int fd = listen_unix(path);

	g_assert_true(st_daemon_resolve_user(geteuid() == 0 ? "nobody" : NULL, &u, NULL));
	static const guint modes[] = { 0660, 0666, 0600 };
	for (gsize i = 0; i < G_N_ELEMENTS(modes); i++) {
		g_assert_true(st_daemon_socket_setup(conn, &u, modes[i], &error));
		g_assert_no_error(error);
		g_assert_cmpint(g_stat(path, &st), ==, 0);
		g_assert_cmpint(st.st_mode & 0777, ==, modes[i]);
		g_assert_cmpuint(st.st_uid, ==, u.uid);
		g_assert_cmpuint(st.st_gid, ==, u.gid);
	}
	g_assert_true(st_daemon_poke(conn));
	close(fd);
	g_unlink(path);
	g_assert_false(st_daemon_poke(conn));
	g_assert_false(st_daemon_socket_setup(conn, &u, 0660, &error));
	st_run_user_clear(&u);
	tu_rm_rf(dir);
}

static void
test_inet_nodelay(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM, 0), one = 0, client, acc;
	StRunUser u = { 0 };

	g_assert_cmpint(bind(fd, (struct sockaddr *)&a, sizeof(a)), ==, 0);
	g_assert_cmpint(listen(fd, 4), ==, 0);
	g_assert_cmpint(getsockname(fd, (struct sockaddr *)&a, &len), ==, 0);
	g_autofree char *conn = g_strdup_printf("inet:%d@127.0.0.1", ntohs(a.sin_port));
	len = sizeof(one);
	getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, &len);
	g_assert_cmpint(one, ==, 0);
	g_assert_true(st_daemon_socket_setup(conn, &u, 0660, NULL));
	getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, &len);
	g_assert_cmpint(one, ==, 1);
	/* accepted connections inherit it (Linux) */
	client = socket(AF_INET, SOCK_STREAM, 0);
	g_assert_cmpint(connect(client, (struct sockaddr *)&a, sizeof(a)), ==, 0);
	acc = accept(fd, NULL, NULL);
	one = 0;
	getsockopt(acc, IPPROTO_TCP, TCP_NODELAY, &one, &len);
	g_assert_cmpint(one, ==, 1);
	g_assert_true(st_daemon_poke(conn));
	close(acc);
	close(client);
	close(fd);
}

/* In a subprocess: after dropping to nobody, root cannot come back. */
static void
test_drop_privileges(void)
{
	if (geteuid() != 0) {
		g_test_skip("needs root");
		return;
	}
	if (g_test_subprocess()) {
		StRunUser u;
		g_autoptr(GError) error = NULL;
		g_assert_true(st_daemon_resolve_user("nobody", &u, NULL));
		g_assert_true(st_daemon_drop_privileges(&u, &error));
		g_assert_no_error(error);
		g_assert_cmpuint(geteuid(), ==, u.uid);
		g_assert_cmpuint(getegid(), ==, u.gid);
		g_assert_cmpint(setuid(0), !=, 0);
		g_assert_cmpint(open("/etc/shadow", O_RDONLY), <, 0);
		st_run_user_clear(&u);
		return;
	}
	g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
	g_test_trap_assert_passed();
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/daemon/socket-path", test_socket_path);
	g_test_add_func("/daemon/resolve-user", test_resolve_user);
	g_test_add_func("/daemon/prepare-dir", test_prepare_dir);
	g_test_add_func("/daemon/clean-spool", test_clean_spool);
	g_test_add_func("/daemon/pidfile", test_pidfile);
	g_test_add_func("/daemon/unix-socket", test_unix_socket);
	g_test_add_func("/daemon/inet-nodelay", test_inet_nodelay);
	g_test_add_func("/daemon/drop-privileges", test_drop_privileges);
	return g_test_run();
}
