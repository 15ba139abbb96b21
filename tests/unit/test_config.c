/* test_config.c — the config table: defaults, bounds, unknown keys, sizes. */
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sectriage/common.h"
#include "sectriage/config.h"

static char *
write_tmp(const char *text)
{
	GError *err = NULL;
	char *path = NULL;
	int fd = g_file_open_tmp("st-config-XXXXXX.conf", &path, &err);
	g_assert_no_error(err);
	close(fd);
	g_file_set_contents(path, text, -1, &err);
	g_assert_no_error(err);
	return path;
}

static void
test_defaults(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_assert_cmpstr(cfg->recipients[0], ==, "security@superrad.company");
	g_assert_null(cfg->recipients[1]);
	g_assert_cmpstr(cfg->id_prefix, ==, "SEC");
	g_assert_cmpstr(cfg->from_address, ==, "security@superrad.company");
	g_assert_cmpstr(cfg->on_failure, ==, "tempfail");
	g_assert_cmpint(cfg->limits.max_message_size, ==, 64 * 1024 * 1024);
	g_assert_cmpint(cfg->limits.max_depth, ==, 32);
	/* trusted ids default to the recipients' domains */
	g_assert_cmpstr(cfg->trusted_authserv_ids[0], ==, "superrad.company");
	g_assert_cmpstr(cfg->trusted_authserv_ids[1], ==, ".superrad.company");
	g_assert_true(g_str_has_suffix(cfg->spool_dir, "/spool"));
	g_assert_false(cfg->store_plaintext);
}

static void
test_missing_default_file_ok(void)
{
	/* a named file must exist */
	GError *err = NULL;
	StConfig *cfg = st_config_load("/nonexistent/sectriage.conf", &err);
	g_assert_null(cfg);
	g_assert_nonnull(err);
	g_error_free(err);
}

typedef struct {
	const char *text;
	gboolean ok;
	const char *error_part;
} Case;

static const Case cases[] = {
	{ "[milter]\nrecipients = Security@Example.org, psirt@example.org\n", TRUE, NULL },
	{ "[milter]\nrecipent = x@y\n", FALSE, "unknown setting" },
	{ "[nosuch]\nkey = 1\n", FALSE, "unknown setting" },
	{ "[limits]\nmax_message_size = 10M\n", TRUE, NULL },
	{ "[limits]\nmax_message_size = 10Q\n", FALSE, "not a size" },
	{ "[limits]\nmax_depth = 0\n", FALSE, "outside" },
	{ "[limits]\nmax_depth = 5000\n", FALSE, "outside" },
	{ "[limits]\nmax_depth = 12k\n", FALSE, "not a number" },
	{ "[milter]\non_failure = reject\n", FALSE, "on_failure" },
	{ "[milter]\nrecipients = nobody\n", FALSE, "not an address" },
	{ "[store]\nid_prefix = SEC-X\n", FALSE, "id_prefix" },
	{ "[crypto]\nstore_plaintext = maybe\n", FALSE, "true or false" },
	{ "[crypto]\nstore_plaintext = yes\n", TRUE, NULL },
	{ "not a key file", FALSE, "" },
	/* a setting written again later overrides the earlier one, as in
	 * Postfix's main.cf (the tests and admins append overrides) */
	{ "[milter]\nsocket = unix:/run/a.sock\ntriage = inline\nsocket = unix:/run/b.sock\n", TRUE, NULL },
	{ "[limits]\nmax_depth = 8\n[milter]\ntriage = inline\n[limits]\nmax_depth = 9\n", TRUE, NULL },
};

static void
test_table(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = write_tmp(cases[i].text);
		GError *err = NULL;
		StConfig *cfg = st_config_load(path, &err);
		if (cases[i].ok) {
			g_assert_no_error(err);
			g_assert_nonnull(cfg);
		} else {
			g_assert_null(cfg);
			g_assert_nonnull(err);
			if (cases[i].error_part)
				g_assert_nonnull(strstr(err->message, cases[i].error_part));
			g_error_free(err);
		}
		st_config_unref(cfg);
		g_unlink(path);
	}
}

/* A setting written again later is used, and cfg->overridden names it
 * (the milter logs it at start and reload, -n prints it), as postconf
 * warns of an overriding entry; a file without one has none. */
static void
test_overridden(void)
{
	g_autofree char *twice = write_tmp("[milter]\ntriage = inline\n[store]\nid_prefix = SEC\n"
					  "[milter]\ntriage = deferred\n");
	g_autoptr(GError) err = NULL;
	g_autoptr(StConfig) cfg = st_config_load(twice, &err);
	g_assert_no_error(err);
	g_assert_cmpstr(cfg->triage, ==, "deferred");
	g_assert_nonnull(cfg->overridden);
	g_assert_nonnull(strstr(cfg->overridden, ":5: [milter]: group header repeated (first at line 1)"));
	g_unlink(twice);

	g_autofree char *once = write_tmp("[milter]\ntriage = inline\n[store]\nid_prefix = SEC\n");
	g_autoptr(StConfig) one = st_config_load(once, &err);
	g_assert_no_error(err);
	g_assert_null(one->overridden);
	g_unlink(once);
}

static void
test_recipient_match(void)
{
	g_autofree char *path = write_tmp("[milter]\nrecipients = Security@Example.org; psirt@example.org\n");
	g_autoptr(GError) err = NULL;
	g_autoptr(StConfig) cfg = st_config_load(path, &err);
	g_assert_no_error(err);
	g_assert_true(st_config_is_recipient(cfg, "<security@example.org>"));
	g_assert_true(st_config_is_recipient(cfg, "SECURITY@EXAMPLE.ORG"));
	g_assert_true(st_config_is_recipient(cfg, "psirt@example.org"));
	g_assert_false(st_config_is_recipient(cfg, "security@example.org.evil"));
	g_assert_false(st_config_is_recipient(cfg, "other@example.org"));
	g_assert_false(st_config_is_recipient(cfg, NULL));
	g_unlink(path);
}

