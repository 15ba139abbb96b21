/*
 * digest_render.c — a collected StDigest as text, Markdown, HTML or JSON,
 * and as a multipart/alternative mail queued in the outbox.
 *
 * Everything that came from a reporter (subject, reporter address, class
 * names are ours but escaped anyway) is made printable for text, escaped
 * for Markdown, and escaped with g_markup_escape_text for HTML.  The order
 * of items is the order st_digest_collect() ranked them in.
 */
#include <string.h>
#include <sqlite3.h>
#include <json-glib/json-glib.h>

#include "sectriage/digest.h"
#include "sectriage/common.h"
#include "sectriage/jsonutil.h"
#include "sectriage/policy.h"
#include "sectriage/workflow.h"
#include "sectriage/sqlutil.h"

typedef struct Section {
	const char *key;       /* JSON member */
	const char *title;     /* heading */
	const char *empty;     /* text when empty */
} Section;

static const Section sections[] = {
	{ "needs_action", "Needs action", "Nothing overdue or due soon." },
	{ "new", "New since last digest", "No new reports." },
	{ "waiting_on_reporter", "Waiting on the reporter", "Nobody to wait for." },
	{ "fixes_due", "Fixes due", "No fix clock running." },
	{ "embargoes_ending", "Embargoes ending", "No embargo ending soon." },
};

static GPtrArray *
section_items(const StDigest *d, guint i)
{
	GPtrArray *a[] = { d->action, d->fresh, d->waiting, d->fixes, d->embargoes };
	return a[i];
}

static char *
fmt_time(const StDigest *d, gint64 t)
{
	g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc(t);
	g_autoptr(GDateTime) l = g_date_time_to_timezone(utc, d->tz);
	return g_date_time_format(l, "%Y-%m-%d %H:%M %Z");
}

static char *
fmt_span(gint64 s)
{
	if (s < 0)
		s = -s;
	if (s >= 2 * 86400)
		return g_strdup_printf("%" G_GINT64_FORMAT " days", s / 86400);
	if (s >= 3600)
		return g_strdup_printf("%" G_GINT64_FORMAT " h", s / 3600);
	return g_strdup_printf("%" G_GINT64_FORMAT " min", s / 60);
}

/* "triage OVERDUE by 3 days (due 2026-...)" or "fix due in 20 h (...)". */
static char *
due_text(const StDigest *d, const StDigestItem *it)
{
	if (it->due <= 0)
		return g_strdup("");
	g_autofree char *when = fmt_time(d, it->due);
	g_autofree char *span = fmt_span(it->due - d->now);
	const char *clock = it->clock ? it->clock : "due";
	if (strcmp(clock, "embargo") == 0)
		return it->overdue ? g_strdup_printf("embargo ENDED %s ago (%s)", span, when)
			: g_strdup_printf("embargo ends in %s (%s)", span, when);
	return it->overdue ? g_strdup_printf("%s OVERDUE by %s (due %s)", clock, span, when)
		: g_strdup_printf("%s due in %s (%s)", clock, span, when);
}

static char *
percent(gint64 met, gint64 n)
{
	if (n <= 0)
		return g_strdup("n/a");
	return g_strdup_printf("%.0f%% (%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT ")",
			       100.0 * met / n, met, n);
}

static char *
median_text(gint64 s)
{
	return s < 0 ? g_strdup("n/a") : fmt_span(s);
}

