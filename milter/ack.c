/*
 * ack.c — acknowledgments, follow-up notes and state-change notices, composed
 * with GMime from the templates in rules/templates/ (issue #4).
 *
 * Functions:
 *   st_template_render()  the tiny template language of rules/templates/
 *   st_ack_compose()      the RFC 3834 acknowledgment (or follow-up note)
 *   st_notice_compose()   a state-change notice (notice-STATE.txt)
 *
 * Every message composed here goes to one recipient (the envelope sender of
 * the report), comes from the security address, carries Auto-Submitted:
 * auto-replied and ST_AUTO_HEADER (so that the milter never acknowledges its
 * own mail), threads to the report with In-Reply-To/References and has a
 * Subject "[ID] Re: <original>" made safe with st_header_safe() (an
 * encoded-word that decoded to CR LF never becomes a header line) and
 * re-encoded by GMime (RFC 2047) when not ASCII.
 *
 * What never goes into a message: the report's text, attachment contents,
 * internal scores, the classification or out-of-scope hints — the envelope
 * sender may be forged.  Attachment names, sizes and SHA-256 sums, the
 * checklist and the reporter's credit wish are all that is echoed; for a
 * report that came encrypted not even attachment names or the credit name
 * (what was protected in transit does not go back in clear text), and when
 * it could not be decrypted, no checklist either.
 *
 * The template language: {{name}} substitutes a value, {{#if name}}..{{else}}..{{/if}}
 * and {{#unless name}}..{{/unless}} test one, {{#each list}}..{{/each}}
 * repeats for each element (whose members, or {{.}}, are then in scope),
 * {{! comment }} and {{!-- comment that may mention {{tags}} --}} are
 * dropped.  A block tag alone on its line takes the line with it.  Values are
 * never re-scanned for tags.  The language is described for maintainers at
 * the top of rules/templates/ack.txt.
 */
#include <string.h>

#include "sectriage/ack.h"
#include "sectriage/common.h"
#include "sectriage/policy.h"
#include "sectriage/sla.h"

/* Bytes of the original subject kept after "[ID] Re: ". */
#define ST_ACK_SUBJECT_MAX 200
/* Bytes of an attachment name or credit field echoed in a body. */
#define ST_ACK_NAME_MAX 120
/* Columns of a checklist hint line before it is wrapped. */
#define ST_ACK_WRAP 70

G_DEFINE_QUARK(st-ack-error-quark, st_ack_error)

/* ---- the template language ---------------------------------------------- */

typedef enum {
	T_TEXT, T_VAR, T_IF, T_UNLESS, T_EACH, T_ELSE, T_END_IF, T_END_UNLESS,
	T_END_EACH, T_COMMENT
} TokKind;

typedef struct Node {
	TokKind kind;             /* T_TEXT, T_VAR, T_IF, T_UNLESS or T_EACH */
	char *text;               /* literal text or the variable name */
	GPtrArray *body;          /* Node*: the block (if/unless/each) */
	GPtrArray *alt;           /* Node*: after {{else}} */
} Node;

typedef struct Tok {
	TokKind kind;
	char *text;
	int line;
} Tok;

static void
node_free(gpointer p)
{
	Node *n = p;

	g_free(n->text);
	if (n->body)
		g_ptr_array_unref(n->body);
	if (n->alt)
		g_ptr_array_unref(n->alt);
	g_free(n);
}

static void
tok_free(gpointer p)
{
	Tok *t = p;

	g_free(t->text);
	g_free(t);
}

static gboolean
blank(const char *p, const char *end)
{
	for (; p < end; p++)
		if (*p != ' ' && *p != '\t' && *p != '\r')
			return FALSE;
	return TRUE;
}

