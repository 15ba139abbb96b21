/*
 * analysis.c — the StAnalysis facts: lifetime, JSON (the `analyze --json`
 * interface of DESIGN.md), reload from JSON, and merging the messages of a
 * thread into the facts of one report.
 */
#include <string.h>

#include "sectriage/analysis.h"
#include "sectriage/common.h"
#include "sectriage/jsonutil.h"

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
st_analysis_drop_class(StAnalysis *a)
{
	st_set(&a->klass, NULL);
	st_set(&a->class_evidence, NULL);
	st_set(&a->class_source, NULL);
}

void
st_analysis_drop_credit(StAnalysis *a)
{
	a->credit_found = a->credit_anonymous = a->credit_conditional = FALSE;
	st_set(&a->credit_name, NULL);
	st_set(&a->credit_link, NULL);
	st_set(&a->credit_evidence, NULL);
}

void
st_analysis_drop_component(StAnalysis *a)
{
	st_set(&a->component, NULL);
	st_set(&a->component_evidence, NULL);
	st_set(&a->component_source, NULL);
}

void
st_analysis_drop_platform(StAnalysis *a)
{
	st_set(&a->os, NULL);
	st_set(&a->distro, NULL);
	st_set(&a->kernel, NULL);
	st_set(&a->macos_version, NULL);
	st_set(&a->chip, NULL);
	st_set(&a->platform_evidence, NULL);
	a->check[ST_CHECK_PLATFORM] = FALSE;
	st_set(&a->check_evidence[ST_CHECK_PLATFORM], NULL);
}

