/*
 * extract_desc.c — the checklist's description (extract_int.h): the
 * reporter's own prose says what is wrong and what it gives an attacker
 * ([description.*] in rules/extract.rules), in words the lists know, in
 * sentences that cross a trust boundary or speak of the system, or told
 * beside a PoC or logs (told_beside_evidence).
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* g_unichar_isspace(C), ASCII without a call (\v is not a space there). */
static inline gboolean
char_isspace(gunichar c)
{
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	return g_unichar_isspace(c);
}

guint
st_x_count_words(const char *s)
{
	guint words = 0, cjk = 0;
	gboolean in = FALSE;
	const char *next;

	for (const char *p = s; *p; p = next) {
		gunichar c = st_x_char_at(p, &next);
		if (char_isspace(c)) {
			in = FALSE;
		} else if (c >= 0x80 && g_unichar_iswide(c)) {
			cjk++;
			in = FALSE;
		} else if (!in) {
			words++;
			in = TRUE;
		}
	}
	return words + cjk / 2;
}

/* Do patterns of G match S at two places or more? */
static gboolean
two_matches(const StRuleGroup *g, const StScan *scan, const char *s)
{
	guint n = 0;

	for (guint i = 0; g && i < g->patterns->len && n < 2; i++) {
		const StPattern *p = g_ptr_array_index(g->patterns, i);
		g_autoptr(GMatchInfo) mi = NULL;
		for (st_pattern_match(p, scan, s, &mi); n < 2 && mi && g_match_info_matches(mi);
		     g_match_info_next(mi, NULL))
			n++;
	}
	return n >= 2;
}

/* Does SENTENCE name both sides of a trust boundary: where the attacker is
 * ([description.inside]: the sandbox, the guest, another tenant's key) and
 * what it reaches ([description.outside]: the host, other sandboxes, the
 * network, secrets)?  "code in the sandbox can write files on the host"
 * says what is wrong and why it matters in any language, since these nouns
 * are mostly borrowed technical words. */
static gboolean
sentence_crosses(const StRules *rules, const StScan *scan, const char *sentence)
{
	const StRuleGroup *in = st_x_grp(rules, "description.inside");

	if (!st_x_any_in(in, scan, sentence))
		return FALSE;
	/* two sandboxes in one sentence ("sandbox A ... sandbox B", "sandbox
	 * mới ... sandbox cũ") is a boundary between them, in any language */
	return st_x_any_in(st_x_grp(rules, "description.outside"), scan, sentence) ||
	       two_matches(in, scan, sentence);
}

/* Whether C is a full stop that needs no space after it: the ideographic
 * one (。), the danda of Hindi, Bengali and other Indic scripts (। ॥),
 * the Urdu full stop (۔) and the Ethiopic one of Amharic and Tigrinya (።). */
static gboolean
is_script_stop(gunichar c)
{
	return c == 0x3002 || c == 0x0964 || c == 0x0965 || c == 0x06D4 || c == 0x1362;
}

/* A paragraph's last sentence with no full stop is one when it is at least
 * this long (bytes): shorter, a heading or a sign-off. */
#define PARA_SENTENCE_BYTES 40

/* Sentences of PROSE, at most the first "max_sentences" ([description]).
 * A sentence ends at . ! ? before white space, at 。, a danda or ።, at
 * the end of a short line, or at the end; only one ended by its punctuation with
 * "sentence_words" words or more is prose.  Sets *CROSSING to the prose
 * sentences that cross a boundary (sentence_crosses) and *TECHNICAL to
 * those that speak of the system ([description.anchor]): a report's
 * sentences, in whatever language, name sandboxes, hosts, flags and paths.
 * Sets *STATEMENTS to all the prose sentences (the questions are already
 * blanked out of the description's prose) and *FIRST_PERSON to those in
 * which the writer speaks of themselves ([description.writer]).
 * SCAN is a scan of PROSE (or NULL). */
