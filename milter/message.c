/*
 * message.c — the StMessage object (see message.h): created empty for the
 * parser, looked up, freed.
 *
 * Functions: st_message_header(), st_message_headers(), st_message_free(),
 * st_attachment_free(), st_role_name(), st_p_message_new().
 */
#include "parse_int.h"

const char *
st_role_name(StRole role)
{
	switch (role) {
	case ST_ROLE_POC: return "poc";
	case ST_ROLE_LOG: return "log";
	case ST_ROLE_SCREENSHOT: return "screenshot";
	default: return "other";
	}
}

static void
header_free(gpointer p)
{
	StHeader *h = p;

	g_free(h->name);
	g_free(h->value);
	g_free(h);
}

StMessage *
st_p_message_new(void)
{
	StMessage *msg = g_new0(StMessage, 1);

	msg->headers = g_ptr_array_new_with_free_func(header_free);
	msg->references = g_ptr_array_new_with_free_func(g_free);
	msg->attachments = g_ptr_array_new_with_free_func((GDestroyNotify) st_attachment_free);
	msg->flags = g_ptr_array_new_with_free_func(g_free);
	msg->subject = g_strdup("");
	msg->from = g_strdup("");
	return msg;
}

const char *
st_message_header(const StMessage *msg, const char *name)
{
	for (guint i = 0; msg && i < msg->headers->len; i++) {
		const StHeader *h = g_ptr_array_index(msg->headers, i);
		if (g_ascii_strcasecmp(h->name, name) == 0)
			return h->value;
	}
	return NULL;
}

GPtrArray *
st_message_headers(const StMessage *msg, const char *name)
{
	GPtrArray *values = g_ptr_array_new();

	for (guint i = 0; msg && i < msg->headers->len; i++) {
		const StHeader *h = g_ptr_array_index(msg->headers, i);
		if (g_ascii_strcasecmp(h->name, name) == 0)
			g_ptr_array_add(values, h->value);
	}
	return values;
}

void
st_attachment_free(StAttachment *att)
{
	if (att == NULL)
		return;
	g_free(att->filename);
	g_free(att->content_type);
	if (att->content)
		g_bytes_unref(att->content);
	g_free(att->text);
	if (att->members)
		g_ptr_array_unref(att->members);
	if (att->flags)
		g_ptr_array_unref(att->flags);
	g_free(att->role_evidence);
	g_free(att);
}

void
st_message_free(StMessage *msg)
{
	if (msg == NULL)
		return;
	g_ptr_array_unref(msg->headers);
	g_free(msg->subject);
	g_free(msg->from);
	g_free(msg->from_addr);
	g_free(msg->from_name);
	g_free(msg->message_id);
	g_free(msg->in_reply_to);
	g_ptr_array_unref(msg->references);
	g_free(msg->date);
	g_free(msg->content_type);
	g_free(msg->report_type);
	g_free(msg->body_text);
	g_free(msg->html_alt);
	g_ptr_array_unref(msg->attachments);
	g_ptr_array_unref(msg->flags);
	g_free(msg->sig_status);
	g_free(msg->sig_key_id);
	g_free(msg->sig_signer);
	g_free(msg->protected_subject);
	if (msg->plaintext_parts)
		g_ptr_array_unref(msg->plaintext_parts);
	g_free(msg);
}
