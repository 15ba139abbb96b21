/*
 * extract.c — facts from the text and attachments of a report: the driver
 * (st_extract), the checklist over the body and the report documents it
 * attaches (checklist_on), the credit asked for in those documents and
 * "exploited in the wild".  The checklist items are read in extract_poc.c,
 * extract_logs.c and extract_desc.c, a mail that reports nothing in
 * extract_nonreport.c; the text as typed lines is extract_lines.c (with
 * extract_lines_items_heredocs.c), attachment roles extract_roles.c, the rule-matching helpers shared by the
 * extract*.c files extract_match.c (all through extract_int.h).
 *
 * Everything that decides what counts (patterns, keywords, thresholds) is in
 * rules/extract.rules; these files hold the mechanism.  Text is never
 * executed or written anywhere; all work is bounded by the size of the text
 * (which parse.c bounds) and the number of rule patterns.
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* ------------------------------------------------------------ checklist */

void
st_x_set_check(StAnalysis *a, StCheck c, char *evidence)
{
	a->check[c] = TRUE;
	g_free(a->check_evidence[c]);
	a->check_evidence[c] = evidence;
}

/* Is ATT a report written as a document ("full report attached:
 * report.md")?  It has text, and is named as DOC ([checklist.document])
 * says and neither a PoC nor a screenshot, or its text is the report
 * under a short body (att->document, extract_roles.c). */
gboolean
st_x_report_document(const StRuleGroup *doc, const StAttachment *att)
{
	if (att->text != NULL && att->document)
		return TRUE;
	return att->text != NULL && att->filename != NULL &&
	       (att->role == ST_ROLE_OTHER || att->role == ST_ROLE_LOG) &&
	       st_x_any(doc, att->filename);
}

/* st_x_report_document, or a document of a [checklist.document.pointed] name
 * when MSG's body points to an attached document as the report
 * ([checklist.document.pointer]: "write-up attached as a Word document"). */
static gboolean
pointed_document(const StRules *rules, const StMessage *msg, const StRuleGroup *doc,
		 const StAttachment *att)
{
	if (st_x_report_document(doc, att))
		return TRUE;
	if (att->text == NULL || att->filename == NULL ||
	    !(att->role == ST_ROLE_OTHER || att->role == ST_ROLE_LOG) ||
	    !st_x_any(st_x_grp(rules, "checklist.document.pointed"), att->filename))
		return FALSE;
	return st_x_any(st_x_grp(rules, "checklist.document.pointer"), msg->body_text);
}

/* A report written in an attached document (st_x_report_document) is read
 * like the body for the items the body lacks.  At most [extract]
 * max_attachments attachments are looked at. */
static void
checklist_documents(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	const StRuleGroup *doc = st_x_grp(rules, "checklist.document");
	guint max = (guint)st_rules_get_int(rules, "extract", "max_attachments", 32);
	gint denied = -1;   /* the body says there is no PoC; -1: not read yet */

	for (guint i = 0; doc && msg->attachments && i < msg->attachments->len && i < max; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (a->check[ST_CHECK_DESCRIPTION] && a->check[ST_CHECK_POC] && a->check[ST_CHECK_LOGS])
			return;
		if (!pointed_document(rules, msg, doc, att))
			continue;
		g_autofree char *t = st_x_prepare(rules, att->text, TRUE, NULL, NULL);
		Lines dl;
		st_x_lines_init(&dl, rules, t);
		/* "We have not built a proof of concept" in the body over a
		 * review's write-up: the code it quotes is the source (3890);
		 * the body is read for it once, at the first document */
		if (denied < 0)
			denied = st_x_any(st_x_grp(rules, "poc.denied"), msg->body_text);
		dl.denied = denied;
		if (!a->check[ST_CHECK_POC])
			st_x_check_poc(&dl, NULL, a);
		if (!a->check[ST_CHECK_LOGS])
			st_x_check_logs(&dl, NULL, a);
		if (!a->check[ST_CHECK_DESCRIPTION])
			st_x_check_description(&dl, msg, NULL, a);
		st_x_lines_clear(&dl);
	}
}

/* A report written in an attached document (st_x_report_document) asks
 * for credit there when the body does not: the first document that holds a
 * request or a wish to stay anonymous gives it. */
static void
credit_documents(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	const StRuleGroup *doc = st_x_grp(rules, "checklist.document");
	guint max = (guint)st_rules_get_int(rules, "extract", "max_attachments", 32);

	for (guint i = 0; doc && msg->attachments && i < msg->attachments->len && i < max; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (!pointed_document(rules, msg, doc, att))
			continue;
		g_autofree char *t = st_x_prepare(rules, att->text, FALSE, NULL, NULL);
		st_extract_credit(rules, t, a);
		if (a->credit_found)
			return;
	}
}

