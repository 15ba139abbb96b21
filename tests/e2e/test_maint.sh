#!/bin/bash
# The maintainers' side end to end (issue #7):
#  1. a report filed through the real milter and acknowledged, then moved to
#     triaged with `sectriage set`: exactly one notice reaches the reporter's
#     Maildir through the private Postfix (threaded, auto-submitted, to the
#     envelope sender); --quiet sends nothing; a report whose sender was the
#     null sender (never acknowledged) gets no notice either;
#  2. a database seeded with a few hundred reports in every state: the digest
#     in every format, JSON checked for ranking with Python's json, HTML
#     parsed with Python's html.parser (well formed, reporter text escaped,
#     no markup from reporters), `digest --mail` delivered as one
#     multipart/alternative mail per recipient;
#  3. exports parsed with real parsers: OSV and GHSA with json, the RustSec
#     draft's front matter with tomllib, checked field by field; RustSec is
#     refused under embargo;
#  4. `attachment` writes the stored bytes to a new file, never overwrites,
#     never follows a symlink;
#  5. the digest of 100,000 reports (issue #9) takes under a second of CPU.
#
# Run from the repository after `make all tools`:  bash tests/e2e/test_maint.sh
# Part 1 needs root (Postfix's master); the rest runs anywhere.

. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/postfix.sh"

SEED=$BUILD/tools/seed_db
for b in "$ST_BIN" "$ST_MILTER" "$SEED"; do
	[ -x "$b" ] || { st_fail "built" "$b missing (run make all tools)"; st_finish; }
done
T=$(st_tmpdir)
NOW=2026-03-02T09:00:00Z

