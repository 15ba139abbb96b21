#!/bin/bash
# test_cli_store.sh — `sectriage file | list | show | db` on a private
# temporary database (issue #2): every message of ../shared/corpus is filed
# with exit 0, in under a second of CPU each (ST_CLI_BATCH files a process,
# default 10), in the documented output format;
# filing the corpus again files nothing twice; the database checks clean;
# list and show work (text and JSON); a devset thread joins one report;
# errors and usage give exit 1 and 2; analyze --return-path and file
# --return-path give each message its own envelope sender, and file --json
# the report's merged facts; a sample runs clean under valgrind.
#
# Environment: SHARED (default ../shared), BUILD, ST_VALGRIND_SAMPLE (number
# of corpus files run under valgrind, default 8; 0 skips).
. "$(dirname "$0")/../lib.sh"

[ -x "$ST_BIN" ] || st_skip_all "$ST_BIN not built"
[ -d "$SHARED/corpus" ] || st_skip_all "no corpus under $SHARED"
command -v jq >/dev/null || st_skip_all "jq missing"

T=$(st_tmpdir)
DB=$T/db/triage.db
NOW=2026-03-02T10:00:00Z
# a private copy of the binary: a rebuild in the tree while this runs
# must not swap it under our feet (the rules are named explicitly)
if ! { mkdir -p "$T/bin" && cp "$ST_BIN" "$T/bin/sectriage"; }; then st_skip_all "cannot copy $ST_BIN"; fi
ST_BIN=$T/bin/sectriage
export ST_RULES_DIR=$ST_ROOT/rules
sectriage() { "$ST_BIN" --rules "$ST_RULES_DIR" "$@"; }
st() { sectriage --db "$DB" --now "$NOW" "$@"; }

mapfile -t FILES < <(find "$SHARED/corpus" -type f -name '*.eml' | LC_ALL=C sort)
st_check "corpus has files" test "${#FILES[@]}" -gt 100

