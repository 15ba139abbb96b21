/*
 * canon.c — st_canon_hash: the dedupe hash of a raw message, blind to the
 * trace fields an MTA adds on a retry and to CRLF/LF (store.h).
 */
#include <errno.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "sectriage/common.h"
#include "sectriage/sha256.h"
#include "sectriage/store.h"

/* ---- the dedupe hash ---- */

/* Header fields an MTA adds or rewrites in transit: left out of the hash. */
static const char *const trace_fields[] = {
	"received", "return-path", "delivered-to", "x-original-to",
	"authentication-results", "received-spf", NULL
};

#define CANON_LINE_MAX (64 * 1024)
#define CANON_FIELD_MAX (1024 * 1024)

struct StCanonHash {
	StSha256 sum;
	GString *line;          /* the current line, without its end */
	GString *field;         /* the current header field, unfolded */
	gboolean in_body;
};

StCanonHash *
st_canon_hash_new(void)
{
	StCanonHash *h = g_new0(StCanonHash, 1);

	st_sha256_init(&h->sum);
	h->line = g_string_new(NULL);
	h->field = g_string_new(NULL);
	return h;
}

/* Hash the pending header field as "name:value\n", name lower-case,
 * whitespace runs of the value collapsed; trace fields are skipped. */
static void
canon_flush_field(StCanonHash *h)
{
	GString *f = h->field;
	const char *colon = memchr(f->str, ':', f->len);

	if (f->len == 0)
		return;
	if (colon == NULL) {
		st_sha256_update(&h->sum, f->str, f->len);
		st_sha256_update(&h->sum, "\n", 1);
		g_string_truncate(f, 0);
		return;
	}
	g_autofree char *name = g_ascii_strdown(f->str, colon - f->str);
	g_strstrip(name);
	if (!g_strv_contains(trace_fields, name)) {
		GString *out = g_string_sized_new(f->len + 2);
		gboolean space = FALSE;
		g_string_append_printf(out, "%s:", name);
		for (const char *p = colon + 1; p < f->str + f->len; p++) {
			if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') {
				space = TRUE;
				continue;
			}
			if (space && out->str[out->len - 1] != ':')
				g_string_append_c(out, ' ');
			space = FALSE;
			g_string_append_c(out, *p);
		}
		g_string_append_c(out, '\n');
		st_sha256_update(&h->sum, out->str, out->len);
		g_string_free(out, TRUE);
	}
	g_string_truncate(f, 0);
}

/* One line of input (COMPLETE: it ended with LF, now removed with any CR). */
static void
canon_line(StCanonHash *h, gboolean complete)
{
	GString *l = h->line;

	if (complete) {
		g_string_truncate(l, l->len - 1);
		if (l->len > 0 && l->str[l->len - 1] == '\r')
			g_string_truncate(l, l->len - 1);
	}
	if (!h->in_body && (!complete || l->len == 0)) {
		/* the end of the header (or a line too long to be one) */
		canon_flush_field(h);
		h->in_body = TRUE;
		if (l->len == 0) {
			st_sha256_update(&h->sum, "\n", 1);
			return;
		}
	}
	if (h->in_body) {
		st_sha256_update(&h->sum, l->str, l->len);
		if (complete)
			st_sha256_update(&h->sum, "\n", 1);
	} else if (l->str[0] == ' ' || l->str[0] == '\t') {
		if (h->field->len < CANON_FIELD_MAX) {
			g_string_append_c(h->field, ' ');
			g_string_append_len(h->field, l->str, l->len);
		}
	} else {
		canon_flush_field(h);
		g_string_append_len(h->field, l->str, l->len);
	}
	g_string_truncate(l, 0);
}

void
st_canon_hash_update(StCanonHash *h, const void *data, gsize len)
{
	const char *p = data;

	while (len > 0) {
		const char *nl = memchr(p, '\n', len);
		gsize take = nl != NULL ? (gsize)(nl - p) + 1 : len;
		g_string_append_len(h->line, p, take);
		p += take;
		len -= take;
		if (nl != NULL)
			canon_line(h, TRUE);
		else if (h->line->len > CANON_LINE_MAX)
			canon_line(h, FALSE);
	}
}

char *
st_canon_hash_finish(StCanonHash *h)
{
	char *hex = g_malloc(65);

	if (h->line->len > 0)
		canon_line(h, FALSE);
	canon_flush_field(h);
	st_sha256_finish_hex(&h->sum, hex);
	g_string_free(h->line, TRUE);
	g_string_free(h->field, TRUE);
	g_free(h);
	return hex;
}

