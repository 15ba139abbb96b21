#!/usr/bin/env python3
"""devset_check.py - compare `sectriage analyze --json` with the devset labels.

For every labels/*.json of the shared development set (../shared/devset, or
$SHARED/devset, or $ST_SHARED/devset) run

    BUILD/sectriage analyze --json --envelope-from ENV mail/X.eml

(many messages a process, `analyze --json --return-path X.eml Y.eml ...`,
where the label's envelope is the message's Return-Path, as it is for
nearly all) and compare it field by field with the label, as the devset README's
"Mapping to analyze --json" table says.  A thread reply (label
thread_parent set) is judged as the report it continues: the thread (the
parent, its own parent and so on as far as the set has them) and the reply
are filed in order into a temporary database with `sectriage file --json`
(one process with --return-path; where a label's envelope is not its
Return-Path, a process a message), whose last object has the report's
merged "facts"; when that does not work the reply is analysed alone and a
note says so.  The acknowledgment decision is always the message's own.

Messages that are not reports at all (label component null and no ack:
bounces, auto-replies) are judged on the acknowledgment decision only.

--dir DIR (or --set DIR) checks another set laid out the same way
(DIR/labels/*.json, DIR/mail/*.eml), e.g. tests/data/heldout.

Prints a per-field accuracy table, every mismatch (file, field, expected,
got) and the overall accuracy.  Exit status 1 when overall accuracy is under
95% (ST_DEVSET_MIN to change) or any acknowledgment decision is wrong.
The last line is "N passed, M failed", counting fields.
"""
import concurrent.futures
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

PLATFORM_FIELDS = ("os", "distro", "kernel", "macos_version", "chip")
CHECKS = ("description", "poc", "version", "platform", "logs")


def repo_root():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.dirname(here)


def shared_dir():
    for var in ("SHARED", "ST_SHARED"):
        if os.environ.get(var):
            return os.environ[var]
    return os.path.join(repo_root(), "..", "shared")


def sectriage_bin():
    build = os.environ.get("BUILD", os.path.join(repo_root(), "build"))
    if not os.path.isabs(build):
        build = os.path.join(repo_root(), build)
    return os.path.join(build, "sectriage")


def run(args, timeout=60):
    """Run ARGS; return (exit status, stdout, stderr)."""
    try:
        p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
        return (p.returncode, p.stdout.decode("utf-8", "replace"),
                p.stderr.decode("utf-8", "replace"))
    except (OSError, subprocess.TimeoutExpired) as e:
        return (-1, "", str(e))


def analyze(binary, path, envelope):
    """The analyze --json object of PATH, or (None, error text)."""
    rc, out, err = run([binary, "analyze", "--json", "--envelope-from", envelope, path])
    if rc != 0:
        return None, "analyze exit %d: %s" % (rc, err.strip()[:200])
    try:
        obj = json.loads(out)
    except ValueError as e:
        return None, "analyze printed no JSON (%s)" % e
    if not isinstance(obj, dict):
        return None, "analyze JSON is not an object"
    return obj, None


def return_path(path):
    """The address of the first Return-Path field of the message at PATH
    written "<...>", or None."""
    try:
        with open(path, "rb") as f:
            head = f.read(256 * 1024).split(b"\n\n", 1)[0].decode("latin-1")
    except OSError:
        return None
    m = re.search(r"^Return-Path:[ \t]*<(.*)>[ \t]*\r?$", head, re.M | re.I)
    return m.group(1) if m else None


def analyze_batched(binary, mail_dir, labels, jobs):
    """The analyze --json objects, by name, of every message whose label's
    envelope_from is its own Return-Path: those are analysed many in one
    process with `analyze --json --return-path`, in JOBS chunks run side by
    side.  A chunk whose run fails, or prints other than one object a file,
    is left out (its messages are then analysed one a process)."""
    names = [n for n in sorted(labels)
             if return_path(os.path.join(mail_dir, n)) == labels[n].get("envelope_from", "")]
    chunks = [names[i::jobs] for i in range(jobs) if names[i::jobs]]

    def run_chunk(chunk):
        rc, out, _ = run([binary, "analyze", "--json", "--return-path"]
                         + [os.path.join(mail_dir, n) for n in chunk], timeout=60 + 5 * len(chunk))
        lines = out.splitlines()
        if rc != 0 or len(lines) != len(chunk):
            return {}
        try:
            objs = [json.loads(line) for line in lines]
        except ValueError:
            return {}
        return {n: o for n, o in zip(chunk, objs) if isinstance(o, dict)}

    found = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for part in pool.map(run_chunk, chunks):
            found.update(part)
    return found


