/*
 * test_parse.c — parse*.c and hdecode.c: fixtures in tests/data/parse, limits
 * on generated messages, RFC 2047 decoding word by word, and (with ST_SHARED)
 * every file of the shared corpus with its invariants.
 */
#include <string.h>
#include <locale.h>
#include <gmime/gmime.h>

#include "sectriage/common.h"
#include "sectriage/config.h"
#include "sectriage/message.h"
#include "sectriage/hdecode.h"
#include "sectriage/pkcs7.h"

#include "testutil.h"

static StMessage *
parse_fixture(const char *name, const StConfig *cfg)
{
	g_autofree char *path = tu_repo_path("tests", "data", "parse", name, NULL);
	g_autoptr(GError) error = NULL;
	StMessage *msg = st_message_parse_file(path, cfg, &error);

	g_assert_no_error(error);
	g_assert_nonnull(msg);
	return msg;
}

static gboolean
has_flag(GPtrArray *flags, const char *flag)
{
	return st_flag_has(flags, flag);
}

/* ---- fixtures, table-driven ------------------------------------------------ */

typedef struct {
	const char *file;
	const char *subject;        /* exact; NULL: not checked */
	const char *from;           /* exact */
	const char *body_has[4];
	const char *body_not[4];
	const char *flags_has[4];
	const char *flags_not[4];
	int n_attachments;          /* -1: not checked */
	const char *att_names[5];   /* filenames in order ("" for none) */
} ParseCase;

static const ParseCase parse_cases[] = {
	{ "padded-b-words.eml", "Sandbox escape via symlink race",
	  "Jürgen Weiß <juergen@example.org>", { "Body text." }, { NULL },
	  { NULL }, { "bad-charset", "text-limit" }, 1, { "poc-exploit.sh" } },
	{ "alternative.eml", "alt", "Alice <alice@example.org>",
	  { "Plain version with café and a soft break." }, { "HTML version" },
	  { NULL }, { "html-only", "plain-stub" }, 0, { NULL } },
	/* the text part only a stub of the HTML: pointing to it, or much shorter */
	{ "stub-alternative.eml", "stub", NULL,
	  { "The report is in the HTML part: ", "$ npm whoami\nrelease-bot" },
	  { "HTML-capable mail client" }, { "plain-stub", "html-only" }, { NULL }, 0, { NULL } },
	/* (#3) a text part that is an older draft of the HTML (the HTML has
	 * nearly all its words and many more: a re-run, its output) gives way
	 * to the HTML; a plain part the HTML only adds a footer to stays */
	{ "stale-alternative.eml", "stale plain", NULL,
	  { "msb --version\nmsb 0.9.8", "DATABASE_PASSWORD=dummy-export-pw-0000" }, { "<pre>" },
	  { "plain-stale", "html-only" }, { "plain-stub" }, 0, { NULL } },
	{ "footer-alternative.eml", "footer html", NULL,
	  { "Version: msb 0.9.7\n\nRegards," }, { "Fjordlab AS" },
	  { NULL }, { "plain-stale", "plain-stub", "html-only" }, 0, { NULL } },
	/* a text part longer than a stub is no stub, even when the bytes read
	 * to measure it end on a line break */
	{ "long-plain-alternative.eml", "long plain", NULL,
	  { "The plain part holds the whole report", "More of the report follows" }, { "<p>" },
	  { NULL }, { "plain-stub", "html-only" }, 0, { NULL } },
	{ "stub-related.eml", "stub2", NULL,
	  { "The guest can read files of the host" }, { NULL },
	  { "plain-stub" }, { NULL }, 1, { NULL } },
	{ "html-only.eml", "html", NULL,
	  { "Report\n\nFaçade & <tag> € A", "- first\n- second", "$ msb --version\nmsb 0.6.14",
	    "Bob <https://github.com/bob>" },
	  { "HIDDEN", "<p>", "color:red" }, { "html-only" }, { NULL }, 0, { NULL } },
	{ "forwarded.eml", "Fwd: Original report", NULL,
	  { "Outer note", "---------- Forwarded message", "Subject: Original report",
	    "Inner report text." }, { NULL }, { NULL }, { NULL }, 1, { "poc.py" } },
	{ "charsets.eml", "café", "René <rene@example.org>",
	  { "Grüße aus München", "Bytes éè here" }, { NULL },
	  { "bad-charset" }, { NULL }, 0, { NULL } },
	{ "encrypted.eml", "encrypted report", NULL, { NULL }, { "BEGIN PGP" },
	  { "encrypted" }, { "signed" }, 2, { "", "encrypted.asc" } },
	{ "signed.eml", "signed report", NULL, { "Signed body text." }, { "SIGNATURE" },
	  { "signed" }, { "encrypted" }, 1, { "signature.asc" } },
	{ "inline-pgp.eml", "inline", NULL, { "BEGIN PGP MESSAGE" }, { NULL },
	  { "encrypted" }, { NULL }, 0, { NULL } },
	{ "report.eml", NULL, NULL, { "This is the mail system" }, { "Reporting-MTA" },
	  { NULL }, { NULL }, 1, { "" } },
	{ "filenames.eml", "Hello Bcc: victim@example.net Injected", NULL,
	  { "See attachments." }, { NULL }, { NULL }, { NULL }, 4,
	  { "€-report.txt", "../../etc/passwd", "evil??X-Injected: 1.txt",
	    "long name part two.log" } },
	{ "nul-bytes.eml", "nul", NULL, { "before after\nline two\n" }, { "\r" },
	  { "nul-bytes" }, { NULL }, 0, { NULL } },
	{ "no-header.eml", "", "", { "this is not a header\nsecond line" }, { NULL },
	  { "unparseable", "bad-charset" }, { NULL }, 0, { NULL } },
	{ "archives.eml", "archives", NULL, { "Two archives." }, { NULL },
	  { NULL }, { NULL }, 3, { "poc.zip", "repro.tgz", "broken.zip" } },
	{ "encodings.eml", "enc", NULL, { "First line\nSecond line\n" }, { "\r" },
	  { NULL }, { NULL }, 1, { NULL } },
	/* opaque S/MIME signatures (held-out 1563): the entity inside the
	 * PKCS#7 SignedData is read, whatever the crypto configuration
	 * (test_data_equals_file parses without one); the fixtures are made
	 * with openssl smime -sign -nodetach and a throwaway certificate */
	{ "smime-opaque.eml", "S/MIME opaque report", "Tova Lindqvist <tova@quillpoint.example>",
	  { "sandbox escape in microsandbox 0.9.4", "$ msb --version\n  msb 0.9.4",
	    "Café aside" }, { "MII", "Content-Transfer-Encoding", "\r" },
	  { "smime", "signed" }, { "smime-unreadable", "encrypted" }, 0, { NULL } },
	/* Outlook's form: application/pkcs7-mime, BER indefinite lengths and a
	 * constructed OCTET STRING (openssl -stream), a multipart inside */
	{ "smime-opaque-ber.eml", "portal forwards Host header", NULL,
	  { "microsandbox server 0.8.2", "msb 0.8.2", "Ngozi Adeyemi · Ogbomosó Labs" },
	  { "This is a multipart message" }, { "smime", "signed" },
	  { "smime-unreadable", "encrypted" }, 1, { "poc-portal.sh" } },
	/* a p7m attached to a multipart is read like an attached message */
	{ "smime-attached.eml", "Fwd: signed report", NULL,
	  { "Forwarding a report", "sandbox escape in microsandbox 0.9.4" }, { NULL },
	  { "smime", "signed" }, { "smime-unreadable" }, 0, { NULL } },
	/* what cannot be read is kept and flagged, never dropped */
	{ "smime-truncated.eml", "truncated p7m", NULL, { NULL }, { NULL },
	  { "smime", "smime-unreadable" }, { "signed", "encrypted" }, 1, { "smime.p7m" } },
	{ "smime-garbage.eml", "garbage p7m", NULL, { NULL }, { NULL },
	  { "smime", "smime-unreadable" }, { "signed", "encrypted" }, 1, { "smime.p7m" } },
	{ "smime-enveloped.eml", "encrypted report", NULL, { NULL }, { "sandbox escape" },
	  { "smime", "encrypted" }, { "signed", "smime-unreadable" }, 1, { "smime.p7m" } },
	/* an inline text/plain note with a name and no other body text (an
	 * MMS-to-email gateway's text_0.txt, held-out 1699) is the body, with
	 * or without a Content-Disposition; the picture stays an attachment */
	{ "named-text-body.eml", "", NULL,
	  { "symlink\nout of the shared dir on my fedora 40 box.", "part two: msb 0.9.2, kernel 6.8.5 —" },
	  { NULL }, { NULL }, { NULL }, 1, { "IMG_0412.jpg" } },
	/* beside body text a named note stays an attachment */
	{ "named-text-beside-body.eml", "note beside a body", NULL,
	  { "The report is below" }, { "scratch notes" }, { NULL }, { NULL }, 1, { "notes.txt" } },
	/* a script, even inline as text/plain, and a report attached as a
	 * file stay attachments under an empty body */
	{ "named-text-files.eml", "files only", NULL, { NULL },
	  { "os.symlink", "the attached report" }, { NULL }, { NULL }, 2, { "poc.py", "report.txt" } },
	/* enveloped-data labelled signed-data: the DER says what it is */
	{ "smime-enveloped-mislabelled.eml", "encrypted report, wrong label", NULL, { NULL },
	  { "sandbox escape" }, { "smime", "encrypted" }, { "signed", "smime-unreadable" },
	  1, { "smime.p7m" } },
};

