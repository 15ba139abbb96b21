# tests/lib.sh — helpers shared by every script test (bash).
#
# Source it first thing:    . "$(dirname "$0")/../lib.sh"
#
# Sets:
#   ST_ROOT   the repository (absolute)
#   SHARED    ../shared beside it (override with SHARED=...)
#   BUILD     the build directory, absolute (override with BUILD=..., relative
#             paths are taken from ST_ROOT; build-asan for the sanitizer run)
#   ST_BIN    $BUILD/sectriage       ST_MILTER  $BUILD/sectriage-milter
#   (SHARED defaults to $ST_SHARED, then to $ST_ROOT/../shared)
#
# Offers:
#   st_tmpdir                 a new temp dir (mode 0755 so that postfix and
#                             nobody can reach what is below), removed at exit
#                             unless a check failed (then kept, and named)
#   st_at_exit CMD...         run CMD at exit (last registered runs first)
#   st_pass NAME / st_fail NAME WHY / st_check NAME CMD... / st_check_eq NAME WANT GOT
#   st_skip_all WHY           print the reason and exit 0 with "0 passed, 0 failed"
#   st_finish                 print "N passed, M failed" and exit 1 if any failed
#   st_free_port              a free TCP port on 127.0.0.1 (random, high)
#   st_wait_for SECONDS CMD...  poll CMD every 0.1 s until it succeeds (CMD's
#                             arguments are expanded once: poll a function)
#   st_maildir_count DIR / st_maildir_has DIR N / st_maildir_msgids DIR
#   st_port_open PORT         TRUE when something listens on 127.0.0.1:PORT
#   st_milter_config DIR DB SOCKET [SUBMIT] [EXTRA]  write DIR/sectriage.conf
#   st_start_milter DIR       start $ST_MILTER with DIR/sectriage.conf (as root:
#                             -u ${ST_MILTER_USER:-nobody}), wait
#                             for its unix socket and its mode 0666 (socket_mode,
#                             set by the milter itself: open to postfix);
#                             pid in DIR/milter.pid, log in DIR/milter.log
#   st_stop_milter DIR        SIGTERM, poke the socket so libmilter exits at
#                             once, wait (SIGKILL after 10 s)
#   st_kill_milter DIR        SIGKILL (crash simulation)
#
# Every test prints one line per check ("ok - NAME" / "not ok - NAME: WHY") and
# the last line "N passed, M failed"; its exit status is 0 only if M is 0.

