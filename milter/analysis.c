/*
 * analysis.c — the StAnalysis facts: lifetime, JSON (the `analyze --json`
 * interface of DESIGN.md), reload from JSON, and merging the messages of a
 * thread into the facts of one report.
 */
#include <string.h>

#include "sectriage/analysis.h"
#include "sectriage/common.h"

const char *const st_check_names[ST_CHECK_N] = {
	"description", "poc", "version", "platform", "logs",
};

/* Fields of the message copied into `extra` by a reload, in output order. */
static const char *const message_fields[] = {
	"subject", "from", "from_addr", "message_id", "in_reply_to", "references",
	"content_type", "attachments", "signature", "raw_size", "raw_sha256",
	"protected_subject", "body_from_html",
};

void
st_set(char **field, const char *value)
{
	char *old = *field;
	*field = value ? g_strdup(value) : NULL;
	g_free(old);
}

StAnalysis *
st_analysis_new(void)
{
	StAnalysis *a = g_new0(StAnalysis, 1);
	a->missing = g_ptr_array_new_with_free_func(g_free);
	a->missing_detail = g_ptr_array_new_with_free_func(g_free);
	a->out_of_scope = g_ptr_array_new_with_free_func(g_free);
	a->out_of_scope_evidence = g_ptr_array_new_with_free_func(g_free);
	a->flags = g_ptr_array_new_with_free_func(g_free);
	a->cvss_score = -1;
	a->is_report = TRUE;
	return a;
}

void
st_analysis_free(StAnalysis *a)
{
	if (a == NULL)
		return;
	if (a->msg)
		st_message_free(a->msg);
	char **strings[] = {
		&a->envelope_from, &a->version, &a->version_kind, &a->version_evidence,
		&a->os, &a->distro, &a->kernel, &a->macos_version, &a->chip,
		&a->platform_evidence, &a->klass, &a->class_evidence, &a->component,
		&a->component_evidence, &a->suggested_severity, &a->severity_evidence,
		&a->credit_name, &a->credit_link, &a->credit_evidence, &a->cvss_vector,
		&a->cvss_version, &a->cvss_severity, &a->exploited_evidence, &a->ack_reason,
	};
	for (gsize i = 0; i < G_N_ELEMENTS(strings); i++)
		g_free(*strings[i]);
	for (int i = 0; i < ST_CHECK_N; i++)
		g_free(a->check_evidence[i]);
	g_ptr_array_unref(a->missing);
	g_ptr_array_unref(a->missing_detail);
	g_ptr_array_unref(a->out_of_scope);
	g_ptr_array_unref(a->out_of_scope_evidence);
	g_ptr_array_unref(a->flags);
	if (a->extra)
		json_object_unref(a->extra);
	g_free(a);
}

/* ---- to JSON ---- */

static void
add_str(JsonBuilder *b, const char *name, const char *value)
{
	json_builder_set_member_name(b, name);
	if (value)
		json_builder_add_string_value(b, value);
	else
		json_builder_add_null_value(b);
}

static void
add_strv(JsonBuilder *b, const char *name, const GPtrArray *v)
{
	json_builder_set_member_name(b, name);
	json_builder_begin_array(b);
	for (guint i = 0; v && i < v->len; i++)
		json_builder_add_string_value(b, g_ptr_array_index(v, i));
	json_builder_end_array(b);
}

static void
add_attachments(JsonBuilder *b, const StMessage *msg)
{
	json_builder_set_member_name(b, "attachments");
	json_builder_begin_array(b);
	for (guint i = 0; i < msg->attachments->len; i++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, i);
		json_builder_begin_object(b);
		add_str(b, "filename", att->filename);
		add_str(b, "content_type", att->content_type);
		json_builder_set_member_name(b, "size");
		json_builder_add_int_value(b, att->size);
		add_str(b, "sha256", att->sha256);
		add_str(b, "role", st_role_name(att->role));
		add_str(b, "role_evidence", att->role_evidence);
		if (att->members) {
			json_builder_set_member_name(b, "members");
			json_builder_begin_array(b);
			for (guint j = 0; j < att->members->len; j++)
				json_builder_add_string_value(b, g_ptr_array_index(att->members, j));
			json_builder_end_array(b);
		}
		if (att->flags && att->flags->len)
			add_strv(b, "flags", att->flags);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
}

