/*
 * test_archive.c — archive.c: archives built in memory with libarchive's
 * writer (zip, tar.gz, 7z, bombs, encrypted members), listed back with the
 * limits; garbage and truncated input; single compressed files (a gzip'd
 * log) read as one member, and as attachments of a message.
 */
#include <string.h>
#include <archive.h>
#include <archive_entry.h>

#include "sectriage/common.h"
#include "sectriage/archive.h"
#include "sectriage/extract.h"
#include "testutil.h"

static la_ssize_t
write_cb(struct archive *a, void *data, const void *buf, size_t len)
{
	g_byte_array_append(data, buf, len);
	return len;
}

static int
close_cb(struct archive *a, void *data)
{
	return ARCHIVE_OK;
}

typedef struct {
	const char *name;
	gint64 zeros;       /* size of the member: that many zero bytes */
} Member;

/* An archive of FORMAT ("zip", "7zip", "ustar") with FILTER ("gzip" or NULL),
 * optional OPTIONS, holding MEMBERS.  g_byte_array_unref(). */
static GByteArray *
make_archive(const char *format, const char *filter, const char *options,
	     const Member *members, gsize n)
{
	GByteArray *out = g_byte_array_new();
	struct archive *a = archive_write_new();
	static const char zeros[65536];

	g_assert_cmpint(archive_write_set_format_by_name(a, format), ==, ARCHIVE_OK);
	if (filter)
		g_assert_cmpint(archive_write_add_filter_by_name(a, filter), ==, ARCHIVE_OK);
	if (options) {
		g_assert_cmpint(archive_write_set_options(a, options), ==, ARCHIVE_OK);
		archive_write_set_passphrase(a, "secret");
	}
	archive_write_set_bytes_in_last_block(a, 1);
	g_assert_cmpint(archive_write_open2(a, out, NULL, write_cb, close_cb, NULL), ==, ARCHIVE_OK);
	for (gsize i = 0; i < n; i++) {
		struct archive_entry *e = archive_entry_new();
		archive_entry_set_pathname(e, members[i].name);
		archive_entry_set_size(e, members[i].zeros);
		archive_entry_set_filetype(e, AE_IFREG);
		archive_entry_set_perm(e, 0644);
		g_assert_cmpint(archive_write_header(a, e), ==, ARCHIVE_OK);
		for (gint64 left = members[i].zeros; left > 0; left -= sizeof zeros)
			archive_write_data(a, zeros, MIN((gint64) sizeof zeros, left));
		archive_entry_free(e);
	}
	g_assert_cmpint(archive_write_close(a), ==, ARCHIVE_OK);
	archive_write_free(a);
	return out;
}

static const Member simple[] = {
	{ "poc/README.md", 10 }, { "poc/exploit.py", 100 }, { "poc/run.sh", 0 },
};

static void
check_names(GPtrArray *names, const Member *members, gsize n)
{
	g_assert_cmpuint(names->len, ==, n);
	for (gsize i = 0; i < n; i++)
		g_assert_cmpstr(g_ptr_array_index(names, i), ==, members[i].name);
}

static void
test_formats(void)
{
	static const struct {
		const char *format, *filter;
	} formats[] = {
		{ "zip", NULL }, { "ustar", "gzip" }, { "ustar", NULL }, { "pax", "bzip2" },
		{ "7zip", NULL }, { "ustar", "xz" },
	};

	for (gsize i = 0; i < G_N_ELEMENTS(formats); i++) {
		g_autoptr(GByteArray) ar = make_archive(formats[i].format, formats[i].filter, NULL,
							simple, G_N_ELEMENTS(simple));
		g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func(g_free);
		g_autoptr(GPtrArray) names = st_archive_list(ar->data, ar->len, 100, 1 << 20, 0, flags);
		check_names(names, simple, G_N_ELEMENTS(simple));
		g_assert_cmpuint(flags->len, ==, 0);
	}
}