ST_ROOT=${ST_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
SHARED=${SHARED:-${ST_SHARED:-$ST_ROOT/../shared}}
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$ST_ROOT/$BUILD ;; esac
ST_BIN=$BUILD/sectriage
ST_MILTER=$BUILD/sectriage-milter
export ST_ROOT SHARED BUILD

ST_PASSED=0
ST_FAILED=0
ST_EXIT_CMDS=()

st_run_exit_cmds() {
	local rc=$? i
	# A test that failed (or was stopped) keeps its temp dirs for diagnosis.
	if [ "$ST_FAILED" -gt 0 ] || [ "$rc" != 0 ]; then
		ST_KEEP_FAILED=1
		[ -z "${ST_KEEP_TMP:-}" ] && [ -d "${ST_TMPROOT:-}" ] &&
			echo "# a check failed (exit $rc): keeping $ST_TMPROOT (logs, queue, database); remove it when read" >&2
	fi
	for ((i = ${#ST_EXIT_CMDS[@]} - 1; i >= 0; i--)); do
		eval "${ST_EXIT_CMDS[$i]}" >/dev/null 2>&1 || true
	done
	ST_EXIT_CMDS=()
}
trap st_run_exit_cmds EXIT
trap 'exit 130' INT TERM

st_at_exit() {
	local q
	printf -v q '%q ' "$@"
	ST_EXIT_CMDS+=("$q")
}

# Every temp dir of a test lives under one root made (and removed at exit)
# by the shell that sourced this file: st_tmpdir is called as T=$(st_tmpdir),
# in a subshell, where an exit hook of its own would be lost.
ST_TMPROOT=$(mktemp -d "${TMPDIR:-/tmp}/sectriage-test.XXXXXX") || exit 1
chmod 0755 "$ST_TMPROOT"
# ST_KEEP_TMP=1 keeps it whatever happens; else it is kept only when a check
# failed or the test did not exit 0 (st_run_exit_cmds says where).
if [ -n "${ST_KEEP_TMP:-}" ]; then
	echo "# keeping $ST_TMPROOT" >&2
else
	st_at_exit st_rm_tmproot
fi

st_rm_tmproot() {
	[ -n "${ST_KEEP_FAILED:-}" ] || rm -rf "$ST_TMPROOT"
}

st_tmpdir() {
	local d
	d=$(mktemp -d "$ST_TMPROOT/t.XXXXXX") || return 1
	chmod 0755 "$d"
	echo "$d"
}

# st_pass returns 0 and st_fail 1, and so do st_check and st_check_eq:
# `st_check NAME CMD || st_finish` stops a test whose set-up failed.
st_pass() {
	ST_PASSED=$((ST_PASSED + 1))
	echo "ok - $1"
	return 0
}

st_fail() {
	ST_FAILED=$((ST_FAILED + 1))
	echo "not ok - $1: ${2:-failed}"
	return 1
}

# st_check NAME CMD...: pass when CMD exits 0.
st_check() {
	local name=$1
	shift
	if "$@"; then st_pass "$name"; else st_fail "$name" "command failed: $*"; fi
}

# st_check_eq NAME WANT GOT
st_check_eq() {
	if [ "$2" = "$3" ]; then st_pass "$1"; else st_fail "$1" "want '$2', got '$3'"; fi
}

st_finish() {
	echo "$ST_PASSED passed, $ST_FAILED failed"
	[ "$ST_FAILED" -eq 0 ]
	exit $?
}

st_skip_all() {
	echo "# skipped: $*"
	echo "0 passed, 0 failed"
	exit 0
}

st_need_root() {
	[ "$(id -u)" = 0 ] || st_skip_all "needs root (private Postfix instance)"
}

st_port_open() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A random port in 20000-59999 that nothing listens on (or is bound to).
st_free_port() {
	local p i
	for ((i = 0; i < 100; i++)); do
		p=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
		if ! ss -Htan "( sport = :$p )" 2>/dev/null | grep -q .; then
			echo "$p"
			return 0
		fi
	done
	return 1
}

# st_wait_for SECONDS CMD...: TRUE as soon as CMD succeeds, FALSE at timeout.
st_wait_for() {
	local limit=$1 i
	shift
	for ((i = 0; i < limit * 10; i++)); do
		"$@" 2>/dev/null && return 0
		sleep 0.1
	done
	"$@" 2>/dev/null
}

st_pid_alive() {
	[ -n "$1" ] && kill -0 "$1" 2>/dev/null
}

st_pid_dead() {
	! st_pid_alive "$1"
}

# Connect to a unix socket and hang up (wakes libmilter's listener).
st_poke_unix() {
	python3 - "$1" <<'EOF' 2>/dev/null
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.settimeout(1)
try:
    s.connect(sys.argv[1])
except OSError:
    sys.exit(1)
s.close()
EOF
}

# st_milter_config DIR DB SOCKET [SUBMIT] [EXTRA]
# EXTRA is appended verbatim (more sections/keys, e.g. "[limits]\n...").
st_milter_config() {
	local dir=$1 db=$2 sock=$3 submit=${4:-} extra=${5:-}
	{
		echo "# written by tests/lib.sh"
		echo "[milter]"
		echo "socket = unix:$sock"
		# Postfix's smtpd (user postfix) must be able to connect: the
		# milter sets this mode itself (st_start_milter waits for it).
		echo "socket_mode = 0666"
		echo "recipients = security@superrad.company"
		echo "spool_dir = $dir/spool"
		echo "[store]"
		echo "database = $db"
		echo "[rules]"
		echo "directory = $ST_ROOT/rules"
		if [ -n "$submit" ]; then
			# Tests send from many addresses quickly: no per-sender
			# limit, fast retries.
			echo "[outbox]"
			echo "submit = $submit"
			echo "from_address = security@superrad.company"
			echo "ack_rate_per_day = 100000"
			echo "retry_base_s = 1"
		fi
		[ -n "$extra" ] && printf '%b\n' "$extra"
	} >"$dir/sectriage.conf"
	mkdir -p "$dir/spool" "$(dirname "$db")"
	chmod 0700 "$dir/spool" "$(dirname "$db")"
	# As root the milter runs as ST_MILTER_USER: give it its directories.
	if [ "$(id -u)" = 0 ]; then
		chown "${ST_MILTER_USER:-nobody}" "$dir/spool" "$(dirname "$db")"
	fi
}

# The socket path named in DIR/sectriage.conf.
st_milter_socket() {
	sed -n 's/^socket = unix://p' "$1/sectriage.conf" | head -n1
}

st_start_milter() {
	local dir=$1 sock pid
	sock=$(st_milter_socket "$dir")
	rm -f "$sock"
	# Started as root it must be told whom to run as (-u); it prepares the
	# spool and database directories for that user itself.
	local user=()
	[ "$(id -u)" = 0 ] && user=(-u "${ST_MILTER_USER:-nobody}")
	# Log through stderr (-f keeps it in the foreground; we background it).
	"$ST_MILTER" -f "${user[@]}" --config "$dir/sectriage.conf" ${ST_MILTER_ARGS:-} \
		>>"$dir/milter.log" 2>&1 &
	pid=$!
	# Not a job of ours: no "Killed" line from bash when a test kills it.
	disown "$pid" 2>/dev/null
	echo "$pid" >"$dir/milter.pid"
	st_at_exit st_kill_pid "$pid"
	if ! st_wait_for 10 test -S "$sock"; then
		echo "# milter did not create $sock; log:" >&2
		tail -n 20 "$dir/milter.log" | sed 's/^/#   /' >&2
		return 1
	fi
	# Postfix's smtpd runs as user postfix: the socket must be writable by
	# it.  The milter binds the socket, then chowns and chmods it to its
	# socket_mode: a chmod from here can land before the milter's own and be
	# undone (0660 nobody: Postfix gets EACCES and answers 451 to every
	# message, seen under load).  So the config names the mode and this
	# waits for it; only a config without socket_mode gets the chmod.
	chmod 0755 "$(dirname "$sock")"
	if grep -q '^socket_mode = 0666$' "$dir/sectriage.conf"; then
		if ! st_wait_for 10 st_socket_mode_is "$sock" 666; then
			echo "# milter socket $sock: mode $(stat -c %a "$sock" 2>/dev/null), want 666" >&2
			return 1
		fi
	else
		chmod 0666 "$sock"
	fi
	st_pid_alive "$pid"
}

# TRUE when the file PATH has the octal mode MODE (e.g. 666).
st_socket_mode_is() {
	[ "$(stat -c %a "$1" 2>/dev/null)" = "$2" ]
}

st_kill_pid() {
	kill -KILL "$1" 2>/dev/null
	return 0
}

st_stop_milter() {
	local dir=$1 pid sock
	pid=$(cat "$dir/milter.pid" 2>/dev/null) || return 0
	sock=$(st_milter_socket "$dir")
	if st_pid_alive "$pid"; then
		kill -TERM "$pid" 2>/dev/null
		st_wait_for 1 st_pid_dead "$pid" || st_poke_unix "$sock"
		st_wait_for 10 st_pid_dead "$pid" || kill -KILL "$pid" 2>/dev/null
		st_wait_for 5 st_pid_dead "$pid"
	fi
	wait "$pid" 2>/dev/null
	rm -f "$dir/milter.pid"
	return 0
}

# Short names for the wrappers.
start_milter() { st_start_milter "$@"; }
stop_milter() { st_stop_milter "$@"; }
wait_for() { st_wait_for "$@"; }

# st_check_milter_log NAME DIR: no sanitizer report (ASan, UBSan, LSan) and
# no crash in the milter's log (matters under `make sanitize`).
st_check_milter_log() {
	local log=$2/milter.log
	if grep -q -E 'ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer|GLib-CRITICAL|GLib-ERROR' "$log" 2>/dev/null; then
		st_fail "$1" "see $log"
		grep -E -A12 'ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer|GLib-CRITICAL|GLib-ERROR' "$log" |
			head -n 40 | sed 's/^/#   /'
		return 1
	fi
	st_pass "$1"
}

st_kill_milter() {
	local dir=$1 pid
	pid=$(cat "$dir/milter.pid" 2>/dev/null) || return 0
	kill -KILL "$pid" 2>/dev/null
	st_wait_for 5 st_pid_dead "$pid"
	wait "$pid" 2>/dev/null
	rm -f "$dir/milter.pid"
	return 0
}

# st_sql DB SQL: run SQL with the sqlite3 shell (5 s busy timeout), rows on stdout.
st_sql() {
	sqlite3 -batch -noheader -cmd '.timeout 5000' "$1" "$2"
}

# The Message-IDs (without <>) of the messages in a Maildir, one a line, sorted
# (duplicates kept).
st_maildir_msgids() {
	local f
	for f in "$1"/new/* "$1"/cur/*; do
		[ -f "$f" ] && st_header "$f" Message-ID | tr -d '<> '
	done | sort
}

# Print "MESSAGE-ID X-SECTRIAGE-ID" for each message in the Maildir DIR.
st_maildir_ids_by_msgid() {
	local f
	for f in "$1"/new/* "$1"/cur/*; do
		[ -f "$f" ] && echo "$(st_header "$f" Message-ID | tr -d '<> ') $(st_header "$f" X-Sectriage-Id)"
	done
}

# Deferred triage (the milter's default, issue #9): TRUE when DB's inbox is
# empty, i.e. everything taken in has been analysed and filed.  Wait for it
# with st_wait_triaged DB [SECONDS] (default 60).
st_inbox_empty() {
	[ "$(st_sql "$1" 'SELECT count(*) FROM inbox' 2>/dev/null)" = 0 ]
}
st_wait_triaged() {
	st_wait_for "${2:-60}" st_inbox_empty "$1" ||
		echo "# $1: the inbox still holds $(st_sql "$1" 'SELECT count(*) FROM inbox') message(s)" >&2
}

# st_check_filed_once TAG DB SEC_MAILDIR ACK_MAILDIR SENT_IDS_FILE
# The checks every fault and load test ends with, for the Message-IDs (one a
# line, without <>) in SENT_IDS_FILE, each a new report from its own sender:
#   delivered exactly once, each with X-Sectriage-Id; filed exactly once (one
#   message row, one report each, nothing else); one ack row per report, all
#   sent, and exactly one acknowledgment delivered per report.
# ACK_MAILDIR empty: skip the acknowledgment checks.
# REDELIVERY (6th argument, "redelivery"): the MTA itself was stopped in the
#   middle of the stream.  SMTP is at-least-once (RFC 1047): a relay killed
#   after the next hop queued a message but before it read the 250 sends it
#   again, and the next hop rightly delivers both copies.  The milter cannot
#   drop the second copy (it never discards mail); what it owes is that both
#   copies name the same report.  So a message may then be delivered twice,
#   provided every copy carries the same X-Sectriage-Id; filing and
#   acknowledgment stay exactly once.
st_check_filed_once() {
	local tag=$1 db=$2 sec=$3 acks=$4 want=$5 redelivery=${6:-} n got total twice
	st_wait_triaged "$db"
	n=$(grep -c . "$want")
	sort "$want" >"$want.sorted"
	got=$(st_maildir_msgids "$sec")
	total=$(echo "$got" | grep -c .)
	if [ "$redelivery" = redelivery ]; then
		twice=$(echo "$got" | grep . | uniq -d | grep -c .)
		[ "$twice" = 0 ] ||
			echo "# $tag: $twice message(s) delivered twice, the MTA's own retry after its stop"
		st_check_eq "$tag: $n delivered, none more than twice" "" \
			"$(echo "$got" | grep . | uniq -c | awk '$1 > 2')"
		st_check_eq "$tag: the copies of a message name one report" "" \
			"$(st_maildir_ids_by_msgid "$sec" | sort -u | awk '{ print $1 }' | uniq -d)"
	else
		st_check_eq "$tag: $n delivered, no message twice" "$n" "$total"
	fi
	st_check "$tag: delivered Message-IDs = sent" diff "$want.sorted" <(echo "$got" | sort -u | grep .)
	got=$(for f in "$sec"/new/* "$sec"/cur/*; do
		[ -f "$f" ] && st_header "$f" X-Sectriage-Id; done | grep -c -- '-[0-9][0-9]*$')
	st_check_eq "$tag: every delivered message has X-Sectriage-Id" "$total" "$got"
	st_check_eq "$tag: message rows" "$n" "$(st_sql "$db" 'SELECT count(*) FROM messages')"
	st_check_eq "$tag: reports" "$n" "$(st_sql "$db" 'SELECT count(*) FROM reports')"
	st_check "$tag: filed Message-IDs = sent" diff "$want.sorted" \
		<(st_sql "$db" 'SELECT message_id FROM messages' | tr -d '<> ' | sort)
	[ -n "$acks" ] || return 0
	st_check_eq "$tag: one ack row per report" "$n" \
		"$(st_sql "$db" "SELECT count(DISTINCT report_id) FROM outbox WHERE kind = 'ack'")"
	st_check_eq "$tag: every ack sent" "$n" \
		"$(st_sql "$db" "SELECT count(*) FROM outbox WHERE kind = 'ack' AND status = 'sent'")" ||
		st_unsent_acks "$db"
	got=$(for f in "$acks"/new/* "$acks"/cur/*; do
		[ -f "$f" ] && st_header "$f" In-Reply-To | tr -d '<> '; done | sort)
	st_check_eq "$tag: $n acknowledgments delivered" "$n" "$(echo "$got" | grep -c .)"
	st_check "$tag: one acknowledgment per report, none doubled" \
		diff "$want.sorted" <(echo "$got" | grep .)
}

# Print the ack rows of DB that are not 'sent' as comment lines (diagnostics).
st_unsent_acks() {
	st_sql "$1" "SELECT '#   outbox ' || id || ' report ' || report_id || ': ' || status ||
		', ' || attempts || ' attempts, claimed_at ' || ifnull(claimed_at, '-') ||
		', last error ' || ifnull(last_error, '-')
		FROM outbox WHERE kind = 'ack' AND status <> 'sent' LIMIT 20"
}

# TRUE when every ack row of DB is sent and no message waits for triage
# (deferred triage queues a message's ack only once it has triaged it: an
# outbox without unsent rows says nothing while the inbox still has some).
st_acks_settled() {
	[ "$(st_sql "$1" "SELECT (SELECT count(*) FROM inbox) +
		(SELECT count(*) FROM outbox WHERE kind = 'ack' AND status <> 'sent')")" = 0 ]
}

# Count the files in a Maildir's new/ and cur/ (0 when it does not exist).
st_maildir_count() {
	find "$1/new" "$1/cur" -type f 2>/dev/null | wc -l | tr -d ' '
}

# TRUE when the Maildir DIR holds at least N messages (for st_wait_for:
# st_wait_for 30 st_maildir_has DIR N -- never st_wait_for 30 test "$(...)",
# which counts once).
st_maildir_has() {
	[ "$(st_maildir_count "$1")" -ge "$2" ]
}

# The number of reports `sectriage list --json` prints for DB.
st_report_count() {
	"$ST_BIN" --db "$1" list --json 2>/dev/null |
		python3 -c 'import json,sys; d=json.load(sys.stdin); d=d.get("reports", d) if isinstance(d, dict) else d; print(len(d))' 2>/dev/null ||
		echo "error"
}

# st_gen_report IDX TAG [FROM]: print a plausible, unique vulnerability report
# (Message-ID <TAG.IDX.RANDOM@reporter.example>) on stdout.
st_gen_report() {
	local idx=$1 tag=$2 from=${3:-reporter$1@reporter.example}
	cat <<EOF2
From: Reporter $idx <$from>
To: security@superrad.company
Subject: [$tag] sandbox escape through virtiofs, case $idx
Date: $(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S +0000')
Message-ID: <$tag.$idx.$RANDOM$RANDOM@reporter.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello,

a guest workload can write outside its shared directory (case $idx of
run $tag): a symlink swapped in after the path check lets the guest
create files on the host.

Impact: sandbox escape, guest to host.

Reproduction:

  msb run alpine -- sh /poc/swap.sh $idx

Version: msb 0.6.14
Platform: Ubuntu 24.04, kernel 6.8.0-45-generic x86_64

Please credit Reporter $idx.
EOF2
}

# The value of header NAME (first occurrence, unfolded) in the message FILE.
st_header() {
	awk -v name="$2" 'BEGIN { IGNORECASE = 1; n = tolower(name) ":" }
		/^\r?$/ { exit }
		found && /^[ \t]/ { sub(/^[ \t]+/, " "); v = v $0; next }
		found { exit }
		tolower(substr($0, 1, length(n))) == n { v = substr($0, length(n) + 1); found = 1 }
		END { gsub(/\r/, "", v); sub(/^[ \t]+/, "", v); print v }' "$1"
}
