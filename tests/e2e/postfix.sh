# tests/e2e/postfix.sh — a private Postfix instance under a temp dir (bash).
#
# Source after tests/lib.sh.  Nothing under /etc/postfix is read or written:
# every command names the instance's config directory.  Needs root (Postfix's
# master starts as root and drops to user postfix).
#
#   pf_create DIR [MILTER_SOCKET]   write DIR/etc/{main,master}.cf, the
#           virtual maps and DIR/mail (Maildirs, owned by nobody), with three
#           smtpd listeners on free ports of 127.0.0.1:
#             pf_port DIR        "the MX": smtpd_milters = unix:MILTER_SOCKET
#                                (none if empty), milter_default_action =
#                                tempfail -- what a reporter's MTA talks to
#             pf_front_port DIR  "the reporter's MTA": no milter; queues the
#                                mail and relays it to the MX port with
#                                Postfix's smtp client, which defers and
#                                retries on 4xx (content_filter hop)
#             pf_submit_port DIR no milter, no hop: for acknowledgments
#                                (outbox submit = smtp:127.0.0.1:PORT)
#   pf_set DIR 'name = value'...         change main.cf (postconf -e)
#   pf_start DIR / pf_stop DIR / pf_reload DIR / pf_flush DIR
#   pf_queue_count DIR                   messages in the queue (all queues)
#   pf_wait_queue_empty DIR SECONDS      TRUE when the queue drained in time
#   pf_wait_delivered DIR MAILDIR IDS SECONDS  wait (flushing the queue) until
#                                        every Message-ID of IDS is delivered
#   pf_missing MAILDIR IDS               the Message-IDs of IDS not in MAILDIR
#   pf_diagnose DIR [MAILDIR IDS [MILTER_LOG]]  on a failure: the queue
#                                        (postqueue -p) and the log lines of
#                                        each message not delivered
#   pf_maildir DIR ADDRESS               the Maildir for one address
#   pf_log DIR                           the instance's maillog
#
# Delivery: security@superrad.company -> DIR/mail/security/, any other
# @superrad.company -> DIR/mail/other/, any @reporter.example ->
# DIR/mail/reporter/ (acknowledgments land there).  Everything else bounces
# (default_transport = error): no mail leaves the machine.

declare -A PF_MASTER_PIDS

pf_create() {
	local dir=$1 sock=${2:-} port front submit
	port=$(st_free_port) && front=$(st_free_port) && submit=$(st_free_port) || return 1
	while [ "$front" = "$port" ]; do front=$(st_free_port); done
	while [ "$submit" = "$port" ] || [ "$submit" = "$front" ]; do submit=$(st_free_port); done
	mkdir -p "$dir/etc" "$dir/spool" "$dir/data" "$dir/mail" "$dir/log"
	chmod 0755 "$dir" "$dir/etc" "$dir/spool" "$dir/log"
	chown postfix "$dir/data"
	chmod 0700 "$dir/data"
	chown nobody:nogroup "$dir/mail"
	chmod 0755 "$dir/mail"
	: >"$dir/log/maillog"

	cat >"$dir/etc/virtual_mailboxes" <<EOF
security@superrad.company security/
@superrad.company other/
@reporter.example reporter/
EOF
	cat >"$dir/etc/main.cf" <<EOF
# A private Postfix instance for sectriage tests (tests/e2e/postfix.sh).
compatibility_level = 3.6
config_directory = $dir/etc
queue_directory = $dir/spool
data_directory = $dir/data
mail_owner = postfix
setgid_group = postdrop
myhostname = mx.superrad.company
mydomain = superrad.company
myorigin = superrad.company
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
disable_dns_lookups = yes
default_transport = error:no external delivery from the test instance
relay_transport = error:no external delivery from the test instance
local_transport = error:no local delivery in the test instance
virtual_mailbox_domains = superrad.company, reporter.example
virtual_mailbox_base = $dir/mail
virtual_mailbox_maps = texthash:$dir/etc/virtual_mailboxes
virtual_alias_maps =
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
virtual_minimum_uid = 100
alias_maps =
alias_database =
maillog_file = $dir/log/maillog
maillog_file_prefixes = $dir/log
smtpd_milters = ${sock:+unix:$sock}
milter_default_action = tempfail
milter_protocol = 6
milter_connect_timeout = 5s
milter_command_timeout = 10s
milter_content_timeout = 60s
# Deferred mail comes back fast (the fault tests rely on it).
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
in_flow_delay = 0
smtpd_client_connection_count_limit = 0
smtpd_client_connection_rate_limit = 0
default_process_limit = 50
message_size_limit = 104857600
virtual_mailbox_limit = 0
biff = no
EOF
	cat >"$dir/etc/master.cf" <<EOF
# service type  private unpriv  chroot  wakeup  maxproc command
127.0.0.1:$port inet n - n - - smtpd
  -o syslog_name=postfix/mx
127.0.0.1:$front inet n - n - - smtpd
  -o syslog_name=postfix/front
  -o smtpd_milters=
  -o content_filter=mxhop:[127.0.0.1]:$port
127.0.0.1:$submit inet n - n - - smtpd
  -o syslog_name=postfix/submit
  -o smtpd_milters=
mxhop     unix  -       -       n       -       -       smtp
  -o syslog_name=postfix/mxhop
  -o myhostname=front.reporter.example
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
	echo "$port" >"$dir/port"
	echo "$front" >"$dir/front_port"
	echo "$submit" >"$dir/submit_port"
}