/* Classify the inside of one {{...}}; *ARG gets the name (g_free). */
static TokKind
tag_kind(const char *inner, char **arg)
{
	g_autofree char *s = g_strstrip(g_strdup(inner));
	static const struct { const char *word; TokKind kind; } words[] = {
		{ "#if ", T_IF }, { "#unless ", T_UNLESS }, { "#each ", T_EACH },
	};

	*arg = NULL;
	if (s[0] == '!')
		return T_COMMENT;
	for (guint i = 0; i < G_N_ELEMENTS(words); i++)
		if (g_str_has_prefix(s, words[i].word)) {
			*arg = g_strstrip(g_strdup(s + strlen(words[i].word)));
			return words[i].kind;
		}
	if (!strcmp(s, "else"))
		return T_ELSE;
	if (!strcmp(s, "/if"))
		return T_END_IF;
	if (!strcmp(s, "/unless"))
		return T_END_UNLESS;
	if (!strcmp(s, "/each"))
		return T_END_EACH;
	*arg = g_steal_pointer(&s);
	return T_VAR;
}

static void
add_tok(GPtrArray *toks, TokKind kind, char *text, int line)
{
	Tok *t = g_new0(Tok, 1);

	t->kind = kind;
	t->text = text;
	t->line = line;
	g_ptr_array_add(toks, t);
}

static int
count_lines(const char *from, const char *to)
{
	int n = 0;

	for (; from < to; from++)
		n += *from == '\n';
	return n;
}

/* Split TMPL into tokens, dropping the line of a standalone block tag. */
static GPtrArray *
tokenize(const char *tmpl, GError **error)
{
	GPtrArray *toks = g_ptr_array_new_with_free_func(tok_free);
	const char *pos = tmpl, *end = tmpl + strlen(tmpl);

	while (pos < end) {
		const char *open = strstr(pos, "{{");
		if (open == NULL) {
			add_tok(toks, T_TEXT, g_strndup(pos, end - pos), 0);
			break;
		}
		/* {{!-- ... --}} may mention tags; it ends at the first "--}}". */
		gboolean long_comment = g_str_has_prefix(open, "{{!--");
		const char *close = long_comment ? strstr(open + 5, "--}}") : strstr(open + 2, "}}");
		if (long_comment && close != NULL)
			close += 2;
		int line = 1 + count_lines(tmpl, open);
		if (close == NULL) {
			g_set_error(error, ST_ACK_ERROR, 1, "line %d: \"{{\" without \"}}\"", line);
			g_ptr_array_unref(toks);
			return NULL;
		}
		char *arg = NULL;
		g_autofree char *inner = g_strndup(open + 2, close - open - 2);
		TokKind kind = tag_kind(inner, &arg);
		const char *after = close + 2, *text_end = open;
		if (kind != T_VAR) {
			/* A standalone tag takes its whole line. */
			const char *ls = open;
			while (ls > tmpl && ls[-1] != '\n')
				ls--;
			const char *le = strchr(after, '\n');
			if (le == NULL)
				le = end;
			if (ls >= pos && blank(ls, open) && blank(after, le)) {
				text_end = ls;
				after = le < end ? le + 1 : end;
			}
		}
		if (text_end > pos)
			add_tok(toks, T_TEXT, g_strndup(pos, text_end - pos), line);
		if (kind != T_COMMENT)
			add_tok(toks, kind, arg, line);
		else
			g_free(arg);
		pos = after;
	}
	return toks;
}

static const char *
tok_name(TokKind k)
{
	switch (k) {
	case T_IF: case T_END_IF: return "if";
	case T_UNLESS: case T_END_UNLESS: return "unless";
	case T_EACH: case T_END_EACH: return "each";
	default: return "?";
	}
}