gboolean
st_analysis_unread_encrypted(const StAnalysis *a)
{
	if (a == NULL)
		return FALSE;
	if (a->msg != NULL)
		return a->msg->encrypted && !a->msg->decrypted;
	return st_flag_has(a->flags, "decrypt-failed") ||
	       (st_flag_has(a->flags, "encrypted") && !st_flag_has(a->flags, "decrypted"));
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
		&a->sdk_version, &a->sdk_version_group, &a->sdk_version_evidence,
		&a->os, &a->distro, &a->kernel, &a->macos_version, &a->chip,
		&a->platform_evidence, &a->klass, &a->class_evidence, &a->class_source, &a->component,
		&a->component_evidence, &a->component_source, &a->suggested_severity, &a->severity_evidence,
		&a->credit_name, &a->credit_link, &a->credit_evidence, &a->cvss_vector,
		&a->cvss_version, &a->cvss_severity, &a->exploited_evidence, &a->ack_reason,
		&a->corrects_evidence, &a->retracts_evidence,
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

static void
add_attachments(JsonBuilder *b, const StMessage *msg)
{
	json_builder_set_member_name(b, "attachments");
	json_builder_begin_array(b);
	for (guint i = 0; i < msg->attachments->len; i++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, i);
		json_builder_begin_object(b);
		st_json_add_string(b, "filename", att->filename);
		st_json_add_string(b, "content_type", att->content_type);
		st_json_add_int(b, "size", att->size);
		st_json_add_string(b, "sha256", att->sha256);
		st_json_add_string(b, "role", st_role_name(att->role));
		st_json_add_string(b, "role_evidence", att->role_evidence);
		if (att->members) {
			json_builder_set_member_name(b, "members");
			json_builder_begin_array(b);
			for (guint j = 0; j < att->members->len; j++)
				json_builder_add_string_value(b, g_ptr_array_index(att->members, j));
			json_builder_end_array(b);
		}
		if (att->flags && att->flags->len)
			st_json_add_strings(b, "flags", att->flags);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
}

static void
add_message_fields(JsonBuilder *b, const StMessage *msg)
{
	st_json_add_string(b, "subject", msg->protected_subject ? msg->protected_subject : msg->subject);
	st_json_add_string(b, "from", msg->from);
	st_json_add_string(b, "from_addr", msg->from_addr);
	st_json_add_string(b, "message_id", msg->message_id);
	st_json_add_string(b, "in_reply_to", msg->in_reply_to);
	st_json_add_strings(b, "references", msg->references);
	st_json_add_string(b, "content_type", msg->content_type);
	add_attachments(b, msg);
	json_builder_set_member_name(b, "signature");
	if (msg->sig_status) {
		json_builder_begin_object(b);
		st_json_add_string(b, "status", msg->sig_status);
		st_json_add_string(b, "key_id", msg->sig_key_id);
		st_json_add_string(b, "signer", msg->sig_signer);
		json_builder_end_object(b);
	} else {
		json_builder_add_null_value(b);
	}
	st_json_add_int(b, "raw_size", msg->raw_size);
	st_json_add_string(b, "raw_sha256", msg->raw_sha256);
	st_json_add_string(b, "protected_subject", msg->protected_subject);
	st_json_add_boolean(b, "body_from_html", msg->body_from_html);
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
	st_json_add_string(b, "os", a->os);
	st_json_add_string(b, "distro", a->distro);
	st_json_add_string(b, "kernel", a->kernel);
	st_json_add_string(b, "macos_version", a->macos_version);
	st_json_add_string(b, "chip", a->chip);
	st_json_add_string(b, "evidence", a->platform_evidence);
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
		st_json_add_string(b, st_check_names[i], a->check_evidence[i]);
	json_builder_end_object(b);
}

static void
add_classification(JsonBuilder *b, const StAnalysis *a)
{
	st_json_add_string(b, "class", a->klass);
	st_json_add_string(b, "class_evidence", a->class_evidence);
	st_json_add_string(b, "class_source", a->class_source);
	st_json_add_string(b, "component", a->component);
	st_json_add_string(b, "component_evidence", a->component_evidence);
	st_json_add_string(b, "component_source", a->component_source);
	st_json_add_strings(b, "out_of_scope", a->out_of_scope);
	json_builder_set_member_name(b, "out_of_scope_evidence");
	json_builder_begin_array(b);
	for (guint i = 0; i < a->out_of_scope->len; i++) {
		json_builder_begin_object(b);
		st_json_add_string(b, "hint", g_ptr_array_index(a->out_of_scope, i));
		st_json_add_string(b, "evidence", i < a->out_of_scope_evidence->len
				       ? g_ptr_array_index(a->out_of_scope_evidence, i) : NULL);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	st_json_add_string(b, "suggested_severity", a->suggested_severity);
	st_json_add_string(b, "severity_evidence", a->severity_evidence);
}

static void
add_credit_cvss(JsonBuilder *b, const StAnalysis *a)
{
	json_builder_set_member_name(b, "credit");
	if (!a->credit_found) {
		json_builder_add_null_value(b);
	} else if (a->credit_anonymous) {
		json_builder_begin_object(b);
		st_json_add_boolean(b, "anonymous", TRUE);
		st_json_add_string(b, "evidence", a->credit_evidence);
		json_builder_end_object(b);
	} else {
		json_builder_begin_object(b);
		st_json_add_string(b, "name", a->credit_name);
		st_json_add_string(b, "link", a->credit_link);
		st_json_add_string(b, "evidence", a->credit_evidence);
		if (a->credit_conditional)
			st_json_add_boolean(b, "conditional", TRUE);
		json_builder_end_object(b);
	}
	json_builder_set_member_name(b, "cvss");
	if (a->cvss_vector == NULL) {
		json_builder_add_null_value(b);
	} else {
		json_builder_begin_object(b);
		st_json_add_string(b, "vector", a->cvss_vector);
		st_json_add_string(b, "version", a->cvss_version);
		json_builder_set_member_name(b, "score");
		if (a->cvss_score >= 0)
			json_builder_add_double_value(b, a->cvss_score);
		else
			json_builder_add_null_value(b);
		st_json_add_string(b, "severity", a->cvss_severity);
		json_builder_end_object(b);
	}
	st_json_add_boolean(b, "exploited_in_wild", a->exploited);
	st_json_add_string(b, "exploited_evidence", a->exploited_evidence);
}

/* "corrects" / "retracts": {items: [...], evidence} or null. */
static void
add_revision(JsonBuilder *b, const char *name, const gboolean items[ST_CHECK_N],
	     const char *evidence)
{
	gboolean any = FALSE;
	for (int i = 0; i < ST_CHECK_N; i++)
		any = any || items[i];
	json_builder_set_member_name(b, name);
	if (!any) {
		json_builder_add_null_value(b);
		return;
	}
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "items");
	json_builder_begin_array(b);
	for (int i = 0; i < ST_CHECK_N; i++)
		if (items[i])
			json_builder_add_string_value(b, st_check_names[i]);
	json_builder_end_array(b);
	st_json_add_string(b, "evidence", evidence);
	json_builder_end_object(b);
}

JsonNode *
st_analysis_to_json(const StAnalysis *a)
{
	g_autoptr(JsonBuilder) b = json_builder_new();

	json_builder_begin_object(b);
	json_builder_set_member_name(b, "version");
	if (a->version) {
		json_builder_begin_object(b);
		st_json_add_string(b, "value", a->version);
		st_json_add_string(b, "kind", a->version_kind);
		st_json_add_string(b, "evidence", a->version_evidence);
		json_builder_end_object(b);
	} else {
		json_builder_add_null_value(b);
	}
	add_platform(b, a);
	add_checklist(b, a);
	st_json_add_int(b, "score", a->score);
	st_json_add_strings(b, "missing", a->missing);
	st_json_add_strings(b, "missing_detail", a->missing_detail);
	add_classification(b, a);
	add_credit_cvss(b, a);
	add_revision(b, "corrects", a->corrects, a->corrects_evidence);
	add_revision(b, "retracts", a->retracts, a->retracts_evidence);

	json_builder_set_member_name(b, "ack");
	json_builder_begin_object(b);
	st_json_add_boolean(b, "send", a->ack_send);
	st_json_add_string(b, "reason", a->ack_reason);
	json_builder_end_object(b);
	st_json_add_boolean(b, "is_report", a->is_report);

	gboolean encrypted = a->msg ? a->msg->encrypted : st_flag_has(a->flags, "encrypted");
	gboolean decrypted = a->msg ? a->msg->decrypted : st_flag_has(a->flags, "decrypted");
	st_json_add_boolean(b, "encrypted", encrypted);
	st_json_add_boolean(b, "decrypted", decrypted);
	st_json_add_string(b, "envelope_from", a->envelope_from);
	if (a->msg)
		add_message_fields(b, a->msg);
	else
		add_extra_fields(b, a->extra);
	st_json_add_strings(b, "flags", a->flags);
	st_json_add_int(b, "elapsed_us", a->elapsed_us);
	json_builder_end_object(b);
	return json_builder_get_root(b);
}

char *
st_analysis_to_json_string(const StAnalysis *a, gboolean pretty)
{
	g_autoptr(JsonNode) root = st_analysis_to_json(a);
	return json_to_string(root, pretty);
}

static void
get_strv(JsonObject *o, const char *name, GPtrArray *into)
{
	JsonArray *arr = st_json_get_array(o, name);
	for (guint i = 0; arr && i < json_array_get_length(arr); i++) {
		JsonNode *e = json_array_get_element(arr, i);
		if (JSON_NODE_HOLDS_VALUE(e) && json_node_get_value_type(e) == G_TYPE_STRING)
			g_ptr_array_add(into, g_strdup(json_node_get_string(e)));
		else if (JSON_NODE_HOLDS_OBJECT(e))
			g_ptr_array_add(into, g_strdup(st_json_get_string(json_node_get_object(e), "evidence")));
	}
}

static void
load_checklist(StAnalysis *a, JsonObject *o)
{
	JsonObject *cl = st_json_get_object(o, "checklist");
	JsonObject *ev = st_json_get_object(o, "evidence");
	g_autoptr(GPtrArray) na = g_ptr_array_new_with_free_func(g_free);

	get_strv(o, "checklist_na", na);
	for (int i = 0; i < ST_CHECK_N; i++) {
		a->check[i] = st_json_get_boolean(cl, st_check_names[i]);
		st_set(&a->check_evidence[i], st_json_get_string(ev, st_check_names[i]));
		for (guint j = 0; j < na->len; j++)
			if (!strcmp(g_ptr_array_index(na, j), st_check_names[i]))
				a->check_na[i] = TRUE;
	}
}

static void
load_credit_cvss(StAnalysis *a, JsonObject *o)
{
	JsonObject *cr = st_json_get_object(o, "credit");
	if (cr) {
		a->credit_found = TRUE;
		a->credit_anonymous = st_json_get_boolean(cr, "anonymous");
		st_set(&a->credit_name, st_json_get_string(cr, "name"));
		st_set(&a->credit_link, st_json_get_string(cr, "link"));
		st_set(&a->credit_evidence, st_json_get_string(cr, "evidence"));
		a->credit_conditional = st_json_get_boolean(cr, "conditional");
	}
	JsonObject *cv = st_json_get_object(o, "cvss");
	if (cv) {
		st_set(&a->cvss_vector, st_json_get_string(cv, "vector"));
		st_set(&a->cvss_version, st_json_get_string(cv, "version"));
		st_set(&a->cvss_severity, st_json_get_string(cv, "severity"));
		JsonNode *s = json_object_get_member(cv, "score");
		a->cvss_score = (s && JSON_NODE_HOLDS_VALUE(s)) ? json_node_get_double(s) : -1;
	}
	a->exploited = st_json_get_boolean(o, "exploited_in_wild");
	st_set(&a->exploited_evidence, st_json_get_string(o, "exploited_evidence"));
}

static void
load_revision(JsonObject *o, const char *name, gboolean items[ST_CHECK_N], char **evidence)
{
	JsonObject *r = st_json_get_object(o, name);
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);

	if (r == NULL)
		return;
	get_strv(r, "items", names);
	for (guint j = 0; j < names->len; j++)
		for (int i = 0; i < ST_CHECK_N; i++)
			if (!g_strcmp0(g_ptr_array_index(names, j), st_check_names[i]))
				items[i] = TRUE;
	st_set(evidence, st_json_get_string(r, "evidence"));
}

