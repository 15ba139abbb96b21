/*
 * extract_credit.c — whether and how the reporter wants to be credited.
 *
 * [credit.anonymous] (a wish not to be named) wins over a request, unless
 * its sentence speaks only for an organisation's individual people
 * ([credit.anonymous.individuals]: "Individual researchers prefer not to be
 * named"): a request that names someone (the organisation) then answers,
 * and the decline stands only when none does.  A
 * request ([credit.request], not vetoed by [credit.not]) is followed by the
 * name: what [credit.lead] says is filler around the request is skipped
 * ("yes please, as", "in the advisory as", "pls use"), then a quoted
 * string is taken whole, else the text up to the first [credit.name-end]
 * match; a link in parentheses after the name is the link, not the name.
 * A name of one word that the text after it gives in full ("please credit
 * Tobias; ...: Tobias Wennerström, URL") is taken in full.
 * The link is the first URL within [credit] link_window bytes after the
 * request, unless [credit.no-link] says the reporter wants none.  A
 * signature alone is never a request.
 *
 * A request pattern's answer passes what the general reading asks of its
 * own: its clause is none of [credit.general.trap] ("Do you give credit to
 * reporters?") and its name passes name_ok ("reporters", "the team" do
 * not).  An answer that fails lets the next candidate be tried, then the
 * general readings: a wish not to be named ([credit.general.anon]), a
 * request relayed in the third person whose name stands before it
 * ([credit.relay]: "The reporter, NAME, asked to be credited"), then a
 * request ([credit.general.*]); a request the writer made for themselves
 * whose name failed ("please credit me, I found it") stands, nameless, when
 * none of them answers; so does the writer's general request that gives
 * only a link ("for the credit, please link my profile: URL").
 *
 * An answer to someone else's credit question (st_extract_credit_answer):
 * extract_credit_answer.c.  Where a name starts and ends, and whether it
 * is one: extract_credit_name.c.  The general reading of a request
 * (st_xc_general_request): extract_credit_general.c.
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* A wish not to be named that speaks only for the individual people of an
 * organisation ([credit.anonymous.individuals]: "Individual researchers
 * prefer not to be named") gives way to a request that names someone (the
 * organisation); kept here for when none does. */
typedef struct {
	const StRules *rules;
	const StScan *scan;
	gboolean seen;          /* one was found */
	gint at;                /* where the first one starts */
} Anon;

/* Is SENT, a sentence starting at AT of the text, such a wish (noted in AN)? */
static gboolean
anon_individuals(Anon *an, gint at, const char *sent)
{
	if (!st_x_any_in(st_rules_group(an->rules, "credit.anonymous.individuals"), an->scan, sent))
		return FALSE;
	if (!an->seen) {
		an->seen = TRUE;
		an->at = at;
	}
	return TRUE;
}

/* Is SENT, a decline in TEXT, scoped to the relayer's own part?  Always
 * when [credit.anonymous.relayer] says so ("for the translation", "we as
 * the hosting provider"); "on our side" ([credit.anonymous.relayer.side])
 * only when the sentence points at the finder ("as he asks below",
 * [credit.anonymous.relayer.side.finder]) or TEXT passes someone else's
 * words on: a forwarded or quoted mail ([quote.forward], [quote.header])
 * or pasted ones ([credit.pasted]).
 * A finder writing for their own company ("No credit needed from our
 * side", 4843) declines for themselves. */
static gboolean
relayer_scoped(const StRules *rules, const StScan *scan, const char *text, const char *sent)
{
	if (st_x_any_in(st_rules_group(rules, "credit.anonymous.relayer"), NULL, sent))
		return TRUE;
	if (!st_x_any_in(st_rules_group(rules, "credit.anonymous.relayer.side"), NULL, sent))
		return FALSE;
	return st_x_any_in(st_rules_group(rules, "credit.anonymous.relayer.side.finder"), NULL, sent) ||
	       st_x_any_in(st_rules_group(rules, "quote.forward"), scan, text) ||
	       st_x_any_in(st_rules_group(rules, "quote.header"), scan, text) ||
	       st_x_any_in(st_rules_group(rules, "credit.pasted"), scan, text);
}

/* The general reading of a wish not to be named ([credit.general.anon]):
 * a sentence that ties a negation to naming the writer or their company, in
 * a request mood ([credit.general.mood] or [credit.general.anon.mood]),
 * with the writer speaking ([credit.general.anon.who]) or someone whose
 * wish the writer passes on ([credit.general.anon.others]) and none of
 * [credit.general.anon.trap]; TRUE when it set the credit anonymous. */
