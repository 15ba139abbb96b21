/*
 * config.c — the configuration snapshot: a GKeyFile read against one table of
 * parameters, each with its default, minimum and maximum (as Postfix's
 * mail_params).  Unknown keys are errors, so a typo never goes unnoticed.
 * Sizes accept K, M and G suffixes.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>

#include "sectriage/common.h"
#include "sectriage/config.h"
#include "sectriage/keyfile.h"

typedef enum { P_STR, P_STRV, P_INT, P_SIZE, P_BOOL } ParamType;

typedef struct {
	const char *section;
	const char *key;
	ParamType type;
	size_t offset;
	const char *def;
	gint64 min, max;
	const char *doc;
} Param;

#define OFF(f) offsetof(StConfig, f)
#define LIM(f) (offsetof(StConfig, limits) + offsetof(StLimits, f))

static const Param params[] = {
	{ "milter", "socket", P_STR, OFF(socket), "unix:/run/sectriage/milter.sock", 0, 0,
	  "where the milter listens: unix:PATH or inet:PORT@HOST" },
	{ "milter", "socket_mode", P_STR, OFF(socket_mode), "0660", 0, 0,
	  "mode of a unix socket; its group is the run user's" },
	{ "milter", "recipients", P_STRV, OFF(recipients), "security@superrad.company", 0, 0,
	  "the security addresses; mail to others passes untouched" },
	{ "milter", "user", P_STR, OFF(user), "", 0, 0,
	  "unprivileged user to run as when started as root" },
	{ "milter", "pidfile", P_STR, OFF(pidfile), "", 0, 0, "pid file (empty: none)" },
	{ "milter", "spool_dir", P_STR, OFF(spool_dir), "", 0, 0,
	  "per-message temp files (empty: spool/ beside the database)" },
	{ "milter", "on_failure", P_STR, OFF(on_failure), "tempfail", 0, 0,
	  "when filing fails: tempfail (the MTA retries) or accept" },
	{ "milter", "log_level", P_STR, OFF(log_level), "info", 0, 0, "info or debug" },
	{ "milter", "triage", P_STR, OFF(triage), "deferred", 0, 0,
	  "deferred: file the raw message at end of message and analyse it right after,"
	  " outside the SMTP transaction; inline: analyse before answering (adds"
	  " X-Sectriage-Score and -Missing to the delivered copy)" },
	{ "milter", "triage_nice", P_INT, OFF(triage_nice), "19", 0, 19,
	  "scheduling niceness of the deferred triage thread (19: only idle CPU)" },
	{ "store", "database", P_STR, OFF(database), ST_LOCALSTATEDIR "/lib/sectriage/triage.db", 0, 0,
	  "the SQLite triage database" },
	{ "store", "id_prefix", P_STR, OFF(id_prefix), "SEC", 0, 0, "tracking id prefix" },
	{ "store", "busy_timeout_ms", P_INT, OFF(busy_timeout_ms), "5000", 0, 600000,
	  "how long to wait for a locked database" },
	{ "rules", "directory", P_STR, OFF(rules_dir), "", 0, 0,
	  "rules and templates (empty: the installed or build-tree rules/)" },
	{ "outbox", "submit", P_STR, OFF(submit), "/usr/sbin/sendmail -i -f '' -- %r", 0, 0,
	  "command reading one message on stdin (%r: the recipient), or smtp:HOST:PORT" },
	{ "outbox", "from_address", P_STR, OFF(from_address), "", 0, 0,
	  "From of acknowledgments (empty: the first recipient)" },
	{ "outbox", "from_name", P_STR, OFF(from_name), "Security team", 0, 0,
	  "display name of acknowledgments" },
	{ "outbox", "ack_rate_per_day", P_INT, OFF(ack_rate_per_day), "5", 0, 100000,
	  "acknowledgments per envelope sender per day" },
	{ "outbox", "retry_max", P_INT, OFF(retry_max), "10", 1, 1000,
	  "submission attempts before a message is marked failed" },
	{ "outbox", "retry_base_s", P_INT, OFF(retry_base_s), "60", 1, 86400,
	  "first retry delay; doubles each attempt, at most an hour" },
	{ "auth", "trusted_authserv_ids", P_STRV, OFF(trusted_authserv_ids), "", 0, 0,
	  "Authentication-Results ids trusted (.domain: any host); empty: the recipients' domains" },
	{ "crypto", "gnupg_home", P_STR, OFF(gnupg_home), "", 0, 0,
	  "GnuPG home with the security key (empty: no decryption)" },
	{ "crypto", "store_plaintext", P_BOOL, OFF(store_plaintext), "false", 0, 0,
	  "keep decrypted text and attachments in the database" },
	{ "limits", "max_message_size", P_SIZE, LIM(max_message_size), "64M", 1024, G_GINT64_CONSTANT(4) << 30,
	  "bytes of a message kept; the rest is dropped and the report flagged truncated" },
	{ "limits", "max_header_bytes", P_SIZE, LIM(max_header_bytes), "256K", 1024, 64 << 20,
	  "bytes of the header block analysed" },
	{ "limits", "max_depth", P_INT, LIM(max_depth), "32", 1, 1000, "MIME nesting depth analysed" },
	{ "limits", "max_parts", P_INT, LIM(max_parts), "1000", 1, 1000000, "MIME parts analysed" },
	{ "limits", "max_attachment_bytes", P_SIZE, LIM(max_attachment_bytes), "10M", 0, G_GINT64_CONSTANT(1) << 32,
	  "bytes of one attachment stored in the database" },
	{ "limits", "max_text_bytes", P_SIZE, LIM(max_text_bytes), "2M", 1024, 256 << 20,
	  "bytes of body or attachment text analysed" },
	{ "limits", "max_archive_members", P_INT, LIM(max_archive_members), "1000", 0, 1000000,
	  "archive members listed" },
	{ "limits", "max_archive_bytes", P_SIZE, LIM(max_archive_bytes), "64M", 0, G_GINT64_CONSTANT(1) << 34,
	  "decompressed bytes read while listing an archive" },
	{ "limits", "analysis_timeout_ms", P_INT, LIM(analysis_timeout_ms), "10000", 10, 600000,
	  "wall time for one analysis" },
	{ "digest", "recipients", P_STRV, OFF(digest_recipients), "", 0, 0,
	  "where `sectriage digest --mail` sends by default" },
};

static gboolean
parse_size(const char *s, gint64 *out)
{
	char *end = NULL;
	errno = 0;
	gint64 v = g_ascii_strtoll(s, &end, 10);
	if (errno != 0 || end == s)
		return FALSE;
	while (*end == ' ')
		end++;
	gint64 mult = 1;
	switch (g_ascii_toupper(*end)) {
	case '\0': break;
	case 'K': mult = 1024; end++; break;
	case 'M': mult = 1024 * 1024; end++; break;
	case 'G': mult = 1024 * 1024 * 1024; end++; break;
	default: return FALSE;
	}
	if (g_ascii_toupper(*end) == 'B' || g_ascii_toupper(*end) == 'I')
		end++;
	if (*end != '\0' || v < 0 || v > G_MAXINT64 / mult)
		return FALSE;
	*out = v * mult;
	return TRUE;
}

static char **
split_list(const char *s)
{
	g_auto(GStrv) parts = g_regex_split_simple("[\\s,;]+", s, 0, 0);
	GPtrArray *out = g_ptr_array_new();
	for (char **p = parts; p && *p; p++)
		if (**p)
			g_ptr_array_add(out, g_ascii_strdown(*p, -1));
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(out, FALSE);
}

/* An integer or size parameter P (at BASE) from VALUE, within its bounds. */
static gboolean
set_number(const Param *p, char *base, const char *value, GError **error)
{
	gint64 v;

	if (!parse_size(value, &v) || (p->type == P_INT && !g_ascii_isdigit(value[strlen(value) - 1]))) {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
			    "[%s] %s: \"%s\" is not a %s", p->section, p->key, value,
			    p->type == P_INT ? "number" : "size");
		return FALSE;
	}
	if (v < p->min || v > p->max) {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
			    "[%s] %s: %" G_GINT64_FORMAT " is outside %" G_GINT64_FORMAT
			    "..%" G_GINT64_FORMAT, p->section, p->key, v, p->min, p->max);
		return FALSE;
	}
	if (p->type == P_INT)
		*(int *)base = (int)v;
	else
		*(gint64 *)base = v;
	return TRUE;
}

