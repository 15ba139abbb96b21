/*
 * extract_poc_inline.c — a reproduction told inside the prose
 * (extract_int.h): a command in a code span, in quotes, after a colon or
 * bare in the middle of a sentence; a command on a line of its own under a
 * sentence that ends in a colon; an interpreter given its program on the
 * command line.  extract_poc.c asks these of every prose line
 * (st_x_poc_line); [poc.*] in rules/extract.rules.
 */
#include <string.h>

#include "sectriage/common.h"
#include "extract_int.h"

/* Is ARGV (ARGC words) an interpreter given a program on its command line
 * ("python -c \"from microsandbox import Sandbox; s=Sandbox.create(...)\"",
 * "node -e 'require(...)'"): one shell word of code, written out, holds
 * the whole run however few words the line has (round 214).  Code, not a
 * word: a call, an assignment or two statements. */
static gboolean
interp_code(char **argv, gint argc)
{
	static const char *const interp[] = { "python", "python3", "node", "perl", "ruby", "bash", "sh" };
	gboolean known = FALSE;

	if (argc < 3 || (strcmp(argv[1], "-c") != 0 && strcmp(argv[1], "-e") != 0))
		return FALSE;
	for (gsize i = 0; i < G_N_ELEMENTS(interp) && !known; i++)
		known = strcmp(argv[0], interp[i]) == 0;
	return known && strlen(argv[2]) >= 12 && strchr(argv[2], '(') != NULL &&
	       strpbrk(argv[2], ";=") != NULL;
}

/* Is word A of a command line a network it is pointed at: an IP address
 * with a prefix length or a port ("10.88.0.0/16", "192.0.2.7:8080")?
 * Prose names a host in passing; a command line gives it whole (2990).
 * A URL is not one: "anyone in the sandbox can run curl http://..." tells
 * what could be done ([poc.prose] told-fetch reads the fetch done). */
static gboolean
address_arg(const char *a)
{
	gsize n = strcspn(a, "/:");
	if (a[n] == '\0' || n < 7 || !g_ascii_isdigit(a[n + 1]))
		return FALSE;
	g_autofree char *host = g_strndup(a, n);
	return g_hostname_is_ip_address(host);
}

/* Does SPAN have an address argument (address_arg) among the first
 * ADDRESS_ARGS_MAX words after its program?  Further on it is a clause's
 * ("node app.js exits with MsbConnectionError: request to http://...
 * failed", a screenshot's text, 1910). */
#define ADDRESS_ARGS_MAX 3

static gboolean
has_address(const char *span)
{
	g_auto(GStrv) words = g_strsplit_set(span, " \t", -1);

	if (words[0] == NULL)
		return FALSE;
	for (guint i = 1; words[i] != NULL && i <= ADDRESS_ARGS_MAX; i++)
		if (address_arg(words[i]))
			return TRUE;
	return FALSE;
}

/* Is SPAN, a command written inside a sentence, one that was run rather
 * than one named in passing: a reproduction command (st_x_poc_command) that
 * starts with a known command word ([poc.command]), with at least [poc]
 * min_inline_args shell words after its program (after the subcommand of
 * msb: "`msb run --no-net` still resolves names" names a flag).  BARE (set
 * apart only by a colon before it, not by backticks or quotes) must look
 * like a shell line too: a quoted argument, a "--", a pipe, a redirection
 * or "&&" ("the guest still gets out: msb exec web -- sh -c \"wget ...\"."),
 * or a network address (address_arg: "nmap -sn 10.88.0.0/16 from inside
 * the sandbox"), so that a sentence that merely starts with a command is
 * not one. */