static void
test_unsafe_names(void)
{
	static const Member evil[] = {
		{ "../../etc/passwd", 1 }, { "ok/name", 1 }, { "/abs/path", 1 },
		{ "ctl\x01name", 1 },
	};
	g_autoptr(GByteArray) ar = make_archive("zip", NULL, NULL, evil, G_N_ELEMENTS(evil));
	g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) names = st_archive_list(ar->data, ar->len, 100, 1 << 20, 0, flags);

	g_assert_cmpuint(names->len, ==, 4);
	g_assert_true(st_flag_has(flags, "unsafe-name"));
	g_assert_cmpstr(g_ptr_array_index(names, 3), ==, "ctl?name");

	static const Member fine[] = { { "a..b/c", 1 } };
	g_autoptr(GByteArray) ok = make_archive("ustar", NULL, NULL, fine, 1);
	g_autoptr(GPtrArray) f2 = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) n2 = st_archive_list(ok->data, ok->len, 100, 1 << 20, 0, f2);
	g_assert_cmpuint(n2->len, ==, 1);
	g_assert_false(st_flag_has(f2, "unsafe-name"));
}

/* Bombs: 4 x 64 MiB of zeros compress to a few hundred KiB; listing stops
 * at max_bytes, quickly. */
static void
test_bombs(void)
{
	static const Member bomb[] = {
		{ "a.bin", 64 << 20 }, { "b.bin", 64 << 20 }, { "c.bin", 64 << 20 },
		{ "d.bin", 64 << 20 },
	};
	static const struct {
		const char *format, *filter;
		gboolean limited;    /* seekable zip skips data without inflating it */
	} kinds[] = {
		{ "ustar", "gzip", TRUE }, { "zip", NULL, FALSE },
	};

	if (!g_test_slow() && g_getenv("ST_SANITIZE")) {
		g_test_skip("slow under sanitizers");
		return;
	}
	for (gsize i = 0; i < G_N_ELEMENTS(kinds); i++) {
		g_autoptr(GByteArray) ar = make_archive(kinds[i].format, kinds[i].filter, NULL,
							bomb, G_N_ELEMENTS(bomb));
		g_assert_cmpuint(ar->len, <, 8 << 20);
		g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func(g_free);
		gint64 t0 = g_get_monotonic_time();
		g_autoptr(GPtrArray) names = st_archive_list(ar->data, ar->len, 100, 8 << 20, 0, flags);
		gint64 us = g_get_monotonic_time() - t0;
		g_assert_cmpint(us, <, 2 * G_USEC_PER_SEC);
		if (kinds[i].limited) {
			g_assert_true(st_flag_has(flags, "archive-limit"));
			g_assert_cmpuint(names->len, ==, 1);
		} else {
			check_names(names, bomb, G_N_ELEMENTS(bomb));
		}
	}
}

static void
test_member_limit_and_deadline(void)
{
	Member many[50];
	char names_buf[50][16];

	for (int i = 0; i < 50; i++) {
		g_snprintf(names_buf[i], sizeof names_buf[i], "f%02d", i);
		many[i].name = names_buf[i];
		many[i].zeros = 1;
	}
	g_autoptr(GByteArray) ar = make_archive("zip", NULL, NULL, many, 50);
	g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) names = st_archive_list(ar->data, ar->len, 10, 1 << 20, 0, flags);
	g_assert_cmpuint(names->len, ==, 10);
	g_assert_true(st_flag_has(flags, "archive-limit"));

	g_autoptr(GPtrArray) f2 = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) n2 = st_archive_list(ar->data, ar->len, 100, 1 << 20,
						  g_get_monotonic_time() - 1, f2);
	g_assert_cmpuint(n2->len, ==, 1);
	g_assert_true(st_flag_has(f2, "archive-limit"));
}