/* The attachments read through a converter, by the name its rules group
 * matches or by content type: a PDF's or a .docx's text when the part
 * has none, an asciinema recording's transcript in place of its JSON
 * lines.  The attachments own the texts. */
static const struct {
	const char *group, *type;
	gboolean replace;     /* over a text the part was read as */
	char *(*text)(const StRules *rules, GBytes *content);
} converters[] = {
	{ "extract.pdf", "application/pdf", FALSE, st_x_pdf_text },
	{ "extract.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FALSE,
	  st_x_docx_text },
	{ "extract.cast", "application/x-asciicast", TRUE, st_x_cast_text },
};

static void
attachments_as_text(const StRules *rules, const StMessage *msg)
{
	guint max = (guint)st_rules_get_int(rules, "extract", "max_attachments", 32);

	for (gsize c = 0; c < G_N_ELEMENTS(converters); c++) {
		const StRuleGroup *g = st_x_grp(rules, converters[c].group);
		for (guint i = 0; g && msg->attachments && i < msg->attachments->len && i < max; i++) {
			StAttachment *att = g_ptr_array_index(msg->attachments, i);
			if (att->content == NULL || (att->text != NULL && !converters[c].replace))
				continue;
			if (!(att->filename && st_x_any(g, att->filename)) &&
			    !(att->content_type && g_ascii_strcasecmp(att->content_type, converters[c].type) == 0))
				continue;
			char *t = converters[c].text(rules, att->content);
			if (t != NULL || !converters[c].replace) {
				g_free(att->text);
				att->text = t;
			}
		}
	}
}

/* The checklist over TEXT, MSG's body as st_x_prepare(keep quoted, drop
 * quote.ours, reply headers of quote.header) gives it.  BP (when not NULL):
 * the prose the reports-nothing reading reads, from the same typed lines. */
static void
checklist_on(const StRules *rules, const StMessage *msg, char *text, StAnalysis *a,
	     StXBodyProse *bp)
{
	Lines ls;

	st_x_set_roles(rules, msg);
	/* after the roles: a PDF or a .docx is a document, not a script or a log */
	attachments_as_text(rules, msg);
	/* a reply to our mail ([followup]: our tracking id in the subject)
	 * has the subject we sent, the report's topic echoed back: the
	 * reply's description is in what it says itself */
	const StRuleGroup *followup = st_x_grp(rules, "followup");
	const char *subject = msg->subject;
	if (subject != NULL && followup != NULL && st_rule_match(followup, subject, NULL, NULL))
		subject = NULL;
	st_x_lines_init(&ls, rules, text);
	/* the lines as st_x_lines_init typed them, before any check reads them */
	if (bp != NULL)
		bp->prose = st_x_description_prose(&ls, msg->subject, &bp->body_at, &bp->whole);
	st_x_check_poc(&ls, msg, a);
	st_x_check_logs(&ls, msg, a);
	st_x_check_description(&ls, msg, subject, a);
	st_x_lines_clear(&ls);
	checklist_documents(rules, msg, a);
	st_x_archive_checklist(rules, msg, a);
}

void
st_extract_checklist(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	if (rules == NULL || msg == NULL || a == NULL)
		return;
	g_autofree char *text = st_x_prepare(rules, msg->body_text, TRUE, st_x_grp(rules, "quote.ours"),
					     st_x_grp(rules, "quote.header"));
	checklist_on(rules, msg, text, a, NULL);
}

/* ------------------------------------------------------------ driver */

static void
extract_exploited(const StRules *rules, const char *text, StAnalysis *a)
{
	StXHit h;
	g_autoptr(StScan) scan = st_scan_new(rules, text, -1);
	if (!st_x_find_in(st_x_grp(rules, "exploited"), st_x_grp(rules, "exploited.not"), scan, text, NULL, &h))
		return;
	a->exploited = TRUE;
	g_free(a->exploited_evidence);
	a->exploited_evidence = st_x_evidence(text, h.start);
	st_x_hit_clear(&h);
}

static void platform_fill_from(const StAnalysis *r, StAnalysis *a);

/* The host fields A lacks from a crash report TEXT the system wrote
 * ("Version and OS are in the crash report": its "os_version"), when it
 * names the same system as A; the fields A has stay. */
static void
platform_fill(const StRules *rules, const char *text, StAnalysis *a)
{
	g_autoptr(StAnalysis) r = st_analysis_new();

	st_extract_platform(rules, text, r);
	platform_fill_from(r, a);
}