static gboolean
inline_run_as(const Lines *ls, const char *span, gboolean bare, gboolean lone)
{
	gint64 min = st_rules_get_int(ls->rules, "poc", "min_inline_args", 3);
	g_auto(GStrv) argv = NULL;
	gint argc = 0, k = 0;

	/* cheap refusals first: this runs on every quote and colon of the
	 * prose, and most have too few words or nothing of a shell line */
	guint words = 1;
	for (const char *p = span; *p; p++)
		words += g_ascii_isspace(*p) && p[1] != '\0' && !g_ascii_isspace(p[1]);
	if (words < (guint)min + 1 || (bare && strpbrk(span, "\"'|>&") == NULL &&
					strstr(span, "--") == NULL && !has_address(span)))
		return FALSE;
	/* it starts with a known command word ([poc.command]): a package
	 * tree tool named with its options ("`deptool --reverse --for
	 * urllib3` shows who pulls it in") reproduces nothing */
	if (!st_x_any_in(st_x_grp(ls->rules, "poc.command"), ls->scan, span) ||
	    (lone ? st_x_any_in(st_x_grp(ls->rules, "poc.env"), ls->scan, span)
		  : !st_x_poc_command(ls, span)) ||
	    !g_shell_parse_argv(span, &argc, &argv, NULL))
		return FALSE;
	/* sudo and VAR=value before the program */
	while (k < argc && (strcmp(argv[k], "sudo") == 0 ||
			    (g_ascii_isupper(argv[k][0]) && strchr(argv[k], '=') != NULL)))
		k++;
	if (k < argc && (strcmp(argv[k], "msb") == 0 || strcmp(argv[k], "microsandbox") == 0 ||
			 strcmp(argv[k], "msb.exe") == 0 || strcmp(argv[k], "microsandbox.exe") == 0))
		k++;  /* the subcommand */
	if (interp_code(argv + k, argc - k))
		return TRUE;
	if (argc - (k + 1) < min)
		return FALSE;
	if (!bare)
		return TRUE;
	for (gint i = k + 1; i < argc; i++)
		if (strcmp(argv[i], "--") == 0 || strcmp(argv[i], "|") == 0 ||
		    strcmp(argv[i], "&&") == 0 || argv[i][0] == '>' || argv[i][0] == '<')
			return TRUE;
	for (const char *p = span; *p && p[1]; p++)
		if ((p[1] == '"' || p[1] == '\'') && (g_ascii_isspace(*p) || *p == '='))
			return TRUE;  /* an argument that starts with a quote */
	for (gint i = k + 1; i < argc && i <= k + ADDRESS_ARGS_MAX; i++)
		if (address_arg(argv[i]))
			return TRUE;
	return FALSE;
}

static gboolean
inline_run(const Lines *ls, const char *span, gboolean bare)
{
	return inline_run_as(ls, span, bare, FALSE);
}

/* Does one of the two words after the program of T (after sudo) look
 * like a shell argument rather than an English word: an option, a path,
 * a quote, a variable, a file name, a key=value or an address ("socat -
 * VSOCK-CONNECT:2:1024", "ncat --send-only", "python3 x.py")?  "curl is
 * slow when ..." is a sentence. */
gboolean
st_x_shell_args(const char *t)
{
	const char *p = t;
	guint word = 0;

	if (g_str_has_prefix(p, "sudo "))
		p += 5;
	while (*p && word < 3) {
		p += strspn(p, " \t");
		const char *e = p + strcspn(p, " \t");
		if (word > 0 && e > p && (strchr("-/.~$\"'`<>|", *p) != NULL ||
					  memchr(p, '/', e - p) || memchr(p, ':', e - p) ||
					  memchr(p, '=', e - p) || memchr(p, '@', e - p) ||
					  (memchr(p, '.', e - p) && e[-1] != '.' && e[-1] != ',')))
			return TRUE;
		word++;
		p = e;
	}
	return FALSE;
}

/* Is prose line I of LS a command of the writer's set on a line of its
 * own, right under a sentence of theirs that ends in a colon ("I used this
 * inside the sandbox:" / "" / "socat - VSOCK-CONNECT:2:1024 <<< '{...}'"),
 * and with nothing after it in its paragraph?  Such a line is a block in
 * all but its indent: it starts with a command word of a block
 * ([poc.command], not only the unmistakable [poc.command-line] ones) and
 * has the shape of a shell line (inline_run's bare test), and is no
 * environment query ([poc.env]).  A command the colon sentence takes from
 * the documentation or offers as a fix ([poc.lone-command.not]) is not the
 * writer's run. */
