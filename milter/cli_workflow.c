/* STUB (lead): placeholder so the tree links; the owner replaces this file. */
#include "sectriage/cli.h"
int st_cmd_set(StCli *c, int argc, char **argv) { st_cli_error("set", "not built yet"); return 1; }
int st_cmd_attachment(StCli *c, int argc, char **argv) { st_cli_error("attachment", "not built yet"); return 1; }
