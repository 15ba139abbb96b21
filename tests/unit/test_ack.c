/*
 * test_ack.c — the template language, and acknowledgments, follow-up notes and
 * notices composed by ack.c, reparsed with GMime and checked header by header.
 */
#include <string.h>

#include "sectriage/ack.h"
#include "sectriage/common.h"
#include "sectriage/config.h"
#include "sectriage/message.h"
#include "sectriage/policy.h"
#include "sectriage/rules.h"

#include "testutil.h"

#define NOW "2026-11-27T10:00:00Z"

/* ---- the template language -------------------------------------------- */

static const struct {
	const char *name;
	const char *tmpl;
	const char *vars;       /* JSON object */
	const char *expect;     /* NULL: an error */
} render_cases[] = {
	{ "plain", "no tags\n", "{}", "no tags\n" },
	{ "var", "id {{ id }}.", "{\"id\":\"SEC-1\"}", "id SEC-1." },
	{ "missing var", "[{{nope}}]", "{}", "[]" },
	{ "int and bool", "{{n}} {{b}}", "{\"n\":42,\"b\":true}", "42 yes" },
	{ "string list", "{{l}}", "{\"l\":[\"a\",\"b\"]}", "a, b" },
	{ "value not rescanned", "{{v}}", "{\"v\":\"{{v}}\"}", "{{v}}" },
	{ "if true", "{{#if a}}A{{/if}}", "{\"a\":\"x\"}", "A" },
	{ "if empty string", "{{#if a}}A{{else}}B{{/if}}", "{\"a\":\"\"}", "B" },
	{ "if false", "{{#if a}}A{{else}}B{{/if}}", "{\"a\":false}", "B" },
	{ "if empty list", "{{#if a}}A{{else}}B{{/if}}", "{\"a\":[]}", "B" },
	{ "if zero", "{{#if a}}A{{else}}B{{/if}}", "{\"a\":0}", "B" },
	{ "unless", "{{#unless a}}U{{/unless}}", "{}", "U" },
	{ "nested if", "{{#if a}}{{#if b}}AB{{else}}A{{/if}}{{/if}}", "{\"a\":1,\"b\":0}", "A" },
	{ "each", "{{#each xs}}<{{n}}>{{/each}}", "{\"xs\":[{\"n\":1},{\"n\":2}]}", "<1><2>" },
	{ "each dot", "{{#each xs}}{{.}};{{/each}}", "{\"xs\":[\"a\",\"b\"]}", "a;b;" },
	{ "each outer scope", "{{#each xs}}{{id}}{{n}} {{/each}}", "{\"id\":\"S\",\"xs\":[{\"n\":1}]}", "S1 " },
	{ "each inner wins", "{{#each xs}}{{n}}{{/each}}", "{\"n\":9,\"xs\":[{\"n\":1}]}", "1" },
	{ "standalone lines", "a\n{{#if x}}\nb\n{{/if}}\nc\n", "{\"x\":1}", "a\nb\nc\n" },
	{ "standalone false", "a\n  {{#if x}}\nb\n  {{/if}}\nc\n", "{}", "a\nc\n" },
	{ "inline block keeps line", "a {{#if x}}b{{/if}}\n", "{\"x\":1}", "a b\n" },
	{ "comment", "{{! a\nlong comment }}\nx{{! y }}\n", "{}", "x\n" },
	{ "long comment", "{{!-- {{#if}} {{x}} --}}\nx\n", "{}", "x\n" },
	{ "unterminated long comment", "{{!-- x }}", "{}", NULL },
	{ "standalone at end", "x\n{{#if a}}\ny\n{{/if}}", "{\"a\":1}", "x\ny\n" },
	{ "unclosed if", "{{#if a}}x", "{}", NULL },
	{ "stray close", "x{{/if}}", "{}", NULL },
	{ "mismatched close", "{{#if a}}x{{/each}}", "{}", NULL },
	{ "unterminated tag", "x {{ y", "{}", NULL },
	{ "else in each", "{{#each a}}x{{else}}y{{/each}}", "{}", NULL },
};

