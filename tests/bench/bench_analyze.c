/*
 * bench_analyze.c — issue #9, table row 1: the analysis path against bare
 * GMime parsing of the same messages, in one process, files in memory.
 *
 *   build/bench/bench_analyze [--rounds N] [--json] [--per-message K] DIR...
 *
 * Reads every regular file under DIR (recursively) into memory, then for
 * N rounds (default 5) times (a) bare parsing: GMime parser over a memory
 * stream, message constructed and freed; (b) parsing and decoding every
 * leaf part (transfer encoding undone, into a null stream): the least any
 * reader of the text must do; (c) sectriage's own reading of the message,
 * st_message_parse_data alone: parsing, decoding, charsets to UTF-8, HTML
 * to text, archive listings, SHA-256 of the message and its attachments,
 * all before any fact is extracted; (d) that reading and one literal
 * scan (the rules' prefilter automaton, st_scan_new) of the body's text
 * and of every textual attachment's: each text byte looked at once, the
 * least an analysis by these rules can spend, whatever its patterns;
 * (e) the whole analysis: st_analyze_data + JSON, as the milter and
 * `analyze` do; (f) the JSON alone: the analyses of (e) kept, and only
 * their `analyze --json` text written (json-glib's builder and
 * generator), the part of (e) that the interface's output costs, whatever
 * the extraction.  Prints the median round of each: messages/s, MB/s and
 * the ratios of the analysis to each.
 * --per-message K then times each message alone (the fastest of N runs
 * of its parse and of its analysis) and prints the K that cost the most
 * analysis time, with their ratio and their share of the whole (#9).
 * --profile K (build/bench/bench_analyze-profile, the same program with the
 * rule profile of scan.c built in) then prints the K patterns whose regex
 * runs cost the most over the timed rounds: which patterns the prefilter
 * lets run, how often they match, their share of all pattern time.  The
 * timing of each run slows the rounds, so its other figures are not row
 * 1's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sectriage/analyze.h"
#include "sectriage/common.h"
#include "sectriage/message.h"
#include "sectriage/rules.h"

typedef struct {
	GPtrArray *blobs; /* GBytes* */
	GPtrArray *names; /* char*, the path of each blob */
	gsize total;
} Corpus;

static void
load_dir(Corpus *c, const char *dir)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	const char *n;
	if (d == NULL)
		return;
	while ((n = g_dir_read_name(d)) != NULL) {
		g_autofree char *p = g_build_filename(dir, n, NULL);
		if (g_file_test(p, G_FILE_TEST_IS_DIR)) {
			load_dir(c, p);
			continue;
		}
		if (!g_str_has_suffix(n, ".eml") && !g_str_has_suffix(n, ".msg"))
			continue;
		char *data = NULL;
		gsize len = 0;
		if (g_file_get_contents(p, &data, &len, NULL)) {
			g_ptr_array_add(c->blobs, g_bytes_new_take(data, len));
			g_ptr_array_add(c->names, g_steal_pointer(&p));
			c->total += len;
		}
	}
}

/* One message's work of a round: BLOB, with what the stage needs. */
typedef void (*OneFn)(GBytes *blob, const StConfig *cfg, const StRules *rules);

/* Time ONE over every message of C. */
static double
round_of(const Corpus *c, OneFn one, const StConfig *cfg, const StRules *rules)
{
	gint64 t0 = g_get_monotonic_time();
	for (guint i = 0; i < c->blobs->len; i++)
		one(c->blobs->pdata[i], cfg, rules);
	return (g_get_monotonic_time() - t0) / 1e6;
}

static void
parse_one(GBytes *blob, const StConfig *cfg, const StRules *rules)
{
	gsize len;
	const char *data = g_bytes_get_data(blob, &len);
	GMimeStream *s = g_mime_stream_mem_new_with_buffer(data, len);
	GMimeParser *p = g_mime_parser_new_with_stream(s);
	g_object_unref(s);
	GMimeMessage *m = g_mime_parser_construct_message(p, NULL);
	g_object_unref(p);
	if (m)
		g_object_unref(m);
}

static void
decode_leaf(GMimeObject *parent, GMimeObject *part, gpointer data)
{
	GMimeStream *null = data;
	if (GMIME_IS_MESSAGE_PART(part)) {
		GMimeMessage *m = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));
		if (m)
			g_mime_message_foreach(m, decode_leaf, null);
	} else if (GMIME_IS_PART(part)) {
		GMimeDataWrapper *dw = g_mime_part_get_content(GMIME_PART(part));
		if (dw)
			g_mime_data_wrapper_write_to_stream(dw, null);
	}
}

