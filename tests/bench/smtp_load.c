/*
 * smtp_load.c — a bounded SMTP load client for the Postfix benchmark
 * (issue #9, row 3) and load tests: C threads each send messages in their own
 * SMTP session to 127.0.0.1:PORT, timing the whole transaction and the wait
 * after the final "." (where the MTA runs its milters).
 *
 *   smtp_load --port P [--count N] [--concurrency C] [--size-kb 20]
 *             [--attach-kb 5] [--to ADDR] [--tag T] [--json]
 *
 * Every message is a plausible report (version, platform, a PoC attachment)
 * with a unique Message-ID.  Only 127.0.0.1 is ever contacted.  Exit 1 if
 * any message was not accepted with 250.
 */
#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	int port, count, size_kb, attach_kb;
	const char *to, *tag;
	gint next;
	gint ok, refused, errors;
	GMutex lock;
	GArray *eom_us;   /* gint64 per accepted message */
	GArray *txn_us;
} Load;

static char *
make_message(const Load *L, int i)
{
	GString *s = g_string_new(NULL);
	g_string_append_printf(s,
		"From: Load Reporter <load-%s-%d@reporter.example>\r\n"
		"To: %s\r\nSubject: Sandbox escape via shared mount race (load %s %d)\r\n"
		"Message-ID: <load-%s-%d-%u@reporter.example>\r\n"
		"Date: Sat, 28 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
		"Content-Type: multipart/mixed; boundary=\"=-b%d\"\r\n\r\n"
		"--=-b%d\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
		"A guest process can escape to the host through a rename race in the\r\n"
		"shared mount; an attacker gains write access to host files.\r\n\r\n"
		"$ msb --version\r\nmsb 0.6.14\r\n$ uname -a\r\n"
		"Linux lab 6.8.0-45-generic #45-Ubuntu SMP x86_64 GNU/Linux\r\n"
		"PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\r\n\r\nLog:\r\n",
		L->tag, i, L->to, L->tag, i, L->tag, i, g_random_int(), i, i);
	gsize body_target = (gsize)MAX(L->size_kb - L->attach_kb, 1) * 1024;
	while (s->len < body_target)
		g_string_append(s, "[  12.345678] virtiofs: lookup ino=4242 name=../../etc/shadow denied\r\n");
	g_string_append_printf(s, "\r\n--=-b%d\r\nContent-Type: text/x-shellscript; name=\"poc.sh\"\r\n"
			       "Content-Disposition: attachment; filename=\"poc.sh\"\r\n\r\n#!/bin/sh\r\n", i);
	gsize target = (gsize)L->size_kb * 1024;
	while (s->len < target)
		g_string_append(s, "msb run --image alpine -- sh -c 'mv /mnt/a /mnt/b' &\r\n");
	g_string_append_printf(s, "\r\n--=-b%d--\r\n", i);
	return g_string_free(s, FALSE);
}

/* Read one SMTP reply (multi-line aware); returns its code or -1. */
static int
reply(GDataInputStream *in)
{
	for (;;) {
		gsize len = 0;
		g_autofree char *line = g_data_input_stream_read_line(in, &len, NULL, NULL);
		if (line == NULL || len < 3)
			return -1;
		if (len == 3 || line[3] == ' ')
			return atoi(line);
	}
}

static gboolean
send_line(GOutputStream *out, const char *s)
{
	return g_output_stream_write_all(out, s, strlen(s), NULL, NULL, NULL);
}

/* One SMTP transaction.  Returns the final reply code (250 ok). */
static int
transact(Load *L, int i, gint64 *eom_us)
{
	g_autoptr(GSocketClient) client = g_socket_client_new();
	g_socket_client_set_timeout(client, 120);
	g_autoptr(GSocketConnection) conn =
		g_socket_client_connect_to_host(client, "127.0.0.1", L->port, NULL, NULL);
	if (conn == NULL)
		return -1;
	GOutputStream *out = g_io_stream_get_output_stream(G_IO_STREAM(conn));
	g_autoptr(GDataInputStream) in =
		g_data_input_stream_new(g_io_stream_get_input_stream(G_IO_STREAM(conn)));
	g_data_input_stream_set_newline_type(in, G_DATA_STREAM_NEWLINE_TYPE_CR_LF);
	g_autofree char *from = g_strdup_printf("MAIL FROM:<load-%s-%d@reporter.example>\r\n", L->tag, i);
	g_autofree char *rcpt = g_strdup_printf("RCPT TO:<%s>\r\n", L->to);
	g_autofree char *msg = make_message(L, i);
	int code;

	if ((code = reply(in)) != 220) return code;
	if (!send_line(out, "EHLO load.reporter.example\r\n") || (code = reply(in)) != 250) return code;
	if (!send_line(out, from) || (code = reply(in)) != 250) return code;
	if (!send_line(out, rcpt) || (code = reply(in)) != 250) return code;
	if (!send_line(out, "DATA\r\n") || (code = reply(in)) != 354) return code;
	if (!send_line(out, msg)) return -1;
	gint64 t = g_get_monotonic_time();
	if (!send_line(out, ".\r\n")) return -1;
	code = reply(in);
	*eom_us = g_get_monotonic_time() - t;
	send_line(out, "QUIT\r\n");
	reply(in);
	return code;
}

