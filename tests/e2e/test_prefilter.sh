#!/bin/bash
# test_prefilter.sh — the literal prefilter of the rules engine (issue #9)
# changes no analysis.
#
# For every message of the shared corpus, the devset and our held-out set:
#   1. `sectriage analyze --json` in check mode (ST_PREFILTER_CHECK=1: every
#      pattern the prefilter skips is run anyway, and one that matches
#      aborts naming its key) exits 0;
#   2. its output is the output with the prefilter off (ST_PREFILTER=0),
#      message for message (only "elapsed_us" may differ); over a set of
#      more than ST_PREFILTER_OFF_MAX messages, check mode's output stands
#      for prefilter off's (below).
# A direct run checks every message; make check every second message of the
# held-out set (ST_PREFILTER_HELDOUT_EVERY, set by tests/run-all.sh: the set
# grows a round at a time, and CI's time with it).  Each
# process compiles the rules first (0.3 s of CPU, as much as 30 messages
# take): ST_PREFILTER_BATCH messages a process (default 500; it was 100).
. "$(dirname "$0")/../lib.sh"

[ -x "$ST_BIN" ] || st_skip_all "$ST_BIN not built"
T=$(st_tmpdir)
export ST_NOW=2026-01-01T00:00:00Z

# analyze the files listed (NUL-separated) in $1 into $2, one line each,
# without the timing; extra environment in the remaining arguments
run_set() {
	local list=$1 out=$2
	shift 2
	env "$@" xargs -0 -n "${ST_PREFILTER_BATCH:-500}" "$ST_BIN" analyze --json <"$list" >"$out.raw" 2>"$out.err"
	local st=$?
	sed -E 's/"elapsed_us":[0-9]+,?//' "$out.raw" >"$out"
	return $st
}

check_set() { # NAME EVERY DIR [FIND-ARGS...]: every EVERYth message by name;
	# extra find tests, e.g. to leave a subtree out
	local name=$1 every=$2 dir=$3
	shift 3
	if [ ! -d "$dir" ]; then
		st_fail "$name: messages" "no directory $dir"
		return
	fi
	find "$dir" -type f \( -name '*.eml' -o -path '*/mail/*' \) "$@" -print0 | sort -z |
		tr '\0' '\n' | awk -v k="$every" '(NR - 1) % k == 0' | tr '\n' '\0' >"$T/$name.list"
	local n
	n=$(tr -cd '\0' <"$T/$name.list" | wc -c)
	if [ "$n" -eq 0 ]; then
		st_fail "$name: messages" "none under $dir"
		return
	fi
	# the modes side by side (each its own process and file), so that
	# they share the machine's CPUs instead of taking turns.  Check mode
	# runs every pattern the prefilter skips: it costs what prefilter off
	# costs and its analyses are those of prefilter off once it passes (a
	# skipped pattern that matched would have stopped it), so check mode
	# runs in two halves side by side, and prefilter off itself only over
	# a set of at most ST_PREFILTER_OFF_MAX messages (default 1000: the
	# corpus, the devset and tests/data; the held-out set's check mode
	# stands for it)
	local pc1 pc2 po='' pn half
	half=$(( (n + 1) / 2 ))
	tr '\0' '\n' <"$T/$name.list" | head -n "$half" | tr '\n' '\0' >"$T/$name.list1"
	tr '\0' '\n' <"$T/$name.list" | tail -n +"$((half + 1))" | tr '\n' '\0' >"$T/$name.list2"
	run_set "$T/$name.list1" "$T/$name.check1" ST_PREFILTER_CHECK=1 & pc1=$!
	run_set "$T/$name.list2" "$T/$name.check2" ST_PREFILTER_CHECK=1 & pc2=$!
	if [ "$n" -le "${ST_PREFILTER_OFF_MAX:-1000}" ]; then
		run_set "$T/$name.list" "$T/$name.off" ST_PREFILTER=0 & po=$!
	fi
	run_set "$T/$name.list" "$T/$name.on" & pn=$!
	local cst=0
	wait "$pc1" || cst=1
	wait "$pc2" || cst=1
	cat "$T/$name.check1" "$T/$name.check2" >"$T/$name.check"
	cat "$T/$name.check1.err" "$T/$name.check2.err" >"$T/$name.check.err"
	local of=''
	[ "$every" -eq 1 ] || of=" (one in $every, by name)"
	if [ "$cst" -eq 0 ]; then
		st_pass "$name: $n messages$of in check mode, no skipped pattern matches"
	else
		st_fail "$name: check mode" "$(grep -m1 -i 'prefilter' "$T/$name.check.err" || tail -1 "$T/$name.check.err")"
	fi
	if [ -n "$po" ]; then
		wait "$po" || st_fail "$name: prefilter off" "$(tail -1 "$T/$name.off.err")"
	else
		cp "$T/$name.check" "$T/$name.off"
	fi
	wait "$pn" || st_fail "$name: prefilter on" "$(tail -1 "$T/$name.on.err")"
	local lines
	lines=$(wc -l <"$T/$name.off")
	st_check_eq "$name: one analysis per message" "$n" "$lines"
	# the first message whose analysis differs, by name
	local first
	first=$(paste -d '\n' "$T/$name.on" "$T/$name.off" | awk 'NR % 2 { a = $0; next }
		$0 != a { print NR / 2; exit }')
	if [ -z "$first" ] && cmp -s "$T/$name.on" "$T/$name.off" &&
	   cmp -s "$T/$name.check" "$T/$name.off"; then
		st_pass "$name: analyses with and without the prefilter identical"
	else
		local file
		file=$(tr '\0' '\n' <"$T/$name.list" | sed -n "${first:-1}p")
		file=${file#"$SHARED"/}
		st_fail "$name: analyses with and without the prefilter" "differ at ${file#"$ST_ROOT"/}"
	fi
}

if [ -d "$SHARED/corpus" ]; then
	check_set corpus 1 "$SHARED/corpus"
else
	echo "# no corpus under $SHARED: skipped"
fi
if [ -d "$SHARED/devset/mail" ]; then
	check_set devset 1 "$SHARED/devset/mail"
else
	echo "# no devset under $SHARED: skipped"
fi
check_set heldout "${ST_PREFILTER_HELDOUT_EVERY:-1}" "$ST_ROOT/tests/data/heldout/mail"
# the rest of tests/data (the held-out set is checked above)
check_set data 1 "$ST_ROOT/tests/data" -not -path '*/heldout/*'

st_finish
