#!/bin/bash
# test_valgrind.sh — the analysis and filing path and the unit tests under
# valgrind memcheck (issue #5): no invalid read or write, no use of
# uninitialised memory, no definite leak, anywhere.
#
# `sectriage file` (which analyses each message first) runs under memcheck
# over
#   - a sample of ../shared/corpus (every Nth message, sorted by name),
#   - every devset message, every .eml under tests/data (of the held-out
#     set a sample when ST_VALGRIND_HELDOUT is set, as make check does),
#   - the cases build/tools/gen_hostile writes under 1 MB,
# and `sectriage analyze --json` over the devset and the hostile cases of
# 1 MB or more (but the three biggest),
# and every build/tests/test_* program runs under memcheck too.  The sets are
# merged: each command runs over its sets in ST_VALGRIND_JOBS chunks (the
# messages dealt out biggest first), one valgrind process a chunk, since each
# process first compiles the ~960 rules under memcheck (a process a set and
# command paid that eight times).  Each run must exit 0 (memcheck's own
# status is 99), and print one result per message.  The jobs run
# ST_VALGRIND_JOBS at a time (default: the number of CPUs).
#
# make check (tests/run-all.sh) runs 20 corpus messages, a fixed sample of
# 60 held-out messages (every Nth), the rest of tests/data whole (30 now),
# the devset and the hostile cases, and no unit program; `make valgrind` runs
# 60 corpus messages, every held-out message and every unit program.
#
# Suppressions: tests/valgrind.supp, proven false positives of PCRE2's JIT and
# glibc's loader only.  A child forked only to _exit() (tests make dead pids
# that way) is not checked (--child-silent-after-fork): it frees nothing on
# purpose.  A sanitizer build cannot run under valgrind: with
# ST_SANITIZE set the test is skipped (make sanitize covers those binaries).
#
#   ST_VALGRIND_CORPUS   corpus messages in the sample (default 40, 0: none)
#   ST_VALGRIND_HELDOUT  held-out messages in the sample (default 0: all)
#   ST_VALGRIND_JOBS     parallel valgrind processes
#   ST_VALGRIND_UNIT     0 skips the unit programs
#   ST_VALGRIND_TIMEOUT  seconds for each valgrind process (default 600)
. "$(dirname "$0")/../lib.sh"

[ -z "${ST_SANITIZE:-}" ] || st_skip_all "sanitizer build: ASan binaries do not run under valgrind"
command -v valgrind >/dev/null || st_skip_all "valgrind not installed"
command -v jq >/dev/null || st_skip_all "jq missing"
[ -x "$ST_BIN" ] || st_skip_all "no $ST_BIN (make)"

T=$(st_tmpdir)
# (st_tmpdir runs in a subshell here: its clean-up is registered there)
[ -n "${ST_KEEP_TMP:-}" ] || st_at_exit rm -rf "$T"
SUPP=$ST_ROOT/tests/valgrind.supp
JOBS=${ST_VALGRIND_JOBS:-$(nproc 2>/dev/null || echo 2)}
NCORPUS=${ST_VALGRIND_CORPUS:-40}
NHELD=${ST_VALGRIND_HELDOUT:-0}
TMO=${ST_VALGRIND_TIMEOUT:-600}
export ST_SHARED=${ST_SHARED:-$SHARED}
mkdir -p "$T/out" "$T/vg" "$T/sets" "$T/filed"

# Unit test paths skipped under valgrind, each for a wall-clock or memory
# bound that only holds at native speed (they run in `make check` and
# `make sanitize`); everything else in those programs runs.
SLOW_PATHS=(
	/archive/bombs                 # 2 s per bomb
	/classify/bounded              # 5 s
	/extract/hostile               # 10 s
	/html/linear                   # 2 s
	/outbox/thread                 # stop within 1 s
	/file/large-message-memory-flat   # RSS growth of the process
)