pf_set() {
	local dir=$1
	shift
	postconf -c "$dir/etc" -e "$@"
}

pf_port() {
	cat "$1/port"
}

pf_front_port() {
	cat "$1/front_port"
}

pf_submit_port() {
	cat "$1/submit_port"
}

pf_master_running() {
	local pid
	pid=$(tr -dc 0-9 2>/dev/null <"$1/spool/pid/master.pid") || return 1
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

pf_master_gone() {
	! pf_master_running "$1"
}

pf_start() {
	local dir=$1
	postfix -c "$dir/etc" check >>"$dir/log/postfix-cmd.log" 2>&1 || {
		echo "# postfix check failed:" >&2
		sed 's/^/#   /' "$dir/log/postfix-cmd.log" >&2
		return 1
	}
	# Stop it at exit whatever happens (registered once per instance).
	if [ ! -e "$dir/.stop-registered" ]; then
		: >"$dir/.stop-registered"
		st_at_exit pf_stop "$dir"
	fi
	postfix -c "$dir/etc" start >>"$dir/log/postfix-cmd.log" 2>&1 || return 1
	# Keep the master's pid outside DIR too: if DIR vanishes, pf_stop can
	# still end the instance.
	st_wait_for 5 pf_master_running "$dir" &&
		PF_MASTER_PIDS[$dir]=$(tr -dc 0-9 <"$dir/spool/pid/master.pid")
	st_wait_for 10 st_port_open "$(pf_port "$dir")" &&
		st_wait_for 5 st_port_open "$(pf_front_port "$dir")" &&
		st_wait_for 5 st_port_open "$(pf_submit_port "$dir")"
}

pf_stop() {
	local dir=$1 pid=${PF_MASTER_PIDS[$1]:-}
	if pf_master_running "$dir"; then
		postfix -c "$dir/etc" stop >>"$dir/log/postfix-cmd.log" 2>&1
		st_wait_for 15 pf_master_gone "$dir"
	elif [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = master ]; then
		# DIR is gone (or its pid file): SIGTERM is the master's "stop".
		kill -TERM "$pid" 2>/dev/null
		st_wait_for 15 st_pid_dead "$pid"
	fi
	unset "PF_MASTER_PIDS[$dir]"
	return 0
}

pf_reload() {
	postfix -c "$1/etc" reload >>"$1/log/postfix-cmd.log" 2>&1
}

pf_flush() {
	postfix -c "$1/etc" flush >>"$1/log/postfix-cmd.log" 2>&1
}

# pf_missing MAILDIR IDS: the Message-IDs (without <>) listed in the file IDS
# that no message in MAILDIR carries, one a line.
pf_missing() {
	comm -23 <(grep . "$2" | sort -u) <(st_maildir_msgids "$1" | sort -u)
}

# pf_wait_delivered DIR MAILDIR IDS SECONDS [FLUSH_EVERY]
# TRUE as soon as MAILDIR holds as many messages as IDS lists Message-IDs
# (which ones, and that none is doubled, is for the final checks), FALSE
# (with a line saying which are missing) after SECONDS of wall-clock time.
# A message the MX refused with a 4xx while a fault lasted waits in the
# deferred queue for the next queue run, and a retry over a cached SMTP
# session that began during the fault (smtpd then refuses everything for the
# rest of that session) is deferred once more: so the queue is flushed every
# FLUSH_EVERY seconds (default 5) while messages are missing, as an MTA
# operator would after fixing the fault.
pf_wait_delivered() {
	local dir=$1 maildir=$2 ids=$3 limit=$4 every=${5:-5} n start=$SECONDS next
	n=$(grep -c . "$ids")
	next=$((SECONDS + every))
	until st_maildir_has "$maildir" "$n"; do
		if ((SECONDS - start >= limit)); then
			echo "# $(st_maildir_count "$maildir") of $n delivered after $limit s; missing:" \
				"$(pf_missing "$maildir" "$ids" | tr '\n' ' ')" >&2
			return 1
		fi
		if ((SECONDS >= next)); then
			pf_flush "$dir"
			next=$((SECONDS + every))
		fi
		sleep 0.2
	done
	return 0
}

# pf_diagnose DIR [MAILDIR IDS [MILTER_LOG]]: print (as comment lines) what is
# needed to read a failed delivery check afterwards: the instance's queue
# (postqueue -p) and, for each Message-ID of IDS not in MAILDIR, every log
# line of its queue ids (both hops), the MX's NOQUEUE lines for its envelope
# sender and the milter's lines for its queue ids.
pf_diagnose() {
	local dir=$1 maildir=${2:-} ids=${3:-} mlog=${4:-} log id qids senders re s
	log=$(pf_log "$dir")
	echo "# postqueue -c $dir/etc -p:"
	postqueue -c "$dir/etc" -p 2>&1 | head -n 120 | sed 's/^/#   /'
	[ -n "$ids" ] && [ -f "$ids" ] || return 0
	pf_missing "$maildir" "$ids" | head -n 10 | while read -r id; do
		echo "# not delivered: <$id>"
		qids=$(grep -F "message-id=<$id>" "$log" |
			sed -n 's/.*\]: \([0-9A-Za-z]\{6,\}\): message-id=.*/\1/p' | sort -u)
		if [ -z "$qids" ]; then
			echo "#   (no queue id in $log)"
			continue
		fi
		re="($(echo $qids | tr ' ' '|')):"
		grep -E "$re" "$log" | sed 's/^/#   /'
		senders=$(grep -E "$re from=<[^>]*>" "$log" | sed -n 's/.* from=<\([^>]*\)>.*/\1/p' | sort -u)
		for s in $senders; do
			grep -F "NOQUEUE:" "$log" | grep -F "from=<$s>" | tail -n 30 | sed 's/^/#   /'
		done
		[ -n "$mlog" ] && [ -f "$mlog" ] && grep -E "$re" "$mlog" | sed 's/^/#   milter: /'
	done
	return 0
}

# Messages anywhere in the queue (maildrop, incoming, active, deferred, hold).
pf_queue_count() {
	local q=$1/spool
	find "$q/maildrop" "$q/incoming" "$q/active" "$q/deferred" "$q/hold" \
		-type f 2>/dev/null | wc -l | tr -d ' '
}

pf_queue_empty() {
	[ "$(pf_queue_count "$1")" = 0 ]
}

pf_wait_queue_empty() {
	st_wait_for "$2" pf_queue_empty "$1"
}

pf_maildir() {
	local dir=$1 addr=$2
	case $addr in
	security@superrad.company) echo "$dir/mail/security" ;;
	*@superrad.company) echo "$dir/mail/other" ;;
	*@reporter.example) echo "$dir/mail/reporter" ;;
	*) echo "$dir/mail/none" ;;
	esac
}

