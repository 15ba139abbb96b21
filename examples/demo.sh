#!/bin/bash
# examples/demo.sh — what `make demo` runs.
#
# Builds, starts a private Postfix on 127.0.0.1 (its own config, queue and
# Maildirs under ./demo/, never /etc/postfix) with sectriage-milter on a unix
# socket, sends every examples/*.eml by SMTP with swaks, waits for delivery,
# prints `sectriage --db demo/triage.db list` and one `show`, and stops
# everything.  DEMO_KEEP=1 leaves Postfix and the milter running and prints
# the commands that stop them.  Needs root (Postfix's master starts as root).
[ -n "$BASH_VERSION" ] || exec bash "$0" "$@"

. "$(dirname "$0")/../tests/lib.sh"
. "$ST_ROOT/tests/e2e/postfix.sh"

cd "$ST_ROOT" || exit 1
if [ "$(id -u)" != 0 ]; then
	echo "demo: run as root (a private Postfix instance needs it): sudo make demo" >&2
	exit 1
fi
for p in postfix swaks python3; do
	command -v "$p" >/dev/null || { echo "demo: $p missing: run 'make deps'" >&2; exit 1; }
done
make -s all || exit 1

DEMO=$ST_ROOT/demo
# A previous demo left running (DEMO_KEEP=1)?  Stop it first.
if [ -d "$DEMO" ]; then
	run=$(readlink -f "$DEMO/run" 2>/dev/null || echo "$DEMO/run")
	[ -d "$run/postfix" ] && pf_stop "$run/postfix"
	[ -f "$DEMO/milter/milter.pid" ] && st_stop_milter "$DEMO/milter"
	[ -L "$DEMO/run" ] && rm -rf "$run"
	rm -rf "$DEMO"
fi
mkdir -p "$DEMO/milter"
chmod 0755 "$DEMO"

# Postfix's daemons (user postfix), virtual delivery and the milter (user
# nobody) must reach the queue, the Maildirs, the socket and the database.  When the checkout
# sits under a directory they cannot enter (/root), keep those in /tmp and
# link them in.
if runuser -u nobody -- test -x "$DEMO" 2>/dev/null; then
	RUN=$DEMO/run
	mkdir -p "$RUN"
else
	RUN=$(mktemp -d /tmp/sectriage-demo.XXXXXX)
	ln -s "$RUN" "$DEMO/run"
fi
chmod 0755 "$RUN"
PF=$RUN/postfix
SOCK=$RUN/milter.sock
# The milter (user nobody) owns the database's directory; demo/triage.db
# points at the file so that `sectriage --db demo/triage.db` works.
mkdir -p "$RUN/db"
ln -s "$RUN/db/triage.db" "$DEMO/triage.db"
DB=$RUN/db/triage.db

pf_create "$PF" "$SOCK" || exit 1
st_milter_config "$DEMO/milter" "$DB" "$SOCK" "smtp:127.0.0.1:$(pf_submit_port "$PF")"
echo "==> starting sectriage-milter (config $DEMO/milter/sectriage.conf, log $DEMO/milter/milter.log)"
st_start_milter "$DEMO/milter" || exit 1
echo "==> starting a private Postfix on 127.0.0.1:$(pf_port "$PF") (config $PF/etc)"
pf_start "$PF" || { echo "demo: postfix did not start; see $PF/log" >&2; exit 1; }
ln -sfn "$PF/log/maillog" "$DEMO/maillog"
ln -sfn "$PF/mail" "$DEMO/mail"

MX=$(pf_port "$PF")
n=0
for f in "$ST_ROOT"/examples/*.eml; do
	from=$(st_header "$f" From | sed -n 's/.*<\([^>]*\)>.*/\1/p')
	out=$(swaks --server 127.0.0.1 --port "$MX" --from "${from:-demo@reporter.example}" \
		--to security@superrad.company --data "@$f" --timeout 60 2>&1)
	rc=$?
	printf '    %-40s %s\n' "$(basename "$f")" \
		"$(echo "$out" | grep -E '^<-  *250 .*queued' | sed 's/^<- *//' | head -n1)"
	[ "$rc" = 0 ] && n=$((n + 1)) || echo "$out" | grep -E '^<\*\*' | sed 's/^/    /'
done
echo "==> sent $n messages to security@superrad.company"

SEC=$(pf_maildir "$PF" security@superrad.company)
st_wait_for 30 st_maildir_has "$SEC" "$n"
# Give the milter's ack sender a moment to drain the outbox.
sleep 3
echo "==> delivered to the security mailbox: $(st_maildir_count "$SEC");" \
	"acknowledgments delivered to reporters: $(st_maildir_count "$(pf_maildir "$PF" x@reporter.example)")"
echo
echo "\$ build/sectriage --db demo/triage.db list"
"$ST_BIN" --db "$DB" list
first=$(for m in "$SEC"/new/* "$SEC"/cur/*; do
	[ -f "$m" ] && grep -q 'example-01' "$m" && st_header "$m" X-Sectriage-Id; done | head -n1)
if [ -n "$first" ]; then
	echo
	echo "\$ build/sectriage --db demo/triage.db show $first"
	"$ST_BIN" --db "$DB" show "$first"
fi
ack=$(grep -l '^In-Reply-To: <example-01' "$(pf_maildir "$PF" x@reporter.example)"/new/* 2>/dev/null | head -n1)
if [ -n "$ack" ]; then
	echo
	echo "==> one acknowledgment as the reporter received it ($ack):"
	sed 's/^/    /' "$ack" | head -n 60
fi

echo
if [ -n "${DEMO_KEEP:-}" ]; then
	ST_EXIT_CMDS=()
	echo "==> left running (DEMO_KEEP=1): Postfix on 127.0.0.1:$MX, milter pid $(cat "$DEMO/milter/milter.pid")"
	echo "    send more:  swaks --server 127.0.0.1 --port $MX --to security@superrad.company --data @FILE"
	echo "    stop:       postfix -c $PF/etc stop; kill $(cat "$DEMO/milter/milter.pid")"
else
	st_stop_milter "$DEMO/milter"
	pf_stop "$PF"
	echo "==> stopped Postfix and the milter; the database stays in demo/triage.db," \
		"mail in demo/mail/, logs in demo/maillog and demo/milter/milter.log"
fi