static void
check_case(const ParseCase *c, StMessage *msg)
{
	if (c->subject)
		g_assert_cmpstr(msg->subject, ==, c->subject);
	if (c->from)
		g_assert_cmpstr(msg->from, ==, c->from);
	for (int i = 0; i < 4 && c->body_has[i]; i++)
		if (strstr(msg->body_text, c->body_has[i]) == NULL)
			g_error("%s: body lacks \"%s\":\n%s", c->file, c->body_has[i], msg->body_text);
	for (int i = 0; i < 4 && c->body_not[i]; i++)
		if (strstr(msg->body_text, c->body_not[i]) != NULL)
			g_error("%s: body has \"%s\"", c->file, c->body_not[i]);
	for (int i = 0; i < 4 && c->flags_has[i]; i++)
		if (!has_flag(msg->flags, c->flags_has[i]))
			g_error("%s: flag %s missing", c->file, c->flags_has[i]);
	for (int i = 0; i < 4 && c->flags_not[i]; i++)
		if (has_flag(msg->flags, c->flags_not[i]))
			g_error("%s: unexpected flag %s", c->file, c->flags_not[i]);
	if (c->n_attachments >= 0)
		g_assert_cmpuint(msg->attachments->len, ==, c->n_attachments);
	for (int i = 0; i < 5 && c->att_names[i]; i++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, i);
		g_assert_cmpstr(att->filename ? att->filename : "", ==, c->att_names[i]);
	}
}

/* (#3, 5311, 5310) what shows as nothing goes (a zero-width space in a
 * version, a soft hyphen, a BOM), full-width digits are digits and a
 * full-width full stop between them a dot; one between words stays */
static void
test_as_seen(void)
{
	static const char raw[] =
		"From: a@example.org\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
		"\ufeffSDK microsandbox@0.\u200b20.\u20602 on Apple M6\u00ad Pro.\r\n"
		"\u30d0\u30fc\u30b8\u30e7\u30f3 \uff10\uff0e\uff12\uff10\uff0e\uff11\u3002\u7d42\u308f\u308a\uff0e\u6b21\r\n";
	g_autoptr(StMessage) m = st_message_parse_data(raw, sizeof raw - 1, NULL);
	g_assert_nonnull(strstr(m->body_text, "SDK microsandbox@0.20.2 on Apple M6 Pro."));
	g_assert_null(strstr(m->body_text, "\ufeff"));
	g_assert_nonnull(strstr(m->body_text, "\u30d0\u30fc\u30b8\u30e7\u30f3 0.20.1\u3002\u7d42\u308f\u308a\uff0e\u6b21"));
}

/* (#3) an option's "--" that a phone's or a Mac's smart punctuation made a
 * dash is put back in the body; a dash between words stays (round 224) */
static void
test_smart_dash(void)
{
	static const char raw[] =
		"From: a@example.org\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
		"i did msb run \u2014rm python:3.12 sh and \u2013net-allow-host=pypi.example.\r\n"
		"the cleanup \u2014 and this matters \u2014 follows it; x\u2014y stays, \u2014Tiff\r\n";
	g_autoptr(StMessage) m = st_message_parse_data(raw, sizeof raw - 1, NULL);
	g_assert_nonnull(strstr(m->body_text, "msb run --rm python:3.12 sh and --net-allow-host=pypi.example."));
	g_assert_nonnull(strstr(m->body_text, "the cleanup \u2014 and this matters \u2014 follows it; x\u2014y stays, \u2014Tiff"));
}

static void
test_fixtures(void)
{
	g_autoptr(StConfig) cfg = st_config_default();

	for (gsize i = 0; i < G_N_ELEMENTS(parse_cases); i++) {
		g_autoptr(StMessage) msg = parse_fixture(parse_cases[i].file, cfg);
		check_case(&parse_cases[i], msg);
	}
}

