/*
 * main_milter.c — sectriage-milter: the daemon's main.
 *
 *   sectriage-milter [-f] [-p SOCKET] [-u USER] [-P PIDFILE] [-m MODE] [-n]
 *                    [--config FILE] [--version]
 *
 * Start-up order (daemon.h): config and rules, socket (owner and mode set,
 * TCP_NODELAY for inet), spool and database directories for the run user,
 * detach (without -f), pid file, privileges dropped, then the threads: the
 * outbox sender, a reloader, and libmilter's loop.  The main thread only
 * waits for signals: libmilter's own signal thread would take SIGHUP as
 * "stop", so the main thread, which is the one the kernel picks for a
 * process-directed signal when it sits in sigwait, keeps every signal for
 * itself and hands SIGHUP to the reloader and SIGTERM to a drain thread at
 * once.
 *
 * Exit status: 0 clean stop or valid -n, 1 configuration or start-up error,
 * 2 usage.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sectriage/common.h"
#include "sectriage/config.h"
#include "sectriage/daemon.h"
#include "sectriage/log.h"
#include "sectriage/outbox.h"
#include "sectriage/rules.h"
#include "sectriage/session.h"

#define TRIAGE_INTERVAL_MS 30000   /* retries of inbox rows that failed */
#define OUTBOX_INTERVAL_MS 30000   /* the sender also wakes when kicked */
#define DRAIN_TIMEOUT_MS   25000   /* SIGTERM: wait this long for messages in flight
                                      (under systemd's TimeoutStopSec=30s) */

typedef struct {
	gboolean foreground, check, version;
	char *socket, *user, *pidfile, *config, *mode;
} Opts;

typedef struct {
	const char *config_path;      /* NULL: the default */
	StServer *srv;
	StOutboxThread *outbox;
	StTriageThread *triage;
	char *socket;
	char *user;
	GAsyncQueue *requests;        /* GINT_TO_POINTER(REQ_*) */
	pthread_t main_thread;
	GMutex lock;                  /* guards the two below */
	pthread_t milter_tid;         /* the thread running smfi_main */
	gboolean milter_done;         /* smfi_main has returned */
	GCond milter_cond;
} Daemon;

enum { REQ_RELOAD = 1, REQ_QUIT = 2 };

static void
opts_clear(Opts *o)
{
	g_clear_pointer(&o->socket, g_free);
	g_clear_pointer(&o->user, g_free);
	g_clear_pointer(&o->pidfile, g_free);
	g_clear_pointer(&o->config, g_free);
	g_clear_pointer(&o->mode, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Opts, opts_clear)

/* The server is not freed here: libmilter may still run the close callback
 * of an idle connection until the process ends. */
static void
daemon_clear(Daemon *d)
{
	g_clear_pointer(&d->socket, g_free);
	g_clear_pointer(&d->user, g_free);
	g_clear_pointer(&d->requests, g_async_queue_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Daemon, daemon_clear)

static gboolean
parse_options(int *argc, char ***argv, Opts *o)
{
	GOptionEntry entries[] = {
		{ "foreground", 'f', 0, G_OPTION_ARG_NONE, &o->foreground,
		  "Stay in the foreground and log to stderr as well", NULL },
		{ "socket", 'p', 0, G_OPTION_ARG_STRING, &o->socket,
		  "Listen on SOCKET (unix:/path or inet:PORT@HOST)", "SOCKET" },
		{ "user", 'u', 0, G_OPTION_ARG_STRING, &o->user,
		  "Run as USER after opening the socket and files", "USER" },
		{ "pidfile", 'P', 0, G_OPTION_ARG_FILENAME, &o->pidfile,
		  "Write the process id to PIDFILE", "PIDFILE" },
		{ "socket-mode", 'm', 0, G_OPTION_ARG_STRING, &o->mode,
		  "Mode of a unix socket (overrides [milter] socket_mode)", "MODE" },
		{ "check", 'n', 0, G_OPTION_ARG_NONE, &o->check,
		  "Check the configuration and rules, print the settings, exit", NULL },
		{ "config", 0, 0, G_OPTION_ARG_FILENAME, &o->config,
		  "Read FILE instead of " ST_DEFAULT_CONFIG, "FILE" },
		{ "version", 0, 0, G_OPTION_ARG_NONE, &o->version, "Print the version", NULL },
		{ NULL }
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("- file every report sent to a security address");
	g_autoptr(GError) error = NULL;

	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!g_option_context_parse(ctx, argc, argv, &error)) {
		fprintf(stderr, "sectriage-milter: %s\n", error->message);
		return FALSE;
	}
	if (*argc > 1) {
		fprintf(stderr, "sectriage-milter: unexpected argument \"%s\"\n", (*argv)[1]);
		return FALSE;
	}
	return TRUE;
}

/* TRUE when stderr is systemd's journal (JOURNAL_STREAM names it): syslog
 * lines reach the journal already, copying them to stderr would double them. */
static gboolean
stderr_is_journal(void)
{
	const char *js = g_getenv("JOURNAL_STREAM");
	unsigned long long dev, ino;
	struct stat st;

	return js != NULL && sscanf(js, "%llu:%llu", &dev, &ino) == 2 &&
	       fstat(STDERR_FILENO, &st) == 0 &&
	       (unsigned long long)st.st_dev == dev && (unsigned long long)st.st_ino == ino;
}

static StRules *
load_rules(const StConfig *cfg, guint *n_groups, GError **error)
{
	g_autofree char *dir = st_config_rules_dir(cfg);
	StRules *rules = st_rules_load(dir, error);

	if (rules == NULL) {
		g_prefix_error(error, "rules %s: ", dir);
		return NULL;
	}
	st_rules_jit(rules);
	*n_groups = st_rules_n_groups(rules);
	return rules;
}

static const char *
pick(const char *option, const char *configured)
{
	return option && *option ? option : configured && *configured ? configured : NULL;
}

/* The rule groups that recognise our own tracking ids in a subject or a
 * quote ([followup], [quote.ours]) and do not recognise one made with the
 * configured [store] id_prefix, comma-separated (g_free); NULL when they
 * all do.  The rules are data a deployment edits: a new prefix without
 * new rules would quietly stop a reply to an acknowledgment from being
 * read as one. */
static char *
rules_missing_prefix(const StConfig *cfg, const StRules *rules)
{
	static const char *const groups[] = { "followup", "quote.ours" };
	g_autofree char *sample = g_strdup_printf("[%s-2026-0001]", cfg->id_prefix);
	g_autoptr(GString) missing = g_string_new(NULL);

	for (gsize i = 0; i < G_N_ELEMENTS(groups); i++) {
		const StRuleGroup *g = st_rules_group(rules, groups[i]);
		if (g != NULL && !st_rule_match(g, sample, NULL, NULL))
			g_string_append_printf(missing, "%s[%s]", missing->len ? ", " : "", groups[i]);
	}
	return missing->len ? g_string_free(g_steal_pointer(&missing), FALSE) : NULL;
}

/* Say in the mail log when the rules do not know our tracking ids. */
static void
log_missing_prefix(const StConfig *cfg, const StRules *rules)
{
	g_autofree char *missing = rules_missing_prefix(cfg, rules);

	if (missing != NULL)
		st_log(LOG_WARNING, NULL, "rules %s do not match tracking ids with id_prefix %s: "
		       "a reply to an acknowledgment is read as a new report's text",
		       missing, cfg->id_prefix);
}

/* -n: the effective settings, like postconf -n. */
static int
check_config(const StConfig *cfg, const StRules *rules, guint n_groups, const Opts *o)
{
	g_autoptr(GString) out = g_string_new(NULL);
	g_autofree char *rules_dir = st_config_rules_dir(cfg);
	g_autofree char *missing = rules_missing_prefix(cfg, rules);

	st_config_dump(cfg, out);
	fputs(out->str, stdout);
	if (o->socket)
		printf("# -p overrides milter.socket: %s\n", o->socket);
	if (o->user)
		printf("# -u overrides milter.user: %s\n", o->user);
	if (o->pidfile)
		printf("# -P overrides milter.pidfile: %s\n", o->pidfile);
	printf("# rules: %u groups loaded from %s\n", n_groups, rules_dir);
	if (missing != NULL)
		printf("# warning: rules %s do not match tracking ids with id_prefix %s: "
		       "edit their tracking pattern\n", missing, cfg->id_prefix);
	if (cfg->overridden != NULL)
		printf("# warning: %s\n", cfg->overridden);
	return 0;
}

/* A setting CFG's file writes twice: the later value is used, and the
 * log says so (postconf's "overriding earlier entry"). */
static void
log_overridden(const StConfig *cfg)
{
	if (cfg->overridden != NULL)
		st_log(LOG_WARNING, NULL, "%s", cfg->overridden);
}

static void
reload(Daemon *d)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(StConfig) cfg = st_config_load(d->config_path, &error);
	g_autoptr(StRules) rules = NULL;
	StSnapshot *snap;
	guint n = 0;

	if (cfg == NULL) {
		st_log(LOG_ERR, NULL, "reload refused, old configuration kept: %s", error->message);
		return;
	}
	rules = load_rules(cfg, &n, &error);
	if (rules == NULL) {
		st_log(LOG_ERR, NULL, "reload refused, old rules kept: %s", error->message);
		return;
	}
	log_missing_prefix(cfg, rules);
	log_overridden(cfg);
	snap = st_snapshot_new(cfg, rules);
	st_server_swap(d->srv, snap);
	st_snapshot_unref(snap);
	if (d->outbox != NULL)
		st_outbox_thread_set_config(d->outbox, cfg);
	st_log_set_debug(g_strcmp0(cfg->log_level, "debug") == 0);
	st_log(LOG_INFO, NULL, "reloaded %s: %u rule groups (socket and user changes need a restart)",
	       cfg->path ? cfg->path : "built-in defaults", n);
}

static gpointer
reloader_thread(gpointer data)
{
	Daemon *d = data;

	for (;;) {
		int req = GPOINTER_TO_INT(g_async_queue_pop(d->requests));
		if (req == REQ_QUIT)
			return NULL;
		reload(d);
	}
}

static gpointer
milter_thread(gpointer data)
{
	Daemon *d = data;
	int rc;

	g_mutex_lock(&d->lock);
	d->milter_tid = pthread_self();
	g_mutex_unlock(&d->lock);
	rc = st_milter_run();
	if (rc != 0)
		st_log(LOG_ERR, NULL, "libmilter's loop failed");
	g_mutex_lock(&d->lock);
	d->milter_done = TRUE;
	g_cond_broadcast(&d->milter_cond);
	g_mutex_unlock(&d->lock);
	/* however it ended, the main thread shuts down */
	pthread_kill(d->main_thread, SIGTERM);
	return GINT_TO_POINTER(rc);
}

/* Everything up to dropping privileges.  FALSE with ERROR. */
static gboolean
start(Daemon *d, const StConfig *cfg, const Opts *o, StRunUser *user, GError **error)
{
	g_autofree char *db_dir = g_path_get_dirname(cfg->database);
	const char *pidfile = pick(o->pidfile, cfg->pidfile);
	guint mode = (guint)strtoul(cfg->socket_mode, NULL, 8);
	guint n;

	if (o->mode != NULL) {
		char *end = NULL;
		mode = (guint)strtoul(o->mode, &end, 8);
		if (end == o->mode || *end != '\0' || mode > 0777) {
			g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
				    "-m %s: not an octal mode", o->mode);
			return FALSE;
		}
	}
	if (!st_daemon_resolve_user(d->user, user, error))
		return FALSE;
	if (pidfile != NULL && !st_daemon_pidfile_check(pidfile, error))
		return FALSE;
	umask(0077);
	if (!st_daemon_prepare_dir(cfg->spool_dir, user, TRUE, error) ||
	    !st_daemon_prepare_dir(db_dir, user, FALSE, error))
		return FALSE;
	if ((n = st_daemon_clean_spool(cfg->spool_dir)) > 0)
		st_log(LOG_WARNING, NULL, "removed %u stale spool files from %s", n, cfg->spool_dir);
	/* libmilter removes a socket file in the way: not one a live filter serves */
	g_autofree char *sock_path = st_daemon_socket_path(d->socket);
	if (sock_path != NULL && st_daemon_poke(d->socket)) {
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
			    "%s: another filter is listening there", sock_path);
		return FALSE;
	}
	if (!st_milter_open(d->srv, d->socket, error) ||
	    !st_daemon_socket_setup(d->socket, user, mode, error))
		return FALSE;
	if (!o->foreground && !st_daemon_detach(error))
		return FALSE;
	if (pidfile != NULL && !st_daemon_pidfile_write(pidfile, error))
		return FALSE;
	if (!st_daemon_drop_privileges(user, error))
		return FALSE;
	if (access(db_dir, W_OK | X_OK) != 0)
		st_log(LOG_WARNING, NULL, "database directory %s is not writable by the run user: "
		       "every report will be answered tempfail", db_dir);
	return TRUE;
}

