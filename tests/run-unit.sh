#!/bin/sh
# tests/run-unit.sh BIN... — run GTest programs, one line each, and a total.
# Each program runs with --tap; a program that crashes or exits non-zero fails.
ST_ROOT=$(cd "$(dirname "$0")/.." && pwd)
: "${ST_SHARED:=$ST_ROOT/../shared}"
export ST_SHARED
export G_DEBUG=${G_DEBUG:-fatal-criticals}
passed=0 failed=0 rc=0
for t in "$@"; do
	out=$(timeout "${ST_UNIT_TIMEOUT:-600}" "$t" --tap 2>&1)
	status=$?
	p=$(printf '%s\n' "$out" | grep -c '^ok ')
	f=$(printf '%s\n' "$out" | grep -c '^not ok ')
	if [ $status -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	passed=$((passed + p)); failed=$((failed + f))
	if [ $status -ne 0 ] || [ "$f" -ne 0 ]; then
		rc=1
		printf '%s\n' "$out" | grep -v '^ok ' | tail -40
		echo "FAIL $(basename "$t"): $p passed, $f failed (exit $status)"
	else
		echo "PASS $(basename "$t"): $p passed"
	fi
done
echo "unit: $passed passed, $failed failed"
exit $rc