/* parse_data and parse_file agree, and the raw facts are those of the bytes. */
static void
test_data_equals_file(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(parse_cases); i++) {
		g_autofree char *path = tu_repo_path("tests", "data", "parse", parse_cases[i].file, NULL);
		g_autofree char *raw = NULL;
		gsize len;
		char sha[65];
		g_assert_true(g_file_get_contents(path, &raw, &len, NULL));
		g_autoptr(StMessage) a = st_message_parse_file(path, NULL, NULL);
		g_autoptr(StMessage) b = st_message_parse_data(raw, len, NULL);
		tu_sha256(raw, len, sha);
		g_assert_cmpstr(a->raw_sha256, ==, sha);
		g_assert_cmpstr(b->raw_sha256, ==, sha);
		g_assert_cmpint(a->raw_size, ==, len);
		g_assert_cmpint(b->raw_size, ==, len);
		g_assert_cmpstr(a->body_text, ==, b->body_text);
		g_assert_cmpuint(a->attachments->len, ==, b->attachments->len);
		g_assert_cmpuint(a->n_parts, ==, b->n_parts);
	}
}

static void
test_headers(void)
{
	g_autoptr(StMessage) msg = parse_fixture("alternative.eml", NULL);

	g_assert_cmpstr(msg->message_id, ==, "alt-1@example.org");
	g_assert_cmpstr(msg->in_reply_to, ==, "root@example.org");
	g_assert_cmpuint(msg->references->len, ==, 2);
	g_assert_cmpstr(g_ptr_array_index(msg->references, 0), ==, "root@example.org");
	g_assert_cmpstr(g_ptr_array_index(msg->references, 1), ==, "mid@example.org");
	g_assert_cmpstr(msg->content_type, ==, "multipart/alternative");
	g_assert_cmpstr(st_message_header(msg, "SUBJECT"), ==, "alt");
	g_assert_cmpstr(st_message_header(msg, "content-type"), ==,
			"multipart/alternative; boundary=\"alt\"");
	g_assert_null(st_message_header(msg, "X-Absent"));
	g_autoptr(GPtrArray) tos = st_message_headers(msg, "to");
	g_assert_cmpuint(tos->len, ==, 1);
	g_assert_cmpstr(g_ptr_array_index(tos, 0), ==, "security@superrad.company");

	g_autoptr(StMessage) dsn = parse_fixture("report.eml", NULL);
	g_assert_cmpstr(dsn->report_type, ==, "delivery-status");
	g_assert_cmpstr(dsn->from_addr, ==, "mailer-daemon@example.org");
	g_assert_null(dsn->from_name);

	g_autoptr(StMessage) pad = parse_fixture("padded-b-words.eml", NULL);
	g_assert_cmpstr(pad->from_name, ==, "Jürgen Weiß");
	g_assert_cmpstr(pad->from_addr, ==, "juergen@example.org");
	g_assert_cmpstr(pad->date, ==, "Mon, 16 Nov 2026 10:00:00 +0100");
}

