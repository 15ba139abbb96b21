#!/bin/sh
# tests/fuzz/run.sh [SECONDS] — build the libFuzzer targets with clang
# (ASan + UBSan) into build-fuzz/ and run each for SECONDS (default 60),
# seeded from ../shared/corpus, tests/data and the devset.  Crashes are kept
# in build-fuzz/crashes/ — turn each into a fixture under tests/data/.
# FUZZ_TARGETS="documents" runs only some of the targets (analyze rules
# documents).  Prints "fuzz: N passed, M failed" (one per target) last.
#
# libFuzzer first runs every seed under ASan (about 40 ms each) before its
# SECONDS start.  FUZZ_SEEDS=N seeds the analyze target with a fixed sample
# of N of the messages (every Kth by path, plus every fixture of
# tests/data/fuzz and tests/data/parse) instead of all of them: make check's
# short run sets it (tests/run-all.sh, 300 of about 2,400); `make fuzz`
# leaves it unset and seeds with every message.
ST_ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SECONDS_EACH=${1:-${FUZZ_SECONDS:-60}}
SHARED=${SHARED:-$ST_ROOT/../shared}
B=$ST_ROOT/build-fuzz
cd "$ST_ROOT" || exit 1
if ! command -v clang >/dev/null 2>&1; then
	echo "fuzz: clang not installed"; echo "fuzz: 0 passed, 0 failed"; exit 0
fi
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
mkdir -p "$B"
make -s -j"$(nproc 2>/dev/null || echo 2)" BUILD=build-fuzz CC=clang OPT="-O1 -g -fno-omit-frame-pointer $SAN -fsanitize=fuzzer-no-link" \
	build-fuzz/libsectriage.a >"$B/build.log" 2>&1 || { cat "$B/build.log"; echo "fuzz: 0 passed, 1 failed"; exit 1; }
PKGS=$(make -s --no-print-directory print-pkgs)     # the Makefile's one list
CFLAGS="-std=gnu11 -pthread -Iinclude $(pkg-config --cflags $PKGS)"
LIBS=$(pkg-config --libs $PKGS)
mkdir -p "$B/fuzz" "$B/crashes"
passed=0 failed=0
for t in ${FUZZ_TARGETS:-analyze rules documents}; do
	clang $CFLAGS -O1 -g $SAN -fsanitize=fuzzer -o "$B/fuzz/fuzz_$t" tests/fuzz/fuzz_$t.c \
		"$B/libsectriage.a" $LIBS -lm -pthread || { failed=$((failed + 1)); continue; }
	seeds=$(mktemp -d)
	case $t in
	analyze)
		for d in "$SHARED/corpus" "$SHARED/devset/mail" tests/data examples; do
			[ -d "$d" ] && find "$d" -type f \( -name '*.eml' -o -name '*.msg' \) -size -200k 2>/dev/null
		done | LC_ALL=C sort >"$seeds.list"
		n=$(wc -l <"$seeds.list")
		if [ "${FUZZ_SEEDS:-0}" -gt 0 ] && [ "$n" -gt "$FUZZ_SEEDS" ]; then
			# every Kth message, and the hand-made fixtures always
			awk -v k=$(( (n + FUZZ_SEEDS - 1) / FUZZ_SEEDS )) \
				'NR % k == 1 || /(^|\/)tests\/data\/(fuzz|parse)\//' \
				"$seeds.list" >"$seeds.pick"
			mv "$seeds.pick" "$seeds.list"
		fi
		tr '\n' '\0' <"$seeds.list" | xargs -0 -r cp -t "$seeds/" 2>/dev/null
		rm -f "$seeds.list" ;;
	rules)
		cp rules/*.rules "$seeds/" ;;
	documents)
		# the PDFs, zips, tarballs and .docx files the test messages carry
		find "$SHARED/corpus" "$SHARED/devset/mail" tests/data examples -type f -name '*.eml' \
			-size -2M 2>/dev/null | python3 -c '
import sys, email, email.policy, hashlib, os
out = sys.argv[1]
for path in sys.stdin.read().split("\n"):
    if not path:
        continue
    try:
        msg = email.message_from_binary_file(open(path, "rb"), policy=email.policy.compat32)
        for part in msg.walk():
            data = part.get_payload(decode=True)
            if not data or len(data) > 262144:
                continue
            if data[:4] in (b"%PDF", b"PK\x03\x04") or data[:2] == b"\x1f\x8b" or data[257:262] == b"ustar":
                name = hashlib.sha1(data).hexdigest()
                open(os.path.join(out, name), "wb").write(data)
    except Exception:
        pass
' "$seeds" ;;
	esac
	work=$B/corpus-$t
	mkdir -p "$work"
	echo "-- fuzz_$t: ${SECONDS_EACH}s, $(ls "$seeds" | wc -l) seeds"
	ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
	"$B/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 \
		-max_len=262144 -artifact_prefix="$B/crashes/$t-" -print_final_stats=1 \
		"$work" "$seeds" >"$B/fuzz-$t.log" 2>&1
	st=$?
	rm -rf "$seeds"
	grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$B/fuzz-$t.log"
	if [ $st -eq 0 ]; then
		passed=$((passed + 1)); echo "ok - fuzz_$t"
	else
		failed=$((failed + 1)); tail -40 "$B/fuzz-$t.log"; echo "not ok - fuzz_$t (exit $st)"
	fi
done
echo "fuzz: $passed passed, $failed failed"
[ $failed -eq 0 ]
