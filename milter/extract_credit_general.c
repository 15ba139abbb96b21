/*
 * extract_credit_general.c — the general reading of a credit request
 * ([credit.general.*]), tried when no [credit.request] pattern answers: a
 * sentence about crediting (topic) in a request or permission mood, none
 * of the traps, and a name after a frame that follows the topic in that
 * sentence or opens the next one (extract_credit.c says when it is read).
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* A joke taken back ([credit.general.retract]: "Kidding.", "Joking aside,")
 * opening a sentence within WINDOW bytes of WIN, the rest of the request
 * after the topic: where the request starts afresh, after it (1523: "Re
 * credit: if there's a hall of fame, put my cat on it (Biscuit). Kidding.
 * NAME, URL is fine."), and in *IN_SENTENCE the length of the sentence it
 * opens there; NULL when there is none. */
static const char *
after_retraction(const StRules *rules, const StScan *scan, const char *win, gint64 window, gsize *in_sentence)
{
	const StRuleGroup *retract = st_rules_group(rules, "credit.general.retract");
	gint rs, re;
	const char *s, *e, *next;

	if (retract == NULL || !st_xc_earliest(retract, scan, win, &rs, &re) || rs > window ||
	    !st_xc_next_sentence(win + re, &s, &e, &next))
		return NULL;
	*in_sentence = (gsize)(e - (win + re));
	return win + re;
}

/* The name a credit request frames: read from FE bytes into BASE, where its
 * frame ([credit.general.frame]: a quote, a bracket, "as") ends, past what
 * [credit.lead] calls filler, and taken in full when the text after it gives
 * it so; *FROM where the reading starts.  RETRIED when BASE is the text
 * after a joke taken back (after_retraction), IN_SENTENCE the length of the
 * sentence that opens there.  NULL when no name passes name_ok.  g_free(). */
static char *
framed_name(const StRules *rules, const StScan *scan, const char *base, gint fe, gboolean retried,
	    gsize in_sentence, const char **from)
{
	gboolean written;

	*from = st_xc_name_start(st_rules_group(rules, "credit.lead"), scan, base + fe);
	char *name = st_xc_name_at(rules, scan, *from, st_xc_name_max(rules), &written);
	/* a lower-case handle that the link after it ends with is one the
	 * writer marked ("if this ends up in an advisory: oskar-l on github
	 * (github.com/oskar-l)", round 237), as in a request */
	/* or one word after a word for a handle ("указывайте только ник
	 * zlydzen"; 4032) */
	if (name != NULL && !written && strchr(name, ' ') == NULL) {
		g_autofree char *lead = g_strndup(base + fe, *from - (base + fe));
		written = st_x_any_in(st_rules_group(rules, "credit.handle"), NULL, lead);
	}
	if (name != NULL && !written) {
		g_autofree char *seg = st_xc_request_rest(*from + MIN(strlen(name), strlen(*from)),
						    st_rules_get_int(rules, "credit", "link_window", 200));
		g_autofree char *link = st_xc_request_link(rules, scan, seg);
		written = link != NULL && st_xc_link_ends_with(link, name);
	}
	if (name != NULL && st_xc_name_ok(rules, scan, name, written))
		name = st_xc_fuller_name(rules, scan, name, *from + strlen(name));
	/* after a joke taken back, a name with no word of framing before it
	 * ("Kidding. NAME") is one the writer marked (quoted, its link after
	 * it) or gave a verdict on ("NAME is fine"): "Kidding. Docker Desktop
	 * 4.30 is what I ran" names no one */
	if (retried && name != NULL && !written && strspn(base, " \t\n,:;-") >= (gsize)fe) {
		g_autofree char *rsent = g_strndup(base, in_sentence);
		if (!st_x_any_in(st_rules_group(rules, "credit.general.retract.verdict"), scan, rsent))
			g_clear_pointer(&name, g_free);
	}
	if (name != NULL && !st_xc_name_ok(rules, scan, name, written))
		g_clear_pointer(&name, g_free);
	return name;
}

/* What st_xc_general_request keeps between its sentences: a request of the
 * writer's own that gave only a link. */
typedef struct {
	char *link;             /* owned */
	const char *at;         /* its sentence, in the text */
} BareLink;

/* The general reading of the sentence [S, E) of TEXT (SENT a copy) whose
 * topic ends at TE in it: the name its frame gives, set in A (TRUE), or a
 * bare link kept in BARE. */
