/*
 * unwrap.h — command lines and log lines that a mail client hard-wrapped
 * put back on one line (module unwrap.c).
 *
 * Outlook's plain text breaks every line longer than 76 columns between
 * words when it sends (Gmail's plain-text mode at 78); so does a writer's
 * editor set to a text width.  Prose survives that, but a command or a log
 * line broken so has its tail at column 0, outside the indented block it
 * belongs to, and a transcript reads as two blocks with a line of prose
 * between them.
 *
 * st_unwrap_blocks() joins such a tail back, and nothing else.  It looks
 * only at text that is hard-wrapped: no line is longer than 80 columns
 * (a text with a longer line was not wrapped, and is left as it is) but
 * a quoted one ('>': a client wraps only what is being written) or one
 * whose first word ends past column 72 (a URL, a token: nowhere to break
 * it), and one of the writer's own lines is 60 or longer (a short text was
 * never wrapped: after a line of 15 columns any word would seem not to
 * have fitted); that longest own line is the width it was wrapped to.  A
 * line TAIL is joined to the line before it when
 * - the line before is in an indented block: it is indented by two
 *   spaces or a tab, and so is every line of its run of indented lines,
 *   which does not continue a command at column 0 (a prompt's line, or one
 *   that ends in a backslash: a writer who sets a command at column 0 sets
 *   its output there too, "$ curl ... \" / "    -H ..." over
 *   '{"error":"forbidden"}' is no broken line); or it is itself a tail;
 * - TAIL starts at column 0 with neither a space nor a quote mark ('>')
 *   nor a shell prompt ("$ ", "# "), and its first word would not have
 *   fitted on the line before within the text's longest line (the proof
 *   that a client broke it there);
 * - the line after the last tail joined goes back to the block: it is
 *   indented, blank, or the end of the text.
 * A joined tail is appended after one space (the one the break took).
 */
#ifndef SECTRIAGE_UNWRAP_H
#define SECTRIAGE_UNWRAP_H

#include <glib.h>

G_BEGIN_DECLS

/* S (LEN bytes of UTF-8 text) with its hard-wrapped block lines joined,
 * appended to OUT; FALSE (OUT untouched) when nothing was joined.  Line
 * ends: LF or CR LF. */
gboolean st_unwrap_blocks(GString *out, const char *s, gsize len);

G_END_DECLS
#endif
