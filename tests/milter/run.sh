#!/bin/bash
# tests/milter/run.sh — the real sectriage-milter driven over the milter
# protocol by miltertest: starts the built milter on a temp unix socket with a
# temp database and config (as nobody when run as root), runs every
# tests/milter/NN-*.lua, checks what they filed with `sectriage list/show`,
# then checks SIGHUP reload and a prompt SIGTERM.  Prints "N passed, M failed".
. "$(dirname "$0")/../lib.sh"

HERE=$ST_ROOT/tests/milter
command -v miltertest >/dev/null || st_skip_all "miltertest not installed"
command -v jq >/dev/null || st_skip_all "jq not installed"
[ -x "$ST_MILTER" ] && [ -x "$ST_BIN" ] || { st_fail build "run make first"; st_finish; }

tmp=$(st_tmpdir)
db=$tmp/db/triage.db
sock=$tmp/milter.sock
log=$tmp/milter.log
user_args=()
[ "$(id -u)" = 0 ] && user_args=(-u nobody)
mkdir -p "$tmp/out" && chmod 0777 "$tmp/out"
cat >"$tmp/submit.sh" <<EOS
#!/bin/sh
cat >>"$tmp/out/acks"
EOS
chmod 0755 "$tmp/submit.sh"

write_config() {   # write_config FILE [EXTRA-MILTER-KEYS]
	cat >"$1" <<EOC
[milter]
socket = unix:$sock
recipients = security@superrad.company
spool_dir = $tmp/spool
log_level = debug
$2
[store]
database = $db
busy_timeout_ms = 300
[rules]
directory = $ST_ROOT/rules
[outbox]
submit = $tmp/submit.sh
[limits]
max_message_size = 256K
EOC
}
write_config "$tmp/sectriage.conf"

pid=
msock=unix:$sock   # the socket the scripts talk to
start_milter() {
	"$ST_MILTER" -f "${user_args[@]}" -m 0666 --config "$tmp/sectriage.conf" >>"$log" 2>&1 &
	pid=$!
	st_at_exit st_kill_pid "$pid"
	st_wait_for 10 test -S "$sock"
}