/* Figure lines as label/value pairs (NULL-terminated, g_strfreev). */
static char **
figure_lines(const StDigest *d)
{
	const StDigestFigures *f = &d->figures;
	GPtrArray *a = g_ptr_array_new();
	GString *states = g_string_new(NULL);
	for (int s = 0; s < ST_STATE_N; s++) {
		if (s == ST_STATE_PUBLISHED || s == ST_STATE_CLOSED)
			continue;
		g_string_append_printf(states, "%s%s %" G_GINT64_FORMAT, states->len ? ", " : "",
				       st_state_name(s), f->open_by_state[s]);
	}
	g_autofree char *m_ack = median_text(f->median_ack_s);
	g_autofree char *m_tri = median_text(f->median_triage_s);
	g_autofree char *m_fix = median_text(f->median_fix_s);
	g_autofree char *p_ack = percent(f->n_ack_met, f->n_ack);
	g_autofree char *p_tri = percent(f->n_triage_met, f->n_triage);
	g_autofree char *p_fix = percent(f->n_fix_met, f->n_fix_sla);
	g_ptr_array_add(a, g_strdup_printf("Open reports: %" G_GINT64_FORMAT " (%s)",
					   f->open_total, states->str));
	g_ptr_array_add(a, g_strdup_printf("Median time to acknowledgment: %s; within SLA: %s",
					   m_ack, p_ack));
	g_ptr_array_add(a, g_strdup_printf("Median time to triage: %s; within SLA: %s",
					   m_tri, p_tri));
	g_ptr_array_add(a, g_strdup_printf("Median time to fix: %s; within SLA: %s",
					   m_fix, p_fix));
	if (f->inbox_waiting > 0) {
		g_autofree char *age = median_text(f->inbox_oldest_s);
		g_ptr_array_add(a, g_strdup_printf(
			"Waiting for triage: %" G_GINT64_FORMAT " message(s), the oldest for %s;"
			" %" G_GINT64_FORMAT " failed at least once (sectriage inbox)",
			f->inbox_waiting, age, f->inbox_failing));
	}
	g_ptr_array_add(a, NULL);
	g_string_free(states, TRUE);
	return (char **)g_ptr_array_free(a, FALSE);
}

/* Facts line of a new report: score, missing, class, severity, scope. */
static char *
facts_text(const StDigestItem *it)
{
	GString *s = g_string_new(NULL);
	g_string_append_printf(s, "score %d", it->score);
	if (it->missing && *it->missing)
		g_string_append_printf(s, "; missing: %s", it->missing);
	if (it->klass && *it->klass)
		g_string_append_printf(s, "; class: %s", it->klass);
	if (it->component && *it->component)
		g_string_append_printf(s, "; component: %s", it->component);
	if (it->suggested_severity && *it->suggested_severity)
		g_string_append_printf(s, "; suggested severity: %s", it->suggested_severity);
	if (it->out_of_scope && *it->out_of_scope)
		g_string_append_printf(s, "; likely out of scope: %s", it->out_of_scope);
	return g_string_free(s, FALSE);
}

static char *
dupes_text(const StDigestItem *it)
{
	if (it->dupes == NULL || it->dupes->len == 0)
		return NULL;
	GString *s = g_string_new("possible duplicates: ");
	for (guint i = 0; i < it->dupes->len; i++)
		g_string_append_printf(s, "%s%s", i ? ", " : "",
				       (char *)g_ptr_array_index(it->dupes, i));
	return g_string_free(s, FALSE);
}

static const char *
sev_of(const StDigestItem *it)
{
	return it->severity ? it->severity : NULL;
}

/* ---- text ---- */

static void
text_item(GString *o, const StDigest *d, guint sec, const StDigestItem *it)
{
	g_autofree char *subj = st_printable(it->subject ? it->subject : "", -1, 100);
	g_autofree char *due = due_text(d, it);

	g_string_append_printf(o, "  %s", it->tracking_id);
	if (sev_of(it))
		g_string_append_printf(o, "  [%s]", sev_of(it));
	if (it->exploited)
		g_string_append(o, "  EXPLOITED");
	if (it->encrypted)
		g_string_append(o, it->plaintext_stored ? "  encrypted (plaintext stored)"
				   : "  encrypted (plaintext not stored)");
	if (*due && it->due > 0)
		g_string_append_printf(o, "  %s", due);
	g_string_append_printf(o, "\n      %s  (%s)\n", subj, it->state);
	if (sec == 1) {
		g_autofree char *f = facts_text(it);
		g_autofree char *du = dupes_text(it);
		g_autofree char *pf = st_printable(f, -1, 400);
		g_string_append_printf(o, "      %s\n", pf);
		if (du) {
			g_autofree char *pd = st_printable(du, -1, 400);
			g_string_append_printf(o, "      %s\n", pd);
		}
	}
}

