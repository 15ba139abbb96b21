#!/bin/bash
# tests/e2e/test_install.sh — the README's deploy section, followed (issue #6):
# `make install` into a DESTDIR, `sectriage-milter -n` on the installed
# config, the installed milter started as an unprivileged user with a
# private Postfix pointed at it, one report sent, the installed `sectriage`
# lists it and reads the digest; man pages render and document every key;
# `make uninstall` removes what install put there and keeps the config.
[ -n "$BASH_VERSION" ] || exec bash "$0" "$@"
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/postfix.sh"
st_need_root

T=$(st_tmpdir)
D=$T/root
PREFIX=/usr/local
make -s -C "$ST_ROOT" install DESTDIR="$D" PREFIX="$PREFIX" BUILD="$BUILD" >"$T/install.log" 2>&1
st_check_eq "make install" 0 "$?"
for f in sbin/sectriage-milter bin/sectriage share/man/man8/sectriage-milter.8 \
	share/man/man1/sectriage.1 share/man/man5/sectriage.conf.5 \
	share/sectriage/rules/extract.rules share/sectriage/rules/templates/ack.txt \
	share/sectriage/contrib/postfix/main.cf.snippet \
	share/sectriage/contrib/systemd/sectriage-milter.service; do
	st_check "installed $f" test -f "$D$PREFIX/$f"
done
st_check "sample config installed" test -f "$D/etc/sectriage/sectriage.conf"
st_check "state directory 0700" test "$(stat -c %a "$D/var/lib/sectriage")" = 700

# Man pages render cleanly and sectriage.conf(5) documents every key.
for m in "$D$PREFIX"/share/man/man*/sectriage*; do
	w=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$m" 2>&1 >/dev/null)
	st_check_eq "man page $(basename "$m") renders without warnings" "" "$w"
done
missing=""
while read -r key; do
	grep -q "^\.B $key\$" "$D$PREFIX/share/man/man5/sectriage.conf.5" || missing="$missing $key"
done < <("$D$PREFIX/sbin/sectriage-milter" -n --config /dev/null 2>/dev/null | sed -n 's/^\([a-z_]*\) = .*/\1/p')
st_check_eq "sectriage.conf(5) documents every key of -n" "" "$missing"

# The shipped config, edited as the README says (paths into the DESTDIR).
PF=$T/postfix
SOCK=$T/run/milter.sock
mkdir -p "$T/run" "$T/state"
chown nobody "$T/state"
pf_create "$PF" "$SOCK"
CONF=$D/etc/sectriage/sectriage.conf
sed -i -e "s|^socket = .*|socket = unix:$SOCK|" \
	-e "s|^submit = smtp:127.0.0.1:25|submit = smtp:127.0.0.1:$(pf_submit_port "$PF")|" \
	-e "s|^#database = .*|database = $T/state/triage.db|" \
	-e "s|^#directory =.*|directory = $D$PREFIX/share/sectriage/rules|" "$CONF"
out=$("$D$PREFIX/sbin/sectriage-milter" -n --config "$CONF" 2>&1)
st_check_eq "sectriage-milter -n accepts the installed config" 0 "$?"
case $out in *"database = $T/state/triage.db"*) st_pass "-n prints the effective settings" ;;
*) st_fail "-n prints the effective settings" "$out" ;; esac
bad=$T/bad.conf
printf '[milter]\nrecipents = x@y\n' >"$bad"
"$D$PREFIX/sbin/sectriage-milter" -n --config "$bad" >/dev/null 2>&1
st_check_eq "sectriage-milter -n refuses a misspelt key" 1 "$?"
case $out in *warning*) st_fail "-n has no warning for the installed config" "$out" ;;
*) st_pass "-n has no warning for the installed config" ;; esac
# a new tracking-id prefix the installed rules do not know: a warning, not a refusal
other=$T/other-prefix.conf
sed -e "s|^#id_prefix = .*|id_prefix = VULN|" "$CONF" >"$other"
out=$("$D$PREFIX/sbin/sectriage-milter" -n --config "$other" 2>&1)
st_check_eq "sectriage-milter -n accepts another id_prefix" 0 "$?"
case $out in *"warning: rules [followup], [quote.ours] do not match tracking ids with id_prefix VULN"*)
	st_pass "-n warns that the rules do not know the new prefix" ;;
*) st_fail "-n warns that the rules do not know the new prefix" "$out" ;; esac

"$D$PREFIX/sbin/sectriage-milter" -f -u nobody --config "$CONF" >"$T/milter.log" 2>&1 &
pid=$!
st_at_exit st_kill_pid "$pid"
st_check "installed milter creates its socket" st_wait_for 10 test -S "$SOCK"
chmod 0666 "$SOCK"
user=$(ps -o user= -p "$pid" 2>/dev/null | tr -d ' ')
st_check_eq "milter runs unprivileged" nobody "$user"
if ! st_check "postfix starts" pf_start "$PF"; then
	sed 's/^/#   /' "$PF/log/postfix-cmd.log" "$(pf_log "$PF")" 2>/dev/null | tail -n 20
fi

rep=$T/report.eml
cat >"$rep" <<'EOF'
From: Ada Reporter <ada@reporter.example>
To: security@superrad.company
Subject: Guest can write host files through the shared volume
Message-ID: <install-test-1@reporter.example>
Date: Sat, 28 Nov 2026 09:00:00 +0000

A process inside the sandbox can write to arbitrary host files through a
symlink planted in the shared volume; the attacker escapes the sandbox.

$ msb --version
msb 0.6.14

Reproduce: msb run --volume /tmp/share:/share alpine -- ln -s / /share/x
EOF
st_check "report accepted by Postfix" pf_send "$(pf_port "$PF")" "$rep" ada@reporter.example
st_wait_for 20 st_maildir_has "$(pf_maildir "$PF" security@superrad.company)" 1
st_check_eq "report delivered" 1 "$(st_maildir_count "$(pf_maildir "$PF" security@superrad.company)")"
n=$(ST_BIN="$D$PREFIX/bin/sectriage" st_report_count "$T/state/triage.db")
st_check_eq "installed sectriage lists the report" 1 "$n"
dig=$("$D$PREFIX/bin/sectriage" --config "$CONF" digest --format text 2>&1)
case $dig in *"Guest can write host files"*) st_pass "digest names the report" ;;
*) st_fail "digest names the report" "$(head -c 300 <<<"$dig")" ;; esac

kill -TERM "$pid"
st_poke_unix "$SOCK"
st_wait_for 10 st_pid_dead "$pid"
st_check "milter exits on SIGTERM" st_pid_dead "$pid"

make -s -C "$ST_ROOT" uninstall DESTDIR="$D" PREFIX="$PREFIX" BUILD="$BUILD" >>"$T/install.log" 2>&1
st_check "uninstall removes the binaries" test ! -e "$D$PREFIX/sbin/sectriage-milter"
st_check "uninstall keeps the config" test -f "$CONF"
st_finish