/* The host fields A lacks from R, another reading's, when R names the same
 * operating system; the fields A has stay, R's evidence is added to A's. */
static void
platform_fill_from(const StAnalysis *r, StAnalysis *a)
{
	if (r->os == NULL || g_strcmp0(r->os, a->os) != 0)
		return;
	char **fields[] = { &a->distro, &a->kernel, &a->macos_version, &a->chip };
	char *const from[] = { r->distro, r->kernel, r->macos_version, r->chip };
	gboolean any = FALSE;
	for (gsize i = 0; i < G_N_ELEMENTS(fields); i++) {
		if (*fields[i] != NULL || from[i] == NULL)
			continue;
		st_set(fields[i], from[i]);
		any = TRUE;
	}
	if (any && r->platform_evidence) {
		g_autofree char *ev = a->platform_evidence ?
			g_strconcat(a->platform_evidence, " | ", r->platform_evidence, NULL) :
			g_strdup(r->platform_evidence);
		st_set(&a->platform_evidence, ev);
	}
}

/* The host a Subject names ("[Debian 12, 6.1.0-28-amd64] local root via
 * ...", "escape on macOS 15.1 / M3"): a writer who puts the environment
 * there may say nothing more about it in the body.  The body and the
 * attachments come first: a Subject gives the platform when they give
 * none, and fills the fields they lack when it names the same system. */
static void
subject_platform(const StRules *rules, const char *subject, StAnalysis *a)
{
	if (subject == NULL || *subject == '\0' || st_platform_complete(a))
		return;
	if (a->os == NULL)
		st_extract_platform(rules, subject, a);
	else
		platform_fill(rules, subject, a);
}

/* Textual attachments fill the version and host A's body lacks (a PoC
 * script's contents say nothing about the reporter's host), and so do the
 * notes in an attached archive (a README beside the PoC), a crash
 * report's host fields and a host's own record of its system in an
 * attached text that is no PoC ([platform.host-log]: the kernel's boot
 * banner in its journal, 1413; `uname -r` at the prompt that runs msb, a
 * log or only the environment commands, 1969) (platform_fill); only the
 * first MAX_ATT. */
static void
attachments_on(const StRules *rules, const StMessage *msg, guint max_att, StAnalysis *a)
{
	for (guint i = 0; msg->attachments && i < msg->attachments->len && i < max_att; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		gboolean want = a->version == NULL || a->os == NULL || !st_platform_complete(a);
		g_autofree char *notes = att->text == NULL && want ?
			st_x_archive_text(rules, att) : NULL;
		/* a text file sent as application/octet-stream (a crash report) */
		g_autofree char *raw = att->text == NULL && notes == NULL && want ?
			st_x_attachment_text(rules, att) : NULL;
		const char *from = notes ? notes : att->text ? att->text : raw;
		if (from == NULL)
			continue;
		g_autofree char *t = st_x_prepare(rules, from, TRUE, NULL, NULL);
		if (a->version == NULL)
			st_extract_version(rules, t, a);
		if (!notes && att->role == ST_ROLE_POC)
			continue;  /* a script names no host */
		if (a->os == NULL)
			st_extract_platform(rules, t, a);
		/* (an archive of the writer's run, its script and transcript,
		 * fills the half the body left out, as a host's log does: 2554) */
		else if (!st_platform_complete(a) &&
			 (notes || st_x_crash_report(rules, NULL, t) ||
			  st_x_any_in(st_rules_group(rules, "platform.host-log"), NULL, t)))
			platform_fill(rules, t, a);
	}
}

/* The alt texts of the images of the HTML alternative the body was not
 * read from (MSG's html_alt): a screenshot's words the plain part lost
 * ("Terminal on macOS 14.6.1: ...") fill the version and host the text
 * lacks, before the attachments do, as the writer's own words. */
static void
image_alt_on(const StRules *rules, const StMessage *msg, StAnalysis *a)
{
	if (msg->html_alt == NULL || (a->version != NULL && st_platform_complete(a)))
		return;
	g_autofree char *t = st_x_prepare(rules, msg->html_alt, TRUE, NULL, NULL);
	if (a->version == NULL)
		st_extract_version(rules, t, a);
	if (a->os == NULL)
		st_extract_platform(rules, t, a);
	else if (!st_platform_complete(a))
		platform_fill(rules, t, a);
}

/* The version none of the texts gave: the Subject's, then, last, the name
 * the writer gave a file ("msb-0.10.9-shadow.png", 2449): a screenshot
 * shows the version the writer ran only as pixels, and they named the
 * file after it.  Only the first MAX_ATT attachments. */
