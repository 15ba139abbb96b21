/*
 * jsonutil.h — small json-glib helpers shared by the modules that write or
 * read JSON (analysis, digest, export, the CLI): a member that is a string
 * or null, a time as ISO 8601 or null, and typed getters that tolerate a
 * missing object or member.  (A node as text: json-glib's json_to_string.)
 *
 * Nothing here keeps state; the getters return pointers into the object
 * they are given (valid while it lives) and never fail: a missing member, a
 * member of another type or a NULL object reads as the default.
 */
#ifndef SECTRIAGE_JSONUTIL_H
#define SECTRIAGE_JSONUTIL_H

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* ---- building (B is inside an object) ---- */

/* Member NAME: VALUE as a string, or null when VALUE is NULL. */
void st_json_add_string(JsonBuilder *b, const char *name, const char *value);
/* Member NAME: the integer V. */
void st_json_add_int(JsonBuilder *b, const char *name, gint64 v);
/* Member NAME: the boolean V. */
void st_json_add_boolean(JsonBuilder *b, const char *name, gboolean v);
/* Member NAME: an array of the strings (char *) of VALUES; [] when NULL. */
void st_json_add_strings(JsonBuilder *b, const char *name, const GPtrArray *values);
/* Member NAME: unix time T as ISO 8601 UTC ("2026-03-02T09:00:00Z"), or
 * null when T <= 0. */
void st_json_add_time(JsonBuilder *b, const char *name, gint64 t);

/* ---- reading (O may be NULL) ---- */

/* The string member NAME of O; NULL when O is NULL or NAME is missing or
 * not a string.  Points into O (not to be freed). */
const char *st_json_get_string(JsonObject *o, const char *name);
/* The object member NAME of O; NULL as above.  Borrowed from O. */
JsonObject *st_json_get_object(JsonObject *o, const char *name);
/* The array member NAME of O; NULL as above.  Borrowed from O. */
JsonArray *st_json_get_array(JsonObject *o, const char *name);
/* The boolean member NAME of O; FALSE when missing or not a boolean. */
gboolean st_json_get_boolean(JsonObject *o, const char *name);
/* Returns the number member NAME of O as an integer; DEF when missing or
 * not a scalar value. */
gint64 st_json_get_int(JsonObject *o, const char *name, gint64 def);

G_END_DECLS
#endif
