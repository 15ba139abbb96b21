#!/usr/bin/env python3
"""train_class.py - train rules/class.model, the word model of the class
(and, as tests/tools/train_component.py or with --field component,
rules/component.model, the word model of the component).

The class of a report (rules/classify.rules, [class.*]) is found by weighted
phrase patterns.  When none of them names a class, milter/classify.c asks a
naive Bayes word model (milter/words.c) and believes it only when its
winner leads the runner-up by [wordmodel] min_margin (log-odds).  This
script writes that model from the labelled messages:

  * the shared devset (../shared/devset, or $SHARED/devset), and
  * tests/data/heldout, messages numbered up to --max-message (default:
    every round written so far; a lower value keeps later rounds as an
    unseen test, as 364 did for rounds 33-39, 448 for rounds 40-47 and
    2596 for rounds 219-268: see --unseen).

A message is trained on as its label's class; a report labelled with no
class whose label has a description, PoC or logs (self-DoS, hardening,
upstream, a website) as "none", which the filter never gives as a class but
which keeps the model from guessing on such reports.  Thread replies (label
thread_parent) and messages that report nothing are left out.

The words are the filter's own: `sectriage analyze --words` prints the words
the model reads (the subject, the reporter's own lines, an attached report
document; lower case, no numbers), so training and filtering cannot drift
apart.  Stop-words are left out of the vocabulary; adjacent word pairs
(bigrams) of two non-stop-words count too; a feature needs --min-df
training messages.  Each feature counts once per message (binary naive
Bayes), with Laplace smoothing (--alpha).

Usage (from the top of the repository, after make):

  python3 tests/tools/train_class.py                 # writes rules/class.model
  python3 tests/tools/train_class.py --loro 36-47 --filter   # leave-one-round-out

--loro trains once per held-out round K of the range without K and reports
on K: the model alone (its winner against the label) and, with --filter, the
filter's class with that model, once with today's rules/classify.rules and
once with classify.rules as it was when round K was first run (the commit
that added its labels), which is what a new round meets.  A table per
threshold says how often the fallback gives the right class, a wrong one,
or a class where the label has none.  --unseen K-L runs the filter the
same two ways with the model as it is written (trained up to
--max-message) on later rounds it never saw.  The output is deterministic.

The filter is also run on each round without the model (patterns alone),
so the tables count, besides right and wrong, how often the model CHANGED
the patterns' answer: a wrong answer into the right one ("fixed") and a
right one into a wrong one ("broke").

--field component trains and measures the component model the same way
(labels: core, python_sdk, node_sdk, cloud, release_infra; messages whose
label has no component, which are not reports, are left out).  The filter
asks it only when the patterns fell back to [classify] default_component;
--when default,unmatched measures [classify] component_words settings.
"""
import argparse
import glob
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

CLASSES = ("none", "sandbox_escape", "isolation_bypass", "network_bypass",
           "privilege_escalation", "secret_leakage", "snapshot_leak",
           "control_plane_auth", "supply_chain")
COMPONENTS = ("core", "python_sdk", "node_sdk", "cloud", "release_infra")


def class_label(lab):
    """The class training label of a label file, or None (not trained on)."""
    if lab.get("thread_parent"):
        return None
    if lab.get("class"):
        return lab["class"]
    if lab.get("has_description_impact") or lab.get("has_poc") or lab.get("has_logs"):
        return "none"
    return None


def component_label(lab):
    """The component training label of a label file, or None."""
    if lab.get("thread_parent"):
        return None
    return lab.get("component")


# What differs between the fields a word model speaks for: its labels, the
# training label of a label file, the model file, the analyze --json keys,
# the default --min-margin.
FIELDS = {
    "class": {"labels": CLASSES, "label_of": class_label, "model": "class.model",
              "key": "class", "min_margin": 5.3,
              "chosen": "--loro 36-47 --filter and --unseen 219-268",
              "what": "the class", "when": "no pattern of classify.rules names a class"},
    "component": {"labels": COMPONENTS, "label_of": component_label,
                  "model": "component.model", "key": "component",
                  "min_margin": 7.0,
                  "chosen": "--loro 36-47 --filter",
                  "what": "the component",
                  "when": "the patterns of classify.rules fall back to default_component"},
}
FIELD = FIELDS["class"]