static gboolean
general_anonymous(const StRules *rules, const StScan *scan, const char *text, Anon *an, StAnalysis *a)
{
	const StRuleGroup *topic = st_rules_group(rules, "credit.general.anon");
	const StRuleGroup *who = st_rules_group(rules, "credit.general.anon.who");
	const StRuleGroup *others = st_rules_group(rules, "credit.general.anon.others");
	const StRuleGroup *mood = st_rules_group(rules, "credit.general.mood");
	const StRuleGroup *mood2 = st_rules_group(rules, "credit.general.anon.mood");
	const StRuleGroup *trap = st_rules_group(rules, "credit.general.anon.trap");

	if (topic == NULL || who == NULL)
		return FALSE;
	const char *s, *e, *next;
	for (const char *p = text; st_xc_next_sentence(p, &s, &e, &next); p = next) {
		g_autofree char *sent = g_strndup(s, e - s);
		if (st_x_any_in(topic, scan, sent) &&
		    (st_x_any_in(who, scan, sent) || st_x_any_in(others, scan, sent)) &&
		    (st_x_any_in(mood, scan, sent) || st_x_any_in(mood2, scan, sent)) &&
		    !st_x_any_in(trap, scan, sent)) {
			if (anon_individuals(an, (gint)(s - text), sent))
				continue;
			/* the relayer's own part declined, the finder's wish
			 * told elsewhere ([credit.anonymous.relayer]; 2932) */
			if (relayer_scoped(rules, scan, text, sent))
				continue;
			st_xc_set_credit(a, TRUE, NULL, NULL, st_x_evidence(text, (gint)(s - text)));
			return TRUE;
		}
	}
	return FALSE;
}

/* ------------------------------------------------------------------
 * The request patterns ([credit.request]): each answer must pass what the
 * general reading asks of its own (the traps, the name), else the next
 * candidate is tried, then the general readings.
 * ------------------------------------------------------------------ */

/* Does the line that ends at NL (its newline, TEXT the text's start) end
 * with a link?  A link is how such a line ends its sentence: "Please
 * credit NAME: https://..." over "I don't need to be named." (4511). */
static gboolean
line_ends_in_link(const char *text, const char *nl)
{
	const char *p = nl;

	while (p > text && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\r'))
		p--;
	const char *w = p;
	while (w > text && !g_ascii_isspace(w[-1]))
		w--;
	return p > w && (g_str_has_prefix(w, "https://") || g_str_has_prefix(w, "http://"));
}

/* The sentences around [START, END) of TEXT: [*S, *E) from the start of the
 * sentence START is in to the end of the one END - 1 is in (where
 * sentence_end cuts them; a line that ends with a link ends one too),
 * looking at most [credit] sentence_max bytes before START and after
 * END - 1 (a text without full stops is not walked whole for every
 * candidate). */
static void
sentences_around(const StRules *rules, const char *text, gint start, gint end,
		 const char **s, const char **e)
{
	gsize bound = (gsize)st_rules_get_int(rules, "credit", "sentence_max", 600);
	const char *p = text + start;
	const char *floor = p - MIN((gsize)start, bound);
	while (p > floor) {
		const char *q = p - 1;
		if ((*q == '.' || *q == '!' || *q == '?') && g_ascii_isspace(*p))
			break;
		if (*q == '\n' && q > text && (q[-1] == '\n' || line_ends_in_link(text, q)))
			break;
		p = q;
	}
	while (((guchar)*p & 0xC0) == 0x80)
		p++;
	while (*p && g_ascii_isspace(*p))
		p++;
	*s = p;
	const char *last = text + MAX(end - 1, start);
	const char *stop = last + strnlen(last, bound);
	for (p = last; p < stop; p++) {
		if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == '\0' || g_ascii_isspace(p[1]))) {
			p++;
			break;
		}
		if (*p == '\n' && (p[1] == '\n' || line_ends_in_link(text, p)))
			break;
	}
	while (p > last && ((guchar)*p & 0xC0) == 0x80)
		p--;
	*e = MAX(p, *s);
}

/* The text of the sentences around [START, END) of TEXT (sentences_around);
 * *S (may be NULL) where they start in TEXT.  g_free(). */
static char *
sentences_text(const StRules *rules, const char *text, gint start, gint end, const char **s)
{
	const char *b, *e;
	sentences_around(rules, text, start, end, &b, &e);
	if (s)
		*s = b;
	return g_strndup(b, e - b);
}

/* A [credit.anonymous] match at [START, END) of TEXT (an StXAccept, DATA
 * an Anon): FALSE when its sentence speaks only for individuals
 * (anon_individuals). */
static gboolean
anon_answer(const char *text, gint start, gint end, gpointer data)
{
	Anon *an = data;
	const char *s;
	g_autofree char *sent = sentences_text(an->rules, text, start, end, &s);
	return !anon_individuals(an, (gint)(s - text), sent);
}

/* ------------------------------------------------------------------
 * A request relayed in the third person ([credit.relay]): the name
 * stands before the request, as the subject of "asked to be credited"
 * ("The reporter, NAME, asked to be credited; his page is URL").
 * ------------------------------------------------------------------ */

typedef struct {
	const StRules *rules;
	const StScan *scan;
	char *name, *link;      /* the answer taken (owned) */
} Relay;

/* The relayed request whose subject, the name, is [START, END) of TEXT (an
 * StXAccept): TRUE when the name passes name_ok and the sentence is no
 * question nor a [credit.general.trap]; the name and the link after it go
 * into the Relay DATA. */