/* TEXT with every punctuation character that could start Markdown markup
 * backslashed (raw HTML stays inert).  g_free. */
static char *
markdown_escape(const char *text)
{
	GString *m = g_string_new(NULL);
	for (const char *p = text; *p; p++) {
		if (strchr("\\`*_{}[]<>#!|&~", *p))
			g_string_append_c(m, '\\');
		g_string_append_c(m, *p);
	}
	return g_string_free(m, FALSE);
}

static void
markdown_item(GString *o, const StDigest *d, guint sec, const StDigestItem *it)
{
	g_autofree char *subj = st_printable(it->subject ? it->subject : "", -1, 100);
	g_autofree char *msubj = markdown_escape(subj);
	g_autofree char *due = due_text(d, it);

	g_string_append_printf(o, "- **%s**", it->tracking_id);
	if (it->exploited)
		g_string_append(o, " **EXPLOITED**");
	if (it->encrypted)
		g_string_append(o, it->plaintext_stored ? " _encrypted (plaintext stored)_"
				   : " _encrypted (plaintext not stored)_");
	if (*due)
		g_string_append_printf(o, " %s —", due);
	g_string_append_printf(o, " %s (%s)\n", msubj, it->state);
	if (sec == 1) {
		g_autofree char *f = facts_text(it);
		g_autofree char *du = dupes_text(it);
		g_string_append_printf(o, "  - %s\n", f);
		if (du)
			g_string_append_printf(o, "  - %s\n", du);
	}
}

static char *
render_text(const StDigest *d, gboolean markdown)
{
	GString *o = g_string_new(NULL);
	g_autofree char *now = fmt_time(d, d->now);
	g_autofree char *since = fmt_time(d, d->since);

	if (markdown)
		g_string_append_printf(o, "# Security triage digest, %s\n\nNew since %s.\n", now,
				       since);
	else
		g_string_append_printf(o, "Security triage digest, %s\nNew since %s.\n", now, since);
	for (guint s = 0; s < G_N_ELEMENTS(sections); s++) {
		GPtrArray *items = section_items(d, s);
		g_autofree char *title = g_ascii_strup(sections[s].title, -1);
		if (markdown)
			g_string_append_printf(o, "\n## %s (%u)\n\n", sections[s].title, items->len);
		else
			g_string_append_printf(o, "\n%s (%u)\n", title, items->len);
		if (items->len == 0)
			g_string_append_printf(o, "%s%s\n", markdown ? "" : "  ", sections[s].empty);
		for (guint i = 0; i < items->len; i++) {
			const StDigestItem *it = g_ptr_array_index(items, i);
			if (markdown)
				markdown_item(o, d, s, it);
			else
				text_item(o, d, s, it);
		}
	}
	g_auto(GStrv) figs = figure_lines(d);
	g_string_append(o, markdown ? "\n## Figures\n\n" : "\nFIGURES\n");
	for (guint i = 0; figs[i]; i++)
		g_string_append_printf(o, "%s%s\n", markdown ? "- " : "  ", figs[i]);
	return g_string_free(o, FALSE);
}

/* ---- HTML ---- */

static void
html_text(GString *o, const char *s)
{
	g_autofree char *p = st_printable(s ? s : "", -1, 400);
	g_autofree char *e = g_markup_escape_text(p, -1);
	g_string_append(o, e);
}

