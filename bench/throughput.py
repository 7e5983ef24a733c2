#!/usr/bin/env python3
"""Whole-process throughput of unspin, side by side with a perl baseline.

  bench/throughput.py [--mb 100] [--unspin build/unspin] [--keep DIR]

Builds an English corpus of about --mb megabytes from the open corpora the
project already uses (build/corpora/train.txt and heldout.txt, made by
scripts/vocab/build-vocab.sh), plants spun phrases in it at about one per 30
words (the inverse of the default pack's certain rules, so they are real
spinner artefacts), then times, in one run on this machine:

  - unspin in each mode (rules only, context scoring with both language
    models and with the vocabulary alone, + spell report, --jsonl with 1
    and 2 threads);
  - three perl baselines doing the same literal phrase replacements with
    one alternation regex over every spun phrase of the pack and a hash:
    with /i (which turns off perl's trie: slow), with /iaa, and
    case-sensitive over the phrases as written and capitalised (the fast
    way a user writes a swap list);

and prints MB/s, peak RSS and start-up time, unspin's ratio to the /i
baseline and to the fastest baseline, and a
one-line summary to compare between commits. Not part of the test suite.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def rule_phrases():
    """(spun, restoration) pairs of the default pack, certain ones marked."""
    pairs = []
    for name in sorted(os.listdir(os.path.join(ROOT, "rules", "news"))):
        if not name.endswith(".rules"):
            continue
        rule = None
        for line in open(os.path.join(ROOT, "rules", "news", name), encoding="utf-8"):
            if line.startswith("rule "):
                rule = {"spun": [], "restore": None, "certain": False}
                pairs.append(rule)
            elif rule is not None and ":" in line and line[:1] in " \t":
                key, value = (s.strip() for s in line.split(":", 1))
                if key == "spun":
                    rule["spun"] += [p.strip() for p in value.split("|")]
                elif key == "restore":
                    rule["restore"] = value.split("|")[0].strip()
                elif key == "certain":
                    rule["certain"] = value == "yes"
    return [(s, r["restore"], r["certain"]) for r in pairs if r["restore"] for s in r["spun"]]


def build_corpus(path, megabytes, phrases):
    sources = [os.path.join(ROOT, "build", "corpora", n) for n in ("train.txt", "heldout.txt")]
    sources = [s for s in sources if os.path.exists(s)]
    if not sources:
        sys.exit("bench: build/corpora/train.txt is missing: run scripts/vocab/build-vocab.sh")
    text = "".join(open(s, encoding="utf-8").read() for s in sources)
    # Plant spinner artefacts: replace an original with its spun form.
    plant = {}
    for spun, restore, certain in phrases:
        if " " not in restore and restore.isalpha() and restore.islower():
            if certain or restore not in plant:
                plant[restore] = spun
    rng = random.Random(30)
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if w in plant]
    target = len(words) // 30
    for i in rng.sample(candidates, min(target, len(candidates))):
        words[i] = plant[words[i]]
    base = " ".join(words)
    with open(path, "w", encoding="utf-8") as out:
        written = 0
        while written < megabytes * 1_000_000:
            out.write(base)
            written += len(base.encode("utf-8"))
    return min(target, len(candidates)) / max(1, len(words))


def write_jsonl(text_path, jsonl_path):
    with open(text_path, encoding="utf-8") as src, open(jsonl_path, "w", encoding="utf-8") as out:
        doc = []
        size = 0
        for line in src:
            doc.append(line)
            size += len(line)
            if size > 4000:
                out.write(json.dumps({"text": "".join(doc)}) + "\n")
                doc, size = [], 0
        if doc:
            out.write(json.dumps({"text": "".join(doc)}) + "\n")


def write_perl(path, phrases, flavour="i"):
    """The perl baseline. flavour "i": one /i alternation and a lower-case
    hash (perl's trie optimisation is off under /i: slow); "iaa": the same
    with /iaa (ASCII case folding, which keeps the trie); "cased": a
    case-sensitive alternation over each phrase as written and capitalised,
    and a hash holding both forms — the fast way users write swap lists."""
    mapping = {}
    for spun, restore, _ in phrases:
        mapping.setdefault(spun.lower(), restore)
        if flavour == "cased":
            mapping.setdefault(spun.lower()[:1].upper() + spun.lower()[1:],
                               restore[:1].upper() + restore[1:])
    keys = sorted(mapping, key=len, reverse=True)
    alternation = "|".join(re.escape(k).replace("\\ ", " ") for k in keys)
    flags = {"i": "i", "iaa": "iaa", "cased": ""}[flavour]
    lookup = "$map{$1}" if flavour == "cased" else "$map{lc $1}"
    with open(path, "w", encoding="utf-8") as out:
        out.write("use strict; use warnings;\n")
        out.write("binmode STDIN, ':raw'; binmode STDOUT, ':raw';\n")
        out.write("my %map = (\n")
        for k in keys:
            out.write("  %s => %s,\n" % (perl_string(k), perl_string(mapping[k])))
        out.write(");\n")
        out.write("my $re = qr/\\b(%s)\\b/%s;\n" % (alternation.replace("/", "\\/"), flags))
        out.write("while (my $line = <STDIN>) { $line =~ s/$re/%s/g; print $line; }\n" % lookup)


def perl_string(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def run(command, stdin_path):
    """Wall seconds and peak RSS (MB) of one child process (os.wait4 gives
    the rusage of exactly that child)."""
    start = time.perf_counter()
    with open(stdin_path, "rb") as stdin:
        child = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(command)} exited {os.waitstatus_to_exitcode(status)}")
    return seconds, usage.ru_maxrss / 1024


def generate(work, megabytes):
    """Writes the corpus, its JSONL form and the perl script into `work`."""
    phrases = rule_phrases()
    rate = build_corpus(os.path.join(work, "corpus.txt"), megabytes, phrases)
    write_jsonl(os.path.join(work, "corpus.txt"), os.path.join(work, "corpus.jsonl"))
    write_perl(os.path.join(work, "baseline.pl"), phrases)
    write_perl(os.path.join(work, "baseline-iaa.pl"), phrases, "iaa")
    write_perl(os.path.join(work, "baseline-cased.pl"), phrases, "cased")
    print(f"corpus: {os.path.getsize(os.path.join(work, 'corpus.txt')) / 1e6:.1f} MB, "
          f"one planted spun phrase per {1 / rate:.0f} words; "
          f"{len(phrases)} phrases in the perl baseline")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--generate":
        generate(sys.argv[2], float(sys.argv[3]))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=100)
    parser.add_argument("--unspin", default=os.path.join(ROOT, "build", "unspin"))
    parser.add_argument("--keep", help="keep the generated files in this directory")
    args = parser.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="unspin-bench-")
    os.makedirs(work, exist_ok=True)
    # Generated in a child process: a child's peak RSS includes what it
    # inherited from this process before exec, so this one stays small.
    subprocess.run([sys.executable, __file__, "--generate", work, str(args.mb)], check=True)
    text = os.path.join(work, "corpus.txt")
    jsonl = os.path.join(work, "corpus.jsonl")
    perl = os.path.join(work, "baseline.pl")

    startups = []
    for _ in range(10):
        seconds, _ = run([args.unspin], "/dev/null")
        startups.append(seconds)
    startup_ms = 1000 * sorted(startups)[len(startups) // 2]
    modes = [
        ("perl baseline", ["perl", perl], text),
        ("perl /iaa", ["perl", os.path.join(work, "baseline-iaa.pl")], text),
        ("perl cased alternation + hash", ["perl", os.path.join(work, "baseline-cased.pl")], text),
        ("rules only (--no-vocab --spell=off)", [args.unspin, "--no-vocab", "--spell=off"], text),
        ("context scoring (--spell=off)", [args.unspin, "--spell=off"], text),
        # The vocabulary alone, without the backoff model (the same as the
        # line above where the build made no en-us.lm).
        ("vocabulary alone (--spell=off --no-lm)", [args.unspin, "--spell=off", "--no-lm"], text),
        ("context scoring + spell report", [args.unspin, "--spell=report"], text),
        ("--jsonl --threads 1 --spell=off", [args.unspin, "--jsonl", "--threads", "1", "--spell=off"], jsonl),
        ("--jsonl --threads 2 --spell=off", [args.unspin, "--jsonl", "--threads", "2", "--spell=off"], jsonl),
    ]
    results = {}
    for name, command, source in modes:
        seconds, rss = run(command, source)
        mb = os.path.getsize(source) / 1e6
        results[name] = mb / seconds
        print(f"{name:40s} {mb / seconds:8.1f} MB/s  peak RSS {rss:7.0f} MB")
    ratio = results["context scoring (--spell=off)"] / results["perl baseline"]
    fastest_name = max(("perl baseline", "perl /iaa", "perl cased alternation + hash"),
                       key=lambda n: results[n])
    fastest = results["context scoring (--spell=off)"] / results[fastest_name]
    threads = results["--jsonl --threads 2 --spell=off"] / results["--jsonl --threads 1 --spell=off"]
    print(f"start-up (empty input, median of 10): {startup_ms:.0f} ms")
    print(f"summary: scoring {results['context scoring (--spell=off)']:.1f} MB/s "
          f"({ratio:.2f}x perl /i, {fastest:.2f}x the fastest baseline, {fastest_name}), spell {results['context scoring + spell report']:.1f} MB/s, "
          f"jsonl 2 threads {threads:.2f}x, start-up {startup_ms:.0f} ms")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