def thread_chain(labels, label):
    """The labels of LABEL's thread, first message first: its parent, the
    parent's parent, ... as far as the set holds them (a reply to a reply
    is labelled for the report as a whole, 1963 -> 1962 -> 1961)."""
    chain, seen = [label], {label.get("file")}
    parent = label.get("thread_parent")
    while parent in labels and parent not in seen:
        seen.add(parent)
        chain.insert(0, labels[parent])
        parent = labels[parent].get("thread_parent")
    return chain


def json_objects(text):
    """The JSON objects printed one after another in TEXT (file --json)."""
    dec, objs, i = json.JSONDecoder(), [], 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return objs
        obj, i = dec.raw_decode(text, i)
        objs.append(obj)


def thread_facts(binary, mail_dir, chain):
    """File the messages of CHAIN (thread_chain) in order into a temp DB
    with `file --json`, whose last object carries the report's merged
    facts after the last filing; those facts, or (None, why not).  When
    every label's envelope is its message's Return-Path (as it is for
    nearly all) the chain is filed in one process with --return-path,
    else a process a message with its label's --envelope-from."""
    paths = [os.path.join(mail_dir, lab["file"]) for lab in chain]
    if all(return_path(p) == lab.get("envelope_from", "") for p, lab in zip(paths, chain)):
        runs = [["--return-path"] + paths]
    else:
        runs = [["--envelope-from", lab.get("envelope_from", ""), p] for p, lab in zip(paths, chain)]
    objs = []
    with tempfile.TemporaryDirectory(prefix="devset-") as tmp:
        db = os.path.join(tmp, "triage.db")
        for args in runs:
            rc, out, err = run([binary, "--db", db, "file", "--json"] + args,
                               timeout=60 + 5 * len(paths))
            if rc != 0:
                return None, "file: exit %d: %s" % (rc, err.strip()[:200])
            try:
                objs += json_objects(out)
            except ValueError as e:
                return None, "file --json printed no JSON objects (%s)" % e
    if len(objs) != len(paths) or not all(isinstance(o, dict) for o in objs):
        return None, "file --json printed %d objects for %d files" % (len(objs), len(paths))
    facts = objs[-1].get("facts")
    if not isinstance(facts, dict):
        return None, "file --json has no \"facts\" object"
    return facts, None


def get(obj, *path):
    for p in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(p)
    return obj


def norm(s):
    return s.strip().lower() if isinstance(s, str) else s


def loose_equal(expected, got):
    """Case-insensitive; a prefix or substring either way matches."""
    if expected is None or got is None:
        return expected is None and got is None
    if not isinstance(got, str):
        return False
    e, g = norm(expected), norm(got)
    return e == g or e in g or g in e


def version_equal(expected, got):
    if expected is None or got is None:
        return expected is None and got is None
    if not isinstance(got, str):
        return False
    e, g = norm(expected), norm(got)
    if e == g:
        return True
    hexre = re.compile(r"^[0-9a-f]{7,40}$")
    return bool(hexre.match(e) and hexre.match(g) and (e.startswith(g) or g.startswith(e)))


def platform_given(p):
    p = p or {}
    return bool((p.get("distro") and p.get("kernel")) or
                (p.get("macos_version") and p.get("chip")))


def credit_name_equal(expected, got):
    """The name the advisory would print: equal ignoring case, or the
    expected name followed by an affiliation ("Aiko Tanabe (Halden)",
    "Kofi Mensah, Tessellate Ops").  Not a substring either way, as the
    platform fields are compared: "yes please, as kaito_r" is not a name
    the reporter would want printed.  A handle's "@" is no part of the
    name ("@tiffcodes" and "tiffcodes" are one handle)."""
    if expected is None or got is None:
        return expected is None and got is None
    if not isinstance(got, str):
        return False
    e, g = norm(expected).lstrip("@"), norm(got).lstrip("@")
    if e == g or (g.startswith(e) and re.match(r"\s*[(,]", g[len(e):]) is not None):
        return True
    # the affiliation in parentheses or after a comma is one credit:
    # "Efua Mensah (Adinkra Cloud)" and "Efua Mensah, Adinkra Cloud"
    paren = re.compile(r"\s*\(([^()]+)\)$")
    return paren.sub(r", \1", e) == paren.sub(r", \1", g)