static void
wake_handler(int sig)
{
	(void)sig;
}

static gpointer
stopper_thread(gpointer data)
{
	st_milter_stop();
	return NULL;
}

/* libmilter's listener holds its lock while it polls the socket (~5 s), and
 * smfi_stop waits for that lock: call smfi_stop from a helper thread and
 * interrupt the poll with SIGUSR1 (no SA_RESTART) until smfi_main returns. */
static void
stop_listener(Daemon *d)
{
	gint64 end = g_get_monotonic_time() + 10 * G_TIME_SPAN_SECOND;
	GThread *stopper = g_thread_new("stopper", stopper_thread, NULL);

	g_mutex_lock(&d->lock);
	while (!d->milter_done && g_get_monotonic_time() < end) {
		if (d->milter_tid)
			pthread_kill(d->milter_tid, SIGUSR1);
		g_cond_wait_until(&d->milter_cond, &d->lock,
				  g_get_monotonic_time() + 20 * G_TIME_SPAN_MILLISECOND);
	}
	g_mutex_unlock(&d->lock);
	g_thread_join(stopper);
}

static gboolean
milter_done(Daemon *d)
{
	gboolean done;

	g_mutex_lock(&d->lock);
	done = d->milter_done;
	g_mutex_unlock(&d->lock);
	return done;
}