static gboolean
relay_answer(const char *text, gint start, gint end, gpointer data)
{
	Relay *r = data;
	g_autofree char *sent = sentences_text(r->rules, text, start, end, NULL);
	g_strchomp(sent);
	gsize n = strlen(sent);
	if (n > 0 && sent[n - 1] == '?')
		return FALSE;
	if (st_x_any_in(st_rules_group(r->rules, "credit.general.trap"), r->scan, sent))
		return FALSE;
	gint64 max = st_xc_name_max(r->rules);
	g_autofree char *raw = g_strndup(text + start, end - start);
	gboolean written;
	char *name = st_xc_name_at(r->rules, r->scan, raw, max, &written);
	if (name == NULL || !st_xc_name_ok(r->rules, r->scan, name, written)) {
		g_free(name);
		return FALSE;
	}
	g_autofree char *seg = st_xc_request_rest(text + end, st_rules_get_int(r->rules, "credit", "link_window", 200));
	r->name = st_xc_fuller_name(r->rules, r->scan, name, seg);
	/* a first name the request's paragraph does not give in full may be
	 * given further on, where the person speaks for themselves: the
	 * forwarded mail's From: line or its signature (1269, "FYI, from
	 * Arjun (intern in my team). He'd like to be credited") */
	if (strchr(r->name, ' ') == NULL) {
		g_autofree char *further = st_xc_text_window(text + end,
			st_rules_get_int(r->rules, "credit.relay", "fuller_window", 1500));
		r->name = st_xc_fuller_name(r->rules, r->scan, r->name, further);
	}
	/* or before it, where the writer introduced the person they speak
	 * for ("on behalf of our engineer NAME SURNAME ... NAME would like to
	 * be credited") */
	r->name = st_xc_fuller_before(r->rules, r->scan, r->name, text, start);
	r->link = st_xc_request_link(r->rules, r->scan, seg);
	return TRUE;
}

/* The first relayed request in TEXT read into R (relay_answer); TRUE and
 * *H (st_x_hit_clear after) when there is one. */
static gboolean
relay_find(const StScan *scan, const char *text, Relay *r, StXHit *h)
{
	return st_x_find_if(st_rules_group(r->rules, "credit.relay"), NULL, scan, text, "name", relay_answer, r, h);
}

/* Does TEXT hold a relayed request (relay_find)? */
static gboolean
relay_in(const StRules *rules, const StScan *scan, const char *text)
{
	Relay r = { rules, scan, NULL, NULL };
	StXHit h;
	gboolean found = relay_find(scan, text, &r, &h);

	if (found)
		st_x_hit_clear(&h);
	g_free(r.name);
	g_free(r.link);
	return found;
}

/* The relayed request over TEXT; TRUE when it set the credit. */
static gboolean
relayed_request(const StRules *rules, const StScan *scan, const char *text, StAnalysis *a)
{
	Relay r = { rules, scan, NULL, NULL };
	StXHit h;
	if (!relay_find(scan, text, &r, &h))
		return FALSE;
	st_xc_set_credit(a, FALSE, r.name, r.link, st_x_evidence(text, h.start));
	st_x_hit_clear(&h);
	g_free(r.name);
	g_free(r.link);
	return TRUE;
}

typedef struct {
	const StRules *rules;
	const StScan *scan;
	char *name, *link;      /* the answer taken (owned) */
	gboolean nameless;      /* a request of the writer's own whose name failed */
	gint nameless_at;       /* where it starts */
	char *nameless_link;    /* its link (owned) */
	const char *from_name;  /* the sender's display name, or NULL */
} Request;

/* The link a request at START of TEXT points back to ([credit.link-above]
 * in SEG, what follows it: "NAME, profile link above"): the last one in
 * the link_window bytes before it, else the last one before it, or NULL.
 * g_free(). */
static char *
link_above(const StRules *rules, const StScan *scan, const char *text, gint start, const char *seg)
{
	const StRuleGroup *above = st_rules_group(rules, "credit.link-above");
	const StRuleGroup *links = st_rules_group(rules, "credit.link");

	if (above == NULL || links == NULL || !st_x_any_in(above, scan, seg))
		return NULL;
	gint64 window = st_rules_get_int(rules, "credit", "link_window", 200);
	char *last = NULL;
	/* the window first; a link the writer points back to further up ("I
	 * maintain tinkerloom (https://...)" in the first paragraph, "...
	 * with the project link above" at the end; round 230) when it has
	 * none */
	for (int pass = 0; pass < 2 && last == NULL; pass++) {
		const char *p = pass == 0 ? text + start - MIN((gint64)start, window) : text;
		while (((guchar)*p & 0xC0) == 0x80)
			p++;
		g_autofree char *before = g_strndup(p, text + start - p);
		for (const char *q = before; (q = strstr(q, "http")) != NULL; q++) {
			char *l = st_xc_first_link(links, NULL, q);
			if (l != NULL) {
				g_free(last);
				last = l;
			}
		}
	}
	return last;
}

/* A request at [START, END) of TEXT whose value NAME is the form of credit
 * a template's Credit field chose ([credit.form]: "Name + profile link",
 * "Handle", the field's value as written): the name of the template's
 * researcher field near it ([credit.form.who]), or its handle for a
 * handle form; "" when the
 * template has no such field (the request stands without a name); NULL
 * when NAME is no form.  g_free(). */
static char *
form_name(const StRules *rules, const char *text, gint start, gint end, const char *name)
{
	if (!st_x_any_in(st_rules_group(rules, "credit.form"), NULL, name))
		return NULL;
	gint64 w = st_rules_get_int(rules, "credit.form", "window", 800);
	gsize len = strlen(text);
	gsize from = start > w ? (gsize)(start - w) : 0;
	gsize to = MIN(len, (gsize)end + (gsize)w);
	/* from the start of a line, so that the field's ^ anchors there */
	while (from > 0 && text[from - 1] != '\n')
		from--;
	g_autofree char *block = g_strndup(text + from, to - from);
	StXHit h;
	if (!st_x_find_in(st_rules_group(rules, "credit.form.who"), NULL, NULL, block, "name", &h))
		return g_strdup("");
	char *who = NULL;
	if (st_x_any_in(st_rules_group(rules, "credit.form.handle"), NULL, name))
		who = st_x_named(&h, "handle");
	if (who == NULL)
		who = st_x_named(&h, "name");
	st_x_hit_clear(&h);
	return who != NULL ? who : g_strdup("");
}

