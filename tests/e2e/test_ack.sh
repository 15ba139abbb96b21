#!/bin/bash
# Acknowledgments end to end through a real, private Postfix (issue #4):
#  1. a report sent to security@ gives exactly one acknowledgment, delivered
#     to the reporter's Maildir: To the envelope sender (not From, not
#     Reply-To), From security@, null Return-Path, Auto-Submitted,
#     X-Sectriage-Auto, In-Reply-To/References the report, the tracking id of
#     X-Sectriage-Id in the Subject, the checklist and dates in the body;
#  2. a reply to the acknowledgment (tracking id in the subject) joins the
#     same report, completes its checklist, and gets no second acknowledgment
#     (at most one short follow-up note);
#  3. a bounce (null sender), a vacation reply, a list post and a DMARC-fail
#     report (devset 19-22) are filed but get none;
#  4. with the sendmail program failing, the ack is retried (error recorded)
#     and delivered once it works;
#  5. after the milter is killed with acks pending and restarted (now
#     submitting by SMTP), every ack goes out exactly once, and a second
#     restart and `sectriage outbox --flush` send nothing more;
#  6. `sectriage outbox --retry ID` makes a failed row due and --flush sends it;
#  7. the default kind of submit command, Postfix's sendmail with -f '' and
#     the recipient after "--", delivers with a null envelope sender;
#  8. no loop when the acknowledgment comes back through the milter.
#
# Run from the repository after `make`:  bash tests/e2e/test_ack.sh
# Needs root (Postfix's master).

. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/postfix.sh"

st_need_root
for b in "$ST_BIN" "$ST_MILTER"; do
	[ -x "$b" ] || { st_fail "built" "$b missing (run make)"; st_finish; }
done
DEVSET=$SHARED/devset/mail
[ -d "$DEVSET" ] || st_skip_all "no devset at $DEVSET"

T=$(st_tmpdir)
PF=$T/postfix
M=$T/milter
BIN=$T/bin
mkdir -p "$M/run" "$T/db" "$BIN/calls"
chmod 0777 "$BIN/calls"
DB=$T/db/triage.db

pf_create "$PF" "$M/run/milter.sock"
MX=$(pf_port "$PF")
SUBMIT=$(pf_submit_port "$PF")
REPORTER=$(pf_maildir "$PF" x@reporter.example)
SEC=$(pf_maildir "$PF" security@superrad.company)

# The sendmail program the milter runs (as its unprivileged user): it fails
# with EX_TEMPFAIL while $BIN/fail exists, else submits the message with the
# null envelope sender to the submission port of the private Postfix.
cat >"$BIN/sendmail" <<EOF
#!/bin/sh
rcpt=
for a; do rcpt=\$a; done
echo "\$*" >>"$BIN/calls/log"
if [ -e "$BIN/fail" ]; then
	cat >/dev/null
	echo "4.3.0 test: the sendmail program is failing" >&2
	exit 75
fi
exec python3 -c '
import smtplib, sys
s = smtplib.SMTP("127.0.0.1", int(sys.argv[1]), timeout=30)
s.sendmail("", [sys.argv[2]], sys.stdin.buffer.read())
s.quit()' "$SUBMIT" "\$rcpt"
EOF
chmod 0755 "$BIN/sendmail"

AUTH='[auth]\ntrusted_authserv_ids = mx.superrad.company'
st_milter_config "$M" "$DB" "$M/run/milter.sock" "$BIN/sendmail -i -f '' -- %r" "$AUTH"
st_check "milter starts" st_start_milter "$M" || st_finish
st_check "postfix starts" pf_start "$PF" || st_finish

# send FILE ENVELOPE_FROM: one message to security@ through the MX (the milter).
send() {
	swaks --server 127.0.0.1 --port "$MX" --from "$2" --to security@superrad.company \
		--data "@$1" --timeout 60 >>"$T/swaks.log" 2>&1
}