static void
test_render(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(render_cases); i++) {
		g_autoptr(JsonParser) p = json_parser_new();
		g_assert_true(json_parser_load_from_data(p, render_cases[i].vars, -1, NULL));
		JsonObject *vars = json_node_get_object(json_parser_get_root(p));
		g_autoptr(GError) err = NULL;
		g_autofree char *out = st_template_render(render_cases[i].tmpl, vars, &err);
		g_test_message("case %s", render_cases[i].name);
		if (render_cases[i].expect == NULL) {
			g_assert_null(out);
			g_assert_error(err, ST_ACK_ERROR, 1);
		} else {
			g_assert_no_error(err);
			g_assert_cmpstr(out, ==, render_cases[i].expect);
		}
	}
}

static StConfig *
test_config(void)
{
	StConfig *cfg = tu_config();

	g_free(cfg->from_name);
	cfg->from_name = g_strdup("Security team");
	return cfg;
}

static StAttachment *
att(const char *name, const char *type, gint64 size, const char *sha)
{
	StAttachment *a = g_new0(StAttachment, 1);

	a->filename = g_strdup(name);
	a->content_type = g_strdup(type);
	a->size = size;
	g_strlcpy(a->sha256, sha, sizeof a->sha256);
	return a;
}

static char *
body_of(GMimeMessage *m)
{
	GMimeObject *part = g_mime_message_get_mime_part(m);

	g_assert_true(GMIME_IS_TEXT_PART(part));
	g_assert_cmpstr(g_mime_object_get_content_type_parameter(part, "charset"), ==, "utf-8");
	return g_mime_text_part_get_text(GMIME_TEXT_PART(part));
}

/* The raw header block of TEXT (up to the first empty line). */
static char *
header_block(const char *text)
{
	const char *end = strstr(text, "\n\n");

	g_assert_nonnull(end);
	return g_strndup(text, end - text + 1);
}

/* Every header line is ASCII, at most 998 bytes, no bare CR; no Bcc/Cc. */
static void
check_raw_headers(const char *text)
{
	g_autofree char *h = header_block(text);
	g_auto(GStrv) lines = g_strsplit(h, "\n", -1);

	for (char **l = lines; *l; l++) {
		g_assert_cmpuint(strlen(*l), <=, 998);
		g_assert_null(strchr(*l, '\r'));
		for (const char *p = *l; *p; p++)
			g_assert_cmpuint((guchar)*p, <, 0x80);
		g_assert_false(g_ascii_strncasecmp(*l, "Bcc:", 4) == 0);
		g_assert_false(g_ascii_strncasecmp(*l, "Cc:", 3) == 0);
	}
}

/* Compose an ack for SUBJECT with FACTS; reparse; check the fixed headers. */
static GMimeMessage *
compose_checked(const StConfig *cfg, const StRules *rules, const char *subject,
		const StAnalysis *facts, GPtrArray *atts, gboolean followup, char **raw)
{
	g_autoptr(GDateTime) received = g_date_time_new_from_iso8601("2026-11-27T09:58:00Z", NULL);
	StAckInput in = {
		.tracking_id = "SEC-2026-0042",
		.recipient = "<reporter@example.org>",
		.subject = subject,
		.in_reply_to = "report-1@example.org",
		.received = received,
		.facts = facts,
		.attachments = atts,
		.followup = followup,
	};
	g_autoptr(GError) err = NULL;
	g_autofree char *msgid = NULL;
	char *text = st_ack_compose(cfg, rules, &in, &msgid, &err);

	g_assert_no_error(err);
	g_assert_nonnull(text);
	g_assert_nonnull(msgid);
	g_assert_null(strstr(text, "\r"));
	check_raw_headers(text);

	GMimeMessage *m = tu_gmime_parse(text);
	GMimeObject *o = GMIME_OBJECT(m);
	InternetAddressList *to = g_mime_message_get_to(m);
	g_assert_cmpint(internet_address_list_length(to), ==, 1);
	g_assert_cmpstr(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(
		internet_address_list_get_address(to, 0))), ==, "reporter@example.org");
	g_assert_cmpint(internet_address_list_length(g_mime_message_get_cc(m)), ==, 0);
	g_assert_cmpint(internet_address_list_length(g_mime_message_get_bcc(m)), ==, 0);
	InternetAddressList *from = g_mime_message_get_from(m);
	g_assert_cmpint(internet_address_list_length(from), ==, 1);
	InternetAddress *f = internet_address_list_get_address(from, 0);
	g_assert_cmpstr(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(f)), ==,
			"security@superrad.company");
	g_assert_cmpstr(internet_address_get_name(f), ==, "Security team");
	g_assert_cmpstr(g_mime_object_get_header(o, "Auto-Submitted"), ==, "auto-replied");
	g_assert_cmpstr(g_mime_object_get_header(o, ST_AUTO_HEADER), ==, "SEC-2026-0042");
	g_assert_cmpstr(g_mime_object_get_header(o, "In-Reply-To"), ==, "<report-1@example.org>");
	g_assert_cmpstr(g_mime_object_get_header(o, "References"), ==, "<report-1@example.org>");
	g_assert_cmpstr(g_mime_message_get_message_id(m), ==, msgid);
	g_assert_true(g_str_has_suffix(msgid, "@superrad.company"));
	GDateTime *date = g_mime_message_get_date(m);
	g_assert_nonnull(date);
	g_assert_cmpint(g_date_time_to_unix(date), ==, 1795773600); /* NOW */
	if (raw)
		*raw = text;
	else
		g_free(text);
	return m;
}