static void
scan_sentences(const StRules *rules, const StScan *scan, const char *prose, guint *crossing,
	       guint *technical, guint *statements, guint *first_person)
{
	const StRuleGroup *writer = st_x_grp(rules, "description.writer");
	guint max = (guint)st_rules_get_int(rules, "description", "max_sentences", 200);
	guint min_words = (guint)st_rules_get_int(rules, "description", "sentence_words", 6);
	const StRuleGroup *anchor = st_x_grp(rules, "description.anchor");
	guint seen = 0;
	const char *start = prose, *line = prose, *next;

	*crossing = *technical = *statements = *first_person = 0;
	for (const char *p = prose; *p && seen < max; p = next) {
		gunichar c = st_x_char_at(p, &next);
		/* a short line (a subject, a heading, a list item) ends one too */
		gboolean end = is_script_stop(c) ||
			       ((c == '.' || c == '!' || c == '?') &&
				(*next == '\0' || g_ascii_isspace(*next))) ||
			       (c == '\n' && p - line < 50);
		if (c == '\n')
			line = next;
		if (!end && *next != '\0')
			continue;
		g_autofree char *s = g_strndup(start, next - start);
		seen++;
		start = next;
		/* a sentence of prose: ended by its punctuation, not a fragment
		 * ("inside the guest as root, any host dir mounted with -v"),
		 * or one that ends its paragraph unpunctuated, as chat and
		 * phones write ("so any code in any sandbox can read my ghcr
		 * token" over a blank line; round 217), long enough not to
		 * be a heading or a sign-off */
		gboolean stop = is_script_stop(c) || c == '.' || c == '!' || c == '?';
		gboolean para = !stop && (*next == '\0' || (c == '\n' && (*next == '\n' || *next == '\r'))) &&
				strlen(s) >= PARA_SENTENCE_BYTES;
		if ((!stop && !para) || st_x_count_words(s) < min_words)
			continue;
		(*statements)++;
		/* the sentence's own scan: a group's patterns run only on the
		 * sentences that have their words (#9) */
		g_autoptr(StScan) own = scan ? st_scan_new(rules, s, -1) : NULL;
		if (sentence_crosses(rules, own, s))
			(*crossing)++;
		if (st_x_any_in(anchor, own, s))
			(*technical)++;
		if (st_x_any_in(writer, own, s))
			(*first_person)++;
	}
}

/* Blank out the questions of PROSE from byte FROM on: sentences ended by
 * '?' (or a full-width one) ask rather than report ("Has microsandbox ever
 * had a sandbox escape?").  Sentences end as in scan_sentences. */
static void
drop_questions(GString *prose, gsize from)
{
	char *start = prose->str + from, *line = start;
	const char *cnext;

	for (char *p = start; *p; p = (char *)cnext) {
		gunichar c = st_x_char_at(p, &cnext);
		char *next = (char *)cnext;
		gboolean question = c == '?' || c == 0xFF1F;
		gboolean end = is_script_stop(c) || (question && !g_ascii_isalnum(*next)) ||
			       ((c == '.' || c == '!') && (*next == '\0' || g_ascii_isspace(*next))) ||
			       (c == '\n' && p - line < 50);
		if (c == '\n')
			line = next;
		if (!end)
			continue;
		if (question)
			for (char *q = start; q < next; q++)
				if (*q != '\n')
					*q = ' ';
		start = next;
	}
}

/* Blank out the short double-quoted terms of PROSE from byte FROM on
 * ("keywords like \"AI code execution\""), at most MAX bytes between the
 * quotes on one line: a term named, not a claim made.  Straight and curly
 * quotes. */
static void
drop_quoted_terms(GString *prose, gsize from, gsize max)
{
	char *p = prose->str + from;

	while ((p = strpbrk(p, "\"\xe2")) != NULL) {
		gsize open = 1;
		if ((guchar)*p == 0xe2) {
			if (strncmp(p, "\u201c", 3) != 0) {
				p++;
				continue;
			}
			open = 3;
		}
		char *q = p + open;
		char *close = NULL;
		gsize close_len = 0;
		for (; *q && *q != '\n' && (gsize)(q - p) <= max + open; q++) {
			if (*q == '"') {
				close = q;
				close_len = 1;
				break;
			}
			if (strncmp(q, "\u201d", 3) == 0) {
				close = q;
				close_len = 3;
				break;
			}
		}
		if (close == NULL) {
			p += open;
			continue;
		}
		memset(p, ' ', (gsize)(close - p) + close_len);
		p = close + close_len;
	}
}

