# sectriage — plain Makefile, pkg-config for every library.
#
#   make            build/sectriage-milter and build/sectriage
#   make check      install missing Debian packages (as root), build, run every test
#   make warnings   every C source through clang's front end with -Werror (make check runs it)
#   make sanitize   the whole suite built and run with ASan + UBSan (build-asan/)
#   make fuzz       libFuzzer targets (clang), FUZZ_SECONDS each (default 60)
#   make valgrind   memcheck over every unit program and the analysis path
#   make bench      benchmarks, written to BENCHMARKS.md
#   make demo       a private Postfix + the milter, example reports sent and shown
#   make install    PREFIX, DESTDIR, sysconfdir, localstatedir honoured

PREFIX        ?= /usr/local
DESTDIR       ?=
bindir        ?= $(PREFIX)/bin
sbindir       ?= $(PREFIX)/sbin
datadir       ?= $(PREFIX)/share
mandir        ?= $(datadir)/man
sysconfdir    ?= /etc
localstatedir ?= /var

BUILD   ?= build
CC      ?= cc
PKGS     = gmime-3.0 sqlite3 milter json-glib-1.0 libarchive gpgme nettle gnutls
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

VERSION  = 0.1.0
WARN     = -Wall -Wextra -Wformat=2 -Wshadow -Wpointer-arith -Wstrict-prototypes \
           -Wmissing-prototypes -Wno-unused-parameter -Wno-missing-field-initializers
HARDEN   = -fstack-protector-strong -D_FORTIFY_SOURCE=2 -fPIE
OPT     ?= -O2 -g
CFLAGS  ?=
CFLAGS  += $(OPT) -std=gnu11 -pthread $(WARN) $(HARDEN) -Iinclude $(PKG_CFLAGS) \
           -DST_VERSION='"$(VERSION)"' -DST_SYSCONFDIR='"$(sysconfdir)"' \
           -DST_DATADIR='"$(datadir)"' -DST_LOCALSTATEDIR='"$(localstatedir)"'
LDFLAGS ?=
LDFLAGS += -pthread -pie -Wl,-z,relro,-z,now

# build-asan/ is always the ASan + UBSan build (every UB check fatal), whoever
# runs make there: `make sanitize`, or test_install.sh's `make install
# BUILD=build-asan` during it (objects rebuilt there with other flags would not
# link with the sanitized ones).  No _FORTIFY_SOURCE: its __*_chk wrappers hide
# calls from ASan's interceptors.
SAN      = -fsanitize=address,undefined -fno-sanitize-recover=undefined
ifeq ($(notdir $(abspath $(BUILD))),build-asan)
CC      := clang
OPT     := -O1 -g -fno-omit-frame-pointer $(SAN)
HARDEN  := -fPIE
LDFLAGS := $(SAN) -pthread -pie -Wl,-z,relro,-z,now
endif
LIBS     = $(PKG_LIBS) -lm

