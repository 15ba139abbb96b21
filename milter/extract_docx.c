/*
 * extract_docx.c — the text a Word (.docx) attachment shows (extract_int.h).
 *
 * A report sent as a .docx with "report attached" in the body has its
 * description, steps, version and host only in the document.  A .docx is a
 * zip (libarchive reads it) whose word/document.xml holds the text in
 * w:t runs of w:p paragraphs (GMarkup reads it): each paragraph becomes a
 * line, a w:tab a tab and a w:br or w:cr a line break.  A heading (a
 * Heading or Title paragraph style, or a paragraph whose text is all bold)
 * stands apart with a blank line on either side, as it would in a plain
 * text or Markdown report, so that the lines under it read as its block.  Headers, footers,
 * comments, styles and images are not read.  Work is bounded by
 * [extract.docx] in rules/extract.rules: the zip entries looked at, the
 * bytes the document part may inflate to (a deflate bomb stops there) and
 * the text kept.
 */
#include <string.h>

#include <archive.h>
#include <archive_entry.h>

#include "sectriage/common.h"
#include "extract_int.h"

#define DOCX_PART "word/document.xml"

typedef struct {
	GString *out;
	gsize max;
	gboolean in_text;
	gsize para_start;     /* where the current paragraph's text begins */
	gboolean styled;      /* its style is a heading or a title */
	gboolean all_bold;    /* every run with text so far is bold */
	gboolean run_bold;    /* the current run is bold */
	gboolean run_text;    /* the current run has text */
} Sink;

/* NAME without its namespace prefix ("w:t" -> "t"). */
static const char *
local_name(const char *name)
{
	const char *colon = strrchr(name, ':');
	return colon ? colon + 1 : name;
}

/* The w:val attribute among NAMES/VALUES, or "". */
static const char *
val_of(const char **names, const char **values)
{
	for (guint i = 0; names[i]; i++)
		if (strcmp(local_name(names[i]), "val") == 0)
			return values[i];
	return "";
}

/* Is the w:b (or w:val-less toggle) element with these attributes on?
 * Without a w:val it is. */
static gboolean
toggle_on(const char **names, const char **values)
{
	const char *v = val_of(names, values);
	return !(strcmp(v, "0") == 0 || g_ascii_strcasecmp(v, "false") == 0 ||
		 g_ascii_strcasecmp(v, "off") == 0);
}

static void
put(Sink *s, const char *text, gsize len)
{
	if (s->out->len >= s->max)
		return;
	gsize room = s->max - s->out->len;
	if (len > room) {
		const char *cut = g_utf8_find_prev_char(text, text + room + 1);
		len = cut ? (gsize)(cut - text) : 0;
	}
	g_string_append_len(s->out, text, len);
}

static void
newline(Sink *s)
{
	if (s->out->len > 0 && s->out->str[s->out->len - 1] != '\n')
		put(s, "\n", 1);
}

static void
on_start(GMarkupParseContext *ctx, const char *name, const char **attr_names,
	 const char **attr_values, gpointer data, GError **error)
{
	(void)ctx; (void)attr_names; (void)attr_values; (void)error;
	Sink *s = data;
	const char *n = local_name(name);

	if (strcmp(n, "t") == 0) {
		s->in_text = TRUE;
	} else if (strcmp(n, "p") == 0) {
		newline(s);
		s->para_start = s->out->len;
		s->styled = FALSE;
		s->all_bold = TRUE;
	} else if (strcmp(n, "r") == 0) {
		s->run_bold = FALSE;
		s->run_text = FALSE;
	} else if (strcmp(n, "b") == 0) {
		s->run_bold = toggle_on(attr_names, attr_values);
	} else if (strcmp(n, "pStyle") == 0) {
		const char *v = val_of(attr_names, attr_values);
		s->styled = g_ascii_strncasecmp(v, "Heading", 7) == 0 ||
			    g_ascii_strncasecmp(v, "Title", 5) == 0;
	} else if (strcmp(n, "tab") == 0)
		put(s, "\t", 1);
	else if (strcmp(n, "br") == 0 || strcmp(n, "cr") == 0)
		put(s, "\n", 1);
}