/* A boolean parameter P (at BASE) from VALUE: true/yes/1/on, false/no/0/off. */
static gboolean
set_bool(const Param *p, char *base, const char *value, GError **error)
{
	g_autofree char *v = g_ascii_strdown(value, -1);
	g_strstrip(v);
	if (!strcmp(v, "true") || !strcmp(v, "yes") || !strcmp(v, "1") || !strcmp(v, "on")) {
		*(gboolean *)base = TRUE;
	} else if (!strcmp(v, "false") || !strcmp(v, "no") || !strcmp(v, "0") || !strcmp(v, "off")) {
		*(gboolean *)base = FALSE;
	} else {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
			    "[%s] %s: \"%s\" is not true or false", p->section, p->key, value);
		return FALSE;
	}
	return TRUE;
}

static gboolean
set_param(StConfig *cfg, const Param *p, const char *value, GError **error)
{
	char *base = (char *)cfg + p->offset;

	switch (p->type) {
	case P_STR: {
		char **f = (char **)base;
		g_free(*f);
		*f = g_strstrip(g_strdup(value));
		break;
	}
	case P_STRV: {
		char ***f = (char ***)base;
		g_strfreev(*f);
		*f = split_list(value);
		break;
	}
	case P_INT:
	case P_SIZE:
		return set_number(p, base, value, error);
	case P_BOOL:
		return set_bool(p, base, value, error);
	}
	return TRUE;
}