static double
round_decode(const Corpus *c)
{
	GMimeStream *null = g_mime_stream_null_new();
	gint64 t0 = g_get_monotonic_time();
	for (guint i = 0; i < c->blobs->len; i++) {
		gsize len;
		const char *data = g_bytes_get_data(c->blobs->pdata[i], &len);
		GMimeStream *s = g_mime_stream_mem_new_with_buffer(data, len);
		GMimeParser *p = g_mime_parser_new_with_stream(s);
		g_object_unref(s);
		GMimeMessage *m = g_mime_parser_construct_message(p, NULL);
		g_object_unref(p);
		if (m) {
			g_mime_message_foreach(m, decode_leaf, null);
			g_object_unref(m);
		}
	}
	double secs = (g_get_monotonic_time() - t0) / 1e6;
	g_object_unref(null);
	return secs;
}

static void
read_one(GBytes *blob, const StConfig *cfg, const StRules *rules)
{
	gsize len;
	const char *data = g_bytes_get_data(blob, &len);
	st_message_free(st_message_parse_data(data, len, cfg));
}

/* Read BLOB and scan each of its texts once (no scan remembered: each is
 * the text's first). */
static void
scan_one(GBytes *blob, const StConfig *cfg, const StRules *rules)
{
	gsize len;
	const char *data = g_bytes_get_data(blob, &len);
	StMessage *m = st_message_parse_data(data, len, cfg);
	if (m != NULL) {
		st_scan_free(st_scan_new(rules, m->body_text, -1));
		for (guint i = 0; m->attachments && i < m->attachments->len; i++) {
			const StAttachment *att = g_ptr_array_index(m->attachments, i);
			if (att->text != NULL)
				st_scan_free(st_scan_new(rules, att->text, -1));
		}
		st_scan_memo_clear();
	}
	st_message_free(m);
}

static void
analyze_one(GBytes *blob, const StConfig *cfg, const StRules *rules)
{
	gsize len;
	const char *data = g_bytes_get_data(blob, &len);
	StAnalysis *a = st_analyze_data(cfg, rules, data, len, "reporter@example.org");
	g_free(st_analysis_to_json_string(a, FALSE));
	st_analysis_free(a);
}

/* The analyses of every message of C, for the JSON stage. */
static GPtrArray *
analyses_of(const Corpus *c, const StConfig *cfg, const StRules *rules)
{
	GPtrArray *all = g_ptr_array_new_with_free_func((GDestroyNotify)st_analysis_free);
	for (guint i = 0; i < c->blobs->len; i++) {
		gsize len;
		const char *data = g_bytes_get_data(c->blobs->pdata[i], &len);
		g_ptr_array_add(all, st_analyze_data(cfg, rules, data, len, "reporter@example.org"));
	}
	return all;
}

/* Time writing the JSON text of each of ALL. */
static double
round_json(const GPtrArray *all)
{
	gint64 t0 = g_get_monotonic_time();
	for (guint i = 0; i < all->len; i++)
		g_free(st_analysis_to_json_string(all->pdata[i], FALSE));
	return (g_get_monotonic_time() - t0) / 1e6;
}

typedef struct {
	guint i;
	gint64 parse_us, analyze_us;
} MsgCost;

static int
cmp_cost(const void *a, const void *b)
{
	gint64 x = ((const MsgCost *)a)->analyze_us, y = ((const MsgCost *)b)->analyze_us;
	return (x < y) - (x > y);
}

/* Time each message of C alone (the fastest of ROUNDS) and print the K
 * whose analysis costs most. */