/* Is NAME, one word the request at [START, END) of TEXT answers with
 * (SEG the text after it, FROM where the name starts in SEG), a handle
 * as written: a label's answer of one word ("Credit: rafsec"), or one
 * word the writer calls their handle, nickname or alias ([credit.handle]
 * at the end of the request and its lead-in: "credit me under my handle
 * mintjw", "제 핸들 mintjw 로 표기해 주세요")? */
static gboolean
handle_written(const StRules *rules, const char *text, gint start, gint end, const char *seg,
	       const char *from, const char *name)
{
	if (strchr(name, ' ') != NULL)
		return FALSE;
	gsize n = (gsize)(end - start);
	while (n > 0 && strchr(" \t\n*_", text[start + n - 1]))
		n--;
	if (n > 0 && text[start + n - 1] == ':')
		return TRUE;
	g_autofree char *asked = g_strdup_printf("%.*s%.*s", (int)(end - start), text + start,
						 (int)(from - seg), seg);
	return st_x_any_in(st_rules_group(rules, "credit.handle"), NULL, asked);
}

/* NAME (owned), read from FROM in SEG after the request at [START, END) of
 * TEXT, as the writer marked it: a handle (handle_written), or a lower-case
 * handle the LINK ends with ("handle's mkovac on gh, github.com/mkovac";
 * round 217), or the sender's name FROM_NAME written without capitals
 * ("credit: aroha ngata, no link pls" from Aroha Ngata; 3970), then spelt
 * as the From header spells it.  *WRITTEN is set when so; returns the name
 * to keep. */
static char *
marked_name(const StRules *rules, const char *text, gint start, gint end, const char *seg, const char *from,
	    char *name, const char *link, const char *from_name, gboolean *written)
{
	*written = handle_written(rules, text, start, end, seg, from, name) ||
		   (link != NULL && st_xc_link_ends_with(link, name));
	char *spelt = *written ? NULL : st_xc_sender_spelling(name, from_name);
	if (spelt == NULL)
		return name;
	g_free(name);
	*written = TRUE;
	return spelt;
}

/* Is the request at [START, END) of TEXT, answered by SEG, a template's
 * Credit field that names a form of credit (form_name, read on the
 * field's value as written, before a lead-in such as "Handle only" is
 * skipped: up to a parenthesis or the line end)?  Then *WHO is the
 * researcher field's name if it makes a name, else NULL (the request
 * stands without one).  g_free() *WHO. */
static gboolean
template_form(const StRules *rules, const StScan *scan, const char *text, gint start, gint end,
	      const char *seg, char **who)
{
	g_autofree char *value = g_strndup(seg, strcspn(seg, "(<\n"));
	char *form = form_name(rules, text, start, end, value);

	if (form == NULL)
		return FALSE;
	if (*form == '\0' || strlen(form) > (gsize)st_xc_name_max(rules) ||
	    !st_xc_name_ok(rules, scan, form, TRUE))
		g_clear_pointer(&form, g_free);
	*who = form;
	return TRUE;
}

/* A request whose name is no name, asked in [S, CE) from START on: one
 * the writer made for themselves ([credit.general.anon.who]: "credit me,
 * I found it"; or with its subject left out, [credit.general.anon.elided]:
 * "Happy to be credited by name if you publish") is kept in R as nameless,
 * with LINK, for when no other reading finds a name (the first such one
 * only).  Takes LINK. */
static void
keep_nameless(Request *r, const char *s, const char *ce, gint start, char *link)
{
	g_autofree char *asked = g_strndup(s, ce - s);

	if (!r->nameless &&
	    (st_x_any_in(st_rules_group(r->rules, "credit.general.anon.who"), r->scan, asked) ||
	     st_x_any_in(st_rules_group(r->rules, "credit.general.anon.elided"), r->scan, asked))) {
		r->nameless = TRUE;
		r->nameless_at = start;
		r->nameless_link = link;
	} else {
		g_free(link);
	}
}

/* The request at [START, END) of TEXT read through: the name and link that
 * follow it into R (st_x_find_if's ACCEPT); one that nothing follows in a
 * sentence (with the text before it: a pronoun's person) that relays
 * someone else's request (relay_find) is theirs, not
 * the writer's: FALSE, the relayed reading takes it.  FALSE when its clause is a
 * [credit.general.trap] ("Do you give credit to reporters?") or when the
 * name is no name (name_ok: "reporters", "the team"); a request the writer
 * made for themselves ([credit.general.anon.who] up to the name: "credit
 * me, I found it", "please credit our team"; or with its subject left out,
 * [credit.general.anon.elided]: "Happy to be credited by name if you
 * publish") is then kept in R as nameless, for when no other reading finds
 * a name. */