# run_lua SCRIPT [-D var=value ...]: run one script (a name in this folder,
# or a path), count its ok/not ok lines.
run_lua() {
	local script=$1 out rc
	case $script in */*) ;; *) script=$HERE/$script ;; esac
	shift
	out=$(miltertest -D "sock=$msock" -D "libdir=$HERE" -D "tag=$$" "$@" -s "$script" 2>&1)
	rc=$?
	printf '%s\n' "$out" | grep -v '^# '
	ST_PASSED=$((ST_PASSED + $(printf '%s\n' "$out" | grep -c '^ok - ')))
	ST_FAILED=$((ST_FAILED + $(printf '%s\n' "$out" | grep -c '^not ok - ')))
	if [ $rc -ne 0 ] && ! printf '%s\n' "$out" | grep -q '^not ok - '; then
		st_fail "$1" "miltertest exit $rc: $(printf '%s' "$out" | tail -n 2 | tr '\n' ' ')"
	fi
	LUA_OUT=$out
}

note() {   # note KEY: a "# KEY=value" line of the last script
	printf '%s\n' "$LUA_OUT" | sed -n "s/^# $1=//p" | tail -n 1
}

# Read while the milter runs, as a maintainer would: a filing not seen here
# is one a concurrent reader can lose (SQLite's POSIX locks are per process:
# any open+close of the database file inside the milter drops them all).
reports() { settle; "$ST_BIN" --db "$db" list --json; }
# Deferred triage (the default): wait until the milter's triage thread has
# filed everything taken in (the inbox is empty).
inbox_empty() { [ "$(st_sql "$db" 'SELECT count(*) FROM inbox')" = 0 ]; }
settle() { st_wait_for 30 inbox_empty || echo "# the inbox did not drain" >&2; }
count_subject() { reports | jq --arg s "$1" '[.[] | select(.subject | startswith($s))] | length'; }

if ! start_milter; then
	st_fail start "the milter did not create its socket: $(tail -n 3 "$log" | tr '\n' ' ')"
	st_finish
fi
st_pass "milter started$([ ${#user_args[@]} -gt 0 ] && echo " as nobody")"
# least privilege (issue #5): root only to open the socket and directories
if [ ${#user_args[@]} -gt 0 ]; then
	st_check_eq "runs as nobody (real, effective, saved uid)" "65534 65534 65534" \
		"$(awk '/^Uid:/ {print $2, $3, $4}' "/proc/$pid/status")"
	st_check_eq "spool directory 0700, the run user's" "700 nobody" "$(stat -c '%a %U' "$tmp/spool")"
	st_check_eq "database directory 0700, the run user's" "700 nobody" "$(stat -c '%a %U' "$tmp/db")"
	st_check_eq "socket as asked (-m 0666), the run user's" "666 nobody" "$(stat -c '%a %U' "$sock")"
fi

# a second instance on the same socket refuses to start (libmilter would
# otherwise unlink the live socket and take it over)
"$ST_MILTER" -f "${user_args[@]}" --config "$tmp/sectriage.conf" >"$tmp/second.log" 2>&1
st_check_eq "a second milter on the same socket exits 1" 1 "$?"
st_check "the first still owns the socket" st_poke_unix "$sock"

# 1. a report is filed and gets X-Sectriage-Id
run_lua 01-file.lua
id=$(note id)
st_check_eq "01: the id in the header is the id in the database" "$id" \
	"$(reports | jq -r '.[] | select(.subject == "virtiofs symlink swap reads host files") | .tracking_id')"
st_check_eq "01: the database file is 0600" 600 "$(stat -c '%a' "$db")"
st_check "01: one line logged for the intake, with the queue id first" \
	grep -q "QF$$: queued $id new for triage from=<ada@reporter.example> size=" "$log"
st_check "01: one line logged for the triage, with the queue id first" \
	grep -q "QF$$: triaged $id new score=[0-9]* missing=.* ack=.* from=<ada@reporter.example>" "$log"

# 2. mail for another recipient: accepted at DATA, nothing filed for it
run_lua 02-other.lua
# The milter holds its connections open; a reader closing must not take the
# WAL away from under them.  It does when some code in the milter process
# open()s and close()s the database file (POSIX locks are per process: the
# close drops every SQLite lock the process holds) — then later filings are
# invisible to readers and can be lost.
st_check "the WAL survives a reader while the milter runs (no open+close of the db file in the milter)" \
	test -e "$db-wal"
st_check_eq "02: only the security mail was filed" 1 "$(count_subject "after other mail")"

# 3. abort mid-message: nothing filed, no spool file left
run_lua 03-abort.lua
st_check_eq "03: aborted messages not filed" 0 "$(count_subject "ABORTED")"
st_check_eq "03: the message after the abort was filed" 1 "$(count_subject "after an abort")"
st_wait_for 5 test -z "$(ls -A "$tmp/spool")"
st_check_eq "03: spool directory empty" "" "$(ls -A "$tmp/spool")"

# 4. the same message twice: one report, one message row
run_lua 04-twice.lua
st_check_eq "04: one report for the message sent twice" 1 "$(count_subject "twice-sent report")"
st_check_eq "04: it holds one message" 1 \
	"$(reports | jq '.[] | select(.subject == "twice-sent report") | .messages')"

# 5. several messages on one connection
run_lua 05-multi.lua
st_check_eq "05: three reports from one connection" 3 "$(count_subject "report number")"

# 6. the database locked past the busy timeout: tempfail, then filed on retry
locked=$tmp/locked
python3 - "$db" "$locked" 3 <<'EOF' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
c.execute("BEGIN IMMEDIATE")
open(sys.argv[2], "w").close()
time.sleep(float(sys.argv[3]))
c.execute("ROLLBACK")
EOF
locker=$!
st_at_exit st_kill_pid "$locker"
if st_wait_for 10 test -e "$locked"; then
	run_lua 06-tempfail.lua -D locked_for=3
	settle
	st_check "06: the tempfail was logged with the queue id" \
		grep -q "QL1$$: filing failed: .*answered tempfail" "$log"
	st_check_eq "06: filed once after the retry" 1 "$(count_subject "locked database report")"
else
	st_fail "06: lock" "could not lock the database"
fi
wait "$locker" 2>/dev/null

# 7. the protocol options Sendmail uses
run_lua 07-sendmail.lua
st_check_eq "07: Sendmail reports filed" 3 \
	"$(reports | jq '[.[] | select(.subject | test("sendmail 8.1[34] report|add-only report"))] | length')"

# 8. an oversized message: filed, flagged truncated
run_lua 08-big.lua
big=$(note big)
if [ -n "$big" ]; then
	settle
	st_check "08: the oversized report is flagged truncated" \
		sh -c "'$ST_BIN' --db '$db' show --json '$big' | grep -q truncated"
fi

# SIGHUP: a bad config is refused and the old one kept; a good one is taken
cp "$tmp/sectriage.conf" "$tmp/good.conf"
echo "no_such_key = 1" >>"$tmp/sectriage.conf"
kill -HUP "$pid"
st_check "SIGHUP: a bad config is refused, logged" st_wait_for 5 grep -q "reload refused" "$log"
st_check "SIGHUP: the milter still runs after a bad config" st_pid_alive "$pid"
write_config "$tmp/sectriage.conf" "recipients = security@superrad.company, report@superrad.company"
kill -HUP "$pid"
st_check "SIGHUP: a good config is loaded" st_wait_for 5 grep -q "reloaded " "$log"
# write_config appends recipients to a [milter] that has them: the later
# value is used (the next case) and the log names both lines
st_check "SIGHUP: a setting written twice is logged as overridden" \
	grep -q "\] recipients: key repeated in its group (first at line" "$log"
st_check "SIGHUP: the milter still runs" st_pid_alive "$pid"
cat >"$tmp/reload.lua" <<'EOF'
local t = dofile(libdir .. "/lib.lua")
t.run("after SIGHUP a new recipient is a security address", function()
	local conn = t.connect()
	t.envelope(conn, "QH" .. tag, "<ada@reporter.example>", { "<report@superrad.company>" })
	t.check(t.data(conn) == SMFIR_CONTINUE, "the new recipient is not taken")
	mt.abort(conn)
	mt.disconnect(conn)
end)
EOF
run_lua "$tmp/reload.lua"

# triage = inline: analysed before the answer, score headers on the copy
write_config "$tmp/sectriage.conf" "triage = inline"
kill -HUP "$pid"
st_check "SIGHUP: triage = inline loaded" st_wait_for 5 sh -c "[ \$(grep -c 'reloaded ' '$log') -ge 2 ]"
run_lua 01-file.lua -D triage=inline -D tag=i$$
id=$(note id)
st_check "inline: one line logged for the filing, with the queue id first" \
	grep -q "QFi$$: filed $id new score=[0-9]* missing=.* ack=.* from=<ada@reporter.example> size=" "$log"

# nothing of the report text in the log, no spool file left
st_check "no report text in the log" \
	sh -c "! grep -q -e 'symlink swap reads host files' -e 'Steps to reproduce' '$log'"
st_check_eq "spool empty at the end" "" "$(ls -A "$tmp/spool")"

# SIGTERM: exits promptly (libmilter alone takes ~5 s)
start=$(date +%s%N)
kill -TERM "$pid"
st_wait_for 10 st_pid_dead "$pid"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
if st_pid_dead "$pid"; then
	if [ "$ms" -lt 3000 ]; then st_pass "SIGTERM: stopped in $ms ms"; else st_fail "SIGTERM" "took $ms ms"; fi
else
	st_fail "SIGTERM" "still running after 10 s"
fi
st_check "SIGTERM: stop logged" grep -q "stopped" "$log"

# The same over an inet socket (libmilter's syntax inet:PORT@HOST)
port=$(st_free_port)
"$ST_MILTER" -f "${user_args[@]}" -p "inet:$port@127.0.0.1" --config "$tmp/good.conf" >>"$tmp/inet.log" 2>&1 &
ipid=$!
st_at_exit st_kill_pid "$ipid"
if st_wait_for 10 st_port_open "$port"; then
	msock=inet:$port@127.0.0.1
	# (the inet instance shares the database and spool with the first one)
	out=$(miltertest -D "sock=$msock" -D "libdir=$HERE" -D "tag=inet$$" -s "$HERE/01-file.lua" 2>&1)
	if printf '%s\n' "$out" | grep -q '^ok - '; then
		st_pass "inet socket: a report is filed and tagged"
	else
		st_fail "inet socket: a report is filed and tagged" "$(printf '%s' "$out" | tr '\n' ' ')"
	fi
	# SIGTERM with a message in flight: it is finished and filed, then exit
	run_lua 09-inflight.lua -D "pid=$ipid"
	st_check "SIGTERM: the milter exits once the message in flight is done" \
		st_wait_for 5 st_pid_dead "$ipid"
	st_check_eq "SIGTERM: the message in flight was filed" 1 "$(count_subject "in flight at SIGTERM")"
else
	st_fail "inet socket" "nothing listens on $port: $(tail -n 2 "$tmp/inet.log" | tr '\n' ' ')"
fi

if [ "$ST_FAILED" -gt 0 ]; then
	echo "# milter log (last 30 lines):"
	tail -n 30 "$log" | sed 's/^/#   /'
fi
st_finish