static void
test_encrypted_member(void)
{
	struct archive *probe = archive_write_new();
	archive_write_set_format_zip(probe);
	gboolean can = archive_write_set_options(probe, "zip:encryption=zipcrypt") == ARCHIVE_OK;
	archive_write_free(probe);
	if (!can) {
		g_test_skip("libarchive without zip encryption");
		return;
	}
	g_autoptr(GByteArray) ar = make_archive("zip", NULL, "zip:encryption=zipcrypt", simple, 2);
	g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) names = st_archive_list(ar->data, ar->len, 100, 1 << 20, 0, flags);
	check_names(names, simple, 2);
	g_assert_true(st_flag_has(flags, "encrypted-member"));
}

static void
test_garbage(void)
{
	g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) names = st_archive_list("not an archive", 14, 100, 1 << 20, 0, flags);
	g_assert_cmpuint(names->len, ==, 0);
	g_assert_true(st_flag_has(flags, "archive-error"));

	g_autoptr(GPtrArray) f0 = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) n0 = st_archive_list("", 0, 100, 1 << 20, 0, f0);
	g_assert_cmpuint(n0->len, ==, 0);

	/* truncated tar.gz: what was read is kept, the error flagged */
	g_autoptr(GByteArray) ar = make_archive("ustar", "gzip", NULL, simple, G_N_ELEMENTS(simple));
	for (guint cut = 1; cut < ar->len; cut += 7) {
		g_autoptr(GPtrArray) f = g_ptr_array_new_with_free_func(g_free);
		g_autoptr(GPtrArray) n = st_archive_list(ar->data, cut, 100, 1 << 20, 0, f);
		g_assert_cmpuint(n->len, <=, G_N_ELEMENTS(simple));
	}
	g_autoptr(GPtrArray) names_null = st_archive_list(ar->data, ar->len, 100, 1 << 20, 0, NULL);
	g_assert_cmpuint(names_null->len, ==, 3);
}

static void
test_is_archive(void)
{
	static const struct {
		const char *filename, *type;
		gboolean yes;
	} cases[] = {
		{ "poc.zip", NULL, TRUE }, { "POC.TAR.GZ", NULL, TRUE }, { "x.tgz", NULL, TRUE },
		{ "x.7z", NULL, TRUE }, { NULL, "application/zip", TRUE },
		{ NULL, "application/x-7z-compressed", TRUE }, { "x.log.gz", NULL, TRUE },
		{ "exploit.py", "text/x-python", FALSE }, { NULL, NULL, FALSE },
		{ "zip", "application/octet-stream", FALSE }, { "notes.txt", NULL, FALSE },
	};

	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
		g_assert_cmpint(st_archive_is_archive(cases[i].filename, cases[i].type), ==,
				cases[i].yes);
}

static void
test_is_text(void)
{
	static const struct {
		const char *filename, *type;
		gboolean yes;
	} cases[] = {
		{ "exploit.py", "application/octet-stream", TRUE }, { "run.SH", NULL, TRUE },
		{ "Dockerfile", NULL, TRUE }, { "dir/Dockerfile.dev", NULL, TRUE },
		{ "fix.patch", NULL, TRUE }, { "Cargo.lock", NULL, TRUE }, { "trace.log", NULL, TRUE },
		{ NULL, "text/plain", TRUE }, { NULL, "application/json", TRUE },
		{ "shot.png", "image/png", FALSE }, { "poc.zip", "application/zip", FALSE },
		{ "python", NULL, FALSE }, { NULL, NULL, FALSE }, { "a.exe", NULL, FALSE },
	};

	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
		if (st_archive_is_text(cases[i].filename, cases[i].type) != cases[i].yes)
			g_error("is_text(%s, %s) != %d", cases[i].filename, cases[i].type, cases[i].yes);
}

/* st_archive_read: only the members WANT accepts, each within its
 * bound; the bounds on members read and bytes decompressed hold. */
static gboolean
want_md(const char *name, gint64 size, gpointer user)
{
	(void)size; (void)user;
	return g_str_has_suffix(name, ".md");
}

