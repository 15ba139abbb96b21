# tests/e2e/postfix.sh — a private Postfix instance under a temp dir (bash).
#
# Source after tests/lib.sh.  Nothing under /etc/postfix is read or written:
# every command names the instance's config directory.  Needs root (Postfix's
# master starts as root and drops to user postfix).
#
#   pf_create DIR PORT [MILTER_SOCKET]   write DIR/etc/{main,master}.cf, the
#           virtual maps and DIR/mail (Maildirs, owned by nobody); smtpd on
#           127.0.0.1:PORT; smtpd_milters = unix:MILTER_SOCKET (none if empty)
#   pf_set DIR 'name = value'...         change main.cf (postconf -e)
#   pf_start DIR / pf_stop DIR / pf_reload DIR / pf_flush DIR
#   pf_queue_count DIR                   messages in the queue (all queues)
#   pf_wait_queue_empty DIR SECONDS      TRUE when the queue drained in time
#   pf_maildir DIR ADDRESS               the Maildir for one address
#   pf_log DIR                           the instance's maillog
#
# Delivery: security@superrad.company -> DIR/mail/security/, any other
# @superrad.company -> DIR/mail/other/, any @reporter.example ->
# DIR/mail/reporter/ (acknowledgments land there).  Everything else bounces
# (default_transport = error): no mail leaves the machine.

pf_create() {
	local dir=$1 port=$2 sock=${3:-}
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
}

pf_set() {
	local dir=$1
	shift
	postconf -c "$dir/etc" -e "$@"
}

pf_port() {
	cat "$1/port"
}

pf_master_running() {
	local pid
	pid=$(tr -dc 0-9 <"$1/spool/pid/master.pid" 2>/dev/null) || return 1
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
	st_wait_for 10 st_port_open "$(pf_port "$dir")"
}

pf_stop() {
	local dir=$1
	pf_master_running "$dir" || return 0
	postfix -c "$dir/etc" stop >>"$dir/log/postfix-cmd.log" 2>&1
	st_wait_for 15 pf_master_gone "$dir"
}

pf_reload() {
	postfix -c "$1/etc" reload >>"$1/log/postfix-cmd.log" 2>&1
}

pf_flush() {
	postfix -c "$1/etc" flush >>"$1/log/postfix-cmd.log" 2>&1
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
