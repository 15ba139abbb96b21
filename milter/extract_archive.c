/*
 * extract_archive.c — the reporter's notes inside an attached archive
 * (extract_int.h).
 *
 * A PoC is often sent as a zip or a tarball with a README beside the
 * script that says which version and which host it was tried on, and the
 * mail only says "details in the zip".  The small text members of an
 * attached archive named as notes ([extract.archive] match.*: a README, a
 * .md or .txt file) are read as the reporter's text for the version and
 * the host platform, and for logs: a README that holds the transcript of
 * the writer's run (commands and what they printed) shows logs as the
 * same text pasted in the body or attached alone would; steps without
 * their output show none (st_x_check_logs decides, as for the body); and
 * for the description, a README that is the write-up, and then for the
 * credit its writer asks for there.  The
 * PoC comes from the archive's role (extract_roles.c).  Work is bounded like the
 * other attached documents: the entries looked at, the members read, the
 * bytes each may have, the bytes decompressed in all (a bomb stops there)
 * and the text kept.
 */
#include <string.h>

#include "sectriage/archive.h"
#include "sectriage/common.h"
#include "extract_int.h"

static gboolean
wanted(const char *name, gint64 size, gpointer user)
{
	(void)size;
	return st_x_any(user, name);
}

char *
st_x_archive_text(const StRules *rules, const StAttachment *att)
{
	const StRuleGroup *g = st_x_grp(rules, "extract.archive");
	gsize len = 0;
	const void *data = att && att->content ? g_bytes_get_data(att->content, &len) : NULL;

	if (g == NULL || data == NULL || att->members == NULL || att->members->len == 0)
		return NULL;
	gint64 max_text = st_rule_get_int(g, "max_text_bytes", 65536);
	g_autoptr(GPtrArray) files = st_archive_read(
		data, len, wanted, (gpointer)g,
		(gint)st_rule_get_int(g, "max_entries", 256),
		(gint)st_rule_get_int(g, "max_members", 8),
		st_rule_get_int(g, "max_member_bytes", 65536),
		st_rule_get_int(g, "max_inflate_bytes", 4 << 20));
	g_autoptr(GString) out = g_string_new(NULL);

	for (guint i = 0; i < files->len; i++) {
		const StArchiveFile *f = g_ptr_array_index(files, i);
		gsize n;
		const char *bytes = g_bytes_get_data(f->data, &n);
		if (n == 0 || memchr(bytes, '\0', n) != NULL)
			continue;   /* binary, or UTF-16: not notes */
		g_autofree char *valid = g_utf8_make_valid(bytes, (gssize)n);
		if (out->len > 0)
			g_string_append(out, "\n\n");
		g_string_append(out, valid);
		if ((gint64)out->len >= max_text)
			break;
	}
	if ((gint64)out->len > max_text) {
		const char *cut = g_utf8_find_prev_char(out->str, out->str + max_text + 1);
		g_string_truncate(out, cut ? (gsize)(cut - out->str) : 0);
	}
	if (out->len == 0)
		return NULL;
	return g_string_free(g_steal_pointer(&out), FALSE);
}

/* Prefix the evidence of A's check C, just set from the notes of
 * attachment ATT, with the archive's name. */
static void
name_notes(StAnalysis *a, StCheck c, const StAttachment *att)
{
	g_autofree char *ev = a->check_evidence[c];
	a->check_evidence[c] = g_strdup_printf("notes in attachment %s: %s",
					       att->filename ? att->filename : att->content_type,
					       ev ? ev : "");
}

/* The notes of ATT, an attached archive, prepared as a body is
 * (st_x_prepare), or NULL (not an archive, or no notes in it). */
static char *
prepared_notes(const StRules *rules, const StAttachment *att)
{
	if (att->text != NULL || att->members == NULL)
		return NULL;
	g_autofree char *notes = st_x_archive_text(rules, att);
	return notes != NULL ? st_x_prepare(rules, notes, TRUE, NULL, NULL) : NULL;
}

/* The logs and the description items from the notes of MSG's attached
 * archives (st_x_archive_text), read as the body would be
 * (st_x_check_logs, st_x_check_description): a README that tells what
 * is wrong and what an attacker gains is the write-up under a body that
 * only says "everything is in the zip", as an attached report.md is;
 * one that only says how to run the script describes nothing.  The
 * first archive whose notes show an item sets it, its evidence naming
 * the archive.  Only the first [extract] max_attachments attachments. */
void
st_x_archive_checklist(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	guint max = (guint)st_rules_get_int(rules, "extract", "max_attachments", 32);

	for (guint i = 0; msg->attachments && i < msg->attachments->len && i < max; i++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, i);
		gboolean logs = a->check[ST_CHECK_LOGS], desc = a->check[ST_CHECK_DESCRIPTION];
		if (logs && desc)
			return;
		g_autofree char *t = prepared_notes(rules, att);
		if (t == NULL)
			continue;
		Lines dl;
		st_x_lines_init(&dl, rules, t);
		if (!logs)
			st_x_check_logs(&dl, NULL, a);
		if (!desc)
			st_x_check_description(&dl, msg, NULL, a);
		st_x_lines_clear(&dl);
		if (!logs && a->check[ST_CHECK_LOGS])
			name_notes(a, ST_CHECK_LOGS, att);
		if (!desc && a->check[ST_CHECK_DESCRIPTION])
			name_notes(a, ST_CHECK_DESCRIPTION, att);
	}
}

/* The credit asked for in the notes of MSG's attached archives: notes that
 * are the write-up (they describe the finding, st_x_check_description on
 * their own) are the reporter's report, read for a credit request or a
 * wish to stay anonymous as an attached report.md is (st_extract_credit);
 * a README that only says how to run the script, or a third party's
 * project README packed beside the PoC, is no report and asks nothing.
 * The first archive whose notes give a credit sets it.  Only the first
 * [extract] max_attachments attachments. */
void
st_x_archive_credit(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	guint max = (guint)st_rules_get_int(rules, "extract", "max_attachments", 32);

	for (guint i = 0; msg->attachments && i < msg->attachments->len && i < max && !a->credit_found; i++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, i);
		g_autofree char *t = prepared_notes(rules, att);
		if (t == NULL)
			continue;
		StAnalysis *probe = st_analysis_new();
		Lines dl;
		st_x_lines_init(&dl, rules, t);
		st_x_check_description(&dl, msg, NULL, probe);
		st_x_lines_clear(&dl);
		if (probe->check[ST_CHECK_DESCRIPTION])
			st_extract_credit(rules, t, a);
		st_analysis_free(probe);
	}
}