static gboolean
request_answer(const char *text, gint start, gint end, gpointer data)
{
	Request *r = data;
	const StRules *rules = r->rules;
	const StScan *scan = r->scan;

	/* a pattern may start with the full stop of the sentence before */
	while (start < end && (text[start] == '.' || g_ascii_isspace(text[start])))
		start++;
	const char *s, *e;
	sentences_around(rules, text, start, end, &s, &e);
	/* the traps are read in the request's clause: "Thanks for the quick
	 * reply, please credit me as NAME, thanks again" is a request, and so
	 * is "please credit \"TEAM\" with a link to URL - the engineer who
	 * found it prefers not to be named individually" (3381) */
	const char *cs = text + start, *ce = text + end;
	while (cs > s && cs[-1] != ',' && cs[-1] != ';' &&
	       !(cs - s >= 3 && st_xc_clause_dash(cs - 3) == 3) &&
	       !(cs - s >= 5 && st_xc_clause_dash(cs - 5) == 5))
		cs--;
	while (ce < e && *ce != ',' && *ce != ';' && st_xc_clause_dash(ce) == 0)
		ce++;
	g_autofree char *clause = g_strndup(cs, ce - cs);
	if (st_x_any_in(st_rules_group(rules, "credit.general.trap"), scan, clause))
		return FALSE;

	gint64 max = st_xc_name_max(rules);
	g_autofree char *seg = st_xc_request_rest(text + end, st_rules_get_int(rules, "credit", "link_window", 200));
	const char *from = st_xc_name_start(st_rules_group(rules, "credit.lead"), scan, seg);
	gboolean written = TRUE;
	/* too long a name is one that fails, not one left unsaid; a request
	 * that ends with the opening quote ("이름을 \"NAME\" 와 GitHub URL 로
	 * 표기해 주세요") is followed by the quoted name, taken whole */
	char *quoted = from == seg ? st_xc_quoted_at(text + start, text + end) : NULL;
	char *name = quoted != NULL ? st_xc_clean_name(rules, quoted, G_MAXINT32) :
		     st_xc_name_at(rules, scan, from, G_MAXINT32, &written);
	char *link = st_xc_request_link(rules, scan, seg);
	if (link == NULL)
		link = link_above(rules, scan, text, start, seg);
	if (link == NULL)
		link = st_xc_named_link(rules, scan, text, start, seg, name);
	if (name != NULL && !written)
		name = marked_name(rules, text, start, end, seg, from, name, link, r->from_name, &written);
	/* a template's chosen form of credit names the researcher field's
	 * person: "Credit: Name + profile link (URL)" (1659) */
	char *who = NULL;
	if (name != NULL && template_form(rules, scan, text, start, end, seg, &who)) {
		g_free(name);
		r->name = who;
		r->link = link;
		return TRUE;
	}
	if (name != NULL && (strlen(name) > (gsize)max || !st_xc_name_ok(rules, scan, name, written))) {
		g_free(name);
		keep_nameless(r, s, ce, start, link);
		return FALSE;
	}
	if (name == NULL) {
		/* nothing follows it: "The finder, NAME, would like to be
		 * credited." asks for NAME, not for the writer; so does a
		 * pronoun whose person the sentence before names ("from my
		 * colleague NAME. He'd like to be credited", 1269) */
		gint64 back = MIN((gint64)(s - text), st_rules_get_int(rules, "credit.relay", "before", 200));
		const char *b = s - back;
		while (b < s && ((guchar)*b & 0xC0) == 0x80)
			b++;
		g_autofree char *sent = g_strndup(b, e - b);
		if (relay_in(rules, scan, sent)) {
			g_free(link);
			return FALSE;
		}
	}
	r->name = name ? st_xc_fuller_name(rules, scan, name, from + strlen(name)) : NULL;
	r->name = st_xc_fuller_before(rules, scan, r->name, text, start);
	r->link = link;
	return TRUE;
}

/* A [credit.request] answer (request_answer) in a sentence of
 * [credit.anonymous.relayed] that gives a name (an StXAccept, DATA a
 * Request). */
static gboolean
relayed_answer(const char *text, gint start, gint end, gpointer data)
{
	Request *r = data;
	g_autofree char *sent = sentences_text(r->rules, text, start, end, NULL);
	if (!st_x_any_in(st_rules_group(r->rules, "credit.anonymous.relayed"), r->scan, sent))
		return FALSE;
	if (!request_answer(text, start, end, data))
		return FALSE;
	if (r->name != NULL)
		return TRUE;
	g_clear_pointer(&r->link, g_free);
	return FALSE;
}

static gboolean named_request(const StRules *rules, const StScan *scan, const char *text, StAnalysis *a);

/* The writer's own request that names someone else, found in TEXT into R
 * and H: no word of the writer's own ([credit.anonymous.self], SELF) in
 * its sentence up to the name, and that person spoken of in it
 * ([credit.anonymous.self.not], OTHERS: "For the advisory please credit
 * Sander Visser (URL), he found it. No need to mention me or the
 * company"; 3280; "so please credit him as NAME, URL. I don't need to be
 * mentioned", 3263), or the writer set aside in it ("bitte Reto nennen,
 * nicht mich: Reto Ammann", [credit.anonymous.self.aside]; 3393), or a
 * name that is not the sender's (FROM_NAME, the From header's display
 * name; a mother passing on her son's finding, 3373).  "I'd like to be
 * credited as NAME" is the writer's own name, which their decline takes
 * back, and so may "Please credit Jane Doe. Please don't name me" be when
 * the From header gives no name. */