# Every milter/*.c but the two mains goes into one static library; a program
# (or unit test) links only the objects it references.
MAINS    = milter/main_milter.c milter/main_cli.c
LIB_SRCS = $(filter-out $(MAINS),$(wildcard milter/*.c))
LIB_OBJS = $(LIB_SRCS:milter/%.c=$(BUILD)/obj/%.o)
LIB      = $(BUILD)/libsectriage.a
UNIT_SRCS  = $(wildcard tests/unit/test_*.c)
UNIT_BINS  = $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
TOOL_SRCS  = $(wildcard tests/tools/*.c)
TOOL_BINS  = $(TOOL_SRCS:tests/tools/%.c=$(BUILD)/tools/%)
BENCH_SRCS = $(wildcard tests/bench/*.c)
BENCH_BINS = $(BENCH_SRCS:tests/bench/%.c=$(BUILD)/bench/%)

.PHONY: all check unit deps sanitize fuzz valgrind bench demo install uninstall clean tools print-pkgs warnings
all: $(BUILD)/sectriage-milter $(BUILD)/sectriage

$(BUILD)/obj/%.o: milter/%.c $(wildcard include/sectriage/*.h) $(wildcard milter/*.h) | $(BUILD)/obj
	$(CC) $(CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJS)
	rm -f $@; ar rcs $@ $^

$(BUILD)/sectriage-milter: $(BUILD)/obj/main_milter.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/sectriage: $(BUILD)/obj/main_cli.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(LIB) | $(BUILD)/tests
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LIBS)

$(BUILD)/tools/%: tests/tools/%.c $(LIB) | $(BUILD)/tools
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LIBS)

$(BUILD)/bench/%: tests/bench/%.c $(LIB) | $(BUILD)/bench
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LIBS)

# make bench only: the milter with every commit left unsynced, to measure
# what the fsync before the MTA's answer costs (never installed)
$(BUILD)/bench/store-nosync.o: milter/store.c $(wildcard include/sectriage/*.h) | $(BUILD)/bench
	$(CC) $(CFLAGS) -DST_BENCH_NOSYNC -c -o $@ $<
# (its store.o comes before the library, so the library's is never pulled in)
$(BUILD)/bench/sectriage-milter-nosync: $(BUILD)/obj/main_milter.o $(BUILD)/bench/store-nosync.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS)

# make bench only: bench_analyze with the rule profile of scan.c built in
# (--profile K: the patterns that cost most; every regex run timed)
$(BUILD)/bench/scan-profile.o: milter/scan.c $(wildcard include/sectriage/*.h) $(wildcard milter/*.h) | $(BUILD)/bench
	$(CC) $(CFLAGS) -DST_RULE_PROFILE -c -o $@ $<
$(BUILD)/bench/bench_analyze-profile: tests/bench/bench_analyze.c $(BUILD)/bench/scan-profile.o $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/bench/scan-profile.o $(LIB) $(LIBS)

$(BUILD)/obj $(BUILD)/tests $(BUILD)/tools $(BUILD)/bench:
	mkdir -p $@

tools: $(TOOL_BINS)

deps:
	@sh .ci/install-deps.sh

# Unit tests first (fast, no services), then the suites that start real peers.
unit: all $(UNIT_BINS)
	@sh tests/run-unit.sh $(UNIT_BINS)

# The build and the clang pass run one job a CPU (they built one file at
# a time before); the suites still run one at a time.
NPROC := $(shell nproc 2>/dev/null || echo 2)

check: deps
	$(MAKE) -j$(NPROC) all tools $(UNIT_BINS)
	$(MAKE) -j$(NPROC) warnings
	@sh tests/run-all.sh $(BUILD)

# The build is gcc's; clang warns where gcc does not (and rejects some of
# what gcc only warns about: a hex escape that swallows the next letter), and
# make sanitize and make fuzz build with clang.  So every C source also goes
# through clang's front end, every warning an error.  A stamp per file.
WARN_SRCS  = $(wildcard milter/*.c tests/unit/*.c tests/tools/*.c tests/bench/*.c tests/fuzz/*.c)
WARN_HDRS  = $(wildcard include/sectriage/*.h milter/*.h tests/unit/*.h)
WARN_STAMPS = $(WARN_SRCS:%.c=$(BUILD)/warnings/%.ok)
warnings: $(WARN_STAMPS)
$(BUILD)/warnings/%.ok: %.c $(WARN_HDRS)
	@mkdir -p $(dir $@)
	@echo "clang -Werror $<"
	@clang -fsyntax-only -Werror -std=gnu11 -pthread $(WARN) -Iinclude -Imilter $(PKG_CFLAGS) \
		-DST_VERSION='"$(VERSION)"' -DST_SYSCONFDIR='"$(sysconfdir)"' \
		-DST_DATADIR='"$(datadir)"' -DST_LOCALSTATEDIR='"$(localstatedir)"' $<
	@touch $@

# The suite against build-asan/ (flags above); tests/run-sanitize.sh fails on
# any sanitizer report, also from processes whose stderr no test reads (the
# milter, as nobody, in the background).
sanitize: deps
	$(MAKE) BUILD=build-asan all tools $(UNIT_SRCS:tests/unit/%.c=build-asan/tests/%)
	@sh tests/run-sanitize.sh build-asan

fuzz: deps
	@sh tests/fuzz/run.sh $${FUZZ_SECONDS:-60}

# memcheck over every unit program and the analysis/filing path (make check
# runs a sample of the latter)
valgrind: deps all tools $(UNIT_BINS)
	@ST_VALGRIND_UNIT=1 ST_VALGRIND_CORPUS=$${ST_VALGRIND_CORPUS:-60} ST_VALGRIND_HELDOUT=$${ST_VALGRIND_HELDOUT:-0} bash tests/e2e/test_valgrind.sh

# the pkg-config packages, for scripts that link outside this Makefile (fuzz)
print-pkgs:
	@echo $(PKGS)

bench: deps all tools $(BENCH_BINS) $(BUILD)/bench/sectriage-milter-nosync $(BUILD)/bench/bench_analyze-profile
	@sh tests/bench/run.sh

demo: deps all
	@sh examples/demo.sh

install: all
	sh contrib/install.sh "$(DESTDIR)" "$(bindir)" "$(sbindir)" "$(datadir)" "$(mandir)" "$(sysconfdir)" "$(localstatedir)" "$(BUILD)"

uninstall:
	sh contrib/install.sh --uninstall "$(DESTDIR)" "$(bindir)" "$(sbindir)" "$(datadir)" "$(mandir)" "$(sysconfdir)" "$(localstatedir)" "$(BUILD)"

clean:
	rm -rf build build-asan build-fuzz