StAnalysis *
st_analysis_from_json(JsonNode *node)
{
	if (node == NULL || !JSON_NODE_HOLDS_OBJECT(node))
		return NULL;
	JsonObject *o = json_node_get_object(node);
	StAnalysis *a = st_analysis_new();

	JsonObject *v = st_json_get_object(o, "version");
	st_set(&a->version, st_json_get_string(v, "value"));
	st_set(&a->version_kind, st_json_get_string(v, "kind"));
	st_set(&a->version_evidence, st_json_get_string(v, "evidence"));
	JsonObject *p = st_json_get_object(o, "platform");
	st_set(&a->os, st_json_get_string(p, "os"));
	st_set(&a->distro, st_json_get_string(p, "distro"));
	st_set(&a->kernel, st_json_get_string(p, "kernel"));
	st_set(&a->macos_version, st_json_get_string(p, "macos_version"));
	st_set(&a->chip, st_json_get_string(p, "chip"));
	st_set(&a->platform_evidence, st_json_get_string(p, "evidence"));
	load_checklist(a, o);
	a->score = (int)st_json_get_int(o, "score", 0);
	get_strv(o, "missing", a->missing);
	get_strv(o, "missing_detail", a->missing_detail);
	st_set(&a->klass, st_json_get_string(o, "class"));
	st_set(&a->class_evidence, st_json_get_string(o, "class_evidence"));
	st_set(&a->class_source, st_json_get_string(o, "class_source"));
	st_set(&a->component, st_json_get_string(o, "component"));
	st_set(&a->component_evidence, st_json_get_string(o, "component_evidence"));
	st_set(&a->component_source, st_json_get_string(o, "component_source"));
	get_strv(o, "out_of_scope", a->out_of_scope);
	get_strv(o, "out_of_scope_evidence", a->out_of_scope_evidence);
	st_set(&a->suggested_severity, st_json_get_string(o, "suggested_severity"));
	st_set(&a->severity_evidence, st_json_get_string(o, "severity_evidence"));
	load_credit_cvss(a, o);
	load_revision(o, "corrects", a->corrects, &a->corrects_evidence);
	load_revision(o, "retracts", a->retracts, &a->retracts_evidence);
	JsonObject *ack = st_json_get_object(o, "ack");
	a->ack_send = st_json_get_boolean(ack, "send");
	st_set(&a->ack_reason, st_json_get_string(ack, "reason"));
	a->is_report = json_object_has_member(o, "is_report") ? st_json_get_boolean(o, "is_report") : TRUE;
	st_set(&a->envelope_from, st_json_get_string(o, "envelope_from"));
	get_strv(o, "flags", a->flags);
	if (st_json_get_boolean(o, "encrypted"))
		st_flag_add(a->flags, "encrypted");
	if (st_json_get_boolean(o, "decrypted"))
		st_flag_add(a->flags, "decrypted");

	a->extra = json_object_new();
	for (gsize i = 0; i < G_N_ELEMENTS(message_fields); i++)
		if (json_object_has_member(o, message_fields[i]))
			json_object_set_member(a->extra, message_fields[i],
					       json_node_copy(json_object_get_member(o, message_fields[i])));
	return a;
}