# Function words and words of every report (mail courtesy, the product's
# name) say nothing about the kind of bug.
STOP = set("""
a about above after again against all also am an and any are aren as at be
because been before being below between both but by can cannot could couldn
did didn do does doesn doing don down during each either else etc even ever
every few for from further get gets got had hadn has hasn have haven having he
her here hers herself him himself his how however i if in into is isn it its
itself just let ll me might more most much must mustn my myself no nor not now
of off on once one only or other our ours ourselves out over own per please
quite rather re really s same say says see seems shall she should shouldn so
some such than thank thanks that the their theirs them themselves then there
these they this those though through thus to too under until up upon us ve
very via was wasn way we were weren what when where whether which while who
whom whose why will with within without won would wouldn yes yet you your
yours yourself yourselves hi hello hey dear regards best cheers sincerely
kind team microsandbox msb sandbox sandboxes
""".split())

# The same for the other languages reports come in: articles, pronouns,
# prepositions, conjunctions, auxiliaries and the courtesies of a mail.
# With a few dozen reports in each language, such words follow the classes
# those few happened to have ("en_el, dentro, del" voted network_bypass for
# any short Spanish text), which says nothing about a new report.  Spanish,
# French, Italian, Portuguese, German, Dutch, Swedish, Danish, Norwegian,
# Polish, Czech, Russian, Ukrainian, Turkish, Romanian, Hungarian,
# Indonesian/Malay, Vietnamese, Tagalog and Greek.  Words that are also
# English or technical words of the reports are left out: dos (DoS), nas,
# os, var (/var), ci, pro, man, non (non-root), ai, com, har (a HAR file),
# mint (Linux Mint, to mint keys), su, lo, af and sin (af_inet, sin_port),
# sa (sa_family), ko (a kernel module), eu (a region), az, hat (Red Hat).
# Scripts written without spaces (Chinese, Japanese) come as whole runs, so
# only their courtesy runs are listed, and the greetings of Korean, Hebrew
# and Arabic.
STOP |= set("""
el la los las un una unos unas le les de del al y e o u en con por para
sobre entre desde hasta que quien se sus mi mis tu tus es fue ser
estar está están era muy más pero como cuando donde porque este esta estos
estas ese esa eso esto dentro también ya sí hay ha han he hemos otro otra
nos me te yo él ella usted cual hola saludos gracias atentamente estimado
estimados un cordial
l d des du au aux à et ou mais donc car qui quoi dont où ce cet cette ces
il elle ils elles je j nous vous m lui leur leurs y n pas est sont été
être avoir avons avez ont était sur sous dans pour avec sans comme quand
si aussi très même ma mes ton ta tes ses notre votre vos bonjour
merci cordialement salutations madame monsieur
gli uno di da nel nella nei negli nelle allo alla agli alle dello della
dei degli delle dal dalla dai sul sulla tra fra che chi è sono stato
essere ho hai abbiamo hanno anche quando dove perché questo questa questi
quello quella più molto ciao salve grazie cordiali saluti buongiorno
um uma uns umas do das no na em ao aos pelo pela não é são foi
ter tem mas onde isso esse essa ele nós você meu minha olá obrigado
obrigada abraços atenciosamente
der die das den dem des ein eine einer eines einem einen und oder aber ich
du er sie es wir ihr ist sind war waren sein haben habe hatte nicht
auch auf aus bei mit nach von zu zum zur für im am an als wie wenn dass
noch nur schon sich mein meine unser unsere dieser diese dieses kann wird
werden hallo grüße gruß grüßen freundlichen danke vielen liebe geehrte
geehrten
het een en of maar ik je jij hij zij wij jullie is zijn heb heeft niet ook
uit bij met naar van voor dat deze dit als wel nog om te groeten
bedankt
och eller men jag han hon vi är hade inte också på ur vid med till
från för att som det ett og ikke er jeg til fra hvis kan hej hei tack
hälsningar mvh vänliga venlig hilsen takk
w z ze na po za przez dla i a ale lub że się jest są był była było nie
ta te jak gdy czy mój moja nasz dzień dobry pozdrawiam dziękuję
v ve při je jsou byl byla bylo není ne když který která které nebo
jsem jste mám má s k dobrý den děkuji pozdravem
и в во не на с со что как а но или по к у от до из за для это же бы был
была было были есть мы вы он она они я меня мне наш ваш если так только
уже при о об через все всё тоже здравствуйте спасибо уважением добрый день
і й та з із від що але або це є був ми ви він вона вони мене мені якщо
лише вже про також щодо який яка які привіт дякую повагою доброго
ve ile bir bu şu için da ki ama veya gibi çok daha mi mı mu mü biz siz
sen olarak olan yok değil ise sonra önce kadar göre her merhaba
teşekkürler saygılarımla
și sau dar în la pe cu din pentru că este sunt fost unei unui ale
mai nu să fi foarte acest această aceste după prin bună ziua mulțumesc
stimă
egy és vagy hogy nem van volt vannak meg csak már ez azt ezt ha
mert ami amely amit után pedig ki el fel üdvözlettel köszönöm
dan atau tetapi yang di ke dari pada untuk dengan dalam ini itu saya kami
kita anda ada tidak juga akan sudah bisa dapat karena jika oleh sebagai
lebih halo terima kasih salam hormat selamat pagi
và hoặc nhưng của là có không được trong cho với các những một này đó thì
khi để từ đã sẽ đang tôi chúng bạn anh chị thể rất cũng nên xin chào cảm
ơn trân trọng
ang ng mga ay ako ikaw siya tayo namin natin naman din rin ba
kasi kung yung nung salamat
και το τα ο του της των τον την η οι να σε στο στη στην στον από με για που
είναι ως αν ένα μια δεν θα σας μου μας ευχαριστώ
您好 你好 谢谢 感谢 此致 敬礼 よろしくお願いいたします よろしくお願いします
お世話になっております はじめまして セキュリティチーム御中 안녕하세요 감사합니다
부탁드립니다 שלום תודה السلام عليكم شكرا
""".split())