static void
add_message_fields(JsonBuilder *b, const StMessage *msg)
{
	add_str(b, "subject", msg->protected_subject ? msg->protected_subject : msg->subject);
	add_str(b, "from", msg->from);
	add_str(b, "from_addr", msg->from_addr);
	add_str(b, "message_id", msg->message_id);
	add_str(b, "in_reply_to", msg->in_reply_to);
	add_strv(b, "references", msg->references);
	add_str(b, "content_type", msg->content_type);
	add_attachments(b, msg);
	json_builder_set_member_name(b, "signature");
	if (msg->sig_status) {
		json_builder_begin_object(b);
		add_str(b, "status", msg->sig_status);
		add_str(b, "key_id", msg->sig_key_id);
		add_str(b, "signer", msg->sig_signer);
		json_builder_end_object(b);
	} else {
		json_builder_add_null_value(b);
	}
	json_builder_set_member_name(b, "raw_size");
	json_builder_add_int_value(b, msg->raw_size);
	add_str(b, "raw_sha256", msg->raw_sha256);
	add_str(b, "protected_subject", msg->protected_subject);
	json_builder_set_member_name(b, "body_from_html");
	json_builder_add_boolean_value(b, msg->body_from_html);
}

static void
add_extra_fields(JsonBuilder *b, JsonObject *extra)
{
	for (gsize i = 0; i < G_N_ELEMENTS(message_fields); i++) {
		const char *f = message_fields[i];
		json_builder_set_member_name(b, f);
		if (extra && json_object_has_member(extra, f))
			json_builder_add_value(b, json_node_copy(json_object_get_member(extra, f)));
		else if (!strcmp(f, "attachments") || !strcmp(f, "references")) {
			json_builder_begin_array(b);
			json_builder_end_array(b);
		} else
			json_builder_add_null_value(b);
	}
}

static void
add_platform(JsonBuilder *b, const StAnalysis *a)
{
	json_builder_set_member_name(b, "platform");
	if (!a->os && !a->distro && !a->kernel && !a->macos_version && !a->chip) {
		json_builder_add_null_value(b);
		return;
	}
	json_builder_begin_object(b);
	add_str(b, "os", a->os);
	add_str(b, "distro", a->distro);
	add_str(b, "kernel", a->kernel);
	add_str(b, "macos_version", a->macos_version);
	add_str(b, "chip", a->chip);
	add_str(b, "evidence", a->platform_evidence);
	json_builder_end_object(b);
}

static void
add_checklist(JsonBuilder *b, const StAnalysis *a)
{
	json_builder_set_member_name(b, "checklist");
	json_builder_begin_object(b);
	for (int i = 0; i < ST_CHECK_N; i++) {
		json_builder_set_member_name(b, st_check_names[i]);
		json_builder_add_boolean_value(b, a->check[i]);
	}
	json_builder_end_object(b);
	json_builder_set_member_name(b, "checklist_na");
	json_builder_begin_array(b);
	for (int i = 0; i < ST_CHECK_N; i++)
		if (a->check_na[i])
			json_builder_add_string_value(b, st_check_names[i]);
	json_builder_end_array(b);
	json_builder_set_member_name(b, "evidence");
	json_builder_begin_object(b);
	for (int i = 0; i < ST_CHECK_N; i++)
		add_str(b, st_check_names[i], a->check_evidence[i]);
	json_builder_end_object(b);
}

