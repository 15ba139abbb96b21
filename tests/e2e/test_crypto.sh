#!/bin/bash
# tests/e2e/test_crypto.sh — encrypted and signed reports (issue #8).
#
# Generates throwaway OpenPGP keys in temporary GnuPG homes (no passphrase;
# every agent killed at exit), builds the fixtures from them — PGP/MIME
# encrypted, encrypted+signed, signed only, inline encrypted, inline
# clear-signed, a tampered signature, encrypted to an unknown key, an S/MIME
# signed message — and checks what `sectriage analyze --json` finds in each,
# with and without the security key configured.
. "$(dirname "$0")/../lib.sh"

command -v gpg >/dev/null || st_skip_all "gpg not installed"
T=$(st_tmpdir)
SEC=$T/sec-home       # the security address's key (what gnupg_home names)
REP=$T/reporter-home  # the reporter's key
OTHER=$T/other-home   # a key the security team does not have
mkdir -m 0700 "$SEC" "$REP" "$OTHER"
for h in "$SEC" "$REP" "$OTHER"; do st_at_exit gpgconf --homedir "$h" --kill all; done

gen_key() { # HOME UID
	gpg --homedir "$1" --batch --quiet --pinentry-mode loopback --passphrase '' \
		--quick-gen-key "$2" ed25519 sign,cert never 2>/dev/null &&
	fpr=$(gpg --homedir "$1" --list-keys --with-colons "$2" | awk -F: '/^fpr/ {print $10; exit}') &&
	gpg --homedir "$1" --batch --quiet --pinentry-mode loopback --passphrase '' \
		--quick-add-key "$fpr" cv25519 encr never 2>/dev/null
}
gen_key "$SEC" "Security Team <security@superrad.company>" || st_fail keygen "security key"
gen_key "$REP" "Rita Reporter <rita@reporter.example>" || st_fail keygen "reporter key"
gen_key "$OTHER" "Someone Else <else@elsewhere.example>" || st_fail keygen "other key"
# Exchange public keys: the reporter encrypts to security; security knows the reporter.
gpg --homedir "$SEC" --armor --export security@superrad.company | gpg --homedir "$REP" --batch --quiet --import 2>/dev/null
gpg --homedir "$REP" --armor --export rita@reporter.example | gpg --homedir "$SEC" --batch --quiet --import 2>/dev/null
gpg --homedir "$OTHER" --armor --export else@elsewhere.example | gpg --homedir "$REP" --batch --quiet --import 2>/dev/null
TRUST="--trust-model always"

cat >"$T/sectriage.conf" <<EOF
[crypto]
gnupg_home = $SEC
EOF

# The clear report inside every encrypted message: a MIME entity with a PoC.
cat >"$T/inner.mime" <<'EOF'
Content-Type: multipart/mixed; boundary="inner"; protected-headers="v1"
Subject: Guest to host escape through virtiofs symlink race

--inner
Content-Type: text/plain; charset=utf-8

A guest can replace a shared directory with a symlink while the host
resolves it, so the host follows the link outside the share: a sandboxed
workload gains read and write access to any file on the host.

$ msb --version
msb 0.6.14
$ uname -a
Linux lab 6.8.0-45-generic #45-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux
PRETTY_NAME="Ubuntu 24.04.1 LTS"

Steps: run ./race.sh inside a sandbox with a shared volume.

--inner
Content-Type: text/x-shellscript; name="race.sh"
Content-Disposition: attachment; filename="race.sh"

#!/bin/sh
while :; do mv /shared/d /shared/d.old; ln -s / /shared/d; mv /shared/d.old /shared/d; done
--inner--
EOF

headers() { # SUBJECT CONTENT-TYPE-LINE
	printf 'From: Rita Reporter <rita@reporter.example>\nTo: security@superrad.company\nSubject: %s\nMessage-ID: <%s@reporter.example>\nDate: Sat, 28 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n%s\n\n' \
		"$1" "$RANDOM$RANDOM" "$2"
}

pgp_mime() { # OUT CIPHERTEXT-FILE
	{
		headers "..." 'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="enc"'
		printf -- '--enc\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n\n'
		printf -- '--enc\nContent-Type: application/octet-stream; name="encrypted.asc"\n\n'
		cat "$2"
		printf -- '\n--enc--\n'
	} >"$1"
}

# 1. PGP/MIME encrypted to security
gpg --homedir "$REP" --batch --quiet $TRUST --armor --encrypt -r security@superrad.company \
	-o "$T/enc.asc" "$T/inner.mime"
pgp_mime "$T/01-encrypted.eml" "$T/enc.asc"
# 2. PGP/MIME encrypted and signed
gpg --homedir "$REP" --batch --quiet $TRUST --armor --sign --encrypt -r security@superrad.company \
	-u rita@reporter.example -o "$T/encsig.asc" "$T/inner.mime"