static void
html_item(GString *o, const StDigest *d, guint sec, const StDigestItem *it)
{
	g_autofree char *due = due_text(d, it);
	g_string_append(o, "<tr><td class=\"id\">");
	html_text(o, it->tracking_id);
	g_string_append(o, "</td><td class=\"due\">");
	if (it->exploited)
		g_string_append(o, "<strong>EXPLOITED</strong> ");
	if (it->encrypted)
		g_string_append(o, it->plaintext_stored ? "<em>encrypted (plaintext stored)</em> "
				   : "<em>encrypted (plaintext not stored)</em> ");
	html_text(o, due);
	g_string_append(o, "</td><td class=\"subject\">");
	html_text(o, it->subject);
	g_string_append(o, "</td><td class=\"state\">");
	html_text(o, it->state);
	if (it->severity) {
		g_string_append(o, " / ");
		html_text(o, it->severity);
	}
	g_string_append(o, "</td>");
	if (sec == 1) {
		g_autofree char *f = facts_text(it);
		g_autofree char *du = dupes_text(it);
		g_string_append(o, "<td class=\"facts\">");
		html_text(o, f);
		if (du) {
			g_string_append(o, "<br><em>");
			html_text(o, du);
			g_string_append(o, "</em>");
		}
		g_string_append(o, "</td>");
	}
	g_string_append(o, "</tr>\n");
}

static char *
render_html(const StDigest *d)
{
	GString *o = g_string_new(NULL);
	g_autofree char *now = fmt_time(d, d->now);
	g_autofree char *since = fmt_time(d, d->since);

	g_string_append(o, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
			"<title>Security triage digest</title></head>\n<body>\n");
	g_string_append(o, "<h1>Security triage digest, ");
	html_text(o, now);
	g_string_append(o, "</h1>\n<p>New since ");
	html_text(o, since);
	g_string_append(o, ".</p>\n");
	for (guint s = 0; s < G_N_ELEMENTS(sections); s++) {
		GPtrArray *items = section_items(d, s);
		g_string_append_printf(o, "<h2 id=\"%s\">%s (%u)</h2>\n", sections[s].key,
				       sections[s].title, items->len);
		if (items->len == 0) {
			g_string_append_printf(o, "<p>%s</p>\n", sections[s].empty);
			continue;
		}
		g_string_append_printf(o, "<table class=\"%s\">\n<tr><th>Report</th><th>Clock</th>"
				       "<th>Subject</th><th>State</th>%s</tr>\n", sections[s].key,
				       s == 1 ? "<th>Facts</th>" : "");
		for (guint i = 0; i < items->len; i++)
			html_item(o, d, s, g_ptr_array_index(items, i));
		g_string_append(o, "</table>\n");
	}
	g_auto(GStrv) figs = figure_lines(d);
	g_string_append(o, "<h2 id=\"figures\">Figures</h2>\n<ul>\n");
	for (guint i = 0; figs[i]; i++) {
		g_string_append(o, "<li>");
		html_text(o, figs[i]);
		g_string_append(o, "</li>\n");
	}
	g_string_append(o, "</ul>\n</body></html>\n");
	return g_string_free(o, FALSE);
}

static void
json_item(JsonBuilder *b, const StDigestItem *it)
{
	json_builder_begin_object(b);
	st_json_add_string(b, "id", it->tracking_id);
	st_json_add_string(b, "subject", it->subject);
	st_json_add_string(b, "reporter", it->reporter);
	st_json_add_string(b, "state", it->state);
	st_json_add_string(b, "severity", it->severity);
	st_json_add_string(b, "suggested_severity", it->suggested_severity);
	st_json_add_string(b, "class", it->klass);
	st_json_add_string(b, "component", it->component);
	st_json_add_string(b, "out_of_scope", it->out_of_scope);
	st_json_add_string(b, "missing", it->missing);
	st_json_add_int(b, "score", it->score);
	st_json_add_boolean(b, "exploited", it->exploited);
	st_json_add_boolean(b, "encrypted", it->encrypted);
	st_json_add_boolean(b, "plaintext_stored", it->plaintext_stored);
	st_json_add_time(b, "created_at", it->created_at);
	st_json_add_string(b, "clock", it->clock);
	st_json_add_time(b, "due", it->due);
	st_json_add_boolean(b, "overdue", it->overdue);
	st_json_add_strings(b, "possible_duplicates", it->dupes);
	json_builder_end_object(b);
}

