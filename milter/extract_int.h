/*
 * extract_int.h — helpers shared by the extract*.c files (not a public API).
 *
 * The extractors run the patterns of a rule group over a text, skip the
 * candidates that a reject group ([NAME.not]) vetoes, and read values from
 * named capture groups.  See rules/extract.rules for the conventions.
 */
#ifndef SECTRIAGE_EXTRACT_INT_H
#define SECTRIAGE_EXTRACT_INT_H

#include "sectriage/extract.h"

G_BEGIN_DECLS

/* One accepted match of a rule pattern. */
typedef struct {
	const StPattern *pat;   /* the pattern that matched (owned by the rules) */
	GMatchInfo *mi;         /* owned; NULL when empty */
	const char *text;       /* the text matched (not owned) */
	gint start, end;        /* byte offsets of the value (or whole match) */
} StXHit;

/* Find the first acceptable match of GROUP's patterns in TEXT: patterns in
 * file order, matches left to right.  With CAPTURE non-NULL a match counts
 * only when that named group took part and is non-empty, and START/END are
 * its offsets.  REJECT (may be NULL) vetoes candidates (st_x_rejected).
 * Returns TRUE and fills HIT (st_x_hit_clear after) or FALSE. */
gboolean st_x_find(const StRuleGroup *group, const StRuleGroup *reject,
		   const char *text, const char *capture, StXHit *hit);
/* st_x_find with SCAN, a scan of TEXT (st_scan_new; NULL: none): patterns
 * whose literals TEXT lacks are not run, here or in REJECT's windows. */
gboolean st_x_find_in(const StRuleGroup *group, const StRuleGroup *reject,
		      const StScan *scan, const char *text, const char *capture,
		      StXHit *hit);
/* Whether a candidate [START, END) of TEXT is taken (st_x_find_if). */
typedef gboolean (*StXAccept)(const char *text, gint start, gint end, gpointer data);
/* st_x_find_in where a candidate that REJECT lets through must also be
 * taken by ACCEPT (NULL: every one), called in the order candidates are
 * tried: the first pattern's matches left to right, then the next
 * pattern's.  ACCEPT may keep what it worked out in DATA. */
gboolean st_x_find_if(const StRuleGroup *group, const StRuleGroup *reject,
		      const StScan *scan, const char *text, const char *capture,
		      StXAccept accept, gpointer data, StXHit *hit);
/* st_x_find_in that prefers a candidate ASIDE (may be NULL) does not
 * mark: a candidate ASIDE marks (its windows, like a reject group's: a
 * version "not affected", a range's bound, a colleague's machine) is taken
 * only when GROUP has no other.  *ASIDE_HIT (may be NULL) says whether the
 * hit is such a second choice. */
gboolean st_x_find_preferring(const StRuleGroup *group, const StRuleGroup *reject,
			      const StRuleGroup *aside, const StScan *scan, const char *text,
			      const char *capture, StXHit *hit, gboolean *aside_hit);
/* An StXAccept (its DATA an StXAside) that refuses a candidate ASIDE
 * marks (st_x_rejected_in) and notes in SEEN that it did: the first pass
 * of st_x_find_preferring, and of the version's walk over its groups. */
typedef struct {
	const StRuleGroup *aside;
	const StScan *scan;
	gboolean seen;       /* a candidate was set aside */
} StXAside;
gboolean st_x_not_aside(const char *text, gint start, gint end, gpointer data);
void st_x_hit_clear(StXHit *hit);

/* Named group NAME of HIT, trimmed, whitespace runs collapsed; NULL when the
 * group does not exist, did not take part or is empty.  g_free(). */
char *st_x_named(const StXHit *hit, const char *name);

/* TRUE when a pattern of REJECT matches the text before START ("match.*"
 * keys) or after END ("match.after.*" keys), within the group's "window"
 * bytes, cut at the sentence boundary when "sentence" is true, or the
 * candidate [START, END) itself ("match.self.*" keys), or the run of
 * non-blank characters the candidate stands in ("match.token.*" keys: a
 * URL, an e-mail address, a host name), or the window before, the
 * candidate and the window after joined by U+001F ("match.around.*"). */
gboolean st_x_rejected(const StRuleGroup *reject, const char *text, gint start, gint end);
/* st_x_rejected with SCAN, a scan of TEXT (NULL: none). */
gboolean st_x_rejected_in(const StRuleGroup *reject, const StScan *scan, const char *text,
			  gint start, gint end);