static void
version_last(const StRules *rules, const StMessage *msg, guint max_att, StAnalysis *a)
{
	if (a->version == NULL && msg->subject)
		st_extract_version(rules, msg->subject, a);
	for (guint i = 0; a->version == NULL && msg->attachments &&
	     i < msg->attachments->len && i < max_att; i++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, i);
		st_x_version_file_name(rules, att->filename, a);
	}
}

/* The cover note above a forwarded message in BODY (an attached
 * message/rfc822, a "Forwarded message" line: st_x_quote_cover), or NULL;
 * a forward's opening is a reply header: none.  *DEFERS: the note defers
 * to the write-up's environment, its own run an aside
 * ([version.cover-defers]: "Her environment and output are in her mail;
 * mine above is only to say it reproduces", "For what it's worth, I tried
 * the same thing ... msb 0.12.1", "We tried to reproduce it on one of our
 * hosts (msb 0.12.1 on RHEL 9.4) and it did not ..."; rounds 226, 232,
 * 258): then neither its release nor its host is the report's. */
static char *
cover_note(const StRules *rules, StXQuote *body, gboolean *defers)
{
	char *cover = st_x_quote_any(body) ? st_x_quote_cover(body) : NULL;

	*defers = cover != NULL && st_x_any(st_rules_group(rules, "version.cover-defers"), cover);
	return cover;
}

/* COVER, a note that defers (cover_note), without its paragraphs that
 * defer: what it still says of the affected system when the message it
 * passes on names none ("The two login nodes (login1, login2) run Rocky
 * Linux 9" above "For what it is worth, I tried her command on my own
 * Ubuntu 24.04 VM ..."; 3131).  Returns a new string. */
static char *
cover_undeferred(const StRules *rules, const char *cover)
{
	const StRuleGroup *defer = st_rules_group(rules, "version.cover-defers");
	g_auto(GStrv) paras = g_regex_split_simple("\\n[ \\t]*\\n", cover, 0, 0);
	GString *rest = g_string_new(NULL);

	for (char **p = paras; p && *p; p++)
		if (!st_x_any(defer, *p))
			g_string_append_printf(rest, "%s\n\n", *p);
	return g_string_free(rest, FALSE);
}

/* S past COVER when S starts with it (a deferring note's text is not
 * read for the environment), else S; NULL stays NULL. */
static const char *
past_cover(const char *s, const char *cover)
{
	return s != NULL && cover != NULL && g_str_has_prefix(s, cover) ? s + strlen(cover) : s;
}

/* The version of the body: the reporter's new text OWN first, then TEXT,
 * the same with what it quotes (NULL when it quotes nothing); and COVER,
 * the note above a forwarded message (cover_note; NULL for none or for
 * one that defers, whose text OWN and TEXT then no longer hold), before
 * the message it passes on: the writer's newest word, a release they
 * retested on since ("we upgraded our hosts to msb 0.11.1 and re-ran
 * it"), outranks the older write-up's.  Only a version the note does not
 * set aside: one that only rules a release out leaves the write-up's. */
static void
version_on(const StRules *rules, const char *cover, const char *own, const char *text, StAnalysis *a)
{
	if (cover != NULL)
		st_x_version_firm(rules, cover, a);
	if (a->version == NULL)
		st_extract_version(rules, own, a);
	if (a->version == NULL && text != NULL)
		st_extract_version(rules, text, a);
}

/* The end of the line P is in: its newline or the text's end. */
static const char *
line_end(const char *p)
{
	const char *e = strchr(p, '\n');
	return e ? e : p + strlen(p);
}

/* Is the line [LS, LE) of BODY a reply header ([quote.header]), read alone
 * and joined with the line before or after it (a wrapped attribution)?
 * With NO_ADDR, a reading that holds an address is not taken: the header
 * was found by the writer's name, and an address there is someone else's
 * (the writer's own was looked for first). */
static gboolean
header_line(const StRuleGroup *header, const char *body, const char *ls, const char *le, gboolean no_addr)
{
	const char *ps = ls > body ? ls - 1 : ls;
	while (ps > body && ps[-1] != '\n')
		ps--;
	const char *ne = *le ? line_end(le + 1) : le;
	const char *spans[][2] = { { ls, le }, { ps, le }, { ls, ne } };
	for (gsize i = 0; i < G_N_ELEMENTS(spans); i++) {
		g_autofree char *line = g_strndup(spans[i][0], spans[i][1] - spans[i][0]);
		if (no_addr && strchr(line, '@') != NULL)
			continue;
		g_strdelimit(line, "\n", ' ');
		if (st_x_any_in(header, NULL, line))
			return TRUE;
	}
	return FALSE;
}