/* ---- merge ---- */

gboolean
st_platform_complete(const StAnalysis *a)
{
	/* distro and kernel (a Windows edition and build are stored there
	 * too), or macOS version and chip */
	return (a->distro && a->kernel) || (a->macos_version && a->chip);
}

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
	JsonArray *arr = st_json_get_array(a->extra, "attachments");
	return arr ? json_array_ref(arr) : json_array_new();
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

/* Is MORE the system HAD names, told more exactly: HAD's words, in order,
 * among more of MORE's ("Rocky Linux 9.4" and "Rocky Linux release 9.4
 * (Blue Onyx)", "Debian 12" and "Debian GNU/Linux 12 (bookworm)"); not
 * another release ("Ubuntu 22.04" and "Ubuntu 22.04.5 LTS" stay apart). */
static gboolean
same_system_finer(const char *had, const char *more)
{
	g_autofree char *h = g_ascii_strdown(had, -1), *m = g_ascii_strdown(more, -1);
	g_auto(GStrv) hw = g_strsplit_set(h, " \t()\"',;", -1);
	g_auto(GStrv) mw = g_strsplit_set(m, " \t()\"',;", -1);
	guint nh = 0, nm = 0, j = 0;

	for (char **w = mw; *w; w++)
		nm += **w != '\0';
	for (char **w = hw; *w; w++) {
		if (**w == '\0')
			continue;
		nh++;
		while (mw[j] != NULL && strcmp(mw[j], *w) != 0)
			j++;
		if (mw[j] == NULL)
			return FALSE;
		j++;
	}
	return nh > 0 && nm > nh;
}