gboolean
st_x_lone_command(const Lines *ls, guint i)
{
	const Line *l = &ls->l[i];

	if (l->type != L_PROSE || l->segment != 0 || l->in_item || l->logline ||
	    (i + 1 < ls->n && ls->l[i + 1].type != L_BLANK))
		return FALSE;
	gint h = st_x_heading_above(ls, i, 2);
	if (h < 0 || ls->l[h].type != L_PROSE || ls->l[h].segment != 0)
		return FALSE;
	const char *u = ls->l[h].s;
	gsize n = strlen(u);
	while (n > 0 && g_ascii_isspace(u[n - 1]))
		n--;
	if (!(n >= 1 && u[n - 1] == ':') && !(n >= 3 && memcmp(u + n - 3, "\xef\xbc\x9a", 3) == 0))
		return FALSE;  /* ':' or the full-width '：' */
	if (st_x_line_any(ls, st_x_grp(ls->rules, "poc.lone-command.not"), &ls->l[h]) ||
	    st_x_others_run_heading(ls, h))
		return FALSE;
	g_autofree char *t = g_strstrip(g_strdup(l->s));
	gsize tn = strlen(t);
	if (tn == 0 || t[tn - 1] == '.' || !st_x_shell_args(t))
		return FALSE;  /* a sentence that starts with a command word */
	return inline_run_as(ls, t, TRUE, TRUE);
}

/* The end of the sentence of S that starts at P: the first '.', '!' or '?'
 * followed by white space or the line's end outside shell quotes, or the
 * line's end. */
static const char *
sentence_end(const char *p)
{
	char q = 0;

	for (; *p; p++) {
		if (q != 0) {
			if (*p == q)
				q = 0;
			continue;
		}
		if (*p == '"' || (*p == '\'' && (p[-1] == ' ' || p[-1] == '=')))
			q = *p;
		else if ((*p == '.' || *p == '!' || *p == '?') &&
			 (p[1] == '\0' || g_ascii_isspace(p[1])))
			return p;
	}
	return p;
}

/* The clause of prose line L that starts at P, to its sentence's end
 * (sentence_end), at most MAX bytes; when the line ends before the
 * sentence does and the next line is prose of the same paragraph, the
 * sentence goes on there: a mail client that wraps at 76 columns cuts a
 * command told inside a sentence in two ("... i did msb run --rm -v" /
 * "data:/data alpine sh -c '...' and ..."), as a phone's one long line does
 * not.  MORE lines at most; a copy, or NULL when MORE is not 0 and the
 * line alone holds the clause (nothing new to read). */
static char *
clause_at(const Lines *ls, const Line *l, const char *p, gsize max, guint more)
{
	const char *e = sentence_end(p);
	guint i = (guint)(l - ls->l);
	GString *c = g_string_new_len(p, MIN((gsize)(e - p), max));

	gsize alone = c->len;

	/* a few lines on at most: a command wrapped twice ("curl -s -X POST" /
	 * "https://... -H \"Authorization: Bearer" / "...\" -d '{...}'") */
	for (guint k = i + 1; *e == '\0' && k < ls->n && k <= i + more && c->len < max; k++) {
		const Line *n = &ls->l[k];
		const char *s = n->s + strspn(n->s, " \t");
		if (n->type != L_PROSE || n->segment != 0 || *s == '\0')
			break;
		e = sentence_end(s);
		g_string_append_c(c, ' ');
		g_string_append_len(c, s, e - s);
	}
	if (more > 0 && c->len == alone) {
		g_string_free(c, TRUE);
		return NULL;  /* the same clause as the line's alone */
	}
	if (c->len > max)
		g_string_truncate(c, max);
	return g_string_free(c, FALSE);
}

/* Does SPAN (an msb command as a sentence goes on after it) give an
 * option a path or an address as its value ("--volume ~/share:/data:ro",
 * "--env-file=/run/secrets/x")?  Prose names a flag ("msb run --network
 * none still resolves names"), a command typed gives it its argument. */