/* Does MSG's body quote a mail of its own sender: a reply header
 * ([quote.header]: "On DATE, NAME <ADDR> wrote:", "From: NAME <ADDR>" over
 * "Sent:") naming the From address (header_line), or, with no address in
 * it, the From display name whole ("Il 29/09/28 18:47, NAME ha scritto:",
 * as Thunderbird and Apple Mail write it): not a name that goes on into a
 * longer one ("Ann" is not "Ann Example"), compared without ASCII case
 * (1596)? */
static gboolean
quotes_writer(const StRules *rules, const StMessage *msg)
{
	const StRuleGroup *header = st_x_grp(rules, "quote.header");
	const char *body = msg->body_text;

	const char *at = msg->from_addr ? strchr(msg->from_addr, '@') : NULL;
	if (header == NULL || body == NULL || at == NULL)
		return FALSE;
	gsize alen = strlen(msg->from_addr), local = (gsize)(at - msg->from_addr);
	for (const char *p = body; (p = strchr(p, '@')) != NULL; p++) {
		/* the address around this "@", compared without case */
		const char *ls = p;
		while (ls > body && ls[-1] != '\n')
			ls--;
		if ((gsize)(p - ls) < local || g_ascii_strncasecmp(p - local, msg->from_addr, alen) != 0)
			continue;
		if (header_line(header, body, ls, line_end(p), FALSE))
			return TRUE;
	}
	const char *name = msg->from_name;
	gsize nlen = name ? strlen(name) : 0;
	if (nlen < 2 || strchr(name, '@') != NULL)
		return FALSE;
	for (const char *p = body; *p; p++) {
		if (g_ascii_strncasecmp(p, name, nlen) != 0 ||
		    (p > body && (g_ascii_isalnum(p[-1]) || ((guchar)p[-1] & 0x80))))
			continue;
		const char *q = p + nlen;
		if (g_ascii_isalnum(*q) || ((guchar)*q & 0x80))
			continue;
		/* "Ann" in "Ann Example wrote:" is someone else */
		while (*q == ' ' || *q == '\t')
			q++;
		if (g_ascii_isupper(*q))
			continue;
		const char *ls = p;
		while (ls > body && ls[-1] != '\n')
			ls--;
		if (header_line(header, body, ls, line_end(p), TRUE))
			return TRUE;
	}
	return FALSE;
}

/* Does BODY, after it names NAME (up to CARD_WINDOW bytes of its
 * paragraph, a line end in between or not), point to an attached card for
 * the link ([credit.card])? */
#define CARD_WINDOW 200

static gboolean
points_to_card(const StRules *rules, const char *body, const char *name)
{
	const char *at = body && name ? strstr(body, name) : NULL;
	if (at == NULL)
		return FALSE;
	at += strlen(name);
	gsize n = strnlen(at, CARD_WINDOW);
	const char *stop = g_strstr_len(at, (gssize)n, "\n\n");
	g_autofree char *rest = g_strndup(at, stop ? (gsize)(stop - at) : n);
	return st_x_any_in(st_rules_group(rules, "credit.card"), NULL, rest);
}

/* The URL property of ATT when it is a vCard (text/vcard, text/x-vcard, a
 * .vcf): "URL;HOME:https://..." or "URL:https://...", the first one that
 * is a web address.  NULL when none; g_free(). */
static char *
card_url(const StAttachment *att)
{
	const char *ct = att->content_type ? att->content_type : "";
	if (att->text == NULL ||
	    (g_ascii_strcasecmp(ct, "text/vcard") != 0 && g_ascii_strcasecmp(ct, "text/x-vcard") != 0 &&
	     g_ascii_strcasecmp(ct, "text/directory") != 0 &&
	     !(att->filename && g_str_has_suffix(att->filename, ".vcf"))))
		return NULL;
	g_auto(GStrv) lines = g_strsplit(att->text, "\n", -1);
	for (guint i = 0; lines[i] != NULL; i++) {
		const char *l = lines[i];
		const char *colon = strchr(l, ':');
		if (g_ascii_strncasecmp(l, "URL", 3) != 0 || (l[3] != ':' && l[3] != ';') || colon == NULL)
			continue;
		g_autofree char *v = g_strstrip(g_strdup(colon + 1));
		if (g_str_has_prefix(v, "http://") || g_str_has_prefix(v, "https://"))
			return g_steal_pointer(&v);
	}
	return NULL;
}

/* A credit name the mail gives without its link ("Please credit ACME
 * Security as in the file") takes the link an attached text gives after
 * the same name on its line ("ACME Security, https://..."), whatever role
 * the attachment plays (1376); only the first MAX_ATT attachments. */
