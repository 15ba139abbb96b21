/*
 * unifold.c — which non-ASCII characters a literal may hold, and as what
 * (literals.h: st_literals_exact_char, st_literals_fold_char).  Shared by
 * the reading of patterns (literals.c) and the scan (acscan.c), which must
 * agree on it; test_prefilter proves both against PCRE2.
 */
#include "sectriage/literals.h"

gboolean
st_literals_exact_char(gunichar c)
{
	switch (g_unichar_get_script(c)) {
	case G_UNICODE_SCRIPT_HAN:
	case G_UNICODE_SCRIPT_HIRAGANA:
	case G_UNICODE_SCRIPT_KATAKANA:
	case G_UNICODE_SCRIPT_HANGUL:
	case G_UNICODE_SCRIPT_ARABIC:
	case G_UNICODE_SCRIPT_HEBREW:
	case G_UNICODE_SCRIPT_DEVANAGARI:
	case G_UNICODE_SCRIPT_BENGALI:
	case G_UNICODE_SCRIPT_GURMUKHI:
	case G_UNICODE_SCRIPT_GUJARATI:
	case G_UNICODE_SCRIPT_TAMIL:
	case G_UNICODE_SCRIPT_TELUGU:
	case G_UNICODE_SCRIPT_KANNADA:
	case G_UNICODE_SCRIPT_MALAYALAM:
	case G_UNICODE_SCRIPT_THAI:
	case G_UNICODE_SCRIPT_COMMON:  /* punctuation, "ー", fullwidth digits */
		break;
	default:
		return FALSE;
	}
	/* scripts without case; a character with a mapping all the same is
	 * not taken on trust */
	return g_unichar_tolower(c) == c && g_unichar_toupper(c) == c &&
	       g_unichar_totitle(c) == c;
}

/* The key of a character of a script with case: what its caseless class
 * has in common (its upper case's lower case: "Ё" and "ё" are "ё", "ς" and
 * "Σ" are "σ", "ẞ" is "ß"); 0 when C is not one the literals may hold: not
 * below ST_FOLD_LIMIT, a key in ASCII (U+0130, U+0131, U+212A, U+017F) or
 * a case partner at or above the limit (U+026B and U+2C62). */
static gunichar
fold_key(gunichar c)
{
	switch (g_unichar_get_script(c)) {
	case G_UNICODE_SCRIPT_LATIN:
	case G_UNICODE_SCRIPT_GREEK:
	case G_UNICODE_SCRIPT_CYRILLIC:
	case G_UNICODE_SCRIPT_COMMON:
	case G_UNICODE_SCRIPT_INHERITED:
		break;
	default:
		return 0;
	}
	/* GLib maps the case of letters only; PCRE2 also folds this mark
	 * (COMBINING GREEK YPOGEGRAMMENI) with iota */
	if (c == 0x0345)
		return 0x03B9;
	/* nor other marks, nor numbers such as U+2160 ROMAN NUMERAL ONE */
	if (!g_unichar_isalpha(c))
		return 0;
	gunichar u = g_unichar_toupper(c), t = g_unichar_totitle(c);
	gunichar k = g_unichar_tolower(u);
	if (c >= ST_FOLD_LIMIT || u >= ST_FOLD_LIMIT || t >= ST_FOLD_LIMIT ||
	    k < 0x80 || k >= ST_FOLD_LIMIT || g_unichar_tolower(c) >= ST_FOLD_LIMIT ||
	    g_unichar_toupper(k) >= ST_FOLD_LIMIT || g_unichar_totitle(k) >= ST_FOLD_LIMIT)
		return 0;
	return k;
}

gunichar
st_literals_fold_char(gunichar c)
{
	if (c < 0x80)
		return 0;
	if (st_literals_exact_char(c))
		return c;
	return fold_key(c);
}