static void
test_attachments(void)
{
	g_autoptr(StMessage) msg = parse_fixture("archives.eml", NULL);
	const StAttachment *zip = g_ptr_array_index(msg->attachments, 0);
	const StAttachment *tgz = g_ptr_array_index(msg->attachments, 1);
	const StAttachment *bad = g_ptr_array_index(msg->attachments, 2);

	g_assert_cmpstr(zip->content_type, ==, "application/zip");
	g_assert_nonnull(zip->members);
	g_assert_cmpuint(zip->members->len, ==, 3);
	g_assert_cmpstr(g_ptr_array_index(zip->members, 1), ==, "poc/exploit.py");
	g_assert_true(st_flag_has(zip->flags, "unsafe-name"));
	g_assert_nonnull(zip->content);
	g_assert_cmpuint(g_bytes_get_size(zip->content), ==, zip->size);
	char sha[65];
	tu_sha256(g_bytes_get_data(zip->content, NULL), zip->size, sha);
	g_assert_cmpstr(zip->sha256, ==, sha);
	g_assert_null(zip->text);
	g_assert_cmpuint(tgz->members->len, ==, 2);
	g_assert_cmpstr(g_ptr_array_index(tgz->members, 1), ==, "repro/Dockerfile");
	g_assert_true(st_flag_has(bad->flags, "archive-error"));

	g_autoptr(StMessage) fn = parse_fixture("filenames.eml", NULL);
	const StAttachment *passwd = g_ptr_array_index(fn->attachments, 1);
	const StAttachment *evil = g_ptr_array_index(fn->attachments, 2);
	const StAttachment *euro = g_ptr_array_index(fn->attachments, 0);
	g_assert_true(st_flag_has(passwd->flags, "unsafe-name"));
	g_assert_true(st_flag_has(evil->flags, "unsafe-name"));
	g_assert_false(st_flag_has(euro->flags, "unsafe-name"));
	g_assert_cmpstr(euro->text, ==, "euro");
	g_assert_false(euro->inline_part);

	g_autoptr(StMessage) enc = parse_fixture("encodings.eml", NULL);
	const StAttachment *bin = g_ptr_array_index(enc->attachments, 0);
	g_assert_cmpint(bin->size, ==, 9);   /* truncated base64: complete groups */
	g_assert_cmpstr(bin->filename, ==, "t.bin");   /* Content-Type name= */
	g_assert_false(bin->inline_part);

	/* uuencode, "begin" line and all; QP across a soft break */
	static const char uu[] =
		"From: u@example.org\nSubject: uu\nMIME-Version: 1.0\n"
		"Content-Type: multipart/mixed; boundary=\"u\"\n\n"
		"--u\nContent-Type: application/octet-stream; name=\"u.bin\"\n"
		"Content-Transfer-Encoding: x-uuencode\n\nbegin 644 u.bin\n#86)C\n`\nend\n"
		"--u\nContent-Type: application/octet-stream; name=\"q.bin\"\n"
		"Content-Transfer-Encoding: quoted-printable\n\na=3Db=\nc\n--u--\n";
	g_autoptr(StMessage) um = st_message_parse_data(uu, sizeof uu - 1, NULL);
	g_assert_cmpuint(um->attachments->len, ==, 2);
	const StAttachment *u0 = g_ptr_array_index(um->attachments, 0);
	const StAttachment *q0 = g_ptr_array_index(um->attachments, 1);
	g_assert_cmpint(u0->size, ==, 3);
	g_assert_cmpstr(u0->sha256, ==, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	g_assert_cmpint(q0->size, ==, 4);
	g_assert_cmpmem(g_bytes_get_data(q0->content, NULL), 4, "a=bc", 4);

	g_autoptr(StMessage) pgp = parse_fixture("encrypted.eml", NULL);
	const StAttachment *control = g_ptr_array_index(pgp->attachments, 0);
	g_assert_true(control->inline_part);
	g_assert_cmpstr(control->content_type, ==, "application/pgp-encrypted");
	g_assert_true(pgp->encrypted);
	g_assert_false(pgp->decrypted);
}

/* ---- limits on generated messages ------------------------------------------- */

static char *
nested(int depth)
{
	GString *s = g_string_new("From: a@example.org\nSubject: deep\nMIME-Version: 1.0\n");
	for (int i = 0; i < depth; i++)
		g_string_append_printf(s, "Content-Type: multipart/mixed; boundary=\"b%d\"\n\n--b%d\n", i, i);
	g_string_append(s, "Content-Type: text/plain\n\nDEEP TEXT\n");
	for (int i = depth - 1; i >= 0; i--)
		g_string_append_printf(s, "--b%d--\n", i);
	return g_string_free(s, FALSE);
}

static char *
many_parts(int n)
{
	GString *s = g_string_new("From: a@example.org\nSubject: many\nMIME-Version: 1.0\n"
				  "Content-Type: multipart/mixed; boundary=\"m\"\n\n");
	for (int i = 0; i < n; i++)
		g_string_append_printf(s, "--m\nContent-Type: application/octet-stream; name=\"f%d.bin\"\n\nx%d\n", i, i);
	g_string_append(s, "--m--\n");
	return g_string_free(s, FALSE);
}

static void
test_limits(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	cfg->limits.max_depth = 10;
	cfg->limits.max_parts = 50;

	g_autofree char *deep = nested(40);
	g_autoptr(StMessage) d = st_message_parse_data(deep, strlen(deep), cfg);
	g_assert_true(st_flag_has(d->flags, "depth-limit"));
	g_assert_cmpuint(d->depth, <=, 10);
	g_assert_null(strstr(d->body_text, "DEEP TEXT"));

	g_autofree char *shallow = nested(5);
	g_autoptr(StMessage) s = st_message_parse_data(shallow, strlen(shallow), cfg);
	g_assert_false(st_flag_has(s->flags, "depth-limit"));
	g_assert_nonnull(strstr(s->body_text, "DEEP TEXT"));

	g_autofree char *many = many_parts(200);
	g_autoptr(StMessage) m = st_message_parse_data(many, strlen(many), cfg);
	g_assert_true(st_flag_has(m->flags, "parts-limit"));
	g_assert_cmpuint(m->n_parts, ==, 50);
	g_assert_cmpuint(m->attachments->len, ==, 49);

	/* message size: only max_message_size bytes are analysed */
	cfg->limits.max_message_size = 2000;
	g_autoptr(StMessage) big = st_message_parse_data(many, strlen(many), cfg);
	g_assert_true(st_flag_has(big->flags, "truncated"));
	g_assert_cmpint(big->raw_size, ==, 2000);
	char sha[65];
	tu_sha256(many, 2000, sha);
	g_assert_cmpstr(big->raw_sha256, ==, sha);
	g_assert_cmpuint(big->attachments->len, <, 100);
	cfg->limits.max_message_size = strlen(many);
	g_autoptr(StMessage) exact = st_message_parse_data(many, strlen(many), cfg);
	g_assert_false(st_flag_has(exact->flags, "truncated"));
	cfg->limits.max_message_size = 64 << 20;

	/* text limit: a long body is cut on a character boundary */
	cfg->limits.max_text_bytes = 1024;
	GString *t = g_string_new("From: a@example.org\nSubject: long\n"
				  "Content-Type: text/plain; charset=utf-8\n\n");
	for (int i = 0; i < 1000; i++)
		g_string_append(t, "é");
	g_autoptr(StMessage) l = st_message_parse_data(t->str, t->len, cfg);
	g_assert_true(st_flag_has(l->flags, "text-limit"));
	g_assert_cmpuint(strlen(l->body_text), <=, 1024);
	g_assert_true(g_utf8_validate(l->body_text, -1, NULL));
	g_string_free(t, TRUE);

	/* header limit: a huge header is skipped, the small ones after it kept */
	cfg->limits.max_header_bytes = 4096;
	GString *h = g_string_new("From: a@example.org\nX-Huge: ");
	for (int i = 0; i < 100000; i++)
		g_string_append_c(h, 'A');
	g_string_append(h, "\nSubject: after the huge one\n\nbody\n");
	g_autoptr(StMessage) hm = st_message_parse_data(h->str, h->len, cfg);
	g_assert_true(st_flag_has(hm->flags, "header-limit"));
	g_assert_null(st_message_header(hm, "X-Huge"));
	g_assert_cmpstr(st_message_header(hm, "Subject"), ==, "after the huge one");
	g_assert_cmpstr(hm->subject, ==, "after the huge one");
	g_string_free(h, TRUE);
}

/* The deadline stops the walk: flagged, and what was walked is kept. */
static void
test_timeout(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autofree char *many = many_parts(20000);

	cfg->limits.max_parts = 100000;
	cfg->limits.analysis_timeout_ms = 1;   /* parsing 20,000 parts takes longer */
	g_autoptr(StMessage) m = st_message_parse_data(many, strlen(many), cfg);
	g_assert_true(st_flag_has(m->flags, "analysis-timeout"));
	g_assert_cmpuint(m->attachments->len, <, 20000);
	g_assert_nonnull(m->body_text);

	cfg->limits.analysis_timeout_ms = 0;   /* none */
	g_autoptr(StMessage) all = st_message_parse_data(many, strlen(many), cfg);
	g_assert_false(st_flag_has(all->flags, "analysis-timeout"));
	g_assert_cmpuint(all->attachments->len, ==, 20000);
}

static void
test_attachment_not_kept(void)
{
	g_autoptr(StConfig) cfg = st_config_default();
	g_autoptr(GString) content = g_string_new(NULL);
	g_autoptr(GString) s = g_string_new("From: a@example.org\nSubject: big\nMIME-Version: 1.0\n"
					    "Content-Type: multipart/mixed; boundary=\"z\"\n\n--z\n"
					    "Content-Type: text/plain\n\nsee log\n--z\n"
					    "Content-Type: text/plain; name=\"big.log\"\n"
					    "Content-Disposition: attachment; filename=\"big.log\"\n\n");
	char sha[65];

	cfg->limits.max_attachment_bytes = 1000;
	for (int i = 0; i < 5000; i++)
		g_string_append_printf(content, "line %d\n", i);
	g_string_append_len(s, content->str, content->len);
	g_string_append(s, "--z--\n");
	/* the line break before a boundary belongs to the boundary */
	g_string_truncate(content, content->len - 1);
	tu_sha256(content->str, content->len, sha);
	g_autoptr(StMessage) msg = st_message_parse_data(s->str, s->len, cfg);
	g_assert_cmpuint(msg->attachments->len, ==, 1);
	const StAttachment *att = g_ptr_array_index(msg->attachments, 0);
	g_assert_cmpint(att->size, ==, content->len);
	g_assert_cmpstr(att->sha256, ==, sha);
	g_assert_null(att->content);
	g_assert_true(st_flag_has(att->flags, "not-kept"));
	g_assert_nonnull(att->text);
	g_assert_true(g_str_has_prefix(att->text, "line 0\nline 1\n"));
	g_assert_cmpstr(msg->body_text, ==, "see log");
}

/* ---- RFC 2047 decoding ---------------------------------------------------- */

static const struct {
	const char *raw;
	const char *decoded;
} hdecode_cases[] = {
	{ "plain text", "plain text" },
	{ " =?UTF-8?B?YWI=?= =?UTF-8?B?Y2Q=?= =?UTF-8?B?ZWY=?= tail\n", " abcdef tail" },
	{ "=?utf-8?q?caf=C3=A9_au_lait?=", "café au lait" },
	{ "=?ISO-8859-1?Q?Ren=E9?= <r@example.org>", "René <r@example.org>" },
	/* a character split across two words */
	{ "=?UTF-8?B?w6k=?= =?UTF-8?B?4oI=?= =?UTF-8?B?rA==?=", "é€" },
	{ "=?UTF-8?B?YWJj?=\n =?UTF-8?B?ZGVm?=", "abcdef" },
	{ "a =?UTF-8?Q?b?= c", "a b c" },
	{ "=?UTF-8*en?Q?lang?=", "lang" },
	{ "=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=", "こんにちは" },
	{ "=?UTF-8?B?YWI?=", "ab" },                    /* unpadded */
	{ "=?bogus-charset?Q?x=E9?=", "xé" },
	{ "=?UTF-8?X?bad?= =?", "=?UTF-8?X?bad?= =?" },
	{ "=?UTF-8?B?SGVsbG8NCkJjYzogeA==?=", "Hello\r\nBcc: x" },
	{ "Gr\xc3\xbc\xc3\x9f" "e", "Grüße" },
	{ "caf\xe9", "café" },                          /* 8-bit Latin-1 */
	{ "", "" },
};

static void
test_hdecode(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(hdecode_cases); i++) {
		g_autofree char *d = st_hdecode_header(hdecode_cases[i].raw, 1000);
		g_assert_cmpstr(d, ==, hdecode_cases[i].decoded);
	}
	g_autofree char *cut = st_hdecode_header("=?UTF-8?Q?=C3=A9=C3=A9=C3=A9?=", 5);
	g_assert_cmpstr(cut, ==, "éé");
}