# ---------------------------------------------------------------- 1. notices
notices_through_postfix() {
	local PF=$T/postfix M=$T/milter DB=$T/db/triage.db
	mkdir -p "$M/run" "$T/db"
	pf_create "$PF" "$M/run/milter.sock" || return 1
	st_milter_config "$M" "$DB" "$M/run/milter.sock" "smtp:127.0.0.1:$(pf_submit_port "$PF")"
	st_check "milter starts" st_start_milter "$M" || return 1
	st_check "postfix starts" pf_start "$PF" || return 1
	local MX REPORTER
	MX=$(pf_port "$PF")
	REPORTER=$(pf_maildir "$PF" x@reporter.example)

	st_gen_report 1 maint alice@reporter.example >"$T/r1.eml"
	st_check "report accepted" pf_send "$MX" "$T/r1.eml" alice@reporter.example
	st_gen_report 2 maint mallory@reporter.example >"$T/r2.eml"
	st_check "null-sender report accepted" pf_send "$MX" "$T/r2.eml" '<>'
	st_wait_for 30 st_maildir_has "$REPORTER" 1
	st_check_eq "one acknowledgment delivered" 1 "$(st_maildir_count "$REPORTER")"
	# The CLI works on the database as root: stop the milter (user nobody) first.
	st_stop_milter "$M"
	local id1 id2 mid1
	id1=$(st_sql "$DB" "SELECT tracking_id FROM reports WHERE reporter LIKE 'alice@%'")
	id2=$(st_sql "$DB" "SELECT tracking_id FROM reports WHERE tracking_id != '$id1'")
	mid1=$(st_sql "$DB" "SELECT message_id FROM messages m JOIN reports r ON r.id = m.report_id WHERE r.tracking_id = '$id1'" | tr -d '<>')
	st_check "two reports filed" test -n "$id1" -a -n "$id2"
	local C=(--config "$M/sectriage.conf" --now 2026-03-03T10:00:00Z)

	out=$("$ST_BIN" "${C[@]}" set "$id1" --state triaged --severity high --by alice 2>&1)
	st_check "set triaged: notice queued" grep -q "reporter notice: queued" <<<"$out"
	out=$("$ST_BIN" "${C[@]}" set "$id2" --state triaged --severity low 2>&1)
	st_check "null-sender report: no notice (not acknowledged)" grep -q "not acknowledged" <<<"$out"
	"$ST_BIN" "${C[@]}" outbox --flush >"$T/flush.out" 2>&1
	st_wait_for 30 st_maildir_has "$REPORTER" 2
	sleep 2	# anything doubled would arrive now
	st_check_eq "exactly one notice delivered" 2 "$(st_maildir_count "$REPORTER")"
	local notice
	notice=$(grep -l "has been triaged" "$REPORTER"/new/* "$REPORTER"/cur/* 2>/dev/null | head -n1)
	st_check "notice body from the template" test -n "$notice"
	if [ -n "$notice" ]; then
		st_check "notice subject carries $id1" grep -q "^Subject: .*\[$id1\]" "$notice"
		st_check_eq "notice threaded to the report" "$mid1" "$(st_header "$notice" In-Reply-To | tr -d '<> ')"
		st_check_eq "notice Auto-Submitted" auto-replied "$(st_header "$notice" Auto-Submitted)"
		st_check_eq "notice to the envelope sender" alice@reporter.example \
			"$(st_header "$notice" To | grep -o '[a-z]*@reporter.example')"
		st_check_eq "notice null Return-Path" "<>" "$(st_header "$notice" Return-Path)"
	fi
	st_check_eq "events record who" "cli:alice" \
		"$(st_sql "$DB" "SELECT actor FROM events e JOIN reports r ON r.id = e.report_id WHERE r.tracking_id = '$id1' AND e.kind = 'state'")"

	"$ST_BIN" "${C[@]}" set "$id1" --state fixing --quiet >/dev/null
	"$ST_BIN" "${C[@]}" outbox --flush >/dev/null 2>&1
	sleep 2
	st_check_eq "--quiet: nothing more delivered" 2 "$(st_maildir_count "$REPORTER")"
	"$ST_BIN" "${C[@]}" set "$id1" --state published >/dev/null 2>&1
	st_check_eq "fixing -> published refused (exit 2)" 2 $?
	st_check_eq "no notice row for a refused change" 1 \
		"$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE kind = 'notice'")"
	pf_stop "$PF"
}

if [ "$(id -u)" = 0 ]; then
	notices_through_postfix
else
	echo "# part 1 skipped: needs root for the private Postfix"
fi

# ---------------------------------------------------------------- 2. digest
DB=$T/seeded.db
"$SEED" --db "$DB" --count 300 --now "$NOW" >/dev/null
st_check_eq "seeded 300 reports" 300 "$(st_sql "$DB" 'SELECT count(*) FROM reports')"
st_check_eq "every state seeded" 7 "$(st_sql "$DB" 'SELECT count(DISTINCT state) FROM reports')"
S=("$ST_BIN" --db "$DB" --rules "$ST_ROOT/rules" --now "$NOW")

"${S[@]}" digest --format json --max 0 >"$T/d.json"
st_check "digest json exits 0" test $? = 0
python3 - "$T/d.json" "$NOW" >"$T/json.out" 2>&1 <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
now = sys.argv[2]
secs = d["sections"]
assert list(secs) == ["needs_action", "new", "waiting_on_reporter", "fixes_due",
                      "embargoes_ending"], list(secs)
act = secs["needs_action"]
assert len(act) > 10, len(act)
# exploited first, then overdue, then by due date
key = [(not a["exploited"], not a["overdue"], a["due"] or "9999") for a in act]
for a, b in zip(key, key[1:]):
    assert a[:2] <= b[:2], (a, b)
    if a[:2] == b[:2] and a[0]:
        assert a[2] <= b[2], (a, b)
for a in act:
    assert a["exploited"] or a["due"] <= "2026-03-04T09:00:00Z", a
for s in ("waiting_on_reporter",):
    assert all(x["state"] == "needs-info" for x in secs[s])
fix = secs["fixes_due"]
assert all(x["clock"] == "fix" and x["severity"] in ("critical", "high") for x in fix)
assert [x["due"] for x in fix] == sorted(x["due"] for x in fix)
assert all(x["created_at"] >= d["since"] for x in secs["new"])
assert any(x["possible_duplicates"] for x in secs["new"])
f = d["figures"]
assert f["open_total"] == sum(f["open_by_state"].values())
assert 0 <= f["acks_within_sla"] <= f["acks"]
assert d["generated_at"] == now
print("ok")
EOF
st_check "digest json: sections, ranking, figures (python json)" grep -qx ok "$T/json.out" ||
	sed 's/^/#   /' "$T/json.out"
open_sql=$(st_sql "$DB" "SELECT count(*) FROM reports WHERE state NOT IN ('published','closed')")
st_check_eq "digest json: open total = database" "$open_sql" \
	"$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["figures"]["open_total"])' "$T/d.json")"

"${S[@]}" digest --format html --max 0 >"$T/d.html"
python3 - "$T/d.html" >"$T/html.out" 2>&1 <<'EOF'
import sys
from html.parser import HTMLParser
VOID = {"meta", "br", "hr", "img", "input", "link"}
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.tags, self.text, self.errors = [], [], [], []
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append("unbalanced </%s> (open: %s)" % (tag, self.stack[-3:]))
        else:
            self.stack.pop()
    def handle_data(self, data):
        self.text.append(data)
p = P()
p.feed(open(sys.argv[1], encoding="utf-8").read())
p.close()
text = "".join(p.text)
assert not p.errors, p.errors[:3]
assert not p.stack, p.stack
allowed = {"html", "head", "meta", "title", "body", "h1", "h2", "p", "table", "tr", "th", "td",
           "ul", "li", "strong", "em", "br"}
assert set(p.tags) <= allowed, set(p.tags) - allowed
assert "script" not in p.tags and "b" not in p.tags
# reporter text arrives as text, escaped, not as markup
assert "<script>alert('x')</script>" in text, "escaped subject missing"
assert "<b>stale</b>" in text
assert '"deny all"' in text
for h in ("Needs action", "New since last digest", "Waiting on the reporter", "Fixes due",
          "Embargoes ending", "Figures"):
    assert h in text, h
print("ok")
EOF
st_check "digest html: well formed, reporter text escaped (python html.parser)" grep -qx ok "$T/html.out" ||
	sed 's/^/#   /' "$T/html.out"

for f in text markdown; do
	"${S[@]}" digest --format $f >"$T/d.$f"
	st_check "digest $f exits 0" test $? = 0
done
order_ok() { # FILE HEADINGS...: every heading present, in this order
	local f=$1 last=0 n
	shift
	for h; do
		n=$(grep -n -F -- "$h" "$f" | head -n1 | cut -d: -f1)
		[ -n "$n" ] && [ "$n" -gt "$last" ] || return 1
		last=$n
	done
}
st_check "digest text: sections in order" order_ok "$T/d.text" "NEEDS ACTION" \
	"NEW SINCE LAST DIGEST" "WAITING ON THE REPORTER" "FIXES DUE" "EMBARGOES ENDING" FIGURES
st_check "digest markdown: sections in order" order_ok "$T/d.markdown" "## Needs action" \
	"## New since last digest" "## Waiting on the reporter" "## Fixes due" \
	"## Embargoes ending" "## Figures"
st_check "digest markdown: reporter markup escaped" grep -qF '\<script\>' "$T/d.markdown"
"${S[@]}" digest --format pdf >/dev/null 2>&1
st_check_eq "digest --format pdf: usage error" 2 $?
"${S[@]}" digest --since 36x >/dev/null 2>&1
st_check_eq "digest --since 36x: usage error" 2 $?
a=$("${S[@]}" digest --since 1d --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["sections"]["new"]))')
b=$(st_sql "$DB" "SELECT count(*) FROM reports WHERE created_at >= strftime('%s','$NOW') - 86400")
st_check_eq "digest --since 1d: new = reports of the last day" "$b" "$a"

out=$("${S[@]}" digest --mail team@superrad.company lead@superrad.company 2>&1)
st_check "digest --mail queues two mails" grep -q "queued 2 digest mails" <<<"$out"
st_check_eq "two digest rows pending" 2 "$(st_sql "$DB" "SELECT count(*) FROM outbox WHERE kind = 'digest' AND status = 'pending'")"
st_check_eq "last_digest recorded" "$(date -u -d "$NOW" +%s)" "$(st_sql "$DB" "SELECT value FROM meta WHERE key = 'last_digest'")"
st_sql "$DB" "SELECT message FROM outbox WHERE kind = 'digest' AND recipient = 'team@superrad.company'" >"$T/digest.eml"
python3 - "$T/digest.eml" >"$T/mail.out" 2>&1 <<'EOF'
import sys, email
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
assert m.get_content_type() == "multipart/alternative", m.get_content_type()
parts = [p.get_content_type() for p in m.iter_parts()]
assert parts == ["text/plain", "text/html"], parts
assert m["To"].addresses[0].addr_spec == "team@superrad.company"
assert m["Auto-Submitted"] == "auto-generated"
assert "Security triage digest" in str(m["Subject"])
html = list(m.iter_parts())[1].get_content()
assert "&lt;script&gt;" in html and "<script>" not in html
print("ok")
EOF
st_check "digest mail: multipart/alternative text+HTML (python email)" grep -qx ok "$T/mail.out" ||
	sed 's/^/#   /' "$T/mail.out"

# ---------------------------------------------------------------- 3. exports
pub=$(st_sql "$DB" "SELECT tracking_id FROM reports WHERE state = 'published' AND component = 'core' ORDER BY id LIMIT 1")
emb=$(st_sql "$DB" "SELECT tracking_id FROM reports WHERE state = 'fixing' AND component = 'core' AND embargo_until IS NULL AND acked_at > strftime('%s','$NOW') - 80 * 86400 ORDER BY id LIMIT 1")
st_sql "$DB" "UPDATE reports SET cvss_vector = 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', credit_name = 'Ada \"A.\" Lovelace', credit_link = 'https://github.com/ada-l', version = '0.6.14' WHERE tracking_id = '$pub'"
"${S[@]}" export "$pub" --format osv --fixed 0.6.15 >"$T/osv.json"
st_check "export osv exits 0" test $? = 0
python3 - "$T/osv.json" "$pub" >"$T/osv.out" 2>&1 <<'EOF'
import json, re, sys
o = json.load(open(sys.argv[1]))
rfc3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
known = {"schema_version", "id", "modified", "published", "withdrawn", "aliases", "related",
         "summary", "details", "severity", "affected", "references", "credits",
         "database_specific", "upstream"}
assert set(o) <= known, set(o) - known
assert o["id"] == sys.argv[2]
assert isinstance(o["schema_version"], str)
assert rfc3339.match(o["modified"]) and rfc3339.match(o["published"])
assert isinstance(o["summary"], str) and "\n" not in o["summary"]
assert isinstance(o["details"], str)
(a,) = o["affected"]
assert a["package"] == {"ecosystem": "crates.io", "name": "microsandbox",
                        "purl": "pkg:cargo/microsandbox"}, a["package"]
(r,) = a["ranges"]
assert r["type"] == "SEMVER"
assert r["events"] == [{"introduced": "0"}, {"fixed": "0.6.15"}], r["events"]
assert o["severity"] == [{"type": "CVSS_V3",
                          "score": "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H"}]
assert o["credits"] == [{"name": 'Ada "A." Lovelace', "contact": ["https://github.com/ada-l"],
                         "type": "FINDER"}], o["credits"]
types = {"ADVISORY", "ARTICLE", "DETECTION", "DISCUSSION", "REPORT", "FIX", "INTRODUCED",
         "GIT", "PACKAGE", "EVIDENCE", "WEB"}
assert o["references"] and all(x["type"] in types and x["url"].startswith("https://")
                               for x in o["references"])
print("ok")
EOF
st_check "export osv: fields and types (python json)" grep -qx ok "$T/osv.out" || sed 's/^/#   /' "$T/osv.out"

"${S[@]}" export "$pub" --format ghsa --fixed 0.6.15 >"$T/ghsa.json"
python3 - "$T/ghsa.json" >"$T/ghsa.out" 2>&1 <<'EOF'
import json, sys
g = json.load(open(sys.argv[1]))
assert isinstance(g["summary"], str) and isinstance(g["description"], str)
assert g["cvss_vector_string"].startswith("CVSS:3.1/")
(v,) = g["vulnerabilities"]
assert v["package"] == {"ecosystem": "rust", "name": "microsandbox"}
assert v["vulnerable_version_range"] == "< 0.6.15" and v["patched_versions"] == "0.6.15"
assert g["credits"] == [{"login": "ada-l", "type": "finder"}]
print("ok")
EOF
st_check "export ghsa: fields (python json)" grep -qx ok "$T/ghsa.out" || sed 's/^/#   /' "$T/ghsa.out"

"${S[@]}" export "$pub" --format rustsec --fixed 0.6.15 >"$T/rustsec.md"
st_check "export rustsec of a published report exits 0" test $? = 0
python3 - "$T/rustsec.md" >"$T/rustsec.out" 2>&1 <<'EOF'
import re, sys, tomllib
text = open(sys.argv[1]).read()
m = re.match(r"```toml\n(.*?)\n```\n\n# (.+)\n", text, re.S)
assert m, text[:200]
t = tomllib.loads(m.group(1))
adv = t["advisory"]
assert adv["id"] == "RUSTSEC-0000-0000"
assert adv["package"] == "microsandbox"
assert re.match(r"^\d{4}-\d\d-\d\d$", adv["date"])
assert adv["url"].startswith("https://")
assert all(isinstance(c, str) for c in adv["categories"]) and adv["categories"]
valid = {"code-execution", "crypto-failure", "denial-of-service", "file-disclosure",
         "format-injection", "memory-corruption", "memory-exposure", "privilege-escalation"}
assert set(adv["categories"]) <= valid, adv["categories"]
assert all(isinstance(k, str) for k in adv["keywords"])
assert adv["cvss"].startswith("CVSS:3.1/")
assert t["versions"]["patched"] == [">= 0.6.15"]
assert isinstance(t["versions"].get("unaffected", []), list)
assert set(t) == {"advisory", "versions"}
print("ok")
EOF
st_check "export rustsec: TOML front matter (python tomllib) + Markdown" grep -qx ok "$T/rustsec.out" ||
	sed 's/^/#   /' "$T/rustsec.out"
if [ -n "$emb" ]; then
	out=$("${S[@]}" export "$emb" --format rustsec 2>&1)
	st_check_eq "export rustsec under embargo: refused (exit 1)" 1 $?
	st_check "refusal names the embargo" grep -q "under embargo" <<<"$out"
else
	st_fail "seeded an embargoed report" "none found"
fi

# ---------------------------------------------------------------- 4. attachment
att=$(st_sql "$DB" "SELECT r.tracking_id FROM reports r JOIN attachments a ON a.report_id = r.id ORDER BY r.id LIMIT 1")
sha=$(st_sql "$DB" "SELECT a.sha256 FROM reports r JOIN attachments a ON a.report_id = r.id WHERE r.tracking_id = '$att'")
"${S[@]}" attachment "$att" 1 --output "$T/poc.out" >/dev/null
st_check_eq "attachment written" "$sha" "$(sha256sum <"$T/poc.out" | cut -d' ' -f1)"
st_check_eq "attachment mode 0600 (not executable)" 600 "$(stat -c %a "$T/poc.out")"
echo keep >"$T/exists"
"${S[@]}" attachment "$att" 1 --output "$T/exists" >/dev/null 2>&1
st_check_eq "existing file: refused" 1 $?
st_check_eq "existing file: untouched" keep "$(cat "$T/exists")"
ln -s "$T/target" "$T/link"
"${S[@]}" attachment "$att" 1 --output "$T/link" >/dev/null 2>&1
st_check_eq "symlink: refused" 1 $?
st_check "symlink target not created" test ! -e "$T/target"
# N may be the number `show` prints (the attachment's row id) or its position.
read -r att2 aid2 <<<"$(st_sql "$DB" "SELECT r.tracking_id, a.id FROM reports r JOIN attachments a ON a.report_id = r.id WHERE a.id > 1 ORDER BY a.id LIMIT 1" | tr '|' ' ')"
"${S[@]}" attachment "$att2" "$aid2" --output "$T/byid.out" >/dev/null
"${S[@]}" attachment "$att2" 1 --output "$T/bypos.out" >/dev/null
st_check "attachment by show's number = by position" cmp -s "$T/byid.out" "$T/bypos.out"
st_check "show lists that number" grep -q "^  $aid2 poc.sh" <("${S[@]}" show "$att2")
"${S[@]}" attachment "$att" 9 --output "$T/none" >/dev/null 2>&1
st_check_eq "no such attachment: exit 1" 1 $?

# ---------------------------------------------------------------- 5. 100,000
BIG=$T/big.db
"$SEED" --db "$BIG" --count 100000 --now "$NOW" --no-messages >/dev/null
"$ST_BIN" --db "$BIG" --rules "$ST_ROOT/rules" --now "$NOW" digest >/dev/null   # warm the cache and the signatures
/usr/bin/time -f "%U %S %e" -o "$T/time" "$ST_BIN" --db "$BIG" --rules "$ST_ROOT/rules" --now "$NOW" digest >/dev/null
read -r u s e <"$T/time"
echo "# digest of 100000 reports: ${u}s user, ${s}s sys, ${e}s wall"
# Sanitizer builds run several times slower: the bound is for the real build.
limit=1.0
[ -n "${ST_SANITIZE:-}" ] && limit=5.0
st_check "digest of 100000 reports under $limit s CPU" \
	python3 -c "import sys; sys.exit(0 if float('$u') + float('$s') < $limit else 1)"

st_finish
