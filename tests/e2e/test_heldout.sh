#!/bin/bash
# test_heldout.sh — the held-out accuracy check (issue #3): runs
# tests/devset_check.py --dir tests/data/heldout with the built sectriage.
#
# tests/data/heldout holds labelled messages written apart from the shared
# devset, in other styles (terse, rambling, Markdown, HTML-only, Outlook
# Windows-1252, eight languages, forwarded, a thread, odd version and platform
# forms, near-misses, out-of-scope reports, and mail that must get no
# acknowledgment); its README.md says how it was written.  Labels follow the
# devset README's schema and conventions.  Rules are not to be tuned to these
# texts: a fix must be a general pattern.
#
# Gates: overall field accuracy at least ST_HELDOUT_MIN (95) percent, every
# acknowledgment decision right, and every label's message present.
. "$(dirname "$0")/../lib.sh"

dir=$ST_ROOT/tests/data/heldout
[ -d "$dir/labels" ] || st_skip_all "no held-out set under $dir"
[ -x "$ST_BIN" ] || st_skip_all "$ST_BIN not built"
command -v python3 >/dev/null || st_skip_all "python3 missing"

# the set itself: every label names a message that exists, envelope agrees
# with Return-Path
bad=0
n=0
for lab in "$dir"/labels/*.json; do
	n=$((n + 1))
	eml=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["file"])' "$lab")
	if [ ! -f "$dir/mail/$eml" ]; then
		st_fail "label $(basename "$lab")" "names missing message $eml"
		bad=$((bad + 1))
		continue
	fi
	env=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["envelope_from"])' "$lab")
	rp=$(sed -nE '1,/^$/s/^Return-Path: <(.*)>$/\1/p' "$dir/mail/$eml" | head -1)
	[ "$env" = "$rp" ] || { st_fail "label $(basename "$lab")" "envelope_from '$env' != Return-Path '$rp'"; bad=$((bad + 1)); }
done
st_check_eq "held-out labels consistent with their messages" 0 "$bad"
[ "$n" -ge 30 ] && st_pass "held-out set has $n labelled messages" ||
	st_fail "held-out set size" "$n < 30"

min=${ST_HELDOUT_MIN:-95}
out=$(BUILD=$BUILD ST_DEVSET_MIN=$min python3 "$ST_ROOT/tests/devset_check.py" --dir "$dir" 2>&1)
status=$?
printf '%s\n' "$out"

overall=$(printf '%s\n' "$out" | sed -nE 's/^overall: ([0-9.]+)%.*/\1/p' | tail -1)
acks=$(printf '%s\n' "$out" | sed -nE 's/.*ack decisions wrong: ([0-9]+).*/\1/p' | tail -1)
if [ -n "$overall" ] && awk -v o="$overall" -v m="$min" 'BEGIN { exit !(o >= m) }'; then
	st_pass "held-out field accuracy $overall% >= $min%"
else
	st_fail "held-out field accuracy" "${overall:-none}% < $min%"
fi
st_check_eq "every held-out ack decision right" 0 "${acks:-unknown}"
[ $status -eq 0 ] || st_fail "devset_check.py --dir exit status" "$status"
st_finish