static gpointer
worker(gpointer data)
{
	Load *L = data;
	for (;;) {
		int i = g_atomic_int_add(&L->next, 1);
		if (i >= L->count)
			break;
		gint64 t0 = g_get_monotonic_time(), eom = 0;
		int code = transact(L, i, &eom);
		gint64 txn = g_get_monotonic_time() - t0;
		if (code == 250) {
			g_atomic_int_inc(&L->ok);
			g_mutex_lock(&L->lock);
			g_array_append_val(L->eom_us, eom);
			g_array_append_val(L->txn_us, txn);
			g_mutex_unlock(&L->lock);
		} else if (code >= 400) {
			g_atomic_int_inc(&L->refused);
		} else {
			g_atomic_int_inc(&L->errors);
		}
	}
	return NULL;
}

static gint
cmp64(gconstpointer a, gconstpointer b)
{
	gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;
	return (x > y) - (x < y);
}

static double
pct(GArray *a, double p)
{
	if (a->len == 0)
		return 0;
	guint idx = (guint)(p * (a->len - 1) + 0.5);
	return g_array_index(a, gint64, idx) / 1000.0;
}

int
main(int argc, char **argv)
{
	Load L = { .count = 1000, .size_kb = 20, .attach_kb = 5, .to = "security@superrad.company", .tag = "x" };
	int conc = 20;
	gboolean json = FALSE;
	char *to = NULL, *tag = NULL;
	GOptionEntry entries[] = {
		{ "port", 'p', 0, G_OPTION_ARG_INT, &L.port, "SMTP port on 127.0.0.1", "P" },
		{ "count", 'n', 0, G_OPTION_ARG_INT, &L.count, "Messages", "N" },
		{ "concurrency", 'c', 0, G_OPTION_ARG_INT, &conc, "Parallel sessions", "C" },
		{ "size-kb", 's', 0, G_OPTION_ARG_INT, &L.size_kb, "Message size", "KB" },
		{ "attach-kb", 'a', 0, G_OPTION_ARG_INT, &L.attach_kb, "Attachment size", "KB" },
		{ "to", 't', 0, G_OPTION_ARG_STRING, &to, "Recipient", "ADDR" },
		{ "tag", 0, 0, G_OPTION_ARG_STRING, &tag, "Tag in Message-IDs", "T" },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, "JSON output", NULL },
		{ NULL }
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("- SMTP load on 127.0.0.1");
	g_autoptr(GError) err = NULL;
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!g_option_context_parse(ctx, &argc, &argv, &err) || L.port <= 0 || L.count < 1 ||
	    conc < 1 || conc > 500 || L.count > 1000000) {
		fprintf(stderr, "smtp_load: %s\n", err ? err->message : "--port is required (count <= 1e6, concurrency <= 500)");
		return 2;
	}
	if (to)
		L.to = to;
	if (tag)
		L.tag = tag;
	g_mutex_init(&L.lock);
	L.eom_us = g_array_new(FALSE, FALSE, sizeof(gint64));
	L.txn_us = g_array_new(FALSE, FALSE, sizeof(gint64));

	gint64 t0 = g_get_monotonic_time();
	GPtrArray *ths = g_ptr_array_new();
	for (int t = 0; t < conc; t++)
		g_ptr_array_add(ths, g_thread_new("smtp", worker, &L));
	for (guint t = 0; t < ths->len; t++)
		g_thread_join(ths->pdata[t]);
	double secs = (g_get_monotonic_time() - t0) / 1e6;
	g_array_sort(L.eom_us, cmp64);
	g_array_sort(L.txn_us, cmp64);

	if (json)
		printf("{\"sent\": %d, \"accepted\": %d, \"refused\": %d, \"errors\": %d, "
		       "\"seconds\": %.3f, \"msgs_per_s\": %.1f, \"eom_ms_p50\": %.2f, "
		       "\"eom_ms_p99\": %.2f, \"txn_ms_p50\": %.2f, \"txn_ms_p99\": %.2f}\n",
		       L.count, L.ok, L.refused, L.errors, secs, L.ok / secs, pct(L.eom_us, 0.5),
		       pct(L.eom_us, 0.99), pct(L.txn_us, 0.5), pct(L.txn_us, 0.99));
	else
		printf("%d accepted, %d refused, %d errors in %.2f s: %.1f msg/s; "
		       "end-of-data reply p50 %.2f ms p99 %.2f ms; transaction p50 %.2f ms p99 %.2f ms\n",
		       L.ok, L.refused, L.errors, secs, L.ok / secs, pct(L.eom_us, 0.5),
		       pct(L.eom_us, 0.99), pct(L.txn_us, 0.5), pct(L.txn_us, 0.99));
	return L.ok == L.count ? 0 : 1;
}