/* Parse tokens from *I until the tag closing OPEN (T_TEXT: the top level). */
static GPtrArray *
parse_block(GPtrArray *toks, guint *i, TokKind open, int open_line,
	    GPtrArray **alt, GError **error)
{
	g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func(node_free);
	GPtrArray *cur = nodes;
	TokKind want = open == T_IF ? T_END_IF : open == T_UNLESS ? T_END_UNLESS : T_END_EACH;

	while (*i < toks->len) {
		Tok *t = g_ptr_array_index(toks, (*i)++);
		if (t->kind == T_TEXT || t->kind == T_VAR) {
			Node *n = g_new0(Node, 1);
			n->kind = t->kind;
			n->text = g_strdup(t->text);
			g_ptr_array_add(cur, n);
		} else if (t->kind == T_IF || t->kind == T_UNLESS || t->kind == T_EACH) {
			Node *n = g_new0(Node, 1);
			n->kind = t->kind;
			n->text = g_strdup(t->text);
			n->body = parse_block(toks, i, t->kind, t->line, &n->alt, error);
			if (n->body == NULL) {
				node_free(n);
				return NULL;
			}
			g_ptr_array_add(cur, n);
		} else if (t->kind == T_ELSE && open != T_TEXT && open != T_EACH && *alt == NULL) {
			*alt = g_ptr_array_new_with_free_func(node_free);
			cur = *alt;
		} else if (open != T_TEXT && t->kind == want) {
			return g_steal_pointer(&nodes);
		} else {
			g_set_error(error, ST_ACK_ERROR, 1, "line %d: unexpected {{%s%s}}", t->line,
				    t->kind == T_ELSE ? "else" : "/",
				    t->kind == T_ELSE ? "" : tok_name(t->kind));
			return NULL;
		}
	}
	if (open != T_TEXT) {
		g_set_error(error, ST_ACK_ERROR, 1, "line %d: {{#%s}} is never closed",
			    open_line, tok_name(open));
		return NULL;
	}
	return g_steal_pointer(&nodes);
}

/* The value NAME in the innermost scope that has it; NULL when none. */
static JsonNode *
lookup(GPtrArray *scopes, const char *name)
{
	for (guint i = scopes->len; i > 0; i--) {
		JsonNode *s = g_ptr_array_index(scopes, i - 1);
		if (!strcmp(name, "."))
			return s;
		if (JSON_NODE_HOLDS_OBJECT(s) && json_object_has_member(json_node_get_object(s), name))
			return json_object_get_member(json_node_get_object(s), name);
	}
	return NULL;
}

static gboolean
truthy(JsonNode *v)
{
	if (v == NULL || JSON_NODE_HOLDS_NULL(v))
		return FALSE;
	if (JSON_NODE_HOLDS_ARRAY(v))
		return json_array_get_length(json_node_get_array(v)) > 0;
	if (JSON_NODE_HOLDS_OBJECT(v))
		return TRUE;
	switch (json_node_get_value_type(v)) {
	case G_TYPE_BOOLEAN: return json_node_get_boolean(v);
	case G_TYPE_INT64: return json_node_get_int(v) != 0;
	case G_TYPE_DOUBLE: return json_node_get_double(v) != 0;
	case G_TYPE_STRING: return *json_node_get_string(v) != '\0';
	default: return FALSE;
	}
}

static void
append_value(GString *out, JsonNode *v)
{
	if (v == NULL || JSON_NODE_HOLDS_NULL(v) || JSON_NODE_HOLDS_OBJECT(v))
		return;
	if (JSON_NODE_HOLDS_ARRAY(v)) {
		JsonArray *a = json_node_get_array(v);
		for (guint i = 0; i < json_array_get_length(a); i++) {
			if (i > 0)
				g_string_append(out, ", ");
			append_value(out, json_array_get_element(a, i));
		}
		return;
	}
	switch (json_node_get_value_type(v)) {
	case G_TYPE_BOOLEAN:
		g_string_append(out, json_node_get_boolean(v) ? "yes" : "no");
		break;
	case G_TYPE_INT64:
		g_string_append_printf(out, "%" G_GINT64_FORMAT, json_node_get_int(v));
		break;
	case G_TYPE_DOUBLE:
		g_string_append_printf(out, "%g", json_node_get_double(v));
		break;
	case G_TYPE_STRING:
		g_string_append(out, json_node_get_string(v));
		break;
	default:
		break;
	}
}