# ---- the sets of messages ----
mapfile -t corpus < <(find "$SHARED/corpus" -type f -name '*.eml' 2>/dev/null | LC_ALL=C sort)
if [ "$NCORPUS" -gt 0 ] && [ "${#corpus[@]}" -gt 0 ]; then
	step=$(( ${#corpus[@]} / NCORPUS ))
	[ "$step" -ge 1 ] || step=1
	for ((i = 0; i < ${#corpus[@]}; i += step)); do echo "${corpus[$i]}"; done | head -n "$NCORPUS" >"$T/sets/corpus"
fi
find "$SHARED/devset/mail" -type f -name '*.eml' 2>/dev/null | LC_ALL=C sort >"$T/sets/devset"
# tests/data: every message but the held-out set's, and of that set every
# Nth (it grows by a round of twelve at a time; memcheck costs about a
# second a message)
find "$ST_ROOT/tests/data" -type f -name '*.eml' -not -path '*/heldout/*' | LC_ALL=C sort >"$T/sets/data"
mapfile -t held < <(find "$ST_ROOT/tests/data/heldout" -type f -name '*.eml' 2>/dev/null | LC_ALL=C sort)
if [ "$NHELD" -gt 0 ] && [ "${#held[@]}" -gt "$NHELD" ]; then
	step=$(( ${#held[@]} / NHELD ))
	for ((i = 0; i < ${#held[@]}; i += step)); do echo "${held[$i]}"; done | head -n "$NHELD" >>"$T/sets/data"
else
	printf '%s\n' "${held[@]}" >>"$T/sets/data"
fi
# The hostile cases but the three whose size only makes memcheck slow (a
# 10 MiB line, 2.8 MiB of HTML, a 50 MiB attachment: minutes each under
# valgrind, the same code as the small cases); test_hostile.sh runs them
# natively and under make sanitize.  Filed (analysed again, then stored) are
# only the cases under 1 MiB: the SQL, HTML, NUL and path tricks are there.
BIG_HOSTILE='/(long-line|huge-html|big-attachment)\.eml$'
if [ -x "$BUILD/tools/gen_hostile" ]; then
	"$BUILD/tools/gen_hostile" "$T/hostile" >"$T/hostile.all" 2>"$T/gen.err"
	st_check_eq "gen_hostile writes its cases" 0 $?
	grep -Ev "$BIG_HOSTILE" "$T/hostile.all" >"$T/sets/hostile"
else
	st_fail "gen_hostile" "no $BUILD/tools/gen_hostile (make tools)"
fi
for s in corpus devset data hostile; do
	[ -s "$T/sets/$s" ] || { rm -f "$T/sets/$s"; continue; }
	if [ "$s" = hostile ]; then
		mapfile -t files <"$T/sets/$s"
		find "${files[@]}" -size -1024k | LC_ALL=C sort >"$T/filed/$s"
	else
		cp "$T/sets/$s" "$T/filed/$s"
	fi
done
st_check "at least three sets of messages" test "$(ls "$T/sets" | wc -l)" -ge 3
# `file` runs the whole analysis before it files: analyze runs only where it
# adds something, the devset (its JSON printer) and the hostile cases too big
# to file.  Each message once under memcheck, not twice (CI time: a second
# pass over ~200 messages cost ~4 minutes of memcheck)
mkdir -p "$T/analyzed"
[ ! -s "$T/sets/devset" ] || cp "$T/sets/devset" "$T/analyzed/devset"
if [ -s "$T/sets/hostile" ]; then
	LC_ALL=C sort "$T/sets/hostile" | LC_ALL=C comm -23 - <(LC_ALL=C sort "$T/filed/hostile" 2>/dev/null) \
		>"$T/analyzed/hostile"
	[ -s "$T/analyzed/hostile" ] || rm -f "$T/analyzed/hostile"
fi

# ---- the jobs: one line each, NAME then the command ----
# (a chunk of every set: analyze and file; a unit program: its test paths)
# deal the messages of every set, biggest first, round the JOBS chunks of
# each command: the big hostile cases and the many small ones spread evenly
mkdir -p "$T/chunks"
deal() { # LIST-DIR COMMAND
	cat "$1"/* | tr '\n' '\0' | xargs -0 -r stat -c '%s %n' | LC_ALL=C sort -k1,1nr -k2 |
		cut -d' ' -f2- | awk -v n="$JOBS" -v p="$T/chunks/$2-" '{ print > (p (NR - 1) % n + 1) }'
}
deal "$T/analyzed" analyze
deal "$T/filed" file
jobs=()
for c in "$T"/chunks/*; do jobs+=("$(basename "$c")"); done
units=()
if [ "${ST_VALGRIND_UNIT:-1}" != 0 ]; then
	# the slowest under memcheck first, so that two queues end together
	for t in test_extract_attachments test_extract_threads test_digest test_file \
		test_parse test_session \
		$(cd "$BUILD/tests" 2>/dev/null && ls test_* 2>/dev/null); do
		[ -x "$BUILD/tests/$t" ] || continue
		case " ${units[*]} " in *" $t "*) ;; *) units+=("$t") ;; esac
	done
fi
for t in "${units[@]}"; do jobs+=("unit-$t"); done

# run_job NAME: run one job under memcheck; its exit status in out/NAME.rc,
# its output in out/NAME, memcheck's report in vg/NAME.log.
run_job() {
	local name=$1 what=${1#*-} cmd=() skip=() p t0=$SECONDS
	case $name in
	analyze-*) cmd=("$ST_BIN" --rules "$ST_ROOT/rules" analyze --json)
		mapfile -t files <"$T/chunks/$name"; cmd+=("${files[@]}") ;;
	file-*) cmd=("$ST_BIN" --rules "$ST_ROOT/rules" --db "$T/$what.db" file --json -f reporter@example.org)
		mapfile -t files <"$T/chunks/$name"; cmd+=("${files[@]}") ;;
	unit-*) for p in $SLOW_PATHS_LIST; do skip+=(-s "$p"); done
		cmd=("$BUILD/tests/$what" --tap "${skip[@]}") ;;
	esac
	G_SLICE=always-malloc G_DEBUG=gc-friendly timeout "$TMO" \
		valgrind -q --error-exitcode=99 --suppressions="$SUPP" \
		--leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
		--num-callers=30 --child-silent-after-fork=yes --log-file="$T/vg/$name.log" \
		"${cmd[@]}" >"$T/out/$name" 2>"$T/out/$name.err" </dev/null
	echo $? >"$T/out/$name.rc"
	echo $((SECONDS - t0)) >"$T/out/$name.secs"
}
export -f run_job
SLOW_PATHS_LIST="${SLOW_PATHS[*]}"   # bash exports no arrays
export T SUPP TMO ST_BIN ST_ROOT BUILD SLOW_PATHS_LIST
start=$(date +%s)
printf '%s\n' "${jobs[@]}" |
	xargs -P "$JOBS" -I{} bash -c 'run_job "$1"' _ {}
echo "# ${#jobs[@]} valgrind runs, $JOBS at a time: $(( $(date +%s) - start )) s"

# ---- the verdicts ----
# memcheck's summary of a failed run, and the program's last lines
show() {
	grep -v '^==[0-9]*== *$' "$T/vg/$1.log" 2>/dev/null | head -n 40 | sed 's/^/#   /'
	tail -n 5 "$T/out/$1.err" 2>/dev/null | sed 's/^/#   /'
}

verdict() { # NAME WHAT
	local rc secs
	rc=$(cat "$T/out/$1.rc" 2>/dev/null || echo none)
	secs=$(cat "$T/out/$1.secs" 2>/dev/null)
	case $rc in
	0) st_pass "$2: exit 0, no memcheck error (${secs}s)" ;;
	99) st_fail "$2" "memcheck errors"; show "$1" ;;
	124) st_fail "$2" "timed out after $TMO s"; show "$1" ;;
	*) st_fail "$2" "exit $rc"; show "$1" ;;
	esac
}

# what each set sent to each command, and what the chunks ran: every message
# of every set in exactly one chunk
for c in analyze file; do
	case $c in analyze) d=analyzed ;; file) d=filed ;; esac
	sum=""
	for s in "$T/$d"/*; do sum="$sum, $(basename "$s") $(grep -c . "$s")"; done
	st_check_eq "$c: the chunks hold every message of the sets (${sum#, })" \
		"$(cat "$T/$d"/* | LC_ALL=C sort)" "$(cat "$T/chunks/$c"-* | LC_ALL=C sort)"
done
for c in "$T"/chunks/*; do
	c=$(basename "$c")
	n=$(grep -c . "$T/chunks/$c")
	case $c in
	analyze-*) verdict "$c" "analyze, chunk ${c#*-} ($n messages)"
		st_check_eq "analyze, chunk ${c#*-}: one JSON object a message" "$n" \
			"$(jq -s length "$T/out/$c" 2>/dev/null || echo invalid)" ;;
	file-*) verdict "$c" "file, chunk ${c#*-} ($n messages)"
		st_check_eq "file, chunk ${c#*-}: one JSON result a message" "$n" \
			"$(jq -s length "$T/out/$c" 2>/dev/null || echo invalid)" ;;
	esac
done
for t in "${units[@]}"; do
	verdict "unit-$t" "$t"
	nok=$(grep -c '^ok ' "$T/out/unit-$t" 2>/dev/null)
	nnot=$(grep -c '^not ok ' "$T/out/unit-$t" 2>/dev/null)
	st_check "$t: ${nok:-0} cases pass, none fails" test "${nok:-0}" -gt 0 -a "${nnot:-0}" -eq 0
done
st_finish