pgp_mime "$T/02-encrypted-signed.eml" "$T/encsig.asc"
# 3. encrypted to a key the security team does not have
gpg --homedir "$REP" --batch --quiet $TRUST --armor --encrypt -r else@elsewhere.example \
	-o "$T/other.asc" "$T/inner.mime"
pgp_mime "$T/03-unknown-key.eml" "$T/other.asc"
# 4. PGP/MIME signed only (RFC 3156: the signed entity in canonical CRLF form)
sed 's/$/\r/' "$T/inner.mime" | head -c -2 >"$T/inner.crlf"   # drop the last CRLF
gpg --homedir "$REP" --batch --quiet --armor --detach-sign -u rita@reporter.example \
	-o "$T/sig.asc" "$T/inner.crlf"
signed_msg() { # OUT SIGFILE ENTITY
	{
		headers "Guest to host escape (signed)" 'Content-Type: multipart/signed; micalg=pgp-sha512; protocol="application/pgp-signature"; boundary="sig"'
		printf -- '--sig\r\n'
		cat "$3"
		printf -- '\r\n--sig\r\nContent-Type: application/pgp-signature; name="signature.asc"\r\n\r\n'
		sed 's/$/\r/' "$2"
		printf -- '\r\n--sig--\r\n'
	} >"$1"
}
signed_msg "$T/04-signed.eml" "$T/sig.asc" "$T/inner.crlf"
# 5. a tampered signed message: one word of the signed text changed
sed 's/sandboxed/SANDBOXED/' "$T/inner.crlf" >"$T/inner.tampered"
signed_msg "$T/05-tampered.eml" "$T/sig.asc" "$T/inner.tampered"
# 6. inline PGP encrypted (text/plain with an armored block)
sed -n '/^A guest/,/^Steps/p' "$T/inner.mime" >"$T/inline.txt"
gpg --homedir "$REP" --batch --quiet $TRUST --armor --encrypt -r security@superrad.company \
	-o "$T/inline.asc" "$T/inline.txt"
{ headers "Sandbox escape report (inline PGP)" 'Content-Type: text/plain; charset=us-ascii'; cat "$T/inline.asc"; } >"$T/06-inline-encrypted.eml"
# 7. inline clear-signed
gpg --homedir "$REP" --batch --quiet --clearsign -u rita@reporter.example -o "$T/clear.asc" "$T/inline.txt"
{ headers "Sandbox escape report (clear-signed)" 'Content-Type: text/plain; charset=us-ascii'; cat "$T/clear.asc"; } >"$T/07-clearsigned.eml"
# 8. S/MIME signed (recognised and flagged; not verified)
{
	headers "S/MIME signed report" 'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="sm"'
	printf -- '--sm\nContent-Type: text/plain\n\nmsb 0.6.14 crashes the host, details to follow.\n\n'
	printf -- '--sm\nContent-Type: application/pkcs7-signature; name=smime.p7s\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=smime.p7s\n\nMIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAKCAMIIB\n\n--sm--\n'
} >"$T/08-smime-signed.eml"

an() { "$ST_BIN" --config "$1" analyze --json --envelope-from rita@reporter.example "$2"; }
q() { jq -r "$1" <<<"$J"; }
NOKEY=$T/nokey.conf
: >"$NOKEY"

# -- with the key configured --
J=$(an "$T/sectriage.conf" "$T/01-encrypted.eml") || st_fail "01 analyze" "exit $?"
st_check_eq "01 encrypted" true "$(q .encrypted)"
st_check_eq "01 decrypted" true "$(q .decrypted)"
st_check_eq "01 version from plaintext" 0.6.14 "$(q .version.value)"
st_check_eq "01 poc attachment inside" race.sh "$(q '[.attachments[] | select(.role=="poc") | .filename] | join(",")')"
st_check_eq "01 protected subject replaces the placeholder" \
	"Guest to host escape through virtiofs symlink race" "$(q .subject)"
st_check_eq "01 no signature" null "$(q .signature)"
st_check_eq "01 acknowledged" true "$(q .ack.send)"

J=$(an "$T/sectriage.conf" "$T/02-encrypted-signed.eml")
st_check_eq "02 decrypted" true "$(q .decrypted)"
st_check_eq "02 signature good" good "$(q .signature.status)"
case "$(q .signature.signer)" in *rita@reporter.example*) st_pass "02 signer";; *) st_fail "02 signer" "$(q .signature.signer)";; esac

J=$(an "$T/sectriage.conf" "$T/03-unknown-key.eml")
st_check_eq "03 encrypted" true "$(q .encrypted)"
st_check_eq "03 not decrypted" false "$(q .decrypted)"
case "$(q '.flags | join(",")')" in *decrypt-failed*) st_pass "03 flagged decrypt-failed";; *) st_fail "03 flag" "$(q '.flags|join(",")')";; esac
st_check_eq "03 still acknowledged" true "$(q .ack.send)"

J=$(an "$T/sectriage.conf" "$T/04-signed.eml")
st_check_eq "04 signature good" good "$(q .signature.status)"
st_check_eq "04 version" 0.6.14 "$(q .version.value)"
st_check_eq "04 not encrypted" false "$(q .encrypted)"

