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

/* The alt texts of the images (<img alt="...">) in the UTF-8 HTML in HTML
 * (LEN bytes, or -1), one a line, as st_html_to_text shows them among the
 * text, for a reader that has only the plain alternative beside it (where
 * the image left a blank): none inside a <blockquote> (a quoted mail's),
 * none empty.  At most MAX bytes; NULL when there is none.  g_free(). */
char *st_html_alt_text(const char *html, gssize len, gsize max);

G_END_DECLS
#endif