static void
add_classification(JsonBuilder *b, const StAnalysis *a)
{
	add_str(b, "class", a->klass);
	add_str(b, "class_evidence", a->class_evidence);
	add_str(b, "component", a->component);
	add_str(b, "component_evidence", a->component_evidence);
	add_strv(b, "out_of_scope", a->out_of_scope);
	json_builder_set_member_name(b, "out_of_scope_evidence");
	json_builder_begin_array(b);
	for (guint i = 0; i < a->out_of_scope->len; i++) {
		json_builder_begin_object(b);
		add_str(b, "hint", g_ptr_array_index(a->out_of_scope, i));
		add_str(b, "evidence", i < a->out_of_scope_evidence->len
				       ? g_ptr_array_index(a->out_of_scope_evidence, i) : NULL);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	add_str(b, "suggested_severity", a->suggested_severity);
	add_str(b, "severity_evidence", a->severity_evidence);
}

static void
add_credit_cvss(JsonBuilder *b, const StAnalysis *a)
{
	json_builder_set_member_name(b, "credit");
	if (!a->credit_found) {
		json_builder_add_null_value(b);
	} else if (a->credit_anonymous) {
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "anonymous");
		json_builder_add_boolean_value(b, TRUE);
		add_str(b, "evidence", a->credit_evidence);
		json_builder_end_object(b);
	} else {
		json_builder_begin_object(b);
		add_str(b, "name", a->credit_name);
		add_str(b, "link", a->credit_link);
		add_str(b, "evidence", a->credit_evidence);
		json_builder_end_object(b);
	}
	json_builder_set_member_name(b, "cvss");
	if (a->cvss_vector == NULL) {
		json_builder_add_null_value(b);
	} else {
		json_builder_begin_object(b);
		add_str(b, "vector", a->cvss_vector);
		add_str(b, "version", a->cvss_version);
		json_builder_set_member_name(b, "score");
		if (a->cvss_score >= 0)
			json_builder_add_double_value(b, a->cvss_score);
		else
			json_builder_add_null_value(b);
		add_str(b, "severity", a->cvss_severity);
		json_builder_end_object(b);
	}
	json_builder_set_member_name(b, "exploited_in_wild");
	json_builder_add_boolean_value(b, a->exploited);
	add_str(b, "exploited_evidence", a->exploited_evidence);
}

JsonNode *
st_analysis_to_json(const StAnalysis *a)
{
	g_autoptr(JsonBuilder) b = json_builder_new();

	json_builder_begin_object(b);
	json_builder_set_member_name(b, "version");
	if (a->version) {
		json_builder_begin_object(b);
		add_str(b, "value", a->version);
		add_str(b, "kind", a->version_kind);
		add_str(b, "evidence", a->version_evidence);
		json_builder_end_object(b);
	} else {
		json_builder_add_null_value(b);
	}
	add_platform(b, a);
	add_checklist(b, a);
	json_builder_set_member_name(b, "score");
	json_builder_add_int_value(b, a->score);
	add_strv(b, "missing", a->missing);
	add_strv(b, "missing_detail", a->missing_detail);
	add_classification(b, a);
	add_credit_cvss(b, a);

	json_builder_set_member_name(b, "ack");
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "send");
	json_builder_add_boolean_value(b, a->ack_send);
	add_str(b, "reason", a->ack_reason);
	json_builder_end_object(b);
	json_builder_set_member_name(b, "is_report");
	json_builder_add_boolean_value(b, a->is_report);

	gboolean encrypted = a->msg ? a->msg->encrypted : st_flag_has(a->flags, "encrypted");
	gboolean decrypted = a->msg ? a->msg->decrypted : st_flag_has(a->flags, "decrypted");
	json_builder_set_member_name(b, "encrypted");
	json_builder_add_boolean_value(b, encrypted);
	json_builder_set_member_name(b, "decrypted");
	json_builder_add_boolean_value(b, decrypted);
	add_str(b, "envelope_from", a->envelope_from);
	if (a->msg)
		add_message_fields(b, a->msg);
	else
		add_extra_fields(b, a->extra);
	add_strv(b, "flags", a->flags);
	json_builder_set_member_name(b, "elapsed_us");
	json_builder_add_int_value(b, a->elapsed_us);
	json_builder_end_object(b);
	return json_builder_get_root(b);
}