static gboolean
third_party_request(const StRules *rules, const StScan *scan, const char *text, const StRuleGroup *self,
		    const StRuleGroup *others, const char *from_name, Request *r, StXHit *h)
{
	if (!st_x_find_if(st_rules_group(rules, "credit.request"), st_rules_group(rules, "credit.not"),
			  scan, text, NULL, request_answer, r, h))
		return FALSE;
	const char *s, *e;
	sentences_around(rules, text, h->start, h->end, &s, &e);
	g_autofree char *upto = g_strndup(s, text + h->end - s);
	g_autofree char *sent = g_strndup(s, e - s);
	if (r->name != NULL &&
	    ((!st_x_any_in(self, scan, upto) && st_x_any_in(others, scan, sent)) ||
	     st_x_any_in(st_rules_group(rules, "credit.anonymous.self.aside"), scan, sent) ||
	     st_xc_not_the_sender(r->name, from_name)))
		return TRUE;
	st_x_hit_clear(h);
	g_clear_pointer(&r->name, g_free);
	g_clear_pointer(&r->link, g_free);
	return FALSE;
}

/* A [credit.anonymous] match at [START, END) of TEXT that declines a
 * mention for the writer alone ([credit.anonymous.self], none of
 * [credit.anonymous.self.not]: "No need to mention me") in a text that
 * passes on someone else's named request (relayed_answer, or a
 * [credit.relay] one): TRUE when that request set the credit (1478). */
static gboolean
writer_declines_for_self(const StRules *rules, const StScan *scan, const char *text, gint start, gint end,
			 StAnalysis *a)
{
	g_autofree char *decline = g_strndup(text + start, end - start);
	const StRuleGroup *self = st_rules_group(rules, "credit.anonymous.self");
	const StRuleGroup *others = st_rules_group(rules, "credit.anonymous.self.not");
	/* a decline that names nobody ("... don't need to be mentioned") is
	 * read in its sentence ("I don't need to be mentioned."; round 226) */
	if (!st_x_any_in(self, scan, decline) && !st_x_any_in(others, scan, decline)) {
		g_free(decline);
		decline = sentences_text(rules, text, start, end, NULL);
	}
	if (!st_x_any_in(self, scan, decline) || st_x_any_in(others, scan, decline))
		return FALSE;
	const char *from_name = a->msg ? a->msg->from_name : NULL;
	StXHit h;
	Request r = { rules, scan, NULL, NULL, FALSE, 0, NULL };
	gboolean found = st_x_find_if(st_rules_group(rules, "credit.request"), st_rules_group(rules, "credit.not"),
				      scan, text, NULL, relayed_answer, &r, &h);
	if (!found)
		found = third_party_request(rules, scan, text, self, others, from_name, &r, &h);
	if (found) {
		st_xc_set_credit(a, FALSE, r.name, r.link, st_x_evidence(text, h.start));
		st_x_hit_clear(&h);
	}
	g_free(r.name);
	g_free(r.link);
	g_free(r.nameless_link);
	/* the general reading's request ("Für das Advisory bitte Reto
	 * nennen, nicht mich: Reto Ammann"), when it names someone else as
	 * third_party_request tells (3393) */
	if (!found) {
		StAnalysis *probe = st_analysis_new();
		if (st_xc_general_request(rules, scan, text, probe) && probe->credit_name != NULL &&
		    (st_xc_not_the_sender(probe->credit_name, from_name) ||
		     st_x_any_in(st_rules_group(rules, "credit.anonymous.self.aside"), NULL,
				 probe->credit_evidence))) {
			st_xc_set_credit(a, FALSE, probe->credit_name, probe->credit_link,
					 g_strdup(probe->credit_evidence));
			found = TRUE;
		}
		st_analysis_free(probe);
	}
	/* a wish passed on without the name, which the finder's own words
	 * after the decline give ("She would like to be credited; the
	 * wording she wants is the last paragraph of her text. I don't need
	 * to be mentioned." over her quoted original; round 226) */
	if (!found && st_x_any_in(st_rules_group(rules, "credit.anonymous.relayed"), scan, text) &&
	    named_request(rules, scan, text + end, a))
		return TRUE;
	return found || relayed_request(rules, scan, text, a);
}

/* The credit TEXT asks for by name: a [credit.request] that names someone,
 * else the general reading's name (st_xc_general_request); set in A with its
 * evidence, TRUE when there was one.  SCAN stands for a text TEXT is part
 * of.  What a decline gives way to (relayer_declines, declined_then_named). */
static gboolean
named_request(const StRules *rules, const StScan *scan, const char *text, StAnalysis *a)
{
	StXHit h;
	Request r = { rules, scan, NULL, NULL, FALSE, 0, NULL };
	gboolean found = FALSE;
	if (st_x_find_if(st_rules_group(rules, "credit.request"), st_rules_group(rules, "credit.not"),
			 scan, text, NULL, request_answer, &r, &h)) {
		found = r.name != NULL;
		if (found)
			st_xc_set_credit(a, FALSE, r.name, r.link, st_x_evidence(text, h.start));
		st_x_hit_clear(&h);
	}
	g_free(r.name);
	g_free(r.link);
	g_free(r.nameless_link);
	if (!found) {
		StAnalysis *probe = st_analysis_new();
		found = st_xc_general_request(rules, scan, text, probe) && probe->credit_name != NULL;
		if (found)
			st_xc_set_credit(a, FALSE, probe->credit_name, probe->credit_link,
					 g_strdup(probe->credit_evidence));
		st_analysis_free(probe);
	}
	return found;
}

