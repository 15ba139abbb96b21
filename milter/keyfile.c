/*
 * keyfile.c — GKeyFile loading that refuses repeated groups and keys (#3).
 * See keyfile.h.
 *
 * The check reads the text a second time line by line, as GKeyFile's
 * parser splits it (g_key_file_parse_data and _parse_line): lines end at
 * '\n' with a '\r' before it dropped, leading ASCII white space is
 * skipped, '#' or nothing begins a comment, '[' a group header whose name
 * ends at the line's last ']', anything else is KEY = VALUE with the white
 * space before '=' not part of KEY.  It runs after GKeyFile has accepted
 * the text, so every line is one of those.
 */
#include <string.h>

#include "sectriage/keyfile.h"

G_DEFINE_QUARK(st-keyfile-error-quark, st_keyfile_error)

typedef struct {
	const char *file;
	GHashTable *groups;   /* name -> its header's line (GUINT_TO_POINTER) */
	GHashTable *keys;     /* of the current group: key -> its line */
	const char *group;    /* the current group's name (a key of GROUPS) */
} Seen;

/* Record the name [P, P+N) as seen at LINE in TABLE and return the copy
 * TABLE keeps; NULL with *FIRST set to the earlier line when it was seen
 * before. */
static const char *
seen_first(GHashTable *table, const char *p, gsize n, guint line, guint *first)
{
	char *name = g_strndup(p, n);
	gpointer old = g_hash_table_lookup(table, name);

	if (old != NULL) {
		*first = GPOINTER_TO_UINT(old);
		g_free(name);
		return NULL;
	}
	g_hash_table_insert(table, name, GUINT_TO_POINTER(line));
	return name;
}

/* A group header from P ('[') to END, at LINE.  FALSE and ERROR when the
 * group was opened before. */
static gboolean
check_group(Seen *s, const char *p, const char *end, guint line, GError **error)
{
	const char *close = end - 1;
	guint first = 0;

	while (close > p && *close != ']')
		close--;
	if (close == p)
		return TRUE;  /* not a header GKeyFile took: cannot happen */
	g_hash_table_remove_all(s->keys);
	s->group = seen_first(s->groups, p + 1, close - p - 1, line, &first);
	if (s->group == NULL) {
		g_set_error(error, ST_KEYFILE_ERROR, ST_KEYFILE_ERROR_DUP_GROUP,
			    "%s:%u: [%.*s]: group header repeated (first at line %u);"
			    " GKeyFile would merge the two groups",
			    s->file, line, (int)(close - p - 1), p + 1, first);
		return FALSE;
	}
	return TRUE;
}

/* One line [P, END) (no '\n'), number LINE.  FALSE and ERROR on a repeat. */
static gboolean
check_line(Seen *s, const char *p, const char *end, guint line, GError **error)
{
	const char *nul = memchr(p, '\0', end - p);
	guint first = 0;

	if (nul != NULL)
		end = nul;  /* GKeyFile reads a line as a C string */
	else if (end > p && end[-1] == '\r')
		end--;
	while (p < end && g_ascii_isspace(*p))
		p++;
	if (p == end || *p == '#')
		return TRUE;
	if (*p == '[')
		return check_group(s, p, end, line, error);
	const char *eq = memchr(p, '=', end - p);
	if (eq == NULL)
		return TRUE;  /* not a pair GKeyFile took: cannot happen */
	const char *kend = eq;
	while (kend > p && g_ascii_isspace(kend[-1]))
		kend--;
	if (seen_first(s->keys, p, kend - p, line, &first) == NULL) {
		g_set_error(error, ST_KEYFILE_ERROR, ST_KEYFILE_ERROR_DUP_KEY,
			    "%s:%u: [%s] %.*s: key repeated in its group (first at line %u);"
			    " GKeyFile would keep only the last value",
			    s->file, line, s->group ? s->group : "", (int)(kend - p), p, first);
		return FALSE;
	}
	return TRUE;
}

gboolean
st_keyfile_check_unique(const char *text, gsize len, const char *file, GError **error)
{
	Seen s = {
		.file = file,
		.groups = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL),
		.keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL),
	};
	const char *p = text, *end = text + len;
	gboolean ok = TRUE;

	for (guint line = 1; ok && p < end; line++) {
		const char *nl = memchr(p, '\n', end - p);
		const char *eol = nl ? nl : end;
		ok = check_line(&s, p, eol, line, error);
		p = eol + 1;
	}
	g_hash_table_unref(s.keys);
	g_hash_table_unref(s.groups);
	return ok;
}

gboolean
st_keyfile_load_unique(GKeyFile *kf, const char *text, gssize len, const char *file,
		       GError **error)
{
	GError *e = NULL;

	if (len < 0)
		len = (gssize)strlen(text);
	if (!g_key_file_load_from_data(kf, text, (gsize)len, G_KEY_FILE_NONE, &e)) {
		g_set_error(error, ST_KEYFILE_ERROR, ST_KEYFILE_ERROR_PARSE, "%s: %s", file,
			    e->message);
		g_error_free(e);
		return FALSE;
	}
	return st_keyfile_check_unique(text, (gsize)len, file, error);
}