char *
st_analysis_to_json_string(const StAnalysis *a, gboolean pretty)
{
	g_autoptr(JsonNode) root = st_analysis_to_json(a);
	g_autoptr(JsonGenerator) gen = json_generator_new();
	json_generator_set_pretty(gen, pretty);
	json_generator_set_root(gen, root);
	return json_generator_to_data(gen, NULL);
}

/* ---- from JSON ---- */

static const char *
get_str(JsonObject *o, const char *name)
{
	if (o == NULL || !json_object_has_member(o, name))
		return NULL;
	JsonNode *n = json_object_get_member(o, name);
	if (!JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_STRING)
		return NULL;
	return json_node_get_string(n);
}

static JsonObject *
get_obj(JsonObject *o, const char *name)
{
	if (o == NULL || !json_object_has_member(o, name))
		return NULL;
	JsonNode *n = json_object_get_member(o, name);
	return JSON_NODE_HOLDS_OBJECT(n) ? json_node_get_object(n) : NULL;
}

static gboolean
get_bool(JsonObject *o, const char *name)
{
	if (o == NULL || !json_object_has_member(o, name))
		return FALSE;
	JsonNode *n = json_object_get_member(o, name);
	if (!JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_BOOLEAN)
		return FALSE;
	return json_node_get_boolean(n);
}

static void
get_strv(JsonObject *o, const char *name, GPtrArray *into)
{
	if (o == NULL || !json_object_has_member(o, name))
		return;
	JsonNode *n = json_object_get_member(o, name);
	if (!JSON_NODE_HOLDS_ARRAY(n))
		return;
	JsonArray *arr = json_node_get_array(n);
	for (guint i = 0; i < json_array_get_length(arr); i++) {
		JsonNode *e = json_array_get_element(arr, i);
		if (JSON_NODE_HOLDS_VALUE(e) && json_node_get_value_type(e) == G_TYPE_STRING)
			g_ptr_array_add(into, g_strdup(json_node_get_string(e)));
		else if (JSON_NODE_HOLDS_OBJECT(e))
			g_ptr_array_add(into, g_strdup(get_str(json_node_get_object(e), "evidence")));
	}
}

static void
load_checklist(StAnalysis *a, JsonObject *o)
{
	JsonObject *cl = get_obj(o, "checklist");
	JsonObject *ev = get_obj(o, "evidence");
	g_autoptr(GPtrArray) na = g_ptr_array_new_with_free_func(g_free);

	get_strv(o, "checklist_na", na);
	for (int i = 0; i < ST_CHECK_N; i++) {
		a->check[i] = get_bool(cl, st_check_names[i]);
		st_set(&a->check_evidence[i], get_str(ev, st_check_names[i]));
		for (guint j = 0; j < na->len; j++)
			if (!strcmp(g_ptr_array_index(na, j), st_check_names[i]))
				a->check_na[i] = TRUE;
	}
}

static void
load_credit_cvss(StAnalysis *a, JsonObject *o)
{
	JsonObject *cr = get_obj(o, "credit");
	if (cr) {
		a->credit_found = TRUE;
		a->credit_anonymous = get_bool(cr, "anonymous");
		st_set(&a->credit_name, get_str(cr, "name"));
		st_set(&a->credit_link, get_str(cr, "link"));
		st_set(&a->credit_evidence, get_str(cr, "evidence"));
	}
	JsonObject *cv = get_obj(o, "cvss");
	if (cv) {
		st_set(&a->cvss_vector, get_str(cv, "vector"));
		st_set(&a->cvss_version, get_str(cv, "version"));
		st_set(&a->cvss_severity, get_str(cv, "severity"));
		JsonNode *s = json_object_get_member(cv, "score");
		a->cvss_score = (s && JSON_NODE_HOLDS_VALUE(s)) ? json_node_get_double(s) : -1;
	}
	a->exploited = get_bool(o, "exploited_in_wild");
	st_set(&a->exploited_evidence, get_str(o, "exploited_evidence"));
}