static void
test_read(void)
{
	static const Member files[] = {
		{ "p/README.md", 10 }, { "p/big.md", 100000 }, { "p/poc.py", 50 },
		{ "p/NOTES.md", 20 }, { "p/more.md", 30 },
	};
	static const char *const formats[][2] = { { "zip", NULL }, { "ustar", "gzip" } };

	for (gsize f = 0; f < G_N_ELEMENTS(formats); f++) {
		g_autoptr(GByteArray) ar = make_archive(formats[f][0], formats[f][1], NULL,
							 files, G_N_ELEMENTS(files));
		/* a member over max_file_bytes is left out, not cut */
		g_autoptr(GPtrArray) got = st_archive_read(ar->data, ar->len, want_md, NULL,
							   100, 10, 65536, 1 << 20);
		g_assert_cmpuint(got->len, ==, 3);
		const StArchiveFile *first = g_ptr_array_index(got, 0);
		g_assert_cmpstr(first->name, ==, "p/README.md");
		g_assert_cmpuint(g_bytes_get_size(first->data), ==, 10);
		g_assert_cmpstr(((StArchiveFile *)g_ptr_array_index(got, 1))->name, ==, "p/NOTES.md");
		/* at most max_files members, at most max_entries entries */
		g_autoptr(GPtrArray) two = st_archive_read(ar->data, ar->len, want_md, NULL,
							   100, 2, 65536, 1 << 20);
		g_assert_cmpuint(two->len, ==, 2);
		g_autoptr(GPtrArray) head = st_archive_read(ar->data, ar->len, want_md, NULL,
							    1, 10, 65536, 1 << 20);
		g_assert_cmpuint(head->len, ==, 1);
	}
	/* a bomb before the notes: decompression stops at max_bytes */
	static const Member bomb[] = { { "zeros.bin", 64 << 20 }, { "README.md", 10 } };
	g_autoptr(GByteArray) tgz = make_archive("ustar", "gzip", NULL, bomb, G_N_ELEMENTS(bomb));
	gint64 t0 = g_get_monotonic_time();
	g_autoptr(GPtrArray) none = st_archive_read(tgz->data, tgz->len, want_md, NULL,
						    100, 10, 65536, 1 << 20);
	g_assert_cmpuint(none->len, ==, 0);
	g_assert_cmpint(g_get_monotonic_time() - t0, <, 2 * G_USEC_PER_SEC);
	/* garbage and nothing */
	g_autoptr(GPtrArray) junk = st_archive_read("not an archive", 14, want_md, NULL,
						    100, 10, 65536, 1 << 20);
	g_assert_cmpuint(junk->len, ==, 0);
	g_autoptr(GPtrArray) empty = st_archive_read(NULL, 0, want_md, NULL, 100, 10, 65536, 1 << 20);
	g_assert_cmpuint(empty->len, ==, 0);
}

/* One file of LEN bytes at DATA and ZEROS zero bytes after, written with
 * libarchive's raw format through FILTER (and FILTER2 over it, may be
 * NULL): what gzip or zstd make of one file.  NULL when this libarchive
 * cannot write FILTER.  g_byte_array_unref(). */
static GByteArray *
make_compressed(const char *filter, const char *filter2, const void *data, gsize len,
		gint64 zeros)
{
	GByteArray *out = g_byte_array_new();
	struct archive *a = archive_write_new();
	static const char zero[65536];

	g_assert_cmpint(archive_write_set_format_raw(a), ==, ARCHIVE_OK);
	if (archive_write_add_filter_by_name(a, filter) != ARCHIVE_OK ||
	    (filter2 && archive_write_add_filter_by_name(a, filter2) != ARCHIVE_OK)) {
		archive_write_free(a);
		g_byte_array_unref(out);
		return NULL;
	}
	archive_write_set_bytes_in_last_block(a, 1);
	g_assert_cmpint(archive_write_open2(a, out, NULL, write_cb, close_cb, NULL), ==, ARCHIVE_OK);
	struct archive_entry *e = archive_entry_new();
	archive_entry_set_pathname(e, "x");
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_perm(e, 0644);
	g_assert_cmpint(archive_write_header(a, e), ==, ARCHIVE_OK);
	if (len > 0)
		g_assert_cmpint(archive_write_data(a, data, len), ==, (la_ssize_t)len);
	for (gint64 left = zeros; left > 0; left -= sizeof zero)
		archive_write_data(a, zero, MIN((gint64) sizeof zero, left));
	archive_entry_free(e);
	g_assert_cmpint(archive_write_close(a), ==, ARCHIVE_OK);
	archive_write_free(a);
	return out;
}