static void
json_int(JsonBuilder *b, const char *name, gint64 v)
{
	json_builder_set_member_name(b, name);
	if (v < 0)
		json_builder_add_null_value(b);
	else
		json_builder_add_int_value(b, v);
}

static void
json_figures(JsonBuilder *b, const StDigestFigures *f)
{
	json_builder_set_member_name(b, "figures");
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "open_by_state");
	json_builder_begin_object(b);
	for (int s = 0; s < ST_STATE_N; s++)
		if (s != ST_STATE_PUBLISHED && s != ST_STATE_CLOSED)
			json_int(b, st_state_name(s), f->open_by_state[s]);
	json_builder_end_object(b);
	json_int(b, "open_total", f->open_total);
	json_int(b, "median_ack_seconds", f->median_ack_s);
	json_int(b, "median_triage_seconds", f->median_triage_s);
	json_int(b, "median_fix_seconds", f->median_fix_s);
	json_int(b, "acks", f->n_ack);
	json_int(b, "acks_within_sla", f->n_ack_met);
	json_int(b, "triages", f->n_triage);
	json_int(b, "triages_within_sla", f->n_triage_met);
	json_int(b, "fixes", f->n_fix);
	json_int(b, "fixes_with_sla", f->n_fix_sla);
	json_int(b, "fixes_within_sla", f->n_fix_met);
	json_int(b, "waiting_for_triage", f->inbox_waiting);
	json_int(b, "triage_failures", f->inbox_failing);
	json_int(b, "triage_oldest_seconds", f->inbox_oldest_s);
	json_builder_end_object(b);
}

static char *
render_json(const StDigest *d)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	json_builder_begin_object(b);
	st_json_add_time(b, "generated_at", d->now);
	st_json_add_time(b, "since", d->since);
	st_json_add_int(b, "due_soon_days", d->due_soon_days);
	st_json_add_int(b, "embargo_warning_days", d->embargo_warning_days);
	json_builder_set_member_name(b, "sections");
	json_builder_begin_object(b);
	for (guint s = 0; s < G_N_ELEMENTS(sections); s++) {
		GPtrArray *items = section_items(d, s);
		json_builder_set_member_name(b, sections[s].key);
		json_builder_begin_array(b);
		for (guint i = 0; i < items->len; i++)
			json_item(b, g_ptr_array_index(items, i));
		json_builder_end_array(b);
	}
	json_builder_end_object(b);
	json_figures(b, &d->figures);
	json_builder_end_object(b);
	g_autoptr(JsonNode) root = json_builder_get_root(b);
	g_autofree char *s = json_to_string(root, TRUE);
	return g_strconcat(s, "\n", NULL);
}

char *
st_digest_render(const StDigest *d, StDigestFormat format)
{
	g_return_val_if_fail(d != NULL, g_strdup(""));
	switch (format) {
	case ST_DIGEST_MARKDOWN: return render_text(d, TRUE);
	case ST_DIGEST_HTML: return render_html(d);
	case ST_DIGEST_JSON: return render_json(d);
	case ST_DIGEST_TEXT:
	default: return render_text(d, FALSE);
	}
}

/* ---- mail ---- */

/* A new text/SUBTYPE part holding BODY (UTF-8, quoted-printable). */
static GMimeObject *
text_part(const char *subtype, const char *body)
{
	GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
	g_mime_text_part_set_text(part, body);
	g_mime_text_part_set_charset(part, "utf-8");
	g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
	return GMIME_OBJECT(part);
}