/* Does prose line I of LS run on into line I + 1, a sentence hard-wrapped
 * at a short width (a phone's mail app wraps at 25-40 characters)?  Line I
 * is short (under [description] unwrap_short bytes, the width at which
 * scan_sentences ends a sentence at a line end; 0 = never), is not ended
 * by a sentence's or a heading's punctuation, and the next line is prose
 * that goes on in lower case ("From one sandbox I can run\ncommands in
 * another\nsandbox on the same host").  A heading, a list item or a
 * signature line is followed by a capital, a digit or a mark. */
static gboolean
runs_on(const Lines *ls, guint i, gsize max)
{
	const Line *l = &ls->l[i];
	gsize len = strlen(l->s);

	if (max == 0 || len == 0 || len >= max || i + 1 >= ls->n)
		return FALSE;
	const Line *n = &ls->l[i + 1];
	if (n->type != L_PROSE || n->logline)
		return FALSE;
	const char *last = g_utf8_find_prev_char(l->s, l->s + len);
	if (last == NULL || strchr(".!?:;", *last) != NULL)
		return FALSE;
	const char *first = n->s;
	while (*first == ' ' || *first == '\t')
		first++;
	return *first != '\0' && g_unichar_islower(g_utf8_get_char_validated(first, -1));
}

/* The reporter's own prose: SUBJECT and the prose lines of LS up to a
 * signature, without logs, about [description] max_bytes of it (the lines
 * that start before that), a sentence hard-wrapped at a short width joined
 * into one line (runs_on), questions left out ([description]
 * drop_questions).  *BODY_AT is where the body's lines start.  When
 * WHOLE is not NULL, *WHOLE gets the same prose with its questions kept
 * (a new string, free it): what tells its language.  Returns a new
 * string (free it). */
char *
st_x_description_prose(const Lines *ls, const char *subject, gsize *body_at, char **whole)
{
	GString *prose = g_string_new(subject);
	gsize max = (gsize)st_rules_get_int(ls->rules, "description", "max_bytes", 65536);
	gint64 unwrap = st_rules_get_int(ls->rules, "description", "unwrap_short", 0);

	g_string_append_c(prose, '\n');
	*body_at = prose->len;
	for (guint i = 0; i < ls->n && prose->len < max; i++) {
		const Line *l = &ls->l[i];
		if (strcmp(l->s, "--") == 0 || strcmp(l->s, "-- ") == 0)
			break;  /* the signature */
		if (l->type != L_PROSE || l->logline)
			continue;
		g_string_append(prose, l->s);
		/* a sentence wrapped short goes on as one line */
		g_string_append_c(prose, runs_on(ls, i, (gsize)MAX(unwrap, 0)) ? ' ' : '\n');
	}
	if (whole != NULL)
		*whole = g_strdup(prose->str);
	if (st_rules_get_int(ls->rules, "description", "drop_questions", 0))
		drop_questions(prose, *body_at);
	gint64 quoted = st_rules_get_int(ls->rules, "description", "drop_quoted_terms", 0);
	if (quoted > 0)
		drop_quoted_terms(prose, *body_at, (gsize)quoted);
	return g_string_free(prose, FALSE);
}

/* Is a report told in the writer's own words beside its evidence?  A mail
 * with a PoC or logs (found before the description) and "evidence_sentences"
 * prose sentences or more ([description]; 0 = never; NS of them), one of
 * which says something is wrong ([description.problem], NP of them) and
 * "evidence_first_person" of which speak of the writer or theirs
 * ([description.writer], NW of them), tells what happened and why it
 * matters even when no phrase of the lists says so: people who are not
 * security specialists describe a flaw through what they saw ("a file
 * saved in /tmp in one sandbox can be opened from another one"), in words
 * no list can foresee.  A script and its output with a line or two around
 * them is no description (devset 12); nor is a question, which is left
 * out of the prose, nor a bounce or a pasted error page, which nobody
 * tells in the first person, nor a writer who says they do not know what
 * the evidence shows (UNEXPLAINED). */
