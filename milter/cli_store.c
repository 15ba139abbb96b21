/* STUB (lead): placeholder so the tree links; the owner replaces this file. */
#include "sectriage/cli.h"
int st_cmd_file(StCli *c, int argc, char **argv) { st_cli_error("file", "not built yet"); return 1; }
int st_cmd_list(StCli *c, int argc, char **argv) { st_cli_error("list", "not built yet"); return 1; }
int st_cmd_show(StCli *c, int argc, char **argv) { st_cli_error("show", "not built yet"); return 1; }
int st_cmd_db(StCli *c, int argc, char **argv) { st_cli_error("db", "not built yet"); return 1; }