char *
st_digest_compose_mail(const StConfig *cfg, const StDigest *d, const char *recipient,
		       char **message_id, GError **error)
{
	st_init();
	if (message_id)
		*message_id = NULL;
	const char *from = cfg && cfg->from_address && *cfg->from_address ? cfg->from_address
		: cfg && cfg->recipients && cfg->recipients[0] ? cfg->recipients[0]
		: "security@localhost";
	if (recipient == NULL || strchr(recipient, '@') == NULL) {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
			    "bad digest recipient '%s'", recipient ? recipient : "");
		return NULL;
	}
	g_autofree char *safe_rcpt = st_header_safe(recipient, 256);
	g_autoptr(GMimeMessage) msg = g_mime_message_new(TRUE);
	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_FROM,
				   cfg && cfg->from_name ? cfg->from_name : "sectriage", from);
	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_TO, NULL, safe_rcpt);
	g_autofree char *day = fmt_time(d, d->now);
	g_autofree char *subject = g_strdup_printf("Security triage digest %.*s: %u need action,"
						   " %u new", 10, day, d->action->len,
						   d->fresh->len);
	g_mime_message_set_subject(msg, subject, "utf-8");
	g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc(d->now);
	g_mime_message_set_date(msg, date);
	const char *at = strrchr(from, '@');
	g_autofree char *mid = g_mime_utils_generate_message_id(at ? at + 1 : "localhost");
	g_mime_message_set_message_id(msg, mid);
	GMimeObject *top = GMIME_OBJECT(msg);
	g_mime_object_set_header(top, "Auto-Submitted", "auto-generated", NULL);
	g_mime_object_set_header(top, ST_AUTO_HEADER, "digest", NULL);

	g_autofree char *text = render_text(d, FALSE);
	g_autofree char *html = render_html(d);
	GMimeMultipart *alt = g_mime_multipart_new_with_subtype("alternative");
	g_autoptr(GMimeObject) tp = text_part("plain", text);
	g_autoptr(GMimeObject) hp = text_part("html", html);
	g_mime_multipart_add(alt, tp);
	g_mime_multipart_add(alt, hp);
	g_mime_message_set_mime_part(msg, GMIME_OBJECT(alt));
	g_object_unref(alt);

	GMimeFormatOptions *fo = g_mime_format_options_clone(NULL);
	g_mime_format_options_set_newline_format(fo, GMIME_NEWLINE_FORMAT_UNIX);
	char *out = g_mime_object_to_string(top, fo);
	g_mime_format_options_free(fo);
	if (message_id)
		*message_id = g_strdup(mid);
	return out;
}

int
st_digest_queue(StStore *store, const StConfig *cfg, const StDigest *d, char **recipients,
		GError **error)
{
	sqlite3 *db = st_store_db(store);
	int n = 0;

	if (!st_store_begin(store, error))
		return -1;
	for (guint i = 0; recipients && recipients[i]; i++) {
		g_autofree char *mid = NULL;
		g_autofree char *mail = st_digest_compose_mail(cfg, d, recipients[i], &mid, error);
		sqlite3_stmt *st = NULL;
		if (mail == NULL)
			goto fail;
		if (sqlite3_prepare_v2(db, "INSERT INTO outbox(report_id, kind, recipient,"
				       " message_id, message, status, next_attempt_at, created_at)"
				       " VALUES (NULL, 'digest', ?, ?, ?, 'pending', ?, ?)",
				       -1, &st, NULL) != SQLITE_OK) {
			st_sql_fail(db, NULL, error);
			goto fail;
		}
		sqlite3_bind_text(st, 1, recipients[i], -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, mid, -1, SQLITE_TRANSIENT);
		sqlite3_bind_blob(st, 3, mail, strlen(mail), SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 4, d->now);
		sqlite3_bind_int64(st, 5, d->now);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE) {
			st_sql_fail(db, NULL, error);
			goto fail;
		}
		n++;
	}
	if (!st_digest_mark(store, d->now, error))
		goto fail;
	if (!st_store_commit(store, error))
		goto fail;
	return n;
fail:
	st_store_rollback(store);
	return -1;
}
