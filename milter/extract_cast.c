/*
 * extract_cast.c — the terminal text an asciinema recording (.cast)
 * attachment shows (extract_int.h).
 *
 * `asciinema rec` saves a terminal session as asciicast: a JSON header
 * line ({"version": 2, ...} or 3), then one JSON array a line for each
 * event, [time, code, data].  What the terminal showed is the data of the
 * output events (code "o") in order, typed commands echoed one character
 * an event, with the terminal's escape sequences (colours, cursor moves,
 * window titles) in between.  A report may carry its `msb --version` and
 * `hostnamectl` only there (3727), so the recording is read as the text
 * of its output events with the escape sequences taken out and the
 * terminal's CR LF as LF: the transcript the writer saw.  The other
 * events (input, markers, resizes) show nothing.  Work is bounded by
 * [extract.cast] in rules/extract.rules: the events read and the text
 * kept.
 */
#include <string.h>

#include <json-glib/json-glib.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* Is LINE an asciicast header (a JSON object whose "version" is 2 or 3)? */
static gboolean
cast_header(JsonParser *parser, const char *line, gssize len)
{
	if (!json_parser_load_from_data(parser, line, len, NULL))
		return FALSE;
	JsonNode *root = json_parser_get_root(parser);
	if (root == NULL || !JSON_NODE_HOLDS_OBJECT(root))
		return FALSE;
	JsonObject *o = json_node_get_object(root);
	if (!json_object_has_member(o, "version"))
		return FALSE;
	JsonNode *v = json_object_get_member(o, "version");
	if (!JSON_NODE_HOLDS_VALUE(v) || json_node_get_value_type(v) != G_TYPE_INT64)
		return FALSE;
	gint64 version = json_node_get_int(v);
	return version == 2 || version == 3;
}

/* The data of the output event LINE ([time, "o", data]), or NULL. */
static const char *
cast_output(JsonParser *parser, const char *line, gssize len)
{
	if (!json_parser_load_from_data(parser, line, len, NULL))
		return NULL;
	JsonNode *root = json_parser_get_root(parser);
	if (root == NULL || !JSON_NODE_HOLDS_ARRAY(root))
		return NULL;
	JsonArray *ev = json_node_get_array(root);
	if (json_array_get_length(ev) < 3)
		return NULL;
	JsonNode *code = json_array_get_element(ev, 1), *data = json_array_get_element(ev, 2);
	if (!JSON_NODE_HOLDS_VALUE(code) || json_node_get_value_type(code) != G_TYPE_STRING ||
	    strcmp(json_node_get_string(code), "o") != 0 ||
	    !JSON_NODE_HOLDS_VALUE(data) || json_node_get_value_type(data) != G_TYPE_STRING)
		return NULL;
	return json_node_get_string(data);
}

char *
st_x_cast_text(const StRules *rules, GBytes *cast)
{
	if (cast == NULL)
		return NULL;
	gint64 max_events = st_rules_get_int(rules, "extract.cast", "max_events", 100000);
	gint64 max_text = st_rules_get_int(rules, "extract.cast", "max_text_bytes", 65536);
	gsize n;
	const char *p = g_bytes_get_data(cast, &n), *end = p + n;
	if (p == NULL || n == 0)
		return NULL;

	g_autoptr(JsonParser) parser = json_parser_new_immutable();
	const char *nl = memchr(p, '\n', n);
	const char *le = nl ? nl : end;
	if (!cast_header(parser, p, le - p))
		return NULL;

	g_autoptr(GString) out = g_string_new(NULL);
	gint64 events = 0;
	for (p = nl ? nl + 1 : end; p < end && events < max_events && out->len < (gsize)max_text;
	     p = nl ? nl + 1 : end) {
		nl = memchr(p, '\n', (gsize)(end - p));
		le = nl ? nl : end;
		if (le == p)
			continue;
		events++;
		const char *data = cast_output(parser, p, le - p);
		if (data != NULL)
			g_string_append(out, data);
	}

	/* the escape sequences: CSI ("\e[1;32m", "\e[?2004h"), OSC ("\e]0;title\a"),
	 * and the two-character ones ("\e=", "\e(B") */
	static GRegex *esc;
	if (g_once_init_enter(&esc)) {
		GRegex *r = g_regex_new("\\x1b\\[[0-?]*[ -/]*[@-~]|\\x1b\\][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)?"
					"|\\x1b[()][0-9A-Za-z]|\\x1b[@-_=>]|\\r+(?=\\n)|[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]",
					G_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&esc, r);
	}
	g_autofree char *plain = g_regex_replace_literal(esc, out->str, (gssize)out->len, 0, "", 0, NULL);
	if (plain == NULL)
		return NULL;
	/* a bare CR (a progress line drawn over) starts the line anew */
	g_strdelimit(plain, "\r", '\n');
	if ((gint64)strlen(plain) > max_text)
		plain[g_utf8_find_prev_char(plain, plain + max_text + 1) - plain] = '\0';
	if (*g_strchug(plain) == '\0')
		return NULL;
	return g_steal_pointer(&plain);
}