pf_log() {
	echo "$1/log/maillog"
}

# pf_send PORT FILE FROM [TO]: one message by SMTP with swaks; status 0 on 250.
pf_send() {
	swaks --server 127.0.0.1 --port "$1" --from "$3" --to "${4:-security@superrad.company}" \
		--data "@$2" --timeout 60 >/dev/null 2>&1
}

# pf_send_reports PORT FIRST LAST TAG IDS_FILE [RETRY_SECONDS]
# Send reports FIRST..LAST (st_gen_report, each from its own sender
# reporterTAG-I@reporter.example) to PORT; append each accepted Message-ID
# (without <>) to IDS_FILE.  A refused message is tried again every 0.5 s
# for up to RETRY_SECONDS (default 0: no retry), as a sending MTA would.
# PAD_KB=N adds an N KiB base64 attachment.  Returns the number refused.
pf_send_reports() {
	local port=$1 first=$2 last=$3 tag=$4 ids=$5 retry=${6:-0} i t f from refused=0
	local tmp
	tmp=$(mktemp "${TMPDIR:-/tmp}/sectriage-msg.XXXXXX")
	for ((i = first; i <= last; i++)); do
		from=reporter$tag-$i@reporter.example
		st_gen_report "$i" "$tag" "$from" >"$tmp"
		if [ -n "${PAD_KB:-}" ]; then
			{
				sed '/^Content-Type: text\/plain/,$d' "$tmp" | sed '/^MIME-Version/d'
				echo "MIME-Version: 1.0"
				echo "Content-Type: multipart/mixed; boundary=\"pad-$i\""
				echo
				echo "--pad-$i"
				echo "Content-Type: text/plain; charset=us-ascii"
				sed '1,/^$/d' "$tmp"
				echo "--pad-$i"
				echo "Content-Type: application/octet-stream; name=\"trace-$i.bin\""
				echo "Content-Disposition: attachment; filename=\"trace-$i.bin\""
				echo "Content-Transfer-Encoding: base64"
				echo
				head -c $((PAD_KB * 1024)) /dev/urandom | base64 -w 76
				echo "--pad-$i--"
			} >"$tmp.pad"
			mv "$tmp.pad" "$tmp"
		fi
		for ((t = 0; ; t++)); do
			if pf_send "$port" "$tmp" "$from"; then
				st_header "$tmp" Message-ID | tr -d '<> ' >>"$ids"
				break
			fi
			if ((t >= retry * 2)); then
				refused=$((refused + 1))
				break
			fi
			sleep 0.5
		done
	done
	rm -f "$tmp"
	return $refused
}