J=$(an "$T/sectriage.conf" "$T/05-tampered.eml")
st_check_eq "05 tampered signature is bad" bad "$(q .signature.status)"
st_check_eq "05 still filed facts" 0.6.14 "$(q .version.value)"

J=$(an "$T/sectriage.conf" "$T/06-inline-encrypted.eml")
st_check_eq "06 inline encrypted" true "$(q .encrypted)"
st_check_eq "06 inline decrypted" true "$(q .decrypted)"
st_check_eq "06 version from inline plaintext" 0.6.14 "$(q .version.value)"

J=$(an "$T/sectriage.conf" "$T/07-clearsigned.eml")
st_check_eq "07 clear-signed good" good "$(q .signature.status)"
st_check_eq "07 version" 0.6.14 "$(q .version.value)"

J=$(an "$T/sectriage.conf" "$T/08-smime-signed.eml")
case "$(q '.flags | join(",")')" in *smime*) st_pass "08 S/MIME flagged";; *) st_fail "08 smime" "$(q '.flags|join(",")')";; esac

# -- without a key: filed, flagged, acknowledged, nothing of the content known --
J=$(an "$NOKEY" "$T/01-encrypted.eml")
st_check_eq "nokey encrypted" true "$(q .encrypted)"
st_check_eq "nokey not decrypted" false "$(q .decrypted)"
st_check_eq "nokey no version" null "$(q .version)"
st_check_eq "nokey acknowledged" true "$(q .ack.send)"

# -- filed: the raw message keeps the ciphertext; no plaintext stored by default --
DB=$T/triage.db
"$ST_BIN" --config "$T/sectriage.conf" --db "$DB" file --envelope-from rita@reporter.example \
	"$T/01-encrypted.eml" >/dev/null || st_fail "file encrypted" "exit $?"
raw=$(sqlite3 "$DB" "SELECT CAST(raw AS TEXT) FROM messages LIMIT 1")
case "$raw" in *"BEGIN PGP MESSAGE"*) st_pass "raw keeps ciphertext";; *) st_fail "raw keeps ciphertext" "no armor";; esac
n=$(sqlite3 "$DB" "SELECT count(*) FROM attachments WHERE content IS NOT NULL AND filename='race.sh'")
st_check_eq "decrypted attachment content not stored (store_plaintext = false)" 0 "$n"
ack=$(sqlite3 "$DB" "SELECT CAST(message AS TEXT) FROM outbox WHERE kind='ack'")
case "$ack" in *"msb run"*|*"while :"*|*"virtiofs"*) st_fail "ack without plaintext" "ack quotes content";; *) st_pass "ack without plaintext";; esac

# -- through the private Postfix: filed, analysed from the plaintext, acknowledged
# without it.  The milter runs as nobody, so the security key's home is its.
if [ "$(id -u)" = 0 ]; then
	. "$(dirname "$0")/postfix.sh"
	gpgconf --homedir "$SEC" --kill all 2>/dev/null
	chown -R nobody "$SEC"
	PF=$T/postfix
	M=$T/milter
	mkdir -p "$M/run" "$T/state"
	chown nobody "$T/state"
	pf_create "$PF" "$M/run/milter.sock"
	st_milter_config "$M" "$T/state/triage.db" "$M/run/milter.sock" \
		"smtp:127.0.0.1:$(pf_submit_port "$PF")" "[crypto]\ngnupg_home = $SEC"
	st_check "milter starts" st_start_milter "$M"
	st_check "postfix starts" pf_start "$PF"
	st_check "encrypted report accepted" pf_send "$(pf_port "$PF")" "$T/02-encrypted-signed.eml" rita@reporter.example
	ACKS=$(pf_maildir "$PF" rita@reporter.example)
	st_wait_for 30 st_maildir_has "$ACKS" 1
	st_check_eq "one acknowledgment delivered" 1 "$(st_maildir_count "$ACKS")"
	row=$(st_sql "$T/state/triage.db" "SELECT version || '|' || encrypted FROM reports")
	st_check_eq "filed from the plaintext: version, encrypted" "0.6.14|1" "$row"
	ackf=$(find "$ACKS/new" "$ACKS/cur" -type f | head -n1)
	if [ -n "$ackf" ] && grep -qiE 'virtiofs|race\.sh|while :|Guest to host' "$ackf"; then
		st_fail "delivered ack names nothing of the plaintext" "$(grep -iE 'virtiofs|race|Guest' "$ackf" | head -3)"
	else
		st_pass "delivered ack names nothing of the plaintext"
	fi
	st_check "delivered ack says it arrived encrypted" grep -qi encrypt "$ackf"
	st_stop_milter "$M"
fi

# agents: none left running
for h in "$SEC" "$REP" "$OTHER"; do gpgconf --homedir "$h" --kill all 2>/dev/null; done
st_finish