/* The [credit.request] naming someone nearest before UPTO in TEXT, set in
 * A (a translation of the finder's request above the relayer's decline,
 * not the original over it; 3021); TRUE when there was one. */
static gboolean
last_named_request(const StRules *rules, const StScan *scan, const char *text, gint upto, StAnalysis *a)
{
	g_autofree char *before = g_strndup(text, upto);
	gboolean found = FALSE, hit = TRUE;
	StXHit h;

	for (gint from = 0; hit && from < upto;) {
		Request r = { rules, scan, NULL, NULL, FALSE, 0, NULL };
		hit = st_x_find_if(st_rules_group(rules, "credit.request"), st_rules_group(rules, "credit.not"),
				   scan, before + from, NULL, request_answer, &r, &h);
		if (hit && r.name != NULL)
			st_xc_set_credit(a, FALSE, r.name, r.link, st_x_evidence(before + from, h.start));
		found = found || (hit && r.name != NULL);
		if (hit) {
			from += MAX(h.end, 1);
			st_x_hit_clear(&h);
		}
		g_free(r.name);
		g_free(r.link);
		g_free(r.nameless_link);
	}
	return found || named_request(rules, scan, before, a);
}

/* A [credit.anonymous] match at [START, END) of TEXT in which the writer
 * declines for themselves or their team ([credit.anonymous.writer]: "No
 * need to mention me", "We don't need to be mentioned"), above a mail the
 * writer passes on (a forwarded message's opening line, [quote.forward],
 * or a reply header, [quote.header]) in which someone asks to be named:
 * the decline is the relayer's, the request below is the finder's, and it
 * sets the credit (named_request).  TRUE when it did (round 213: 2531,
 * 2534). */
static gboolean
relayer_declines(const StRules *rules, const StScan *scan, const char *text, gint start, gint end,
		 StAnalysis *a)
{
	g_autofree char *sent = sentences_text(rules, text, start, end, NULL);
	/* a decline scoped to the relayer's own part ([credit.anonymous.relayer]:
	 * "on our side", "for the translation", "I am only the translator")
	 * leaves the finder's request anywhere below it, and without one no
	 * credit at all (2922, 2927) */
	if (relayer_scoped(rules, scan, text, sent)) {
		/* ... or, with none below, the one the relayer passed on above
		 * it ("please write my name: NAME" in a translation, then "From
		 * me: I don't need any credit, I am only the translator here";
		 * 3021) */
		if (!named_request(rules, scan, text + end, a) && start > 0)
			last_named_request(rules, scan, text, start, a);
		return TRUE;
	}
	if (!st_x_any_in(st_rules_group(rules, "credit.anonymous.writer"), scan, sent))
		return FALSE;
	/* the first forwarded or quoted mail's header after the decline */
	const char *after = text + end;
	gint fs = -1, fe, hs = -1, he;
	gboolean fwd = st_xc_earliest(st_rules_group(rules, "quote.forward"), scan, after, &fs, &fe);
	gboolean hdr = st_xc_earliest(st_rules_group(rules, "quote.header"), scan, after, &hs, &he);
	if (fwd || hdr)
		return named_request(rules, scan, after + (fwd && (!hdr || fs <= hs) ? fe : he), a);
	/* or above someone else's text set off by a marker ("---------- advisory
	 * text as he filed it ----------", [credit.pasted]; 2535) */
	gint ps, pe;
	if (st_xc_earliest(st_rules_group(rules, "credit.pasted"), scan, after, &ps, &pe))
		return named_request(rules, scan, after + pe, a);
	/* or below someone else's words the writer pasted in (a chat thread
	 * "pasted from Slack", "I'm pasting his messages"; [credit.pasted]):
	 * the request in what was pasted is the finder's (2597) */
	g_autofree char *before = g_strndup(text, start);
	g_autoptr(StScan) bscan = st_scan_new(rules, before, -1);
	if (!st_x_any_in(st_rules_group(rules, "credit.pasted"), bscan, before))
		return FALSE;
	return named_request(rules, bscan, before, a);
}

/* A change of a credit already given ([credit.change]) read as a request
 * (request_answer) within its window after the request that ends at AFTER
 * (an StXAccept, DATA a Change). */
typedef struct {
	Request r;
	gint after;
	gint64 window;
} Change;

static gboolean
change_answer(const char *text, gint start, gint end, gpointer data)
{
	Change *c = data;
	if (start < c->after || start - c->after > c->window)
		return FALSE;
	if (!request_answer(text, start, end, &c->r))
		return FALSE;
	if (c->r.name != NULL)
		return TRUE;
	g_clear_pointer(&c->r.link, g_free);
	return FALSE;
}

/* The request that ends at AFTER in TEXT followed by a change of it
 * ("The advisory credits me as \"OLD\" ... could you change it to NAME"):
 * the new name is the credit asked for now; TRUE when it set it (1572). */
static gboolean
changed_request(const StRules *rules, const StScan *scan, const char *text, gint after, StAnalysis *a)
{
	const StRuleGroup *change = st_rules_group(rules, "credit.change");
	if (change == NULL)
		return FALSE;
	StXHit h;
	Change c = { { rules, scan, NULL, NULL, FALSE, 0, NULL }, after,
		     st_rules_get_int(rules, "credit.change", "window", 400) };
	gboolean found = st_x_find_if(change, st_rules_group(rules, "credit.not"), scan, text, NULL,
				      change_answer, &c, &h);
	if (found) {
		st_xc_set_credit(a, FALSE, c.r.name, c.r.link, st_x_evidence(text, h.start));
		st_x_hit_clear(&h);
	}
	g_free(c.r.name);
	g_free(c.r.link);
	g_free(c.r.nameless_link);
	return found;
}