static void
render_nodes(GString *out, GPtrArray *nodes, GPtrArray *scopes)
{
	for (guint i = 0; i < nodes->len; i++) {
		Node *n = g_ptr_array_index(nodes, i);
		JsonNode *v = n->kind == T_TEXT ? NULL : lookup(scopes, n->text);

		switch (n->kind) {
		case T_TEXT:
			g_string_append(out, n->text);
			break;
		case T_VAR:
			append_value(out, v);
			break;
		case T_IF:
		case T_UNLESS:
			if (truthy(v) == (n->kind == T_IF))
				render_nodes(out, n->body, scopes);
			else if (n->alt)
				render_nodes(out, n->alt, scopes);
			break;
		case T_EACH:
			if (v == NULL || !JSON_NODE_HOLDS_ARRAY(v))
				break;
			for (guint k = 0; k < json_array_get_length(json_node_get_array(v)); k++) {
				g_ptr_array_add(scopes, json_array_get_element(json_node_get_array(v), k));
				render_nodes(out, n->body, scopes);
				g_ptr_array_remove_index(scopes, scopes->len - 1);
			}
			break;
		default:
			break;
		}
	}
}

char *
st_template_render(const char *tmpl, JsonObject *vars, GError **error)
{
	g_return_val_if_fail(tmpl != NULL, NULL);
	g_autoptr(GPtrArray) toks = tokenize(tmpl, error);
	if (toks == NULL)
		return NULL;
	guint i = 0;
	GPtrArray *alt = NULL;
	g_autoptr(GPtrArray) tree = parse_block(toks, &i, T_TEXT, 0, &alt, error);
	if (tree == NULL)
		return NULL;

	g_autoptr(JsonNode) root = json_node_new(JSON_NODE_OBJECT);
	g_autoptr(JsonObject) empty = json_object_new();
	json_node_set_object(root, vars ? vars : empty);
	g_autoptr(GPtrArray) scopes = g_ptr_array_new();
	g_ptr_array_add(scopes, root);
	GString *out = g_string_new(NULL);
	render_nodes(out, tree, scopes);
	return g_string_free(out, FALSE);
}

/* ---- pieces of the messages -------------------------------------------- */

/* RECIPIENT as a bare addr-spec we are willing to write, or NULL. */
static char *
clean_recipient(const char *recipient)
{
	if (recipient == NULL)
		return NULL;
	g_autofree char *s = g_strstrip(g_strdup(recipient));
	gsize n = strlen(s);
	if (n >= 2 && s[0] == '<' && s[n - 1] == '>') {
		memmove(s, s + 1, n - 2);
		s[n - 2] = '\0';
	}
	const char *at = strrchr(s, '@');
	if (*s == '\0' || at == NULL || at == s || at[1] == '\0' || strlen(s) > 254)
		return NULL;
	for (const char *p = s; *p; p++)
		if ((guchar)*p <= ' ' || *p == '<' || *p == '>' || *p == ',' || *p == 0x7f ||
		    *p == '(' || *p == ')' || *p == ';' || *p == '\\')
			return NULL;
	return g_steal_pointer(&s);
}

/* A Message-ID (without <>) safe to write between <>: only the characters
 * of RFC 5322 dot-atom text, '@' and brackets kept; NULL when nothing is left. */
static char *
clean_msgid(const char *id)
{
	if (id == NULL)
		return NULL;
	GString *s = g_string_new(NULL);
	for (const char *p = id; *p && s->len < 250; p++)
		if (g_ascii_isalnum(*p) || strchr("!#$%&'*+-/=?^_`{|}~.@[]", *p))
			g_string_append_c(s, *p);
	if (s->len == 0) {
		g_string_free(s, TRUE);
		return NULL;
	}
	return g_string_free(s, FALSE);
}

