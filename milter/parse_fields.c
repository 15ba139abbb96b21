/*
 * parse_fields.c — the top-level header fields of a message (see
 * parse_int.h).
 *
 * Functions: st_p_set_fields(), st_p_raw_header(), st_p_decode_field(),
 * st_p_mime_type().
 *
 * Header fields are decoded by hdecode.c, not by GMime (3.2.13's RFC 2047
 * decoder loses the text after a padded B word); every decoded field is
 * made one printable line.  The raw headers are kept in file order within
 * max_header_bytes.
 */
#include <string.h>

#include "sectriage/hdecode.h"
#include "parse_int.h"

#define MAX_REFS 100     /* references kept: the first and the latest */

/* S itself when valid UTF-8, else a copy with invalid bytes as U+FFFD (S
 * freed): raw 8-bit header bytes stay, but every consumer may run a UTF-8
 * regex over them.  g_free(). */
static char *
valid_utf8(char *s)
{
	if (g_utf8_validate(s, -1, NULL))
		return s;
	char *v = g_utf8_make_valid(s, -1);
	g_free(s);
	return v;
}

/* A Message-ID from GMime made one printable line (8-bit garbage, spaces). */
static char *
safe_id(const char *id)
{
	return st_header_safe(id, ST_P_MAX_SUBJECT);
}

/* A decoded header field made one printable line, at most MAX bytes. */
char *
st_p_decode_field(const char *raw, gsize max)
{
	g_autofree char *decoded = st_hdecode_header(raw, max * 4);
	char *safe = st_header_safe(decoded, max);

	return g_strstrip(safe);
}

const char *
st_p_raw_header(GMimeObject *obj, const char *name)
{
	GMimeHeaderList *list = g_mime_object_get_header_list(obj);
	GMimeHeader *h = list ? g_mime_header_list_get_header(list, name) : NULL;

	return h ? g_mime_header_get_raw_value(h) : NULL;
}

/* "type/subtype" of OBJ in lower case.  g_free(). */
char *
st_p_mime_type(GMimeObject *obj)
{
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	const char *t = ct ? g_mime_content_type_get_media_type(ct) : NULL;
	const char *s = ct ? g_mime_content_type_get_media_subtype(ct) : NULL;
	g_autofree char *mt = g_strdup_printf("%s/%s", t && *t ? t : "text", s && *s ? s : "plain");
	g_autofree char *safe = st_header_safe(mt, 255);

	return g_ascii_strdown(safe, -1);
}

static gint
by_offset(gconstpointer a, gconstpointer b)
{
	gint64 x = g_mime_header_get_offset(*(GMimeHeader **) a);
	gint64 y = g_mime_header_get_offset(*(GMimeHeader **) b);

	return x < y ? -1 : x > y;
}

static void
add_headers(GPtrArray *all, GMimeObject *obj)
{
	GMimeHeaderList *list = obj ? g_mime_object_get_header_list(obj) : NULL;
	int n = list ? g_mime_header_list_get_count(list) : 0;

	for (int i = 0; i < n; i++)
		g_ptr_array_add(all, g_mime_header_list_get_header_at(list, i));
}

/* Keep the top-level headers (GMime splits them between the message and its
 * top part: merged back in file order) while they fit in max_header_bytes;
 * a header that does not fit is skipped (later small ones are still kept). */
static void
collect_headers(StPWalk *w, GMimeMessage *m)
{
	g_autoptr(GPtrArray) all = g_ptr_array_new();
	gint64 used = 0;

	add_headers(all, GMIME_OBJECT(m));
	add_headers(all, g_mime_message_get_mime_part(m));
	g_ptr_array_sort(all, by_offset);
	for (guint i = 0; i < all->len; i++) {
		GMimeHeader *h = g_ptr_array_index(all, i);
		const char *name = g_mime_header_get_name(h);
		const char *raw = g_mime_header_get_raw_value(h);
		if (name == NULL)
			continue;
		gint64 len = strlen(name) + (raw ? strlen(raw) : 0);
		if (used + len > w->lim->max_header_bytes) {
			st_flag_add(w->msg->flags, "header-limit");
			continue;
		}
		used += len;
		StHeader *sh = g_new(StHeader, 1);
		sh->name = valid_utf8(g_strdup(name));
		sh->value = valid_utf8(st_hdecode_unfold(raw ? raw : ""));
		g_ptr_array_add(w->msg->headers, sh);
	}
}

/* The display name of the raw From value: what stands before the first '<'
 * outside quotes, unquoted and decoded.  NULL when there is none. */