static void
test_text_helpers(void)
{
	static const struct {
		const char *raw, *name, *value;
	} params[] = {
		{ "attachment; filename=\"a b.txt\"", "filename", "a b.txt" },
		{ "text/plain; name=x.py; charset=utf-8", "name", "x.py" },
		{ "attachment;\n FILENAME = \"q\\\"uote\"", "filename", "q\"uote" },
		{ "attachment; filename*=UTF-8''x", "filename", NULL },
		{ "inline", "filename", NULL },
		{ "attachment; filename=\"unterminated", "filename", "unterminated" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(params); i++) {
		g_autofree char *v = st_hdecode_param(params[i].raw, params[i].name);
		g_assert_cmpstr(v, ==, params[i].value);
	}
	g_autoptr(GString) s = g_string_new(NULL);
	g_assert_true(st_hdecode_text(s, "a\r\nb\rc\0d\n", 9, 100));
	g_assert_cmpmem(s->str, s->len, "a\nb\nc d\n", 8);
	g_string_truncate(s, 0);
	g_assert_false(st_hdecode_text(s, "ab\xc3\xa9", 4, 3));   /* not inside the é */
	g_assert_cmpstr(s->str, ==, "ab");
	g_autofree char *u = st_hdecode_unfold(" a\r\n\tb \n");
	g_assert_cmpstr(u, ==, "a\tb");
}

/* st_hdecode_text by its definition, one byte at a time: CR LF and lone CR
 * become LF, NUL a space, OUT kept within MAX (cut on a character
 * boundary).  FALSE when cut. */
static gboolean
text_reference(GString *out, const char *s, gsize len, gsize max)
{
	for (gsize i = 0; i < len; i++) {
		char c = s[i] == '\0' ? ' ' : s[i] == '\r' ? '\n' : s[i];
		if (out->len + 1 > max) {
			while (out->len > 0 && ((guchar) s[i] & 0xC0) == 0x80 &&
			       ((guchar) out->str[out->len - 1] & 0x80)) {
				/* back to the start of the cut character */
				gboolean lead = ((guchar) out->str[out->len - 1] & 0xC0) == 0xC0;
				g_string_truncate(out, out->len - 1);
				if (lead)
					break;
			}
			return FALSE;
		}
		g_string_append_c(out, c);
		if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
			i++;
	}
	return TRUE;
}

/* Random text of CR, LF, NUL, ASCII and two-byte characters, appended
 * after random text, within random bounds: as text_reference gives it. */
static void
test_text_reference(void)
{
	static const char *const pieces[] = { "\r", "\n", "\r\n", "a", "bc", "\xc3\xa9" };
	g_autoptr(GRand) rnd = g_rand_new_with_seed(11);

	for (int n = 0; n < 3000; n++) {
		g_autoptr(GString) in = g_string_new(NULL);
		int k = g_rand_int_range(rnd, 0, 60);
		for (int i = 0; i < k; i++) {
			int j = g_rand_int_range(rnd, 0, G_N_ELEMENTS(pieces) + 1);
			if (j == G_N_ELEMENTS(pieces))
				g_string_append_c(in, '\0');
			else
				g_string_append(in, pieces[j]);
		}
		const char *prefix = n % 3 ? "x" : "";
		gsize max = g_rand_int_range(rnd, 0, 90);
		g_autoptr(GString) want = g_string_new(prefix);
		g_autoptr(GString) got = g_string_new(prefix);
		gboolean w = text_reference(want, in->str, in->len, max);
		gboolean g = st_hdecode_text(got, in->str, in->len, max);
		g_assert_cmpint(g, ==, w);
		g_assert_cmpmem(got->str, got->len, want->str, want->len);
	}
}

/* Inline armor counts in the text before its first NUL only (as a C string
 * search sees it), and flags the message either way it is found. */
static void
test_armor(void)
{
	static const struct {
		const char *body;
		gsize len;
		gboolean encrypted, signed_;
	} cases[] = {
		{ "hi\n-----BEGIN PGP MESSAGE-----\nxx\n", 0, TRUE, FALSE },
		{ "hi\0\n-----BEGIN PGP MESSAGE-----\nxx\n", 34, FALSE, FALSE },
		{ "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nok\0\n", 53, FALSE, TRUE },
		{ "-----BEGIN PGP MESSAGE----", 0, FALSE, FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		gsize blen = cases[i].len ? cases[i].len : strlen(cases[i].body);
		g_autoptr(GString) m = g_string_new("From: a@example.org\nSubject: s\n"
						    "Content-Type: text/plain\n\n");
		g_string_append_len(m, cases[i].body, blen);
		g_autoptr(StMessage) msg = st_message_parse_data(m->str, m->len, NULL);
		g_assert_cmpint(msg->encrypted, ==, cases[i].encrypted);
		g_assert_cmpint(st_flag_has(msg->flags, "encrypted"), ==, cases[i].encrypted);
		g_assert_cmpint(st_flag_has(msg->flags, "signed"), ==, cases[i].signed_);
	}
}

/* Decoded attachment content across decoding chunks: every byte value in
 * base64, quoted-printable text, Latin-1 and UTF-8 text made UTF-8 text. */
static void
test_attachment_content(void)
{
	g_autoptr(GString) bin = g_string_new(NULL);
	for (int i = 0; i < 200000; i++)
		g_string_append_c(bin, (char) (i * 7 + i / 256));
	g_autofree char *b64 = g_base64_encode((const guchar *) bin->str, bin->len);
	g_autoptr(GString) m = g_string_new("From: a@example.org\nSubject: s\nMIME-Version: 1.0\n"
					    "Content-Type: multipart/mixed; boundary=\"z\"\n\n"
					    "--z\nContent-Type: text/plain\n\nbody\n--z\n"
					    "Content-Type: application/octet-stream\n"
					    "Content-Disposition: attachment; filename=\"b.bin\"\n"
					    "Content-Transfer-Encoding: base64\n\n");
	for (const char *p = b64; *p; p += MIN(strlen(p), 76))
		g_string_append_printf(m, "%.76s\n", p);
	g_string_append(m, "--z\nContent-Type: text/plain; charset=iso-8859-1\n"
			   "Content-Disposition: attachment; filename=\"l.txt\"\n"
			   "Content-Transfer-Encoding: quoted-printable\n\n"
			   "caf=E9 au=\n lait\r\nend\n"
			   "--z\nContent-Type: text/plain; charset=utf-8\n"
			   "Content-Disposition: attachment; filename=\"u.txt\"\n\n"
			   "caf\xc3\xa9\r\nend\n--z--\n");
	g_autoptr(StMessage) msg = st_message_parse_data(m->str, m->len, NULL);
	g_assert_cmpuint(msg->attachments->len, ==, 3);
	const StAttachment *a = g_ptr_array_index(msg->attachments, 0);
	char sha[65];
	tu_sha256(bin->str, bin->len, sha);
	g_assert_cmpint(a->size, ==, bin->len);
	g_assert_cmpstr(a->sha256, ==, sha);
	g_assert_nonnull(a->content);
	gsize n;
	const void *d = g_bytes_get_data(a->content, &n);
	g_assert_cmpmem(d, n, bin->str, bin->len);
	g_assert_null(a->text);
	const StAttachment *l = g_ptr_array_index(msg->attachments, 1);
	g_assert_cmpstr(l->text, ==, "caf\xc3\xa9 au lait\nend");
	d = g_bytes_get_data(l->content, &n);
	g_assert_cmpmem(d, n, "caf\xe9 au lait\r\nend", 17);
	const StAttachment *u = g_ptr_array_index(msg->attachments, 2);
	g_assert_cmpstr(u->text, ==, "caf\xc3\xa9\nend");
	g_assert_cmpstr(msg->body_text, ==, "body");
}

/* GMime's own decoder loses the tail of the padded case: the reason for hdecode. */
static void
test_gmime_padding_bug_documented(void)
{
	const char *raw = "=?UTF-8?B?YWI=?= =?UTF-8?B?Y2Q=?= tail";
	g_autofree char *gm = g_mime_utils_header_decode_text(NULL, raw);
	g_autofree char *ours = st_hdecode_header(raw, 100);

	st_init();
	g_assert_cmpstr(ours, ==, "abcd tail");
	if (g_strcmp0(gm, "abcd tail") == 0)
		g_test_message("GMime decodes the padded case correctly now; hdecode could go");
}

static void
test_to_utf8(void)
{
	g_autoptr(GString) s = g_string_new(NULL);

	g_assert_true(st_hdecode_to_utf8(s, "abc", 3, "us-ascii"));
	g_assert_true(st_hdecode_to_utf8(s, "\xe9", 1, "iso-8859-1"));
	g_assert_true(st_hdecode_to_utf8(s, "\x80", 1, "windows-1252"));
	g_assert_cmpstr(s->str, ==, "abcé€");
	g_string_truncate(s, 0);
	g_assert_false(st_hdecode_to_utf8(s, "a\xffz", 3, "utf-8"));
	g_assert_cmpstr(s->str, ==, "a\xef\xbf\xbdz");
	g_string_truncate(s, 0);
	/* (#3) a body labelled UTF-8 but written in Windows-1252 (several
	 * bytes that are not UTF-8 and no UTF-8 sequence): read as written,
	 * still reported as replaced; bad bytes beside real UTF-8 stay
	 * damage */
	g_assert_false(st_hdecode_to_utf8(s, "Gr\xfc\xdf" "e \x96 \x93Sch\xf6n\x94", 15, "utf-8"));
	g_assert_cmpstr(s->str, ==, "Grüße – “Schön”");
	g_string_truncate(s, 0);
	g_assert_false(st_hdecode_to_utf8(s, "Gr\xc3\xbc\xdf" "e \xf6", 8, "UTF-8"));
	g_assert_cmpstr(s->str, ==, "Grü\xef\xbf\xbd" "e \xef\xbf\xbd");
	g_string_truncate(s, 0);
	g_assert_false(st_hdecode_to_utf8(s, "\x82\xa0", 2, "x-unknown"));
	g_assert_true(g_utf8_validate(s->str, s->len, NULL));
	g_string_truncate(s, 0);
	g_assert_true(st_hdecode_to_utf8(s, "\x82\xa0", 2, "shift_jis"));
	g_assert_cmpstr(s->str, ==, "あ");
	g_string_truncate(s, 0);
	g_assert_false(st_hdecode_to_utf8(s, "\x82", 1, "shift_jis"));   /* truncated */
	g_assert_true(g_utf8_validate(s->str, s->len, NULL));
	/* (#3, 4255) UTF-8 labelled with a legacy code page: the bytes are
	 * multi-byte UTF-8, so the label is wrong; reported as not clean */
	g_string_truncate(s, 0);
	g_assert_false(st_hdecode_to_utf8(s, "Kate\xc5\x99ina \xc5\xa0\xc5\xa5" "astn\xc3\xa1", 20, "windows-1252"));
	g_assert_cmpstr(s->str, ==, "Kateřina Šťastná");
	/* (#3, 4257) KOI8-R labelled Windows-1251 reads as capitals with small
	 * initials; the twin code page reads as the writer wrote */
	g_string_truncate(s, 0);
	static const char koi[] = "\xc5\xd3\xcc\xc9 \xc2\xd5\xc4\xc5\xd4\xc5 \xd0\xd5\xc2\xcc\xc9\xcb\xcf\xd7\xc1\xd4\xd8 "
		"\xd0\xd2\xcf\xdb\xd5 \xd5\xcb\xc1\xda\xc1\xd4\xd8 \xc9\xcd\xd1";
	g_assert_false(st_hdecode_to_utf8(s, koi, sizeof koi - 1, "windows-1251"));
	g_assert_cmpstr(s->str, ==, "если будете публиковать прошу указать имя");
	/* ... and real Windows-1251 text stays as it is */
	g_string_truncate(s, 0);
	static const char cp[] = "\xe5\xf1\xeb\xe8 \xe1\xf3\xe4\xe5\xf2\xe5 \xef\xf3\xe1\xeb\xe8\xea\xee\xe2\xe0\xf2\xfc "
		"\xef\xf0\xee\xf8\xf3 \xf3\xea\xe0\xe7\xe0\xf2\xfc \xe8\xec\xff";
	g_assert_true(st_hdecode_to_utf8(s, cp, sizeof cp - 1, "windows-1251"));
	g_assert_cmpstr(s->str, ==, "если будете публиковать прошу указать имя");
	/* Labels iconv would read as the locale's charset, or as UTF-8 that lets
	 * 6-byte forms through: the output is still valid UTF-8. */
	static const char *const odd[] = { "", "\xff\xfe", " ", "UTF-8//IGNORE", "utf-8 ", "UCS-4BE" };
	static const char six[] = "ok \xfd\xbc\xac\x9b\x84\x83 \xff\xfe\x41";
	for (gsize i = 0; i < G_N_ELEMENTS(odd); i++) {
		g_string_truncate(s, 0);
		st_hdecode_to_utf8(s, six, sizeof six - 1, odd[i]);
		g_assert_true(g_utf8_validate(s->str, s->len, NULL));
	}
	/* A byte-order mark says the encoding when no label, or an ASCII,
	 * UTF-8 or UTF-16 one, says otherwise (Windows' reports, sent
	 * unlabelled); another label is believed; such text is "wide", so the
	 * parser does not cut it at its first NUL. */
	static const char le[] = "\xff\xfem\0s\0b\0 \0\xe9\0";
	static const char be[] = "\xfe\xff\0m\0s\0b";
	static const char *const bom_ok[] = { NULL, "us-ascii", "utf-8", "UTF-16" };
	for (gsize i = 0; i < G_N_ELEMENTS(bom_ok); i++) {
		g_string_truncate(s, 0);
		g_assert_true(st_hdecode_to_utf8(s, le, sizeof le - 1, bom_ok[i]));
		g_assert_cmpstr(s->str, ==, "msb é");
		g_assert_true(st_hdecode_wide(le, sizeof le - 1, bom_ok[i]));
	}
	g_string_truncate(s, 0);
	g_assert_true(st_hdecode_to_utf8(s, be, sizeof be - 1, NULL));
	g_assert_cmpstr(s->str, ==, "msb");
	g_string_truncate(s, 0);
	st_hdecode_to_utf8(s, le, sizeof le - 1, "iso-8859-1");
	g_assert_cmpstr(s->str, ==, "\xc3\xbf\xc3\xbem");   /* "ÿþm", cut at the NUL */
	g_assert_false(st_hdecode_wide("ab\0", 3, NULL));
	g_assert_true(st_hdecode_wide("a\0b\0", 4, "utf-16le"));
}

/* ---- the shared corpus -------------------------------------------------------- */

static void
check_invariants(const char *name, StMessage *msg, const StLimits *lim)
{
	g_assert_nonnull(msg->body_text);
	g_assert_true(g_utf8_validate(msg->body_text, -1, NULL));
	g_assert_cmpuint(strlen(msg->body_text), <=, lim->max_text_bytes);
	g_assert_true(g_utf8_validate(msg->subject, -1, NULL));
	g_assert_true(g_utf8_validate(msg->from, -1, NULL));
	for (const char *p = msg->subject; *p; p++)
		g_assert_cmpint((guchar) *p, >=, 0x20);
	for (const char *p = msg->from; *p; p++)
		g_assert_cmpint((guchar) *p, >=, 0x20);
	g_assert_cmpuint(msg->n_parts, <=, lim->max_parts);
	g_assert_cmpuint(msg->depth, <=, lim->max_depth);
	g_assert_nonnull(msg->content_type);
	g_assert_true(g_utf8_validate(msg->content_type, -1, NULL));
	for (guint i = 0; i < msg->headers->len; i++) {
		const StHeader *h = g_ptr_array_index(msg->headers, i);
		g_assert_true(g_utf8_validate(h->name, -1, NULL));
		g_assert_true(g_utf8_validate(h->value, -1, NULL));
	}
	if (msg->in_reply_to)
		g_assert_true(g_utf8_validate(msg->in_reply_to, -1, NULL));
	for (guint i = 0; i < msg->references->len; i++)
		g_assert_true(g_utf8_validate(g_ptr_array_index(msg->references, i), -1, NULL));
	for (guint i = 0; i < msg->flags->len; i++)
		for (guint j = i + 1; j < msg->flags->len; j++)
			g_assert_cmpstr(g_ptr_array_index(msg->flags, i), !=,
					g_ptr_array_index(msg->flags, j));
	for (guint i = 0; i < msg->attachments->len; i++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, i);
		g_assert_cmpuint(strlen(att->sha256), ==, 64);
		g_assert_nonnull(att->content_type);
		if (att->content)
			g_assert_cmpint(g_bytes_get_size(att->content), ==, att->size);
		if (att->text)
			g_assert_true(g_utf8_validate(att->text, -1, NULL));
		if (att->filename) {
			g_assert_true(g_utf8_validate(att->filename, -1, NULL));
			for (const char *p = att->filename; *p; p++)
				g_assert_cmpint((guchar) *p, >=, 0x20);
		}
	}
	(void) name;
}

static void
test_corpus(void)
{
	const char *shared = g_getenv("ST_SHARED");
	if (shared == NULL) {
		g_test_skip("ST_SHARED not set");
		return;
	}
	g_autofree char *manifest = g_build_filename(shared, "corpus", "MANIFEST.tsv", NULL);
	g_autofree char *text = NULL;
	if (!g_file_get_contents(manifest, &text, NULL, NULL)) {
		g_test_skip("no corpus");
		return;
	}
	g_autoptr(StConfig) cfg = st_config_default();
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	guint files = 0, unparseable = 0;
	for (char **l = lines + 1; *l; l++) {
		g_auto(GStrv) cols = g_strsplit(*l, "\t", -1);
		if (g_strv_length(cols) < 3)
			continue;
		g_autofree char *path = g_build_filename(shared, "corpus", cols[0], NULL);
		g_autoptr(GError) error = NULL;
		g_autoptr(StMessage) msg = st_message_parse_file(path, cfg, &error);
		g_assert_no_error(error);
		g_assert_nonnull(msg);
		g_assert_cmpstr(msg->raw_sha256, ==, cols[2]);
		g_assert_cmpint(msg->raw_size, ==, g_ascii_strtoll(cols[1], NULL, 10));
		check_invariants(cols[0], msg, &cfg->limits);
		if (st_flag_has(msg->flags, "unparseable")) {
			unparseable++;
			g_assert_cmpstr(msg->body_text, !=, "");
		}
		files++;
	}
	g_assert_cmpuint(files, ==, 599);
	g_assert_cmpuint(unparseable, ==, 2);
}

/* The DER of a fixture's single base64 p7m part (the text after its
 * header block). */
static GBytes *
fixture_der(const char *name)
{
	g_autofree char *path = tu_repo_path("tests", "data", "parse", name, NULL);
	g_autofree char *raw = NULL;
	gsize len = 0;

	g_assert_true(g_file_get_contents(path, &raw, NULL, NULL));
	const char *body = strstr(raw, "\n\n");
	g_assert_nonnull(body);
	guchar *der = g_base64_decode(body + 2, &len);
	return g_bytes_new_take(der, len);
}

/* pkcs7.c on hostile DER: every prefix and every byte changed of a BER
 * SignedData, never a crash (under ASan: never a bad read); a p7m over
 * max_attachment_bytes is not read but kept and flagged. */
static void
test_pkcs7_hostile(void)
{
	g_autoptr(GBytes) ber = fixture_der("smime-opaque-ber.eml");
	gsize n;
	const guint8 *der = g_bytes_get_data(ber, &n);
	StPkcs7Status st;

	g_autoptr(GBytes) whole = st_pkcs7_signed_content(der, n, &st);
	g_assert_cmpint(st, ==, ST_PKCS7_OK);
	g_assert_nonnull(whole);
	g_assert_nonnull(g_strstr_len(g_bytes_get_data(whole, NULL), g_bytes_get_size(whole),
				      "microsandbox server 0.8.2"));
	g_assert_null(st_pkcs7_signed_content(NULL, 0, &st));
	g_assert_cmpint(st, ==, ST_PKCS7_MALFORMED);
	for (gsize i = 0; i < n; i++) {
		g_autoptr(GBytes) b = st_pkcs7_signed_content(der, i, &st);
		g_assert_true((b != NULL) == (st == ST_PKCS7_OK));
	}
	g_autofree guint8 *copy = g_memdup2(der, n);
	for (gsize i = 0; i < n; i += 3) {
		guint8 was = copy[i];
		copy[i] ^= (i & 1) ? 0x80 : 0xff;
		g_autoptr(GBytes) b = st_pkcs7_signed_content(copy, n, &st);
		g_assert_true((b != NULL) == (st == ST_PKCS7_OK));
		copy[i] = was;
	}
	g_assert_cmpstr(st_pkcs7_status_name(ST_PKCS7_NOT_SIGNED), ==, "not signed-data");

	g_autoptr(StConfig) cfg = st_config_default();
	cfg->limits.max_attachment_bytes = n - 1;
	g_autofree char *path = tu_repo_path("tests", "data", "parse", "smime-opaque-ber.eml", NULL);
	g_autoptr(StMessage) big = st_message_parse_file(path, cfg, NULL);
	g_assert_true(st_flag_has(big->flags, "smime-unreadable"));
	g_assert_cmpuint(big->attachments->len, ==, 1);
	g_assert_null(strstr(big->body_text, "microsandbox server"));
	cfg->limits.max_attachment_bytes = n;
	g_autoptr(StMessage) fits = st_message_parse_file(path, cfg, NULL);
	g_assert_false(st_flag_has(fits->flags, "smime-unreadable"));
	g_assert_nonnull(strstr(fits->body_text, "microsandbox server 0.8.2"));
}

static void
test_missing_file(void)
{
	g_autoptr(GError) error = NULL;
	StMessage *msg = st_message_parse_file("/nonexistent/sectriage/x.eml", NULL, &error);

	g_assert_null(msg);
	g_assert_nonnull(error);
	g_autoptr(StMessage) empty = st_message_parse_data("", 0, NULL);
	g_assert_nonnull(empty->body_text);
	g_assert_cmpint(empty->raw_size, ==, 0);
	g_assert_cmpstr(st_role_name(ST_ROLE_POC), ==, "poc");
	g_assert_cmpstr(st_role_name(ST_ROLE_OTHER), ==, "other");
}

/* (#3) The HTML alternative the body was not read from gives its images'
 * alt texts (html_alt); an HTML body has them in the text already, and a
 * plain-only message has none */
#define HTML_ALT_HEAD "From: a@example.org\nSubject: alt\nMIME-Version: 1.0\n" \
	"Content-Type: multipart/alternative; boundary=\"ZZ\"\n\n"
static const struct {
	const char *raw;
	const char *alt;
} html_alts[] = {
	{ HTML_ALT_HEAD "--ZZ\nContent-Type: text/plain\n\nThe run:\n\n\nThat is all, and it is plenty of text.\n"
	  "--ZZ\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n<p>The run:</p>"
	  "<img src=3D\"cid:q\" alt=3D\"shell on Fedora 41\"><p>That is all, and it is plenty of text.</p>\n"
	  "--ZZ--\n", "shell on Fedora 41\n" },
	{ HTML_ALT_HEAD "--ZZ\nContent-Type: text/plain\n\nView this in an HTML mail client.\n"
	  "--ZZ\nContent-Type: text/html\n\n<p>The run, with the whole report in it:</p><img alt=\"shell\">"
	  "<p>More of the report text that the plain part does not have.</p>\n--ZZ--\n", NULL },
	{ "From: a@example.org\nSubject: plain\nContent-Type: text/plain\n\n<img alt=\"not html\">\n", NULL },
};

static void
test_html_alt(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(html_alts); i++) {
		g_autoptr(StMessage) msg = st_message_parse_data(html_alts[i].raw, strlen(html_alts[i].raw), NULL);
		g_assert_nonnull(msg);
		g_assert_cmpstr(msg->html_alt, ==, html_alts[i].alt);
	}
}