static void
credit_link_attached(const StRules *rules, const StMessage *msg, guint max_att, StAnalysis *a)
{
	const StRuleGroup *links = st_rules_group(rules, "credit.link");
	const char *name = a->credit_name;
	gsize n = name ? strlen(name) : 0;

	if (links == NULL || n == 0 || a->credit_link != NULL || a->credit_anonymous ||
	    (a->credit_evidence && st_x_any_in(st_rules_group(rules, "credit.no-link"), NULL, a->credit_evidence)))
		return;
	/* the link asked to be taken from the writer's attached card ("as the
	 * link, the site on my business card (attached)"; [credit.card], 2618) */
	if (points_to_card(rules, msg->body_text, name))
		for (guint i = 0; msg->attachments && i < msg->attachments->len && i < max_att; i++) {
			char *link = card_url(g_ptr_array_index(msg->attachments, i));
			if (link != NULL) {
				a->credit_link = link;
				return;
			}
		}
	for (guint i = 0; msg->attachments && i < msg->attachments->len && i < max_att; i++) {
		StAttachment *att = g_ptr_array_index(msg->attachments, i);
		for (const char *p = att->text; p != NULL && *p; p++) {
			if (g_ascii_strncasecmp(p, name, n) != 0 ||
			    (p > att->text && (g_ascii_isalnum(p[-1]) || ((guchar)p[-1] & 0x80))))
				continue;
			/* the rest of its line, the link straight after the name */
			const char *q = p + n;
			while (*q == ',' || *q == ' ' || *q == '\t' || *q == '-' || *q == ':' || *q == '(' ||
			       *q == '<')
				q++;
			if (!g_str_has_prefix(q, "http"))
				continue;
			g_autofree char *rest = g_strndup(q, line_end(q) - q);
			char *link = st_xc_first_link(links, NULL, rest);
			if (link != NULL) {
				g_free(a->credit_link);
				a->credit_link = link;
				return;
			}
		}
	}
}

/* Does the display NAME name someone: two letters at least ("C" or "C."
 * alone, an initial, names no one to print in an advisory)? */
static gboolean
display_name_ok(const char *name)
{
	guint letters = 0;
	for (const char *p = name; p && *p && letters < 2; p = g_utf8_next_char(p))
		if (g_unichar_isalpha(g_utf8_get_char(p)))
			letters++;
	return letters >= 2;
}

/* A credit request found, completed: the sender's display name when it
 * gives none (when it names someone: display_name_ok), a link from an
 * attachment (credit_link_attached), and whether it is asked only if the
 * report is confirmed (a withdrawal later in the thread takes it back:
 * st_analysis_merge). */
static void
credit_complete(const StRules *rules, const StMessage *msg, guint max_att, StAnalysis *a)
{
	if (!a->credit_anonymous && a->credit_name == NULL && display_name_ok(msg->from_name))
		st_set(&a->credit_name, msg->from_name);
	credit_link_attached(rules, msg, max_att, a);
	if (!a->credit_anonymous && a->credit_evidence != NULL)
		a->credit_conditional = st_x_any_in(st_rules_group(rules, "credit.conditional"), NULL,
						    a->credit_evidence);
}

/* A reply that continues the writer's own report gives half of the host
 * ("forgot: it's 0.12.0, fedora 41") and the report it quotes the other
 * half (its `uname -r` in the quoted history, 2504), or a coordinator
 * names the release it reproduced on above the finder's quoted report that
 * gives both (2527): the host of the one report, both halves, when the
 * quoted text names the same operating system and nothing of it
 * contradicts what the writer says (a distribution or a macOS release
 * named differently is another machine).  Our own mail quoted back is not
 * in TEXT. */
static void
platform_half_quoted(const StRules *rules, const char *text, StAnalysis *a)
{
	g_autoptr(StAnalysis) q = st_analysis_new();

	st_extract_platform(rules, text, q);
	/* the distribution's name, the macOS release's major number */
	const char *mine[] = { a->distro, a->macos_version };
	const char *theirs[] = { q->distro, q->macos_version };
	for (gsize i = 0; i < G_N_ELEMENTS(mine); i++)
		if (mine[i] != NULL && theirs[i] != NULL &&
		    g_ascii_strncasecmp(mine[i], theirs[i], strcspn(mine[i], " .")) != 0)
			return;
	platform_fill_from(q, a);
}

/* The host of the writer's own text OWN into A.  A correction further on
 * in the same text ([revise.correct]: "PS, Korrektur zur ,,Umgebung``
 * ganz oben: Quatsch, das ist der Rechner, auf dem ich diese Mail
 * schreibe. Betroffen ist ... ein Debian 12", 3755) that names another
 * system than the text as a whole gives the host in place of the one
 * named above it: the platform is what the text gives from the correction
 * on.  One that names the same system (a version corrected "on this
 * MacBook", 3751) leaves the whole text's. */
