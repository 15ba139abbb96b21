#!/bin/sh
# tests/run-all.sh BUILD — what `make check` (and `make sanitize`) run.
#
#   1. unit tests (build/tests/test_*), GTest, no services
#   2. script tests: tests/e2e/test_*.sh (devset accuracy, corpus, hostile
#      mail, CLI, Postfix end to end, faults) and tests/milter/run.sh
#      (miltertest over the real milter protocol)
#   3. a short fuzz run when clang's libFuzzer is available (tests/fuzz/run.sh
#      FUZZ_SECONDS_CHECK, default 20 s a target; the analyze target seeded
#      with a fixed sample of FUZZ_SEEDS_CHECK messages, default 300:
#      `make fuzz` runs 60 s a target seeded with every message)
#
# Every suite prints "N passed, M failed" last; the totals are summed and the
# last line of this script is the grand total.  Exit 1 if anything failed.
# ST_ONLY=pattern runs only the script tests whose name matches.
ST_ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build}
case $BUILD in /*) ;; *) BUILD=$ST_ROOT/$BUILD ;; esac
export BUILD ST_ROOT
: "${ST_SHARED:=$ST_ROOT/../shared}"
SHARED=${SHARED:-$ST_SHARED}
export ST_SHARED SHARED
if [ -n "${ST_SANITIZE:-}" ]; then
	export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1:intercept_strstr=0}
	export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
	export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ST_ROOT/tests/lsan.supp:print_suppressions=0}
fi
cd "$ST_ROOT" || exit 1
# make check runs memcheck over the analysis and filing path on samples;
# `make valgrind` runs the full test_valgrind.sh (every unit program too).
export ST_VALGRIND_UNIT=${ST_VALGRIND_UNIT:-0}
export ST_VALGRIND_CORPUS=${ST_VALGRIND_CORPUS:-20}
export ST_VALGRIND_HELDOUT=${ST_VALGRIND_HELDOUT:-60}
# the suites that read every held-out message once per variant or mode run
# over every second one here (a direct run reads them all): the set grows
# a round at a time and CI must stay well under half an hour
export ST_VARIANTS_EVERY=${ST_VARIANTS_EVERY:-2}
export ST_PREFILTER_HELDOUT_EVERY=${ST_PREFILTER_HELDOUT_EVERY:-2}

total_p=0 total_f=0 failed_suites=""
tally() { # NAME OUTPUT-FILE STATUS
	line=$(grep -E '^([A-Za-z-]+: )?[0-9]+ passed, [0-9]+ failed' "$2" | tail -1)
	p=$(printf '%s' "$line" | sed -E 's/^([A-Za-z-]+: )?([0-9]+) passed.*/\2/')
	f=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
	[ -n "$p" ] || p=0
	[ -n "$f" ] || f=0
	if [ "$3" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	total_p=$((total_p + p)); total_f=$((total_f + f))
	if [ "$3" -ne 0 ] || [ "$f" -ne 0 ]; then failed_suites="$failed_suites $1"; fi
	echo "== $1: $p passed, $f failed (exit $3)"
}

log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== unit tests"
sh tests/run-unit.sh "$BUILD"/tests/test_* >"$log" 2>&1
st=$?
cat "$log"
tally unit "$log" $st

for t in tests/e2e/test_*.sh tests/milter/run.sh; do
	[ -f "$t" ] || continue
	if [ -n "${ST_ONLY:-}" ]; then
		case $t in *$ST_ONLY*) ;; *) continue ;; esac
	fi
	echo "== $t"
	start=$(date +%s)
	timeout "${ST_SUITE_TIMEOUT:-900}" bash "$t" >"$log" 2>&1
	st=$?
	cat "$log"
	echo "   ($(( $(date +%s) - start )) s)"
	tally "$t" "$log" $st
done

if [ -f tests/fuzz/run.sh ] && [ -z "${ST_NO_FUZZ:-}" ] && [ -z "${ST_ONLY:-}" ]; then
	echo "== fuzz (short run)"
	FUZZ_SEEDS=${FUZZ_SEEDS_CHECK:-300} \
	timeout 600 sh tests/fuzz/run.sh "${FUZZ_SECONDS_CHECK:-20}" >"$log" 2>&1
	st=$?
	tail -30 "$log"
	tally fuzz "$log" $st
fi

echo
if [ -n "$failed_suites" ]; then
	echo "FAILED:$failed_suites"
fi
echo "total: $total_p passed, $total_f failed"
[ "$total_f" -eq 0 ]