static gboolean
told_beside_evidence(const StRules *rules, const StMessage *msg, const StAnalysis *a, guint np, guint ns,
		     guint nw, gboolean unexplained)
{
	gint64 min = st_rules_get_int(rules, "description", "evidence_sentences", 0);
	gint64 min_own = st_rules_get_int(rules, "description", "evidence_first_person", 1);

	if (min <= 0 || np == 0 || ns < (guint)min || nw < (guint)MAX(min_own, 0))
		return FALSE;
	/* the writer says they do not know what the evidence shows
	 * (UNEXPLAINED): their sentences are about passing it on */
	if (unexplained)
		return FALSE;
	if (a->check[ST_CHECK_POC])
		return TRUE;
	if (!a->check[ST_CHECK_LOGS])
		return FALSE;
	/* logs read from the text, or from an attached log: an attached image
	 * alone shows nothing the prose could be about (st_x_check_logs takes
	 * the first log or screenshot attachment) */
	for (guint i = 0; msg && msg->attachments && i < msg->attachments->len; i++) {
		const StAttachment *att = g_ptr_array_index(msg->attachments, i);
		if (att->role == ST_ROLE_LOG)
			return TRUE;
		if (att->role == ST_ROLE_SCREENSHOT)
			return FALSE;
	}
	return TRUE;
}

/* A body with almost no prose of its own (BODY: a link, a command) beside a
 * PoC or logs: a SUBJECT that by itself says what is wrong
 * ([description.problem]) and what it exposes ([description.impact], or a
 * trust boundary crossed) is the description ("python sdk leaks
 * MSB_API_KEY to code running inside the sandbox" over a gist link that
 * holds the repro).  A subject that only names a topic or a version says
 * neither; a subject beside nothing the team can run or read is a topic,
 * and a reply's subject is the thread's, not what the reply says.
 * [description] subject_with_evidence (0 = off) and subject_body_words (a
 * body with more prose words is judged on its own).  Returns whether the
 * description was set. */
static gboolean
subject_beside_evidence(const StRules *rules, StAnalysis *a, const char *subject,
			const char *body)
{
	gint64 on = st_rules_get_int(rules, "description", "subject_with_evidence", 0);
	gint64 max_body = st_rules_get_int(rules, "description", "subject_body_words", 12);

	if (on == 0 || subject == NULL || *subject == '\0')
		return FALSE;
	if (!a->check[ST_CHECK_POC] && !a->check[ST_CHECK_LOGS])
		return FALSE;
	if (st_x_count_words(body) > (guint)max_body)
		return FALSE;
	g_autoptr(StScan) scan = st_scan_new(rules, subject, -1);
	if (!st_x_any_in(st_x_grp(rules, "description.problem"), scan, subject))
		return FALSE;
	if (!st_x_any_in(st_x_grp(rules, "description.impact"), scan, subject) &&
	    !sentence_crosses(rules, scan, subject))
		return FALSE;
	st_x_set_check(a, ST_CHECK_DESCRIPTION, g_strdup_printf("subject: %s", subject));
	return TRUE;
}

/* Description and impact: enough prose of the reporter's own that says what
 * is wrong ([description.problem]) and what it gives an attacker
 * ([description.impact]); a sentence that crosses a trust boundary
 * (scan_sentences) stands for either, and "min_technical" prose sentences
 * about the system stand for both (a language the lists do not know). */
