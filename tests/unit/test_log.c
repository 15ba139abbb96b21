/*
 * test_log.c — log.c: the queue id first ("QID: ...", "NOQUEUE: ..." when
 * the MTA gave none, no prefix for daemon lines), the debug level, GLib's
 * warnings routed to the same place, and peer text made printable and cut.
 * Lines are read from stderr (LOG_PERROR) of a subprocess.
 */
#include <string.h>
#include "sectriage/log.h"

static void
test_lines(void)
{
	if (g_test_subprocess()) {
		st_log_init("st-test", TRUE, FALSE);
		st_log(LOG_INFO, "4Xb2c1Q", "filed %s new score=%d", "SEC-2026-0001", 80);
		st_log(LOG_ERR, "", "filing failed: disk full");
		st_log(LOG_INFO, NULL, "listening on %s", "unix:/run/x.sock");
		st_log(LOG_DEBUG, "Q1", "hidden debug line");
		st_log_set_debug(TRUE);
		st_log(LOG_DEBUG, "Q2", "shown debug line");
		g_log_set_always_fatal(G_LOG_FATAL_MASK);
		g_warning("a GLib warning");
		return;
	}
	g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
	g_test_trap_assert_passed();
	g_test_trap_assert_stderr("*st-test[*]: 4Xb2c1Q: filed SEC-2026-0001 new score=80\n*");
	g_test_trap_assert_stderr("*st-test[*]: NOQUEUE: filing failed: disk full\n*");
	g_test_trap_assert_stderr("*st-test[*]: listening on unix:/run/x.sock\n*");
	g_test_trap_assert_stderr_unmatched("*hidden debug line*");
	g_test_trap_assert_stderr("*: Q2: shown debug line\n*");
	g_test_trap_assert_stderr("*a GLib warning*");
}

static void
test_peer(void)
{
	static const struct { const char *in, *want; } cases[] = {
		{ NULL, "<>" },
		{ "ada@reporter.example", "ada@reporter.example" },
		{ "evil\r\nX-Injected: yes", "evil??X-Injected: yes" },
		{ "tab\there", "tab?here" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *got = st_log_peer(cases[i].in);
		g_assert_cmpstr(got, ==, cases[i].want);
	}
	g_autofree char *longs = g_strnfill(5000, 'a');
	g_autofree char *cut = st_log_peer(longs);
	g_assert_cmpuint(strlen(cut), <=, 203);
	g_autofree char *bad = st_log_peer("caf\xc3 \xff\x01");
	g_assert_true(g_utf8_validate(bad, -1, NULL));
	g_assert_null(strchr(bad, '\x01'));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/log/lines", test_lines);
	g_test_add_func("/log/peer", test_peer);
	return g_test_run();
}
