#!/bin/bash
# Load test through a real, private Postfix (issue #5): LOAD_N messages
# (default 500; the long run uses a few thousand) sent to security@ by
# LOAD_SESSIONS concurrent SMTP sessions of Postfix's smtp-source straight to
# the MX listener with the milter.  Asserts: every message accepted (no 4xx or
# 5xx), delivered once with X-Sectriage-Id, filed once (message rows = reports
# = Message-IDs = sent, no duplicates), and every acknowledgment the database
# queued delivered exactly once.  Prints the throughput.
#
#   bash tests/e2e/test_load.sh                 # 500 messages, 20 sessions
#   LOAD_N=5000 LOAD_SESSIONS=40 bash tests/e2e/test_load.sh
[ -n "$BASH_VERSION" ] || exec bash "$0" "$@"

. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/postfix.sh"

LOAD_N=${LOAD_N:-500}
LOAD_SESSIONS=${LOAD_SESSIONS:-20}
LOAD_SIZE=${LOAD_SIZE:-4096}
st_need_root
SOURCE=$(command -v smtp-source || echo /usr/sbin/smtp-source)
[ -x "$SOURCE" ] || { st_fail "smtp-source" "missing (package postfix)"; st_finish; }
for b in "$ST_BIN" "$ST_MILTER"; do
	[ -x "$b" ] || { st_fail "built" "$b missing (run make)"; st_finish; }
done

T=$(st_tmpdir)
PF=$T/postfix
M=$T/milter
mkdir -p "$M/run" "$T/db"
DB=$T/db/triage.db
pf_create "$PF" "$M/run/milter.sock"
st_milter_config "$M" "$DB" "$M/run/milter.sock" "smtp:127.0.0.1:$(pf_submit_port "$PF")"
st_check "milter starts" st_start_milter "$M" || st_finish
st_check "postfix starts" pf_start "$PF" || st_finish
SEC=$(pf_maildir "$PF" security@superrad.company)
ACKS=$(pf_maildir "$PF" x@reporter.example)

start=$(date +%s.%N)
"$SOURCE" -s "$LOAD_SESSIONS" -m "$LOAD_N" -l "$LOAD_SIZE" -M reporter.example \
	-f load@reporter.example -t security@superrad.company \
	"127.0.0.1:$(pf_port "$PF")" >"$T/source.log" 2>&1
rc=$?
sent_at=$(date +%s.%N)
st_check_eq "smtp-source: $LOAD_N messages, $LOAD_SESSIONS sessions, no error" 0 "$rc"
[ "$rc" = 0 ] || sed 's/^/#   /' "$T/source.log" | tail -n 5
refused=$(grep -c 'mx/smtpd.*\(milter-reject\|reject:\)' "$(pf_log "$PF")")
st_check_eq "no message refused by the MX" 0 "$refused"

st_wait_for 120 st_maildir_has "$SEC" "$LOAD_N"
done_at=$(date +%s.%N)
pf_wait_queue_empty "$PF" 30
st_wait_for 60 st_acks_settled "$DB"
sleep 1

delivered=$(st_maildir_count "$SEC")
st_check_eq "delivered = sent" "$LOAD_N" "$delivered"
ids=$(st_maildir_msgids "$SEC")
st_check_eq "delivered Message-IDs distinct" "$LOAD_N" "$(echo "$ids" | sort -u | grep -c .)"
hdr=$(for f in "$SEC"/new/* "$SEC"/cur/*; do [ -f "$f" ] && st_header "$f" X-Sectriage-Id; done |
	grep -c -- '-[0-9][0-9]*$')
st_check_eq "every delivered message has X-Sectriage-Id" "$LOAD_N" "$hdr"
st_check_eq "message rows = sent" "$LOAD_N" "$(st_sql "$DB" 'SELECT count(*) FROM messages')"
st_check_eq "reports = sent" "$LOAD_N" "$(st_sql "$DB" 'SELECT count(*) FROM reports')"
st_check_eq "filed Message-IDs distinct" "$LOAD_N" \
	"$(st_sql "$DB" 'SELECT count(DISTINCT message_id) FROM messages')"
st_check "filed Message-IDs = delivered" diff <(echo "$ids" | sort -u) \
	<(st_sql "$DB" 'SELECT message_id FROM messages' | tr -d '<> ' | sort -u)
st_check_eq "tracking ids distinct" "$LOAD_N" \
	"$(st_sql "$DB" 'SELECT count(DISTINCT tracking_id) FROM reports')"

queued=$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE kind = 'ack'")
st_check_eq "at most one ack row per report" "$queued" \
	"$(st_sql "$DB" "SELECT count(DISTINCT report_id) FROM outbox WHERE kind = 'ack'")"
st_check_eq "every queued ack sent" "$queued" \
	"$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE kind = 'ack' AND status = 'sent'")" ||
	st_unsent_acks "$DB"
st_wait_for 20 st_maildir_has "$ACKS" "$queued"
acks=$(for f in "$ACKS"/new/* "$ACKS"/cur/*; do
	[ -f "$f" ] && st_header "$f" In-Reply-To | tr -d '<> '; done | sort)
st_check_eq "acknowledgments delivered = queued ($queued)" "$queued" "$(echo "$acks" | grep -c .)"
st_check_eq "no acknowledgment doubled" "$(echo "$acks" | grep -c .)" "$(echo "$acks" | sort -u | grep -c .)"

python3 - "$start" "$sent_at" "$done_at" "$LOAD_N" <<'EOF'
import sys
start, sent, done, n = map(float, sys.argv[1:])
print("# load: %d messages: accepted in %.1f s (%.0f msg/s), delivered and filed in %.1f s (%.0f msg/s)"
      % (n, sent - start, n / max(sent - start, 1e-6), done - start, n / max(done - start, 1e-6)))
EOF
echo "# load: acks queued $queued, delivered $(echo "$acks" | grep -c .)"
# A check failed: what the queue says (the temp dir is kept).
[ "$ST_FAILED" = 0 ] || pf_diagnose "$PF"

st_stop_milter "$M"
pf_stop "$PF"
st_check_milter_log "milter log: no sanitizer report, no GLib critical" "$M"
st_finish