/* SIGTERM's work, off the main thread so that the main thread keeps taking
 * every signal (a second SIGTERM must not reach libmilter's own signal
 * thread, which would stop serving the messages being drained).  Drain
 * first: libmilter stops serving every connection when its loop ends, so
 * the loop runs until the messages in flight are filed (new security mail
 * is answered tempfail meanwhile, other mail accepted).  Tells the main
 * thread with SIGUSR2 when done. */
static gpointer
drain_thread(gpointer data)
{
	Daemon *d = data;

	st_server_begin_shutdown(d->srv);
	if (!milter_done(d) && !st_server_wait_idle(d->srv, DRAIN_TIMEOUT_MS))
		st_log(LOG_WARNING, NULL, "%u message(s) still in flight after %d s; stopping anyway",
		       st_server_in_flight(d->srv), DRAIN_TIMEOUT_MS / 1000);
	if (!milter_done(d))
		stop_listener(d);
	pthread_kill(d->main_thread, SIGUSR2);
	return NULL;
}

/* Take signals until the drain after SIGTERM/SIGINT (or after libmilter's
 * loop ended by itself) is done. */
static void
wait_for_signals(Daemon *d, const sigset_t *set)
{
	GThread *drain = NULL;

	for (;;) {
		int sig = 0;
		if (sigwait(set, &sig) != 0)
			continue;
		if (sig == SIGHUP && drain == NULL) {
			g_async_queue_push(d->requests, GINT_TO_POINTER(REQ_RELOAD));
		} else if ((sig == SIGTERM || sig == SIGINT) && drain == NULL) {
			st_log(LOG_INFO, NULL, "%s: finishing %u message(s) in flight, then stopping",
			       sig == SIGTERM ? "SIGTERM" : "SIGINT", st_server_in_flight(d->srv));
			drain = g_thread_new("drain", drain_thread, d);
		} else if (sig == SIGUSR2 && drain != NULL) {
			g_thread_join(drain);
			return;
		}
	}
}