/* Is MORE the release HAD names with its point release added, word for
 * word ("Ubuntu 24.04 LTS" and "Ubuntu 24.04.4 LTS")?  Alone that may be
 * another machine; with the same kernel it is the same one (4295). */
static gboolean
point_release_of(const char *had, const char *more)
{
	g_auto(GStrv) hw = g_strsplit(had, " ", -1);
	g_auto(GStrv) mw = g_strsplit(more, " ", -1);
	guint added = 0;

	if (g_strv_length(hw) != g_strv_length(mw))
		return FALSE;
	for (guint i = 0; hw[i] != NULL; i++) {
		gsize n = strlen(hw[i]);
		if (g_ascii_strcasecmp(hw[i], mw[i]) == 0)
			continue;
		if (n == 0 || !g_ascii_isdigit(hw[i][n - 1]) || g_ascii_strncasecmp(hw[i], mw[i], n) != 0 ||
		    mw[i][n] != '.' || mw[i][n + 1] == '\0' || strspn(mw[i] + n + 1, "0123456789") != strlen(mw[i] + n + 1))
			return FALSE;
		added++;
	}
	return added == 1;
}

/* Is V a release number ("0.17.3": numbers and dots only, at least one
 * dot)? */
static gboolean
plain_release(const char *v)
{
	return v != NULL && g_ascii_isdigit(v[0]) && strchr(v, '.') != NULL &&
	       strspn(v, "0123456789.") == strlen(v);
}

/* Is release A later than release B ("0.17.3" after "0.17.2", "0.18.0"
 * after "0.17.10")? */
static gboolean
release_later(const char *a, const char *b)
{
	g_auto(GStrv) x = g_strsplit(a, ".", -1);
	g_auto(GStrv) y = g_strsplit(b, ".", -1);
	for (guint i = 0; x[i] != NULL || y[i] != NULL; i++) {
		guint64 m = x[i] ? g_ascii_strtoull(x[i], NULL, 10) : 0;
		guint64 n = y[i] ? g_ascii_strtoull(y[i], NULL, 10) : 0;
		if (m != n)
			return m > n;
		if (x[i] == NULL || y[i] == NULL)
			break;
	}
	return FALSE;
}

/* Did FROM's writer run it again (flag "rerun", [revise.rerun]), or give
 * the version as msb prints it ("msb 0.12.9", the host's own output where
 * the report had told another machine's, 3947)? */
static gboolean
reran(const StAnalysis *from)
{
	const char *ev = from->version_evidence;
	if (st_flag_has(from->flags, "rerun"))
		return TRUE;
	if (ev == NULL || !g_str_has_prefix(ev, "msb "))
		return FALSE;
	ev += 4;
	if (*ev == 'v')
		ev++;
	return g_strcmp0(ev, from->version) == 0;
}

