#!/usr/bin/env python3
"""variants.py - the same report as other mail clients would send it.

    variants.py [--build DIR] [--every K] [--keep DIR] [--only NAMES] MAILDIR...

A reporter's words do not change when the mail client encodes them
differently, so neither may the facts `sectriage analyze --json` reads from
them (issue #3).  For every message of MAILDIR (every Kth, by name) whose
body text is a text/plain part, this writes the message again the ways
real clients do and compares the analysis of each with the original's:

  b64     the text parts in base64 (Outlook, many webmails);
  qp      the text parts in quoted-printable (Thunderbird, Apple Mail);
  flowed  the text parts as RFC 3676 format=flowed, long lines soft-broken
          before column 72 (Thunderbird, Apple Mail, Roundcube, Alpine);
  html    the text parts replaced by the HTML a webmail composes from
          the same lines (one <div> a line, &nbsp; for indentation, <br>
          for an empty line): an HTML-only report (not where the message
          has an HTML alternative of its own: that one is the writer's);
  outlook the same as Outlook composes it (a MsoNormal paragraph a line,
          folded in the source, &nbsp; paragraphs between);
  crlf    the whole message with CRLF line ends (as SMTP carries it);
  cp1252  the text parts in Windows-1252 (Outlook on Windows), where
          they are not ASCII and every character has a byte there;
  wrap76  the text hard-wrapped at 76 columns between words, as
          Outlook's plain text sends it (not format=flowed parts);
  banner  a mail gateway's "CAUTION: This email originated from outside
          of the organization" banner over the text and "[EXTERNAL]"
          before the Subject, as Microsoft 365 and others add them;
  disclaimer  a "Sent from Outlook" line and a company's confidentiality
          notice under the text;
  nbsp    indentation and runs of spaces as no-break spaces (U+00A0), as
          text copied from a web console or a chat into a mail client
          carries them;
  fwd     the writer forwarding their own report inline (Gmail's
          "---------- Forwarded message ---------" block, "Fwd:").  Not
          an invariant everywhere (a forwarded bounce or reply is read
          differently, rightly), so tests/e2e/test_variants.sh does not
          gate it: 26 of about 1,100 first reports still change when
          forwarded so (the thirty-eighth session's count).

Compared: the version, every platform field, the checklist, the class,
the component, out of scope, the credit, CVSS, exploited in the wild, the
acknowledgment decision and whether it is a report.  Prints one line a
difference, then "variants: KIND N compared, M differ" a kind and
"variants: N compared, M differ" in all, and exits 1 when any differs.  No dependency beyond Python's standard library.
"""

import argparse
import concurrent.futures
import email
import email.policy
import html
import json
import os
import quopri
import re
import base64
import shutil
import subprocess
import sys
import tempfile

KINDS = ("b64", "qp", "flowed", "html", "outlook", "crlf", "cp1252", "wrap76", "banner", "disclaimer", "nbsp", "fwd")


def in_alternative(msg):
    """Whether a multipart/alternative holds a text/plain part."""
    for part in msg.walk():
        if part.get_content_type() == "multipart/alternative":
            for sub in part.get_payload():
                if sub.get_content_type() == "text/plain":
                    return True
    return False


def parts(msg):
    """MSG's leaf parts, not looking into attached messages (message/*:
    a forwarded mail, a read receipt's fields)."""
    if msg.get_content_maintype() == "multipart" and isinstance(msg.get_payload(), list):
        for sub in msg.get_payload():
            yield from parts(sub)
    elif msg.get_content_maintype() != "message":
        yield msg


def text_leaves(msg):
    """The text/plain parts that are the body's text, not attachments."""
    out = []
    for part in parts(msg):
        if part.is_multipart():
            continue
        if part.get_content_type() != "text/plain":
            continue
        disp = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        if disp == "attachment" or part.get_filename():
            continue
        out.append(part)
    return out


def leaf_text(part):
    """(text, charset) of a text leaf, or None when it does not decode."""
    raw = part.get_payload(decode=True)
    if raw is None:
        return None
    cs = part.get_content_charset() or "us-ascii"
    try:
        text = raw.decode(cs)
    except (LookupError, UnicodeDecodeError):
        return None
    return relabelled(raw, text, cs)


CYRILLIC_TWIN = {"windows-1251": "koi8-r", "cp1251": "koi8-r", "koi8-r": "cp1251", "koi8-u": "cp1251"}


def cyrillic_cases(text):
    up = sum(1 for c in text if "\u0400" <= c <= "\u04ff" and c.isupper())
    low = sum(1 for c in text if "\u0400" <= c <= "\u04ff" and c.islower())
    return up, low


