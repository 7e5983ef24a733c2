#!/usr/bin/python3
"""Scores rules that `unspin mine` wrote against the simulator's truth.

    scripts/mine/score-mined.py TRUTH MINED.rules [--min-occurrences 3]
        [--assert-recall R] [--assert-precision P] [--label NAME]

TRUTH is spin.py's --truth file (spun, original, occurrences, documents; case
folded) or its JSONL output (the records' swaps are counted). A mined rule is
right when its (spun, restore) pair, case folded, is one of the truth's
substitutions, whatever their count. Prints

    NAME: recall 0.74 (57 of 77 substitutions seen >= 3 times), precision 0.93 (61 of 66 rules)

and exits 1 when an --assert-... bound is not met.
"""
import argparse
import collections
import json
import sys


def read_truth(path):
    """{(spun, original): occurrences}, case folded."""
    truth = collections.Counter()
    with open(path, encoding="utf-8") as f:
        if path.endswith(".jsonl"):
            for line in f:
                if line.strip():
                    for swap in json.loads(line)["swaps"]:
                        truth[(swap["spun"].lower(), swap["original"].lower())] += 1
            return truth
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            spun, original, occurrences = line.rstrip("\n").split("\t")[:3]
            truth[(spun, original)] += int(occurrences)
    return truth


def normalise(phrase):
    """A phrase as rules write it (token keys joined by spaces) or as the
    simulator does (the text): compared without the spaces the tokenizer
    puts around apostrophes and hyphens."""
    return " ".join(phrase.lower().replace(" '", "'").replace(" - ", "-").split())


def read_rules(path):
    """[(spun, restore)] of every rule in a rule file (each restore: alternative)."""
    pairs = []
    spun = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            stripped = line.strip()
            if stripped.startswith("rule "):
                spun = None
            elif stripped.startswith("spun:"):
                spun = stripped[len("spun:"):].strip()
            elif stripped.startswith("restore:") and spun is not None:
                for restore in stripped[len("restore:"):].split("|"):
                    pairs.append((spun, restore.strip()))
    return pairs


def score(truth, mined, min_occurrences):
    wanted = {(normalise(s), normalise(o)) for (s, o), n in truth.items() if n >= min_occurrences}
    known = {(normalise(s), normalise(o)) for (s, o) in truth}
    got = {(normalise(s), normalise(r)) for s, r in mined}
    found = len(wanted & got)
    right = len(got & known)
    recall = found / len(wanted) if wanted else 0.0
    precision = right / len(got) if got else 0.0
    return recall, found, len(wanted), precision, right, len(got)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("truth")
    ap.add_argument("mined")
    ap.add_argument("--min-occurrences", type=int, default=3)
    ap.add_argument("--assert-recall", type=float)
    ap.add_argument("--assert-precision", type=float)
    ap.add_argument("--label", default="mined")
    ap.add_argument("--show-errors", action="store_true",
                    help="list the wrong rules and the substitutions missed")
    args = ap.parse_args()
    truth = read_truth(args.truth)
    mined = read_rules(args.mined)
    recall, found, wanted, precision, right, got = score(truth, mined, args.min_occurrences)
    print(f"{args.label}: recall {recall:.2f} ({found} of {wanted} substitutions seen >= "
          f"{args.min_occurrences} times), precision {precision:.2f} ({right} of {got} rules)")
    if args.show_errors:
        known = {(normalise(s), normalise(o)) for (s, o) in truth}
        for s, r in mined:
            if (normalise(s), normalise(r)) not in known:
                print(f"  wrong: {s} -> {r}")
        got_set = {(normalise(s), normalise(r)) for s, r in mined}
        for (s, o), n in sorted(truth.items(), key=lambda kv: -kv[1]):
            if n >= args.min_occurrences and (normalise(s), normalise(o)) not in got_set:
                print(f"  missed: {s} -> {o} ({n})")
    failed = False
    if args.assert_recall is not None and recall < args.assert_recall:
        print(f"{args.label}: FAIL: recall {recall:.2f} < {args.assert_recall}", file=sys.stderr)
        failed = True
    if args.assert_precision is not None and precision < args.assert_precision:
        print(f"{args.label}: FAIL: precision {precision:.2f} < {args.assert_precision}",
              file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