static void
platform_own(const StRules *rules, const char *own, StAnalysis *a)
{
	StXHit h;
	g_autoptr(StScan) scan = st_scan_new(rules, own, -1);

	if (st_x_find_in(st_x_grp(rules, "revise.correct"), NULL, scan, own, NULL, &h)) {
		gint at = h.start;
		st_x_hit_clear(&h);
		g_autoptr(StAnalysis) c = st_analysis_new();
		g_autoptr(StAnalysis) w = st_analysis_new();
		if (at > 0) {
			st_extract_platform(rules, own + at, c);
			if (c->os != NULL)
				st_extract_platform(rules, own, w);
		}
		if (c->os != NULL && w->os != NULL && strcmp(c->os, w->os) != 0) {
			st_extract_platform(rules, own + at, a);
			return;
		}
	}
	st_extract_platform(rules, own, a);
}

/* The credit TEXT asks for by name (st_extract_credit read over TEXT),
 * set in A in place of what A holds; FALSE, A unchanged, when TEXT names
 * no one or declines. */
static gboolean
credit_named_in(const StRules *rules, const char *text, StAnalysis *a)
{
	g_autoptr(StAnalysis) whole = st_analysis_new();
	whole->msg = a->msg;
	st_extract_credit(rules, text, whole);
	whole->msg = NULL;
	if (!whole->credit_found || whole->credit_anonymous || whole->credit_name == NULL)
		return FALSE;
	st_xc_set_credit(a, FALSE, whole->credit_name, whole->credit_link,
			 g_steal_pointer(&whole->credit_evidence));
	a->credit_conditional = whole->credit_conditional;
	return TRUE;
}

/* The writer points at the credit asked for in the mail quoted below
 * ([credit.defer]: "the credit should go to Marcus as he wrote", "Nennung
 * bitte wie beim ersten Bericht"; 3667, 3668): the name asked for there,
 * read in TEXT (the body with quotes), else in the whole body with our
 * quoted answer too (the writer's first report quoted in ours), replaces
 * what A holds.  A decline of the writer's own then stands for the
 * writer alone. */
static void
credit_deferred(const StRules *rules, StXQuote *body, const char *text, StAnalysis *a)
{
	if (credit_named_in(rules, text, a))
		return;
	g_autofree char *all = st_x_quote_prepare(body, TRUE, NULL, FALSE);
	if (all != NULL && strcmp(all, text) != 0)
		credit_named_in(rules, all, a);
}

/* The credit the mail asks for: the writer's own text first, then the
 * attached documents and archives, an answer to a credit question, a
 * quoted original that is the writer's own or someone else's words the
 * writer pasted, and last the sign-off.  TEXT is the body with quotes,
 * OWN_COPY the writer's own part (NULL: TEXT has no quotes). */
static void
credit_on(const StRules *rules, const StMessage *msg, StXQuote *body, const char *text,
	  const char *own_copy, guint max_att, StAnalysis *a)
{
	const char *own = own_copy ? own_copy : text;
	gboolean quotes = strcmp(own, text) != 0;

	st_extract_credit(rules, own, a);
	/* a decline of the writer's own beside someone else's words the
	 * writer says they pasted as they came ([credit.pasted]: "Her
	 * original post, in full:" over "> ... please credit NAME", then "No
	 * need to mention Kiln or me anywhere"; 3411): read with the pasted
	 * words, the request there is the finder's and the decline the
	 * writer's alone (st_extract_credit, writer_declines_for_self); so is
	 * a relayer's wish for a mention of itself beside the finder's own
	 * request in the report it quotes as submitted ("----- Researcher's
	 * report (quoted as submitted) -----" over "> - Credit: ... please
	 * credit me as NAME (URL)", then "Bountyloop would appreciate a
	 * mention of Bountyloop Disclosure Assistance"; 4292) */
	if (a->credit_found && quotes && st_x_any(st_rules_group(rules, "credit.pasted"), own))
		credit_named_in(rules, text, a);
	if ((!a->credit_found || a->credit_anonymous) && st_x_any(st_rules_group(rules, "credit.defer"), own))
		credit_deferred(rules, body, text, a);
	if (!a->credit_found)
		credit_documents(rules, msg, a);
	if (!a->credit_found)
		st_x_archive_credit(rules, msg, a);
	if (!a->credit_found) {
		/* an answer to a credit question, ours quoted back included */
		g_autofree char *all = own_copy ? st_x_quote_prepare(body, TRUE, NULL, FALSE) : NULL;
		st_extract_credit_answer(rules, all ? all : own, own, a);
	}
	/* a reply that continues the writer's own report (devset 18) asks
	 * for credit where the report did: in the quoted original ("Sorry,
	 * forgot the version: ... > If you write an advisory you can name me,
	 * NAME"), ours left out; someone else's quoted request is not theirs
	 * (quotes_writer: the attribution names the writer), unless the writer
	 * says they pasted those words as they came ([credit.pasted]: "Pasted
	 * as they sent it (three posts ...):" over "> ... if they credit: NAME
	 * (URL)"; 3023) */
	if (!a->credit_found && quotes &&
	    (quotes_writer(rules, msg) || st_x_any(st_rules_group(rules, "credit.pasted"), own)))
		st_extract_credit(rules, text, a);
	if (!a->credit_found)
		st_extract_credit_own(rules, own, msg->from_name, msg->from_addr, a);
	if (a->credit_found)
		credit_complete(rules, msg, max_att, a);
}