static void
per_message(const Corpus *c, const StConfig *cfg, const StRules *rules, int rounds, int k)
{
	MsgCost *cost = g_new0(MsgCost, c->blobs->len);
	gint64 total = 0, top = 0;

	for (guint i = 0; i < c->blobs->len; i++) {
		cost[i].i = i;
		cost[i].parse_us = cost[i].analyze_us = G_MAXINT64;
		for (int r = 0; r < rounds; r++) {
			gint64 t0 = g_get_monotonic_time();
			parse_one(c->blobs->pdata[i], cfg, rules);
			gint64 t1 = g_get_monotonic_time();
			analyze_one(c->blobs->pdata[i], cfg, rules);
			gint64 t2 = g_get_monotonic_time();
			cost[i].parse_us = MIN(cost[i].parse_us, t1 - t0);
			cost[i].analyze_us = MIN(cost[i].analyze_us, t2 - t1);
		}
		total += cost[i].analyze_us;
	}
	qsort(cost, c->blobs->len, sizeof(*cost), cmp_cost);
	printf("per message (fastest of %d): parse_us analysis_us ratio bytes path\n", rounds);
	for (guint j = 0; j < c->blobs->len && j < (guint)k; j++) {
		const MsgCost *m = &cost[j];
		top += m->analyze_us;
		printf("%8" G_GINT64_FORMAT " %10" G_GINT64_FORMAT " %7.1f %9zu %s\n", m->parse_us,
		       m->analyze_us, (double)m->analyze_us / MAX(m->parse_us, 1),
		       g_bytes_get_size(c->blobs->pdata[m->i]), (char *)c->names->pdata[m->i]);
	}
	printf("these %d: %.1f%% of the analysis time of all %u\n", MIN(k, (int)c->blobs->len),
	       total ? 100.0 * top / total : 0.0, c->blobs->len);
	g_free(cost);
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int
main(int argc, char **argv)
{
	int rounds = 5, worst = 0, profile = 0;
	gboolean json = FALSE;
	g_auto(GStrv) dirs = NULL;
	GOptionEntry entries[] = {
		{ "rounds", 'n', 0, G_OPTION_ARG_INT, &rounds, "Rounds (median reported)", "N" },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &json, "JSON output", NULL },
		{ "per-message", 0, 0, G_OPTION_ARG_INT, &worst,
		  "Then the K messages whose analysis costs most, each timed alone", "K" },
		{ "profile", 0, 0, G_OPTION_ARG_INT, &profile,
		  "Then the K patterns that cost most (bench_analyze-profile only)", "K" },
		{ G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &dirs, NULL, "DIR..." },
		{ NULL }
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("DIR... - analysis vs bare parsing");
	g_autoptr(GError) err = NULL;
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!g_option_context_parse(ctx, &argc, &argv, &err) || dirs == NULL || rounds < 1) {
		fprintf(stderr, "bench_analyze: %s\n", err ? err->message : "DIR needed");
		return 2;
	}
	st_init();
	g_autoptr(StConfig) cfg = st_config_default();
	/* the analysis deadline (10 s) cuts a message's walk short when a run
	 * is slow, so under valgrind on a loaded machine the work done, and the
	 * instruction count, would depend on the load: measure it all */
	cfg->limits.analysis_timeout_ms = 600000;
	g_autofree char *rdir = st_config_rules_dir(cfg);
	g_autoptr(StRules) rules = st_rules_load(rdir, &err);
	if (rules == NULL) {
		fprintf(stderr, "bench_analyze: %s\n", err->message);
		return 1;
	}
	/* as the milter loads them (main_milter.c): every pattern JIT-compiled */
	st_rules_jit(rules);
	Corpus c = { g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref),
		     g_ptr_array_new_with_free_func(g_free), 0 };
	for (char **d = dirs; *d; d++)
		load_dir(&c, *d);
	if (c.blobs->len == 0) {
		fprintf(stderr, "bench_analyze: no .eml/.msg files\n");
		return 1;
	}
	/* warm up caches (charset tables, regex JIT) */
	round_of(&c, parse_one, cfg, rules);
	round_decode(&c);
	round_of(&c, read_one, cfg, rules);
	round_of(&c, scan_one, cfg, rules);
	round_of(&c, analyze_one, cfg, rules);
	GPtrArray *all = analyses_of(&c, cfg, rules);
	round_json(all);
	st_rule_profile_reset();

	double *tp = g_new(double, rounds), *ta = g_new(double, rounds), *td = g_new(double, rounds);
	double *tr = g_new(double, rounds), *ts = g_new(double, rounds), *tj = g_new(double, rounds);
	for (int r = 0; r < rounds; r++) {
		tp[r] = round_of(&c, parse_one, cfg, rules);
		td[r] = round_decode(&c);
		tr[r] = round_of(&c, read_one, cfg, rules);
		ts[r] = round_of(&c, scan_one, cfg, rules);
		ta[r] = round_of(&c, analyze_one, cfg, rules);
		tj[r] = round_json(all);
	}
	g_ptr_array_unref(all);
	qsort(tp, rounds, sizeof(double), cmp_double);
	qsort(td, rounds, sizeof(double), cmp_double);
	qsort(tr, rounds, sizeof(double), cmp_double);
	qsort(ts, rounds, sizeof(double), cmp_double);
	qsort(ta, rounds, sizeof(double), cmp_double);
	qsort(tj, rounds, sizeof(double), cmp_double);
	double mj = tj[rounds / 2];
	double mp = tp[rounds / 2], ma = ta[rounds / 2], md = td[rounds / 2], mr = tr[rounds / 2];
	double ms = ts[rounds / 2];
	double n = c.blobs->len, mb = c.total / 1e6;
	if (json) {
		printf("{\"messages\": %u, \"bytes\": %zu, \"rounds\": %d, "
		       "\"parse_s\": %.4f, \"parse_min_s\": %.4f, \"parse_max_s\": %.4f, "
		       "\"analyze_s\": %.4f, \"analyze_min_s\": %.4f, \"analyze_max_s\": %.4f, "
		       "\"parse_msgs_per_s\": %.1f, \"analyze_msgs_per_s\": %.1f, "
		       "\"parse_mb_per_s\": %.2f, \"analyze_mb_per_s\": %.2f, \"ratio\": %.2f, "
		       "\"decode_s\": %.4f, \"decode_msgs_per_s\": %.1f, \"decode_ratio\": %.2f, "
		       "\"read_s\": %.4f, \"read_msgs_per_s\": %.1f, \"read_ratio\": %.2f, "
		       "\"read_over_parse\": %.2f, \"scan_s\": %.4f, \"scan_msgs_per_s\": %.1f, "
		       "\"scan_over_parse\": %.2f, \"json_s\": %.4f, \"json_over_parse\": %.2f, "
		       "\"scan_json_over_parse\": %.2f}\n",
		       c.blobs->len, c.total, rounds, mp, tp[0], tp[rounds - 1], ma, ta[0],
		       ta[rounds - 1], n / mp, n / ma, mb / mp, mb / ma, ma / mp,
		       md, n / md, ma / md, mr, n / mr, ma / mr, mr / mp, ms, n / ms, ms / mp,
		       mj, mj / mp, (ms + mj) / mp);
	} else {
		printf("messages %u, %.2f MB, %d rounds (median; min-max)\n", c.blobs->len, mb, rounds);
		printf("bare GMime parse: %8.1f msg/s %7.2f MB/s  (%.3f s; %.3f-%.3f)\n",
		       n / mp, mb / mp, mp, tp[0], tp[rounds - 1]);
		printf("parse + decode:   %8.1f msg/s %7.2f MB/s  (%.3f s; %.3f-%.3f)\n",
		       n / md, mb / md, md, td[0], td[rounds - 1]);
		printf("sectriage's read: %8.1f msg/s %7.2f MB/s  (%.3f s; %.3f-%.3f)\n",
		       n / mr, mb / mr, mr, tr[0], tr[rounds - 1]);
		printf("read + one scan:  %8.1f msg/s %7.2f MB/s  (%.3f s; %.3f-%.3f)\n",
		       n / ms, mb / ms, ms, ts[0], ts[rounds - 1]);
		printf("full analysis:    %8.1f msg/s %7.2f MB/s  (%.3f s; %.3f-%.3f)\n",
		       n / ma, mb / ma, ma, ta[0], ta[rounds - 1]);
		printf("its JSON alone:   %8.1f msg/s %7.2f MB/s  (%.3f s; %.3f-%.3f)\n",
		       n / mj, mb / mj, mj, tj[0], tj[rounds - 1]);
		printf("ratio analysis/parse: %.2f (target <= 2); analysis/decode: %.2f; "
		       "analysis/read: %.2f; read/parse: %.2f; read+scan/parse: %.2f; JSON/parse: %.2f; "
		       "read+scan+JSON/parse: %.2f\n", ma / mp, ma / md, ma / mr, mr / mp, ms / mp, mj / mp,
		       (ms + mj) / mp);
	}
	if (profile > 0 && !st_rule_profile_dump(rules, stdout, (guint)profile))
		fprintf(stderr, "bench_analyze: this build keeps no rule profile "
			"(build/bench/bench_analyze-profile does)\n");
	if (worst > 0)
		per_message(&c, cfg, rules, rounds, worst);
	g_free(tp);
	g_free(td);
	g_free(ta);
	g_free(tr);
	g_free(ts);
	g_free(tj);
	g_ptr_array_unref(c.blobs);
	g_ptr_array_unref(c.names);
	return 0;
}
