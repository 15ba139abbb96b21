/*
 * config.h — the configuration snapshot.
 *
 * A StConfig is immutable once loaded and reference counted: the milter takes
 * a reference at connect and drops it at close, and SIGHUP swaps in a new one
 * (see st_config_current()).  Every key is optional; built-in defaults make
 * both binaries run with no file at all.  Keys are declared in one table in
 * config.c with default, minimum and maximum (as Postfix does).
 */
#ifndef SECTRIAGE_CONFIG_H
#define SECTRIAGE_CONFIG_H

#include <glib.h>

G_BEGIN_DECLS

#define ST_DEFAULT_CONFIG ST_SYSCONFDIR "/sectriage/sectriage.conf"

typedef struct StLimits {
	gint64 max_message_size;     /* bytes of a message kept in the spool */
	gint64 max_header_bytes;     /* bytes of header block analysed */
	gint   max_depth;            /* MIME nesting depth analysed */
	gint   max_parts;            /* MIME parts analysed */
	gint64 max_attachment_bytes; /* bytes of one attachment stored */
	gint64 max_text_bytes;       /* bytes of body text analysed */
	gint   max_archive_members;  /* archive members listed */
	gint64 max_archive_bytes;    /* bytes of an archive read while listing */
	gint   analysis_timeout_ms;  /* wall time for one analysis */
} StLimits;

typedef struct StConfig {
	gint refcount;
	char *path;                  /* file it came from, or NULL for defaults */
	char *overridden;            /* the first setting written again later in
	                              * the file (FILE:LINE, the key, the first
	                              * line), which the later value overrides
	                              * as in Postfix's main.cf; NULL: none */
	/* [milter] */
	char *socket;
	char *socket_mode;           /* octal mode of a unix socket ("0660") */
	char **recipients;           /* lower-case addresses, NULL-terminated */
	char *user;                  /* run as this user when started as root */
	char *pidfile;
	char *spool_dir;             /* per-message temp files */
	char *on_failure;            /* "tempfail" (default) or "accept" */
	char *log_level;             /* "info" or "debug" */
	char *triage;                /* "deferred" (default) or "inline" */
	gint triage_nice;            /* niceness of the deferred triage thread */
	/* [store] */
	char *database;
	char *id_prefix;             /* "SEC" */
	int   busy_timeout_ms;
	/* [rules] */
	char *rules_dir;
	/* [outbox] */
	char *submit;                /* command, or smtp:HOST:PORT */
	char *from_address;          /* From of acknowledgments (default: first recipient) */
	char *from_name;
	int   ack_rate_per_day;      /* per envelope sender */
	int   retry_max;             /* attempts before failed */
	int   retry_base_s;          /* backoff base */
	/* [auth] */
	char **trusted_authserv_ids;
	/* [crypto] */
	char *gnupg_home;            /* empty: no decryption */
	gboolean store_plaintext;
	/* [limits] */
	StLimits limits;
	/* [digest] */
	char **digest_recipients;
} StConfig;

/* Load PATH (NULL: the default path, missing file allowed; a named file must
 * exist).  Unknown keys and out-of-range values are errors.  Returns a new
 * reference or NULL with ERROR set. */
StConfig *st_config_load(const char *path, GError **error);

/* Built-in defaults only.  Returns a new reference, never NULL
 * (st_config_unref). */
StConfig *st_config_default(void);

/* Returns CFG with one more reference (for another thread or snapshot). */
StConfig *st_config_ref(StConfig *cfg);
/* Drop a reference; the last frees the config.  NULL is fine. */
void st_config_unref(StConfig *cfg);

/* Print the effective settings, one "section.key = value" a line (for -n). */
void st_config_dump(const StConfig *cfg, GString *out);

/* TRUE when ADDR (any case, with or without <>) is one of cfg->recipients. */
gboolean st_config_is_recipient(const StConfig *cfg, const char *addr);

/* The rules directory to use: cfg->rules_dir when set or existing, else the
 * rules/ folder beside the running binary's ../ (an uninstalled build tree).
 * Returns a newly allocated path; g_free(). */
char *st_config_rules_dir(const StConfig *cfg);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(StConfig, st_config_unref)

G_END_DECLS
#endif