/* TEXT prepared for extraction: CR removed, tabs and no-break spaces made
 * spaces; quoted lines ("> ...") have their markers removed (KEEP_QUOTED)
 * or are dropped.  A reply header of HEADER (may be NULL; [quote.header]:
 * "-----Original Message-----", "On ... wrote:") starts a quoted run of its
 * own, and when no "> " line follows it everything below it is quoted; the
 * opening of a forwarded message ([quote.forward], found with HEADER) starts
 * runs that are kept whatever KEEP_QUOTED, as the writer's own.  A
 * quoted run in which a pattern of DROP (may be NULL) matches is dropped
 * whole (our own mail quoted back to us).  RULES (may be NULL) gives the
 * literal prefilter for HEADER's patterns.  Never NULL (NULL TEXT gives "");
 * g_free(). */
char *st_x_prepare(const StRules *rules, const char *text, gboolean keep_quoted,
		   const StRuleGroup *drop, const StRuleGroup *header);

/* TRUE when a line of TEXT (NULL-safe) is quoted, or is a reply header of
 * HEADER, as st_x_prepare sees it: otherwise st_x_prepare gives the same
 * text whatever KEEP_QUOTED. */
gboolean st_x_quoted(const StRules *rules, const char *text, const StRuleGroup *header);

/* TEXT's lines and reply headers read once for several of the questions
 * above (st_x_quote_new: TEXT may be NULL and must outlive it; StXQuote is
 * declared in sectriage/extract.h): st_x_quote_any is st_x_quoted,
 * st_x_quote_prepare without BY_SUBJECT is st_x_prepare with the same
 * RULES, TEXT and HEADER. */
StXQuote *st_x_quote_new(const StRules *rules, const char *text, const StRuleGroup *header);
gboolean st_x_quote_any(StXQuote *q);
/* st_x_prepare of Q's text; with BY_SUBJECT a Subject that marks a forward
 * (st_x_quote_body) also opens the forwarded mail, as in st_x_quote_mark. */
char *st_x_quote_prepare(StXQuote *q, gboolean keep_quoted, const StRuleGroup *drop,
			 gboolean by_subject);

/* extract_version.c: st_extract_version, taking only a version that
 * [version.aside] does not set aside: a text read before the rest of the
 * mail (a cover note) gives no second choice that would outrank the
 * rest's first one. */
void st_x_version_firm(const StRules *rules, const char *text, StAnalysis *a);

/* extract_version.c: the version an attachment's file NAME gives
 * ([version_file]: the product named, then its release, as a reporter
 * names a screenshot "msb-0.10.9-shadow.png"), when A has none. */
void st_x_version_file_name(const StRules *rules, const char *name, StAnalysis *a);

/* The cover note of Q's text: the writer's own lines above the opening of
 * the first forwarded message they pass on (a [quote.forward] line, or the
 * first reply header under a forward Subject, as st_x_quote_mark sees
 * them), quoted lines left out; NULL when no forwarded message opens.
 * g_free(). */
char *st_x_quote_cover(StXQuote *q);

/* Q's text with every quoted line marked "> ", those below an unmarked
 * reply header included, and the quoted runs DROP (may be NULL) matches
 * left out, for readers that tell quoted lines by their marks (classify.c).
 * A forwarded message the writer passes on stays unmarked, the one a
 * forward Subject announces included (st_x_quote_body).  g_free(). */
char *st_x_quote_mark(StXQuote *q, const StRuleGroup *drop);

/* The evidence line of TEXT at byte POS (trimmed, printable, <= 200 bytes). */
char *st_x_evidence(const char *text, gint pos);

/* Collapse whitespace runs of S in place to single spaces and trim. */
char *st_x_squash(char *s);

/* The character at P, and in *NEXT where the next one starts: ASCII
 * without a call (prose is mostly ASCII; these loops ran g_utf8_get_char
 * on every byte of the description, #9). */
static inline gunichar
st_x_char_at(const char *p, const char **next)
{
	if ((guchar)*p < 0x80) {
		*next = p + 1;
		return (guchar)*p;
	}
	*next = g_utf8_next_char(p);
	return g_utf8_get_char(p);
}

/* Words of S: whitespace-separated tokens; CJK characters count half
 * (extract_desc.c). */
guint st_x_count_words(const char *s);