StAnalysis *
st_analysis_from_json(JsonNode *node)
{
	if (node == NULL || !JSON_NODE_HOLDS_OBJECT(node))
		return NULL;
	JsonObject *o = json_node_get_object(node);
	StAnalysis *a = st_analysis_new();

	JsonObject *v = get_obj(o, "version");
	st_set(&a->version, get_str(v, "value"));
	st_set(&a->version_kind, get_str(v, "kind"));
	st_set(&a->version_evidence, get_str(v, "evidence"));
	JsonObject *p = get_obj(o, "platform");
	st_set(&a->os, get_str(p, "os"));
	st_set(&a->distro, get_str(p, "distro"));
	st_set(&a->kernel, get_str(p, "kernel"));
	st_set(&a->macos_version, get_str(p, "macos_version"));
	st_set(&a->chip, get_str(p, "chip"));
	st_set(&a->platform_evidence, get_str(p, "evidence"));
	load_checklist(a, o);
	JsonNode *sc = json_object_get_member(o, "score");
	a->score = (sc && JSON_NODE_HOLDS_VALUE(sc)) ? (int)json_node_get_int(sc) : 0;
	get_strv(o, "missing", a->missing);
	get_strv(o, "missing_detail", a->missing_detail);
	st_set(&a->klass, get_str(o, "class"));
	st_set(&a->class_evidence, get_str(o, "class_evidence"));
	st_set(&a->component, get_str(o, "component"));
	st_set(&a->component_evidence, get_str(o, "component_evidence"));
	get_strv(o, "out_of_scope", a->out_of_scope);
	get_strv(o, "out_of_scope_evidence", a->out_of_scope_evidence);
	st_set(&a->suggested_severity, get_str(o, "suggested_severity"));
	st_set(&a->severity_evidence, get_str(o, "severity_evidence"));
	load_credit_cvss(a, o);
	JsonObject *ack = get_obj(o, "ack");
	a->ack_send = get_bool(ack, "send");
	st_set(&a->ack_reason, get_str(ack, "reason"));
	a->is_report = json_object_has_member(o, "is_report") ? get_bool(o, "is_report") : TRUE;
	st_set(&a->envelope_from, get_str(o, "envelope_from"));
	get_strv(o, "flags", a->flags);
	if (get_bool(o, "encrypted"))
		st_flag_add(a->flags, "encrypted");
	if (get_bool(o, "decrypted"))
		st_flag_add(a->flags, "decrypted");

	a->extra = json_object_new();
	for (gsize i = 0; i < G_N_ELEMENTS(message_fields); i++)
		if (json_object_has_member(o, message_fields[i]))
			json_object_set_member(a->extra, message_fields[i],
					       json_node_copy(json_object_get_member(o, message_fields[i])));
	return a;
}

/* ---- merge ---- */

static void
fill(char **into, const char *from)
{
	if (*into == NULL && from != NULL)
		*into = g_strdup(from);
}

/* The JSON array of attachments of A (from msg or extra); new reference. */
static JsonArray *
attachments_of(const StAnalysis *a)
{
	if (a->msg) {
		g_autoptr(JsonNode) n = st_analysis_to_json(a);
		JsonObject *o = json_node_get_object(n);
		return json_array_ref(json_object_get_array_member(o, "attachments"));
	}
	if (a->extra && json_object_has_member(a->extra, "attachments")) {
		JsonNode *n = json_object_get_member(a->extra, "attachments");
		if (JSON_NODE_HOLDS_ARRAY(n))
			return json_array_ref(json_node_get_array(n));
	}
	return json_array_new();
}

