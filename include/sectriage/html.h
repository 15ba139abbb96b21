/*
 * html.h — HTML to plain text (module html.c).
 *
 * A forgiving one-pass converter for HTML-only reports: tags dropped, script,
 * style, title and comments dropped, block elements become line breaks, list
 * items "- ", table cells separated by spaces, <pre> kept verbatim, entities
 * decoded (named, decimal, hex), a link's target appended as " <URL>" when
 * the link text does not show it.  Malformed markup never fails: an
 * unterminated tag ends the text.  Linear in the input.
 */
#ifndef SECTRIAGE_HTML_H
#define SECTRIAGE_HTML_H

#include <glib.h>

G_BEGIN_DECLS

/* Text of the UTF-8 HTML in HTML (LEN bytes, or -1 for NUL-terminated), LF
 * line ends, at most MAX bytes (cut on a character boundary; *TRUNCATED set
 * when cut, if non-NULL).  Never NULL; g_free(). */
char *st_html_to_text(const char *html, gssize len, gsize max, gboolean *truncated);

G_END_DECLS
#endif