/* Does any pattern of GROUP match S (NULL-safe)? */
gboolean st_x_any(const StRuleGroup *group, const char *s);
/* st_x_any with SCAN, a scan of S or of a text S is a substring of (NULL:
 * none). */
gboolean st_x_any_in(const StRuleGroup *group, const StScan *scan, const char *s);

/* CVSS vector of TEXT into A (cvss.c); FALSE when none. */
gboolean st_x_cvss(const StRules *rules, const char *text, StAnalysis *a);

/* ---- the text as typed lines (extract_lines.c, extract_lines_match.c) ---- */

typedef enum {
	L_BLANK, L_PROSE, L_CMD, L_CONT, L_CODE, L_COMMENT, L_OUTPUT, L_FENCE
} LineType;

/* One line; bit fields keep a long log's lines small (32 bytes a line). */
typedef struct {
	char *s;             /* the line (points into the split array) */
	char *cmd;           /* command after a prompt, or NULL (owned) */
	guint segment;       /* block segment number (0: none) */
	gint pos;            /* byte offset in the text */
	guint type : 4;      /* LineType */
	guint block : 1;     /* fenced, indented, or following a prompt */
	guint in_item : 1;   /* continues a list item */
	guint fence_code : 1; /* inside a fence whose language is code or config */
	guint env_poc : 1;   /* command only shows the environment */
	guint env_log : 1;   /* its output is not a log */
	guint logline : 1;   /* matches [logs.line] */
	guint imagined : 1;  /* in a block its heading calls expected or
	                      * example output ([logs.imagined]): not a log */
	guint heredoc : 1;   /* a here-document's body or its delimiter line:
	                      * input typed to a command, not output */
} Line;

typedef struct {
	const StRules *rules;
	char *raw;           /* the text, cut in place: each line NUL-terminated
	                      * until lines_clear puts the line ends back */
	Line *l;
	guint n;
	GHashTable *any;     /* StRuleGroup* -> GroupLines*: line_any's memo */
	StScan *scan;        /* the literals of the whole text (prefilter) */
	gboolean denied;     /* the writer says elsewhere (the body over an
	                      * attached write-up) there is no PoC */
} Lines;

/* A line read for prose or output (extract_logs_prose.c): its text
 * without indentation, its length without trailing white space in *N; the
 * words of T (N bytes), its plain words and letters (a token of signs
 * alone, an emoji, is none); whether those counts make a sentence; whether
 * line L is prose by them or is a CJK sentence ([logs.line] lines never). */
const char *st_x_line_trimmed(const Line *l, gsize *n);
void st_x_log_words(const char *t, gsize n, gsize *words, gsize *plain, gsize *letters);
gboolean st_x_prose_counts(const char *t, gsize n, gsize words, gsize plain, gsize letters);
gboolean st_x_prose_line(const Line *l);

/* The group NAME of RULES, or NULL. */
static inline const StRuleGroup *
st_x_grp(const StRules *rules, const char *name)
{
	return st_rules_group(rules, name);
}

/* Cut TEXT (owned by the caller, cut in place until st_x_lines_clear) into
 * typed lines for RULES. */
void st_x_lines_init(Lines *ls, const StRules *rules, char *text);
/* st_x_lines_init, the lines group G matches known already: HITS, one per
 * line of TEXT (N_HITS of them, as st_x_count_lines_hits gives them; not
 * taken).  Another number of lines than TEXT has: not used. */
void st_x_lines_init_known(Lines *ls, const StRules *rules, char *text, const StRuleGroup *g,
			   const guint8 *hits, guint n_hits);
void st_x_lines_clear(Lines *ls);
/* The shell quote still open at the end of S when Q (0, '\'' or '"') was
 * open at its start. */
char st_x_open_quote(const char *s, char q);
/* Cut TEXT into LS's lines (each line end becomes '\0'): LS->raw, n, l
 * (one Line more than n, zeroed); nothing else of LS is touched
 * (extract_lines_match.c). */
void st_x_lines_cut(Lines *ls, char *text);
/* Put the line ends of LS's text back ('\n') or cut it into lines ('\0'). */
void st_x_lines_join(const Lines *ls, char end);
/* LS's memo of the lines each group matches (LS->any), HITS of G (one per
 * line, N_HITS of them; not taken) known already when not NULL. */
