#!/bin/bash
# Fault tests through a real, private Postfix (issue #5), short versions.
# Reports are sent to the "front" listener, a Postfix that queues them and
# relays them to the MX listener with the milter -- so a 4xx from the MX is
# retried by Postfix exactly as a reporter's MTA would.  Each case asserts, in
# the end: every message sent delivered once with X-Sectriage-Id (restart: at
# most twice, both copies naming one report), filed once,
# and acknowledged exactly once (st_check_filed_once).
#
#   kill      the milter SIGKILLed in the middle of a stream, then restarted
#   full      the database on a tiny tmpfs filled up, then space freed
#   lock      another writer holds BEGIN EXCLUSIVE past the busy timeout
#   restart   Postfix stopped and started in the middle of a stream
#   submit    the acknowledgment submission failing for a while
#   reader    maintainers read the database (sectriage list, sqlite3) while
#             the milter files: nothing filed may be lost (a process that
#             drops its own SQLite locks lets a reader delete the live WAL)
#
# Run from the repository after `make`:  bash tests/e2e/test_faults.sh [CASE...]
# FAULT_N=... messages per stream (default 24).  Needs root.
[ -n "$BASH_VERSION" ] || exec bash "$0" "$@"

. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/postfix.sh"

FAULT_N=${FAULT_N:-24}
st_need_root
for b in "$ST_BIN" "$ST_MILTER"; do
	[ -x "$b" ] || { st_fail "built" "$b missing (run make)"; st_finish; }
done
command -v sqlite3 >/dev/null || { st_fail "sqlite3" "the sqlite3 shell is missing"; st_finish; }
T=$(st_tmpdir)

# setup CASE [DB_DIR] [SUBMIT]: a fresh Postfix, milter and database for one
# case; sets C (case dir), PF, M, DB, SEC, ACKS, FRONT.
setup() {
	C=$T/$1
	PF=$C/postfix
	M=$C/milter
	mkdir -p "$M/run" "${2:-$C/db}"
	DB=${2:-$C/db}/triage.db
	pf_create "$PF" "$M/run/milter.sock"
	st_milter_config "$M" "$DB" "$M/run/milter.sock" \
		"${3:-smtp:127.0.0.1:$(pf_submit_port "$PF")}" "${EXTRA_CONFIG:-}"
	st_start_milter "$M" || { st_fail "$1: milter starts" "see $M/milter.log"; return 1; }
	pf_start "$PF" || { st_fail "$1: postfix starts" "see $PF/log"; return 1; }
	SEC=$(pf_maildir "$PF" security@superrad.company)
	ACKS=$(pf_maildir "$PF" x@reporter.example)
	FRONT=$(pf_front_port "$PF")
	: >"$C/sent"
	FAILED_BEFORE=$ST_FAILED
}

# teardown: stop the case's milter and Postfix; when a check of the case
# failed, first print what is needed to read it (the queue, the log lines of
# each message not delivered, unsent acks); the temp dir is kept at exit.
teardown() {
	if [ "$ST_FAILED" -gt "$FAILED_BEFORE" ]; then
		echo "# $(basename "$C"): a check failed; case dir $C"
		pf_diagnose "$PF" "$SEC" "$C/sent" "$M/milter.log"
		st_unsent_acks "$DB"
	fi
	st_stop_milter "$M"
	pf_stop "$PF"
	st_check_milter_log "$(basename "$C"): milter log clean (no sanitizer report, no GLib critical)" "$M"
}

# settle TIMEOUT: wait (at most TIMEOUT seconds, flushing the queue while
# messages are missing: pf_wait_delivered) for every sent message to be
# delivered, then for the queue to drain and the acks to go out.
settle() {
	local n
	n=$(grep -c . "$C/sent")
	pf_wait_delivered "$PF" "$SEC" "$C/sent" "$1"
	pf_wait_queue_empty "$PF" 10
	st_wait_for 30 st_acks_settled "$DB"
	sleep 1 # a last ack in flight through Postfix
	st_wait_for 10 st_maildir_has "$ACKS" "$n"
}