static const char ci_log[] =
	"2029-03-20T02:00:04.119Z Host: Ubuntu 24.04.2 LTS, kernel 6.8.0-55-generic, x86_64\n"
	"2029-03-20T02:00:06.991Z git clone --depth 1 --branch v0.11.3 https://example.org/x\n"
	"2029-03-20T02:21:26.330Z ==3319==ERROR: AddressSanitizer: heap-buffer-overflow on "
	"address 0x6190000a3f80 at pc 0x55d1c2f4b7a1\n"
	"2029-03-20T02:21:26.330Z WRITE of size 512 at 0x6190000a3f80 thread T0\n";

/* st_archive_single: one compressed file is read whatever compressor
 * made it; an archive (compressed or not) and plain data are not, and
 * list as before. */
static void
test_single(void)
{
	static const char *const filters[] = { "gzip", "bzip2", "xz", "zstd" };

	for (gsize i = 0; i < G_N_ELEMENTS(filters); i++) {
		g_autoptr(GByteArray) gz = make_compressed(filters[i], NULL, ci_log,
							   strlen(ci_log), 0);
		if (gz == NULL) {
			g_test_message("libarchive cannot write %s here", filters[i]);
			continue;
		}
		g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func(g_free);
		g_autoptr(GBytes) one = st_archive_single(gz->data, gz->len, 1 << 20, 0, flags);
		g_assert_nonnull(one);
		g_assert_cmpmem(g_bytes_get_data(one, NULL), g_bytes_get_size(one),
				ci_log, strlen(ci_log));
		g_assert_cmpuint(flags->len, ==, 0);
	}
	/* a tar.gz, a zip: archives, listed by st_archive_list as before */
	static const char *const formats[][2] = { { "ustar", "gzip" }, { "zip", NULL },
						  { "ustar", NULL } };
	for (gsize i = 0; i < G_N_ELEMENTS(formats); i++) {
		g_autoptr(GByteArray) ar = make_archive(formats[i][0], formats[i][1], NULL,
							simple, G_N_ELEMENTS(simple));
		g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func(g_free);
		g_assert_null(st_archive_single(ar->data, ar->len, 1 << 20, 0, flags));
		g_autoptr(GPtrArray) names = st_archive_list(ar->data, ar->len, 100, 1 << 20, 0, flags);
		check_names(names, simple, G_N_ELEMENTS(simple));
		g_assert_cmpuint(flags->len, ==, 0);
	}
	/* plain data is no compressed file */
	g_assert_null(st_archive_single(ci_log, strlen(ci_log), 1 << 20, 0, NULL));
	g_assert_null(st_archive_single(NULL, 0, 1 << 20, 0, NULL));
	/* a long log's gzip cut short: what it held so far, and the error */
	g_autoptr(GString) log = g_string_new(NULL);
	for (guint i = 0; i < 20000; i++)
		g_string_append_printf(log, "%u step %u: %s\n", i * 7919u, i, i % 3 ? "ok" : "retry");
	g_autoptr(GByteArray) gz = make_compressed("gzip", NULL, log->str, log->len, 0);
	g_autoptr(GPtrArray) f = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GBytes) cut = st_archive_single(gz->data, gz->len / 2, 1 << 20, 0, f);
	g_assert_nonnull(cut);
	g_assert_cmpuint(g_bytes_get_size(cut), >, 0);
	g_assert_cmpuint(g_bytes_get_size(cut), <, log->len);
	g_assert_cmpmem(g_bytes_get_data(cut, NULL), 1000, log->str, 1000);
	g_assert_true(st_flag_has(f, "archive-error"));
}