void st_x_line_memo_init(Lines *ls, const StRuleGroup *g, const guint8 *hits, guint n_hits);
/* Does a pattern of G match line L of LS (memoised per group)? */
gboolean st_x_line_any(const Lines *ls, const StRuleGroup *g, const Line *l);
/* Does G match prose line UP of LS read with line DN below it in the same
 * segment (UP, a space, DN without its indentation)?  A sentence or a
 * heading hard-wrapped over two lines says what neither line says alone. */
gboolean st_x_pair_any(const Lines *ls, const StRuleGroup *g, const Line *up, const Line *dn);
/* The number of lines of TEXT a pattern of G matches, TEXT cut as
 * g_strsplit (TEXT, "\n", MAX) cuts it (the MAX-th piece is the rest of
 * the text, whole; MAX 0: no limit), but each pattern run over the text
 * once rather than once a line.  SCAN: a scan of TEXT, or NULL. */
guint st_x_count_lines(const StRuleGroup *g, const StScan *scan, const char *text, guint max);
/* st_x_count_lines, and when every line of TEXT was matched alone (MAX
 * above its number of lines, or 0): *HITS, one per line, 1 where G
 * matches it, *N_HITS of them (g_free); else *HITS NULL. */
guint st_x_count_lines_hits(const StRuleGroup *g, const StScan *scan, const char *text,
			    guint max, guint8 **hits, guint *n_hits);
/* S starts with indentation (a tab or two spaces). */
gboolean st_x_is_indented(const char *s);
/* S starts with a branch of a printed tree ("└── ", "|-- "). */
gboolean st_x_tree_line(const char *s);
/* Line L of LS is a tree's branch, or the short line right above one. */
gboolean st_x_tree_part(const Lines *ls, const Line *l);
/* The width of S's indentation, a tab four columns. */
guint st_x_indent_width(const char *s);
/* Line I as evidence: trimmed, printable, cut short (g_free). */
char *st_x_line_evidence(const Lines *ls, guint i);
/* The index of the nearest non-blank line above line I (at most MAX_UP
 * up) — a heading when it looks like one — or -1. */
gint st_x_heading_above(const Lines *ls, guint i, guint max_up);
/* Is line I a setext underline ("-----" or "=====") under a line of prose? */
gboolean st_x_setext_underline(const Lines *ls, guint i);
/* Is S only a placeholder ([poc.placeholder]: "<command>", "TBD")? */
gboolean st_x_placeholder(const StRules *rules, const char *s);
/* Does G match heading line H, read with a colon at its end when a setext
 * underline is under it (H the underline: its heading)? */
gboolean st_x_heading_any(const Lines *ls, const StRuleGroup *g, guint h);
/* Is line H of LS a heading by its form: a Markdown "#" or a section
 * mark opens it ("## Steps", "■ 再現手順"), or a setext underline is
 * under it? */
gboolean st_x_formal_heading(const Lines *ls, guint h);

/* List items and here-documents, for the line typing
 * (extract_lines_items_heredocs.c). */
/* Is P a step of a list whose text is a command ("2. curl -s https://x")? */
gboolean st_x_step_command(const Lines *ls, const Line *p);
/* Is indented line I of LS an item of a list ([poc.step] matches STEP)
 * rather than a line of an indented block (AFTER_PROMPT: a prompt's)? */
gboolean st_x_indented_item(Lines *ls, guint i, const StRuleGroup *step, gboolean after_prompt);
/* Is line I of LS, not indented, an item of a list ([poc.step] matches
 * STEP) rather than a table a prompt's command printed (AFTER_PROMPT)? */
gboolean st_x_line_item(Lines *ls, guint i, const StRuleGroup *step, gboolean after_prompt);
/* Is the indented block of line I, inside a list item, announced as
 * output by the line above it?  *OUT_SEG keeps the answer per block. */
gboolean st_x_output_block(const Lines *ls, guint i, gint *out_seg);
/* Is line I, indented in a list item, the item's sentence wrapped onto it? */
gboolean st_x_item_wrap(const Lines *ls, guint i);
/* Does command line I of LS open a here-document?  *DOC_END: the line
 * that closes it (0: none, counted in *DOC_MISSES). */
gboolean st_x_heredoc_opens(const Lines *ls, guint i, guint *doc_end, guint *doc_misses);

/* ---- the checklist (extract.c, extract_poc.c, extract_logs.c,
 * extract_desc.c, extract_nonreport.c) ---- */

