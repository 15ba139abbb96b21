#!/bin/bash
# tests/e2e/test_smime.sh — opaque S/MIME signatures (held-out 1563).
#
# Outlook on Windows, with "send clear text signed message" off, sends the
# whole report as one application/pkcs7-mime; smime-type=signed-data part:
# the text is inside the PKCS#7 SignedData.  This test signs an invented
# report with a throwaway self-signed certificate made now (openssl req
# -x509), in openssl's S/MIME form (definite lengths) and in the BER form
# with indefinite lengths (-stream, what Outlook writes), and checks that
# `sectriage analyze --json` finds the version and the PoC from inside the
# p7m with and without a crypto configuration; then that the malformed and
# encrypted fixtures of tests/data/parse are flagged, not dropped.
. "$(dirname "$0")/../lib.sh"

command -v openssl >/dev/null || st_skip_all "openssl not installed"
command -v jq >/dev/null || st_skip_all "jq not installed"
[ -x "$ST_BIN" ] || st_skip_all "no $ST_BIN (make)"
T=$(st_tmpdir)
P=$ST_ROOT/tests/data/parse

openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T/key.pem" -out "$T/cert.pem" -days 2 \
	-subj "/CN=Ilse Brandt/emailAddress=ilse@fernwald.example" 2>/dev/null ||
	st_fail "openssl req" "no certificate"
printf '%s\r\n' 'Content-Type: text/plain; charset="utf-8"' 'Content-Transfer-Encoding: 8bit' '' \
	'Hello,' '' \
	'microsandbox 0.10.3 lets a guest keep a file descriptor of the host' \
	'after the sandbox is restarted. Impact: the guest reads host files.' '' \
	'Steps to reproduce:' '' \
	'  $ msb --version' '  msb 0.10.3' \
	'  $ msb exec demo -- python3 keep_fd.py --hold /proc/self/fd/7' '' \
	'Ilse' >"$T/inner.txt"
hdr() { printf 'From: Ilse Brandt <ilse@fernwald.example>\nTo: security@superrad.company\nSubject: fd kept across restart\nDate: Tue, 03 Oct 2028 08:00:00 +0200\nMessage-ID: <%s@fernwald.example>\n' "$1"; }
{ hdr smime-a; openssl smime -sign -nodetach -in "$T/inner.txt" -signer "$T/cert.pem" \
	-inkey "$T/key.pem" -outform SMIME; } >"$T/a-smime.eml" || st_fail "openssl sign" "SMIME form"
openssl smime -sign -nodetach -binary -stream -in "$T/inner.txt" -signer "$T/cert.pem" \
	-inkey "$T/key.pem" -outform DER -out "$T/b.der" || st_fail "openssl sign" "DER -stream"
case "$(head -c 2 "$T/b.der" | od -An -tx1 | tr -d ' ')" in
3080) st_pass "openssl -stream writes an indefinite length" ;;
*) st_fail "openssl -stream" "not indefinite: $(head -c 2 "$T/b.der" | od -An -tx1)" ;;
esac
{ hdr smime-b; printf 'MIME-Version: 1.0\nContent-Type: application/pkcs7-mime;\n\tsmime-type=signed-data;\n\tname="smime.p7m"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment;\n\tfilename="smime.p7m"\n\n'
  base64 -w 76 "$T/b.der"; } >"$T/b-ber.eml"

mkdir -m 0700 "$T/gnupg"
printf '[crypto]\ngnupg_home = %s\n' "$T/gnupg" >"$T/crypto.conf"
: >"$T/plain.conf"
for f in a-smime b-ber; do
	for c in plain crypto; do
		J=$("$ST_BIN" --config "$T/$c.conf" --rules "$ST_ROOT/rules" analyze --json "$T/$f.eml") ||
			st_fail "$f $c analyze" "exit $?"
		q() { jq -r "$1" <<<"$J"; }
		st_check_eq "$f ($c) version from inside the p7m" 0.10.3 "$(q .version.value)"
		case "$(q .evidence.poc)" in *keep_fd.py*) st_pass "$f ($c) PoC from inside the p7m";;
		*) st_fail "$f ($c) PoC" "$(q .evidence.poc)";; esac
		st_check_eq "$f ($c) flags" "smime,signed" "$(q '.flags | join(",")')"
		st_check_eq "$f ($c) not encrypted" false "$(q .encrypted)"
		st_check_eq "$f ($c) no p7m attachment" 0 "$(q '.attachments | length')"
	done
done

for f in smime-truncated smime-garbage; do
	J=$("$ST_BIN" --rules "$ST_ROOT/rules" analyze --json "$P/$f.eml") || st_fail "$f analyze" "exit $?"
	st_check_eq "$f flagged unreadable" "smime,smime-unreadable" "$(jq -r '.flags | sort | join(",")' <<<"$J")"
	st_check_eq "$f p7m kept" smime.p7m "$(jq -r '.attachments[0].filename' <<<"$J")"
done
for f in smime-enveloped smime-enveloped-mislabelled; do
	J=$("$ST_BIN" --rules "$ST_ROOT/rules" analyze --json "$P/$f.eml") || st_fail "$f analyze" "exit $?"
	st_check_eq "$f encrypted" true "$(jq -r .encrypted <<<"$J")"
	st_check_eq "$f flags" "encrypted,smime" "$(jq -r '.flags | sort | join(",")' <<<"$J")"
done
st_finish
