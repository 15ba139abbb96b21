#!/bin/bash
# test_devset.sh — the devset accuracy check (issue #3): runs
# tests/devset_check.py over ../shared/devset with the built sectriage.
#
# The Python script prints the per-field table, every mismatch and
# "N passed, M failed" counting fields.  This wrapper turns its two gates into
# checks — overall field accuracy at least ST_DEVSET_MIN (95) percent, and
# every acknowledgment decision right — so the suite's last line counts those.
. "$(dirname "$0")/../lib.sh"

[ -d "$SHARED/devset/labels" ] || st_skip_all "no devset under $SHARED"
[ -x "$ST_BIN" ] || st_skip_all "$ST_BIN not built"
command -v python3 >/dev/null || st_skip_all "python3 missing"

out=$(SHARED=$SHARED BUILD=$BUILD python3 "$ST_ROOT/tests/devset_check.py" 2>&1)
status=$?
printf '%s\n' "$out"

overall=$(printf '%s\n' "$out" | sed -nE 's/^overall: ([0-9.]+)%.*/\1/p' | tail -1)
acks=$(printf '%s\n' "$out" | sed -nE 's/.*ack decisions wrong: ([0-9]+).*/\1/p' | tail -1)
min=${ST_DEVSET_MIN:-95}
if [ -n "$overall" ] && awk -v o="$overall" -v m="$min" 'BEGIN { exit !(o >= m) }'; then
	st_pass "devset field accuracy $overall% >= $min%"
else
	st_fail "devset field accuracy" "${overall:-none}% < $min%"
fi
st_check_eq "every devset ack decision right" 0 "${acks:-unknown}"
[ $status -eq 0 ] || st_fail "devset_check.py exit status" "$status"
st_finish