/* The checks a table cannot express. */
static gboolean
check_values(const StConfig *cfg, GError **error)
{
	if (cfg->recipients == NULL || cfg->recipients[0] == NULL) {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
			    "[milter] recipients: at least one address is needed");
		return FALSE;
	}
	for (char **r = cfg->recipients; *r; r++) {
		if (strchr(*r, '@') == NULL) {
			g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
				    "[milter] recipients: \"%s\" is not an address", *r);
			return FALSE;
		}
	}
	if (!g_regex_match_simple("^0?[0-7]{3}$", cfg->socket_mode, 0, 0)) {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
			    "[milter] socket_mode: \"%s\" is not an octal mode like 0660", cfg->socket_mode);
		return FALSE;
	}
	if (strcmp(cfg->on_failure, "tempfail") != 0 && strcmp(cfg->on_failure, "accept") != 0) {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
			    "[milter] on_failure: \"%s\" is not tempfail or accept", cfg->on_failure);
		return FALSE;
	}
	if (strcmp(cfg->triage, "deferred") != 0 && strcmp(cfg->triage, "inline") != 0) {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
			    "[milter] triage: \"%s\" is not deferred or inline", cfg->triage);
		return FALSE;
	}
	if (*cfg->id_prefix == '\0' || !g_regex_match_simple("^[A-Za-z][A-Za-z0-9]{0,15}$", cfg->id_prefix, 0, 0)) {
		g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
			    "[store] id_prefix: \"%s\" must be 1-16 letters and digits", cfg->id_prefix);
		return FALSE;
	}
	return TRUE;
}

/* The default trusted authserv-ids: each recipient's domain and ".domain"
 * (any host of it), once each.  A new NULL-terminated vector (g_strfreev). */
static char **
default_authserv_ids(char **recipients)
{
	GPtrArray *ids = g_ptr_array_new();
	for (char **r = recipients; *r; r++) {
		const char *dom = strchr(*r, '@') + 1;
		g_autofree char *dot = g_strconcat(".", dom, NULL);
		gboolean seen = FALSE;
		for (guint i = 0; i < ids->len; i++)
			seen |= !strcmp(g_ptr_array_index(ids, i), dom);
		if (!seen) {
			g_ptr_array_add(ids, g_strdup(dom));
			g_ptr_array_add(ids, g_steal_pointer(&dot));
		}
	}
	g_ptr_array_add(ids, NULL);
	return (char **)g_ptr_array_free(ids, FALSE);
}

