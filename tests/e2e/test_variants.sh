#!/bin/bash
# test_variants.sh — the same report as other mail clients send it gets the
# same facts (issue #3).  tests/tools/variants.py writes every devset and
# held-out message again in base64, in quoted-printable, as RFC 3676
# format=flowed, as the HTML-only mail a webmail and Outlook compose from
# its lines, and with CRLF line ends, and compares `analyze --json`'s
# facts (version, platform, checklist, class, component, scope, credit,
# CVSS, exploited, acknowledgment) with the original's.
#
# and in Windows-1252 where the text allows it; hard-wrapped at 76
# columns as Outlook's plain text sends it; under a mail gateway's
# "originated from outside of the organization" banner and over a
# company's confidentiality notice; with its indentation in no-break
# spaces, as text copied from a web page or a chat carries it.
#
# Gates: no difference at all for base64, quoted-printable, CRLF,
# Windows-1252, both HTML kinds, the banner, the notice and no-break
# spaces; for
# format=flowed at most one variant in 500: a sender's stuffing cannot
# always be told from the writer's indent (flowed.h), so a writer's
# three-space indent sent stuffed can read as four.  Hard wrapping changes what a reader sees (a credit sentence
# broken inside the name, a log line in two), so wrap76 is held to what it
# is now, at most 1 in 25: a guard against losing ground, not a claim.
#
# A direct run rewrites every message; make check every second one by name
# (ST_VARIANTS_EVERY, set by tests/run-all.sh), so that CI's time does not
# grow with each held-out round.
. "$(dirname "$0")/../lib.sh"

[ -x "$ST_BIN" ] || st_skip_all "$ST_BIN not built"
command -v python3 >/dev/null || st_skip_all "python3 missing"
dirs=()
[ -d "$SHARED/devset/mail" ] && dirs+=("$SHARED/devset/mail")
[ -d "$ST_ROOT/tests/data/heldout/mail" ] && dirs+=("$ST_ROOT/tests/data/heldout/mail")
[ ${#dirs[@]} -gt 0 ] || st_skip_all "no devset or held-out messages"

out=$(cd "$ST_ROOT" && python3 tests/tools/variants.py --build "$BUILD" --rules "$ST_ROOT/rules" \
	--every "${ST_VARIANTS_EVERY:-1}" "${dirs[@]}" 2>&1)
printf '%s\n' "$out" | grep -v '^variants: ' | head -40
for kind in b64 qp flowed html outlook crlf cp1252 wrap76 banner disclaimer nbsp; do
	line=$(printf '%s\n' "$out" | sed -nE "s/^variants: $kind ([0-9]+) compared, ([0-9]+) differ\$/\\1 \\2/p")
	if [ -z "$line" ]; then
		st_fail "variants: $kind" "no summary line"
		continue
	fi
	set -- $line
	if [ "$1" -lt 20 ]; then
		st_fail "variants: $kind" "only $1 messages could be rewritten"
	elif [ "$kind" = flowed ] || [ "$kind" = wrap76 ]; then
		[ "$kind" = wrap76 ] && per=25 || per=500
		[ $(( $2 * per )) -le "$1" ] && st_pass "variants: $kind, $2 of $1 differ (at most 1 in $per)" ||
			st_fail "variants: $kind" "$2 of $1 differ (more than 1 in $per)"
	else
		st_check_eq "variants: $kind, none of $1 differ" 0 "$2"
	fi
done
st_finish
