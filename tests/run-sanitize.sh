#!/bin/sh
# tests/run-sanitize.sh BUILD — what `make sanitize` runs after building BUILD
# (default build-asan) with ASan + UBSan: the whole tests/run-all.sh against
# BUILD's binaries, every sanitizer report collected in one place.
#
# The milter under test runs as nobody and in the background: a report it
# writes to its stderr ends in a log the test deletes, and a leak found at
# exit changes only an exit status nobody waits for.  So every sanitized
# process writes its reports to a private world-writable directory
# (ASAN_OPTIONS/UBSAN_OPTIONS log_path=DIR/san: san.PROGRAM.PID), and after
# the suite every report found there is printed and counted as a failure:
# "sanitizer reports: N passed, M failed" (M = processes that reported).
#
#   ST_SAN_LOGS   keep the reports in this directory (default: a temp dir,
#                 removed when nothing was found)
ST_ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build-asan}

keep=${ST_SAN_LOGS:-}
if [ -n "$keep" ]; then
	logs=$keep
	mkdir -p "$logs" || exit 1
else
	logs=$(mktemp -d "${TMPDIR:-/tmp}/sectriage-san.XXXXXX") || exit 1
fi
# nobody (the milter's run user) must be able to create its report there
chmod 1777 "$logs"
# the tests may look there too (the reports of a milter they started)
export ST_SAN_LOGS=$logs

supp=$ST_ROOT/tests/lsan.supp
export ST_SANITIZE=1
# intercept_strstr=0: ASan's strstr checks the whole haystack (strlen) on
# every call, so GLib's g_strsplit over a long text turns quadratic (20,000
# lines: 9 s of internal_strlen instead of 0.4 s) and every time bound fails.
# detect_stack_use_after_return=1: a pointer to a returned function's locals
# is caught too (fake stack frames).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1:intercept_strstr=0:log_exe_name=1:log_path=$logs/san${ASAN_OPTIONS_EXTRA:+:$ASAN_OPTIONS_EXTRA}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_exe_name=1:log_path=$logs/san"
export LSAN_OPTIONS="suppressions=$supp:print_suppressions=0"

sh "$ST_ROOT/tests/run-all.sh" "$BUILD"
status=$?

# Which processes reported what.  A file without an error line (a warning
# such as "ASan is ignoring requested __asan_handle_no_return") is shown
# but not counted.
echo
echo "== sanitizer reports ($logs)"
bad=0
for f in "$logs"/san.*; do
	[ -f "$f" ] || continue
	if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:|WARNING: .*Sanitizer: (use|double|heap|stack)' "$f"; then
		bad=$((bad + 1))
		echo "-- $f"
		head -n 60 "$f"
	else
		echo "-- $f (warning only)"
		head -n 5 "$f"
	fi
done
if [ "$bad" -eq 0 ] && [ -z "$keep" ]; then
	rm -rf "$logs"
fi
echo "sanitizer reports: $((bad == 0)) passed, $bad failed"
[ "$status" -eq 0 ] && [ "$bad" -eq 0 ]