static char *
raw_display_name(const char *raw)
{
	g_autoptr(GString) s = g_string_new(NULL);
	gboolean quoted = FALSE;

	for (const char *p = raw; *p; p++) {
		if (*p == '\\' && quoted && p[1]) {
			g_string_append_c(s, *++p);
		} else if (*p == '"') {
			quoted = !quoted;
		} else if (*p == '<' && !quoted) {
			g_autofree char *name = st_p_decode_field(s->str, ST_P_MAX_SUBJECT);
			return *name ? g_steal_pointer(&name) : NULL;
		} else {
			g_string_append_c(s, *p);
		}
	}
	return NULL;
}

static void
set_from(StMessage *msg, GMimeMessage *m)
{
	const char *raw = st_p_raw_header(GMIME_OBJECT(m), "From");
	InternetAddressList *list = g_mime_message_get_from(m);
	InternetAddress *ia = NULL;

	if (raw == NULL)
		return;
	for (int i = 0; list && i < internet_address_list_length(list) && ia == NULL; i++) {
		InternetAddress *a = internet_address_list_get_address(list, i);
		if (INTERNET_ADDRESS_IS_MAILBOX(a)) {
			ia = a;
		} else if (INTERNET_ADDRESS_IS_GROUP(a)) {
			InternetAddressList *members = internet_address_group_get_members(
				INTERNET_ADDRESS_GROUP(a));
			if (members && internet_address_list_length(members) > 0)
				ia = internet_address_list_get_address(members, 0);
		}
	}
	if (ia == NULL || !INTERNET_ADDRESS_IS_MAILBOX(ia)) {
		g_free(msg->from);
		msg->from = st_p_decode_field(raw, ST_P_MAX_SUBJECT);
		return;
	}
	const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
	if (addr && *addr) {
		g_autofree char *safe = st_header_safe(addr, ST_P_MAX_SUBJECT);
		msg->from_addr = g_ascii_strdown(g_strstrip(safe), -1);
	}
	msg->from_name = raw_display_name(raw);
	if (msg->from_name == NULL && internet_address_get_name(ia) &&
	    *internet_address_get_name(ia))
		msg->from_name = st_p_decode_field(internet_address_get_name(ia), ST_P_MAX_SUBJECT);
	g_free(msg->from);
	if (msg->from_name && msg->from_addr)
		msg->from = g_strdup_printf("%s <%s>", msg->from_name, msg->from_addr);
	else
		msg->from = g_strdup(msg->from_addr ? msg->from_addr : "");
}

static void
set_references(StMessage *msg, GMimeMessage *m)
{
	const char *raw = st_p_raw_header(GMIME_OBJECT(m), "In-Reply-To");

	if (raw) {
		GMimeReferences *refs = g_mime_references_parse(NULL, raw);
		if (refs && g_mime_references_length(refs) > 0)
			msg->in_reply_to = safe_id(g_mime_references_get_message_id(refs, 0));
		if (refs)
			g_mime_references_free(refs);
	}
	raw = st_p_raw_header(GMIME_OBJECT(m), "References");
	if (raw) {
		GMimeReferences *refs = g_mime_references_parse(NULL, raw);
		int n = refs ? g_mime_references_length(refs) : 0;
		for (int i = 0; i < n; i++) {
			if (i > 0 && i < n - (MAX_REFS - 1))
				continue;   /* keep the root and the latest */
			g_ptr_array_add(msg->references,
					safe_id(g_mime_references_get_message_id(refs, i)));
		}
		if (refs)
			g_mime_references_free(refs);
	}
}

void
st_p_set_fields(StPWalk *w, GMimeMessage *m)
{
	StMessage *msg = w->msg;
	GMimeObject *top = g_mime_message_get_mime_part(m);
	const char *raw;

	collect_headers(w, m);
	if ((raw = st_p_raw_header(GMIME_OBJECT(m), "Subject")) != NULL) {
		g_free(msg->subject);
		msg->subject = st_p_decode_field(raw, ST_P_MAX_SUBJECT);
	}
	set_from(msg, m);
	const char *mid = g_mime_message_get_message_id(m);
	if (mid && *mid)
		msg->message_id = safe_id(mid);
	set_references(msg, m);
	if ((raw = st_p_raw_header(GMIME_OBJECT(m), "Date")) != NULL) {
		g_autofree char *d = st_hdecode_unfold(raw);
		msg->date = st_printable(d, -1, 256);
	}
	msg->content_type = top ? st_p_mime_type(top) : g_strdup("text/plain");
}