/* The first version stated wins, unless a later message gives a later
 * release and ran it again (reran: the reporter upgraded: "after brew upgrade
 * msb --version prints 0.17.2, the behaviour is unchanged", 4787, 4799,
 * 4811; the devset README's newest version tested, 202), or a release
 * run again where the report gave a commit ("re-run with the release
 * instead of our build from main", 4919); platform fields fill gaps, and a later
 * message's distribution replaces the same one told less exactly (the
 * release file in the reply beside the name and number in the report; its
 * point release beside the same kernel). */
static void
merge_version_platform(StAnalysis *into, const StAnalysis *from)
{
	if (into->version == NULL ? from->version != NULL
				  : plain_release(from->version) && reran(from) &&
				    (!plain_release(into->version) ||
				     release_later(from->version, into->version))) {
		st_set(&into->version, from->version);
		st_set(&into->version_kind, from->version_kind);
		st_set(&into->version_evidence, from->version_evidence);
	}
	gboolean had_platform = into->os || into->distro || into->kernel || into->macos_version;
	fill(&into->os, from->os);
	if (into->distro != NULL && from->distro != NULL &&
	    (same_system_finer(into->distro, from->distro) ||
	     (into->kernel != NULL && g_strcmp0(into->kernel, from->kernel) == 0 &&
	      point_release_of(into->distro, from->distro))))
		st_set(&into->distro, from->distro);
	fill(&into->distro, from->distro);
	fill(&into->kernel, from->kernel);
	fill(&into->macos_version, from->macos_version);
	fill(&into->chip, from->chip);
	if (!had_platform)
		st_set(&into->platform_evidence, from->platform_evidence);
	else
		fill(&into->platform_evidence, from->platform_evidence);
	/* Halves given in different messages (the distro in the report, the
	 * kernel in the reply) make the platform given for the report. */
	if (!into->check[ST_CHECK_PLATFORM] && st_platform_complete(into)) {
		into->check[ST_CHECK_PLATFORM] = TRUE;
		fill(&into->check_evidence[ST_CHECK_PLATFORM], into->platform_evidence);
	}
}

/* Class and component kept unless unset; out-of-scope hints united;
 * suggested severity fills a gap. */