# ---- file every corpus message ----
failed=() slow=() badfmt=() kinds_new=0 kinds_dup=0 kinds_fup=0
# a second of CPU a file at native speed; ASan + UBSan (make sanitize) runs
# ~3-5x slower.  CPU time (user + system), not wall time: a guard against
# runaway work on one message, which a loaded machine must not trip.
limit_ms=1000
[ -z "${ST_SANITIZE:-}" ] || limit_ms=5000
TIMEFORMAT='%3U %3S'
re='^(.*): [A-Z]+-2026-[0-9]{4,} (new|followup|duplicate) score [0-9]{1,3} missing ([a-z,]+|-)$'
# ST_CLI_BATCH files a process (default 10), as a script files a few new
# messages at a time: each process pays the rules' compilation (0.3 s of
# CPU, ten messages' worth), so one file a process was most of this
# test's time.  The corpus is dealt into ST_CLI_JOBS lists (default: the
# CPUs) filed side by side into the one database, as the milter's workers
# and a maintainer's command do.  A worker writes one record a file:
# status of its process, the process's CPU ms and file count, the file and
# its output line (or the start of the process's error).
batch=${ST_CLI_BATCH:-10}
file_list() { # LIST RESULTS SCRATCH
	local -a chunk all
	local f out status cpu_user cpu_sys t n k line
	mapfile -t all <"$1"
	for ((k = 0; k < ${#all[@]}; k += batch)); do
		chunk=("${all[@]:k:batch}")
		n=${#chunk[@]}
		out=$( { time st file --envelope-from reporter@example.org --queue-id Q"$RANDOM" "${chunk[@]}" \
			2>"$3.err"; } 2>"$3.cpu")
		status=$?
		read -r cpu_user cpu_sys <"$3.cpu"
		t=$(( 10#${cpu_user/./} + 10#${cpu_sys/./} ))
		for f in "${chunk[@]}"; do
			line=$(grep -F -m1 -- "$f: " <<<"$out")
			[ -n "$line" ] || line="(exit $status: $(head -c 200 "$3.err" | tr '\t\n' '  '))"
			printf '%s\t%s\t%s\t%s\t%s\n' "$status" "$t" "$n" "$f" "$line"
		done
	done >"$2"
}
jobs=${ST_CLI_JOBS:-$(nproc 2>/dev/null || echo 2)}
printf '%s\n' "${FILES[@]}" | awk -v n="$jobs" -v p="$T/list." '{ print > (p (NR - 1) % n) }'
pids=()
for l in "$T"/list.*; do
	file_list "$l" "$T/res.${l##*.}" "$T/scratch.${l##*.}" & pids+=($!)
done
wait "${pids[@]}"
while IFS=$'\t' read -r status t n f out; do
	if [ "$status" -ne 0 ] || [[ $out == "(exit "* ]]; then
		failed+=("$f $out")
		continue
	fi
	[ "$t" -lt $((limit_ms * n)) ] || slow+=("$f (its process of $n files) ${t}ms")
	if [[ ! $out =~ $re ]] || [ "${BASH_REMATCH[1]}" != "$f" ]; then
		badfmt+=("$out")
	fi
	case $out in
	*" new score"*) kinds_new=$((kinds_new + 1)) ;;
	*" duplicate score"*) kinds_dup=$((kinds_dup + 1)) ;;
	*" followup score"*) kinds_fup=$((kinds_fup + 1)) ;;
	esac
done < <(cat "$T"/res.*)
st_check_eq "every corpus file filed once" "${#FILES[@]}" "$(cat "$T"/res.* | wc -l)"
if [ ${#failed[@]} -eq 0 ]; then st_pass "all ${#FILES[@]} corpus files filed with exit 0"
else printf '  %s\n' "${failed[@]}" | head -20; st_fail "corpus filing" "${#failed[@]} failed"; fi
if [ ${#slow[@]} -eq 0 ]; then st_pass "corpus filed in under $limit_ms ms of CPU a file ($batch files a process)"
else printf '  %s\n' "${slow[@]}" | head -20; st_fail "filing time" "${#slow[@]} files in processes over $limit_ms ms of CPU a file"; fi
if [ ${#badfmt[@]} -eq 0 ]; then st_pass "every output line in the documented format"
else printf '  %s\n' "${badfmt[@]}" | head -10; st_fail "output format" "${#badfmt[@]} lines"; fi
echo "# corpus: $kinds_new new, $kinds_fup follow-ups, $kinds_dup duplicates"

sql() { sqlite3 -readonly "$DB" "$1"; }
st_check_eq "one message row per file" "$(( ${#FILES[@]} - kinds_dup ))" "$(sql 'SELECT count(*) FROM messages')"
st_check_eq "one report per new filing" "$kinds_new" "$(sql 'SELECT count(*) FROM reports')"
st_check_eq "database file mode 0600" 600 "$(stat -c %a "$DB")"
st_check_eq "database directory mode 0700" 700 "$(stat -c %a "$T/db")"
st_check_eq "every message's raw bytes stored whole" 0 \
	"$(sql 'SELECT count(*) FROM messages WHERE coalesce(length(raw), 0) != size OR raw_truncated')"
st_check_eq "every new report has one ack outbox row" "$kinds_new" \
	"$(sql "SELECT count(DISTINCT report_id) FROM outbox WHERE kind = 'ack'")"
st_check_eq "queue ids recorded" 0 "$(sql "SELECT count(*) FROM messages WHERE queue_id NOT LIKE 'Q%'")"
# the two files GMime cannot parse at all (no header block) are filed, raw, flagged
for f in cpython/msg_19.eml james-mime4j/testmsgs__malformedHeader-noheader.eml; do
	[ -f "$SHARED/corpus/$f" ] || continue
	size=$(stat -c %s "$SHARED/corpus/$f")
	sha=$(sha256sum <"$SHARED/corpus/$f" | cut -d' ' -f1)
	st_check_eq "$f: filed raw and flagged unparseable" "$size 1" \
		"$(sql "SELECT length(raw), instr(flags, 'unparseable') > 0 FROM messages WHERE sha256 = '$sha'" | tr '|' ' ')"
done

# ---- filed exactly once: the whole corpus again in one command ----
before=$(sql 'SELECT count(*) FROM messages')
out=$(st file --envelope-from reporter@example.org "${FILES[@]}" 2>&1)
status=$?
st_check_eq "refiling the corpus exits 0" 0 "$status"
st_check_eq "refiling: every file a duplicate" "${#FILES[@]}" "$(grep -c ' duplicate score ' <<<"$out")"
st_check_eq "refiling added no message" "$before" "$(sql 'SELECT count(*) FROM messages')"
st_check_eq "refiling added no outbox row" "$kinds_new" "$(sql 'SELECT count(*) FROM outbox')"

# ---- db ----
out=$(st db check); status=$?
st_check_eq "db check exits 0" 0 "$status"
st_check "db check says ok and the schema version" grep -qx 'schema version [0-9]*' <<<"$(tail -1 <<<"$out")"
st_check "db check first line ok" test "$(head -1 <<<"$out")" = ok
st_check_eq "db path" "$DB" "$(st db path)"
st_check "db migrate up to date" grep -q 'up to date' <<<"$(st db migrate)"
want_v=$(sed -n 's/^#define ST_STORE_SCHEMA_VERSION \([0-9]*\).*/\1/p' "$ST_ROOT/include/sectriage/store.h")
st_check_eq "db migrate on a new file" "schema version $want_v (migrated from 0)" \
	"$(sectriage --db "$T/new.db" db migrate)"

# ---- list ----
open=$(sql "SELECT count(*) FROM reports WHERE state NOT IN ('published', 'closed')")
out=$(st list); status=$?
st_check_eq "list exits 0" 0 "$status"
st_check_eq "list: a header and one line per open report" "$((open + 1))" "$(wc -l <<<"$out")"
newest=$(sql 'SELECT tracking_id FROM reports ORDER BY created_at DESC, id DESC LIMIT 1')
st_check "list: newest first" grep -q "^$newest " <<<"$(sed -n 2p <<<"$out")"
json=$(st list --json)
st_check_eq "list --json length" "$open" "$(jq length <<<"$json")"
st_check_eq "list --json fields" true \
	"$(jq '.[0] | has("tracking_id") and has("state") and has("score") and has("class") and (.missing | type == "array") and has("subject")' <<<"$json")"
st_check_eq "list --state closed: none" 0 "$(st list --json --state closed | jq length)"

# ---- show ----
id=$(sql 'SELECT tracking_id FROM reports WHERE id = (SELECT report_id FROM attachments LIMIT 1)')
out=$(st show "$id"); status=$?
st_check_eq "show exits 0" 0 "$status"
st_check "show names the report, its messages and history" \
	grep -q "^$id " <<<"$out"
for section in messages: attachments: outbox: history:; do
	st_check "show has $section" grep -qx "$section" <<<"$out"
done
json=$(st show --json "$id")
st_check_eq "show --json: the report" "$id" "$(jq -r .tracking_id <<<"$json")"
st_check_eq "show --json: facts as analyze --json" true \
	"$(jq '.facts | has("checklist") and has("score") and has("missing") and has("attachments") and has("class") and has("ack")' <<<"$json")"
st_check_eq "show --json: sections" true \
	"$(jq '(.messages | length) >= 1 and (.attachments | length) >= 1 and (.events | length) >= 2 and (.outbox | length) == 1' <<<"$json")"
st_check_eq "show --json: no raw bytes" false "$(jq '.messages[0] | has("raw")' <<<"$json")"
st_check_eq "show by row id" "$id" "$(st show --json "$(sql "SELECT id FROM reports WHERE tracking_id = '$id'")" | jq -r .tracking_id)"
st show SEC-1999-9999 >/dev/null 2>"$T/err"
st_check_eq "show unknown id exits 1" 1 $?
st_check "show unknown id says so" grep -q '^sectriage show: ' "$T/err"

# ---- a devset thread joins one report, an unreadable file fails alone ----
DEV=$SHARED/devset/mail
if [ -f "$DEV/17-server-mcp-noauth.eml" ]; then
	TDB=$T/thread.db
	out=$(sectriage --db "$TDB" --now "$NOW" file --envelope-from reporter@example.org \
		"$DEV/17-server-mcp-noauth.eml" "$T/nonexistent.eml" \
		"$DEV/18-server-mcp-noauth-reply.eml" 2>"$T/err")
	st_check_eq "a missing file makes file exit 1" 1 $?
	st_check "the missing file is named on stderr" grep -q 'nonexistent.eml' "$T/err"
	id17=$(sed -n 's/.*17-server-mcp-noauth.eml: \([^ ]*\) new .*/\1/p' <<<"$out")
	id18=$(sed -n 's/.*18-server-mcp-noauth-reply.eml: \([^ ]*\) followup .*/\1/p' <<<"$out")
	st_check "17 opens a report" test -n "$id17"
	st_check "18 is a follow-up" test -n "$id18"
	st_check_eq "18 is a follow-up of 17" "$id17" "$id18"
	json=$(sectriage --db "$TDB" show --json "$id17")
	st_check_eq "the thread has two messages" 2 "$(jq '.messages | length' <<<"$json")"
	st_check_eq "one ack for the thread" 1 "$(jq '[.outbox[] | select(.kind == "ack")] | length' <<<"$json")"
	score=$(jq .score <<<"$json")
	st_check "the report has a score" test -n "$score" -a "$score" != null
	st_check_eq "facts score matches the report" "$score" "$(jq .facts.score <<<"$json")"
	# the null sender: filed, never acknowledged
	out=$(sectriage --db "$TDB" --now "$NOW" file --json --envelope-from '' "$DEV/19-bounce-dsn.eml")
	st_check_eq "null sender: no ack queued" false "$(jq .ack_queued <<<"$out")"
	st_check_eq "null sender stored as empty" "''" \
		"$(sqlite3 -readonly "$TDB" "SELECT quote(envelope_from) FROM messages ORDER BY id DESC LIMIT 1")"
fi

# ---- analyze --return-path: each message's own envelope sender ----
rp_msg() { # FILE RETURN-PATH-LINE-OR-EMPTY
	{ [ -z "$2" ] || echo "$2"
	  printf 'From: Ana Reyes <ana@reporter.example>\nTo: security@superrad.company\n'
	  printf 'Subject: guest reads host files\nMessage-ID: <%s@reporter.example>\n\n' "$(basename "$1")"
	  printf 'msb 0.10.4 on Ubuntu 24.04: a guest reads /etc/shadow of the host.\n'; } >"$1"
}
rp_msg "$T/rp1.eml" 'Return-Path: <ana@reporter.example>'
rp_msg "$T/rp2.eml" 'Return-Path: <>'
rp_msg "$T/rp3.eml" ''
rp_msg "$T/rp4.eml" 'Return-Path: <@relay.example:ana@reporter.example>'
strip() { jq -c 'del(.elapsed_us)'; }
got=$(sectriage analyze --json --return-path "$T"/rp{1,2,3,4}.eml | strip)
want=$( { sectriage analyze --json --envelope-from ana@reporter.example "$T/rp1.eml"
	  sectriage analyze --json --envelope-from '' "$T/rp2.eml"
	  sectriage analyze --json "$T/rp3.eml"
	  sectriage analyze --json --envelope-from ana@reporter.example "$T/rp4.eml"; } | strip)
st_check_eq "analyze --return-path: one object a file" 4 "$(grep -c . <<<"$got")"
st_check "analyze --return-path: as --envelope-from each message's Return-Path" \
	test "$got" = "$want"
st_check_eq "analyze --return-path: Return-Path <> is the null sender, no ack" false \
	"$(sed -n 2p <<<"$got" | jq .ack.send)"
sectriage analyze --json --return-path --envelope-from x@y.example "$T/rp1.eml" >/dev/null 2>&1
st_check_eq "analyze: --return-path with --envelope-from exits 2" 2 $?

# ---- file --return-path: a mailbox of delivered copies, a thread in it ----
{ echo 'Return-Path: <ana@reporter.example>'
  printf 'From: Ana Reyes <ana@reporter.example>\nTo: security@superrad.company\n'
  printf 'Subject: Re: guest reads host files\nMessage-ID: <rp5.eml@reporter.example>\n'
  printf 'In-Reply-To: <rp1.eml@reporter.example>\nReferences: <rp1.eml@reporter.example>\n\n'
  printf 'The host kernel, uname -r: 6.8.0-45-generic\n'; } >"$T/rp5.eml"
RDB=$T/rp.db
out=$(sectriage --db "$RDB" --now "$NOW" file --json --return-path "$T"/rp{1,2,5}.eml | jq -c .)
st_check_eq "file --return-path: one object a file" 3 "$(grep -c . <<<"$out")"
st_check_eq "file --return-path: each message's envelope sender as filed" \
	"'ana@reporter.example' '' 'ana@reporter.example'" \
	"$(sqlite3 -readonly "$RDB" "SELECT quote(envelope_from) FROM messages ORDER BY id" | paste -sd' ')"
st_check_eq "file --return-path: the Return-Path <> copy gets no ack" "true false" \
	"$(sed -n '1p;2p' <<<"$out" | jq -r .ack_queued | paste -sd' ')"
st_check_eq "file --return-path: the reply follows up the first report" \
	"$(sed -n 1p <<<"$out" | jq -r .tracking_id) followup" "$(sed -n 3p <<<"$out" | jq -r '.tracking_id + " " + .kind')"
st_check_eq "file --json: facts are the report's, merged after each filing" "null 6.8.0-45-generic" \
	"$(sed -n '1p;3p' <<<"$out" | jq -r .facts.platform.kernel | paste -sd' ')"
st_check_eq "file --json: facts as show --json has them" \
	"$(sectriage --db "$RDB" show --json "$(sed -n 1p <<<"$out" | jq -r .tracking_id)" | jq -c .facts)" \
	"$(sed -n 3p <<<"$out" | jq -c .facts)"
sectriage --db "$RDB" file --return-path --envelope-from x@y.example "$T/rp1.eml" >/dev/null 2>&1
st_check_eq "file: --return-path with --envelope-from exits 2" 2 $?

# ---- usage ----
st file >/dev/null 2>&1
st_check_eq "file without FILE exits 2" 2 $?
st db frobnicate >/dev/null 2>&1
st_check_eq "db with an unknown action exits 2" 2 $?
st list extra >/dev/null 2>&1
st_check_eq "list with an argument exits 2" 2 $?
for cmd in file list show db; do
	sectriage "$cmd" --help >/dev/null 2>&1
	st_check_eq "$cmd --help exits 0" 0 $?
done

# ---- a sample under valgrind (memcheck) ----
n=${ST_VALGRIND_SAMPLE:-8}
if [ "$n" -gt 0 ] && command -v valgrind >/dev/null && [ -z "${ST_SANITIZE:-}" ]; then
	step=$(( ${#FILES[@]} / n ))
	sample=()
	for ((i = 0; i < ${#FILES[@]}; i += step)); do sample+=("${FILES[$i]}"); done
	[ -f "$DEV/01-macos-virtiofs-parent-swap-itw.eml" ] && sample+=("$DEV/01-macos-virtiofs-parent-swap-itw.eml")
	VDB=$T/valgrind.db
	# GRegex compiles rules with PCRE2's JIT, whose generated code reads
	# whole vectors past string ends on purpose: memcheck flags it in frames
	# that belong to no object file ("???").  Only such frames are suppressed.
	for kind in Cond Value8 Value16 Value32 Addr1 Addr2 Addr4 Addr8 Addr16 Addr32; do
		printf '{\n   pcre2-jit-%s\n   Memcheck:%s\n   obj:???\n}\n' "$kind" "$kind"
	done >"$T/jit.supp"
	# and ld.so's own strncmp reading a word past a short rpath string
	printf '{\n   ld.so-is_dst\n   Memcheck:Addr8\n   fun:strncmp\n   fun:is_dst\n}\n' >>"$T/jit.supp"
	vg() {
		G_SLICE=always-malloc G_DEBUG=gc-friendly valgrind -q --error-exitcode=99 \
			--suppressions="$T/jit.supp" \
			--leak-check=full --errors-for-leak-kinds=definite \
			--log-file="$T/vg.%p.log" "$ST_BIN" --rules "$ST_RULES_DIR" \
			--db "$VDB" --now "$NOW" "$@" >/dev/null
	}
	vg file --envelope-from reporter@example.org "${sample[@]}"
	st_check_eq "valgrind: file ${#sample[@]} messages, no memcheck error" 0 $?
	vg file --envelope-from reporter@example.org "${sample[@]}"
	st_check_eq "valgrind: refile (duplicates), no memcheck error" 0 $?
	vg list
	st_check_eq "valgrind: list, no memcheck error" 0 $?
	vg show --json "$(sqlite3 -readonly "$VDB" 'SELECT tracking_id FROM reports ORDER BY id DESC LIMIT 1')"
	st_check_eq "valgrind: show, no memcheck error" 0 $?
	vg db check
	st_check_eq "valgrind: db check, no memcheck error" 0 $?
	if grep -l 'ERROR SUMMARY: [1-9]\|definitely lost' "$T"/vg.*.log >/dev/null 2>&1; then
		cat "$T"/vg.*.log | head -60
	fi
fi

st_finish