def relabelled(raw, text, cs):
    """(text, charset) as the filter reads a leaf whose label is wrong
    (hdecode.c): multi-byte UTF-8 under a legacy label is UTF-8, and
    Cyrillic text that reads as capitals with small initials is in the
    label's twin code page (KOI8-R for Windows-1251 and back)."""
    low_cs = cs.lower()
    if low_cs not in ("utf-8", "utf8", "us-ascii", "ascii") and not low_cs.startswith(("utf-16", "utf-32")):
        if any(b >= 0x80 for b in raw):
            try:
                return raw.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                pass
    twin = CYRILLIC_TWIN.get(low_cs)
    if twin:
        up, low = cyrillic_cases(text)
        if up >= 20 and up >= 2 * low:
            try:
                alt = raw.decode(twin)
            except UnicodeDecodeError:
                return text, cs
            up2, low2 = cyrillic_cases(alt)
            if low2 > 2 * up2:
                return alt, twin
    return text, cs


def set_text(part, text, cs):
    """PART's text TEXT, quoted-printable, in its charset CS when TEXT
    fits it, else in UTF-8 (the part's charset then says so)."""
    try:
        data = text.encode(cs)
    except UnicodeEncodeError:
        part.set_param("charset", "utf-8")
        data = text.encode("utf-8")
    set_body(part, data, "quoted-printable")


def set_body(part, data, cte):
    """Replace PART's payload with DATA (bytes) sent as CTE."""
    if cte == "base64":
        enc = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        enc = quopri.encodestring(data).decode("ascii")
    else:
        enc = data.decode("utf-8", "surrogateescape")
    del part["Content-Transfer-Encoding"]
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(enc)


def wrap_flowed(line, width=72):
    """One logical line as RFC 3676 flowed lines: soft breaks (a space
    left at the end) before WIDTH, at spaces only; space-stuffed."""
    if line.startswith((" ", "From ", ">")):
        line = " " + line
    if line == "-- " or line.startswith(" >"):
        return [line]
    pieces = []
    while len(line) > width:
        # never inside the indentation: a client breaks between words
        lead = len(line) - len(line.lstrip(" "))
        cut = line.rfind(" ", lead + 1, width)
        if cut <= lead:
            cut = line.find(" ", max(width, lead + 1))
            if cut < 0:
                break
        head, line = line[:cut + 1], line[cut + 1:]
        if line.startswith((" ", "From ", ">")):
            line = " " + line
        pieces.append(head)
    pieces.append(line)
    return pieces


def flowed(text):
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        out.extend(wrap_flowed(line.rstrip(" ")))
    return "\n".join(out)


def html_line(line):
    """One line as a webmail keeps its spacing: leading and repeated spaces
    as &nbsp; (Gmail's " &nbsp;" alternation), a tab in a white-space:pre
    span."""
    out = []
    for piece in re.split(r"(\t| {2,}|^ +)", line):
        if not piece:
            continue
        if piece == "\t":
            out.append('<span style="white-space:pre">\t</span>')
        elif piece.strip(" ") == "" and (len(piece) > 1 or not out):
            out.append("".join("&nbsp;" if (i % 2 == 0 or not out) else " "
                               for i in range(len(piece))))
        else:
            out.append(html.escape(piece, quote=False))
    return "".join(out)


def unflow(text, delsp):
    """RFC 3676 text as its writer wrote it (what a webmail's editor would
    have shown): soft breaks joined, stuffing dropped."""
    out, para = [], None
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" ") and not body.startswith("  "):
            body = body[1:]     # deeper indents as sent: not every sender stuffs
        soft = body.endswith(" ") and body != "-- " and body.strip() != ""
        if soft and delsp:
            body = body[:-1]
        prefix = ">" * depth + (" " if depth else "")
        if para is not None and para[0] == depth and body.strip():
            para[1] += body
        else:
            if para is not None:
                out.append(para[2] + para[1])
            para = [depth, body, prefix]
        if not soft:
            out.append(para[2] + para[1])
            para = None
    if para is not None:
        out.append(para[2] + para[1])
    return "\n".join(out)