/* Tick item C of A with EVIDENCE (taken; replaces the earlier evidence)
 * (extract.c). */
void st_x_set_check(StAnalysis *a, StCheck c, char *evidence);
/* Is ATT a report written as a document: with text, named as DOC
 * ([checklist.document]) says, neither a PoC nor a screenshot, or mostly
 * prose under a short body (att->document) (extract.c)? */
gboolean st_x_report_document(const StRuleGroup *doc, const StAttachment *att);
/* The first line of a proof of concept in LS, or -1 (extract_poc.c). */
gint st_x_poc_line(const Lines *ls);
/* The PoC item of A: MSG's PoC attachment (MSG may be NULL: a report
 * document's lines), else a reproduction in LS (extract_poc.c). */
void st_x_check_poc(const Lines *ls, const StMessage *msg, StAnalysis *a);
/* The first line of output in LS that a command or an output heading
 * above it makes a log (a transcript), or -1 (extract_logs.c). */
gint st_x_find_transcript(const Lines *ls);
/* The logs item of A: MSG's log or screenshot attachment or one with
 * saved output (MSG may be NULL), else logs in LS (extract_logs.c). */
void st_x_check_logs(const Lines *ls, const StMessage *msg, StAnalysis *a);
/* The reporter's own prose: SUBJECT (may be NULL) and LS's prose lines up
 * to a signature, questions left out; *BODY_AT is where the body starts,
 * *WHOLE (when WHOLE is not NULL; g_free) the prose with its questions.
 * Returns a new string, g_free() (extract_desc.c). */
char *st_x_description_prose(const Lines *ls, const char *subject, gsize *body_at,
			     char **whole);
/* The description item of A from LS's prose and SUBJECT (may be NULL);
 * MSG's attachments tell whether logs were attached (extract_desc.c). */
void st_x_check_description(const Lines *ls, const StMessage *msg, const char *subject,
			    StAnalysis *a);
/* The body's prose as the reports-nothing reading reads it:
 * st_x_description_prose of the body's lines with the message's own
 * subject, taken by checklist_on from the lines it types anyway, so that
 * the body's lines are typed once (#9).  Owned: st_x_body_prose_clear. */
typedef struct {
	char *prose;   /* questions left out */
	char *whole;   /* with its questions */
	gsize body_at; /* where the body starts in both */
} StXBodyProse;
void st_x_body_prose_clear(StXBodyProse *bp);
/* When MSG reports nothing of the writer's own, A loses its description
 * and gets the flag "reports-nothing".  TEXT is the body as checklist_on
 * read it, BP the prose checklist_on took of it (extract_nonreport.c). */
void st_x_check_reports_nothing(const StRules *rules, const StMessage *msg, char *text,
				const StXBodyProse *bp, StAnalysis *a);

/* What MSG, whose own (unquoted) text is OWN, corrects or retracts of
 * earlier messages of its report: A's corrects and retracts, and A's
 * retracted items from OWN alone (extract_revise.c). */
void st_x_revisions(const StRules *rules, const StMessage *msg, const char *own,
		    StAnalysis *a);

/* The first MAX bytes of CONTENT as a string when they are UTF-8 text
 * without NUL bytes, or UTF-16 or UTF-32 text that starts with its
 * byte-order mark (converted), else NULL.  g_free() (extract_roles.c). */
char *st_x_utf8_head(GBytes *content, gint64 max);
/* The text of ATT that the parser did not keep as text: the decoded
 * bytes of an application/octet-stream (or untyped) attachment that are
 * UTF-8 text (st_x_utf8_head, [role.content] max_bytes), else NULL
 * (also when ATT has text already).  g_free(). */
char *st_x_attachment_text(const StRules *rules, const StAttachment *att);
/* Is TEXT a crash or diagnostics report a system wrote ([logs.crash-report])
 * and does it not start like code ([role.content])?  SCAN is TEXT's scan
 * (or NULL); FALSE when TEXT is NULL. */
gboolean st_x_crash_report(const StRules *rules, const StScan *scan, const char *text);
/* Is TEXT a scanner's or analysis tool's result file ([logs.tool-report]:
 * SARIF, a findings list) and not code writing one?  SCAN: TEXT's or NULL. */
gboolean st_x_tool_report(const StRules *rules, const StScan *scan, const char *text);