# Files in the reporter Maildir whose In-Reply-To is <ID>.
replies_to() {
	local f
	for f in "$REPORTER"/new/* "$REPORTER"/cur/*; do
		[ -f "$f" ] || continue
		[ "$(st_header "$f" In-Reply-To | tr -d '<> ')" = "$1" ] && echo "$f"
	done
}
n_replies_to() { replies_to "$1" | grep -c .; }
has_reply() { [ "$(n_replies_to "$1")" -ge 1 ]; }
filed() { [ "$(st_sql "$DB" "SELECT count(*) FROM messages WHERE message_id = '$1'")" = 1 ]; }
report_of() { st_sql "$DB" "SELECT report_id FROM messages WHERE message_id = '$1'"; }
tracking_of() { st_sql "$DB" "SELECT r.tracking_id FROM reports r JOIN messages m ON m.report_id = r.id WHERE m.message_id = '$1'"; }
# The decoded body of a delivered message (base64/QP undone).
body_of() {
	python3 -c '
import email, email.policy, sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
print(m.get_body(("plain",)).get_content())' "$1"
}

# --- 1. a report gets exactly one acknowledgment ---------------------------
ID1=ack1.$RANDOM$RANDOM@reporter.example
cat >"$T/r1.eml" <<EOF
From: Alice Reporter <alice@reporter.example>
Reply-To: alice-replies@reporter.example
To: security@superrad.company
Subject: Sandbox escape through a symlink race in the virtiofs share
Date: $(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S +0000')
Message-ID: <$ID1>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Hello,

a guest workload can create files on the host outside its shared directory:
a symlink swapped in after the path check is followed by the host side of
the virtiofs share.

Impact: sandbox escape, guest to host; any file writable by the host user.

Reproduction: run the attached script inside a sandbox:

  msb run alpine -- sh /poc/swap.sh

Thanks,
Alice
--b1
Content-Type: application/x-sh; name="swap.sh"
Content-Disposition: attachment; filename="swap.sh"

#!/bin/sh
while :; do ln -sfn /etc /share/x; ln -sfn /tmp /share/x; done
--b1--
EOF
st_check "report 1 accepted" send "$T/r1.eml" alice-env@reporter.example
st_check "report 1 filed" st_wait_for 20 filed "$ID1"
st_check "report 1 acknowledged" st_wait_for 30 has_reply "$ID1"
sleep 1
st_check_eq "exactly one acknowledgment" 1 "$(n_replies_to "$ID1")"
ACK=$(replies_to "$ID1" | head -n1)
TRK=$(tracking_of "$ID1")
DELIVERED=$(grep -l "^Message-ID: <$ID1>" "$SEC"/new/* 2>/dev/null | head -n1)
st_check "tracking id allocated" test -n "$TRK"
st_check_eq "X-Sectriage-Id of the delivered report" "$TRK" "$(st_header "$DELIVERED" X-Sectriage-Id)"
if [ -n "$ACK" ]; then
	st_check_eq "ack To: the envelope sender" "alice-env@reporter.example" "$(st_header "$ACK" To)"
	st_check_eq "ack Return-Path: null" "<>" "$(st_header "$ACK" Return-Path)"
	st_check "ack From: the security address" grep -q '^From: .*<security@superrad.company>' "$ACK"
	st_check_eq "ack Auto-Submitted" "auto-replied" "$(st_header "$ACK" Auto-Submitted)"
	st_check_eq "ack X-Sectriage-Auto" "$TRK" "$(st_header "$ACK" X-Sectriage-Auto)"
	st_check_eq "ack References" "<$ID1>" "$(st_header "$ACK" References)"
	st_check_eq "ack Subject" "[$TRK] Re: Sandbox escape through a symlink race in the virtiofs share" \
		"$(st_header "$ACK" Subject)"
	st_check "ack has no Cc/Bcc" bash -c "! grep -qiE '^(Cc|Bcc):' '$ACK'"
	ACK_MID=$(st_header "$ACK" Message-ID | tr -d '<> ')
	st_check_eq "reports.ack_message_id = the ack's Message-ID" "$ACK_MID" \
		"$(st_sql "$DB" "SELECT ack_message_id FROM reports WHERE tracking_id = '$TRK'")"
	body_of "$ACK" >"$T/ack1.txt"
	st_check "ack body: tracking id" grep -q "^    $TRK\$" "$T/ack1.txt"
	SHA=$(st_sql "$DB" "SELECT a.sha256 FROM attachments a JOIN messages m ON m.id = a.message_row WHERE m.message_id = '$ID1' AND a.filename = 'swap.sh'")
	st_check "ack body: attachment sha256 as filed ($SHA)" grep -q "sha256 ${SHA:-none}" "$T/ack1.txt"
	st_check "ack body: swap.sh named" grep -q "swap.sh" "$T/ack1.txt"
	st_check "ack body: version hint" grep -q 'msb --version' "$T/ack1.txt"
	st_check "ack body: platform hint" grep -q 'uname -a' "$T/ack1.txt"
	st_check "ack body: triage date" grep -q 'Triage and severity assessment by: 20[0-9-]*' "$T/ack1.txt"
	st_check "ack body: embargo date" grep -q 'coordinated disclosure until 20[0-9-]*' "$T/ack1.txt"
	st_check "ack body: no report text" bash -c "! grep -q 'symlink swapped in' '$T/ack1.txt'"
	st_check "ack body: no attachment content" bash -c "! grep -q 'ln -sfn' '$T/ack1.txt'"
	st_check "ack body: no score" bash -c "! grep -qiE 'score|sandbox_escape' '$T/ack1.txt'"
else
	st_fail "ack headers" "no acknowledgment to check"
fi
R1=$(report_of "$ID1")
st_check_eq "ack row sent" "sent" "$(st_sql "$DB" "SELECT status FROM outbox WHERE kind = 'ack' AND report_id = $R1")"
st_check "acked_at and embargo_until set" test -n "$(st_sql "$DB" "SELECT 1 FROM reports WHERE id = $R1 AND acked_at > 0 AND embargo_until > acked_at")"
st_check_eq "event ack-sent" 1 "$(st_sql "$DB" "SELECT count(*) FROM events WHERE report_id = $R1 AND kind = 'ack-sent'")"
MISSING1=$(st_sql "$DB" "SELECT missing FROM reports WHERE id = $R1")
st_check "report 1 misses version and platform ($MISSING1)" bash -c "[[ '$MISSING1' == *version* && '$MISSING1' == *platform* ]]"

# --- 2. the reporter's reply joins the report and completes it -------------
ID2=reply1.$RANDOM$RANDOM@reporter.example
cat >"$T/r2.eml" <<EOF
From: Alice Reporter <alice@reporter.example>
To: security@superrad.company
Subject: Re: [$TRK] Re: Sandbox escape through a symlink race in the virtiofs share
Date: $(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S +0000')
Message-ID: <$ID2>
In-Reply-To: <${ACK_MID:-none}>
References: <$ID1> <${ACK_MID:-none}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Here is what was missing.

\$ msb --version
msb 0.6.14

\$ uname -a
Linux lab 6.8.0-45-generic #45-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux

/etc/os-release:
PRETTY_NAME="Ubuntu 24.04.1 LTS"

Log of the run:
[2026-11-27T10:00:01Z ERROR msb::virtiofs] lookup /share/x -> /etc escaped the root

Alice
EOF
st_check "reply accepted" send "$T/r2.eml" alice-env@reporter.example
st_check "reply filed" st_wait_for 20 filed "$ID2"
st_check_eq "reply joined the same report" "$R1" "$(report_of "$ID2")"
st_check_eq "no new report" 1 "$(st_sql "$DB" "SELECT count(*) FROM reports")"
MISSING2=$(st_sql "$DB" "SELECT missing FROM reports WHERE id = $R1")
st_check "version and platform no longer missing (was '$MISSING1', now '$MISSING2')" \
	bash -c "[[ '$MISSING2' != *version* && '$MISSING2' != *platform* ]]"
st_check_eq "event followup or rescored" 1 \
	"$(st_sql "$DB" "SELECT count(*) > 0 FROM events WHERE report_id = $R1 AND kind = 'rescored'")"
st_check_eq "still one ack row" 1 "$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE report_id = $R1 AND kind = 'ack'")"
sleep 2
st_check_eq "no second acknowledgment" 1 "$(n_replies_to "$ID1")"
NOTES=$(n_replies_to "$ID2")
st_check "at most one follow-up note ($NOTES)" test "$NOTES" -le 1
if [ "$NOTES" = 1 ]; then
	NOTE=$(replies_to "$ID2")
	st_check_eq "note X-Sectriage-Auto" "$TRK" "$(st_header "$NOTE" X-Sectriage-Auto)"
	st_check_eq "note Auto-Submitted" "auto-replied" "$(st_header "$NOTE" Auto-Submitted)"
	st_check_eq "note Subject keeps one tracking id" "[$TRK] Re: Sandbox escape through a symlink race in the virtiofs share" \
		"$(st_header "$NOTE" Subject)"
fi

# --- 3. no acknowledgment for bounces, auto-replies, lists, DMARC fail ------
NOACK=(19-bounce-dsn:'' 20-vacation-autoreply:lena@reporter.example
	21-oss-security-list-post:oss-security-return@reporter.example
	22-dmarc-fail-report:yusuf@reporter.example)
for entry in "${NOACK[@]}"; do
	name=${entry%%:*} env=${entry#*:}
	mid=$(st_header "$DEVSET/$name.eml" Message-ID | tr -d '<> ')
	if [ -z "$env" ]; then from='<>'; else from=$env; fi
	st_check "$name accepted" send "$DEVSET/$name.eml" "$from"
	st_check "$name filed" st_wait_for 20 filed "$mid"
	rid=$(report_of "$mid")
	st_check_eq "$name: no ack row to send" 0 \
		"$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE report_id = ${rid:-0} AND status <> 'suppressed'")"
	st_check_eq "$name: suppressed with a reason" 1 \
		"$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE report_id = ${rid:-0} AND status = 'suppressed' AND reason <> ''")"
done
sleep 2
st_check_eq "no mail to any of them" 0 \
	"$(grep -lE '^To: .*(lena|oss-security-return|yusuf)@reporter.example' "$REPORTER"/new/* 2>/dev/null | grep -c .)"
st_check "sectriage outbox shows the suppressed rows" \
	bash -c "'$ST_BIN' --config '$M/sectriage.conf' outbox --json | jq -e '[.[] | select(.status == \"suppressed\")] | length == 4' >/dev/null"

# --- 4. the sendmail program fails, then works ----------------------------
: >"$BIN/fail"
ID3=fail.$RANDOM$RANDOM@reporter.example
st_gen_report 3 acktest bob@reporter.example | sed "s/^Message-ID: .*/Message-ID: <$ID3>/" >"$T/r3.eml"
st_check "report 3 accepted" send "$T/r3.eml" bob@reporter.example
st_check "report 3 filed" st_wait_for 20 filed "$ID3"
R3=$(report_of "$ID3")
attempted() { [ "$(st_sql "$DB" "SELECT attempts FROM outbox WHERE report_id = ${R3:-0} AND kind = 'ack'")" -ge 2 ]; }
st_check "ack retried while the sendmail program fails" st_wait_for 20 attempted
st_check "the MTA's error is recorded" test -n \
	"$(st_sql "$DB" "SELECT 1 FROM outbox WHERE report_id = ${R3:-0} AND status = 'pending' AND last_error LIKE '%4.3.0 test%'")"
st_check "retry events" test "$(st_sql "$DB" "SELECT count(*) FROM events WHERE report_id = ${R3:-0} AND kind = 'ack-retry'")" -ge 2
st_check_eq "nothing delivered yet" 0 "$(n_replies_to "$ID3")"
rm -f "$BIN/fail"
st_check "delivered once the sendmail program works" st_wait_for 30 has_reply "$ID3"
sleep 1
st_check_eq "exactly one acknowledgment after retries" 1 "$(n_replies_to "$ID3")"

# --- 5. killed with acks pending, restarted: none lost, none doubled --------
: >"$BIN/fail"
: >"$T/ids5"
for i in 1 2 3; do
	id=kill$i.$RANDOM$RANDOM@reporter.example
	echo "$id" >>"$T/ids5"
	st_gen_report "$i" kill "carol$i@reporter.example" | sed "s/^Message-ID: .*/Message-ID: <$id>/" >"$T/r5.eml"
	st_check "report 5.$i accepted" send "$T/r5.eml" "carol$i@reporter.example"
done
all_filed() { local id; while read -r id; do filed "$id" || return 1; done <"$T/ids5"; }
st_check "reports 5.* filed" st_wait_for 20 all_filed
# Kill between two attempts: a row claimed by a sender killed in the middle
# of a submission is only taken over after 10 minutes (test_outbox covers it).
none_sending() { [ "$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE status = 'sending'")" = 0 ]; }
tried_all() { [ "$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE kind = 'ack' AND status = 'pending' AND attempts > 0")" = 3 ]; }
st_wait_for 20 tried_all
st_wait_for 10 none_sending
st_kill_milter "$M"
rm -f "$BIN/fail"
st_check_eq "acks pending after the kill" 3 \
	"$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE kind = 'ack' AND status IN ('pending', 'sending')")"
# Restart submitting by SMTP this time (the other submit path).
st_milter_config "$M" "$DB" "$M/run/milter.sock" "smtp:127.0.0.1:$SUBMIT" "$AUTH"
st_check "milter restarts" st_start_milter "$M"
all_acked() { local id; while read -r id; do has_reply "$id" || return 1; done <"$T/ids5"; }
st_check "every pending ack delivered after the restart" st_wait_for 30 all_acked
st_stop_milter "$M"
st_check "milter starts a third time" st_start_milter "$M"
sleep 2
st_check_eq "flush after everything is sent" "sent 0, failed 0" \
	"$("$ST_BIN" --config "$M/sectriage.conf" outbox --flush)"
# `sectriage outbox --retry ID` makes a failed row due again; --flush sends it.
NOW=$(date +%s)
RID=$(st_sql "$DB" "INSERT INTO outbox(kind, recipient, message, status, attempts, next_attempt_at, created_at, last_error)
	VALUES ('notice', 'dave@reporter.example', 'From: security@superrad.company
To: dave@reporter.example
Subject: retry test
In-Reply-To: <retry-test@reporter.example>

failed once
', 'failed', 10, $NOW, $NOW, 'test'); SELECT last_insert_rowid();")
st_check "outbox --retry a sent row refused" bash -c "! '$ST_BIN' --config '$M/sectriage.conf' outbox --retry 1 2>/dev/null"
st_check "outbox --retry a failed row" "$ST_BIN" --config "$M/sectriage.conf" outbox --retry "$RID"
st_check_eq "retried row pending with fresh attempts" "pending|0" \
	"$(st_sql "$DB" "SELECT status, attempts FROM outbox WHERE id = $RID")"
"$ST_BIN" --config "$M/sectriage.conf" outbox --flush >/dev/null
st_check "retried row delivered" st_wait_for 20 has_reply retry-test@reporter.example
st_check_eq "retry event" 1 "$(st_sql "$DB" "SELECT count(*) FROM events WHERE kind = 'outbox-retry' AND actor = 'cli:outbox'")"
pf_wait_queue_empty "$PF" 10
while read -r id; do
	st_check_eq "one ack for $id" 1 "$(n_replies_to "$id")"
done <"$T/ids5"
st_check_eq "every ack row sent" 0 \
	"$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE kind = 'ack' AND status NOT IN ('sent', 'suppressed')")"
ACKS=$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE kind = 'ack' AND status = 'sent'")
AUTO=$(grep -l '^X-Sectriage-Auto:' "$REPORTER"/new/* 2>/dev/null | xargs -r grep -L '^In-Reply-To: <reply1' | grep -c .)
st_check_eq "acks delivered = ack rows sent" "$ACKS" "$AUTO"
st_check "no ack came back to security@ (no loop)" bash -c "! grep -l '^X-Sectriage-Auto:' '$SEC'/new/* 2>/dev/null | grep -q ."
st_stop_milter "$M"

# --- 7. Postfix's own sendmail program, as the default submit command runs it
# (the CLI runs as root here, so sendmail may name the private config) ------
NOW=$(date +%s)
SID=$(st_sql "$DB" "INSERT INTO outbox(kind, recipient, message, status, next_attempt_at, created_at)
	VALUES ('notice', 'erin@reporter.example', 'From: security@superrad.company
To: erin@reporter.example
Subject: via sendmail
In-Reply-To: <sendmail-test@reporter.example>

.
a lone dot above must not end the message
', 'pending', $NOW, $NOW); SELECT last_insert_rowid();")
st_milter_config "$T" "$DB" "$M/run/milter.sock" "/usr/sbin/sendmail -C $PF/etc -i -f '' -- %r" "$AUTH"
st_check_eq "flush through /usr/sbin/sendmail" "sent 1, failed 0" \
	"$("$ST_BIN" --config "$T/sectriage.conf" outbox --flush 2>&1)"
st_check "delivered by sendmail" st_wait_for 20 has_reply sendmail-test@reporter.example
SM=$(replies_to sendmail-test@reporter.example | head -n1)
st_check_eq "sendmail: null envelope sender" "<>" "$(st_header "${SM:-/dev/null}" Return-Path)"
st_check "sendmail: the whole body (a lone dot kept)" grep -q "must not end the message" "${SM:-/dev/null}"

# --- 8. no loop: a report "from" security@ itself, acknowledgments submitted
# back through the MX, so that the milter sees its own acknowledgment ------
st_milter_config "$M" "$DB" "$M/run/milter.sock" "smtp:127.0.0.1:$MX" "$AUTH"
st_check "milter starts submitting through the MX" st_start_milter "$M"
ID8=loop.$RANDOM$RANDOM@reporter.example
st_gen_report 8 loop security@superrad.company | sed "s/^Message-ID: .*/Message-ID: <$ID8>/" >"$T/r8.eml"
st_check "report from security@ accepted" send "$T/r8.eml" security@superrad.company
st_check "report from security@ filed" st_wait_for 20 filed "$ID8"
sleep 5
pf_wait_queue_empty "$PF" 10
sleep 2
AUTO_SEC=$(grep -l '^X-Sectriage-Auto:' "$SEC"/new/* 2>/dev/null | grep -c .)
st_check "at most one acknowledgment reached security@ ($AUTO_SEC)" test "$AUTO_SEC" -le 1
R8=$(report_of "$ID8")
st_check "at most one row sent for it, none pending" test \
	"$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE report_id = ${R8:-0} AND status IN ('sent', 'pending', 'sending', 'failed')")" -le 1
st_check_eq "no new report from our own acknowledgment" 0 \
	"$(st_sql "$DB" "SELECT count(*) FROM reports WHERE id > ${R8:-0}")"
st_stop_milter "$M"
st_finish