def link_norm(s):
    """A link as written ("github.com/x") and with its scheme
    ("https://github.com/x/") name the same page."""
    return re.sub(r"^https?://", "", norm(s)).rstrip("/")


def credit_equal(expected, got):
    if expected is None:
        return got is None
    if expected == "anonymous":
        return isinstance(got, dict) and got.get("anonymous") is True
    if not isinstance(got, dict) or got.get("anonymous"):
        return False
    name_ok = credit_name_equal(expected.get("name"), got.get("name"))
    el, gl = expected.get("link"), got.get("link")
    link_ok = (el is None and gl is None) or (
        isinstance(el, str) and isinstance(gl, str) and
        link_norm(el) == link_norm(gl))
    return name_ok and link_ok


def as_set(v):
    if not isinstance(v, list):
        return None
    return set(x for x in v if isinstance(x, str))


def poc_names(obj):
    atts = obj.get("attachments")
    if not isinstance(atts, list):
        return None
    return set(a.get("filename") for a in atts
               if isinstance(a, dict) and a.get("role") == "poc" and a.get("filename"))


MISSING = "<field missing>"


def has(obj, *path):
    """TRUE when the key path exists in OBJ (its value may be null)."""
    for p in path:
        if not isinstance(obj, dict) or p not in obj:
            return False
        obj = obj[p]
    return True


def compare(label, obj, ack_obj):
    """List of (field, expected, got, ok).  A field the JSON lacks is wrong."""
    rows = []

    def add(field, expected, got, ok, present=True):
        if not present:
            got, ok = MISSING, False
        rows.append((field, expected, got, bool(ok)))

    ack = get(ack_obj, "ack", "send") if ack_obj else None
    add("ack.send", label.get("should_ack"), ack, ack is label.get("should_ack"),
        has(ack_obj, "ack", "send"))
    if label.get("component") is None and not label.get("should_ack"):
        return rows  # not a report: judged on the acknowledgment only
    if obj is None:
        obj = {}
    ver = get(obj, "version", "value")
    ver_present = has(obj, "version") and (obj["version"] is None or has(obj, "version", "value"))
    add("version", label.get("version"), ver, version_equal(label.get("version"), ver), ver_present)
    lp = label.get("platform") or {}
    gp = obj.get("platform") if isinstance(obj.get("platform"), dict) else {}
    plat_present = has(obj, "platform") and (obj["platform"] is None or isinstance(obj["platform"], dict))
    for f in PLATFORM_FIELDS:
        e, g = lp.get(f), gp.get(f)
        ok = (norm(e) == norm(g)) if f == "os" else loose_equal(e, g)
        add("platform." + f, e, g, ok, plat_present)
    expect_check = {
        "description": label.get("has_description_impact"),
        "poc": label.get("has_poc"),
        "version": label.get("version") is not None,
        "platform": platform_given(lp),
        "logs": label.get("has_logs"),
    }
    for c in CHECKS:
        g = get(obj, "checklist", c)
        add("checklist." + c, expect_check[c], g, g is expect_check[c], isinstance(g, bool))
    em, gm = set(label.get("missing") or []), as_set(obj.get("missing"))
    add("missing", sorted(em), sorted(gm) if gm is not None else None, em == gm, gm is not None)
    ep, gpoc = set(label.get("poc_attachments") or []), poc_names(obj)
    add("poc_attachments", sorted(ep), sorted(gpoc) if gpoc is not None else None, ep == gpoc,
        gpoc is not None)
    for f in ("class", "component"):
        add(f, label.get(f), obj.get(f), label.get(f) == obj.get(f), has(obj, f))
    eo, go = set(label.get("out_of_scope") or []), as_set(obj.get("out_of_scope"))
    add("out_of_scope", sorted(eo), sorted(go) if go is not None else None, eo == go,
        go is not None)
    add("credit", label.get("credit"), obj.get("credit"),
        credit_equal(label.get("credit"), obj.get("credit")), has(obj, "credit"))
    return rows