int
main(int argc, char **argv)
{
	setlocale(LC_ALL, "");   /* as the programs do: iconv then follows the locale */
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add_func("/parse/fixtures", test_fixtures);
	g_test_add_func("/parse/smart-dash", test_smart_dash);
	g_test_add_func("/parse/as-seen", test_as_seen);
	g_test_add_func("/parse/data-equals-file", test_data_equals_file);
	g_test_add_func("/parse/headers", test_headers);
	g_test_add_func("/parse/attachments", test_attachments);
	g_test_add_func("/parse/attachment-not-kept", test_attachment_not_kept);
	g_test_add_func("/parse/limits", test_limits);
	g_test_add_func("/parse/timeout", test_timeout);
	g_test_add_func("/parse/missing-file", test_missing_file);
	g_test_add_func("/parse/pkcs7-hostile", test_pkcs7_hostile);
	g_test_add_func("/hdecode/table", test_hdecode);
	g_test_add_func("/hdecode/gmime-padding-bug", test_gmime_padding_bug_documented);
	g_test_add_func("/hdecode/to-utf8", test_to_utf8);
	g_test_add_func("/hdecode/text-helpers", test_text_helpers);
	g_test_add_func("/hdecode/text-reference", test_text_reference);
	g_test_add_func("/parse/armor", test_armor);
	g_test_add_func("/parse/attachment-content", test_attachment_content);
	g_test_add_func("/parse/corpus", test_corpus);
	g_test_add_func("/parse/html-alt", test_html_alt);
	return g_test_run();
}
