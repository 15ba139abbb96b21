/* STUB (lead): placeholder so the tree links; the owner replaces this file. */
#include <string.h>
#include "sectriage/common.h"
#include "sectriage/message.h"
const char *st_role_name(StRole r) { static const char *n[] = {"other","poc","log","screenshot"}; return n[r]; }
void st_attachment_free(StAttachment *a) { g_free(a); }
void st_message_free(StMessage *m) { if (!m) return; g_ptr_array_unref(m->headers); g_ptr_array_unref(m->attachments); g_ptr_array_unref(m->flags); g_ptr_array_unref(m->references); g_free(m->subject); g_free(m->from); g_free(m->body_text); g_free(m->content_type); g_free(m); }
StMessage *st_message_parse_data(const char *data, gsize len, const StConfig *cfg) {
	StMessage *m = g_new0(StMessage, 1);
	m->headers = g_ptr_array_new(); m->attachments = g_ptr_array_new(); m->flags = g_ptr_array_new_with_free_func(g_free); m->references = g_ptr_array_new();
	m->subject = g_strdup(""); m->from = g_strdup(""); m->content_type = g_strdup("text/plain");
	m->body_text = g_utf8_make_valid(data, len); m->raw_size = len; st_sha256_hex(data, len, m->raw_sha256);
	return m; }
StMessage *st_message_parse_file(const char *path, const StConfig *cfg, GError **error) {
	char *d; gsize l; if (!g_file_get_contents(path, &d, &l, error)) return NULL;
	StMessage *m = st_message_parse_data(d, l, cfg); g_free(d); return m; }
const char *st_message_header(const StMessage *msg, const char *name) { return NULL; }
GPtrArray *st_message_headers(const StMessage *msg, const char *name) { return g_ptr_array_new(); }