def main():
    # --dir DIR (or --set DIR): another labelled set with the same layout
    # (DIR/labels/*.json, DIR/mail/*.eml), e.g. tests/data/heldout.
    devset = os.path.join(shared_dir(), "devset")
    args = sys.argv[1:]
    while args:
        a = args.pop(0)
        if a in ("--dir", "--set") and args:
            devset = args.pop(0)
        elif a.startswith(("--dir=", "--set=")):
            devset = a.split("=", 1)[1]
        else:
            print("usage: devset_check.py [--dir DIR]")
            print("0 passed, 1 failed")
            return 2
    labels_dir, mail_dir = os.path.join(devset, "labels"), os.path.join(devset, "mail")
    binary = sectriage_bin()
    label_files = sorted(glob.glob(os.path.join(labels_dir, "*.json")))
    if not label_files:
        print("devset: no labels under %s" % labels_dir)
        print("0 passed, 1 failed")
        return 1
    if not os.access(binary, os.X_OK):
        print("devset: %s is not built" % binary)
        print("0 passed, 1 failed")
        return 1
    labels = {}
    for lf in label_files:
        with open(lf, encoding="utf-8") as f:
            lab = json.load(f)
        labels[lab.get("file", os.path.basename(lf)[:-5] + ".eml")] = lab

    # one sectriage process a chunk of messages, ST_DEVSET_JOBS at a time
    # (default: the CPUs): most of a one-message run is loading the rules
    jobs = int(os.environ.get("ST_DEVSET_JOBS", "0")) or os.cpu_count() or 1
    batched = analyze_batched(binary, mail_dir, labels, jobs)

    def judge(name):
        """(own analysis, facts judged, notes) of message NAME."""
        lab, out = labels[name], []
        path = os.path.join(mail_dir, name)
        if name in batched:
            own, err = batched[name], None
        else:
            own, err = analyze(binary, path, lab.get("envelope_from", ""))
        if err:
            out.append("%s: %s" % (name, err))
        facts = own
        parent = lab.get("thread_parent")
        if parent:
            if parent in labels:
                facts, terr = thread_facts(binary, mail_dir, thread_chain(labels, lab))
                if terr:
                    out.append("%s: thread via file/show failed (%s); "
                               "fell back to analyze of the reply alone" % (name, terr))
                    facts = own
            else:
                out.append("%s: thread parent %s has no label" % (name, parent))
        return own, facts, out

    # the rest (another envelope, a thread reply's filing) a process a
    # message, as many at a time; judged in name order
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(judge, sorted(labels)))

    per_field, mismatches, notes = {}, [], []
    ack_wrong = 0
    for name, (own, facts, out) in zip(sorted(labels), results):
        lab = labels[name]
        notes.extend(out)
        for field, exp, got, ok in compare(lab, facts, own):
            t = per_field.setdefault(field, [0, 0])
            t[0 if ok else 1] += 1
            if not ok:
                mismatches.append((name, field, exp, got))
                if field == "ack.send":
                    ack_wrong += 1

    passed = sum(t[0] for t in per_field.values())
    failed = sum(t[1] for t in per_field.values())
    total = passed + failed
    print("%-22s %5s %5s %7s" % ("field", "right", "wrong", "acc"))
    for field in sorted(per_field):
        r, w = per_field[field]
        print("%-22s %5d %5d %6.1f%%" % (field, r, w, 100.0 * r / (r + w)))
    for n in notes:
        print("note: " + n)
    for name, field, exp, got in mismatches:
        print("MISMATCH %s %s: expected %s, got %s" % (
            name, field, json.dumps(exp, ensure_ascii=False), json.dumps(got, ensure_ascii=False)))
    overall = 100.0 * passed / total if total else 0.0
    minimum = float(os.environ.get("ST_DEVSET_MIN", "95"))
    print("overall: %.1f%% of %d fields over %d messages (minimum %.0f%%); "
          "ack decisions wrong: %d" % (overall, total, len(labels), minimum, ack_wrong))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if overall >= minimum and ack_wrong == 0 and total > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