void
st_x_check_description(const Lines *ls, const StMessage *msg, const char *subject, StAnalysis *a)
{
	gsize body_at = 0;
	g_autofree char *whole = NULL;
	g_autofree char *prose = st_x_description_prose(ls, subject, &body_at, &whole);
	gint64 min_words = st_rules_get_int(ls->rules, "description", "min_words", 40);
	gint64 min_impact = st_rules_get_int(ls->rules, "description", "min_impact", 1);
	gint64 min_problem = st_rules_get_int(ls->rules, "description", "min_problem", 1);
	const StRuleGroup *impact = st_x_grp(ls->rules, "description.impact");

	if (msg != NULL && msg->in_reply_to == NULL &&
	    subject_beside_evidence(ls->rules, a, subject, prose + body_at))
		return;
	if (st_x_count_words(prose) < (guint)min_words)
		return;
	g_autoptr(StScan) scan = st_scan_new(ls->rules, prose, -1);
	/* the writer says the mail asks rather than reports ("I am not
	 * reporting a problem, just asking"): its words about escapes and
	 * leaks are the question's topic, not a description ([description.not]).
	 * Read in the body as written, questions included: the request that
	 * says so is often one ("Could we be added to your pre-notification
	 * list?"), and questions are dropped from the prose above. */
	if (st_x_any_in(st_x_grp(ls->rules, "description.not"), scan, prose + body_at))
		return;
	if (whole != NULL && whole[body_at] != '\0') {
		g_autoptr(StScan) wscan = st_scan_new(ls->rules, whole, -1);
		if (st_x_any_in(st_x_grp(ls->rules, "description.not"), wscan, whole + body_at))
			return;
	}
	/* counted up to what is compared below (ni + nc < min_impact, ni == 0
	 * hold for the count up to min_impact as for the whole count) */
	guint ni = st_rule_count_upto(impact, scan, prose, min_impact);
	/* what is wrong is said in the body: a subject names the topic only
	 * ("Press inquiry: sandbox escapes"), [description] problem_in_body */
	gboolean body_only = st_rules_get_int(ls->rules, "description", "problem_in_body", 0) != 0;
	guint np = st_rule_count_upto(st_x_grp(ls->rules, "description.problem"), scan,
				      body_only ? prose + body_at : prose, min_problem);
	if (ni < (guint)min_impact || np < (guint)min_problem) {
		guint nc, nt, ns, nw;
		gint64 min_tech = st_rules_get_int(ls->rules, "description", "min_technical", 2);
		scan_sentences(ls->rules, scan, prose, &nc, &nt, &ns, &nw);
		/* English prose is a language the lists know: sentences that
		 * merely name the system ("microsandbox comes up a lot") are
		 * no description there ([description.english] known_min).  The
		 * questions left out of the description still show the
		 * language ("Could you tell me whether that is fine with you?") */
		const StRuleGroup *en = st_x_grp(ls->rules, "description.english");
		gint64 known_min = en ? st_rule_get_int(en, "known_min", 1000) : 0;
		if (en != NULL) {
			g_autoptr(StScan) wscan = st_scan_new(ls->rules, whole, -1);
			if (st_rule_count_upto(en, wscan, whole, known_min) >= (guint)known_min)
				nt = 0;
		}
		/* the writer says they do not know what the evidence they pass
		 * on shows ("To be honest I'm not sure what exactly it shows",
		 * 3475; "yo no termino de entender qué muestra", 3517;
		 * [description.unexplained]): their sentences tell why they
		 * forward it, not what is wrong, in any language */
		gboolean unexplained = st_x_any_in(st_x_grp(ls->rules, "description.unexplained"), scan, prose);
		if (nt >= (guint)min_tech && nt > 0 && !unexplained) {
			/* a language no list knows: sentences about the system */
			st_x_set_check(a, ST_CHECK_DESCRIPTION, g_strdup_printf(
				  "%u sentences of prose about the system", nt));
			return;
		}
		if (ni + nc < (guint)min_impact || np + nc < (guint)min_problem) {
			if (told_beside_evidence(ls->rules, msg, a, np, ns, nw, unexplained))
				st_x_set_check(a, ST_CHECK_DESCRIPTION, g_strdup_printf(
					  "%u sentences of the reporter's own beside a PoC or logs", ns));
			return;
		}
		if (ni == 0) {
			st_x_set_check(a, ST_CHECK_DESCRIPTION,
				  g_strdup("a sentence crosses a trust boundary"));
			return;
		}
	}
	char *ev = NULL;
	st_rule_match_in(impact, scan, prose, &ev, NULL);
	st_x_set_check(a, ST_CHECK_DESCRIPTION, ev);
}