static const struct {
	const char *name;
	const char *subject;     /* decoded, as parse.c gives it */
	const char *expect;      /* the decoded Subject we write; NULL: check length only */
} subject_cases[] = {
	{ "plain", "Sandbox escape via virtiofs", "[SEC-2026-0042] Re: Sandbox escape via virtiofs" },
	{ "empty", "", "[SEC-2026-0042] Re: your report" },
	{ "null", NULL, "[SEC-2026-0042] Re: your report" },
	{ "CR LF injection", "hello\r\nBcc: victim@example.net\r\nX-Evil: 1",
	  "[SEC-2026-0042] Re: hello Bcc: victim@example.net X-Evil: 1" },
	{ "bare LF and tab", "a\n\tb\x01 c\x7f", "[SEC-2026-0042] Re: a b c" },
	{ "re prefix", "Re: RE: bug", "[SEC-2026-0042] Re: bug" },
	{ "id already there", "Re: [SEC-2026-0042] Re: bug", "[SEC-2026-0042] Re: bug" },
	{ "non-ascii", "S\xc3\xa9" "curit\xc3\xa9 \xe2\x80\x94 \xc3\xa9vasion \xe6\xb2\x99\xe7\xae\xb1",
	  "[SEC-2026-0042] Re: S\xc3\xa9" "curit\xc3\xa9 \xe2\x80\x94 \xc3\xa9vasion \xe6\xb2\x99\xe7\xae\xb1" },
	{ "unicode line separator", "a\xe2\x80\xa8" "Bcc: x@y", "[SEC-2026-0042] Re: a Bcc: x@y" },
	{ "long", NULL, NULL },
	{ "long non-ascii", NULL, NULL },
};

static void
test_subjects(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = test_config();
	g_autoptr(StAnalysis) facts = st_analysis_new();

	for (guint i = 0; i < G_N_ELEMENTS(subject_cases); i++) {
		g_autofree char *subject = g_strdup(subject_cases[i].subject);
		g_test_message("case %s", subject_cases[i].name);
		if (!strcmp(subject_cases[i].name, "long")) {
			g_free(subject);
			subject = g_strnfill(2000, 'x');
		} else if (!strcmp(subject_cases[i].name, "long non-ascii")) {
			GString *s = g_string_new(NULL);
			for (int k = 0; k < 700; k++)
				g_string_append(s, "\xc3\xa9");  /* é, 2 bytes */
			g_free(subject);
			subject = g_string_free(s, FALSE);
		}
		g_autofree char *raw = NULL;
		g_autoptr(GMimeMessage) m = compose_checked(cfg, rules, subject, facts, NULL, FALSE, &raw);
		const char *got = g_mime_message_get_subject(m);
		g_assert_nonnull(got);
		g_assert_true(g_utf8_validate(got, -1, NULL));
		g_assert_true(g_str_has_prefix(got, "[SEC-2026-0042] Re: "));
		for (const char *p = got; *p; p++)
			g_assert_cmpuint((guchar)*p, >=, 0x20);
		if (subject_cases[i].expect)
			g_assert_cmpstr(got, ==, subject_cases[i].expect);
		else
			g_assert_cmpuint(strlen(got), <=, strlen("[SEC-2026-0042] Re: ") + 200);
		if (!g_str_is_ascii(got)) {
			g_autofree char *lower = g_ascii_strdown(raw, -1);
			g_assert_nonnull(strstr(lower, "=?utf-8?"));
		}
		/* Nothing but our headers: the injected names never became headers. */
		g_assert_null(g_mime_object_get_header(GMIME_OBJECT(m), "Bcc"));
		g_assert_null(g_mime_object_get_header(GMIME_OBJECT(m), "X-Evil"));
	}
}