static gboolean
framed_request(const StRules *rules, const StScan *scan, const char *text, const char *s, const char *e,
	       const char *sent, gint te, StAnalysis *a, BareLink *bare)
{
	const StRuleGroup *frame = st_rules_group(rules, "credit.general.frame");
	gint64 window = st_rules_get_int(rules, "credit.general", "window", 160);
	gint64 max = st_xc_name_max(rules);
	gint64 link_window = st_rules_get_int(rules, "credit", "link_window", 200);

	/* the frame: in the rest of this sentence, or opening the next */
	const char *after = s + te;
	g_autofree char *win = st_xc_request_rest(after, window + max + link_window);
	gsize in_sentence = (gsize)(e - after);
	/* the frame after the topic; failing that, after a joke taken
	 * back, the request read afresh from there */
	const char *base = win;
	for (gboolean retried = FALSE;; retried = TRUE) {
		gint fs = -1, fe = -1;
		if (!st_xc_earliest(frame, scan, base, &fs, &fe) || (gsize)fs > (gsize)window ||
		    ((gsize)fs >= in_sentence && strspn(base + in_sentence, " \t\n") + in_sentence < (gsize)fs)) {
			/* asked as a question, the name and link given after a
			 * sentence of the writer's own */
			g_autofree char *qlink = NULL;
			g_autofree char *qname = !retried && e[-1] == '?' && in_sentence <= strlen(win) ?
				st_xc_name_before_link(rules, scan, win + in_sentence, &qlink) : NULL;
			if (qname != NULL) {
				st_xc_set_credit(a, FALSE, qname, qlink, st_x_evidence(text, (gint)(s - text)));
				return TRUE;
			}
		} else {
			const char *from;
			g_autofree char *name = framed_name(rules, scan, base, fe, retried, in_sentence, &from);
			if (name != NULL) {
				g_autofree char *link = st_xc_request_link(rules, scan, base + fe);
				st_xc_set_credit(a, FALSE, name, link, st_x_evidence(text, (gint)(s - text)));
				return TRUE;
			}
			if (!retried && bare->at == NULL && st_xc_link_follows(rules, scan, from) &&
			    st_x_any_in(st_rules_group(rules, "credit.general.anon.who"), scan, sent)) {
				bare->link = st_xc_first_link(st_rules_group(rules, "credit.link"), scan, from);
				bare->at = s;
			}
		}
		if (retried || (base = after_retraction(rules, scan, win, window, &in_sentence)) == NULL)
			return FALSE;
	}
}

gboolean
st_xc_general_request(const StRules *rules, const StScan *scan, const char *text, StAnalysis *a)
{
	const StRuleGroup *topic = st_rules_group(rules, "credit.general.topic");
	const StRuleGroup *mood = st_rules_group(rules, "credit.general.mood");
	const StRuleGroup *trap = st_rules_group(rules, "credit.general.trap");
	const StRuleGroup *named = st_rules_group(rules, "credit.general.named");
	const StRuleGroup *publish = st_rules_group(rules, "credit.general.publish");

	if (topic == NULL || mood == NULL || st_rules_group(rules, "credit.general.frame") == NULL)
		return FALSE;
	/* the writer's own request that gives only a link ("for the credit,
	 * please link my GitHub profile: URL"): kept for when no sentence
	 * gives a name; the From name fills the name in */
	BareLink bare = { NULL, NULL };
	const char *s, *e, *next;
	for (const char *p = text; st_xc_next_sentence(p, &s, &e, &next); p = next) {
		g_autofree char *sent = g_strndup(s, e - s);
		gint ts, te;
		/* a naming verb straight before a name is about crediting when
		 * the sentence speaks of what is published ("happy for you to
		 * mention NAME if you write this up") */
		if ((!st_xc_earliest(topic, scan, sent, &ts, &te) &&
		     (!st_xc_earliest(named, scan, sent, &ts, &te) || !st_x_any_in(publish, scan, sent))) ||
		    !st_x_any_in(mood, scan, sent) || st_x_any_in(trap, scan, sent)) {
			continue;
		}
		/* a topic whose frame gives no name gives way to the next one in
		 * the sentence ("Credit: my co-authors and I would like all four
		 * of us to be named in the advisory, as\n\n   NAME, NAME and
		 * NAME (Lab)", 4128) */
		for (int k = 0; k < 3; k++) {
			if (framed_request(rules, scan, text, s, e, sent, te, a, &bare)) {
				g_free(bare.link);
				return TRUE;
			}
			gint ns, ne;
			if (!st_xc_earliest(topic, scan, sent + te, &ns, &ne) || ne <= 0)
				break;
			te += ne;
		}
	}
	if (bare.at != NULL) {
		st_xc_set_credit(a, FALSE, NULL, bare.link, st_x_evidence(text, (gint)(bare.at - text)));
		g_free(bare.link);
		return TRUE;
	}
	return FALSE;
}
