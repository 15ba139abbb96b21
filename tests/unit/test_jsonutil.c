/* test_jsonutil.c — the JSON member builders (string or null, integers,
 * booleans, string arrays, ISO times) and the tolerant typed getters. */
#include <string.h>

#include "sectriage/jsonutil.h"

/* Build one object with every builder and compare its text. */
static void
test_build(void)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	g_autoptr(GPtrArray) v = g_ptr_array_new();
	g_ptr_array_add(v, "a");
	g_ptr_array_add(v, "b\"c");

	json_builder_begin_object(b);
	st_json_add_string(b, "s", "x");
	st_json_add_string(b, "n", NULL);
	st_json_add_int(b, "i", -3);
	st_json_add_boolean(b, "t", TRUE);
	st_json_add_strings(b, "v", v);
	st_json_add_strings(b, "e", NULL);
	st_json_add_time(b, "when", 1772442000);   /* 2026-03-02T09:00:00Z */
	st_json_add_time(b, "never", 0);
	st_json_add_time(b, "before", -5);
	json_builder_end_object(b);
	g_autoptr(JsonNode) root = json_builder_get_root(b);
	g_autofree char *text = json_to_string(root, FALSE);
	g_assert_cmpstr(text, ==,
			"{\"s\":\"x\",\"n\":null,\"i\":-3,\"t\":true,\"v\":[\"a\",\"b\\\"c\"],"
			"\"e\":[],\"when\":\"2026-03-02T09:00:00Z\",\"never\":null,\"before\":null}");
}

static const char doc[] =
	"{\"s\":\"x\",\"n\":null,\"i\":42,\"d\":2.9,\"t\":true,\"f\":false,"
	"\"o\":{\"k\":\"v\"},\"a\":[1,2],\"bs\":\"true\"}";

static const struct {
	const char *name;
	const char *str;           /* st_json_get_string */
	gboolean is_obj, is_arr;   /* st_json_get_object / _array non-NULL */
	gboolean boolean;          /* st_json_get_boolean */
	gint64 num;                /* st_json_get_int with default -1 */
} get_cases[] = {
	{ "s", "x", FALSE, FALSE, FALSE, -1 },  /* a string is not a number */
	{ "n", NULL, FALSE, FALSE, FALSE, -1 },
	{ "i", NULL, FALSE, FALSE, FALSE, 42 },
	{ "d", NULL, FALSE, FALSE, FALSE, 2 },
	{ "t", NULL, FALSE, FALSE, TRUE, 1 },
	{ "f", NULL, FALSE, FALSE, FALSE, 0 },
	{ "o", NULL, TRUE, FALSE, FALSE, -1 },
	{ "a", NULL, FALSE, TRUE, FALSE, -1 },
	{ "bs", "true", FALSE, FALSE, FALSE, -1 },  /* "true" the string is not a boolean */
	{ "missing", NULL, FALSE, FALSE, FALSE, -1 },
};

static void
test_get(void)
{
	g_autoptr(JsonParser) p = json_parser_new();
	g_autoptr(GError) err = NULL;
	g_assert_true(json_parser_load_from_data(p, doc, -1, &err));
	g_assert_no_error(err);
	JsonObject *o = json_node_get_object(json_parser_get_root(p));

	for (gsize i = 0; i < G_N_ELEMENTS(get_cases); i++) {
		const char *n = get_cases[i].name;
		g_test_message("member %s", n);
		g_assert_cmpstr(st_json_get_string(o, n), ==, get_cases[i].str);
		g_assert_cmpint(st_json_get_object(o, n) != NULL, ==, get_cases[i].is_obj);
		g_assert_cmpint(st_json_get_array(o, n) != NULL, ==, get_cases[i].is_arr);
		g_assert_cmpint(st_json_get_boolean(o, n), ==, get_cases[i].boolean);
		/* strings are scalar values too: json-glib reads them as 0 */
		gint64 want = get_cases[i].str ? 0 : get_cases[i].num;
		g_assert_cmpint(st_json_get_int(o, n, -1), ==, want);
	}
	g_assert_cmpstr(st_json_get_string(st_json_get_object(o, "o"), "k"), ==, "v");
	/* a NULL object reads as the defaults */
	g_assert_null(st_json_get_string(NULL, "s"));
	g_assert_null(st_json_get_object(NULL, "o"));
	g_assert_null(st_json_get_array(NULL, "a"));
	g_assert_false(st_json_get_boolean(NULL, "t"));
	g_assert_cmpint(st_json_get_int(NULL, "i", 7), ==, 7);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/jsonutil/build", test_build);
	g_test_add_func("/jsonutil/get", test_get);
	return g_test_run();
}