static void
stop(Daemon *d, GThread *milter, GThread *reloader, const char *pidfile)
{
	g_autofree char *path = st_daemon_socket_path(d->socket);

	g_thread_join(milter);
	g_async_queue_push(d->requests, GINT_TO_POINTER(REQ_QUIT));
	g_thread_join(reloader);
	if (d->triage != NULL) {
		st_server_set_triage(d->srv, NULL);
		st_triage_thread_stop(d->triage);
	}
	if (d->outbox != NULL)
		st_outbox_thread_stop(d->outbox);
	if (pidfile != NULL)
		st_daemon_pidfile_remove(pidfile);
	if (path != NULL)
		unlink(path);
	st_log(LOG_INFO, NULL, "stopped");
}

/* D's fields from the options O and the config CFG, before any thread. */
static void
daemon_init(Daemon *d, const Opts *o, const StConfig *cfg)
{
	d->config_path = o->config;
	d->socket = g_strdup(pick(o->socket, cfg->socket));
	d->user = g_strdup(pick(o->user, cfg->user));
	d->main_thread = pthread_self();
	d->requests = g_async_queue_new();
	g_mutex_init(&d->lock);
	g_cond_init(&d->milter_cond);
}

/* Block the signals the main thread takes with sigwait (SET: HUP, TERM,
 * INT, USR2) before any thread starts, so that every thread inherits them
 * blocked; ignore SIGPIPE; SIGUSR1 only interrupts a poll. */
