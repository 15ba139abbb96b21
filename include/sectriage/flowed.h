/*
 * flowed.h — RFC 3676 format=flowed text read back as its writer wrote it
 * (module flowed.c).
 *
 * Thunderbird, Roundcube, Apple Mail, Alpine and others send
 * "text/plain; format=flowed" and soft-wrap long lines at about 72 columns
 * by ending a line with a space.  Read as it is, every fact that crosses a
 * soft break (a link, a command line, a version after its label) is split
 * over two lines; decoded, each paragraph is one line again.
 *
 * What st_flowed_decode() does, line by line (RFC 3676 section 4):
 * - a line's quote depth is the number of '>' it starts with; after them
 *   one space before content that is not a space is space-stuffing and is
 *   not content (" From" is "From").  An unquoted line indented by two or
 *   more spaces loses one when the text's indents show stuffing: when more
 *   of its lines so indented are indented by an odd count (3, 5, 9: the
 *   writer's 2, 4, 8 plus the client's stuffing space, as Thunderbird,
 *   Apple Mail and Alpine send them) than by an even one.  Otherwise it
 *   keeps its indent as written: many writers and some clients label text
 *   format=flowed without stuffing it, and taking a space off their
 *   indented transcripts would change what they show.  Either way a
 *   transcript reads as its writer indented it (a four-space indent is a
 *   code block to the extraction, a three-space one is not);
 * - a line whose content ends in a space is flowed, except the signature
 *   separator "-- " (always fixed) and a blank line (no content but
 *   spaces); with DelSp=yes that trailing space is deleted before joining;
 * - a flowed line is joined with the next line when that line has the same
 *   quote depth and is not blank; a next line of another depth, a blank
 *   line, the separator "-- " or the end of the text end the paragraph
 *   instead: the blank line stays a line of its own, so paragraphs stay
 *   apart (a flowed line before a blank line is a sender's slip, not a
 *   request to lose the blank line);
 * - a paragraph is written as one line: at depth 0 without the stuffing
 *   space, quoted with its first line's quote marks and stuffing as written
 *   ("> text", ">>text"), so the quoting reads as before; continuation
 *   lines add only their content.
 * Line ends may be LF, CR LF or a lone CR (as st_hdecode_text reads them);
 * the output has LF and ends with one when the input did.
 */
#ifndef SECTRIAGE_FLOWED_H
#define SECTRIAGE_FLOWED_H

#include <glib.h>

G_BEGIN_DECLS

/* Append S (LEN bytes of text; any ASCII-compatible encoding, NUL bytes
 * kept) decoded as format=flowed (DELSP: DelSp=yes) to OUT.  One pass;
 * the output is never longer than the input. */
void st_flowed_decode(GString *out, const char *s, gsize len, gboolean delsp);

/* TRUE when the Content-Type parameter values FORMAT and DELSP (either may
 * be NULL) ask for format=flowed; *DEL gets DelSp=yes.  Case-insensitive. */
gboolean st_flowed_params(const char *format, const char *delsp, gboolean *del);

G_END_DECLS
#endif