# Every message delivered so far has been taken in durably: filed, or in the
# inbox waiting for triage (never delivered without either).
delivered_are_filed() {
	local got
	got=$(st_maildir_msgids "$SEC" | sort -u)
	[ -z "$got" ] && return 0
	comm -23 <(echo "$got") <(st_sql "$DB" 'SELECT message_id FROM messages
		UNION SELECT message_id FROM inbox' | tr -d '<> ' | sort -u) |
		grep -q . && return 1
	return 0
}

case_kill() {
	setup kill || return
	pf_send_reports "$FRONT" 1 "$FAULT_N" kill "$C/sent" &
	local sender=$! at
	st_wait_for 60 st_maildir_has "$SEC" $((FAULT_N / 3))
	at=$(st_maildir_count "$SEC")
	st_kill_milter "$M"
	st_check "kill: SIGKILL came mid-stream ($at of $FAULT_N delivered)" test "$at" -lt "$FAULT_N"
	sleep 2
	st_check "kill: delivered messages are filed while the milter is down" delivered_are_filed
	st_check "kill: milter restarts on the same database" st_start_milter "$M"
	wait "$sender"
	st_check "kill: every message accepted by the sending MTA" test $? = 0
	# The messages the MX refused (451) while the milter was down wait in
	# the deferred queue, and a retry over an SMTP session cached from that
	# time is refused again: flush now that the milter is back, and again
	# until all are delivered (settle).
	pf_flush "$PF"
	settle 120
	st_check_filed_once kill "$DB" "$SEC" "$ACKS" "$C/sent"
	teardown
}

case_full() {
	local fs=$T/full-fs
	mkdir -p "$fs"
	if ! mount -t tmpfs -o size=16m,mode=0755 sectriage-test "$fs" 2>/dev/null; then
		echo "# full: skipped, cannot mount a tmpfs here"
		return
	fi
	st_at_exit umount -l "$fs"
	setup full "$fs/db" || return
	# Small messages first (the WAL stays small), then messages whose
	# transactions need more room than the WAL already has.
	PAD_KB=16 pf_send_reports "$FRONT" 1 3 full "$C/sent"
	st_wait_for 30 st_maildir_has "$SEC" 3
	st_check_eq "full: 3 messages filed before the disk fills" 3 "$(st_maildir_count "$SEC")"
	dd if=/dev/zero of="$fs/filler" bs=16k 2>/dev/null
	st_check "full: the file system is full" test "$(df --output=avail -k "$fs" | tail -n1 | tr -d ' ')" -lt 64
	PAD_KB=256 pf_send_reports "$FRONT" 4 9 full "$C/sent"
	st_wait_for 20 grep -q 'mxhop/smtp.*status=deferred' "$(pf_log "$PF")"
	st_check "full: Postfix defers while the disk is full" \
		grep -q 'mxhop/smtp.*dsn=4[0-9.]*, status=deferred' "$(pf_log "$PF")"
	st_check "full: nothing delivered that is not filed" delivered_are_filed
	st_check "full: messages wait in the queue" test "$(pf_queue_count "$PF")" -gt 0
	rm -f "$fs/filler"
	pf_flush "$PF"
	settle 60
	st_check_filed_once full "$DB" "$SEC" "$ACKS" "$C/sent"
	teardown
	umount "$fs" 2>/dev/null
}

# TRUE when another connection holds DB's write lock.
db_locked() {
	! sqlite3 -cmd '.timeout 0' "$1" 'BEGIN IMMEDIATE; ROLLBACK;' >/dev/null 2>&1
}

case_lock() {
	EXTRA_CONFIG="[store]\nbusy_timeout_ms = 500" setup lock || return
	pf_send_reports "$FRONT" 1 2 lock "$C/sent"
	st_wait_for 30 st_maildir_has "$SEC" 2
	# Another writer holds the write lock for 8 s (WAL: readers go on).
	# (.timeout: the milter's outbox may be writing at that very moment.)
	{ echo '.bail on'; echo 'BEGIN EXCLUSIVE;'
	  echo "INSERT INTO meta(key, value) VALUES ('lock-test', '1');"
	  sleep 8; echo 'ROLLBACK;'; } | sqlite3 -cmd '.timeout 5000' "$DB" &
	local locker=$!
	st_check "lock: another writer holds the write lock" st_wait_for 5 db_locked "$DB"
	pf_send_reports "$FRONT" 3 8 lock "$C/sent"
	sleep 3
	st_check "lock: Postfix defers while the database is locked" \
		grep -q 'mxhop/smtp.*dsn=4[0-9.]*, status=deferred' "$(pf_log "$PF")"
	st_check_eq "lock: nothing more delivered while locked" 2 "$(st_maildir_count "$SEC")"
	st_check "lock: nothing delivered that is not filed" delivered_are_filed
	wait "$locker"
	pf_flush "$PF"
	settle 60
	st_check_filed_once lock "$DB" "$SEC" "$ACKS" "$C/sent"
	teardown
}

case_restart() {
	setup restart || return
	pf_send_reports "$FRONT" 1 "$FAULT_N" restart "$C/sent" 60 &
	local sender=$! at
	st_wait_for 60 st_maildir_has "$SEC" $((FAULT_N / 3))
	at=$(st_maildir_count "$SEC")
	pf_stop "$PF"
	st_check "restart: Postfix stopped mid-stream ($at of $FAULT_N delivered)" pf_master_gone "$PF"
	sleep 1
	st_check "restart: Postfix starts again" pf_start "$PF"
	wait "$sender"
	st_check "restart: every message accepted in the end" test $? = 0
	settle 90
	st_check_filed_once restart "$DB" "$SEC" "$ACKS" "$C/sent" redelivery
	teardown
}

case_submit() {
	# Acknowledgments go through a command that fails while $C/fail exists.
	mkdir -p "$T/submit"
	local cmd=$T/submit/submit.py fail=$T/submit/fail port
	cat >"$cmd" <<'EOF'
#!/usr/bin/env python3
# A sendmail stand-in for the test: fails (EX_TEMPFAIL) while FAIL exists,
# else submits stdin by SMTP to 127.0.0.1:PORT with the null sender.
import os, smtplib, sys
port, fail, rcpt = sys.argv[1], sys.argv[2], sys.argv[-1]
data = sys.stdin.buffer.read()
if os.path.exists(fail):
    print("submit.py: simulated failure", file=sys.stderr)
    sys.exit(75)
with smtplib.SMTP("127.0.0.1", int(port), timeout=30) as s:
    s.sendmail("", [rcpt], data)
EOF
	chmod 0755 "$T/submit" "$cmd"
	: >"$fail"
	chmod 0644 "$fail"
	# The submit port is only known once the instance exists: write the
	# command with a placeholder and fix it after setup.
	setup submit "" "$cmd PORT $fail %r" || return
	port=$(pf_submit_port "$PF")
	sed -i "s|^submit = $cmd PORT |submit = $cmd $port |" "$M/sectriage.conf"
	st_stop_milter "$M"
	st_start_milter "$M"
	pf_send_reports "$FRONT" 1 6 submit "$C/sent"
	st_wait_for 30 st_maildir_has "$SEC" 6
	sleep 4
	st_check_eq "submit: no acknowledgment delivered while submission fails" 0 "$(st_maildir_count "$ACKS")"
	st_check "submit: failed attempts are recorded" test \
		"$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE kind = 'ack' AND attempts > 0")" -gt 0
	rm -f "$fail"
	settle 60
	st_check_filed_once submit "$DB" "$SEC" "$ACKS" "$C/sent"
	teardown
}

case_reader() {
	setup reader || return
	local i
	for ((i = 1; i <= 4; i++)); do
		pf_send_reports "$FRONT" $((i * 3 - 2)) $((i * 3)) reader "$C/sent"
		st_wait_for 30 st_maildir_has "$SEC" $((i * 3))
		"$ST_BIN" --db "$DB" list >/dev/null
		st_sql "$DB" 'SELECT count(*) FROM reports' >/dev/null
	done
	settle 60
	st_check_filed_once reader "$DB" "$SEC" "$ACKS" "$C/sent"
	teardown
	st_check_eq "reader: still all filed after the milter stopped" 12 \
		"$(st_sql "$DB" 'SELECT count(*) FROM messages')"
}

cases=${*:-reader kill full lock restart submit}
for c in $cases; do
	echo "# case $c"
	"case_$c"
done
st_finish
