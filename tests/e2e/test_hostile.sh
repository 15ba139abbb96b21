#!/bin/bash
# test_hostile.sh — hostile mail is analysed and filed, bounded (issue 5).
#
# build/tools/gen_hostile writes every case (2,000 nested multiparts, a 1 MiB
# header line, 5,000 parts, a 50 MiB attachment, NUL bytes, broken boundaries
# and encodings, CR LF in encoded words, path tricks in filenames, zip bombs,
# SQL and HTML in every header, garbage charsets, ...) into a temp dir.  Each
# message is run through `sectriage analyze --json` and `sectriage --db DB
# file` under a time bound (timeout) and an address-space bound (ulimit -v):
# exit 0 and one valid JSON object.  Then what was found is checked: the
# limits became flags, decoded fields are one line, names were not used as
# paths, the SQL in the headers did nothing.
#
#   ST_HOSTILE_TIMEOUT  seconds per run (default 10, 120 with sanitizers)
#   ST_HOSTILE_MEM_KB   ulimit -v per run (default 1 GiB; none with sanitizers)
. "$(dirname "$0")/../lib.sh"

GEN=$BUILD/tools/gen_hostile
[ -x "$GEN" ] || st_skip_all "no $GEN (make tools)"
[ -x "$ST_BIN" ] || st_skip_all "no $ST_BIN (make)"
command -v jq >/dev/null || st_skip_all "jq missing"

T=$(st_tmpdir)
if [ -n "${ST_SANITIZE:-}" ]; then
	TMO=${ST_HOSTILE_TIMEOUT:-120}   # the analysis runs 20-30 times slower
	MEM=${ST_HOSTILE_MEM_KB:-unlimited}   # ASan reserves terabytes of address space
else
	TMO=${ST_HOSTILE_TIMEOUT:-10}
	MEM=${ST_HOSTILE_MEM_KB:-1048576}
fi
DB=$T/hostile.db
WORK=$T/cwd            # the runs' working directory: must stay empty
mkdir -p "$WORK"

"$GEN" "$T/mail" >"$T/cases" 2>"$T/gen.err"
st_check_eq "gen_hostile writes every case" 0 $?
ncases=$(wc -l <"$T/cases")
st_check "at least 20 cases" test "$ncases" -ge 20

# jq -e, quietly.
jqe() { jq -e "$@" >/dev/null; }

# bounded OUT CMD...: CMD bounded in time and memory, in $WORK.
bounded() {
	local out=$1
	shift
	(cd "$WORK" && ulimit -v "$MEM" && exec timeout "$TMO" "$@") >"$out" 2>"$out.err"
}

for f in $(cat "$T/cases"); do
	name=$(basename "$f" .eml)
	bounded "$T/$name.json" "$ST_BIN" analyze --json "$f"
	rc=$?
	st_check_eq "analyze $name: exit 0 within ${TMO}s" 0 $rc
	[ $rc -eq 0 ] || tail -3 "$T/$name.json.err"
	st_check "analyze $name: one valid JSON object" jqe 'type == "object"' "$T/$name.json"
	bounded "$T/$name.id" "$ST_BIN" --db "$DB" file "$f"
	rc=$?
	st_check_eq "file $name: exit 0 within ${TMO}s" 0 $rc
	[ $rc -eq 0 ] || tail -3 "$T/$name.id.err"
done

# flag CASE FLAG: the analysis of CASE carries FLAG.
flag() {
	st_check "$1: flag $2" jqe --arg f "$2" '.flags | index($f) != null' "$T/$1.json"
}
flag deep-nesting depth-limit
flag deep-forwards depth-limit
flag many-parts parts-limit
flag huge-header-line header-limit
flag header-flood header-limit
flag nul-bytes nul-bytes
flag no-header unparseable
flag empty unparseable
flag long-line text-limit
flag huge-html html-only
flag garbage-charsets bad-charset
flag broken-boundaries gmime:multipart-without-boundary

st_check "many-parts: attachments bounded by max_parts" \
	jqe '.attachments | length < 1000' "$T/many-parts.json"
# 50 MiB in base64 is 67 MiB of mail: over max_message_size (64 MiB), so the
# message is cut there, as the milter's spool would cut it.
flag big-attachment truncated
st_check "big-attachment: counted and hashed up to the cut, not kept" \
	jqe '.attachments[] | select(.filename == "core.dump") | .size > 45000000 and (.sha256 | length) == 64
	     and (.flags | index("not-kept") != null)' "$T/big-attachment.json"
st_check "zip-bomb: members listed, zip listing bounded" \
	jqe '[.attachments[] | select(.filename == "poc.zip") | .members | length] == [16]' "$T/zip-bomb.json"
st_check "zip-bomb: tar.gz listing stopped at max_archive_bytes" \
	jqe '[.attachments[] | select(.filename == "poc.tar.gz") | .members | length] == [1]' "$T/zip-bomb.json"
st_check "zip-bomb: a single .gz is one member, read only up to the text limit" \
	jqe '[.attachments[] | select(.filename == "run.log.gz") |
	      .members == ["run.log"] and (.flags | index("archive-limit") != null)] == [true]' \
	"$T/zip-bomb.json"

# Decoded fields are one line: no CR, LF or other controls survive decoding.
for name in crlf-encoded-words sql-html-headers garbage-charsets nul-bytes path-names; do
	st_check "$name: subject, from and filenames have no control characters" \
		jqe '[.subject, .from, (.attachments[].filename | select(. != null))]
		     | all(explode | all(. >= 32 and . != 127))' "$T/$name.json"
done
st_check "crlf-encoded-words: the injected Bcc stays inside the subject" \
	jqe '.subject | startswith("Report Bcc: everyone@example.net")' "$T/crlf-encoded-words.json"
st_check "path-names: ../../etc/passwd kept as a name, not a path" \
	jqe '[.attachments[].filename] | index("../../etc/passwd") != null' "$T/path-names.json"

# Every case was filed once; the SQL in the headers did nothing.
if command -v sqlite3 >/dev/null; then
	st_check_eq "every case filed as a report" "$ncases" \
		"$(sqlite3 -readonly "$DB" 'SELECT count(*) FROM messages')"
	st_check_eq "the reports, messages and attachments tables are intact" 3 \
		"$(sqlite3 -readonly "$DB" "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('reports', 'messages', 'attachments')")"
fi
st_check_eq "nothing was written in the working directory" "" "$(ls -A "$WORK")"

st_finish