static void
block_signals(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGHUP);
	sigaddset(set, SIGTERM);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGUSR2);
	pthread_sigmask(SIG_BLOCK, set, NULL);
	signal(SIGPIPE, SIG_IGN);
	struct sigaction sa = { .sa_handler = wake_handler };
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
}

int
main(int argc, char **argv)
{
	g_auto(Opts) o = { 0 };
	g_auto(Daemon) d = { 0 };
	g_autoptr(GError) error = NULL;
	g_autoptr(StConfig) cfg = NULL;
	g_autoptr(StRules) rules = NULL;
	g_auto(StRunUser) user = { 0 };
	sigset_t set;
	guint n_groups = 0;

	st_init();
	if (!parse_options(&argc, &argv, &o))
		return 2;
	if (o.version) {
		printf("sectriage-milter %s\n", ST_VERSION);
		return 0;
	}
	cfg = st_config_load(o.config, &error);
	if (cfg == NULL || (rules = load_rules(cfg, &n_groups, &error)) == NULL) {
		fprintf(stderr, "sectriage-milter: %s\n", error->message);
		return 1;
	}
	if (o.check)
		return check_config(cfg, rules, n_groups, &o);

	daemon_init(&d, &o, cfg);
	st_log_init("sectriage-milter", o.foreground && !stderr_is_journal(),
		    g_strcmp0(cfg->log_level, "debug") == 0);
	block_signals(&set);

	StSnapshot *snap = st_snapshot_new(cfg, rules);
	d.srv = st_server_new(snap);
	st_snapshot_unref(snap);
	if (!start(&d, cfg, &o, &user, &error)) {
		st_log(LOG_ERR, NULL, "cannot start: %s", error->message);
		if (!o.foreground)
			fprintf(stderr, "sectriage-milter: %s\n", error->message);
		st_server_free(d.srv);   /* no libmilter thread has seen it */
		return 1;
	}
	d.outbox = st_outbox_thread_start(cfg, OUTBOX_INTERVAL_MS);
	st_server_set_outbox(d.srv, d.outbox);
	d.triage = st_triage_thread_start(d.srv, cfg->triage_nice, TRIAGE_INTERVAL_MS);
	st_server_set_triage(d.srv, d.triage);
	GThread *reloader = g_thread_new("reloader", reloader_thread, &d);
	GThread *milter = g_thread_new("milter", milter_thread, &d);
	st_log(LOG_INFO, NULL, "sectriage-milter %s listening on %s as %s, %u rule groups, database %s",
	       ST_VERSION, d.socket, user.name ? user.name : g_get_user_name(), n_groups, cfg->database);
	log_missing_prefix(cfg, rules);
	log_overridden(cfg);

	wait_for_signals(&d, &set);
	stop(&d, milter, reloader, pick(o.pidfile, cfg->pidfile));
	return 0;
}