static void
merge_attachments(StAnalysis *into, const StAnalysis *from)
{
	if (into->msg != NULL)
		return; /* a live message's attachments are its own */
	if (into->extra == NULL)
		into->extra = json_object_new();
	g_autoptr(JsonArray) mine = attachments_of(into);
	g_autoptr(JsonArray) theirs = attachments_of(from);
	JsonArray *all = json_array_new();
	for (guint i = 0; i < json_array_get_length(mine); i++)
		json_array_add_element(all, json_node_copy(json_array_get_element(mine, i)));
	for (guint i = 0; i < json_array_get_length(theirs); i++)
		json_array_add_element(all, json_node_copy(json_array_get_element(theirs, i)));
	json_object_set_array_member(into->extra, "attachments", all);
}

void
st_analysis_merge(StAnalysis *into, const StAnalysis *from)
{
	if (into->version == NULL && from->version != NULL) {
		st_set(&into->version, from->version);
		st_set(&into->version_kind, from->version_kind);
		st_set(&into->version_evidence, from->version_evidence);
	}
	gboolean had_platform = into->os || into->distro || into->kernel || into->macos_version;
	fill(&into->os, from->os);
	fill(&into->distro, from->distro);
	fill(&into->kernel, from->kernel);
	fill(&into->macos_version, from->macos_version);
	fill(&into->chip, from->chip);
	if (!had_platform)
		st_set(&into->platform_evidence, from->platform_evidence);
	else
		fill(&into->platform_evidence, from->platform_evidence);
	for (int i = 0; i < ST_CHECK_N; i++) {
		if (!into->check[i] && from->check[i])
			st_set(&into->check_evidence[i], from->check_evidence[i]);
		into->check[i] = into->check[i] || from->check[i];
		into->check_na[i] = into->check_na[i] || from->check_na[i];
	}
	if (into->klass == NULL) {
		st_set(&into->klass, from->klass);
		st_set(&into->class_evidence, from->class_evidence);
	}
	if (into->component == NULL) {
		st_set(&into->component, from->component);
		st_set(&into->component_evidence, from->component_evidence);
	}
	for (guint i = 0; i < from->out_of_scope->len; i++) {
		const char *h = g_ptr_array_index(from->out_of_scope, i);
		if (!st_flag_has(into->out_of_scope, h)) {
			g_ptr_array_add(into->out_of_scope, g_strdup(h));
			g_ptr_array_add(into->out_of_scope_evidence,
					g_strdup(i < from->out_of_scope_evidence->len
						 ? g_ptr_array_index(from->out_of_scope_evidence, i) : NULL));
		}
	}
	fill(&into->suggested_severity, from->suggested_severity);
	if (from->credit_found) {
		into->credit_found = TRUE;
		into->credit_anonymous = from->credit_anonymous;
		st_set(&into->credit_name, from->credit_name);
		st_set(&into->credit_link, from->credit_link);
		st_set(&into->credit_evidence, from->credit_evidence);
	}
	if (into->cvss_vector == NULL && from->cvss_vector != NULL) {
		st_set(&into->cvss_vector, from->cvss_vector);
		st_set(&into->cvss_version, from->cvss_version);
		st_set(&into->cvss_severity, from->cvss_severity);
		into->cvss_score = from->cvss_score;
	}
	if (!into->exploited && from->exploited) {
		into->exploited = TRUE;
		st_set(&into->exploited_evidence, from->exploited_evidence);
	}
	into->is_report = into->is_report || from->is_report;
	for (guint i = 0; i < from->flags->len; i++)
		st_flag_add(into->flags, g_ptr_array_index(from->flags, i));
	merge_attachments(into, from);
}
