#!/bin/bash
# End to end through a real, private Postfix (issue #2):
#  1. N reports sent by SMTP to security@ are delivered to the Maildir, each
#     with X-Sectriage-Id, and `sectriage list` shows the same N tracking ids;
#  2. mail to another address passes untouched (no header, nothing filed);
#  3. with the milter stopped Postfix answers 4xx (milter_default_action =
#     tempfail) and a relaying MTA keeps the message deferred; once the milter
#     is back and the queue is flushed it is delivered and filed exactly once.
#
# Run from the repository after `make`:  bash tests/e2e/test_postfix.sh
# Needs root (Postfix's master).  N=... changes the number of reports.
[ -n "$BASH_VERSION" ] || exec bash "$0" "$@"

. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/postfix.sh"

N=${N:-5}
st_need_root
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
MX=$(pf_port "$PF")
FRONT=$(pf_front_port "$PF")
SEC=$(pf_maildir "$PF" security@superrad.company)
OTHER=$(pf_maildir "$PF" other@superrad.company)

send() { # send PORT TO FILE -> swaks transcript on stdout, its status
	swaks --server 127.0.0.1 --port "$1" --from "${FROM:-reporter@reporter.example}" \
		--to "$2" --data "@$3" --timeout 60 2>&1
}

# The tracking ids in the X-Sectriage-Id headers of a Maildir, sorted.
maildir_ids() {
	local f
	for f in "$1"/new/* "$1"/cur/*; do
		[ -f "$f" ] && st_header "$f" X-Sectriage-Id
	done | sort
}

# The tracking ids `sectriage list --json` prints, sorted.
db_ids() {
	"$ST_BIN" --db "$DB" list --json | python3 -c '
import json, re, sys
d = json.load(sys.stdin)
rows = d.get("reports", d) if isinstance(d, dict) else d
for r in rows:
    print(r.get("tracking_id") or r.get("id"))' | sort
}

# --- 1. N reports --------------------------------------------------------
sent=0
: >"$T/sent"
for ((i = 1; i <= N; i++)); do
	st_gen_report "$i" e2e >"$T/r$i.eml"
	if out=$(send "$MX" security@superrad.company "$T/r$i.eml"); then
		sent=$((sent + 1))
		st_header "$T/r$i.eml" Message-ID | tr -d '<> ' >>"$T/sent"
	else
		echo "$out" | grep -E '^(<\*\*|\*\*\*)' | sed 's/^/#   /'
	fi
done
st_check_eq "$N reports accepted by smtpd (250)" "$N" "$sent"

# --- 2. mail to another address ------------------------------------------
st_gen_report 0 other | sed 's/^To: .*/To: postmaster@superrad.company/' >"$T/other.eml"
out=$(send "$MX" postmaster@superrad.company "$T/other.eml")
st_check "mail to postmaster accepted" test $? = 0

st_wait_for 30 st_maildir_has "$SEC" "$N"
st_check_eq "security Maildir holds $N messages" "$N" "$(st_maildir_count "$SEC")"
st_wait_for 10 st_maildir_has "$OTHER" 1
st_check_eq "other Maildir holds 1 message" 1 "$(st_maildir_count "$OTHER")"

ids=$(maildir_ids "$SEC")
nids=$(echo "$ids" | grep -c '^..*-[0-9][0-9][0-9][0-9]-[0-9][0-9]*$')
st_check_eq "every delivered report carries X-Sectriage-Id" "$N" "$nids"
st_check_eq "tracking ids are distinct" "$N" "$(echo "$ids" | sort -u | grep -c .)"
f=$(find "$OTHER/new" "$OTHER/cur" -type f | head -n1)
st_check_eq "other mail has no X-Sectriage-Id" "" "$(st_header "$f" X-Sectriage-Id)"
body() { sed -n '/^$/,$p' "$1" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'; }
st_check "other mail body untouched" diff <(body "$T/other.eml") <(body "$f")
st_check_eq "database holds $N reports" "$N" "$(st_report_count "$DB")"
st_check_eq "database ids = header ids" "$ids" "$(db_ids)"
[ -n "$ids" ] || st_fail "tracking ids found" "none"

# --- 3. milter down: 4xx, deferred, then delivered once ------------------
st_stop_milter "$M"
st_gen_report 99 deferred >"$T/late.eml"
out=$(send "$MX" security@superrad.company "$T/late.eml")
rc=$?
st_check "milter down: smtpd refuses (swaks fails)" test "$rc" != 0
st_check "milter down: the answer is 4xx" grep -q '^<\*\* *4[0-9][0-9] ' <<<"$out"

out=$(send "$FRONT" security@superrad.company "$T/late.eml")
st_check "relaying MTA accepts the message" test $? = 0 &&
	st_header "$T/late.eml" Message-ID | tr -d '<> ' >>"$T/sent"
st_wait_for 20 grep -q 'mxhop/smtp.*status=deferred' "$(pf_log "$PF")"
st_check "relaying MTA defers it (4xx from the MX)" \
	grep -q 'mxhop/smtp.*dsn=4\.[0-9.]*, status=deferred' "$(pf_log "$PF")"
st_check_eq "deferred message waits in the queue" 1 "$(pf_queue_count "$PF")"
st_check_eq "nothing more delivered while the milter is down" "$N" "$(st_maildir_count "$SEC")"

st_check "milter restarts" st_start_milter "$M"
pf_flush "$PF"
pf_wait_delivered "$PF" "$SEC" "$T/sent" 60
pf_wait_queue_empty "$PF" 10
st_check_eq "queue empty after flush" 0 "$(pf_queue_count "$PF")"
st_check_eq "deferred message delivered once" $((N + 1)) "$(st_maildir_count "$SEC")"
st_check_eq "deferred message filed once" $((N + 1)) "$(st_report_count "$DB")"
late_id=$(grep -l "deferred.99" "$SEC"/new/* "$SEC"/cur/* 2>/dev/null | head -n1)
late_id=${late_id:+$(st_header "$late_id" X-Sectriage-Id)}
st_check "deferred message carries X-Sectriage-Id" test -n "$late_id"
st_check_eq "database ids = header ids after the retry" "$(maildir_ids "$SEC")" "$(db_ids)"

# A check failed: what the queue and the log say (the temp dir is kept).
[ "$ST_FAILED" = 0 ] || pf_diagnose "$PF" "$SEC" "$T/sent" "$M/milter.log"
st_stop_milter "$M"
pf_stop "$PF"
st_check_milter_log "milter log: no sanitizer report, no GLib critical" "$M"
st_finish
