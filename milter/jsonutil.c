/*
 * jsonutil.c — json-glib helpers shared by analysis, digest, export and the
 * CLI (see jsonutil.h).
 */
#include "sectriage/jsonutil.h"

void
st_json_add_string(JsonBuilder *b, const char *name, const char *value)
{
	json_builder_set_member_name(b, name);
	if (value)
		json_builder_add_string_value(b, value);
	else
		json_builder_add_null_value(b);
}

void
st_json_add_int(JsonBuilder *b, const char *name, gint64 v)
{
	json_builder_set_member_name(b, name);
	json_builder_add_int_value(b, v);
}

void
st_json_add_boolean(JsonBuilder *b, const char *name, gboolean v)
{
	json_builder_set_member_name(b, name);
	json_builder_add_boolean_value(b, v);
}

void
st_json_add_strings(JsonBuilder *b, const char *name, const GPtrArray *values)
{
	json_builder_set_member_name(b, name);
	json_builder_begin_array(b);
	for (guint i = 0; values && i < values->len; i++)
		json_builder_add_string_value(b, g_ptr_array_index(values, i));
	json_builder_end_array(b);
}

void
st_json_add_time(JsonBuilder *b, const char *name, gint64 t)
{
	json_builder_set_member_name(b, name);
	if (t <= 0) {
		json_builder_add_null_value(b);
		return;
	}
	g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc(t);
	g_autofree char *s = dt ? g_date_time_format_iso8601(dt) : NULL;
	if (s)
		json_builder_add_string_value(b, s);
	else
		json_builder_add_null_value(b);
}

/* Member NAME of O, or NULL. */
static JsonNode *
member(JsonObject *o, const char *name)
{
	if (o == NULL || !json_object_has_member(o, name))
		return NULL;
	return json_object_get_member(o, name);
}

const char *
st_json_get_string(JsonObject *o, const char *name)
{
	JsonNode *n = member(o, name);
	if (n == NULL || !JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_STRING)
		return NULL;
	return json_node_get_string(n);
}

JsonObject *
st_json_get_object(JsonObject *o, const char *name)
{
	JsonNode *n = member(o, name);
	return n && JSON_NODE_HOLDS_OBJECT(n) ? json_node_get_object(n) : NULL;
}

JsonArray *
st_json_get_array(JsonObject *o, const char *name)
{
	JsonNode *n = member(o, name);
	return n && JSON_NODE_HOLDS_ARRAY(n) ? json_node_get_array(n) : NULL;
}

gboolean
st_json_get_boolean(JsonObject *o, const char *name)
{
	JsonNode *n = member(o, name);
	if (n == NULL || !JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_BOOLEAN)
		return FALSE;
	return json_node_get_boolean(n);
}

gint64
st_json_get_int(JsonObject *o, const char *name, gint64 def)
{
	JsonNode *n = member(o, name);
	if (n == NULL || !JSON_NODE_HOLDS_VALUE(n))
		return def;
	return json_node_get_int(n);
}