static gboolean
option_with_path(const char *span)
{
	g_auto(GStrv) argv = NULL;
	gint argc = 0;

	if (!g_shell_parse_argv(span, &argc, &argv, NULL))
		return FALSE;
	for (gint i = 0; i < argc; i++) {
		const char *a = argv[i], *eq = strchr(a, '=');
		if (a[0] != '-' || !g_ascii_isalpha(a[strspn(a, "-")]))
			continue;
		if (eq != NULL && strpbrk(eq + 1, "/:") != NULL)
			return TRUE;
		if (eq == NULL && i + 1 < argc && argv[i + 1][0] != '-' &&
		    strpbrk(argv[i + 1], "/:") != NULL)
			return TRUE;
	}
	return FALSE;
}

/* The options of SPAN (an msb command as a sentence goes on after it,
 * its program and subcommand first) given a value ("--name test1",
 * "--from=tomek-dev"), and in *TAIL the words after the last option and
 * its value, -1 when it has no option. */
static guint
option_values(const char *span, gint *tail)
{
	g_auto(GStrv) argv = NULL;
	gint argc = 0;
	guint n = 0;

	*tail = -1;
	if (!g_shell_parse_argv(span, &argc, &argv, NULL))
		return 0;
	for (gint i = 2; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || !g_ascii_isalpha(a[strspn(a, "-")]))
			continue;
		const char *eq = strchr(a, '=');
		gint last = i;
		if (eq != NULL && eq[1] != '\0')
			n++;
		else if (i + 1 < argc && argv[i + 1][0] != '-') {
			n++;
			last = i + 1;
		}
		*tail = argc - 1 - last;
	}
	return n;
}

/* Does prose line L hold an msb command written bare in the middle of a
 * sentence ("I started the sandbox with msb run --volume ~/share:/data:ro
 * alpine and then ...", "just run msb run ... -- rm -rf /docs/old and
 * look")?  The product's own command with a subcommand is no English word;
 * it counts as inline_run's bare test, or with an option given a path
 * (option_with_path) or two options given values (option_values), up to
 * the sentence's end. */
#define MID_TRIES_MAX 4
#define MID_CLAUSE_MAX 512
/* lines a clause may go on over when the line alone does not read (clause_at) */
#define CLAUSE_MORE 3

static gboolean
mid_sentence_msb(const Lines *ls, const Line *l)
{
	static const char *const prog[] = { "msb ", "microsandbox " };
	guint tried = 0;

	for (guint k = 0; k < G_N_ELEMENTS(prog); k++) {
		for (const char *p = strstr(l->s, prog[k]); p != NULL; p = strstr(p + 1, prog[k])) {
			const char *sub = p + strlen(prog[k]);
			/* a subcommand follows; a few per line at most, each
			 * clause read up to MID_CLAUSE_MAX bytes (a hostile line
			 * of "msb msb msb ..." stays linear) */
			if ((p > l->s && p[-1] != ' ' && p[-1] != '(') || !g_ascii_islower(*sub) ||
			    g_str_has_prefix(sub, "msb ") || g_str_has_prefix(sub, "microsandbox "))
				continue;
			if (++tried > MID_TRIES_MAX)
				return FALSE;
			/* the line's clause first, then one wrapped on (clause_at) */
			for (guint more = 0; more <= CLAUSE_MORE; more += CLAUSE_MORE) {
				g_autofree char *clause = clause_at(ls, l, p, MID_CLAUSE_MAX, more);
				if (clause == NULL)
					break;
				/* or two options given their values ("... with msb run
				 * --from-snapshot baza --name test1 and inside ..."):
				 * the writer's own run, where prose names one flag */
				gint tail;
				if (inline_run(ls, clause, TRUE) ||
				    ((option_with_path(clause) || option_values(clause, &tail) >= 2) &&
				     inline_run(ls, clause, FALSE)))
					return TRUE;
			}
		}
	}
	return FALSE;
}

/* Do the words [B, E) before a command take it from the docs or offer it
 * as a fix ([poc.lone-command.not]: "The workaround: msb run ...", "the
 * docs say to check with curl -s ...")? */