/* Values that depend on others, and the checks a table cannot express. */
static gboolean
finish(StConfig *cfg, GError **error)
{
	if (!check_values(cfg, error))
		return FALSE;
	if (*cfg->from_address == '\0') {
		g_free(cfg->from_address);
		cfg->from_address = g_strdup(cfg->recipients[0]);
	}
	if (*cfg->spool_dir == '\0') {
		g_autofree char *dir = g_path_get_dirname(cfg->database);
		g_free(cfg->spool_dir);
		cfg->spool_dir = g_build_filename(dir, "spool", NULL);
	}
	if (cfg->trusted_authserv_ids == NULL || cfg->trusted_authserv_ids[0] == NULL) {
		g_strfreev(cfg->trusted_authserv_ids);
		cfg->trusted_authserv_ids = default_authserv_ids(cfg->recipients);
	}
	return TRUE;
}

static StConfig *
config_new_defaults(void)
{
	StConfig *cfg = g_new0(StConfig, 1);
	cfg->refcount = 1;
	for (gsize i = 0; i < G_N_ELEMENTS(params); i++) {
		gboolean ok = set_param(cfg, &params[i], params[i].def, NULL);
		g_assert(ok);
	}
	return cfg;
}

StConfig *
st_config_default(void)
{
	StConfig *cfg = config_new_defaults();
	gboolean ok = finish(cfg, NULL);
	g_assert(ok);
	return cfg;
}

static const Param *
find_param(const char *section, const char *key)
{
	for (gsize i = 0; i < G_N_ELEMENTS(params); i++)
		if (!strcmp(params[i].section, section) && !strcmp(params[i].key, key))
			return &params[i];
	return NULL;
}

StConfig *
st_config_load(const char *path, GError **error)
{
	gboolean optional = (path == NULL);
	const char *file = path ? path : ST_DEFAULT_CONFIG;
	g_autoptr(GKeyFile) kf = g_key_file_new();
	g_autoptr(GError) err = NULL;
	g_autofree char *text = NULL;
	gsize len = 0;

	StConfig *cfg = config_new_defaults();
	if (!g_file_get_contents(file, &text, &len, &err)) {
		if (optional && g_error_matches(err, G_FILE_ERROR, G_FILE_ERROR_NOENT)) {
			finish(cfg, NULL);
			return cfg;
		}
		g_propagate_error(error, g_steal_pointer(&err));  /* it names FILE */
		st_config_unref(cfg);
		return NULL;
	}
	if (!g_key_file_load_from_data(kf, text, len, G_KEY_FILE_NONE, &err)) {
		g_set_error(error, err->domain, err->code, "%s: %s", file, err->message);
		st_config_unref(cfg);
		return NULL;
	}
	cfg->path = g_strdup(file);
	/* a setting written again later wins (appending an override is how
	 * admins change one); the milter says so, as postconf does */
	g_autoptr(GError) dup = NULL;
	if (!st_keyfile_check_unique(text, len, file, &dup))
		cfg->overridden = g_strdup(dup->message);

	g_auto(GStrv) groups = g_key_file_get_groups(kf, NULL);
	for (char **g = groups; *g; g++) {
		g_auto(GStrv) keys = g_key_file_get_keys(kf, *g, NULL, NULL);
		for (char **k = keys; k && *k; k++) {
			const Param *p = find_param(*g, *k);
			if (p == NULL) {
				g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND,
					    "%s: unknown setting [%s] %s", file, *g, *k);
				st_config_unref(cfg);
				return NULL;
			}
			g_autofree char *v = g_key_file_get_value(kf, *g, *k, NULL);
			GError *e = NULL;
			if (!set_param(cfg, p, v ? v : "", &e)) {
				g_set_error(error, e->domain, e->code, "%s: %s", file, e->message);
				g_error_free(e);
				st_config_unref(cfg);
				return NULL;
			}
		}
	}
	GError *e = NULL;
	if (!finish(cfg, &e)) {
		g_set_error(error, e->domain, e->code, "%s: %s", file, e->message);
		g_error_free(e);
		st_config_unref(cfg);
		return NULL;
	}
	return cfg;
}