static void
test_ack_body(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = test_config();
	g_autoptr(StAnalysis) facts = st_analysis_new();
	g_autoptr(GPtrArray) atts = g_ptr_array_new_with_free_func((GDestroyNotify)st_attachment_free);
	const char *sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	facts->check[ST_CHECK_DESCRIPTION] = TRUE;
	facts->check[ST_CHECK_POC] = TRUE;
	facts->check[ST_CHECK_PLATFORM] = TRUE;
	facts->os = g_strdup("linux");
	facts->version_evidence = g_strdup("SECRET-REPORT-TEXT");
	facts->klass = g_strdup("sandbox_escape");
	facts->score = 61;
	facts->credit_found = TRUE;
	facts->credit_name = g_strdup("Ada \x1b[31mLovelace");
	facts->credit_link = g_strdup("https://github.com/ada");
	g_ptr_array_add(atts, att("swap.sh", "application/x-sh", 2048, sha));
	g_ptr_array_add(atts, att("evil\x1b]0;x\x07\nname.txt", "text/plain", 10, sha));
	g_ptr_array_add(atts, att(NULL, "image/png", 5 << 20, sha));

	g_autoptr(GMimeMessage) m = compose_checked(cfg, rules, "escape", facts, atts, FALSE, NULL);
	g_autofree char *body = body_of(m);
	const char *const want[] = {
		"SEC-2026-0042", "swap.sh", "2.0 KiB", sha, "(unnamed part)", "5.0 MiB",
		"evil?]0;x??name.txt",
		"[x] A description", "[ ] The microsandbox version", "[ ] Logs",
		"msb --version",            /* the version hint */
		"Triage and severity assessment by: 2026-12-04",  /* received + 7 days */
		"until 2027-02-25",         /* now + 90 days */
		"critical-severity issue: within 30 days", "high-severity issue: within 60 days",
		"Ada ?[31mLovelace (https://github.com/ada)",
		"[SEC-2026-0042]",
	};
	for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
		g_test_message("want %s", want[i]);
		g_assert_nonnull(strstr(body, want[i]));
	}
	static const char *const never[] = {
		"SECRET-REPORT-TEXT", "sandbox_escape", "61", "\x1b", "{{", "uname -a",
	};
	for (guint i = 0; i < G_N_ELEMENTS(never); i++) {
		g_test_message("never %s", never[i]);
		g_assert_null(strstr(body, never[i]));
	}
	g_assert_true(g_utf8_validate(body, -1, NULL));
}


/* The whole path: an encoded-word subject that decodes to CR LF and an
 * attachment name full of controls, parsed by parse.c, then acknowledged. */
static void
test_hostile_parsed(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = test_config();
	static const char raw[] =
		"From: x@example.org\n"
		"To: security@superrad.company\n"
		"Subject: =?utf-8?b?aGVsbG8NCkJjYzogdmljdGltQGV4YW1wbGUubmV0DQpYLUV2aWw6IDE=?=\n"
		"Message-ID: <hostile@example.org>\n"
		"MIME-Version: 1.0\n"
		"Content-Type: multipart/mixed; boundary=b\n"
		"\n"
		"--b\n"
		"Content-Type: text/plain\n"
		"\n"
		"report text\n"
		"--b\n"
		"Content-Type: application/octet-stream\n"
		"Content-Disposition: attachment; filename*=utf-8''evil%1B%5B31m%0D%0ABcc%3A%20x.sh\n"
		"\n"
		"payload\n"
		"--b--\n";
	g_autoptr(StMessage) msg = st_message_parse_data(raw, sizeof raw - 1, cfg);
	g_assert_nonnull(msg);
	g_autoptr(StAnalysis) facts = st_analysis_new();
	g_autofree char *text = NULL;
	g_autoptr(GMimeMessage) m = compose_checked(cfg, rules, msg->subject, facts,
						    msg->attachments, FALSE, &text);
	const char *subject = g_mime_message_get_subject(m);
	g_test_message("subject: %s", subject);
	g_assert_true(g_str_has_prefix(subject, "[SEC-2026-0042] Re: hello"));
	g_assert_nonnull(strstr(subject, "victim@example.net"));
	g_assert_null(g_mime_object_get_header(GMIME_OBJECT(m), "Bcc"));
	g_assert_null(g_mime_object_get_header(GMIME_OBJECT(m), "X-Evil"));
	g_autofree char *body = body_of(m);
	g_assert_null(strstr(body, "\x1b"));
	g_assert_null(strstr(body, "\r"));
	g_assert_null(strstr(body, "\nBcc"));
	g_assert_null(strstr(body, "payload"));
	g_assert_null(strstr(body, "report text"));
	g_assert_true(g_regex_match_simple("^  - evil\\?\\[31m\\?\\?Bcc: x\\.sh \\(", body,
					   G_REGEX_MULTILINE, 0));
}