static gboolean
from_docs(const Lines *ls, const char *b, const char *e)
{
	g_autofree char *before = g_strndup(b, e - b);
	g_autoptr(StScan) scan = st_scan_new(ls->rules, before, -1);
	return st_x_any_in(st_x_grp(ls->rules, "poc.lone-command.not"), scan, before);
}

/* Does prose line L hold another program's command written bare in the
 * middle of a sentence, as a phone writes it ("quick check is curl -s -H
 * 'Authorization: Bearer ...' 'https://api.example/v1/...' where ...",
 * "then from inside the guest printf '\033]1337;OpenURL=...\a' and the
 * host opens it")?  Only the programs that carry a reproduction on one line
 * ([poc.mid-sentence] prog, most lines hold none of them, so the regexes run
 * rarely), the clause a command ([poc.command-line]) with the shape of a
 * shell line (inline_run's bare test), and the words before it in its
 * sentence not taking it from the docs or offering it as a fix
 * ([poc.lone-command.not]: "the docs say to check with curl -s ..."). */
static gboolean
mid_sentence_run(const Lines *ls, const Line *l)
{
	const StRuleGroup *progs = st_x_grp(ls->rules, "poc.mid-sentence");
	guint tried = 0;

	if (progs == NULL || !st_x_any_in(progs, ls->scan, l->s))
		return FALSE;
	for (const char *p = l->s; *p; p++) {
		if (p == l->s || p[-1] != ' ' || !g_ascii_islower(*p))
			continue;
		gsize w = strcspn(p, " \t");
		if (p[w] == '\0')
			break;
		g_autofree char *word = g_strndup(p, w);
		if (!st_x_any_in(progs, NULL, word))
			continue;
		if (++tried > MID_TRIES_MAX)
			return FALSE;
		gboolean run = FALSE;
		for (guint more = 0; more <= CLAUSE_MORE && !run; more += CLAUSE_MORE) {
			g_autofree char *clause = clause_at(ls, l, p, MID_CLAUSE_MAX, more);
			if (clause == NULL)
				break;
			run = st_x_poc_command(ls, clause) && inline_run(ls, clause, TRUE);
		}
		if (!run)
			continue;
		const char *b = p;
		while (b > l->s && !((b[-1] == '.' || b[-1] == '!' || b[-1] == '?') && g_ascii_isspace(*b)))
			b--;
		if (!from_docs(ls, b, p))
			return TRUE;
	}
	return FALSE;
}

/* Is CLAUSE, what follows the colon C of prose line L to the sentence's
 * end, an msb command that ends the sentence: a subcommand, an option with
 * its value and at most one word after them ("Yesterday i made snapshot
 * of my sandbox: msb snapshot create baza --from tomek-dev."), what the
 * writer typed, told on a phone without a block?  Not when the words
 * before the colon take it from the docs or offer it as a fix
 * ([poc.lone-command.not]: "The workaround: msb run --network none
 * alpine."), nor a claim that goes on after the flag ("My finding: msb run
 * --network none still resolves names"). */
static gboolean
colon_msb(const Lines *ls, const Line *l, const char *c, const char *clause)
{
	gint tail;

	if (!g_str_has_prefix(clause, "msb ") && !g_str_has_prefix(clause, "microsandbox "))
		return FALSE;
	if (option_values(clause, &tail) < 1 || tail < 0 || tail > 1 ||
	    !inline_run(ls, clause, FALSE))
		return FALSE;
	return !from_docs(ls, l->s, c);
}

/* Is the text of prose line L before its colon C a reproduction label of
 * its sentence ([poc.steps-heading] in at most LABEL_WORDS_MAX words:
 * "Repro: ...", "Steps to reproduce: ..." inside a paragraph typed on a
 * phone), and does CLAUSE, what follows it to the sentence's end, hold a
 * shell line among its steps ("msb up in any project, then inside the
 * sandbox printf '...' >> /workspace/Sandboxfile ; exit, then ...")?  Set apart
 * by the label as a lone command is by its colon sentence, a command word
 * from any of the clause's first CLAUSE_WORDS_MAX words counts with the
 * shape of a shell line (inline_run_as, lone). */
