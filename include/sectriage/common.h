/*
 * common.h — small helpers shared by every module.
 *
 * Flags: a report carries a set of short lower-case flag names ("truncated",
 * "unparseable", "depth-limit", "gmime:conflicting-header", ...).  They are kept
 * in a GPtrArray of owned strings without duplicates; st_flag_add() copies.
 *
 * Peer text: anything that came from the network is passed through
 * st_printable() before it is logged, and through st_header_safe() before it
 * goes into a header we write.
 */
#ifndef SECTRIAGE_COMMON_H
#define SECTRIAGE_COMMON_H

#include <glib.h>
#include <gmime/gmime.h>

G_BEGIN_DECLS

#ifndef ST_VERSION
#define ST_VERSION "0.0.0"
#endif

/* GMime objects as g_autoptr (GMime 3.2 declares none of its own). */
G_DEFINE_AUTOPTR_CLEANUP_FUNC(GMimeStream, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(GMimeParser, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(GMimeMessage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(GMimeObject, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(GMimeDataWrapper, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(GMimeFilter, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(GMimeParserOptions, g_mime_parser_options_free)

/* Initialise GMime once per process (thread-safe, idempotent). */
void st_init(void);

/* Add FLAG to FLAGS (GPtrArray of owned char*) unless already present. */
void st_flag_add(GPtrArray *flags, const char *flag);
/* TRUE when FLAGS holds FLAG; FALSE when either is NULL. */
gboolean st_flag_has(const GPtrArray *flags, const char *flag);

/* A copy of S (LEN bytes, or -1 for NUL-terminated) made safe for logs:
 * valid UTF-8, control characters replaced by '?', cut to at most MAX bytes
 * (on a character boundary, "..." appended when cut).  Never NULL; g_free(). */
char *st_printable(const char *s, gssize len, gsize max);

/* A copy of S made safe for one unfolded header line: CR, LF, TAB and other
 * controls become spaces, runs of spaces collapse, cut to MAX bytes.  g_free(). */
char *st_header_safe(const char *s, gsize max);

/* An SMTP path as the MTA or a Return-Path field gives it (ADDR may be
 * NULL): without surrounding spaces and <>, "" for the null sender <>.
 * g_free(). */
char *st_strip_address(const char *addr);

/* Squeeze runs of white space in S (in place): a run of spaces and tabs
 * longer than MAX_RUN keeps MAX_RUN of them, more than 3 blank lines in a row
 * become 3.  Text for pattern matching: a regex with two \s* around an
 * optional token is quadratic in the length of a blank run, and a hostile
 * message can carry a megabyte of blanks.  Returns TRUE if S changed. */
gboolean st_squeeze_blanks(GString *s, guint max_run);

/* Join the hard-wrapped lines of S in place (a line end between two
 * non-empty lines becomes a space; the length and every offset stay): a
 * phrase broken over two lines still matches, a blank line still ends a
 * paragraph. */
void st_join_wrapped(char *s);

/* Is S (a line of LEN bytes without its end) the signature delimiter,
 * "-- " (RFC 3676) or "--" as clients that trim lines send it? */
gboolean st_signature_line(const char *s, gsize len);

/* Current time, or the time given by the environment variable ST_NOW
 * (ISO 8601) for deterministic tests.  Caller unrefs. */
GDateTime *st_now(void);

G_END_DECLS
#endif