static const struct {
	const char *name;
	const char *os;
	const char *want;
	const char *never;
} platform_hint_cases[] = {
	{ "macos", "macos", "sw_vers", "uname -a" },
	{ "linux", "linux", "uname -a", "sw_vers" },
	{ "unknown", NULL, "uname -a", NULL },
	{ "unknown has macos too", NULL, "sw_vers", NULL },
};

static void
test_platform_hints(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = test_config();

	for (guint i = 0; i < G_N_ELEMENTS(platform_hint_cases); i++) {
		g_autoptr(StAnalysis) facts = st_analysis_new();
		facts->os = g_strdup(platform_hint_cases[i].os);
		g_autoptr(GMimeMessage) m = compose_checked(cfg, rules, "x", facts, NULL, FALSE, NULL);
		g_autofree char *body = body_of(m);
		g_test_message("case %s", platform_hint_cases[i].name);
		g_assert_nonnull(strstr(body, platform_hint_cases[i].want));
		if (platform_hint_cases[i].never)
			g_assert_null(strstr(body, platform_hint_cases[i].never));
	}
}

static const struct {
	const char *name;
	gboolean found, anonymous;
	const char *want;
} credit_cases[] = {
	{ "anonymous", TRUE, TRUE, "remain anonymous; the advisory will not name you" },
	{ "unstated", FALSE, FALSE, "Tell us the name and link" },
};

static void
test_credit(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = test_config();

	for (guint i = 0; i < G_N_ELEMENTS(credit_cases); i++) {
		g_autoptr(StAnalysis) facts = st_analysis_new();
		facts->credit_found = credit_cases[i].found;
		facts->credit_anonymous = credit_cases[i].anonymous;
		g_autoptr(GMimeMessage) m = compose_checked(cfg, rules, "x", facts, NULL, FALSE, NULL);
		g_autofree char *body = body_of(m);
		g_test_message("case %s", credit_cases[i].name);
		g_assert_nonnull(strstr(body, credit_cases[i].want));
		g_assert_nonnull(strstr(body, "To change this"));
	}
}

/* Facts of an encrypted report (flag HOW: "decrypted" or "decrypt-failed")
 * with a description and a credit name that must stay out of clear text. */
static StAnalysis *
encrypted_facts(const char *how)
{
	StAnalysis *facts = st_analysis_new();

	st_flag_add(facts->flags, "encrypted");
	st_flag_add(facts->flags, how);
	facts->check[ST_CHECK_DESCRIPTION] = TRUE;
	facts->credit_found = TRUE;
	facts->credit_name = g_strdup("Secret Name");
	return facts;
}