static void
on_end(GMarkupParseContext *ctx, const char *name, gpointer data, GError **error)
{
	(void)ctx; (void)error;
	Sink *s = data;
	const char *n = local_name(name);

	if (strcmp(n, "t") == 0) {
		s->in_text = FALSE;
	} else if (strcmp(n, "r") == 0) {
		if (s->run_text && !s->run_bold)
			s->all_bold = FALSE;
	} else if (strcmp(n, "p") == 0) {
		gboolean text = s->out->len > s->para_start;
		if (text && (s->styled || s->all_bold) && s->para_start <= s->out->len &&
		    s->out->len + 3 < s->max) {
			/* a blank line before the heading (unless at the top or
			 * after one) and after it */
			if (s->para_start > 1 && s->out->str[s->para_start - 2] != '\n')
				g_string_insert_c(s->out, (gssize)s->para_start, '\n');
			put(s, "\n\n", 2);
		} else {
			newline(s);
		}
	}
}

static void
on_text(GMarkupParseContext *ctx, const char *text, gsize len, gpointer data, GError **error)
{
	(void)ctx; (void)error;
	Sink *s = data;
	if (s->in_text) {
		put(s, text, len);
		if (len > 0)
			s->run_text = TRUE;
	}
}

/* The bytes of word/document.xml in the zip DATA (LEN bytes), at most MAX
 * of them, looking at no more than MAX_ENTRIES entries; NULL when DATA is
 * no zip or has no such part.  g_byte_array_unref(). */
static GByteArray *
document_part(const void *data, gsize len, gint64 max_entries, gsize max)
{
	struct archive *ar = archive_read_new();
	GByteArray *out = NULL;

	archive_read_support_format_zip(ar);
	if (archive_read_open_memory(ar, data, len) != ARCHIVE_OK) {
		archive_read_free(ar);
		return NULL;
	}
	struct archive_entry *entry;
	for (gint64 n = 0; n < max_entries && archive_read_next_header(ar, &entry) == ARCHIVE_OK; n++) {
		const char *path = archive_entry_pathname(entry);
		if (path == NULL || strcmp(path, DOCX_PART) != 0)
			continue;
		out = g_byte_array_new();
		char buf[16384];
		la_ssize_t got;
		while (out->len < max && (got = archive_read_data(ar, buf, sizeof buf)) > 0)
			g_byte_array_append(out, (const guint8 *)buf, (guint)MIN((gsize)got, max - out->len));
		break;
	}
	archive_read_free(ar);
	return out;
}

char *
st_x_docx_text(const StRules *rules, GBytes *docx)
{
	gsize len = 0;
	const guint8 *data = docx ? g_bytes_get_data(docx, &len) : NULL;

	if (data == NULL || len < 4 || memcmp(data, "PK\x03\x04", 4) != 0)
		return NULL;
	gint64 max_entries = st_rules_get_int(rules, "extract.docx", "max_entries", 64);
	gint64 max_xml = st_rules_get_int(rules, "extract.docx", "max_xml_bytes", 4 << 20);
	gint64 max_text = st_rules_get_int(rules, "extract.docx", "max_text_bytes", 65536);
	g_autoptr(GByteArray) xml = document_part(data, len, max_entries, (gsize)MAX(max_xml, 0));
	if (xml == NULL || xml->len == 0)
		return NULL;

	/* GMarkup wants UTF-8; a part cut short at the bound may end mid-character */
	g_autofree char *valid = g_utf8_make_valid((const char *)xml->data, xml->len);
	static const GMarkupParser parser = { on_start, on_end, on_text, NULL, NULL };
	Sink s = { .out = g_string_new(NULL), .max = (gsize)MAX(max_text, 0) };
	GMarkupParseContext *ctx = g_markup_parse_context_new(&parser, 0, &s, NULL);
	/* a document cut short or malformed part-way keeps the text before it */
	if (g_markup_parse_context_parse(ctx, valid, -1, NULL))
		g_markup_parse_context_end_parse(ctx, NULL);
	g_markup_parse_context_free(ctx);

	if (s.out->len == 0) {
		g_string_free(s.out, TRUE);
		return NULL;
	}
	return g_string_free(s.out, FALSE);
}
