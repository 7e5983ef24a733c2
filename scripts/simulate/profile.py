#!/usr/bin/python3
"""Measure spun/original pairs as spinner-profiles.md does, beside its table.

  profile.py [LABEL=]INPUT... [--pair LABEL ORIGINAL SPUN]... [--json]

INPUT: spin.py's JSONL output, or a directory of NAME.original.txt /
NAME.spun.txt pairs (corpus/news). --pair measures one pair of files; in
the original, `{a|b}` marks alternatives and the first is taken (the seed's
expected.txt). A LABEL that names a family (or JSONL records of one family)
is printed beside that family's measured profile.

Swaps are the aligned regions where the spun text differs: both texts are
split into words (letters and digits; case folded) and aligned with
difflib; every run of differing words is one swap. Per 100 original words:
swaps; share of original words inside swaps; shares of swaps that are
multiword (more than one word on either side), length-changing (a different
number of words), function words only (text.FUNCTION_WORDS; the spun side
when the original side is empty), that start with a capitalised word not at
a sentence start, and that start inside quotes.
"""
import argparse
import difflib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from text import FUNCTION_WORDS, tokenize  # noqa: E402

# /work/shared/reference/spinner-profiles.md, "Profiles": measured on real
# spun articles (quotes: WordAI, WordPress, Spinbot leave them alone).
PROFILES = {
    "wordai":    {"swaps": 16, "changed": 22, "multiword": 33, "length": 26, "function": 6,
                  "capitalised": 9, "quotes": 0},
    "wordpress": {"swaps": 16, "changed": 20, "multiword": 33, "length": 23, "function": 12,
                  "capitalised": 0, "quotes": 0},
    "wordnet":   {"swaps": 19, "changed": 28, "multiword": 36, "length": 0, "function": 40,
                  "capitalised": 0, "quotes": None},
    "spinbot":   {"swaps": 9, "changed": 18, "multiword": 40, "length": 30, "function": 0,
                  "capitalised": 2, "quotes": 0},
}
COLUMNS = [("swaps", "swaps/100w"), ("changed", "words chg %"), ("multiword", "multiword %"),
           ("length", "len-chg %"), ("function", "function %"), ("capitalised", "capital %"),
           ("quotes", "in quotes %")]

_ALTERNATIVES = re.compile(r"\{([^{}|]*)(?:\|[^{}]*)?\}")


class Counts:
    def __init__(self):
        self.docs = self.words = self.changed = self.swaps = 0
        self.multiword = self.length = self.function = self.capitalised = self.quotes = 0

    def add(self, original, spun):
        a, b = tokenize(original), tokenize(spun)
        self.docs += 1
        self.words += len(a)
        matcher = difflib.SequenceMatcher(None, [t.lower for t in a], [t.lower for t in b],
                                          autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            self.swaps += 1
            self.changed += i2 - i1
            self.multiword += max(i2 - i1, j2 - j1) > 1
            self.length += (i2 - i1) != (j2 - j1)
            side = a[i1:i2] or b[j1:j2]
            self.function += all(t.lower in FUNCTION_WORDS for t in side)
            # An insertion is placed by the word after it.
            first = a[i1] if i1 < len(a) else None
            if first is not None and i2 > i1:
                self.capitalised += (first.capitalised and not first.sentence_initial
                                     and first.text != "I")
            if first is not None:
                self.quotes += first.in_quote

    def row(self):
        def pct(n, d):
            return 100.0 * n / d if d else 0.0
        return {"docs": self.docs, "words": self.words,
                "swaps": pct(self.swaps, self.words), "changed": pct(self.changed, self.words),
                "multiword": pct(self.multiword, self.swaps), "length": pct(self.length, self.swaps),
                "function": pct(self.function, self.swaps),
                "capitalised": pct(self.capitalised, self.swaps),
                "quotes": pct(self.quotes, self.swaps)}


def first_alternatives(text):
    return _ALTERNATIVES.sub(lambda m: m.group(1), text)


def read_text(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        sys.exit(f"profile.py: error: {path}: invalid UTF-8 at byte {e.start}")


def pairs_of(path):
    """(family or None, [(original, spun)]) from a JSONL file or a pairs directory."""
    if os.path.isdir(path):
        out = []
        for name in sorted(os.listdir(path)):
            if name.endswith(".original.txt"):
                spun = os.path.join(path, name[:-len(".original.txt")] + ".spun.txt")
                if os.path.exists(spun):
                    out.append((read_text(os.path.join(path, name)), read_text(spun)))
        if not out:
            sys.exit(f"profile.py: error: {path}: no NAME.original.txt/NAME.spun.txt pairs")
        return None, out
    families, out = set(), []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                out.append((rec["original"], rec["spun"]))
            except (json.JSONDecodeError, KeyError, TypeError):
                sys.exit(f"profile.py: error: {path}:{lineno}: not a spin.py record "
                         "(JSON with 'original' and 'spun')")
            families.add(rec.get("family"))
    return (families.pop() if len(families) == 1 else None), out


def distance(row, profile):
    """Mean absolute difference over the profile's figures (percentage points)."""
    diffs = [abs(row[k] - v) for k, v in profile.items() if v is not None]
    return sum(diffs) / len(diffs)


def fmt(v):
    return "   -" if v is None else f"{v:5.1f}"


def main():
    ap = argparse.ArgumentParser(prog="profile.py", description=__doc__.split("\n")[1])
    ap.add_argument("inputs", nargs="*", metavar="[LABEL=]INPUT")
    ap.add_argument("--pair", nargs=3, action="append", default=[],
                    metavar=("LABEL", "ORIGINAL", "SPUN"))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    if not args.inputs and not args.pair:
        ap.error("nothing to measure")

    rows = []
    for spec in args.inputs:
        label, _, path = spec.rpartition("=")
        if not os.path.exists(path):
            sys.exit(f"profile.py: error: {path}: no such file or directory")
        family, pairs = pairs_of(path)
        label = label or family or os.path.basename(path.rstrip("/"))
        counts = Counts()
        for original, spun in pairs:
            counts.add(original, spun)
        rows.append((label, family or (label if label in PROFILES else None), counts.row()))
    for label, original, spun in args.pair:
        counts = Counts()
        counts.add(first_alternatives(read_text(original)), read_text(spun))
        rows.append((label, label if label in PROFILES else None, counts.row()))

    if args.json:
        print(json.dumps({label: row for label, _, row in rows}, indent=1, sort_keys=True))
        return
    header = f"{'':24} {'docs':>5} {'words':>8} " + " ".join(f"{h:>11}" for _, h in COLUMNS)
    print(header)
    for name, profile in PROFILES.items():
        print(f"{'profile ' + name:24} {'':>5} {'':>8} "
              + " ".join(f"{fmt(profile[k]):>11}" for k, _ in COLUMNS))
    print("-" * len(header))
    for label, family, row in rows:
        line = (f"{label[:24]:24} {row['docs']:>5} {row['words']:>8} "
                + " ".join(f"{fmt(row[k]):>11}" for k, _ in COLUMNS))
        if family in PROFILES:
            line += f"   vs {family}: {distance(row, PROFILES[family]):.1f} pts"
        print(line)
    print("\ndistance: mean absolute difference from the family's profile figures, in points;"
          " quotes are not in the WordNet profile.")


if __name__ == "__main__":
    main()
