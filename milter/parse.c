/*
 * parse.c — a mail message as the analysis sees it (see message.h): the
 * entry points.
 *
 * Functions: st_message_parse_file(), st_message_parse_data().
 *
 * The path: one pass over the raw bytes (size, SHA-256, NUL bytes), then
 * GMime parses the same stream with persist-stream on, so part contents stay
 * in the file and are decoded chunk by chunk (64 KiB) into a checksum and a
 * bounded buffer; a 50 MiB attachment never sits in the heap.  The top-level
 * fields are read by parse_fields.c, the parts walked by parse_walk.c and
 * each leaf part decoded by parse_leaf.c (see parse_int.h); every limit hit
 * becomes a flag, never an error.  A message GMime cannot parse at all
 * becomes its own bytes (bounded) as body text.
 */
#include <string.h>
#include <fcntl.h>

#include "sectriage/hdecode.h"
#include "sectriage/sha256.h"
#include "parse_int.h"

/* Used when no config is given (tests, tools). */
static const StLimits default_limits = {
	.max_message_size = 64 << 20,
	.max_header_bytes = 256 << 10,
	.max_depth = 32,
	.max_parts = 1000,
	.max_attachment_bytes = 10 << 20,
	.max_text_bytes = 1 << 20,
	.max_archive_members = 1000,
	.max_archive_bytes = 64 << 20,
	.analysis_timeout_ms = 10000,
};

static const char *const warning_names[] = {
	[GMIME_WARN_DUPLICATED_HEADER] = "gmime:duplicated-header",
	[GMIME_WARN_DUPLICATED_PARAMETER] = "gmime:duplicated-parameter",
	[GMIME_WARN_UNENCODED_8BIT_HEADER] = "gmime:unencoded-8bit-header",
	[GMIME_WARN_INVALID_CONTENT_TYPE] = "gmime:invalid-content-type",
	[GMIME_WARN_INVALID_RFC2047_HEADER_VALUE] = "gmime:invalid-rfc2047-header-value",
	[GMIME_WARN_MALFORMED_MULTIPART] = "gmime:malformed-multipart",
	[GMIME_WARN_TRUNCATED_MESSAGE] = "gmime:truncated-message",
	[GMIME_WARN_MALFORMED_MESSAGE] = "gmime:malformed-message",
	[GMIME_CRIT_INVALID_HEADER_NAME] = "gmime:invalid-header-name",
	[GMIME_CRIT_CONFLICTING_HEADER] = "gmime:conflicting-header",
	[GMIME_CRIT_CONFLICTING_PARAMETER] = "gmime:conflicting-parameter",
	[GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY] = "gmime:multipart-without-boundary",
	[GMIME_WARN_INVALID_PARAMETER] = "gmime:invalid-parameter",
	[GMIME_WARN_INVALID_ADDRESS_LIST] = "gmime:invalid-address-list",
	[GMIME_CRIT_NESTING_OVERFLOW] = "gmime:nesting-overflow",
	[GMIME_WARN_PART_WITHOUT_CONTENT] = "gmime:part-without-content",
	[GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT] = "gmime:part-without-headers-or-content",
};

static void
on_warning(gint64 offset, GMimeParserWarning code, const char *item, gpointer data)
{
	GPtrArray *flags = data;

	if ((gsize) code < G_N_ELEMENTS(warning_names) && warning_names[code])
		st_flag_add(flags, warning_names[code]);
	else
		st_flag_add(flags, "gmime:warning");
}

/* One pass over STREAM, at most MAX bytes: size, SHA-256, NUL bytes; then
 * rewind.  More than MAX bytes (a huge file, /dev/zero given to the CLI):
 * only MAX are analysed, flag "truncated".  FALSE on a read error. */
static gboolean
scan_raw(GMimeStream *stream, StMessage *msg, gint64 max)
{
	StSha256 sum;
	g_autofree char *buf = g_malloc(ST_P_CHUNK);
	gboolean nul = FALSE;
	gssize n;

	st_sha256_init(&sum);
	while ((n = g_mime_stream_read(stream, buf, MIN(ST_P_CHUNK, max - msg->raw_size + 1))) > 0) {
		if (msg->raw_size + n > max) {
			n = max - msg->raw_size;
			st_flag_add(msg->flags, "truncated");
		}
		st_sha256_update(&sum, buf, n);
		msg->raw_size += n;
		if (!nul && memchr(buf, '\0', n))
			nul = TRUE;
		if (msg->raw_size >= max)
			break;
	}
	if (n > 0 && g_mime_stream_read(stream, buf, 1) > 0)
		st_flag_add(msg->flags, "truncated");
	if (n < 0 || g_mime_stream_reset(stream) < 0)
		return FALSE;
	st_sha256_finish_hex(&sum, msg->raw_sha256);
	if (nul)
		st_flag_add(msg->flags, "nul-bytes");
	return TRUE;
}