/* Drop leading "Re:"-style prefixes and every "[ID]" of our tracking id. */
static char *
strip_subject(const char *subject, const char *tracking_id)
{
	g_autofree char *safe = st_header_safe(subject ? subject : "", 4 * ST_ACK_SUBJECT_MAX);
	g_autofree char *tag = g_strdup_printf("[%s]", tracking_id);
	GString *s = g_string_new(safe);
	char *hit;

	while ((hit = strstr(s->str, tag)) != NULL)
		g_string_erase(s, hit - s->str, strlen(tag));
	for (;;) {
		g_strchug(s->str);
		s->len = strlen(s->str);
		if (g_ascii_strncasecmp(s->str, "re:", 3) == 0 ||
		    g_ascii_strncasecmp(s->str, "aw:", 3) == 0)
			g_string_erase(s, 0, 3);
		else
			break;
	}
	g_autofree char *flat = g_string_free(s, FALSE);
	return st_header_safe(flat, ST_ACK_SUBJECT_MAX);
}

/* Build the message and serialise it.  BODY is UTF-8 text with LF ends. */
static char *
build_message(const StConfig *cfg, const char *tracking_id, const char *recipient,
	      const char *subject, const char *in_reply_to, const char *body,
	      GDateTime *now, char **message_id, GError **error)
{
	g_autofree char *rcpt = clean_recipient(recipient);
	const char *from = cfg->from_address && *cfg->from_address ? cfg->from_address
			   : cfg->recipients && cfg->recipients[0] ? cfg->recipients[0] : NULL;
	g_autofree char *from_clean = clean_recipient(from);

	if (rcpt == NULL) {
		g_set_error(error, ST_ACK_ERROR, 2, "no usable recipient");
		return NULL;
	}
	if (from_clean == NULL) {
		g_set_error(error, ST_ACK_ERROR, 2, "no usable From address (outbox.from_address)");
		return NULL;
	}
	st_init();
	g_autoptr(GMimeMessage) msg = g_mime_message_new(TRUE);
	g_autofree char *name = cfg->from_name && *cfg->from_name
				? st_header_safe(cfg->from_name, 100) : NULL;
	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_FROM, name, from_clean);
	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_TO, NULL, rcpt);

	g_autofree char *orig = strip_subject(subject, tracking_id);
	g_autofree char *subj = g_strdup_printf("[%s] Re: %s", tracking_id,
						*orig ? orig : "your report");
	g_mime_message_set_subject(msg, subj, "utf-8");
	g_mime_message_set_date(msg, now);

	g_autofree char *id = g_mime_utils_generate_message_id(strrchr(from_clean, '@') + 1);
	g_mime_message_set_message_id(msg, id);
	g_autofree char *irt = clean_msgid(in_reply_to);
	if (irt != NULL) {
		g_autofree char *ref = g_strdup_printf("<%s>", irt);
		g_mime_object_set_header(GMIME_OBJECT(msg), "In-Reply-To", ref, NULL);
		g_mime_object_set_header(GMIME_OBJECT(msg), "References", ref, NULL);
	}
	g_mime_object_set_header(GMIME_OBJECT(msg), "Auto-Submitted", "auto-replied", NULL);
	g_mime_object_set_header(GMIME_OBJECT(msg), ST_AUTO_HEADER, tracking_id, NULL);
	g_mime_object_set_header(GMIME_OBJECT(msg), "X-Auto-Response-Suppress", "All", NULL);

	g_autoptr(GMimeObject) part = GMIME_OBJECT(g_mime_text_part_new_with_subtype("plain"));
	g_mime_text_part_set_text(GMIME_TEXT_PART(part), body);
	g_mime_text_part_set_charset(GMIME_TEXT_PART(part), "utf-8");
	g_mime_object_encode(part, GMIME_ENCODING_CONSTRAINT_7BIT);
	g_mime_message_set_mime_part(msg, part);

	if (message_id)
		*message_id = g_steal_pointer(&id);
	return g_mime_object_to_string(GMIME_OBJECT(msg), NULL);
}

/* "2026-12-07 (Monday)" or the format of [ack.dates] format in the rules. */
static char *
format_date(const StRules *rules, GDateTime *dt)
{
	const char *fmt = rules ? st_rules_get(rules, "ack.dates", "format") : NULL;

	if (dt == NULL)
		return NULL;
	char *s = g_date_time_format(dt, fmt && *fmt ? fmt : "%Y-%m-%d (%A)");
	return s ? s : g_date_time_format(dt, "%Y-%m-%d");
}