void
st_extract(const StRules *rules, const StMessage *msg, StXQuote *body, StAnalysis *a)
{
	if (rules == NULL || msg == NULL || a == NULL)
		return;
	g_autoptr(StXQuote) own_body = body ? NULL : st_x_quote_body(rules, msg);
	if (body == NULL)
		body = own_body;
	/* a forward Subject ("FW:", "WG:", "TR:") makes the first reply header
	 * (Outlook's From:/Sent: block) open the forwarded report, which is
	 * the writer's own text as under Gmail's "Forwarded message" line */
	g_autofree char *text = st_x_quote_prepare(body, TRUE, st_x_grp(rules, "quote.ours"), TRUE);
	/* without quoted lines the reporter's own text is TEXT: no second copy */
	g_autofree char *own_copy = st_x_quote_any(body) ?
		st_x_quote_prepare(body, FALSE, st_x_grp(rules, "quote.ours"), TRUE) : NULL;
	const char *own = own_copy ? own_copy : text;

	StXBodyProse bp = { 0 };
	checklist_on(rules, msg, text, a, &bp);

	gboolean quotes = strcmp(own, text) != 0, defers;
	g_autofree char *cover = cover_note(rules, body, &defers);
	/* the version and the host: not from a note that defers */
	const char *env_own = defers ? past_cover(own, cover) : own;
	const char *env_text = defers ? past_cover(text, cover) : text;
	version_on(rules, defers ? NULL : cover, env_own, quotes ? env_text : NULL, a);
	platform_own(rules, env_own, a);
	if (a->os == NULL && quotes)
		st_extract_platform(rules, env_text, a);
	else if (quotes && !st_platform_complete(a))
		platform_half_quoted(rules, env_text, a);
	if (a->os == NULL && defers) {
		g_autofree char *rest = cover_undeferred(rules, cover);
		st_extract_platform(rules, rest, a);
	}
	image_alt_on(rules, msg, a);
	guint max_att = (guint)st_rules_get_int(rules, "extract", "max_attachments", 32);
	attachments_on(rules, msg, max_att, a);

	version_last(rules, msg, max_att, a);
	subject_platform(rules, msg->subject, a);

	credit_on(rules, msg, body, text, own_copy, max_att, a);

	if (!st_x_cvss(rules, text, a))
		for (guint i = 0; msg->attachments && i < msg->attachments->len && i < max_att; i++) {
			StAttachment *att = g_ptr_array_index(msg->attachments, i);
			if (att->text && st_x_cvss(rules, att->text, a))
				break;
		}

	/* a copy of the writer's text: freed at once, not kept beside the
	 * others until the end (#9: the peak memory of a long text) */
	char *subj_own = g_strconcat(msg->subject ? msg->subject : "", "\n\n", own, NULL);
	extract_exploited(rules, subj_own, a);
	g_free(subj_own);

	a->check[ST_CHECK_VERSION] = a->version != NULL;
	if (a->version && a->check_evidence[ST_CHECK_VERSION] == NULL)
		a->check_evidence[ST_CHECK_VERSION] = g_strdup(a->version_evidence);
	gboolean platform = st_platform_complete(a);
	a->check[ST_CHECK_PLATFORM] = platform;
	if (platform && a->check_evidence[ST_CHECK_PLATFORM] == NULL)
		a->check_evidence[ST_CHECK_PLATFORM] = g_strdup(a->platform_evidence);
	st_x_revisions(rules, msg, own, a);
	st_x_check_reports_nothing(rules, msg, text, &bp, a);
	st_x_body_prose_clear(&bp);
}