/* GMime could not make a message: the raw bytes (bounded) are the body. */
static void
unparseable(StPWalk *w, GMimeStream *stream)
{
	gsize max = w->lim->max_text_bytes;
	g_autofree char *buf = g_malloc(max + 1);
	gssize n, got = 0;

	st_flag_add(w->msg->flags, "unparseable");
	g_mime_stream_reset(stream);
	while ((gsize) got < max && (n = g_mime_stream_read(stream, buf + got, max - got)) > 0)
		got += n;
	g_autoptr(GString) utf8 = g_string_sized_new(got + 16);
	if (!st_hdecode_to_utf8(utf8, buf, got, NULL))
		st_flag_add(w->msg->flags, "bad-charset");
	st_p_body_append(w, utf8->str, utf8->len);
	if (w->msg->raw_size > got)
		st_flag_add(w->msg->flags, "text-limit");
	w->msg->content_type = g_strdup("text/plain");
}

/* Parse STREAM (rewound, read from the start).  NULL on a read error. */
static StMessage *
parse_stream(GMimeStream *stream, const StConfig *cfg, GError **error)
{
	StPWalk w = { 0 };

	st_init();
	w.cfg = cfg;
	w.lim = cfg ? &cfg->limits : &default_limits;
	w.msg = st_p_message_new();
	w.body = g_string_new(NULL);
	w.scratch = g_malloc(2 * ST_P_CHUNK);
	if (w.lim->analysis_timeout_ms > 0)
		w.deadline = g_get_monotonic_time() + (gint64) w.lim->analysis_timeout_ms * 1000;
	if (!scan_raw(stream, w.msg, MAX(w.lim->max_message_size, 1))) {
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_IO, "read error");
		g_string_free(w.body, TRUE);
		g_free(w.scratch);
		st_message_free(w.msg);
		return NULL;
	}
	GMimeParserOptions *opts = g_mime_parser_options_new();
	g_mime_parser_options_set_warning_callback(opts, on_warning, w.msg->flags);
	g_autoptr(GMimeStream) bounded = st_flag_has(w.msg->flags, "truncated") ?
		g_mime_stream_substream(stream, 0, w.msg->raw_size) : g_object_ref(stream);
	GMimeParser *parser = g_mime_parser_new_with_stream(bounded);
	g_mime_parser_set_persist_stream(parser, TRUE);
	GMimeMessage *m = g_mime_parser_construct_message(parser, opts);
	if (m == NULL) {
		unparseable(&w, bounded);
	} else {
		st_p_set_fields(&w, m);
		st_p_walk(&w, g_mime_message_get_mime_part(m), 1, ST_P_BODY);
		st_p_named_text_body(&w);
		if (w.html_parts > 0 && w.plain_parts == 0) {
			w.msg->body_from_html = TRUE;
			st_flag_add(w.msg->flags, "html-only");
		}
		g_object_unref(m);
	}
	g_object_unref(parser);
	g_mime_parser_options_free(opts);
	g_free(w.scratch);
	if (w.named_text)
		g_ptr_array_unref(w.named_text);
	/* bounded runs of blanks keep every pattern in rules/ linear */
	st_squeeze_blanks(w.body, ST_MAX_BLANK_RUN);
	w.msg->body_text = g_string_free(w.body, FALSE);
	return w.msg;
}

StMessage *
st_message_parse_file(const char *path, const StConfig *cfg, GError **error)
{
	g_autoptr(GMimeStream) stream = g_mime_stream_fs_open(path, O_RDONLY, 0, error);

	if (stream == NULL)
		return NULL;
	StMessage *msg = parse_stream(stream, cfg, error);
	if (msg == NULL && error && *error) {
		g_prefix_error(error, "%s: ", path);
	}
	return msg;
}

StMessage *
st_message_parse_data(const char *data, gsize len, const StConfig *cfg)
{
	/* The stream borrows DATA: no copy, nothing kept after the call.  A
	 * GByteArray holds at most 4 GiB: more is cut (and flagged). */
	gboolean cut = len > G_MAXUINT;
	GByteArray *array = g_byte_array_new_take((guint8 *) data, cut ? G_MAXUINT : len);
	GMimeStream *stream = g_mime_stream_mem_new_with_byte_array(array);

	g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
	StMessage *msg = parse_stream(stream, cfg, NULL);
	g_object_unref(stream);
	g_byte_array_free(array, FALSE);
	if (msg == NULL) {   /* a memory stream does not fail; be safe */
		msg = st_p_message_new();
		msg->body_text = g_strdup("");
		st_flag_add(msg->flags, "unparseable");
	}
	if (cut)
		st_flag_add(msg->flags, "truncated");
	return msg;
}