static void
set_date(JsonObject *o, const char *key, const StRules *rules, GDateTime *dt)
{
	g_autofree char *s = format_date(rules, dt);

	if (s)
		json_object_set_string_member(o, key, s);
}

static char *
human_size(gint64 size)
{
	if (size < 0)
		return g_strdup("?");
	g_autofree char *s = g_format_size_full((guint64)size, G_FORMAT_SIZE_IEC_UNITS);
	g_auto(GStrv) parts = g_strsplit(s, "\xc2\xa0", -1);  /* GLib's no-break space */
	return g_strjoinv(" ", parts);
}

/* [{name, size, bytes, sha256, type}] for the attachments of the message;
 * names withheld (WITHHOLD) when the report came encrypted: what was
 * protected in transit does not go back in clear text. */
static JsonArray *
attachments_json(GPtrArray *atts, gboolean withhold)
{
	JsonArray *arr = json_array_new();

	for (guint i = 0; atts && i < atts->len; i++) {
		const StAttachment *a = g_ptr_array_index(atts, i);
		JsonObject *o = json_object_new();
		g_autofree char *name = withhold ? g_strdup("(name withheld: your report was encrypted)")
				       : a->filename ? st_printable(a->filename, -1, ST_ACK_NAME_MAX)
				       : g_strdup("(unnamed part)");
		g_autofree char *type = st_printable(a->content_type ? a->content_type : "", -1, 80);
		g_autofree char *size = human_size(a->size);
		json_object_set_string_member(o, "name", name);
		json_object_set_string_member(o, "type", type);
		json_object_set_string_member(o, "size", size);
		json_object_set_int_member(o, "bytes", a->size);
		json_object_set_string_member(o, "sha256", a->sha256);
		json_array_add_object_element(arr, o);
	}
	return arr;
}

/* The hint for checklist item NAME from [ack.check.NAME]: "hint.OS" first. */
static const char *
check_hint(const StRules *rules, const char *name, const char *os)
{
	g_autofree char *group = g_strconcat("ack.check.", name, NULL);
	const char *h = NULL;

	if (os && *os) {
		g_autofree char *key = g_strconcat("hint.", os, NULL);
		h = st_rules_get(rules, group, key);
	}
	return h ? h : st_rules_get(rules, group, "hint");
}

static const char *
check_label(const StRules *rules, const char *name)
{
	g_autofree char *group = g_strconcat("ack.check.", name, NULL);
	const char *l = st_rules_get(rules, group, "label");

	return l ? l : name;
}

/* TEXT wrapped at WIDTH columns (characters) on spaces, lines joined by SEP
 * (which carries the continuation indent).  g_free(). */
static char *
wrap(const char *text, glong width, const char *sep)
{
	g_auto(GStrv) words = g_strsplit(text, " ", -1);
	GString *out = g_string_new(NULL);
	glong col = 0;

	for (char **w = words; *w; w++) {
		glong n = g_utf8_strlen(*w, -1);
		if (n == 0)
			continue;
		if (col > 0 && col + 1 + n > width) {
			g_string_append(out, sep);
			col = 0;
		} else if (col > 0) {
			g_string_append_c(out, ' ');
			col++;
		}
		g_string_append(out, *w);
		col += n;
	}
	return g_string_free(out, FALSE);
}