#define LABEL_WORDS_MAX 4
#define LABEL_BYTES_MAX 48
#define CLAUSE_WORDS_MAX 40

static gboolean
labelled_clause_run(const Lines *ls, const Line *l, const char *c, const char *clause)
{
	const char *b = c;
	guint words = 0;

	while (b > l->s && c - b < LABEL_BYTES_MAX &&
	       !((b[-1] == '.' || b[-1] == '!' || b[-1] == '?' || b[-1] == ':') &&
		 g_ascii_isspace(*b)))
		b--;
	if (c - b >= LABEL_BYTES_MAX)
		return FALSE;  /* no short label: a colon of a long sentence */
	g_autofree char *label = g_strndup(b, c - b);
	if (st_x_count_words(label) > LABEL_WORDS_MAX ||
	    !st_x_any_in(st_x_grp(ls->rules, "poc.steps-heading"), ls->scan, label))
		return FALSE;
	for (const char *p = clause; *p && words < CLAUSE_WORDS_MAX; p++) {
		if (p != clause && !(g_ascii_isspace(p[-1]) && !g_ascii_isspace(*p)))
			continue;
		words++;
		if ((g_ascii_islower(*p) || *p == '.') && inline_run_as(ls, p, TRUE, TRUE))
			return TRUE;
	}
	return FALSE;
}

/* Does prose line L of LS hold a command that was run, written inside a
 * sentence of a long unwrapped line: in an inline code span ("I ran `msb
 * run ... -- python3 -c \"...\"` and it still printed"), in double quotes
 * (straight or curly), or after a colon to the sentence's end ("the guest
 * still gets out: msb exec ...")?  The line stays prose (its sentences
 * still describe); see inline_run for what makes one a command rather
 * than a mention. */
gboolean
st_x_inline_command(const Lines *ls, const Line *l)
{
	static const char *const pairs[][2] = {
		{ "`", "`" }, { "\"", "\"" }, { "\xe2\x80\x9c", "\xe2\x80\x9d" },
	};

	for (guint k = 0; k < G_N_ELEMENTS(pairs); k++) {
		const char *p = l->s;
		gsize ol = strlen(pairs[k][0]);
		while ((p = strstr(p, pairs[k][0])) != NULL) {
			const char *e = strstr(p + ol, pairs[k][1]);
			if (e == NULL)
				break;
			g_autofree char *span = g_strndup(p + ol, e - p - ol);
			if (inline_run(ls, span, FALSE))
				return TRUE;
			p = e + strlen(pairs[k][1]);
		}
	}
	/* a log line's "key: value" is no sentence; the msb command with its
	 * options a log line shows whole (a process listing's command column,
	 * "dan 2291147 0.3 0.1 ... 0:01 msb run --env K=V python:3.12 -- python
	 * a.py") is the exact run all the same (1313) */
	for (const char *c = l->logline ? NULL : strstr(l->s, ": "); c != NULL;
	     c = strstr(c + 1, ": ")) {
		const char *b = c + 2 + strspn(c + 2, " \t");
		/* the words before the colon in its sentence may take the
		 * command from the docs or offer it as a fix ("Workaround:
		 * printf ... > /workspace/Sandboxfile", [poc.lone-command.not]) */
		const char *s = c;
		while (s > l->s && !((s[-1] == '.' || s[-1] == '!' || s[-1] == '?') && g_ascii_isspace(*s)))
			s--;
		for (guint more = 0; more <= CLAUSE_MORE; more += CLAUSE_MORE) {
			g_autofree char *clause = clause_at(ls, l, b, MID_CLAUSE_MAX, more);
			if (clause == NULL)
				break;
			if ((inline_run(ls, clause, TRUE) && !from_docs(ls, s, c)) || colon_msb(ls, l, c, clause) ||
			    labelled_clause_run(ls, l, c, clause))
				return TRUE;
		}
	}
	return mid_sentence_msb(ls, l) || mid_sentence_run(ls, l) ||
	       st_x_line_any(ls, st_x_grp(ls->rules, "poc.inline-request"), l);
}