/* Set the role of every attachment of MSG (extract_roles.c). */
void st_x_set_roles(const StRules *rules, const StMessage *msg);
/* The first member of the archive ATT named as a log or a screenshot
 * ([role.log], [role.screenshot]: "bundle/out.txt", "repro/run.log"),
 * or NULL: a bundle of a script and the output of its run shows that
 * output (1735).  Points into ATT (extract_roles.c). */
const char *st_x_archive_log_member(const StRules *rules, const StAttachment *att);
/* Sets A's logs and description items when the notes in one of MSG's
 * attached archives show them (extract_archive.c). */
void st_x_archive_checklist(const StRules *rules, const StMessage *msg, StAnalysis *a);
/* Sets A's credit from the notes in one of MSG's attached archives that
 * are the write-up, when they ask for one (extract_archive.c). */
void st_x_archive_credit(const StRules *rules, const StMessage *msg, StAnalysis *a);
/* The text the PDF document PDF shows (its content streams' strings), at
 * most [extract.pdf] max_text_bytes; NULL when PDF is not a PDF or shows no
 * readable text.  g_free() (extract_pdf.c). */
char *st_x_pdf_text(const StRules *rules, GBytes *pdf);
/* The text an asciinema recording CAST shows: its output events' data in
 * order, terminal escape sequences taken out, CR LF as LF, at most
 * [extract.cast] max_text_bytes; NULL when CAST is no asciicast v2/v3 or
 * shows nothing.  g_free() (extract_cast.c). */
char *st_x_cast_text(const StRules *rules, GBytes *cast);
/* The text the Word document DOCX shows (word/document.xml's runs, a line
 * per paragraph), at most [extract.docx] max_text_bytes; NULL when DOCX is
 * not a .docx or shows no text.  g_free() (extract_docx.c). */
char *st_x_docx_text(const StRules *rules, GBytes *docx);
/* The text of the notes in archive attachment ATT (its small text members
 * that [extract.archive] names, a README beside a PoC), joined by blank
 * lines, at most [extract.archive] max_text_bytes; NULL when ATT is no
 * archive, is not kept or holds no such member.  Read for the version and
 * the platform, the logs and the description.  g_free() (extract_archive.c). */
char *st_x_archive_text(const StRules *rules, const StAttachment *att);

/* Shared by the credit readings (extract_credit.c, extract_credit_own.c;
 * the names and links in extract_credit_name.c, the sentences they walk
 * in extract_credit_text.c). */
/* The quoted name whose opening quote ends at AT, or NULL.  g_free(). */
char *st_xc_quoted_at(const char *start, const char *at);
/* TEXT with a credit wish's footnote markers replaced by the footnotes'
 * words ("credited¹" over "¹ NAME, URL"), or NULL when no
 * marker has one (extract_credit_answer.c).  g_free(). */
char *st_xc_footnotes_inlined(const char *text);
/* The first [credit.link] link in S, or NULL.  g_free(). */
char *st_xc_first_link(const StRuleGroup *group, const StScan *scan, const char *s);
/* The longest credit name in bytes: [credit] name_max. */
gint64 st_xc_name_max(const StRules *rules);
/* The first link in S unless [credit.no-link] declines one.  g_free(). */
char *st_xc_request_link(const StRules *rules, const StScan *scan, const char *s);
/* Is NAME, asked to be credited, someone other than FROM_NAME, the
 * sender's display name: neither name's words all among the other's
 * ("Vojtěch Novák" from "Jana Nováková"; not "Jana" from "Jana Nováková"
 * nor "Dr. Jana Nováková")?  FALSE when there is no sender's name
 * (extract_credit_own.c). */
gboolean st_xc_not_the_sender(const char *name, const char *from_name);
/* The general reading of a credit request over TEXT (SCAN its scan), set
 * in A: TRUE when it set the credit (extract_credit_general.c). */
gboolean st_xc_general_request(const StRules *rules, const StScan *scan, const char *text, StAnalysis *a);
/* The sender's display name FROM_NAME when NAME, asked to be credited, is
 * the same words written without capitals ("credit: aroha ngata, no link
 * pls" from "Aroha Ngata"), else NULL (extract_credit_own.c).  g_free(). */
char *st_xc_sender_spelling(const char *name, const char *from_name);
/* The length of a dash set off by spaces at P (" - ", " \u2013 ",
 * " \u2014 "), the end of a clause; 0 when there is none
 * (extract_credit_text.c). */