StConfig *
st_config_ref(StConfig *cfg)
{
	g_return_val_if_fail(cfg != NULL, NULL);
	g_atomic_int_inc(&cfg->refcount);
	return cfg;
}

void
st_config_unref(StConfig *cfg)
{
	if (cfg == NULL || !g_atomic_int_dec_and_test(&cfg->refcount))
		return;
	for (gsize i = 0; i < G_N_ELEMENTS(params); i++) {
		char *base = (char *)cfg + params[i].offset;
		if (params[i].type == P_STR)
			g_free(*(char **)base);
		else if (params[i].type == P_STRV)
			g_strfreev(*(char ***)base);
	}
	g_free(cfg->path);
	g_free(cfg->overridden);
	g_free(cfg);
}

void
st_config_dump(const StConfig *cfg, GString *out)
{
	const char *section = NULL;

	g_string_append_printf(out, "# sectriage %s: %s\n", ST_VERSION,
			       cfg->path ? cfg->path : "built-in defaults");
	for (gsize i = 0; i < G_N_ELEMENTS(params); i++) {
		const Param *p = &params[i];
		const char *base = (const char *)cfg + p->offset;
		if (section == NULL || strcmp(section, p->section) != 0) {
			g_string_append_printf(out, "[%s]\n", p->section);
			section = p->section;
		}
		g_string_append_printf(out, "%s = ", p->key);
		switch (p->type) {
		case P_STR:
			g_string_append(out, *(char *const *)base);
			break;
		case P_STRV: {
			char *const *v = *(char **const *)base;
			for (int j = 0; v && v[j]; j++)
				g_string_append_printf(out, "%s%s", j ? ", " : "", v[j]);
			break;
		}
		case P_INT:
			g_string_append_printf(out, "%d", *(const int *)base);
			break;
		case P_SIZE:
			g_string_append_printf(out, "%" G_GINT64_FORMAT, *(const gint64 *)base);
			break;
		case P_BOOL:
			g_string_append(out, *(const gboolean *)base ? "true" : "false");
			break;
		}
		g_string_append_c(out, '\n');
	}
}

gboolean
st_config_is_recipient(const StConfig *cfg, const char *addr)
{
	if (addr == NULL)
		return FALSE;
	while (*addr == '<' || *addr == ' ')
		addr++;
	g_autofree char *a = g_ascii_strdown(addr, -1);
	char *gt = strchr(a, '>');
	if (gt)
		*gt = '\0';
	for (char **r = cfg->recipients; r && *r; r++)
		if (!strcmp(*r, a))
			return TRUE;
	return FALSE;
}

char *
st_config_rules_dir(const StConfig *cfg)
{
	if (cfg->rules_dir && *cfg->rules_dir)
		return g_strdup(cfg->rules_dir);
	g_autofree char *exe = g_file_read_link("/proc/self/exe", NULL);
	if (exe != NULL) {
		/* build/sectriage -> ../rules (an uninstalled build tree) */
		g_autofree char *dir = g_path_get_dirname(exe);
		g_autofree char *tree = g_build_filename(dir, "..", "rules", NULL);
		g_autofree char *marker = g_build_filename(tree, "..", "include", "sectriage", NULL);
		if (g_file_test(tree, G_FILE_TEST_IS_DIR) && g_file_test(marker, G_FILE_TEST_IS_DIR)) {
			char *canon = g_canonicalize_filename(tree, NULL);
			return canon;
		}
		/* build/tests/test_x -> ../../rules */
		g_autofree char *tree2 = g_build_filename(dir, "..", "..", "rules", NULL);
		g_autofree char *marker2 = g_build_filename(tree2, "..", "include", "sectriage", NULL);
		if (g_file_test(tree2, G_FILE_TEST_IS_DIR) && g_file_test(marker2, G_FILE_TEST_IS_DIR))
			return g_canonicalize_filename(tree2, NULL);
	}
	return g_build_filename(ST_DATADIR, "sectriage", "rules", NULL);
}