/* One attachment whose name gives the report away. */
static GPtrArray *
secret_attachments(void)
{
	GPtrArray *atts = g_ptr_array_new_with_free_func((GDestroyNotify)st_attachment_free);

	g_ptr_array_add(atts, att("exploit-for-cve.tar.gz", "application/gzip", 100,
				  "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
	return atts;
}

static void
test_encrypted(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = test_config();
	g_autoptr(StAnalysis) facts = encrypted_facts("decrypt-failed");  /* must not be echoed */
	g_autoptr(GPtrArray) atts = secret_attachments();
	g_autoptr(GMimeMessage) m = compose_checked(cfg, rules, "x", facts, atts, FALSE, NULL);
	g_autofree char *body = body_of(m);
	g_assert_nonnull(strstr(body, "arrived encrypted"));
	g_assert_null(strstr(body, "exploit-for-cve"));
	g_assert_null(strstr(body, "Secret Name"));
	g_assert_nonnull(strstr(body, "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
	g_assert_null(strstr(body, "[x]"));
	g_assert_null(strstr(body, "What would help"));
	g_assert_nonnull(strstr(body, "SEC-2026-0042"));
}


/* Decrypted: the checklist is answered, but names stay out of clear text. */
static void
test_decrypted(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = test_config();
	g_autoptr(StAnalysis) facts = encrypted_facts("decrypted");
	g_autoptr(GPtrArray) atts = secret_attachments();

	facts->credit_link = g_strdup("https://secret.example");
	g_autoptr(GMimeMessage) m = compose_checked(cfg, rules, "x", facts, atts, FALSE, NULL);
	g_autofree char *body = body_of(m);
	g_assert_null(strstr(body, "arrived encrypted"));
	g_assert_nonnull(strstr(body, "[x] A description"));
	g_assert_null(strstr(body, "exploit-for-cve"));
	g_assert_nonnull(strstr(body, "name withheld"));
	g_assert_null(strstr(body, "Secret Name"));
	g_assert_null(strstr(body, "secret.example"));
	g_assert_nonnull(strstr(body, "the name and link your report gives"));
}

static void
test_followup(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = test_config();
	g_autoptr(StAnalysis) facts = st_analysis_new();

	for (int c = 0; c < ST_CHECK_N; c++)
		facts->check[c] = TRUE;
	{
		g_autoptr(GMimeMessage) m = compose_checked(cfg, rules, "Re: [SEC-2026-0042] bug",
							    facts, NULL, TRUE, NULL);
		g_autofree char *body = body_of(m);
		g_assert_cmpstr(g_mime_message_get_subject(m), ==, "[SEC-2026-0042] Re: bug");
		g_assert_nonnull(strstr(body, "now has everything"));
		g_assert_null(strstr(body, "Still missing"));
	}
	facts->check[ST_CHECK_LOGS] = FALSE;
	{
		g_autoptr(GMimeMessage) m = compose_checked(cfg, rules, "bug", facts, NULL, TRUE, NULL);
		g_autofree char *body = body_of(m);
		g_assert_nonnull(strstr(body, "Still missing"));
		g_assert_nonnull(strstr(body, "Logs, traces or screenshots"));
		g_assert_null(strstr(body, "now has everything"));
	}
}

static const char *const bad_recipients[] = {
	"", "<>", "no-at-sign", "a@b\r\nBcc: c@d", "a b@c", "a@b, c@d", "@b", "a@",
};

static void
test_bad_recipient(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = test_config();
	g_autoptr(StAnalysis) facts = st_analysis_new();

	for (guint i = 0; i < G_N_ELEMENTS(bad_recipients); i++) {
		StAckInput in = { .tracking_id = "SEC-2026-0001", .recipient = bad_recipients[i],
				  .subject = "x", .facts = facts };
		g_autoptr(GError) err = NULL;
		char *mid = (char *)"unset";
		g_autofree char *text = st_ack_compose(cfg, rules, &in, &mid, &err);
		g_assert_null(text);
		g_assert_null(mid);
		g_assert_error(err, ST_ACK_ERROR, 2);
	}
	/* A hostile In-Reply-To is cleaned, not copied. */
	StAckInput in = { .tracking_id = "SEC-2026-0001", .recipient = "r@example.org",
			  .subject = "x", .in_reply_to = "a@b>\r\nBcc: <c@d", .facts = facts };
	g_autoptr(GError) err = NULL;
	g_autofree char *text = st_ack_compose(cfg, rules, &in, NULL, &err);
	g_assert_no_error(err);
	g_autoptr(GMimeMessage) m = tu_gmime_parse(text);
	g_assert_true(g_regex_match_simple("^In-Reply-To: <[!-;=?-~]+>$", text,
					   G_REGEX_MULTILINE, 0));
	g_assert_null(g_mime_object_get_header(GMIME_OBJECT(m), "Bcc"));
}

static const struct {
	const char *state;
	const char *key, *value;  /* one extra var */
	const char *want;         /* NULL: an error */
} notice_cases[] = {
	{ "triaged", "severity", "high", "severity as: high" },
	{ "fixing", "severity", "critical", "in progress" },
	{ "fixed", NULL, NULL, "has shipped" },
	{ "published", "advisory_url", "https://github.com/superradcompany/microsandbox/security/advisories/GHSA-x",
	  "GHSA-x" },
	{ "closed", "resolution", "out-of-scope", "Resolution: out-of-scope" },
	{ "closed", "duplicate_of", "SEC-2026-0007", "earlier report (SEC-2026-0007)" },
	{ "new", NULL, NULL, NULL },
	{ "../ack", NULL, NULL, NULL },
	{ "", NULL, NULL, NULL },
};

static void
test_notices(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	g_autoptr(StConfig) cfg = test_config();

	for (guint i = 0; i < G_N_ELEMENTS(notice_cases); i++) {
		g_autoptr(GHashTable) vars = g_hash_table_new(g_str_hash, g_str_equal);
		g_autoptr(GError) err = NULL;
		g_autofree char *mid = NULL;
		if (notice_cases[i].key)
			g_hash_table_insert(vars, (char *)notice_cases[i].key, (char *)notice_cases[i].value);
		g_autofree char *text = st_notice_compose(cfg, rules, notice_cases[i].state,
							  "SEC-2026-0042", "reporter@example.org",
							  "Re: bug", "report-1@example.org", vars,
							  &mid, &err);
		g_test_message("case %s", notice_cases[i].state);
		if (notice_cases[i].want == NULL) {
			g_assert_null(text);
			g_assert_error(err, ST_ACK_ERROR, 3);
			continue;
		}
		g_assert_no_error(err);
		check_raw_headers(text);
		g_autoptr(GMimeMessage) m = tu_gmime_parse(text);
		g_autofree char *body = body_of(m);
		g_assert_cmpstr(g_mime_message_get_subject(m), ==, "[SEC-2026-0042] Re: bug");
		g_assert_cmpstr(g_mime_object_get_header(GMIME_OBJECT(m), "Auto-Submitted"), ==, "auto-replied");
		g_assert_cmpstr(g_mime_object_get_header(GMIME_OBJECT(m), ST_AUTO_HEADER), ==, "SEC-2026-0042");
		g_assert_cmpstr(g_mime_message_get_message_id(m), ==, mid);
		g_assert_nonnull(strstr(body, notice_cases[i].want));
		g_assert_nonnull(strstr(body, "2026-11-27"));
		g_assert_null(strstr(body, "{{"));
	}
}

/* Every template in rules/templates parses (a maintainer's typo fails here). */
static void
test_templates_parse(void)
{
	g_autoptr(StRules) rules = tu_repo_rules();
	static const char *const names[] = {
		"ack.txt", "followup.txt", "notice-triaged.txt", "notice-fixing.txt",
		"notice-fixed.txt", "notice-published.txt", "notice-closed.txt",
	};

	for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
		const char *t = st_rules_template(rules, names[i]);
		g_autoptr(GError) err = NULL;
		g_test_message("template %s", names[i]);
		g_assert_nonnull(t);
		g_autofree char *out = st_template_render(t, NULL, &err);
		g_assert_no_error(err);
		g_assert_null(strstr(out, "{{"));
	}
}

int
main(int argc, char **argv)
{
	g_setenv("ST_NOW", NOW, TRUE);
	g_setenv("LC_ALL", "C", TRUE);
	g_test_init(&argc, &argv, NULL);
	st_init();
	g_test_add_func("/ack/render", test_render);
	g_test_add_func("/ack/templates-parse", test_templates_parse);
	g_test_add_func("/ack/subjects", test_subjects);
	g_test_add_func("/ack/body", test_ack_body);
	g_test_add_func("/ack/hostile-parsed", test_hostile_parsed);
	g_test_add_func("/ack/platform-hints", test_platform_hints);
	g_test_add_func("/ack/credit", test_credit);
	g_test_add_func("/ack/encrypted", test_encrypted);
	g_test_add_func("/ack/decrypted", test_decrypted);
	g_test_add_func("/ack/followup", test_followup);
	g_test_add_func("/ack/bad-recipient", test_bad_recipient);
	g_test_add_func("/ack/notices", test_notices);
	return g_test_run();
}