/* A decline at [START, END) of TEXT taken back in its sentence, or at the
 * opening of the next, by a contrast ([credit.anonymous.but]: "No need for
 * any credit, but if you do a thanks list, NAME is fine") after which the
 * writer names who to credit: the sentence after the contrast read as a
 * request ([credit.request], then the general reading) that gives a name.
 * TRUE when that set the credit: the name wins over the decline. */
static gboolean
declined_then_named(const StRules *rules, const StScan *scan, const char *text, gint start, gint end,
		    StAnalysis *a)
{
	const StRuleGroup *but = st_rules_group(rules, "credit.anonymous.but");
	gint bs, be;
	const char *s, *e, *next;

	if (but == NULL || !st_xc_earliest(but, scan, text + end, &bs, &be) || bs != 0 ||
	    !st_xc_next_sentence(text + end + be, &s, &e, &next))
		return FALSE;
	/* the sentence after the contrast, a piece of TEXT: SCAN stands for it */
	g_autofree char *rest = g_strndup(s, e - s);
	if (!named_request(rules, scan, rest, a))
		return FALSE;
	g_free(a->credit_evidence);
	a->credit_evidence = st_x_evidence(text, start);
	return TRUE;
}

/* A request for the name and link the writer's signature gives
 * ([credit.signature]: "If you credit anyone, please use the name and link
 * from my signature below", 4083): the signature's first line (after the
 * last delimiter line below the request, st_signature_line) as the name
 * when it passes name_ok, and the first link in the lines after it; set in
 * A, TRUE when so. */
static gboolean
signature_request(const StRules *rules, const StScan *scan, const char *text, StAnalysis *a)
{
	StXHit h;
	if (!st_x_find_in(st_rules_group(rules, "credit.signature"), NULL, scan, text, NULL, &h))
		return FALSE;
	const char *sig = NULL;
	for (const char *l = strchr(text + h.end, '\n'); l != NULL; l = strchr(l, '\n')) {
		l++;
		if (st_signature_line(l, strcspn(l, "\n")))
			sig = l + strcspn(l, "\n");
	}
	gboolean ok = FALSE;
	if (sig != NULL) {
		sig += strspn(sig, " \t\r\n");
		g_autofree char *name = g_strstrip(g_strndup(sig, strcspn(sig, "\n")));
		ok = *name != '\0' && strlen(name) <= (gsize)st_xc_name_max(rules) &&
		     st_xc_name_ok(rules, scan, name, FALSE);
		if (ok) {
			g_autofree char *rest = st_xc_text_window(sig, st_rules_get_int(rules, "credit", "link_window", 200));
			g_autofree char *link = st_xc_first_link(st_rules_group(rules, "credit.link"), scan, rest);
			st_xc_set_credit(a, FALSE, name, link, st_x_evidence(text, h.start));
		}
	}
	st_x_hit_clear(&h);
	return ok;
}

void
st_extract_credit(const StRules *rules, const char *text, StAnalysis *a)
{
	StXHit h;

	if (rules == NULL || text == NULL || a == NULL)
		return;
	g_autofree char *inlined = st_xc_footnotes_inlined(text);
	if (inlined != NULL)
		text = inlined;
	/* every text matched below is TEXT or a piece of it */
	g_autoptr(StScan) scan = st_scan_new(rules, text, -1);
	Anon an = { rules, scan, FALSE, 0 };
	if (st_x_find_if(st_rules_group(rules, "credit.anonymous"), NULL, scan, text, NULL, anon_answer, &an, &h)) {
		if (!writer_declines_for_self(rules, scan, text, h.start, h.end, a) &&
		    !declined_then_named(rules, scan, text, h.start, h.end, a) &&
		    !relayer_declines(rules, scan, text, h.start, h.end, a))
			st_xc_set_credit(a, TRUE, NULL, NULL, st_x_evidence(text, h.start));
		st_x_hit_clear(&h);
		return;
	}
	if (signature_request(rules, scan, text, a))
		return;
	Request r = { rules, scan, NULL, NULL, FALSE, 0, NULL, a->msg ? a->msg->from_name : NULL };
	if (st_x_find_if(st_rules_group(rules, "credit.request"), st_rules_group(rules, "credit.not"),
			 scan, text, NULL, request_answer, &r, &h)) {
		if (!changed_request(rules, scan, text, h.end, a))
			st_xc_set_credit(a, FALSE, r.name, r.link, st_x_evidence(text, h.start));
		st_x_hit_clear(&h);
	} else if (!general_anonymous(rules, scan, text, &an, a) && !relayed_request(rules, scan, text, a) &&
		   !st_xc_general_request(rules, scan, text, a) && r.nameless && !an.seen) {
		st_xc_set_credit(a, FALSE, NULL, r.nameless_link, st_x_evidence(text, r.nameless_at));
	}
	/* the individuals' wish not to be named, no organisation named */
	if (!a->credit_found && an.seen)
		st_xc_set_credit(a, TRUE, NULL, NULL, st_x_evidence(text, an.at));
	g_free(r.name);
	g_free(r.link);
	g_free(r.nameless_link);
}