/* checklist: [{name, label, ok, na, hint}], missing: the same, not ok only. */
static void
checklist_json(JsonObject *vars, const StRules *rules, const StAnalysis *f)
{
	JsonArray *all = json_array_new(), *missing = json_array_new();

	for (int c = 0; c < ST_CHECK_N; c++) {
		JsonObject *o = json_object_new();
		const char *name = st_check_names[c];
		gboolean ok = f && f->check[c], na = f && f->check_na[c];
		const char *hint = check_hint(rules, name, f ? f->os : NULL);
		json_object_set_string_member(o, "name", name);
		json_object_set_string_member(o, "label", check_label(rules, name));
		json_object_set_boolean_member(o, "ok", ok);
		json_object_set_boolean_member(o, "na", na);
		g_autofree char *wrapped = wrap(hint ? hint : "", ST_ACK_WRAP, "\n    ");
		json_object_set_string_member(o, "hint", wrapped);
		if (!ok && !na)
			json_array_add_object_element(missing, json_object_ref(o));
		json_array_add_object_element(all, o);
	}
	json_object_set_boolean_member(vars, "complete", json_array_get_length(missing) == 0);
	json_object_set_array_member(vars, "checklist", all);
	json_object_set_array_member(vars, "missing", missing);
}

static void
credit_json(JsonObject *vars, const StAnalysis *f, gboolean withhold)
{
	gboolean anon = f && f->credit_found && f->credit_anonymous;
	gboolean named = f && f->credit_found && !anon && (f->credit_name || f->credit_link);

	json_object_set_boolean_member(vars, "credit_anonymous", anon);
	json_object_set_boolean_member(vars, "credit_named", named);
	json_object_set_boolean_member(vars, "credit_unstated", !anon && !named);
	if (named && withhold) {
		json_object_set_string_member(vars, "credit_name", "the name and link your report gives");
		return;
	}
	if (named && f->credit_name) {
		g_autofree char *n = st_printable(f->credit_name, -1, ST_ACK_NAME_MAX);
		json_object_set_string_member(vars, "credit_name", n);
	}
	if (named && f->credit_link) {
		g_autofree char *l = st_printable(f->credit_link, -1, 200);
		json_object_set_string_member(vars, "credit_link", l);
	}
}

/* The report arrived encrypted (decrypted or not). */
static gboolean
was_encrypted(const StAnalysis *f)
{
	if (f == NULL)
		return FALSE;
	if (f->msg != NULL)
		return f->msg->encrypted;
	return st_flag_has(f->flags, "encrypted") || st_flag_has(f->flags, "decrypt-failed");
}

/* Fix targets: [{severity, days}] from the SLA clocks, counted from RECEIVED. */
static JsonArray *
fix_targets_json(const StRules *rules, GDateTime *from)
{
	static const char *const sev[] = { "critical", "high", "medium", "low" };
	JsonArray *arr = json_array_new();

	for (guint i = 0; i < G_N_ELEMENTS(sev); i++) {
		g_autoptr(GDateTime) due = st_sla_fix_due(rules, from, sev[i]);
		if (due == NULL)
			continue;
		JsonObject *o = json_object_new();
		json_object_set_string_member(o, "severity", sev[i]);
		json_object_set_int_member(o, "days", g_date_time_difference(due, from) / G_TIME_SPAN_DAY);
		json_array_add_object_element(arr, o);
	}
	return arr;
}

/* Variables shared by every template: tracking id, addresses, today. */
static JsonObject *
common_vars(const StConfig *cfg, const StRules *rules, const char *tracking_id, GDateTime *now)
{
	JsonObject *vars = json_object_new();
	const char *from = cfg->from_address && *cfg->from_address ? cfg->from_address
			   : cfg->recipients && cfg->recipients[0] ? cfg->recipients[0] : "";

	json_object_set_string_member(vars, "tracking_id", tracking_id);
	json_object_set_string_member(vars, "security_address", from);
	set_date(vars, "date", rules, now);
	return vars;
}