static void
test_dump(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(GString) out = g_string_new(NULL);
	st_config_dump(cfg, out);
	g_assert_nonnull(strstr(out->str, "[milter]\n"));
	g_assert_nonnull(strstr(out->str, "recipients = security@superrad.company\n"));
	g_assert_nonnull(strstr(out->str, "max_parts = 1000\n"));
}

static void
test_printable(void)
{
	g_autofree char *a = st_printable("a\r\nb\x01\xff", -1, 100);
	g_assert_cmpstr(a, ==, "a??b??");
	g_autofree char *b = st_header_safe("  [x]\r\n Bcc: evil@example.org\t ", 100);
	g_assert_cmpstr(b, ==, "[x] Bcc: evil@example.org");
	g_autofree char *c = st_printable("ééééé", -1, 6);
	g_assert_true(g_utf8_validate(c, -1, NULL));
	g_assert_cmpuint(strlen(c), <=, 6);
}

/* st_squeeze_blanks by its definition, one byte at a time: a run of spaces
 * and tabs keeps MAX_RUN of them, more than 3 blank lines in a row (CR and
 * blanks still blank) become 3.  g_free(). */
static char *
squeeze_reference(const char *in, guint max_run)
{
	GString *out = g_string_new(NULL);
	guint run = 0, blank_lines = 0;
	gboolean line_blank = TRUE;

	for (const char *p = in; *p; p++) {
		if (*p == ' ' || *p == '\t') {
			if (++run > max_run)
				continue;
		} else if (*p == '\n') {
			run = 0;
			blank_lines = line_blank ? blank_lines + 1 : 0;
			line_blank = TRUE;
			if (blank_lines > 3) {
				while (out->len > 0 && (out->str[out->len - 1] == ' ' ||
							out->str[out->len - 1] == '\t'))
					g_string_truncate(out, out->len - 1);
				continue;
			}
		} else {
			run = 0;
			if (*p != '\r')
				line_blank = FALSE;
		}
		g_string_append_c(out, *p);
	}
	return g_string_free(out, FALSE);
}

static void
test_squeeze_blanks(void)
{
	static const struct { const char *in, *out; } blank_cases[] = {
		{ "a    b", "a   b" },                     /* run of 4 -> 3 */
		{ "a\t\t\t\tb", "a\t\t\tb" },
		{ "code\n   x\n", "code\n   x\n" },       /* short indentation kept */
		{ "a\n\n\n\n\n\nb", "a\n\n\n\nb" },       /* 5 blank lines -> 3 */
		{ "a\n  \n \n\n\n\nb", "a\n  \n \n\nb" },
		{ "", "" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(blank_cases); i++) {
		g_autoptr(GString) s = g_string_new(blank_cases[i].in);
		st_squeeze_blanks(s, 3);
		g_assert_cmpstr(s->str, ==, blank_cases[i].out);
	}
	/* CR keeps a line blank; text after a dropped run moves back */
	static const struct { const char *in, *out; } cr_cases[] = {
		{ "a\r\n\r\n\r\n\r\n\r\nb", "a\r\n\r\n\r\n\r\n\rb" },
		{ "x      y      z\n", "x   y   z\n" },
		{ "p\n \t\n\n\n\n q  r", "p\n \t\n\n\n q  r" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cr_cases); i++) {
		g_autoptr(GString) s = g_string_new(cr_cases[i].in);
		g_assert_cmpint(st_squeeze_blanks(s, 3), ==, strcmp(cr_cases[i].in, cr_cases[i].out) != 0);
		g_assert_cmpstr(s->str, ==, cr_cases[i].out);
	}
	/* random text of blanks, line ends and letters: as the byte-by-byte
	 * definition (squeeze_reference) gives it */
	g_autoptr(GRand) rnd = g_rand_new_with_seed(9);
	for (int n = 0; n < 2000; n++) {
		g_autoptr(GString) s = g_string_new(NULL);
		int len = g_rand_int_range(rnd, 0, 200);
		for (int i = 0; i < len; i++)
			g_string_append_c(s, " \t\n\rab"[g_rand_int_range(rnd, 0, 6)]);
		g_autofree char *want = squeeze_reference(s->str, 2);
		gboolean changed = strcmp(want, s->str) != 0;
		g_assert_cmpint(st_squeeze_blanks(s, 2), ==, changed);
		g_assert_cmpstr(s->str, ==, want);
		g_assert_cmpuint(s->len, ==, strlen(want));
	}
	/* a megabyte of blanks becomes a few bytes, in linear time */
	g_autoptr(GString) big = g_string_new("x");
	for (int i = 0; i < 1 << 20; i++)
		g_string_append_c(big, i % 4096 ? ' ' : '\n');
	g_assert_true(st_squeeze_blanks(big, 16));
	g_assert_cmpuint(big->len, <, 1000);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/config/defaults", test_defaults);
	g_test_add_func("/config/named-file-must-exist", test_missing_default_file_ok);
	g_test_add_func("/config/table", test_table);
	g_test_add_func("/config/overridden", test_overridden);
	g_test_add_func("/config/recipients", test_recipient_match);
	g_test_add_func("/config/dump", test_dump);
	g_test_add_func("/common/printable", test_printable);
	g_test_add_func("/common/squeeze-blanks", test_squeeze_blanks);
	return g_test_run();
}