gsize st_xc_clause_dash(const char *p);
/* At most WINDOW bytes of AFTER, cut at a character's start but not
 * inside a word of up to 1 KB (a link that starts in the window is whole;
 * extract_credit_text.c).  g_free(). */
char *st_xc_text_window(const char *after, gint64 window);
/* st_xc_text_window, ended at a blank line: what follows a request, where
 * its name and link are (extract_credit_text.c).  g_free(). */
char *st_xc_request_rest(const char *after, gint64 window);
/* Set A's credit (EVIDENCE owned). */
void st_xc_set_credit(StAnalysis *a, gboolean anonymous, const char *name, const char *link,
		      char *evidence);
/* The next sentence of the text from P: [*S, *E), *NEXT after it
 * (extract_credit_text.c). */
gboolean st_xc_next_sentence(const char *p, const char **s, const char **e, const char **next);
/* NAME (owned) trimmed of quotes, list punctuation and a link in
 * parentheses; NULL when nothing useful is left. */
char *st_xc_clean_name(const StRules *rules, char *name, gint64 max);
/* Where the name starts in SEG: past the [credit.lead] fillers. */
const char *st_xc_name_start(const StRuleGroup *lead, const StScan *scan, const char *seg);
/* The earliest match of any pattern of GROUP in S (SCAN prefilters;
 * extract_credit_text.c). */
gboolean st_xc_earliest(const StRuleGroup *group, const StScan *scan, const char *s, gint *start,
			gint *end);
/* Does a [credit.link] link start FROM, past the punctuation tying it to a name? */
gboolean st_xc_link_follows(const StRules *rules, const StScan *scan, const char *from);
/* The cleaned name at the start of FROM, or NULL; *WRITTEN: quoted or
 * linked.  g_free(). */
char *st_xc_name_at(const StRules *rules, const StScan *scan, const char *from, gint64 max,
		    gboolean *written);
/* Does NAME name a person or an organisation (not "reporters", "the team")? */
gboolean st_xc_name_ok(const StRules *rules, const StScan *scan, const char *name, gboolean written);
/* The length of an affiliation in parentheses at P, right after a name
 * (" (Acme Labs)"), or 0 when what follows is none (a pronoun, a remark
 * about the link, a handle). */
gsize st_xc_affiliation_len(const StRules *rules, const StScan *scan, const char *p);
/* NAME (owned), or the fuller form REST gives of a one-word name.  g_free(). */
char *st_xc_fuller_name(const StRules *rules, const StScan *scan, char *name, const char *rest);
/* NAME (owned) or, when it is one word and TEXT before its byte AT gives it
 * in full (an introduction above the request: "on behalf of our engineer
 * NAME SURNAME, who found it"), that fuller name (st_xc_fuller_name).
 * Returns the name to keep (owned; g_free()). */
char *st_xc_fuller_before(const StRules *rules, const StScan *scan, char *name, const char *text, gint at);
/* The capitalised name straight before the first link in SEG (*LINK), or
 * NULL.  g_free() both. */
char *st_xc_name_before_link(const StRules *rules, const StScan *scan, const char *seg, char **link);
gboolean st_xc_link_ends_with(const char *link, const char *name);
/* For a request in TEXT at START, followed by SEG, that points to a
 * profile it does not write out ([credit.link-named]): the first
 * [credit.link] link above it whose last path segment spells NAME, else
 * the first such link below it (a relayer spelling out the profile the
 * finder named: "Kestrel's fedi account is https://fedi.example/@kestrel",
 * 3583), or NULL.  g_free(). */
char *st_xc_named_link(const StRules *rules, const StScan *scan, const char *text, gint start,
		       const char *seg, const char *name);

/* extract_poc.c and extract_poc_inline.c: a reproduction command
 * ([poc.command-line], not [poc.env]); prose line H says a third party
 * hands out what follows ([poc.others-run]); one of the first words after
 * a program looks like a shell argument; prose line I is a command of its
 * own under a colon sentence; prose line L holds a command inside a
 * sentence. */
gboolean st_x_poc_command(const Lines *ls, const char *s);
gboolean st_x_others_run_heading(const Lines *ls, gint h);
gboolean st_x_shell_args(const char *t);
gboolean st_x_lone_command(const Lines *ls, guint i);
gboolean st_x_inline_command(const Lines *ls, const Line *l);

G_END_DECLS
#endif