static JsonObject *
ack_vars(const StConfig *cfg, const StRules *rules, const StAckInput *in, GDateTime *now)
{
	JsonObject *vars = common_vars(cfg, rules, in->tracking_id, now);
	GDateTime *received = in->received ? in->received : now;
	g_autoptr(GDateTime) triage = st_sla_triage_due(rules, received);
	g_autoptr(GDateTime) embargo = st_sla_embargo_end(rules, now);
	gboolean unread = st_analysis_unread_encrypted(in->facts);

	set_date(vars, "received_date", rules, received);
	set_date(vars, "ack_date", rules, now);
	set_date(vars, "triage_by", rules, triage);
	set_date(vars, "embargo_until", rules, embargo);
	json_object_set_int_member(vars, "embargo_days",
				   embargo ? g_date_time_difference(embargo, now) / G_TIME_SPAN_DAY : 0);
	json_object_set_array_member(vars, "fix_targets", fix_targets_json(rules, received));
	gboolean withhold = was_encrypted(in->facts);
	json_object_set_array_member(vars, "attachments", attachments_json(in->attachments, withhold));
	json_object_set_boolean_member(vars, "encrypted", unread);
	json_object_set_boolean_member(vars, "followup", in->followup);
	checklist_json(vars, rules, unread ? NULL : in->facts);
	if (unread)  /* nothing of the content is known: no checklist verdict */
		json_object_set_boolean_member(vars, "complete", FALSE);
	credit_json(vars, unread ? NULL : in->facts, withhold);
	return vars;
}

/* Set ERROR for template NAME missing from the rules; returns NULL. */
static char *
template_missing(const char *name, GError **error)
{
	g_set_error(error, ST_ACK_ERROR, 3, "template %s is missing", name);
	return NULL;
}

/* Template NAME of RULES (present) rendered with VARS.  Returns the text
 * (g_free), NULL with ERROR naming the template. */
static char *
render(const StRules *rules, const char *name, JsonObject *vars, GError **error)
{
	GError *e = NULL;
	char *body = st_template_render(st_rules_template(rules, name), vars, &e);

	if (body == NULL) {
		g_set_error(error, ST_ACK_ERROR, 3, "template %s: %s", name, e->message);
		g_error_free(e);
	}
	return body;
}

char *
st_ack_compose(const StConfig *cfg, const StRules *rules, const StAckInput *in,
	       char **message_id, GError **error)
{
	g_return_val_if_fail(cfg != NULL && rules != NULL && in != NULL, NULL);
	g_return_val_if_fail(in->tracking_id != NULL, NULL);
	const char *name = in->followup ? "followup.txt" : "ack.txt";

	if (message_id)
		*message_id = NULL;
	if (st_rules_template(rules, name) == NULL)
		return template_missing(name, error);
	g_autoptr(GDateTime) now = st_now();
	g_autoptr(JsonObject) vars = ack_vars(cfg, rules, in, now);
	g_autofree char *body = render(rules, name, vars, error);
	if (body == NULL)
		return NULL;
	return build_message(cfg, in->tracking_id, in->recipient, in->subject,
			     in->in_reply_to, body, now, message_id, error);
}

char *
st_notice_compose(const StConfig *cfg, const StRules *rules, const char *state,
		  const char *tracking_id, const char *recipient, const char *subject,
		  const char *in_reply_to, GHashTable *vars, char **message_id,
		  GError **error)
{
	g_return_val_if_fail(cfg != NULL && rules != NULL && tracking_id != NULL, NULL);
	if (message_id)
		*message_id = NULL;
	if (state == NULL || *state == '\0' || strspn(state, "abcdefghijklmnopqrstuvwxyz-") != strlen(state)) {
		g_set_error(error, ST_ACK_ERROR, 3, "bad notice state");
		return NULL;
	}
	g_autofree char *name = g_strdup_printf("notice-%s.txt", state);
	if (st_rules_template(rules, name) == NULL)
		return template_missing(name, error);
	g_autoptr(GDateTime) now = st_now();
	g_autoptr(JsonObject) o = common_vars(cfg, rules, tracking_id, now);
	json_object_set_string_member(o, "state", state);
	if (vars != NULL) {
		GHashTableIter it;
		gpointer k, v;
		g_hash_table_iter_init(&it, vars);
		while (g_hash_table_iter_next(&it, &k, &v))
			if (k != NULL && v != NULL)
				json_object_set_string_member(o, k, v);
	}
	g_autofree char *body = render(rules, name, o, error);
	if (body == NULL)
		return NULL;
	return build_message(cfg, tracking_id, recipient, subject, in_reply_to, body, now,
			     message_id, error);
}
