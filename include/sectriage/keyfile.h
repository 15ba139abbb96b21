/*
 * keyfile.h — GKeyFile loading that refuses what GKeyFile would silently
 * drop (#3).
 *
 * GKeyFile keeps only the last value of a key written twice in one group,
 * and merges two groups of the same name into one.  In rules/NAME.rules
 * either means a pattern lost without a word (a merge that copies a key
 * block twice, a writer who reuses a key name), so the rules loader
 * (rules.c: the milter, `sectriage-milter -n` and every `sectriage`
 * command) reads its files through st_keyfile_load_unique; so do the
 * word models (words.c).  The configuration file does not: there a
 * setting written again later overrides the earlier one, as in Postfix's
 * main.cf, and appending an override is how admins and the tests change
 * one; config.c runs st_keyfile_check_unique only to warn of it
 * (StConfig.overridden).
 */
#ifndef SECTRIAGE_KEYFILE_H
#define SECTRIAGE_KEYFILE_H

#include <glib.h>

G_BEGIN_DECLS

#define ST_KEYFILE_ERROR (st_keyfile_error_quark())

typedef enum {
	ST_KEYFILE_ERROR_PARSE,      /* GKeyFile's own error, FILE prefixed */
	ST_KEYFILE_ERROR_DUP_GROUP,  /* a group header written twice */
	ST_KEYFILE_ERROR_DUP_KEY,    /* a key written twice in one group */
} StKeyFileError;

GQuark st_keyfile_error_quark(void);

/* Load TEXT (LEN bytes, -1: NUL-terminated) into KF as
 * g_key_file_load_from_data(G_KEY_FILE_NONE) does, then refuse a group
 * header repeated in TEXT and a key repeated within one group.  TRUE on
 * success; FALSE and ERROR otherwise, its message naming FILE (any label),
 * the line, the group, the key and the line of the first occurrence:
 * "FILE:LINE: [GROUP] KEY: key repeated in its group (first at line N)". */
gboolean st_keyfile_load_unique(GKeyFile *kf, const char *text, gssize len,
				const char *file, GError **error);

/* The check alone over TEXT (LEN bytes) already loaded by GKeyFile: TRUE
 * when no group header and no key within a group is repeated; FALSE and
 * ERROR (as above) at the first repetition. */
gboolean st_keyfile_check_unique(const char *text, gsize len, const char *file,
				 GError **error);

G_END_DECLS

#endif