/* A gzip bomb, a gzip of a gzip bomb and a slow one: at most MAX_KEEP
 * bytes are decompressed, with "archive-limit". */
static void
test_single_bomb(void)
{
	static const char *const second[] = { NULL, "gzip" };

	for (gsize i = 0; i < G_N_ELEMENTS(second); i++) {
		g_autoptr(GByteArray) gz = make_compressed("gzip", second[i], "x\n", 2, 64 << 20);
		g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func(g_free);
		gint64 t0 = g_get_monotonic_time();
		g_autoptr(GBytes) one = st_archive_single(gz->data, gz->len, 1 << 20, 0, flags);
		g_assert_cmpint(g_get_monotonic_time() - t0, <, G_USEC_PER_SEC);
		g_assert_nonnull(one);
		g_assert_cmpuint(g_bytes_get_size(one), ==, 1 << 20);
		g_assert_true(st_flag_has(flags, "archive-limit"));
		g_assert_false(st_flag_has(flags, "archive-error"));
	}
	g_autoptr(GByteArray) gz = make_compressed("gzip", NULL, "x\n", 2, 8 << 20);
	g_autoptr(GPtrArray) flags = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GBytes) late = st_archive_single(gz->data, gz->len, 64 << 20,
						   g_get_monotonic_time() - 1, flags);
	g_assert_cmpuint(g_bytes_get_size(late), <, 8 << 20);
	g_assert_true(st_flag_has(flags, "archive-limit"));
}

static void
test_inner_name(void)
{
	static const char *const cases[][2] = {
		{ "ci-run.log.gz", "ci-run.log" }, { "Repro.PY.GZ", "Repro.PY" },
		{ "trace.json.zst", "trace.json" }, { "dmesg.txt.xz", "dmesg.txt" },
		{ "core.bz2", "core" }, { "poc.tgz", "poc.tar" }, { ".gz", "data" },
		{ "notes.txt", "data" }, { NULL, "data" },
	};

	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *got = st_archive_inner_name(cases[i][0]);
		g_assert_cmpstr(got, ==, cases[i][1]);
	}
}

/* A message whose attachments are ATTS (name, type, bytes), parsed and
 * analysed with the repository's rules. */
typedef struct {
	const char *name, *type;
	GByteArray *bytes;
} Att;

static StAnalysis *
analyse(const StRules *rules, const Att *atts, gsize n)
{
	g_autoptr(GString) m = g_string_new(
		"From: CI <ci@example.org>\nTo: security@superrad.company\nSubject: run failed\n"
		"Message-ID: <gz@example.org>\nMIME-Version: 1.0\n"
		"Content-Type: multipart/mixed; boundary=\"BB\"\n\n--BB\n"
		"Content-Type: text/plain; charset=utf-8\n\nThe run failed, see the attachments.\n");
	for (gsize i = 0; i < n; i++) {
		g_autofree char *b64 = g_base64_encode(atts[i].bytes->data, atts[i].bytes->len);
		g_string_append_printf(m, "--BB\nContent-Type: %s\nContent-Disposition: attachment; "
				       "filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n",
				       atts[i].type, atts[i].name, b64);
	}
	g_string_append(m, "--BB--\n");
	StAnalysis *a = tu_analysis_of(m->str);
	st_extract(rules, a->msg, NULL, a);
	return a;
}

/* A gzip'd log is a log whose text is read (logs, host); a gzip'd script a
 * PoC; gzip'd binary data neither, with no text (a gzip'd core file would
 * be a log, as "core" is); a gzip'd tar an archive
 * as before; a gzip bomb of text is cut at the text limit, flagged. */