static void
merge_classification(StAnalysis *into, const StAnalysis *from)
{
	if (into->klass == NULL) {
		st_set(&into->klass, from->klass);
		st_set(&into->class_evidence, from->class_evidence);
		st_set(&into->class_source, from->class_source);
	}
	if (into->component == NULL) {
		st_set(&into->component, from->component);
		st_set(&into->component_evidence, from->component_evidence);
		st_set(&into->component_source, from->component_source);
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
}

/* Credit from the latest message that states one; the first CVSS vector;
 * exploited once any message says so. */
static void
merge_credit_cvss(StAnalysis *into, const StAnalysis *from)
{
	if (from->credit_found) {
		into->credit_found = TRUE;
		into->credit_anonymous = from->credit_anonymous;
		st_set(&into->credit_name, from->credit_name);
		st_set(&into->credit_link, from->credit_link);
		st_set(&into->credit_evidence, from->credit_evidence);
		into->credit_conditional = from->credit_conditional;
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
}

static void
clear_platform(StAnalysis *a)
{
	char **fields[] = { &a->os, &a->distro, &a->kernel, &a->macos_version, &a->chip,
			    &a->platform_evidence };
	for (gsize i = 0; i < G_N_ELEMENTS(fields); i++)
		st_set(fields[i], NULL);
}

/* A withdrawn report claims nothing: no class, no component, no
 * out-of-scope reason, no exploitation, no checklist item that does not
 * apply to the finding, no credit asked for only if the report is
 * confirmed ("If this is confirmed, you can credit me as NAME", then "it
 * was our configuration after all", 1474) (the version and the host the
 * writer runs stay what they were). */
static void
clear_claim(StAnalysis *a)
{
	char **fields[] = { &a->klass, &a->class_evidence, &a->class_source,
			    &a->component, &a->component_evidence, &a->component_source,
			    &a->suggested_severity, &a->severity_evidence, &a->exploited_evidence };
	for (gsize i = 0; i < G_N_ELEMENTS(fields); i++)
		st_set(fields[i], NULL);
	g_ptr_array_set_size(a->out_of_scope, 0);
	g_ptr_array_set_size(a->out_of_scope_evidence, 0);
	a->exploited = FALSE;
	if (a->credit_conditional)
		st_analysis_drop_credit(a);
	/* what did not apply to the finding (a release needs no host
	 * platform) is asked of the report again */
	memset(a->check_na, 0, sizeof a->check_na);
}

/* What FROM, a later message, takes back of INTO's facts: an item it
 * retracts (the output was made up, the steps never run, the version
 * filled in by an assistant) loses INTO's evidence, whatever FROM gives
 * of its own fills it again after; a withdrawal (FROM retracts the
 * description) takes back the claim as well (clear_claim). */
static void
merge_retractions(StAnalysis *into, const StAnalysis *from)
{
	for (int i = 0; i < ST_CHECK_N; i++) {
		if (!from->retracts[i])
			continue;
		into->check[i] = FALSE;
		st_set(&into->check_evidence[i], NULL);
		into->retracts[i] = TRUE;
		st_set(&into->retracts_evidence, from->retracts_evidence);
	}
	if (from->retracts[ST_CHECK_VERSION]) {
		st_set(&into->version, NULL);
		st_set(&into->version_kind, NULL);
		st_set(&into->version_evidence, NULL);
	}
	if (from->retracts[ST_CHECK_PLATFORM])
		clear_platform(into);
	if (from->retracts[ST_CHECK_DESCRIPTION])
		clear_claim(into);
	/* the withdrawal says there is nothing to credit ([revise.retract.
	 * credit], flag "credit-withdrawn"): the request goes with the
	 * finding, an unconditional one too (2656) */
	if (from->retracts[ST_CHECK_DESCRIPTION] && st_flag_has(from->flags, "credit-withdrawn"))
		st_analysis_drop_credit(into);
}

/* What FROM corrects of INTO's facts ("I wrote 0.8.3 below, but ... it is
 * msb 0.8.5"): its version replaces INTO's; its platform fields replace
 * INTO's, all of them when it names another operating system. */
static void
merge_corrections(StAnalysis *into, const StAnalysis *from)
{
	if (from->corrects[ST_CHECK_VERSION] && from->version != NULL) {
		st_set(&into->version, from->version);
		st_set(&into->version_kind, from->version_kind);
		st_set(&into->version_evidence, from->version_evidence);
		into->check[ST_CHECK_VERSION] = TRUE;
		st_set(&into->check_evidence[ST_CHECK_VERSION], from->version_evidence);
		into->corrects[ST_CHECK_VERSION] = TRUE;
		st_set(&into->corrects_evidence, from->corrects_evidence);
	}
	if (from->corrects[ST_CHECK_PLATFORM] && from->os != NULL) {
		if (g_strcmp0(into->os, from->os) != 0)
			clear_platform(into);
		char **mine[] = { &into->os, &into->distro, &into->kernel,
				  &into->macos_version, &into->chip };
		const char *theirs[] = { from->os, from->distro, from->kernel,
					 from->macos_version, from->chip };
		for (gsize i = 0; i < G_N_ELEMENTS(mine); i++)
			if (theirs[i] != NULL)
				st_set(mine[i], theirs[i]);
		st_set(&into->platform_evidence, from->platform_evidence);
		into->check[ST_CHECK_PLATFORM] = st_platform_complete(into);
		st_set(&into->check_evidence[ST_CHECK_PLATFORM],
		       into->check[ST_CHECK_PLATFORM] ? into->platform_evidence : NULL);
		into->corrects[ST_CHECK_PLATFORM] = TRUE;
		st_set(&into->corrects_evidence, from->corrects_evidence);
	}
}

void
st_analysis_merge(StAnalysis *into, const StAnalysis *from)
{
	merge_retractions(into, from);
	merge_corrections(into, from);
	merge_version_platform(into, from);
	for (int i = 0; i < ST_CHECK_N; i++) {
		if (!into->check[i] && from->check[i])
			st_set(&into->check_evidence[i], from->check_evidence[i]);
		into->check[i] = into->check[i] || from->check[i];
		into->check_na[i] = into->check_na[i] || from->check_na[i];
	}
	merge_classification(into, from);
	merge_credit_cvss(into, from);
	into->is_report = into->is_report || from->is_report;
	for (guint i = 0; i < from->flags->len; i++)
		st_flag_add(into->flags, g_ptr_array_index(from->flags, i));
	merge_attachments(into, from);
}
