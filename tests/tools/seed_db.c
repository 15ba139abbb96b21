/*
 * seed_db.c — fill a triage database with generated reports, for the
 * maintainers' end-to-end test and the digest benchmark.
 *
 *   build/tools/seed_db --db PATH --count N [--now ISO8601] [--seed S] [--no-messages]
 */
#include <stdio.h>

#include "../unit/seed.h"

int
main(int argc, char **argv)
{
	g_autofree char *db = NULL, *now_s = NULL;
	int count = 300, seed = 7;
	gboolean no_messages = FALSE;
	GOptionEntry entries[] = {
		{ "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "database (created)", "PATH" },
		{ "count", 0, 0, G_OPTION_ARG_INT, &count, "reports to add (300)", "N" },
		{ "now", 0, 0, G_OPTION_ARG_STRING, &now_s, "reports are spread over 200 days before this time", "ISO8601" },
		{ "seed", 0, 0, G_OPTION_ARG_INT, &seed, "random seed (7)", "S" },
		{ "no-messages", 0, 0, G_OPTION_ARG_NONE, &no_messages, "reports only, no stored messages", NULL },
		{ NULL },
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("");
	g_autoptr(GError) err = NULL;
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!g_option_context_parse(ctx, &argc, &argv, &err) || db == NULL || count < 0) {
		fprintf(stderr, "seed_db: %s\n", err ? err->message : "--db PATH is required");
		return 2;
	}
	g_autoptr(GTimeZone) utc = g_time_zone_new_utc();
	g_autoptr(GDateTime) now = now_s ? g_date_time_new_from_iso8601(now_s, utc)
		: g_date_time_new_now_utc();
	if (now == NULL) {
		fprintf(stderr, "seed_db: bad --now %s\n", now_s);
		return 2;
	}
	StStore *store = st_store_open(db, 5000, &err);
	if (store == NULL) {
		fprintf(stderr, "seed_db: %s\n", err->message);
		return 1;
	}
	gboolean ok = seed_db(store, count, g_date_time_to_unix(now), (guint32)seed, !no_messages,
			      &err);
	st_store_close(store);
	if (!ok) {
		fprintf(stderr, "seed_db: %s\n", err->message);
		return 1;
	}
	printf("seeded %d reports into %s\n", count, db);
	return 0;
}