def as_html(text):
    """The HTML a webmail composes from plain lines."""
    rows = []
    for line in text.split("\n"):
        if not line.strip():
            rows.append("<div><br></div>")
            continue
        rows.append("<div>" + html_line(line) + "</div>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div dir="ltr">\n' + "\n".join(rows) + "\n</div></body></html>\n")


def as_outlook(text):
    """The HTML Outlook composes: a MsoNormal paragraph a line, long ones
    folded in the source, an empty line as a paragraph holding &nbsp;."""
    rows = []
    for line in text.split("\n"):
        if not line.strip():
            rows.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
            continue
        words, src, cur = html_line(line).split(" "), [], ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > 76:
                src.append(cur)
                cur = w
            else:
                cur = cur + " " + w if cur else w
        src.append(cur)
        rows.append("<p class=MsoNormal>" + "\n".join(src) + "<o:p></o:p></p>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n'
            '\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n'
            '</head>\n<body lang=EN-US link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class=WordSection1>\n' + "\n".join(rows) + "\n</div>\n</body>\n</html>\n")


def wrap76(text):
    """Lines hard-wrapped at 76 columns between words, as Outlook's plain
    text sends them; quoted lines and the words longer than a line stay."""
    out = []
    for line in text.split("\n"):
        while len(line) > 76 and not line.startswith(">"):
            lead = len(line) - len(line.lstrip(" "))
            cut = line.rfind(" ", lead + 1, 77)
            if cut <= lead:
                break
            out.append(line[:cut].rstrip(" "))
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


BANNER = ("CAUTION: This email originated from outside of the organization. Do not\n"
          "click links or open attachments unless you recognize the sender and know\n"
          "the content is safe.\n\n")

DISCLAIMER = ("\n\nSent from Outlook\n\n"
              "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,\n"
              "is for the sole use of the intended recipient(s) and may contain\n"
              "confidential and privileged information. Any unauthorized review, use,\n"
              "disclosure or distribution is prohibited. If you are not the intended\n"
              "recipient, please contact the sender by reply e-mail and destroy all\n"
              "copies of the original message.\n")


def variant(data, kind):
    """DATA (a message's bytes) rewritten as KIND, or None when KIND does
    not apply to it."""
    if kind == "crlf":
        if b"\r\n" in data:
            return None
        return data.replace(b"\n", b"\r\n")
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    leaves = text_leaves(msg)
    if not leaves:
        return None
    if kind in ("html", "outlook", "banner", "disclaimer", "nbsp", "fwd") and in_alternative(msg):
        return None     # its HTML alternative is the writer's, not these lines
    for part in leaves:
        got = leaf_text(part)
        if got is None:
            return None
        text, cs = got
        text = text.replace("\r\n", "\n")
        if kind == "b64":
            if (part.get("Content-Transfer-Encoding") or "").lower() == "base64":
                return None
            set_body(part, text.encode(cs), "base64")
        elif kind == "qp":
            if (part.get("Content-Transfer-Encoding") or "").lower() == "quoted-printable":
                return None
            set_body(part, text.encode(cs), "quoted-printable")
        elif kind == "flowed":
            if (part.get_param("format") or "").lower() == "flowed":
                return None
            body = flowed(text).encode(cs)
            part.set_param("format", "flowed")
            set_body(part, body, "quoted-printable")
        elif kind == "banner":
            if part is not leaves[0]:
                continue
            set_text(part, BANNER + text, cs)
            subj = msg.get("Subject")
            if isinstance(subj, str) and "=?" not in subj:
                msg.replace_header("Subject", "[EXTERNAL] " + subj)
        elif kind == "disclaimer":
            if part is not leaves[-1]:
                continue
            set_text(part, text.rstrip("\n") + DISCLAIMER, cs)
        elif kind == "fwd":
            if part is not leaves[0]:
                continue
            frm = msg.get("From")
            subj = msg.get("Subject")
            if not isinstance(frm, str) or not isinstance(subj, str) or "=?" in frm + subj:
                return None
            head = ("Forwarding my report, I sent it to the wrong address first.\n\n"
                    "---------- Forwarded message ---------\n"
                    "From: %s\nDate: Mon, 2 Feb 2026 at 09:14\nSubject: %s\n"
                    "To: <secteam@other.example>\n\n" % (frm, subj))
            set_text(part, head + text, cs)
            msg.replace_header("Subject", "Fwd: " + subj)
        elif kind == "nbsp":
            body = re.sub(r"(?m)^ +", lambda m: "\u00a0" * len(m.group(0)), text)
            body = re.sub(r"(?<=\S)  +(?=\S)", lambda m: "\u00a0" * len(m.group(0)), body)
            if body == text:
                return None
            part.set_param("charset", "utf-8")
            set_body(part, body.encode("utf-8"), "quoted-printable")
        elif kind == "cp1252":
            if cs.lower() in ("windows-1252", "cp1252"):
                return None
            try:
                body = text.encode("cp1252")
            except UnicodeEncodeError:
                return None
            if body == text.encode("ascii", "replace"):
                return None     # ASCII: the charset changes nothing
            part.set_param("charset", "windows-1252")
            set_body(part, body, "quoted-printable")
        elif kind == "wrap76":
            if (part.get_param("format") or "").lower() == "flowed":
                return None
            body = wrap76(text)
            if body == text:
                return None
            set_body(part, body.encode(cs), "quoted-printable")
        elif kind in ("html", "outlook"):
            if (part.get_param("format") or "").lower() == "flowed":
                text = unflow(text, (part.get_param("delsp") or "").lower() == "yes")
            body = (as_html(text) if kind == "html" else as_outlook(text)).encode("utf-8")
            part.set_type("text/html")
            part.set_param("charset", "utf-8")
            for p in ("format", "delsp"):
                part.del_param(p)
            set_body(part, body, "quoted-printable")
    return msg.as_bytes()


def facts(obj):
    """The label-level facts of one analysis."""
    if not isinstance(obj, dict):
        return {"error": str(obj)}
    v = obj.get("version") or {}
    p = obj.get("platform") or {}
    c = obj.get("credit") or {}
    cv = obj.get("cvss") or {}
    out = {
        "version": v.get("value"),
        "class": obj.get("class"),
        "component": obj.get("component"),
        "out_of_scope": sorted(obj.get("out_of_scope") or []),
        "credit": [c.get("name"), c.get("link")] if c else None,
        "cvss": cv.get("vector") if isinstance(cv, dict) else cv,
        "exploited_in_wild": obj.get("exploited_in_wild"),
        "ack": (obj.get("ack") or {}).get("send"),
        "is_report": obj.get("is_report"),
    }
    for k in ("os", "distro", "kernel", "macos_version", "chip"):
        out["platform." + k] = p.get(k)
    for k, val in (obj.get("checklist") or {}).items():
        out["checklist." + k] = val
    return out


def analyze_all(binary, rules, paths, jobs):
    """{path: analysis} over PATHS, many a process."""
    chunks = [paths[i::jobs] for i in range(jobs) if paths[i::jobs]]

    def run(chunk):
        args = [binary]
        if rules:
            args += ["--rules", rules]
        args += ["analyze", "--json", "--return-path"] + chunk
        p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=120 + 5 * len(chunk))
        lines = p.stdout.decode("utf-8", "replace").splitlines()
        if p.returncode != 0 or len(lines) != len(chunk):
            # one a process, to name the message that failed
            res = {}
            for path in chunk:
                q = subprocess.run(args[:-len(chunk)] + [path], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, timeout=120)
                try:
                    res[path] = json.loads(q.stdout)
                except ValueError:
                    res[path] = "exit %d: %s" % (q.returncode, q.stderr.decode("utf-8", "replace")[:200])
            return res
        return {path: json.loads(line) for path, line in zip(chunk, lines)}

    found = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for part in pool.map(run, chunks):
            found.update(part)
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--build", default=os.environ.get("BUILD", "build"))
    ap.add_argument("--rules", default="rules")
    ap.add_argument("--every", type=int, default=1, help="every Kth message by name")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--keep", help="write the variants here and keep them")
    ap.add_argument("--only", help="comma-separated names (or prefixes) of messages")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    a = ap.parse_args()
    kinds = [k for k in a.kinds.split(",") if k]
    for k in kinds:
        if k not in KINDS:
            sys.exit("variants: unknown kind %s" % k)
    binary = os.path.join(a.build, "sectriage")
    originals = []
    for d in a.dirs:
        for n in sorted(os.listdir(d)):
            if n.endswith(".eml"):
                originals.append(os.path.join(d, n))
    if a.only:
        want = a.only.split(",")
        originals = [p for p in originals if any(os.path.basename(p).startswith(w) for w in want)]
    originals = originals[::max(1, a.every)]
    out = a.keep or tempfile.mkdtemp(prefix="st-variants.")
    os.makedirs(out, exist_ok=True)
    pairs = []     # (original, variant path, kind)
    for i, path in enumerate(originals):
        with open(path, "rb") as f:
            data = f.read()
        for kind in kinds:
            try:
                v = variant(data, kind)
            except Exception as e:      # a message Python cannot rewrite: skip it
                print("variants: %s: cannot write %s (%s)" % (os.path.basename(path), kind, e))
                continue
            if v is None:
                continue
            vp = os.path.join(out, "%05d-%s.eml" % (i, kind))
            with open(vp, "wb") as f:
                f.write(v)
            pairs.append((path, vp, kind))
    res = analyze_all(binary, a.rules, originals + [p[1] for p in pairs], a.jobs)
    differ = 0
    per = {k: [0, 0] for k in kinds}      # kind: [compared, differ]
    for orig, vp, kind in pairs:
        fo, fv = facts(res.get(orig)), facts(res.get(vp))
        diff = [k for k in sorted(set(fo) | set(fv)) if fo.get(k) != fv.get(k)]
        per[kind][0] += 1
        if diff:
            differ += 1
            per[kind][1] += 1
            for k in diff:
                print("DIFFER %s %s %s: %s -> %s" % (os.path.basename(orig), kind, k,
                                                    json.dumps(fo.get(k)), json.dumps(fv.get(k))))
    if not a.keep:
        shutil.rmtree(out, ignore_errors=True)
    for k in kinds:
        print("variants: %s %d compared, %d differ" % (k, per[k][0], per[k][1]))
    print("variants: %d compared, %d differ" % (len(pairs), differ))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