static void
test_compressed_attachment(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char py[] = "import socket\ns = socket.socket()\ns.connect(('10.0.0.1', 80))\n";
	guint8 bin[4096];
	for (gsize i = 0; i < sizeof bin; i++)
		bin[i] = (guint8)(i * 7 % 251);
	g_autoptr(GByteArray) text_bomb = g_byte_array_new();
	for (gint i = 0; i < 64 << 10; i++)
		g_byte_array_append(text_bomb, (const guint8 *)ci_log, 64);
	Att atts[] = {
		{ "ci-run.log.gz", "application/gzip",
		  make_compressed("gzip", NULL, ci_log, strlen(ci_log), 0) },
		{ "repro.py.gz", "application/octet-stream",
		  make_compressed("gzip", NULL, py, strlen(py), 0) },
		{ "sample.dat.gz", "application/gzip",
		  make_compressed("gzip", NULL, bin, sizeof bin, 0) },
		{ "poc.tar.gz", "application/gzip",
		  make_archive("ustar", "gzip", NULL, simple, G_N_ELEMENTS(simple)) },
		{ "big.log.gz", "application/gzip",
		  make_compressed("gzip", NULL, text_bomb->data, text_bomb->len, 0) },
	};
	g_autoptr(StAnalysis) a = analyse(rules, atts, G_N_ELEMENTS(atts));
	for (gsize i = 0; i < G_N_ELEMENTS(atts); i++)
		g_byte_array_unref(atts[i].bytes);
	g_assert_cmpuint(a->msg->attachments->len, ==, G_N_ELEMENTS(atts));
	StAttachment *log = g_ptr_array_index(a->msg->attachments, 0);
	g_assert_true(log->compressed);
	g_assert_cmpuint(log->members->len, ==, 1);
	g_assert_cmpstr(g_ptr_array_index(log->members, 0), ==, "ci-run.log");
	g_assert_nonnull(strstr(log->text, "AddressSanitizer"));
	g_assert_cmpint(log->role, ==, ST_ROLE_LOG);
	g_assert_true(a->check[ST_CHECK_LOGS]);
	g_assert_cmpstr(a->distro, ==, "Ubuntu 24.04.2 LTS");
	StAttachment *poc = g_ptr_array_index(a->msg->attachments, 1);
	g_assert_cmpint(poc->role, ==, ST_ROLE_POC);
	StAttachment *bin_att = g_ptr_array_index(a->msg->attachments, 2);
	g_assert_true(bin_att->compressed);
	g_assert_cmpstr(g_ptr_array_index(bin_att->members, 0), ==, "sample.dat");
	g_assert_null(bin_att->text);
	g_assert_cmpint(bin_att->role, ==, ST_ROLE_OTHER);
	StAttachment *tgz = g_ptr_array_index(a->msg->attachments, 3);
	g_assert_false(tgz->compressed);
	g_assert_null(tgz->text);
	check_names(tgz->members, simple, G_N_ELEMENTS(simple));
	g_assert_cmpint(tgz->role, ==, ST_ROLE_POC);
	StAttachment *big = g_ptr_array_index(a->msg->attachments, 4);
	g_autoptr(StConfig) cfg = st_config_default();
	g_assert_true(st_flag_has(big->flags, "archive-limit"));
	g_assert_cmpuint(strlen(big->text), <=, (gsize)cfg->limits.max_text_bytes);
	g_assert_cmpint(big->role, ==, ST_ROLE_LOG);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/archive/formats", test_formats);
	g_test_add_func("/archive/unsafe-names", test_unsafe_names);
	g_test_add_func("/archive/bombs", test_bombs);
	g_test_add_func("/archive/member-limit-deadline", test_member_limit_and_deadline);
	g_test_add_func("/archive/encrypted-member", test_encrypted_member);
	g_test_add_func("/archive/garbage", test_garbage);
	g_test_add_func("/archive/is-archive", test_is_archive);
	g_test_add_func("/archive/is-text", test_is_text);
	g_test_add_func("/archive/read", test_read);
	g_test_add_func("/archive/single", test_single);
	g_test_add_func("/archive/single-bomb", test_single_bomb);
	g_test_add_func("/archive/inner-name", test_inner_name);
	g_test_add_func("/archive/compressed-attachment", test_compressed_attachment);
	return g_test_run();
}