def repo_root():
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def shared_dir():
    for var in ("SHARED", "ST_SHARED"):
        if os.environ.get(var):
            return os.environ[var]
    return os.path.join(repo_root(), "..", "shared")


def number_of(name):
    m = re.match(r"(\d+)-", name)
    return int(m.group(1)) if m else None


def rounds_of(readme):
    """round -> (first, last) message numbers, from the README's table."""
    out = {}
    with open(readme, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\|\s*(\d+)\s*\|\s*(\d+)\s*[\u2013-]\s*(\d+)\s*\|", line)
            if m:
                out[int(m.group(1))] = (int(m.group(2)), int(m.group(3)))
    return out


def label_of(lab):
    """The training label of a label file for the field, or None."""
    return FIELD["label_of"](lab)


def load_set(setdir, source, max_number=None):
    """[(source, number, name, label json, mail path)] of SETDIR."""
    out = []
    for path in sorted(glob.glob(os.path.join(setdir, "labels", "*.json"))):
        name = os.path.basename(path)
        n = number_of(name)
        if max_number is not None and (n is None or n > max_number):
            continue
        with open(path, encoding="utf-8") as f:
            lab = json.load(f)
        mail = os.path.join(setdir, "mail", lab.get("file") or name[:-5] + ".eml")
        out.append((source, n, name, lab, mail))
    return out


def words_of(binary, rules, paths):
    """path -> the words the filter's class model reads."""
    out = {}
    for i in range(0, len(paths), 200):
        chunk = paths[i:i + 200]
        cmd = [binary] + (["--rules", rules] if rules else []) + ["analyze", "--words"] + chunk
        p = subprocess.run(cmd, stdout=subprocess.PIPE, check=True)
        for line in p.stdout.decode("utf-8").splitlines():
            path, _, words = line.partition("\t")
            out[path] = words.split()
    return out


def features(words, bigrams):
    """The distinct features of a message's words."""
    f = set(w for w in words if w not in STOP)
    if bigrams:
        for a, b in zip(words, words[1:]):
            if a not in STOP and b not in STOP:
                f.add(a + "_" + b)
    return f


def train(docs, min_df, alpha, bigrams):
    """docs: [(label, words)].  Returns the model as a dict."""
    df = Counter()
    per = defaultdict(Counter)
    ndocs = Counter()
    for label, words in docs:
        f = features(words, bigrams)
        ndocs[label] += 1
        df.update(f)
        per[label].update(f)
    vocab = sorted(w for w, n in df.items() if n >= min_df)
    labels = FIELD["labels"]
    counts = {w: [per[c][w] for c in labels] for w in vocab}
    tokens = [sum(counts[w][i] for w in vocab) for i in range(len(labels))]
    return {"classes": list(labels), "docs": [ndocs[c] for c in labels],
            "tokens": tokens, "vocabulary": len(vocab), "alpha": alpha,
            "bigrams": bigrams, "words": counts}


def guess(model, words):
    """(winner, margin, runner-up) as milter/words.c computes them."""
    n = len(model["classes"])
    alpha = model["alpha"]
    v = model["vocabulary"]
    total = sum(model["docs"])
    score = [math.log((model["docs"][c] + alpha) / (total + alpha * n)) for c in range(n)]
    seen = set()
    for i, w in enumerate(words):
        cand = [w]
        if model["bigrams"] and i + 1 < len(words):
            cand.append(w + "_" + words[i + 1])
        for k in cand:
            if k in model["words"] and k not in seen:
                seen.add(k)
    if not seen:
        return None, 0.0, None
    for k in seen:
        cnt = model["words"][k]
        for c in range(n):
            score[c] += math.log((cnt[c] + alpha) / (model["tokens"][c] + alpha * v))
    win = max(range(n), key=lambda c: (score[c], -c))
    second = max((c for c in range(n) if c != win), key=lambda c: (score[c], -c))
    return model["classes"][win], score[win] - score[second], model["classes"][second]


def write_model(model, path, min_margin, how):
    script = "train_class.py" if FIELD is FIELDS["class"] else "train_component.py"
    lines = [
        "# %s - naive Bayes word model of %s (milter/words.c), the" % (FIELD["model"], FIELD["what"]),
        "# fallback when %s (issue #3)." % FIELD["when"],
        "# Generated; do not edit.  Regenerate from the top of the repository with",
        "#   make && python3 tests/tools/" + script,
        "# " + how,
        "# Counts are training messages containing the word (binary naive Bayes),",
        "# one per %s in the order of 'classes'" % ("class" if "none" in model["classes"] else "label") + (
            "; 'none' is a report labelled" if "none" in model["classes"] else "."),
    ]
    if "none" in model["classes"]:
        lines.append("# with no class and is never given as one.")
    lines += [
        "",
        "[wordmodel]",
        "classes = " + ";".join(model["classes"]),
        "docs = " + ";".join(str(x) for x in model["docs"]),
        "tokens = " + ";".join(str(x) for x in model["tokens"]),
        "vocabulary = %d" % model["vocabulary"],
        "alpha = %g" % model["alpha"],
        "min_margin = %g" % min_margin,
        "bigrams = %s" % ("true" if model["bigrams"] else "false"),
        "",
        "[wordmodel.words]",
    ]
    for w in sorted(model["words"]):
        lines.append("%s = %s" % (w, ";".join(str(x) for x in model["words"][w])))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def analyze_json(binary, rules, paths):
    """path -> analyze --json object, run with RULES."""
    out = {}
    for path in paths:
        p = subprocess.run([binary, "--rules", rules, "analyze", "--json", path],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            out[path] = json.loads(p.stdout.decode("utf-8"))
        except ValueError:
            out[path] = {}
    return out


MARGIN = re.compile(r"\(margin (-?[0-9.]+) over")


def first_run_rules(heldout, first):
    """classify.rules as it was when the labels of message FIRST were added
    (the round's first run), or None."""
    names = glob.glob(os.path.join(heldout, "labels", "%d-*.json" % first))
    if not names:
        return None
    rel = os.path.relpath(names[0], repo_root())
    p = subprocess.run(["git", "-C", repo_root(), "log", "--diff-filter=A", "--format=%H",
                        "--", rel], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    commits = p.stdout.decode().split()
    if not commits:
        return None
    p = subprocess.run(["git", "-C", repo_root(), "show", commits[-1] + ":rules/classify.rules"],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return p.stdout.decode("utf-8") if p.returncode == 0 else None


def with_setting(classify_rules, key, value):
    """CLASSIFY_RULES with KEY = VALUE in its [classify] group (any KEY
    there before is dropped)."""
    out, group, done = [], None, False
    for line in classify_rules.splitlines():
        m = re.match(r"\s*\[([^\]]+)\]", line)
        if m:
            group = m.group(1)
        elif group == "classify" and re.match(r"\s*%s\s*=" % re.escape(key), line):
            continue
        out.append(line)
        if line.strip() == "[classify]" and not done:
            out.append("%s = %s" % (key, value))
            done = True
    return "\n".join(out) + "\n"


def run_filter(args, model, fold_msgs, classify_rules, when=None):
    """analyze --json of FOLD_MSGS with MODEL (believed at any margin; None:
    no model of the field) and CLASSIFY_RULES (None: today's), WHEN the
    [classify] component_words setting.  Returns path -> (value, source,
    margin or None)."""
    key = FIELD["key"]
    out = {}
    with tempfile.TemporaryDirectory(prefix="train-words-") as tmp:
        rules = os.path.join(tmp, "rules")
        shutil.copytree(os.path.join(repo_root(), "rules"), rules)
        if classify_rules is None:
            with open(os.path.join(rules, "classify.rules"), encoding="utf-8") as f:
                classify_rules = f.read()
        if when is not None:
            classify_rules = with_setting(classify_rules, "component_words", when)
        for kv in args.set:
            key, _, value = kv.partition("=")
            classify_rules = with_setting(classify_rules, key.strip(), value.strip())
        with open(os.path.join(rules, "classify.rules"), "w", encoding="utf-8") as f:
            f.write(classify_rules)
        path = os.path.join(rules, FIELD["model"])
        if model is None:
            if os.path.exists(path):
                os.unlink(path)
        else:
            write_model(model, path, -1e9, "fold model")
        res = analyze_json(args.binary, rules, [m[4] for m in fold_msgs])
        for m in fold_msgs:
            o = res.get(m[4], {})
            source = o.get(key + "_source")
            mm = MARGIN.search(o.get(key + "_evidence") or "") if source == "words" else None
            out[m[4]] = (o.get(key), source, float(mm.group(1)) if mm else None)
    return out


def filter_rows(args, model, fold_msgs, classify_rules, when=None):
    """Run the filter on FOLD_MSGS without the model and with MODEL.
    Returns [(label, value with the model, source, margin, name, value of
    the patterns alone)]."""
    key = FIELD["key"]
    alone = run_filter(args, None, fold_msgs, classify_rules, when)
    withm = run_filter(args, model, fold_msgs, classify_rules, when)
    return [(m[3].get(key),) + withm[m[4]] + (m[2][:-5], alone[m[4]][0]) for m in fold_msgs]


def at_threshold(rows, t):
    """Counts of the filter's answer at threshold T: right, wrong, a value
    where the label has none, none where it has one, right none; how many
    of the answers the words gave were right and wrong; and how often the
    words changed the patterns' answer from wrong to right (fixed) and
    from right to wrong (broke)."""
    c = Counter()
    for label, got, source, margin, _, base in rows:
        if source == "words" and margin < t:
            got, source = base, None
        if got is None and label is None:
            c["none_right"] += 1
        elif got is None:
            c["missed"] += 1
        elif label is None:
            c["false_class"] += 1
        elif got == label:
            c["right"] += 1
        else:
            c["wrong"] += 1
        if source == "words":
            c["words_right" if got == label else "words_wrong"] += 1
        if got != base:
            if got == label:
                c["fixed"] += 1
            elif base == label:
                c["broke"] += 1
            else:
                c["wrong_to_wrong"] += 1
    return c


def loro(args, msgs, texts):
    heldout_rounds = rounds_of(os.path.join(args.heldout, "README.md"))
    lo, hi = (int(x) for x in args.loro.split("-"))
    alone = Counter()
    per_round = []
    variants = {}
    for k in range(lo, hi + 1):
        first, last = heldout_rounds[k]
        in_k = [m for m in msgs if m[0] == "heldout" and first <= m[1] <= last]
        train_docs = [(label_of(m[3]), texts[m[4]]) for m in msgs
                      if not (m[0] == "heldout" and first <= m[1] <= last) and label_of(m[3])]
        model = train(train_docs, args.min_df, args.alpha, args.bigrams)
        rc = Counter()
        for m in in_k:
            lab = label_of(m[3])
            if lab is None or lab == "none":
                continue
            win, margin, _ = guess(model, texts[m[4]])
            rc["n"] += 1
            rc["right"] += win == lab
            if margin >= args.min_margin and win != "none":
                rc["sure"] += 1
                rc["sure_right"] += win == lab
        alone.update(rc)
        per_round.append((k, rc))
        if args.filter:
            run_variants(args, variants, k, model, in_k, first)
    print("model alone (winner vs label, labelled messages; sure = margin >= %g):"
          % args.min_margin)
    for k, rc in per_round:
        print("  round %d: %d/%d right, sure on %d of which %d right"
              % (k, rc["right"], rc["n"], rc["sure"], rc["sure_right"]))
    print("  all: %d/%d right (%.0f%%), sure on %d of which %d right"
          % (alone["right"], alone["n"], 100.0 * alone["right"] / max(alone["n"], 1),
             alone["sure"], alone["sure_right"]))
    if args.filter:
        print_variants(args, variants, args.loro)


def run_variants(args, variants, k, model, in_k, first):
    """Round K's rows, filtered with MODEL: once with today's rules and once
    with the rules of its first run, for each --when setting."""
    first_rules = first_run_rules(args.heldout, first)
    for when in args.when:
        tag = " (component_words = %s)" % when if when else ""
        variants.setdefault("today" + tag, defaultdict(list))[k] = filter_rows(
            args, model, in_k, None, when)
        variants.setdefault("first-run" + tag, defaultdict(list))[k] = filter_rows(
            args, model, in_k, first_rules, when)


def unseen(args, msgs, texts):
    """The model trained as for the shipped model (on messages up to
    --max-message), run by the filter on later rounds it never saw."""
    heldout_rounds = rounds_of(os.path.join(args.heldout, "README.md"))
    lo, hi = (int(x) for x in args.unseen.split("-"))
    model = train([(label_of(m[3]), texts[m[4]]) for m in msgs if label_of(m[3])],
                  args.min_df, args.alpha, args.bigrams)
    later = load_set(args.heldout, "heldout")
    variants = {}
    for k in range(lo, hi + 1):
        if k not in heldout_rounds:
            continue
        first, last = heldout_rounds[k]
        if args.max_message is None or first <= args.max_message:
            sys.exit("train_class.py: round %d was trained on (--max-message %s)"
                     % (k, args.max_message))
        in_k = [m for m in later if first <= m[1] <= last]
        run_variants(args, variants, k, model, in_k, first)
    print_variants(args, variants, args.unseen)


def print_variants(args, variants, span):
    key = FIELD["key"]
    for name, rows_by_round in variants.items():
        rows = [r for k in sorted(rows_by_round) for r in rows_by_round[k]]
        base = at_threshold(rows, float("inf"))
        print("filter with classify.rules %s, rounds %s, %d messages, %s:"
              % (name, span, len(rows), key))
        print("  threshold  right wrong %s-where-none missed none-right | words right/wrong"
              " | fixed broke wrong-to-wrong" % key)
        print("  patterns   %5d %5d %16d %6d %10d |" % (base["right"], base["wrong"],
              base["false_class"], base["missed"], base["none_right"]))
        for t in args.thresholds:
            c = at_threshold(rows, t)
            print("  %9g  %5d %5d %16d %6d %10d | %d/%d | %d %d %d" % (
                t, c["right"], c["wrong"], c["false_class"], c["missed"], c["none_right"],
                c["words_right"], c["words_wrong"], c["fixed"], c["broke"],
                c["wrong_to_wrong"]))
        print("  every %s the words gave (message, label, patterns alone, words, margin):" % key)
        for label, got, source, margin, name, base_v in sorted(
                (r for r in rows if r[2] == "words"), key=lambda r: (-r[3], r[4])):
            print("    %-46s %-14s %-14s %-14s %5.1f %s" % (
                name[:46], label, base_v, got, margin,
                "same" if got == base_v else ("fixed" if got == label else (
                    "BROKE" if base_v == label else "wrong"))))
        print("  %s misses of the patterns alone (message, label, patterns):" % key)
        for label, got, source, margin, name, base_v in rows:
            if base_v != label:
                print("    %-46s %-14s %-14s" % (name[:46], label, base_v))
        for k in sorted(rows_by_round):
            c0 = at_threshold(rows_by_round[k], float("inf"))
            c = at_threshold(rows_by_round[k], args.min_margin)
            print("  round %d at %g: right %d -> %d, fixed %d, broke %d, %s where none %d"
                  % (k, args.min_margin, c0["right"], c["right"], c["fixed"], c["broke"],
                     key, c["false_class"]))


def main(field=None):
    global FIELD
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--field", choices=sorted(FIELDS), default=field or "class",
                    help="the field whose model is trained (default %s)" % (field or "class"))
    pre, _ = ap.parse_known_args()
    FIELD = FIELDS[pre.field]
    ap.add_argument("--build", default=os.environ.get("BUILD", os.path.join(repo_root(), "build")))
    ap.add_argument("--shared", default=shared_dir())
    ap.add_argument("--heldout", default=os.path.join(repo_root(), "tests", "data", "heldout"))
    ap.add_argument("--max-message", type=int, default=None,
                    help="train on held-out messages numbered up to this (default: every one)")
    ap.add_argument("--out", default=os.path.join(repo_root(), "rules", FIELD["model"]))
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument("--alpha", type=float, default=1.0)
    ap.add_argument("--no-bigrams", dest="bigrams", action="store_false")
    ap.add_argument("--min-margin", type=float, default=FIELD["min_margin"],
                    help="log-odds the winner needs (chosen by --loro --filter)")
    ap.add_argument("--loro", metavar="K-L", help="leave-one-round-out over rounds K..L")
    ap.add_argument("--filter", action="store_true", help="with --loro: run the filter too")
    ap.add_argument("--unseen", metavar="K-L",
                    help="run the filter with the model on later rounds K..L, never trained on")
    ap.add_argument("--when", type=lambda s: s.split(","), default=[None],
                    help="with --filter or --unseen: [classify] component_words settings to "
                    "measure, e.g. default,unmatched (default: as classify.rules says)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="with --filter or --unseen: set KEY in [classify] of both the "
                    "first-run and today's classify.rules (e.g. words_weight=0)")
    ap.add_argument("--thresholds", type=lambda s: [float(x) for x in s.split(",")],
                    default=[0, 2, 4, 6, 7, 8, 9, 10, 12, 15, 20])
    args = ap.parse_args()
    args.binary = os.path.join(args.build, "sectriage")
    if not os.access(args.binary, os.X_OK):
        sys.exit("train_class.py: %s not built (make)" % args.binary)

    msgs = load_set(os.path.join(args.shared, "devset"), "devset")
    msgs += load_set(args.heldout, "heldout", args.max_message)
    texts = words_of(args.binary, os.path.join(repo_root(), "rules"), [m[4] for m in msgs])
    if args.loro:
        loro(args, msgs, texts)
        return
    if args.unseen:
        unseen(args, msgs, texts)
        return
    docs = [(label_of(m[3]), texts[m[4]]) for m in msgs if label_of(m[3])]
    model = train(docs, args.min_df, args.alpha, args.bigrams)
    how = ("Trained on %d messages (devset and held-out 1-%d): min_df %d, alpha %g, "
           "bigrams %s; min_margin chosen by %s (heldout README)."
           % (len(docs), max(m[1] for m in msgs if m[0] == "heldout"), args.min_df, args.alpha,
              "yes" if args.bigrams else "no", FIELD["chosen"]))
    write_model(model, args.out, args.min_margin, how)
    print("%s: %d words, %d messages" % (os.path.relpath(args.out), model["vocabulary"], len(docs)))


if __name__ == "__main__":
    main()
