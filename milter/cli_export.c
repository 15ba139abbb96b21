/* STUB (lead): placeholder so the tree links; the owner replaces this file. */
#include "sectriage/cli.h"
int st_cmd_export(StCli *c, int argc, char **argv) { st_cli_error("export", "not built yet"); return 1; }
